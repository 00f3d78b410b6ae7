"""Consumers of Novu integration items at a chain of self-service laundromats.

The business: a chain of self-service laundromats (company-owned and franchised stores) with
app-based washer/dryer booking, pickup-and-delivery, a loyalty-points programme and a franchise
admin portal. Every franchise has its own Novu environment; the platform team reads the items of
``GET /v1/integrations`` (``IntegrationResponseDto``) to

- route "your cycle is done" / "your laundry is out for delivery" alerts to push, SMS, email and the
  in-app inbox, and machine-fault pages to the franchise owners' chat;
- build provider configs (SMTP for stores with their own mail server, FCM for the customer app,
  outbound webhooks for the delivery drivers' app) and cache provider clients per credential set;
- evaluate integration ``conditions`` in the loyalty and promotions tools ("only Gold members",
  "only customers whose phone is LIKE '+1555%'");
- feed the franchise admin portal (status badges, avatars, deliverability checks), the nightly
  reporting export (SQL), the accountants' CSV statement, in-store kiosk INI bundles, and the
  compliance audit trail / retention purge for soft-deleted integrations.

Each consumer comes as ``<name>_buggy`` (one plausible mistake about what the contract allows)
and ``<name>_fixed`` (what a careful engineer ships: never raises on a contract-valid item).
"""

from __future__ import annotations

import configparser
import copy
import csv
import hashlib
import io
import json
import re
import sqlite3
import zlib
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _example(
    changes: dict[str, Any] | None = None, *, creds: dict[str, Any] | None = None, drop: tuple[str, ...] = ()
) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes or {}))
    if creds is not None:
        payload["credentials"] = copy.deepcopy(creds)
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    creds = payload.get("credentials")
    return creds if isinstance(creds, dict) else {}


# 1. Cycle-done alert router ---------------------------------------------------------------
# Picks the Novu template and time-to-live for "your dryer is done" alerts per channel.

_CYCLE_TEMPLATES: dict[str, dict[str, Any]] = {
    "push": {"template": "cycle-done-push", "ttl_s": 900, "collapse": True},
    "sms": {"template": "cycle-done-sms", "ttl_s": 1800, "collapse": False},
    "email": {"template": "cycle-done-email", "ttl_s": 86400, "collapse": False},
    "in_app": {"template": "cycle-done-inbox", "ttl_s": 604800, "collapse": True},
}


def _route_plan(payload: Payload, tpl: dict[str, Any]) -> dict[str, Any]:
    return {
        "integration": payload["identifier"],
        "provider": payload["providerId"],
        "template": tpl["template"],
        "ttl_s": tpl["ttl_s"],
        "collapse_key": f"cycle:{payload['channel']}" if tpl["collapse"] else None,
        "fallback_only": not payload["primary"],
    }


def cycle_alert_router_buggy(payload: Payload) -> dict[str, Any] | None:
    if not payload["active"] or payload["deleted"]:
        return None
    tpl = _CYCLE_TEMPLATES[payload["channel"]]
    return _route_plan(payload, tpl)


def cycle_alert_router_fixed(payload: Payload) -> dict[str, Any] | None:
    if not payload["active"] or payload["deleted"]:
        return None
    tpl = _CYCLE_TEMPLATES.get(payload["channel"])
    if tpl is None:  # chat integrations page franchise staff; they never get cycle alerts
        return None
    return _route_plan(payload, tpl)


# 2. Admin portal avatar -------------------------------------------------------------------

_PALETTE = ("#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#4e342e", "#37474f")


def _avatar_color(seed: str) -> str:
    return _PALETTE[zlib.crc32(seed.encode("utf-8", "surrogatepass")) % len(_PALETTE)]


def admin_avatar_initials_buggy(payload: Payload) -> dict[str, str]:
    words = payload["name"].split()
    initials = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return {"initials": initials.upper(), "color": _avatar_color(payload["identifier"])}


