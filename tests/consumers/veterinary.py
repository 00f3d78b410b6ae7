"""Sixteen consumers from a chain of veterinary clinics, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The clinic
chain reads its Novu integrations (``GET /v1/integrations``) to route vaccination and appointment
reminders, bill each clinic for messaging, audit changes, build SMTP and push configurations, and
feed the practice-management dashboards. Each buggy consumer works on ``HAPPY_PATH`` but trips over
one value the contract allows; each fixed control is a tolerant reader that never raises.
"""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import json
import re
import shlex
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# Helpers


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys dropped, and credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _text(mapping: object, key: str, default: str = "") -> str:
    """A string value of ``mapping[key]``, or ``default`` when absent or not a string."""
    if isinstance(mapping, Mapping):
        value = mapping.get(key)
        if isinstance(value, str):
            return value
    return default


def _flag(mapping: object, key: str, default: bool = False) -> bool:
    """A boolean value of ``mapping[key]``, or ``default`` when absent or not a boolean."""
    if isinstance(mapping, Mapping):
        value = mapping.get(key)
        if isinstance(value, bool):
            return value
    return default


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when absent or malformed."""
    credentials = payload.get("credentials")
    if isinstance(credentials, dict):
        return credentials
    return {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects, skipping anything that is not an object."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The filter parts of one condition, skipping anything that is not an object."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [item for item in children if isinstance(item, dict)]


# 1. Reminder router: picks the outbound queue for vaccination reminders by channel.

_REMINDER_QUEUES = {
    "email": "reminders.email",
    "sms": "reminders.sms",
    "push": "reminders.push",
}


def reminder_router_buggy(payload: Payload) -> str:
    """Queue name for reminders sent through this integration."""
    queue = _REMINDER_QUEUES[payload["channel"]]
    return f"{queue}.{payload['providerId']}"


def reminder_router_fixed(payload: Payload) -> str:
    """Queue name for reminders sent through this integration (unknown channels go to a parking queue)."""
    queue = _REMINDER_QUEUES.get(_text(payload, "channel"), "reminders.unrouted")
    return f"{queue}.{_text(payload, 'providerId', 'unknown')}"


# 2. SMTP relay config: the clinics' on-prem relay reads the Custom SMTP (nodemailer) integration.


def smtp_relay_config_buggy(payload: Payload) -> dict[str, object]:
    """Relay settings (host, port, TLS) from a nodemailer integration."""
    credentials = payload["credentials"]
    if payload["providerId"] != "nodemailer":
        return {}
    port = int(credentials.get("port", "587"))
    return {
        "host": credentials.get("host", "localhost"),
        "port": port,
        "secure": bool(credentials.get("secure", port == 465)),
        "starttls": bool(credentials.get("requireTls", False)),
    }


def smtp_relay_config_fixed(payload: Payload) -> dict[str, object]:
    """Relay settings from a nodemailer integration; a non-numeric port falls back to 587."""
    if _text(payload, "providerId") != "nodemailer":
        return {}
    credentials = _creds(payload)
    raw_port = _text(credentials, "port").strip()
    port = 587
    if re.fullmatch(r"[0-9]{1,5}", raw_port) and 0 < int(raw_port) < 65536:
        port = int(raw_port)
    return {
        "host": _text(credentials, "host", "localhost") or "localhost",
        "port": port,
        "secure": _flag(credentials, "secure", port == 465),
        "starttls": _flag(credentials, "requireTls"),
    }


# 3. Deletion audit: the compliance team logs who removed a clinic's messaging integration.


def deletion_audit_buggy(payload: Payload) -> str | None:
    """An audit line for a soft-deleted integration, ``None`` for a live one."""
    if not payload["deleted"]:
        return None
    who = payload["deletedBy"]
    return f"integration {payload['identifier']} deleted by user {who} at {payload.get('deletedAt')}"


def deletion_audit_fixed(payload: Payload) -> str | None:
    """An audit line for a soft-deleted integration; the deleting user and the time may be unknown."""
    if not _flag(payload, "deleted"):
        return None
    who = _text(payload, "deletedBy") or "<unknown user>"
    when = _text(payload, "deletedAt") or "<unknown time>"
    return f"integration {_text(payload, 'identifier')} deleted by user {who} at {when}"


# 4. Sender-domain check: the deliverability job checks SPF/DKIM for each email sender domain.


def sender_domain_buggy(payload: Payload) -> str | None:
    """The sender domain of an email integration, lower-cased."""
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    return str(sender.split("@", 1)[1].strip().lower())


def sender_domain_fixed(payload: Payload) -> str | None:
    """The sender domain of an email integration, ``None`` when the sender has no ``@domain`` part."""
    if _text(payload, "channel") != "email":
        return None
    sender = _text(_creds(payload), "from")
    _local, at, domain = sender.rpartition("@")
    if not at or not domain.strip():
        return None
    return domain.strip().lower()


# 5. Billing ledger: monthly messaging charges per clinic, exported for the legacy accounting system.


def billing_ledger_buggy(payload: Payload) -> bytes:
    """One CSV ledger row (organization, environment, integration name, channel), encoded for accounting."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [payload["_organizationId"], payload["_environmentId"], payload["name"], payload["channel"]]
    )
    return buffer.getvalue().encode("latin-1")


