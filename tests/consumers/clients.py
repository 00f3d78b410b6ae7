"""Sixteen client/dispatch consumers of ``GET /v1/integrations`` items, each with one typical contract bug.

SDK wrappers, typed clients and provider-dispatch code of a notification service: a typed client that
parses items into dataclasses and enums, an adapter factory keyed on the channel, provider client
configs built from credentials (Twilio, SES/SNS, SMTP, FCM, Mailgun, webhooks, Grafana OnCall), a
cache layer, an outbox publisher, a routing-condition evaluator, a metrics label builder, a
feature-flag mapper and a "recently deleted" check.

They were written from the contract documentation alone (``CONTRACT.md``, the SDK seed document and
``providers.json``), without looking at the generator. Each buggy version works on ``HAPPY_PATH`` and
assumes away one thing the contract allows; each fixed control tolerates every contract-valid payload
(missing optional keys, empty lists, any string including empty, huge and lone-surrogate ones, unknown
extra keys with any JSON value) and returns ``None`` or a fallback instead of raising.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import operator
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, cast
from urllib.parse import SplitResult, urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example


def _cred_str(payload: Payload, key: str) -> str | None:
    """A string credential, or ``None`` when it is absent (or, defensively, not a string)."""
    value = _credentials(payload).get(key)
    return value if isinstance(value, str) else None


# --------------------------------------------------------------------------------------------------
# 1. Typed client: items parsed into a frozen dataclass with an enum channel.
# --------------------------------------------------------------------------------------------------


class ClientChannel(enum.Enum):
    IN_APP = "in_app"
    EMAIL = "email"
    SMS = "sms"
    CHAT = "chat"
    PUSH = "push"


@dataclasses.dataclass(frozen=True)
class Integration:
    id: str | None
    environment_id: str
    name: str
    identifier: str
    provider_id: str
    channel: ClientChannel
    active: bool
    primary: bool
    deleted: bool
    deleted_at: str | None
    deleted_by: str | None


def _typed_client_buggy(payload: Payload) -> Integration:
    deleted: bool = payload["deleted"]
    return Integration(
        id=payload.get("_id"),
        environment_id=payload["_environmentId"],
        name=payload["name"],
        identifier=payload["identifier"],
        provider_id=payload["providerId"],
        channel=ClientChannel(payload["channel"]),
        active=payload["active"],
        primary=payload["primary"],
        deleted=deleted,
        # The audit fields "come with" a soft delete.
        deleted_at=payload["deletedAt"] if deleted else None,
        deleted_by=payload["deletedBy"] if deleted else None,
    )


def _typed_client_fixed(payload: Payload) -> Integration:
    return Integration(
        id=payload.get("_id"),
        environment_id=payload["_environmentId"],
        name=payload["name"],
        identifier=payload["identifier"],
        provider_id=payload["providerId"],
        channel=ClientChannel(payload["channel"]),
        active=payload["active"],
        primary=payload["primary"],
        deleted=payload["deleted"],
        deleted_at=payload.get("deletedAt"),
        deleted_by=payload.get("deletedBy"),
    )


# --------------------------------------------------------------------------------------------------
# 2. Timezone-aware "recently deleted" check (hide integrations deleted in the last 30 days).
# --------------------------------------------------------------------------------------------------

_RECENT = timedelta(days=30)


def _recently_deleted_buggy(payload: Payload) -> bool:
    raw = payload.get("deletedAt")
    if raw is None:
        return False
    deleted_at = datetime.fromisoformat(raw)
    return datetime.now(UTC) - deleted_at < _RECENT


def _recently_deleted_fixed(payload: Payload) -> bool:
    raw = payload.get("deletedAt")
    if not isinstance(raw, str) or len(raw) > 64:
        return False
    try:
        deleted_at = datetime.fromisoformat(raw.strip())
    except ValueError:
        return False
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        age = datetime.now(UTC) - deleted_at
    except OverflowError:
        return False
    return timedelta(0) <= age < _RECENT


# --------------------------------------------------------------------------------------------------
# 3. Provider adapter factory keyed on the channel.
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Adapter:
    kind: str
    provider_id: str
    identifier: str


def _email_adapter(payload: Payload) -> Adapter:
    return Adapter("smtp-or-api", payload["providerId"], payload["identifier"])


def _sms_adapter(payload: Payload) -> Adapter:
    return Adapter("sms-gateway", payload["providerId"], payload["identifier"])


def _push_adapter(payload: Payload) -> Adapter:
    return Adapter("push-gateway", payload["providerId"], payload["identifier"])


def _chat_adapter(payload: Payload) -> Adapter:
    return Adapter("chat-webhook", payload["providerId"], payload["identifier"])


_ADAPTER_FACTORIES: dict[str, Callable[[Payload], Adapter]] = {
    "email": _email_adapter,
    "sms": _sms_adapter,
    "push": _push_adapter,
    "chat": _chat_adapter,
}


def _adapter_factory_buggy(payload: Payload) -> Adapter:
    factory = _ADAPTER_FACTORIES[payload["channel"]]
    return factory(payload)


def _adapter_factory_fixed(payload: Payload) -> Adapter | None:
    factory = _ADAPTER_FACTORIES.get(payload["channel"])
    if factory is None:
        return None  # in_app is delivered by Novu itself: nothing to adapt
    return factory(payload)


# --------------------------------------------------------------------------------------------------
# 4. E.164 normalizer for the SMS sender number.
# --------------------------------------------------------------------------------------------------

_DEFAULT_COUNTRY_CODE = "1"


def _sms_sender_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = str(_credentials(payload).get("from", "")).strip()
    if sender[0] == "+":
        return "+" + re.sub(r"[^0-9]", "", sender[1:])
    if sender[0].isalpha():
        return sender  # alphanumeric sender id, e.g. "ACME"
    return "+" + _DEFAULT_COUNTRY_CODE + re.sub(r"[^0-9]", "", sender).lstrip("0")


def _sms_sender_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = (_cred_str(payload, "from") or "").strip()
    if not sender or len(sender) > 32:
        return None  # no sender, or far too long for a number or an alphanumeric sender id
    if sender[0] == "+":
        digits = re.sub(r"[^0-9]", "", sender[1:])
        return "+" + digits if digits else None
    if sender[0].isalpha():
        return sender
    digits = re.sub(r"[^0-9]", "", sender).lstrip("0")
    return "+" + _DEFAULT_COUNTRY_CODE + digits if digits else None


# --------------------------------------------------------------------------------------------------
# 5. SMTP (nodemailer "Custom SMTP") connection config.
# --------------------------------------------------------------------------------------------------


def _smtp_config_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "nodemailer":
        return None
    credentials = _credentials(payload)
    secure = bool(credentials.get("secure", False))
    port = int(credentials.get("port", "465" if secure else "587"))
    return {
        "host": credentials.get("host", "localhost"),
        "port": port,
        "use_ssl": secure or port == 465,
        "starttls": bool(credentials.get("requireTls", False)),
        "username": credentials.get("user"),
    }


def _smtp_port(raw: str | None, secure: bool) -> int:
    default = 465 if secure else 587
    if raw is None:
        return default
    raw = raw.strip()
    if not (0 < len(raw) <= 5 and raw.isascii() and raw.isdigit()):
        return default
    port = int(raw)
    return port if 0 < port < 65536 else default


def _smtp_config_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "nodemailer":
        return None
    credentials = _credentials(payload)
    secure = credentials.get("secure") is True
    port = _smtp_port(_cred_str(payload, "port"), secure)
    return {
        "host": _cred_str(payload, "host") or "localhost",
        "port": port,
        "use_ssl": secure or port == 465,
        "starttls": credentials.get("requireTls") is True,
        "username": _cred_str(payload, "user"),
    }


# --------------------------------------------------------------------------------------------------
# 6. AWS (SES/SNS) endpoint from the region credential.
# --------------------------------------------------------------------------------------------------

_AWS_SERVICES = {"ses": "email", "sns": "sns"}


def _aws_endpoint_buggy(payload: Payload) -> str | None:
    service = _AWS_SERVICES.get(payload["providerId"])
    if service is None:
        return None
    region = _credentials(payload).get("region", "us-east-1")
    geo, _area, _number = region.split("-")
    suffix = "amazonaws.com.cn" if geo == "cn" else "amazonaws.com"
    return f"https://{service}.{region}.{suffix}"


_AWS_REGION = re.compile(r"[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}")


def _aws_endpoint_fixed(payload: Payload) -> str | None:
    service = _AWS_SERVICES.get(payload["providerId"])
    if service is None:
        return None
    region = _cred_str(payload, "region")
    if region is None:
        region = "us-east-1"
    region = region.strip().lower()
    if len(region) > 32 or not _AWS_REGION.fullmatch(region):
        return None
    suffix = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
    return f"https://{service}.{region}.{suffix}"


# --------------------------------------------------------------------------------------------------
# 7. FCM client config from the service-account credential.
# --------------------------------------------------------------------------------------------------


def _fcm_config_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "fcm":
        return None
    raw = _credentials(payload).get("serviceAccount")
    if not raw:
        return None
    account = json.loads(raw)
    return {
        "project_id": account.get("project_id"),
        "client_email": account.get("client_email"),
        "send_url": f"https://fcm.googleapis.com/v1/projects/{account.get('project_id')}/messages:send",
    }


def _fcm_config_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "fcm":
        return None
    raw = _cred_str(payload, "serviceAccount")
    if not raw:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None  # e.g. the encrypted "nvsk.<iv>:<cipher>" form of write replies
    if not isinstance(account, dict):
        return None
    project_id = account.get("project_id")
    client_email = account.get("client_email")
    if not isinstance(project_id, str):
        return None
    return {
        "project_id": project_id,
        "client_email": client_email if isinstance(client_email, str) else None,
        "send_url": f"https://fcm.googleapis.com/v1/projects/{project_id}/messages:send",
    }


# --------------------------------------------------------------------------------------------------
# 8. Mailgun client config: the region is read off the baseUrl host.
# --------------------------------------------------------------------------------------------------

_MAILGUN_DEFAULT = "https://api.mailgun.net"


def _mailgun_config_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "mailgun":
        return None
    credentials = _credentials(payload)
    base_url = credentials.get("baseUrl") or _MAILGUN_DEFAULT
    host = cast(str, urlsplit(base_url).hostname)  # "baseUrl is always a full URL"
    region = "eu" if host.endswith(".eu.mailgun.net") else "us"
    return {
        "domain": credentials.get("domain"),
        "username": credentials.get("user", "api"),
        "region": region,
        "api_root": f"https://{host}/v3",
    }


def _safe_split(url: str) -> SplitResult | None:
    try:
        return urlsplit(url)
    except ValueError:
        return None


def _mailgun_config_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "mailgun":
        return None
    base_url = (_cred_str(payload, "baseUrl") or "").strip() or _MAILGUN_DEFAULT
    parts = _safe_split(base_url)
    host = parts.hostname if parts is not None else None
    if host is None and "://" not in base_url:
        parts = _safe_split("https://" + base_url)
        host = parts.hostname if parts is not None else None
    if not host:
        host = "api.mailgun.net"
    return {
        "domain": _cred_str(payload, "domain"),
        "username": _cred_str(payload, "user") or "api",
        "region": "eu" if host.endswith(".eu.mailgun.net") else "us",
        "api_root": f"https://{host}/v3",
    }


# --------------------------------------------------------------------------------------------------
# 9. URL joiner for webhookUrl (email-webhook, push-webhook): connection target plus events path.
# --------------------------------------------------------------------------------------------------


def _webhook_target_buggy(payload: Payload) -> tuple[str | None, int, str] | None:
    url = _credentials(payload).get("webhookUrl")
    if not url:
        return None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.hostname, port, parts.path.rstrip("/") + "/novu/events"


def _webhook_target_fixed(payload: Payload) -> tuple[str | None, int, str] | None:
    url = _cred_str(payload, "webhookUrl")
    if not url:
        return None
    parts = _safe_split(url)
    if parts is None:
        return None
    try:
        explicit_port = parts.port
    except ValueError:
        return None  # e.g. an unreplaced "${PORT}" placeholder or a port above 65535
    port = explicit_port or (443 if parts.scheme == "https" else 80)
    return parts.hostname, port, parts.path.rstrip("/") + "/novu/events"


# --------------------------------------------------------------------------------------------------
# 10. Cache layer keyed by the integration's database id.
# --------------------------------------------------------------------------------------------------


class _IntegrationCache:
    def __init__(self) -> None:
        self.items: dict[str, Payload] = {}

    def put(self, key: str, payload: Payload) -> str:
        self.items[key] = payload
        return key


def _cache_put_buggy(payload: Payload) -> str:
    key = f"novu:integrations:{payload['_environmentId']}:{payload['_id']}"
    return _IntegrationCache().put(key, payload)


def _cache_put_fixed(payload: Payload) -> str:
    item_id = payload.get("_id")
    if isinstance(item_id, str):
        key = f"novu:integrations:{payload['_environmentId']}:id:{item_id}"
    else:
        key = f"novu:integrations:{payload['_environmentId']}:identifier:{payload['identifier']}"
    return _IntegrationCache().put(key, payload)


# --------------------------------------------------------------------------------------------------
# 11. Outbox publisher: an "integration synced" event, serialised to UTF-8 bytes and signed.
# --------------------------------------------------------------------------------------------------


def _event(payload: Payload) -> dict[str, object]:
    return {
        "type": "integration.synced",
        "integrationId": payload.get("_id"),
        "identifier": payload["identifier"],
        "name": payload["name"],
        "providerId": payload["providerId"],
        "channel": payload["channel"],
    }


def _outbox_buggy(payload: Payload) -> tuple[str, bytes]:
    body = json.dumps(_event(payload), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(body).hexdigest(), body


def _outbox_fixed(payload: Payload) -> tuple[str, bytes]:
    # ensure_ascii escapes everything, lone surrogates included, so the bytes are always ASCII.
    body = json.dumps(_event(payload), separators=(",", ":")).encode("ascii")
    return hashlib.sha256(body).hexdigest(), body


# --------------------------------------------------------------------------------------------------
# 12. Routing condition evaluator: does this integration accept a message for this subscriber?
# --------------------------------------------------------------------------------------------------

_ROUTING_CONTEXT: dict[str, dict[str, str]] = {
    "subscriber": {"plan": "pro", "seats": "12", "locale": "en-US"},
    "payload": {"priority": "3", "kind": "digest"},
}

_NUMERIC: dict[str, Callable[[float, float], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}


def _lookup(child: Mapping[str, Any]) -> str | None:
    scope = _ROUTING_CONTEXT.get(child["on"], {})
    field: str = child["field"]
    return scope.get(field.removeprefix(child["on"] + "."))


def _child_matches(child: Mapping[str, Any], to_number: Callable[[str], float | None]) -> bool:
    actual = _lookup(child)
    if actual is None:
        return False
    op: str = child["operator"]
    expected: str = child["value"]
    if op in _NUMERIC:
        left, right = to_number(actual), to_number(expected)
        if left is None or right is None:
            return False
        return _NUMERIC[op](left, right)
    if op == "EQUAL":
        return actual == expected
    if op == "NOT_EQUAL":
        return actual != expected
    if op in ("IN", "ANY_IN"):
        return actual in [item.strip() for item in expected.split(",")]
    if op == "NOT_IN":
        return actual not in [item.strip() for item in expected.split(",")]
    if op == "LIKE":
        return expected in actual
    if op == "NOT_LIKE":
        return expected not in actual
    return False  # BETWEEN, ALL_IN, ...: not supported for routing


def _routes(payload: Payload, to_number: Callable[[str], float | None]) -> bool:
    for group in payload.get("conditions", []):
        results = [_child_matches(child, to_number) for child in group["children"]]
        matched = all(results) if group["value"] == "AND" else any(results)
        if group["isNegated"]:
            matched = not matched
        if not matched:
            return False
    return True


def _float_trusting(text: str) -> float:
    return float(text)


def _float_or_none(text: str) -> float | None:
    if len(text) > 64:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _routing_buggy(payload: Payload) -> bool:
    return _routes(payload, _float_trusting)


def _routing_fixed(payload: Payload) -> bool:
    return _routes(payload, _float_or_none)


# --------------------------------------------------------------------------------------------------
# 13. Metrics label builder: provider, channel and what the routing is keyed on.
# --------------------------------------------------------------------------------------------------


def _metrics_labels_buggy(payload: Payload) -> dict[str, str]:
    conditions = payload.get("conditions") or []
    routed_on = conditions[0]["children"][0]["on"] if conditions else "none"
    return {
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "primary": str(payload["primary"]).lower(),
        "routed_on": routed_on,
    }


def _metrics_labels_fixed(payload: Payload) -> dict[str, str]:
    routed_on = "none"
    for group in payload.get("conditions") or []:
        if group["children"]:
            routed_on = group["children"][0]["on"]
            break
    return {
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "primary": str(payload["primary"]).lower(),
        "routed_on": routed_on,
    }


# --------------------------------------------------------------------------------------------------
# 14. Feature-flag mapper: flags keyed on the identifier's slug ("<slug>-<shortid>").
# --------------------------------------------------------------------------------------------------


def _feature_flags_buggy(payload: Payload) -> dict[str, str]:
    slug, short_id = payload["identifier"].rsplit("-", 1)
    slug = slug or payload["providerId"]
    return {"enabled": f"notifications.{slug}.enabled", "canary": f"notifications.{slug}.{short_id}.canary"}


def _feature_flags_fixed(payload: Payload) -> dict[str, str]:
    slug, dash, short_id = payload["identifier"].rpartition("-")
    if not dash:
        slug, short_id = payload["identifier"], ""
    slug = slug or payload["providerId"]
    flags = {"enabled": f"notifications.{slug}.enabled"}
    if short_id:
        flags["canary"] = f"notifications.{slug}.{short_id}.canary"
    return flags


# --------------------------------------------------------------------------------------------------
# 15. Template-variable renderer for the Grafana OnCall alert title.
# --------------------------------------------------------------------------------------------------

_GRAFANA_DEFAULT_TITLE = "Novu {channel} alert from {name}"


def _grafana_alert_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "grafana-on-call":
        return None
    credentials = _credentials(payload)
    title = credentials.get("title") or _GRAFANA_DEFAULT_TITLE
    return {
        "title": title.format(
            name=payload["name"], channel=payload["channel"], identifier=payload["identifier"]
        ),
        "state": credentials.get("state", "alerting"),
        "link_to_upstream_details": credentials.get("externalLink"),
        "image_url": credentials.get("imageUrl"),
    }


_TEMPLATE_VARIABLE = re.compile(r"\{(name|channel|identifier)\}")


def _grafana_alert_fixed(payload: Payload) -> dict[str, object] | None:
    if payload["providerId"] != "grafana-on-call":
        return None
    values = {"name": payload["name"], "channel": payload["channel"], "identifier": payload["identifier"]}
    title = _cred_str(payload, "title") or _GRAFANA_DEFAULT_TITLE
    return {
        "title": _TEMPLATE_VARIABLE.sub(lambda match: str(values[match.group(1)]), title),
        "state": _cred_str(payload, "state") or "alerting",
        "link_to_upstream_details": _cred_str(payload, "externalLink"),
        "image_url": _cred_str(payload, "imageUrl"),
    }


# --------------------------------------------------------------------------------------------------
# 16. Routing slot of the dispatcher: the default (primary) integration of a channel.
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class RoutingSlotStrict:
    identifier: str
    channel: str
    active: bool
    primary: bool

    def __post_init__(self) -> None:
        if self.primary and not self.active:
            raise ValueError(f"integration {self.identifier!r} is primary but not active")


@dataclasses.dataclass(frozen=True)
class RoutingSlot:
    identifier: str
    channel: str
    active: bool
    primary: bool

    @property
    def is_default(self) -> bool:
        return self.primary and self.active


def _routing_slot_buggy(payload: Payload) -> RoutingSlotStrict:
    return RoutingSlotStrict(payload["identifier"], payload["channel"], payload["active"], payload["primary"])


def _routing_slot_fixed(payload: Payload) -> RoutingSlot:
    return RoutingSlot(payload["identifier"], payload["channel"], payload["active"], payload["primary"])


# --------------------------------------------------------------------------------------------------

_CONDITION_GROUP = {"isNegated": False, "type": "STATEMENT", "value": "AND"}

CLIENT_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="typed_client_soft_delete_audit",
        bug="assumes a soft-deleted item (deleted: true) always carries deletedAt and deletedBy",
        buggy=_typed_client_buggy,
        fixed=_typed_client_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-02T09:14:03.120Z"}),
    ),
    ConsumerCase(
        name="recently_deleted_timestamp",
        bug="assumes deletedAt is an ISO-8601 timestamp with a UTC offset (naive or free text breaks it)",
        buggy=_recently_deleted_buggy,
        fixed=_recently_deleted_fixed,
        raises=(TypeError, ValueError),
        example=_example({"deleted": True, "deletedAt": "2025-05-02T09:14:03"}),
    ),
    ConsumerCase(
        name="channel_adapter_factory",
        bug="the channel-keyed adapter factory forgets the in_app channel",
        buggy=_adapter_factory_buggy,
        fixed=_adapter_factory_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Qm3xT0",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="sms_sender_e164",
        bug="assumes the SMS credential 'from' is a non-empty string",
        buggy=_sms_sender_buggy,
        fixed=_sms_sender_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-7hKd0aZ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC0000000000000000000000000000000",
                    "token": "tok",
                    "from": "",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_port_parse",
        bug="assumes the SMTP 'port' credential is a numeric string (it is any string, possibly empty)",
        buggy=_smtp_config_buggy,
        fixed=_smtp_config_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-pL0q9Xv",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "",
                    "user": "mailer",
                    "password": "secret",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aws_region_endpoint",
        bug="unpacks the AWS region into exactly three dash-separated parts (us-gov-west-1, '' break it)",
        buggy=_aws_endpoint_buggy,
        fixed=_aws_endpoint_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SES",
                "identifier": "ses-Zt81mQa",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "AKIAEXAMPLE",
                    "secretKey": "secret",
                    "region": "us-gov-west-1",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="fcm_service_account_json",
        bug="assumes serviceAccount is a JSON object document (write replies carry it encrypted)",
        buggy=_fcm_config_buggy,
        fixed=_fcm_config_fixed,
        raises=(json.JSONDecodeError, AttributeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-b2Xc9",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "nvsk.9f2c4e1a0b7d3e5f:3c1d8e0f9a7b6c5d4e3f2a1b"},
            }
        ),
    ),
    ConsumerCase(
        name="mailgun_base_url_region",
        bug="assumes baseUrl is an absolute URL with a scheme, so urlsplit() finds a hostname",
        buggy=_mailgun_config_buggy,
        fixed=_mailgun_config_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {
                "name": "Mailgun",
                "identifier": "mailgun-Jd82kLm",
                "providerId": "mailgun",
                "credentials": {
                    "apiKey": "key-0001",
                    "baseUrl": "api.eu.mailgun.net",
                    "user": "api",
                    "domain": "mg.example.com",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="webhook_url_port",
        bug="reads urlsplit(webhookUrl).port, which raises on a non-numeric or out-of-range port",
        buggy=_webhook_target_buggy,
        fixed=_webhook_target_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Wq5rT1",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://hooks.example.com:${WEBHOOK_PORT}/novu",
                    "secretKey": "whsec",
                },
            }
        ),
    ),
    ConsumerCase(
        name="cache_key_by_id",
        bug="keys the cache on _id, which is optional",
        buggy=_cache_put_buggy,
        fixed=_cache_put_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="outbox_event_utf8",
        bug="serialises with ensure_ascii=False then encodes UTF-8: a lone surrogate in a string breaks it",
        buggy=_outbox_buggy,
        fixed=_outbox_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "SendGrid EU \ud83d"}),
    ),
    ConsumerCase(
        name="routing_numeric_condition",
        bug="assumes the value of a LARGER/SMALLER condition child is a number in text form",
        buggy=_routing_buggy,
        fixed=_routing_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        **_CONDITION_GROUP,
                        "children": [
                            {
                                "field": "subscriber.seats",
                                "value": "",
                                "operator": "LARGER",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="metrics_routing_label",
        bug="assumes the first condition group has at least one child",
        buggy=_metrics_labels_buggy,
        fixed=_metrics_labels_fixed,
        raises=(IndexError,),
        example=_example({"conditions": [{**_CONDITION_GROUP, "children": []}]}),
    ),
    ConsumerCase(
        name="feature_flag_identifier_slug",
        bug="assumes the identifier has the server-generated '<slug>-<shortid>' shape (it is any string)",
        buggy=_feature_flags_buggy,
        fixed=_feature_flags_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "transactional"}),
    ),
    ConsumerCase(
        name="grafana_title_template",
        bug="renders the user-entered Grafana OnCall title with str.format, as if it were a trusted template",
        buggy=_grafana_alert_buggy,
        fixed=_grafana_alert_fixed,
        raises=(KeyError, IndexError, ValueError, AttributeError, TypeError),
        example=_example(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Lk2",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
                "credentials": {"title": "[{severity}] Notification delivery failing", "state": "alerting"},
            }
        ),
    ),
    ConsumerCase(
        name="primary_implies_active",
        bug="rejects a primary integration that is inactive (the contract ties no fields together)",
        buggy=_routing_slot_buggy,
        fixed=_routing_slot_fixed,
        raises=(ValueError,),
        example=_example({"active": False, "primary": True}),
    ),
]
