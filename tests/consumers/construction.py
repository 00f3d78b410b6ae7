"""Sixteen consumers from a construction-project management platform (sites, contractors, inspections).

Each has one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. Each consumer
is code a construction-management company runs against the items of ``GET /v1/integrations``: SMS
dispatch to site crews, gateway and SMTP configuration, admin screens, billing and retention jobs,
audit logs, rule compilers, ERP exports. Every ``*_buggy`` function works on ``HAPPY_PATH`` and
carries one plausible wrong assumption about a value the contract allows; every ``*_fixed`` control
is the same code written as a tolerant reader and must never raise on a contract-valid payload.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import ipaddress
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys dropped, and the credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default`` (tolerant reading of string fields)."""
    return value if isinstance(value, str) else default


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _dicts(value: object) -> list[dict[str, Any]]:
    """The object items of ``value`` if it is an array, else ``[]``."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


_E164 = re.compile(r"\+?[0-9]{6,15}")
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")
_PORT = re.compile(r"[0-9]{1,5}")
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# --------------------------------------------------------------------------------------------------
# 1. Crew SMS dispatcher: normalises the sender of the site SMS integration to E.164.
# --------------------------------------------------------------------------------------------------


def crew_sms_sender_buggy(payload: Payload) -> dict[str, str] | None:
    """Sender settings for pour-day and crane-lift SMS blasts to site crews."""
    if payload.get("channel") != "sms":
        return None
    sender = _creds(payload).get("from", "")
    number = int(sender.strip().lstrip("+"))
    return {"provider": payload["providerId"], "sender": f"+{number}", "kind": "e164"}


def crew_sms_sender_fixed(payload: Payload) -> dict[str, str] | None:
    """Sender settings for pour-day and crane-lift SMS blasts to site crews."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload).get("from")).strip()
    provider = _text(payload.get("providerId"))
    if _E164.fullmatch(sender):
        return {"provider": provider, "sender": "+" + sender.lstrip("+"), "kind": "e164"}
    return {"provider": provider, "sender": sender, "kind": "alphanumeric"}


# --------------------------------------------------------------------------------------------------
# 2. Integration state sync: mirrors each integration's state into the platform's settings table.
# --------------------------------------------------------------------------------------------------

_STATES_BUGGY: dict[tuple[bool, bool], str] = {
    (True, True): "primary",
    (True, False): "standby",
    (False, False): "disabled",
}


def integration_state_sync_buggy(payload: Payload) -> dict[str, str]:
    """Row for the ``notification_routes`` table of the project-settings service."""
    state = _STATES_BUGGY[(bool(payload["active"]), bool(payload["primary"]))]
    return {"integration": payload.get("_id", ""), "channel": payload["channel"], "state": state}


_STATES_FIXED: dict[tuple[bool, bool], str] = {
    (True, True): "primary",
    (True, False): "standby",
    (False, False): "disabled",
    (False, True): "disabled-primary",
}


def integration_state_sync_fixed(payload: Payload) -> dict[str, str]:
    """Row for the ``notification_routes`` table of the project-settings service."""
    key = (payload.get("active") is True, payload.get("primary") is True)
    state = _STATES_FIXED.get(key, "unknown")
    return {
        "integration": _text(payload.get("_id")),
        "channel": _text(payload.get("channel")),
        "state": state,
    }


# --------------------------------------------------------------------------------------------------
# 3. Gateway config builder: renders the connection block of SMS gateways / SMTP relays on site.
# --------------------------------------------------------------------------------------------------

_DEFAULT_PORTS: dict[str, int] = {"sms": 13013, "email": 587}


def gateway_config_buggy(payload: Payload) -> dict[str, object] | None:
    """Connection settings for self-hosted gateways (Kannel on the site LAN, SMTP relays)."""
    credentials = _creds(payload)
    if "host" not in credentials:
        return None
    port = credentials.get("port", _DEFAULT_PORTS.get(payload["channel"], 443))
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return {"host": credentials["host"], "port": port, "privileged": port < 1024}