def admin_avatar_initials_fixed(payload: Payload) -> dict[str, str]:
    words = payload["name"].split() or payload["providerId"].split()
    initials = "".join(w[0] for w in words[:2]) or "?"
    return {"initials": initials.upper(), "color": _avatar_color(payload["identifier"])}


# 3. "Created on" from the ObjectId --------------------------------------------------------
# The franchise portal shows when an integration was set up; the list endpoint has no createdAt
# in the contract, so the sync job reads the timestamp embedded in the Mongo ObjectId.

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def _created_row(oid: str | None, seconds: int | None) -> dict[str, Any]:
    created = datetime.fromtimestamp(seconds, tz=UTC) if seconds is not None else None
    return {"id": oid, "createdAt": created.isoformat() if created else None}


def objectid_created_at_buggy(payload: Payload) -> dict[str, Any]:
    oid = payload.get("_id")
    if oid is None:
        return _created_row(None, None)
    return _created_row(oid, int(oid[:8], 16))


def objectid_created_at_fixed(payload: Payload) -> dict[str, Any]:
    oid = payload.get("_id")
    if oid is None or not _OBJECT_ID.fullmatch(oid):
        return _created_row(oid, None)
    return _created_row(oid, int(oid[:8], 16))


# 4. Retention purge of soft-deleted integrations -----------------------------------------

_RETENTION = timedelta(days=30)


