"""Sixteen property-management consumers of ``GET /v1/integrations`` items, each with one bug.

Written from the contract documents alone (the seed, ``CONTRACT.md``, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at any generator. The consumers are what a real-estate
platform's teams write against one integration payload: showing-reminder e-mail alignment, SMTP
and SMS gateway configuration for agency offices, maintenance-vendor webhooks, MLS-style exports,
per-agency tenant caches, tenant segments and rent bands read from ``conditions``, push keys of
the tenant app, and the admin console.

Most bugs sit where a standard-library parser or codec meets a string the contract allows but the
author never pictured: IDNA label lengths, ``str.isdigit`` on superscripts, zero-padded IPv4
octets, out-of-range URL ports, naive ISO timestamps, pipe delimiters under ``QUOTE_NONE``, ``$``
before a trailing newline, XML 1.0 non-characters, Decimal ``NaN``, hand-typed JSON lists, calling
codes of three digits, multi-line PEM bodies, the wrong Firebase JSON, shell quotes in a sender
name, lone surrogates, and byte versus character lengths. Each fixed control honours the contract
and must not raise on any valid payload.
"""

from __future__ import annotations

import base64
import binascii
import copy
import csv
import hashlib
import io
import ipaddress
import json
import re
import shlex
import struct
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from email.utils import parseaddr
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------- helpers


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced (``changes``), credentials replaced, keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _cred(payload: Payload, key: str) -> str | None:
    """A string credential, or ``None`` when the key is absent."""
    credentials = payload.get("credentials")
    if not isinstance(credentials, dict):
        return None
    value = credentials.get(key)
    return value if isinstance(value, str) else None


def _text(payload: Payload, key: str) -> str:
    """A top-level string field, ``""`` when absent."""
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The ``conditions`` list, empty when the key is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The ``children`` of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict)]


def _utf8(value: str) -> bytes:
    """UTF-8 bytes for the office kiosk; unencodable code points (lone surrogates) become ``?``."""
    return value.encode("utf-8", "replace")


# --------------------------------------------------------------------------- 1. sender domain

_VERIFIED_AGENCY_DOMAINS = frozenset({"example.com", "harbourlettings.co.uk", "xn--mller-immobilien-vwb.de"})


def _sender_domain(payload: Payload, *, tolerant: bool) -> dict[str, object] | None:
    if payload.get("channel") != "email":
        return None
    sender = _cred(payload, "from")
    if not sender:
        return None
    _, address = parseaddr(sender)
    if "@" not in address:
        return None
    domain = address.rpartition("@")[2].rstrip(".").lower()
    if not tolerant:
        ascii_domain = domain.encode("idna").decode("ascii")
    else:
        try:
            ascii_domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return {"domain": domain, "aligned": False}
    return {"domain": ascii_domain, "aligned": ascii_domain in _VERIFIED_AGENCY_DOMAINS}


def showing_sender_domain_buggy(payload: Payload) -> dict[str, object] | None:
    """DMARC alignment of showing-reminder mail: the sender domain in IDNA form."""
    return _sender_domain(payload, tolerant=False)


def showing_sender_domain_fixed(payload: Payload) -> dict[str, object] | None:
    """Same, but a domain the IDNA codec rejects is reported as not aligned."""
    return _sender_domain(payload, tolerant=True)


# --------------------------------------------------------------------------- 2. relay port

_DEFAULT_RELAY_PORTS = {"email": 587, "sms": 13013}


def _relay_endpoint(payload: Payload, *, ascii_only: bool) -> str | None:
    host = _cred(payload, "host")
    if host is None:
        return None
    default = _DEFAULT_RELAY_PORTS.get(_text(payload, "channel"), 587)
    raw = (_cred(payload, "port") or "").strip()
    looks_numeric = raw.isdigit() if not ascii_only else raw.isascii() and raw.isdigit() and len(raw) <= 5
    port = int(raw) if looks_numeric else default
    if not 0 < port < 65536:
        port = default
    return f"{host.strip()}:{port}"


def relay_port_buggy(payload: Payload) -> str | None:
    """``host:port`` line of the office SMTP/SMPP relay config (nodemailer, kannel)."""
    return _relay_endpoint(payload, ascii_only=False)