def gateway_config_fixed(payload: Payload) -> dict[str, object] | None:
    """Connection settings for self-hosted gateways (Kannel on the site LAN, SMTP relays)."""
    credentials = _creds(payload)
    if "host" not in credentials:
        return None
    default = _DEFAULT_PORTS.get(_text(payload.get("channel")), 443)
    raw = credentials.get("port")
    port = default
    if isinstance(raw, str) and _PORT.fullmatch(raw.strip()):
        port = int(raw.strip())
    if not 0 < port < 65536:
        port = default
    return {"host": _text(credentials.get("host")), "port": port, "privileged": port < 1024}


# --------------------------------------------------------------------------------------------------
# 4. Admin serializer: masks credentials before showing them on the admin console.
# --------------------------------------------------------------------------------------------------


def masked_credentials_buggy(payload: Payload) -> dict[str, str]:
    """Credentials as the admin console shows them to project administrators."""
    masked: dict[str, str] = {}
    for key, value in _creds(payload).items():
        masked[key] = value[:3] + "*" * max(len(value) - 3, 0)
    return masked


def masked_credentials_fixed(payload: Payload) -> dict[str, str]:
    """Credentials as the admin console shows them to project administrators."""
    masked: dict[str, str] = {}
    for key, value in _creds(payload).items():
        if isinstance(value, bool):
            masked[str(key)] = "on" if value else "off"
        elif isinstance(value, str):
            masked[str(key)] = value[:3] + "*" * max(len(value) - 3, 0)
        elif isinstance(value, dict):
            masked[str(key)] = f"<{len(value)} option(s)>"
        else:
            masked[str(key)] = "<redacted>"
    return masked


# --------------------------------------------------------------------------------------------------
# 5. Billing job: monthly base fee per integration, charged back to each construction project.
# --------------------------------------------------------------------------------------------------

_MONTHLY_FEE_BUGGY: dict[str, Decimal] = {
    "email": Decimal("4.50"),
    "sms": Decimal("12.00"),
    "push": Decimal("2.25"),
    "chat": Decimal("3.00"),
}


def monthly_fee_buggy(payload: Payload) -> str:
    """Base fee line for the project cost report (only active integrations are charged)."""
    if not payload["active"]:
        return "0.00"
    fee = _MONTHLY_FEE_BUGGY[payload["channel"]]
    return str(fee.quantize(Decimal("0.01")))


_MONTHLY_FEE_FIXED: dict[str, Decimal] = {**_MONTHLY_FEE_BUGGY, "in_app": Decimal("0.00")}


def monthly_fee_fixed(payload: Payload) -> str:
    """Base fee line for the project cost report (only active integrations are charged)."""
    if payload.get("active") is not True:
        return "0.00"
    fee = _MONTHLY_FEE_FIXED.get(_text(payload.get("channel")), Decimal("0.00"))
    return str(fee.quantize(Decimal("0.01")))


# --------------------------------------------------------------------------------------------------
# 6. Audit timeline: dates each integration from its Mongo ObjectId for the compliance timeline.
# --------------------------------------------------------------------------------------------------


def audit_timeline_entry_buggy(payload: Payload) -> dict[str, str]:
    """Timeline entry for the site-compliance audit (when was this integration created?)."""
    object_id = payload["_id"]
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return {"integration": object_id, "created": created.isoformat(), "name": payload["name"]}


def audit_timeline_entry_fixed(payload: Payload) -> dict[str, str]:
    """Timeline entry for the site-compliance audit (when was this integration created?)."""
    object_id = _text(payload.get("_id"))
    created = ""
    if _OBJECT_ID.fullmatch(object_id):
        created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC).isoformat()
    return {"integration": object_id, "created": created, "name": _text(payload.get("name"))}


