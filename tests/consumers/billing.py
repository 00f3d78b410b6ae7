"""Sixteen multi-tenant SaaS consumers of ``GET /v1/integrations`` items, each with one contract bug.

Billing, usage metering, tenancy and customer-data code, written from the contract documentation alone
(``CONTRACT.md``, the seed ``IntegrationResponseDto`` page, ``providers.json``), without looking at the
generator. Each buggy version works on ``HAPPY_PATH`` and assumes away one thing the contract allows; each
fixed control honours the contract and never raises on a valid payload (it may return ``None`` or a
fallback instead).
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import hashlib
import hmac
import json
import re
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

# --- helpers for the fixed controls -----------------------------------------------------------------


def _str_field(payload: Payload, key: str) -> str | None:
    value = payload.get(key)
    return value if isinstance(value, str) else None


def _creds(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_str(payload: Payload, key: str) -> str | None:
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _children(payload: Payload) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every (condition, child) pair, skipping anything that is not shaped as the contract says."""
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return pairs
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        pairs.extend((condition, child) for child in children if isinstance(child, dict))
    return pairs


def _digest(text: str, length: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


# --- 1. Usage meter: billing period from the ObjectId timestamp -------------------------------------


def usage_meter_buggy(payload: Payload) -> dict[str, str]:
    """Opens a per-tenant usage meter for the integration, billed from the month it was created."""
    created = datetime.fromtimestamp(int(payload["_id"][:8], 16), tz=UTC)
    return {
        "meter": f"{payload['_organizationId']}/{payload['_id']}",
        "period_start": created.strftime("%Y-%m-01"),
    }


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def usage_meter_fixed(payload: Payload) -> dict[str, str | None]:
    integration_id = _str_field(payload, "_id")
    org = _str_field(payload, "_organizationId") or ""
    key = integration_id if integration_id is not None else f"ident:{_str_field(payload, 'identifier')}"
    period_start = None
    if integration_id is not None and _OBJECT_ID.fullmatch(integration_id):
        created = datetime.fromtimestamp(int(integration_id[:8], 16), tz=UTC)
        period_start = created.strftime("%Y-%m-01")
    return {"meter": f"{_digest(org)}/{_digest(key)}", "period_start": period_start}


# --- 2. Invoice line: SKU per provider --------------------------------------------------------------

_PROVIDER_SKUS = {
    "sendgrid": "EML-SENDGRID",
    "mailgun": "EML-MAILGUN",
    "ses": "EML-SES",
    "postmark": "EML-POSTMARK",
    "mailjet": "EML-MAILJET",
    "twilio": "SMS-TWILIO",
    "nexmo": "SMS-VONAGE",
    "plivo": "SMS-PLIVO",
    "sns": "SMS-SNS",
    "fcm": "PSH-FCM",
    "apns": "PSH-APNS",
    "expo": "PSH-EXPO",
    "slack": "CHT-SLACK",
    "msteams": "CHT-TEAMS",
    "novu": "INA-NOVU",
}


def invoice_line_buggy(payload: Payload) -> str:
    """One invoice line per connected provider: the SKU, then the integration's name."""
    sku = _PROVIDER_SKUS[payload["providerId"]]
    return f"{sku}  {payload['name']}  ({payload['channel']})"


def invoice_line_fixed(payload: Payload) -> str:
    channel = _str_field(payload, "channel") or "unknown"
    provider = _str_field(payload, "providerId") or ""
    sku = _PROVIDER_SKUS.get(provider, f"{channel[:3].upper()}-OTHER")
    return f"{sku}  {_str_field(payload, 'name') or ''}  ({channel})"


# --- 3. Plan limits from numeric conditions ---------------------------------------------------------

_LIMIT_OPERATORS = frozenset({"LARGER", "LARGER_EQUAL", "SMALLER", "SMALLER_EQUAL"})


def plan_limits_buggy(payload: Payload) -> dict[str, int]:
    """Numeric plan limits (seats, monthly messages) the tenant configured as integration conditions."""
    limits: dict[str, int] = {}
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _LIMIT_OPERATORS:
                limits[child["field"]] = int(child["value"])
    return limits


_PLAIN_INT = re.compile(r"[0-9]{1,18}")


def plan_limits_fixed(payload: Payload) -> dict[str, int]:
    limits: dict[str, int] = {}
    for _condition, child in _children(payload):
        value, field = child.get("value"), child.get("field")
        if child.get("operator") not in _LIMIT_OPERATORS or not isinstance(field, str):
            continue
        if isinstance(value, str) and _PLAIN_INT.fullmatch(value.strip()):
            limits[field] = int(value.strip())
    return limits


# --- 4. Tenant segment from the first condition -----------------------------------------------------


def tenant_segment_buggy(payload: Payload) -> str:
    """The subscriber attribute a tenant routes on: the first rule of the first condition group."""
    rule = payload.get("conditions", [])[0]["children"][0]
    return f"{rule['on']}:{rule['field']}"


def tenant_segment_fixed(payload: Payload) -> str | None:
    for _condition, child in _children(payload):
        on, field = child.get("on"), child.get("field")
        if isinstance(on, str) and isinstance(field, str):
            return f"{on}:{field}"
    return None


# --- 5. Legacy ERP export in ISO-8859-1 -------------------------------------------------------------


def _erp_row(payload: Payload) -> str:
    fields = [
        str(payload.get(key, "")).replace(";", ",").replace("\r", " ").replace("\n", " ")
        for key in ("identifier", "name", "providerId", "channel")
    ]
    return ";".join(fields) + "\r\n"


def erp_export_buggy(payload: Payload) -> bytes:
    """A row of the nightly cost-centre export; the ERP imports ISO-8859-1 files."""
    return _erp_row(payload).encode("latin-1")


def erp_export_fixed(payload: Payload) -> bytes:
    return _erp_row(payload).encode("latin-1", errors="replace")


# --- 6. Tenant-isolation guard ----------------------------------------------------------------------

_TENANT_ORG: str = "6615a3c2f1e2d3c4b5a69702"
_TENANT_ENV: str = "6615a3c2f1e2d3c4b5a69701"


def tenant_guard_buggy(payload: Payload) -> bool:
    """Row-level tenancy check before a record is cached: constant-time id comparison."""
    return hmac.compare_digest(payload["_organizationId"], _TENANT_ORG) and hmac.compare_digest(
        payload["_environmentId"], _TENANT_ENV
    )


def _same_id(value: object, expected: str) -> bool:
    if not isinstance(value, str):
        return False
    return hmac.compare_digest(value.encode("utf-8", "surrogatepass"), expected.encode("utf-8"))


def tenant_guard_fixed(payload: Payload) -> bool:
    return _same_id(payload.get("_organizationId"), _TENANT_ORG) and _same_id(
        payload.get("_environmentId"), _TENANT_ENV
    )


# --- 7. Customer-facing API serializer (camelCase wire -> snake_case dataclass) ---------------------


@dataclasses.dataclass(frozen=True)
class PublicIntegration:
    """What the customer API returns for an integration (credentials never leave the backend)."""

    environment_id: str
    organization_id: str
    name: str
    identifier: str
    provider_id: str
    channel: str
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    conditions: list[Any] = dataclasses.field(default_factory=list)
    deleted_at: str | None = None
    deleted_by: str | None = None


_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _snake(key: str) -> str:
    return _CAMEL_BOUNDARY.sub("_", key.lstrip("_")).lower()


def public_integration_buggy(payload: Payload) -> PublicIntegration:
    """Maps the wire keys to snake_case and builds the public model from them."""
    data = {_snake(key): value for key, value in payload.items() if key != "credentials"}
    return PublicIntegration(**data)


_WIRE_TO_FIELD = {
    "_id": "id",
    "_environmentId": "environment_id",
    "_organizationId": "organization_id",
    "name": "name",
    "identifier": "identifier",
    "providerId": "provider_id",
    "channel": "channel",
    "active": "active",
    "deleted": "deleted",
    "primary": "primary",
    "conditions": "conditions",
    "deletedAt": "deleted_at",
    "deletedBy": "deleted_by",
}


def public_integration_fixed(payload: Payload) -> PublicIntegration | None:
    data = {field: payload[wire] for wire, field in _WIRE_TO_FIELD.items() if wire in payload}
    required = {
        f.name
        for f in dataclasses.fields(PublicIntegration)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    if not required <= data.keys():
        return None
    return PublicIntegration(**data)


# --- 8. GDPR data-export bundle: masked credentials -------------------------------------------------


def gdpr_bundle_buggy(payload: Payload) -> str:
    """The integrations section of a customer's data export: settings with secrets masked."""
    masked = {key: value[:4] + "****" for key, value in _credentials(payload).items()}
    return json.dumps(
        {"integration": payload["identifier"], "provider": payload["providerId"], "settings": masked}
    )


def gdpr_bundle_fixed(payload: Payload) -> str:
    masked: dict[str, object] = {}
    for key, value in _creds(payload).items():
        if isinstance(value, str):
            masked[key] = value[:4] + "****"
        elif isinstance(value, bool):
            masked[key] = value
        else:
            masked[key] = "[redacted]"
    return json.dumps(
        {
            "integration": _str_field(payload, "identifier"),
            "provider": _str_field(payload, "providerId"),
            "settings": masked,
        }
    )


# --- 9. Unit price by channel -----------------------------------------------------------------------


class BillableChannel(enum.Enum):
    EMAIL = "email"
    SMS = "sms"
    PUSH = "push"
    CHAT = "chat"


_UNIT_PRICE = {
    BillableChannel.EMAIL: Decimal("0.0009"),
    BillableChannel.SMS: Decimal("0.0075"),
    BillableChannel.PUSH: Decimal("0.0001"),
    BillableChannel.CHAT: Decimal("0.0004"),
}


def unit_price_buggy(payload: Payload) -> Decimal:
    """The per-message price the usage rater applies to an integration's channel."""
    return _UNIT_PRICE[BillableChannel(payload["channel"])]


def unit_price_fixed(payload: Payload) -> Decimal | None:
    channel = payload.get("channel")
    if channel == "in_app":
        return Decimal(0)
    for member in BillableChannel:
        if member.value == channel:
            return _UNIT_PRICE[member]
    return None


# --- 10. Outgoing webhook for integration lifecycle events ------------------------------------------


def lifecycle_event_buggy(payload: Payload) -> dict[str, object]:
    """The event the tenant's audit webhook receives when an integration changes."""
    if payload["deleted"]:
        return {
            "type": "integration.deleted",
            "integration": payload.get("_id"),
            "actor": {"userId": payload["deletedBy"]},
            "occurredAt": payload.get("deletedAt"),
        }
    return {"type": "integration.updated", "integration": payload.get("_id"), "actor": None}


def lifecycle_event_fixed(payload: Payload) -> dict[str, object]:
    integration = _str_field(payload, "_id")
    if payload.get("deleted") is True:
        deleted_by = _str_field(payload, "deletedBy")
        return {
            "type": "integration.deleted",
            "integration": integration,
            "actor": {"userId": deleted_by} if deleted_by is not None else {"system": True},
            "occurredAt": _str_field(payload, "deletedAt"),
        }
    return {"type": "integration.updated", "integration": integration, "actor": None}


# --- 11. Retry-queue message key --------------------------------------------------------------------


def retry_key_buggy(payload: Payload) -> str:
    """Deduplication key for the failed-delivery retry queue: environment, provider, short id."""
    short_id = payload["identifier"].rsplit("-", 1)[1]
    return f"retry:{payload['_environmentId']}:{payload['providerId']}:{short_id}"


def retry_key_fixed(payload: Payload) -> str:
    parts = [_str_field(payload, key) or "" for key in ("_environmentId", "providerId", "identifier")]
    return "retry:" + ":".join(_digest(part) for part in parts)


# --- 12. Pagination cursor --------------------------------------------------------------------------


def page_cursor_buggy(payload: Payload) -> str:
    """Opaque ``after=`` cursor for the tenant dashboard's integration list, sorted by name then id."""
    key = [payload["name"].casefold(), payload["_id"]]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode()


def page_cursor_fixed(payload: Payload) -> str:
    name = _str_field(payload, "name") or ""
    tiebreak = _str_field(payload, "_id") or f"ident:{_str_field(payload, 'identifier') or ''}"
    key = [name.casefold(), tiebreak]
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode()


# --- 13. Sender reputation from the ``from`` address ------------------------------------------------

_FREE_MAIL = frozenset({"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"})


def sender_score_buggy(payload: Payload) -> int | None:
    """Deliverability score shown next to each tenant's email sender: free-mail domains score low."""
    if payload["channel"] != "email":
        return None
    sender = _credentials(payload).get("from", "")
    domain = sender.split("@")[1].lower()
    return 40 if domain in _FREE_MAIL else 90


def sender_score_fixed(payload: Payload) -> int | None:
    if payload.get("channel") != "email":
        return None
    sender = _cred_str(payload, "from") or ""
    _local, at, domain = sender.rpartition("@")
    if not at or not domain:
        return None
    return 40 if domain.strip(" >").lower() in _FREE_MAIL else 90


# --- 14. Regional routing from region / baseUrl -----------------------------------------------------


def data_region_buggy(payload: Payload) -> str:
    """Which data region a tenant's messages go through (EU customers must stay in the EU)."""
    credentials = _credentials(payload)
    if region := credentials.get("region"):
        return "eu" if region.startswith("eu") else "us"
    if base_url := credentials.get("baseUrl"):
        host = urlsplit(base_url).hostname
        return "eu" if host.endswith(".eu") or ".eu." in host else "us"
    return "us"


def _hostname(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname
        if host is None:
            host = urlsplit("//" + url).hostname
    except ValueError:
        return None
    return host


def data_region_fixed(payload: Payload) -> str:
    region = _cred_str(payload, "region")
    if region:
        return "eu" if region.lower().startswith("eu") else "us"
    base_url = _cred_str(payload, "baseUrl")
    if base_url and (host := _hostname(base_url)) is not None:
        return "eu" if host.endswith(".eu") or ".eu." in host else "us"
    return "us"


# --- 15. SMS cost estimate from the sender number ---------------------------------------------------


def sms_cost_buggy(payload: Payload) -> Decimal | None:
    """Per-segment cost of a tenant's SMS sender: short codes cost more than long codes."""
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from", "")
    number = int(sender.replace(" ", "").removeprefix("+"))
    return Decimal("0.0120") if number < 1_000_000 else Decimal("0.0079")


_PHONE_DIGITS = re.compile(r"[0-9]{1,15}")


def sms_cost_fixed(payload: Payload) -> Decimal | None:
    if payload.get("channel") != "sms":
        return None
    sender = (_cred_str(payload, "from") or "").replace(" ", "").removeprefix("+")
    if not _PHONE_DIGITS.fullmatch(sender):
        return Decimal("0.0095")  # alphanumeric sender id or no sender: flat rate
    return Decimal("0.0120") if int(sender) < 1_000_000 else Decimal("0.0079")


# --- 16. Refund for a deleted integration -----------------------------------------------------------

_RETENTION_DAYS = 30
_MONTHLY_FEE = Decimal("49.00")


def refund_buggy(payload: Payload) -> Decimal | None:
    """Prorated refund for an integration deleted within the retention window."""
    raw = payload.get("deletedAt")
    if not payload["deleted"] or raw is None:
        return None
    deleted_at = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    days = (datetime.now(UTC) - deleted_at).days
    remaining = max(_RETENTION_DAYS - days, 0)
    return (_MONTHLY_FEE * remaining / _RETENTION_DAYS).quantize(Decimal("0.01"))


def refund_fixed(payload: Payload) -> Decimal | None:
    raw = _str_field(payload, "deletedAt")
    if payload.get("deleted") is not True or raw is None or len(raw) > 64:
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
        if deleted_at.tzinfo is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        days = (datetime.now(UTC) - deleted_at).days
    except (ValueError, OverflowError):
        return None
    remaining = min(max(_RETENTION_DAYS - days, 0), _RETENTION_DAYS)
    return (_MONTHLY_FEE * remaining / _RETENTION_DAYS).quantize(Decimal("0.01"))


# --- the cases --------------------------------------------------------------------------------------

BILLING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="usage_meter_objectid_period",
        bug="assumes `_id` is a MongoDB ObjectId and reads the creation time from its first 8 hex digits",
        buggy=usage_meter_buggy,
        fixed=usage_meter_fixed,
        raises=(ValueError, KeyError),
        example=_example({"_id": "int_2fK9wq7LmN3pR8sTz0"}),
    ),
    ConsumerCase(
        name="invoice_line_provider_sku",
        bug="assumes every `providerId` is in the team's hard-coded SKU table",
        buggy=invoice_line_buggy,
        fixed=invoice_line_fixed,
        raises=(KeyError,),
        example=_example(
            {"providerId": "resend", "name": "Resend", "identifier": "resend-Qm3v8Ls", "credentials": {}}
        ),
    ),
    ConsumerCase(
        name="plan_limit_integer_condition",
        bug="assumes a numeric condition's `value` is a plain integer literal (it is any string)",
        buggy=plan_limits_buggy,
        fixed=plan_limits_fixed,
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
                                "field": "subscriber.data.monthlyMessages",
                                "value": "10,000",
                                "operator": "SMALLER_EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="tenant_segment_first_condition",
        bug="assumes `conditions` holds at least one group with at least one child (it defaults to [])",
        buggy=tenant_segment_buggy,
        fixed=tenant_segment_fixed,
        raises=(IndexError,),
        example=_example({"conditions": []}),
    ),
    ConsumerCase(
        name="erp_export_latin1",
        bug="assumes names and identifiers fit ISO-8859-1 (strings may hold any unicode)",
        buggy=erp_export_buggy,
        fixed=erp_export_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "SendGrid \u2013 Transaktionsmails \u20ac"}),
    ),
    ConsumerCase(
        name="tenant_guard_compare_digest",
        bug="passes tenant ids as str to hmac.compare_digest, which rejects non-ASCII strings",
        buggy=tenant_guard_buggy,
        fixed=tenant_guard_fixed,
        raises=(TypeError,),
        example=_example({"_organizationId": "org-zürich-01"}),
    ),
    ConsumerCase(
        name="public_serializer_extra_keys",
        bug="maps every wire key into the dataclass, so unknown extra keys (createdAt, __v) break it",
        buggy=public_integration_buggy,
        fixed=public_integration_fixed,
        raises=(TypeError,),
        example=_example(
            {"createdAt": "2025-05-08T10:00:00.000Z", "updatedAt": "2025-05-08T10:00:00.000Z", "__v": 0}
        ),
    ),
    ConsumerCase(
        name="gdpr_bundle_mask_credentials",
        bug="masks every credential by slicing it, assuming all credential values are strings",
        buggy=gdpr_bundle_buggy,
        fixed=gdpr_bundle_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "providerId": "nodemailer",
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hk2pX9",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "secure": True,
                    "user": "mailer",
                    "password": "fake-password-0001",
                    "from": "no-reply@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="unit_price_channel_enum",
        bug="the billing enum lists only paid channels, so `channel: in_app` is not a member",
        buggy=unit_price_buggy,
        fixed=unit_price_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "novu",
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zr8t1",
                "channel": "in_app",
                "primary": False,
                "credentials": {"hmac": True},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="lifecycle_event_deleted_by",
        bug="assumes a deleted integration always carries `deletedBy` (it is optional, often absent)",
        buggy=lifecycle_event_buggy,
        fixed=lifecycle_event_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-05-08T10:00:00.000Z"}),
    ),
    ConsumerCase(
        name="retry_key_identifier_suffix",
        bug="assumes `identifier` is always `<slug>-<shortid>` and takes the part after the last dash",
        buggy=retry_key_buggy,
        fixed=retry_key_fixed,
        raises=(IndexError, KeyError),
        example=_example({"identifier": "sendgrid_production"}),
    ),
    ConsumerCase(
        name="page_cursor_missing_id",
        bug="assumes every item carries `_id` (it is optional)",
        buggy=page_cursor_buggy,
        fixed=page_cursor_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="sender_score_from_domain",
        bug="assumes the email `from` credential is an address containing '@'",
        buggy=sender_score_buggy,
        fixed=sender_score_fixed,
        raises=(IndexError,),
        example=_example(
            {"credentials": {"apiKey": "fake-api-key-0002", "from": "Acme Billing", "senderName": "Acme"}}
        ),
    ),
    ConsumerCase(
        name="data_region_base_url_scheme",
        bug="assumes `baseUrl` is an absolute URL with a scheme, so urlsplit(...).hostname is never None",
        buggy=data_region_buggy,
        fixed=data_region_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {
                "providerId": "mailgun",
                "name": "Mailgun EU",
                "identifier": "mailgun-eu-P0q7Wd",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "baseUrl": "api.eu.mailgun.net",
                    "user": "api",
                    "domain": "mg.example.eu",
                    "from": "no-reply@example.eu",
                    "senderName": "Example EU",
                },
            }
        ),
    ),
    ConsumerCase(
        name="sms_cost_numeric_sender",
        bug="assumes the SMS `from` is a phone number; alphanumeric sender ids (and empty ones) are valid",
        buggy=sms_cost_buggy,
        fixed=sms_cost_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "twilio",
                "name": "Twilio",
                "identifier": "twilio-Lr5nC2",
                "channel": "sms",
                "credentials": {
                    "accountSid": "ACfake0000000000000000000000000001",
                    "token": "fake-token-0001",
                    "from": "ACME",
                },
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="refund_naive_deleted_at",
        bug="assumes `deletedAt` is an ISO timestamp with an offset (it is a plain string)",
        buggy=refund_buggy,
        fixed=refund_fixed,
        raises=(TypeError, ValueError),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-05-08 10:00:00"}),
    ),
]
