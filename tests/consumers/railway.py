"""Sixteen consumers of ``GET /v1/integrations`` items at a regional passenger railway operator.

This suite was written from the contract documents alone (CONTRACT.md, the IntegrationResponseDto seed,
SERVER-SEMANTICS.md and providers.json), without looking at the payload generator, its benchmarks,
fixtures or the other consumer suites: each case is a piece of the railway's own service code (delay
SMS gateway, ticket-receipt mailer, depot sync job, platform-announcer fallback table, passenger
segment indexer, ...) whose buggy version makes one assumption the contract does not guarantee, whose
fixed version does the same job for every contract-valid payload, and whose example is a minimal,
contract-valid change of ``HAPPY_PATH`` that makes the buggy version raise.
"""

from __future__ import annotations

import copy
import functools
import json
import re
import struct
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, cast
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _variant(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level keys replaced, credentials replaced, keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict)]


def _text(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


# 1. Delay-alert SMS sender ------------------------------------------------------------------------


def delay_sms_sender_buggy(payload: Payload) -> dict[str, Any]:
    """Gateway config for delay alerts: the MSISDN the SMS provider sends from."""
    if payload["channel"] != "sms":
        return {}
    sender = payload["credentials"].get("from")
    if sender is None:
        return {"provider": payload["providerId"], "sender": None}
    msisdn = int(sender.replace(" ", "").lstrip("+"))
    return {"provider": payload["providerId"], "sender_msisdn": msisdn}


def delay_sms_sender_fixed(payload: Payload) -> dict[str, Any]:
    if payload.get("channel") != "sms":
        return {}
    provider = _text(payload.get("providerId"))
    sender = _creds(payload).get("from")
    if not isinstance(sender, str):
        return {"provider": provider, "sender": None}
    digits = sender.replace(" ", "").removeprefix("+")
    if digits.isascii() and digits.isdigit() and len(digits) <= 15:
        return {"provider": provider, "sender_msisdn": int(digits)}
    return {"provider": provider, "sender_alpha": sender}


# 2. Ticket-receipt From header ----------------------------------------------------------------------


def receipt_from_header_buggy(payload: Payload) -> bytes | None:
    """The raw From header of e-ticket receipts, as bytes for the SES raw-MIME sender."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    name = credentials.get("senderName", "RegioRail Tickets")
    address = credentials.get("from", "tickets@regiorail.example")
    return f"From: {name} <{address}>".encode()


def _scrub_surrogates(text: str) -> str:
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def receipt_from_header_fixed(payload: Payload) -> bytes | None:
    if payload.get("channel") != "email":
        return None
    credentials = _creds(payload)
    name = _scrub_surrogates(_text(credentials.get("senderName"), "RegioRail Tickets"))
    address = _scrub_surrogates(_text(credentials.get("from"), "tickets@regiorail.example"))
    name = name.replace("\r", " ").replace("\n", " ")
    address = address.replace("\r", "").replace("\n", "")
    return f"From: {name} <{address}>".encode()


# 3. Custom SMTP relay TLS options -------------------------------------------------------------------


def smtp_tls_ini_buggy(payload: Payload) -> list[str]:
    """Config loader: renders a Custom SMTP (nodemailer) integration's tlsOptions into the relay's INI."""
    if payload["providerId"] != "nodemailer":
        return []
    options = payload["credentials"].get("tlsOptions", {})
    return [f"tls_{key.lower()} = {value.strip()}" for key, value in sorted(options.items())]


def smtp_tls_ini_fixed(payload: Payload) -> list[str]:
    if payload.get("providerId") != "nodemailer":
        return []
    options = _creds(payload).get("tlsOptions")
    if not isinstance(options, dict):
        return []
    lines = []
    for key, value in sorted(options.items()):
        rendered = value.strip() if isinstance(value, str) else json.dumps(value)
        lines.append(f"tls_{str(key).lower()} = {rendered}")
    return lines


# 4. Fare-zone ranges from BETWEEN conditions --------------------------------------------------------

_RANGE = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*(?:,|\.\.|-|to)\s*(-?\d+(?:\.\d+)?)\s*")


def fare_zone_ranges_buggy(payload: Payload) -> list[tuple[str, float, float]]:
    """Ticketing rules engine: numeric fare-zone ranges from BETWEEN / NOT_BETWEEN conditions."""
    ranges = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = child["value"].split(",")
                ranges.append((child["field"], float(low), float(high)))
    return ranges


def fare_zone_ranges_fixed(payload: Payload) -> list[tuple[str, float, float]]:
    ranges = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") not in ("BETWEEN", "NOT_BETWEEN"):
                continue
            match = _RANGE.fullmatch(_text(child.get("value")))
            if match is None:
                continue  # not a numeric range: left to the generic matcher
            ranges.append((_text(child.get("field")), float(match[1]), float(match[2])))
    return ranges


# 5. Retention purge of soft-deleted integrations ----------------------------------------------------


def retention_purge_due_buggy(payload: Payload) -> bool:
    """Nightly retention job: was this soft-deleted integration deleted more than 90 days ago?"""
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    try:
        deleted_at = datetime.fromisoformat(payload["deletedAt"])
    except ValueError:
        return False
    return datetime.now(UTC) - deleted_at > timedelta(days=90)


def retention_purge_due_fixed(payload: Payload) -> bool:
    deleted_at_text = payload.get("deletedAt")
    if payload.get("deleted") is not True or not isinstance(deleted_at_text, str):
        return False
    try:
        deleted_at = datetime.fromisoformat(deleted_at_text)
    except ValueError:
        return False
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)  # Novu stores UTC
    try:
        return datetime.now(UTC) - deleted_at > timedelta(days=90)
    except OverflowError:
        return False


# 6. Admin "created" column from the ObjectId ---------------------------------------------------------

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def admin_created_column_buggy(payload: Payload) -> str | None:
    """Admin serializer: the 'created' column, read from the timestamp inside the Mongo ObjectId."""
    object_id = payload.get("_id")
    if object_id is None:
        return None
    seconds = int.from_bytes(bytes.fromhex(object_id)[:4], "big")
    return datetime.fromtimestamp(seconds, UTC).isoformat()


def admin_created_column_fixed(payload: Payload) -> str | None:
    object_id = payload.get("_id")
    if not isinstance(object_id, str) or _OBJECT_ID.fullmatch(object_id) is None:
        return None
    seconds = int.from_bytes(bytes.fromhex(object_id)[:4], "big")
    return datetime.fromtimestamp(seconds, UTC).isoformat()


# 7. Depot ops database sync ---------------------------------------------------------------------------

PRODUCTION_ENVIRONMENT_ID: str = HAPPY_PATH["_environmentId"]


def depot_sync_row_buggy(payload: Payload) -> tuple[str, str, bool]:
    """Mirrors the production environment's integrations into the depot operations database."""
    assert payload["_environmentId"] == PRODUCTION_ENVIRONMENT_ID, "row from another environment"
    return (payload["identifier"], payload["providerId"], payload["active"])


def depot_sync_row_fixed(payload: Payload) -> tuple[str, str, bool] | None:
    if payload.get("_environmentId") != PRODUCTION_ENVIRONMENT_ID:
        return None  # the list spans the whole organization: other environments are skipped
    return (_text(payload.get("identifier")), _text(payload.get("providerId")), payload.get("active") is True)


# 8. Per-integration delivery-receipt hostname ---------------------------------------------------------

_HOOK_DOMAIN = "hooks.regiorail.example"


def receipt_hook_host_buggy(payload: Payload) -> str:
    """Each integration gets its own delivery-receipt hostname: <identifier>.hooks.regiorail.example."""
    label = payload["identifier"].lower().encode("idna").decode("ascii")
    return f"{label}.{_HOOK_DOMAIN}"


def receipt_hook_host_fixed(payload: Payload) -> str:
    identifier = _text(payload.get("identifier"))
    slug = re.sub(r"[^a-z0-9-]+", "-", identifier.lower()).strip("-")
    digest = format(zlib.crc32(identifier.encode("utf-8", "surrogatepass")), "08x")
    if not slug or len(slug) > 63 or slug != identifier.lower():
        slug = f"{slug[:40].strip('-')}-{digest}".lstrip("-")
    return f"{slug}.{_HOOK_DOMAIN}"


# 9. Operations dashboard metrics (InfluxDB line protocol) ----------------------------------------------


def _parse_line(line: str) -> tuple[str, str]:
    """The shipping client's sanity check: exactly one unescaped space between tags and fields."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == " ":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    if len(parts) != 2:
        raise ValueError(f"malformed line protocol: {len(parts)} sections")
    return parts[0], parts[1]


def metrics_line_buggy(payload: Payload) -> tuple[str, str]:
    """One InfluxDB point per integration for the operations dashboard."""
    line = (
        f"novu_integration,provider={payload['providerId']},name={payload['name']} "
        f"active={int(payload['active'])}i,primary={int(payload['primary'])}i"
    )
    return _parse_line(line)


def _escape_tag(value: str) -> str:
    value = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    for char in (",", "=", " "):
        value = value.replace(char, "\\" + char)
    return value


def metrics_line_fixed(payload: Payload) -> tuple[str, str]:
    provider = _escape_tag(_text(payload.get("providerId")))
    name = _escape_tag(_text(payload.get("name")))
    line = (
        f"novu_integration,provider={provider},name={name} "
        f"active={int(payload.get('active') is True)}i,primary={int(payload.get('primary') is True)}i"
    )
    return _parse_line(line)


# 10. Primary route for timetable-change notifications -------------------------------------------------


def primary_route_buggy(payload: Payload) -> str | None:
    """Notification router: the route key when this integration is its channel's primary."""
    if not payload["primary"]:
        return None
    assert payload["active"], f"primary integration {payload['identifier']} is inactive"
    return f"{payload['channel']}:{payload['identifier']}"


def primary_route_fixed(payload: Payload) -> str | None:
    if payload.get("primary") is not True or payload.get("active") is not True:
        return None  # an inactive primary stays primary on the server but must not route
    return f"{_text(payload.get('channel'))}:{_text(payload.get('identifier'))}"


# 11. Vendor catalog row in the admin console ----------------------------------------------------------

VENDOR_CHANNELS: dict[str, str] = {
    "sendgrid": "email",
    "ses": "email",
    "mailgun": "email",
    "postmark": "email",
    "nodemailer": "email",
    "twilio": "sms",
    "clickatell": "sms",
    "infobip-sms": "sms",
    "messagebird": "sms",
    "fcm": "push",
    "slack": "chat",
    "novu": "in_app",
}


def vendor_catalog_row_buggy(payload: Payload) -> dict[str, str]:
    """Admin console: the integration beside the company's vendor-contract catalog entry."""
    expected = VENDOR_CHANNELS.get(payload["providerId"])
    if expected is not None:
        assert expected == payload["channel"], "catalog and integration disagree on the channel"
    return {"vendor": payload["providerId"], "channel": payload["channel"], "label": payload["name"]}


def vendor_catalog_row_fixed(payload: Payload) -> dict[str, str]:
    provider = _text(payload.get("providerId"))
    channel = _text(payload.get("channel"))
    expected = VENDOR_CHANNELS.get(provider)
    row = {"vendor": provider, "channel": channel, "label": _text(payload.get("name"))}
    if expected is not None and expected != channel:
        row["warning"] = f"catalog lists {provider} as {expected}"
    return row


# 12. Infobip endpoint for platform-change SMS ----------------------------------------------------------


def infobip_endpoint_buggy(payload: Payload) -> str | None:
    """SMS gateway config: the Infobip send endpoint for platform-change alerts."""
    if not payload["providerId"].startswith("infobip"):
        return None
    base = payload["credentials"].get("baseUrl", "https://api.infobip.com")
    host = cast(str, urlsplit(base).hostname).lower()
    return f"https://{host}/sms/2/text/advanced"


def infobip_endpoint_fixed(payload: Payload) -> str | None:
    if not _text(payload.get("providerId")).startswith("infobip"):
        return None
    base = _text(_creds(payload).get("baseUrl")).strip() or "https://api.infobip.com"
    if "://" not in base:
        base = "https://" + base  # Infobip hands out the base URL as a bare host
    try:
        host = urlsplit(base).hostname
    except ValueError:
        host = None
    return f"https://{(host or 'api.infobip.com').lower()}/sms/2/text/advanced"


# 13. Firebase project of the crew-roster push integration ----------------------------------------------


def crew_push_project_buggy(payload: Payload) -> str | None:
    """Crew-roster push notifications: the Firebase project behind the FCM integration."""
    if payload["providerId"] != "fcm":
        return None
    service_account = payload["credentials"].get("serviceAccount")
    if service_account is None:
        return None
    return str(json.loads(service_account).get("project_id"))


def crew_push_project_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    service_account = _creds(payload).get("serviceAccount")
    if not isinstance(service_account, str):
        return None
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        return None  # e.g. the stored, encrypted form "nvsk.<iv>:<cipher>"
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    return project if isinstance(project, str) else None


# 14. Passenger-segment search index --------------------------------------------------------------------


def segment_expressions_buggy(payload: Payload) -> list[str]:
    """Search indexer: each condition group as a boolean expression over passenger segments."""
    expressions = []
    for condition in payload.get("conditions", []):
        terms = [
            f"{child['on']}.{child['field']} {child['operator']} {child['value']!r}"
            for child in condition["children"]
        ]
        joiner = f" {condition['value']} "
        expression = functools.reduce(lambda left, right: f"({left}{joiner}{right})", terms)
        expressions.append(f"NOT {expression}" if condition["isNegated"] else expression)
    return expressions


def segment_expressions_fixed(payload: Payload) -> list[str]:
    expressions = []
    for condition in _conditions(payload):
        terms = [
            f"{_text(child.get('on'))}.{_text(child.get('field'))} "
            f"{_text(child.get('operator'))} {_text(child.get('value'))!r}"
            for child in _children(condition)
        ]
        value = _text(condition.get("value"), "AND")
        joiner = f" {value} "
        if terms:
            expression = functools.reduce(lambda left, right: f"({left}{joiner}{right})", terms)
        else:
            expression = "FALSE" if value == "OR" else "TRUE"  # the empty OR / empty AND
        expressions.append(f"NOT {expression}" if condition.get("isNegated") is True else expression)
    return expressions


# 15. Condition badges in the admin console -------------------------------------------------------------

TYPE_BADGES: dict[str, str] = {
    "BOOLEAN": "[y/n]",
    "TEXT": "[abc]",
    "DATE": "[date]",
    "NUMBER": "[#]",
    "STATEMENT": "[if]",
    "LIST": "[list]",
}


def condition_badges_buggy(payload: Payload) -> list[str]:
    """Admin console: one badge per condition, by builder field type."""
    return [TYPE_BADGES[condition["type"]] for condition in payload.get("conditions", [])]


def condition_badges_fixed(payload: Payload) -> list[str]:
    badges = {**TYPE_BADGES, "MULTI_LIST": "[lists]", "GROUP": "[group]"}
    return [badges.get(_text(condition.get("type")), "[?]") for condition in _conditions(payload)]


# 16. Platform-announcer fallback table ------------------------------------------------------------------


def announcer_fallback_record_buggy(payload: Payload) -> bytes:
    """Packs the integration's fallback priority and flags for the platform announcer's binary table."""
    priority = payload.get("priority", 0)
    return struct.pack(">H??", priority, payload["active"], payload["primary"])


def announcer_fallback_record_fixed(payload: Payload) -> bytes:
    priority = payload.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int):
        priority = 0
    priority = min(max(priority, 0), 0xFFFF)
    return struct.pack(">H??", priority, payload.get("active") is True, payload.get("primary") is True)


