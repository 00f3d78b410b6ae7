"""Sixteen consumers from an insurance claims platform, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, ``SERVER-SEMANTICS.md``, the seed
document and ``providers.json``), without looking at any generator. The consumers are what a
claims platform builds around ``GET /v1/integrations`` items: claim-status notification routing,
adjuster paging, broker-portal views, per-carrier tenants, document-delivery webhooks, regulatory
retention exports and premium-reminder scheduling.

Each *buggy* function works on ``HAPPY_PATH`` and raises on its ``example`` (a contract-valid
payload); each *fixed* control honours the contract and never raises on a valid payload.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _example

# --------------------------------------------------------------------------- helpers


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object (required by the contract), or ``{}`` if it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_str(payload: Payload, key: str) -> str | None:
    """One credential as a string, ``None`` when absent (every credential key is optional)."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The ``conditions`` items that are objects; ``[]`` when the optional key is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _children(condition: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``children`` of one condition that are objects (the list may be empty)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict)]


def _text(value: object) -> str:
    """``value`` if it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


# --------------------------------------------------------------------------- 1. channel enum

_CLAIM_QUEUES_BUGGY = {"email": "claims-mail", "sms": "claims-sms", "in_app": "claims-inbox"}
_CLAIM_QUEUES = {**_CLAIM_QUEUES_BUGGY, "push": "claims-push", "chat": "claims-chat"}


def claim_status_queue_buggy(payload: Payload) -> str:
    """Outbound queue for claim-status notifications sent through this integration."""
    return f"{_CLAIM_QUEUES_BUGGY[payload['channel']]}.{payload['identifier']}"


def claim_status_queue_fixed(payload: Payload) -> str:
    """As the buggy version, for all five channels and a fallback queue."""
    queue = _CLAIM_QUEUES.get(_text(payload.get("channel")), "claims-fallback")
    return f"{queue}.{_text(payload.get('identifier'))}"


# --------------------------------------------------------------------------- 2. absent conditions


def adjuster_escalation_tiers_buggy(payload: Payload) -> int:
    """How many non-negated paging rules gate this adjuster-paging integration."""
    return sum(1 for condition in payload["conditions"] if not condition["isNegated"])


def adjuster_escalation_tiers_fixed(payload: Payload) -> int:
    """As the buggy version; an absent ``conditions`` means no rule."""
    return sum(1 for condition in _conditions(payload) if condition.get("isNegated") is not True)


# --------------------------------------------------------------------------- 3. primary without active


def broker_portal_badge_buggy(payload: Payload) -> str:
    """Status badge shown next to an integration in the broker portal's admin page."""
    if payload["primary"] and not payload["active"]:
        raise ValueError(f"integration {payload['identifier']!r} is primary but inactive")
    if payload["primary"]:
        return "primary"
    return "active" if payload["active"] else "inactive"


def broker_portal_badge_fixed(payload: Payload) -> str:
    """As the buggy version; an inactive primary (which the contract allows) gets its own badge."""
    primary = payload.get("primary") is True
    active = payload.get("active") is True
    if primary:
        return "primary" if active else "primary (inactive)"
    return "active" if active else "inactive"


# --------------------------------------------------------------------------- 4. identifier format


def carrier_tenant_buggy(payload: Payload) -> dict[str, str]:
    """Per-carrier tenant key, read from the identifier made as ``<carrier-slug>-<short id>``."""
    carrier, short_id = payload["identifier"].rsplit("-", 1)
    return {"carrier": carrier or "default", "shortId": short_id}


def carrier_tenant_fixed(payload: Payload) -> dict[str, str]:
    """As the buggy version; an identifier without a dash is the carrier key itself."""
    identifier = _text(payload.get("identifier"))
    carrier, dash, short_id = identifier.rpartition("-")
    if not dash:
        return {"carrier": identifier or "default", "shortId": ""}
    return {"carrier": carrier or "default", "shortId": short_id}


# --------------------------------------------------------------------------- 5. webhook URL host