# --------------------------------------------------------------------------------------------------
# 7. Deletion audit log: records who removed a notification integration from a project.
# --------------------------------------------------------------------------------------------------


def deletion_audit_buggy(payload: Payload) -> str | None:
    """JSON line for the deletion audit log (retained for the contract-dispute archive)."""
    if not payload["deleted"]:
        return None
    record = {
        "integration": payload.get("_id"),
        "provider": payload["providerId"],
        "deletedAt": payload.get("deletedAt"),
        "deletedBy": payload["deletedBy"],
    }
    return json.dumps(record, sort_keys=True)


def deletion_audit_fixed(payload: Payload) -> str | None:
    """JSON line for the deletion audit log (retained for the contract-dispute archive)."""
    if payload.get("deleted") is not True:
        return None
    record = {
        "integration": _text(payload.get("_id")) or None,
        "provider": _text(payload.get("providerId")),
        "deletedAt": _text(payload.get("deletedAt")) or None,
        "deletedBy": _text(payload.get("deletedBy"), "unknown") or "unknown",
    }
    return json.dumps(record, sort_keys=True)


# --------------------------------------------------------------------------------------------------
# 8. Retention purge: decides whether a soft-deleted integration's archived messages can be purged.
# --------------------------------------------------------------------------------------------------

_RETENTION_DAYS = 90


def retention_purge_buggy(payload: Payload) -> bool:
    """True when the integration was deleted more than 90 days ago (purge the site message archive)."""
    deleted_at = payload.get("deletedAt")
    if not payload["deleted"] or deleted_at is None:
        return False
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (datetime.now(tz=UTC) - when).days > _RETENTION_DAYS


def _parse_timestamp(text: str) -> datetime | None:
    candidate = text.strip()
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=UTC)
    return when


def retention_purge_fixed(payload: Payload) -> bool:
    """True when the integration was deleted more than 90 days ago (purge the site message archive)."""
    if payload.get("deleted") is not True:
        return False
    when = _parse_timestamp(_text(payload.get("deletedAt")))
    if when is None:
        return False
    try:
        return (datetime.now(tz=UTC) - when).days > _RETENTION_DAYS
    except (OverflowError, ValueError):
        return False


# --------------------------------------------------------------------------------------------------
# 9. Environment config generator: exports each integration as an env var for the site-app deploy.
# --------------------------------------------------------------------------------------------------


def identifier_env_var_buggy(payload: Payload) -> tuple[str, str]:
    """``NOVU_<SLUG>`` = short id, written into the site-app's deployment environment."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    name = "NOVU_" + (re.sub(r"[^A-Za-z0-9]+", "_", slug).strip("_").upper() or "DEFAULT")
    return name, short_id


def identifier_env_var_fixed(payload: Payload) -> tuple[str, str]:
    """``NOVU_<SLUG>`` = short id, written into the site-app's deployment environment."""
    identifier = _text(payload.get("identifier"))
    slug, separator, short_id = identifier.rpartition("-")
    if not separator:
        slug, short_id = identifier, ""
    name = "NOVU_" + (re.sub(r"[^A-Za-z0-9]+", "_", slug).strip("_").upper() or "DEFAULT")
    return name, short_id


# --------------------------------------------------------------------------------------------------
# 10. Rule compiler: turns integration conditions into SQL for the inspection-scheduling database.
# --------------------------------------------------------------------------------------------------

_SQL_OPERATORS_BUGGY: dict[str, str] = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}


def conditions_to_sql_buggy(payload: Payload) -> str:
    """WHERE clause selecting which inspections may be notified through this integration."""
    groups: list[str] = []
    for condition in payload.get("conditions", []):
        joiner = f" {condition['value']} "
        parts = [
            f"{child['on']}.{child['field']} {_SQL_OPERATORS_BUGGY[child['operator']]} %s"
            for child in condition["children"]
        ]
        clause = "(" + joiner.join(parts) + ")" if parts else "TRUE"
        groups.append(f"NOT {clause}" if condition["isNegated"] else clause)
    return " AND ".join(groups) or "TRUE"


