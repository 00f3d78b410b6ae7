"""Sixteen nonprofit-platform consumers of ``GET /v1/integrations`` items, each with one plausible bug.

Written from the contract documents alone (``CONTRACT.md``, the seed ``IntegrationResponseDto`` page,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any generator. The consumers are
what a fundraising and volunteer platform builds around one integration: donor receipts, volunteer
shift SMS, campaign push alerts, chapter tenants, CRM sync, accessibility and
donation-threshold rules.

Each bug is one a real team ships: a standard-library parser or codec (``email.utils``,
``urllib.parse``, ``ipaddress``, ``datetime``, ``zoneinfo``, ``decimal``, ``json``, ``struct``,
``unicodedata``, the ``idna`` and ``utf-8`` codecs, ``xml.etree``) meets a value the contract allows
but the author never pictured. Every ``fixed`` control must accept any contract-valid payload.
"""

from __future__ import annotations

import copy
import hashlib
import html
import ipaddress
import json
import re
import struct
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal, DecimalException, InvalidOperation
from email.utils import formataddr
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------- shared helpers


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str:
    """A string field, or ``""`` when absent (or not a string)."""
    value = mapping.get(key)
    return value if isinstance(value, str) else ""


def _children(payload: Payload) -> Iterator[dict[str, Any]]:
    """Every ``FieldFilterPartDto`` of every condition, in order."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return
    for condition in conditions:
        children = condition.get("children") if isinstance(condition, dict) else None
        if isinstance(children, list):
            yield from (child for child in children if isinstance(child, dict))


def _loads(raw: str) -> Any:
    """``json.loads`` that returns ``None`` for text that is not JSON (or nests too deep)."""
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def _unsurrogate(text: str) -> str:
    """``text`` with lone surrogates replaced, so it encodes to UTF-8."""
    return text.encode("utf-8", "replace").decode("utf-8")


# --------------------------------------------------------------------------- 1. donor receipt From header


def _receipt_display_name(payload: Payload) -> str:
    credentials = _creds(payload)
    return _unsurrogate(_text(credentials, "senderName") or _text(payload, "name"))


def receipt_from_buggy(payload: Payload) -> str | None:
    """The ``From:`` header of a tax receipt e-mail."""
    if payload.get("channel") != "email":
        return None
    sender = _text(_creds(payload), "from")
    if "@" not in sender:
        return None
    return formataddr((_receipt_display_name(payload), sender))


def receipt_from_fixed(payload: Payload) -> str | None:
    """The ``From:`` header, with an internationalised domain punycoded (or ``None``)."""
    if payload.get("channel") != "email":
        return None
    local, at, domain = _text(_creds(payload), "from").rpartition("@")
    if not at or not local or not local.isascii():
        return None  # a non-ASCII local part needs SMTPUTF8; the receipt job does not send it
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return formataddr((_receipt_display_name(payload), f"{local}@{ascii_domain}"))


# --------------------------------------------------------------------------- 2. volunteer SMS sender id

_E164_LOOSE = re.compile(r"\+?\d{7,15}")
_E164_ASCII = re.compile(r"\+?[0-9]{7,15}")


def _alphanumeric_sender(sender: str) -> tuple[int, bytes] | None:
    if sender.isascii() and sender.isalnum() and len(sender) <= 11:
        return 5, sender.encode("ascii")  # TON 5: alphanumeric sender id
    return None


def sms_sender_buggy(payload: Payload) -> tuple[int, bytes] | None:
    """The SMPP ``(type of number, source_addr)`` of volunteer shift reminders."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload), "from").strip()
    if _E164_LOOSE.fullmatch(sender):
        return 1, ("+" + sender.lstrip("+")).encode("ascii")  # TON 1: international number
    return _alphanumeric_sender(sender)


