"""Sixteen consumers from a digital news and magazine publisher, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The publisher
sends newsletters by email, breaking-news alerts by SMS and app push, talks to its newsroom over Slack
and runs an Inbox on its website; its platform team reads ``GET /v1/integrations`` from Novu into
routers, exporters, audit logs, billing jobs, dashboards and config builders.

Each buggy consumer works on ``HAPPY_PATH`` but assumes something about a value that the contract does
not promise (an optional key that is present, a string with a format, an enum without some members, a
free-form object with string values...). Each fixed control is the same code written as a tolerant
reader: it must never raise on any contract-valid payload.
"""

from __future__ import annotations

import base64
import binascii
import copy
import csv
import dataclasses
import hashlib
import hmac
import io
import json
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys dropped and the credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


# Small tolerant-reader helpers used by the fixed controls only.


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str, default: str = "") -> str:
    value = mapping.get(key)
    return value if isinstance(value, str) else default


def _flag(mapping: Mapping[str, Any], key: str) -> bool:
    return mapping.get(key) is True


def _safe(text: str) -> str:
    """The string with lone surrogates replaced, so it can be encoded as UTF-8."""
    return text.encode("utf-8", "replace").decode("utf-8")


# 1. Newsletter dispatcher: From header and DKIM signing domain.


def newsletter_sender_buggy(payload: Payload) -> dict[str, str] | None:
    """From header and DKIM domain for the morning newsletter send."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    address = credentials.get("from", "")
    local, domain = address.split("@")
    name = credentials.get("senderName", "").replace('"', "'")
    return {
        "from": f'"{name}" <{local}@{domain}>',
        "dkimDomain": domain.lower(),
        "provider": payload["providerId"],
    }


def newsletter_sender_fixed(payload: Payload) -> dict[str, str] | None:
    """From header and DKIM domain for the morning newsletter send."""
    if payload.get("channel") != "email":
        return None
    credentials = _creds(payload)
    address = _text(credentials, "from")
    local, at, domain = address.rpartition("@")
    name = _text(credentials, "senderName").replace('"', "'")
    header = f'"{name}" <{address}>' if address else f'"{name}"'
    return {
        "from": header,
        "dkimDomain": domain.lower() if at and local else "",
        "provider": _text(payload, "providerId"),
    }


# 2. Breaking-news SMS: sender normalised to E.164 for the carrier report.


def breaking_news_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    """Sender number of an SMS integration, in E.164, for the monthly carrier compliance report."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from", "")
    digits = int(sender.replace(" ", "").replace("-", "").lstrip("+"))
    return {"integration": payload["identifier"], "sender": f"+{digits}", "active": payload["active"]}