def billing_ledger_fixed(payload: Payload) -> bytes:
    """One CSV ledger row, encoded as UTF-8 (unencodable code points replaced)."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            _text(payload, "_organizationId"),
            _text(payload, "_environmentId"),
            _text(payload, "name"),
            _text(payload, "channel"),
        ]
    )
    return buffer.getvalue().encode("utf-8", errors="replace")


# 6. Integration age: the clinic dashboard shows how long each integration has existed.


def integration_age_buggy(payload: Payload) -> datetime | None:
    """Creation time decoded from the ObjectId in ``_id``."""
    record_id = payload.get("_id")
    if record_id is None:
        return None
    return datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)


def integration_age_fixed(payload: Payload) -> datetime | None:
    """Creation time decoded from ``_id`` when it is a 24-hex ObjectId, else ``None``."""
    record_id = _text(payload, "_id")
    if not re.fullmatch(r"[0-9a-fA-F]{24}", record_id):
        return None
    return datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)


# 7. Audience rules: translates integration conditions into the clinic CRM's segment query language.

_CRM_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}


def audience_rules_buggy(payload: Payload) -> list[str]:
    """CRM segment clauses, one per condition."""
    clauses = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{child['on']}.{child['field']} {_CRM_OPERATORS[child['operator']]} {json.dumps(child['value'])}"
            for child in condition["children"]
        ]
        joined = f" {condition['value']} ".join(parts)
        clauses.append(f"NOT ({joined})" if condition["isNegated"] else f"({joined})")
    return clauses


def audience_rules_fixed(payload: Payload) -> list[str]:
    """CRM segment clauses; operators the CRM has no equivalent for are kept as opaque function calls."""
    clauses = []
    for condition in _conditions(payload):
        parts = []
        for child in _children(condition):
            operator = _text(child, "operator")
            target = f"{_text(child, 'on')}.{_text(child, 'field')}"
            value = json.dumps(_text(child, "value"))
            symbol = _CRM_OPERATORS.get(operator)
            if symbol is None:
                parts.append(f"NOVU_{re.sub(r'[^A-Za-z0-9_]', '_', operator)}({target}, {value})")
            else:
                parts.append(f"{target} {symbol} {value}")
        joiner = _text(condition, "value", "AND")
        joined = f" {joiner} ".join(parts)
        clauses.append(f"NOT ({joined})" if _flag(condition, "isNegated") else f"({joined})")
    return clauses


# 8. Condition headline: the admin UI shows the first field each condition filters on.


def condition_headline_buggy(payload: Payload) -> list[str]:
    """One short headline per condition, e.g. ``STATEMENT on subscriber.plan (+0 more)``."""
    headlines = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        first = children[0]
        headlines.append(f"{condition['type']} on {first['field']} (+{len(children) - 1} more)")
    return headlines


def condition_headline_fixed(payload: Payload) -> list[str]:
    """One short headline per condition; a condition without filter parts says so."""
    headlines = []
    for condition in _conditions(payload):
        children = _children(condition)
        kind = _text(condition, "type", "?")
        if not children:
            headlines.append(f"{kind} (no filters)")
            continue
        headlines.append(f"{kind} on {_text(children[0], 'field')} (+{len(children) - 1} more)")
    return headlines


# 9. FCM loader: the pet-owner mobile app's push worker loads the Firebase service account.


def fcm_loader_buggy(payload: Payload) -> str | None:
    """The Firebase project id from an FCM integration's service account JSON."""
    if payload["providerId"] != "fcm":
        return None
    service_account = payload["credentials"].get("serviceAccount")
    if not service_account:
        return None
    document = json.loads(service_account)
    return str(document.get("project_id", ""))


