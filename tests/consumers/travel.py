"""Sixteen travel and hospitality consumers of ``GET /v1/integrations`` items, each with one bug.

Written from the contract documents alone (``CONTRACT.md``, ``SERVER-SEMANTICS.md``, the seed
and ``providers.json``), without looking at any generator. The consumers are what a booking
company's platform team writes around its Novu integrations: booking confirmations and itinerary
changes over e-mail, SMS and push, hotel-partner webhooks, per-country SMS sender rules, data
residency checks, GDS-style fixed-width exports and a partner admin portal.

Each buggy version works on ``HAPPY_PATH`` and fails, by raising, on a payload the contract
allows (``example``); each fixed version is a tolerant reader that never raises on a valid payload.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_REPORT_DAY = datetime(2025, 6, 1, tzinfo=UTC)
"""The fixed "today" of the deletion-age report, so results are deterministic."""

_GDS_WIDTHS = (("providerId", 16), ("channel", 6), ("name", 24))
_GDS_RECORD_BYTES = sum(width for _, width in _GDS_WIDTHS) + 1


# --------------------------------------------------------------------------- helpers


def _travel_example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced, credentials replaced and keys removed."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> Mapping[str, Any]:
    """The credentials object, or an empty mapping when it is missing or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    """``value`` when it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _conditions(payload: Payload) -> list[Mapping[str, Any]]:
    """The condition groups that are objects; ``[]`` when ``conditions`` is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [group for group in conditions if isinstance(group, dict)]


