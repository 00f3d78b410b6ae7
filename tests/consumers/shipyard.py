"""Ship-repair yard: work orders and crew paging, consuming Novu ``GET /v1/integrations`` items.

Each consumer is written twice: ``*_buggy`` carries one plausible mistake about what the
``IntegrationResponseDto`` contract allows, ``*_fixed`` is what a careful engineer ships.
"""

from __future__ import annotations

import configparser
import csv
import hashlib
import hmac
import io
import json
import re
import string
import time
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "SHIPYARD_BUGS"]

# Sender used when the provider configures the sender on its own side (no ``from`` credential).
YARD_DEFAULT_SENDER = "YARD-OPS"


# --------------------------------------------------------------------------------------------
# 1. Crew pager router: which integration/sender pages the on-call crew.
# --------------------------------------------------------------------------------------------
def pager_route_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] not in ("sms", "email") or not payload["active"]:
        return None
    creds = payload["credentials"]
    return {
        "integration": payload["identifier"],
        "provider": payload["providerId"],
        "sender": creds["from"],
        "preferred": payload["primary"],
    }


def pager_route_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] not in ("sms", "email") or not payload["active"]:
        return None
    creds = payload["credentials"]
    sender = creds.get("from")
    return {
        "integration": payload["identifier"],
        "provider": payload["providerId"],
        "sender": sender if sender else YARD_DEFAULT_SENDER,
        "preferred": payload["primary"],
    }


# --------------------------------------------------------------------------------------------
# 2. SMTP relay INI writer for the yard's on-prem mail relay (Custom SMTP = nodemailer).
# --------------------------------------------------------------------------------------------
def _smtp_ini(payload: Payload, parser: configparser.RawConfigParser) -> str | None:
    if payload["providerId"] != "nodemailer":
        return None
    creds = payload["credentials"]
    parser.add_section("relay")
    parser.set("relay", "identifier", payload["identifier"])
    for key in ("host", "port", "user", "password", "from", "senderName"):
        value = creds.get(key)
        if isinstance(value, str):
            parser.set("relay", key, value)
    for flag in ("secure", "requireTls", "ignoreTls"):
        value = creds.get(flag)
        if isinstance(value, bool):
            parser.set("relay", flag, "true" if value else "false")
    buf = io.StringIO()
    parser.write(buf)
    return buf.getvalue()


def smtp_ini_buggy(payload: Payload) -> str | None:
    return _smtp_ini(payload, configparser.ConfigParser())


def smtp_ini_fixed(payload: Payload) -> str | None:
    # Secrets are literal text: no '%' interpolation.
    return _smtp_ini(payload, configparser.ConfigParser(interpolation=None))


# --------------------------------------------------------------------------------------------
# 3. Pipe-delimited export of integrations for the legacy ERP.
# --------------------------------------------------------------------------------------------
def _erp_row(payload: Payload) -> list[str]:
    return [
        payload.get("_id", ""),
        payload["identifier"],
        payload["name"],
        payload["providerId"],
        payload["channel"],
        "1" if payload["active"] else "0",
        "1" if payload["primary"] else "0",
    ]


def erp_csv_buggy(payload: Payload) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="|", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(_erp_row(payload))
    return buf.getvalue()