def sms_sender_fixed(payload: Payload) -> tuple[int, bytes] | None:
    """The SMPP sender, recognising only ASCII-digit phone numbers."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload), "from").strip()
    if _E164_ASCII.fullmatch(sender):
        return 1, ("+" + sender.lstrip("+")).encode("ascii")
    return _alphanumeric_sender(sender)


# --------------------------------------------------------------------------- 3. volunteer SMS PDU

_SHIFT_TEMPLATE = (
    "{sig}: your volunteer shift starts tomorrow at 09:00. Reply C to confirm or STOP to opt out."
)


def _shift_text(payload: Payload) -> str:
    return _SHIFT_TEMPLATE.format(sig=_text(payload, "name"))


def _encode_sms(text: str) -> tuple[int, bytes]:
    """Data coding scheme and body: ASCII as is, anything else as UCS-2 (UTF-16BE)."""
    if text.isascii():
        return 0x00, text.encode("ascii")
    return 0x08, text.encode("utf-16-be", "replace")


def shift_pdu_buggy(payload: Payload) -> bytes | None:
    """``data_coding``, ``sm_length`` and ``short_message`` of one single-segment shift reminder."""
    if payload.get("channel") != "sms":
        return None
    dcs, body = _encode_sms(_shift_text(payload)[:160])
    return struct.pack(">BB", dcs, len(body)) + body


def shift_pdu_fixed(payload: Payload) -> bytes | None:
    """The same PDU, cut to 140 octets (70 UCS-2 characters) when the text is not ASCII."""
    if payload.get("channel") != "sms":
        return None
    dcs, body = _encode_sms(_shift_text(payload))
    body = body[:160] if dcs == 0x00 else body[:140]
    return struct.pack(">BB", dcs, len(body)) + body


# --------------------------------------------------------------------------- 4. CRM sync webhook endpoint

_DEFAULT_PORTS = {"http": 80, "https": 443}


def _webhook_url(payload: Payload) -> str:
    credentials = _creds(payload)
    return _text(credentials, "webhookUrl") or _text(credentials, "baseUrl")


def crm_endpoint_buggy(payload: Payload) -> tuple[str, int] | None:
    """``(host, port)`` the CRM sync job opens for an integration's webhook or base URL."""
    url = _webhook_url(payload)
    if not url.startswith(("http://", "https://")):
        return None
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or _DEFAULT_PORTS[parts.scheme]


def crm_endpoint_fixed(payload: Payload) -> tuple[str, int] | None:
    """``(host, port)``, or ``None`` for a URL whose authority does not parse."""
    url = _webhook_url(payload)
    if not url.startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    return parts.hostname or "", port or _DEFAULT_PORTS.get(parts.scheme, 443)


# --------------------------------------------------------------------------- 5. chapter SMTP relay address


def smtp_relay_buggy(payload: Payload) -> str | None:
    """``host:port`` of a chapter's own SMTP relay or SMS gateway, for the ops dashboard."""
    credentials = _creds(payload)
    host = _text(credentials, "host").strip()
    if not host:
        return None
    raw = _text(credentials, "port").strip()
    port = int(raw) if raw.isdigit() else 25
    return f"{host}:{port}"


def smtp_relay_fixed(payload: Payload) -> str | None:
    """``host:port``, taking the port only when it is a decimal number in range."""
    credentials = _creds(payload)
    host = _text(credentials, "host").strip()
    if not host:
        return None
    raw = _text(credentials, "port").strip()
    port = int(raw) if raw.isdecimal() and len(raw) <= 5 else 25
    return f"{host}:{port if 0 < port < 65536 else 25}"


# --------------------------------------------------------------------------- 6. SSRF guard for relay hosts

_DOTTED_QUAD = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")


def relay_guard_buggy(payload: Payload) -> str | None:
    """``"blocked"`` for relay hosts inside the private network, ``"resolve"`` for names."""
    host = _text(_creds(payload), "host").strip()
    if not host:
        return None
    if _DOTTED_QUAD.fullmatch(host):
        address = ipaddress.IPv4Address(host)
        return "blocked" if address.is_private or address.is_loopback else "allowed"
    return "resolve"


def relay_guard_fixed(payload: Payload) -> str | None:
    """The same guard; a dotted quad ``ipaddress`` rejects (e.g. zero-padded) is blocked."""
    host = _text(_creds(payload), "host").strip()
    if not host:
        return None
    if _DOTTED_QUAD.fullmatch(host):
        try:
            address = ipaddress.IPv4Address(host)
        except ValueError:
            return "blocked"
        return "blocked" if address.is_private or address.is_loopback else "allowed"
    return "resolve"


# --------------------------------------------------------------------------- 7. donor-data residency (AWS)

_AWS_PROVIDERS = frozenset({"ses", "sns"})
_REGION_PREFIX = re.compile(r"[a-z]{2}-")
_JURISDICTIONS = {"us": "United States", "eu": "European Union", "ca": "Canada", "ap": "Asia Pacific"}