def _children(group: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The field filters of one condition group that are objects."""
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# --------------------------------------------------------------------------- 1. sender domain


def sender_domain_buggy(payload: Payload) -> str | None:
    """Domain of the booking-confirmation sender, checked against our DKIM domains."""
    if payload["channel"] != "email":
        return None
    credentials = _creds(payload)
    if "from" not in credentials:
        return None
    return str(credentials["from"]).split("@")[1].lower()


def sender_domain_fixed(payload: Payload) -> str | None:
    """Domain of the booking-confirmation sender, or ``None`` when ``from`` is no address."""
    if payload.get("channel") != "email":
        return None
    local, at, domain = _text(_creds(payload).get("from")).rpartition("@")
    if not at or not local or not domain:
        return None
    return domain.lower()


# --------------------------------------------------------------------------- 2. SMS sender rules


def sms_sender_rule_buggy(payload: Payload) -> str:
    """Which per-country sender rule applies to an SMS integration's ``from``."""
    if payload["channel"] != "sms":
        return "not-sms"
    sender = _creds(payload).get("from")
    if sender is None:
        return "provider-default"
    number = int(str(sender).replace("+", "").replace(" ", "").replace("-", ""))
    return "nanp-long-code" if str(number).startswith("1") else "international-number"


_PHONE = re.compile(r"\+?[0-9]{3,15}")


def sms_sender_rule_fixed(payload: Payload) -> str:
    """Per-country sender rule: numeric senders by prefix, anything else is alphanumeric."""
    if payload.get("channel") != "sms":
        return "not-sms"
    sender = _creds(payload).get("from")
    if not isinstance(sender, str):
        return "provider-default"
    compact = re.sub(r"[\s\-().]", "", sender)
    if not _PHONE.fullmatch(compact):
        return "alphanumeric-sender"
    return "nanp-long-code" if compact.lstrip("+").startswith("1") else "international-number"


# --------------------------------------------------------------------------- 3. SMTP relay


def smtp_relay_buggy(payload: Payload) -> str | None:
    """``host:port`` of the hotel group's own SMTP relay, for the mail-flow diagram."""
    credentials = _creds(payload)
    host = credentials.get("host")
    if not isinstance(host, str) or not host:
        return None
    port = int(credentials.get("port", "587"))
    return f"{host}:{port}"


def smtp_relay_fixed(payload: Payload) -> str | None:
    """``host:port`` of the relay; an empty or non-numeric ``port`` falls back to the default."""
    credentials = _creds(payload)
    host = _text(credentials.get("host"))
    if not host:
        return None
    default = 465 if credentials.get("secure") is True else 587
    port_text = _text(credentials.get("port")).strip()
    port = int(port_text) if re.fullmatch(r"[0-9]{1,5}", port_text) else default
    if not 0 < port < 65536:
        port = default
    return f"{host}:{port}"


# --------------------------------------------------------------------------- 4. audit row


def partner_audit_row_buggy(payload: Payload) -> str:
    """One pipe-separated row of the partner portal's integration audit export."""
    status = "deleted" if payload["deleted"] else ("active" if payload["active"] else "inactive")
    deleted_on = payload["deletedAt"][:10] if payload["deleted"] else ""
    deleted_by = payload.get("deletedBy", "")
    return "|".join([payload["identifier"], payload["providerId"], status, deleted_on, deleted_by])


def partner_audit_row_fixed(payload: Payload) -> str:
    """Audit row; a soft-deleted record may lack ``deletedAt`` (and ``deletedBy``)."""
    deleted = payload.get("deleted") is True
    status = "deleted" if deleted else ("active" if payload.get("active") is True else "inactive")
    deleted_on = _text(payload.get("deletedAt"))[:10] if deleted else ""
    deleted_by = _text(payload.get("deletedBy"))
    fields = [_text(payload.get("identifier")), _text(payload.get("providerId"))]
    return "|".join([*fields, status, deleted_on, deleted_by])


# --------------------------------------------------------------------------- 5. deletion age


def deletion_age_days_buggy(payload: Payload) -> int | None:
    """Days since a partner integration was deleted, for the 30-day purge job."""
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (_REPORT_DAY - when).days


def _parse_timestamp(text: str) -> datetime | None:
    """An aware datetime from an ISO-8601-ish string, or ``None`` when it is not one."""
    candidate = text.strip()
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(candidate)
    except (ValueError, TypeError, OverflowError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def deletion_age_days_fixed(payload: Payload) -> int | None:
    """Days since deletion; ``deletedAt`` is a plain string, so unparsable values give ``None``."""
    when = _parse_timestamp(_text(payload.get("deletedAt")))
    if when is None:
        return None
    try:
        return (_REPORT_DAY - when).days
    except OverflowError:
        return None


# --------------------------------------------------------------------------- 6. channel fan-out


_FANOUT_ORDER = {"email": 1, "sms": 0, "push": 2}
"""Itinerary-change fan-out order: SMS first (gate changes), then e-mail, then push."""


def itinerary_fanout_buggy(payload: Payload) -> tuple[int, str]:
    """Sort key of an integration in the itinerary-change fan-out."""
    return (_FANOUT_ORDER[payload["channel"]], payload["identifier"])


def itinerary_fanout_fixed(payload: Payload) -> tuple[int, str]:
    """Fan-out sort key; channels the fan-out does not know (chat, in_app) go last."""
    channel = _text(payload.get("channel"))
    return (_FANOUT_ORDER.get(channel, len(_FANOUT_ORDER)), _text(payload.get("identifier")))


# --------------------------------------------------------------------------- 7. primary route


def primary_route_buggy(payload: Payload) -> str:
    """Routing tier of an integration for booking confirmations."""
    if payload["primary"]:
        assert payload["active"], "a primary integration is always active"
        return "primary"
    return "fallback" if payload["active"] else "disabled"


def primary_route_fixed(payload: Payload) -> str:
    """Routing tier; an inactive integration can keep ``primary: true`` and is then parked."""
    active = payload.get("active") is True
    if payload.get("primary") is True:
        return "primary" if active else "primary-inactive"
    return "fallback" if active else "disabled"


# --------------------------------------------------------------------------- 8. rule summary


def rule_summary_buggy(payload: Payload) -> list[str]:
    """Partner-portal one-liners: each condition group shown by its first rule."""
    lines = []
    for group in payload.get("conditions", []):
        first = group["children"][0]
        lines.append(f"{first['field']} {first['operator']} {first['value']}")
    return lines


def rule_summary_fixed(payload: Payload) -> list[str]:
    """One-liners; a condition group may have no children."""
    lines = []
    for group in _conditions(payload):
        children = _children(group)
        if not children:
            lines.append("(no rules)")
            continue
        first = children[0]
        lines.append(
            f"{_text(first.get('field'))} {_text(first.get('operator'))} {_text(first.get('value'))}"
        )
    return lines


# --------------------------------------------------------------------------- 9. fare bands


def fare_bands_buggy(payload: Payload) -> list[tuple[float, float]]:
    """Fare bands (low, high) of BETWEEN rules, e.g. premium-cabin SMS for 500,5000."""
    bands = []
    for group in payload.get("conditions", []):
        for child in group["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = child["value"].split(",")
                bands.append((float(low), float(high)))
    return bands


def _band(value: str) -> tuple[float, float] | None:
    """``(low, high)`` from ``"low,high"``, or ``None`` when the value is not two numbers."""
    parts = value.split(",")
    if len(parts) != 2:
        return None
    try:
        return (float(parts[0]), float(parts[1]))
    except ValueError:
        return None


def fare_bands_fixed(payload: Payload) -> list[tuple[float, float]]:
    """Fare bands; a BETWEEN value is a free string and may not be ``"low,high"``."""
    bands = []
    for group in _conditions(payload):
        for child in _children(group):
            if child.get("operator") in ("BETWEEN", "NOT_BETWEEN"):
                band = _band(_text(child.get("value")))
                if band is not None:
                    bands.append(band)
    return bands


# --------------------------------------------------------------------------- 10. SQL filter


_SQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}


def _sql_quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def warehouse_filter_buggy(payload: Payload) -> str:
    """The routing conditions as a SQL WHERE clause for the bookings warehouse."""
    groups = []
    for group in payload.get("conditions", []):
        parts = [
            f"{_sql_quote(child['field'])} {_SQL_OPERATORS[child['operator']]} {_sql_quote(child['value'])}"
            for child in group["children"]
        ]
        clause = f" {group['value']} ".join(parts) or "TRUE"
        groups.append(f"NOT ({clause})" if group["isNegated"] else f"({clause})")
    return " AND ".join(groups) or "TRUE"


def warehouse_filter_fixed(payload: Payload) -> str:
    """WHERE clause; operators without a SQL symbol become a predicate function call."""
    groups = []
    for group in _conditions(payload):
        parts = []
        for child in _children(group):
            field = _sql_quote(_text(child.get("field")))
            value = _sql_quote(_text(child.get("value")))
            operator = _text(child.get("operator"))
            symbol = _SQL_OPERATORS.get(operator)
            if symbol is None:
                parts.append(f"rule_{operator.lower()}({field}, {value})")
            else:
                parts.append(f"{field} {symbol} {value}")
        joiner = " OR " if group.get("value") == "OR" else " AND "
        clause = joiner.join(parts) or "TRUE"
        groups.append(f"NOT ({clause})" if group.get("isNegated") is True else f"({clause})")
    return " AND ".join(groups) or "TRUE"


# --------------------------------------------------------------------------- 11. GDS export


def gds_record_buggy(payload: Payload) -> bytes:
    """A fixed-width record of the nightly GDS-style integrations export."""
    text = "".join(f"{payload[key]!s:<{width}.{width}}" for key, width in _GDS_WIDTHS)
    record = (text + ("Y" if payload["active"] else "N")).encode("utf-8", errors="replace")
    assert len(record) == _GDS_RECORD_BYTES, "fixed-width record has the wrong length"
    return record


def _fit(text: str, width: int) -> bytes:
    """``text`` as UTF-8, cut to at most ``width`` bytes on a character boundary, space-padded."""
    raw = text.encode("utf-8", errors="replace")[:width]
    cut = raw.decode("utf-8", errors="ignore").encode("utf-8")
    return cut.ljust(width, b" ")


def gds_record_fixed(payload: Payload) -> bytes:
    """Fixed-width record; widths are in bytes, and non-ASCII names take several."""
    fields = b"".join(_fit(_text(payload.get(key)), width) for key, width in _GDS_WIDTHS)
    return fields + (b"Y" if payload.get("active") is True else b"N")


# --------------------------------------------------------------------------- 12. integration age


def integration_created_epoch_buggy(payload: Payload) -> int | None:
    """Creation time (epoch seconds) read from the ObjectId, for the portal's age column."""
    integration_id = payload.get("_id")
    if integration_id is None:
        return None
    return int(integration_id[:8], 16)


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def integration_created_epoch_fixed(payload: Payload) -> int | None:
    """Creation time from ``_id`` only when it is a 24-hex ObjectId; any string is valid."""
    integration_id = _text(payload.get("_id"))
    if not _OBJECT_ID.fullmatch(integration_id):
        return None
    return int(integration_id[:8], 16)


# --------------------------------------------------------------------------- 13. data residency


def data_residency_buggy(payload: Payload) -> str:
    """GDPR residency of a provider account: EU travellers' messages must stay in the EU."""
    region = _creds(payload).get("region")
    if region is None:
        return "global"
    geo, _direction, _index = str(region).split("-")
    return "eu" if geo.lower() == "eu" else "non-eu"


def data_residency_fixed(payload: Payload) -> str:
    """Residency from ``region``, which may be ``eu-west-1``, ``us-gov-west-1``, ``eu`` or empty."""
    region = _creds(payload).get("region")
    if not isinstance(region, str):
        return "global"
    geo = region.strip().lower().split("-", 1)[0]
    if not geo:
        return "unknown"
    return "eu" if geo == "eu" else "non-eu"


# --------------------------------------------------------------------------- 14. webhook allow-list


_PARTNER_HOST_SUFFIX = ".partner-hotels.example"


def hotel_webhook_allowed_buggy(payload: Payload) -> bool | None:
    """Whether a webhook integration posts to an allow-listed hotel-partner host."""
    url = _creds(payload).get("webhookUrl")
    if url is None:
        return None
    host = urlsplit(str(url)).hostname
    return host.endswith(_PARTNER_HOST_SUFFIX)  # type: ignore[union-attr]


def hotel_webhook_allowed_fixed(payload: Payload) -> bool | None:
    """Allow-list check; ``webhookUrl`` is a free string and may have no scheme or host."""
    url = _creds(payload).get("webhookUrl")
    if not isinstance(url, str):
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return False
    return host is not None and host.endswith(_PARTNER_HOST_SUFFIX)


# --------------------------------------------------------------------------- 15. FCM project


def fcm_project_buggy(payload: Payload) -> str | None:
    """Firebase project of the FCM integration that sends boarding-pass pushes."""
    if payload["providerId"] != "fcm":
        return None
    service_account = _creds(payload).get("serviceAccount")
    if service_account is None:
        return None
    project: str = json.loads(service_account)["project_id"]
    return project


def fcm_project_fixed(payload: Payload) -> str | None:
    """Firebase project; ``serviceAccount`` may be encrypted (``nvsk.…``) or not JSON at all."""
    if payload.get("providerId") != "fcm":
        return None
    service_account = _creds(payload).get("serviceAccount")
    if not isinstance(service_account, str):
        return None
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------- 16. TLS options


def smtp_tls_setting_buggy(payload: Payload) -> str:
    """The ``min_tls`` line of the rendered relay config, from free-form ``tlsOptions``."""
    tls_options = _creds(payload).get("tlsOptions")
    if not isinstance(tls_options, dict):
        return "min_tls=default"
    min_version = tls_options.get("minVersion", "TLSv1.2")
    return f"min_tls={min_version.upper()}"


def smtp_tls_setting_fixed(payload: Payload) -> str:
    """``min_tls`` line; ``tlsOptions`` values are any JSON, ``null`` and numbers included."""
    tls_options = _creds(payload).get("tlsOptions")
    if not isinstance(tls_options, dict):
        return "min_tls=default"
    min_version = tls_options.get("minVersion")
    if not isinstance(min_version, str) or not min_version.strip():
        return "min_tls=TLSV1.2"
    return f"min_tls={min_version.strip().upper()}"


# --------------------------------------------------------------------------- the cases


def _condition(operator: str, value: str, *, field: str = "payload.booking.total") -> Payload:
    return {
        "isNegated": False,
        "type": "STATEMENT",
        "value": "AND",
        "children": [{"field": field, "value": value, "operator": operator, "on": "payload"}],
    }


TRAVEL_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="travel_sender_domain_alignment",
        bug="assumes credentials.from is an e-mail address containing '@'",
        buggy=sender_domain_buggy,
        fixed=sender_domain_fixed,
        raises=(IndexError,),
        example=_travel_example(
            credentials={"apiKey": "fake-key", "from": "reservations", "senderName": "Trips"}
        ),
    ),
    ConsumerCase(
        name="travel_sms_sender_country_rule",
        bug="assumes an SMS integration's from is a phone number, not an alphanumeric sender id",
        buggy=sms_sender_rule_buggy,
        fixed=sms_sender_rule_fixed,
        raises=(ValueError,),
        example=_travel_example(
            {"name": "Twilio", "identifier": "twilio-Q1w2E3r", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0123", "token": "fake-token", "from": "AcmeTrips"},
        ),
    ),
    ConsumerCase(
        name="travel_smtp_relay_port",
        bug="assumes credentials.port is a numeric string whenever a host is set",
        buggy=smtp_relay_buggy,
        fixed=smtp_relay_fixed,
        raises=(ValueError,),
        example=_travel_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-7hGf2", "providerId": "nodemailer"},
            credentials={"host": "smtp.grandhotel.example", "port": "", "from": "stay@grandhotel.example"},
        ),
    ),
    ConsumerCase(
        name="travel_partner_audit_row",
        bug="assumes a record with deleted=true always carries deletedAt",
        buggy=partner_audit_row_buggy,
        fixed=partner_audit_row_fixed,
        raises=(KeyError,),
        example=_travel_example({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="travel_deletion_age_purge",
        bug="assumes deletedAt is always a millisecond ISO-8601 timestamp ending in Z",
        buggy=deletion_age_days_buggy,
        fixed=deletion_age_days_fixed,
        raises=(ValueError,),
        example=_travel_example(
            {"deleted": True, "active": False, "deletedAt": "2025-05-08T10:00:00Z", "deletedBy": "ops"}
        ),
    ),
    ConsumerCase(
        name="travel_itinerary_channel_fanout",
        bug="assumes channel is one of email, sms and push",
        buggy=itinerary_fanout_buggy,
        fixed=itinerary_fanout_fixed,
        raises=(KeyError,),
        example=_travel_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zx81",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="travel_primary_route_selector",
        bug="assumes a primary integration is always active",
        buggy=primary_route_buggy,
        fixed=primary_route_fixed,
        raises=(AssertionError,),
        example=_travel_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="travel_portal_rule_summary",
        bug="assumes every condition group has at least one child",
        buggy=rule_summary_buggy,
        fixed=rule_summary_fixed,
        raises=(IndexError,),
        example=_travel_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="travel_fare_band_between",
        bug="assumes a BETWEEN rule's value is always two comma-separated numbers",
        buggy=fare_bands_buggy,
        fixed=fare_bands_fixed,
        raises=(ValueError,),
        example=_travel_example({"conditions": [_condition("BETWEEN", "500-5000")]}),
    ),
    ConsumerCase(
        name="travel_warehouse_sql_filter",
        bug="assumes every condition operator has a SQL comparison symbol (forgets LIKE, ANY_IN, ...)",
        buggy=warehouse_filter_buggy,
        fixed=warehouse_filter_fixed,
        raises=(KeyError,),
        example=_travel_example(
            {"conditions": [_condition("LIKE", "%Lisbon%", field="payload.destination.city")]}
        ),
    ),
    ConsumerCase(
        name="travel_gds_fixed_width_export",
        bug="assumes one character is one byte when padding fixed-width GDS fields",
        buggy=gds_record_buggy,
        fixed=gds_record_fixed,
        raises=(AssertionError,),
        example=_travel_example({"name": "Hôtel Côte d'Azur Résa"}),
    ),
    ConsumerCase(
        name="travel_integration_age_from_objectid",
        bug="assumes _id is a hex MongoDB ObjectId whose first 8 digits are a timestamp",
        buggy=integration_created_epoch_buggy,
        fixed=integration_created_epoch_fixed,
        raises=(ValueError,),
        example=_travel_example({"_id": "intg-lisbon-sms-01"}),
    ),
    ConsumerCase(
        name="travel_gdpr_region_residency",
        bug="assumes credentials.region always has the three-part AWS form geo-direction-index",
        buggy=data_residency_buggy,
        fixed=data_residency_fixed,
        raises=(ValueError,),
        example=_travel_example(
            {"name": "SparkPost", "identifier": "spark-post-Lm3", "providerId": "sparkpost"},
            credentials={"apiKey": "fake-key", "region": "eu", "from": "trips@example.com"},
        ),
    ),
    ConsumerCase(
        name="travel_hotel_webhook_allowlist",
        bug="assumes webhookUrl is an absolute URL with a host",
        buggy=hotel_webhook_allowed_buggy,
        fixed=hotel_webhook_allowed_fixed,
        raises=(AttributeError, ValueError),
        example=_travel_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-p9",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "hooks.partner-hotels.example/novu", "secretKey": "fake-secret"},
        ),
    ),
    ConsumerCase(
        name="travel_fcm_boarding_pass_project",
        bug="assumes the fcm serviceAccount is always a JSON document with project_id",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_travel_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-k2",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.9f2a41c0:4be1d77a"},
        ),
    ),
    ConsumerCase(
        name="travel_smtp_tls_min_version",
        bug="assumes tlsOptions.minVersion, when present, is a string (tlsOptions is free-form JSON)",
        buggy=smtp_tls_setting_buggy,
        fixed=smtp_tls_setting_fixed,
        raises=(AttributeError,),
        example=_travel_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Tt5", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.grandhotel.example",
                "port": "465",
                "secure": True,
                "tlsOptions": {"minVersion": None, "rejectUnauthorized": False},
                "from": "stay@grandhotel.example",
            },
        ),
    ),
]
"""The sixteen travel and hospitality consumer cases."""
