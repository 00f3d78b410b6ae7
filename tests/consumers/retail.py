"""Sixteen retail-chain consumers of ``GET /v1/integrations`` items, each with one plausible bug.

Written from the contract documents alone (``seed-IntegrationResponseDto.md``, ``CONTRACT.md``,
``SERVER-SEMANTICS.md``, ``providers.json``), without looking at any generator. The consumers are
what a retail chain's platform team writes around its Novu integrations: store-level SMS and push
campaigns, loyalty e-mails, point-of-sale webhooks, regional compliance, per-store tenants and the
nightly warehouse load. Most bugs sit where a standard-library parser meets a contract-valid string
the authors did not expect (``email``, the ``idna`` codec, ``urllib.parse``, ``ipaddress``,
``json``, ``base64``, ``decimal``, ``zoneinfo``, ``datetime``, ``re``, ``shlex``, ``ssl``), rather
than on the usual empty, absent or very long values.

Each buggy consumer works on ``HAPPY_PATH``; each fixed control tolerates every payload the
contract allows (absent optional keys, unknown extra keys, any string in any string field).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import ipaddress
import json
import re
import shlex
import ssl
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import parseaddr
from operator import ge, gt, le, lt
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------
# Small helpers shared by the buggy and the fixed versions (they are not where the bugs are).


def _variant(
    changes: Mapping[str, Any] | None = None, *, credentials: Mapping[str, Any] | None = None
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced and, if given, ``credentials`` replaced whole."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


def _creds(payload: Payload) -> Mapping[str, Any]:
    """The credentials object, or an empty mapping."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` when it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _children(payload: Payload) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """Every (condition, child) pair of the integration's conditions."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        for child in children:
            if isinstance(child, dict):
                yield condition, child


# --------------------------------------------------------------------------------------------
# 1. Loyalty e-mails: DKIM signing domain of the sender address.


def _sender_domain(payload: Payload) -> str | None:
    sender = _text(_creds(payload), "from")
    if payload.get("channel") != "email" or not sender:
        return None
    try:
        _, address = parseaddr(sender)
    except RecursionError:  # parseaddr recurses into nested comments: "((((..."
        return None
    if "@" not in address:
        return None
    return address.rpartition("@")[2].lower()


def loyalty_dkim_domain_buggy(payload: Payload) -> str | None:
    """ASCII (punycode) domain the loyalty mailer signs with DKIM for this e-mail integration."""
    domain = _sender_domain(payload)
    if not domain:
        return None
    return domain.encode("idna").decode("ascii")


def loyalty_dkim_domain_fixed(payload: Payload) -> str | None:
    """As the buggy version; a domain the idna codec rejects is reported as unsignable (``None``)."""
    domain = _sender_domain(payload)
    if not domain:
        return None
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None


# --------------------------------------------------------------------------------------------
# 2. Loyalty e-mails: the From header.


def _sender_parts(payload: Payload) -> tuple[str, str] | None:
    credentials = _creds(payload)
    sender = _text(credentials, "from")
    if payload.get("channel") != "email" or not sender or "@" not in sender:
        return None
    name = _text(credentials, "senderName") or _text(payload, "name") or ""
    return name, sender.strip()


def loyalty_from_header_buggy(payload: Payload) -> str | None:
    """The From header of the chain's loyalty e-mails, checked to hold exactly one mailbox."""
    parts = _sender_parts(payload)
    if parts is None:
        return None
    name, sender = parts
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    (mailbox,) = message["From"].addresses
    return str(mailbox)


def loyalty_from_header_fixed(payload: Payload) -> str | None:
    """Builds the mailbox from its parts, so specials in the display name get quoted."""
    parts = _sender_parts(payload)
    if parts is None:
        return None
    name, sender = parts
    try:
        mailbox = Address(display_name=" ".join(name.split()), addr_spec=sender)
        return str(mailbox)
    except (ValueError, TypeError, IndexError, HeaderParseError, RecursionError):
        return None


# --------------------------------------------------------------------------------------------
# 3. Regional SMS: SMPP source address of a store's sender number.

_MSISDN_UNICODE = re.compile(r"\+?(\d{6,15})")


