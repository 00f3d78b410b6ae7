"""Riverside City Zoo & Aquarium: sixteen consumers of Novu ``GET /v1/integrations`` items.

The zoo runs every outbound message through Novu. A nightly sync pulls the integration list
(each item an ``IntegrationResponseDto``, as the wire sends it) and feeds it to the services
below:

* **ticketing** sends e-ticket receipts through the active email integration;
* **membership renewals** go out as SMS reminders, configured by an INI file for the batch job;
* **keeper shift alerts** are routed over SMS / push / chat / in-app, with an audit log line each;
* **animal-health telemetry alarms** are forwarded to signed webhooks and to the vet system's XML feed;
* **event bookings** pick an integration by evaluating its ``conditions`` against the booking;
* the **donor CRM** gets a CSV export, a data-residency check and SMTP/TLS settings review;
* the **admin console** shows a JSON view, a status tile, a deletion audit trail and a SQLite mirror.

Each consumer comes as ``<name>_buggy`` (one plausible mistake about what the contract allows)
and ``<name>_fixed`` (what a careful engineer ships). ``ZOO_BUGS`` lists them as ``ConsumerCase``.
"""

from __future__ import annotations

import base64
import configparser
import copy
import csv
import hashlib
import hmac
import io
import json
import re
import sqlite3
import ssl
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from email.header import Header
from typing import Any
from urllib.parse import urlsplit
from xml.dom import minidom
from xml.parsers.expat import ExpatError

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# Shared helpers ----------------------------------------------------------------------------


def _utf8(text: str) -> bytes:
    """Bytes for hashing/signing; keeps lone surrogates (JSON allows them) instead of failing."""
    return text.encode("utf-8", "surrogatepass")


def _clean(text: str) -> str:
    """Text for byte-oriented sinks (SMTP, SQLite, headers): lone surrogates become '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _example(changes: dict[str, Any] | None = None, *, credentials: dict[str, Any] | None = None) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes or {}))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(credentials)
    return payload


# 1. Ticketing: e-ticket receipt message -----------------------------------------------------

BOX_OFFICE_FROM = "tickets@riversidezoo.example"
BOX_OFFICE_NAME = "Riverside Zoo Box Office"
_MAX_DISPLAY_NAME = 120
_ADDR_SPEC = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9.-]{1,253}")
_HEADER_UNSAFE = re.compile(r'[\x00-\x1f\x7f-\x9f"\\\u2028\u2029]')


def _receipt_message(from_header: str, order_id: str) -> str:
    return "\r\n".join(
        [
            f"From: {from_header}",
            f"Reply-To: {BOX_OFFICE_FROM}",
            f"Subject: Your tickets for Riverside Zoo ({order_id})",
            "MIME-Version: 1.0",
            'Content-Type: text/plain; charset="utf-8"',
            "",
            "Show the attached QR code at the main gate. See you soon!",
        ]
    )


def ticket_receipt_buggy(payload: Payload) -> bytes | None:
    """Raw RFC 5322 receipt as handed to ``smtplib`` for the active email integration."""
    if payload["channel"] != "email" or not payload["active"]:
        return None
    creds = payload["credentials"]
    sender = creds.get("from") or BOX_OFFICE_FROM
    name = creds.get("senderName") or BOX_OFFICE_NAME
    message = _receipt_message(f'"{name}" <{sender}>', "ORD-10428")
    # smtplib.sendmail() sends str messages as ASCII; encode the same way so tests match prod.
    return message.encode("ascii")


def _display_name(name: str) -> str:
    name = _HEADER_UNSAFE.sub(" ", _clean(name))[:_MAX_DISPLAY_NAME].strip() or BOX_OFFICE_NAME
    if name.isascii():
        return f'"{name}"'
    return Header(name, "utf-8").encode(linesep="\r\n")  # RFC 2047 encoded-word, folded


def ticket_receipt_fixed(payload: Payload) -> bytes | None:
    if payload["channel"] != "email" or not payload["active"]:
        return None
    creds = payload["credentials"]
    sender = creds.get("from") or ""
    if not (sender.isascii() and _ADDR_SPEC.fullmatch(sender)):
        sender = BOX_OFFICE_FROM  # non-ASCII or malformed addresses: fall back to the box office
    name = creds.get("senderName") or BOX_OFFICE_NAME
    message = _receipt_message(f"{_display_name(name)} <{sender}>", "ORD-10428")
    return message.encode("ascii")


# 2. Membership renewals: SMS sender normalisation --------------------------------------------

# E.164 dialling prefixes of the markets our members live in; longest prefix wins.
_DIAL_PREFIXES = {"1": "US/CA", "44": "GB", "49": "DE", "33": "FR", "353": "IE", "61": "AU", "64": "NZ"}
_SENDER_ID_MAX = 11
_PHONE_NUMBER = re.compile(r"\+?[0-9][0-9 \-]{2,24}")


def _country_of(msisdn: str) -> str:
    for size in (3, 2, 1):
        if msisdn[:size] in _DIAL_PREFIXES:
            return _DIAL_PREFIXES[msisdn[:size]]
    return "unknown"


def renewal_sms_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    """Who renewal reminders appear to come from, and whether members can reply to them."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return {"kind": "provider-default", "sender": None, "country": None, "two_way": False}
    msisdn = int(sender.replace(" ", "").replace("-", "").removeprefix("+"))
    digits = str(msisdn)
    return {"kind": "number", "sender": f"+{digits}", "country": _country_of(digits), "two_way": True}


