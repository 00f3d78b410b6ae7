"""Sixteen consumers from an event-ticketing platform (concerts, conferences, box offices), each with one
typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The platform
reads its Novu integrations (``GET /v1/integrations``) to send ticket confirmations, presale alerts,
door-time reminders and check-in pushes. Each ``*_buggy`` function is what an engineer shipped after
testing against ``HAPPY_PATH``; it holds one assumption about a value the contract allows but that
the engineer never saw. Each ``*_fixed`` function is the same code done right and must never raise
on any contract-valid payload.
"""

from __future__ import annotations

import copy
import dataclasses
import ipaddress
import json
import re
import shlex
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parseaddr
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys removed and credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or an empty one when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _str(value: object, default: str = "") -> str:
    """``value`` when it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of a payload (absent ``conditions`` means none)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The field-filter objects of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. Integration age dashboard: reads the creation time out of the Mongo ObjectId.


def integration_age_buggy(payload: Payload) -> str | None:
    """When an integration was created, decoded from the timestamp half of its ObjectId ``_id``."""
    object_id = payload.get("_id")
    if object_id is None:
        return None
    seconds = int.from_bytes(bytes.fromhex(object_id)[:4], "big")
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def integration_age_fixed(payload: Payload) -> str | None:
    object_id = payload.get("_id")
    if not isinstance(object_id, str) or not _OBJECT_ID.fullmatch(object_id):
        return None
    seconds = int(object_id[:8], 16)
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


# 2. DMARC alignment report: the sender domain of every integration's ``from``.


def sender_domain_buggy(payload: Payload) -> str | None:
    """The domain ticket confirmations are sent from, for the deliverability report."""
    _, address = parseaddr(_creds(payload).get("from", ""))
    if not address:
        return None
    return address.rsplit("@", 1)[1].lower()


def sender_domain_fixed(payload: Payload) -> str | None:
    sender = _str(_creds(payload).get("from"))
    if not sender:
        return None
    try:
        _, address = parseaddr(sender)
    except (ValueError, IndexError, TypeError):
        return None
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return None  # an SMS sender id, a phone number or plain text: no domain to align
    return domain.lower()


# 3. SMTP transport builder for the box-office mailer (Custom SMTP / nodemailer).


def smtp_transport_buggy(payload: Payload) -> dict[str, object]:
    """Connection settings for the venue's own SMTP relay."""
    credentials = _creds(payload)
    port = int(credentials.get("port", "587"))
    return {"host": credentials.get("host", "localhost"), "port": port, "implicit_tls": port == 465}


def smtp_transport_fixed(payload: Payload) -> dict[str, object]:
    credentials = _creds(payload)
    port = 587
    raw = credentials.get("port")
    if isinstance(raw, str):
        try:
            parsed = int(raw.strip())
        except ValueError:
            parsed = 0
        if 0 < parsed < 65536:
            port = parsed
    return {"host": _str(credentials.get("host"), "localhost"), "port": port, "implicit_tls": port == 465}


# 4. Egress firewall rule for the on-premise Kannel SMS gateway at the arena.


def kannel_firewall_rule_buggy(payload: Payload) -> str | None:
    """An egress allow rule for the SMS gateway host."""
    host = _creds(payload).get("host")
    if host is None:
        return None
    address = ipaddress.ip_address(host)
    return f"allow out to {address}/{address.max_prefixlen} port {_creds(payload).get('port', '13013')}"


def kannel_firewall_rule_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    host = _str(credentials.get("host"))
    if not host:
        return None
    port = _str(credentials.get("port"), "13013")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"allow out to fqdn {host!r} port {port!r}"  # a hostname: resolved by the firewall
    return f"allow out to {address}/{address.max_prefixlen} port {port!r}"


# 5. RingCentral / APNs client options: the ``secure`` switch.


def client_options_buggy(payload: Payload) -> dict[str, object]:
    """Client options for the SMS/push SDK; ``secure`` selects the production endpoint."""
    credentials = _creds(payload)
    secure = credentials.get("secure", "false").lower() == "true"
    return {"provider": payload["providerId"], "sandbox": not secure}