def document_webhook_host_buggy(payload: Payload) -> str | None:
    """Host the document-delivery webhook posts claim documents to, for the firewall allow-list."""
    url = _creds(payload).get("webhookUrl")
    if url is None:
        return None
    host: str = urlsplit(url).hostname.removeprefix("www.")
    return host


def document_webhook_host_fixed(payload: Payload) -> str | None:
    """As the buggy version; a URL without a host (relative, empty, malformed) gives ``None``."""
    url = _cred_str(payload, "webhookUrl")
    if url is None:
        return None
    try:
        hostname = urlsplit(url).hostname
    except ValueError:
        return None
    return hostname.removeprefix("www.") if hostname else None


# --------------------------------------------------------------------------- 6. nodemailer port

_SMTP_DEFAULT_PORT = 587


def smtp_relay_config_buggy(payload: Payload) -> dict[str, object] | None:
    """SMTP relay settings rendered for the claims mail gateway from a Custom SMTP integration."""
    if payload["providerId"] != "nodemailer":
        return None
    credentials = _creds(payload)
    port = int(credentials.get("port", str(_SMTP_DEFAULT_PORT)))
    return {"host": credentials.get("host", "localhost"), "port": port, "tls": port == 465}


def smtp_relay_config_fixed(payload: Payload) -> dict[str, object] | None:
    """As the buggy version; a port that is not a plain number falls back to the default."""
    if payload.get("providerId") != "nodemailer":
        return None
    raw = (_cred_str(payload, "port") or "").strip()
    port = int(raw) if re.fullmatch(r"[0-9]{1,5}", raw) else _SMTP_DEFAULT_PORT
    if not 0 < port < 65536:
        port = _SMTP_DEFAULT_PORT
    return {"host": _cred_str(payload, "host") or "localhost", "port": port, "tls": port == 465}


# --------------------------------------------------------------------------- 7. BETWEEN value format

_RANGE = re.compile(r"\s*(-?[0-9]{1,9})\s*,\s*(-?[0-9]{1,9})\s*")


def premium_reminder_windows_buggy(payload: Payload) -> list[tuple[int, int]]:
    """Day windows (``BETWEEN`` rules) in which premium reminders go out through this integration."""
    windows = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = (int(part) for part in child["value"].split(","))
                windows.append((low, high))
    return windows


def premium_reminder_windows_fixed(payload: Payload) -> list[tuple[int, int]]:
    """As the buggy version; a ``BETWEEN`` value that is not ``low,high`` is skipped."""
    windows = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") not in ("BETWEEN", "NOT_BETWEEN"):
                continue
            match = _RANGE.fullmatch(_text(child.get("value")))
            if match:
                windows.append((int(match[1]), int(match[2])))
    return windows


# --------------------------------------------------------------------------- 8. deleted without deletedAt


def retention_export_row_buggy(payload: Payload) -> list[str]:
    """One row of the regulatory retention export (when a channel stopped being usable)."""
    deleted_at = payload["deletedAt"] if payload["deleted"] else ""
    return [payload["identifier"], payload["providerId"], payload["channel"], deleted_at]


def retention_export_row_fixed(payload: Payload) -> list[str]:
    """As the buggy version; a deleted record may lack ``deletedAt`` (it is optional)."""
    deleted_at = _text(payload.get("deletedAt")) if payload.get("deleted") is True else ""
    return [
        _text(payload.get("identifier")),
        _text(payload.get("providerId")),
        _text(payload.get("channel")),
        deleted_at,
    ]


# --------------------------------------------------------------------------- 9. Unicode byte length

_CACHE_KEY_BYTES = 250


def claims_cache_key_buggy(payload: Payload) -> str:
    """Memcached key for the per-integration claim-notification template cache."""
    key = f"claims:{payload['_organizationId']}:{payload['identifier']}:{payload['name']}"
    key = key.replace(" ", "_")[:200]
    if len(key.encode()) > _CACHE_KEY_BYTES:
        raise ValueError(f"memcached key longer than {_CACHE_KEY_BYTES} bytes")
    return key


