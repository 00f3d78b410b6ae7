"""Sixteen consumers from a cryptocurrency exchange and wallet service, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The exchange sends
withdrawal confirmations, KYC mails, price alerts and on-call pages through Novu, and its back office reads
``GET /v1/integrations`` in routers, exporters, audit jobs, dashboards and caches. Every buggy consumer works
on ``HAPPY_PATH`` (the payload its author tested with) and raises on some payload the contract allows: an
absent optional key, an empty or free-form string, a non-ASCII name, an enum value nobody thought of, an
unknown extra key, odd credentials or an unusual condition shape. Every fixed control does the same job as a
tolerant reader and never raises on a contract-valid payload.
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
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys removed and the credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


# Small tolerant-reader helpers used by the fixed controls.


def _text(value: object) -> str:
    """``value`` if it is a string, else the empty string."""
    return value if isinstance(value, str) else ""


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects (``conditions`` is optional)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition (the list may be empty)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. Deliverability check: the KYC mail sender must be aligned with the sending domain (DMARC).


def dmarc_alignment_buggy(payload: Payload) -> bool | None:
    """Whether the ``from`` address of an email integration is aligned with its sending domain."""
    if payload["channel"] != "email":
        return None
    credentials: dict[str, Any] = payload["credentials"]
    sender: str = credentials.get("from", "")
    sender_domain = sender.split("@")[1].lower()
    sending_domain: str = credentials.get("domain", sender_domain).lower()
    return sender_domain == sending_domain or sender_domain.endswith("." + sending_domain)


def dmarc_alignment_fixed(payload: Payload) -> bool | None:
    """Same check; a ``from`` without ``@`` (or none at all) is simply not aligned."""
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    sender = _text(credentials.get("from"))
    local, at, domain = sender.rpartition("@")
    if not at or not local or not domain:
        return False
    sender_domain = domain.strip().lower()
    sending_domain = _text(credentials.get("domain")).strip().lower() or sender_domain
    return sender_domain == sending_domain or sender_domain.endswith("." + sending_domain)


# 2. SMTP/Kannel relay config for the self-hosted mail relay of the compliance team.


def relay_config_buggy(payload: Payload) -> dict[str, object] | None:
    """Connection settings for integrations that talk to a host/port relay (Custom SMTP, Kannel)."""
    credentials: dict[str, Any] = payload["credentials"]
    if "host" not in credentials:
        return None
    port = int(credentials.get("port", "587"))
    return {
        "host": credentials["host"],
        "port": port,
        "implicit_tls": credentials.get("secure", port == 465),
        "starttls": credentials.get("requireTls", False),
    }


def relay_config_fixed(payload: Payload) -> dict[str, object] | None:
    """Same settings; a ``port`` that is not a usable port number falls back to the default."""
    credentials = _credentials(payload)
    if "host" not in credentials:
        return None
    port = 587
    port_text = _text(credentials.get("port")).strip()
    if re.fullmatch(r"[0-9]{1,5}", port_text, flags=re.ASCII) and 0 < int(port_text) < 65536:
        port = int(port_text)
    secure = credentials.get("secure")
    require_tls = credentials.get("requireTls")
    return {
        "host": _text(credentials.get("host")),
        "port": port,
        "implicit_tls": secure if isinstance(secure, bool) else port == 465,
        "starttls": require_tls if isinstance(require_tls, bool) else False,
    }


# 3. Regulator record-keeping: normalise the deletion time of deleted integrations to UTC.


def deletion_record_buggy(payload: Payload) -> dict[str, object] | None:
    """An audit record with the deletion time in UTC, for integrations flagged as deleted."""
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    deleted_at = None
    if raw is not None:
        deleted_at = datetime.fromisoformat(raw.replace("Z", "+00:00")).astimezone(UTC).isoformat()
    return {"integration": payload["identifier"], "provider": payload["providerId"], "deleted_at": deleted_at}


def deletion_record_fixed(payload: Payload) -> dict[str, object] | None:
    """Same record; ``deletedAt`` is a free string, so an unparsable one is kept raw."""
    if payload.get("deleted") is not True:
        return None
    raw = payload.get("deletedAt")
    deleted_at: str | None = None
    deleted_at_raw: str | None = None
    if isinstance(raw, str):
        try:
            parsed = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=UTC)
            deleted_at = parsed.astimezone(UTC).isoformat()
        except (ValueError, OverflowError, OSError):
            deleted_at_raw = raw
    return {
        "integration": _text(payload.get("identifier")),
        "provider": _text(payload.get("providerId")),
        "deleted_at": deleted_at,
        "deleted_at_raw": deleted_at_raw,
    }


# 4. Ops dashboard: how old each integration is, read from the ObjectId timestamp of ``_id``.


def integration_age_buggy(payload: Payload) -> int | None:
    """Age in days of the integration, from the first four bytes of its Mongo ObjectId."""
    object_id = payload.get("_id")
    if object_id is None:
        return None
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return (datetime.now(UTC) - created).days


def integration_age_fixed(payload: Payload) -> int | None:
    """Same age; an ``_id`` that is not a 24-hex ObjectId has no known creation time."""
    object_id = payload.get("_id")
    if not isinstance(object_id, str) or not re.fullmatch(r"[0-9a-fA-F]{24}", object_id):
        return None
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return (datetime.now(UTC) - created).days


# 5. Security: egress firewall allowlist for the webhook providers (push-webhook, email-webhook).


def webhook_egress_rule_buggy(payload: Payload) -> dict[str, object] | None:
    """The host (and whether it is an IP literal) that the firewall must let the notifier reach."""
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    host: str = urlsplit(url).hostname.lower()
    try:
        is_ip = bool(ipaddress.ip_address(host))
    except ValueError:
        is_ip = False
    return {"integration": payload["identifier"], "host": host, "ip_literal": is_ip}


def webhook_egress_rule_fixed(payload: Payload) -> dict[str, object] | None:
    """Same rule; a ``webhookUrl`` without a scheme or host yields no host (and no rule)."""
    url = _credentials(payload).get("webhookUrl")
    if not isinstance(url, str):
        return None
    try:
        hostname = urlsplit(url.strip()).hostname
    except ValueError:
        hostname = None
    if not hostname:
        return {"integration": _text(payload.get("identifier")), "host": None, "ip_literal": False}
    host = hostname.lower()
    try:
        is_ip = bool(ipaddress.ip_address(host))
    except ValueError:
        is_ip = False
    return {"integration": _text(payload.get("identifier")), "host": host, "ip_literal": is_ip}


# 6. Migration script: copy integrations to the new "eu-prod" environment with a fresh identifier suffix.


def migrated_identifier_buggy(payload: Payload) -> str:
    """The identifier the integration gets in the new environment: same slug, new suffix."""
    slug, _suffix = payload["identifier"].rsplit("-", 1)
    return f"{slug}-eu"


def migrated_identifier_fixed(payload: Payload) -> str:
    """Same rename; an identifier without a dash is a slug with no suffix."""
    identifier = _text(payload.get("identifier"))
    slug, dash, _suffix = identifier.rpartition("-")
    if not dash:
        slug = identifier
    return f"{slug}-eu"


# 7. Admin serializer: one-line summary of each routing condition for the back-office UI.


def condition_summary_buggy(payload: Payload) -> list[str]:
    """A label per condition: its first rule, plus how many more there are."""
    labels = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        first = children[0]
        label = f"{first['on']}.{first['field']} {first['operator']} {first['value']!r}"
        if len(children) > 1:
            label += f" {condition['value']} {len(children) - 1} more"
        labels.append(("NOT " if condition["isNegated"] else "") + label)
    return labels


def condition_summary_fixed(payload: Payload) -> list[str]:
    """Same labels; a condition with no children is labelled as such."""
    labels = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            label = "(no rules)"
        else:
            first = children[0]
            label = (
                f"{_text(first.get('on'))}.{_text(first.get('field'))} "
                f"{_text(first.get('operator'))} {_text(first.get('value'))!r}"
            )
            if len(children) > 1:
                label += f" {_text(condition.get('value'))} {len(children) - 1} more"
        labels.append(("NOT " if condition.get("isNegated") is True else "") + label)
    return labels


# 8. Risk engine: numeric conditions become withdrawal-amount thresholds (exact decimals, no floats).

_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def withdrawal_thresholds_buggy(payload: Payload) -> list[tuple[str, str, Decimal]]:
    """``(field, operator, threshold)`` for every numeric comparison in the conditions."""
    thresholds = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _NUMERIC_OPERATORS:
                thresholds.append((child["field"], child["operator"], Decimal(child["value"])))
    return thresholds


def withdrawal_thresholds_fixed(payload: Payload) -> list[tuple[str, str, Decimal]]:
    """Same thresholds; a comparison whose value is not a finite number is skipped."""
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator = child.get("operator")
            value = child.get("value")
            if operator not in _NUMERIC_OPERATORS or not isinstance(value, str):
                continue
            try:
                threshold = Decimal(value.strip())
            except (InvalidOperation, ValueError):
                continue
            if threshold.is_finite():
                thresholds.append((_text(child.get("field")), str(operator), threshold))
    return thresholds


# 9. Compliance archive: CSV rows for the legacy records system, which only accepts Latin-1.


def archive_row_buggy(payload: Payload) -> bytes:
    """One Latin-1 CSV line per integration for the archive."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            payload.get("_id", ""),
            payload["name"],
            payload["providerId"],
            payload["channel"],
            "active" if payload["active"] else "inactive",
        ]
    )
    return buffer.getvalue().encode("latin-1")