def client_options_fixed(payload: Payload) -> dict[str, object]:
    raw = _creds(payload).get("secure")
    if isinstance(raw, bool):
        secure = raw
    elif isinstance(raw, str):
        secure = raw.strip().lower() == "true"
    else:
        secure = False
    return {"provider": _str(payload.get("providerId")), "sandbox": not secure}


# 6. Check-in app push: the Firebase project behind an FCM integration.


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project id, to link the check-in app's push dashboard."""
    service_account = _creds(payload).get("serviceAccount")
    if service_account is None:
        return None
    project: str = json.loads(service_account)["project_id"]
    return project


def fcm_project_fixed(payload: Payload) -> str | None:
    service_account = _creds(payload).get("serviceAccount")
    if not isinstance(service_account, str):
        return None
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        return None  # not JSON, e.g. the encrypted ``nvsk.`` form of a write reply
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    return project if isinstance(project, str) else None


# 7. Partner ticket-feed exporter: the sender block of the XML feed.


def sender_feed_xml_buggy(payload: Payload) -> dict[str, str]:
    """The sender block of the XML feed sent to partner box offices."""
    credentials = _creds(payload)
    document = (
        f'<sender channel="{payload["channel"]}">'
        f"<name>{credentials.get('senderName', '')}</name>"
        f"<address>{credentials.get('from', '')}</address>"
        "</sender>"
    )
    root = ET.fromstring(document)
    return {child.tag: child.text or "" for child in root}


def sender_feed_xml_fixed(payload: Payload) -> dict[str, str]:
    credentials = _creds(payload)
    root = ET.Element("sender", channel=_str(payload.get("channel")))
    ET.SubElement(root, "name").text = _str(credentials.get("senderName"))
    ET.SubElement(root, "address").text = _str(credentials.get("from"))
    ET.tostring(root, encoding="unicode")
    return {child.tag: child.text or "" for child in root}


# 8. Migration script: moves integrations to the new tenant with a CLI call.


def migration_argv_buggy(payload: Payload) -> list[str]:
    """The command line the migration runner executes for one integration."""
    command = (
        f"novu-migrate integration --provider {payload['providerId']} "
        f"--name '{payload['name']}' --environment {payload['_environmentId']}"
    )
    return shlex.split(command)


def migration_argv_fixed(payload: Payload) -> list[str]:
    argv = [
        "novu-migrate",
        "integration",
        "--provider",
        _str(payload.get("providerId")),
        "--name",
        _str(payload.get("name")),
        "--environment",
        _str(payload.get("_environmentId")),
    ]
    shlex.join(argv)  # what gets logged
    return argv


# 9. Organizer dashboard: one icon per channel.

_CHANNEL_ICONS_BUGGY = {"email": "envelope", "sms": "phone", "push": "bell"}


def channel_icon_buggy(payload: Payload) -> str:
    """The icon shown next to an integration on the organizer dashboard."""
    return _CHANNEL_ICONS_BUGGY[payload["channel"]]


_CHANNEL_ICONS = {
    "email": "envelope",
    "sms": "phone",
    "push": "bell",
    "chat": "speech-bubble",
    "in_app": "inbox",
}


def channel_icon_fixed(payload: Payload) -> str:
    return _CHANNEL_ICONS.get(_str(payload.get("channel")), "plug")


# 10. Audience segment summary: one line per condition for the campaign editor.


def segment_summary_buggy(payload: Payload) -> list[str]:
    """Human-readable summaries of the audience conditions, led by each condition's first rule."""
    lines = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        more = len(condition["children"]) - 1
        lines.append(
            f"{first['field']} {first['operator']} {first['value']}" + (f" (+{more})" if more else "")
        )
    return lines


def segment_summary_fixed(payload: Payload) -> list[str]:
    lines = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            lines.append("(no rules: matches everyone)")
            continue
        first = children[0]
        more = len(children) - 1
        summary = f"{_str(first.get('field'))} {_str(first.get('operator'))} {_str(first.get('value'))}"
        lines.append(summary + (f" (+{more})" if more else ""))
    return lines