def claims_cache_key_fixed(payload: Payload) -> str:
    """As the buggy version; keys too long in bytes, or with spaces or controls, are hashed."""
    raw = f"claims:{_text(payload.get('_organizationId'))}:{_text(payload.get('identifier'))}"
    raw = f"{raw}:{_text(payload.get('name'))}"
    encoded = raw.encode("utf-8", "surrogatepass")
    clean = all(ch.isprintable() and not ch.isspace() for ch in raw)
    if clean and len(encoded) <= _CACHE_KEY_BYTES and raw.isascii():
        return raw
    return "claims:h:" + hashlib.sha256(encoded).hexdigest()


# --------------------------------------------------------------------------- 10. SMS sender as phone number

_PHONE = re.compile(r"\+?[0-9]{6,15}")


def sms_sender_number_buggy(payload: Payload) -> str | None:
    """E.164 sender number shown on the claim-status SMS settings page."""
    if payload["channel"] != "sms":
        return None
    sender = _creds(payload).get("from")
    if sender is None:
        return None
    return f"+{int(sender.replace(' ', '').lstrip('+'))}"


def sms_sender_number_fixed(payload: Payload) -> str | None:
    """As the buggy version; an alphanumeric sender id is returned as it is."""
    if payload.get("channel") != "sms":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return None
    compact = re.sub(r"[\s().-]", "", sender)
    if _PHONE.fullmatch(compact):
        return "+" + compact.lstrip("+")
    return sender


# --------------------------------------------------------------------------- 11. region format

_EU_GEOS = frozenset({"eu"})


def data_residency_buggy(payload: Payload) -> str:
    """Data-residency zone of a tenant's provider region, for the GDPR claims-data register."""
    region = _creds(payload).get("region")
    if not region:
        return "unspecified"
    geo, _direction, _number = region.split("-")
    return "EU" if geo in _EU_GEOS else geo.upper()


def data_residency_fixed(payload: Payload) -> str:
    """As the buggy version; any region string (``eu``, ``us-gov-west-1``) is classified."""
    region = (_cred_str(payload, "region") or "").strip().lower()
    if not region:
        return "unspecified"
    geo = region.split("-", 1)[0]
    return "EU" if geo in _EU_GEOS else geo.upper()


# --------------------------------------------------------------------------- 12. FCM service account


def adjuster_app_project_buggy(payload: Payload) -> str | None:
    """Firebase project of the adjusters' mobile app, read from an FCM integration."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(_creds(payload)["serviceAccount"])
    project: str = account["project_id"]
    return project


def adjuster_app_project_fixed(payload: Payload) -> str | None:
    """As the buggy version; a missing, encrypted (``nvsk.``) or odd service account gives ``None``."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _cred_str(payload, "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------- 13. ObjectId format

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def integration_created_buggy(payload: Payload) -> str | None:
    """Creation date for the retention export, read from the ObjectId timestamp of ``_id``."""
    record_id = payload.get("_id")
    if record_id is None:
        return None
    seconds = int(record_id[:8], 16)
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


def integration_created_fixed(payload: Payload) -> str | None:
    """As the buggy version; an ``_id`` that is not a 24-hex ObjectId gives ``None``."""
    record_id = _text(payload.get("_id"))
    if not _OBJECT_ID.fullmatch(record_id):
        return None
    try:
        return datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


# --------------------------------------------------------------------------- 14. empty children


def claim_rule_summary_buggy(payload: Payload) -> list[str]:
    """One line per condition for the claims ops dashboard, led by its first field rule."""
    lines = []
    for condition in payload.get("conditions") or []:
        first = condition["children"][0]
        lines.append(f"{condition['value']}: {first['on']}.{first['field']} {first['operator']}")
    return lines


def claim_rule_summary_fixed(payload: Payload) -> list[str]:
    """As the buggy version; a condition with no children is shown as ``(no rules)``."""
    lines = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            lines.append(f"{_text(condition.get('value'))}: (no rules)")
            continue
        first = children[0]
        lines.append(
            f"{_text(condition.get('value'))}: {_text(first.get('on'))}.{_text(first.get('field'))} "
            f"{_text(first.get('operator'))}"
        )
    return lines


