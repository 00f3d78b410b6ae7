"""Veterinary clinic chain: appointment reminders, lab-result alerts, boarding updates and the admin tooling
around them, consuming Novu GET /v1/integrations items.

Each consumer is written twice: *_buggy carries one plausible mistake about what the IntegrationResponseDto
contract allows, *_fixed is what a careful engineer ships.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import hashlib
import hmac
import io
import json
import re
import shlex
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from email.header import Header
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "KENNEL_BUGS"]


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """HAPPY_PATH with some top-level keys replaced or removed: a full wire dict."""
    p = copy.deepcopy(HAPPY_PATH)
    p.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        p.pop(key, None)
    return p


def _creds(p: Payload) -> dict[str, Any]:
    creds = p.get("credentials")
    return creds if isinstance(creds, dict) else {}


def _scrub(text: str) -> str:
    """Text safe to store or send: lone surrogates replaced, CR/LF/NUL flattened."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text.replace("\r", " ").replace("\n", " ").replace("\x00", "")


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


# --- 1. Appointment-reminder router: which outbound queue a reminder goes to --------------------------------

_REMINDER_QUEUES_BUGGY = {
    "email": "reminders.email",
    "sms": "reminders.sms",
    "push": "reminders.push",
    "chat": "reminders.chat",
}
_REMINDER_QUEUES = {**_REMINDER_QUEUES_BUGGY, "in_app": "reminders.inbox"}


def reminder_route_buggy(p: Payload) -> dict[str, Any]:
    queue = _REMINDER_QUEUES_BUGGY[p["channel"]]
    return {"queue": queue, "provider": p["providerId"], "eligible": p["active"] and not p["deleted"]}


def reminder_route_fixed(p: Payload) -> dict[str, Any]:
    queue = _REMINDER_QUEUES.get(p.get("channel", ""), "reminders.unrouted")
    return {"queue": queue, "provider": p["providerId"], "eligible": p["active"] and not p["deleted"]}


# --- 2. Custom-SMTP settings for boarding-update e-mails ---------------------------------------------------


def _smtp_port(raw: object, default: int) -> int:
    digits = raw.strip() if isinstance(raw, str) else ""
    if re.fullmatch(r"[0-9]{1,5}", digits) and 0 < int(digits) < 65536:
        return int(digits)
    return default


def _smtp_verify(creds: Mapping[str, Any]) -> bool:
    tls = creds.get("tlsOptions")
    return not (isinstance(tls, dict) and tls.get("rejectUnauthorized") is False)


def smtp_settings_buggy(p: Payload) -> dict[str, Any] | None:
    creds = _creds(p)
    if p["channel"] != "email" or not creds.get("host"):
        return None
    modes = {
        (True, False): ("implicit-tls", 465),
        (False, True): ("starttls-required", 587),
        (False, False): ("starttls-opportunistic", 587),
    }
    mode, default_port = modes[(creds.get("secure") is True, creds.get("requireTls") is True)]
    if creds.get("ignoreTls") is True and mode == "starttls-opportunistic":
        mode = "plain"
    return {
        "host": creds["host"],
        "port": _smtp_port(creds.get("port"), default_port),
        "mode": mode,
        "verify": _smtp_verify(creds),
    }


def smtp_settings_fixed(p: Payload) -> dict[str, Any] | None:
    creds = _creds(p)
    if p.get("channel") != "email" or not creds.get("host"):
        return None
    secure = creds.get("secure") is True
    require_tls = creds.get("requireTls") is True
    if secure:  # implicit TLS already encrypts; requireTls adds nothing on top of it
        mode, default_port = "implicit-tls", 465
    elif require_tls:
        mode, default_port = "starttls-required", 587
    else:
        mode, default_port = "starttls-opportunistic", 587
    if creds.get("ignoreTls") is True and mode == "starttls-opportunistic":
        mode = "plain"
    return {
        "host": creds["host"],
        "port": _smtp_port(creds.get("port"), default_port),
        "mode": mode,
        "verify": _smtp_verify(creds),
    }