def erp_csv_fixed(payload: Payload) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(_erp_row(payload))
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# 4. Audit logger for removed paging integrations.
# --------------------------------------------------------------------------------------------
def deletion_audit_buggy(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    return (
        f"{payload.get('deletedAt', '?')} integration {payload['identifier']!r} "
        f"({payload['providerId']}/{payload['channel']}) removed by user {payload['deletedBy']}"
    )


def deletion_audit_fixed(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    who = payload.get("deletedBy")
    return (
        f"{payload.get('deletedAt', '?')} integration {payload['identifier']!r} "
        f"({payload['providerId']}/{payload['channel']}) removed by "
        f"{'user ' + who if who is not None else 'an unknown actor (API key)'}"
    )


# --------------------------------------------------------------------------------------------
# 5. Signs the crew-page body sent to email-webhook / push-webhook integrations.
# --------------------------------------------------------------------------------------------
_WEBHOOK_PROVIDERS = frozenset({"email-webhook", "push-webhook"})


def _page_body(payload: Payload) -> bytes:
    event = {"event": "crew.page", "integration": payload["identifier"], "workOrder": "WO-2291"}
    return json.dumps(event, sort_keys=True, separators=(",", ":")).encode("ascii")


def webhook_signature_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] not in _WEBHOOK_PROVIDERS:
        return None
    creds = payload["credentials"]
    secret = creds.get("secretKey")
    if not creds.get("webhookUrl") or secret is None:
        return None
    sig = hmac.new(secret.encode("utf-8"), _page_body(payload), hashlib.sha256).hexdigest()
    return {"X-Yard-Signature": f"sha256={sig}"}


def webhook_signature_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] not in _WEBHOOK_PROVIDERS:
        return None
    creds = payload["credentials"]
    secret = creds.get("secretKey")
    if not creds.get("webhookUrl") or secret is None:
        return None
    # A JSON string can carry lone surrogates (e.g. a truncated emoji); keep them byte-for-byte.
    key = secret.encode("utf-8", "surrogatepass")
    sig = hmac.new(key, _page_body(payload), hashlib.sha256).hexdigest()
    return {"X-Yard-Signature": f"sha256={sig}"}


# --------------------------------------------------------------------------------------------
# 6. Prometheus labels for paging metrics.
# --------------------------------------------------------------------------------------------
_CHANNEL_LABEL_BUGGY = {"email": "mail", "sms": "sms", "chat": "chat", "push": "push"}
_CHANNEL_LABEL = {**_CHANNEL_LABEL_BUGGY, "in_app": "inbox"}


def _label_value(value: str) -> str:
    return re.sub(r"[^a-z0-9_]", "_", value.lower())[:64]


def metrics_labels_buggy(payload: Payload) -> dict[str, str]:
    return {
        "channel": _CHANNEL_LABEL_BUGGY[payload["channel"]],
        "provider": _label_value(payload["providerId"]),
        "state": "active" if payload["active"] else "inactive",
    }


def metrics_labels_fixed(payload: Payload) -> dict[str, str]:
    return {
        "channel": _CHANNEL_LABEL.get(payload["channel"], "other"),
        "provider": _label_value(payload["providerId"]),
        "state": "active" if payload["active"] else "inactive",
    }


# --------------------------------------------------------------------------------------------
# 7. Crew filter: does this integration's condition set match the on-call crew member?
# --------------------------------------------------------------------------------------------
ON_CALL_CREW: dict[str, dict[str, str]] = {
    "subscriber": {"plan": "pro", "shift": "night", "certLevel": "3", "dock": "north"},
    "payload": {"vessel": "MV Aurora", "tonnage": "4200", "priority": "urgent"},
}


def _crew_value(child: dict[str, Any]) -> str | None:
    source = ON_CALL_CREW.get(child["on"], {})
    field = child["field"]
    for prefix in ("subscriber.", "payload."):
        if field.startswith(prefix):
            field = field[len(prefix) :]
            break
    return source.get(field)