_SQL_OPERATORS_FIXED: dict[str, str] = {
    **_SQL_OPERATORS_BUGGY,
    "ALL_IN": "@>",
    "ANY_IN": "&&",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
}


def conditions_to_sql_fixed(payload: Payload) -> str:
    """WHERE clause selecting which inspections may be notified through this integration."""
    groups: list[str] = []
    for condition in _dicts(payload.get("conditions")):
        joiner = " OR " if condition.get("value") == "OR" else " AND "
        parts = []
        for child in _dicts(condition.get("children")):
            operator = _SQL_OPERATORS_FIXED.get(_text(child.get("operator")), "IS NOT DISTINCT FROM")
            parts.append(f"{_text(child.get('on'), 'payload')}.{_text(child.get('field'))} {operator} %s")
        clause = "(" + joiner.join(parts) + ")" if parts else "TRUE"
        groups.append(f"NOT {clause}" if condition.get("isNegated") is True else clause)
    return " AND ".join(groups) or "TRUE"


# --------------------------------------------------------------------------------------------------
# 11. Dashboard: one-line summary of an integration's routing rules for the site manager's view.
# --------------------------------------------------------------------------------------------------


def condition_summary_buggy(payload: Payload) -> list[str]:
    """Human-readable routing rules shown next to each integration on the site dashboard."""
    lines: list[str] = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        more = len(condition["children"]) - 1
        line = f"{first['field']} {first['operator'].lower()} {first['value']!r}"
        lines.append(line + (f" (+{more} more)" if more else ""))
    return lines


def condition_summary_fixed(payload: Payload) -> list[str]:
    """Human-readable routing rules shown next to each integration on the site dashboard."""
    lines: list[str] = []
    for condition in _dicts(payload.get("conditions")):
        children = _dicts(condition.get("children"))
        if not children:
            lines.append("always")
            continue
        first = children[0]
        more = len(children) - 1
        field = _text(first.get("field"))
        operator = _text(first.get("operator")).lower()
        line = f"{field} {operator} {_text(first.get('value'))!r}"
        lines.append(line + (f" (+{more} more)" if more else ""))
    return lines


# --------------------------------------------------------------------------------------------------
# 12. Subcontractor gateway client: Basic auth header for user/password SMS gateways.
# --------------------------------------------------------------------------------------------------


def basic_auth_header_buggy(payload: Payload) -> str | None:
    """``Authorization`` header for gateways that authenticate with ``user`` and ``password``."""
    credentials = _creds(payload)
    user = credentials.get("user")
    if user is None:
        return None
    password = credentials.get("password", "")
    token = base64.b64encode(f"{user}:{password}".encode("latin-1")).decode("ascii")
    return f"Basic {token}"


def basic_auth_header_fixed(payload: Payload) -> str | None:
    """``Authorization`` header for gateways that authenticate with ``user`` and ``password``."""
    credentials = _creds(payload)
    user = credentials.get("user")
    if not isinstance(user, str):
        return None
    password = _text(credentials.get("password"))
    raw = f"{user}:{password}".encode("utf-8", errors="surrogatepass")
    return "Basic " + base64.b64encode(raw).decode("ascii")


# --------------------------------------------------------------------------------------------------
# 13. Push setup: finds the Firebase project behind the inspectors' mobile-app push integration.
# --------------------------------------------------------------------------------------------------


def firebase_project_buggy(payload: Payload) -> str | None:
    """Firebase project id of the inspector app, for the release checklist."""
    service_account = _creds(payload).get("serviceAccount")
    if service_account is None:
        return None
    project: str = json.loads(service_account)["project_id"]
    return project


def firebase_project_fixed(payload: Payload) -> str | None:
    """Firebase project id of the inspector app, for the release checklist."""
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


