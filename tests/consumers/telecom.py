"""Sixteen consumers from a telecom operator's messaging hub, each with one plausible bug.

Written from the contract documents alone (``CONTRACT.md``, the SDK seed, ``SERVER-SEMANTICS.md``
and ``providers.json``), without looking at any generator, so that the suite measures how well a
generator finds bugs it was never tuned for. The consumers are what a hub team writes against one
``GET /v1/integrations`` item: least-cost routing rules, throttles, quiet hours, SMPP binds,
sender-id classification, carrier exports, firewall rules, dashboards and provider adapters.

Most bugs sit where a standard-library parser meets a value the contract allows but the author
did not picture: a ``+`` in a SQL ``LIKE`` prefix, ``"NaN"`` as a threshold, a naive ISO timestamp,
``\\d`` matching Arabic-Indic digits, a zero-padded IPv4 address, a superscript digit, a padded
base64 key inside a connection string, an empty DNS label, a Word line break in XML. Each buggy
version works on ``HAPPY_PATH``; each fixed control must never raise on any valid payload.
"""

from __future__ import annotations

import base64
import copy
import csv
import hashlib
import io
import ipaddress
import operator
import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, tzinfo
from decimal import Decimal, InvalidOperation
from email.errors import HeaderParseError
from email.headerregistry import Address
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_NOW = datetime(2025, 5, 8, 20, 30, tzinfo=UTC)
"""The fixed planning instant every time-dependent consumer uses (keeps the suite deterministic)."""