def renewal_sms_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from") or ""
    if not sender.strip():
        return {"kind": "provider-default", "sender": None, "country": None, "two_way": False}
    if _PHONE_NUMBER.fullmatch(sender):  # ASCII digits only; no int(): no digit-count limits
        digits = sender.replace(" ", "").replace("-", "").removeprefix("+").lstrip("0") or "0"
        return {"kind": "number", "sender": f"+{digits}", "country": _country_of(digits), "two_way": True}
    # Alphanumeric sender ID ("RIVERZOO"): one-way, carriers cut it at 11 characters.
    return {
        "kind": "alphanumeric",
        "sender": _clean(sender)[:_SENDER_ID_MAX],
        "country": None,
        "two_way": False,
    }


# 3. Keeper shift alerts: channel router --------------------------------------------------------

# How fast a channel reaches a keeper on shift: (tier, rank); lower ranks are tried first.
_ALERT_TIERS = {"sms": ("page", 0), "push": ("page", 1), "chat": ("notify", 2), "email": ("digest", 3)}
_ALERT_TIERS_ALL = {**_ALERT_TIERS, "in_app": ("feed", 4)}
_ON_CALL_PROVIDERS = frozenset({"grafana-on-call"})


def _alert_route(payload: Payload, tier: str, rank: int) -> dict[str, Any]:
    if payload["providerId"] in _ON_CALL_PROVIDERS:
        tier, rank = "page", 0  # the on-call escalation chain always pages
    if payload.get("conditions"):
        rank += 10  # conditional integrations only after the unconditional ones
    return {
        "route": f"keeper-alerts/{tier}",
        "rank": rank,
        "integration": payload["identifier"],
        "primary": payload["primary"],
    }


def keeper_alert_route_buggy(payload: Payload) -> dict[str, Any] | None:
    """Where a keeper shift alert (e.g. 'big-cat house: door sensor open') goes through this item."""
    if payload["deleted"] or not payload["active"]:
        return None
    tier, rank = _ALERT_TIERS[payload["channel"]]
    return _alert_route(payload, tier, rank)


def keeper_alert_route_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload["deleted"] or not payload["active"]:
        return None
    tier, rank = _ALERT_TIERS_ALL.get(payload["channel"], ("feed", 9))
    return _alert_route(payload, tier, rank)


# 4. Animal-health telemetry: signed webhook forwarding -----------------------------------------

_DEFAULT_PORTS = {"http": 80, "https": 443}
_SAMPLE_ALARM = {
    "animal": "Sumatran tiger 'Kirana'",
    "sensor": "collar-17",
    "metric": "heart_rate",
    "value": 142,
    "threshold": 120,
    "severity": "critical",
}


def _signed_request(url: str, target: str, secret: str) -> dict[str, Any]:
    body = json.dumps(_SAMPLE_ALARM, sort_keys=True).encode("ascii")
    signature = hmac.new(_utf8(secret), _utf8(target) + b"\n" + body, hashlib.sha256).hexdigest()
    return {"url": url, "body": body, "headers": {"X-Zoo-Target": target, "X-Zoo-Signature": signature}}


def telemetry_webhook_buggy(payload: Payload) -> dict[str, Any] | None:
    """Signed POST of a telemetry alarm to the integration's webhook (push-webhook, email-webhook)."""
    creds = payload["credentials"]
    url = creds.get("webhookUrl")
    if not url or not payload["active"]:
        return None
    parts = urlsplit(url)
    port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 443)
    target = f"{parts.scheme}://{parts.hostname}:{port}{parts.path or '/'}"
    return _signed_request(url, target, creds.get("secretKey", ""))