def relay_port_fixed(payload: Payload) -> str | None:
    """Same, but only short ASCII digit strings are converted with ``int``."""
    return _relay_endpoint(payload, ascii_only=True)


# --------------------------------------------------------------------------- 3. firewall rule

_DOTTED_DIGITS = re.compile(r"[0-9.]+")


def _firewall_rule(payload: Payload, *, tolerant: bool) -> dict[str, str] | None:
    host = (_cred(payload, "host") or "").strip()
    if not host:
        return None
    if _DOTTED_DIGITS.fullmatch(host):
        if not tolerant:
            address = ipaddress.ip_address(host)
            return {"allow": str(address), "zone": "lan" if address.is_private else "wan"}
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return {"allow": host, "zone": "dns"}
        return {"allow": str(address), "zone": "lan" if address.is_private else "wan"}
    return {"allow": host.lower(), "zone": "dns"}


def office_firewall_rule_buggy(payload: Payload) -> dict[str, str] | None:
    """Outbound firewall rule for an agency office's mail relay: IP literals get a LAN/WAN zone."""
    return _firewall_rule(payload, tolerant=False)


def office_firewall_rule_fixed(payload: Payload) -> dict[str, str] | None:
    """Same, but a dotted-digit host ``ipaddress`` rejects is treated as a DNS name."""
    return _firewall_rule(payload, tolerant=True)


# --------------------------------------------------------------------------- 4. webhook egress


def _egress_target(url: str) -> tuple[str, str, int] | None:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return (parts.scheme, parts.hostname, port)


def vendor_webhook_egress_buggy(payload: Payload) -> tuple[str, str, int] | None:
    """Egress allow-list entry (scheme, host, port) for a maintenance vendor's webhook."""
    url = _cred(payload, "webhookUrl")
    if not url:
        return None
    return _egress_target(url)


def vendor_webhook_egress_fixed(payload: Payload) -> tuple[str, str, int] | None:
    """Same, but a URL ``urllib.parse`` rejects (bad port, bad brackets) gets no entry."""
    url = _cred(payload, "webhookUrl")
    if not url:
        return None
    try:
        return _egress_target(url)
    except ValueError:
        return None


# --------------------------------------------------------------------------- 5. deletion audit


def _deletion_audit(payload: Payload, *, assume_utc: bool) -> dict[str, object] | None:
    if payload.get("deleted") is not True:
        return None
    deleted_by = _text(payload, "deletedBy") or "system"
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return {"by": deleted_by, "age_days": None}
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        return {"by": deleted_by, "age_days": None}
    if assume_utc and when.utcoffset() is None:
        when = when.replace(tzinfo=UTC)
    try:
        age = datetime.now(UTC) - when
    except OverflowError:
        return {"by": deleted_by, "age_days": None}
    return {"by": deleted_by, "age_days": age.days}


def deletion_audit_buggy(payload: Payload) -> dict[str, object] | None:
    """Audit row for a soft-deleted integration: who deleted it and how many days ago."""
    return _deletion_audit(payload, assume_utc=False)


def deletion_audit_fixed(payload: Payload) -> dict[str, object] | None:
    """Same, but a timestamp without an offset is read as UTC."""
    return _deletion_audit(payload, assume_utc=True)


# --------------------------------------------------------------------------- 6. MLS pipe export