# --------------------------------------------------------------------------------------------------
# 14. Security review: checks push/email webhook targets against the company allowlist.
# --------------------------------------------------------------------------------------------------

_ALLOWED_WEBHOOK_DOMAINS = ("buildco-internal.example", "sitehub.example.com")


def webhook_allowed_buggy(payload: Payload) -> bool | None:
    """Whether the integration's webhook target is an approved company host (None if no webhook)."""
    url = _creds(payload).get("webhookUrl")
    if url is None:
        return None
    host: str = urlsplit(url).hostname.lower()
    return host.endswith(_ALLOWED_WEBHOOK_DOMAINS)


def webhook_allowed_fixed(payload: Payload) -> bool | None:
    """Whether the integration's webhook target is an approved company host (None if no webhook)."""
    url = _creds(payload).get("webhookUrl")
    if url is None:
        return None
    if not isinstance(url, str):
        return False
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return False
    if not host:
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        return False
    return host.lower().endswith(_ALLOWED_WEBHOOK_DOMAINS)


# --------------------------------------------------------------------------------------------------
# 15. Admin API serializer: turns the wire record into the platform's own integration model.
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SiteIntegration:
    """The platform's model of a Novu integration (SDK names, no underscores)."""

    environmentId: str  # noqa: N815 - SDK field name
    organizationId: str  # noqa: N815 - SDK field name
    name: str
    identifier: str
    providerId: str  # noqa: N815 - SDK field name
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    deletedAt: str | None = None  # noqa: N815 - SDK field name
    deletedBy: str | None = None  # noqa: N815 - SDK field name
    conditions: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def site_integration_buggy(payload: Payload) -> SiteIntegration:
    """Model object for the admin API (wire keys lose their leading underscore)."""
    return SiteIntegration(**{key.lstrip("_"): value for key, value in payload.items()})


_SITE_INTEGRATION_FIELDS = frozenset(field.name for field in dataclasses.fields(SiteIntegration))


def site_integration_fixed(payload: Payload) -> SiteIntegration:
    """Model object for the admin API (wire keys lose their leading underscore)."""
    known = {
        key.lstrip("_"): value
        for key, value in payload.items()
        if isinstance(key, str) and key.lstrip("_") in _SITE_INTEGRATION_FIELDS
    }
    return SiteIntegration(
        environmentId=_text(known.get("environmentId")),
        organizationId=_text(known.get("organizationId")),
        name=_text(known.get("name")),
        identifier=_text(known.get("identifier")),
        providerId=_text(known.get("providerId")),
        channel=_text(known.get("channel")),
        credentials=_creds(payload),
        active=known.get("active") is True,
        deleted=known.get("deleted") is True,
        primary=known.get("primary") is True,
        id=known["id"] if isinstance(known.get("id"), str) else None,
        deletedAt=known["deletedAt"] if isinstance(known.get("deletedAt"), str) else None,
        deletedBy=known["deletedBy"] if isinstance(known.get("deletedBy"), str) else None,
        conditions=_dicts(known.get("conditions")),
    )


# --------------------------------------------------------------------------------------------------
# 16. ERP export: the nightly XML feed of notification integrations for the ERP's vendor register.
# --------------------------------------------------------------------------------------------------


def erp_xml_export_buggy(payload: Payload) -> str:
    """``<integration/>`` element of the ERP vendor-register feed (validated before upload)."""
    document = (
        f'<integration id="{payload.get("_id", "")}" name="{payload["name"]}" '
        f'provider="{payload["providerId"]}" channel="{payload["channel"]}" '
        f'identifier="{payload["identifier"]}"/>'
    )
    ET.fromstring(document)
    checksum = hashlib.sha256(document.encode("utf-8")).hexdigest()[:12]
    return f"<!-- {checksum} -->{document}"


def _xml_safe(value: object) -> str:
    return _XML_INVALID.sub("\ufffd", _text(value))