def residency_buggy(payload: Payload) -> str | None:
    """The jurisdiction line of the donor-data residency report for SES/SNS integrations."""
    if payload.get("providerId") not in _AWS_PROVIDERS:
        return None
    region = _text(_creds(payload), "region")
    if not _REGION_PREFIX.match(region):
        return "unknown"
    geo, area, number = region.split("-")
    return f"{_JURISDICTIONS.get(geo, geo)} ({area}-{number})"


def residency_fixed(payload: Payload) -> str | None:
    """The jurisdiction line, for any number of dash-separated region parts."""
    if payload.get("providerId") not in _AWS_PROVIDERS:
        return None
    region = _text(_creds(payload), "region")
    if not _REGION_PREFIX.match(region):
        return "unknown"
    geo, _, rest = region.partition("-")
    return f"{_JURISDICTIONS.get(geo, geo)} ({rest})"


# --------------------------------------------------------------------------- 8. sender-domain DNS check


def dns_records_buggy(payload: Payload) -> list[str] | None:
    """The DMARC and DKIM record names the deliverability check looks up for ``domain``."""
    domain = _text(_creds(payload), "domain").strip()
    if not domain:
        return None
    ascii_domain = domain.encode("idna").decode("ascii")
    return [f"_dmarc.{ascii_domain}", f"novu._domainkey.{ascii_domain}"]


def dns_records_fixed(payload: Payload) -> list[str] | None:
    """The record names, or ``None`` for a domain IDNA cannot encode."""
    domain = _text(_creds(payload), "domain").strip()
    if not domain:
        return None
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    return [f"_dmarc.{ascii_domain}", f"novu._domainkey.{ascii_domain}"]


# --------------------------------------------------------------------------- 9. volunteer app push (FCM)


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project the volunteer app's push integration sends through."""
    if payload.get("providerId") != "fcm":
        return None
    account = _loads(_text(_creds(payload), "serviceAccount"))
    if account is None:
        return None
    project: str | None = account.get("project_id")
    return project


def fcm_project_fixed(payload: Payload) -> str | None:
    """The Firebase project, or ``None`` unless the service account is a JSON object."""
    if payload.get("providerId") != "fcm":
        return None
    account = _loads(_text(_creds(payload), "serviceAccount"))
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------- 10. retention purge

_RETENTION = timedelta(days=30)


def purge_due_buggy(payload: Payload) -> bool:
    """Whether a soft-deleted integration is past the 30-day retention window."""
    if payload.get("deleted") is not True:
        return False
    stamp = _text(payload, "deletedAt")
    try:
        deleted_at = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    return datetime.now(UTC) - deleted_at > _RETENTION


def purge_due_fixed(payload: Payload) -> bool:
    """Whether the integration is past retention, reading an offset-less ``deletedAt`` as UTC."""
    if payload.get("deleted") is not True:
        return False
    stamp = _text(payload, "deletedAt")
    try:
        deleted_at = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        return datetime.now(UTC) - deleted_at > _RETENTION
    except OverflowError:
        return False


# --------------------------------------------------------------------------- 11. shift quiet hours


def _is_timezone_field(field: str) -> bool:
    lowered = field.lower()
    return "timezone" in lowered or lowered.endswith(".tz")


def _timezone_values(payload: Payload) -> Iterator[str]:
    for child in _children(payload):
        if child.get("operator") == "EQUAL" and _is_timezone_field(_text(child, "field")):
            yield _text(child, "value") or "UTC"


def quiet_hours_buggy(payload: Payload) -> list[str]:
    """The time zones the SMS quiet-hours window (21:00-08:00) is evaluated in."""
    zones: list[str] = []
    for key in _timezone_values(payload):
        try:
            zones.append(str(ZoneInfo(key)))
        except ZoneInfoNotFoundError:
            zones.append("UTC")
    return zones


_IANA_KEY = re.compile(r"[A-Za-z0-9_+\-]{1,32}(?:/[A-Za-z0-9_+\-]{1,32}){0,3}")


def quiet_hours_fixed(payload: Payload) -> list[str]:
    """The quiet-hours time zones; anything not shaped like an IANA key, or unknown, is UTC."""
    zones: list[str] = []
    for key in _timezone_values(payload):
        if not _IANA_KEY.fullmatch(key):
            zones.append("UTC")
            continue
        try:
            zones.append(str(ZoneInfo(key)))
        except (ValueError, LookupError, OSError, RecursionError):
            zones.append("UTC")
    return zones


# --------------------------------------------------------------------------- 12. donation thresholds

_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})
_CENT = Decimal("0.01")