def _parse_iso(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def deletion_retention_purge_buggy(payload: Payload) -> str:
    if not payload["deleted"]:
        return "keep"
    deleted_at = _parse_iso(payload.get("deletedAt"))
    if deleted_at is None:
        return "review"  # deleted but no usable timestamp: a human decides
    age = datetime.now(UTC) - deleted_at
    return "purge" if age > _RETENTION else "keep"


def deletion_retention_purge_fixed(payload: Payload) -> str:
    if not payload["deleted"]:
        return "keep"
    deleted_at = _parse_iso(payload.get("deletedAt"))
    if deleted_at is None:
        return "review"
    if deleted_at.tzinfo is None:  # Novu writes UTC; a bare timestamp means UTC
        deleted_at = deleted_at.replace(tzinfo=UTC)
    age = datetime.now(UTC) - deleted_at
    return "purge" if age > _RETENTION else "keep"


# 5. Egress allowlist for delivery-driver webhooks ----------------------------------------
# The outbound proxy only lets the notification workers reach hosts listed here.

_URL_KEYS = ("webhookUrl", "baseUrl", "redirectUrl")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def callback_allowlist_buggy(payload: Payload) -> list[str]:
    creds = _creds(payload)
    entries: list[str] = []
    for key in _URL_KEYS:
        raw = creds.get(key)
        if not isinstance(raw, str) or not raw:
            continue
        parts = urlsplit(raw.strip())
        if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
            continue
        port = parts.port or _DEFAULT_PORTS[parts.scheme]
        entries.append(f"{parts.hostname}:{port}")
    return sorted(set(entries))


def callback_allowlist_fixed(payload: Payload) -> list[str]:
    creds = _creds(payload)
    entries: list[str] = []
    for key in _URL_KEYS:
        raw = creds.get(key)
        if not isinstance(raw, str) or not raw:
            continue
        try:
            parts = urlsplit(raw.strip())
            host, port = parts.hostname, parts.port
        except ValueError:  # bad IPv6 literal, non-numeric or out-of-range port, NFKC trick
            continue
        if parts.scheme not in _DEFAULT_PORTS or not host:
            continue
        entries.append(f"{host}:{port or _DEFAULT_PORTS[parts.scheme]}")
    return sorted(set(entries))


# 6. SMTP/TLS settings for stores with their own mail server (nodemailer) -----------------

_TLS_VERSIONS = {"TLSV1": "TLSv1", "TLSV1.1": "TLSv1_1", "TLSV1.2": "TLSv1_2", "TLSV1.3": "TLSv1_3"}
_DEFAULT_TLS = "TLSv1_2"


def _smtp_port(raw: Any, secure: bool) -> int:
    default = 465 if secure else 587
    if isinstance(raw, str) and 0 < len(raw.strip()) <= 5 and raw.strip().isdecimal():
        port = int(raw.strip())
        return port if 0 < port < 65536 else default
    return default


def _smtp_base(creds: dict[str, Any]) -> dict[str, Any]:
    secure = creds.get("secure") is True
    return {
        "host": creds.get("host") or "localhost",
        "port": _smtp_port(creds.get("port"), secure),
        "implicit_tls": secure,
        "starttls": "required"
        if creds.get("requireTls") is True
        else "off"
        if creds.get("ignoreTls") is True
        else "opportunistic",
    }


def tls_options_builder_buggy(payload: Payload) -> dict[str, Any]:
    creds = _creds(payload)
    settings = _smtp_base(creds)
    tls = creds.get("tlsOptions") or {}
    version = _DEFAULT_TLS
    min_version = tls.get("minVersion")
    if min_version:
        version = _TLS_VERSIONS.get(min_version.strip().upper(), _DEFAULT_TLS)
    settings["min_tls"] = version
    settings["verify_peer"] = tls.get("rejectUnauthorized") is not False
    return settings


def tls_options_builder_fixed(payload: Payload) -> dict[str, Any]:
    creds = _creds(payload)
    settings = _smtp_base(creds)
    tls = creds.get("tlsOptions")
    tls = tls if isinstance(tls, dict) else {}
    version = _DEFAULT_TLS
    min_version = tls.get("minVersion")
    if isinstance(min_version, str) and min_version:
        version = _TLS_VERSIONS.get(min_version.strip().upper(), _DEFAULT_TLS)
    settings["min_tls"] = version
    settings["verify_peer"] = tls.get("rejectUnauthorized") is not False
    return settings


# 7. FCM endpoint for the customer app's "laundry ready" pushes ---------------------------

_FCM_SEND = "https://fcm.googleapis.com/v1/projects/{project}/messages:send"


def fcm_project_resolver_buggy(payload: Payload) -> dict[str, Any] | None:
    raw = _creds(payload).get("serviceAccount")
    if payload["channel"] != "push" or not raw:
        return None
    try:
        info = json.loads(raw)
    except (ValueError, RecursionError):
        return {"error": "serviceAccount is not valid JSON"}
    project = info.get("project_id")
    if not project:
        return {"error": "serviceAccount has no project_id"}
    return {"project": project, "url": _FCM_SEND.format(project=quote(project, safe="", errors="replace"))}


def fcm_project_resolver_fixed(payload: Payload) -> dict[str, Any] | None:
    raw = _creds(payload).get("serviceAccount")
    if payload["channel"] != "push" or not raw:
        return None
    try:
        info = json.loads(raw)
    except (ValueError, RecursionError):
        return {"error": "serviceAccount is not valid JSON"}
    project = info.get("project_id") if isinstance(info, dict) else None
    if not isinstance(project, str) or not project:
        return {"error": "serviceAccount has no project_id"}
    return {"project": project, "url": _FCM_SEND.format(project=quote(project, safe="", errors="replace"))}


# 8. Loyalty-tier rule preview over `conditions` ------------------------------------------
# "Would Maria (1,250 points, Gold) get notifications through this integration?"

_SAMPLE_MEMBER = {
    "subscriber.points": "1250",
    "subscriber.plan": "pro",
    "subscriber.tier": "gold",
    "payload.orderTotal": "18.50",
    "payload.loads": "3",
}
_RELATIONAL: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "LARGER": lambda a, b: a > b,
    "SMALLER": lambda a, b: a < b,
    "LARGER_EQUAL": lambda a, b: a >= b,
    "SMALLER_EQUAL": lambda a, b: a <= b,
}