# --------------------------------------------------------------------------- helpers


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    children: list[dict[str, Any]] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced, credentials replaced, or one condition's children."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    if children is not None:
        payload["conditions"] = [
            {"isNegated": False, "type": "STATEMENT", "value": "AND", "children": copy.deepcopy(children)}
        ]
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object (``{}`` if it is missing or not an object)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` when it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _children(payload: Payload) -> Iterator[dict[str, Any]]:
    """Every ``FieldFilterPartDto`` of every condition, in order."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return
    for condition in conditions:
        children = condition.get("children") if isinstance(condition, dict) else None
        if isinstance(children, list):
            yield from (child for child in children if isinstance(child, dict))


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any JSON string (lone surrogates included)."""
    return text.encode("utf-8", "surrogatepass")


def _sms(
    provider_id: str,
    name: str,
    credentials: Mapping[str, Any],
    children: list[dict[str, Any]] | None = None,
) -> Payload:
    """An SMS integration of ``provider_id`` built on ``HAPPY_PATH`` (identifier made as the server does)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    top = {"providerId": provider_id, "channel": "sms", "name": name, "identifier": f"{slug}-q3Lp0Xw"}
    return _payload(top, credentials=credentials, children=children)


def _rule(field: str, value: str, operator_: str, on: str = "payload") -> dict[str, Any]:
    """One condition child."""
    return {"field": field, "value": value, "operator": operator_, "on": on}


# --------------------------------------------------------------------------- 1. LCR prefix rules

_TEST_DESTINATION = "+447700900123"


def _like_regex_buggy(pattern: str) -> re.Pattern[str]:
    return re.compile(re.sub("%+", "%", pattern).replace("%", ".*").replace("_", "."))


def _like_regex_fixed(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    for char in re.sub("%+", "%", pattern):
        parts.append(".*" if char == "%" else "." if char == "_" else re.escape(char))
    return re.compile("".join(parts), re.DOTALL)


def _lcr_allows(payload: Payload, like: Callable[[str], re.Pattern[str]]) -> bool:
    """Whether the integration's ``LIKE``/``NOT_LIKE`` prefix rules let the test destination through."""
    for child in _children(payload):
        kind, value = child.get("operator"), child.get("value")
        if kind not in ("LIKE", "NOT_LIKE") or not isinstance(value, str):
            continue
        if (like(value).fullmatch(_TEST_DESTINATION) is not None) != (kind == "LIKE"):
            return False
    return True


def _lcr_buggy(payload: Payload) -> bool:
    return _lcr_allows(payload, _like_regex_buggy)


def _lcr_fixed(payload: Payload) -> bool:
    return _lcr_allows(payload, _like_regex_fixed)


# --------------------------------------------------------------------------- 2. segment throttle

_SAMPLE_SEGMENTS = Decimal(3)
_COMPARE: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}


def _throttle(payload: Payload, *, skip_nan: bool) -> bool:
    """Whether a three-segment SMS passes the numeric conditions (``payload.segments SMALLER 5``)."""
    for child in _children(payload):
        compare, value = _COMPARE.get(str(child.get("operator"))), child.get("value")
        if compare is None or not isinstance(value, str):
            continue
        try:
            threshold = Decimal(value)
        except (InvalidOperation, ValueError):
            continue  # not a number, so not a segment threshold
        if skip_nan and threshold.is_nan():
            continue
        if not compare(_SAMPLE_SEGMENTS, threshold):
            return False
    return True


def _throttle_buggy(payload: Payload) -> bool:
    return _throttle(payload, skip_nan=False)


def _throttle_fixed(payload: Payload) -> bool:
    return _throttle(payload, skip_nan=True)


# --------------------------------------------------------------------------- 3. quiet hours

_TZ_FIELDS = frozenset({"timezone", "tz", "time_zone"})
_TZ_KEY = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+){0,3}")


def _tz_values(payload: Payload) -> Iterator[str]:
    for child in _children(payload):
        field, value = child.get("field"), child.get("value")
        if not isinstance(field, str) or not isinstance(value, str):
            continue
        if child.get("operator") in ("EQUAL", "IN") and field.rsplit(".", 1)[-1].lower() in _TZ_FIELDS:
            yield value


def _is_quiet(zone: tzinfo) -> bool:
    hour = _NOW.astimezone(zone).hour
    return hour >= 21 or hour < 8


def _quiet_hours_buggy(payload: Payload) -> list[str]:
    """The targeted subscriber time zones that are inside 21:00-08:00 at the planning instant."""
    quiet: list[str] = []
    for key in _tz_values(payload):
        zone: tzinfo
        try:
            zone = ZoneInfo(key)
        except ZoneInfoNotFoundError:
            zone = UTC
        if _is_quiet(zone):
            quiet.append(key)
    return quiet


def _quiet_hours_fixed(payload: Payload) -> list[str]:
    quiet: list[str] = []
    for key in _tz_values(payload):
        zone: tzinfo = UTC
        if len(key) <= 64 and _TZ_KEY.fullmatch(key):
            try:
                zone = ZoneInfo(key)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                zone = UTC
        if _is_quiet(zone):
            quiet.append(key)
    return quiet


# --------------------------------------------------------------------------- 4. decommission age


def _decommission_days_buggy(payload: Payload) -> int | None:
    """Days since a soft-deleted route was decommissioned, for the operations dashboard."""
    deleted_at = _text(payload, "deletedAt")
    if payload.get("deleted") is not True or deleted_at is None:
        return None
    try:
        when = datetime.fromisoformat(deleted_at)
    except ValueError:
        return None
    return (_NOW - when).days


def _decommission_days_fixed(payload: Payload) -> int | None:
    deleted_at = _text(payload, "deletedAt")
    if payload.get("deleted") is not True or deleted_at is None:
        return None
    try:
        when = datetime.fromisoformat(deleted_at)
    except ValueError:
        return None
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=UTC)
    try:
        return (_NOW - when).days
    except OverflowError:
        return None


# --------------------------------------------------------------------------- 5. ObjectId creation time

_OID_BUGGY = re.compile(r"[\da-f]{24}")
_OID_FIXED = re.compile(r"[0-9a-fA-F]{24}")


def _oid_created(payload: Payload, pattern: re.Pattern[str]) -> str | None:
    """The creation time encoded in the first four bytes of a MongoDB ObjectId ``_id``."""
    oid = _text(payload, "_id")
    if oid is None or not pattern.fullmatch(oid):
        return None
    seconds = int.from_bytes(bytes.fromhex(oid)[:4], "big")
    return datetime.fromtimestamp(seconds, tz=UTC).isoformat()


def _oid_created_buggy(payload: Payload) -> str | None:
    return _oid_created(payload, _OID_BUGGY)


def _oid_created_fixed(payload: Payload) -> str | None:
    return _oid_created(payload, _OID_FIXED)


# --------------------------------------------------------------------------- 6. SMSC firewall rule

_DOTTED = re.compile(r"[0-9.]+")


def _firewall_rule_buggy(payload: Payload) -> str | None:
    """An egress rule for the SMSC/SMTP host: by address when it is an IP, by DNS name otherwise."""
    host = _text(_creds(payload), "host")
    if not host:
        return None
    if _DOTTED.fullmatch(host):
        address = ipaddress.ip_address(host)
        return f"allow ip {address} {'private' if address.is_private else 'public'}"
    return f"allow dns {host.strip().lower()}"


def _firewall_rule_fixed(payload: Payload) -> str | None:
    host = _text(_creds(payload), "host")
    if not host:
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"allow dns {host.strip().lower()}"
    return f"allow ip {address} {'private' if address.is_private else 'public'}"


# --------------------------------------------------------------------------- 7. SMPP bind PDU


def _c_octet(value: str, max_octets: int) -> bytes:
    """An SMPP C-Octet String: the bytes plus NUL, at most ``max_octets`` including the NUL."""
    raw = _utf8(value)
    if len(raw) >= max_octets:
        raise ValueError(f"{value!r} does not fit an SMPP field of {max_octets} octets")
    return raw + b"\x00"


def _smpp_bind_buggy(payload: Payload) -> bytes | None:
    """A ``bind_transmitter`` PDU for an SMS integration that logs in with user/password."""
    credentials = _creds(payload)
    system_id, password = _text(credentials, "user"), _text(credentials, "password") or ""
    if payload.get("channel") != "sms" or system_id is None:
        return None
    if len(system_id) > 15 or len(password) > 8:
        return None  # over-long logins are rejected upstream
    body = _c_octet(system_id, 16) + _c_octet(password, 9) + _c_octet("HUB", 13) + b"\x34\x00\x00\x00"
    return struct.pack(">IIII", 16 + len(body), 0x00000002, 0, 1) + body


def _smpp_bind_fixed(payload: Payload) -> bytes | None:
    credentials = _creds(payload)
    system_id, password = _text(credentials, "user"), _text(credentials, "password") or ""
    if payload.get("channel") != "sms" or system_id is None:
        return None
    if len(_utf8(system_id)) > 15 or len(_utf8(password)) > 8:
        return None
    body = _c_octet(system_id, 16) + _c_octet(password, 9) + _c_octet("HUB", 13) + b"\x34\x00\x00\x00"
    return struct.pack(">IIII", 16 + len(body), 0x00000002, 0, 1) + body


# --------------------------------------------------------------------------- 8. sender-id kind


def _sender_kind(payload: Payload, is_digits: Callable[[str], bool]) -> tuple[str, str] | None:
    """Classify ``from`` as an E.164 long code, a short code or an alphanumeric sender id."""
    sender = _text(_creds(payload), "from")
    if sender is None:
        return None
    compact = re.sub(r"[ ()\-.]", "", sender)
    if compact.startswith("+") and 1 < len(compact) <= 16 and is_digits(compact[1:]):
        return "long", f"+{int(compact[1:])}"
    if 3 <= len(compact) <= 8 and is_digits(compact):
        return "short", str(int(compact))
    return "alpha", sender


def _sender_kind_buggy(payload: Payload) -> tuple[str, str] | None:
    return _sender_kind(payload, str.isdigit)


def _sender_kind_fixed(payload: Payload) -> tuple[str, str] | None:
    return _sender_kind(payload, lambda text: text.isascii() and text.isdigit())


# --------------------------------------------------------------------------- 9. HTTP Basic auth

_BASIC_AUTH: dict[str, tuple[str, str]] = {
    "twilio": ("accountSid", "token"),
    "plivo": ("accountSid", "token"),
    "bandwidth": ("user", "password"),
    "forty-six-elks": ("user", "password"),
    "clicksend": ("user", "apiKey"),
    "sms-central": ("user", "password"),
}


def _basic_auth(payload: Payload, encoding: str, errors: str) -> dict[str, str] | None:
    """The ``Authorization`` header for SMS gateways that use HTTP Basic authentication."""
    keys = _BASIC_AUTH.get(str(payload.get("providerId")))
    if keys is None:
        return None
    user, secret = (_text(_creds(payload), key) for key in keys)
    if user is None or secret is None:
        return None
    token = base64.b64encode(f"{user}:{secret}".encode(encoding, errors)).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def _basic_auth_buggy(payload: Payload) -> dict[str, str] | None:
    return _basic_auth(payload, "latin-1", "strict")


def _basic_auth_fixed(payload: Payload) -> dict[str, str] | None:
    return _basic_auth(payload, "utf-8", "surrogatepass")


# --------------------------------------------------------------------------- 10. Azure connection string


def _azure_settings_buggy(raw: str) -> dict[str, str]:
    settings: dict[str, str] = {}
    for part in raw.split(";"):
        if part.strip():
            name, value = part.split("=")
            settings[name.strip().lower()] = value.strip()
    return settings


def _azure_settings_fixed(raw: str) -> dict[str, str]:
    settings: dict[str, str] = {}
    for part in raw.split(";"):
        name, _, value = part.partition("=")
        if name.strip():
            settings[name.strip().lower()] = value.strip()
    return settings


def _azure_target(payload: Payload, parse: Callable[[str], dict[str, str]]) -> tuple[str, str] | None:
    """Endpoint and key fingerprint of an ``azure-sms`` connection string, for the ops dashboard."""
    raw = _text(_creds(payload), "accessKey")
    if payload.get("providerId") != "azure-sms" or raw is None or ";" not in raw:
        return None  # a bare key, not a connection string
    settings = parse(raw)
    key = _utf8(settings.get("accesskey", ""))
    return settings.get("endpoint", ""), hashlib.sha256(key).hexdigest()[:12]


def _azure_target_buggy(payload: Payload) -> tuple[str, str] | None:
    return _azure_target(payload, _azure_settings_buggy)


def _azure_target_fixed(payload: Payload) -> tuple[str, str] | None:
    return _azure_target(payload, _azure_settings_fixed)


# --------------------------------------------------------------------------- 11. Infobip base URL


def _infobip_url(payload: Payload, *, guard_idna: bool) -> str | None:
    """The ASCII send URL of an ``infobip-sms`` account's personal base URL (scheme optional)."""
    base = _text(_creds(payload), "baseUrl")
    if payload.get("providerId") != "infobip-sms" or base is None or not base.strip():
        return None
    if "://" not in base:
        base = "https://" + base.strip()
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if not parts.hostname:
        return None
    try:
        ascii_host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        if guard_idna:
            return None
        raise
    return f"{parts.scheme}://{ascii_host}/sms/2/text/advanced"


def _infobip_url_buggy(payload: Payload) -> str | None:
    return _infobip_url(payload, guard_idna=False)


def _infobip_url_fixed(payload: Payload) -> str | None:
    return _infobip_url(payload, guard_idna=True)


# --------------------------------------------------------------------------- 12. Kannel route entry


def _kannel_entry_buggy(payload: Payload) -> bytes | None:
    """A packed route-cache entry (port, host) for a ``kannel`` SMS box."""
    credentials = _creds(payload)
    host, port = _text(credentials, "host"), _text(credentials, "port")
    if payload.get("providerId") != "kannel" or host is None or port is None:
        return None
    if not re.fullmatch(r"[0-9]{1,5}", port):
        return None
    return struct.pack("!H", int(port)) + _utf8(host)[:64]


def _kannel_entry_fixed(payload: Payload) -> bytes | None:
    credentials = _creds(payload)
    host, port = _text(credentials, "host"), _text(credentials, "port")
    if payload.get("providerId") != "kannel" or host is None or port is None:
        return None
    if not re.fullmatch(r"[0-9]{1,5}", port) or not 0 < int(port) <= 0xFFFF:
        return None
    return struct.pack("!H", int(port)) + _utf8(host)[:64]


# --------------------------------------------------------------------------- 13. carrier export row


def _export_row(payload: Payload, escapechar: str | None) -> str:
    """One pipe-delimited, unquoted row of the nightly export for a carrier's legacy ingest."""
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter="|", quoting=csv.QUOTE_NONE, escapechar=escapechar, lineterminator="\n"
    )
    active = "Y" if payload.get("active") is True else "N"
    writer.writerow(
        [str(payload.get(key, "")) for key in ("identifier", "name", "providerId", "channel")] + [active]
    )
    return buffer.getvalue()


def _export_row_buggy(payload: Payload) -> str:
    return _export_row(payload, None)


def _export_row_fixed(payload: Payload) -> str:
    return _export_row(payload, "\\")


# --------------------------------------------------------------------------- 14. SMS failover plan


def _failover_buggy(payload: Payload) -> tuple[str, str] | None:
    """The role of an active SMS integration in the failover plan: default, conditional or fallback."""
    if payload.get("channel") != "sms" or payload.get("active") is not True:
        return None
    conditions = payload.get("conditions") or []
    if payload.get("primary") is True:
        if conditions:
            raise ValueError("the primary SMS route must be unconditional")
        return "default", str(payload.get("identifier"))
    return ("conditional" if conditions else "fallback"), str(payload.get("identifier"))


def _failover_fixed(payload: Payload) -> tuple[str, str] | None:
    if payload.get("channel") != "sms" or payload.get("active") is not True:
        return None
    conditions = payload.get("conditions") or []
    if payload.get("primary") is True:
        return ("conditional-default" if conditions else "default"), str(payload.get("identifier"))
    return ("conditional" if conditions else "fallback"), str(payload.get("identifier"))


# --------------------------------------------------------------------------- 15. sender registration XML

_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _registration_xml(payload: Payload, clean: Callable[[str], str]) -> str:
    """The sender-id registration document for the carrier portal, checked by parsing it back."""

    def field(text: str) -> str:
        return clean(_SURROGATE.sub("\ufffd", text))  # the hub's JSON layer already replaces lone surrogates

    root = ET.Element("SenderRegistration", {"integration": field(str(payload.get("identifier", "")))})
    ET.SubElement(root, "Brand").text = field(str(payload.get("name", "")))
    ET.SubElement(root, "SenderId").text = field(_text(_creds(payload), "from") or "")
    document = ET.tostring(root, encoding="unicode")
    ET.fromstring(document)  # the portal rejects documents that are not well-formed
    return document


def _registration_xml_buggy(payload: Payload) -> str:
    return _registration_xml(payload, lambda text: text)


def _registration_xml_fixed(payload: Payload) -> str:
    return _registration_xml(payload, lambda text: _XML_ILLEGAL.sub("", text))


# --------------------------------------------------------------------------- 16. email-to-SMS From header

_LOOKS_LIKE_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")


def _display_name(payload: Payload) -> str:
    return " ".join((_text(_creds(payload), "senderName") or str(payload.get("name", ""))).split())


def _from_header_buggy(payload: Payload) -> str | None:
    """The ``From`` header the hub uses when it relays SMS through a carrier's email gateway."""
    sender = _text(_creds(payload), "from")
    if payload.get("channel") != "email" or sender is None or not _LOOKS_LIKE_EMAIL.fullmatch(sender):
        return None
    return str(Address(display_name=_display_name(payload), addr_spec=sender))


def _from_header_fixed(payload: Payload) -> str | None:
    sender = _text(_creds(payload), "from")
    if payload.get("channel") != "email" or sender is None or not _LOOKS_LIKE_EMAIL.fullmatch(sender):
        return None
    username, _, domain = sender.rpartition("@")
    return str(Address(display_name=_display_name(payload), username=username, domain=domain))


# --------------------------------------------------------------------------- the suite

TELECOM_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="telecom_lcr_like_prefix_regex",
        bug="turns a LIKE rule into a regex unescaped, so the E.164 prefix '+44%' is 'nothing to repeat'",
        buggy=_lcr_buggy,
        fixed=_lcr_fixed,
        raises=(re.error,),
        example=_payload(children=[_rule("payload.to", "+44%", "LIKE")]),
    ),
    ConsumerCase(
        name="telecom_segment_throttle_decimal_nan",
        bug="skips non-numbers via Decimal() but then orders 'NaN', which Decimal accepts and cannot compare",
        buggy=_throttle_buggy,
        fixed=_throttle_fixed,
        raises=(InvalidOperation,),
        example=_payload(children=[_rule("payload.segments", "NaN", "SMALLER")]),
    ),
    ConsumerCase(
        name="telecom_quiet_hours_zoneinfo_key",
        bug="catches ZoneInfoNotFoundError only, but a path-like zone key is a ValueError",
        buggy=_quiet_hours_buggy,
        fixed=_quiet_hours_fixed,
        raises=(ValueError,),
        example=_payload(
            children=[_rule("subscriber.timezone", "/usr/share/zoneinfo/Africa/Lagos", "EQUAL", "subscriber")]
        ),
    ),
    ConsumerCase(
        name="telecom_decommission_age_naive_timestamp",
        bug="assumes deletedAt carries an offset; a naive ISO timestamp cannot be subtracted from aware now",
        buggy=_decommission_days_buggy,
        fixed=_decommission_days_fixed,
        raises=(TypeError,),
        example=_payload(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-04-30T18:22:05"}
        ),
    ),
    ConsumerCase(
        name="telecom_dashboard_objectid_unicode_digits",
        bug="checks _id with [\\da-f]{24}; \\d also matches Arabic-Indic digits, which bytes.fromhex rejects",
        buggy=_oid_created_buggy,
        fixed=_oid_created_fixed,
        raises=(ValueError,),
        example=_payload({"_id": "\u0666\u0666\u0661\u0665a3c2f1e2d3c4b5a69788"}),
    ),
    ConsumerCase(
        name="telecom_smsc_firewall_zero_padded_ip",
        bug="treats any digits-and-dots host as an IP; ipaddress rejects zero-padded octets (010.020.0.15)",
        buggy=_firewall_rule_buggy,
        fixed=_firewall_rule_fixed,
        raises=(ValueError,),
        example=_sms("kannel", "Kannel SMS", {"host": "010.020.000.015", "port": "13013", "from": "ACME"}),
    ),
    ConsumerCase(
        name="telecom_smpp_bind_system_id_bytes",
        bug="limits system_id to 15 characters, but SMPP limits it to 15 octets (UTF-8 'é' takes two)",
        buggy=_smpp_bind_buggy,
        fixed=_smpp_bind_fixed,
        raises=(ValueError,),
        example=_sms(
            "kannel",
            "Kannel SMS",
            {"host": "smsc.example.net", "port": "2775", "user": "opérateur-télé", "from": "ACME"},
        ),
    ),
    ConsumerCase(
        name="telecom_sender_kind_superscript_digit",
        bug="uses str.isdigit() before int(); superscript/circled digits are isdigit() but not int()-able",
        buggy=_sender_kind_buggy,
        fixed=_sender_kind_fixed,
        raises=(ValueError,),
        example=_sms(
            "twilio",
            "Twilio",
            {"accountSid": "AC0123456789abcdef", "token": "tok-0001", "from": "+44 7700 900123\u00b2"},
        ),
    ),
    ConsumerCase(
        name="telecom_basic_auth_latin1_credentials",
        bug="encodes Basic auth credentials as latin-1 (as requests does), so a Cyrillic password fails",
        buggy=_basic_auth_buggy,
        fixed=_basic_auth_fixed,
        raises=(UnicodeEncodeError,),
        example=_sms(
            "bandwidth",
            "Bandwidth",
            {
                "user": "hub-ops",
                "password": "\u041f\u0430\u0440\u043e\u043b\u044c-2024",
                "accountSid": "9900123",
                "from": "+15555550100",
            },
        ),
    ),
    ConsumerCase(
        name="telecom_azure_connection_string_padding",
        bug="splits each 'name=value' segment on every '=', so accesskey's base64 padding breaks unpacking",
        buggy=_azure_target_buggy,
        fixed=_azure_target_fixed,
        raises=(ValueError,),
        example=_sms(
            "azure-sms",
            "Azure Sms",
            {
                "accessKey": (
                    "endpoint=https://hub-sms.communication.azure.com/;accesskey=ZmFrZS1hY3Mta2V5LTAwMDAwMQ=="
                ),
                "from": "+15555550101",
            },
        ),
    ),
    ConsumerCase(
        name="telecom_infobip_base_url_empty_label",
        bug="IDNA-encodes the base URL's host unguarded; an empty label ('y3k9m..api') is a UnicodeError",
        buggy=_infobip_url_buggy,
        fixed=_infobip_url_fixed,
        raises=(UnicodeError,),
        example=_sms(
            "infobip-sms",
            "Infobip",
            {"apiKey": "fake-api-key-0002", "baseUrl": "y3k9m..api.infobip.com", "from": "ACME"},
        ),
    ),
    ConsumerCase(
        name="telecom_kannel_port_out_of_range",
        bug="accepts any 1-5 digit port string and packs it as an unsigned short, which stops at 65535",
        buggy=_kannel_entry_buggy,
        fixed=_kannel_entry_fixed,
        raises=(struct.error,),
        example=_sms("kannel", "Kannel SMS", {"host": "smsbox.internal", "port": "80013", "from": "ACME"}),
    ),
    ConsumerCase(
        name="telecom_carrier_export_pipe_in_name",
        bug="writes unquoted pipe-delimited rows without an escapechar, so a '|' in the name is a csv.Error",
        buggy=_export_row_buggy,
        fixed=_export_row_fixed,
        raises=(csv.Error,),
        example=_payload({"name": "Twilio | Backup route"}),
    ),
    ConsumerCase(
        name="telecom_failover_conditional_primary",
        bug="assumes a primary SMS route has no conditions (set-primary clears them; the contract allows it)",
        buggy=_failover_buggy,
        fixed=_failover_fixed,
        raises=(ValueError,),
        example=_sms(
            "twilio",
            "Twilio",
            {"accountSid": "AC0123456789abcdef", "token": "tok-0001", "from": "+15555550102"},
            children=[_rule("subscriber.locale", "en_GB", "EQUAL", "subscriber")],
        ),
    ),
    ConsumerCase(
        name="telecom_sender_registration_xml_control_char",
        bug="puts the name into XML as is, but a Word line break (U+000B) is not an XML 1.0 character",
        buggy=_registration_xml_buggy,
        fixed=_registration_xml_fixed,
        raises=(ET.ParseError,),
        example=_payload({"name": "Acme Telecom\x0bNight Desk"}),
    ),
    ConsumerCase(
        name="telecom_email_gateway_from_header",
        bug="parses any user@host 'from' with Address(addr_spec=...), which rejects a non-ASCII local part",
        buggy=_from_header_buggy,
        fixed=_from_header_fixed,
        raises=(ValueError, HeaderParseError, IndexError, AttributeError),
        example=_payload(
            {"providerId": "ses", "name": "SES", "identifier": "ses-Pz5n2Kd"},
            credentials={
                "apiKey": "fake-api-key-0003",
                "secretKey": "fake-secret-0003",
                "region": "eu-west-1",
                "from": "jos\u00e9.garc\u00eda@operadora.es",
                "senderName": "Operadora SMS",
            },
        ),
    ),
]
