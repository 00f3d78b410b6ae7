"""City transit operator: delay alerts, ticket receipts, driver shift pages and service-change bulletins,
consuming Novu GET /v1/integrations items.

Each consumer is written twice: *_buggy carries one plausible mistake about what the IntegrationResponseDto
contract allows, *_fixed is what a careful engineer ships.
"""

from __future__ import annotations

import configparser
import copy
import hashlib
import hmac
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "TRANSIT_BUGS"]


def _payload(drop: Iterable[str] = (), **changes: Any) -> Payload:
    """HAPPY_PATH with top-level keys replaced (``_id`` etc. via ``**{"_id": ...}``) or dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes))
    for key in drop:
        payload.pop(key, None)
    return payload


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of a wire string; JSON may carry lone surrogates (``"\\ud800"``)."""
    return text.encode("utf-8", "surrogatepass")


def _clean_text(text: str) -> str:
    """The same string, with lone surrogates replaced so byte-level sinks accept it."""
    return _utf8(text).decode("utf-8", "replace")


# --------------------------------------------------------------------------------------------------
# 1. Delay-alert failover router: orders integrations for the "line delayed" fan-out.
# --------------------------------------------------------------------------------------------------

_DELAY_ALERT_CHANNEL_ORDER = {"sms": 0, "push": 1, "email": 2, "chat": 3}


def delay_alert_route_buggy(p: Payload) -> tuple[int, int, int, str]:
    channel_rank = _DELAY_ALERT_CHANNEL_ORDER[p["channel"]]
    return (channel_rank, 0 if p["primary"] else 1, 0 if p["active"] else 1, p["identifier"])


def delay_alert_route_fixed(p: Payload) -> tuple[int, int, int, str]:
    # in_app (and anything added later) goes after the channels that reach riders off the app.
    channel_rank = _DELAY_ALERT_CHANNEL_ORDER.get(p["channel"], len(_DELAY_ALERT_CHANNEL_ORDER))
    return (channel_rank, 0 if p["primary"] else 1, 0 if p["active"] else 1, p["identifier"])


# --------------------------------------------------------------------------------------------------
# 2. Driver shift pages through the depot's Kannel box: build the sendsms URL.
# --------------------------------------------------------------------------------------------------

_KANNEL_DEFAULT_PORT = 13013
_ASCII_PORT = re.compile(r"[0-9]{1,5}")


def _kannel_query(creds: dict[str, Any]) -> str:
    fields = {
        k: creds.get(src, "") for k, src in (("username", "user"), ("password", "password"), ("from", "from"))
    }
    return urlencode(fields, encoding="utf-8", errors="surrogatepass")


def kannel_sendsms_url_buggy(p: Payload) -> str | None:
    creds = p["credentials"]
    if p["providerId"] != "kannel" or not creds.get("host"):
        return None
    port = int(creds.get("port") or _KANNEL_DEFAULT_PORT)
    return f"http://{creds['host']}:{port}/cgi-bin/sendsms?{_kannel_query(creds)}"


def kannel_sendsms_url_fixed(p: Payload) -> str | None:
    creds = p["credentials"]
    if p["providerId"] != "kannel" or not creds.get("host"):
        return None
    raw_port = (creds.get("port") or "").strip()
    port = int(raw_port) if _ASCII_PORT.fullmatch(raw_port) else _KANNEL_DEFAULT_PORT
    if not 0 < port < 65536:
        port = _KANNEL_DEFAULT_PORT
    return f"http://{creds['host']}:{port}/cgi-bin/sendsms?{_kannel_query(creds)}"


# --------------------------------------------------------------------------------------------------
# 3. Shift-page sender normaliser: the caller-ID shown on drivers' phones.
# --------------------------------------------------------------------------------------------------

_PHONE_PUNCTUATION = re.compile(r"[\s().\-]")


def shift_page_sender_buggy(p: Payload) -> dict[str, str] | None:
    sender = p["credentials"].get("from")
    if p["channel"] != "sms" or sender is None:
        return None
    number = int(_PHONE_PUNCTUATION.sub("", sender).removeprefix("+"))
    return {"kind": "msisdn", "sender": f"+{number}"}