def _smpp_sender(payload: Payload) -> str | None:
    sender = _text(_creds(payload), "from")
    if payload.get("channel") != "sms" or not sender or not sender.strip():
        return None
    return sender.strip()


def smpp_source_addr_buggy(payload: Payload) -> tuple[int, int, bytes] | None:
    """(TON, NPI, source_addr) for the SMPP bind of an sms integration: E.164 number or alphanumeric id."""
    sender = _smpp_sender(payload)
    if sender is None:
        return None
    match = _MSISDN_UNICODE.fullmatch(sender)
    if match:
        return 1, 1, match.group(1).encode("ascii")
    return 5, 0, sender[:11].encode("ascii", "replace")


def smpp_source_addr_fixed(payload: Payload) -> tuple[int, int, bytes] | None:
    """Folds any Unicode decimal digits (e.g. Arabic-Indic) to ASCII before encoding the number."""
    sender = _smpp_sender(payload)
    if sender is None:
        return None
    match = _MSISDN_UNICODE.fullmatch(sender)
    if match:
        digits = "".join(str(unicodedata.decimal(char, 0)) for char in match.group(1))
        return 1, 1, digits.encode("ascii")
    return 5, 0, sender[:11].encode("ascii", "replace")


# --------------------------------------------------------------------------------------------
# 4. Point-of-sale webhooks: egress allow-list entry of the store proxy.


def pos_webhook_allowlist_buggy(payload: Payload) -> tuple[str, int] | None:
    """(host, port) the store network proxy must allow for the integration's webhook URL."""
    url = _text(_creds(payload), "webhookUrl")
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def pos_webhook_allowlist_fixed(payload: Payload) -> tuple[str, int] | None:
    """As the buggy version; a URL whose port (or bracketed host) does not parse gets no entry."""
    url = _text(_creds(payload), "webhookUrl")
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        hostname, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not hostname:
        return None
    return hostname, port or (443 if parts.scheme == "https" else 80)


# --------------------------------------------------------------------------------------------
# 5. Store back office: firewall rule for a relay host (SMTP relay, SMPP gateway).

_LOOKS_LIKE_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def store_firewall_rule_buggy(payload: Payload) -> str | None:
    """Firewall rule letting the store back office reach the integration's ``host``."""
    host = _text(_creds(payload), "host")
    if not host or not host.strip():
        return None
    host = host.strip()
    if _LOOKS_LIKE_IPV4.fullmatch(host):
        address = ipaddress.ip_address(host)
        return f"allow {address}/{address.max_prefixlen}"
    return f"allow-fqdn {host.lower()}"


def store_firewall_rule_fixed(payload: Payload) -> str | None:
    """Lets ``ipaddress`` decide; a dotted quad it rejects (leading zeros, > 255) gets no rule."""
    host = _text(_creds(payload), "host")
    if not host or not host.strip():
        return None
    host = host.strip()
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None if _LOOKS_LIKE_IPV4.fullmatch(host) else f"allow-fqdn {host.lower()}"
    return f"allow {address}/{address.max_prefixlen}"


# --------------------------------------------------------------------------------------------
# 6. Store app push campaigns: Firebase project of an FCM integration.


def fcm_project_buggy(payload: Payload) -> str | None:
    """Firebase project id from an FCM integration's service-account JSON (push campaign dashboard)."""
    raw = _text(_creds(payload), "serviceAccount")
    if payload.get("providerId") != "fcm" or not raw:
        return None
    try:
        info = json.loads(raw)
    except json.JSONDecodeError:
        return None
    project = info.get("project_id")
    return project if isinstance(project, str) else None


def fcm_project_fixed(payload: Payload) -> str | None:
    """Unwraps one level of double-encoded JSON and ignores JSON that is not an object."""
    raw = _text(_creds(payload), "serviceAccount")
    if payload.get("providerId") != "fcm" or not raw:
        return None
    try:
        info: object = json.loads(raw)
        if isinstance(info, str):
            info = json.loads(info)
    except (ValueError, RecursionError):
        return None
    project = info.get("project_id") if isinstance(info, dict) else None
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------------------------
# 7. Push-credential rotation report: fingerprint of the APNs signing key.

