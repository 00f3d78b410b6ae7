"""Sixteen customer-support consumers of ``GET /v1/integrations`` items, each with one bug.

These are the kind of scripts a customer-support / CRM tooling team runs against the integrations
list: a helpdesk channel sync, a CRM sender mapper, macro and status-page renderers, SLA and
escalation routers, an on-call handoff, ticket attachments, a GDPR responder, a CSV export for
account managers, locale labels, duplicate triage, webhook signature checks and inbound mail
aliases. Every buggy version works on ``HAPPY_PATH``; every fixed version does the same job
tolerantly. The cases were written from the contract documentation alone (the seed, CONTRACT.md,
SERVER-SEMANTICS.md and providers.json), without looking at the data generator.
"""

from __future__ import annotations

import base64
import binascii
import copy
import csv
import hashlib
import hmac
import io
import re
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition groups that are objects; ``[]`` when ``conditions`` is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [group for group in conditions if isinstance(group, dict)]


def _children(group: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The filter parts of one condition group that are objects."""
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. Helpdesk channel sync: maps each integration to a helpdesk ticket channel type.

_TICKET_TYPES = {"email": "email", "sms": "text", "chat": "messaging"}


def helpdesk_channel_sync_buggy(payload: Payload) -> object:
    # Bug: the helpdesk map only knows email/sms/chat; `in_app` and `push` are valid channels too.
    return {
        "external_id": payload["identifier"],
        "ticket_type": _TICKET_TYPES[payload["channel"]],
        "label": payload["name"],
    }


def helpdesk_channel_sync_fixed(payload: Payload) -> object:
    channel = payload.get("channel")
    ticket_type = _TICKET_TYPES.get(channel, "other") if isinstance(channel, str) else "other"
    return {
        "external_id": _text(payload.get("identifier")),
        "ticket_type": ticket_type,
        "label": _text(payload.get("name")),
    }


# 2. CRM contact mapper: records which sender address customers see for each integration.


def crm_contact_sender_mapper_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    # Bug: assumes every provider has a `from` credential; chat/push providers (e.g. slack) have none.
    sender = credentials["from"]
    return {"sender": sender, "display": credentials.get("senderName", payload["name"])}


def crm_contact_sender_mapper_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    sender = credentials.get("from")
    if not isinstance(sender, str):
        return None
    display = credentials.get("senderName")
    return {"sender": sender, "display": display if isinstance(display, str) else _text(payload.get("name"))}


# 3. Support macro renderer: builds the legacy helpdesk "From" header shown in macros.


def macro_sender_header_latin1_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    name = credentials.get("senderName", payload["name"])
    address = credentials.get("from", "")
    # Bug: assumes sender names are Latin-1; any Unicode string is valid (CJK, emoji, RTL...).
    return f"{name} <{address}>".encode("latin-1")


def macro_sender_header_latin1_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    name = _text(credentials.get("senderName"), _text(payload.get("name")))
    address = _text(credentials.get("from"))
    try:
        return f"{name} <{address}>".encode("latin-1")
    except UnicodeEncodeError:
        encoded = base64.b64encode(name.encode("utf-8", "surrogatepass")).decode("ascii")
        return f"=?utf-8?b?{encoded}?= <{address}>".encode("utf-8", "surrogatepass")


# 4. SLA router: the first filter field of each condition group picks the SLA tier.

_SLA_TIERS = {"subscriber.plan": "tier-1", "payload.priority": "tier-2"}


def sla_rule_first_field_buggy(payload: Payload) -> object:
    # Bug: assumes every condition group has at least one child; `children` may be empty.
    fields = [group["children"][0]["field"] for group in payload.get("conditions", [])]
    return [_SLA_TIERS.get(field, "tier-3") for field in fields]


def sla_rule_first_field_fixed(payload: Payload) -> object:
    tiers = []
    for group in _conditions(payload):
        children = _children(group)
        if not children:
            continue
        field = children[0].get("field")
        tiers.append(_SLA_TIERS.get(field, "tier-3") if isinstance(field, str) else "tier-3")
    return tiers


# 5. On-call handoff: adds the integration's webhook endpoint to the outbound firewall allowlist.


def oncall_webhook_allowlist_buggy(payload: Payload) -> object:
    url = payload["credentials"].get("webhookUrl")
    if not url:
        return None
    parts = urlsplit(url)
    # Bug: `.port` raises ValueError for a non-numeric or out-of-range port; webhookUrl is any string.
    return f"{parts.hostname}:{parts.port or 443}"


def oncall_webhook_allowlist_fixed(payload: Payload) -> object:
    url = _creds(payload).get("webhookUrl")
    if not isinstance(url, str) or not url:
        return None
    try:
        parts = urlsplit(url)
        return f"{parts.hostname}:{parts.port or 443}"
    except ValueError:
        return None


# 6. Ticket attachment: attaches a redacted copy of the integration's credentials to a ticket.


def ticket_attachment_redacted_credentials_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    # Bug: assumes every credential value is a string; `secure`, `hmac`... are booleans, tlsOptions an object.
    return {key: value[:4] + "****" for key, value in credentials.items()}


def ticket_attachment_redacted_credentials_fixed(payload: Payload) -> object:
    redacted: dict[str, object] = {}
    for key, value in _creds(payload).items():
        if isinstance(value, str):
            redacted[key] = value[:4] + "****"
        elif isinstance(value, bool):
            redacted[key] = value
        else:
            redacted[key] = "<redacted object>"
    return redacted


# 7. Customer-facing status page: shows retired channels with the date they were retired.


def status_page_retired_since_buggy(payload: Payload) -> object:
    if not payload["deleted"]:
        return "operational" if payload["active"] else "paused"
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return "retired"
    # Bug: `deletedAt` is typed as a plain string; it need not be ISO-8601.
    return "retired since " + datetime.fromisoformat(deleted_at).strftime("%d %b %Y")


def status_page_retired_since_fixed(payload: Payload) -> object:
    if payload.get("deleted") is not True:
        return "operational" if payload.get("active") is True else "paused"
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return "retired"
    try:
        return "retired since " + datetime.fromisoformat(deleted_at).date().isoformat()
    except (ValueError, OverflowError):
        return "retired"


# 8. GDPR ticket responder: tells the requester when and by whom an integration was removed.


def gdpr_deletion_audit_reply_buggy(payload: Payload) -> object:
    if not payload["deleted"]:
        return f"Integration {payload['name']} is still in use."
    when = payload.get("deletedAt", "an unknown date")
    # Bug: `deletedBy` is optional and usually absent on soft-deleted records.
    return f"Integration {payload['name']} was deleted on {when} by user {payload['deletedBy']}."


def gdpr_deletion_audit_reply_fixed(payload: Payload) -> object:
    name = _text(payload.get("name"))
    if payload.get("deleted") is not True:
        return f"Integration {name} is still in use."
    when = _text(payload.get("deletedAt"), "an unknown date")
    who = payload.get("deletedBy")
    by = f" by user {who}" if isinstance(who, str) else ""
    return f"Integration {name} was deleted on {when}{by}."


# 9. Account-manager CSV export: one row per integration.


def account_manager_csv_row_buggy(payload: Payload) -> object:
    buffer = io.StringIO()
    # Bug: QUOTE_NONE without an escapechar fails on names with commas, quotes or newlines.
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONE)
    writer.writerow(
        [payload["name"], payload["identifier"], payload["providerId"], payload["channel"], payload["active"]]
    )
    return buffer.getvalue()


def account_manager_csv_row_fixed(payload: Payload) -> object:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            _text(payload.get("name")),
            _text(payload.get("identifier")),
            _text(payload.get("providerId")),
            _text(payload.get("channel")),
            payload.get("active") is True,
        ]
    )
    return buffer.getvalue()


# 10. Locale label lookup: a translated "channel — integration name" label for the agent UI.

_LOCALE_TEMPLATES = {"en": "%(channel)s channel", "de": "Kanal %(channel)s", "fr": "Canal %(channel)s"}
_CHANNEL_WORDS = {"email": "Email", "sms": "SMS", "chat": "Chat", "push": "Push", "in_app": "In-app"}


def locale_channel_label_buggy(payload: Payload, locale: str = "de") -> object:
    channel = _CHANNEL_WORDS.get(payload["channel"], payload["channel"])
    # Bug: the free-text name is concatenated into the %-template, so a "%" in it breaks formatting.
    template = _LOCALE_TEMPLATES.get(locale, _LOCALE_TEMPLATES["en"]) + " — " + payload["name"]
    return template % {"channel": channel}


def locale_channel_label_fixed(payload: Payload, locale: str = "de") -> object:
    raw_channel = _text(payload.get("channel"))
    channel = _CHANNEL_WORDS.get(raw_channel, raw_channel)
    label = _LOCALE_TEMPLATES.get(locale, _LOCALE_TEMPLATES["en"]) % {"channel": channel}
    return label + " — " + _text(payload.get("name"))


# 11. Duplicate-integration detector for support triage: groups by identifier slug.


def duplicate_triage_key_buggy(payload: Payload) -> object:
    # Bug: assumes identifiers always look like `<slug>-<shortid>`; an identifier is any string.
    slug, _suffix = payload["identifier"].rsplit("-", 1)
    return (payload["_environmentId"], payload["providerId"], slug)


def duplicate_triage_key_fixed(payload: Payload) -> object:
    identifier = _text(payload.get("identifier"))
    slug, separator, _suffix = identifier.rpartition("-")
    if not separator:
        slug = identifier
    return (_text(payload.get("_environmentId")), _text(payload.get("providerId")), slug)


# 12. Webhook signature verifier: computes the expected signature of a sample delivery event.

_SAMPLE_EVENT = b'{"event":"delivered","messageId":"m-1"}'


def webhook_expected_signature_buggy(payload: Payload) -> object:
    secret = payload["credentials"].get("secretKey")
    if secret is None:
        return None
    # Bug: assumes Svix-style base64 secrets; secretKey is any string.
    key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    return hmac.new(key, _SAMPLE_EVENT, hashlib.sha256).hexdigest()


def webhook_expected_signature_fixed(payload: Payload) -> object:
    secret = _creds(payload).get("secretKey")
    if not isinstance(secret, str):
        return None
    try:
        key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    except (binascii.Error, ValueError):
        key = secret.encode("utf-8", "surrogatepass")
    return hmac.new(key, _SAMPLE_EVENT, hashlib.sha256).hexdigest()


# 13. Helpdesk inbound mail alias: a per-integration reply-to host for routing replies to tickets.

_NOT_DNS = re.compile(r"[^a-z0-9-]+")


def helpdesk_mail_alias_host_buggy(payload: Payload) -> object:
    # Bug: assumes the identifier is a valid DNS label (1-63 chars, no dots); it is any string.
    return f"{payload['identifier'].lower()}.inbound.helpdesk.example".encode("idna").decode("ascii")


def helpdesk_mail_alias_host_fixed(payload: Payload) -> object:
    identifier = _text(payload.get("identifier"))
    label = _NOT_DNS.sub("-", identifier[:200].lower())[:63].strip("-")
    if not label:
        label = "i" + format(zlib.crc32(identifier.encode("utf-8", "surrogatepass")), "08x")
    return f"{label}.inbound.helpdesk.example"


# 14. Escalation router: ranks an integration as a fallback when the primary provider is down.

_FALLBACK_RANK = {(True, True): 0, (False, True): 1, (False, False): 2}


def escalation_fallback_rank_buggy(payload: Payload) -> object:
    # Bug: assumes a primary integration is always active; `primary: true, active: false` is valid.
    return _FALLBACK_RANK[(payload["primary"], payload["active"])]


def escalation_fallback_rank_fixed(payload: Payload) -> object:
    primary = payload.get("primary") is True
    active = payload.get("active") is True
    if not active:
        return 2
    return 0 if primary else 1


# 15. SMTP troubleshooting note: summarises TLS settings of a custom SMTP integration for agents.


def smtp_tls_support_note_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    tls = credentials.get("tlsOptions") or {}
    # Bug: tlsOptions is free-form JSON; `minVersion` may be a number, null, an object...
    minimum = tls.get("minVersion", "TLSv1.2").upper()
    return f"TLS min {minimum}, requireTls={credentials.get('requireTls', False)}"


def smtp_tls_support_note_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    tls = credentials.get("tlsOptions")
    minimum = tls.get("minVersion") if isinstance(tls, dict) else None
    shown = minimum.upper() if isinstance(minimum, str) else "TLSV1.2"
    return f"TLS min {shown}, requireTls={credentials.get('requireTls') is True}"


# 16. Segment rule preview: renders the integration's routing conditions in the agent console.


def segment_rule_preview_buggy(payload: Payload) -> object:
    lines = []
    for group in payload.get("conditions", []):
        for child in group["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                # Bug: assumes a BETWEEN value is exactly "low,high"; the value is any string.
                low, high = child["value"].split(",")
                lines.append(f"{child['field']} {child['operator']} [{low.strip()} .. {high.strip()}]")
            else:
                lines.append(f"{child['field']} {child['operator']} {child['value']}")
    return lines


def segment_rule_preview_fixed(payload: Payload) -> object:
    lines = []
    for group in _conditions(payload):
        for child in _children(group):
            field = _text(child.get("field"))
            operator = _text(child.get("operator"))
            value = _text(child.get("value"))
            pieces = value.split(",", 2)
            if operator in ("BETWEEN", "NOT_BETWEEN") and len(pieces) == 2:
                lines.append(f"{field} {operator} [{pieces[0].strip()} .. {pieces[1].strip()}]")
            else:
                lines.append(f"{field} {operator} {value}")
    return lines


SUPPORT_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="helpdesk_channel_sync_ticket_type",
        bug="maps only email/sms/chat to helpdesk types; in_app and push are valid channels",
        buggy=helpdesk_channel_sync_buggy,
        fixed=helpdesk_channel_sync_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Qw3rTy9",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": '{"type": "service_account"}'},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="crm_contact_sender_from_address",
        bug="reads credentials['from'] for every provider; chat/push providers have no sender address",
        buggy=crm_contact_sender_mapper_buggy,
        fixed=crm_contact_sender_mapper_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Zx81kLm",
                "providerId": "slack",
                "channel": "chat",
                "credentials": {"applicationId": "A01", "clientId": "123.456", "secretKey": "s3cr3t"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="support_macro_sender_header_latin1",
        bug="encodes the sender name as Latin-1; senderName may be any Unicode string",
        buggy=macro_sender_header_latin1_buggy,
        fixed=macro_sender_header_latin1_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "from": "support@example.jp",
                    "senderName": "サポートチーム 🎧",
                }
            }
        ),
    ),
    ConsumerCase(
        name="sla_tier_from_first_condition_child",
        bug="takes children[0] of every condition group; children may be an empty array",
        buggy=sla_rule_first_field_buggy,
        fixed=sla_rule_first_field_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="oncall_handoff_webhook_allowlist_port",
        bug="reads urlsplit(webhookUrl).port unguarded; a bad or out-of-range port raises ValueError",
        buggy=oncall_webhook_allowlist_buggy,
        fixed=oncall_webhook_allowlist_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Hh2kP0a",
                "providerId": "push-webhook",
                "channel": "push",
                "credentials": {
                    "webhookUrl": "https://oncall.example.com:99999/novu",
                    "secretKey": "whsec_c2VjcmV0",
                },
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="ticket_attachment_redacted_credentials",
        bug="slices every credential value as a string; secure/hmac are booleans, tlsOptions an object",
        buggy=ticket_attachment_redacted_credentials_buggy,
        fixed=ticket_attachment_redacted_credentials_fixed,
        raises=(TypeError, KeyError),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-9aZ1bC2",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "from": "help@example.com",
                    "senderName": "Help Desk",
                },
            }
        ),
    ),
    ConsumerCase(
        name="status_page_retired_since_date",
        bug="parses deletedAt with datetime.fromisoformat; it is typed as a plain string",
        buggy=status_page_retired_since_buggy,
        fixed=status_page_retired_since_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "active": False,
                "deleted": True,
                "primary": False,
                "deletedAt": "Tue May 14 2024 10:00:00 GMT+0000 (Coordinated Universal Time)",
            }
        ),
    ),
    ConsumerCase(
        name="gdpr_deletion_reply_deleted_by",
        bug="reads deletedBy of a deleted integration; deletedBy is optional and usually absent",
        buggy=gdpr_deletion_audit_reply_buggy,
        fixed=gdpr_deletion_audit_reply_fixed,
        raises=(KeyError,),
        example=_payload(
            {"active": False, "deleted": True, "primary": False, "deletedAt": "2024-05-14T10:00:00.000Z"}
        ),
    ),
    ConsumerCase(
        name="account_manager_csv_export_unquoted",
        bug="writes CSV with QUOTE_NONE and no escapechar; names may contain commas or quotes",
        buggy=account_manager_csv_row_buggy,
        fixed=account_manager_csv_row_fixed,
        raises=(csv.Error,),
        example=_payload({"name": "Acme, Inc. SendGrid"}),
    ),
    ConsumerCase(
        name="locale_channel_label_percent_in_name",
        bug="concatenates the integration name into a %-format template; names may contain '%'",
        buggy=locale_channel_label_buggy,
        fixed=locale_channel_label_fixed,
        raises=(ValueError, TypeError, KeyError),
        example=_payload({"name": "100% Uptime Mailer"}),
    ),
    ConsumerCase(
        name="duplicate_triage_identifier_slug_split",
        bug="unpacks identifier.rsplit('-', 1) into two parts; identifiers need not contain a dash",
        buggy=duplicate_triage_key_buggy,
        fixed=duplicate_triage_key_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "sendgrid_main"}),
    ),
    ConsumerCase(
        name="webhook_signature_secret_base64",
        bug="base64-decodes secretKey as a Svix-style secret; secretKey is any string",
        buggy=webhook_expected_signature_buggy,
        fixed=webhook_expected_signature_fixed,
        raises=(binascii.Error, ValueError),
        example=_payload(
            {
                "name": "Email Webhook",
                "identifier": "email-webhook-Lk2mN3p",
                "providerId": "email-webhook",
                "credentials": {
                    "webhookUrl": "https://hooks.example.com/novu",
                    "secretKey": "my shared secret!",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="helpdesk_mail_alias_identifier_dns_label",
        bug="IDNA-encodes the identifier as a DNS label; it may be longer than 63 chars or contain dots",
        buggy=helpdesk_mail_alias_host_buggy,
        fixed=helpdesk_mail_alias_host_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {"identifier": "customer-success-transactional-email-eu-west-production-x8Kd2bQ1-v2"}
        ),
    ),
    ConsumerCase(
        name="escalation_fallback_rank_inactive_primary",
        bug="ranks by a (primary, active) table missing primary-but-inactive, which the contract allows",
        buggy=escalation_fallback_rank_buggy,
        fixed=escalation_fallback_rank_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="smtp_tls_note_min_version_type",
        bug="calls .upper() on tlsOptions.minVersion; tlsOptions values are arbitrary JSON",
        buggy=smtp_tls_support_note_buggy,
        fixed=smtp_tls_support_note_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Tls1x2Y",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "requireTls": True,
                    "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": False},
                    "from": "help@example.com",
                    "senderName": "Help Desk",
                },
            }
        ),
    ),
    ConsumerCase(
        name="segment_rule_preview_between_value",
        bug="splits a BETWEEN filter value into exactly two parts; the value is any string",
        buggy=segment_rule_preview_buggy,
        fixed=segment_rule_preview_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.ticketAgeHours",
                                "value": "24",
                                "operator": "BETWEEN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
]