def breaking_news_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    """Sender number of an SMS integration, in E.164, for the monthly carrier compliance report."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload), "from")
    compact = sender.replace(" ", "").replace("-", "")
    digits = compact[1:] if compact.startswith("+") else compact
    if re.fullmatch(r"[0-9]{1,15}", digits):
        normalised, kind = f"+{int(digits)}", "number"
    else:
        normalised, kind = sender, "alphanumeric" if sender else "none"
    return {
        "integration": _text(payload, "identifier"),
        "sender": normalised,
        "senderKind": kind,
        "active": _flag(payload, "active"),
    }


# 3. Audit log of integrations taken down (soft-deleted) by the platform team.


def takedown_audit_buggy(payload: Payload) -> dict[str, Any] | None:
    """Audit entry for a soft-deleted integration, with the deletion time in UTC."""
    if not payload["deleted"]:
        return None
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    return {
        "integration": payload.get("_id"),
        "provider": payload["providerId"],
        "deletedAt": deleted_at.astimezone(UTC).isoformat(),
        "deletedBy": payload.get("deletedBy", "system"),
    }


def takedown_audit_fixed(payload: Payload) -> dict[str, Any] | None:
    """Audit entry for a soft-deleted integration, with the deletion time in UTC."""
    if not _flag(payload, "deleted"):
        return None
    raw = _text(payload, "deletedAt")
    when: str | None = None
    if raw:
        try:
            deleted_at = datetime.fromisoformat(raw)
            if deleted_at.tzinfo is None:
                deleted_at = deleted_at.replace(tzinfo=UTC)
            when = deleted_at.astimezone(UTC).isoformat()
        except (ValueError, OverflowError):
            when = None
    return {
        "integration": _text(payload, "_id") or None,
        "provider": _text(payload, "providerId"),
        "deletedAt": when,
        "deletedAtRaw": raw or None,
        "deletedBy": _text(payload, "deletedBy", "system"),
    }


# 4. Kannel SMS gateway on the publisher's own network: sendsms URL.


def kannel_url_buggy(payload: Payload) -> str | None:
    """The Kannel ``sendsms`` URL the alert relay posts to."""
    if payload["providerId"] != "kannel":
        return None
    credentials = payload["credentials"]
    port = int(credentials.get("port", "13013"))
    host = credentials.get("host", "localhost")
    query = urlencode({"username": credentials.get("user", ""), "from": credentials.get("from", "")})
    return urlunsplit(("http", f"{host}:{port}", "/cgi-bin/sendsms", query, ""))


def kannel_url_fixed(payload: Payload) -> str | None:
    """The Kannel ``sendsms`` URL the alert relay posts to."""
    if payload.get("providerId") != "kannel":
        return None
    credentials = _creds(payload)
    raw_port = _text(credentials, "port").strip()
    port = int(raw_port) if re.fullmatch(r"[0-9]{1,5}", raw_port) else 13013
    if not 0 < port < 65536:
        port = 13013
    host = _text(credentials, "host").strip() or "localhost"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    query = urlencode(
        {"username": _text(credentials, "user"), "from": _text(credentials, "from")},
        errors="replace",
    )
    return urlunsplit(("http", f"{host}:{port}", "/cgi-bin/sendsms", query, ""))


# 5. Newsroom Slack app: OAuth install link, with the redirect URL checked against an allowlist.

_ALLOWED_REDIRECT_SUFFIX = ".newsroom.example"


def slack_install_buggy(payload: Payload) -> dict[str, Any] | None:
    """Install link of the newsroom Slack app; refuses redirects outside the newsroom domain."""
    if payload["providerId"] != "slack":
        return None
    credentials = payload["credentials"]
    redirect = credentials.get("redirectUrl", "https://slack.newsroom.example/oauth/callback")
    host = urlsplit(redirect).hostname
    trusted = host.endswith(_ALLOWED_REDIRECT_SUFFIX)
    link = "https://slack.com/oauth/v2/authorize?" + urlencode(
        {"client_id": credentials.get("clientId", ""), "redirect_uri": redirect}
    )
    return {"installLink": link if trusted else None, "trusted": trusted}


def slack_install_fixed(payload: Payload) -> dict[str, Any] | None:
    """Install link of the newsroom Slack app; refuses redirects outside the newsroom domain."""
    if payload.get("providerId") != "slack":
        return None
    credentials = _creds(payload)
    redirect = _text(credentials, "redirectUrl", "https://slack.newsroom.example/oauth/callback")
    try:
        host = urlsplit(redirect).hostname
    except ValueError:
        host = None
    trusted = host is not None and host.endswith(_ALLOWED_REDIRECT_SUFFIX)
    link = "https://slack.com/oauth/v2/authorize?" + urlencode(
        {"client_id": _text(credentials, "clientId"), "redirect_uri": redirect}, errors="replace"
    )
    return {"installLink": link if trusted else None, "trusted": trusted}


# 6. Newsletter admin UI: which reader segment an integration is routed for.


def paywall_segment_buggy(payload: Payload) -> str:
    """Segment label (e.g. ``subscriber.plan EQUAL pro``) shown next to each integration."""
    if "conditions" not in payload:
        return "all readers"
    first = payload["conditions"][0]["children"][0]
    return f"{first['field']} {first['operator']} {first['value']}"


def paywall_segment_fixed(payload: Payload) -> str:
    """Segment label (e.g. ``subscriber.plan EQUAL pro``) shown next to each integration."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return "all readers"
    for condition in conditions:
        children = condition.get("children") if isinstance(condition, dict) else None
        if not isinstance(children, list):
            continue
        for child in children:
            if isinstance(child, dict):
                field = child.get("field")
                operator = child.get("operator")
                value = child.get("value")
                return f"{field} {operator} {value}"
    return "all readers"