def _loyalty_eval(payload: Payload, num: Callable[[str], Decimal | None]) -> bool:
    def check(child: dict[str, Any]) -> bool:
        left = _SAMPLE_MEMBER.get(child["field"])
        op, right = child["operator"], child["value"]
        if left is None:
            return op in ("NOT_EQUAL", "NOT_IN")
        if op in _RELATIONAL:
            lhs, rhs = num(left), num(right)
            return lhs is not None and rhs is not None and _RELATIONAL[op](lhs, rhs)
        if op in ("BETWEEN", "NOT_BETWEEN"):
            bounds = right.split(",")
            if len(bounds) != 2:
                return False
            lhs, lo, hi = num(left), num(bounds[0]), num(bounds[1])
            inside = lhs is not None and lo is not None and hi is not None and lo <= lhs <= hi
            return inside if op == "BETWEEN" else not inside
        if op in ("IN", "ANY_IN", "ALL_IN"):
            return left in [v.strip() for v in right.split(",")]
        if op == "NOT_IN":
            return left not in [v.strip() for v in right.split(",")]
        if op in ("EQUAL", "NOT_EQUAL"):
            return bool((left == right) == (op == "EQUAL"))
        return False  # LIKE/NOT_LIKE are the promotions tool's job

    for cond in payload.get("conditions") or []:
        results = [check(c) for c in cond["children"]]
        ok = all(results) if cond["value"] == "AND" else any(results)
        if ok == cond["isNegated"]:
            return False
    return True


def _decimal_strict(text: str) -> Decimal:
    return Decimal(text.strip())