def archive_row_fixed(payload: Payload) -> bytes:
    """Same line; characters Latin-1 cannot hold are replaced, not fatal."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            _text(payload.get("_id")),
            _text(payload.get("name")),
            _text(payload.get("providerId")),
            _text(payload.get("channel")),
            "active" if payload.get("active") is True else "inactive",
        ]
    )
    return buffer.getvalue().encode("latin-1", errors="replace")


# 10. Price-alert push: show which Firebase project an FCM integration sends through.


def firebase_project_buggy(payload: Payload) -> str | None:
    """The ``project_id`` of the FCM service account stored in the credentials."""
    raw = payload["credentials"].get("serviceAccount")
    if not raw:
        return None
    account = json.loads(raw)
    project: str | None = account.get("project_id")
    return project


def firebase_project_fixed(payload: Payload) -> str | None:
    """Same lookup; a ``serviceAccount`` that is not a JSON object has no known project."""
    raw = _credentials(payload).get("serviceAccount")
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# 11. Security baseline: SMTP relays must not allow TLS below 1.2 (read from ``tlsOptions``).

_TLS_LEVELS = {"TLSV1": 10, "TLSV1.1": 11, "TLSV1.2": 12, "TLSV1.3": 13}


def tls_baseline_buggy(payload: Payload) -> dict[str, object]:
    """Whether the relay's TLS options meet the baseline (TLS 1.2+, certificates verified)."""
    tls_options: dict[str, Any] = payload["credentials"].get("tlsOptions") or {}
    min_version: str = tls_options.get("minVersion", "TLSv1.2")
    level = _TLS_LEVELS.get(min_version.strip().upper(), 0)
    verifies = tls_options.get("rejectUnauthorized", True) is not False
    return {"min_version": min_version, "compliant": level >= 12 and verifies}