def _num(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _between_buggy(actual: str, value: str) -> bool:
    lo, hi = value.split(",")
    a, low, high = _num(actual), _num(lo), _num(hi)
    return a is not None and low is not None and high is not None and low <= a <= high


def _between_fixed(actual: str, value: str) -> bool:
    parts = value.split(",")
    if len(parts) != 2:
        return False
    a, low, high = _num(actual), _num(parts[0]), _num(parts[1])
    return a is not None and low is not None and high is not None and low <= a <= high


def _child_matches(child: dict[str, Any], between: Any) -> bool:
    actual = _crew_value(child)
    op, value = child["operator"], child["value"]
    if actual is None:
        return op in ("NOT_EQUAL", "NOT_IN", "NOT_LIKE", "NOT_BETWEEN")
    items = [v.strip() for v in value.split(",")]
    if op == "EQUAL":
        return bool(actual == value)
    if op == "NOT_EQUAL":
        return bool(actual != value)
    if op in ("IN", "ANY_IN"):
        return actual in items
    if op == "ALL_IN":
        return all(i == actual for i in items)
    if op == "NOT_IN":
        return actual not in items
    if op == "LIKE":
        return value.strip("%") in actual
    if op == "NOT_LIKE":
        return value.strip("%") not in actual
    if op == "BETWEEN":
        return bool(between(actual, value))
    if op == "NOT_BETWEEN":
        return not between(actual, value)
    a, v = _num(actual), _num(value)
    if a is None or v is None:
        return False
    return {"LARGER": a > v, "SMALLER": a < v, "LARGER_EQUAL": a >= v, "SMALLER_EQUAL": a <= v}.get(op, False)


def _crew_eligible(payload: Payload, between: Any) -> bool:
    for cond in payload.get("conditions", []):
        results = [_child_matches(child, between) for child in cond["children"]]
        ok = all(results) if cond["value"] == "AND" else any(results)
        if cond["isNegated"]:
            ok = not ok
        if not ok:
            return False
    return True


def crew_filter_buggy(payload: Payload) -> bool:
    return _crew_eligible(payload, _between_buggy)


def crew_filter_fixed(payload: Payload) -> bool:
    return _crew_eligible(payload, _between_fixed)


# --------------------------------------------------------------------------------------------
# 8. Memcached key for the per-integration provider-client cache.
# --------------------------------------------------------------------------------------------
class MemcacheIllegalInputError(ValueError):
    """Raised like pymemcache does for keys memcached cannot store."""


def _memcache_check(key: str) -> str:
    try:
        raw = key.encode("ascii")
    except UnicodeEncodeError as exc:
        raise MemcacheIllegalInputError(f"Non-ASCII key: {key!r}") from exc
    if len(raw) > 250:
        raise MemcacheIllegalInputError(f"Key is too long: {key!r}")
    if any(c in raw for c in b" \t\r\n\x00") or any(b < 0x21 or b == 0x7F for b in raw):
        raise MemcacheIllegalInputError(f"Key contains whitespace or control characters: {key!r}")
    return key


def cache_key_buggy(payload: Payload) -> str:
    return _memcache_check(f"yard:client:{payload['_environmentId']}:{payload['identifier']}")


def cache_key_fixed(payload: Payload) -> str:
    digest = hashlib.sha256(
        json.dumps([payload["_environmentId"], payload["identifier"]]).encode("ascii")
    ).hexdigest()
    return _memcache_check(f"yard:client:{digest}")


# --------------------------------------------------------------------------------------------
# 9. YAML deploy config for the SMS pager sidecar.
# --------------------------------------------------------------------------------------------
def pager_yaml_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "sms":
        return None
    creds = payload["credentials"]
    doc = (
        "pager:\n"
        f"  provider: {json.dumps(payload['providerId'])}\n"
        f"  sender: {creds.get('from', YARD_DEFAULT_SENDER)}\n"
    )
    cfg = yaml.safe_load(doc)["pager"]
    sender = cfg["sender"]
    return {"yaml": doc, "sender_is_msisdn": sender.startswith("+")}


def pager_yaml_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "sms":
        return None
    creds = payload["credentials"]
    sender = creds.get("from", YARD_DEFAULT_SENDER)
    doc = yaml.safe_dump({"pager": {"provider": payload["providerId"], "sender": sender}}, sort_keys=False)
    return {"yaml": doc, "sender_is_msisdn": sender.startswith("+")}


# --------------------------------------------------------------------------------------------
# 10. Grafana OnCall alert title rendering (the integration's ``title`` credential is a template).
# --------------------------------------------------------------------------------------------
WORK_ORDER_CTX = {"work_order": "WO-2291", "vessel": "MV Aurora", "dock": "Drydock 2"}
_DEFAULT_TITLE = "Work order $work_order on $vessel ($dock)"


def grafana_title_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "grafana-on-call":
        return None
    template = payload["credentials"].get("title") or _DEFAULT_TITLE
    return string.Template(template).substitute(WORK_ORDER_CTX)


def grafana_title_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "grafana-on-call":
        return None
    template = payload["credentials"].get("title") or _DEFAULT_TITLE
    return string.Template(template).safe_substitute(WORK_ORDER_CTX)


# --------------------------------------------------------------------------------------------
# 11. Token-bucket rate limiter keyed by integration, sized per provider.
# --------------------------------------------------------------------------------------------
_PROVIDER_RPS: dict[str, float] = {
    "twilio": 10.0,
    "sendgrid": 50.0,
    "ses": 14.0,
    "sns": 20.0,
    "mailgun": 25.0,
    "postmark": 20.0,
    "slack": 1.0,
    "msteams": 2.0,
    "fcm": 100.0,
    "apns": 100.0,
    "novu": 50.0,
}
_DEFAULT_RPS = 5.0
_BUCKETS: dict[tuple[str, str, str], tuple[float, float]] = {}


def _take(key: tuple[str, str, str], rps: float) -> bool:
    now = time.monotonic()
    tokens, last = _BUCKETS.get(key, (rps, now))
    tokens = min(rps, tokens + (now - last) * rps)
    allowed = tokens >= 1.0
    _BUCKETS[key] = (tokens - 1.0 if allowed else tokens, now)
    return allowed


def rate_limit_buggy(payload: Payload) -> bool:
    key = (payload["_organizationId"], payload["_environmentId"], payload["identifier"])
    return _take(key, _PROVIDER_RPS[payload["providerId"]])


def rate_limit_fixed(payload: Payload) -> bool:
    key = (payload["_organizationId"], payload["_environmentId"], payload["identifier"])
    return _take(key, _PROVIDER_RPS.get(payload["providerId"], _DEFAULT_RPS))


# --------------------------------------------------------------------------------------------
# 12. Admin serializer: credentials shown masked in the yard's admin console.
# --------------------------------------------------------------------------------------------
_SHOWN_IN_CLEAR = frozenset({"from", "senderName", "region", "host", "port", "baseUrl", "domain"})


def _mask(value: str) -> str:
    return value[:2] + "*" * max(len(value) - 2, 0)


def admin_view_buggy(payload: Payload) -> dict[str, Any]:
    creds = {k: (v if k in _SHOWN_IN_CLEAR else _mask(v)) for k, v in payload["credentials"].items()}
    return {"name": payload["name"], "provider": payload["providerId"], "credentials": creds}


def admin_view_fixed(payload: Payload) -> dict[str, Any]:
    creds: dict[str, Any] = {}
    for k, v in payload["credentials"].items():
        if isinstance(v, bool):
            creds[k] = v
        elif isinstance(v, str):
            creds[k] = v if k in _SHOWN_IN_CLEAR else _mask(v)
        else:
            creds[k] = "<redacted>"
    return {"name": payload["name"], "provider": payload["providerId"], "credentials": creds}


# --------------------------------------------------------------------------------------------
# 13. XML export for the ERP's integration registry.
# --------------------------------------------------------------------------------------------
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def erp_xml_buggy(payload: Payload) -> str:
    doc = (
        f'<integration id="{payload.get("_id", "")}">'
        f"<name>{payload['name']}</name>"
        f"<provider>{payload['providerId']}</provider>"
        f"<channel>{payload['channel']}</channel>"
        f"</integration>"
    )
    root = ET.fromstring(doc)  # validate before posting to the ERP
    return ET.tostring(root, encoding="unicode")


def erp_xml_fixed(payload: Payload) -> str:
    def clean(text: str) -> str:
        return _XML_INVALID.sub("\ufffd", text)

    root = ET.Element("integration", {"id": clean(payload.get("_id", ""))})
    ET.SubElement(root, "name").text = clean(payload["name"])
    ET.SubElement(root, "provider").text = clean(payload["providerId"])
    ET.SubElement(root, "channel").text = payload["channel"]
    return ET.tostring(root, encoding="unicode")


# --------------------------------------------------------------------------------------------
# 14. Migration of integration conditions to the yard's v2 routing-rule table.
# --------------------------------------------------------------------------------------------
def migrate_rules_buggy(payload: Payload) -> list[dict[str, Any]]:
    rules = []
    for cond in payload.get("conditions", []):
        first = cond["children"][0]  # v1 rules always had exactly one comparison
        rules.append(
            {
                "field": first["field"],
                "op": first["operator"],
                "value": first["value"],
                "source": first["on"],
                "negate": cond["isNegated"],
                "join": cond["value"],
                "extra": [dict(c) for c in cond["children"][1:]],
            }
        )
    return rules


def migrate_rules_fixed(payload: Payload) -> list[dict[str, Any]]:
    rules = []
    for cond in payload.get("conditions", []):
        children = cond["children"]
        if not children:
            rules.append({"match_all": True, "negate": cond["isNegated"], "join": cond["value"]})
            continue
        first = children[0]
        rules.append(
            {
                "field": first["field"],
                "op": first["operator"],
                "value": first["value"],
                "source": first["on"],
                "negate": cond["isNegated"],
                "join": cond["value"],
                "extra": [dict(c) for c in children[1:]],
            }
        )
    return rules


# --------------------------------------------------------------------------------------------
# 15. Egress guard for webhook URLs (HTTPS on approved ports only).
# --------------------------------------------------------------------------------------------
_ALLOWED_PORTS = {None, 443, 8443}


def webhook_guard_buggy(payload: Payload) -> dict[str, Any] | None:
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    parts = urlsplit(url)
    allowed = parts.scheme == "https" and bool(parts.hostname) and parts.port in _ALLOWED_PORTS
    return {"url": url, "allowed": allowed}


def webhook_guard_fixed(payload: Payload) -> dict[str, Any] | None:
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a non-numeric or out-of-range port
    except ValueError:
        return {"url": url, "allowed": False}
    allowed = parts.scheme == "https" and bool(parts.hostname) and port in _ALLOWED_PORTS
    return {"url": url, "allowed": allowed}


# --------------------------------------------------------------------------------------------
# 16. Retention purge: hard-delete soft-deleted integrations after 90 days.
# --------------------------------------------------------------------------------------------
RETENTION = timedelta(days=90)
PURGE_RUN_AT = datetime(2025, 6, 1, tzinfo=UTC)


def purge_due_buggy(payload: Payload) -> bool | None:
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    return deleted_at < PURGE_RUN_AT - RETENTION


def purge_due_fixed(payload: Payload) -> bool | None:
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    try:
        deleted_at = datetime.fromisoformat(payload["deletedAt"])
    except ValueError:
        return None  # not a timestamp we can read: leave it for manual review
    if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    return deleted_at < PURGE_RUN_AT - RETENTION


# --------------------------------------------------------------------------------------------
SHIPYARD_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="shipyard_pager_route",
        bug=(
            "assumes every SMS/email integration has a 'from' credential (SNS, Gupshup, BulkSMS... have none)"
        ),
        buggy=pager_route_buggy,
        fixed=pager_route_fixed,
        raises=(KeyError,),
        example={
            "_id": "6650a1b2c3d4e5f601234567",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "SNS",
            "identifier": "sns-Yh3kP0q",
            "providerId": "sns",
            "channel": "sms",
            "credentials": {"apiKey": "AKIAEXAMPLE", "secretKey": "wJalrEXAMPLE", "region": "eu-west-1"},
            "active": True,
            "deleted": False,
            "primary": True,
            "conditions": [],
        },
    ),
    ConsumerCase(
        name="shipyard_smtp_ini",
        bug=(
            "writes secrets through ConfigParser's default '%' interpolation, so a password containing "
            "'%' is rejected"
        ),
        buggy=smtp_ini_buggy,
        fixed=smtp_ini_fixed,
        raises=(ValueError,),
        example={
            "_id": "6650a1b2c3d4e5f601234568",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Yard SMTP relay",
            "identifier": "yard-smtp-relay-Qw3rT9",
            "providerId": "nodemailer",
            "channel": "email",
            "credentials": {
                "host": "smtp.yard.example",
                "port": "587",
                "user": "pager",
                "password": "100%Hull",
                "secure": False,
                "from": "pager@yard.example",
                "senderName": "Yard Pager",
            },
            "active": True,
            "deleted": False,
            "primary": True,
        },
    ),
    ConsumerCase(
        name="shipyard_erp_csv",
        bug=(
            "exports with csv.QUOTE_NONE and no escapechar, assuming names never contain the '|' "
            "delimiter or quotes"
        ),
        buggy=erp_csv_buggy,
        fixed=erp_csv_fixed,
        raises=(csv.Error,),
        example={
            "_id": "6650a1b2c3d4e5f601234569",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Drydock 2 | Hull crew",
            "identifier": "drydock-2-hull-crew-a1B2c3",
            "providerId": "twilio",
            "channel": "sms",
            "credentials": {"accountSid": "AC123", "token": "tok", "from": "+15550100"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="shipyard_deletion_audit",
        bug="assumes a soft-deleted integration always carries deletedBy (API-key deletes leave it unset)",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(KeyError,),
        example={
            "_id": "6650a1b2c3d4e5f60123456a",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Mailgun",
            "identifier": "mailgun-Zx81pQ",
            "providerId": "mailgun",
            "channel": "email",
            "credentials": {"apiKey": "key-1", "domain": "mg.yard.example", "user": "api"},
            "active": False,
            "deleted": True,
            "deletedAt": "2025-03-02T10:15:00.000Z",
            "primary": False,
            "conditions": [],
        },
    ),
    ConsumerCase(
        name="shipyard_webhook_signature",
        bug="encodes the webhook secretKey with strict UTF-8, assuming no lone surrogates in JSON strings",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(UnicodeEncodeError,),
        example={
            "_id": "6650a1b2c3d4e5f60123456b",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Push Webhook",
            "identifier": "push-webhook-Lk9s0D",
            "providerId": "push-webhook",
            "channel": "push",
            "credentials": {"webhookUrl": "https://hooks.yard.example/page", "secretKey": "whsec-\ud83d"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="shipyard_metrics_labels",
        bug="channel label map lacks the 'in_app' Channel value",
        buggy=metrics_labels_buggy,
        fixed=metrics_labels_fixed,
        raises=(KeyError,),
        example={
            "_id": "6650a1b2c3d4e5f60123456c",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Novu Inbox",
            "identifier": "novu-inbox-Hh2j3K",
            "providerId": "novu",
            "channel": "in_app",
            "credentials": {"hmac": True},
            "active": True,
            "deleted": False,
            "primary": False,
            "conditions": [],
        },
    ),
    ConsumerCase(
        name="shipyard_crew_filter",
        bug="unpacks a BETWEEN/NOT_BETWEEN value into exactly two comma-separated bounds",
        buggy=crew_filter_buggy,
        fixed=crew_filter_fixed,
        raises=(ValueError,),
        example={
            "_id": "6650a1b2c3d4e5f60123456d",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Heavy-lift crew SMS",
            "identifier": "heavy-lift-crew-sms-Pq7",
            "providerId": "plivo",
            "channel": "sms",
            "credentials": {"accountSid": "MA1", "token": "t", "from": "+15550111"},
            "active": True,
            "deleted": False,
            "primary": False,
            "conditions": [
                {
                    "isNegated": False,
                    "type": "NUMBER",
                    "value": "AND",
                    "children": [
                        {"field": "payload.tonnage", "value": "3000", "operator": "BETWEEN", "on": "payload"}
                    ],
                }
            ],
        },
    ),
    ConsumerCase(
        name="shipyard_cache_key",
        bug="puts the raw identifier into a memcached key, assuming it is short ASCII without spaces",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(ValueError,),
        example={
            "_id": "6650a1b2c3d4e5f60123456e",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Dock 3 pager",
            "identifier": "dock 3 pager",
            "providerId": "telnyx",
            "channel": "sms",
            "credentials": {"apiKey": "KEY", "messageProfileId": "mp-1", "from": "+15550122"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="shipyard_pager_yaml",
        bug=(
            "templates the sender into YAML unquoted, so a phone-number 'from' like +15550133 loads "
            "back as an int"
        ),
        buggy=pager_yaml_buggy,
        fixed=pager_yaml_fixed,
        raises=(AttributeError, yaml.YAMLError, ValueError, RecursionError),
        example={
            "_id": "6650a1b2c3d4e5f60123456f",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Twilio",
            "identifier": "twilio-Mm4n5B",
            "providerId": "twilio",
            "channel": "sms",
            "credentials": {"accountSid": "AC9", "token": "tok", "from": "+15550133"},
            "active": True,
            "deleted": False,
            "primary": True,
        },
    ),
    ConsumerCase(
        name="shipyard_grafana_title",
        bug=(
            "renders the grafana-on-call 'title' credential with Template.substitute, assuming every "
            "'$' is a known placeholder"
        ),
        buggy=grafana_title_buggy,
        fixed=grafana_title_fixed,
        raises=(KeyError, ValueError),
        example={
            "_id": "6650a1b2c3d4e5f601234570",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Grafana On Call Webhook",
            "identifier": "grafana-on-call-Rr5t6Y",
            "providerId": "grafana-on-call",
            "channel": "chat",
            "credentials": {"alertUid": "a-1", "title": "Overrun > $5k on $work_order", "state": "alerting"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="shipyard_rate_limit",
        bug=(
            "looks the providerId up in a fixed per-provider rate table, assuming only the providers "
            "the yard knew of"
        ),
        buggy=rate_limit_buggy,
        fixed=rate_limit_fixed,
        raises=(KeyError,),
        example={
            "_id": "6650a1b2c3d4e5f601234571",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Resend",
            "identifier": "resend-Tt7y8U",
            "providerId": "resend",
            "channel": "email",
            "credentials": {"apiKey": "re_123", "from": "ops@yard.example", "senderName": "Yard Ops"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="shipyard_admin_view",
        bug=(
            "masks every non-public credential as a string, but secure/requireTls are booleans and "
            "tlsOptions an object"
        ),
        buggy=admin_view_buggy,
        fixed=admin_view_fixed,
        raises=(TypeError,),
        example={
            "_id": "6650a1b2c3d4e5f601234572",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Custom SMTP",
            "identifier": "custom-smtp-Uu8i9O",
            "providerId": "nodemailer",
            "channel": "email",
            "credentials": {
                "host": "smtp.yard.example",
                "port": "465",
                "user": "pager",
                "password": "s3cret",
                "secure": True,
                "from": "pager@yard.example",
                "senderName": "Yard Pager",
            },
            "active": True,
            "deleted": False,
            "primary": True,
        },
    ),
    ConsumerCase(
        name="shipyard_erp_xml",
        bug=(
            "builds the ERP XML by string interpolation, assuming names contain no XML special "
            "characters like '&'"
        ),
        buggy=erp_xml_buggy,
        fixed=erp_xml_fixed,
        raises=(ET.ParseError, UnicodeEncodeError),
        example={
            "_id": "6650a1b2c3d4e5f601234573",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Hull & Rigging alerts",
            "identifier": "hull-rigging-alerts-Ii9o0P",
            "providerId": "slack",
            "channel": "chat",
            "credentials": {"applicationId": "A1", "clientId": "C1", "secretKey": "s"},
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="shipyard_migrate_rules",
        bug="assumes every condition has at least one child (children may be an empty list)",
        buggy=migrate_rules_buggy,
        fixed=migrate_rules_fixed,
        raises=(IndexError,),
        example={
            "_id": "6650a1b2c3d4e5f601234574",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Postmark",
            "identifier": "postmark-Oo0p1A",
            "providerId": "postmark",
            "channel": "email",
            "credentials": {"apiKey": "pm", "from": "ops@yard.example", "senderName": "Yard"},
            "active": True,
            "deleted": False,
            "primary": False,
            "conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}],
        },
    ),
    ConsumerCase(
        name="shipyard_webhook_guard",
        bug="reads urlsplit(...).port unguarded, assuming webhookUrl always has a valid numeric port",
        buggy=webhook_guard_buggy,
        fixed=webhook_guard_fixed,
        raises=(ValueError,),
        example={
            "_id": "6650a1b2c3d4e5f601234575",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Email Webhook",
            "identifier": "email-webhook-Pp1a2S",
            "providerId": "email-webhook",
            "channel": "email",
            "credentials": {
                "webhookUrl": "https://hooks.yard.example:84430/crew",
                "secretKey": "whsec",
                "from": "ops@yard.example",
                "senderName": "Yard",
            },
            "active": True,
            "deleted": False,
            "primary": False,
        },
    ),
    ConsumerCase(
        name="shipyard_purge_due",
        bug=(
            "assumes deletedAt is always an ISO-8601 timestamp with a UTC offset (naive ones break the "
            "aware comparison)"
        ),
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(TypeError, ValueError),
        example={
            "_id": "6650a1b2c3d4e5f601234576",
            "_environmentId": "6650a1b2c3d4e5f601230001",
            "_organizationId": "6650a1b2c3d4e5f601230002",
            "name": "Clickatell",
            "identifier": "clickatell-Aa2s3D",
            "providerId": "clickatell",
            "channel": "sms",
            "credentials": {"apiKey": "ck"},
            "active": False,
            "deleted": True,
            "deletedAt": "2025-01-15T08:30:00",
            "deletedBy": "6650a1b2c3d4e5f601230099",
            "primary": False,
        },
    ),
)
