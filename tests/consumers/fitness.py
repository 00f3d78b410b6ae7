"""Sixteen consumers from a fitness-club chain and workout app, each with one typical contract bug.

The club's members, trainers and classes are notified through Novu integrations.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. Each consumer
reads one ``GET /v1/integrations`` item the way the club's services do (class-reminder SMS jobs, the
trainer-payroll mailer, the member app's push set-up, the admin console, billing forecasts, retention
purges, audit logs, caches, migrations, alerting). The *buggy* version works on ``HAPPY_PATH`` but
makes one assumption the contract does not grant; the *fixed* control is the same code written as a
tolerant reader and must not raise on any contract-valid payload.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import html
import json
import re
import shlex
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
"""The fixed "now" of the time-dependent consumers, so that they are deterministic."""


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys changed (``changes``) or removed (``drop``), new ``credentials``."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str, default: str = "") -> str:
    """A string value of ``mapping``, or ``default`` when the key is absent or not a string."""
    value = mapping.get(key)
    return value if isinstance(value, str) else default


def _items(value: object) -> list[dict[str, Any]]:
    """The object items of a JSON array, or ``[]`` when ``value`` is not an array."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


# 1. Class-reminder SMS job (sms, twilio): the sender number.


def class_reminder_sms_buggy(payload: Payload) -> dict[str, str]:
    """Build the SMS job that texts members tomorrow's class schedule."""
    creds = payload["credentials"]
    sender = creds["from"].strip()
    return {"provider": payload["providerId"], "sender": sender, "account": creds.get("accountSid", "")}


def class_reminder_sms_fixed(payload: Payload) -> dict[str, str]:
    """Build the SMS job that texts members tomorrow's class schedule."""
    creds = _creds(payload)
    sender = _text(creds, "from").strip() or "FitClub"
    return {"provider": _text(payload, "providerId"), "sender": sender, "account": _text(creds, "accountSid")}


# 2. Trainer-payroll mailer (email, nodemailer): the SMTP port.

_SMTP_DEFAULT_PORT = 587


def trainer_smtp_url_buggy(payload: Payload) -> str:
    """The SMTP URL the payroll mailer sends trainers' payslips through."""
    creds = payload["credentials"]
    host = creds.get("host", "localhost")
    port = int(creds.get("port", str(_SMTP_DEFAULT_PORT)))
    if not 0 < port < 65536:
        port = _SMTP_DEFAULT_PORT
    return f"smtp://{host}:{port}"


def trainer_smtp_url_fixed(payload: Payload) -> str:
    """The SMTP URL the payroll mailer sends trainers' payslips through."""
    creds = _creds(payload)
    host = _text(creds, "host") or "localhost"
    raw_port = _text(creds, "port").strip()
    port = int(raw_port) if re.fullmatch(r"[0-9]{1,5}", raw_port) else _SMTP_DEFAULT_PORT
    if not 0 < port < 65536:
        port = _SMTP_DEFAULT_PORT
    return f"smtp://{host}:{port}"


# 3. Member-app push set-up (push, apns): production or sandbox gateway.


def apns_gateway_buggy(payload: Payload) -> dict[str, str]:
    """Which APNs gateway and topic the workout app's push sender uses."""
    creds = payload["credentials"]
    production = creds.get("secure", "false").lower() == "true"
    gateway = "api.push.apple.com" if production else "api.sandbox.push.apple.com"
    return {"gateway": gateway, "topic": creds.get("applicationId", "")}


def apns_gateway_fixed(payload: Payload) -> dict[str, str]:
    """Which APNs gateway and topic the workout app's push sender uses."""
    creds = _creds(payload)
    secure = creds.get("secure")
    if isinstance(secure, bool):
        production = secure
    elif isinstance(secure, str):
        production = secure.strip().lower() == "true"
    else:
        production = False
    gateway = "api.push.apple.com" if production else "api.sandbox.push.apple.com"
    return {"gateway": gateway, "topic": _text(creds, "applicationId")}