# 7. Custom SMTP (nodemailer) for the print-subscription mailings: TLS policy report.

_TLS_LEVELS = {"1": 10, "1.0": 10, "1.1": 11, "1.2": 12, "1.3": 13}


def smtp_tls_policy_buggy(payload: Payload) -> dict[str, Any] | None:
    """Security review: TLS settings of the custom SMTP relay."""
    if payload["providerId"] != "nodemailer":
        return None
    credentials = payload["credentials"]
    tls = credentials.get("tlsOptions", {})
    min_version = tls.get("minVersion", "TLSv1.2")
    level = min_version.upper().replace("TLSV", "").replace("_", ".")
    return {
        "secure": credentials.get("secure", False),
        "requireTls": credentials.get("requireTls", False),
        "minTls": level,
        "weak": _TLS_LEVELS.get(level, 0) < 12,
        "verifiesCertificates": tls.get("rejectUnauthorized", True) is not False,
    }


def smtp_tls_policy_fixed(payload: Payload) -> dict[str, Any] | None:
    """Security review: TLS settings of the custom SMTP relay."""
    if payload.get("providerId") != "nodemailer":
        return None
    credentials = _creds(payload)
    raw_tls = credentials.get("tlsOptions")
    tls: dict[str, Any] = raw_tls if isinstance(raw_tls, dict) else {}
    min_version = tls.get("minVersion", "TLSv1.2")
    if isinstance(min_version, str):
        level = min_version.upper().replace("TLSV", "").replace("_", ".")
    elif isinstance(min_version, (int, float)) and not isinstance(min_version, bool):
        level = str(min_version)
    else:
        level = ""
    return {
        "secure": _flag(credentials, "secure"),
        "requireTls": _flag(credentials, "requireTls"),
        "minTls": level,
        "weak": _TLS_LEVELS.get(level, 0) < 12,
        "verifiesCertificates": tls.get("rejectUnauthorized", True) is not False,
    }


# 8. Newsroom LED ticker (legacy ASCII-only serial display) showing integration status.


def ticker_line_buggy(payload: Payload) -> bytes:
    """One 40-byte line for the newsroom status ticker."""
    state = "ON " if payload["active"] else "OFF"
    line = f"{payload['name'][:24]:<24}|{payload['channel']:^7}|{state}"
    return line.encode("ascii")


def ticker_line_fixed(payload: Payload) -> bytes:
    """One 40-byte line for the newsroom status ticker."""
    state = "ON " if _flag(payload, "active") else "OFF"
    folded = unicodedata.normalize("NFKD", _text(payload, "name"))
    name = folded.encode("ascii", "ignore").decode("ascii")
    name = "".join(ch if ch.isprintable() else " " for ch in name)
    channel = _text(payload, "channel").encode("ascii", "replace").decode("ascii")
    line = f"{name[:24]:<24}|{channel[:7]:^7}|{state}"
    return line.encode("ascii", "replace")


# 9. News app push: Firebase project of the FCM integration, for the release checklist.