def _one_line(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


def _mls_row(payload: Payload, *, escapechar: str | None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter="|",
        quoting=csv.QUOTE_NONE,
        quotechar=None,
        escapechar=escapechar,
        lineterminator="\n",
    )
    writer.writerow(
        [
            _one_line(_text(payload, "identifier")),
            _one_line(_text(payload, "name")),
            _one_line(_text(payload, "providerId")),
            _text(payload, "channel"),
            "Y" if payload.get("active") is True else "N",
            "Y" if payload.get("primary") is True else "N",
        ]
    )
    return buffer.getvalue()


def mls_pipe_export_buggy(payload: Payload) -> str:
    """One row of the pipe-delimited, unquoted MLS-style vendor feed."""
    return _mls_row(payload, escapechar=None)


def mls_pipe_export_fixed(payload: Payload) -> str:
    """Same, but with an escape character for pipes inside values."""
    return _mls_row(payload, escapechar="\\")


# --------------------------------------------------------------------------- 7. tenant cache key

_OBJECT_ID_ANCHORED = re.compile(r"^[0-9a-f]{24}$")
_OBJECT_ID = re.compile(r"[0-9a-f]{24}")


def _check_cache_key(key: str) -> str:
    """The cache protocol's rule: at most 250 characters, no spaces or control characters."""
    if len(key) > 250 or any(ord(ch) <= 32 or ord(ch) == 127 for ch in key):
        raise ValueError(f"invalid cache key {key!r}")
    return key


def _key_part(value: str, *, strict: bool) -> str:
    matched = _OBJECT_ID.fullmatch(value) if strict else _OBJECT_ID_ANCHORED.match(value)
    if matched:
        return value
    return hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _tenant_cache_key(payload: Payload, *, strict: bool) -> str:
    organization = _key_part(_text(payload, "_organizationId"), strict=strict)
    environment = _key_part(_text(payload, "_environmentId"), strict=strict)
    channel = _text(payload, "channel")
    return _check_cache_key(f"re:agency:{organization}:{environment}:{channel}:integrations")


def tenant_cache_key_buggy(payload: Payload) -> str:
    """Per-agency (organization) cache key: ObjectIds verbatim, anything else hashed."""
    return _tenant_cache_key(payload, strict=False)


def tenant_cache_key_fixed(payload: Payload) -> str:
    """Same, but the ObjectId test uses ``fullmatch``, which a trailing newline cannot pass."""
    return _tenant_cache_key(payload, strict=True)


# --------------------------------------------------------------------------- 8. syndication XML

_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _syndication_xml(payload: Payload, clean: Callable[[str], str]) -> bytes:
    root = ET.Element(
        "NotificationChannel",
        {"Channel": clean(_text(payload, "channel")), "Active": str(payload.get("active") is True).lower()},
    )
    for tag, key in (("Name", "name"), ("Identifier", "identifier"), ("Provider", "providerId")):
        ET.SubElement(root, tag).text = clean(_text(payload, key))
    document: bytes = ET.tostring(root, encoding="utf-8")
    ET.fromstring(document)  # the feed validator's well-formedness check
    return document


def syndication_xml_buggy(payload: Payload) -> bytes:
    """``<NotificationChannel>`` element of the agency's listing-syndication feed."""
    return _syndication_xml(payload, lambda text: _ASCII_CONTROLS.sub("", text))


def syndication_xml_fixed(payload: Payload) -> bytes:
    """Same, but every code point outside XML 1.0's ``Char`` production is removed."""
    return _syndication_xml(payload, lambda text: _NOT_XML_CHAR.sub("", text))


# --------------------------------------------------------------------------- 9. rent band

_LOWER_BOUND_OPS = frozenset({"LARGER", "LARGER_EQUAL"})
_UPPER_BOUND_OPS = frozenset({"SMALLER", "SMALLER_EQUAL"})
_ZERO = Decimal(0)


def _rent_band(payload: Payload, *, finite_only: bool) -> tuple[str | None, str | None]:
    low: Decimal | None = None
    high: Decimal | None = None
    for condition in _conditions(payload):
        if condition.get("type") != "NUMBER" or condition.get("isNegated") is True:
            continue
        for child in _children(condition):
            operator = child.get("operator")
            if operator not in _LOWER_BOUND_OPS and operator not in _UPPER_BOUND_OPS:
                continue
            try:
                amount = Decimal(str(child.get("value", "")))
            except InvalidOperation:
                continue
            if finite_only and not amount.is_finite():
                continue
            amount = max(amount, _ZERO)  # a negative rent threshold means "no lower bound"
            if operator in _LOWER_BOUND_OPS:
                low = amount if low is None else max(low, amount)
            else:
                high = amount if high is None else min(high, amount)
    return (None if low is None else str(low), None if high is None else str(high))


def rent_band_buggy(payload: Payload) -> tuple[str | None, str | None]:
    """Monthly-rent band a showing-reminder integration targets, from NUMBER conditions."""
    return _rent_band(payload, finite_only=False)


def rent_band_fixed(payload: Payload) -> tuple[str | None, str | None]:
    """Same, but non-finite Decimals (``NaN``, ``sNaN``, ``Infinity``) are skipped."""
    return _rent_band(payload, finite_only=True)


# --------------------------------------------------------------------------- 10. tenant segments

_SET_OPS = frozenset({"IN", "ANY_IN", "ALL_IN", "NOT_IN"})


def _split_list(raw: str) -> list[str]:
    return [part.strip() for part in raw.strip("[]").split(",") if part.strip()]


def _segment_items(raw: str, *, tolerant: bool) -> list[str]:
    if not raw.startswith("["):
        return _split_list(raw)
    if not tolerant:
        return [str(item) for item in json.loads(raw)]
    try:
        decoded = json.loads(raw)
    except (ValueError, RecursionError):
        return _split_list(raw)
    if not isinstance(decoded, list):
        return _split_list(raw)
    return [
        str(item) for item in decoded if isinstance(item, (str, int, float)) and not isinstance(item, bool)
    ]


def _tenant_segments(payload: Payload, *, tolerant: bool) -> dict[str, list[str]]:
    include: set[str] = set()
    exclude: set[str] = set()
    for condition in _conditions(payload):
        for child in _children(condition):
            operator = child.get("operator")
            if child.get("on") != "subscriber" or operator not in _SET_OPS:
                continue
            items = _segment_items(str(child.get("value", "")).strip(), tolerant=tolerant)
            (exclude if operator == "NOT_IN" else include).update(items)
    return {"include": sorted(include), "exclude": sorted(exclude)}


def tenant_segments_buggy(payload: Payload) -> dict[str, list[str]]:
    """Tenant segments (lease tiers, buildings) an integration's IN-style conditions select."""
    return _tenant_segments(payload, tolerant=False)


def tenant_segments_fixed(payload: Payload) -> dict[str, list[str]]:
    """Same, but a bracketed value that is not valid JSON falls back to comma splitting."""
    return _tenant_segments(payload, tolerant=True)


# --------------------------------------------------------------------------- 11. SMS market

_MARKETS = {
    "1": "us-ca",
    "7": "ru-kz",
    "27": "za",
    "31": "nl",
    "33": "fr",
    "34": "es",
    "39": "it",
    "44": "uk",
    "49": "de",
    "52": "mx",
    "55": "br",
    "61": "au",
    "64": "nz",
    "65": "sg",
    "81": "jp",
    "91": "in",
}


def _sms_digits(payload: Payload) -> str | None:
    """The digits after ``+`` of an E.164 sender, ``None`` for alphanumeric senders."""
    sender = (_cred(payload, "from") or "").replace(" ", "").replace("-", "")
    return sender[1:] if sender.startswith("+") else None


def sms_market_buggy(payload: Payload) -> str | None:
    """Market (for local quiet hours of tenant texts) from the SMS sender's calling code."""
    if payload.get("channel") != "sms":
        return None
    digits = _sms_digits(payload)
    if digits is None:
        return "alphanumeric"
    code = digits[:1] if digits[:1] in ("1", "7") else digits[:2]
    return _MARKETS[code]


def sms_market_fixed(payload: Payload) -> str | None:
    """Same, but by longest known prefix of one to three digits, else ``international``."""
    if payload.get("channel") != "sms":
        return None
    digits = _sms_digits(payload)
    if digits is None:
        return "alphanumeric"
    for length in (3, 2, 1):
        market = _MARKETS.get(digits[:length])
        if market is not None:
            return market
    return "international"


# --------------------------------------------------------------------------- 12. APNs key

_PEM = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.DOTALL)