def fcm_loader_fixed(payload: Payload) -> str | None:
    """The Firebase project id, ``None`` when the service account is not JSON (e.g. still encrypted)."""
    if _text(payload, "providerId") != "fcm":
        return None
    service_account = _text(_creds(payload), "serviceAccount")
    if not service_account:
        return None
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    return project if isinstance(project, str) else ""


# 10. Webhook allowlist: the egress proxy allows the hosts of push/email webhook integrations.


def webhook_allowlist_buggy(payload: Payload) -> str | None:
    """The host name the egress proxy must allow for a webhook integration."""
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    host: str = urlsplit(url).hostname.lower()
    return host


def webhook_allowlist_fixed(payload: Payload) -> str | None:
    """The host name to allow, ``None`` when the webhook URL is missing, relative or unparsable."""
    url = _text(_creds(payload), "webhookUrl")
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


# 11. TLS env writer: renders the SMTP integration's tlsOptions into an env file for the relay container.


def tls_env_buggy(payload: Payload) -> str:
    """``SMTP_TLS_<KEY>=<value>`` lines from ``credentials.tlsOptions``."""
    options = payload["credentials"].get("tlsOptions") or {}
    lines = [f"SMTP_TLS_{key.upper()}={shlex.quote(value.strip())}" for key, value in sorted(options.items())]
    return "\n".join(lines)


def tls_env_fixed(payload: Payload) -> str:
    """``SMTP_TLS_<KEY>=<value>`` lines; non-string option values are written as JSON."""
    options = _creds(payload).get("tlsOptions")
    if not isinstance(options, dict):
        return ""
    lines = []
    for key, value in sorted(options.items(), key=lambda item: str(item[0])):
        name = re.sub(r"[^A-Za-z0-9_]", "_", str(key)).upper()
        if isinstance(value, str):
            text = value.strip()
        else:
            try:
                text = json.dumps(value, sort_keys=True, default=str)
            except (TypeError, ValueError, RecursionError):
                text = str(type(value).__name__)
        lines.append(f"SMTP_TLS_{name}={shlex.quote(text)}")
    return "\n".join(lines)


# 12. Identifier migration: moving integrations to the new clinic-scoped naming scheme.