def telemetry_webhook_fixed(payload: Payload) -> dict[str, Any] | None:
    creds = payload["credentials"]
    url = creds.get("webhookUrl")
    if not url or not payload["active"]:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError on "host:${PORT}", ":99999", "[::1" ...
    except ValueError:
        return {"url": url, "error": "webhookUrl is not a valid URL; alarm parked for retry"}
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return {"url": url, "error": "webhookUrl is not an http(s) URL; alarm parked for retry"}
    target = f"{parts.scheme}://{parts.hostname}:{port or _DEFAULT_PORTS[parts.scheme]}{parts.path or '/'}"
    return _signed_request(url, target, creds.get("secretKey", ""))


# 5. Donor CRM: CSV export -----------------------------------------------------------------------

_CSV_COLUMNS = ("integration", "display_name", "provider", "channel", "sender", "sender_name", "status")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_record(payload: Payload) -> list[str]:
    creds = payload["credentials"]
    status = "deleted" if payload["deleted"] else ("active" if payload["active"] else "inactive")
    return [
        payload["identifier"],
        payload["name"],
        payload["providerId"],
        payload["channel"],
        creds.get("from", ""),
        creds.get("senderName", ""),
        status,
    ]


def donor_crm_csv_buggy(payload: Payload) -> str:
    """One-row CSV the donor CRM imports to know which sender addresses mail donors."""
    buffer = io.StringIO()
    # The CRM importer keeps quote characters literally, so we never quote fields.
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    writer.writerow(_csv_record(payload))
    return buffer.getvalue()


def donor_crm_csv_fixed(payload: Payload) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    # RFC 4180 quoting for commas/quotes/newlines, and no spreadsheet formula injection.
    writer.writerow(["'" + v if v.startswith(_FORMULA_START) else v for v in _csv_record(payload)])
    return buffer.getvalue()


# 6. Event bookings: rule engine over ``conditions`` --------------------------------------------

_BOOKING = {
    "subscriber": {"plan": "pro", "membership": "family", "visits": "14", "postcode": "RV1 2ZA"},
    "payload": {
        "event": "night-safari",
        "party_size": "6",
        "date": "2025-07-19",
        "tags": "members,evening",
        "tonnage": "3",
    },
}
_ORDER = {
    "LARGER": float.__gt__,
    "SMALLER": float.__lt__,
    "LARGER_EQUAL": float.__ge__,
    "SMALLER_EQUAL": float.__le__,
}