def fcm_project_buggy(payload: Payload) -> dict[str, Any] | None:
    """Firebase project and service account e-mail of the app push integration."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"].get("serviceAccount", "{}"))
    return {
        "projectId": account.get("project_id"),
        "clientEmail": account.get("client_email"),
        "active": payload["active"],
    }


def fcm_project_fixed(payload: Payload) -> dict[str, Any] | None:
    """Firebase project and service account e-mail of the app push integration."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_creds(payload), "serviceAccount", "{}")
    try:
        parsed: Any = json.loads(raw)
    except (ValueError, RecursionError):
        parsed = None
    account: dict[str, Any] = parsed if isinstance(parsed, dict) else {}
    project = account.get("project_id")
    email = account.get("client_email")
    return {
        "projectId": project if isinstance(project, str) else None,
        "clientEmail": email if isinstance(email, str) else None,
        "readable": bool(account),
        "active": _flag(payload, "active"),
    }


# 10. Monthly messaging-cost export: one CSV row per integration, with its creation month.


def billing_row_buggy(payload: Payload) -> str:
    """CSV row for finance; the creation month is read from the ObjectId timestamp of ``_id``."""
    created = datetime.fromtimestamp(int(payload["_id"][:8], 16), tz=UTC)
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            payload["_organizationId"],
            payload["_environmentId"],
            payload["providerId"],
            payload["channel"],
            created.strftime("%Y-%m"),
            int(payload["active"]),
        ]
    )
    return buffer.getvalue()


def billing_row_fixed(payload: Payload) -> str:
    """CSV row for finance; the creation month is read from the ObjectId timestamp of ``_id``."""
    record_id = _text(payload, "_id")
    month = ""
    if re.fullmatch(r"[0-9a-fA-F]{24}", record_id):
        month = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC).strftime("%Y-%m")
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            _text(payload, "_organizationId"),
            _text(payload, "_environmentId"),
            _text(payload, "providerId"),
            _text(payload, "channel"),
            month,
            int(_flag(payload, "active")),
        ]
    )
    return buffer.getvalue()


# 11. Delivery alerting: minutes of outage before the on-call editor is paged, per channel.

_PAGE_AFTER_MINUTES = {"email": 30, "sms": 2, "push": 1, "chat": 5}


def page_policy_buggy(payload: Payload) -> dict[str, Any]:
    """Alerting policy of one integration."""
    minutes = _PAGE_AFTER_MINUTES[payload["channel"]]
    return {"integration": payload["identifier"], "pageAfterMinutes": minutes if payload["active"] else None}


def page_policy_fixed(payload: Payload) -> dict[str, Any]:
    """Alerting policy of one integration."""
    minutes = _PAGE_AFTER_MINUTES.get(_text(payload, "channel"), 15)
    return {
        "integration": _text(payload, "identifier"),
        "pageAfterMinutes": minutes if _flag(payload, "active") else None,
    }


# 12. Nightly archive of the integration catalogue, through a typed record.


@dataclasses.dataclass(frozen=True)
class _ArchivedIntegration:
    environment_id: str
    organization_id: str
    name: str
    identifier: str
    provider_id: str
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    deleted_at: str | None = None
    deleted_by: str | None = None
    conditions: list[Any] = dataclasses.field(default_factory=list)


_ARCHIVE_FIELDS = {
    "_id": "id",
    "_environmentId": "environment_id",
    "_organizationId": "organization_id",
    "providerId": "provider_id",
    "deletedAt": "deleted_at",
    "deletedBy": "deleted_by",
}


def _archive_blob(record: _ArchivedIntegration) -> dict[str, str]:
    document = dataclasses.asdict(record)
    document["credentials"] = sorted(record.credentials)
    blob = json.dumps(document, sort_keys=True, default=str)
    return {"key": f"integrations/{hashlib.sha256(blob.encode()).hexdigest()}.json", "body": blob}


def archive_snapshot_buggy(payload: Payload) -> dict[str, str]:
    """Archive object for one integration (credential values are never archived, only their keys)."""
    record = _ArchivedIntegration(**{_ARCHIVE_FIELDS.get(key, key): value for key, value in payload.items()})
    return _archive_blob(record)