def _decimal_or_none(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    return None if value.is_nan() else value


def loyalty_threshold_rules_buggy(payload: Payload) -> bool:
    return _loyalty_eval(payload, _decimal_strict)


def loyalty_threshold_rules_fixed(payload: Payload) -> bool:
    return _loyalty_eval(payload, _decimal_or_none)


# 9. Promotions: LIKE / NOT_LIKE targeting preview ----------------------------------------

_SAMPLE_CUSTOMER = {
    "subscriber.email": "maria.lopez@student.uni.edu",
    "subscriber.phone": "+15551234567",
    "subscriber.plan": "pro",
    "payload.storeCode": "NYC-014",
}


def _like_regex(pattern: str) -> str:
    return "^" + pattern.replace("%", ".*").replace("_", ".") + "$"


def _like_match(pattern: str, text: str) -> bool:
    """SQL LIKE without regex: '%' any run, '_' one character; case-insensitive."""
    pattern = re.sub("%+", "%", pattern.casefold())
    text = text.casefold()
    if len(pattern) - pattern.count("%") > len(text):
        return False
    p = t = 0
    star, mark = -1, 0
    while t < len(text):
        if p < len(pattern) and pattern[p] in ("_", text[t]):
            p, t = p + 1, t + 1
        elif p < len(pattern) and pattern[p] == "%":
            star, mark, p = p, t, p + 1
        elif star >= 0:
            p, mark = star + 1, mark + 1
            t = mark
        else:
            return False
    return all(c == "%" for c in pattern[p:])


def _promo_targets(payload: Payload, like: Callable[[str, str], bool]) -> list[str]:
    hits: list[str] = []
    for cond in payload.get("conditions") or []:
        for child in cond["children"]:
            if child["operator"] not in ("LIKE", "NOT_LIKE"):
                continue
            sample = _SAMPLE_CUSTOMER.get(child["field"])
            if sample is None:
                continue
            matched = like(child["value"], sample)
            if matched == (child["operator"] == "LIKE"):
                hits.append(child["field"])
    return hits


def promo_like_matcher_buggy(payload: Payload) -> list[str]:
    return _promo_targets(
        payload, lambda pat, text: re.match(_like_regex(pat), text, re.IGNORECASE | re.DOTALL) is not None
    )


def promo_like_matcher_fixed(payload: Payload) -> list[str]:
    return _promo_targets(payload, _like_match)


# 10. Deliverability: sender domain must be a verified franchise domain -------------------

_VERIFIED_DOMAINS = frozenset({"example.com", "spincycle.example", "mail.spincycle.example"})


def sender_domain_audit_buggy(payload: Payload) -> dict[str, Any]:
    sender = _creds(payload).get("from")
    if not sender:
        return {"status": "no-sender"}
    _, domain = sender.strip().strip("<>").split("@")
    domain = domain.lower()
    return {"status": "ok" if domain in _VERIFIED_DOMAINS else "unverified", "domain": domain}


def sender_domain_audit_fixed(payload: Payload) -> dict[str, Any]:
    sender = _creds(payload).get("from")
    if not sender:
        return {"status": "no-sender"}
    address = sender.strip().strip("<>")
    if "<" in address:  # "Spin Cycle <no-reply@spincycle.example>"
        address = address.rpartition("<")[2]
    if "@" not in address:  # SMS/chat senders are phone numbers or names
        return {"status": "not-an-email", "domain": None}
    domain = address.rpartition("@")[2].strip().lower()
    return {"status": "ok" if domain in _VERIFIED_DOMAINS else "unverified", "domain": domain}


# 11. In-store kiosk INI bundle -----------------------------------------------------------
# The booking kiosk's offline relay sends receipts itself when the store's uplink is down.

_KIOSK_KEYS = (
    "apiKey",
    "secretKey",
    "user",
    "password",
    "host",
    "port",
    "from",
    "senderName",
    "accountSid",
    "token",
    "region",
    "baseUrl",
    "secure",
    "requireTls",
    "ignoreTls",
)


def _kiosk_sections(payload: Payload, clean: Callable[[str], str]) -> dict[str, dict[str, str]]:
    creds = _creds(payload)
    relay = {}
    for key in _KIOSK_KEYS:
        value = creds.get(key)
        if isinstance(value, bool):
            relay[key] = "true" if value else "false"
        elif isinstance(value, str):
            relay[key] = clean(value)
    return {
        "integration": {
            "provider": clean(payload["providerId"]),
            "channel": payload["channel"],
            "identifier": clean(payload["identifier"]),
            "enabled": "true" if payload["active"] else "false",
        },
        "relay": relay,
    }


def _kiosk_roundtrip(
    cfg: configparser.ConfigParser, sections: dict[str, dict[str, str]], reader: configparser.ConfigParser
) -> dict[str, dict[str, str]]:
    cfg.read_dict(sections)
    buf = io.StringIO()
    cfg.write(buf)
    reader.read_string(buf.getvalue())
    return {s: dict(reader.items(s)) for s in reader.sections()}


def kiosk_ini_export_buggy(payload: Payload) -> dict[str, dict[str, str]]:
    sections = _kiosk_sections(payload, lambda v: v.replace("\r", " ").replace("\n", " "))
    return _kiosk_roundtrip(configparser.ConfigParser(), sections, configparser.ConfigParser())


def kiosk_ini_export_fixed(payload: Payload) -> dict[str, dict[str, str]]:
    sections = _kiosk_sections(payload, lambda v: v.replace("\r", " ").replace("\n", " "))
    return _kiosk_roundtrip(
        configparser.ConfigParser(interpolation=None), sections, configparser.ConfigParser(interpolation=None)
    )


# 12. Nightly franchise reporting export (SQL) --------------------------------------------

_DDL = """CREATE TABLE integrations (
    id TEXT, environment TEXT, organization TEXT, name TEXT, identifier TEXT,
    provider TEXT, channel TEXT, active INTEGER, is_primary INTEGER, deleted INTEGER,
    deleted_at TEXT, condition_count INTEGER)"""


def _db_text(value: str | None) -> str | None:
    """Our DB layer stores valid UTF-8 only (lone surrogates become U+FFFD)."""
    return None if value is None else value.encode("utf-8", "replace").decode("utf-8")


def _report_row(payload: Payload) -> tuple[Any, ...]:
    return (
        _db_text(payload.get("_id")),
        _db_text(payload["_environmentId"]),
        _db_text(payload["_organizationId"]),
        _db_text(payload["name"]),
        _db_text(payload["identifier"]),
        _db_text(payload["providerId"]),
        payload["channel"],
        int(payload["active"]),
        int(payload["primary"]),
        int(payload["deleted"]),
        _db_text(payload.get("deletedAt")),
        len(payload.get("conditions") or []),
    )


def franchise_sql_export_buggy(payload: Payload) -> tuple[Any, ...]:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_DDL)
        values = ", ".join(
            "NULL" if v is None else str(v) if isinstance(v, int) else f"'{v}'" for v in _report_row(payload)
        )
        con.execute(f"INSERT INTO integrations VALUES ({values})")
        row: tuple[Any, ...] = con.execute("SELECT * FROM integrations").fetchone()
        return row
    finally:
        con.close()


