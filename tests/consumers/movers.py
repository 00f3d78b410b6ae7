"""Household movers: quotes, crew dispatch, truck tablets, consuming Novu ``GET /v1/integrations`` items.

A regional moving company sends its quote e-mails, crew-dispatch SMS, in-cab tablet pushes and
ops chat alerts through Novu. Its back office reads every item of ``GET /v1/integrations``
(an ``IntegrationResponseDto``) in nightly exporters, SDK config builders, rule evaluators,
audit jobs and admin pages.

Each consumer is written twice: ``*_buggy`` carries one plausible mistake about what the
``IntegrationResponseDto`` contract allows, ``*_fixed`` is what a careful engineer ships.
"""

from __future__ import annotations

import base64
import configparser
import copy
import csv
import fnmatch
import hashlib
import hmac
import html
import io
import ipaddress
import json
import operator
import re
import shlex
import sqlite3
import string
import struct
import textwrap
import unicodedata
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal, InvalidOperation
from email.message import EmailMessage
from email.utils import formataddr, parseaddr, parsedate_to_datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "MOVERS_BUGS"]


# --------------------------------------------------------------------------------------------
# Shared helpers (written once by the platform team; both versions of every consumer use them)
# --------------------------------------------------------------------------------------------

_SECRET_KEYS = (
    "apiKey",
    "apiToken",
    "secretKey",
    "token",
    "password",
    "serviceAccount",
    "accessKey",
    "authenticationTokenKey",
)
"""Credential keys the movers' tooling treats as secrets (Novu's own list plus two more)."""


def _wire_bytes(text: str) -> bytes:
    """UTF-8 bytes of a JSON string; JSON may carry lone surrogates, so keep them losslessly."""
    return text.encode("utf-8", "surrogatepass")


def _flag(value: bool) -> str:
    return "yes" if value else "no"


try:
    _OFFICE_TZ: tzinfo = ZoneInfo("America/Chicago")
except ZoneInfoNotFoundError:  # slim containers ship without tzdata
    _OFFICE_TZ = timezone(timedelta(hours=-6), "CST")


def _office_day(moment: datetime) -> str:
    """The calendar day in the Chicago dispatch office (UTC day at the ends of time)."""
    try:
        return moment.astimezone(_OFFICE_TZ).date().isoformat()
    except (OverflowError, ValueError):
        return moment.date().isoformat()


# --------------------------------------------------------------------------------------------
# 1. Nightly CSV export for the finance SFTP drop
# --------------------------------------------------------------------------------------------


def _csv_fields(payload: Payload) -> list[str]:
    creds = payload["credentials"]
    return [
        payload["identifier"],
        unicodedata.normalize("NFC", payload["name"]),
        payload["providerId"],
        payload["channel"],
        _flag(payload["active"]),
        _flag(payload["primary"]),
        creds.get("senderName", ""),
        creds.get("from", ""),
    ]