_PEM_HEADER = "-----BEGIN PRIVATE KEY-----"


def apns_key_fingerprint_buggy(payload: Payload) -> str | None:
    """Short SHA-256 fingerprint of the DER body of an APNs ``.p8`` key, for the rotation report."""
    pem = _text(_creds(payload), "secretKey")
    if payload.get("providerId") != "apns" or not pem or _PEM_HEADER not in pem:
        return None
    body = "".join(line for line in pem.strip().split("\n") if not line.startswith("-----"))
    der = base64.b64decode(body, validate=True)
    return hashlib.sha256(der).hexdigest()[:16]


def apns_key_fingerprint_fixed(payload: Payload) -> str | None:
    """Splits on any line ending, drops all whitespace, and reports an undecodable body as ``None``."""
    pem = _text(_creds(payload), "secretKey")
    if payload.get("providerId") != "apns" or not pem or _PEM_HEADER not in pem:
        return None
    lines = (line.strip() for line in pem.splitlines())
    body = "".join("".join(line.split()) for line in lines if not line.startswith("-----"))
    try:
        der = base64.b64decode(body, validate=True)
    except ValueError:
        return None
    return hashlib.sha256(der).hexdigest()[:16]


# --------------------------------------------------------------------------------------------
# 8. Loyalty e-mail preview: does the sample basket pass the integration's cart conditions?

PREVIEW_BASKET = Decimal("49.99")
_NUMERIC_OPERATORS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "LARGER": gt,
    "LARGER_EQUAL": ge,
    "SMALLER": lt,
    "SMALLER_EQUAL": le,
}


def _thresholds(payload: Payload) -> Iterator[tuple[Callable[[Decimal, Decimal], bool], Decimal]]:
    for _, child in _children(payload):
        operator = _NUMERIC_OPERATORS.get(str(child.get("operator")))
        value = _text(child, "value")
        if operator is None or value is None:
            continue
        try:
            yield operator, Decimal(value.strip())
        except InvalidOperation:
            continue


def loyalty_preview_qualifies_buggy(payload: Payload) -> bool:
    """Whether the 49.99 preview basket passes every numeric (LARGER/SMALLER...) condition child."""
    return all(operator(PREVIEW_BASKET, threshold) for operator, threshold in _thresholds(payload))


def loyalty_preview_qualifies_fixed(payload: Payload) -> bool:
    """Skips thresholds that are not finite numbers (``NaN``, ``sNaN``, ``Infinity``)."""
    return all(
        operator(PREVIEW_BASKET, threshold)
        for operator, threshold in _thresholds(payload)
        if threshold.is_finite()
    )


# --------------------------------------------------------------------------------------------
# 9. Regional compliance: time zone of a store's SMS quiet hours.

HQ_ZONE = "America/Chicago"


def _zone_values(payload: Payload) -> Iterator[str]:
    for _, child in _children(payload):
        field, value = _text(child, "field"), _text(child, "value")
        if (
            field
            and value is not None
            and field.lower().endswith("timezone")
            and child.get("operator") == "EQUAL"
        ):
            yield value.strip()


def quiet_hours_zone_buggy(payload: Payload) -> str:
    """IANA zone of the SMS quiet hours: the integration's ``...timezone`` condition, else HQ's."""
    for value in _zone_values(payload):
        try:
            return ZoneInfo(value).key
        except ZoneInfoNotFoundError:
            continue
    return HQ_ZONE


def quiet_hours_zone_fixed(payload: Payload) -> str:
    """Also skips keys ``ZoneInfo`` refuses outright (absolute paths, ``..``, empty) and OS errors."""
    for value in _zone_values(payload):
        try:
            return ZoneInfo(value).key
        except (ZoneInfoNotFoundError, ValueError, OSError, ImportError):
            continue
    return HQ_ZONE


# --------------------------------------------------------------------------------------------
# 10. Nightly warehouse load: partition date (HQ local time) of a soft-deleted integration.

HQ_TZ = timezone(timedelta(hours=-6), "CST")