def _apns_fingerprint(payload: Payload, *, strip_all: bool) -> str | None:
    if payload.get("providerId") != "apns":
        return None
    match = _PEM.search(_cred(payload, "secretKey") or "")
    if match is None:
        return None
    if not strip_all:
        der = base64.b64decode(match.group(2).strip(), validate=True)
    else:
        try:
            der = base64.b64decode("".join(match.group(2).split()), validate=True)
        except ValueError:
            return None
    return hashlib.sha256(der).hexdigest()[:16]


def apns_key_fingerprint_buggy(payload: Payload) -> str | None:
    """Fingerprint of the tenant app's APNs ``.p8`` key, shown in the admin console."""
    return _apns_fingerprint(payload, strip_all=False)


def apns_key_fingerprint_fixed(payload: Payload) -> str | None:
    """Same, but all whitespace of the PEM body is removed and bad base64 gives no fingerprint."""
    return _apns_fingerprint(payload, strip_all=True)


# --------------------------------------------------------------------------- 13. FCM endpoint


def _fcm_service_account(payload: Payload) -> object:
    raw = _cred(payload, "serviceAccount") if payload.get("providerId") == "fcm" else None
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):
        return None


def fcm_send_endpoint_buggy(payload: Payload) -> str | None:
    """FCM v1 send endpoint of the tenant app, from the service account's ``project_id``."""
    info: Any = _fcm_service_account(payload)
    if info is None:
        return None
    return f"projects/{info['project_id']}/messages:send"


