"""HVAC field service: technician dispatch SMS, appointment-window e-mails, thermostat-alarm push,
parts-warehouse chat, invoice exports and multi-branch tenancy, consuming Novu ``GET /v1/integrations``
items.

Each consumer is written twice: ``*_buggy`` carries one plausible mistake about what the
``IntegrationResponseDto`` contract allows, ``*_fixed`` is what a careful engineer ships.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import contextlib
import copy
import csv
import functools
import hashlib
import hmac
import io
import ipaddress
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
import zoneinfo
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from xml.dom import minidom
from xml.parsers.expat import ExpatError

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "HVAC_BUGS"]

# A fixed clock keeps every consumer deterministic.
_NOW = datetime(2025, 5, 8, 14, 30, tzinfo=UTC)


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not one (tolerant reader)."""
    creds = payload.get("credentials")
    return creds if isinstance(creds, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """A string value, or ``None`` when the key is absent or holds something else."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    groups = payload.get("conditions")
    if not isinstance(groups, list):
        return []
    return [group for group in groups if isinstance(group, dict)]


def _children(group: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes that survive lone surrogates (JSON may carry ``"\\ud83d"`` alone)."""
    return text.encode("utf-8", "surrogatepass")


def _clean(text: str) -> str:
    """Text with lone surrogates replaced, safe for sqlite3 and UTF-8 sinks."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


# --------------------------------------------------------------------------------------------
# 1. Technician dispatch SMS: sender configuration for the SMS gateway.
# --------------------------------------------------------------------------------------------


def dispatch_sms_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    """Normalise the dispatch SMS sender to E.164 for the gateway."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return {"provider": payload["providerId"], "sender": None, "kind": "pool"}
    digits = sender.strip().removeprefix("+").replace(" ", "").replace("-", "")
    number = int(digits)  # every sender is a phone number ... until a branch uses "COOLFIX"
    return {"provider": payload["providerId"], "sender": f"+{number}", "kind": "msisdn"}


def dispatch_sms_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("channel") != "sms":
        return None
    provider = payload.get("providerId")
    sender = _text(_creds(payload), "from")
    if sender is None or not sender.strip():
        return {"provider": provider, "sender": None, "kind": "pool"}
    digits = sender.strip().removeprefix("+").replace(" ", "").replace("-", "")
    if digits.isascii() and digits.isdigit() and 6 <= len(digits) <= 15:
        return {"provider": provider, "sender": f"+{digits}", "kind": "msisdn"}
    # Alphanumeric sender IDs ("COOLFIX"), short codes with letters, anything else: pass through.
    return {"provider": provider, "sender": sender, "kind": "alphanumeric"}


# --------------------------------------------------------------------------------------------
# 2. Appointment-window e-mails: SMTP client settings for nodemailer-style integrations.
# --------------------------------------------------------------------------------------------


def smtp_settings_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    secure = creds.get("secure", False)
    port = int(creds.get("port", "465" if secure else "587"))  # "port" is any string
    host = creds.get("host") or "smtp." + (creds.get("domain") or "localhost")
    starttls = bool(creds.get("requireTls", False)) and not creds.get("ignoreTls", False)
    return {"host": host, "port": port, "implicit_tls": secure, "starttls": starttls}


def smtp_settings_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("channel") != "email":
        return None
    creds = _creds(payload)
    secure = creds.get("secure") is True
    default_port = 465 if secure else 587
    raw_port = (_text(creds, "port") or "").strip()
    port = default_port
    if raw_port.isascii() and raw_port.isdigit() and len(raw_port) <= 5:
        candidate = int(raw_port)
        if 0 < candidate < 65536:
            port = candidate
    host = _text(creds, "host") or "smtp." + (_text(creds, "domain") or "localhost")
    starttls = creds.get("requireTls") is True and creds.get("ignoreTls") is not True
    tls = creds.get("tlsOptions")
    tls_options = dict(tls) if isinstance(tls, dict) else {}
    return {
        "host": host,
        "port": port,
        "implicit_tls": secure,
        "starttls": starttls,
        "tls_option_keys": sorted(tls_options),
    }


# --------------------------------------------------------------------------------------------
# 3. Retention job: purge soft-deleted integrations 30 days after deletion (timezone-aware).
# --------------------------------------------------------------------------------------------

_RETENTION = timedelta(days=30)


def purge_schedule_buggy(payload: Payload) -> dict[str, Any] | None:
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if raw is None:
        return {"purge": "unknown"}
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return {"purge": "unknown"}
    age = _NOW - deleted_at  # naive "2025-03-14T09:30:00" cannot be subtracted from aware now
    return {"purge": "due" if age >= _RETENTION else "later", "age_days": age.days}


def purge_schedule_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("deleted") is not True:
        return None
    raw = _text(payload, "deletedAt")
    if raw is None:
        return {"purge": "unknown"}
    try:
        deleted_at = datetime.fromisoformat(raw.strip())
    except ValueError:
        return {"purge": "unknown"}
    if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)  # Mongo exports are UTC
    age = _NOW - deleted_at
    return {"purge": "due" if age >= _RETENTION else "later", "age_days": age.days}