# --------------------------------------------------------------------------- 15. provider credential keys

_SID_PROVIDERS = frozenset({"twilio", "plivo"})
_SECRET_KEYS = ("apiKey", "apiToken", "token", "accessKey", "accountSid", "password", "secretKey", "user")


def _mask(secret: str) -> str:
    return "****" + secret[-4:]


def vendor_credential_mask_buggy(payload: Payload) -> str:
    """Masked credential shown in the broker portal's vendor list (``****`` + last 4 characters)."""
    credentials = _creds(payload)
    if payload["providerId"] in _SID_PROVIDERS:
        return _mask(credentials["accountSid"])
    return _mask(credentials["apiKey"])


def vendor_credential_mask_fixed(payload: Payload) -> str:
    """As the buggy version, using whichever secret the provider's form has; ``-`` if none."""
    keys = ("accountSid", *_SECRET_KEYS) if payload.get("providerId") in _SID_PROVIDERS else _SECRET_KEYS
    for key in keys:
        secret = _cred_str(payload, key)
        if secret:
            return _mask(secret)
    return "-"


# --------------------------------------------------------------------------- 16. e-mail format


def claims_mail_domain_buggy(payload: Payload) -> str | None:
    """Sending domain of a claims e-mail integration, checked against the carrier's DMARC records."""
    if payload["channel"] != "email":
        return None
    sender = _creds(payload).get("from")
    if sender is None:
        return None
    domain: str = sender.rsplit("@", 1)[1].strip().lower()
    return domain


def claims_mail_domain_fixed(payload: Payload) -> str | None:
    """As the buggy version; a sender without ``@`` (or with nothing after it) gives ``None``."""
    if payload.get("channel") != "email":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return None
    _local, at, domain = sender.rpartition("@")
    domain = domain.strip().rstrip(">").lower()
    return domain if at and domain else None


# --------------------------------------------------------------------------- the cases

_JP_NAME = (
    "東京海上日動火災保険株式会社 自動車保険・火災保険 事故受付および保険金支払状況のお知らせ"
    "【契約者・代理店向け】 代理店ポータル連携 本番環境 第二系統"
)