def fcm_send_endpoint_fixed(payload: Payload) -> str | None:
    """Same, but only a JSON object with a string ``project_id`` yields an endpoint."""
    info = _fcm_service_account(payload)
    if not isinstance(info, dict):
        return None
    project = info.get("project_id")
    return f"projects/{project}/messages:send" if isinstance(project, str) else None


# --------------------------------------------------------------------------- 14. sendmail argv


def _sendmail_parts(payload: Payload) -> tuple[str, str] | None:
    if payload.get("channel") != "email":
        return None
    sender = _cred(payload, "senderName") or _text(payload, "name")
    address = _cred(payload, "from") or "no-reply@localhost"
    return sender, address


def sendmail_argv_buggy(payload: Payload) -> list[str] | None:
    """``sendmail`` command of the on-premises lease-notice mailer, built from a template."""
    parts = _sendmail_parts(payload)
    if parts is None:
        return None
    sender, address = parts
    return shlex.split(f"/usr/sbin/sendmail -t -F '{sender}' -f {address}")


def sendmail_argv_fixed(payload: Payload) -> list[str] | None:
    """Same, but the argument vector is built directly, without shell parsing."""
    parts = _sendmail_parts(payload)
    if parts is None:
        return None
    sender, address = parts
    return ["/usr/sbin/sendmail", "-t", "-F", sender, "-f", address]


# --------------------------------------------------------------------------- 15. console ETag


def _card_fields(payload: Payload) -> str:
    fields = [
        _text(payload, "_id"),
        _text(payload, "name"),
        _text(payload, "identifier"),
        _text(payload, "providerId"),
        _text(payload, "channel"),
        str(payload.get("active")),
        str(payload.get("primary")),
    ]
    return "\x1f".join(fields)


def console_card_etag_buggy(payload: Payload) -> str:
    """Weak ETag of an integration card in the agency admin console."""
    digest = hashlib.sha256(_card_fields(payload).encode("utf-8")).hexdigest()
    return f'W/"{digest[:20]}"'


def console_card_etag_fixed(payload: Payload) -> str:
    """Same, but lone surrogates (valid JSON escapes) are hashed with ``surrogatepass``."""
    digest = hashlib.sha256(_card_fields(payload).encode("utf-8", "surrogatepass")).hexdigest()
    return f'W/"{digest[:20]}"'


# --------------------------------------------------------------------------- 16. lobby kiosk frame

_KIOSK_FIELD_MAX = 255


def _utf8_prefix(value: str, limit: int) -> bytes:
    """At most ``limit`` bytes of UTF-8, cut on a character boundary."""
    return _utf8(value)[:limit].decode("utf-8", "ignore").encode("utf-8")


def _kiosk_frame(payload: Payload, encode: Callable[[str], bytes]) -> bytes:
    frame = bytearray(b"RK1")
    for key in ("name", "identifier"):
        data = encode(_text(payload, key))
        frame += struct.pack(">B", len(data)) + data
    return bytes(frame)


def kiosk_frame_buggy(payload: Payload) -> bytes:
    """Length-prefixed frame the lobby kiosks of agency offices show for each channel."""
    return _kiosk_frame(payload, lambda text: _utf8(text[:_KIOSK_FIELD_MAX]))