def _num(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _items(text: str) -> set[str]:
    return {item.strip() for item in text.split(",")}


def _like(text: str, pattern: str) -> bool:
    """SQL LIKE ('%' any run, '_' one char) without regexes: no catastrophic backtracking."""
    pattern = re.sub("%+", "%", pattern)
    if len(pattern) - pattern.count("%") > len(text):
        return False
    t = p = 0
    star, mark = -1, 0
    while t < len(text):
        if p < len(pattern) and pattern[p] == "%":
            star, mark, p = p, t, p + 1
        elif p < len(pattern) and pattern[p] in ("_", text[t]):
            t, p = t + 1, p + 1
        elif star >= 0:
            mark += 1
            t, p = mark, star + 1
        else:
            return False
    return not pattern[p:].strip("%")


def _between_buggy(actual: str, expected: str) -> bool:
    low, high = expected.split(",")  # "lower,upper"
    a, lo, hi = _num(actual), _num(low), _num(high)
    return a is not None and lo is not None and hi is not None and lo <= a <= hi


def _between_fixed(actual: str, expected: str) -> bool:
    bounds = expected.split(",")
    if len(bounds) != 2:
        return False  # "4-10", "18", "1,2,3": not a range we can read; never matches
    a, lo, hi = _num(actual), _num(bounds[0]), _num(bounds[1])
    return a is not None and lo is not None and hi is not None and lo <= a <= hi


def _child_matches(child: dict[str, Any], between: Any) -> bool:
    scope = _BOOKING.get(child["on"], {})
    field, op, expected = child["field"], child["operator"], child["value"]
    actual = scope.get(field.removeprefix(child["on"] + "."))
    if actual is None:
        return op in ("NOT_EQUAL", "NOT_IN", "NOT_LIKE", "NOT_BETWEEN")
    if op in _ORDER:
        a, b = _num(actual), _num(expected)
        return a is not None and b is not None and bool(_ORDER[op](a, b))
    if op in ("BETWEEN", "NOT_BETWEEN"):
        return bool(between(actual, expected) == (op == "BETWEEN"))
    if op in ("LIKE", "NOT_LIKE"):
        return bool(_like(actual, expected) == (op == "LIKE"))
    checks = {
        "EQUAL": actual == expected,
        "NOT_EQUAL": actual != expected,
        "IN": actual in _items(expected),
        "NOT_IN": actual not in _items(expected),
        "ANY_IN": bool(_items(actual) & _items(expected)),
        "ALL_IN": _items(actual) <= _items(expected),
    }
    return bool(checks.get(op, False))


def _booking_decision(payload: Payload, between: Any) -> dict[str, Any]:
    eligible = True
    for condition in payload.get("conditions", []):
        results = [_child_matches(child, between) for child in condition["children"]]
        hit = (all(results) if condition["value"] == "AND" else any(results)) if results else True
        eligible = eligible and (hit != condition["isNegated"])
    return {"integration": payload["identifier"], "eligible": eligible and payload["active"]}


def event_booking_rules_buggy(payload: Payload) -> dict[str, Any]:
    """Can this integration confirm the sample 'night safari' booking? Evaluates ``conditions``."""
    return _booking_decision(payload, _between_buggy)


def event_booking_rules_fixed(payload: Payload) -> dict[str, Any]:
    return _booking_decision(payload, _between_fixed)


# 7. Keeper shift alerts: dispatch audit log line -----------------------------------------------

_LOG_LINE = "%(ts)s keeper-alerts via %(provider)s/%(channel)s state=%(state)s primary=%(primary)s"
_LOG_UNSAFE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _log_fields(payload: Payload) -> dict[str, Any]:
    return {
        "ts": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "state": "on" if payload["active"] else "off",
        "primary": payload["primary"],
    }


def shift_alert_log_buggy(payload: Payload) -> str:
    """Audit line written for every keeper alert dispatched through this integration."""
    return (f"[{payload['name']}] " + _LOG_LINE) % _log_fields(payload)


def shift_alert_log_fixed(payload: Payload) -> str:
    fields = _log_fields(payload)
    fields["name"] = _LOG_UNSAFE.sub(" ", payload["name"])  # no forged log lines either
    fields["provider"] = _LOG_UNSAFE.sub(" ", payload["providerId"])
    return ("[%(name)s] " + _LOG_LINE) % fields


# 8. Admin console: deletion audit trail --------------------------------------------------------

_RETENTION = timedelta(days=30)


def _parse_deleted_at(raw: str) -> datetime | None:
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def _purge_after(deleted_at: datetime) -> str:
    try:
        return (deleted_at + _RETENTION).isoformat()
    except OverflowError:
        return "never"


def deletion_audit_buggy(payload: Payload) -> dict[str, Any]:
    """Audit-trail entry: who deleted the integration, when, and whether it is due for purging."""
    entry: dict[str, Any] = {"integration": payload["identifier"], "by": payload.get("deletedBy", "system")}
    if not payload["deleted"]:
        return {**entry, "state": "live"}
    deleted_at = _parse_deleted_at(payload.get("deletedAt", ""))
    if deleted_at is None:
        return {**entry, "state": "deleted", "purge": "manual-review"}
    age = datetime.now(UTC) - deleted_at
    return {
        **entry,
        "state": "deleted",
        "age_days": age.days,
        "purge_due": age > _RETENTION,
        "purge_after": _purge_after(deleted_at),
    }


def deletion_audit_fixed(payload: Payload) -> dict[str, Any]:
    entry: dict[str, Any] = {"integration": payload["identifier"], "by": payload.get("deletedBy", "system")}
    if not payload["deleted"]:
        return {**entry, "state": "live"}
    deleted_at = _parse_deleted_at(payload.get("deletedAt", ""))
    if deleted_at is None:
        return {**entry, "state": "deleted", "purge": "manual-review"}
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)  # Novu timestamps are UTC
    age = datetime.now(UTC) - deleted_at
    return {
        **entry,
        "state": "deleted",
        "age_days": age.days,
        "purge_due": age > _RETENTION,
        "purge_after": _purge_after(deleted_at),
    }


# 9. Admin console: JSON view with masked secrets -----------------------------------------------

_SECRET_KEYS = frozenset(
    {
        "apiKey",
        "apiToken",
        "secretKey",
        "token",
        "password",
        "serviceAccount",
        "accessKey",
        "authenticationTokenKey",
    }
)


def _mask(key: str, value: Any) -> Any:
    if key not in _SECRET_KEYS:
        return value
    if isinstance(value, str) and len(value) > 12:
        return "****" + value[-4:]
    return "****"


def _admin_view(payload: Payload) -> dict[str, Any]:
    creds = payload["credentials"]
    return {
        "id": payload.get("_id"),
        "identifier": payload["identifier"],
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "active": payload["active"],
        "primary": payload["primary"],
        "credentials": {key: _mask(key, creds[key]) for key in sorted(creds)},
        "rules": len(payload.get("conditions", [])),
    }


def admin_json_body_buggy(payload: Payload) -> bytes:
    """HTTP response body of the admin console's integration detail endpoint."""
    return json.dumps(_admin_view(payload), ensure_ascii=False, indent=2).encode("utf-8")