def archive_snapshot_fixed(payload: Payload) -> dict[str, str]:
    """Archive object for one integration (credential values are never archived, only their keys)."""
    conditions = payload.get("conditions")
    record = _ArchivedIntegration(
        id=_text(payload, "_id") or None,
        environment_id=_text(payload, "_environmentId"),
        organization_id=_text(payload, "_organizationId"),
        name=_text(payload, "name"),
        identifier=_text(payload, "identifier"),
        provider_id=_text(payload, "providerId"),
        channel=_text(payload, "channel"),
        credentials=_creds(payload),
        active=_flag(payload, "active"),
        deleted=_flag(payload, "deleted"),
        primary=_flag(payload, "primary"),
        deleted_at=_text(payload, "deletedAt") or None,
        deleted_by=_text(payload, "deletedBy") or None,
        conditions=conditions if isinstance(conditions, list) else [],
    )
    return _archive_blob(record)


# 13. Live-blog push webhook: HMAC signer for outgoing deliveries.


def webhook_signer_buggy(payload: Payload) -> dict[str, Any] | None:
    """Signature header for the webhook integrations (the secret is expected to be base64)."""
    if payload["providerId"] not in {"push-webhook", "email-webhook"}:
        return None
    credentials = payload["credentials"]
    key = base64.b64decode(credentials.get("secretKey", ""), validate=True)
    body = json.dumps({"integration": payload["identifier"]}, sort_keys=True).encode()
    return {
        "url": credentials.get("webhookUrl"),
        "signature": hmac.new(key, body, hashlib.sha256).hexdigest(),
    }


def webhook_signer_fixed(payload: Payload) -> dict[str, Any] | None:
    """Signature header for the webhook integrations (the secret is expected to be base64)."""
    if payload.get("providerId") not in {"push-webhook", "email-webhook"}:
        return None
    credentials = _creds(payload)
    secret = _text(credentials, "secretKey")
    try:
        key = base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        key = secret.encode("utf-8", "surrogatepass")
    body = json.dumps({"integration": _text(payload, "identifier")}, sort_keys=True).encode()
    return {
        "url": _text(credentials, "webhookUrl") or None,
        "signature": hmac.new(key, body, hashlib.sha256).hexdigest(),
    }


# 14. GDPR data-residency check of the SES newsletter integration.


def ses_residency_buggy(payload: Payload) -> dict[str, Any] | None:
    """Endpoint and data residency of an Amazon SES integration."""
    if payload["providerId"] != "ses":
        return None
    region = payload["credentials"].get("region", "us-east-1")
    geo, area, number = region.split("-")
    return {
        "endpoint": f"https://email.{region}.amazonaws.com",
        "residency": "EU" if geo == "eu" else "non-EU",
        "area": area,
        "zoneIndex": int(number),
    }


_AWS_REGION = re.compile(r"([a-z]{2})-((?:[a-z]+-)*[a-z]+)-([0-9]+)")


def ses_residency_fixed(payload: Payload) -> dict[str, Any] | None:
    """Endpoint and data residency of an Amazon SES integration."""
    if payload.get("providerId") != "ses":
        return None
    region = _text(_creds(payload), "region", "us-east-1").strip() or "us-east-1"
    match = _AWS_REGION.fullmatch(region)
    if match is None:
        return {"endpoint": None, "residency": "unknown", "area": None, "zoneIndex": None}
    geo, area, number = match.groups()
    return {
        "endpoint": f"https://email.{region}.amazonaws.com",
        "residency": "EU" if geo == "eu" else "non-EU",
        "area": area,
        "zoneIndex": int(number),
    }


# 15. Audience preview: integration conditions translated to the subscriber warehouse's SQL.

_SQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
}


def _sql_literal(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def audience_sql_buggy(payload: Payload) -> str:
    """WHERE clause previewing which readers an integration's conditions select."""
    clauses = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{child['on']}.{child['field']} {_SQL_OPERATORS[child['operator']]} "
            f"{_sql_literal(child['value'])}"
            for child in condition["children"]
        ]
        clause = f" {condition['value']} ".join(parts) or "TRUE"
        clauses.append(f"NOT ({clause})" if condition["isNegated"] else f"({clause})")
    return " AND ".join(clauses) or "TRUE"