def tls_baseline_fixed(payload: Payload) -> dict[str, object]:
    """Same check; ``tlsOptions`` is free-form JSON, so a non-string ``minVersion`` is not compliant."""
    tls_options = _credentials(payload).get("tlsOptions")
    if not isinstance(tls_options, dict):
        tls_options = {}
    min_version = tls_options.get("minVersion", "TLSv1.2")
    level = _TLS_LEVELS.get(min_version.strip().upper(), 0) if isinstance(min_version, str) else 0
    verifies = tls_options.get("rejectUnauthorized", True) is not False
    return {
        "min_version": min_version if isinstance(min_version, str) else None,
        "compliant": level >= 12 and verifies,
    }


# 12. Wallet notifier cache: integrations are loaded into a typed record.


@dataclasses.dataclass(frozen=True)
class CachedIntegration:
    """The wallet notifier's cached view of one integration."""

    id: str | None = None
    environment_id: str = ""
    organization_id: str = ""
    name: str = ""
    identifier: str = ""
    provider_id: str = ""
    channel: str = ""
    credentials: dict[str, Any] = dataclasses.field(default_factory=dict)
    active: bool = False
    deleted: bool = False
    primary: bool = False
    deleted_at: str | None = None
    deleted_by: str | None = None
    conditions: list[Any] = dataclasses.field(default_factory=list)


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", key.lstrip("_")).lower()