def admin_json_body_fixed(payload: Payload) -> bytes:
    # ensure_ascii escapes everything, lone surrogates included, as \\uXXXX: always valid bytes.
    return json.dumps(_admin_view(payload), ensure_ascii=True, indent=2).encode("ascii")


# 10. Donor CRM: SMTP/TLS compliance review ------------------------------------------------------

_TLS_FLOORS = {
    "TLSv1": ssl.TLSVersion.TLSv1,
    "TLSv1.1": ssl.TLSVersion.TLSv1_1,
    "TLSv1.2": ssl.TLSVersion.TLSv1_2,
    "TLSv1.3": ssl.TLSVersion.TLSv1_3,
}
_COMPLIANT_FLOOR = ssl.TLSVersion.TLSv1_2


def _transport_mode(creds: dict[str, Any]) -> str:
    if creds.get("secure"):
        return "implicit-tls"
    if creds.get("ignoreTls"):
        return "plaintext"
    if creds.get("requireTls"):
        return "starttls-required"
    return "starttls-opportunistic"


def _tls_review(creds: dict[str, Any], opts: dict[str, Any], floor: ssl.TLSVersion | None) -> dict[str, Any]:
    verify = opts.get("rejectUnauthorized", True) is not False
    mode = _transport_mode(creds)
    compliant = mode != "plaintext" and verify and floor is not None and floor >= _COMPLIANT_FLOOR
    return {
        "host": creds.get("host"),
        "mode": mode,
        "min_tls": floor.name if floor else "unrecognised",
        "verify_peer": verify,
        "pci_compliant": compliant,
    }


def smtp_tls_review_buggy(payload: Payload) -> dict[str, Any] | None:
    """PCI review of how donor receipts travel: TLS mode, minimum version, peer verification."""
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    opts = creds.get("tlsOptions", {})
    floor = _TLS_FLOORS[opts.get("minVersion", "TLSv1.2").strip()]
    return _tls_review(creds, opts, floor)


def smtp_tls_review_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    opts = creds.get("tlsOptions")
    opts = opts if isinstance(opts, dict) else {}
    raw = opts.get("minVersion", "TLSv1.2")  # free-form object: may be 1.2, null, "TLSv1_2", ...
    floor = _TLS_FLOORS.get(raw.strip()) if isinstance(raw, str) else None
    return _tls_review(creds, opts, floor)


# 11. Keeper shift alerts: per-provider SMS authentication ---------------------------------------

# providerId -> (scheme, user credential key, secret credential key)
_SMS_AUTH: dict[str, tuple[str, str | None, str]] = {
    "twilio": ("basic", "accountSid", "token"),
    "plivo": ("basic", "accountSid", "token"),
    "bandwidth": ("basic", "user", "password"),
    "forty-six-elks": ("basic", "user", "password"),
    "clicksend": ("basic", "user", "apiKey"),
    "telnyx": ("bearer", None, "apiKey"),
    "messagebird": ("access-key", None, "accessKey"),
    "bulk-sms": ("bearer", None, "apiToken"),
}


def _authorization(scheme: str, user: str, secret: str) -> dict[str, str]:
    if scheme == "basic":
        return {"Authorization": "Basic " + base64.b64encode(_utf8(f"{user}:{secret}")).decode("ascii")}
    if scheme == "access-key":
        return {"Authorization": f"AccessKey {secret}"}
    return {"Authorization": f"Bearer {secret}"}


def keeper_sms_auth_buggy(payload: Payload) -> dict[str, str] | None:
    """HTTP auth headers for the SMS gateway that pages keepers on shift."""
    scheme = _SMS_AUTH.get(payload["providerId"])
    if scheme is None or payload["channel"] != "sms":
        return None
    kind, user_key, secret_key = scheme
    creds = payload["credentials"]
    user = creds[user_key] if user_key else ""
    return _authorization(kind, user, creds[secret_key])


def keeper_sms_auth_fixed(payload: Payload) -> dict[str, str] | None:
    scheme = _SMS_AUTH.get(payload["providerId"])
    if scheme is None or payload["channel"] != "sms":
        return None
    kind, user_key, secret_key = scheme
    creds = payload["credentials"]
    missing = [key for key in (user_key, secret_key) if key and not isinstance(creds.get(key), str)]
    if missing:
        return {"X-Zoo-Auth-Status": "incomplete: " + ",".join(missing)}
    return _authorization(kind, creds[user_key] if user_key else "", creds[secret_key])


# 12. Admin console: dashboard status tile -------------------------------------------------------