def csv_nightly_buggy(payload: Payload) -> str:
    """One CSV line per integration; the SFTP drop is reconciled line-by-line against the count."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(_csv_fields(payload))
    (line,) = buffer.getvalue().splitlines()
    return line


def csv_nightly_fixed(payload: Payload) -> str:
    # Quoted fields may hold line breaks: the SFTP check counts CSV records, not physical lines.
    buffer = io.StringIO(newline="")
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(_csv_fields(payload))
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# 2. SMTP client config for the quote mailer (Custom SMTP / nodemailer integrations)
# --------------------------------------------------------------------------------------------


def _ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip().strip("[]"))
    except ValueError:
        return None


def _smtp_config(payload: Payload, port: int) -> dict[str, object]:
    creds = payload["credentials"]
    host = creds["host"].strip()
    secure = bool(creds.get("secure", False))
    address = _ip_literal(host)
    return {
        "host": host,
        "port": port,
        "implicit_tls": secure or port == 465,
        "starttls": bool(creds.get("requireTls", False)),
        "verify_certificates": not creds.get("ignoreTls", False),
        "inside_vpc": address is not None and address.is_private,
        "login": creds.get("user"),
        "smoke_test": shlex.join(
            ["swaks", "--server", host, "--port", str(port), "--from", creds.get("from", "")]
        ),
    }


def smtp_config_buggy(payload: Payload) -> dict[str, object] | None:
    creds = payload["credentials"]
    if payload["channel"] != "email" or "host" not in creds:
        return None  # an HTTP-API provider
    default = "465" if creds.get("secure", False) else "587"
    return _smtp_config(payload, int(creds.get("port", default)))


_PORT = re.compile(r"\s*([0-9]{1,5})\s*")


def smtp_config_fixed(payload: Payload) -> dict[str, object] | None:
    creds = payload["credentials"]
    if payload["channel"] != "email" or "host" not in creds:
        return None
    default = 465 if creds.get("secure", False) else 587
    match = _PORT.fullmatch(creds.get("port", ""))
    port = int(match.group(1)) if match else 0
    return _smtp_config(payload, port if 0 < port < 65536 else default)


# --------------------------------------------------------------------------------------------
# 3. From header for customer quote e-mails
# --------------------------------------------------------------------------------------------


_MAX_ADDRESS = 254  # RFC 5321 path limit
_MAX_DISPLAY_NAME = 78  # one header line


def sender_header_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    address = creds.get("from", "").strip()
    if not address or len(address) > _MAX_ADDRESS:
        return None  # not deliverable anyway
    name = " ".join(creds.get("senderName", payload["name"]).split())[:_MAX_DISPLAY_NAME]
    message = EmailMessage()
    message["From"] = f"{name} <{address}>"
    (sender,) = message["From"].addresses
    return {"From": str(sender), "envelope": sender.addr_spec}


_HEADER_UNSAFE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")


def _header_text(text: str) -> str:
    return " ".join(_HEADER_UNSAFE.sub(" ", text).split())


def sender_header_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    address = creds.get("from", "").strip()
    if not address or len(address) > _MAX_ADDRESS:
        return None
    name = _header_text(creds.get("senderName", payload["name"]))[:_MAX_DISPLAY_NAME]
    envelope = parseaddr(_header_text(address))[1]
    if not envelope.isascii():
        envelope = ""  # needs SMTPUTF8; the relay handles those separately
    # formataddr quotes commas, semicolons, parentheses and encodes non-ASCII display names.
    header = formataddr((name, envelope)) if envelope else ""
    return {"From": header, "envelope": envelope}


# --------------------------------------------------------------------------------------------
# 4. Twilio-style SMS gateway client (HTTP Basic auth) for crew dispatch
# --------------------------------------------------------------------------------------------

_SMS_BASIC_AUTH = {
    "twilio": ("accountSid", "token"),
    "plivo": ("accountSid", "token"),
    "bandwidth": ("user", "password"),
    "forty-six-elks": ("user", "password"),
    "gupshup": ("user", "password"),
    "kannel": ("user", "password"),
    "sms-central": ("user", "password"),
    "mobishastra": ("user", "password"),
    "clicksend": ("user", "apiKey"),
}


def _sms_client(payload: Payload, raw_auth: bytes) -> dict[str, object]:
    creds = payload["credentials"]
    account = creds.get(_SMS_BASIC_AUTH[payload["providerId"]][0], "")
    path = quote(account, safe="", errors="surrogatepass")
    return {
        "url": f"https://sms-gw.movers.example/v1/{payload['providerId']}/accounts/{path}/messages",
        "headers": {"Authorization": "Basic " + base64.b64encode(raw_auth).decode("ascii")},
        "from": creds.get("from", ""),
    }


def sms_client_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "sms" or payload["providerId"] not in _SMS_BASIC_AUTH:
        return None
    user_key, secret_key = _SMS_BASIC_AUTH[payload["providerId"]]
    creds = payload["credentials"]
    raw = f"{creds.get(user_key, '')}:{creds.get(secret_key, '')}".encode("latin-1")
    return _sms_client(payload, raw)


def sms_client_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "sms" or payload["providerId"] not in _SMS_BASIC_AUTH:
        return None
    user_key, secret_key = _SMS_BASIC_AUTH[payload["providerId"]]
    creds = payload["credentials"]
    raw = _wire_bytes(creds.get(user_key, "")) + b":" + _wire_bytes(creds.get(secret_key, ""))
    return _sms_client(payload, raw)  # RFC 7617: UTF-8 user-pass


# --------------------------------------------------------------------------------------------
# 5. Chat webhook allow-list (ops alerts to Slack / Discord / Teams)
# --------------------------------------------------------------------------------------------

_CHAT_HOSTS = (
    "hooks.slack.com",
    "discord.com",
    "discordapp.com",
    "webhook.office.com",
    "chat.googleapis.com",
    "chat.movers.example",
)


def _chat_host_allowed(host: str) -> bool:
    host = host.rstrip(".")
    return any(host == allowed or host.endswith("." + allowed) for allowed in _CHAT_HOSTS)


def chat_webhook_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "chat":
        return None
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None  # per-subscriber webhook
    host = urlsplit(url.strip()).hostname.rstrip(".")
    return {"url": url, "host": host, "allowed": _chat_host_allowed(host)}


def chat_webhook_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "chat":
        return None
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return {"url": url, "host": "", "allowed": False}
    allowed = parts.scheme == "https" and bool(host) and _chat_host_allowed(host)
    return {"url": url, "host": host, "allowed": allowed}


# --------------------------------------------------------------------------------------------
# 6. FCM v1 client config for the in-cab tablets
# --------------------------------------------------------------------------------------------


def _fcm_config(project: str, sender: str) -> dict[str, str]:
    path = quote(project, safe="", errors="surrogatepass")
    return {
        "project": project,
        "sender": sender,
        "endpoint": f"https://fcm.googleapis.com/v1/projects/{path}/messages:send",
    }


def fcm_config_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "push":
        return None
    creds = payload["credentials"]
    account = creds.get("serviceAccount")
    if account is None:
        return None
    document = json.loads(account)
    project = document.get("project_id") or creds.get("projectName", "")
    return _fcm_config(str(project), str(document.get("client_email", "")))


def fcm_config_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "push":
        return None
    creds = payload["credentials"]
    account = creds.get("serviceAccount")
    if account is None:
        return None
    try:
        document: object = json.loads(account)
    except (ValueError, RecursionError):  # encrypted "nvsk." form, a file path, truncated JSON...
        document = None
    if not isinstance(document, dict):
        document = {}
    project = document.get("project_id")
    if not isinstance(project, str) or not project:
        project = creds.get("projectName", "")
    sender = document.get("client_email")
    return _fcm_config(project, sender if isinstance(sender, str) else "")


# --------------------------------------------------------------------------------------------
# 7. Routing-rule evaluator: does this integration apply to tonight's move?
# --------------------------------------------------------------------------------------------

_MOVE_CONTEXT: dict[str, dict[str, str]] = {
    "subscriber": {"plan": "pro", "locale": "en-US", "region": "midwest", "rooms": "4"},
    "payload": {
        "moveType": "local",
        "distanceKm": "37.5",
        "crewSize": "3",
        "rooms": "4",
        "moveDate": "2025-06-14",
    },
}
_NUMERIC_OPERATORS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}
_NEGATIVE_OPERATORS = frozenset({"NOT_EQUAL", "NOT_IN", "NOT_LIKE", "NOT_BETWEEN"})
NumericCompare = Callable[[str, str, str], bool]


def _context_value(child: Mapping[str, Any]) -> str | None:
    field: str = child["field"]
    for prefix in (child["on"] + ".", "data."):
        if field.startswith(prefix):
            field = field[len(prefix) :]
    return _MOVE_CONTEXT[child["on"]].get(field)


def _child_matches(child: Mapping[str, Any], numeric: NumericCompare) -> bool:
    actual = _context_value(child)
    op: str = child["operator"]
    expected: str = child["value"]
    if actual is None:
        return op in _NEGATIVE_OPERATORS
    if op in _NUMERIC_OPERATORS:
        return numeric(op, actual, expected)
    if op in ("BETWEEN", "NOT_BETWEEN"):
        low, _, high = expected.partition(",")
        inside = numeric("LARGER_EQUAL", actual, low) and numeric("SMALLER_EQUAL", actual, high)
        return inside if op == "BETWEEN" else not inside
    items = [item.strip() for item in expected.split(",")]
    if op == "EQUAL":
        return actual == expected
    if op == "NOT_EQUAL":
        return actual != expected
    if op in ("IN", "ANY_IN", "ALL_IN"):
        return actual in items
    if op == "NOT_IN":
        return actual not in items
    if op == "LIKE":
        return expected.casefold() in actual.casefold()
    return expected.casefold() not in actual.casefold()  # NOT_LIKE


def _rules_pass(payload: Payload, numeric: NumericCompare) -> bool:
    for group in payload.get("conditions", []):
        results = [_child_matches(child, numeric) for child in group["children"]]
        passed = all(results) if group["value"] == "AND" else any(results)
        if group["isNegated"]:
            passed = not passed
        if not passed:
            return False
    return True


def _numeric_buggy(op: str, actual: str, expected: str) -> bool:
    return _NUMERIC_OPERATORS[op](Decimal(actual), Decimal(expected))


def _decimal_or_none(text: str) -> Decimal | None:
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return None
    return None if number.is_nan() else number


def _numeric_fixed(op: str, actual: str, expected: str) -> bool:
    left, right = _decimal_or_none(actual), _decimal_or_none(expected)
    if left is None or right is None:
        return False  # a non-numeric operand never satisfies a numeric rule
    return _NUMERIC_OPERATORS[op](left, right)


def move_rules_buggy(payload: Payload) -> dict[str, object]:
    return {"identifier": payload["identifier"], "applies": _rules_pass(payload, _numeric_buggy)}


def move_rules_fixed(payload: Payload) -> dict[str, object]:
    return {"identifier": payload["identifier"], "applies": _rules_pass(payload, _numeric_fixed)}


# --------------------------------------------------------------------------------------------
# 8. Schema migration: copy routing rules into the dispatch service's SQLite store
# --------------------------------------------------------------------------------------------


def _sql_text(text: str) -> str:
    """SQLite wants valid UTF-8: spell lone surrogates out instead of failing."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _migrate_rules(payload: Payload, rule_key: str) -> int:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            "CREATE TABLE integration (id TEXT PRIMARY KEY, identifier TEXT NOT NULL, channel TEXT NOT NULL)"
        )
        connection.execute(
            "CREATE TABLE rule (integration TEXT NOT NULL, grp INTEGER NOT NULL, position INTEGER NOT NULL,"
            f" field TEXT NOT NULL, operator TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY ({rule_key}))"
        )
        key = _sql_text(payload["_id"] if "_id" in payload else payload["identifier"])
        connection.execute(
            "INSERT INTO integration VALUES (?, ?, ?)",
            (key, _sql_text(payload["identifier"]), payload["channel"]),
        )
        for grp, group in enumerate(payload.get("conditions", [])):
            for position, child in enumerate(group["children"]):
                connection.execute(
                    "INSERT INTO rule VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        key,
                        grp,
                        position,
                        _sql_text(child["field"]),
                        child["operator"],
                        _sql_text(child["value"]),
                    ),
                )
        connection.commit()
        (count,) = connection.execute("SELECT count(*) FROM rule").fetchone()
        return int(count)
    finally:
        connection.close()