# --- 3. Boarding-cache retention: purge local copies of integrations deleted long ago ----------------------

_RETENTION = timedelta(days=30)


def retention_action_buggy(p: Payload) -> str:
    if not p["deleted"]:
        return "keep"
    raw = p.get("deletedAt")
    if raw is None:
        return "tombstone"
    age = datetime.now(UTC) - datetime.fromisoformat(raw)
    return "purge" if age > _RETENTION else "tombstone"


def retention_action_fixed(p: Payload) -> str:
    if not p["deleted"]:
        return "keep"
    raw = p.get("deletedAt")
    if not isinstance(raw, str):
        return "tombstone"
    try:
        when = datetime.fromisoformat(raw.strip())
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        age = datetime.now(UTC) - when.astimezone(UTC)
    except (ValueError, OverflowError):
        return "tombstone"  # not a timestamp we understand: keep the tombstone, a human will look
    return "purge" if age > _RETENTION else "tombstone"


# --- 4. INI export for the clinic's on-prem relay ---------------------------------------------------------


def _ini_value(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, sort_keys=True)


def _ini_export(p: Payload, parser: configparser.ConfigParser) -> str:
    section = f"integration:{p['identifier']}"
    parser.add_section(section)
    parser.set(section, "name", p["name"])
    parser.set(section, "provider", p["providerId"])
    parser.set(section, "channel", p["channel"])
    parser.set(section, "active", _ini_value(p["active"]))
    for key, value in _creds(p).items():
        parser.set(section, f"credentials.{key}", _ini_value(value))
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def ini_export_buggy(p: Payload) -> str:
    return _ini_export(p, configparser.ConfigParser())


def ini_export_fixed(p: Payload) -> str:
    return _ini_export(p, configparser.ConfigParser(interpolation=None))


# --- 5. XML roster for the practice-management system -----------------------------------------------------


def xml_roster_buggy(p: Payload) -> str:
    doc = (
        f'<integration id="{p.get("_id", "")}" channel="{p["channel"]}">'
        f"<name>{p['name']}</name>"
        f"<provider>{p['providerId']}</provider>"
        f"<identifier>{p['identifier']}</identifier>"
        f"<active>{'true' if p['active'] else 'false'}</active>"
        "</integration>"
    )
    return ET.tostring(ET.fromstring(doc), encoding="unicode")  # round-trip to normalise


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", value)


def xml_roster_fixed(p: Payload) -> str:
    root = ET.Element("integration", {"id": _xml_text(p.get("_id", "")), "channel": _xml_text(p["channel"])})
    for tag, value in (
        ("name", p["name"]),
        ("provider", p["providerId"]),
        ("identifier", p["identifier"]),
        ("active", "true" if p["active"] else "false"),
    ):
        ET.SubElement(root, tag).text = _xml_text(value)
    return ET.tostring(root, encoding="unicode")


# --- 6. Boarding-update webhook signer (email-webhook / push-webhook) -------------------------------------

_WEBHOOK_PROVIDERS = {"email-webhook", "push-webhook"}


def _boarding_body(p: Payload) -> bytes:
    return json.dumps(
        {"event": "boarding.checked_in", "integration": p["identifier"]}, sort_keys=True
    ).encode()


def webhook_signature_buggy(p: Payload) -> dict[str, Any]:
    if p["providerId"] not in _WEBHOOK_PROVIDERS:
        return {"signed": False}
    secret = _creds(p).get("secretKey", "")
    key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    return {"signed": True, "signature": hmac.new(key, _boarding_body(p), hashlib.sha256).hexdigest()}