def shift_page_sender_fixed(p: Payload) -> dict[str, str] | None:
    sender = p["credentials"].get("from")
    if p["channel"] != "sms" or sender is None:
        return None
    digits = _PHONE_PUNCTUATION.sub("", sender).removeprefix("+")
    if re.fullmatch(r"[0-9]{1,15}", digits):
        return {"kind": "msisdn", "sender": f"+{int(digits)}"}
    if re.fullmatch(r"[A-Za-z0-9 ]{1,11}", sender):
        return {"kind": "alphanumeric", "sender": sender}
    return {"kind": "unusable", "sender": ""}


# --------------------------------------------------------------------------------------------------
# 4. Service-change bulletin feed: one <integration> element per channel, validated before publishing.
# --------------------------------------------------------------------------------------------------

_XML_INVALID = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def bulletin_feed_xml_buggy(p: Payload) -> str:
    doc = (
        f'<integration id="{p["identifier"]}" channel="{p["channel"]}">'
        f"<name>{p['name']}</name><provider>{p['providerId']}</provider>"
        f"<active>{str(p['active']).lower()}</active></integration>"
    )
    return ET.tostring(ET.fromstring(doc), encoding="unicode")


def bulletin_feed_xml_fixed(p: Payload) -> str:
    def clean(text: str) -> str:
        return _XML_INVALID.sub("\ufffd", text)

    root = ET.Element("integration", {"id": clean(p["identifier"]), "channel": p["channel"]})
    ET.SubElement(root, "name").text = clean(p["name"])
    ET.SubElement(root, "provider").text = clean(p["providerId"])
    ET.SubElement(root, "active").text = str(p["active"]).lower()
    return ET.tostring(root, encoding="unicode")


# --------------------------------------------------------------------------------------------------
# 5. Credential retention job: purge mirrored secrets of integrations deleted more than 90 days ago.
# --------------------------------------------------------------------------------------------------

_RETENTION_NOW = datetime(2025, 6, 1, tzinfo=UTC)
_RETENTION = timedelta(days=90)


def retention_action_buggy(p: Payload) -> str:
    if not p["deleted"]:
        return "keep"
    raw = p.get("deletedAt")
    if raw is None:
        return "review"
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return "review"
    return "purge" if _RETENTION_NOW - deleted_at > _RETENTION else "keep"


def retention_action_fixed(p: Payload) -> str:
    if not p["deleted"]:
        return "keep"
    raw = p.get("deletedAt")
    if raw is None:
        return "review"
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return "review"
    if deleted_at.tzinfo is None:  # Mongo dates are UTC; some exports drop the offset
        deleted_at = deleted_at.replace(tzinfo=UTC)
    return "purge" if _RETENTION_NOW - deleted_at > _RETENTION else "keep"


# --------------------------------------------------------------------------------------------------
# 6. Delay-alert targeting: does this integration's condition set match the test rider?
# --------------------------------------------------------------------------------------------------

_TEST_RIDER = {
    "subscriber.plan": "pro",
    "subscriber.locale": "en",
    "payload.delayMinutes": "12",
    "payload.line": "M2",
}


def _as_float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _range_bounds_buggy(expected: str) -> tuple[float | None, float | None]:
    low, high = expected.split(",")
    return _as_float(low), _as_float(high)


def _range_bounds_fixed(expected: str) -> tuple[float | None, float | None]:
    parts = expected.split(",")
    if len(parts) != 2:
        return None, None
    return _as_float(parts[0]), _as_float(parts[1])


def _child_matches(child: dict[str, Any], bounds: Any) -> bool:
    actual = _TEST_RIDER.get(child["field"])
    if actual is None:
        return False
    op, expected = child["operator"], child["value"]
    options = [item.strip() for item in expected.split(",")]
    if op == "EQUAL":
        return bool(actual == expected)
    if op == "NOT_EQUAL":
        return bool(actual != expected)
    if op in ("IN", "ANY_IN", "ALL_IN"):
        return actual in options
    if op == "NOT_IN":
        return actual not in options
    if op == "LIKE":
        return expected in actual
    if op == "NOT_LIKE":
        return expected not in actual
    a = _as_float(actual)
    if op in ("BETWEEN", "NOT_BETWEEN"):
        low, high = bounds(expected)
        if a is None or low is None or high is None:
            return False
        return bool((low <= a <= high) == (op == "BETWEEN"))
    e = _as_float(expected)
    if a is None or e is None:
        return False
    return {"LARGER": a > e, "SMALLER": a < e, "LARGER_EQUAL": a >= e, "SMALLER_EQUAL": a <= e}.get(op, False)