# 11. Presale window evaluator: BETWEEN rules on the ticket tier or purchase date.


def presale_windows_buggy(payload: Payload) -> list[tuple[str, str, str]]:
    """The ``(field, low, high)`` ranges of the BETWEEN rules, for the presale scheduler."""
    windows = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = child["value"].split(",")
                windows.append((child["field"], low.strip(), high.strip()))
    return windows


def presale_windows_fixed(payload: Payload) -> list[tuple[str, str, str]]:
    windows = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") not in ("BETWEEN", "NOT_BETWEEN"):
                continue
            parts = _str(child.get("value")).split(",")
            if len(parts) != 2:
                continue  # not a "low,high" pair: no window to schedule
            windows.append((_str(child.get("field")), parts[0].strip(), parts[1].strip()))
    return windows


# 12. Deletion audit log for the compliance team.


def deletion_audit_buggy(payload: Payload) -> str | None:
    """An audit-log line for a soft-deleted integration."""
    if not payload["deleted"]:
        return None
    return f"integration {payload['identifier']} deleted by {payload['deletedBy']}"


def deletion_audit_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True:
        return None
    actor = _str(payload.get("deletedBy")) or "unknown (API)"
    return f"integration {_str(payload.get('identifier'))!r} deleted by {actor!r}"


# 13. Usage billing job: prorates a provider fee up to the deletion time.

_PERIOD_START = datetime(2025, 5, 1, tzinfo=UTC)
_PERIOD_END = datetime(2025, 6, 1, tzinfo=UTC)


def billable_days_buggy(payload: Payload) -> int:
    """Days of the billing period an integration existed for (the tour's provider fee)."""
    end = _PERIOD_END
    if "deletedAt" in payload:
        end = min(datetime.fromisoformat(payload["deletedAt"]), _PERIOD_END)
    return max(0, (end - _PERIOD_START).days)


def billable_days_fixed(payload: Payload) -> int:
    end = _PERIOD_END
    raw = payload.get("deletedAt")
    if isinstance(raw, str):
        try:
            deleted_at = datetime.fromisoformat(raw.strip())
            if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
                deleted_at = deleted_at.replace(tzinfo=UTC)
            end = min(deleted_at, _PERIOD_END)
            return max(0, (end - _PERIOD_START).days)
        except (ValueError, OverflowError):
            pass  # not a timestamp: bill the whole period
    return max(0, (end - _PERIOD_START).days)


# 14. Nightly sync job: loads integrations into typed records for the warehouse.


@dataclasses.dataclass(frozen=True)
class IntegrationRecord:
    """One row of the warehouse's ``notification_integrations`` table."""

    environmentId: str  # noqa: N815 - the wire name
    organizationId: str  # noqa: N815
    name: str
    identifier: str
    providerId: str  # noqa: N815
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    deletedAt: str | None = None  # noqa: N815
    deletedBy: str | None = None  # noqa: N815
    conditions: list[Any] = dataclasses.field(default_factory=list)


def warehouse_record_buggy(payload: Payload) -> IntegrationRecord:
    """A typed record built from the wire payload (leading underscores stripped)."""
    return IntegrationRecord(**{key.lstrip("_"): value for key, value in payload.items()})


_RECORD_FIELDS = frozenset(field.name for field in dataclasses.fields(IntegrationRecord))


def warehouse_record_fixed(payload: Payload) -> IntegrationRecord:
    known = {key.lstrip("_"): value for key, value in payload.items() if key.lstrip("_") in _RECORD_FIELDS}
    conditions = known.get("conditions")
    return IntegrationRecord(
        environmentId=_str(known.get("environmentId")),
        organizationId=_str(known.get("organizationId")),
        name=_str(known.get("name")),
        identifier=_str(known.get("identifier")),
        providerId=_str(known.get("providerId")),
        channel=_str(known.get("channel")),
        credentials=_creds(payload),
        active=known.get("active") is True,
        deleted=known.get("deleted") is True,
        primary=known.get("primary") is True,
        id=known.get("id") if isinstance(known.get("id"), str) else None,
        deletedAt=known.get("deletedAt") if isinstance(known.get("deletedAt"), str) else None,
        deletedBy=known.get("deletedBy") if isinstance(known.get("deletedBy"), str) else None,
        conditions=conditions if isinstance(conditions, list) else [],
    )