def franchise_sql_export_fixed(payload: Payload) -> tuple[Any, ...]:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_DDL)
        con.execute(f"INSERT INTO integrations VALUES ({', '.join('?' * 12)})", _report_row(payload))
        row: tuple[Any, ...] = con.execute("SELECT * FROM integrations").fetchone()
        return row
    finally:
        con.close()


# 13. Accountants' monthly CSV (Excel on Windows, cp1252) ---------------------------------

_CSV_COLUMNS = ("store_integration", "provider", "channel", "status", "name")
_MONTHLY_FEE_CENTS = {"sms": 1500, "email": 500, "push": 300, "chat": 0, "in_app": 0}


def _csv_safe(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell  # no formulas in Excel


def _statement_csv(payload: Payload) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow((*_CSV_COLUMNS, "fee_eur"))
    status = "active" if payload["active"] else "inactive"
    fee = _MONTHLY_FEE_CENTS.get(payload["channel"], 0) if payload["active"] else 0
    writer.writerow(
        (
            _csv_safe(payload["identifier"]),
            _csv_safe(payload["providerId"]),
            payload["channel"],
            status,
            _csv_safe(payload["name"]),
            f"{fee / 100:.2f}",
        )
    )
    return buf.getvalue()


def accounting_csv_export_buggy(payload: Payload) -> bytes:
    return _statement_csv(payload).encode("cp1252")


def accounting_csv_export_fixed(payload: Payload) -> bytes:
    return _statement_csv(payload).encode("cp1252", errors="replace")


# 14. Franchise portal status badge -------------------------------------------------------

_BADGES: dict[tuple[bool, bool, bool], tuple[str, str]] = {
    # (active, primary, deleted)
    (True, True, False): ("Primary", "green"),
    (True, False, False): ("Active", "blue"),
    (False, False, False): ("Disabled", "grey"),
    (False, False, True): ("Removed", "red"),
}


def status_badge_buggy(payload: Payload) -> dict[str, str]:
    label, color = _BADGES[(payload["active"], payload["primary"], payload["deleted"])]
    return {"label": label, "color": color, "title": f"{payload['name']} ({payload['providerId']})"}


def status_badge_fixed(payload: Payload) -> dict[str, str]:
    if payload["deleted"]:
        label, color = "Removed", "red"
    elif not payload["active"]:
        label, color = ("Disabled (primary)", "amber") if payload["primary"] else ("Disabled", "grey")
    else:
        label, color = ("Primary", "green") if payload["primary"] else ("Active", "blue")
    return {"label": label, "color": color, "title": f"{payload['name']} ({payload['providerId']})"}


# 15. Provider client pool keyed by credentials -------------------------------------------

_POOL: OrderedDict[Any, dict[str, Any]] = OrderedDict()
_POOL_MAX = 64


def _pooled_client(key: Any, payload: Payload) -> dict[str, Any]:
    client = _POOL.get(key)
    if client is None:
        client = {"provider": payload["providerId"], "channel": payload["channel"], "uses": 0}
        _POOL[key] = client
        while len(_POOL) > _POOL_MAX:
            _POOL.popitem(last=False)
    _POOL.move_to_end(key)
    client["uses"] += 1
    return {"provider": client["provider"], "uses": client["uses"]}


def pool_cache_key_buggy(payload: Payload) -> dict[str, Any]:
    key = (payload["providerId"], frozenset(_creds(payload).items()))
    return _pooled_client(key, payload)


def pool_cache_key_fixed(payload: Payload) -> dict[str, Any]:
    blob = json.dumps(_creds(payload), sort_keys=True, default=str)
    key = (payload["providerId"], hashlib.sha256(blob.encode("ascii")).hexdigest())
    return _pooled_client(key, payload)


# 16. Compliance audit trail for removed integrations -------------------------------------


def _audit_line(payload: Payload, actor: str) -> str:
    record = {
        "event": "integration.removed" if payload["deleted"] else "integration.seen",
        "integration": payload.get("_id") or payload["identifier"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "at": payload.get("deletedAt"),
        "actor": actor,
    }
    return json.dumps(record, sort_keys=True)


def deletion_audit_trail_buggy(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    return _audit_line(payload, actor=payload["deletedBy"])


def deletion_audit_trail_fixed(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    return _audit_line(payload, actor=payload.get("deletedBy") or "system")


# Cases --------------------------------------------------------------------------------------

_DELETED = {"deleted": True, "active": False, "primary": False}

LAUNDROMAT_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="laundromat_cycle_alert_router",
        bug="template table covers push/sms/email/in_app only; an active chat integration raises KeyError",
        buggy=cycle_alert_router_buggy,
        fixed=cycle_alert_router_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "providerId": "slack",
                "channel": "chat",
                "name": "Slack",
                "identifier": "slack-Qw3rT9",
                "primary": False,
            },
            creds={"applicationId": "A01", "hmac": False},
        ),
    ),
    ConsumerCase(
        name="laundromat_admin_avatar_initials",
        bug=(
            "takes the first letter of the first word of name; empty or whitespace-only name "
            "raises IndexError"
        ),
        buggy=admin_avatar_initials_buggy,
        fixed=admin_avatar_initials_fixed,
        raises=(IndexError,),
        example=_example({"name": " "}),
    ),
    ConsumerCase(
        name="laundromat_objectid_created_at",
        bug="assumes _id is a hex ObjectId and reads its timestamp; any other id string raises ValueError",
        buggy=objectid_created_at_buggy,
        fixed=objectid_created_at_fixed,
        raises=(ValueError,),
        example=_example({"_id": "int_7Hq2-store014"}),
    ),
    ConsumerCase(
        name="laundromat_deletion_retention_purge",
        bug="subtracts deletedAt from an aware now(); a deletedAt without UTC offset raises TypeError",
        buggy=deletion_retention_purge_buggy,
        fixed=deletion_retention_purge_fixed,
        raises=(TypeError,),
        example=_example({**_DELETED, "deletedAt": "2025-05-08T12:00:00"}),
    ),
    ConsumerCase(
        name="laundromat_callback_allowlist",
        bug=(
            "reads urlsplit(...).port unguarded; a webhook/base URL with a bad or "
            "out-of-range port raises ValueError"
        ),
        buggy=callback_allowlist_buggy,
        fixed=callback_allowlist_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "push-webhook",
                "channel": "push",
                "name": "Push Webhook",
                "identifier": "push-webhook-d3Liv",
                "primary": False,
            },
            creds={
                "webhookUrl": "https://drivers.spincycle.example:84430/hooks/delivery",
                "secretKey": "whsec_1",
            },
        ),
    ),
    ConsumerCase(
        name="laundromat_tls_options_builder",
        bug=(
            "treats tlsOptions.minVersion as a string; the free-form object may hold a "
            "number there (AttributeError)"
        ),
        buggy=tls_options_builder_buggy,
        fixed=tls_options_builder_fixed,
        raises=(AttributeError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Store SMTP", "identifier": "store-smtp-x1"},
            creds={
                "host": "smtp.store014.example",
                "port": "587",
                "user": "relay",
                "password": "pw",
                "secure": False,
                "requireTls": True,
                "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": True},
            },
        ),
    ),
    ConsumerCase(
        name="laundromat_fcm_project_resolver",
        bug=(
            "assumes serviceAccount JSON is an object; valid JSON of another shape raises "
            "AttributeError/TypeError"
        ),
        buggy=fcm_project_resolver_buggy,
        fixed=fcm_project_resolver_fixed,
        raises=(AttributeError, TypeError),
        example=_example(
            {
                "providerId": "fcm",
                "channel": "push",
                "name": "FCM",
                "identifier": "fcm-a8Pz",
                "primary": False,
            },
            creds={"serviceAccount": '["spincycle-prod"]'},
        ),
    ),
    ConsumerCase(
        name="laundromat_loyalty_threshold_rules",
        bug=(
            "parses the value of LARGER/SMALLER/... children as a number; a non-numeric "
            "value raises InvalidOperation"
        ),
        buggy=loyalty_threshold_rules_buggy,
        fixed=loyalty_threshold_rules_fixed,
        raises=(InvalidOperation,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.tier",
                                "value": "silver",
                                "operator": "LARGER_EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="laundromat_promo_like_matcher",
        bug=(
            "turns a LIKE value into a regex without escaping; '+', '(', '[' or '*' in the "
            "value raise re.error"
        ),
        buggy=promo_like_matcher_buggy,
        fixed=promo_like_matcher_fixed,
        raises=(re.error,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriber.phone",
                                "value": "+1555%",
                                "operator": "LIKE",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="laundromat_sender_domain_audit",
        bug="splits credentials.from on '@' into two parts; an SMS sender number (no '@') raises ValueError",
        buggy=sender_domain_audit_buggy,
        fixed=sender_domain_audit_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "twilio", "channel": "sms", "name": "Twilio", "identifier": "twilio-Zp02"},
            creds={"accountSid": "AC123", "token": "tok", "from": "+15551234567"},
        ),
    ),
    ConsumerCase(
        name="laundromat_kiosk_ini_export",
        bug=(
            "ConfigParser with default interpolation; a '%' in a credential raises "
            "ValueError/InterpolationError"
        ),
        buggy=kiosk_ini_export_buggy,
        fixed=kiosk_ini_export_fixed,
        raises=(ValueError, configparser.InterpolationError),
        example=_example(
            {"providerId": "nodemailer", "name": "Store SMTP", "identifier": "store-smtp-x2"},
            creds={
                "host": "smtp.store014.example",
                "port": "465",
                "user": "relay",
                "password": "Sp1n%Cycle",
                "secure": True,
            },
        ),
    ),
    ConsumerCase(
        name="laundromat_franchise_sql_export",
        bug="builds the INSERT with an f-string; an apostrophe (or NUL) in a text field breaks the SQL",
        buggy=franchise_sql_export_buggy,
        fixed=franchise_sql_export_fixed,
        raises=(sqlite3.OperationalError, sqlite3.ProgrammingError),
        example=_example({"name": "Suds O'Malley Riverside"}),
    ),
    ConsumerCase(
        name="laundromat_accounting_csv_export",
        bug=(
            "encodes the statement as strict cp1252; a name outside cp1252 (CJK, emoji) "
            "raises UnicodeEncodeError"
        ),
        buggy=accounting_csv_export_buggy,
        fixed=accounting_csv_export_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "コインランドリー 渋谷"}),
    ),
    ConsumerCase(
        name="laundromat_status_badge",
        bug=(
            "badge table keyed by (active, primary, deleted) misses combinations such as "
            "inactive primary (KeyError)"
        ),
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="laundromat_pool_cache_key",
        bug="hashes frozenset(credentials.items()); a tlsOptions object is unhashable (TypeError)",
        buggy=pool_cache_key_buggy,
        fixed=pool_cache_key_fixed,
        raises=(TypeError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Store SMTP", "identifier": "store-smtp-x3"},
            creds={"host": "smtp.store014.example", "tlsOptions": {"rejectUnauthorized": False}},
        ),
    ),
    ConsumerCase(
        name="laundromat_deletion_audit_trail",
        bug="reads deletedBy whenever deleted is true; a deleted item without deletedBy raises KeyError",
        buggy=deletion_audit_trail_buggy,
        fixed=deletion_audit_trail_fixed,
        raises=(KeyError,),
        example=_example({**_DELETED, "deletedAt": "2025-05-08T12:00:00.000Z"}),
    ),
]