# --------------------------------------------------------------------------------------------
# 4. Thermostat-alarm push: FCM project lookup from the service-account JSON.
# --------------------------------------------------------------------------------------------


def fcm_project_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["providerId"] != "fcm":
        return None
    raw = payload["credentials"].get("serviceAccount")
    if not raw:
        return {"ready": False, "reason": "no service account"}
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return {"ready": False, "reason": "service account is not JSON"}
    # JSON, so surely an object: but '"{\"project_id\": ...}"' (double-encoded) is a str.
    return {"ready": True, "project": account.get("project_id"), "sender": account.get("client_email")}


def fcm_project_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_creds(payload), "serviceAccount")
    if not raw:
        return {"ready": False, "reason": "no service account"}
    account: object = raw
    for _ in range(2):  # tolerate one level of double encoding
        if not isinstance(account, str):
            break
        try:
            account = json.loads(account)
        except (ValueError, RecursionError):
            return {"ready": False, "reason": "service account is not JSON"}
    if not isinstance(account, dict):
        return {"ready": False, "reason": "service account is not a JSON object"}
    project = account.get("project_id")
    sender = account.get("client_email")
    return {
        "ready": isinstance(project, str) and bool(project),
        "project": project if isinstance(project, str) else None,
        "sender": sender if isinstance(sender, str) else None,
    }


# --------------------------------------------------------------------------------------------
# 5. Parts-warehouse chat: egress allow-list for every URL an integration will call.
# --------------------------------------------------------------------------------------------

_URL_KEYS = ("baseUrl", "webhookUrl", "redirectUrl", "externalLink", "imageUrl")
_EGRESS_PORTS = {80, 443, 8443}


def egress_check_buggy(payload: Payload) -> list[dict[str, Any]]:
    findings: list[dict[str, Any]] = []
    creds = payload["credentials"]
    for key in _URL_KEYS:
        url = creds.get(key)
        if not url:
            continue
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)  # ":${PORT}" -> ValueError
        host = (parts.hostname or "").lower()
        findings.append({"key": key, "host": host, "port": port, "allowed": port in _EGRESS_PORTS})
    return findings


def egress_check_fixed(payload: Payload) -> list[dict[str, Any]]:
    findings: list[dict[str, Any]] = []
    creds = _creds(payload)
    for key in _URL_KEYS:
        url = _text(creds, key)
        if not url:
            continue
        try:
            parts = urlsplit(url.strip())
            port = parts.port or (443 if parts.scheme == "https" else 80)
            host = (parts.hostname or "").lower()
        except ValueError:
            findings.append({"key": key, "host": None, "port": None, "allowed": False})
            continue
        private = False
        with contextlib.suppress(ValueError):
            private = ipaddress.ip_address(host).is_private
        allowed = port in _EGRESS_PORTS and bool(host) and not private
        findings.append({"key": key, "host": host, "port": port, "allowed": allowed})
    return findings


# --------------------------------------------------------------------------------------------
# 6. Invoice export: monthly CSV of billable notification integrations per branch.
# --------------------------------------------------------------------------------------------

_CSV_HEADER = ["branch_slug", "short_id", "name", "provider", "channel", "active"]