def _deleted_at(payload: Payload) -> datetime | str | None:
    raw = _text(payload, "deletedAt")
    if payload.get("deleted") is not True or raw is None:
        return None
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        return "unknown"
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def warehouse_deleted_partition_buggy(payload: Payload) -> str | None:
    """``YYYY-MM-DD`` partition (HQ time) for a deleted integration's row; ``None`` for live ones."""
    when = _deleted_at(payload)
    if not isinstance(when, datetime):
        return when
    return when.astimezone(HQ_TZ).date().isoformat()


def warehouse_deleted_partition_fixed(payload: Payload) -> str | None:
    """Falls back to the UTC date when the HQ conversion leaves datetime's range (years 1 and 9999)."""
    when = _deleted_at(payload)
    if not isinstance(when, datetime):
        return when
    try:
        return when.astimezone(HQ_TZ).date().isoformat()
    except OverflowError:
        return when.date().isoformat()


# --------------------------------------------------------------------------------------------
# 11. Store-ops audit: one changelog line per integration.

_AUDIT_TEMPLATE = "{{name}} ({{channel}}) is {{status}}"
_NAME = re.compile(r"\{\{\s*name\s*\}\}")
_CHANNEL = re.compile(r"\{\{\s*channel\s*\}\}")
_STATUS = re.compile(r"\{\{\s*status\s*\}\}")


def _audit_values(payload: Payload) -> tuple[str, str, str]:
    name = _text(payload, "name") or "?"
    channel = _text(payload, "channel") or "?"
    if payload.get("deleted") is True:
        status = f"removed by {_text(payload, 'deletedBy') or 'system'}"
    else:
        status = "active" if payload.get("active") is True else "inactive"
    return name, channel, status


def audit_line_buggy(payload: Payload) -> str:
    """Changelog line for the store-ops audit log, rendered from a ``{{placeholder}}`` template."""
    name, channel, status = _audit_values(payload)
    line = _NAME.sub(name, _AUDIT_TEMPLATE)
    line = _CHANNEL.sub(channel, line)
    return _STATUS.sub(status, line)


def audit_line_fixed(payload: Payload) -> str:
    """Substitutes through functions, so backslashes in values are not read as group references."""
    name, channel, status = _audit_values(payload)
    line = _NAME.sub(lambda _: name, _AUDIT_TEMPLATE)
    line = _CHANNEL.sub(lambda _: channel, line)
    return _STATUS.sub(lambda _: status, line)


# --------------------------------------------------------------------------------------------
# 12. Store-ops runbook: argv of the smoke test that sends one message through the integration.


def smoke_test_argv_buggy(payload: Payload) -> list[str]:
    """argv for ``novu-smoke send``, rendered as a shell line and split back with ``shlex``."""
    line = (
        f"novu-smoke send --integration '{payload.get('identifier', '')}' "
        f"--label '{payload.get('name', '')}' --channel {payload.get('channel', '')}"
    )
    return shlex.split(line)


def smoke_test_argv_fixed(payload: Payload) -> list[str]:
    """Builds the argv list directly: no shell quoting to get wrong."""
    return [
        "novu-smoke",
        "send",
        "--integration",
        str(payload.get("identifier", "")),
        "--label",
        str(payload.get("name", "")),
        "--channel",
        str(payload.get("channel", "")),
    ]


# --------------------------------------------------------------------------------------------
# 13. Per-store tenants: cache key of a tenant's integration config.


def _tenant_prefix(payload: Payload) -> str:
    return f"tenant:{payload.get('_organizationId', '')}:{payload.get('_environmentId', '')}"


def tenant_cache_key_buggy(payload: Payload) -> str:
    """Redis key of the tenant config cache: org, environment and the identifier's generated short id."""
    identifier = str(payload.get("identifier", ""))
    _, dash, short_id = identifier.rpartition("-")
    if not dash:
        short_id = identifier
    elif not 7 <= len(short_id) <= 14:
        raise ValueError(f"identifier {identifier!r} does not end in a generated short id")
    return f"{_tenant_prefix(payload)}:{short_id}"