_TILES = {
    (True, True): ("PRIMARY", "green"),
    (True, False): ("STANDBY", "blue"),
    (False, False): ("OFF", "grey"),
}
_TILES_ALL = {**_TILES, (False, True): ("PRIMARY (INACTIVE)", "amber")}
_CHANNEL_ICONS = {
    "email": "\u2709",
    "sms": "\U0001f4f1",
    "chat": "\U0001f4ac",
    "push": "\U0001f514",
    "in_app": "\U0001f6ce",
}


def _tile(payload: Payload, label: str, colour: str) -> dict[str, Any]:
    if payload["deleted"]:
        label, colour = "DELETED", "red"
    title = f"{_CHANNEL_ICONS.get(payload['channel'], '?')} {payload['name'] or payload['providerId']}"
    return {
        "title": title[:40],
        "label": label,
        "colour": colour,
        "rules": len(payload.get("conditions") or []),
    }


def status_tile_buggy(payload: Payload) -> dict[str, Any]:
    """Tile on the operations dashboard (one per integration)."""
    label, colour = _TILES[(payload["active"], payload["primary"])]
    return _tile(payload, label, colour)


def status_tile_fixed(payload: Payload) -> dict[str, Any]:
    label, colour = _TILES_ALL.get((payload["active"], payload["primary"]), ("UNKNOWN", "grey"))
    return _tile(payload, label, colour)


# 13. Membership: local SQLite mirror used by the renewal batch ------------------------------------

_MIRROR_DDL = (
    "CREATE TABLE integration (identifier TEXT PRIMARY KEY, name TEXT NOT NULL, "
    "provider TEXT NOT NULL, channel TEXT NOT NULL, active INTEGER NOT NULL, "
    "is_primary INTEGER NOT NULL, sender TEXT)"
)
_MIRROR_SELECT = "SELECT identifier, name, provider, channel, active, is_primary, sender FROM integration"


def _mirror_row(payload: Payload) -> tuple[Any, ...]:
    """Column values; SQLite text must be valid UTF-8, so lone surrogates become '?'."""
    sender = payload["credentials"].get("from", "")
    return (
        _clean(payload["identifier"]),
        _clean(payload["name"]),
        _clean(payload["providerId"]),
        payload["channel"],
        int(payload["active"]),
        int(payload["primary"]),
        _clean(sender),
    )


def member_sqlite_sync_buggy(payload: Payload) -> list[tuple[Any, ...]]:
    """Upserts the item into the renewal batch's SQLite mirror and reads the row back."""
    ident, name, provider, channel, active, primary, sender = _mirror_row(payload)
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_MIRROR_DDL)
        con.execute(
            "INSERT OR REPLACE INTO integration VALUES "
            f"('{ident}', '{name}', '{provider}', '{channel}', {active}, {primary}, '{sender}')"
        )
        return con.execute(_MIRROR_SELECT).fetchall()
    finally:
        con.close()


def member_sqlite_sync_fixed(payload: Payload) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(":memory:")
    try:
        con.execute(_MIRROR_DDL)
        con.execute("INSERT OR REPLACE INTO integration VALUES (?, ?, ?, ?, ?, ?, ?)", _mirror_row(payload))
        return con.execute(_MIRROR_SELECT).fetchall()
    finally:
        con.close()


# 14. Membership renewals: INI config for the nightly batch ----------------------------------------

_INI_KEYS = ("host", "port", "user", "password", "apiKey", "from", "senderName", "region")
_SECTION_UNSAFE = re.compile(r"[\r\n\[\]]")


def _ini_options(payload: Payload) -> dict[str, str]:
    creds = payload["credentials"]
    options = {
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "enabled": "yes" if payload["active"] and not payload["deleted"] else "no",
    }
    for key in _INI_KEYS:
        if isinstance(creds.get(key), str):
            options[key] = creds[key]
    return options


def renewal_ini_buggy(payload: Payload) -> str:
    """``renewals.ini`` section the nightly membership-renewal batch reads its gateway from."""
    config = configparser.ConfigParser()
    config[payload["identifier"]] = _ini_options(payload)
    buffer = io.StringIO()
    config.write(buffer)
    return buffer.getvalue()


def renewal_ini_fixed(payload: Payload) -> str:
    # Secrets may contain '%': no interpolation. A prefix keeps "DEFAULT" from being special.
    config = configparser.ConfigParser(interpolation=None)
    section = "integration " + _SECTION_UNSAFE.sub("_", payload["identifier"])
    config[section] = _ini_options(payload)
    buffer = io.StringIO()
    config.write(buffer)
    return buffer.getvalue()


# 15. Animal-health telemetry: vet system XML feed ----------------------------------------------