def cache_record_buggy(payload: Payload) -> CachedIntegration:
    """The typed cache record, built by renaming every wire key to snake case."""
    return CachedIntegration(**{_snake(key): value for key, value in payload.items()})


_CACHE_FIELDS = frozenset(field.name for field in dataclasses.fields(CachedIntegration))


def cache_record_fixed(payload: Payload) -> CachedIntegration:
    """Same record; unknown wire keys (``createdAt``, ``__v``, ...) are ignored."""
    values: dict[str, Any] = {}
    for key, value in payload.items():
        name = _snake(key) if isinstance(key, str) else ""
        if name in _CACHE_FIELDS and key != "id":
            values[name] = value
    return CachedIntegration(**values)


# 13. Ops dashboard tile: an icon per channel next to the escaped integration name.

_CHANNEL_ICONS = {
    "email": "\N{ENVELOPE}",
    "sms": "\N{MOBILE PHONE}",
    "push": "\N{BELL}",
    "chat": "\N{SPEECH BALLOON}",
}


def dashboard_tile_buggy(payload: Payload) -> str:
    """An HTML tile for the integration."""
    icon = _CHANNEL_ICONS[payload["channel"]]
    state = "on" if payload["active"] else "off"
    return f'<li class="{state}">{icon} {html.escape(payload["name"])}</li>'


def dashboard_tile_fixed(payload: Payload) -> str:
    """Same tile; a channel without an icon (``in_app``) gets a generic one."""
    icon = _CHANNEL_ICONS.get(_text(payload.get("channel")), "\N{BULLET}")
    state = "on" if payload.get("active") is True else "off"
    return f'<li class="{state}">{icon} {html.escape(_text(payload.get("name")))}</li>'


# 14. Withdrawal OTP by SMS: register the sender number with the carrier as an MSISDN.


def sms_sender_buggy(payload: Payload) -> dict[str, object] | None:
    """The numeric MSISDN of an SMS integration's sender, with its leading country digits."""
    if payload["channel"] != "sms":
        return None
    sender: str = payload["credentials"].get("from", "")
    msisdn = int(sender.replace("+", "").replace(" ", "").replace("-", ""))
    return {"msisdn": msisdn, "prefix": str(msisdn)[:2]}


