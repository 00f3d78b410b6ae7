"""Sixteen consumers from an applicant-tracking and recruiting platform, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The platform
(job postings, candidate pipelines, interview scheduling) reads its Novu integrations to route candidate
and recruiter notifications, to export them to a legacy HRIS, to bill hiring teams and to run its
security and retention jobs.

Each buggy consumer works on ``HAPPY_PATH`` (a live, primary SendGrid email integration) and carries one
wrong assumption about a value the contract allows; its fixed control does the same job as a tolerant
reader and never raises on a contract-valid payload.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import hmac
import html
import ipaddress
import json
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys dropped and, if given, new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object."""
    value = payload.get("credentials")
    return value if isinstance(value, dict) else {}


def _text(mapping: Mapping[str, Any], key: str, default: str = "") -> str:
    """A string value of ``mapping``, or ``default`` when the key is absent or not a string."""
    value = mapping.get(key)
    return value if isinstance(value, str) else default


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    raw = payload.get("conditions")
    if not isinstance(raw, list):
        return []
    return [item for item in raw if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    raw = condition.get("children")
    if not isinstance(raw, list):
        return []
    return [item for item in raw if isinstance(item, dict)]


# 1. Deliverability check for recruiter outreach mail (email, Mailgun): ``from`` vs. the sending ``domain``.


def sender_alignment_buggy(payload: Payload) -> dict[str, object]:
    """Checks that the ``from`` mailbox of outreach mail is aligned with the Mailgun sending domain."""
    credentials = payload["credentials"]
    sender = credentials.get("from", "")
    sender_domain = sender.split("@")[1].strip().lower()
    sending_domain = str(credentials.get("domain") or sender_domain).strip().lower()
    aligned = sender_domain == sending_domain or sender_domain.endswith("." + sending_domain)
    return {"integration": payload["identifier"], "sender_domain": sender_domain, "aligned": aligned}


def sender_alignment_fixed(payload: Payload) -> dict[str, object]:
    credentials = _creds(payload)
    sender = _text(credentials, "from")
    _local, at, domain = sender.rpartition("@")
    sender_domain = domain.strip().strip("<>").strip().lower() if at else ""
    sending_domain = _text(credentials, "domain").strip().lower() or sender_domain
    aligned = bool(sender_domain) and (
        sender_domain == sending_domain or sender_domain.endswith("." + sending_domain)
    )
    return {
        "integration": _text(payload, "identifier"),
        "sender_domain": sender_domain or None,
        "aligned": aligned,
    }


# 2. Telecom-compliance register of interview-reminder SMS senders (sms, Twilio): ``from`` as an E.164 number.


def sms_sender_buggy(payload: Payload) -> dict[str, object] | None:
    """Normalises the sender of interview-reminder SMS to an E.164 number for the compliance register."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    msisdn = int(re.sub(r"[\s().-]", "", sender).lstrip("+"))
    return {"provider": payload["providerId"], "kind": "msisdn", "e164": f"+{msisdn}"}


def sms_sender_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("channel") != "sms":
        return None
    sender = _creds(payload).get("from")
    if not isinstance(sender, str):
        return None
    cleaned = re.sub(r"[\s().-]", "", sender)
    if re.fullmatch(r"\+?[0-9]{3,15}", cleaned):
        return {"provider": _text(payload, "providerId"), "kind": "msisdn", "e164": "+" + cleaned.lstrip("+")}
    return {"provider": _text(payload, "providerId"), "kind": "alphanumeric", "sender_id": sender}


# 3. Outbound relay descriptor for the interview-invite mailer (email, Custom SMTP): ``port`` is a string.

_IMPLICIT_TLS_PORTS = frozenset({465, 993, 995})


def relay_endpoint_buggy(payload: Payload) -> dict[str, object]:
    """Builds the relay descriptor (host, port, TLS mode) the invite mailer connects with."""
    credentials = payload["credentials"]
    host = credentials.get("host")
    port = credentials.get("port", 587)
    usable = 0 < port < 65536 and bool(host)
    implicit_tls = port in _IMPLICIT_TLS_PORTS or credentials.get("secure") is True
    return {"host": host, "port": port, "usable": usable, "implicit_tls": implicit_tls}


def relay_endpoint_fixed(payload: Payload) -> dict[str, object]:
    credentials = _creds(payload)
    host = _text(credentials, "host").strip()
    raw_port = credentials.get("port")
    port: int | None = None
    if raw_port is None:
        port = 587
    elif isinstance(raw_port, str) and re.fullmatch(r"[0-9]{1,5}", raw_port.strip()):
        port = int(raw_port.strip())
    usable = port is not None and 0 < port < 65536 and bool(host)
    implicit_tls = (port is not None and port in _IMPLICIT_TLS_PORTS) or credentials.get("secure") is True
    return {"host": host or None, "port": port, "usable": usable, "implicit_tls": implicit_tls}


# 4. Nightly retention purge of soft-deleted integrations: ``deletedAt`` is a plain string.

_RETENTION = timedelta(days=30)


def purge_due_buggy(payload: Payload) -> dict[str, object]:
    """GDPR retention job: an integration soft-deleted more than 30 days ago is purged from the ATS mirror."""
    if not payload["deleted"]:
        return {"purge": False, "reason": "live"}
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return {"purge": False, "reason": "no deletion time"}
    when = datetime.fromisoformat(deleted_at)
    return {"purge": when + _RETENTION <= datetime.now(UTC), "reason": "retention"}


def purge_due_fixed(payload: Payload) -> dict[str, object]:
    if payload.get("deleted") is not True:
        return {"purge": False, "reason": "live"}
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return {"purge": False, "reason": "no deletion time"}
    try:
        when = datetime.fromisoformat(deleted_at.strip())
    except ValueError:
        return {"purge": False, "reason": "unreadable deletion time"}
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=UTC)
    try:
        due = when + _RETENTION <= datetime.now(UTC)
    except (OverflowError, ValueError):
        due = False
    return {"purge": due, "reason": "retention"}


# 5. Candidate-notification dispatcher: one worker queue per channel.

_CHANNEL_QUEUES = {
    "email": "ats.notify.email",
    "sms": "ats.notify.sms",
    "chat": "ats.notify.chat",
    "push": "ats.notify.push",
}


def dispatch_queue_buggy(payload: Payload) -> dict[str, object]:
    """Routes candidate notifications to the worker queue of the channel the integration delivers on."""
    queue = _CHANNEL_QUEUES[payload["channel"]]
    return {"queue": queue, "integration": payload["identifier"], "enabled": payload["active"]}


_CHANNEL_QUEUES_ALL = {**_CHANNEL_QUEUES, "in_app": "ats.notify.inbox"}


def dispatch_queue_fixed(payload: Payload) -> dict[str, object]:
    channel = payload.get("channel")
    queue = _CHANNEL_QUEUES_ALL.get(channel, "ats.notify.unrouted") if isinstance(channel, str) else None
    return {
        "queue": queue,
        "integration": _text(payload, "identifier"),
        "enabled": payload.get("active") is True,
    }


# 6. Screening-rule preview in the hiring-team settings page: conditions with no children.


def rule_preview_buggy(payload: Payload) -> list[str]:
    """One human-readable line per integration condition, shown next to the channel in settings."""
    lines: list[str] = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        first = children[0]
        line = f"{first['on']}.{first['field']} {first['operator']} {first['value']!r}"
        if len(children) > 1:
            line += f" {condition['value']} {len(children) - 1} more"
        lines.append(("NOT " if condition["isNegated"] else "") + line)
    return lines


def rule_preview_fixed(payload: Payload) -> list[str]:
    lines: list[str] = []
    for condition in _conditions(payload):
        children = _children(condition)
        prefix = "NOT " if condition.get("isNegated") is True else ""
        if not children:
            lines.append(prefix + "(no criteria)")
            continue
        first = children[0]
        line = (
            f"{_text(first, 'on', '?')}.{_text(first, 'field', '?')} "
            f"{_text(first, 'operator', '?')} {_text(first, 'value')!r}"
        )
        if len(children) > 1:
            line += f" {_text(condition, 'value', 'AND')} {len(children) - 1} more"
        lines.append(prefix + line)
    return lines


# 7. Candidate-segment SQL built from integration conditions: operators the mapping forgot.

_SQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "= ANY",
    "NOT_IN": "<> ALL",
    "LIKE": "LIKE",
}


def segment_where_buggy(payload: Payload) -> tuple[str, list[str]]:
    """Translates the integration's conditions into a parameterised WHERE clause over candidate attributes."""
    clauses: list[str] = []
    params: list[str] = []
    for condition in payload.get("conditions", []):
        parts: list[str] = []
        for child in condition["children"]:
            sql_operator = _SQL_OPERATORS[child["operator"]]
            params.extend([child["field"], child["value"]])
            parts.append(f"({child['on']}_attrs ->> %s) {sql_operator} %s")
        if parts:
            joined = f" {condition['value']} ".join(parts)
            clauses.append(f"NOT ({joined})" if condition["isNegated"] else f"({joined})")
    return " AND ".join(clauses) or "TRUE", params


_SQL_OPERATORS_ALL = {
    **_SQL_OPERATORS,
    "NOT_LIKE": "NOT LIKE",
    "ALL_IN": "@>",
    "ANY_IN": "&&",
}


def segment_where_fixed(payload: Payload) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    for condition in _conditions(payload):
        parts: list[str] = []
        for child in _children(condition):
            operator = _text(child, "operator")
            source = _text(child, "on")
            column = f"({source if source in ('subscriber', 'payload') else 'payload'}_attrs ->> %s)"
            field, value = _text(child, "field"), _text(child, "value")
            if operator in ("BETWEEN", "NOT_BETWEEN"):
                low, _sep, high = value.partition(",")
                keyword = "BETWEEN" if operator == "BETWEEN" else "NOT BETWEEN"
                params.extend([field, low.strip(), high.strip()])
                parts.append(f"{column} {keyword} %s AND %s")
            elif operator in _SQL_OPERATORS_ALL:
                params.extend([field, value])
                parts.append(f"{column} {_SQL_OPERATORS_ALL[operator]} %s")
        if parts:
            joiner = "OR" if condition.get("value") == "OR" else "AND"
            joined = f" {joiner} ".join(parts)
            clauses.append(f"NOT ({joined})" if condition.get("isNegated") is True else f"({joined})")
    return " AND ".join(clauses) or "TRUE", params


# 8. Fixed-width export to the legacy HRIS, whose importer reads ISO-8859-1.


def hris_export_buggy(payload: Payload) -> bytes:
    """One fixed-width record per integration for the HRIS nightly import."""
    record = (
        f"{payload['identifier'][:32]:<32}{payload['name'][:48]:<48}{payload['channel']:<8}"
        f"{'Y' if payload['active'] else 'N'}{'P' if payload['primary'] else ' '}\r\n"
    )
    return record.encode("latin-1")


def _hris_field(value: str, width: int) -> str:
    cleaned = "".join(" " if unicodedata.category(char).startswith("C") else char for char in value)
    return f"{cleaned[:width]:<{width}}"


def hris_export_fixed(payload: Payload) -> bytes:
    record = (
        f"{_hris_field(_text(payload, 'identifier'), 32)}{_hris_field(_text(payload, 'name'), 48)}"
        f"{_hris_field(_text(payload, 'channel'), 8)}"
        f"{'Y' if payload.get('active') is True else 'N'}{'P' if payload.get('primary') is True else ' '}\r\n"
    )
    return record.encode("latin-1", errors="replace")


# 9. SSRF guard before forwarding candidate events to a webhook integration (push, Push Webhook).

_BLOCKED_HOST_SUFFIXES = (".internal", ".local", ".localhost", "localhost")


def webhook_guard_buggy(payload: Payload) -> dict[str, object] | None:
    """Refuses to forward pipeline events to internal or non-HTTPS webhook URLs."""
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    parts = urlsplit(url)
    host = parts.hostname.rstrip(".")
    if host.endswith(_BLOCKED_HOST_SUFFIXES):
        allowed = False
    else:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            allowed = parts.scheme == "https"
        else:
            allowed = address.is_global and parts.scheme == "https"
    return {"url": url, "host": host, "allowed": allowed}


def webhook_guard_fixed(payload: Payload) -> dict[str, object] | None:
    url = _creds(payload).get("webhookUrl")
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
        raw_host = parts.hostname
    except ValueError:
        return {"url": url, "host": None, "allowed": False}
    host = (raw_host or "").rstrip(".")
    if not host or host.endswith(_BLOCKED_HOST_SUFFIXES):
        return {"url": url, "host": host or None, "allowed": False}
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        allowed = parts.scheme == "https"
    else:
        allowed = address.is_global and parts.scheme == "https"
    return {"url": url, "host": host, "allowed": allowed}


# 10. Security-review dashboard of Custom SMTP TLS settings: ``tlsOptions`` is free-form JSON.


def tls_profile_buggy(payload: Payload) -> dict[str, object]:
    """Summarises the TLS settings of the integration for the quarterly security review."""
    credentials = payload["credentials"]
    options = credentials.get("tlsOptions") or {}
    min_version = options.get("minVersion", "TLSv1.2").upper()
    return {
        "integration": payload["identifier"],
        "min_version": min_version,
        "weak": min_version in {"TLSV1", "TLSV1.1", "SSLV3"},
        "verify_peer": options.get("rejectUnauthorized", True) is not False,
        "starttls_required": credentials.get("requireTls") is True,
    }


def tls_profile_fixed(payload: Payload) -> dict[str, object]:
    credentials = _creds(payload)
    raw_options = credentials.get("tlsOptions")
    options: Mapping[str, Any] = raw_options if isinstance(raw_options, dict) else {}
    raw_version = options.get("minVersion", "TLSv1.2")
    min_version = raw_version.upper() if isinstance(raw_version, str) else json.dumps(raw_version)
    return {
        "integration": _text(payload, "identifier"),
        "min_version": min_version,
        "weak": min_version in {"TLSV1", "TLSV1.1", "SSLV3"},
        "verify_peer": options.get("rejectUnauthorized", True) is not False,
        "starttls_required": credentials.get("requireTls") is True,
    }


# 11. Admin-console serializer into a typed row model: unknown extra keys.


@dataclasses.dataclass(frozen=True)
class AdminIntegrationRow:
    """The admin console's view of one integration."""

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
    id: str | None = None
    deleted_at: str | None = None
    deleted_by: str | None = None
    conditions: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def _snake_case(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key.lstrip("_")).lower()


def admin_row_buggy(payload: Payload) -> AdminIntegrationRow:
    """Deserialises a wire integration into the admin row, snake-casing the wire keys."""
    return AdminIntegrationRow(**{_snake_case(key): value for key, value in payload.items()})


_ADMIN_WIRE_FIELDS = {
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
    "primary": "primary",
    "deletedAt": "deleted_at",
    "deletedBy": "deleted_by",
    "conditions": "conditions",
}


def admin_row_fixed(payload: Payload) -> AdminIntegrationRow:
    known = {field: payload[wire] for wire, field in _ADMIN_WIRE_FIELDS.items() if wire in payload}
    return AdminIntegrationRow(**known)


# 12. Push-cost report per Firebase project (push, FCM): ``serviceAccount`` is not always a JSON document.


def fcm_project_buggy(payload: Payload) -> dict[str, object] | None:
    """Finds the Firebase project behind a push integration to split mobile push costs per hiring app."""
    raw = payload["credentials"].get("serviceAccount")
    if not raw:
        return None
    account = json.loads(raw)
    return {
        "provider": payload["providerId"],
        "project_id": account.get("project_id"),
        "client_email": account.get("client_email"),
    }


def fcm_project_fixed(payload: Payload) -> dict[str, object] | None:
    raw = _creds(payload).get("serviceAccount")
    if not isinstance(raw, str) or not raw:
        return None
    try:
        account: object = json.loads(raw)
    except (ValueError, RecursionError):
        account = None
    if not isinstance(account, dict):
        return {"provider": _text(payload, "providerId"), "project_id": None, "client_email": None}
    return {
        "provider": _text(payload, "providerId"),
        "project_id": _text(account, "project_id") or None,
        "client_email": _text(account, "client_email") or None,
    }


# 13. Status pill on the recruiter's "Notification channels" page: ``active`` and ``primary`` combinations.

_STATUS_BADGES = {
    (True, True): ("Primary", "green"),
    (True, False): ("Active", "blue"),
    (False, False): ("Disabled", "grey"),
}


def status_badge_buggy(payload: Payload) -> str:
    """Renders the status pill of an integration."""
    label, colour = _STATUS_BADGES[(payload["active"], payload["primary"])]
    return f'<span class="badge badge-{colour}">{html.escape(payload["name"])} &middot; {label}</span>'


def status_badge_fixed(payload: Payload) -> str:
    active = payload.get("active") is True
    primary = payload.get("primary") is True
    label, colour = _STATUS_BADGES.get((active, primary), ("Primary (inactive)", "amber"))
    return f'<span class="badge badge-{colour}">{html.escape(_text(payload, "name"))} &middot; {label}</span>'


# 14. Brand-migration script: splitting ``identifier`` into slug and short id.


def identifier_parts_buggy(payload: Payload) -> dict[str, str]:
    """Splits ``<slug>-<short id>`` to rename integrations per hiring brand during the migration."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    slug = slug or payload["providerId"]
    return {"slug": slug, "short_id": short_id, "new_identifier": f"acme-careers-{slug}-{short_id}"}


def identifier_parts_fixed(payload: Payload) -> dict[str, str]:
    identifier = _text(payload, "identifier")
    head, dash, tail = identifier.rpartition("-")
    slug, short_id = (head, tail) if dash else (identifier, "")
    slug = slug or _text(payload, "providerId")
    new_identifier = f"acme-careers-{slug}-{short_id}" if short_id else f"acme-careers-{slug}"
    return {"slug": slug, "short_id": short_id, "new_identifier": new_identifier}


# 15. Signed hiring-pipeline events posted to chat integrations (chat): not every chat provider has a secret.

_OUTBOUND_EVENT = b'{"event":"candidate.stage_changed","stage":"onsite"}'


def chat_signature_buggy(payload: Payload) -> dict[str, object] | None:
    """Signs the pipeline event posted to a chat integration with the integration's signing secret."""
    if payload["channel"] != "chat":
        return None
    secret = payload["credentials"]["secretKey"]
    digest = hmac.new(secret.encode("utf-8"), _OUTBOUND_EVENT, hashlib.sha256).hexdigest()
    return {"provider": payload["providerId"], "signature": f"v0={digest}"}


def chat_signature_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("channel") != "chat":
        return None
    secret = _text(_creds(payload), "secretKey")
    if not secret:
        return {"provider": _text(payload, "providerId"), "signature": None}
    key = secret.encode("utf-8", errors="surrogatepass")
    digest = hmac.new(key, _OUTBOUND_EVENT, hashlib.sha256).hexdigest()
    return {"provider": _text(payload, "providerId"), "signature": f"v0={digest}"}


# 16. Billing cohort of the hiring organisation, from the timestamp inside its ObjectId.


def billing_cohort_buggy(payload: Payload) -> dict[str, object]:
    """Assigns the organisation's usage to a signup cohort read from the ObjectId's leading timestamp."""
    organization = payload["_organizationId"]
    created = datetime.fromtimestamp(int(organization[:8], 16), tz=UTC)
    return {
        "organization": organization,
        "cohort": created.strftime("%Y-%m"),
        "billable": payload["active"] and not payload["deleted"],
    }


def billing_cohort_fixed(payload: Payload) -> dict[str, object]:
    organization = _text(payload, "_organizationId")
    cohort: str | None = None
    if re.fullmatch(r"[0-9a-fA-F]{24}", organization):
        created = datetime.fromtimestamp(int(organization[:8], 16), tz=UTC)
        cohort = created.strftime("%Y-%m")
    return {
        "organization": organization,
        "cohort": cohort,
        "billable": payload.get("active") is True and payload.get("deleted") is not True,
    }


RECRUITING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="recruiting_sender_alignment",
        bug="assumes credentials.from is an e-mail address containing '@'",
        buggy=sender_alignment_buggy,
        fixed=sender_alignment_fixed,
        raises=(IndexError,),
        example=_payload(
            {"providerId": "mailgun", "name": "Mailgun", "identifier": "mailgun-Q2wE4rT", "conditions": []},
            credentials={
                "apiKey": "key-fake-0001",
                "user": "api",
                "domain": "mg.acme-talent.example",
                "from": "Acme Talent Team",
                "senderName": "Acme Talent",
            },
        ),
    ),
    ConsumerCase(
        name="recruiting_sms_sender",
        bug="assumes the SMS credentials.from is a numeric phone number (not an alphanumeric sender id)",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {"providerId": "twilio", "channel": "sms", "name": "Twilio", "identifier": "twilio-Zp4kq9W"},
            credentials={
                "accountSid": "AC0000000000000000000000000000fake",
                "token": "fake-token",
                "from": "AcmeJobs",
            },
        ),
    ),
    ConsumerCase(
        name="recruiting_relay_port",
        bug="assumes credentials.port is a number, but the contract sends it as a string",
        buggy=relay_endpoint_buggy,
        fixed=relay_endpoint_fixed,
        raises=(TypeError,),
        example=_payload(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-7uYt2Lk"},
            credentials={
                "host": "smtp.acme-talent.example",
                "port": "465",
                "secure": True,
                "user": "mailer",
                "password": "fake-password",
                "from": "jobs@acme-talent.example",
                "senderName": "Acme Careers",
            },
        ),
    ),
    ConsumerCase(
        name="recruiting_purge_retention",
        bug="assumes deletedAt is an ISO-8601 timestamp with a UTC offset",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(ValueError, TypeError),
        example=_payload(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-03-01 09:30:00"}
        ),
    ),
    ConsumerCase(
        name="recruiting_dispatch_queue",
        bug="assumes channel is one of email/sms/chat/push and forgets in_app",
        buggy=dispatch_queue_buggy,
        fixed=dispatch_queue_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "providerId": "novu",
                "channel": "in_app",
                "name": "Novu Inbox",
                "identifier": "novu-inbox-k3J9xQ",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="recruiting_rule_preview",
        bug="assumes every condition has at least one child, but children may be empty",
        buggy=rule_preview_buggy,
        fixed=rule_preview_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="recruiting_segment_sql",
        bug="maps only nine of the fourteen condition operators to SQL (no BETWEEN, ALL_IN, NOT_LIKE, ...)",
        buggy=segment_where_buggy,
        fixed=segment_where_fixed,
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
                                "field": "yearsOfExperience",
                                "value": "3,7",
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
        name="recruiting_hris_latin1",
        bug="assumes name and identifier are encodable in ISO-8859-1",
        buggy=hris_export_buggy,
        fixed=hris_export_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "採用チーム (Tokyo)"}),
    ),
    ConsumerCase(
        name="recruiting_webhook_guard",
        bug="assumes credentials.webhookUrl is a well-formed absolute URL with a host",
        buggy=webhook_guard_buggy,
        fixed=webhook_guard_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {
                "providerId": "push-webhook",
                "channel": "push",
                "name": "Push Webhook",
                "identifier": "push-webhook-R5tGh2",
                "primary": False,
            },
            credentials={
                "webhookUrl": "hooks.acme-talent.example/novu/push",
                "secretKey": "fake-webhook-secret",
            },
        ),
    ),
    ConsumerCase(
        name="recruiting_tls_profile",
        bug="assumes tlsOptions.minVersion is a string, but tlsOptions holds any JSON values",
        buggy=tls_profile_buggy,
        fixed=tls_profile_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Hh7sD1"},
            credentials={
                "host": "smtp.acme-talent.example",
                "port": "587",
                "requireTls": True,
                "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": False},
                "from": "jobs@acme-talent.example",
                "senderName": "Acme Careers",
            },
        ),
    ),
    ConsumerCase(
        name="recruiting_admin_row",
        bug="assumes the payload has no keys beyond the documented ones (strict dataclass construction)",
        buggy=admin_row_buggy,
        fixed=admin_row_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "createdAt": "2025-01-14T08:12:55.120Z",
                "updatedAt": "2025-02-03T17:40:02.004Z",
                "priority": 1,
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="recruiting_fcm_project",
        bug="assumes credentials.serviceAccount is always a JSON object document",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, AttributeError),
        example=_payload(
            {
                "providerId": "fcm",
                "channel": "push",
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Vb8nM3",
                "primary": False,
            },
            credentials={
                "serviceAccount": "nvsk.9f86d081884c7d659a2feaa0c55ad015:1b4f0e9851971998e732078544c96b36"
            },
        ),
    ),
    ConsumerCase(
        name="recruiting_status_badge",
        bug="assumes a primary integration is always active (no primary:true with active:false)",
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="recruiting_identifier_parts",
        bug="assumes identifier always has the server's '<slug>-<short id>' form with a dash",
        buggy=identifier_parts_buggy,
        fixed=identifier_parts_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "talentmailer"}),
    ),
    ConsumerCase(
        name="recruiting_chat_signature",
        bug="assumes every chat integration has Slack's credentials.secretKey; MS Teams has no credentials",
        buggy=chat_signature_buggy,
        fixed=chat_signature_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "providerId": "msteams",
                "channel": "chat",
                "name": "MSTeams",
                "identifier": "ms-teams-Lq0wE8",
                "primary": False,
                "conditions": [],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="recruiting_billing_cohort",
        bug="assumes _organizationId is a 24-hex MongoDB ObjectId with a leading timestamp",
        buggy=billing_cohort_buggy,
        fixed=billing_cohort_fixed,
        raises=(ValueError,),
        example=_payload({"_organizationId": "org_acme_talent"}),
    ),
]
"""The sixteen recruiting consumers, in the order above."""