RAILWAY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="railway_delay_sms_numeric_sender",
        bug="assumes an SMS `from` is a phone number, but it may be an alphanumeric sender id",
        buggy=delay_sms_sender_buggy,
        fixed=delay_sms_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Twilio", "identifier": "twilio-Qm3xV0a1", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0123456789abcdef", "token": "fake-token", "from": "RegioRail"},
        ),
    ),
    ConsumerCase(
        name="railway_receipt_sender_lone_surrogate",
        bug="assumes `senderName` is encodable UTF-8, but a JSON string may carry a lone surrogate",
        buggy=receipt_from_header_buggy,
        fixed=receipt_from_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_variant(
            credentials={**HAPPY_PATH["credentials"], "senderName": "RegioRail Tickets \ud83d"},
        ),
    ),
    ConsumerCase(
        name="railway_smtp_tls_options_not_strings",
        bug="assumes every `tlsOptions` value is a string, but it is free-form JSON (booleans, lists)",
        buggy=smtp_tls_ini_buggy,
        fixed=smtp_tls_ini_fixed,
        raises=(AttributeError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-p0Rt25aa", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.regiorail.example",
                "port": "587",
                "from": "no-reply@example.com",
                "senderName": "Example Inc",
                "tlsOptions": {"rejectUnauthorized": False},
            },
        ),
    ),
    ConsumerCase(
        name="railway_fare_zone_between_format",
        bug="assumes a BETWEEN condition's `value` is 'low,high', but it is a free string such as '3-5'",
        buggy=fare_zone_ranges_buggy,
        fixed=fare_zone_ranges_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.fareZone",
                                "value": "3-5",
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
        name="railway_retention_deleted_at_naive",
        bug="assumes a deleted integration's `deletedAt` carries a UTC offset (naive vs aware TypeError)",
        buggy=retention_purge_due_buggy,
        fixed=retention_purge_due_fixed,
        raises=(TypeError,),
        example=_variant({"deleted": True, "deletedAt": "2024-03-01T09:15:00"}),
    ),
    ConsumerCase(
        name="railway_admin_objectid_timestamp",
        bug="assumes `_id` is a hex Mongo ObjectId to read its creation time, but it is any string",
        buggy=admin_created_column_buggy,
        fixed=admin_created_column_fixed,
        raises=(ValueError,),
        example=_variant({"_id": "int-ice-fleet-0042"}),
    ),
    ConsumerCase(
        name="railway_depot_sync_foreign_environment",
        bug="assumes the list holds only the API key's environment, but it spans the whole organization",
        buggy=depot_sync_row_buggy,
        fixed=depot_sync_row_fixed,
        raises=(AssertionError,),
        example=_variant({"_environmentId": "6615a3c2f1e2d3c4b5a69799"}),
    ),
    ConsumerCase(
        name="railway_receipt_hook_host_label_length",
        bug="assumes `identifier` fits one DNS label (<= 63 chars), but identifiers have no length limit",
        buggy=receipt_hook_host_buggy,
        fixed=receipt_hook_host_fixed,
        raises=(UnicodeError,),
        example=_variant(
            {"identifier": "regional-rail-customer-notifications-primary-email-sender-x8Kd2bQ1"}
        ),
    ),
    ConsumerCase(
        name="railway_metrics_name_with_space",
        bug="assumes `name` needs no line-protocol escaping, but names like 'SendGrid EU' contain spaces",
        buggy=metrics_line_buggy,
        fixed=metrics_line_fixed,
        raises=(ValueError,),
        example=_variant({"name": "SendGrid EU"}),
    ),
    ConsumerCase(
        name="railway_primary_route_inactive",
        bug="assumes a primary integration is active, but `primary: true` with `active: false` is valid",
        buggy=primary_route_buggy,
        fixed=primary_route_fixed,
        raises=(AssertionError,),
        example=_variant({"active": False}),
    ),
    ConsumerCase(
        name="railway_vendor_catalog_channel_mismatch",
        bug="assumes `providerId` implies the catalog's channel, but e.g. clickatell may come as email",
        buggy=vendor_catalog_row_buggy,
        fixed=vendor_catalog_row_fixed,
        raises=(AssertionError,),
        example=_variant({"providerId": "clickatell"}),
    ),
    ConsumerCase(
        name="railway_infobip_base_url_bare_host",
        bug="assumes Infobip `baseUrl` has a scheme, but it is often a bare host (hostname is None)",
        buggy=infobip_endpoint_buggy,
        fixed=infobip_endpoint_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Infobip",
                "identifier": "infobip-7hQ2mZk0",
                "providerId": "infobip-sms",
                "channel": "sms",
            },
            credentials={
                "apiKey": "fake-api-key-0002",
                "baseUrl": "k3x9p1.api.infobip.com",
                "from": "RegioRail",
            },
        ),
    ),
    ConsumerCase(
        name="railway_crew_push_service_account_not_json",
        bug="assumes FCM `serviceAccount` is a JSON document, but it is any string (e.g. the nvsk. form)",
        buggy=crew_push_project_buggy,
        fixed=crew_push_project_fixed,
        raises=(json.JSONDecodeError,),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-c9Lw1",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.3f9a1c0b7e2d4a6f:9b8c7d6e5f4a3b2c1d0e"},
        ),
    ),
    ConsumerCase(
        name="railway_segment_index_empty_children",
        bug="assumes every condition has at least one child, but `children` may be empty (reduce fails)",
        buggy=segment_expressions_buggy,
        fixed=segment_expressions_fixed,
        raises=(TypeError,),
        example=_variant(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="railway_condition_badge_group_type",
        bug="assumes condition `type` is one of the first six builder types, missing MULTI_LIST and GROUP",
        buggy=condition_badges_buggy,
        fixed=condition_badges_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "GROUP",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.plan",
                                "value": "pro",
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
        name="railway_announcer_priority_uint16",
        bug="assumes the extra `priority` key fits an unsigned 16-bit field, but extras carry any value",
        buggy=announcer_fallback_record_buggy,
        fixed=announcer_fallback_record_fixed,
        raises=(struct.error,),
        example=_variant({"priority": 65536}),
    ),
]