def identifier_migration_buggy(payload: Payload) -> str:
    """The new identifier ``vet-<slug>--<short id>`` from Novu's ``<slug>-<short id>``."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return f"vet-{slug or payload['providerId']}--{short_id}"


def identifier_migration_fixed(payload: Payload) -> str:
    """The new identifier; an identifier without a ``-<short id>`` suffix is kept whole as the slug."""
    identifier = _text(payload, "identifier")
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        slug, short_id = identifier, ""
    return f"vet-{slug or _text(payload, 'providerId')}--{short_id}"


# 13. Credential masker: the clinic admin API shows credentials with all but the last four characters masked.


def credential_masker_buggy(payload: Payload) -> dict[str, str]:
    """Masked credentials for the admin API."""
    masked = {}
    for key, value in payload["credentials"].items():
        tail = value[-4:]
        masked[key] = "*" * max(len(value) - 4, 0) + tail
    return masked


def credential_masker_fixed(payload: Payload) -> dict[str, str]:
    """Masked credentials; booleans are shown as-is and objects are summarised."""
    masked: dict[str, str] = {}
    for key, value in _creds(payload).items():
        if isinstance(value, str):
            masked[str(key)] = "*" * max(len(value) - 4, 0) + value[-4:]
        elif isinstance(value, bool):
            masked[str(key)] = "true" if value else "false"
        elif isinstance(value, dict):
            masked[str(key)] = f"<{len(value)} options>"
        else:
            masked[str(key)] = "<hidden>"
    return masked


# 14. Record cache: integrations are cached in Redis as JSON and rehydrated into a dataclass.


@dataclasses.dataclass
class _CachedIntegration:
    _environmentId: str  # noqa: N815 - wire name
    _organizationId: str  # noqa: N815 - wire name
    name: str
    identifier: str
    providerId: str  # noqa: N815 - wire name
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    _id: str | None = None
    deletedAt: str | None = None  # noqa: N815 - wire name
    deletedBy: str | None = None  # noqa: N815 - wire name
    conditions: list[Any] = dataclasses.field(default_factory=list)


def record_cache_buggy(payload: Payload) -> _CachedIntegration:
    """Round-trip the payload through the JSON cache and rehydrate it."""
    cached = json.loads(json.dumps(payload))
    return _CachedIntegration(**cached)


def record_cache_fixed(payload: Payload) -> _CachedIntegration:
    """Round-trip through the cache, keeping only the known fields (extra keys are ignored)."""
    try:
        cached = json.loads(json.dumps(payload, default=str))
    except (TypeError, ValueError, RecursionError):
        cached = {}
    if not isinstance(cached, dict):
        cached = {}
    credentials = cached.get("credentials")
    conditions = cached.get("conditions")
    return _CachedIntegration(
        _environmentId=_text(cached, "_environmentId"),
        _organizationId=_text(cached, "_organizationId"),
        name=_text(cached, "name"),
        identifier=_text(cached, "identifier"),
        providerId=_text(cached, "providerId"),
        channel=_text(cached, "channel"),
        credentials=credentials if isinstance(credentials, dict) else {},
        active=_flag(cached, "active"),
        deleted=_flag(cached, "deleted"),
        primary=_flag(cached, "primary"),
        _id=_text(cached, "_id") if isinstance(cached.get("_id"), str) else None,
        deletedAt=_text(cached, "deletedAt") if isinstance(cached.get("deletedAt"), str) else None,
        deletedBy=_text(cached, "deletedBy") if isinstance(cached.get("deletedBy"), str) else None,
        conditions=conditions if isinstance(conditions, list) else [],
    )


# 15. XML export: the practice-management system imports integrations as XML.


def xml_export_buggy(payload: Payload) -> ET.Element:
    """An ``<integration>`` element for the practice-management import (validated by parsing it back)."""
    document = (
        f'<integration provider="{payload["providerId"]}" channel="{payload["channel"]}">'
        f"<name>{payload['name']}</name>"
        f"<active>{str(payload['active']).lower()}</active>"
        "</integration>"
    )
    return ET.fromstring(document)


def xml_export_fixed(payload: Payload) -> str:
    """An ``<integration>`` element built with ElementTree, which escapes every value."""
    root = ET.Element(
        "integration",
        {"provider": _text(payload, "providerId"), "channel": _text(payload, "channel")},
    )
    ET.SubElement(root, "name").text = _text(payload, "name")
    ET.SubElement(root, "active").text = "true" if _flag(payload, "active") else "false"
    return ET.tostring(root, encoding="unicode")


# 16. Rule search index: the support team searches integrations by provider and number of targeting rules.


def rule_search_index_buggy(payload: Payload) -> dict[str, object]:
    """A search document for the support console."""
    return {
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "identifier": payload["identifier"].lower(),
        "rules": len(payload["conditions"]),
        "negated_rules": sum(1 for condition in payload["conditions"] if condition["isNegated"]),
    }


def rule_search_index_fixed(payload: Payload) -> dict[str, object]:
    """A search document; absent ``conditions`` counts as no rules."""
    conditions = _conditions(payload)
    return {
        "provider": _text(payload, "providerId"),
        "channel": _text(payload, "channel"),
        "identifier": _text(payload, "identifier").lower(),
        "rules": len(conditions),
        "negated_rules": sum(1 for condition in conditions if _flag(condition, "isNegated")),
    }


# The cases

VETERINARY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="veterinary_reminder_router",
        bug="assumes every integration is email, sms or push (chat and in_app are valid channels)",
        buggy=reminder_router_buggy,
        fixed=reminder_router_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Qw3rTy9",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={"applicationId": "A01VETCARE", "clientId": "1234.5678", "secretKey": "s3cr3t"},
        ),
    ),
    ConsumerCase(
        name="veterinary_smtp_relay",
        bug="assumes credentials.port is a numeric string (it is any string, e.g. empty)",
        buggy=smtp_relay_config_buggy,
        fixed=smtp_relay_config_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Zx81kLm", "providerId": "nodemailer"},
            credentials={"host": "smtp.pawsclinic.example", "port": "", "from": "clinic@pawsclinic.example"},
        ),
    ),
    ConsumerCase(
        name="veterinary_deletion_audit",
        bug="assumes a deleted integration always carries deletedBy (it is optional, often absent)",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Ab12Cd3",
                "providerId": "twilio",
                "channel": "sms",
                "deleted": True,
                "deletedAt": "2025-03-14T09:26:53.589Z",
                "active": False,
            },
            credentials={"accountSid": "AC0000000000", "token": "tok", "from": "+15550100"},
        ),
    ),
    ConsumerCase(
        name="veterinary_sender_domain",
        bug="assumes credentials.from of an email integration always contains '@'",
        buggy=sender_domain_buggy,
        fixed=sender_domain_fixed,
        raises=(IndexError,),
        example=_payload(
            {"name": "Mailgun", "identifier": "mailgun-Kp0oLi9", "providerId": "mailgun"},
            credentials={"apiKey": "key-1", "domain": "mg.vet.example", "user": "api", "from": "Reminders"},
        ),
    ),
    ConsumerCase(
        name="veterinary_billing_ledger",
        bug="assumes integration names are Latin-1 encodable (any unicode is valid)",
        buggy=billing_ledger_buggy,
        fixed=billing_ledger_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {"name": "動物病院 SMS 🐾", "identifier": "sms-Tz5Yx2", "providerId": "telnyx", "channel": "sms"},
            credentials={"apiKey": "KEY0", "messageProfileId": "mp-1", "from": "+15550111"},
        ),
    ),
    ConsumerCase(
        name="veterinary_integration_age",
        bug="assumes _id is a hex MongoDB ObjectId (it is any string)",
        buggy=integration_age_buggy,
        fixed=integration_age_fixed,
        raises=(ValueError,),
        example=_payload({"_id": "int_pawsclinic_0001"}),
    ),
    ConsumerCase(
        name="veterinary_audience_rules",
        bug="assumes operators are only comparisons and IN/NOT_IN (BETWEEN, LIKE, ALL_IN... are valid)",
        buggy=audience_rules_buggy,
        fixed=audience_rules_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "pet.age", "value": "1,7", "operator": "BETWEEN", "on": "payload"},
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="veterinary_condition_headline",
        bug="assumes every condition has at least one child (children may be empty)",
        buggy=condition_headline_buggy,
        fixed=condition_headline_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": True, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="veterinary_fcm_loader",
        bug="assumes credentials.serviceAccount is JSON (any string; write replies send it as nvsk.<hex>)",
        buggy=fcm_loader_buggy,
        fixed=fcm_loader_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Fc1Mx0",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.9f2c4e1a:7be03d55aa10"},
        ),
    ),
    ConsumerCase(
        name="veterinary_webhook_allowlist",
        bug="assumes credentials.webhookUrl is an absolute URL with a host (it is any string)",
        buggy=webhook_allowlist_buggy,
        fixed=webhook_allowlist_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Wh7Pq2",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "hooks/vet-reminders", "secretKey": "whsec"},
        ),
    ),
    ConsumerCase(
        name="veterinary_tls_env",
        bug="assumes every tlsOptions value is a string (it is a free-form object with any JSON values)",
        buggy=tls_env_buggy,
        fixed=tls_env_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Tl5Op1", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.vet.example",
                "port": "465",
                "secure": True,
                "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
            },
        ),
    ),
    ConsumerCase(
        name="veterinary_identifier_migration",
        bug="assumes identifier always has the '<slug>-<short id>' shape (it is any string)",
        buggy=identifier_migration_buggy,
        fixed=identifier_migration_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "sendgridmain"}),
    ),
    ConsumerCase(
        name="veterinary_credential_masker",
        bug="assumes every credential value is a string (hmac, secure... are booleans, tlsOptions an object)",
        buggy=credential_masker_buggy,
        fixed=credential_masker_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-In4pP0",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="veterinary_record_cache",
        bug="rehydrates the payload with **kwargs, assuming no keys beyond the documented ones",
        buggy=record_cache_buggy,
        fixed=record_cache_fixed,
        raises=(TypeError,),
        example=_payload(
            {"createdAt": "2025-01-02T03:04:05.000Z", "updatedAt": "2025-01-02T03:04:05.000Z", "__v": 0}
        ),
    ),
    ConsumerCase(
        name="veterinary_xml_export",
        bug="interpolates the name into XML unescaped, assuming it holds no markup characters such as '&'",
        buggy=xml_export_buggy,
        fixed=xml_export_fixed,
        raises=(ET.ParseError,),
        example=_payload({"name": "Paws & Claws Mailjet"}),
    ),
    ConsumerCase(
        name="veterinary_rule_search_index",
        bug="assumes conditions is always present (the key is optional)",
        buggy=rule_search_index_buggy,
        fixed=rule_search_index_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "Expo Push", "identifier": "expo-push-Ex9Po3", "providerId": "expo", "channel": "push"},
            drop=("conditions",),
            credentials={"apiKey": "expo-token"},
        ),
    ),
]
"""The sixteen veterinary consumers, in the order above."""