def invoice_csv_buggy(payload: Payload) -> str:
    slug, short_id = payload["identifier"].rsplit("-", 1)  # user-chosen identifiers have no "-"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(_CSV_HEADER)
    row = [slug, short_id, payload["name"], payload["providerId"], payload["channel"], payload["active"]]
    writer.writerow(row)
    return buf.getvalue()


def _csv_cell(value: object) -> str:
    text = str(value)
    # Neutralise spreadsheet formulas in free-text cells.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def invoice_csv_fixed(payload: Payload) -> str:
    identifier = _text(payload, "identifier") or ""
    slug, sep, short_id = identifier.rpartition("-")
    if not sep:
        slug, short_id = identifier, ""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(_CSV_HEADER)
    row = [slug, short_id, payload.get("name", ""), payload.get("providerId", ""), payload.get("channel", "")]
    writer.writerow([_csv_cell(cell) for cell in row] + [payload.get("active") is True])
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# 7. Multi-branch tenancy: cache key for resolved integrations.
# --------------------------------------------------------------------------------------------


def branch_cache_key_buggy(payload: Payload) -> str:
    raw = "/".join(
        [payload["_organizationId"], payload["_environmentId"], payload["channel"], payload["identifier"]]
    )
    return "novu:int:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()  # lone surrogates


def branch_cache_key_fixed(payload: Payload) -> str:
    parts = [payload.get("_organizationId"), payload.get("_environmentId"), payload.get("channel")]
    parts.append(payload.get("identifier"))
    # JSON with ensure_ascii escapes surrogates and keeps "/" inside values from colliding.
    raw = json.dumps(parts, ensure_ascii=True)
    return "novu:int:" + hashlib.blake2b(raw.encode("ascii"), digest_size=16).hexdigest()


# --------------------------------------------------------------------------------------------
# 8. On-prem dispatch box: legacy INI file with the branch's notification settings.
# --------------------------------------------------------------------------------------------


def legacy_ini_buggy(payload: Payload) -> str:
    parser = configparser.ConfigParser()  # BasicInterpolation rejects a bare "%" on set
    parser["integration"] = {
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
    }
    section = parser["integration"]
    for key, value in payload["credentials"].items():
        if key == "tlsOptions":
            section[key] = json.dumps(value)
        elif isinstance(value, (str, bool)):
            section[key] = str(value)
    buf = io.StringIO()
    parser.write(buf)
    return buf.getvalue()