def _conditions_match(p: Payload, bounds: Any) -> bool:
    for group in p.get("conditions", []):
        results = [_child_matches(child, bounds) for child in group["children"]]
        matched = all(results) if group["value"] == "AND" else any(results)
        if matched == group["isNegated"]:
            return False
    return True


def delay_alert_targets_rider_buggy(p: Payload) -> bool:
    return _conditions_match(p, _range_bounds_buggy)


def delay_alert_targets_rider_fixed(p: Payload) -> bool:
    return _conditions_match(p, _range_bounds_fixed)


# --------------------------------------------------------------------------------------------------
# 7. Admin dashboard: a one-line audience label for each integration.
# --------------------------------------------------------------------------------------------------


def _describe(child: dict[str, Any], negated: bool) -> str:
    prefix = "NOT " if negated else ""
    return f"{prefix}{child['on']}:{child['field']} {child['operator']} {child['value']}"


def audience_label_buggy(p: Payload) -> str:
    groups = p.get("conditions") or []
    if not groups:
        return "everyone"
    return _describe(groups[0]["children"][0], groups[0]["isNegated"])


def audience_label_fixed(p: Payload) -> str:
    for group in p.get("conditions") or []:
        if group["children"]:
            return _describe(group["children"][0], group["isNegated"])
    return "everyone"


# --------------------------------------------------------------------------------------------------
# 8. Provider-config cache: memcached key per integration (ASCII, no spaces, at most 250 bytes).
# --------------------------------------------------------------------------------------------------


def _memcached_safe(raw: bytes) -> str:
    if len(raw) > 250 or any(b <= 32 or b >= 127 for b in raw):
        return "transit:novu:h:" + hashlib.sha1(raw).hexdigest()
    return raw.decode("ascii")


def config_cache_key_buggy(p: Payload) -> str:
    key = f"transit:novu:{p['_environmentId']}:{p['channel']}:{p['identifier']}"
    return _memcached_safe(key.encode("ascii"))


def config_cache_key_fixed(p: Payload) -> str:
    key = f"transit:novu:{p['_environmentId']}:{p['channel']}:{p['identifier']}"
    return _memcached_safe(_utf8(key))


# --------------------------------------------------------------------------------------------------
# 9. Station-display push: vet the webhook target before the push-webhook integration is enabled.
# --------------------------------------------------------------------------------------------------


def webhook_target_buggy(p: Payload) -> dict[str, Any] | None:
    url = p["credentials"].get("webhookUrl")
    if url is None:
        return None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return {"host": parts.hostname, "port": port, "allowed": parts.scheme == "https" and bool(parts.hostname)}


def webhook_target_fixed(p: Payload) -> dict[str, Any] | None:
    url = p["credentials"].get("webhookUrl")
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        explicit_port = parts.port
    except ValueError:
        return {"host": None, "port": None, "allowed": False}
    port = explicit_port or (443 if parts.scheme == "https" else 80)
    return {"host": parts.hostname, "port": port, "allowed": parts.scheme == "https" and bool(parts.hostname)}


# --------------------------------------------------------------------------------------------------
# 10. In-house SMS gateway (generic-sms): request headers and body signature.
# --------------------------------------------------------------------------------------------------

_PAGE_BODY = b'{"to":"+15550100","text":"Shift change: depot B, 05:40"}'


def _gateway_headers(creds: dict[str, Any]) -> dict[str, str]:
    headers = {creds["apiKeyRequestHeader"]: creds["apiKey"]}
    headers["X-Transit-Signature"] = hmac.new(_utf8(creds["apiKey"]), _PAGE_BODY, hashlib.sha256).hexdigest()
    headers["X-Auth-Mode"] = "token" if creds.get("authenticateByToken") else "key"
    return headers