def rules_migration_buggy(payload: Payload) -> int:
    return _migrate_rules(payload, "integration, grp, field")


def rules_migration_fixed(payload: Payload) -> int:
    return _migrate_rules(payload, "integration, grp, position")


# --------------------------------------------------------------------------------------------
# 9. Nightly XML feed for the legacy ERP (US-ASCII only)
# --------------------------------------------------------------------------------------------


def _erp_document(payload: Payload, clean: Callable[[str], str]) -> bytes:
    creds = payload["credentials"]
    root = ET.Element("integration", {"id": clean(payload.get("_id", "")), "channel": payload["channel"]})
    for tag, value in (
        ("identifier", payload["identifier"]),
        ("name", payload["name"]),
        ("provider", payload["providerId"]),
        ("senderName", creds.get("senderName", "")),
        ("from", creds.get("from", "")),
        ("active", _flag(payload["active"])),
        ("primary", _flag(payload["primary"])),
    ):
        ET.SubElement(root, tag).text = clean(value)
    document: bytes = ET.tostring(root, encoding="us-ascii")
    ET.fromstring(document)  # the ERP rejects the whole batch on a malformed record
    return document


def erp_xml_buggy(payload: Payload) -> bytes:
    return _erp_document(payload, lambda text: text)


_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def erp_xml_fixed(payload: Payload) -> bytes:
    return _erp_document(payload, lambda text: _XML_ILLEGAL.sub("\ufffd", text))


