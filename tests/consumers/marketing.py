"""Sixteen marketing-operations consumers of ``GET /v1/integrations`` items, each with one bug.

A growth / marketing-ops team reads the integrations list to drive its own tooling: a campaign tool's
channel picker, a CDP destination sync, an email deliverability dashboard, UTM link building, A/B
bucketing, budget forecasting, consent-audit exports, spreadsheet and CSV exports, webhook templating,
unsubscribe-link checks and a Braze/Iterable-style import. Every buggy consumer works on ``HAPPY_PATH``
and makes one plausible mistake; every fixed control does the same job tolerantly. The cases were
written from the contract documentation alone (the seed, ``CONTRACT.md``, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at the data generator.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import dataclasses
import hashlib
import io
import re
import struct
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    """``value`` when it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _children(group: object) -> list[dict[str, Any]]:
    """The object items of a condition group's ``children``."""
    if not isinstance(group, dict):
        return []
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _groups(payload: Payload) -> list[dict[str, Any]]:
    """The object items of ``conditions`` (absent means none)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [group for group in conditions if isinstance(group, dict)]


# --- 1. Campaign tool: targeting summary next to each channel in the picker -------------------------


def campaign_targeting_summary_buggy(payload: Payload) -> object:
    if "conditions" not in payload:
        return {"channel": payload.get("channel"), "targeting": "everyone"}
    # Bug: assumes a present ``conditions`` has at least one group; the server default is ``[]``.
    group = payload["conditions"][0]
    rules = [f"{c.get('field')} {c.get('operator')} {c.get('value')}" for c in _children(group)]
    return {"channel": payload.get("channel"), "targeting": " AND ".join(rules) or "everyone"}


def campaign_targeting_summary_fixed(payload: Payload) -> object:
    rules = [
        f"{_text(c.get('field'))} {_text(c.get('operator'))} {_text(c.get('value'))}"
        for group in _groups(payload)
        for c in _children(group)
    ]
    return {"channel": payload.get("channel"), "targeting": " AND ".join(rules) or "everyone"}


# --- 2. Campaign tool: status badge for the sender picker -------------------------------------------

_SENDER_BADGES = {(True, True): "default sender", (True, False): "backup sender", (False, False): "disabled"}


def campaign_sender_badge_buggy(payload: Payload) -> object:
    state = (payload.get("active") is True, payload.get("primary") is True)
    # Bug: believes an inactive integration cannot be primary; the contract ties no flags together.
    return {"identifier": payload.get("identifier"), "badge": _SENDER_BADGES[state]}


def campaign_sender_badge_fixed(payload: Payload) -> object:
    state = (payload.get("active") is True, payload.get("primary") is True)
    return {"identifier": payload.get("identifier"), "badge": _SENDER_BADGES.get(state, "primary (inactive)")}


# --- 3. CDP destination sync: masked key shown in the destination settings --------------------------

_SECRET_KEYS = ("apiKey", "apiToken", "token", "secretKey", "accessKey", "password", "serviceAccount")


def cdp_destination_masked_key_buggy(payload: Payload) -> object:
    credentials = _creds(payload)
    # Bug: every provider has an ``apiKey``; Twilio, Plivo, FCM and others use other credential keys.
    masked = "****" + credentials.get("apiKey")[-4:]  # type: ignore[index]
    return {"destination": payload.get("providerId"), "key": masked}


def cdp_destination_masked_key_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    secret = next((v for k in _SECRET_KEYS if isinstance(v := credentials.get(k), str) and v), "")
    return {"destination": payload.get("providerId"), "key": "****" + secret[-4:] if secret else None}


# --- 4. Deliverability dashboard: SPF hint from the sender address ----------------------------------


def deliverability_spf_hint_buggy(payload: Payload) -> object:
    if payload.get("channel") != "email":
        return None
    sender = _text(_creds(payload).get("from"))
    # Bug: treats ``from`` as always being an e-mail address; the contract allows any string.
    domain = sender.split("@")[1].lower()
    return {"domain": domain, "spf": f"v=spf1 include:{domain} ~all"}


def deliverability_spf_hint_fixed(payload: Payload) -> object:
    if payload.get("channel") != "email":
        return None
    credentials = _creds(payload)
    _, at, domain = _text(credentials.get("from")).rpartition("@")
    domain = domain.strip().lower() if at else _text(credentials.get("domain")).strip().lower()
    if not domain:
        return {"domain": None, "spf": None}
    return {"domain": domain, "spf": f"v=spf1 include:{domain} ~all"}


# --- 5. Deliverability dashboard: SMTP transport security hint -------------------------------------


def deliverability_tls_hint_buggy(payload: Payload) -> object:
    credentials = _creds(payload)
    # Bug: reads ``secure`` as a "true"/"false" string like ``port``; on the wire it is a boolean.
    secure = credentials.get("secure", "false").lower() == "true"
    return {"host": credentials.get("host"), "tls": "implicit TLS" if secure else "STARTTLS or none"}


def deliverability_tls_hint_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    value = credentials.get("secure")
    secure = value is True or (isinstance(value, str) and value.strip().lower() == "true")
    return {"host": credentials.get("host"), "tls": "implicit TLS" if secure else "STARTTLS or none"}


# --- 6. UTM link builder: utm_source from the identifier slug --------------------------------------


def utm_source_link_buggy(payload: Payload) -> object:
    identifier = _text(payload.get("identifier"))
    # Bug: assumes ``<slug>-<short id>``; identifiers are free strings (set by hand, or no dash at all).
    slug, _short_id = identifier.rsplit("-", 1)
    source = quote(slug or _text(payload.get("providerId")), safe="", errors="replace")
    return f"https://example.com/landing?utm_source={source}&utm_medium={payload.get('channel')}"


def utm_source_link_fixed(payload: Payload) -> object:
    identifier = _text(payload.get("identifier"))
    slug, dash, _short_id = identifier.rpartition("-")
    if not dash:
        slug = identifier
    source = quote(slug or _text(payload.get("providerId")), safe="", errors="replace")
    medium = quote(_text(payload.get("channel")), safe="", errors="replace")
    return f"https://example.com/landing?utm_source={source}&utm_medium={medium}"


# --- 7. A/B test bucketer keyed by integration ------------------------------------------------------


def ab_test_bucket_buggy(payload: Payload) -> object:
    # Bug: keys on ``_id``, which the contract marks optional.
    digest = hashlib.sha256(payload["_id"].encode("utf-8", "surrogatepass")).digest()
    return {"variant": "B" if digest[0] % 2 else "A"}


def ab_test_bucket_fixed(payload: Payload) -> object:
    key = _text(payload.get("_id")) or _text(payload.get("identifier")) or _text(payload.get("providerId"))
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).digest()
    return {"variant": "B" if digest[0] % 2 else "A"}


# --- 8. Budget forecaster: monthly cost per integration by channel ---------------------------------

_RATE_PER_MESSAGE = {"email": 0.0008, "sms": 0.0079, "push": 0.0001, "chat": 0.0}
_MONTHLY_VOLUME = 250_000


def budget_monthly_forecast_buggy(payload: Payload) -> object:
    if payload.get("active") is not True:
        return {"identifier": payload.get("identifier"), "monthly": 0.0}
    # Bug: the rate card misses ``in_app``, one of the five Channel values.
    rate = _RATE_PER_MESSAGE[payload.get("channel")]  # type: ignore[index]
    return {"identifier": payload.get("identifier"), "monthly": round(rate * _MONTHLY_VOLUME, 2)}


def budget_monthly_forecast_fixed(payload: Payload) -> object:
    if payload.get("active") is not True:
        return {"identifier": payload.get("identifier"), "monthly": 0.0}
    channel = payload.get("channel")
    rate = _RATE_PER_MESSAGE.get(channel, 0.0) if isinstance(channel, str) else 0.0
    return {"identifier": payload.get("identifier"), "monthly": round(rate * _MONTHLY_VOLUME, 2)}


# --- 9. Marketing-consent audit: XML export of integrations ----------------------------------------

_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def consent_audit_xml_buggy(payload: Payload) -> object:
    element = ET.Element("integration", provider=_text(payload.get("providerId")))
    if payload.get("deleted") is True:
        element.set("deletedAt", _text(payload.get("deletedAt")))
        # Bug: assumes a soft-deleted record always names who deleted it; ``deletedBy`` is optional.
        element.set("deletedBy", payload["deletedBy"])
    return ET.tostring(element, encoding="unicode")


def consent_audit_xml_fixed(payload: Payload) -> object:
    def clean(value: object) -> str:
        return _XML_INVALID.sub("", _text(value))

    element = ET.Element("integration", provider=clean(payload.get("providerId")))
    if payload.get("deleted") is True:
        element.set("deletedAt", clean(payload.get("deletedAt")))
        element.set("deletedBy", clean(payload.get("deletedBy")) or "unknown")
    return ET.tostring(element, encoding="unicode")


# --- 10. Google Sheets row writer: deletion date column --------------------------------------------


def sheets_deleted_date_row_buggy(payload: Payload) -> object:
    deleted_on = ""
    if isinstance(payload.get("deletedAt"), str):
        # Bug: expects JavaScript's ``toISOString()`` shape; ``deletedAt`` is a plain string.
        deleted_on = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ").date().isoformat()
    return [payload.get("name"), payload.get("providerId"), deleted_on]


def sheets_deleted_date_row_fixed(payload: Payload) -> object:
    raw = _text(payload.get("deletedAt"))
    deleted_on = raw[:100]
    if raw and len(raw) <= 64:
        with contextlib.suppress(ValueError, OverflowError):
            deleted_on = datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    return [payload.get("name"), payload.get("providerId"), deleted_on]


# --- 11. CSV export for the marketing team's Excel ------------------------------------------------


def excel_csv_export_buggy(payload: Payload) -> object:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [_text(payload.get("name")), _text(payload.get("providerId")), _text(payload.get("channel"))]
    )
    # Bug: encodes for Windows Excel as cp1252; integration names can be any Unicode text.
    return buffer.getvalue().encode("cp1252")


def excel_csv_export_fixed(payload: Payload) -> object:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [_text(payload.get("name")), _text(payload.get("providerId")), _text(payload.get("channel"))]
    )
    return buffer.getvalue().encode("utf-8-sig", errors="replace")


# --- 12. Webhook payload templater: footer line with the sender name -------------------------------


def webhook_footer_template_buggy(payload: Payload) -> object:
    credentials = _creds(payload)
    sender = _text(credentials.get("senderName")) or _text(payload.get("name"))
    # Bug: splices the sender name into the format string itself; braces in it break ``str.format``.
    template = "{greeting} from " + sender + ". Manage preferences: {unsubscribe_url}"
    return template.format(greeting="Hello", unsubscribe_url="https://example.com/u")


def webhook_footer_template_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    sender = _text(credentials.get("senderName")) or _text(payload.get("name"))
    template = "{greeting} from {sender}. Manage preferences: {unsubscribe_url}"
    return template.format(greeting="Hello", sender=sender, unsubscribe_url="https://example.com/u")


# --- 13. Unsubscribe-link host validator ----------------------------------------------------------

_URL_KEYS = ("webhookUrl", "baseUrl", "redirectUrl")


def unsubscribe_host_check_buggy(payload: Payload) -> object:
    credentials = _creds(payload)
    hosts: dict[str, bool] = {}
    for key in _URL_KEYS:
        url = credentials.get(key)
        if not isinstance(url, str):
            continue
        try:
            parts = urlsplit(url)
        except ValueError:
            hosts[key] = False
            continue
        # Bug: assumes every URL has a scheme and host; ``hostname`` is None for "hooks.example.com/x".
        hosts[key] = parts.hostname.lower().endswith("example.com")  # type: ignore[union-attr]
    return hosts


def unsubscribe_host_check_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    hosts: dict[str, bool] = {}
    for key in _URL_KEYS:
        url = credentials.get(key)
        if not isinstance(url, str):
            continue
        try:
            hostname = urlsplit(url).hostname
        except ValueError:
            hostname = None
        hosts[key] = hostname is not None and hostname.lower().endswith("example.com")
    return hosts


# --- 14. Braze/Iterable-style import mapper --------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _ImportRow:
    environment_id: str
    organization_id: str
    name: str
    identifier: str
    provider_id: str
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str = ""
    deleted_at: str = ""
    deleted_by: str = ""
    conditions: list[Any] = dataclasses.field(default_factory=list)


_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


def _snake(key: str) -> str:
    return _CAMEL.sub(r"_\1", key.lstrip("_")).lower()


def braze_import_row_buggy(payload: Payload) -> object:
    # Bug: maps every wire key onto the row; unknown extra keys (createdAt, __v, ...) are valid.
    row = _ImportRow(**{_snake(key): value for key, value in payload.items()})
    return {"external_id": row.identifier, "provider": row.provider_id, "channel": row.channel}


def braze_import_row_fixed(payload: Payload) -> object:
    return {
        "external_id": _text(payload.get("identifier")),
        "provider": _text(payload.get("providerId")),
        "channel": _text(payload.get("channel")),
    }


# --- 15. Campaign analytics beacon: compact binary record ------------------------------------------


def campaign_beacon_record_buggy(payload: Payload) -> object:
    name = _text(payload.get("name")).encode("utf-8", "replace")
    provider = _text(payload.get("providerId")).encode("utf-8", "replace")[:255]
    # Bug: a one-byte length prefix for the name; names have no length limit.
    return struct.pack(f"!B{len(name)}sB{len(provider)}s", len(name), name, len(provider), provider)


def campaign_beacon_record_fixed(payload: Payload) -> object:
    name = _text(payload.get("name")).encode("utf-8", "replace")[:255]
    provider = _text(payload.get("providerId")).encode("utf-8", "replace")[:255]
    return struct.pack(f"!B{len(name)}sB{len(provider)}s", len(name), name, len(provider), provider)


# --- 16. Iterable-style segment mapper: numeric range filters from conditions ----------------------


def segment_range_filters_buggy(payload: Payload) -> object:
    filters: list[dict[str, str]] = []
    for group in _groups(payload):
        for child in _children(group):
            operator, value = _text(child.get("operator")), _text(child.get("value"))
            if operator in ("BETWEEN", "NOT_BETWEEN"):
                # Bug: expects "low,high"; the contract types ``value`` as any string.
                low, high = value.split(",")
                filters.append({"field": _text(child.get("field")), "gte": low, "lte": high})
            else:
                filters.append({"field": _text(child.get("field")), "op": operator, "value": value})
    return filters


def segment_range_filters_fixed(payload: Payload) -> object:
    filters: list[dict[str, str]] = []
    for group in _groups(payload):
        for child in _children(group):
            operator, value = _text(child.get("operator")), _text(child.get("value"))
            low, comma, high = value.partition(",")
            if operator in ("BETWEEN", "NOT_BETWEEN") and comma and "," not in high:
                filters.append({"field": _text(child.get("field")), "gte": low, "lte": high})
            else:
                filters.append({"field": _text(child.get("field")), "op": operator, "value": value})
    return filters


# --- Cases ------------------------------------------------------------------------------------------

_TWILIO = {
    "name": "Twilio",
    "identifier": "twilio-Qm3Zp9Lw",
    "providerId": "twilio",
    "channel": "sms",
    "credentials": {
        "accountSid": "AC0000000000000000000000000000fake",
        "token": "fake-token",
        "from": "+15005550006",
    },
    "primary": False,
}

MARKETING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="campaign_targeting_summary_empty_conditions",
        bug="reads conditions[0] although conditions may be an empty list (the server default)",
        buggy=campaign_targeting_summary_buggy,
        fixed=campaign_targeting_summary_fixed,
        raises=(IndexError,),
        example=_payload({"conditions": []}),
    ),
    ConsumerCase(
        name="campaign_sender_badge_inactive_primary",
        bug="has no badge for primary=true with active=false, a combination the contract allows",
        buggy=campaign_sender_badge_buggy,
        fixed=campaign_sender_badge_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="cdp_destination_masked_key_without_api_key",
        bug="slices credentials.get('apiKey') although many providers (Twilio, FCM, ...) have no apiKey",
        buggy=cdp_destination_masked_key_buggy,
        fixed=cdp_destination_masked_key_fixed,
        raises=(TypeError,),
        example=_payload(_TWILIO),
    ),
    ConsumerCase(
        name="deliverability_spf_hint_from_without_at",
        bug="takes the domain as from.split('@')[1] although from is any string",
        buggy=deliverability_spf_hint_buggy,
        fixed=deliverability_spf_hint_fixed,
        raises=(IndexError,),
        example=_payload(
            {"credentials": {"apiKey": "fake-api-key-0001", "from": "marketing", "senderName": "Example Inc"}}
        ),
    ),
    ConsumerCase(
        name="deliverability_tls_hint_boolean_secure",
        bug="calls .lower() on credentials.secure, which is a JSON boolean",
        buggy=deliverability_tls_hint_buggy,
        fixed=deliverability_tls_hint_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hk2Lm9Qa",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "from": "news@example.com",
                    "senderName": "Example News",
                },
            }
        ),
    ),
    ConsumerCase(
        name="utm_source_identifier_without_dash",
        bug="unpacks identifier.rsplit('-', 1) into two parts although identifiers need not contain a dash",
        buggy=utm_source_link_buggy,
        fixed=utm_source_link_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "newsletter"}),
    ),
    ConsumerCase(
        name="ab_test_bucket_missing_id",
        bug="hashes payload['_id'] although _id is optional",
        buggy=ab_test_bucket_buggy,
        fixed=ab_test_bucket_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="budget_monthly_forecast_in_app_channel",
        bug="looks the channel up in a rate card that lacks in_app",
        buggy=budget_monthly_forecast_buggy,
        fixed=budget_monthly_forecast_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-T7sKq1Vb",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="consent_audit_xml_deleted_without_deleted_by",
        bug="reads payload['deletedBy'] for every soft-deleted record; deletedBy is optional",
        buggy=consent_audit_xml_buggy,
        fixed=consent_audit_xml_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-08T10:00:00.000Z"}),
    ),
    ConsumerCase(
        name="sheets_deleted_date_second_precision",
        bug="parses deletedAt with a fixed '%Y-%m-%dT%H:%M:%S.%fZ' format; it is a plain string",
        buggy=sheets_deleted_date_row_buggy,
        fixed=sheets_deleted_date_row_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "deletedAt": "2025-05-08T10:00:00Z"}),
    ),
    ConsumerCase(
        name="excel_csv_export_cp1252_name",
        bug="encodes the exported row as cp1252 although names can hold any Unicode",
        buggy=excel_csv_export_buggy,
        fixed=excel_csv_export_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "SendGrid 营销 🚀"}),
    ),
    ConsumerCase(
        name="webhook_footer_template_braces_in_sender_name",
        bug="concatenates senderName into a str.format template, so braces in it are parsed as fields",
        buggy=webhook_footer_template_buggy,
        fixed=webhook_footer_template_fixed,
        raises=(KeyError, ValueError, IndexError),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "deals@example.com",
                    "senderName": "Deals {Weekly}",
                }
            }
        ),
    ),
    ConsumerCase(
        name="unsubscribe_host_check_url_without_scheme",
        bug="calls urlsplit(url).hostname.lower() although hostname is None for a URL without scheme",
        buggy=unsubscribe_host_check_buggy,
        fixed=unsubscribe_host_check_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Email Webhook",
                "identifier": "email-webhook-Rt5Yu8Io",
                "providerId": "email-webhook",
                "credentials": {
                    "webhookUrl": "hooks.example.com/novu/unsubscribe",
                    "secretKey": "fake-secret",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="braze_import_row_extra_keys",
        bug="builds a dataclass from every wire key, so unknown extra keys like createdAt raise",
        buggy=braze_import_row_buggy,
        fixed=braze_import_row_fixed,
        raises=(TypeError,),
        example=_payload(
            {"createdAt": "2025-05-08T10:00:00.000Z", "updatedAt": "2025-05-08T10:00:00.000Z", "__v": 0}
        ),
    ),
    ConsumerCase(
        name="campaign_beacon_record_long_name",
        bug="packs the name length into one byte, so names over 255 UTF-8 bytes fail",
        buggy=campaign_beacon_record_buggy,
        fixed=campaign_beacon_record_fixed,
        raises=(struct.error,),
        example=_payload({"name": "Marketing — Spring Promotions, EMEA, Transactional & Newsletters " * 5}),
    ),
    ConsumerCase(
        name="segment_range_filters_between_single_value",
        bug="splits a BETWEEN condition value into exactly two parts at ','",
        buggy=segment_range_filters_buggy,
        fixed=segment_range_filters_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.cartTotal",
                                "value": "100",
                                "operator": "BETWEEN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
]