def legacy_ini_fixed(payload: Payload) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.add_section("integration")
    values: dict[str, str] = {
        "identifier": str(payload.get("identifier", "")),
        "provider": str(payload.get("providerId", "")),
        "channel": str(payload.get("channel", "")),
    }
    for key, value in _creds(payload).items():
        if key == "tlsOptions":
            values[str(key)] = json.dumps(value, ensure_ascii=True)
        elif isinstance(value, (str, bool)):
            values[str(key)] = str(value)
    for key, value in values.items():
        parser.set("integration", key, value)
    buf = io.StringIO()
    parser.write(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# 9. ERP sync: pretty-printed XML document per integration for the invoicing system.
# --------------------------------------------------------------------------------------------

_XML_PUBLIC_KEYS = ("from", "senderName", "host", "region", "domain")
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def erp_xml_buggy(payload: Payload) -> str:
    root = ET.Element("integration", provider=payload["providerId"], channel=payload["channel"])
    ET.SubElement(root, "name").text = payload["name"]
    ET.SubElement(root, "identifier").text = payload["identifier"]
    for key in _XML_PUBLIC_KEYS:
        if key in payload["credentials"]:
            ET.SubElement(root, "credential", key=key).text = payload["credentials"][key]
    # Control characters pasted from Word ("\x0b") are not XML 1.0 characters.
    return minidom.parseString(ET.tostring(root)).toprettyxml(indent="  ")


def _xml_safe(value: object) -> str:
    return _XML_ILLEGAL.sub("\ufffd", str(value))


def erp_xml_fixed(payload: Payload) -> str:
    root = ET.Element(
        "integration",
        provider=_xml_safe(payload.get("providerId", "")),
        channel=_xml_safe(payload.get("channel", "")),
    )
    ET.SubElement(root, "name").text = _xml_safe(payload.get("name", ""))
    ET.SubElement(root, "identifier").text = _xml_safe(payload.get("identifier", ""))
    creds = _creds(payload)
    for key in _XML_PUBLIC_KEYS:
        value = _text(creds, key)
        if value is not None:
            ET.SubElement(root, "credential", key=key).text = _xml_safe(value)
    return minidom.parseString(ET.tostring(root)).toprettyxml(indent="  ")


# --------------------------------------------------------------------------------------------
# 10. Technician app backend: verify signatures of Novu push-webhook / email-webhook callbacks.
# --------------------------------------------------------------------------------------------

_WEBHOOK_PROVIDERS = {"push-webhook", "email-webhook"}
_SAMPLE_BODY = b'{"event":"delivered","jobId":"WO-10442"}'


def webhook_signer_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["providerId"] not in _WEBHOOK_PROVIDERS:
        return None
    secret = payload["credentials"].get("secretKey")
    if secret is None:
        return {"verifies": False}
    key = base64.b64decode(secret.removeprefix("whsec_"))  # not every secret is base64
    signature = hmac.new(key, _SAMPLE_BODY, hashlib.sha256).hexdigest()
    expected = hmac.new(key, _SAMPLE_BODY, hashlib.sha256).hexdigest()
    return {"verifies": hmac.compare_digest(signature, expected), "signature": signature}


def _webhook_key(secret: str) -> bytes:
    stripped = secret.removeprefix("whsec_")
    if stripped != secret:
        try:
            return base64.b64decode(stripped, validate=True)
        except (binascii.Error, ValueError):
            pass
    return _utf8(secret)


def webhook_signer_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") not in _WEBHOOK_PROVIDERS:
        return None
    secret = _text(_creds(payload), "secretKey")
    if secret is None:
        return {"verifies": False}
    key = _webhook_key(secret)
    signature = hmac.new(key, _SAMPLE_BODY, hashlib.sha256).hexdigest()
    expected = hmac.new(key, _SAMPLE_BODY, hashlib.sha256).hexdigest()
    return {"verifies": hmac.compare_digest(signature, expected), "signature": signature}


# --------------------------------------------------------------------------------------------
# 11. Thermostat-alarm push: quiet hours from timezone conditions on the integration.
# --------------------------------------------------------------------------------------------


def _is_tz_field(field: str) -> bool:
    lowered = field.lower()
    return lowered.endswith(("timezone", ".tz"))


def quiet_hours_buggy(payload: Payload) -> dict[str, bool]:
    quiet: dict[str, bool] = {}
    for group in payload.get("conditions", []):
        for child in group["children"]:
            if not _is_tz_field(child["field"]) or child["operator"] not in ("EQUAL", "IN"):
                continue
            names = child["value"].split(",") if child["operator"] == "IN" else [child["value"]]
            for name in names:
                zone = zoneinfo.ZoneInfo(name.strip())  # "Mountain Time (US & Canada)" is no IANA key
                local = _NOW.astimezone(zone)
                quiet[name.strip()] = local.hour >= 21 or local.hour < 7
    return quiet


@functools.cache
def _iana_keys() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def quiet_hours_fixed(payload: Payload) -> dict[str, bool]:
    quiet: dict[str, bool] = {}
    for group in _conditions(payload):
        for child in _children(group):
            field = _text(child, "field") or ""
            operator = child.get("operator")
            value = _text(child, "value")
            if value is None or not _is_tz_field(field) or operator not in ("EQUAL", "IN"):
                continue
            names = value.split(",") if operator == "IN" else [value]
            for name in names:
                key = name.strip()
                zone: zoneinfo.ZoneInfo | None = None
                if key in _iana_keys():  # never hand arbitrary text to the zoneinfo loader
                    try:
                        zone = zoneinfo.ZoneInfo(key)
                    except (KeyError, ValueError, OSError):
                        zone = None
                local = _NOW.astimezone(zone) if zone is not None else _NOW
                quiet[key] = local.hour >= 21 or local.hour < 7
    return quiet


# --------------------------------------------------------------------------------------------
# 12. Admin health check: required credentials per provider before a branch goes live.
# --------------------------------------------------------------------------------------------

_REQUIRED: dict[str, tuple[str, ...]] = {
    "sendgrid": ("apiKey", "from"),
    "mailgun": ("apiKey", "domain", "from"),
    "ses": ("apiKey", "secretKey", "region", "from"),
    "nodemailer": ("host", "port", "from"),
    "twilio": ("accountSid", "token", "from"),
    "plivo": ("accountSid", "token", "from"),
    "sns": ("apiKey", "secretKey", "region"),
    "fcm": ("serviceAccount",),
    "apns": ("secretKey", "apiKey", "applicationId"),
    "slack": ("applicationId", "clientId", "secretKey"),
}


def credential_health_buggy(payload: Payload) -> dict[str, Any]:
    creds = payload["credentials"]
    required = _REQUIRED.get(payload["providerId"], ())
    missing = [key for key in required if not creds[key].strip()]  # absent keys are not ""
    return {"identifier": payload["identifier"], "healthy": not missing, "missing": missing}


def credential_health_fixed(payload: Payload) -> dict[str, Any]:
    creds = _creds(payload)
    provider = payload.get("providerId")
    required = _REQUIRED.get(provider, ()) if isinstance(provider, str) else ()
    missing = [key for key in required if not (_text(creds, key) or "").strip()]
    return {"identifier": payload.get("identifier"), "healthy": not missing, "missing": missing}


# --------------------------------------------------------------------------------------------
# 13. Audit log: lifecycle state of each integration, derived from two flags.
# --------------------------------------------------------------------------------------------

_STATES = {(True, False): "LIVE", (False, False): "PAUSED", (False, True): "RETIRED"}


def audit_line_buggy(payload: Payload) -> str:
    state = _STATES[(payload["active"], payload["deleted"])]  # deleted and still active?
    entry = {
        "at": _NOW.isoformat(),
        "integration": payload["identifier"],
        "state": state,
        "by": payload.get("deletedBy", "system"),
    }
    return json.dumps(entry, ensure_ascii=True, sort_keys=True)


def audit_line_fixed(payload: Payload) -> str:
    active = payload.get("active") is True
    deleted = payload.get("deleted") is True
    state = "RETIRED" if deleted else ("LIVE" if active else "PAUSED")
    by = payload.get("deletedBy")
    entry = {
        "at": _NOW.isoformat(),
        "integration": payload.get("identifier"),
        "state": state,
        "by": by if isinstance(by, str) else "system",
        "inconsistent": deleted and active,
    }
    return json.dumps(entry, ensure_ascii=True, sort_keys=True)


# --------------------------------------------------------------------------------------------
# 14. Branch defaults registry: the primary integration fills the branch's default slot.
# --------------------------------------------------------------------------------------------

_PRIMARY_SLOTS = {"email": "default_mailer", "sms": "default_texter"}


def default_slot_buggy(payload: Payload) -> dict[str, str] | None:
    if not (payload["primary"] and payload["active"]):
        return None
    slot = _PRIMARY_SLOTS[payload["channel"]]  # only e-mail and SMS can be primary?
    return {"branch_env": payload["_environmentId"], "slot": slot, "integration": payload["identifier"]}


def default_slot_fixed(payload: Payload) -> dict[str, str] | None:
    if not (payload.get("primary") is True and payload.get("active") is True):
        return None
    channel = payload.get("channel")
    slot = _PRIMARY_SLOTS.get(channel) if isinstance(channel, str) else None
    if slot is None:
        return None  # the flag is harmless on push/chat/in_app: the server just ignores it
    return {
        "branch_env": str(payload.get("_environmentId", "")),
        "slot": slot,
        "integration": str(payload.get("identifier", "")),
    }


# --------------------------------------------------------------------------------------------
# 15. Dispatch rule compiler: push a group's negation down into its children (De Morgan).
# --------------------------------------------------------------------------------------------

_INVERSE_POSITIVE = {
    "EQUAL": "NOT_EQUAL",
    "IN": "NOT_IN",
    "ANY_IN": "NOT_IN",
    "LIKE": "NOT_LIKE",
    "BETWEEN": "NOT_BETWEEN",
    "LARGER": "SMALLER_EQUAL",
    "SMALLER": "LARGER_EQUAL",
    "LARGER_EQUAL": "SMALLER",
    "SMALLER_EQUAL": "LARGER",
}


def compile_rules_buggy(payload: Payload) -> list[str]:
    compiled: list[str] = []
    for group in payload.get("conditions", []):
        joiner = group["value"]
        parts: list[str] = []
        for child in group["children"]:
            operator = child["operator"]
            if group["isNegated"]:
                operator = _INVERSE_POSITIVE[operator]  # a negated group of NOT_EQUAL children
            parts.append(f"{child['on']}:{child['field']} {operator} {child['value']!r}")
        if group["isNegated"]:
            joiner = "OR" if joiner == "AND" else "AND"
        compiled.append(f" {joiner} ".join(parts) or "TRUE")
    return compiled


_INVERSE_ALL = {
    **_INVERSE_POSITIVE,
    "NOT_EQUAL": "EQUAL",
    "NOT_IN": "IN",
    "NOT_LIKE": "LIKE",
    "NOT_BETWEEN": "BETWEEN",
}


def compile_rules_fixed(payload: Payload) -> list[str]:
    compiled: list[str] = []
    for group in _conditions(payload):
        negated = group.get("isNegated") is True
        joiner = group.get("value") if group.get("value") in ("AND", "OR") else "AND"
        parts: list[str] = []
        for child in _children(group):
            operator = str(child.get("operator"))
            subject = f"{child.get('on')}:{child.get('field')!r}"
            operand = repr(child.get("value"))
            inverse = _INVERSE_ALL.get(operator) if negated else operator
            if inverse is None:  # ALL_IN and future operators have no single inverse
                parts.append(f"NOT({subject} {operator} {operand})")
            else:
                parts.append(f"{subject} {inverse} {operand}")
        if negated:
            joiner = "OR" if joiner == "AND" else "AND"
        compiled.append(f" {joiner} ".join(parts) or ("FALSE" if negated else "TRUE"))
    return compiled


# --------------------------------------------------------------------------------------------
# 16. Schema migration / sync job: normalise integration conditions into SQLite tables.
# --------------------------------------------------------------------------------------------

_SCHEMA_BUGGY = """
CREATE TABLE integration (id TEXT PRIMARY KEY, identifier TEXT, channel TEXT);
CREATE TABLE rule (integration_id TEXT, grp INTEGER, field TEXT, operator TEXT, value TEXT, target TEXT,
                   PRIMARY KEY (integration_id, field));
"""

_SCHEMA_FIXED = """
CREATE TABLE integration (id TEXT PRIMARY KEY, identifier TEXT, channel TEXT);
CREATE TABLE rule (integration_id TEXT, grp INTEGER, pos INTEGER, field TEXT, operator TEXT, value TEXT,
                   target TEXT, PRIMARY KEY (integration_id, grp, pos));
"""


def sync_rules_buggy(payload: Payload) -> int:
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        db.executescript(_SCHEMA_BUGGY)
        int_id = _clean(payload["_id"] if "_id" in payload else payload["identifier"])
        db.execute(
            "INSERT INTO integration VALUES (?, ?, ?)",
            (int_id, _clean(payload["identifier"]), payload["channel"]),
        )
        for grp, group in enumerate(payload.get("conditions", [])):
            for child in group["children"]:
                # One rule per field: but "too hot OR too cold" uses payload.temperatureF twice.
                db.execute(
                    "INSERT INTO rule VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        int_id,
                        grp,
                        _clean(child["field"]),
                        child["operator"],
                        _clean(child["value"]),
                        child["on"],
                    ),
                )
        (count,) = db.execute("SELECT COUNT(*) FROM rule").fetchone()
    return int(count)