def _sql_child(child: Mapping[str, Any]) -> str | None:
    on = child.get("on")
    field = child.get("field")
    operator = child.get("operator")
    value = child.get("value")
    column = f"{on}.{field}" if isinstance(on, str) else str(field)
    literal = _sql_literal(value)
    if operator in _SQL_OPERATORS:
        return f"{column} {_SQL_OPERATORS[operator]} {literal}"
    if operator in {"ANY_IN", "ALL_IN"}:
        return f"{column} && ARRAY[{literal}]" if operator == "ANY_IN" else f"{column} @> ARRAY[{literal}]"
    if operator in {"BETWEEN", "NOT_BETWEEN"}:
        low, _, high = str(value).partition(",")
        keyword = "BETWEEN" if operator == "BETWEEN" else "NOT BETWEEN"
        return f"{column} {keyword} {_sql_literal(low.strip())} AND {_sql_literal(high.strip())}"
    if operator == "IS_DEFINED":
        return f"{column} IS NOT NULL"
    return None


def audience_sql_fixed(payload: Payload) -> str:
    """WHERE clause previewing which readers an integration's conditions select."""
    conditions = payload.get("conditions")
    clauses = []
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        parts = [
            part
            for child in (children if isinstance(children, list) else [])
            if isinstance(child, dict) and (part := _sql_child(child)) is not None
        ]
        joiner = " OR " if condition.get("value") == "OR" else " AND "
        clause = joiner.join(parts) or "TRUE"
        clauses.append(f"NOT ({clause})" if condition.get("isNegated") is True else f"({clause})")
    return " AND ".join(clauses) or "TRUE"


# 16. Editorial admin: status badge of each integration.

_BADGES = {(True, True): "PRIMARY", (True, False): "STANDBY", (False, False): "OFF"}


def status_badge_buggy(payload: Payload) -> str:
    """Badge on the integrations page (a primary integration is assumed to be active)."""
    if payload["deleted"]:
        return "DELETED"
    return _BADGES[(payload["active"], payload["primary"])]


def status_badge_fixed(payload: Payload) -> str:
    """Badge on the integrations page (a primary integration is assumed to be active)."""
    if _flag(payload, "deleted"):
        return "DELETED"
    active, primary = _flag(payload, "active"), _flag(payload, "primary")
    return _BADGES.get((active, primary), "PRIMARY (INACTIVE)")


