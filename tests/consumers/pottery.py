"""Online pottery marketplace: kiln-booking notifications, consuming Novu ``GET /v1/integrations`` items.

Each consumer is written twice: ``*_buggy`` carries one plausible mistake about what the
``IntegrationResponseDto`` contract allows, ``*_fixed`` is what a careful engineer ships.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import re
import shlex
import sqlite3
import ssl
import time
from datetime import UTC, datetime
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "POTTERY_BUGS"]


# --------------------------------------------------------------------------------------------
# 1. SMS sender-ID normaliser for kiln-ready texts.
# --------------------------------------------------------------------------------------------
_MSISDN = re.compile(r"\+?[0-9]{3,15}", re.ASCII)


def sms_sender_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    digits = sender.replace(" ", "").replace("-", "").lstrip("+")
    return {"kind": "msisdn", "sender": "+" + str(int(digits))}


def sms_sender_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    compact = sender.replace(" ", "").replace("-", "")
    if _MSISDN.fullmatch(compact):
        return {"kind": "msisdn", "sender": "+" + compact.lstrip("+")}
    return {"kind": "alphanumeric", "sender": sender}


# --------------------------------------------------------------------------------------------
# 2. DKIM / bounce domain for booking e-mails.
# --------------------------------------------------------------------------------------------
def dkim_domain_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    local, domain = sender.split("@")
    return {"dkim_domain": domain.lower(), "bounce": f"bounces+{local}@{domain.lower()}"}


def dkim_domain_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    local, at, domain = sender.strip().rpartition("@")
    domain = domain.rstrip(">").strip()
    local = local.rpartition("<")[2]
    if not at or not local or not domain:
        return None  # not an address: DKIM falls back to the marketplace's own domain
    return {"dkim_domain": domain.lower(), "bounce": f"bounces+{local}@{domain.lower()}"}


# --------------------------------------------------------------------------------------------
# 3. Kannel gateway: command line for the kiln-room SMS box (run by a worker via subprocess).
# --------------------------------------------------------------------------------------------
def _kannel_url(creds: dict[str, Any]) -> str:
    return f"http://{creds.get('host', 'localhost')}:{creds.get('port', '13013')}/cgi-bin/sendsms"


def kannel_argv_buggy(payload: Payload) -> list[str] | None:
    if payload["providerId"] != "kannel":
        return None
    creds = payload["credentials"]
    cmd = (
        "curl -sS --get "
        f"--data-urlencode 'username={creds.get('user', '')}' "
        f"--data-urlencode 'password={creds.get('password', '')}' "
        f"--data-urlencode 'from={creds.get('from', '')}' "
        f"'{_kannel_url(creds)}'"
    )
    return shlex.split(cmd)


def kannel_argv_fixed(payload: Payload) -> list[str] | None:
    if payload["providerId"] != "kannel":
        return None
    creds = payload["credentials"]
    return [
        "curl",
        "-sS",
        "--get",
        "--data-urlencode",
        f"username={creds.get('user', '')}",
        "--data-urlencode",
        f"password={creds.get('password', '')}",
        "--data-urlencode",
        f"from={creds.get('from', '')}",
        _kannel_url(creds),
    ]


# --------------------------------------------------------------------------------------------
# 4. HTTP Basic auth header for user/password SMS providers.
# --------------------------------------------------------------------------------------------
_BASIC_AUTH_PROVIDERS = frozenset(
    {"gupshup", "forty-six-elks", "sms-central", "bandwidth", "mobishastra", "kannel"}
)


def basic_auth_buggy(payload: Payload) -> str | None:
    if payload["providerId"] not in _BASIC_AUTH_PROVIDERS:
        return None
    creds = payload["credentials"]
    raw = f"{creds.get('user', '')}:{creds.get('password', '')}".encode("latin-1")  # as requests does
    return "Basic " + base64.b64encode(raw).decode("ascii")


def basic_auth_fixed(payload: Payload) -> str | None:
    if payload["providerId"] not in _BASIC_AUTH_PROVIDERS:
        return None
    creds = payload["credentials"]
    raw = f"{creds.get('user', '')}:{creds.get('password', '')}".encode("utf-8", "surrogatepass")
    return "Basic " + base64.b64encode(raw).decode("ascii")


# --------------------------------------------------------------------------------------------
# 5. Status badge on the studio's notification settings page.
# --------------------------------------------------------------------------------------------
_STATUS_BUGGY = {(True, True): "primary", (True, False): "standby", (False, False): "off"}
_STATUS = {**_STATUS_BUGGY, (False, True): "off (primary, paused)"}


def status_badge_buggy(payload: Payload) -> str:
    if payload["deleted"]:
        return "deleted"
    return _STATUS_BUGGY[(payload["active"], payload["primary"])]


def status_badge_fixed(payload: Payload) -> str:
    if payload["deleted"]:
        return "deleted"
    return _STATUS[(payload["active"], payload["primary"])]


# --------------------------------------------------------------------------------------------
# 6. Firebase project id for kiln-ready push notifications.
# --------------------------------------------------------------------------------------------
def fcm_project_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    service_account = payload["credentials"].get("serviceAccount")
    if not service_account:
        return None
    project: str | None = json.loads(service_account)["project_id"]
    return project


def fcm_project_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    service_account = payload["credentials"].get("serviceAccount")
    if not service_account:
        return None
    try:
        info = json.loads(service_account)
    except (ValueError, RecursionError):
        return None  # e.g. the encrypted 'nvsk.<iv>:<cipher>' form of write replies
    project = info.get("project_id") if isinstance(info, dict) else None
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------------------------
# 7. Compiles integration conditions into a parameterised SQL filter over the potter table.
# --------------------------------------------------------------------------------------------
_SQL_OPS_BUGGY = {
    "EQUAL": "{col} = {val}",
    "NOT_EQUAL": "{col} <> {val}",
    "LARGER": "{col} > {val}",
    "SMALLER": "{col} < {val}",
    "LARGER_EQUAL": "{col} >= {val}",
    "SMALLER_EQUAL": "{col} <= {val}",
    "IN": "{col} IN (SELECT value FROM json_each({list}))",
    "NOT_IN": "{col} NOT IN (SELECT value FROM json_each({list}))",
}
_SQL_OPS = {
    **_SQL_OPS_BUGGY,
    "ANY_IN": "{col} IN (SELECT value FROM json_each({list}))",
    "ALL_IN": "NOT EXISTS (SELECT 1 FROM json_each({list}) WHERE value <> {col})",
    "BETWEEN": "{col} BETWEEN json_extract({list}, '$[0]') AND json_extract({list}, '$[1]')",
    "NOT_BETWEEN": "{col} NOT BETWEEN json_extract({list}, '$[0]') AND json_extract({list}, '$[1]')",
    "LIKE": "{col} LIKE {val}",
    "NOT_LIKE": "{col} NOT LIKE {val}",
}
_PLACEHOLDER = re.compile(r"\{(col|val|list)\}")


def _compile(payload: Payload, ops: dict[str, str]) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    for cond in payload.get("conditions", []):
        parts: list[str] = []
        for child in cond["children"]:
            template = ops[child["operator"]]
            column = "profile" if child["on"] == "subscriber" else "booking"
            bound = {
                "col": "$." + child["field"].split(".", 1)[-1],
                "val": child["value"],
                "list": json.dumps([v.strip() for v in child["value"].split(",")]),
            }
            for m in _PLACEHOLDER.finditer(template):
                params.append(bound[m.group(1)])
            sql = _PLACEHOLDER.sub(
                lambda m: f"json_extract({column}, ?)" if m.group(1) == "col" else "?",  # noqa: B023 (used at once)
                template,
            )
            parts.append("(" + sql + ")")
        if not parts:
            continue
        clause = (" AND " if cond["value"] == "AND" else " OR ").join(parts)
        clauses.append(("NOT " if cond["isNegated"] else "") + "(" + clause + ")")
    return (" AND ".join(clauses) or "1 = 1"), params


def segment_sql_buggy(payload: Payload) -> tuple[str, list[str]]:
    return _compile(payload, _SQL_OPS_BUGGY)


def segment_sql_fixed(payload: Payload) -> tuple[str, list[str]]:
    return _compile(payload, _SQL_OPS)


# --------------------------------------------------------------------------------------------
# 8. LIKE matcher: does the potter's profile satisfy the integration's LIKE conditions?
# --------------------------------------------------------------------------------------------
POTTER_PROFILE = {"speciality": "raku and stoneware", "city": "Stoke-on-Trent", "plan": "pro"}


def _field_value(child: dict[str, Any]) -> str:
    return POTTER_PROFILE.get(child["field"].split(".", 1)[-1], "")


def _like_to_regex(pattern: str) -> re.Pattern[str]:
    out = []
    for ch in re.sub("%+", "%", pattern):
        out.append(".*" if ch == "%" else "." if ch == "_" else re.escape(ch))
    return re.compile("".join(out), re.DOTALL | re.IGNORECASE)


def like_match_buggy(payload: Payload) -> bool:
    for cond in payload.get("conditions", []):
        for child in cond["children"]:
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                pattern = re.sub("%+", "%", child["value"]).replace("%", ".*").replace("_", ".")
                hit = re.fullmatch(pattern, _field_value(child), re.IGNORECASE) is not None
                if hit == (child["operator"] == "NOT_LIKE"):
                    return False
    return True


def like_match_fixed(payload: Payload) -> bool:
    for cond in payload.get("conditions", []):
        for child in cond["children"]:
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                hit = _like_to_regex(child["value"]).fullmatch(_field_value(child)) is not None
                if hit == (child["operator"] == "NOT_LIKE"):
                    return False
    return True


# --------------------------------------------------------------------------------------------
# 9. "Removed on" day for the studio's integration history page.
# --------------------------------------------------------------------------------------------
def removed_on_buggy(payload: Payload) -> dict[str, str | None] | None:
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    ts = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
    return {"identifier": payload["identifier"], "removed_on": ts.date().isoformat()}


def removed_on_fixed(payload: Payload) -> dict[str, str | None] | None:
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    try:
        ts = datetime.fromisoformat(payload["deletedAt"])
    except ValueError:
        return {"identifier": payload["identifier"], "removed_on": None}
    return {"identifier": payload["identifier"], "removed_on": ts.date().isoformat()}


# --------------------------------------------------------------------------------------------
# 10. Booking-confirmation notice text.
# --------------------------------------------------------------------------------------------
BOOKING = {"booking_id": "KB-1042", "kiln": "Gas kiln 2", "slot": "Sat 09:00"}
_NOTICE_BODY = "Kiln booking {booking_id} confirmed: {kiln}, {slot}."


def booking_notice_buggy(payload: Payload) -> str:
    template = f"[{payload['name']}] " + _NOTICE_BODY
    return template.format(**BOOKING)


def booking_notice_fixed(payload: Payload) -> str:
    return f"[{payload['name']}] " + _NOTICE_BODY.format(**BOOKING)


# --------------------------------------------------------------------------------------------
# 11. Analytics: group integrations by the slug part of their identifier.
# --------------------------------------------------------------------------------------------
def identifier_slug_buggy(payload: Payload) -> dict[str, str | None]:
    slug, short_id = payload["identifier"].split("-")
    return {"slug": slug, "short_id": short_id}


def identifier_slug_fixed(payload: Payload) -> dict[str, str | None]:
    slug, dash, short_id = payload["identifier"].rpartition("-")
    if not dash:
        return {"slug": payload["identifier"], "short_id": None}
    return {"slug": slug, "short_id": short_id}


# --------------------------------------------------------------------------------------------
# 12. "Connected since" date derived from the Mongo ObjectId.
# --------------------------------------------------------------------------------------------
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def connected_since_buggy(payload: Payload) -> str | None:
    oid = payload.get("_id")
    if oid is None:
        return None
    return datetime.fromtimestamp(int(oid[:8], 16), tz=UTC).date().isoformat()


def connected_since_fixed(payload: Payload) -> str | None:
    oid = payload.get("_id")
    if oid is None or not _OBJECT_ID.fullmatch(oid):
        return None
    return datetime.fromtimestamp(int(oid[:8], 16), tz=UTC).date().isoformat()


# --------------------------------------------------------------------------------------------
# 13. Per-integration rate limiter for kiln-ready blasts.
# --------------------------------------------------------------------------------------------
_WINDOW_S = 60.0
_LIMIT = 30
_SENT: dict[tuple[str, ...], list[float]] = {}


def _allow(key: tuple[str, ...]) -> bool:
    now = time.monotonic()
    recent = [t for t in _SENT.get(key, []) if now - t < _WINDOW_S]
    allowed = len(recent) < _LIMIT
    if allowed:
        recent.append(now)
    _SENT[key] = recent
    return allowed


def blast_allowed_buggy(payload: Payload) -> bool:
    return _allow(("id", payload["_id"]))


def blast_allowed_fixed(payload: Payload) -> bool:
    if "_id" in payload:
        return _allow(("id", payload["_id"]))
    return _allow(("ident", payload["_environmentId"], payload["identifier"]))


# --------------------------------------------------------------------------------------------
# 14. TLS context for the studio's self-hosted SMTP relay (Custom SMTP = nodemailer).
# --------------------------------------------------------------------------------------------
_TLS_VERSIONS = {
    "TLSv1": ssl.TLSVersion.TLSv1,
    "TLSv1.1": ssl.TLSVersion.TLSv1_1,
    "TLSv1.2": ssl.TLSVersion.TLSv1_2,
    "TLSv1.3": ssl.TLSVersion.TLSv1_3,
}


def _tls_summary(ctx: ssl.SSLContext) -> dict[str, Any]:
    return {
        "verify": ctx.verify_mode == ssl.CERT_REQUIRED,
        "check_hostname": ctx.check_hostname,
        "minimum_version": ctx.minimum_version.name,
    }


def smtp_tls_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["providerId"] != "nodemailer":
        return None
    tls = payload["credentials"].get("tlsOptions") or {}
    ctx = ssl.create_default_context()
    if tls.get("rejectUnauthorized") is False:
        ctx.verify_mode = ssl.CERT_NONE
        ctx.check_hostname = False
    return _tls_summary(ctx)


def smtp_tls_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload["providerId"] != "nodemailer":
        return None
    tls = payload["credentials"].get("tlsOptions") or {}
    ctx = ssl.create_default_context()
    if tls.get("rejectUnauthorized") is False:
        ctx.check_hostname = False  # must be turned off before verify_mode can be CERT_NONE
        ctx.verify_mode = ssl.CERT_NONE
    min_version = tls.get("minVersion")
    if isinstance(min_version, str) and min_version in _TLS_VERSIONS:
        ctx.minimum_version = max(_TLS_VERSIONS[min_version], ssl.TLSVersion.TLSv1_2)
    return _tls_summary(ctx)


# --------------------------------------------------------------------------------------------
# 15. Sync job: mirrors integrations into the marketplace's SQLite reporting table.
# --------------------------------------------------------------------------------------------
_DDL = "CREATE TABLE integrations (identifier TEXT, name TEXT, provider TEXT, channel TEXT, active INTEGER)"


def _sql_text(value: str) -> str:
    # SQLite stores UTF-8; lone surrogates from JSON escapes cannot be encoded as-is.
    return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def sync_row_buggy(payload: Payload) -> Any:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_DDL)
        con.execute(
            "INSERT INTO integrations VALUES "
            f"('{_sql_text(payload['identifier'])}', '{_sql_text(payload['name'])}', "
            f"'{_sql_text(payload['providerId'])}', "
            f"'{payload['channel']}', {int(payload['active'])})"
        )
        return con.execute("SELECT * FROM integrations").fetchone()
    finally:
        con.close()


def sync_row_fixed(payload: Payload) -> Any:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_DDL)
        con.execute(
            "INSERT INTO integrations VALUES (?, ?, ?, ?, ?)",
            (
                _sql_text(payload["identifier"]),
                _sql_text(payload["name"]),
                _sql_text(payload["providerId"]),
                payload["channel"],
                int(payload["active"]),
            ),
        )
        return con.execute("SELECT * FROM integrations").fetchone()
    finally:
        con.close()


# --------------------------------------------------------------------------------------------
# 16. Egress firewall rule for SMTP / Kannel hosts.
# --------------------------------------------------------------------------------------------
def egress_rule_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["providerId"] not in ("nodemailer", "kannel"):
        return None
    creds = payload["credentials"]
    host = creds.get("host")
    if host is None:
        return None
    ip = ipaddress.ip_address(host)
    return {
        "rule": f"allow tcp {ip}/{ip.max_prefixlen} port {creds.get('port', 'any')}",
        "internal": ip.is_private,
    }


def egress_rule_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload["providerId"] not in ("nodemailer", "kannel"):
        return None
    creds = payload["credentials"]
    host = creds.get("host")
    if host is None:
        return None
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        # A DNS name: the egress proxy resolves and allows it by FQDN.
        return {"rule": f"allow tcp fqdn:{host!r} port {creds.get('port', 'any')}", "internal": None}
    return {
        "rule": f"allow tcp {ip}/{ip.max_prefixlen} port {creds.get('port', 'any')}",
        "internal": ip.is_private,
    }


# --------------------------------------------------------------------------------------------
POTTERY_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="pottery_sms_sender",
        bug="treats every SMS 'from' as a phone number, but many providers use alphanumeric sender IDs",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example={
            "_id": "6651b2c3d4e5f60112345601",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Termii",
            "identifier": "termii-k1Ln2M",
            "providerId": "termii",
            "channel": "sms",
            "credentials": {"apiKey": "TL-key", "from": "KilnHub"},
            "active": True,
            "deleted": False,
            "primary": True,
            "conditions": [],
        },
    ),
    ConsumerCase(
        name="pottery_dkim_domain",
        bug="unpacks credentials.from.split('@') into two parts, assuming 'from' is always a bare address",
        buggy=dkim_domain_buggy,
        fixed=dkim_domain_fixed,
        raises=(ValueError,),
        example={
            "_id": "6651b2c3d4e5f60112345602",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Brevo",
            "identifier": "brevo-Pq2Rs3",
            "providerId": "sendinblue",
            "channel": "email",
            "credentials": {"apiKey": "xkeysib", "from": "Mudlark Pottery", "senderName": "Mudlark"},
            "active": True,
            "deleted": False,
            "primary": True,
        },
    ),
    ConsumerCase(
        name="pottery_kannel_argv",
        bug=(
            "builds a shell string with single-quoted credentials and shlex.splits it, assuming no "
            "quote in the password"
        ),
        buggy=kannel_argv_buggy,
        fixed=kannel_argv_fixed,
        raises=(ValueError,),
        example={
            "_id": "6651b2c3d4e5f60112345603",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Kannel SMS",
            "identifier": "kannel-sms-Tu4Vw5",
            "providerId": "kannel",
            "channel": "sms",
            "credentials": {
                "host": "10.0.4.12",
                "port": "13013",
                "user": "kiln",
                "password": "potter's-wheel",
                "from": "KILNROOM",
            },
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="pottery_basic_auth",
        bug=(
            "encodes user:password as latin-1 (as requests' HTTPBasicAuth does), assuming credentials "
            "are latin-1"
        ),
        buggy=basic_auth_buggy,
        fixed=basic_auth_fixed,
        raises=(UnicodeEncodeError,),
        example={
            "_id": "6651b2c3d4e5f60112345604",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "46elks",
            "identifier": "46elks-Xy6Za7",
            "providerId": "forty-six-elks",
            "channel": "sms",
            "credentials": {"user": "u3f9a", "password": "glasyr-€-2024", "from": "Lerverkstad"},
            "active": True,
            "deleted": False,
            "primary": True,
        },
    ),
    ConsumerCase(
        name="pottery_status_badge",
        bug=(
            "status table has no entry for primary=true with active=false (an inactive primary stays primary)"
        ),
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example={
            "_id": "6651b2c3d4e5f60112345605",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "SendGrid",
            "identifier": "send-grid-Bc8De9",
            "providerId": "sendgrid",
            "channel": "email",
            "credentials": {"apiKey": "SG.x.y", "from": "kilns@mudlark.example", "senderName": "Mudlark"},
            "active": False,
            "deleted": False,
            "primary": True,
            "conditions": [],
        },
    ),
    ConsumerCase(
        name="pottery_fcm_project",
        bug=(
            "json.loads the fcm serviceAccount and indexes project_id, assuming it is always the "
            "service-account JSON object"
        ),
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError, RecursionError),
        example={
            "_id": "6651b2c3d4e5f60112345606",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Firebase Cloud Messaging",
            "identifier": "firebase-cloud-messaging-Fg0Hi1",
            "providerId": "fcm",
            "channel": "push",
            "credentials": {"serviceAccount": "nvsk.9f1c2b7a4d6e8f00:7ab3c9d1e2f40516a7b8"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="pottery_segment_sql",
        bug="operator-to-SQL map covers only comparison and IN operators, not ANY_IN/ALL_IN/BETWEEN/LIKE...",
        buggy=segment_sql_buggy,
        fixed=segment_sql_fixed,
        raises=(KeyError,),
        example={
            "_id": "6651b2c3d4e5f60112345607",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Postmark",
            "identifier": "postmark-Jk2Lm3",
            "providerId": "postmark",
            "channel": "email",
            "credentials": {"apiKey": "pm", "from": "kilns@mudlark.example", "senderName": "Mudlark"},
            "active": True,
            "deleted": False,
            "primary": False,
            "conditions": [
                {
                    "isNegated": False,
                    "type": "MULTI_LIST",
                    "value": "AND",
                    "children": [
                        {
                            "field": "subscriber.glazes",
                            "value": "celadon,tenmoku",
                            "operator": "ANY_IN",
                            "on": "subscriber",
                        }
                    ],
                }
            ],
        },
    ),
    ConsumerCase(
        name="pottery_like_match",
        bug=(
            "turns a LIKE value into a regex by replacing % and _ only, assuming no other regex "
            "metacharacters"
        ),
        buggy=like_match_buggy,
        fixed=like_match_fixed,
        raises=(re.error,),
        example={
            "_id": "6651b2c3d4e5f60112345608",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Mailjet",
            "identifier": "mailjet-No4Pq5",
            "providerId": "mailjet",
            "channel": "email",
            "credentials": {
                "apiKey": "mj",
                "secretKey": "mjs",
                "from": "kilns@mudlark.example",
                "senderName": "Mudlark",
            },
            "active": True,
            "deleted": False,
            "primary": False,
            "conditions": [
                {
                    "isNegated": False,
                    "type": "TEXT",
                    "value": "OR",
                    "children": [
                        {
                            "field": "subscriber.speciality",
                            "value": "%raku (pit-fired%",
                            "operator": "LIKE",
                            "on": "subscriber",
                        }
                    ],
                }
            ],
        },
    ),
    ConsumerCase(
        name="pottery_removed_on",
        bug=(
            "parses deletedAt with strptime('%Y-%m-%dT%H:%M:%S.%fZ'), assuming it always has "
            "milliseconds and 'Z'"
        ),
        buggy=removed_on_buggy,
        fixed=removed_on_fixed,
        raises=(ValueError,),
        example={
            "_id": "6651b2c3d4e5f60112345609",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Plunk",
            "identifier": "plunk-Rs6Tu7",
            "providerId": "plunk",
            "channel": "email",
            "credentials": {},
            "active": False,
            "deleted": True,
            "deletedAt": "2025-04-30T17:05:09+02:00",
            "primary": False,
        },
    ),
    ConsumerCase(
        name="pottery_booking_notice",
        bug="concatenates the integration name into a str.format template, assuming names contain no braces",
        buggy=booking_notice_buggy,
        fixed=booking_notice_fixed,
        raises=(KeyError, ValueError, IndexError, AttributeError, TypeError),
        example={
            "_id": "6651b2c3d4e5f6011234560a",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Kiln alerts {gas kiln}",
            "identifier": "kiln-alerts-gas-kiln-Vw8Xy9",
            "providerId": "expo",
            "channel": "push",
            "credentials": {"apiKey": "expo-token"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="pottery_identifier_slug",
        bug=(
            "splits the identifier on '-' into exactly slug and short id, but slugs themselves contain dashes"
        ),
        buggy=identifier_slug_buggy,
        fixed=identifier_slug_fixed,
        raises=(ValueError,),
        example={
            "_id": "6651b2c3d4e5f6011234560b",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "RingCentral",
            "identifier": "ring-central-Za0Bc1",
            "providerId": "ring-central",
            "channel": "sms",
            "credentials": {"clientId": "rc", "secretKey": "rcs", "token": "rct", "from": "+15550177"},
            "active": True,
            "deleted": False,
            "primary": True,
        },
    ),
    ConsumerCase(
        name="pottery_connected_since",
        bug=(
            "decodes the first 8 characters of _id as a hex timestamp, assuming _id is always a Mongo "
            "ObjectId"
        ),
        buggy=connected_since_buggy,
        fixed=connected_since_fixed,
        raises=(ValueError,),
        example={
            "_id": "int_kiln-sms-staging",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Novu SMS",
            "identifier": "novu-sms-De2Fg3",
            "providerId": "novu-sms",
            "channel": "sms",
            "credentials": {},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="pottery_blast_allowed",
        bug="keys the rate limiter on _id, assuming the optional _id key is always present",
        buggy=blast_allowed_buggy,
        fixed=blast_allowed_fixed,
        raises=(KeyError,),
        example={
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "OneSignal",
            "identifier": "one-signal-Hi4Jk5",
            "providerId": "one-signal",
            "channel": "push",
            "credentials": {"applicationId": "os-app", "apiKey": "os-key"},
            "active": True,
            "deleted": False,
            "primary": False,
            "conditions": [],
        },
    ),
    ConsumerCase(
        name="pottery_smtp_tls",
        bug=(
            "sets verify_mode=CERT_NONE before check_hostname=False when tlsOptions.rejectUnauthorized "
            "is false"
        ),
        buggy=smtp_tls_buggy,
        fixed=smtp_tls_fixed,
        raises=(ValueError,),
        example={
            "_id": "6651b2c3d4e5f6011234560d",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Studio SMTP",
            "identifier": "studio-smtp-Lm6No7",
            "providerId": "nodemailer",
            "channel": "email",
            "credentials": {
                "host": "mail.studio.lan",
                "port": "587",
                "user": "kiln",
                "password": "pw",
                "secure": False,
                "requireTls": True,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "kilns@mudlark.example",
                "senderName": "Mudlark",
            },
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="pottery_sync_row",
        bug="builds the INSERT with f-string quoting, assuming names never contain an apostrophe",
        buggy=sync_row_buggy,
        fixed=sync_row_fixed,
        raises=(sqlite3.Error,),
        example={
            "_id": "6651b2c3d4e5f6011234560e",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Potter's Wheel SMS",
            "identifier": "potter-s-wheel-sms-Pq8Rs9",
            "providerId": "clicksend",
            "channel": "sms",
            "credentials": {"user": "pw", "apiKey": "cs", "from": "PotWheel"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="pottery_egress_rule",
        bug="feeds credentials.host to ipaddress.ip_address, assuming the SMTP/Kannel host is an IP literal",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example={
            "_id": "6651b2c3d4e5f6011234560f",
            "_environmentId": "6651b2c3d4e5f60112340001",
            "_organizationId": "6651b2c3d4e5f60112340002",
            "name": "Custom SMTP",
            "identifier": "custom-smtp-Tu0Vw1",
            "providerId": "nodemailer",
            "channel": "email",
            "credentials": {
                "host": "smtp.mudlark.example",
                "port": "465",
                "secure": True,
                "from": "kilns@mudlark.example",
                "senderName": "Mudlark",
            },
            "active": True,
            "deleted": False,
            "primary": True,
        },
    ),
)