_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _route_fields(payload: Payload) -> dict[str, str]:
    """What the vet system needs; lone surrogates become '?' (the feed is served as UTF-8)."""
    creds = payload["credentials"]
    return {
        "integration": _clean(payload["identifier"]),
        "channel": payload["channel"],
        "active": str(payload["active"]).lower(),
        "name": _clean(payload["name"]),
        "provider": _clean(payload["providerId"]),
        "target": _clean(creds.get("webhookUrl") or creds.get("from") or ""),
    }


def vet_xml_feed_buggy(payload: Payload) -> str:
    """``<alarmRoute>`` element the veterinary records system polls to know where alarms go."""
    f = _route_fields(payload)
    doc = (
        f'<alarmRoute integration="{f["integration"]}" channel="{f["channel"]}" active="{f["active"]}">'
        f"<name>{f['name']}</name><provider>{f['provider']}</provider>"
        f"<target>{f['target']}</target></alarmRoute>"
    )
    return minidom.parseString(doc).toprettyxml(indent="  ")


def _xml_text(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)  # NUL and other control characters are not XML 1.0


def vet_xml_feed_fixed(payload: Payload) -> str:
    f = {key: _xml_text(value) for key, value in _route_fields(payload).items()}
    root = ET.Element("alarmRoute", integration=f["integration"], channel=f["channel"], active=f["active"])
    for tag in ("name", "provider", "target"):
        ET.SubElement(root, tag).text = f[tag]  # ElementTree escapes & < > " for us
    ET.indent(root)
    return ET.tostring(root, encoding="unicode")


# 16. Donor CRM: data-residency (GDPR) check ----------------------------------------------------

_EU_GEOS = frozenset({"eu"})


def donor_residency_buggy(payload: Payload) -> dict[str, Any]:
    """Do donor messages through this integration stay in an EU region (donors' GDPR consent)?"""
    entry: dict[str, Any] = {"integration": payload["identifier"], "provider": payload["providerId"]}
    region = payload["credentials"].get("region")
    if payload["channel"] not in ("email", "sms") or not region:
        return {**entry, "residency": "provider-default", "gdpr_ok": False}
    geo, area, index = region.split("-")  # "eu-west-1"
    return {
        **entry,
        "residency": region,
        "geo": geo,
        "area": area,
        "zone": int(index),
        "gdpr_ok": geo in _EU_GEOS,
    }


def donor_residency_fixed(payload: Payload) -> dict[str, Any]:
    entry: dict[str, Any] = {"integration": payload["identifier"], "provider": payload["providerId"]}
    region = payload["credentials"].get("region")
    if payload["channel"] not in ("email", "sms") or not region or not region.strip():
        return {**entry, "residency": "provider-default", "gdpr_ok": False}
    # "eu-west-1", "us-gov-west-1", SparkPost's bare "eu", typos...: only the first part is reliable.
    parts = region.strip().lower().split("-")
    zone = parts[-1] if len(parts) > 2 and parts[-1].isascii() and parts[-1].isdigit() else None
    return {
        **entry,
        "residency": _clean(region),
        "geo": _clean(parts[0]),
        "area": _clean("-".join(parts[1:-1] if zone else parts[1:])),
        "zone": int(zone[:6]) if zone else None,
        "gdpr_ok": parts[0] in _EU_GEOS,
    }


# The suite -----------------------------------------------------------------------------------