# --------------------------------------------------------------------------------------------
# 10. Deletion audit: which office day was an integration removed on?
# --------------------------------------------------------------------------------------------


def _deletion_audit(payload: Payload, moment: datetime | None) -> dict[str, object] | None:
    if moment is None:
        return None
    return {
        "identifier": payload["identifier"],
        "deletedBy": payload.get("deletedBy", "system"),
        "utc": moment.isoformat(),
        "office_day": _office_day(moment),
    }


def deletion_audit_buggy(payload: Payload) -> dict[str, object] | None:
    stamp = payload.get("deletedAt")
    if stamp is None:
        return None
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return _deletion_audit(payload, moment)


_EPOCH = re.compile(r"(-?[0-9]{10}|-?[0-9]{13})(?:\.[0-9]+)?", re.ASCII)


def _parse_timestamp(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    epoch = _EPOCH.fullmatch(text)
    if epoch:
        seconds = float(text) / (1000 if len(epoch.group(1).lstrip("-")) == 13 else 1)
        try:
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)  # RFC 2822, as some exports write it
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def deletion_audit_fixed(payload: Payload) -> dict[str, object] | None:
    stamp = payload.get("deletedAt")
    if stamp is None:
        return None
    return _deletion_audit(payload, _parse_timestamp(stamp))