def kiosk_frame_fixed(payload: Payload) -> bytes:
    """Same, but each field is cut to 255 *bytes*, not 255 characters."""
    return _kiosk_frame(payload, lambda text: _utf8_prefix(text, _KIOSK_FIELD_MAX))


# --------------------------------------------------------------------------- examples

_APNS_PEM = "\n".join(
    [
        "-----BEGIN PRIVATE KEY-----",
        "ZmFrZS1hcG5zLXA4LWtleS1tYXRlcmlhbC1mb3ItdGVzdHMtb25seS1ub3QtYS1y",
        "ZWFsLWtleS1oYXJib3VyLWxldHRpbmdzLXRlbmFudC1hcHAtMDAwMQ==",
        "-----END PRIVATE KEY-----",
    ]
)

_GOOGLE_SERVICES_JSON = json.dumps(
    {
        "project_info": {
            "project_number": "123456789012",
            "project_id": "harbour-lettings-tenant-app",
            "storage_bucket": "harbour-lettings-tenant-app.appspot.com",
        },
        "client": [],
        "configuration_version": "1",
    }
)


def _nodemailer(**credentials: str) -> Payload:
    """An agency office's custom SMTP relay."""
    base = {"from": "lettings@example.com", "senderName": "Harbour Lettings", "host": "smtp.example.com"}
    base.update(credentials)
    return _payload(
        {"name": "Custom SMTP", "identifier": "custom-smtp-Qx81Lp", "providerId": "nodemailer"},
        credentials=base,
    )


def _condition(type_: str, operator: str, value: str, *, field: str, on: str = "subscriber") -> Payload:
    return _payload(
        {
            "conditions": [
                {
                    "isNegated": False,
                    "type": type_,
                    "value": "AND",
                    "children": [{"field": field, "value": value, "operator": operator, "on": on}],
                }
            ]
        }
    )