def sync_rules_fixed(payload: Payload) -> int:
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(_SCHEMA_FIXED)
        raw_id = _text(payload, "_id")
        if raw_id is None:
            raw_id = _text(payload, "identifier") or ""
        int_id = _clean(raw_id)
        db.execute(
            "INSERT OR REPLACE INTO integration VALUES (?, ?, ?)",
            (int_id, _clean(_text(payload, "identifier") or ""), _clean(_text(payload, "channel") or "")),
        )
        for grp, group in enumerate(_conditions(payload)):
            for pos, child in enumerate(_children(group)):
                row = [_clean(_text(child, key) or "") for key in ("field", "operator", "value", "on")]
                db.execute("INSERT INTO rule VALUES (?, ?, ?, ?, ?, ?, ?)", (int_id, grp, pos, *row))
        (count,) = db.execute("SELECT COUNT(*) FROM rule").fetchone()
        db.commit()
    finally:
        db.close()
    return int(count)


# --------------------------------------------------------------------------------------------
# Examples and the suite.
# --------------------------------------------------------------------------------------------


def _ex(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    for key in drop:
        payload.pop(key, None)
    payload.update(copy.deepcopy(dict(changes or {})))
    return payload


_TWILIO = {
    "name": "Twilio",
    "identifier": "twilio-Qm3v9LpA",
    "providerId": "twilio",
    "channel": "sms",
    "primary": True,
}


HVAC_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="hvac_dispatch_sms_sender",
        bug="assumes the SMS 'from' credential is always a phone number, never an alphanumeric sender ID",
        buggy=dispatch_sms_sender_buggy,
        fixed=dispatch_sms_sender_fixed,
        raises=(ValueError,),
        example=_ex(
            {
                **_TWILIO,
                "credentials": {
                    "accountSid": "AC0000000000000000000000000000a1",
                    "token": "tok-1",
                    "from": "COOLFIX",
                },
            }
        ),
    ),
    ConsumerCase(
        name="hvac_smtp_port",
        bug="assumes credentials.port is a numeric string, but it is any string (e.g. '' from a blank form)",
        buggy=smtp_settings_buggy,
        fixed=smtp_settings_fixed,
        raises=(ValueError,),
        example=_ex(
            {
                "name": "Nodemailer",
                "identifier": "nodemailer-Bx81Kq0z",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "mail.hvac.example",
                    "port": "",
                    "user": "dispatch",
                    "password": "pw",
                    "from": "appointments@hvac.example",
                    "secure": False,
                },
            }
        ),
    ),
    ConsumerCase(
        name="hvac_purge_schedule",
        bug="assumes deletedAt always carries a UTC offset, so naive timestamps break aware arithmetic",
        buggy=purge_schedule_buggy,
        fixed=purge_schedule_fixed,
        raises=(TypeError,),
        example=_ex({"deleted": True, "active": False, "primary": False, "deletedAt": "2025-03-14T09:30:00"}),
    ),
    ConsumerCase(
        name="hvac_fcm_project",
        bug="assumes a serviceAccount that parses as JSON is a JSON object (double-encoded strings are not)",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(AttributeError,),
        example=_ex(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-T7hQ2wXe",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": json.dumps(json.dumps({"project_id": "thermo-alarms"}))},
            }
        ),
    ),
    ConsumerCase(
        name="hvac_egress_check",
        bug="assumes credential URLs are well formed, but urlsplit().port raises on ':${PORT}' placeholders",
        buggy=egress_check_buggy,
        fixed=egress_check_fixed,
        raises=(ValueError,),
        example=_ex(
            {
                "name": "Slack",
                "identifier": "slack-Pw0r7Hn2",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
                "credentials": {
                    "applicationId": "A01",
                    "clientId": "123.456",
                    "secretKey": "s3cr3t",
                    "redirectUrl": "https://parts.hvac.example:${PORT}/slack/callback",
                },
            }
        ),
    ),
    ConsumerCase(
        name="hvac_invoice_csv",
        bug="assumes every identifier is '<slug>-<shortid>' and contains a dash",
        buggy=invoice_csv_buggy,
        fixed=invoice_csv_fixed,
        raises=(ValueError,),
        example=_ex({"identifier": "denverbranchmail"}),
    ),
    ConsumerCase(
        name="hvac_branch_cache_key",
        bug="assumes every str encodes to UTF-8, but JSON strings may carry lone surrogates",
        buggy=branch_cache_key_buggy,
        fixed=branch_cache_key_fixed,
        raises=(UnicodeEncodeError,),
        example=_ex({"identifier": "thermo-alarm-\ud83d"}),
    ),
    ConsumerCase(
        name="hvac_legacy_ini",
        bug="assumes credential values never contain '%', which ConfigParser interpolation rejects",
        buggy=legacy_ini_buggy,
        fixed=legacy_ini_fixed,
        raises=(ValueError,),
        example=_ex(
            {
                "name": "Nodemailer",
                "identifier": "nodemailer-Zk2m8Rt4",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.hvac.example",
                    "port": "587",
                    "user": "dispatch",
                    "password": "Fr0st%Coil!",
                    "from": "appointments@hvac.example",
                },
            }
        ),
    ),
    ConsumerCase(
        name="hvac_erp_xml",
        bug="assumes names are XML 1.0 text, but any string (e.g. a pasted vertical tab) is valid",
        buggy=erp_xml_buggy,
        fixed=erp_xml_fixed,
        raises=(ExpatError,),
        example=_ex({"name": "Front Desk\x0bMail"}),
    ),
    ConsumerCase(
        name="hvac_webhook_signer",
        bug="assumes the webhook secretKey is base64 (Svix-style), but it is any string",
        buggy=webhook_signer_buggy,
        fixed=webhook_signer_fixed,
        raises=(ValueError,),
        example=_ex(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Hh6Jq1Lp",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://tech-app.hvac.example/novu",
                    "secretKey": "hvac-push-secret-2025",
                },
            }
        ),
    ),
    ConsumerCase(
        name="hvac_quiet_hours",
        bug="assumes a condition value on a *timezone field is an IANA zone key",
        buggy=quiet_hours_buggy,
        fixed=quiet_hours_fixed,
        raises=(KeyError, ValueError, RecursionError),
        example=_ex(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.branchTimezone",
                                "value": "Mountain Time (US & Canada)",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="hvac_credential_health",
        bug="assumes every credential key the provider's form requires is present in the credentials object",
        buggy=credential_health_buggy,
        fixed=credential_health_fixed,
        raises=(KeyError,),
        example=_ex(
            {
                **_TWILIO,
                "credentials": {"accountSid": "AC0000000000000000000000000000a1", "from": "+13035550100"},
            }
        ),
    ),
    ConsumerCase(
        name="hvac_audit_state",
        bug="assumes deleted implies inactive, so (active=true, deleted=true) has no lifecycle state",
        buggy=audit_line_buggy,
        fixed=audit_line_fixed,
        raises=(KeyError,),
        example=_ex({"active": True, "deleted": True, "deletedAt": "2025-04-30T12:00:00.000Z"}),
    ),
    ConsumerCase(
        name="hvac_default_slot",
        bug="assumes primary=true only occurs on email/sms channels",
        buggy=default_slot_buggy,
        fixed=default_slot_fixed,
        raises=(KeyError,),
        example=_ex(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-K2c9Vb7N",
                "providerId": "fcm",
                "channel": "push",
                "primary": True,
                "active": True,
                "credentials": {"serviceAccount": "{}"},
            }
        ),
    ),
    ConsumerCase(
        name="hvac_rule_negation",
        bug="assumes negated condition groups only hold positive operators (EQUAL, IN, LARGER, ...)",
        buggy=compile_rules_buggy,
        fixed=compile_rules_fixed,
        raises=(KeyError,),
        example=_ex(
            {
                "conditions": [
                    {
                        "isNegated": True,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.branch",
                                "value": "denver",
                                "operator": "NOT_EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="hvac_sync_rules",
        bug="assumes each condition field appears once per integration (ranges reuse the same field)",
        buggy=sync_rules_buggy,
        fixed=sync_rules_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_ex(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "payload.temperatureF",
                                "value": "95",
                                "operator": "LARGER",
                                "on": "payload",
                            },
                            {
                                "field": "payload.temperatureF",
                                "value": "40",
                                "operator": "SMALLER",
                                "on": "payload",
                            },
                        ],
                    }
                ]
            }
        ),
    ),
]