# --------------------------------------------------------------------------------------------
# 11. Multi-tenant route picker (three franchise offices share one Novu organization)
# --------------------------------------------------------------------------------------------

_PRIMARY_SLOT = {"email": "quotes-and-invoices", "sms": "crew-dispatch"}
_TENANT_PATTERNS = (("chi-*", "chicago"), ("*-mke-*", "milwaukee"), ("*[Mm]adison*", "madison"))


def _tenant(identifier: str) -> str:
    for pattern, tenant in _TENANT_PATTERNS:
        if fnmatch.fnmatchcase(identifier, pattern):
            return tenant
    return "shared"


def _route(payload: Payload, slot: str) -> dict[str, str]:
    seed = _wire_bytes(payload["_environmentId"]) + b"/" + _wire_bytes(payload["identifier"])
    route_id = uuid.UUID(bytes=hashlib.blake2b(seed, digest_size=16).digest())
    return {"tenant": _tenant(payload["identifier"]), "slot": slot, "route": str(route_id)}


def primary_route_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["deleted"] or not payload["active"]:
        return None
    channel = payload["channel"]
    slot = _PRIMARY_SLOT[channel] if payload["primary"] else f"fallback-{channel}"
    return _route(payload, slot)


def primary_route_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["deleted"] or not payload["active"]:
        return None
    channel = payload["channel"]
    slot = _PRIMARY_SLOT.get(channel) if payload["primary"] else None
    return _route(payload, slot or f"fallback-{channel}")


# --------------------------------------------------------------------------------------------
# 12. Tamper-evident audit trail of removed integrations
# --------------------------------------------------------------------------------------------

_AUDIT_KEY = b"movers-audit-chain-v1"


def _sealed(entry: dict[str, object]) -> dict[str, object]:
    body = json.dumps(entry, sort_keys=True)  # ensure_ascii: lone surrogates are escaped
    return {"entry": entry, "mac": hmac.new(_AUDIT_KEY, body.encode("ascii"), hashlib.sha256).hexdigest()}


def tombstone_buggy(payload: Payload) -> dict[str, object] | None:
    if not payload["deleted"]:
        return None
    return _sealed(
        {
            "integration": payload.get("_id", payload["identifier"]),
            "provider": payload["providerId"],
            "deletedAt": payload["deletedAt"],
            "deletedBy": payload.get("deletedBy", "system"),
        }
    )


def tombstone_fixed(payload: Payload) -> dict[str, object] | None:
    if not payload["deleted"]:
        return None
    return _sealed(
        {
            "integration": payload.get("_id", payload["identifier"]),
            "provider": payload["providerId"],
            "deletedAt": payload.get("deletedAt"),  # soft delete does not promise a timestamp
            "deletedBy": payload.get("deletedBy", "system"),
        }
    )


# --------------------------------------------------------------------------------------------
# 13. Admin panel card (server-rendered HTML)
# --------------------------------------------------------------------------------------------