def generic_sms_headers_buggy(p: Payload) -> dict[str, str] | None:
    creds = p["credentials"]
    if p["providerId"] != "generic-sms" or "apiKeyRequestHeader" not in creds or "apiKey" not in creds:
        return None
    headers = _gateway_headers(creds)
    headers[creds["secretKeyRequestHeader"]] = creds["secretKey"]
    return headers


def generic_sms_headers_fixed(p: Payload) -> dict[str, str] | None:
    creds = p["credentials"]
    if p["providerId"] != "generic-sms" or "apiKeyRequestHeader" not in creds or "apiKey" not in creds:
        return None
    headers = _gateway_headers(creds)
    if "secretKeyRequestHeader" in creds and "secretKey" in creds:
        headers[creds["secretKeyRequestHeader"]] = creds["secretKey"]
    return headers


# --------------------------------------------------------------------------------------------------
# 11. Ticket-receipt SMTP relay: TLS policy from the nodemailer-style tlsOptions.
# --------------------------------------------------------------------------------------------------

_TLS_MIN_VERSIONS = {"TLSv1": "TLSv1", "TLSv1.1": "TLSv1_1", "TLSv1.2": "TLSv1_2", "TLSv1.3": "TLSv1_3"}


def receipt_tls_policy_buggy(p: Payload) -> dict[str, Any]:
    tls = p["credentials"].get("tlsOptions") or {}
    verify = tls.get("rejectUnauthorized", True) is not False
    min_version = _TLS_MIN_VERSIONS[tls["minVersion"]] if "minVersion" in tls else "TLSv1_2"
    return {"verify": verify, "check_hostname": verify, "minimum_version": min_version}


def receipt_tls_policy_fixed(p: Payload) -> dict[str, Any]:
    tls = p["credentials"].get("tlsOptions") or {}
    verify = tls.get("rejectUnauthorized", True) is not False
    requested = tls.get("minVersion")
    min_version = _TLS_MIN_VERSIONS.get(requested, "TLSv1_2") if isinstance(requested, str) else "TLSv1_2"
    return {"verify": verify, "check_hostname": verify, "minimum_version": min_version}


# --------------------------------------------------------------------------------------------------
# 12. Ticket-receipt SMTP relay: connection mode from the secure / requireTls / ignoreTls switches.
# --------------------------------------------------------------------------------------------------


def _tls_flags(creds: dict[str, Any]) -> tuple[bool, bool, bool]:
    return creds.get("secure") is True, creds.get("requireTls") is True, creds.get("ignoreTls") is True


def receipt_smtp_mode_buggy(p: Payload) -> str:
    creds = p["credentials"]
    if "host" not in creds:
        return "provider-api"
    secure, require_tls, ignore_tls = _tls_flags(creds)
    if not (secure or require_tls or ignore_tls):
        return "starttls-opportunistic"
    if secure and not (require_tls or ignore_tls):
        return "implicit-tls"
    if require_tls and not (secure or ignore_tls):
        return "starttls-required"
    if ignore_tls and not (secure or require_tls):
        return "plaintext"
    raise ValueError(f"conflicting TLS switches on {p['identifier']!r}")


def receipt_smtp_mode_fixed(p: Payload) -> str:
    creds = p["credentials"]
    if "host" not in creds:
        return "provider-api"
    secure, require_tls, ignore_tls = _tls_flags(creds)
    # nodemailer's precedence: secure opens TLS at connect; ignoreTLS wins over requireTLS for STARTTLS.
    if secure:
        return "implicit-tls"
    if ignore_tls:
        return "plaintext"
    if require_tls:
        return "starttls-required"
    return "starttls-opportunistic"


# --------------------------------------------------------------------------------------------------
# 13. Ops dashboard: mirror each integration into the local sqlite store.
# --------------------------------------------------------------------------------------------------