def tenant_cache_key_fixed(payload: Payload) -> str:
    """Keys on the whole identifier (percent-encoded): short ids may themselves contain ``-``."""
    identifier = str(payload.get("identifier", ""))
    return f"{_tenant_prefix(payload)}:{quote(identifier, safe='', errors='surrogatepass')}"


# --------------------------------------------------------------------------------------------
# 14. Warehouse segments: conditions with negation pushed down to the leaves (De Morgan).

_INVERSE_OPERATOR = {
    "EQUAL": "NOT_EQUAL",
    "NOT_EQUAL": "EQUAL",
    "LARGER": "SMALLER_EQUAL",
    "SMALLER_EQUAL": "LARGER",
    "SMALLER": "LARGER_EQUAL",
    "LARGER_EQUAL": "SMALLER",
    "IN": "NOT_IN",
    "NOT_IN": "IN",
    "BETWEEN": "NOT_BETWEEN",
    "NOT_BETWEEN": "BETWEEN",
    "LIKE": "NOT_LIKE",
    "NOT_LIKE": "LIKE",
}
Segment = list[tuple[str, list[tuple[str, str, str, str]]]]


def _segment(payload: Payload, invert: Callable[[str], str]) -> Segment:
    groups: Segment = []
    conditions = payload.get("conditions")
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        negated = condition.get("isNegated") is True
        join = "OR" if condition.get("value") == "OR" else "AND"
        leaves = []
        children = condition.get("children")
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                continue
            operator = str(child.get("operator", ""))
            leaves.append(
                (
                    str(child.get("on", "")),
                    str(child.get("field", "")),
                    invert(operator) if negated else operator,
                    str(child.get("value", "")),
                )
            )
        if negated:
            join = "AND" if join == "OR" else "OR"
        groups.append((join, leaves))
    return groups


def segment_filter_buggy(payload: Payload) -> Segment:
    """Warehouse segment filter for the integration's conditions, negations pushed to the leaves."""
    return _segment(payload, lambda operator: _INVERSE_OPERATOR[operator])


def segment_filter_fixed(payload: Payload) -> Segment:
    """Operators without a single inverse (``ANY_IN``, ``ALL_IN``, unknown) become ``NOT(op)``."""
    return _segment(payload, lambda operator: _INVERSE_OPERATOR.get(operator, f"NOT({operator})"))


# --------------------------------------------------------------------------------------------
# 15. Store e-mail relay: TLS client context from nodemailer-style credentials.


def _is_false(value: object) -> bool:
    """JSON ``false``/``0`` or a boolean-like string such as ``"false"``."""
    if isinstance(value, str):
        return value.strip().lower() in {"false", "0", "no", "off"}
    return value is False or (isinstance(value, (int, float)) and value == 0)


def _relay_tls(payload: Payload) -> Mapping[str, Any] | None:
    credentials = _creds(payload)
    if not _text(credentials, "host") or credentials.get("ignoreTls") is True:
        return None
    tls = credentials.get("tlsOptions")
    return tls if isinstance(tls, dict) else {}


def relay_tls_policy_buggy(payload: Payload) -> tuple[bool, str] | None:
    """(check_hostname, verify_mode) of the ``ssl`` context the store relay client uses."""
    tls = _relay_tls(payload)
    if tls is None:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if _is_false(tls.get("rejectUnauthorized", True)):
        context.verify_mode = ssl.CERT_NONE
    return context.check_hostname, context.verify_mode.name


def relay_tls_policy_fixed(payload: Payload) -> tuple[bool, str] | None:
    """Turns off hostname checking before verification, the order ``ssl`` requires."""
    tls = _relay_tls(payload)
    if tls is None:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if _is_false(tls.get("rejectUnauthorized", True)):
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context.check_hostname, context.verify_mode.name


# --------------------------------------------------------------------------------------------
# 16. Store messaging failover: position of the integration in its channel's failover order.

_FAILOVER_RANK_BUGGY = {(True, True): 0, (True, False): 1, (False, False): 2}
_FAILOVER_RANK = {(True, True): 0, (True, False): 1, (False, True): 2, (False, False): 3}
_LAST = 99


def _flags(payload: Payload) -> tuple[bool, bool]:
    return payload.get("active") is True, payload.get("primary") is True