def webhook_signature_fixed(p: Payload) -> dict[str, Any]:
    if p["providerId"] not in _WEBHOOK_PROVIDERS:
        return {"signed": False}
    secret = _creds(p).get("secretKey", "")
    if not isinstance(secret, str):
        return {"signed": False}
    try:
        key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except ValueError:  # binascii.Error and non-ASCII input: the secret is a plain passphrase
        key = _utf8(secret)
    return {"signed": True, "signature": hmac.new(key, _boarding_body(p), hashlib.sha256).hexdigest()}


# --- 7. Prometheus info metric labelled with the identifier's slug -----------------------------------------


def _label(value: str) -> str:
    return _scrub(value).replace("\\", "\\\\").replace('"', '\\"')


def _metric_line(slug: str, p: Payload) -> str:
    return (
        f'kennel_novu_integration_info{{slug="{_label(slug or "unnamed")}",'
        f'provider="{_label(p["providerId"])}",channel="{_label(p["channel"])}"}} '
        f"{1 if p['active'] else 0}"
    )


def metric_line_buggy(p: Payload) -> str:
    slug, _short_id = p["identifier"].rsplit("-", 1)
    return _metric_line(slug, p)


def metric_line_fixed(p: Payload) -> str:
    slug, dash, _short_id = p["identifier"].rpartition("-")
    return _metric_line(slug if dash else p["identifier"], p)


# --- 8. Cache key for the reminder service's integration cache ---------------------------------------------


def _cache_digest(*parts: str) -> str:
    return "kennel:novu:" + hashlib.sha256(_utf8("\x1f".join(parts))).hexdigest()[:32]


def cache_key_buggy(p: Payload) -> str:
    return _cache_digest(p["_organizationId"], p["_environmentId"], p["_id"])


def cache_key_fixed(p: Payload) -> str:
    record = p.get("_id")
    if not isinstance(record, str):
        record = "identifier:" + p["identifier"]
    return _cache_digest(p["_organizationId"], p["_environmentId"], record)


# --- 9. Rule evaluator: does this integration apply to a given pet owner? ---------------------------------

_OWNER_CONTEXT: dict[str, Any] = {
    "subscriber.plan": "pro",
    "subscriber.species": "dog",
    "subscriber.petAge": "7",
    "payload.clinic": "north",
    "payload.visitType": ["vaccination", "dental"],
}

_Op = Callable[[Any, str], bool]