INSURANCE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="insurance_claim_status_queue_by_channel",
        bug="claim-status notifications only go out by email, sms or in_app (no push or chat queue)",
        buggy=claim_status_queue_buggy,
        fixed=claim_status_queue_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Expo Push",
                "identifier": "expo-push-Qz81kLm2",
                "providerId": "expo",
                "channel": "push",
                "credentials": {"apiKey": "fake-expo-token-7781"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="insurance_adjuster_escalation_tiers",
        bug="every integration carries a conditions list (it is optional and may be absent)",
        buggy=adjuster_escalation_tiers_buggy,
        fixed=adjuster_escalation_tiers_fixed,
        raises=(KeyError,),
        example=_example(drop=("conditions",)),
    ),
    ConsumerCase(
        name="insurance_broker_portal_primary_badge",
        bug="a primary integration is always active",
        buggy=broker_portal_badge_buggy,
        fixed=broker_portal_badge_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-Fn3pQ9sd",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "ACfake0000000000000000000000000001",
                    "token": "fake-token",
                    "from": "+15550100123",
                },
                "active": False,
                "primary": True,
            }
        ),
    ),
    ConsumerCase(
        name="insurance_carrier_tenant_from_identifier",
        bug="identifier always looks like <carrier-slug>-<short id> (it is any string)",
        buggy=carrier_tenant_buggy,
        fixed=carrier_tenant_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "acme_mutual_claims_mail"}),
    ),
    ConsumerCase(
        name="insurance_document_webhook_host",
        bug="credentials.webhookUrl is always an absolute URL with a host",
        buggy=document_webhook_host_buggy,
        fixed=document_webhook_host_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Email Webhook",
                "identifier": "email-webhook-k2LmP0aa",
                "providerId": "email-webhook",
                "credentials": {
                    "webhookUrl": "/internal/claim-documents/inbound",
                    "secretKey": "fake-webhook-secret",
                    "from": "documents@claims.example.com",
                    "senderName": "Claims Documents",
                },
            }
        ),
    ),
    ConsumerCase(
        name="insurance_smtp_relay_port",
        bug="credentials.port of a Custom SMTP integration is always a number-like string",
        buggy=smtp_relay_config_buggy,
        fixed=smtp_relay_config_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Zr5tVv1c",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.claims.example.com",
                    "port": "${SMTP_PORT}",
                    "from": "claims@example.com",
                    "senderName": "Claims Desk",
                },
            }
        ),
    ),
    ConsumerCase(
        name="insurance_premium_reminder_between_windows",
        bug="a BETWEEN rule's value is always two integers separated by a comma",
        buggy=premium_reminder_windows_buggy,
        fixed=premium_reminder_windows_fixed,
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
                                "field": "daysToRenewal",
                                "value": "30..60",
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
        name="insurance_retention_export_deleted_at",
        bug="a record with deleted: true always carries deletedAt",
        buggy=retention_export_row_buggy,
        fixed=retention_export_row_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="insurance_claims_cache_key_bytes",
        bug="cutting a key to 200 characters keeps it under 250 bytes (non-ASCII names are wider)",
        buggy=claims_cache_key_buggy,
        fixed=claims_cache_key_fixed,
        raises=(ValueError,),
        example=_example({"name": _JP_NAME}),
    ),
    ConsumerCase(
        name="insurance_sms_sender_e164",
        bug="an SMS integration's credentials.from is always a phone number (not an alphanumeric sender id)",
        buggy=sms_sender_number_buggy,
        fixed=sms_sender_number_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Termii",
                "identifier": "termii-Hh27aQpx",
                "providerId": "termii",
                "channel": "sms",
                "credentials": {"apiKey": "fake-termii-key", "from": "AcmeInsure"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="insurance_tenant_data_residency_region",
        bug="credentials.region is always an AWS-style <geo>-<direction>-<n> string",
        buggy=data_residency_buggy,
        fixed=data_residency_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SparkPost",
                "identifier": "spark-post-Ew9dLq3r",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-sparkpost-key",
                    "region": "eu",
                    "from": "claims@example.eu",
                    "senderName": "Claims EU",
                },
            }
        ),
    ),
    ConsumerCase(
        name="insurance_adjuster_app_fcm_project",
        bug="an FCM integration's serviceAccount is always the decrypted JSON key file",
        buggy=adjuster_app_project_buggy,
        fixed=adjuster_app_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-P0oLx7Tz",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "nvsk.3f9a0c1d2e4b5a69:8e1f00c2a4d6b8f0e1d2c3b4a5968778"},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="insurance_retention_created_from_object_id",
        bug="_id is always a 24-hex MongoDB ObjectId whose first 8 digits are a timestamp",
        buggy=integration_created_buggy,
        fixed=integration_created_fixed,
        raises=(ValueError,),
        example=_example({"_id": "int_claims_mail_eu_01"}),
    ),
    ConsumerCase(
        name="insurance_claim_rule_summary_first_child",
        bug="every condition has at least one child rule (children may be empty)",
        buggy=claim_rule_summary_buggy,
        fixed=claim_rule_summary_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="insurance_vendor_credential_mask",
        bug="every provider other than twilio/plivo authenticates with credentials.apiKey",
        buggy=vendor_credential_mask_buggy,
        fixed=vendor_credential_mask_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Gupshup",
                "identifier": "gupshup-Ty6sW1mn",
                "providerId": "gupshup",
                "channel": "sms",
                "credentials": {"user": "acme-claims", "password": "fake-gupshup-pass"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="insurance_claims_mail_dmarc_domain",
        bug="an e-mail integration's credentials.from always contains an @ (it may be empty)",
        buggy=claims_mail_domain_buggy,
        fixed=claims_mail_domain_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "Postmark",
                "identifier": "postmark-Jq4rT8kd",
                "providerId": "postmark",
                "credentials": {"apiKey": "fake-postmark-key", "from": "", "senderName": "Claims"},
            }
        ),
    ),
]