def _numeric_rules(payload: Payload) -> Iterator[tuple[str, str, Decimal]]:
    for child in _children(payload):
        operator = _text(child, "operator")
        if operator not in _NUMERIC_OPERATORS:
            continue
        try:
            amount = Decimal(_text(child, "value"))
        except InvalidOperation:
            continue
        yield _text(child, "field"), operator, amount


def thresholds_buggy(payload: Payload) -> list[tuple[str, str, str]]:
    """Donation-threshold rules (``payload.amount >= 250.00``) rounded to cents for the admin UI."""
    return [(field, op, str(amount.quantize(_CENT))) for field, op, amount in _numeric_rules(payload)]


def thresholds_fixed(payload: Payload) -> list[tuple[str, str, str]]:
    """Threshold rules; amounts that are not finite or do not fit in cents are shown as written."""
    rows: list[tuple[str, str, str]] = []
    for field, op, amount in _numeric_rules(payload):
        try:
            shown = str(amount.quantize(_CENT)) if amount.is_finite() else str(amount)
        except DecimalException:
            shown = str(amount)
        rows.append((field, op, shown))
    return rows


# --------------------------------------------------------------------------- 13. donor tier membership

_SET_OPERATORS = frozenset({"IN", "NOT_IN", "ANY_IN", "ALL_IN"})


def _members(value: str) -> list[Any]:
    """The members of a set rule: a JSON array, or comma-separated words."""
    if value.startswith("["):
        parsed = _loads(value)
        if isinstance(parsed, list):
            return parsed
        return [value]
    return [part.strip() for part in value.split(",")]


def tier_rules_buggy(payload: Payload) -> dict[str, frozenset[Any]]:
    """``field -> set of accepted values`` for donor-tier membership rules (``IN`` and friends)."""
    rules: dict[str, frozenset[Any]] = {}
    for child in _children(payload):
        if child.get("operator") in _SET_OPERATORS:
            rules[_text(child, "field")] = frozenset(_members(_text(child, "value")))
    return rules


def tier_rules_fixed(payload: Payload) -> dict[str, frozenset[Any]]:
    """The membership rules, keeping only scalar members (nested arrays and objects are skipped)."""
    rules: dict[str, frozenset[Any]] = {}
    for child in _children(payload):
        if child.get("operator") in _SET_OPERATORS:
            members = _members(_text(child, "value"))
            scalars = [m for m in members if m is None or isinstance(m, str | int | float | bool)]
            rules[_text(child, "field")] = frozenset(scalars)
    return rules


# --------------------------------------------------------------------------- 14. chapter CRM XML feed

_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_feed(payload: Payload, clean: bool) -> str:
    def field(key: str) -> str:
        value = _text(payload, key)
        return html.escape(_XML_INVALID.sub("", value) if clean else value)

    return (
        f'<integration id="{field("_id")}" channel="{field("channel")}">'
        f"<name>{field('name')}</name><identifier>{field('identifier')}</identifier></integration>"
    )


def crm_xml_buggy(payload: Payload) -> str:
    """One ``<integration>`` element of the chapter feed the CRM imports, checked well-formed."""
    document = _xml_feed(payload, clean=False)
    ET.fromstring(document)
    return document


def crm_xml_fixed(payload: Payload) -> str:
    """The element, with characters XML 1.0 cannot carry removed before escaping."""
    document = _xml_feed(payload, clean=True)
    ET.fromstring(document)
    return document


# --------------------------------------------------------------------------- 15. screen-reader label


def _speakable(ch: str) -> bool:
    return ch.isascii() or unicodedata.category(ch)[0] in "LMN" or ch.isspace()


def spoken_label_buggy(payload: Payload) -> str:
    """The label a screen reader announces: symbols and emoji spelled out by their Unicode names."""
    words = [ch if _speakable(ch) else f" {unicodedata.name(ch).lower()} " for ch in _text(payload, "name")]
    return " ".join("".join(words).split())


def spoken_label_fixed(payload: Payload) -> str:
    """The label; characters without a Unicode name (private use, C1 controls, ...) are dropped."""
    words = [
        ch if _speakable(ch) else f" {unicodedata.name(ch, '').lower()} " for ch in _text(payload, "name")
    ]
    return " ".join("".join(words).split())


# --------------------------------------------------------------------------- 16. chapter config cache key

_KEY_FIELDS = ("_organizationId", "_environmentId", "channel", "providerId", "identifier")