_MIRROR_SCHEMA = """
CREATE TABLE integration (
    id TEXT NOT NULL PRIMARY KEY,
    environment TEXT NOT NULL,
    identifier TEXT NOT NULL,
    channel TEXT NOT NULL,
    provider TEXT NOT NULL,
    active INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,
    credentials TEXT NOT NULL
)
"""


def _mirror(row_id: str | None, p: Payload) -> tuple[Any, ...]:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_MIRROR_SCHEMA)
        con.execute(
            "INSERT INTO integration VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row_id,
                _clean_text(p["_environmentId"]),
                _clean_text(p["identifier"]),
                p["channel"],
                _clean_text(p["providerId"]),
                int(p["active"]),
                int(p["primary"]),
                json.dumps(p["credentials"], sort_keys=True),
            ),
        )
        return tuple(con.execute("SELECT * FROM integration").fetchone())
    finally:
        con.close()


def sqlite_mirror_buggy(p: Payload) -> tuple[Any, ...]:
    row_id = p.get("_id")
    return _mirror(None if row_id is None else _clean_text(row_id), p)


def sqlite_mirror_fixed(p: Payload) -> tuple[Any, ...]:
    row_id = p.get("_id")
    if row_id is None:  # fall back to the natural key the API enforces per environment
        row_id = f"{p['_environmentId']}/{p['identifier']}"
    return _mirror(_clean_text(row_id), p)


# --------------------------------------------------------------------------------------------------
# 14. Delivery metrics: Prometheus info series, labelled by the identifier's slug.
# --------------------------------------------------------------------------------------------------


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _info_series(p: Payload, slug: str) -> str:
    labels = {
        "channel": p["channel"],
        "provider": p["providerId"],
        "slug": slug,
        "primary": str(p["primary"]).lower(),
    }
    body = ",".join(f'{k}="{_label(v)}"' for k, v in labels.items())
    return f"novu_integration_info{{{body}}} {int(p['active'])}"


def integration_info_series_buggy(p: Payload) -> str:
    slug, _short_id = p["identifier"].rsplit("-", 1)
    return _info_series(p, slug)


def integration_info_series_fixed(p: Payload) -> str:
    slug, sep, _short_id = p["identifier"].rpartition("-")
    return _info_series(p, slug if sep else p["identifier"])


# --------------------------------------------------------------------------------------------------
# 15. Staging -> production promotion: credential drift against the checked-in manifest.
# --------------------------------------------------------------------------------------------------

_SECRET_KEYS = frozenset(
    {"apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey"}
)
_PROMOTION_MANIFEST: dict[str, dict[str, Any]] = {
    "sendgrid": {"from": "no-reply@example.com", "senderName": "Example Inc"},
    "twilio": {"from": "+15550100"},
    "novu": {"hmac": True},
    "apns": {"projectName": "transit-rider", "applicationId": "org.transit.rider", "secure": True},
}


def _drift(p: Payload, actual: dict[str, Any]) -> list[str]:
    expected = _PROMOTION_MANIFEST.get(p["providerId"], {})
    return sorted(k for k in expected.keys() | actual.keys() if expected.get(k) != actual.get(k))


def credential_drift_buggy(p: Payload) -> list[str]:
    creds = p["credentials"]
    actual = {k: v.strip() for k, v in creds.items() if k not in _SECRET_KEYS}
    return _drift(p, actual)


def credential_drift_fixed(p: Payload) -> list[str]:
    creds = p["credentials"]
    actual = {k: v.strip() if isinstance(v, str) else v for k, v in creds.items() if k not in _SECRET_KEYS}
    return _drift(p, actual)


# --------------------------------------------------------------------------------------------------
# 16. Legacy depot announcement system: reads its sender settings from an INI file.
# --------------------------------------------------------------------------------------------------

_INI_KEYS = ("from", "senderName", "host", "port", "user", "password", "region", "domain")


def _write_ini(cfg: configparser.ConfigParser, p: Payload) -> str:
    section = f"novu:{p['identifier']}"
    cfg.add_section(section)
    cfg.set(section, "provider", p["providerId"])
    cfg.set(section, "channel", p["channel"])
    for key in _INI_KEYS:
        if key in p["credentials"]:
            cfg.set(section, key, p["credentials"][key])
    out = io.StringIO()
    cfg.write(out)
    return out.getvalue()