_CARD = string.Template(
    '<li class="integration $channel$state" data-identifier="$identifier">'
    '<strong title="$full_name">$name</strong> <small>$provider</small>'
    ' <span class="badge">$badge</span></li>'
)


def _card(payload: Payload, rule_count: int) -> str:
    name = unicodedata.normalize("NFKC", payload["name"])
    return _CARD.substitute(
        channel=html.escape(payload["channel"]),
        state=" inactive" if not payload["active"] else "",
        identifier=html.escape(payload["identifier"]),
        full_name=html.escape(name),
        name=html.escape(textwrap.shorten(name, width=48, placeholder="\u2026")),
        provider=html.escape(payload["providerId"]),
        badge=f"{rule_count} rule(s)" if rule_count else "catch-all",
    )


def admin_card_buggy(payload: Payload) -> str:
    conditions: list[dict[str, Any]] = payload.get("conditions")  # type: ignore[assignment]
    return _card(payload, sum(len(group["children"]) for group in conditions))


def admin_card_fixed(payload: Payload) -> str:
    conditions: list[dict[str, Any]] = payload.get("conditions", [])
    return _card(payload, sum(len(group["children"]) for group in conditions))


# --------------------------------------------------------------------------------------------
# 14. INI export for the legacy dispatch box's cron scripts
# --------------------------------------------------------------------------------------------


def _ini_export(payload: Payload, parser: configparser.ConfigParser, section: str) -> dict[str, str]:
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keep camelCase keys
    parser.add_section(section)
    for key in ("providerId", "channel", "name"):
        parser.set(section, key, payload[key])
    for key, value in sorted(payload["credentials"].items()):
        if key in _SECRET_KEYS:
            parser.set(section, key, "<vault>")
        elif isinstance(value, bool):
            parser.set(section, key, "true" if value else "false")
        elif isinstance(value, str):
            parser.set(section, key, value)
    buffer = io.StringIO()
    parser.write(buffer)
    filename = PurePosixPath("exports", "novu").joinpath(
        f"{len(payload['identifier'])}-{payload['channel']}.ini"
    )
    return {"path": str(filename), "text": buffer.getvalue()}


def ini_export_buggy(payload: Payload) -> dict[str, str]:
    return _ini_export(payload, configparser.ConfigParser(), f"integration {payload['identifier']}")


def ini_export_fixed(payload: Payload) -> dict[str, str]:
    section = "integration " + re.sub(r"[\]\r\n]", "_", payload["identifier"])
    return _ini_export(payload, configparser.ConfigParser(interpolation=None), section)


# --------------------------------------------------------------------------------------------
# 15. Binary provisioning blob for the in-cab tablets (length-prefixed strings)
# --------------------------------------------------------------------------------------------


def _tablet_blob(payload: Payload, length_format: str) -> bytes | None:
    if payload["channel"] != "push":
        return None
    creds = payload["credentials"]
    blob = bytearray(struct.pack("!4sB??", b"MVT1", 1, payload["active"], payload["primary"]))
    for text in (
        payload["identifier"],
        payload["name"],
        creds.get("projectName", ""),
        creds.get("applicationId", ""),
    ):
        raw = _wire_bytes(text)
        blob += struct.pack(f"!{length_format}{len(raw)}s", len(raw), raw)
    return bytes(blob)


def tablet_blob_buggy(payload: Payload) -> bytes | None:
    return _tablet_blob(payload, "B")


def tablet_blob_fixed(payload: Payload) -> bytes | None:
    return _tablet_blob(payload, "I")


# --------------------------------------------------------------------------------------------
# 16. Log scrubber for the notification worker's debug lines
# --------------------------------------------------------------------------------------------


def _debug_line(payload: Payload) -> str:
    creds = payload["credentials"]
    shown = " ".join(f"{key}={value}" for key, value in sorted(creds.items()) if isinstance(value, str))
    return f"[notify] provider={payload['providerId']} channel={payload['channel']} {shown}"


def _secrets(payload: Payload) -> list[str]:
    creds = payload["credentials"]
    found = [creds[key] for key in _SECRET_KEYS if isinstance(creds.get(key), str) and creds[key]]
    return sorted(found, key=len, reverse=True)


def log_scrubber_buggy(payload: Payload) -> str:
    line = _debug_line(payload)
    for secret in _secrets(payload):
        line = re.sub(secret, "[REDACTED]", line)
    return line