def sms_sender_fixed(payload: Payload) -> dict[str, object] | None:
    """Same registration; an alphanumeric sender id (or no sender) has no MSISDN."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_credentials(payload).get("from"))
    digits = sender.replace("+", "").replace(" ", "").replace("-", "")
    if not re.fullmatch(r"[0-9]{3,15}", digits, flags=re.ASCII):
        return {"msisdn": None, "sender_id": sender}
    msisdn = int(digits)
    return {"msisdn": msisdn, "prefix": str(msisdn)[:2]}


# 15. Offboarding: a compliance ticket for every deleted integration, assigned to whoever deleted it.


def offboarding_ticket_buggy(payload: Payload) -> dict[str, object] | None:
    """A ticket for a deleted integration, assigned to the deleting user."""
    if not payload["deleted"]:
        return None
    return {
        "title": f"Revoke {payload['providerId']} keys for {payload['name']}",
        "assignee": payload["deletedBy"],
        "deleted_at": payload.get("deletedAt"),
    }


def offboarding_ticket_fixed(payload: Payload) -> dict[str, object] | None:
    """Same ticket; without ``deletedBy`` it goes to the security queue."""
    if payload.get("deleted") is not True:
        return None
    deleted_by = payload.get("deletedBy")
    deleted_at = payload.get("deletedAt")
    return {
        "title": f"Revoke {_text(payload.get('providerId'))} keys for {_text(payload.get('name'))}",
        "assignee": deleted_by if isinstance(deleted_by, str) and deleted_by else "security-queue",
        "deleted_at": deleted_at if isinstance(deleted_at, str) else None,
    }


# 16. Search indexer: integrations are indexed with the fields their conditions look at.


def search_document_buggy(payload: Payload) -> dict[str, object]:
    """The search document of one integration."""
    return {
        "id": payload.get("_id"),
        "title": payload["name"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "condition_fields": sorted(
            {child["field"] for condition in payload["conditions"] for child in condition["children"]}
        ),
    }


def search_document_fixed(payload: Payload) -> dict[str, object]:
    """Same document; ``conditions`` is optional."""
    fields = {
        child["field"]
        for condition in _conditions(payload)
        for child in _children(condition)
        if isinstance(child.get("field"), str)
    }
    object_id = payload.get("_id")
    return {
        "id": object_id if isinstance(object_id, str) else None,
        "title": _text(payload.get("name")),
        "provider": _text(payload.get("providerId")),
        "channel": _text(payload.get("channel")),
        "condition_fields": sorted(fields),
    }


CRYPTO_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="crypto_dmarc_alignment",
        bug="the email credentials' from is always an address with an @",
        buggy=dmarc_alignment_buggy,
        fixed=dmarc_alignment_fixed,
        raises=(IndexError,),
        example=_payload(
            {"name": "Mailgun", "identifier": "mailgun-Qw3rTy7", "providerId": "mailgun"},
            credentials={
                "apiKey": "key-0001",
                "user": "api",
                "domain": "mg.example.com",
                "from": "Exchange Security",
                "senderName": "Exchange Security",
            },
        ),
    ),
    ConsumerCase(
        name="crypto_relay_config",
        bug="the credentials' port string is always a decimal number",
        buggy=relay_config_buggy,
        fixed=relay_config_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-a1B2c3D", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.example.com",
                "port": "smtp",
                "from": "kyc@example.com",
                "senderName": "KYC",
            },
        ),
    ),
    ConsumerCase(
        name="crypto_deletion_record",
        bug="deletedAt is always an ISO-8601 timestamp",
        buggy=deletion_record_buggy,
        fixed=deletion_record_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Brevo (formerly Sendinblue)",
                "identifier": "brevo-formerly-sendinblue-Zz9yX8w",
                "providerId": "sendinblue",
                "active": False,
                "primary": False,
                "deleted": True,
                "deletedAt": "Tue, 07 May 2024 10:00:00 GMT",
            },
            credentials={"apiKey": "xkeysib-0001", "from": "alerts@example.com", "senderName": "Alerts"},
        ),
    ),
    ConsumerCase(
        name="crypto_integration_age",
        bug="_id is always a 24-hex Mongo ObjectId",
        buggy=integration_age_buggy,
        fixed=integration_age_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "_id": "int_resend_01",
                "name": "Resend",
                "identifier": "resend-pQ4rS5t",
                "providerId": "resend",
            },
            credentials={"apiKey": "re_0001", "from": "noreply@example.com", "senderName": "Exchange"},
        ),
    ),
    ConsumerCase(
        name="crypto_webhook_egress_rule",
        bug="webhookUrl is always an absolute URL with a host",
        buggy=webhook_egress_rule_buggy,
        fixed=webhook_egress_rule_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Hh7Jj8k",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={"webhookUrl": "hooks.example.com/novu/push", "secretKey": "whsec-0001"},
        ),
    ),
    ConsumerCase(
        name="crypto_migrated_identifier",
        bug="identifier always has a dash-separated suffix",
        buggy=migrated_identifier_buggy,
        fixed=migrated_identifier_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "SES", "identifier": "ses", "providerId": "ses"},
            credentials={
                "apiKey": "AKIA0001",
                "secretKey": "secret-0001",
                "region": "eu-west-1",
                "from": "kyc@example.com",
                "senderName": "KYC",
            },
        ),
    ),
    ConsumerCase(
        name="crypto_condition_summary",
        bug="every condition has at least one child",
        buggy=condition_summary_buggy,
        fixed=condition_summary_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Tt5Uu6v",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
                "conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}],
            },
            credentials={"applicationId": "A0001", "clientId": "1234.5678", "secretKey": "slack-secret-0001"},
        ),
    ),
    ConsumerCase(
        name="crypto_withdrawal_thresholds",
        bug="the value of a numeric comparison (LARGER, SMALLER, ...) is always a number",
        buggy=withdrawal_thresholds_buggy,
        fixed=withdrawal_thresholds_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Mm1Nn2o",
                "providerId": "twilio",
                "channel": "sms",
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "amount",
                                "value": "{{payload.limit}}",
                                "operator": "LARGER",
                                "on": "payload",
                            }
                        ],
                    }
                ],
            },
            credentials={"accountSid": "AC0001", "token": "tw-token-0001", "from": "+15005550006"},
        ),
    ),
    ConsumerCase(
        name="crypto_archive_row",
        bug="integration names only use Latin-1 characters",
        buggy=archive_row_buggy,
        fixed=archive_row_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {
                "name": "\u20bf Withdrawal OTP \u2013 \u4e9a\u592a\u533a",
                "identifier": "withdrawal-otp-Kk3Ll4m",
                "providerId": "telnyx",
                "channel": "sms",
            },
            credentials={"apiKey": "KEY0001", "messageProfileId": "mp-0001", "from": "+15005550006"},
        ),
    ),
    ConsumerCase(
        name="crypto_firebase_project",
        bug="serviceAccount always holds a service-account JSON object",
        buggy=firebase_project_buggy,
        fixed=firebase_project_fixed,
        raises=(ValueError, AttributeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Ee5Ff6g",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.0a1b2c3d4e5f:9f8e7d6c5b4a"},
        ),
    ),
    ConsumerCase(
        name="crypto_tls_baseline",
        bug="tlsOptions.minVersion, when present, is a string",
        buggy=tls_baseline_buggy,
        fixed=tls_baseline_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Gg7Hh8i", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.example.com",
                "port": "587",
                "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": True},
                "from": "kyc@example.com",
                "senderName": "KYC",
            },
        ),
    ),
    ConsumerCase(
        name="crypto_cache_record",
        bug="the payload carries no keys beyond the documented fields",
        buggy=cache_record_buggy,
        fixed=cache_record_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "priority": 1,
                "createdAt": "2024-04-09T20:21:22.000Z",
                "updatedAt": "2024-04-10T08:00:00.000Z",
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="crypto_dashboard_tile",
        bug="channel is one of email, sms, push or chat (forgets in_app)",
        buggy=dashboard_tile_buggy,
        fixed=dashboard_tile_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Rr9Ss0t",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="crypto_sms_sender",
        bug="an SMS integration's from is always a phone number",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Plivo", "identifier": "plivo-Vv1Ww2x", "providerId": "plivo", "channel": "sms"},
            credentials={"accountSid": "MA0001", "token": "plivo-token-0001", "from": "CRYPTOX"},
        ),
    ),
    ConsumerCase(
        name="crypto_offboarding_ticket",
        bug="a deleted integration always carries deletedBy",
        buggy=offboarding_ticket_buggy,
        fixed=offboarding_ticket_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Mailjet",
                "identifier": "mailjet-Yy3Zz4a",
                "providerId": "mailjet",
                "active": False,
                "primary": False,
                "deleted": True,
                "deletedAt": "2024-05-07T10:00:00.000Z",
            },
            credentials={
                "apiKey": "mj-0001",
                "secretKey": "mj-secret-0001",
                "from": "ops@example.com",
                "senderName": "Ops",
            },
        ),
    ),
    ConsumerCase(
        name="crypto_search_document",
        bug="conditions is always present",
        buggy=search_document_buggy,
        fixed=search_document_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Bb5Cc6d",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
            },
            drop=("conditions",),
            credentials={"alertUid": "node-down", "title": "Hot wallet node down", "state": "alerting"},
        ),
    ),
]
"""The sixteen crypto consumers, in the order above."""
