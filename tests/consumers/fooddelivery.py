"""Sixteen consumers from a food-delivery marketplace (restaurants, couriers, customers), each with one bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. Every consumer
reads one element of ``GET /v1/integrations`` as the marketplace's services see it: courier push and SMS
configuration, restaurant receipt e-mail, promotion targeting, audit and retention jobs, billing, search,
dashboards and security exports. Each ``*_buggy`` function works on ``HAPPY_PATH`` but makes one assumption
the contract does not guarantee; its ``*_fixed`` twin is the same code written as a tolerant reader and must
never raise on a contract-valid payload.
"""

from __future__ import annotations

import copy
import csv
import dataclasses
import html
import io
import ipaddress
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys removed, and optionally new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object (tolerant reader)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` when it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The condition objects of a payload; absent ``conditions`` and non-object items are skipped."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition (tolerating the known drift of missing keys)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. Courier app push: which Firebase project courier notifications go to.


def courier_push_project_buggy(payload: Payload) -> dict[str, Any]:
    """Push config for the courier app; reads the Firebase project from the FCM service account."""
    credentials = payload["credentials"]
    config: dict[str, Any] = {
        "provider": payload["providerId"],
        "integration": payload["identifier"],
        "project": None,
    }
    service_account = credentials.get("serviceAccount")
    if service_account is not None:
        config["project"] = json.loads(service_account)["project_id"]
    return config


def courier_push_project_fixed(payload: Payload) -> dict[str, Any]:
    """Same, but a service account that is not a JSON document with ``project_id`` leaves no project."""
    credentials = _creds(payload)
    config: dict[str, Any] = {
        "provider": payload.get("providerId"),
        "integration": payload.get("identifier"),
        "project": None,
    }
    service_account = _text(credentials, "serviceAccount")
    if service_account is not None:
        try:
            document = json.loads(service_account)
        except (ValueError, RecursionError):
            document = None
        if isinstance(document, dict) and isinstance(document.get("project_id"), str):
            config["project"] = document["project_id"]
    return config


# 2. Restaurant-partner SMTP relay settings.


def partner_smtp_settings_buggy(payload: Payload) -> dict[str, Any]:
    """SMTP settings for restaurants that bring their own mail server (Custom SMTP)."""
    credentials = payload["credentials"]
    host = credentials.get("host", "")
    port = int(credentials.get("port", "587"))
    return {"host": host, "port": port, "starttls": port == 587}


def partner_smtp_settings_fixed(payload: Payload) -> dict[str, Any]:
    """Same, but ``port`` is a free string: anything that is not a TCP port number falls back to 587."""
    credentials = _creds(payload)
    host = _text(credentials, "host") or ""
    port = 587
    raw_port = _text(credentials, "port")
    if raw_port is not None and re.fullmatch(r"[0-9]{1,5}", raw_port.strip()):
        candidate = int(raw_port.strip())
        if 0 < candidate <= 65535:
            port = candidate
    return {"host": host, "port": port, "starttls": port == 587}


# 3. DKIM/SPF dashboard: which domain restaurant receipts are sent from.


def receipt_sender_domain_buggy(payload: Payload) -> str | None:
    """The sending domain of order receipts, for the deliverability dashboard."""
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    domain: str = sender.rsplit("@", 1)[1]
    return domain.strip().lower()


def receipt_sender_domain_fixed(payload: Payload) -> str | None:
    """Same, but a ``from`` without an ``@`` (a name, a phone number, empty) has no domain."""
    sender = _text(_creds(payload), "from")
    if sender is None:
        return None
    _, at, domain = sender.rpartition("@")
    if not at:
        return None
    return domain.strip().lower()


# 4. Courier dispatch SMS: normalise the sending number for the carrier lookup.


def courier_sms_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    """The dispatch SMS sender as an MSISDN, for the carrier-lookup service."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    digits = sender.replace(" ", "").replace("-", "").lstrip("+")
    return {"msisdn": int(digits), "provider": payload["providerId"]}


def courier_sms_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    """Same, but an alphanumeric sender id (or any non-number) is kept as a sender id, not parsed."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload), "from")
    if sender is None:
        return None
    digits = sender.replace(" ", "").replace("-", "").lstrip("+")
    if re.fullmatch(r"[0-9]{3,15}", digits):
        return {"msisdn": int(digits), "provider": payload.get("providerId")}
    return {"sender_id": sender, "provider": payload.get("providerId")}


# 5. Audit log line for deleted integrations.


def deletion_audit_entry_buggy(payload: Payload) -> str | None:
    """Compliance audit trail: who deleted which notification integration, and when."""
    if not payload["deleted"]:
        return None
    return (
        f"{payload['deletedAt']} integration {payload['identifier']} deleted by user {payload['deletedBy']}"
    )


def deletion_audit_entry_fixed(payload: Payload) -> str | None:
    """Same, but ``deletedAt`` and ``deletedBy`` are optional even on a deleted record."""
    if payload.get("deleted") is not True:
        return None
    deleted_at = _text(payload, "deletedAt") or "unknown-time"
    deleted_by = _text(payload, "deletedBy") or "unknown"
    return f"{deleted_at} integration {payload.get('identifier')} deleted by user {deleted_by}"


# 6. Nightly retention job: purge local copies of integrations deleted more than 30 days ago.

_RETENTION_NOW = datetime(2025, 6, 1, tzinfo=UTC)
_RETENTION_CUTOFF = _RETENTION_NOW - timedelta(days=30)
_DELETED_AT_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def retention_purge_due_buggy(payload: Payload) -> bool:
    """Whether the local cache row of a soft-deleted integration is old enough to purge."""
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return False
    when = datetime.strptime(deleted_at, _DELETED_AT_FORMAT).replace(tzinfo=UTC)
    return when < _RETENTION_CUTOFF


def _parse_timestamp(text: str) -> datetime | None:
    """An aware datetime from a timestamp string, or ``None`` when it is not one."""
    try:
        parsed = datetime.strptime(text, _DELETED_AT_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(text)
        except (ValueError, TypeError, OverflowError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def retention_purge_due_fixed(payload: Payload) -> bool:
    """Same, but ``deletedAt`` is a plain string: unparseable values are never purged."""
    deleted_at = _text(payload, "deletedAt")
    if deleted_at is None:
        return False
    when = _parse_timestamp(deleted_at)
    if when is None:
        return False
    try:
        return when < _RETENTION_CUTOFF
    except (OverflowError, ValueError, TypeError):
        return False


# 7. Admin search indexer.


def search_document_buggy(payload: Payload) -> dict[str, Any]:
    """Search document for the admin console: name, slug words and the short id of the identifier."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return {
        "id": payload.get("_id"),
        "title": payload["name"],
        "slug_terms": [term for term in slug.split("-") if term],
        "short_id": short_id,
        "provider": payload["providerId"],
    }


def search_document_fixed(payload: Payload) -> dict[str, Any]:
    """Same, but an identifier is any string: without a ``-`` it is all slug and has no short id."""
    identifier = _text(payload, "identifier") or ""
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        slug, short_id = identifier, ""
    return {
        "id": _text(payload, "_id"),
        "title": _text(payload, "name") or "",
        "slug_terms": [term for term in slug.split("-") if term],
        "short_id": short_id,
        "provider": _text(payload, "providerId") or "",
    }


# 8. Operations dashboard: channel badge per integration.

_CHANNEL_BADGES: dict[str, tuple[str, str]] = {
    "email": ("envelope", "#1f6feb"),
    "sms": ("phone", "#2da44e"),
    "push": ("bell", "#bf8700"),
}


def channel_badge_buggy(payload: Payload) -> str:
    """HTML badge for the ops dashboard, coloured by channel."""
    icon, colour = _CHANNEL_BADGES[payload["channel"]]
    state = "live" if payload["active"] else "paused"
    return (
        f'<span class="badge" style="color:{colour}">{icon} {html.escape(payload["name"])} ({state})</span>'
    )


def channel_badge_fixed(payload: Payload) -> str:
    """Same, but every channel of the enum (``in_app``, ``chat`` too) gets a badge."""
    channel = _text(payload, "channel") or ""
    icon, colour = _CHANNEL_BADGES.get(channel, ("plug", "#57606a"))
    state = "live" if payload.get("active") is True else "paused"
    name = _text(payload, "name") or ""
    return f'<span class="badge" style="color:{colour}">{icon} {html.escape(name)} ({state})</span>'


# 9. Promotion targeting: preview the customer audience of an integration's conditions as SQL.

_SQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}
_SQL_OPERATORS_ALL = {
    **_SQL_OPERATORS,
    "ALL_IN": "@>",
    "ANY_IN": "&&",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
}


def _sql_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def audience_sql_buggy(payload: Payload) -> str:
    """WHERE clause over the customers table that previews who an integration's conditions target."""
    clauses = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{_sql_ident(child['field'])} {_SQL_OPERATORS[child['operator']]} {_sql_literal(child['value'])}"
            for child in condition["children"]
        ]
        if parts:
            joined = f" {condition['value']} ".join(parts)
            clauses.append(f"NOT ({joined})" if condition["isNegated"] else f"({joined})")
    return " AND ".join(clauses) or "TRUE"


def audience_sql_fixed(payload: Payload) -> str:
    """Same, but every operator of the ``Operator`` enum is translated; unknown ones become ``TRUE``."""
    clauses = []
    for condition in _conditions(payload):
        parts = []
        for child in _children(condition):
            field = _text(child, "field")
            value = _text(child, "value")
            operator = _SQL_OPERATORS_ALL.get(_text(child, "operator") or "")
            if field is None or value is None or operator is None:
                parts.append("TRUE")
                continue
            if operator in ("BETWEEN", "NOT BETWEEN"):
                low, _, high = value.partition(",")
                parts.append(f"{_sql_ident(field)} {operator} {_sql_literal(low)} AND {_sql_literal(high)}")
            else:
                parts.append(f"{_sql_ident(field)} {operator} {_sql_literal(value)}")
        if parts:
            glue = "OR" if condition.get("value") == "OR" else "AND"
            joined = f" {glue} ".join(parts)
            clauses.append(f"NOT ({joined})" if condition.get("isNegated") is True else f"({joined})")
    return " AND ".join(clauses) or "TRUE"


# 10. Courier surge bonus: numeric thresholds of NUMBER conditions.


def surge_thresholds_buggy(payload: Payload) -> list[tuple[str, str, Decimal]]:
    """Numeric thresholds (e.g. deliveries today) that gate courier surge-bonus notifications."""
    thresholds = []
    for condition in payload.get("conditions", []):
        if condition["type"] != "NUMBER":
            continue
        for child in condition["children"]:
            thresholds.append((child["field"], child["operator"], Decimal(child["value"])))
    return thresholds


def surge_thresholds_fixed(payload: Payload) -> list[tuple[str, str, Decimal]]:
    """Same, but a ``value`` is any string even under a NUMBER condition: non-numbers are skipped."""
    thresholds = []
    for condition in _conditions(payload):
        if condition.get("type") != "NUMBER":
            continue
        for child in _children(condition):
            value = _text(child, "value")
            if value is None:
                continue
            try:
                number = Decimal(value)
            except (ArithmeticError, ValueError, TypeError):
                continue
            if not number.is_finite():
                continue
            thresholds.append((_text(child, "field") or "", _text(child, "operator") or "", number))
    return thresholds


# 11. Data-warehouse mirror: one typed row per integration.


@dataclasses.dataclass(frozen=True)
class _IntegrationRow:
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
    id: str | None = None
    deleted_at: str | None = None
    deleted_by: str | None = None
    conditions: list[Any] = dataclasses.field(default_factory=list)


_WIRE_FIELDS = {
    "_id": "id",
    "_environmentId": "environment_id",
    "_organizationId": "organization_id",
    "name": "name",
    "identifier": "identifier",
    "providerId": "provider_id",
    "channel": "channel",
    "credentials": "credentials",
    "active": "active",
    "deleted": "deleted",
    "deletedAt": "deleted_at",
    "deletedBy": "deleted_by",
    "primary": "primary",
    "conditions": "conditions",
}


def _warehouse_tuple(row: _IntegrationRow) -> tuple[Any, ...]:
    return (
        row.id,
        row.environment_id,
        row.organization_id,
        row.provider_id,
        row.channel,
        row.active,
        row.primary,
        row.deleted,
        len(row.conditions),
        sorted(row.credentials),
    )


def warehouse_row_buggy(payload: Payload) -> tuple[Any, ...]:
    """Nightly sync to the warehouse: map the wire keys onto the typed row and emit it."""
    row = _IntegrationRow(**{_WIRE_FIELDS[key]: value for key, value in payload.items()})
    return _warehouse_tuple(row)


def warehouse_row_fixed(payload: Payload) -> tuple[Any, ...]:
    """Same, but unknown keys (``createdAt``, ``__v``, ``priority``...) are ignored, not mapped."""
    fields = {_WIRE_FIELDS[key]: value for key, value in payload.items() if key in _WIRE_FIELDS}
    credentials = fields.get("credentials")
    conditions = fields.get("conditions")
    row = _IntegrationRow(
        environment_id=str(fields.get("environment_id", "")),
        organization_id=str(fields.get("organization_id", "")),
        name=str(fields.get("name", "")),
        identifier=str(fields.get("identifier", "")),
        provider_id=str(fields.get("provider_id", "")),
        channel=str(fields.get("channel", "")),
        credentials=credentials if isinstance(credentials, dict) else {},
        active=fields.get("active") is True,
        deleted=fields.get("deleted") is True,
        primary=fields.get("primary") is True,
        id=fields["id"] if isinstance(fields.get("id"), str) else None,
        deleted_at=fields["deleted_at"] if isinstance(fields.get("deleted_at"), str) else None,
        deleted_by=fields["deleted_by"] if isinstance(fields.get("deleted_by"), str) else None,
        conditions=conditions if isinstance(conditions, list) else [],
    )
    return _warehouse_tuple(row)


# 12. Security team's quarterly secrets inventory (CSV, masked).

_INVENTORY_COLUMNS = [
    "identifier",
    "providerId",
    "apiKey",
    "secretKey",
    "user",
    "password",
    "token",
    "accountSid",
    "from",
    "senderName",
    "region",
    "domain",
]


def _mask(value: object) -> str:
    if isinstance(value, str):
        return value[:2] + "*" * min(len(value) - 2, 8) if len(value) > 2 else "*" * len(value)
    if isinstance(value, bool):
        return "<bool>"
    return f"<{type(value).__name__}>"


def secrets_inventory_buggy(payload: Payload) -> str:
    """One masked CSV row per integration for the secrets inventory."""
    row = {"identifier": payload["identifier"], "providerId": payload["providerId"]}
    for key, value in payload["credentials"].items():
        row[key] = _mask(value)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=_INVENTORY_COLUMNS)
    writer.writerow(row)
    return buffer.getvalue()


def secrets_inventory_fixed(payload: Payload) -> str:
    """Same, but credential keys outside the column list go to an ``other`` column."""
    row = {"identifier": _text(payload, "identifier") or "", "providerId": _text(payload, "providerId") or ""}
    others = []
    for key, value in _creds(payload).items():
        if key in _INVENTORY_COLUMNS and key not in ("identifier", "providerId"):
            row[key] = _mask(value)
        else:
            others.append(f"{key}={_mask(value)}")
    row["other"] = ";".join(sorted(others))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*_INVENTORY_COLUMNS, "other"], extrasaction="ignore")
    writer.writerow(row)
    return buffer.getvalue()


# 13. Courier iOS app: APNs production or sandbox gateway.


def apns_gateway_buggy(payload: Payload) -> str | None:
    """Which APNs gateway the courier app's push integration talks to (``secure`` = production)."""
    if payload["channel"] != "push":
        return None
    production = payload["credentials"].get("secure", "false").lower() == "true"
    return "api.push.apple.com" if production else "api.sandbox.push.apple.com"


def apns_gateway_fixed(payload: Payload) -> str | None:
    """Same, but ``secure`` is a JSON boolean on the wire (strings are accepted too, for old records)."""
    if payload.get("channel") != "push":
        return None
    secure = _creds(payload).get("secure")
    production = secure is True or (isinstance(secure, str) and secure.strip().lower() == "true")
    return "api.push.apple.com" if production else "api.sandbox.push.apple.com"


# 14. Egress firewall rules for self-hosted SMS gateways and SMTP relays.


def egress_rule_buggy(payload: Payload) -> str | None:
    """Firewall rule letting the notification workers reach a self-hosted gateway (Kannel, Custom SMTP)."""
    credentials = payload["credentials"]
    host = credentials.get("host")
    if not host:
        return None
    network = ipaddress.ip_network(host)
    return f"allow tcp to {network} port {credentials.get('port', 'any')}"


def egress_rule_fixed(payload: Payload) -> str | None:
    """Same, but ``host`` may be a host name (or any string): those get an FQDN rule instead of a CIDR one."""
    credentials = _creds(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    port = _text(credentials, "port") or "any"
    try:
        network = ipaddress.ip_network(host, strict=False)
    except (ValueError, TypeError):
        return f"allow tcp to fqdn {host!r} port {port!r}"
    return f"allow tcp to {network} port {port!r}"


# 15. Usage billing: attribute each integration to the month it was created.


def billing_month_buggy(payload: Payload) -> str | None:
    """Billing month of an integration, from the timestamp in its ObjectId."""
    object_id = payload.get("_id")
    if object_id is None:
        return None
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return created.strftime("%Y-%m")


def billing_month_fixed(payload: Payload) -> str | None:
    """Same, but ``_id`` is only a string: anything that is not a 24-hex ObjectId has no known month."""
    object_id = _text(payload, "_id")
    if object_id is None or not re.fullmatch(r"[0-9a-fA-F]{24}", object_id):
        return None
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return created.strftime("%Y-%m")


# 16. Notification router: which routing slot a primary integration fills.

_PRIMARY_SLOTS = {"email": "order-receipts", "sms": "courier-dispatch"}


def primary_slot_buggy(payload: Payload) -> tuple[str, str] | None:
    """The routing slot (receipts e-mail, courier SMS) a primary integration takes over."""
    if not payload["primary"]:
        return None
    return (_PRIMARY_SLOTS[payload["channel"]], payload["identifier"])


def primary_slot_fixed(payload: Payload) -> tuple[str, str] | None:
    """Same, but ``primary: true`` is allowed on any channel: only email and sms map to a slot."""
    if payload.get("primary") is not True:
        return None
    slot = _PRIMARY_SLOTS.get(_text(payload, "channel") or "")
    if slot is None:
        return None
    return (slot, _text(payload, "identifier") or "")


FOODDELIVERY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="fooddelivery_courier_push_project",
        bug="assumes credentials.serviceAccount is always a JSON document with project_id",
        buggy=courier_push_project_buggy,
        fixed=courier_push_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Q7pL2x",
                "providerId": "fcm",
            }
            | {"channel": "push", "primary": False, "conditions": []},
            credentials={"serviceAccount": "nvsk.3f2a9b1c:9c1d0e7fa2b4"},
        ),
    ),
    ConsumerCase(
        name="fooddelivery_partner_smtp_port",
        bug="assumes credentials.port is always a numeric string (int() on '' or 'smtp' raises)",
        buggy=partner_smtp_settings_buggy,
        fixed=partner_smtp_settings_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Mr8aPz", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.marios-pizzeria.test",
                "port": "",
                "from": "orders@marios-pizzeria.test",
                "senderName": "Mario's Pizzeria",
            },
        ),
    ),
    ConsumerCase(
        name="fooddelivery_receipt_sender_domain",
        bug="assumes credentials.from is always an e-mail address containing '@'",
        buggy=receipt_sender_domain_buggy,
        fixed=receipt_sender_domain_fixed,
        raises=(IndexError,),
        example=_payload(
            {"name": "Mailgun", "identifier": "mailgun-k2Jd9s", "providerId": "mailgun"},
            credentials={
                "apiKey": "key-0001",
                "user": "api",
                "domain": "mg.example.com",
                "from": "Tasty Bites",
            },
        ),
    ),
    ConsumerCase(
        name="fooddelivery_courier_sms_sender",
        bug="assumes the SMS credentials.from is a phone number, not an alphanumeric sender id",
        buggy=courier_sms_sender_buggy,
        fixed=courier_sms_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-Zp3kW1", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0123456789abcdef", "token": "tok-0001", "from": "FoodieGo"},
        ),
    ),
    ConsumerCase(
        name="fooddelivery_deletion_audit",
        bug="assumes a deleted integration always carries deletedBy (and deletedAt)",
        buggy=deletion_audit_entry_buggy,
        fixed=deletion_audit_entry_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-08T10:00:00.000Z"}),
    ),
    ConsumerCase(
        name="fooddelivery_retention_purge",
        bug="assumes deletedAt always has the exact '%Y-%m-%dT%H:%M:%S.%fZ' shape",
        buggy=retention_purge_due_buggy,
        fixed=retention_purge_due_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-04-01T08:30:00Z"}),
    ),
    ConsumerCase(
        name="fooddelivery_search_slug",
        bug="assumes identifier always looks like '<slug>-<shortid>' with a dash",
        buggy=search_document_buggy,
        fixed=search_document_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "receipts"}),
    ),
    ConsumerCase(
        name="fooddelivery_channel_badge",
        bug="assumes channel is email, sms or push (no badge for chat or in_app)",
        buggy=channel_badge_buggy,
        fixed=channel_badge_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "Slack", "identifier": "slack-Hh82Lq", "providerId": "slack", "channel": "chat"}
            | {"primary": False},
            credentials={"applicationId": "A0123", "clientId": "1234.5678", "secretKey": "s3cr3t"},
        ),
    ),
    ConsumerCase(
        name="fooddelivery_audience_sql",
        bug="assumes condition operators are only the comparison/LIKE/IN ones (no BETWEEN, ALL_IN, ANY_IN)",
        buggy=audience_sql_buggy,
        fixed=audience_sql_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.basket_total",
                                "value": "20,50",
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
        name="fooddelivery_surge_thresholds",
        bug="assumes children of a NUMBER condition always have a numeric value string",
        buggy=surge_thresholds_buggy,
        fixed=surge_thresholds_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "OR",
                        "children": [
                            {
                                "field": "payload.deliveries_today",
                                "value": "ten",
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
        name="fooddelivery_warehouse_row",
        bug="assumes the payload has only the documented keys (extras like createdAt, __v break the mapping)",
        buggy=warehouse_row_buggy,
        fixed=warehouse_row_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "createdAt": "2025-05-01T09:00:00.000Z",
                "updatedAt": "2025-05-02T09:00:00.000Z",
                "__v": 0,
                "priority": 1,
            }
        ),
    ),
    ConsumerCase(
        name="fooddelivery_secrets_inventory",
        bug="assumes credentials only use the email/sms keys the CSV has columns for",
        buggy=secrets_inventory_buggy,
        fixed=secrets_inventory_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Lw0aP3",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={
                "applicationId": "A0123",
                "clientId": "1234.5678",
                "secretKey": "s3cr3t",
                "hmac": True,
            },
        ),
    ),
    ConsumerCase(
        name="fooddelivery_apns_gateway",
        bug="assumes credentials.secure is the string 'true'/'false', not a JSON boolean",
        buggy=apns_gateway_buggy,
        fixed=apns_gateway_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "ap-ns-c0UR13r",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----\nMIGT...\n-----END PRIVATE KEY-----",
                "apiKey": "KEYID12345",
                "projectName": "courier-app",
                "applicationId": "com.fooddelivery.courier",
                "secure": True,
            },
        ),
    ),
    ConsumerCase(
        name="fooddelivery_egress_rule",
        bug="assumes credentials.host is an IP address, never a host name",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-9dKx2",
                "providerId": "kannel",
                "channel": "sms",
            },
            credentials={"host": "sms-gw.dispatch.internal", "port": "13013", "from": "FOODIE"},
        ),
    ),
    ConsumerCase(
        name="fooddelivery_billing_month",
        bug="assumes _id is a 24-hex MongoDB ObjectId whose first 8 digits are a timestamp",
        buggy=billing_month_buggy,
        fixed=billing_month_fixed,
        raises=(ValueError,),
        example=_payload({"_id": "int_restaurant_receipts"}),
    ),
    ConsumerCase(
        name="fooddelivery_primary_slot",
        bug="assumes only email and sms integrations can be primary",
        buggy=primary_slot_buggy,
        fixed=primary_slot_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "Expo Push", "identifier": "expo-push-Rt5n1", "providerId": "expo", "channel": "push"},
            credentials={"apiKey": "expo-token-0001"},
        ),
    ),
]
"""The sixteen fooddelivery consumers, in the order above."""
