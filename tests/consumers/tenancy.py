"""Sixteen multi-tenant SaaS consumers of ``GET /v1/integrations`` items, each with one contract bug.

The code belongs to an imagined B2B product whose customers (tenants) bring their own Novu
integrations: onboarding checks, per-tenant settings pages, plan and entitlement gates,
tenant-isolation guards, quota counters, per-tenant routing by conditions, audit trails,
support tooling, environment promotion, offboarding exports and localised labels.

As in ``bugs.py``, every ``ConsumerCase`` pairs a *buggy* function that works on ``HAPPY_PATH``
with a *fixed* control that honours the contract, and an ``example`` payload the contract allows
on which the buggy version raises. These cases were written from the contract documentation
alone (the seed, ``CONTRACT.md``, ``SERVER-SEMANTICS.md`` and ``providers.json``), without
looking at the generator, its strategies or the other consumer suites.
"""

from __future__ import annotations

import json
import re
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

__all__ = ["TENANCY_BUGS"]

# The configuration of the imagined tenant these consumers run for.
_TENANT_PLAN = "growth"
_TENANT_LOCALE = "fr"
_TENANT_DOMAINS = frozenset({"example.com", "acme.example"})
_TENANT_FCM_PROJECT = "acme-prod"
_PLAN_RANK = {"starter": 0, "growth": 1, "enterprise": 2}
_MONTHLY_LIMIT = 10_000
_MONTHLY_USAGE = {"sendgrid-x8Kd2bQ1": 8_412}
_NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
_RETENTION = timedelta(days=30)