def cache_key_buggy(payload: Payload) -> str:
    """The Redis key under which a chapter tenant's rendered notification config is cached."""
    material = json.dumps([_text(payload, key) for key in _KEY_FIELDS], ensure_ascii=False)
    return "chapter-cfg:" + hashlib.sha256(material.encode("utf-8")).hexdigest()


def cache_key_fixed(payload: Payload) -> str:
    """The cache key, from ASCII-escaped JSON (lone surrogates become ``\\udxxx`` escapes)."""
    material = json.dumps([_text(payload, key) for key in _KEY_FIELDS])
    return "chapter-cfg:" + hashlib.sha256(material.encode("ascii")).hexdigest()


# --------------------------------------------------------------------------- examples


def _sms(provider: str, credentials: Mapping[str, Any], **changes: Any) -> Payload:
    return _payload(
        {
            "providerId": provider,
            "channel": "sms",
            "credentials": dict(credentials),
            "identifier": f"{provider}-Qm3vX9a",
            **changes,
        }
    )


def _child(field: str, value: str, operator: str, on: str = "payload") -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator, "on": on}


def _with_children(*children: dict[str, str]) -> Payload:
    return _payload(
        {
            "conditions": [
                {"isNegated": False, "type": "STATEMENT", "value": "AND", "children": list(children)},
            ]
        }
    )