ZOO_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="zoo_ticket_receipt",
        bug='encodes the From header as ASCII, so a non-ASCII senderName ("Zoológico … Taquilla") raises',
        buggy=ticket_receipt_buggy,
        fixed=ticket_receipt_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "taquilla@riversidezoo.example",
                "senderName": "Zoológico Riverside — Taquilla",
            }
        ),
    ),
    ConsumerCase(
        name="zoo_renewal_sms_sender",
        bug="parses credentials.from as a phone number with int(); alphanumeric sender IDs raise",
        buggy=renewal_sms_sender_buggy,
        fixed=renewal_sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-Qm3x81", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC-fake-0001", "token": "fake-token", "from": "RIVERZOO"},
        ),
    ),
    ConsumerCase(
        name="zoo_keeper_alert_route",
        bug="channel tier table has no in_app entry, so an active in-app integration raises KeyError",
        buggy=keeper_alert_route_buggy,
        fixed=keeper_alert_route_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-Xk29aP",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="zoo_telemetry_webhook",
        bug="urlsplit(webhookUrl).port raises on a non-numeric or out-of-range port in the URL",
        buggy=telemetry_webhook_buggy,
        fixed=telemetry_webhook_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-7hTq0",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "webhookUrl": "https://vet-gateway.riversidezoo.example:${VET_PORT}/alarms",
                "secretKey": "fake-webhook-secret",
            },
        ),
    ),
    ConsumerCase(
        name="zoo_donor_crm_csv",
        bug="csv.QUOTE_NONE without escapechar: a comma, quote or newline in any field raises csv.Error",
        buggy=donor_crm_csv_buggy,
        fixed=donor_crm_csv_fixed,
        raises=(csv.Error,),
        example=_example({"name": "Donor Gala, Spring 2025"}),
    ),
    ConsumerCase(
        name="zoo_event_booking_rules",
        bug="BETWEEN/NOT_BETWEEN unpack value.split(',') into two bounds; any other shape raises",
        buggy=event_booking_rules_buggy,
        fixed=event_booking_rules_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.party_size",
                                "value": "4-10",
                                "operator": "BETWEEN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="zoo_shift_alert_log",
        bug="concatenates the integration name into a %-format string; a '%' in the name breaks it",
        buggy=shift_alert_log_buggy,
        fixed=shift_alert_log_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example({"name": "Big Cats 100% Coverage"}),
    ),
    ConsumerCase(
        name="zoo_deletion_audit",
        bug="subtracts a naive deletedAt (no offset, e.g. '2025-05-08T12:00:00') from an aware now()",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "deleted": True,
                "active": False,
                "primary": False,
                "deletedAt": "2025-05-08T12:00:00",
                "deletedBy": "6615a3c2f1e2d3c4b5a69799",
            }
        ),
    ),
    ConsumerCase(
        name="zoo_admin_json_body",
        bug="json.dumps(ensure_ascii=False).encode('utf-8') raises on a lone surrogate in any string",
        buggy=admin_json_body_buggy,
        fixed=admin_json_body_fixed,
        # An emoji cut in half by an upstream UTF-16 length limit leaves a lone surrogate.
        example=_example({"name": "Reptile House \ud83e"}),
        raises=(UnicodeEncodeError,),
    ),
    ConsumerCase(
        name="zoo_smtp_tls_review",
        bug="assumes tlsOptions.minVersion is one of 'TLSv1'..'TLSv1.3'; free-form values raise",
        buggy=smtp_tls_review_buggy,
        fixed=smtp_tls_review_fixed,
        raises=(KeyError, AttributeError),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Lp0wQ2", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.riversidezoo.example",
                "port": "465",
                "secure": True,
                "user": "donations",
                "password": "fake-password",
                "from": "donations@riversidezoo.example",
                "tlsOptions": {"minVersion": "TLSv1_2"},
            },
        ),
    ),
    ConsumerCase(
        name="zoo_keeper_sms_auth",
        bug="indexes the provider's credential keys directly; a twilio item with partial credentials raises",
        buggy=keeper_sms_auth_buggy,
        fixed=keeper_sms_auth_fixed,
        raises=(KeyError,),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-9bKx0", "providerId": "twilio", "channel": "sms"},
            credentials={"from": "+441632960961"},
        ),
    ),
    ConsumerCase(
        name="zoo_status_tile",
        bug="tile table lacks (active=False, primary=True), which the contract and server allow",
        buggy=status_tile_buggy,
        fixed=status_tile_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="zoo_member_sqlite_sync",
        bug="builds the INSERT with f-string quoting; an apostrophe in a name breaks the SQL",
        buggy=member_sqlite_sync_buggy,
        fixed=member_sqlite_sync_fixed,
        raises=(sqlite3.OperationalError, sqlite3.ProgrammingError),
        example=_example({"name": "Penguin's Parade reminders"}),
    ),
    ConsumerCase(
        name="zoo_renewal_ini",
        bug="ConfigParser's default interpolation rejects a '%' in a credential value (ValueError)",
        buggy=renewal_ini_buggy,
        fixed=renewal_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Kannel SMS", "identifier": "kannel-sms-R2d9", "providerId": "kannel", "channel": "sms"},
            credentials={
                "host": "kannel.riversidezoo.example",
                "port": "13013",
                "user": "renewals",
                "password": "Zebra%2025",
                "from": "RIVERZOO",
            },
        ),
    ),
    ConsumerCase(
        name="zoo_vet_xml_feed",
        bug="builds XML by string formatting without escaping; '&' or '<' in a name fails to parse",
        buggy=vet_xml_feed_buggy,
        fixed=vet_xml_feed_fixed,
        raises=(ExpatError,),
        example=_example({"name": "Reptiles & Amphibians alarms"}),
    ),
    ConsumerCase(
        name="zoo_donor_residency",
        bug="unpacks region.split('-') into exactly three parts; 'eu' or 'us-gov-west-1' raise",
        buggy=donor_residency_buggy,
        fixed=donor_residency_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "SparkPost", "identifier": "spark-post-W4u1", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-api-key-0002",
                "region": "eu",
                "from": "giving@riversidezoo.example",
                "senderName": "Riverside Zoo Giving",
            },
        ),
    ),
]