def _safe_credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object (tolerant reader)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(payload: Payload, key: str) -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _condition_groups(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [group for group in conditions if isinstance(group, dict)]


def _children(group: dict[str, Any]) -> list[dict[str, Any]]:
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. Plan gate: which channels the tenant's plan may use.
_CHANNEL_MIN_PLAN = {"email": "starter", "in_app": "starter", "sms": "growth"}


def _plan_allows_channel_buggy(payload: Payload) -> bool:
    required = _CHANNEL_MIN_PLAN[payload["channel"]]
    return _PLAN_RANK[required] <= _PLAN_RANK[_TENANT_PLAN]


def _plan_allows_channel_fixed(payload: Payload) -> bool:
    required = _CHANNEL_MIN_PLAN.get(_text(payload, "channel"), "enterprise")
    return _PLAN_RANK[required] <= _PLAN_RANK[_TENANT_PLAN]


# 2. Support tooling: show the integration's secret to an operator, masked.
_SECRET_KEYS = ("apiKey", "apiToken", "token", "secretKey", "accessKey", "password", "serviceAccount")


def _mask(secret: str) -> str:
    return "\u2022" * 8 + secret[-4:] if len(secret) >= 12 else "\u2022" * 8


def _support_masked_secret_buggy(payload: Payload) -> str:
    return _mask(_credentials(payload)["apiKey"])


def _support_masked_secret_fixed(payload: Payload) -> str:
    credentials = _safe_credentials(payload)
    for key in _SECRET_KEYS:
        secret = credentials.get(key)
        if isinstance(secret, str):
            return f"{key}: {_mask(secret)}"
    return "(no secret configured)"


# 3. Settings page: the avatar letter shown next to each integration.
def _avatar_initial_buggy(payload: Payload) -> str:
    return str(payload["name"].strip()[0].upper())


def _avatar_initial_fixed(payload: Payload) -> str:
    stripped = _text(payload, "name").strip()
    return stripped[0].upper() if stripped else "?"


# 4. Localised quota warning: translators' strings mix ``%s`` and ``str.format`` fields.
_QUOTA_WARNING = {
    "en": 'Integration "%s" has sent {used} of {limit} messages this month.',
    "fr": "L'integration \u00ab %s \u00bb a envoye {used} messages sur {limit} ce mois-ci.",
}


def _quota_warning_buggy(payload: Payload) -> str:
    used = _MONTHLY_USAGE.get(payload["identifier"], 0)
    message: str = _QUOTA_WARNING[_TENANT_LOCALE] % payload["name"]
    return message.format(used=used, limit=_MONTHLY_LIMIT)


def _quota_warning_fixed(payload: Payload) -> str:
    used = _MONTHLY_USAGE.get(_text(payload, "identifier"), 0)
    message = _QUOTA_WARNING[_TENANT_LOCALE].format(used=used, limit=_MONTHLY_LIMIT)
    return message % (_text(payload, "name"),)


# 5. Offboarding export: the download header of a tenant's integration export.
def _export_content_disposition_buggy(payload: Payload) -> bytes:
    header = f'attachment; filename="{payload["name"]}.json"'
    return header.encode("latin-1")


def _export_content_disposition_fixed(payload: Payload) -> bytes:
    name = _text(payload, "name")
    fallback = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[:100] or "integration"
    encoded = "".join(f"%{byte:02X}" for byte in f"{name}.json".encode("utf-8", "replace"))
    header = f"attachment; filename=\"{fallback}.json\"; filename*=UTF-8''{encoded}"
    return header.encode("latin-1")


# 6. Per-integration inbound events host: ``<identifier>.events.<zone>``.
_INBOUND_ZONE = "events.tenants.example.net"


def _inbound_hostname_buggy(payload: Payload) -> str:
    host = f"{payload['identifier']}.{_INBOUND_ZONE}"
    return host.encode("idna").decode("ascii")


def _inbound_hostname_fixed(payload: Payload) -> str:
    identifier = _text(payload, "identifier")
    slug = re.sub(r"[^a-z0-9]+", "-", identifier.lower()).strip("-")[:40].strip("-")
    digest = format(zlib.crc32(identifier.encode("utf-8", "surrogatepass")), "08x")
    label = f"{slug}-{digest}" if slug else f"integration-{digest}"
    return f"{label}.{_INBOUND_ZONE}".encode("idna").decode("ascii")


# 7. Plan gate: growth tenants may bring their own SMTP only on submission ports.
_ALLOWED_SMTP_PORTS = frozenset({465, 587})


def _smtp_port_allowed_buggy(payload: Payload) -> bool:
    port = _credentials(payload).get("port")
    if port is None:
        return True
    return int(port) in _ALLOWED_SMTP_PORTS


def _smtp_port_allowed_fixed(payload: Payload) -> bool:
    port = _safe_credentials(payload).get("port")
    if port is None:
        return True
    if not isinstance(port, str):
        return False
    match = re.fullmatch(r"\s*([0-9]{1,5})\s*", port)
    return match is not None and int(match.group(1)) in _ALLOWED_SMTP_PORTS


# 8. Settings form: the "Use TLS" toggle, prefilled from the integration.
def _tls_toggle_buggy(payload: Payload) -> bool:
    secure = _credentials(payload).get("secure", "false")
    return bool(secure.lower() == "true")


def _tls_toggle_fixed(payload: Payload) -> bool:
    secure = _safe_credentials(payload).get("secure")
    if isinstance(secure, bool):
        return secure
    return isinstance(secure, str) and secure.strip().lower() == "true"


# 9. Onboarding check: the sender address must be on one of the tenant's verified domains.
def _sender_domain_verified_buggy(payload: Payload) -> bool:
    sender = _credentials(payload).get("from")
    if sender is None:
        return False
    _, domain = sender.split("@")
    return str(domain).lower() in _TENANT_DOMAINS


def _sender_domain_verified_fixed(payload: Payload) -> bool:
    sender = _safe_credentials(payload).get("from")
    if not isinstance(sender, str):
        return False
    _, at, domain = sender.strip().rstrip(">").rpartition("@")
    return bool(at) and domain.strip().lower() in _TENANT_DOMAINS


# 10. Tenant-isolation guard: webhooks may only call the tenant's own registrable domain.
def _webhook_domain_allowed_buggy(payload: Payload) -> bool:
    url = _credentials(payload).get("webhookUrl")
    if url is None:
        return True
    labels = (urlsplit(url).hostname or "").split(".")
    return f"{labels[-2]}.{labels[-1]}" in _TENANT_DOMAINS


def _webhook_domain_allowed_fixed(payload: Payload) -> bool:
    url = _safe_credentials(payload).get("webhookUrl")
    if url is None:
        return True
    if not isinstance(url, str):
        return False
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return False
    labels = [label for label in host.split(".") if label]
    return len(labels) >= 2 and ".".join(labels[-2:]) in _TENANT_DOMAINS


# 11. Tenant-isolation guard: an FCM integration must use the tenant's own Firebase project.
def _fcm_project_isolated_buggy(payload: Payload) -> bool:
    if payload["providerId"] != "fcm":
        return True
    document = json.loads(_credentials(payload).get("serviceAccount", "{}"))
    project = document.get("project_id")
    return project in (None, _TENANT_FCM_PROJECT)


def _fcm_project_isolated_fixed(payload: Payload) -> bool:
    if payload.get("providerId") != "fcm":
        return True
    raw = _safe_credentials(payload).get("serviceAccount", "{}")
    if not isinstance(raw, str):
        return False
    try:
        document = json.loads(raw)
    except (ValueError, RecursionError):
        return False
    if not isinstance(document, dict):
        return False
    return document.get("project_id") in (None, _TENANT_FCM_PROJECT)


# 12. Offboarding: purge integrations soft-deleted longer ago than the retention period.
def _purge_due_buggy(payload: Payload) -> bool:
    raw = payload.get("deletedAt")
    if not payload["deleted"] or raw is None:
        return False
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return False
    return _NOW - deleted_at > _RETENTION


def _purge_due_fixed(payload: Payload) -> bool:
    raw = payload.get("deletedAt")
    if payload.get("deleted") is not True or not isinstance(raw, str):
        return False
    try:
        deleted_at = datetime.fromisoformat(raw.strip())
        if deleted_at.utcoffset() is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        return _NOW - deleted_at > _RETENTION
    except (ValueError, OverflowError, TypeError):
        return False


# 13. Audit trail: who removed a tenant's integration.
def _audit_line_buggy(payload: Payload) -> str:
    if not payload["deleted"]:
        return f"{payload['identifier']}: live"
    return f"{payload['identifier']}: deleted by {payload['deletedBy']} at {payload.get('deletedAt', '?')}"


def _audit_line_fixed(payload: Payload) -> str:
    identifier = _text(payload, "identifier")
    if payload.get("deleted") is not True:
        return f"{identifier}: live"
    actor = payload.get("deletedBy")
    when = payload.get("deletedAt")
    actor_text = actor if isinstance(actor, str) and actor else "an API key"
    when_text = when if isinstance(when, str) and when else "?"
    return f"{identifier}: deleted by {actor_text} at {when_text}"


# 14. Sandbox-to-production promotion screen: one status badge per integration.
_PROMOTION_BADGES = {
    (True, True): "Live - default",
    (True, False): "Live - fallback",
    (False, False): "Disabled",
}


def _promotion_badge_buggy(payload: Payload) -> str:
    return _PROMOTION_BADGES[(payload["active"], payload["primary"])]


def _promotion_badge_fixed(payload: Payload) -> str:
    key = (payload.get("active") is True, payload.get("primary") is True)
    return _PROMOTION_BADGES.get(key, "Disabled - still marked default")


# 15. Per-tenant routing: each condition group is keyed by its first rule.
def _routing_keys_buggy(payload: Payload) -> list[str]:
    keys = []
    for group in payload.get("conditions", []):
        first = group["children"][0]
        keys.append(f"{first['on']}:{first['field']}={first['value']}")
    return keys


def _routing_keys_fixed(payload: Payload) -> list[str]:
    keys = []
    for group in _condition_groups(payload):
        children = _children(group)
        if not children:
            continue
        first = children[0]
        keys.append(f"{first.get('on', '')}:{first.get('field', '')}={first.get('value', '')}")
    return keys


# 16. Quota counter: how many routing rules count against the tenant's plan allowance.
_ROUTING_RULES_ALLOWANCE = 25


def _routing_rules_within_quota_buggy(payload: Payload) -> bool:
    used = sum(len(group["children"]) for group in payload["conditions"])
    return used <= _ROUTING_RULES_ALLOWANCE


def _routing_rules_within_quota_fixed(payload: Payload) -> bool:
    used = sum(len(_children(group)) for group in _condition_groups(payload))
    return used <= _ROUTING_RULES_ALLOWANCE


_TWILIO = {
    "name": "Twilio",
    "identifier": "twilio-Qw3rTy12",
    "providerId": "twilio",
    "channel": "sms",
    "credentials": {
        "accountSid": "AC0123456789abcdef0123456789abcdef",
        "token": "fake-token-0001",
        "from": "+15005550006",
    },
}

TENANCY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="plan_channel_entitlement",
        bug="assumes the plan table covers every channel (chat and push are in the Channel enum too)",
        buggy=_plan_allows_channel_buggy,
        fixed=_plan_allows_channel_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Slack",
                "identifier": "slack-Jd83kQ0z",
                "providerId": "slack",
                "channel": "chat",
                "credentials": {"applicationId": "A01", "clientId": "1234.5678", "secretKey": "s3cr3t"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="support_masked_api_key",
        bug="assumes every integration's credentials carry an apiKey (Twilio uses accountSid and token)",
        buggy=_support_masked_secret_buggy,
        fixed=_support_masked_secret_fixed,
        raises=(KeyError,),
        example=_example(_TWILIO),
    ),
    ConsumerCase(
        name="settings_avatar_initial",
        bug="assumes the integration name has a non-whitespace character",
        buggy=_avatar_initial_buggy,
        fixed=_avatar_initial_fixed,
        raises=(IndexError,),
        example=_example({"name": " \t "}),
    ),
    ConsumerCase(
        name="localised_quota_warning",
        bug="assumes the name has no braces, then runs str.format over the message it was pasted into",
        buggy=_quota_warning_buggy,
        fixed=_quota_warning_fixed,
        raises=(KeyError, ValueError, IndexError),
        example=_example({"name": "Acme {EU} transactional"}),
    ),
    ConsumerCase(
        name="export_content_disposition",
        bug="assumes the name encodes to Latin-1 when put into the export's Content-Disposition header",
        buggy=_export_content_disposition_buggy,
        fixed=_export_content_disposition_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "\u0423\u0432\u0435\u0434\u043e\u043c\u043b\u0435\u043d\u0438\u044f"}),
    ),
    ConsumerCase(
        name="inbound_events_hostname",
        bug="assumes the identifier is a valid DNS label (at most 63 characters, no dots)",
        buggy=_inbound_hostname_buggy,
        fixed=_inbound_hostname_fixed,
        raises=(UnicodeError,),
        example=_example(
            {"identifier": "acme-holdings-transactional-email-eu-west-production-primary-route-x8Kd2bQ1"}
        ),
    ),
    ConsumerCase(
        name="smtp_port_plan_gate",
        bug="assumes credentials.port is a decimal number (it is a free string, e.g. a service name)",
        buggy=_smtp_port_allowed_buggy,
        fixed=_smtp_port_allowed_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Zx81pQ",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.acme.example",
                    "port": "submission",
                    "from": "no-reply@acme.example",
                    "senderName": "Acme",
                },
            }
        ),
    ),
    ConsumerCase(
        name="settings_tls_toggle",
        bug='assumes credentials.secure is the "true"/"false" string the form posts, not a boolean',
        buggy=_tls_toggle_buggy,
        fixed=_tls_toggle_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Zx81pQ",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.acme.example",
                    "port": "465",
                    "secure": True,
                    "from": "no-reply@acme.example",
                    "senderName": "Acme",
                },
            }
        ),
    ),
    ConsumerCase(
        name="onboarding_sender_domain",
        bug="assumes credentials.from is an e-mail address with exactly one @ (SMS senders are numbers)",
        buggy=_sender_domain_verified_buggy,
        fixed=_sender_domain_verified_fixed,
        raises=(ValueError,),
        example=_example(_TWILIO),
    ),
    ConsumerCase(
        name="webhook_tenant_domain_guard",
        bug="assumes the webhookUrl host has at least two dot-separated labels",
        buggy=_webhook_domain_allowed_buggy,
        fixed=_webhook_domain_allowed_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Lm02xV",
                "providerId": "push-webhook",
                "channel": "push",
                "credentials": {"webhookUrl": "http://novu-hooks:3000/events", "secretKey": "whsec-0001"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="fcm_project_isolation",
        bug="assumes the FCM serviceAccount credential is a JSON object document",
        buggy=_fcm_project_isolated_buggy,
        fixed=_fcm_project_isolated_fixed,
        raises=(ValueError, AttributeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Tq7",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "projects/acme-prod/serviceAccounts/fcm@acme-prod.iam"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="offboarding_purge_due",
        bug="assumes deletedAt carries a UTC offset (a naive timestamp cannot be compared to an aware now)",
        buggy=_purge_due_buggy,
        fixed=_purge_due_fixed,
        raises=(TypeError,),
        example=_example({"deleted": True, "deletedAt": "2025-04-01T09:30:00", "active": False}),
    ),
    ConsumerCase(
        name="audit_trail_deleted_by",
        bug="assumes a deleted integration always carries deletedBy",
        buggy=_audit_line_buggy,
        fixed=_audit_line_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-08T10:00:00.000Z"}),
    ),
    ConsumerCase(
        name="promotion_status_badge",
        bug="assumes a primary integration is always active",
        buggy=_promotion_badge_buggy,
        fixed=_promotion_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="tenant_routing_first_rule",
        bug="assumes every condition group has at least one child rule",
        buggy=_routing_keys_buggy,
        fixed=_routing_keys_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="routing_rules_quota",
        bug="assumes conditions is always present (it is optional)",
        buggy=_routing_rules_within_quota_buggy,
        fixed=_routing_rules_within_quota_fixed,
        raises=(KeyError,),
        example=_example(drop=("conditions",)),
    ),
]