NONPROFIT_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="nonprofit_receipt_idn_sender_address",
        bug="formataddr() accepts any address with an '@', but it raises on a non-ASCII (IDN) sender domain",
        buggy=receipt_from_buggy,
        fixed=receipt_from_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {
                "name": "Gr\u00fcne Hilfe",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "from": "spenden@gr\u00fcne-hilfe.de",
                    "senderName": "Gr\u00fcne Hilfe e.V.",
                },
            }
        ),
    ),
    ConsumerCase(
        name="nonprofit_volunteer_sms_unicode_digit_sender",
        bug=r"re's \d matches any Unicode digit, so an Arabic-Indic phone number reaches .encode('ascii')",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(UnicodeEncodeError,),
        example=_sms(
            "twilio",
            {
                "accountSid": "AC0000000000000000000000000000fake",
                "token": "fake-token-0003",
                "from": "+\u0669\u0667\u0661\u0665\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
            },
            name="Twilio",
        ),
    ),
    ConsumerCase(
        name="nonprofit_volunteer_shift_sms_pdu_length",
        bug="cuts the reminder to 160 chars; 160 UCS-2 characters are 320 octets: sm_length overflows",
        buggy=shift_pdu_buggy,
        fixed=shift_pdu_fixed,
        raises=(struct.error,),
        example=_sms(
            "plivo",
            {"accountSid": "MAFAKE0000000000", "token": "fake-token-0004", "from": "+15145550100"},
            name="Banque Alimentaire du Grand Montr\u00e9al \u2013 B\u00e9n\u00e9voles Rive-Sud et Laval",
        ),
    ),
    ConsumerCase(
        name="nonprofit_crm_webhook_unexpanded_port",
        bug="reads urlsplit(url).port unguarded; a non-numeric or out-of-range port raises ValueError",
        buggy=crm_endpoint_buggy,
        fixed=crm_endpoint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Zq81LmP",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://crm.helpinghands.org:${CRM_PORT}/novu/events",
                    "secretKey": "fake-secret-0005",
                },
            }
        ),
    ),
    ConsumerCase(
        name="nonprofit_chapter_relay_port_footnote_digit",
        bug="str.isdigit() accepts superscript digits (a pasted footnote mark) that int() rejects",
        buggy=smtp_relay_buggy,
        fixed=smtp_relay_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-7hVb2Kq",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.helpinghands.org",
                    "port": "465\u00b9",
                    "secure": True,
                    "user": "relay",
                    "password": "fake-password-0006",
                    "from": "volunteers@helpinghands.org",
                    "senderName": "Helping Hands",
                },
            }
        ),
    ),
    ConsumerCase(
        name="nonprofit_relay_guard_zero_padded_ipv4",
        bug="treats every dotted quad of 1-3 digits as an IPv4 literal; ipaddress rejects zero-padded octets",
        buggy=relay_guard_buggy,
        fixed=relay_guard_fixed,
        raises=(ValueError,),
        example=_sms(
            "kannel",
            {"host": "192.168.001.010", "port": "13013", "from": "+15551230000"},
            name="Kannel SMS",
        ),
    ),
    ConsumerCase(
        name="nonprofit_donor_residency_govcloud_region",
        bug="unpacks an AWS region into exactly three dash parts; us-gov-west-1 has four",
        buggy=residency_buggy,
        fixed=residency_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SES",
                "identifier": "ses-Rt5wQ2x",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "AKIAFAKE00000007",
                    "secretKey": "fake-secret-0007",
                    "region": "us-gov-west-1",
                    "from": "receipts@veterans-relief.org",
                    "senderName": "Veterans Relief Fund",
                },
            }
        ),
    ),
    ConsumerCase(
        name="nonprofit_sender_domain_idna_empty_label",
        bug="encodes the sending domain with the idna codec unguarded; an empty label ('.mg.x.org') raises",
        buggy=dns_records_buggy,
        fixed=dns_records_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {
                "name": "Mailgun",
                "identifier": "mailgun-Lp0c3Vd",
                "providerId": "mailgun",
                "credentials": {
                    "apiKey": "fake-api-key-0008",
                    "user": "api",
                    "domain": ".mg.foodbank-north.org",
                    "from": "receipts@foodbank-north.org",
                    "senderName": "Food Bank North",
                },
            }
        ),
    ),
    ConsumerCase(
        name="nonprofit_volunteer_push_double_encoded_service_account",
        bug="assumes a serviceAccount that parses as JSON is an object; double-encoded JSON parses to a str",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Vn4kT8s",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "serviceAccount": json.dumps(
                        json.dumps({"type": "service_account", "project_id": "volunteer-app-prod"})
                    )
                },
            }
        ),
    ),
    ConsumerCase(
        name="nonprofit_retention_purge_naive_deleted_at",
        bug="subtracts an offset-less ISO deletedAt from an aware now(); naive minus aware is a TypeError",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(TypeError,),
        example=_payload(
            {"active": False, "primary": False, "deleted": True, "deletedAt": "2024-03-01T12:00:00"}
        ),
    ),
    ConsumerCase(
        name="nonprofit_shift_quiet_hours_absolute_zone_path",
        bug="catches ZoneInfoNotFoundError only; an absolute or non-normalised key raises ValueError",
        buggy=quiet_hours_buggy,
        fixed=quiet_hours_fixed,
        raises=(ValueError,),
        example=_with_children(
            _child("subscriber.data.timezone", "/usr/share/zoneinfo/America/Chicago", "EQUAL", "subscriber"),
        ),
    ),
    ConsumerCase(
        name="nonprofit_donation_threshold_infinite_amount",
        bug="guards Decimal(value) but not .quantize(); 'Infinity' or a 30-digit sentinel raises",
        buggy=thresholds_buggy,
        fixed=thresholds_fixed,
        raises=(InvalidOperation,),
        example=_with_children(
            _child("payload.donation.amount", "250", "LARGER_EQUAL"),
            _child("payload.donation.amount", "Infinity", "SMALLER"),
        ),
    ),
    ConsumerCase(
        name="nonprofit_donor_tier_nested_json_members",
        bug="puts JSON-array members straight into a frozenset; a nested array or object is unhashable",
        buggy=tier_rules_buggy,
        fixed=tier_rules_fixed,
        raises=(TypeError,),
        example=_with_children(
            _child("subscriber.data.tier", '[["gold", "platinum"], "silver"]', "IN", "subscriber"),
        ),
    ),
    ConsumerCase(
        name="nonprofit_chapter_crm_xml_vertical_tab",
        bug="assumes html.escape() makes text XML-safe; control characters such as \\x0b are not XML",
        buggy=crm_xml_buggy,
        fixed=crm_xml_fixed,
        raises=(ET.ParseError, UnicodeEncodeError),
        example=_payload({"name": "Food Bank North\x0bVolunteer Desk"}),
    ),
    ConsumerCase(
        name="nonprofit_accessible_label_private_use_glyph",
        bug="assumes every non-letter character has a Unicode name; private-use icon glyphs have none",
        buggy=spoken_label_buggy,
        fixed=spoken_label_fixed,
        raises=(ValueError,),
        example=_payload({"name": "\uf004 Valentine's Day Drive"}),
    ),
    ConsumerCase(
        name="nonprofit_chapter_cache_key_lone_surrogate",
        bug="encodes ensure_ascii=False JSON as UTF-8; a lone surrogate (JS-truncated emoji) cannot encode",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"identifier": "ribbon-run-\ud83c"}),
    ),
]
"""The sixteen nonprofit consumers, each with its fixed control and a triggering payload."""