def erp_xml_export_fixed(payload: Payload) -> str:
    """``<integration/>`` element of the ERP vendor-register feed (validated before upload)."""
    element = ET.Element(
        "integration",
        {
            "id": _xml_safe(payload.get("_id")),
            "name": _xml_safe(payload.get("name")),
            "provider": _xml_safe(payload.get("providerId")),
            "channel": _xml_safe(payload.get("channel")),
            "identifier": _xml_safe(payload.get("identifier")),
        },
    )
    document = ET.tostring(element, encoding="unicode")
    checksum = hashlib.sha256(document.encode("utf-8", errors="surrogatepass")).hexdigest()[:12]
    return f"<!-- {checksum} -->{document}"


# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

CONSTRUCTION_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="construction_crew_sms_sender",
        bug="the SMS `from` credential is always a numeric phone number (alphanumeric sender ids are valid)",
        buggy=crew_sms_sender_buggy,
        fixed=crew_sms_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3xT9aa",
                "providerId": "twilio",
                "channel": "sms",
            },
            credentials={
                "accountSid": "AC0000000000000000000000000000fake",
                "token": "fake-token-0001",
                "from": "BUILDCO",
            },
        ),
    ),
    ConsumerCase(
        name="construction_state_sync",
        bug="`primary: true` implies `active: true` (an inactive primary is valid and stays primary)",
        buggy=integration_state_sync_buggy,
        fixed=integration_state_sync_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Plivo",
                "identifier": "plivo-Hk2mW8rT",
                "providerId": "plivo",
                "channel": "sms",
                "active": False,
                "primary": True,
            },
            credentials={"accountSid": "MAFAKE0001", "token": "fake-token-0002", "from": "+15550100"},
        ),
    ),
    ConsumerCase(
        name="construction_gateway_config",
        bug="`credentials.port` is a number (on the wire it is a string)",
        buggy=gateway_config_buggy,
        fixed=gateway_config_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Zp4Lq7Yd",
                "providerId": "kannel",
                "channel": "sms",
            },
            credentials={
                "host": "10.20.0.15",
                "port": "13013",
                "user": "site-gw",
                "password": "fake-password-01",
                "from": "+15550111",
            },
        ),
    ),
    ConsumerCase(
        name="construction_masked_credentials",
        bug="every credential value is a string (`hmac`, `secure`... are booleans, `tlsOptions` an object)",
        buggy=masked_credentials_buggy,
        fixed=masked_credentials_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Vb7nR2cX",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={
                "applicationId": "A0FAKE0001",
                "clientId": "1234.5678",
                "secretKey": "fake-secret-0001",
                "hmac": True,
            },
        ),
    ),
    ConsumerCase(
        name="construction_monthly_fee",
        bug="the channel is one of email/sms/push/chat (forgets `in_app`)",
        buggy=monthly_fee_buggy,
        fixed=monthly_fee_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Jd8sK1pQ",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": False},
        ),
    ),
    ConsumerCase(
        name="construction_audit_timeline",
        bug="`_id` is always present (it is optional)",
        buggy=audit_timeline_entry_buggy,
        fixed=audit_timeline_entry_fixed,
        raises=(KeyError, ValueError),
        example=_payload(
            {"name": "SES", "identifier": "ses-Tq5wE3rB", "providerId": "ses"},
            drop=("_id",),
            credentials={
                "apiKey": "fake-access-key",
                "secretKey": "fake-secret-key",
                "region": "eu-west-1",
                "from": "inspections@example.com",
                "senderName": "Site Inspections",
            },
        ),
    ),
    ConsumerCase(
        name="construction_deletion_audit",
        bug="a deleted integration always carries `deletedBy` (optional; the server often omits it)",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Wc3xN6uM",
                "providerId": "fcm",
                "channel": "push",
                "active": False,
                "primary": False,
                "deleted": True,
                "deletedAt": "2025-04-02T09:15:00.000Z",
            },
            credentials={"serviceAccount": '{"project_id": "inspector-app"}'},
        ),
    ),
    ConsumerCase(
        name="construction_retention_purge",
        bug="`deletedAt` always has the `%Y-%m-%dT%H:%M:%S.%fZ` shape (it is a plain string)",
        buggy=retention_purge_buggy,
        fixed=retention_purge_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Postmark",
                "identifier": "postmark-Fa9gH2jK",
                "providerId": "postmark",
                "active": False,
                "primary": False,
                "deleted": True,
                "deletedAt": "2024-11-30T17:45:00Z",
                "deletedBy": "6615a3c2f1e2d3c4b5a69703",
            },
            credentials={"apiKey": "fake-api-key-0002", "from": "site@example.com", "senderName": "BuildCo"},
        ),
    ),
    ConsumerCase(
        name="construction_identifier_env_var",
        bug="`identifier` always contains a `-` before a short id (it is any string)",
        buggy=identifier_env_var_buggy,
        fixed=identifier_env_var_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "MSTeams",
                "identifier": "siteteams",
                "providerId": "msteams",
                "channel": "chat",
                "primary": False,
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="construction_conditions_to_sql",
        bug="condition operators are only the comparison ones (forgets BETWEEN, LIKE, ALL_IN, ...)",
        buggy=conditions_to_sql_buggy,
        fixed=conditions_to_sql_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "DATE",
                        "value": "AND",
                        "children": [
                            {
                                "field": "inspectionDate",
                                "value": "2025-06-01,2025-06-30",
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
        name="construction_condition_summary",
        bug="every condition has at least one child (`children` may be empty)",
        buggy=condition_summary_buggy,
        fixed=condition_summary_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Telnyx",
                "identifier": "telnyx-Ru6tY1iO",
                "providerId": "telnyx",
                "channel": "sms",
                "conditions": [{"isNegated": True, "type": "GROUP", "value": "OR", "children": []}],
            },
            credentials={"apiKey": "fake-api-key-0003", "messageProfileId": "profile-1", "from": "+15550122"},
        ),
    ),
    ConsumerCase(
        name="construction_basic_auth_header",
        bug="`user`/`password` credentials are Latin-1 (any Unicode string is valid)",
        buggy=basic_auth_header_buggy,
        fixed=basic_auth_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {
                "name": "Gupshup",
                "identifier": "gupshup-Po3iU8yT",
                "providerId": "gupshup",
                "channel": "sms",
            },
            credentials={"user": "bauleitung", "password": "Prüf€-2025"},
        ),
    ),
    ConsumerCase(
        name="construction_firebase_project",
        bug="`serviceAccount` is always a JSON service-account document with `project_id` (it is any string)",
        buggy=firebase_project_buggy,
        fixed=firebase_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Lk9jH4gF",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "inspector-app-sa.json"},
        ),
    ),
    ConsumerCase(
        name="construction_webhook_allowlist",
        bug="`webhookUrl` always parses to a URL with a host (it is any string)",
        buggy=webhook_allowed_buggy,
        fixed=webhook_allowed_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Qa2wS3eD",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "/hooks/site-push", "secretKey": "fake-secret-0002"},
        ),
    ),
    ConsumerCase(
        name="construction_site_integration_model",
        bug="the record has only the documented keys (unknown extra keys such as `createdAt` are valid)",
        buggy=site_integration_buggy,
        fixed=site_integration_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "createdAt": "2025-03-10T08:00:00.000Z",
                "updatedAt": "2025-03-11T12:30:00.000Z",
                "priority": 1,
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="construction_erp_xml_export",
        bug="names and identifiers never contain XML special characters such as `&` or `<`",
        buggy=erp_xml_export_buggy,
        fixed=erp_xml_export_fixed,
        raises=(ET.ParseError,),
        example=_payload(
            {"name": "Smith & Sons <Concrete>", "identifier": "smith-sons-concrete-Mn5bV6cX"},
        ),
    ),
]
"""The sixteen construction consumers, in the order above."""