def _num(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None


def _items(value: str) -> list[str]:
    return [part.strip() for part in value.split(",")]


def _as_list(actual: Any) -> list[str]:
    if isinstance(actual, list):
        return [str(a) for a in actual]
    return [] if actual is None else [str(actual)]


def _compare(test: Callable[[float, float], bool]) -> _Op:
    def op(actual: Any, expected: str) -> bool:
        a, b = _num(actual), _num(expected)
        return a is not None and b is not None and test(a, b)

    return op


def _between(actual: Any, expected: str) -> bool:
    bounds = [_num(v) for v in _items(expected)]
    a = _num(actual)
    if a is None or len(bounds) != 2 or bounds[0] is None or bounds[1] is None:
        return False
    return bounds[0] <= a <= bounds[1]


def _like(actual: Any, expected: str) -> bool:
    # Novu's LIKE is a substring test on the stringified value.
    return actual is not None and expected in str(actual)


_OPS_BUGGY: dict[str, _Op] = {
    "EQUAL": lambda a, e: a is not None and str(a) == e,
    "NOT_EQUAL": lambda a, e: a is None or str(a) != e,
    "LARGER": _compare(lambda a, b: a > b),
    "SMALLER": _compare(lambda a, b: a < b),
    "LARGER_EQUAL": _compare(lambda a, b: a >= b),
    "SMALLER_EQUAL": _compare(lambda a, b: a <= b),
    "IN": lambda a, e: any(x in _items(e) for x in _as_list(a)),
    "NOT_IN": lambda a, e: not any(x in _items(e) for x in _as_list(a)),
    "BETWEEN": _between,
    "LIKE": _like,
}
_OPS: dict[str, _Op] = {
    **_OPS_BUGGY,
    "ANY_IN": lambda a, e: any(x in _items(e) for x in _as_list(a)),
    "ALL_IN": lambda a, e: bool(_as_list(a)) and all(x in _items(e) for x in _as_list(a)),
    "NOT_BETWEEN": lambda a, e: _num(a) is not None and len(_items(e)) == 2 and not _between(a, e),
    "NOT_LIKE": lambda a, e: a is not None and not _like(a, e),
}


def _applies(p: Payload, ops: Mapping[str, _Op], strict: bool) -> dict[str, Any]:
    verdicts = []
    for cond in p.get("conditions") or []:
        results = []
        for child in cond.get("children") or []:
            op = ops[child["operator"]] if strict else ops.get(child.get("operator", ""))
            field = f"{child.get('on', '')}.{child.get('field', '')}"
            expected = child.get("value", "")
            results.append(
                op is not None and isinstance(expected, str) and op(_OWNER_CONTEXT.get(field), expected)
            )
        verdict = any(results) if cond.get("value") == "OR" else all(results)
        verdicts.append(verdict != bool(cond.get("isNegated", False)))
    return {"identifier": p["identifier"], "applies": all(verdicts)}


def applies_to_owner_buggy(p: Payload) -> dict[str, Any]:
    return _applies(p, _OPS_BUGGY, strict=True)


def applies_to_owner_fixed(p: Payload) -> dict[str, Any]:
    return _applies(p, _OPS, strict=False)


# --- 10. Lab-result SMS sender normaliser ------------------------------------------------------------------


def sms_sender_buggy(p: Payload) -> dict[str, Any]:
    if p["channel"] != "sms":
        return {"kind": "not-sms"}
    raw = _creds(p).get("from", "")
    if not raw:
        return {"kind": "provider-default"}
    number = int(raw.replace(" ", "").replace("-", "").lstrip("+"))
    return {"kind": "msisdn", "e164": f"+{number}"}


def sms_sender_fixed(p: Payload) -> dict[str, Any]:
    if p.get("channel") != "sms":
        return {"kind": "not-sms"}
    raw = _creds(p).get("from", "")
    if not isinstance(raw, str) or not raw:
        return {"kind": "provider-default"}
    compact = raw.replace(" ", "").replace("-", "")
    match = re.fullmatch(r"\+?0*([0-9]{1,15})", compact)
    if match:
        return {"kind": "msisdn", "e164": f"+{int(match.group(1))}"}
    # Alphanumeric sender id ("PawsVet"): GSM allows at most 11 characters.
    return {"kind": "alphanumeric", "sender": _scrub(raw)[:11]}


# --- 11. Endpoint check for webhook / base URLs before a lab-alert go-live ---------------------------------

_URL_KEYS = ("webhookUrl", "baseUrl", "redirectUrl")


def endpoint_check_buggy(p: Payload) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for key in _URL_KEYS:
        url = _creds(p).get(key)
        if not isinstance(url, str):
            continue
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        report[key] = {
            "ok": parts.scheme in ("http", "https") and bool(parts.hostname),
            "host": parts.hostname,
            "port": port,
        }
    return {"identifier": p["identifier"], "endpoints": report}


def endpoint_check_fixed(p: Payload) -> dict[str, Any]:
    report: dict[str, Any] = {}
    for key in _URL_KEYS:
        url = _creds(p).get(key)
        if not isinstance(url, str):
            continue
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:  # bad IPv6 literal, port out of range or not a number, bad netloc characters
            report[key] = {"ok": False, "host": None, "port": None}
            continue
        report[key] = {
            "ok": parts.scheme in ("http", "https") and bool(parts.hostname),
            "host": parts.hostname,
            "port": port,
        }
    return {"identifier": p["identifier"], "endpoints": report}


# --- 12. argv for the smoke-test CLI the on-call vet-tech runs ---------------------------------------------


def smoke_argv_buggy(p: Payload) -> list[str]:
    active = "--active" if p["active"] else "--inactive"
    return shlex.split(
        f"novu-smoke send --provider {p['providerId']} --integration {p['identifier']} "
        f"--label '{p['name']}' --channel {p['channel']} {active}"
    )


def smoke_argv_fixed(p: Payload) -> list[str]:
    active = "--active" if p["active"] else "--inactive"
    return [
        "novu-smoke",
        "send",
        "--provider",
        p["providerId"],
        "--integration",
        p["identifier"],
        "--label",
        p["name"],
        "--channel",
        p["channel"],
        active,
    ]


# --- 13. Sync job into the clinic's local SQLite mirror ----------------------------------------------------

_SCHEMA = """
CREATE TABLE integrations (
    id TEXT PRIMARY KEY,
    identifier TEXT NOT NULL {check},
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    channel TEXT NOT NULL,
    active INTEGER NOT NULL,
    is_primary INTEGER NOT NULL,
    deleted_at TEXT
)
"""


def _sync(p: Payload, check: str) -> tuple[Any, ...]:
    deleted_at = p.get("deletedAt")
    row = (
        _scrub(p.get("_id", "")) or None,
        _scrub(p["identifier"]),
        _scrub(p["name"]),
        _scrub(p["providerId"]),
        _scrub(p["channel"]),
        int(p["active"]),
        int(p["primary"]),
        _scrub(deleted_at) if isinstance(deleted_at, str) else None,
    )
    with sqlite3.connect(":memory:") as db:
        db.execute(_SCHEMA.format(check=check))
        db.execute("INSERT INTO integrations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
        stored = db.execute("SELECT * FROM integrations").fetchone()
    db.close()
    return tuple(stored)


def sqlite_sync_buggy(p: Payload) -> tuple[Any, ...]:
    return _sync(p, "CHECK (length(identifier) <= 64)")  # mirrors the VARCHAR(64) of the old Postgres table


def sqlite_sync_fixed(p: Payload) -> tuple[Any, ...]:
    return _sync(p, "")


# --- 14. Pet-owner app push configuration ------------------------------------------------------------------


def push_app_config_buggy(p: Payload) -> dict[str, Any]:
    if p["channel"] != "push":
        return {"push": False}
    return {"push": True, "provider": p["providerId"], "app": _creds(p)["applicationId"]}


def _fcm_project(service_account: object) -> str | None:
    if not isinstance(service_account, str):
        return None
    try:
        doc = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    project = doc.get("project_id") if isinstance(doc, dict) else None
    return project if isinstance(project, str) else None


def push_app_config_fixed(p: Payload) -> dict[str, Any]:
    if p.get("channel") != "push":
        return {"push": False}
    creds = _creds(p)
    app = creds.get("applicationId") or creds.get("instanceId") or _fcm_project(creds.get("serviceAccount"))
    return {"push": True, "provider": p["providerId"], "app": app if isinstance(app, str) else None}


# --- 15. Admin dashboard: one-line digest per routing condition --------------------------------------------


def condition_digest_buggy(p: Payload) -> list[str]:
    lines = []
    for cond in p.get("conditions", []):
        lead = cond["children"][0]
        more = len(cond["children"]) - 1
        text = f"{lead['on']}.{lead['field']} {lead['operator']} {lead['value']!r}"
        lines.append(
            ("NOT " if cond["isNegated"] else "") + text + (f" {cond['value']} {more} more" if more else "")
        )
    return lines


def condition_digest_fixed(p: Payload) -> list[str]:
    lines = []
    for cond in p.get("conditions") or []:
        children = cond.get("children") or []
        if not children:
            lines.append(("NOT " if cond.get("isNegated") else "") + "(no rules)")
            continue
        lead, more = children[0], len(children) - 1
        text = f"{lead.get('on')}.{lead.get('field')} {lead.get('operator')} {lead.get('value')!r}"
        lines.append(
            ("NOT " if cond.get("isNegated") else "")
            + text
            + (f" {cond.get('value')} {more} more" if more else "")
        )
    return lines


# --- 16. Raw From: header for appointment-reminder e-mails -------------------------------------------------

_SPECIALS = re.compile(r'[][\\()<>@,:;".]')


def from_header_buggy(p: Payload) -> dict[str, Any]:
    if p["channel"] != "email":
        return {"email": False}
    creds = _creds(p)
    name, addr = creds.get("senderName", ""), creds.get("from", "")
    return {"email": True, "header": f"From: {name} <{addr}>".encode("ascii"), "smtputf8": False}


def from_header_fixed(p: Payload) -> dict[str, Any]:
    if p.get("channel") != "email":
        return {"email": False}
    creds = _creds(p)
    name, addr = creds.get("senderName", ""), creds.get("from", "")
    name = _scrub(name) if isinstance(name, str) else ""
    addr = _scrub(addr) if isinstance(addr, str) else ""
    if not name.isascii():
        shown = Header(name, "utf-8").encode()  # RFC 2047 encoded-word
    elif _SPECIALS.search(name):
        shown = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    else:
        shown = name
    header = f"From: {shown} <{addr}>" if shown else f"From: <{addr}>"
    return {"email": True, "header": header.encode("utf-8"), "smtputf8": not addr.isascii()}


# --- The cases ----------------------------------------------------------------------------------------------

_NODEMAILER_CREDS = {
    "host": "smtp.northside-vet.example",
    "port": "465",
    "user": "boarding",
    "password": "fake-password-0001",
    "secure": True,
    "requireTls": True,
    "from": "boarding@northside-vet.example",
    "senderName": "Northside Boarding",
}

KENNEL_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="kennel_reminder_route",
        bug="assumes a reminder channel is email, sms, push or chat: forgets the in_app channel",
        buggy=reminder_route_buggy,
        fixed=reminder_route_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Qw3rTy7",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="kennel_smtp_tls_mode",
        bug="assumes secure and requireTls are never both true on a custom-SMTP integration",
        buggy=smtp_settings_buggy,
        fixed=smtp_settings_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-b7Yq2Lm",
                "providerId": "nodemailer",
                "credentials": _NODEMAILER_CREDS,
            }
        ),
    ),
    ConsumerCase(
        name="kennel_retention_deleted_at",
        bug="assumes deletedAt is always an offset-aware ISO-8601 timestamp (it is a plain string)",
        buggy=retention_action_buggy,
        fixed=retention_action_fixed,
        raises=(TypeError, ValueError, OverflowError),
        example=_payload(
            {
                "deleted": True,
                "active": False,
                "primary": False,
                "deletedAt": "2025-03-01T09:30:00",
                "deletedBy": "6615a3c2f1e2d3c4b5a69703",
            }
        ),
    ),
    ConsumerCase(
        name="kennel_ini_export",
        bug="assumes credential values never contain '%' (configparser interpolation)",
        buggy=ini_export_buggy,
        fixed=ini_export_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hq72kPz",
                "providerId": "nodemailer",
                "credentials": {**_NODEMAILER_CREDS, "password": "Wo0f%Meow2025", "secure": False},
            }
        ),
    ),
    ConsumerCase(
        name="kennel_xml_roster",
        bug="assumes names and identifiers are markup-safe XML text (no '&', '<', control characters)",
        buggy=xml_roster_buggy,
        fixed=xml_roster_fixed,
        raises=(ET.ParseError, UnicodeEncodeError),
        example=_payload(
            {"name": "Paws & Whiskers Reminders", "identifier": "paws-whiskers-reminders-R2d2C3p"}
        ),
    ),
    ConsumerCase(
        name="kennel_webhook_signature",
        bug="assumes a webhook provider's secretKey is base64 (Svix-style whsec_), not any string",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(binascii.Error, ValueError),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-kX81bNq",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://hooks.northside-vet.example/boarding",
                    "secretKey": "boarding-updates-secret-2025",
                },
            }
        ),
    ),
    ConsumerCase(
        name="kennel_metric_slug",
        bug="assumes every identifier is '<slug>-<shortid>' and contains a dash",
        buggy=metric_line_buggy,
        fixed=metric_line_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "labresults_primary"}),
    ),
    ConsumerCase(
        name="kennel_cache_key",
        bug="assumes _id is always present (it is optional in the contract)",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="kennel_owner_rules",
        bug="rule evaluator forgets the ANY_IN, ALL_IN, NOT_BETWEEN and NOT_LIKE operators",
        buggy=applies_to_owner_buggy,
        fixed=applies_to_owner_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "LIST",
                        "value": "AND",
                        "children": [
                            {
                                "field": "visitType",
                                "value": "vaccination,dental",
                                "operator": "ANY_IN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="kennel_sms_sender",
        bug="assumes an sms integration's `from` is a phone number, not an alphanumeric sender id",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Zp4mW9a",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "AC-fake-0001", "token": "fake-token-0001", "from": "PawsVet"},
            }
        ),
    ),
    ConsumerCase(
        name="kennel_endpoint_port",
        bug="assumes webhookUrl/baseUrl strings are well-formed URLs whose port parses",
        buggy=endpoint_check_buggy,
        fixed=endpoint_check_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Email Webhook",
                "identifier": "email-webhook-Lm0pQr5",
                "providerId": "email-webhook",
                "credentials": {
                    "webhookUrl": "https://labs.northside-vet.example:70000/results",
                    "secretKey": "fake-secret-0001",
                    "from": "labs@northside-vet.example",
                    "senderName": "Northside Labs",
                },
            }
        ),
    ),
    ConsumerCase(
        name="kennel_smoke_argv",
        bug="assumes an integration name never contains a quote character (shlex round-trip)",
        buggy=smoke_argv_buggy,
        fixed=smoke_argv_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "St. Francis' Animal Hospital", "identifier": "st-francis-animal-hospital-Tz8Ww"}
        ),
    ),
    ConsumerCase(
        name="kennel_sqlite_identifier_length",
        bug="assumes identifier fits in 64 characters (strings have no length limit)",
        buggy=sqlite_sync_buggy,
        fixed=sqlite_sync_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_payload(
            {
                "name": "Northside Veterinary Hospital and 24h Emergency Boarding Reminders",
                "identifier": "northside-veterinary-hospital-and-24h-emergency-boarding-reminders-x8Kd2bQ1",
            }
        ),
    ),
    ConsumerCase(
        name="kennel_push_app_id",
        bug="assumes every push integration has credentials.applicationId (fcm and expo do not)",
        buggy=push_app_config_buggy,
        fixed=push_app_config_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Yu6Hn2",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "serviceAccount": json.dumps(
                        {"type": "service_account", "project_id": "pawsome-owners-app"}
                    )
                },
            }
        ),
    ),
    ConsumerCase(
        name="kennel_condition_digest",
        bug="assumes every condition has at least one child rule (children may be empty)",
        buggy=condition_digest_buggy,
        fixed=condition_digest_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="kennel_from_header",
        bug="assumes senderName is ASCII and can go into a raw From: header as is",
        buggy=from_header_buggy,
        fixed=from_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {
                "name": "Mailgun",
                "identifier": "mailgun-Bv5cX1z",
                "providerId": "mailgun",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "user": "api",
                    "domain": "mg.saobento.vet.example",
                    "from": "lembretes@saobento.vet.example",
                    "senderName": "Clínica Veterinária São Bento",
                },
            }
        ),
    ),
)