PUBLISHING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="publishing_newsletter_sender",
        bug="assumes credentials.from is always exactly one address with one '@'",
        buggy=newsletter_sender_buggy,
        fixed=newsletter_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "Daily Planet Newsroom",
                "senderName": "Daily Planet",
            }
        ),
    ),
    ConsumerCase(
        name="publishing_breaking_news_sender",
        bug="assumes an SMS sender (credentials.from) is a phone number, never an alphanumeric sender id",
        buggy=breaking_news_sender_buggy,
        fixed=breaking_news_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3xA9",
                "providerId": "twilio",
                "channel": "sms",
                "primary": True,
                "conditions": [],
            },
            credentials={"accountSid": "ACfake0001", "token": "fake-token-0001", "from": "DAILYPLNT"},
        ),
    ),
    ConsumerCase(
        name="publishing_takedown_audit",
        bug="assumes a record with deleted: true always carries deletedAt",
        buggy=takedown_audit_buggy,
        fixed=takedown_audit_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="publishing_kannel_url",
        bug="assumes credentials.port is always a numeric string",
        buggy=kannel_url_buggy,
        fixed=kannel_url_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-p0Rt7x",
                "providerId": "kannel",
                "channel": "sms",
                "primary": False,
            },
            credentials={"host": "smsgw.internal.example", "port": "", "user": "alerts", "from": "+15550100"},
        ),
    ),
    ConsumerCase(
        name="publishing_slack_install",
        bug="assumes credentials.redirectUrl is always an absolute URL with a host",
        buggy=slack_install_buggy,
        fixed=slack_install_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-nWs4Rm",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "applicationId": "A0FAKE01",
                "clientId": "1234.5678",
                "secretKey": "fake-secret-0001",
                "redirectUrl": "/integrations/slack/callback",
            },
        ),
    ),
    ConsumerCase(
        name="publishing_paywall_segment",
        bug="assumes a present conditions array always has a first condition with a first child",
        buggy=paywall_segment_buggy,
        fixed=paywall_segment_fixed,
        raises=(IndexError,),
        example=_payload({"conditions": []}),
    ),
    ConsumerCase(
        name="publishing_smtp_tls_policy",
        bug="assumes tlsOptions.minVersion is a string, although tlsOptions is free-form JSON",
        buggy=smtp_tls_policy_buggy,
        fixed=smtp_tls_policy_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-T1sX0q", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.print.example",
                "port": "587",
                "secure": False,
                "requireTls": True,
                "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": True},
                "from": "subscriptions@print.example",
                "senderName": "Print Subscriptions",
            },
        ),
    ),
    ConsumerCase(
        name="publishing_ticker_line",
        bug="assumes integration names are ASCII",
        buggy=ticker_line_buggy,
        fixed=ticker_line_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "Le Quotidien — Édition du matin"}),
    ),
    ConsumerCase(
        name="publishing_fcm_project",
        bug="assumes credentials.serviceAccount is a JSON document (write replies carry the nvsk. form)",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Fc9mQ2",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "serviceAccount": "nvsk.9f3c2a1b0e4d5c6b7a8f9e0d1c2b3a4f:5e6d7c8b9a0f1e2d3c4b5a6978"
            },
        ),
    ),
    ConsumerCase(
        name="publishing_billing_row",
        bug="assumes _id is always present (it is optional)",
        buggy=billing_row_buggy,
        fixed=billing_row_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="publishing_page_policy",
        bug="assumes channel is one of email, sms, push, chat and forgets in_app",
        buggy=page_policy_buggy,
        fixed=page_policy_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Jk2pLm",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="publishing_archive_snapshot",
        bug="assumes the payload has no keys beyond the documented ones (not a tolerant reader)",
        buggy=archive_snapshot_buggy,
        fixed=archive_snapshot_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "priority": 1,
                "createdAt": "2024-04-09T20:11:14.000Z",
                "updatedAt": "2024-05-02T08:00:00.000Z",
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="publishing_webhook_signer",
        bug="assumes the webhook secretKey is base64-encoded",
        buggy=webhook_signer_buggy,
        fixed=webhook_signer_fixed,
        raises=(binascii.Error,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Lb7vQ1",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={
                "webhookUrl": "https://live.news.example/hooks/novu",
                "secretKey": "live-blog-s3cret!",
            },
        ),
    ),
    ConsumerCase(
        name="publishing_ses_residency",
        bug="assumes every SES region has exactly three dash-separated parts (e.g. not us-gov-west-1)",
        buggy=ses_residency_buggy,
        fixed=ses_residency_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "SES", "identifier": "ses-Gv4wT1", "providerId": "ses"},
            credentials={
                "apiKey": "fake-access-key-0001",
                "secretKey": "fake-secret-0002",
                "region": "us-gov-west-1",
                "from": "newsletters@news.example",
                "senderName": "The Daily",
            },
        ),
    ),
    ConsumerCase(
        name="publishing_audience_sql",
        bug="assumes condition operators are only comparisons, IN and LIKE (forgets BETWEEN, ANY_IN...)",
        buggy=audience_sql_buggy,
        fixed=audience_sql_fixed,
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
                                "field": "articlesReadThisMonth",
                                "value": "3,10",
                                "operator": "BETWEEN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="publishing_status_badge",
        bug="assumes a primary integration is always active",
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
]
"""The sixteen publishing consumers, in the order above."""