REALESTATE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="realestate_showing_sender_domain_idna",
        bug="assumes every sender domain survives the IDNA codec (labels over 63 characters, empty labels)",
        buggy=showing_sender_domain_buggy,
        fixed=showing_sender_domain_fixed,
        raises=(UnicodeError,),
        example=_payload(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "showings@greater-springfield-residential-property-management-and-lettings.com",
                "senderName": "Greater Springfield Residential",
            }
        ),
    ),
    ConsumerCase(
        name="realestate_smtp_relay_port_digits",
        bug="assumes str.isdigit() means int() accepts the port (superscript digits are digits)",
        buggy=relay_port_buggy,
        fixed=relay_port_fixed,
        raises=(ValueError,),
        example=_nodemailer(port="²⁵"),
    ),
    ConsumerCase(
        name="realestate_office_firewall_relay_ip",
        bug="assumes every dotted-digit host is an address ipaddress accepts (zero-padded octets)",
        buggy=office_firewall_rule_buggy,
        fixed=office_firewall_rule_fixed,
        raises=(ValueError,),
        example=_nodemailer(host="192.168.010.025", port="25"),
    ),
    ConsumerCase(
        name="realestate_vendor_webhook_egress_port",
        bug="assumes urllib.parse never raises on a stored webhook URL (port out of range)",
        buggy=vendor_webhook_egress_buggy,
        fixed=vendor_webhook_egress_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Email Webhook", "identifier": "email-webhook-3kPz0w", "providerId": "email-webhook"},
            credentials={
                "webhookUrl": "https://hooks.fixit-vendor.example:84443/novu",
                "secretKey": "fake-webhook-secret",
                "from": "maintenance@example.com",
                "senderName": "Maintenance Desk",
            },
        ),
    ),
    ConsumerCase(
        name="realestate_deleted_integration_audit_age",
        bug="assumes deletedAt always carries a UTC offset, so it can be subtracted from an aware now()",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(TypeError,),
        example=_payload(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-03-14T09:30:00"}
        ),
    ),
    ConsumerCase(
        name="realestate_mls_pipe_delimited_export",
        bug="assumes names never contain the feed's '|' delimiter (csv QUOTE_NONE without escapechar)",
        buggy=mls_pipe_export_buggy,
        fixed=mls_pipe_export_fixed,
        raises=(csv.Error,),
        example=_payload({"name": "SendGrid | Leasing Office"}),
    ),
    ConsumerCase(
        name="realestate_agency_tenant_cache_key",
        bug="assumes re.match('^…$') rejects a trailing newline, so a raw id is safe in a cache key",
        buggy=tenant_cache_key_buggy,
        fixed=tenant_cache_key_fixed,
        raises=(ValueError,),
        example=_payload({"_organizationId": "6615a3c2f1e2d3c4b5a69702\n"}),
    ),
    ConsumerCase(
        name="realestate_syndication_feed_xml",
        bug="assumes removing ASCII control characters makes a string XML-safe (U+FFFF, lone surrogates)",
        buggy=syndication_xml_buggy,
        fixed=syndication_xml_fixed,
        raises=(ET.ParseError, UnicodeEncodeError),
        example=_payload({"name": "Harbour Lettings \uffff"}),
    ),
    ConsumerCase(
        name="realestate_rent_band_from_conditions",
        bug="assumes every string Decimal() accepts is an ordered number (Decimal('NaN') cannot be compared)",
        buggy=rent_band_buggy,
        fixed=rent_band_fixed,
        raises=(InvalidOperation,),
        example=_condition("NUMBER", "LARGER_EQUAL", "NaN", field="payload.monthlyRent", on="payload"),
    ),
    ConsumerCase(
        name="realestate_tenant_segments_from_in_lists",
        bug="assumes a value starting with '[' is valid JSON (hand-typed '[gold, platinum]' is not)",
        buggy=tenant_segments_buggy,
        fixed=tenant_segments_fixed,
        raises=(ValueError, RecursionError),
        example=_condition("LIST", "IN", "[gold, platinum]", field="subscriber.data.leaseTier"),
    ),
    ConsumerCase(
        name="realestate_sms_sender_market_routing",
        bug="assumes calling codes other than +1/+7 have two digits (+353, +971 have three)",
        buggy=sms_market_buggy,
        fixed=sms_market_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-Rk2mQ9", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "ACfake0001", "token": "fake-token-0001", "from": "+353 1 555 0142"},
        ),
    ),
    ConsumerCase(
        name="realestate_apns_key_fingerprint",
        bug="assumes the APNs .p8 PEM body is one line of strict base64 (real keys wrap at 64 columns)",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(binascii.Error, ValueError),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "apns-Tn4Wc1",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": _APNS_PEM,
                "apiKey": "FAKEKEYID1",
                "projectName": "com.harbourlettings.tenant",
                "applicationId": "FAKETEAM01",
            },
        ),
    ),
    ConsumerCase(
        name="realestate_fcm_send_endpoint",
        bug="assumes a serviceAccount that parses as JSON has a top-level project_id (google-services.json)",
        buggy=fcm_send_endpoint_buggy,
        fixed=fcm_send_endpoint_fixed,
        raises=(KeyError, TypeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Lm7Vb2",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": _GOOGLE_SERVICES_JSON},
        ),
    ),
    ConsumerCase(
        name="realestate_sendmail_argv_for_lease_notices",
        bug="assumes sender names hold no shell quote characters when shlex-splitting a command template",
        buggy=sendmail_argv_buggy,
        fixed=sendmail_argv_fixed,
        raises=(ValueError,),
        example=_nodemailer(senderName="O'Sullivan Lettings & Property Management", port="587"),
    ),
    ConsumerCase(
        name="realestate_admin_console_card_etag",
        bug="assumes every JSON string encodes to UTF-8 (a name cut mid-emoji leaves a lone surrogate)",
        buggy=console_card_etag_buggy,
        fixed=console_card_etag_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "Harbour Lettings \ud83c"}),
    ),
    ConsumerCase(
        name="realestate_lobby_kiosk_frame",
        bug="assumes 255 characters fit a one-byte length prefix (non-ASCII names take more bytes)",
        buggy=kiosk_frame_buggy,
        fixed=kiosk_frame_fixed,
        raises=(struct.error,),
        example=_payload({"name": "東京都港区六本木ヒルズ賃貸管理センター・入居者連絡窓口" * 4}),
    ),
]
"""The real-estate suite: sixteen consumers, one bug each."""