# 15. Outbound proxy allowlist: the API host of Infobip / Generic SMS / Mailgun integrations.


def api_host_buggy(payload: Payload) -> str | None:
    """The host the notification proxy must allow for an integration with a custom ``baseUrl``."""
    base_url: str | None = _creds(payload).get("baseUrl")
    if base_url is None:
        return None
    return urlsplit(base_url).hostname.lower()  # type: ignore[union-attr]


def api_host_fixed(payload: Payload) -> str | None:
    base_url = _str(_creds(payload).get("baseUrl")).strip()
    if not base_url:
        return None
    try:
        host = urlsplit(base_url).hostname
        if host is None:
            host = urlsplit("https://" + base_url).hostname  # "api.infobip.com" without a scheme
    except ValueError:
        return None
    return host.lower() if host else None


# 16. Door-time reminder router: which rules gate an active integration.


def gating_fields_buggy(payload: Payload) -> list[str]:
    """The subscriber/payload fields the router must load before it may use this integration."""
    fields: list[str] = []
    for condition in payload["conditions"]:
        fields.extend(child["field"] for child in condition["children"])
    return sorted(set(fields))


def gating_fields_fixed(payload: Payload) -> list[str]:
    fields: set[str] = set()
    for condition in _conditions(payload):
        fields.update(_str(child.get("field")) for child in _children(condition))
    return sorted(fields)


_TWILIO = {"accountSid": "AC0000000000000000000000000000test", "token": "fake-token", "from": "+493012345678"}
_SLACK = {"applicationId": "A012TICKETS", "clientId": "12345.67890", "secretKey": "fake-secret"}