def log_scrubber_fixed(payload: Payload) -> str:
    line = _debug_line(payload)
    for secret in _secrets(payload):
        line = line.replace(secret, "[REDACTED]")
    return line


# --------------------------------------------------------------------------------------------
# Examples: full, contract-valid payloads that trigger each bug
# --------------------------------------------------------------------------------------------


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


_NO_RULES: list[Any] = []

MOVERS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="movers_csv_nightly",
        bug="assumes one CSV record is one physical line (no line breaks inside names or sender names)",
        buggy=csv_nightly_buggy,
        fixed=csv_nightly_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "SG.fake-movers-key",
                    "from": "quotes@movers.example",
                    "senderName": "Lakeshore Movers\r\nQuotes desk",
                }
            }
        ),
    ),
    ConsumerCase(
        name="movers_smtp_port",
        bug="assumes credentials.port is always a decimal string (the contract types it as any string)",
        buggy=smtp_config_buggy,
        fixed=smtp_config_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Qm3xT0aZ",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.movers.example",
                    "port": "",
                    "user": "quotes",
                    "password": "fake-smtp-password",
                    "secure": False,
                    "requireTls": True,
                    "from": "quotes@movers.example",
                    "senderName": "Lakeshore Movers",
                },
            }
        ),
    ),
    ConsumerCase(
        name="movers_sender_header",
        bug="assumes senderName and from paste unquoted into a From header (no commas, semicolons, brackets)",
        buggy=sender_header_buggy,
        fixed=sender_header_fixed,
        raises=(ValueError, AttributeError),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "SG.fake-movers-key",
                    "from": "quotes@movers.example",
                    "senderName": "Smith, Jones & Sons Moving",
                }
            }
        ),
    ),
    ConsumerCase(
        name="movers_sms_basic_auth",
        bug="assumes SMS account names and passwords are Latin-1 when building the Basic auth header",
        buggy=sms_client_buggy,
        fixed=sms_client_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {
                "name": "Bandwidth",
                "identifier": "bandwidth-4mD7kq1Z",
                "providerId": "bandwidth",
                "channel": "sms",
                "credentials": {
                    "user": "dispatch-api",
                    "password": "Umzug\u20ac2025!",
                    "accountSid": "9901234",
                    "from": "+13125550148",
                },
                "conditions": _NO_RULES,
            }
        ),
    ),
    ConsumerCase(
        name="movers_chat_webhook_host",
        bug="assumes credentials.webhookUrl is an absolute URL, so urlsplit(...).hostname is never None",
        buggy=chat_webhook_buggy,
        fixed=chat_webhook_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {
                "name": "MSTeams",
                "identifier": "ms-teams-Zr8Lw2pN",
                "providerId": "msteams",
                "channel": "chat",
                "primary": False,
                "credentials": {
                    "webhookUrl": "movers.webhook.office.com/webhookb2/3f1c-dispatch/IncomingWebhook/a9e2"
                },
                "conditions": _NO_RULES,
            }
        ),
    ),
    ConsumerCase(
        name="movers_fcm_service_account",
        bug="assumes serviceAccount is always a decrypted JSON object, never the nvsk.<iv>:<cipher> form",
        buggy=fcm_config_buggy,
        fixed=fcm_config_fixed,
        raises=(ValueError, AttributeError, RecursionError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-7YtPq0vB",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "serviceAccount": "nvsk.5d2f8a0c41b7e9d3a6c0f1e2b3d4a5c6:9e4c1b7a0f3d2e6c8b5a4f1e0d9c7",
                    "projectName": "movers-tablets",
                },
                "conditions": _NO_RULES,
            }
        ),
    ),
    ConsumerCase(
        name="movers_numeric_rule",
        bug="assumes the value of a LARGER/SMALLER/BETWEEN condition is always a number",
        buggy=move_rules_buggy,
        fixed=move_rules_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.distanceKm",
                                "value": "50 km",
                                "operator": "LARGER",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="movers_rules_migration",
        bug="assumes a condition group never has two children on the same field (keyed on group and field)",
        buggy=rules_migration_buggy,
        fixed=rules_migration_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "DATE",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.moveDate",
                                "value": "2025-06-01",
                                "operator": "LARGER_EQUAL",
                                "on": "payload",
                            },
                            {
                                "field": "payload.moveDate",
                                "value": "2025-08-31",
                                "operator": "SMALLER_EQUAL",
                                "on": "payload",
                            },
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="movers_erp_xml",
        bug="assumes every string is XML-safe text (no control characters, lone surrogates or U+FFFE/U+FFFF)",
        buggy=erp_xml_buggy,
        fixed=erp_xml_fixed,
        raises=(ET.ParseError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "SG.fake-movers-key",
                    "from": "quotes@movers.example",
                    "senderName": "Lakeshore Movers\x0b(Chicago)",
                }
            }
        ),
    ),
    ConsumerCase(
        name="movers_deletion_audit",
        bug="assumes deletedAt is always JavaScript toISOString() output (milliseconds and a Z suffix)",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "active": False,
                "primary": False,
                "deleted": True,
                "deletedAt": "2025-03-14T09:26:53+00:00",
                "deletedBy": "6615a3c2f1e2d3c4b5a69703",
            }
        ),
    ),
    ConsumerCase(
        name="movers_primary_route",
        bug="assumes only email and sms integrations can be primary (the contract allows it on any channel)",
        buggy=primary_route_buggy,
        fixed=primary_route_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "chi-firebase-cloud-messaging-p0Xw3e",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": '{"project_id": "movers-tablets"}'},
                "primary": True,
                "conditions": _NO_RULES,
            }
        ),
    ),
    ConsumerCase(
        name="movers_tombstone_audit",
        bug="assumes deleted: true always comes with deletedAt",
        buggy=tombstone_buggy,
        fixed=tombstone_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": False, "deleted": True}),
    ),
    ConsumerCase(
        name="movers_admin_card",
        bug="assumes conditions is always present (the server defaults it to [], but it is optional)",
        buggy=admin_card_buggy,
        fixed=admin_card_fixed,
        raises=(TypeError,),
        example=_payload(drop=("conditions",)),
    ),
    ConsumerCase(
        name="movers_ini_export",
        bug="assumes credential values never contain '%' (ConfigParser's default interpolation rejects it)",
        buggy=ini_export_buggy,
        fixed=ini_export_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-Hs2Vn8Qe",
                "providerId": "generic-sms",
                "channel": "sms",
                "credentials": {
                    "baseUrl": "https://sms.movers.example/api/send?sender=Lakeshore%20Movers",
                    "apiKeyRequestHeader": "X-Api-Key",
                    "apiKey": "fake-generic-sms-key",
                    "idPath": "data.messageId",
                    "from": "+13125550148",
                },
                "conditions": _NO_RULES,
            }
        ),
    ),
    ConsumerCase(
        name="movers_tablet_blob",
        bug="assumes every string fits a one-byte length prefix (at most 255 UTF-8 bytes)",
        buggy=tablet_blob_buggy,
        fixed=tablet_blob_fixed,
        raises=(struct.error,),
        example=_payload(
            {
                "name": (
                    "D\u00e9m\u00e9nagements Tremblay & Fils \u2014 notifications pour les tablettes"
                    " des camions (Montr\u00e9al, Laval, Longueuil, Brossard, Terrebonne, Repentigny,"
                    " Saint-J\u00e9r\u00f4me,"
                    " Blainville, Mirabel, Boisbriand, Sainte-Th\u00e9r\u00e8se, Mascouche, Ch\u00e2teauguay,"
                    " Vaudreuil-Dorion et Saint-Eustache)"
                ),
                "identifier": "d-m-nagements-tremblay-fils-Wq4Ez7Ru",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "serviceAccount": '{"project_id": "tremblay-tablets"}',
                    "projectName": "tremblay-tablets",
                },
                "conditions": _NO_RULES,
            }
        ),
    ),
    ConsumerCase(
        name="movers_log_scrubber",
        bug="assumes secrets are safe as regular-expression patterns (no unbalanced brackets, leading '*')",
        buggy=log_scrubber_buggy,
        fixed=log_scrubber_fixed,
        raises=(re.error, OverflowError, RecursionError),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Ld9Ck2Wm",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.movers.example",
                    "port": "587",
                    "user": "quotes",
                    "password": "c0uch+(sofa",
                    "from": "quotes@movers.example",
                    "senderName": "Lakeshore Movers",
                },
            }
        ),
    ),
]