# 4. Retention purge: deleted integrations older than 30 days.


def purge_due_buggy(payload: Payload) -> bool | None:
    """Whether the retention job may purge the club's copy of a deleted integration (None: not deleted)."""
    if not payload["deleted"]:
        return None
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return False
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (_NOW - when).days >= 30


def _parse_timestamp(value: str) -> datetime | None:
    """An aware datetime from an ISO-8601-ish string, or None when it is not one."""
    try:
        when = datetime.fromisoformat(value.strip())
    except (ValueError, OverflowError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def purge_due_fixed(payload: Payload) -> bool | None:
    """Whether the retention job may purge the club's copy of a deleted integration (None: not deleted)."""
    if payload.get("deleted") is not True:
        return None
    when = _parse_timestamp(_text(payload, "deletedAt"))
    if when is None:
        return False
    try:
        return (_NOW - when).days >= 30
    except (OverflowError, ValueError):
        return False


# 5. Compliance audit log: who deleted an integration.


def deletion_audit_line_buggy(payload: Payload) -> str:
    """One line of the gym chain's integration audit log."""
    if payload["deleted"]:
        when = payload.get("deletedAt", "unknown time")
        return f"{payload['identifier']}: deleted at {when} by user {payload['deletedBy']}"
    return f"{payload['identifier']}: live (active={payload['active']})"


def deletion_audit_line_fixed(payload: Payload) -> str:
    """One line of the gym chain's integration audit log."""
    identifier = _text(payload, "identifier")
    if payload.get("deleted") is True:
        when = _text(payload, "deletedAt") or "unknown time"
        who = _text(payload, "deletedBy") or "system"
        return f"{identifier}: deleted at {when} by user {who}"
    return f"{identifier}: live (active={payload.get('active') is True})"


# 6. Integration cache: TTL from the ObjectId's creation time.

_FRESH_TTL_SECONDS = 60
_STALE_TTL_SECONDS = 3600


def cache_ttl_buggy(payload: Payload) -> int:
    """Cache recently created integrations briefly (they are still being configured), older ones longer."""
    object_id = payload.get("_id", "0" * 24)
    created = datetime.fromtimestamp(int(object_id[:8], 16), UTC)
    return _FRESH_TTL_SECONDS if (_NOW - created).days < 1 else _STALE_TTL_SECONDS


def cache_ttl_fixed(payload: Payload) -> int:
    """Cache recently created integrations briefly (they are still being configured), older ones longer."""
    object_id = _text(payload, "_id")
    if re.fullmatch(r"[0-9a-fA-F]{24}", object_id) is None:
        return _STALE_TTL_SECONDS
    created = datetime.fromtimestamp(int(object_id[:8], 16), UTC)
    return _FRESH_TTL_SECONDS if (_NOW - created).days < 1 else _STALE_TTL_SECONDS


# 7. Front-desk dashboard: a badge per channel.

_CHANNEL_BADGES: dict[str, tuple[str, str]] = {
    "email": ("\N{ENVELOPE}", "Email"),
    "sms": ("\N{MOBILE PHONE}", "Text message"),
    "push": ("\N{BELL}", "App push"),
}


def channel_badge_buggy(payload: Payload) -> str:
    """The HTML badge the front-desk dashboard shows for a notification integration."""
    icon, label = _CHANNEL_BADGES[payload["channel"]]
    return f'<span class="badge">{icon} {html.escape(label)}: {html.escape(payload["name"])}</span>'


def channel_badge_fixed(payload: Payload) -> str:
    """The HTML badge the front-desk dashboard shows for a notification integration."""
    channel = _text(payload, "channel")
    icon, label = _CHANNEL_BADGES.get(channel, ("\N{BULLET}", channel or "other"))
    return f'<span class="badge">{icon} {html.escape(label)}: {html.escape(_text(payload, "name"))}</span>'


# 8. Billing forecast: monthly messaging cost per integration.

_RATE_CARD_USD: dict[str, Decimal] = {
    "sendgrid": Decimal("0.00090"),
    "ses": Decimal("0.00010"),
    "twilio": Decimal("0.00790"),
    "fcm": Decimal("0"),
    "apns": Decimal("0"),
    "novu": Decimal("0"),
}
_MONTHLY_VOLUME: dict[str, int] = {
    "email": 40_000,
    "sms": 12_000,
    "push": 90_000,
    "in_app": 90_000,
    "chat": 500,
}


def monthly_cost_buggy(payload: Payload) -> Decimal:
    """Forecast of next month's messaging cost of one active integration, for the finance team."""
    if not payload["active"]:
        return Decimal("0")
    rate = _RATE_CARD_USD[payload["providerId"]]
    volume = _MONTHLY_VOLUME.get(payload["channel"], 0)
    return (rate * volume).quantize(Decimal("0.01"))


def monthly_cost_fixed(payload: Payload) -> Decimal | None:
    """Forecast of next month's messaging cost of one active integration (None: provider not on rate card)."""
    if payload.get("active") is not True:
        return Decimal("0")
    rate = _RATE_CARD_USD.get(_text(payload, "providerId"))
    if rate is None:
        return None
    volume = _MONTHLY_VOLUME.get(_text(payload, "channel"), 0)
    return (rate * volume).quantize(Decimal("0.01"))


# 9. Migration script: new identifier scheme keeping Novu's short id.


def migrated_identifier_buggy(payload: Payload) -> str:
    """The identifier under the chain's new scheme ``fitclub-<slug>-<short id>``."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return f"fitclub-{slug or 'integration'}-{short_id}"


def migrated_identifier_fixed(payload: Payload) -> str:
    """The identifier under the chain's new scheme ``fitclub-<slug>-<short id>``."""
    slug, separator, short_id = _text(payload, "identifier").rpartition("-")
    if not separator:
        slug, short_id = short_id, ""
    return f"fitclub-{slug or 'integration'}-{short_id}" if short_id else f"fitclub-{slug or 'integration'}"


# 10. Trainer console: avatar initials of an integration.


def integration_initials_buggy(payload: Payload) -> str:
    """Two-letter avatar the trainer console shows next to each integration."""
    words = payload["name"].split(" ")
    return "".join(word[0] for word in words[:2]).upper()


def integration_initials_fixed(payload: Payload) -> str:
    """Two-letter avatar the trainer console shows next to each integration."""
    words = _text(payload, "name").split()
    return "".join(word[0] for word in words[:2]).upper() or "?"


# 11. Admin console serializer: a typed row with masked credentials.


@dataclasses.dataclass(frozen=True)
class _AdminRow:
    environmentId: str  # noqa: N815 - the SDK's field names
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


def _admin_json(row: _AdminRow) -> str:
    masked = dict.fromkeys(sorted(row.credentials), "***")
    return json.dumps(
        {
            "id": row.id,
            "environment": row.environmentId,
            "name": row.name,
            "identifier": row.identifier,
            "provider": row.providerId,
            "channel": row.channel,
            "credentials": masked,
            "flags": {"active": row.active, "primary": row.primary, "deleted": row.deleted},
            "conditionCount": len(row.conditions),
        },
        sort_keys=True,
    )


def admin_row_buggy(payload: Payload) -> str:
    """JSON row for the club's admin console, secrets masked."""
    row = _AdminRow(**{key.lstrip("_"): value for key, value in payload.items()})
    return _admin_json(row)


_ADMIN_WIRE_KEYS: dict[str, str] = {
    "_id": "id",
    "_environmentId": "environmentId",
    "_organizationId": "organizationId",
    "name": "name",
    "identifier": "identifier",
    "providerId": "providerId",
    "channel": "channel",
    "active": "active",
    "deleted": "deleted",
    "primary": "primary",
    "deletedAt": "deletedAt",
    "deletedBy": "deletedBy",
}


def admin_row_fixed(payload: Payload) -> str:
    """JSON row for the club's admin console, secrets masked."""
    fields: dict[str, Any] = {
        "environmentId": "",
        "organizationId": "",
        "name": "",
        "identifier": "",
        "providerId": "",
        "channel": "",
        "active": False,
        "deleted": False,
        "primary": False,
    }
    for wire_key, field_name in _ADMIN_WIRE_KEYS.items():
        if wire_key in payload:
            fields[field_name] = payload[wire_key]
    fields["credentials"] = _creds(payload)
    conditions = payload.get("conditions")
    fields["conditions"] = conditions if isinstance(conditions, list) else []
    return _admin_json(_AdminRow(**fields))


# 12. Member segmentation: numeric thresholds of integration conditions.

_NUMERIC_OPERATORS: dict[str, str] = {
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
}


def threshold_rules_buggy(payload: Payload) -> list[str]:
    """Numeric rules (e.g. visits this month >= 8) the segmentation engine evaluates for members."""
    rules: list[str] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            symbol = _NUMERIC_OPERATORS.get(child["operator"])
            if symbol is None:
                continue
            threshold = Decimal(child["value"])
            rules.append(f"{child['field']} {symbol} {threshold}")
    return rules


def threshold_rules_fixed(payload: Payload) -> list[str]:
    """Numeric rules (e.g. visits this month >= 8) the segmentation engine evaluates for members."""
    rules: list[str] = []
    for condition in _items(payload.get("conditions")):
        for child in _items(condition.get("children")):
            symbol = _NUMERIC_OPERATORS.get(_text(child, "operator"))
            if symbol is None:
                continue
            try:
                threshold = Decimal(_text(child, "value").strip())
            except (InvalidOperation, ValueError):
                continue
            if not threshold.is_finite():
                continue
            rules.append(f"{_text(child, 'field')} {symbol} {threshold}")
    return rules


# 13. Deployment: the payroll mailer's env file with its TLS options.


def smtp_env_file_buggy(payload: Payload) -> str:
    """The ``.env`` file of the trainer-payroll mailer container."""
    creds = payload["credentials"]
    lines = [f"SMTP_HOST={shlex.quote(creds.get('host', ''))}"]
    for key, value in sorted(creds.get("tlsOptions", {}).items()):
        lines.append(f"SMTP_TLS_{key.upper()}={shlex.quote(value)}")
    return "\n".join(lines) + "\n"


def smtp_env_file_fixed(payload: Payload) -> str:
    """The ``.env`` file of the trainer-payroll mailer container."""
    creds = _creds(payload)
    lines = [f"SMTP_HOST={shlex.quote(_text(creds, 'host'))}"]
    tls_options = creds.get("tlsOptions")
    if isinstance(tls_options, dict):
        for key, value in sorted(tls_options.items(), key=lambda item: str(item[0])):
            name = re.sub(r"[^A-Za-z0-9_]", "_", str(key)).upper()
            text = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
            lines.append(f"SMTP_TLS_{name}={shlex.quote(text)}")
    return "\n".join(lines) + "\n"


# 14. SMS health check (sms, twilio): HTTP basic auth header.


def sms_health_auth_buggy(payload: Payload) -> dict[str, str]:
    """Headers of the nightly ping that checks the class-reminder SMS account still works."""
    creds = payload["credentials"]
    pair = f"{creds.get('accountSid', '')}:{creds.get('token', '')}"
    return {"Authorization": "Basic " + base64.b64encode(pair.encode("latin-1")).decode("ascii")}


def sms_health_auth_fixed(payload: Payload) -> dict[str, str]:
    """Headers of the nightly ping that checks the class-reminder SMS account still works."""
    creds = _creds(payload)
    pair = f"{_text(creds, 'accountSid')}:{_text(creds, 'token')}"
    return {
        "Authorization": "Basic " + base64.b64encode(pair.encode("utf-8", "surrogatepass")).decode("ascii")
    }


# 15. Workout-app push (push, fcm): the Firebase project from the service account.


def fcm_send_path_buggy(payload: Payload) -> str:
    """The FCM v1 send path the workout app's streak reminders are posted to."""
    account = json.loads(payload["credentials"].get("serviceAccount") or "{}")
    return f"projects/{account.get('project_id', 'fitclub-app')}/messages:send"


def fcm_send_path_fixed(payload: Payload) -> str:
    """The FCM v1 send path the workout app's streak reminders are posted to."""
    project = "fitclub-app"
    try:
        account: object = json.loads(_text(_creds(payload), "serviceAccount") or "{}")
    except (ValueError, RecursionError):
        account = None
    if isinstance(account, dict):
        candidate = account.get("project_id")
        if isinstance(candidate, str) and candidate:
            project = candidate
    return f"projects/{project}/messages:send"


# 16. Alerting: push-webhook targets must point at the chain's own domain.

_OWN_DOMAIN = "fitclub.example"


def webhook_allowed_buggy(payload: Payload) -> bool:
    """Whether a push-webhook integration posts to the chain's own servers (alert otherwise)."""
    url = payload["credentials"].get("webhookUrl", "")
    if not url:
        return False
    host = urlsplit(url).hostname
    return bool(host == _OWN_DOMAIN or host.endswith("." + _OWN_DOMAIN))


def webhook_allowed_fixed(payload: Payload) -> bool:
    """Whether a push-webhook integration posts to the chain's own servers (alert otherwise)."""
    url = _text(_creds(payload), "webhookUrl").strip()
    if not url:
        return False
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if host is None:
        return False
    return host == _OWN_DOMAIN or host.endswith("." + _OWN_DOMAIN)


FITNESS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="fitness_class_reminder_sms",
        bug="assumes every SMS integration's credentials carry a `from` sender",
        buggy=class_reminder_sms_buggy,
        fixed=class_reminder_sms_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-Qm3xT9aa", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC00000000000000000000000000000001", "token": "fake-token-0001"},
        ),
    ),
    ConsumerCase(
        name="fitness_trainer_smtp_port",
        bug="assumes the string `port` credential always holds decimal digits",
        buggy=trainer_smtp_url_buggy,
        fixed=trainer_smtp_url_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-a1B2c3D", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.fitclub.example",
                "port": "submission",
                "from": "payroll@fitclub.example",
            },
        ),
    ),
    ConsumerCase(
        name="fitness_apns_secure_flag",
        bug="assumes the `secure` credential is the string 'true'/'false' rather than a boolean",
        buggy=apns_gateway_buggy,
        fixed=apns_gateway_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "ap-ns-Zx81kLm",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----fake-----END PRIVATE KEY-----",
                "apiKey": "KEYID00001",
                "projectName": "fitclub",
                "applicationId": "com.fitclub.app",
                "secure": True,
            },
        ),
    ),
    ConsumerCase(
        name="fitness_purge_deleted_age",
        bug="assumes `deletedAt` is always formatted exactly as %Y-%m-%dT%H:%M:%S.%fZ",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-04-02T08:15:00Z"}),
    ),
    ConsumerCase(
        name="fitness_audit_deleted_by",
        bug="assumes a deleted integration always names its `deletedBy` user",
        buggy=deletion_audit_line_buggy,
        fixed=deletion_audit_line_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "deletedAt": "2025-05-20T09:00:00.000Z"}),
    ),
    ConsumerCase(
        name="fitness_cache_objectid_age",
        bug="assumes `_id` is a hex MongoDB ObjectId whose first 8 characters are a timestamp",
        buggy=cache_ttl_buggy,
        fixed=cache_ttl_fixed,
        raises=(ValueError,),
        example=_payload({"_id": "int_frontdesk_email"}),
    ),
    ConsumerCase(
        name="fitness_channel_badge",
        bug="assumes only email, sms and push integrations exist (no chat or in_app)",
        buggy=channel_badge_buggy,
        fixed=channel_badge_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Tr4inerz",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={"applicationId": "A0FAKE01", "clientId": "1234.5678", "secretKey": "fake-secret"},
        ),
    ),
    ConsumerCase(
        name="fitness_rate_card_billing",
        bug="assumes every `providerId` is one of the providers on the finance rate card",
        buggy=monthly_cost_buggy,
        fixed=monthly_cost_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "Mailjet", "identifier": "mailjet-Pq7rS2t", "providerId": "mailjet"},
            credentials={"apiKey": "fake-key", "secretKey": "fake-secret", "from": "hello@fitclub.example"},
        ),
    ),
    ConsumerCase(
        name="fitness_identifier_suffix",
        bug="assumes `identifier` always contains a '-' before Novu's short id",
        buggy=migrated_identifier_buggy,
        fixed=migrated_identifier_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "frontdesk"}),
    ),
    ConsumerCase(
        name="fitness_avatar_initials",
        bug="assumes `name` is non-empty and its words are separated by single spaces",
        buggy=integration_initials_buggy,
        fixed=integration_initials_fixed,
        raises=(IndexError,),
        example=_payload({"name": "Downtown  Studio Email"}),
    ),
    ConsumerCase(
        name="fitness_admin_serializer",
        bug="assumes the payload has exactly the documented keys (no extras like createdAt or __v)",
        buggy=admin_row_buggy,
        fixed=admin_row_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-K2mN8pQ",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
                "priority": 0,
                "createdAt": "2025-01-10T07:30:00.000Z",
                "updatedAt": "2025-01-10T07:30:00.000Z",
                "__v": 0,
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="fitness_threshold_decimal",
        bug="assumes the `value` of a LARGER/SMALLER-style condition child is always a number",
        buggy=threshold_rules_buggy,
        fixed=threshold_rules_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriber.data.membershipTier",
                                "value": "gold",
                                "operator": "LARGER_EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="fitness_smtp_tls_env",
        bug="assumes every `tlsOptions` value is a string (it is a free-form JSON object)",
        buggy=smtp_env_file_buggy,
        fixed=smtp_env_file_fixed,
        raises=(TypeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Hh55jKl", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.fitclub.example",
                "port": "465",
                "tlsOptions": {"minVersion": "TLSv1.2", "rejectUnauthorized": True},
                "from": "payroll@fitclub.example",
            },
        ),
    ),
    ConsumerCase(
        name="fitness_sms_basic_auth",
        bug="assumes `accountSid`/`token` are Latin-1 text (HTTP basic auth encoded as latin-1)",
        buggy=sms_health_auth_buggy,
        fixed=sms_health_auth_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-Wq2eR4t", "providerId": "twilio", "channel": "sms"},
            credentials={
                "accountSid": "AC00000000000000000000000000000002",
                "token": "tök€n—2025",
                "from": "+15550100",
            },
        ),
    ),
    ConsumerCase(
        name="fitness_fcm_service_account",
        bug="assumes `serviceAccount` is always JSON text of an object (never e.g. the encrypted nvsk. form)",
        buggy=fcm_send_path_buggy,
        fixed=fcm_send_path_fixed,
        raises=(ValueError, AttributeError, RecursionError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-b9Xy1",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.3f2a9c0d1e:8be01d77aa42"},
        ),
    ),
    ConsumerCase(
        name="fitness_webhook_allowlist",
        bug="assumes `webhookUrl` always parses to a URL with a host (urlsplit(...).hostname not None)",
        buggy=webhook_allowed_buggy,
        fixed=webhook_allowed_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Lk0pQ1",
                "providerId": "push-webhook",
                "channel": "push",
            },
            credentials={"webhookUrl": "hooks.fitclub.example/member-push", "secretKey": "fake-hook-secret"},
        ),
    ),
]
"""The sixteen fitness consumers, in the order above."""