EVENTS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="events_objectid_age",
        bug="assumes _id is a 24-hex Mongo ObjectId, but the contract types it as any string",
        buggy=integration_age_buggy,
        fixed=integration_age_fixed,
        raises=(ValueError,),
        example=_payload({"_id": "int_box-office-1"}),
    ),
    ConsumerCase(
        name="events_sender_domain",
        bug="assumes every credentials.from is an email address, but SMS senders are phone numbers or ids",
        buggy=sender_domain_buggy,
        fixed=sender_domain_fixed,
        raises=(IndexError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-Q3x9mZ", "providerId": "twilio", "channel": "sms"},
            credentials=_TWILIO,
        ),
    ),
    ConsumerCase(
        name="events_smtp_port",
        bug="assumes credentials.port is a numeric string, but it is any string (empty, '25/tcp', 'smtp')",
        buggy=smtp_transport_buggy,
        fixed=smtp_transport_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Hn4k2", "providerId": "nodemailer"},
            credentials={"host": "mail.arena.example", "port": "", "from": "tickets@arena.example"},
        ),
    ),
    ConsumerCase(
        name="events_kannel_host_ip",
        bug="assumes credentials.host is an IP address, but it may be a hostname or any string",
        buggy=kannel_firewall_rule_buggy,
        fixed=kannel_firewall_rule_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Kannel SMS", "identifier": "kannel-sms-0pQ", "providerId": "kannel", "channel": "sms"},
            credentials={"host": "sms-gw.arena.example", "port": "13013", "from": "ARENA"},
        ),
    ),
    ConsumerCase(
        name="events_secure_switch",
        bug="treats credentials.secure as a 'true'/'false' string, but on the wire it is a boolean",
        buggy=client_options_buggy,
        fixed=client_options_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "RingCentral",
                "identifier": "ring-central-7Yt",
                "providerId": "ring-central",
                "channel": "sms",
            },
            credentials={
                "clientId": "rc-client",
                "secretKey": "fake",
                "token": "fake",
                "secure": True,
                "from": "+1555",
            },
        ),
    ),
    ConsumerCase(
        name="events_fcm_service_account",
        bug="assumes credentials.serviceAccount is a JSON service-account document with project_id",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-c1",
                "providerId": "fcm",
            }
            | {"channel": "push", "primary": False},
            credentials={"serviceAccount": "nvsk.0f1e2d3c4b5a69788796a5b4c3d2e1f0:9a8b7c6d5e4f"},
        ),
    ),
    ConsumerCase(
        name="events_sender_feed_xml",
        bug="pastes senderName/from into XML unescaped, but they may hold '&', '<' or control characters",
        buggy=sender_feed_xml_buggy,
        fixed=sender_feed_xml_fixed,
        raises=(ET.ParseError, ValueError),
        example=_payload(
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "tickets@rock.example",
                "senderName": "Rock & Roll Hall",
            }
        ),
    ),
    ConsumerCase(
        name="events_migration_shlex",
        bug="hand-quotes name in single quotes before shlex.split, but names may contain an apostrophe",
        buggy=migration_argv_buggy,
        fixed=migration_argv_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Africa's Talking", "identifier": "africas-talking-k2", "providerId": "africas-talking"}
            | {"channel": "sms", "primary": False},
            credentials={"apiKey": "fake", "user": "sandbox", "from": "TICKETS"},
        ),
    ),
    ConsumerCase(
        name="events_channel_icon",
        bug="maps only email, sms and push to icons, but channel may also be chat or in_app",
        buggy=channel_icon_buggy,
        fixed=channel_icon_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-crew-9",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials=_SLACK,
        ),
    ),
    ConsumerCase(
        name="events_segment_first_rule",
        bug="assumes every condition has at least one child rule, but children may be empty",
        buggy=segment_summary_buggy,
        fixed=segment_summary_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="events_between_pair",
        bug="assumes a BETWEEN rule's value is a 'low,high' pair, but value is any string",
        buggy=presale_windows_buggy,
        fixed=presale_windows_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "DATE",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.purchasedAt",
                                "value": "2025-06-01",
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
        name="events_deleted_by",
        bug="assumes a deleted integration carries deletedBy, but the key is optional and usually absent",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-14T09:30:00.000Z"}),
    ),
    ConsumerCase(
        name="events_deleted_at_naive",
        bug="assumes deletedAt is an offset-aware ISO-8601 timestamp, but it is a plain string (here naive)",
        buggy=billable_days_buggy,
        fixed=billable_days_fixed,
        raises=(TypeError, ValueError),
        example=_payload(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-05-14T09:30:00"}
        ),
    ),
    ConsumerCase(
        name="events_warehouse_extra_keys",
        bug="builds a dataclass from every wire key, but unknown extra keys (createdAt, __v, ...) are valid",
        buggy=warehouse_record_buggy,
        fixed=warehouse_record_fixed,
        raises=(TypeError,),
        example=_payload(
            {"createdAt": "2025-04-09T20:11:00.000Z", "updatedAt": "2025-04-09T20:11:00.000Z", "__v": 0}
        ),
    ),
    ConsumerCase(
        name="events_base_url_host",
        bug="assumes credentials.baseUrl is a well-formed absolute URL with a host, but it is any string",
        buggy=api_host_buggy,
        fixed=api_host_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {"name": "Infobip", "identifier": "infobip-Zr8", "providerId": "infobip-sms", "channel": "sms"},
            credentials={"apiKey": "fake", "baseUrl": "api.infobip.com", "from": "InfoSMS"},
        ),
    ),
    ConsumerCase(
        name="events_conditions_absent",
        bug="assumes conditions is always present, but the key is optional",
        buggy=gating_fields_buggy,
        fixed=gating_fields_fixed,
        raises=(KeyError,),
        example=_payload(drop=("conditions",)),
    ),
]
"""The sixteen events consumers, in the order above."""