def failover_rank_buggy(payload: Payload) -> int:
    """Rank in the store's failover order: active primary, other active, then inactive; deleted last."""
    if payload.get("deleted") is True:
        return _LAST
    return _FAILOVER_RANK_BUGGY[_flags(payload)]


def failover_rank_fixed(payload: Payload) -> int:
    """Also ranks an inactive primary (the server leaves one behind when it is deactivated)."""
    if payload.get("deleted") is True:
        return _LAST
    return _FAILOVER_RANK[_flags(payload)]


# --------------------------------------------------------------------------------------------
# Example payloads (each contract-valid) and the suite.

_FAKE_P8 = base64.b64encode(bytes(range(138))).decode("ascii")
_FAKE_P8_CRLF = "\r\n".join(
    [
        "-----BEGIN PRIVATE KEY-----",
        _FAKE_P8[:64],
        _FAKE_P8[64:128],
        _FAKE_P8[128:],
        "-----END PRIVATE KEY-----",
    ]
)
_SERVICE_ACCOUNT = json.dumps(
    {
        "type": "service_account",
        "project_id": "acme-stores-app",
        "private_key_id": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        "client_email": "firebase-adminsdk@acme-stores-app.iam.gserviceaccount.com",
    }
)

RETAIL_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="retail_loyalty_dkim_domain",
        bug="assumes the domain of `from` always encodes with the idna codec (a '..' typo is an empty label)",
        buggy=loyalty_dkim_domain_buggy,
        fixed=loyalty_dkim_domain_fixed,
        raises=(UnicodeError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "rewards@store..example.com",
                "senderName": "Acme Rewards",
            }
        ),
    ),
    ConsumerCase(
        name="retail_loyalty_from_header",
        bug="formats the From header as f'{senderName} <{from}>', so a comma in the name makes two mailboxes",
        buggy=loyalty_from_header_buggy,
        fixed=loyalty_from_header_fixed,
        raises=(ValueError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0003",
                "from": "loyalty@smithandsons.example",
                "senderName": "Smith & Sons, Ltd.",
            }
        ),
    ),
    ConsumerCase(
        name="retail_sms_smpp_source_addr",
        bug=r"matches the sender number with \d (any Unicode digit) but then encodes it as ASCII",
        buggy=smpp_source_addr_buggy,
        fixed=smpp_source_addr_fixed,
        raises=(UnicodeEncodeError,),
        example=_variant(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Qe81tZp",
                "providerId": "kannel",
                "channel": "sms",
            },
            credentials={"host": "smpp.dubai-mall.example", "port": "2775", "from": "+٩٧١٥٠١٢٣٤٥٦٧"},
        ),
    ),
    ConsumerCase(
        name="retail_pos_webhook_allowlist",
        bug="assumes an http(s) webhookUrl has a valid port; urlsplit(url).port raises when out of range",
        buggy=pos_webhook_allowlist_buggy,
        fixed=pos_webhook_allowlist_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-pos0042",
                "providerId": "push-webhook",
                "channel": "push",
            },
            credentials={
                "webhookUrl": "https://pos.store0042.example:80443/hooks/novu",
                "secretKey": "fake-secret-0004",
            },
        ),
    ),
    ConsumerCase(
        name="retail_store_firewall_host",
        bug="treats any dotted-quad-like host as an IP; ipaddress rejects leading zeros and octets > 255",
        buggy=store_firewall_rule_buggy,
        fixed=store_firewall_rule_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-st42Rl9", "providerId": "nodemailer"},
            credentials={
                "host": "192.168.010.020",
                "port": "25",
                "from": "store0042@acme.example",
                "senderName": "Acme Store 42",
            },
        ),
    ),
    ConsumerCase(
        name="retail_push_fcm_project",
        bug="assumes serviceAccount JSON decodes to an object; double-encoded JSON decodes to a string",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Fc4pQ9x",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": json.dumps(_SERVICE_ACCOUNT)},
        ),
    ),
    ConsumerCase(
        name="retail_push_apns_key_fingerprint",
        bug="splits the .p8 PEM on '\\n' only, so CRLF line ends leave '\\r' in the strictly decoded base64",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "APNs",
                "identifier": "ap-ns-Ap8kQ2m",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": _FAKE_P8_CRLF,
                "apiKey": "ABCD123456",
                "projectName": "acme-stores-ios",
                "applicationId": "com.acme.stores",
            },
        ),
    ),
    ConsumerCase(
        name="retail_loyalty_preview_threshold",
        bug="assumes what Decimal() accepts compares, but Decimal('NaN') raises InvalidOperation on <, >",
        buggy=loyalty_preview_qualifies_buggy,
        fixed=loyalty_preview_qualifies_fixed,
        raises=(InvalidOperation,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.cart.total",
                                "value": "NaN",
                                "operator": "LARGER_EQUAL",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="retail_sms_quiet_hours_zone",
        bug="assumes ZoneInfo rejects keys only with ZoneInfoNotFoundError (absolute paths raise ValueError)",
        buggy=quiet_hours_zone_buggy,
        fixed=quiet_hours_zone_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-Tw9x2Lk",
                "providerId": "twilio",
                "channel": "sms",
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.timezone",
                                "value": "/usr/share/zoneinfo/America/Chicago",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ],
            },
            credentials={
                "accountSid": "AC0123456789abcdef0123456789abcdef",
                "token": "fake-token",
                "from": "+13125550142",
            },
        ),
    ),
    ConsumerCase(
        name="retail_warehouse_deleted_partition",
        bug="assumes a parsed deletedAt converts to HQ time; a 0001-01-01T00:00:00Z zero-time overflows",
        buggy=warehouse_deleted_partition_buggy,
        fixed=warehouse_deleted_partition_fixed,
        raises=(OverflowError,),
        example=_variant(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "0001-01-01T00:00:00Z"}
        ),
    ),
    ConsumerCase(
        name="retail_audit_line_backslash",
        bug="passes values as re.sub replacement strings, so a DOMAIN\\user deletedBy is a bad escape",
        buggy=audit_line_buggy,
        fixed=audit_line_fixed,
        raises=(re.error,),
        example=_variant(
            {
                "deleted": True,
                "active": False,
                "primary": False,
                "deletedAt": "2025-03-02T04:15:00.000Z",
                "deletedBy": "RETAIL\\jsmith",
            }
        ),
    ),
    ConsumerCase(
        name="retail_smoke_test_argv",
        bug="puts the name in a single-quoted shell line, so an apostrophe (Macy's) unbalances shlex.split",
        buggy=smoke_test_argv_buggy,
        fixed=smoke_test_argv_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Macy's Herald Square SMS", "identifier": "macys-herald-square-sms-Hs34Xq1"}
        ),
    ),
    ConsumerCase(
        name="retail_tenant_cache_key",
        bug="assumes the generated short id after the last '-' of identifier never contains '-' itself",
        buggy=tenant_cache_key_buggy,
        fixed=tenant_cache_key_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "send-grid-x8K-2bQ"}),
    ),
    ConsumerCase(
        name="retail_segment_negation_pushdown",
        bug="assumes every operator has one inverse when pushing isNegated down; ANY_IN and ALL_IN have none",
        buggy=segment_filter_buggy,
        fixed=segment_filter_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": True,
                        "type": "MULTI_LIST",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriber.data.favoriteStores",
                                "value": "store-0042,store-0117",
                                "operator": "ANY_IN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="retail_relay_tls_policy",
        bug="sets CERT_NONE for rejectUnauthorized false while check_hostname is still on, which ssl refuses",
        buggy=relay_tls_policy_buggy,
        fixed=relay_tls_policy_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Rl4yT0c", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.store0042.example",
                "port": "587",
                "secure": False,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "store0042@acme.example",
                "senderName": "Acme Store 42",
            },
        ),
    ),
    ConsumerCase(
        name="retail_failover_rank",
        bug="assumes primary implies active, but an integration can be primary and inactive",
        buggy=failover_rank_buggy,
        fixed=failover_rank_fixed,
        raises=(KeyError,),
        example=_variant({"active": False, "primary": True}),
    ),
]