def depot_ini_buggy(p: Payload) -> str:
    return _write_ini(configparser.ConfigParser(), p)


def depot_ini_fixed(p: Payload) -> str:
    return _write_ini(configparser.ConfigParser(interpolation=None), p)


# --------------------------------------------------------------------------------------------------

_SMTP_CREDS = {
    "host": "smtp.transit.example",
    "port": "587",
    "user": "receipts",
    "from": "receipts@transit.example",
    "senderName": "City Transit Tickets",
}

TRANSIT_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="transit_delay_alert_route",
        bug="every integration channel is one of sms/push/email/chat (forgets in_app)",
        buggy=delay_alert_route_buggy,
        fixed=delay_alert_route_fixed,
        raises=(KeyError,),
        example=_payload(
            name="Novu Inbox",
            identifier="novu-inbox-Q2w8Zr",
            providerId="novu",
            channel="in_app",
            credentials={"hmac": True},
            primary=False,
            conditions=[],
        ),
    ),
    ConsumerCase(
        name="transit_kannel_sendsms_url",
        bug="credentials.port is a decimal port number (it is a free-form string)",
        buggy=kannel_sendsms_url_buggy,
        fixed=kannel_sendsms_url_fixed,
        raises=(ValueError,),
        example=_payload(
            name="Kannel SMS",
            identifier="kannel-sms-3hD9",
            providerId="kannel",
            channel="sms",
            credentials={
                "host": "kannel.depot.transit.example",
                "port": "${KANNEL_SENDSMS_PORT}",
                "user": "pager",
                "password": "fake-pass",
                "from": "+15550100",
            },
        ),
    ),
    ConsumerCase(
        name="transit_shift_page_sender",
        bug="an SMS integration's credentials.from is a phone number (alphanumeric sender IDs exist)",
        buggy=shift_page_sender_buggy,
        fixed=shift_page_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            name="Twilio",
            identifier="twilio-Zk81",
            providerId="twilio",
            channel="sms",
            credentials={"accountSid": "AC0000fake", "token": "fake-token", "from": "MetroBus"},
        ),
    ),
    ConsumerCase(
        name="transit_bulletin_feed_xml",
        bug="name contains no XML syntax characters (&, <, quotes), so string templating is safe",
        buggy=bulletin_feed_xml_buggy,
        fixed=bulletin_feed_xml_fixed,
        raises=(ET.ParseError,),
        example=_payload(name="Trams & Buses Alerts"),
    ),
    ConsumerCase(
        name="transit_retention_action",
        bug="deletedAt always carries a UTC offset (naive ISO timestamps are valid strings)",
        buggy=retention_action_buggy,
        fixed=retention_action_fixed,
        raises=(TypeError,),
        example=_payload(active=False, primary=False, deleted=True, deletedAt="2025-01-10T08:30:00"),
    ),
    ConsumerCase(
        name="transit_delay_alert_targets_rider",
        bug='a BETWEEN/NOT_BETWEEN condition value is always a "low,high" pair',
        buggy=delay_alert_targets_rider_buggy,
        fixed=delay_alert_targets_rider_fixed,
        raises=(ValueError,),
        example=_payload(
            conditions=[
                {
                    "isNegated": False,
                    "type": "NUMBER",
                    "value": "AND",
                    "children": [
                        {
                            "field": "payload.delayMinutes",
                            "value": "5-15",
                            "operator": "BETWEEN",
                            "on": "payload",
                        }
                    ],
                }
            ]
        ),
    ),
    ConsumerCase(
        name="transit_audience_label",
        bug="a condition group always has at least one child (children may be [])",
        buggy=audience_label_buggy,
        fixed=audience_label_fixed,
        raises=(IndexError,),
        example=_payload(conditions=[{"isNegated": False, "type": "GROUP", "value": "AND", "children": []}]),
    ),
    ConsumerCase(
        name="transit_config_cache_key",
        bug="identifier and _environmentId are ASCII (user-chosen identifiers may be any Unicode)",
        buggy=config_cache_key_buggy,
        fixed=config_cache_key_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(name="Straßenbahn Störungen", identifier="straßenbahn-störungen"),
    ),
    ConsumerCase(
        name="transit_webhook_target",
        bug="any port written in webhookUrl is a valid 0-65535 integer (urlsplit(...).port raises otherwise)",
        buggy=webhook_target_buggy,
        fixed=webhook_target_fixed,
        raises=(ValueError,),
        example=_payload(
            name="Push Webhook",
            identifier="push-webhook-Lq0",
            providerId="push-webhook",
            channel="push",
            primary=False,
            credentials={
                "webhookUrl": "https://displays.transit.example:84430/push",
                "secretKey": "fake-secret",
            },
        ),
    ),
    ConsumerCase(
        name="transit_generic_sms_headers",
        bug="generic-sms always has secretKeyRequestHeader/secretKey (both are optional in its form)",
        buggy=generic_sms_headers_buggy,
        fixed=generic_sms_headers_fixed,
        raises=(KeyError,),
        example=_payload(
            name="Generic SMS",
            identifier="generic-sms-8Uy",
            providerId="generic-sms",
            channel="sms",
            credentials={
                "baseUrl": "https://sms-gw.transit.example/api/send",
                "apiKeyRequestHeader": "X-Api-Key",
                "apiKey": "fake-api-key",
                "idPath": "data.id",
                "from": "+15550101",
            },
        ),
    ),
    ConsumerCase(
        name="transit_receipt_tls_policy",
        bug="tlsOptions.minVersion is one of Node's TLSv1.x names (tlsOptions is free-form JSON)",
        buggy=receipt_tls_policy_buggy,
        fixed=receipt_tls_policy_fixed,
        raises=(KeyError, TypeError),
        example=_payload(
            name="Custom SMTP",
            identifier="custom-smtp-Rc7",
            providerId="nodemailer",
            credentials={**_SMTP_CREDS, "tlsOptions": {"rejectUnauthorized": True, "minVersion": "TLS1.2"}},
        ),
    ),
    ConsumerCase(
        name="transit_receipt_smtp_mode",
        bug="secure, requireTls and ignoreTls are mutually exclusive (any combination is valid)",
        buggy=receipt_smtp_mode_buggy,
        fixed=receipt_smtp_mode_fixed,
        raises=(ValueError,),
        example=_payload(
            name="Custom SMTP",
            identifier="custom-smtp-Rc7",
            providerId="nodemailer",
            credentials={**_SMTP_CREDS, "port": "465", "secure": True, "requireTls": True},
        ),
    ),
    ConsumerCase(
        name="transit_sqlite_mirror",
        bug="_id is always present (it is optional in the contract)",
        buggy=sqlite_mirror_buggy,
        fixed=sqlite_mirror_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="transit_integration_info_series",
        bug='identifier always has the server-generated "<slug>-<shortid>" shape (it can be any string)',
        buggy=integration_info_series_buggy,
        fixed=integration_info_series_fixed,
        raises=(ValueError,),
        example=_payload(identifier="tramalerts"),
    ),
    ConsumerCase(
        name="transit_credential_drift",
        bug="every credentials value is a string (secure/hmac/... are booleans, tlsOptions an object)",
        buggy=credential_drift_buggy,
        fixed=credential_drift_fixed,
        raises=(AttributeError,),
        example=_payload(
            name="APNs",
            identifier="apns-Tt4",
            providerId="apns",
            channel="push",
            primary=False,
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----\nfake\n-----END PRIVATE KEY-----",
                "apiKey": "KEYID123",
                "projectName": "transit-rider",
                "applicationId": "org.transit.rider",
                "secure": True,
            },
        ),
    ),
    ConsumerCase(
        name="transit_depot_ini",
        bug="credential values contain no '%' (ConfigParser interpolation rejects a lone %)",
        buggy=depot_ini_buggy,
        fixed=depot_ini_fixed,
        raises=(ValueError,),
        example=_payload(
            name="Custom SMTP",
            identifier="custom-smtp-Rc7",
            providerId="nodemailer",
            credentials={**_SMTP_CREDS, "password": "p%40ss-2025"},
        ),
    ),
)
