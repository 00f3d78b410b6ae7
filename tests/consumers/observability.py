"""Sixteen consumers (observability, security and data pipelines), each with one bug (``observability``).

This suite was written from the contract documents alone (the field table of
``seed-IntegrationResponseDto.md``, ``CONTRACT.md`` and ``providers.json``), without looking at
how the payload generator works, so it measures how well the generator finds bugs nobody told it
about (first measured, 20 seeds: a mean of 12.2 examples, two bugs missed on some seed; since then
it is seen while the generator changes, so it is an in-repo suite, no longer held out).

Every ``ConsumerCase`` pairs a *buggy* consumer, written the way real service code often is (it
works on ``HAPPY_PATH``), with a *fixed* control that honours the contract and must never raise on
any valid payload. ``example`` is a contract-valid payload that triggers the bug.

The consumers are the kind of code that sits around a notification platform: a Prometheus
exporter, SIEM (CEF) and syslog exporters, a secrets-rotation planner, a log redactor, a
credential-entropy anomaly detector, channel-based access control, a rate-limit rule compiler, a
search indexer, a typed (Parquet-like) row encoder, a retention purge job, an SMTP TLS compliance
check, an on-call paging router, an HTTP client builder, a TSV export/import round trip and a
webhook signature verifier.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import re
import struct
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload, _credentials, _example

__all__ = ["OBSERVABILITY_BUGS"]

_SECRET_FIELDS = (
    "apiKey",
    "apiToken",
    "secretKey",
    "token",
    "password",
    "serviceAccount",
    "accessKey",
)
"""Credential keys whose values are secrets, in the order a rotation job prefers them."""

_NODEMAILER_CREDENTIALS: dict[str, Any] = {
    "host": "smtp.example.com",
    "port": "587",
    "user": "mailer",
    "password": "fake-password-0001",
    "secure": False,
    "from": "no-reply@example.com",
    "senderName": "Example Inc",
}
_NODEMAILER: dict[str, Any] = {
    "name": "Custom SMTP",
    "identifier": "custom-smtp-Qm3x9ZaT",
    "providerId": "nodemailer",
    "channel": "email",
    "credentials": _NODEMAILER_CREDENTIALS,
}


def _utf8(text: str) -> bytes:
    """Encode any Python string (lone surrogates included) without raising."""
    return text.encode("utf-8", "backslashreplace")


# 1. Prometheus exporter --------------------------------------------------------------------


def _prom_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _prom_text(payload: Payload) -> str:
    labels = {
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "identifier": payload["identifier"],
        "name": payload["name"],
    }
    body = ",".join(f'{key}="{_prom_escape(value)}"' for key, value in labels.items())
    return (
        f"novu_integration_active{{{body}}} {int(payload['active'])}\n"
        f"novu_integration_primary{{{body}}} {int(payload['primary'])}\n"
    )


def prometheus_exposition_buggy(payload: Payload) -> bytes:
    return _prom_text(payload).encode("ascii")  # label values are not always ASCII


def prometheus_exposition_fixed(payload: Payload) -> bytes:
    return _utf8(_prom_text(payload))


# 2. SIEM (CEF) audit event -----------------------------------------------------------------


def _cef_header(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("\r", " ")


def _cef_extension(value: str) -> str:
    return value.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n").replace("\r", "\\r")


def _cef_line(payload: Payload, actor: str) -> str:
    if payload["deleted"]:
        signature, event, severity = "400", "integration deleted", 5
    else:
        signature, event, severity = "100", "integration observed", 1
    extension = {
        "cs1Label": "identifier",
        "cs1": payload["identifier"],
        "cs2Label": "provider",
        "cs2": payload["providerId"],
        "suser": actor,
        "end": payload.get("deletedAt", ""),
    }
    ext = " ".join(f"{key}={_cef_extension(value)}" for key, value in extension.items())
    header = "|".join(("CEF:0", "Novu", "Integrations", "1.0", signature, _cef_header(event), str(severity)))
    return f"{header}|{ext}"


def cef_audit_event_buggy(payload: Payload) -> str:
    actor = payload["deletedBy"] if payload["deleted"] else "system"  # deletedBy is optional
    return _cef_line(payload, actor)


def cef_audit_event_fixed(payload: Payload) -> str:
    actor = payload.get("deletedBy", "unknown") if payload["deleted"] else "system"
    return _cef_line(payload, actor)


# 3. Secrets-rotation planner ---------------------------------------------------------------


def _fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def rotation_plan_buggy(payload: Payload) -> dict[str, str | None]:
    credentials = _credentials(payload)
    field = next(key for key in _SECRET_FIELDS if key in credentials)  # some have no secret
    return {
        "integration": payload["identifier"],
        "rotate": field,
        "fingerprint": _fingerprint(credentials[field]),
    }


def rotation_plan_fixed(payload: Payload) -> dict[str, str | None]:
    credentials = _credentials(payload)
    field = next(
        (key for key in _SECRET_FIELDS if isinstance(credentials.get(key), str)),
        None,
    )
    return {
        "integration": payload["identifier"],
        "rotate": field,
        "fingerprint": None if field is None else _fingerprint(credentials[field]),
    }


# 4. Log redactor ---------------------------------------------------------------------------


def _log_line(payload: Payload) -> str:
    pairs = " ".join(f"{key}={value}" for key, value in _credentials(payload).items())
    return f"dispatch provider={payload['providerId']} {pairs}"


def _secret_values(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    values = {credentials.get(key) for key in _SECRET_FIELDS}
    return sorted((v for v in values if isinstance(v, str) and v), key=len, reverse=True)


def redacted_log_buggy(payload: Payload) -> str:
    secrets = _secret_values(payload)
    line = _log_line(payload)
    if not secrets:
        return line
    pattern = re.compile("|".join(secrets))  # secrets are not escaped
    return pattern.sub("[REDACTED]", line)


def redacted_log_fixed(payload: Payload) -> str:
    secrets = _secret_values(payload)
    line = _log_line(payload)
    if not secrets:
        return line
    pattern = re.compile("|".join(re.escape(secret) for secret in secrets))
    return pattern.sub("[REDACTED]", line)


# 5. Credential-entropy anomaly detector ----------------------------------------------------

_NON_SECRET_FIELDS = frozenset({"from", "senderName", "region", "host", "port", "baseUrl"})


def _shannon_entropy(value: Any) -> float:
    counts = Counter(value)
    size = sum(counts.values())
    return -sum(count / size * math.log2(count / size) for count in counts.values())


def weak_credentials_buggy(payload: Payload) -> list[str]:
    return [
        key
        for key, value in _credentials(payload).items()
        if key not in _NON_SECRET_FIELDS and _shannon_entropy(value) < 3.0  # values may be bools
    ]


def weak_credentials_fixed(payload: Payload) -> list[str]:
    return [
        key
        for key, value in _credentials(payload).items()
        if key not in _NON_SECRET_FIELDS and isinstance(value, str) and _shannon_entropy(value) < 3.0
    ]


# 6. Role-based access by channel -----------------------------------------------------------

_CHANNEL_ROLES = {
    "email": "messaging-admin",
    "sms": "messaging-admin",
    "chat": "chatops-admin",
    "push": "mobile-admin",
}


def required_role_buggy(payload: Payload) -> str:
    role = _CHANNEL_ROLES[payload["channel"]]  # misses in_app
    return f"{role}:primary" if payload["primary"] else role


def required_role_fixed(payload: Payload) -> str:
    role = _CHANNEL_ROLES.get(payload["channel"], "platform-admin")
    return f"{role}:primary" if payload["primary"] else role


# 7. Rate-limit rule compiler ---------------------------------------------------------------

_RANGE_OPERATORS = frozenset({"BETWEEN", "NOT_BETWEEN"})


def rate_limit_rules_buggy(payload: Payload) -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            rule: dict[str, Any] = {"key": f"{child['on']}.{child['field']}", "op": child["operator"]}
            if child["operator"] in _RANGE_OPERATORS:
                low, high = child["value"].split(",")  # assumes exactly "low,high"
                rule["range"] = (low.strip(), high.strip())
            else:
                rule["value"] = child["value"]
            rules.append(rule)
    return rules


def rate_limit_rules_fixed(payload: Payload) -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            rule: dict[str, Any] = {"key": f"{child['on']}.{child['field']}", "op": child["operator"]}
            parts = child["value"].split(",")
            if child["operator"] in _RANGE_OPERATORS and len(parts) == 2:
                rule["range"] = (parts[0].strip(), parts[1].strip())
            else:
                rule["value"] = child["value"]
            rules.append(rule)
    return rules


# 8. Search indexer -------------------------------------------------------------------------


def search_document_buggy(payload: Payload) -> dict[str, Any]:
    name = payload["name"] or payload["providerId"]
    tokens = name.casefold().split()
    return {
        "id": payload.get("_id", payload["identifier"]),
        "name": name,
        "tokens": tokens,
        "first_token": tokens[0],  # a whitespace-only name has no tokens
        "channel": payload["channel"],
    }


def search_document_fixed(payload: Payload) -> dict[str, Any]:
    name = payload["name"]
    tokens = name.casefold().split() or payload["providerId"].casefold().split()
    return {
        "id": payload.get("_id", payload["identifier"]),
        "name": name,
        "tokens": tokens,
        "first_token": tokens[0] if tokens else "",
        "channel": payload["channel"],
    }


# 9. Typed (Parquet-like) row encoder -------------------------------------------------------

_ROW = struct.Struct(">???H")  # active, primary, has_port, port (uint16)


def typed_row_buggy(payload: Payload) -> bytes:
    text = _credentials(payload).get("port", "").strip()
    port = int(text) if text.isdecimal() else None
    # a decimal port can still be out of the uint16 range
    return _ROW.pack(payload["active"], payload["primary"], port is not None, port or 0)


def typed_row_fixed(payload: Payload) -> bytes:
    text = _credentials(payload).get("port", "").strip()
    port = int(text) if text.isdecimal() and len(text) <= 5 else None
    if port is not None and port > 0xFFFF:
        port = None
    return _ROW.pack(payload["active"], payload["primary"], port is not None, port or 0)


# 10. Retention purge job -------------------------------------------------------------------

_NOW = datetime(2025, 6, 1, tzinfo=UTC)
_RETENTION = timedelta(days=30)


def purge_due_buggy(payload: Payload) -> bool:
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    # assumes JavaScript's toISOString() shape, e.g. 2025-04-01T10:00:00.000Z
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
    return _NOW - deleted_at.replace(tzinfo=UTC) > _RETENTION


def purge_due_fixed(payload: Payload) -> bool:
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    try:
        deleted_at = datetime.fromisoformat(payload["deletedAt"])
        if deleted_at.tzinfo is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        return _NOW - deleted_at > _RETENTION
    except (ValueError, OverflowError):
        return False  # unparseable: keep it and let a human look


# 11. SMTP TLS compliance check -------------------------------------------------------------

_TLS_MODES = {
    (False, False): "opportunistic",
    (True, False): "required",
    (False, True): "disabled",
}


def smtp_tls_policy_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    secure = credentials.get("secure", False)
    mode = _TLS_MODES[(credentials.get("requireTls", False), credentials.get("ignoreTls", False))]
    return {"mode": mode, "compliant": secure or mode == "required"}


def smtp_tls_policy_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    secure = credentials.get("secure", False)
    require = credentials.get("requireTls", False)
    ignore = credentials.get("ignoreTls", False)
    if require and ignore:
        mode = "conflicting"
    elif require:
        mode = "required"
    elif ignore:
        mode = "disabled"
    else:
        mode = "opportunistic"
    return {"mode": mode, "compliant": secure or mode == "required"}


# 12. On-call paging router -----------------------------------------------------------------


def paging_routes_buggy(payload: Payload) -> list[str]:
    routes = []
    for condition in payload.get("conditions", []):
        lead = condition["children"][0]  # a condition may have no children
        negation = "not " if condition["isNegated"] else ""
        routes.append(f"{negation}{lead['on']}.{lead['field']} -> {payload['identifier']}")
    return routes


def paging_routes_fixed(payload: Payload) -> list[str]:
    routes = []
    for condition in payload.get("conditions", []):
        if not condition["children"]:
            continue
        lead = condition["children"][0]
        negation = "not " if condition["isNegated"] else ""
        routes.append(f"{negation}{lead['on']}.{lead['field']} -> {payload['identifier']}")
    return routes


# 13. HTTP client builder -------------------------------------------------------------------

_DEFAULT_BASE = "https://api.novu.co"


def http_client_config_buggy(payload: Payload) -> dict[str, Any]:
    base = _credentials(payload).get("baseUrl") or _DEFAULT_BASE
    parts = urlsplit(base)
    scheme = parts.scheme or "https"
    port = parts.port or (443 if scheme == "https" else 80)  # .port raises on a bad port
    return {"scheme": scheme, "host": parts.hostname or "", "port": port, "path": parts.path}


def http_client_config_fixed(payload: Payload) -> dict[str, Any]:
    base = _credentials(payload).get("baseUrl") or _DEFAULT_BASE
    try:
        parts = urlsplit(base)
        scheme = parts.scheme or "https"
        port = parts.port or (443 if scheme == "https" else 80)
        host = parts.hostname or ""
    except ValueError:
        return {"error": "invalid baseUrl"}
    return {"scheme": scheme, "host": host, "port": port, "path": parts.path}


# 14. TSV export/import round trip ----------------------------------------------------------

_TSV_COLUMNS = ("_id", "identifier", "providerId", "channel", "name", "active", "primary")


class RoundTripError(ValueError):
    """The re-imported row does not match the exported payload."""


def _expected_row(payload: Payload) -> dict[str, str]:
    return {column: str(payload.get(column, "")) for column in _TSV_COLUMNS}


def tsv_round_trip_buggy(payload: Payload) -> dict[str, str]:
    line = "\t".join(str(payload.get(column, "")) for column in _TSV_COLUMNS) + "\n"
    _id, identifier, provider, channel, name, active, primary = line.rstrip("\n").split("\t")
    row = dict(zip(_TSV_COLUMNS, (_id, identifier, provider, channel, name, active, primary), strict=True))
    if row != _expected_row(payload):
        raise RoundTripError(row)
    return row


_TSV_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_TSV_UNESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def _tsv_escape(value: str) -> str:
    return "".join(_TSV_ESCAPES.get(char, char) for char in value)


def _tsv_unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: _TSV_UNESCAPES.get(m.group(1), m.group(1)), value, flags=re.S)


def tsv_round_trip_fixed(payload: Payload) -> dict[str, str]:
    fields = (_tsv_escape(str(payload.get(column, ""))) for column in _TSV_COLUMNS)
    line = "\t".join(fields) + "\n"
    cells = [_tsv_unescape(cell) for cell in line[:-1].split("\t")]
    row = dict(zip(_TSV_COLUMNS, cells, strict=True))
    if row != _expected_row(payload):
        raise RoundTripError(row)
    return row


# 15. RFC 5424 syslog exporter --------------------------------------------------------------


class SyslogFormatError(ValueError):
    """A header field breaks RFC 5424 (the transport library refuses the record)."""


def _sd_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def _syslog_record(msgid: str, params: dict[str, str], message: str) -> bytes:
    if not (1 <= len(msgid) <= 32 and all("!" <= char <= "~" for char in msgid)):
        raise SyslogFormatError(f"MSGID must be 1-32 printable ASCII characters: {msgid!r}")
    sd_params = " ".join(f'{key}="{_sd_escape(value)}"' for key, value in params.items())
    header = f"<134>1 2025-06-01T00:00:00Z notify-gw novu-audit - {msgid}"
    return _utf8(f"{header} [integration@32473 {sd_params}] {message}")


def syslog_record_buggy(payload: Payload) -> bytes:
    params = {"provider": payload["providerId"], "channel": payload["channel"]}
    state = "active" if payload["active"] else "inactive"
    return _syslog_record(payload["identifier"], params, state)  # identifier as MSGID


def syslog_record_fixed(payload: Payload) -> bytes:
    params = {
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
    }
    state = "active" if payload["active"] else "inactive"
    return _syslog_record("integration", params, state)


# 16. Webhook signature verifier ------------------------------------------------------------

_WEBHOOK_BODY = b'{"event":"email.delivered","messageId":"m-1"}'
_WEBHOOK_SIGNATURE = "0" * 64


def verify_webhook_buggy(payload: Payload) -> bool | None:
    secret = _credentials(payload).get("secretKey")
    if "webhookUrl" not in _credentials(payload) or secret is None:
        return None
    key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)  # not always base64
    digest = hmac.new(key, _WEBHOOK_BODY, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, _WEBHOOK_SIGNATURE)


def verify_webhook_fixed(payload: Payload) -> bool | None:
    secret = _credentials(payload).get("secretKey")
    if "webhookUrl" not in _credentials(payload) or secret is None:
        return None
    key = secret.encode("utf-8", "surrogatepass")  # Novu signs with the raw secret string
    digest = hmac.new(key, _WEBHOOK_BODY, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, _WEBHOOK_SIGNATURE)


# -------------------------------------------------------------------------------------------


def _with_credentials(**changes: Any) -> dict[str, Any]:
    credentials = dict(_credentials(HAPPY_PATH))
    credentials.update(changes)
    return credentials


OBSERVABILITY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="prometheus_exposition",
        bug="encodes the metrics page as ASCII, assuming label values (integration names) are ASCII",
        buggy=prometheus_exposition_buggy,
        fixed=prometheus_exposition_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Envoi transactionnel — Société Générale"}),
    ),
    ConsumerCase(
        name="cef_audit_event",
        bug="assumes a deleted integration always carries deletedBy",
        buggy=cef_audit_event_buggy,
        fixed=cef_audit_event_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "deletedAt": "2025-04-01T10:00:00.000Z"}),
    ),
    ConsumerCase(
        name="rotation_plan",
        bug="assumes every integration's credentials hold at least one secret to rotate",
        buggy=rotation_plan_buggy,
        fixed=rotation_plan_fixed,
        raises=(StopIteration,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-7Tq2LmPz",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="redacted_log",
        bug="joins secret values into a regex without re.escape",
        buggy=redacted_log_buggy,
        fixed=redacted_log_fixed,
        raises=(re.error,),
        example=_example({"credentials": _with_credentials(apiKey="SG.k3y)Xv9+Qa/Zb==")}),
    ),
    ConsumerCase(
        name="weak_credentials",
        bug="assumes every credentials value is a string (secure/hmac are booleans, tlsOptions an object)",
        buggy=weak_credentials_buggy,
        fixed=weak_credentials_fixed,
        raises=(TypeError, ValueError, ZeroDivisionError),
        example=_example(_NODEMAILER),
    ),
    ConsumerCase(
        name="required_role",
        bug="maps every channel to a role but forgets the in_app channel",
        buggy=required_role_buggy,
        fixed=required_role_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-7Tq2LmPz",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="rate_limit_rules",
        bug='assumes a BETWEEN condition value is always exactly "low,high"',
        buggy=rate_limit_rules_buggy,
        fixed=rate_limit_rules_fixed,
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
                                "field": "messagesPerHour",
                                "value": "100-500",
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
        name="search_document",
        bug="falls back only for an empty name, so a whitespace-only name yields no first token",
        buggy=search_document_buggy,
        fixed=search_document_fixed,
        raises=(IndexError,),
        example=_example({"name": "  "}),
    ),
    ConsumerCase(
        name="typed_row",
        bug="packs any decimal credentials.port into a uint16 column without a range check",
        buggy=typed_row_buggy,
        fixed=typed_row_fixed,
        raises=(struct.error,),
        example=_example({**_NODEMAILER, "credentials": {**_NODEMAILER_CREDENTIALS, "port": "70000"}}),
    ),
    ConsumerCase(
        name="purge_due",
        bug="parses deletedAt with a fixed millisecond-Z strptime format",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-04-01T10:00:00Z", "deletedBy": "user-1"}),
    ),
    ConsumerCase(
        name="smtp_tls_policy",
        bug="assumes requireTls and ignoreTls are never both true",
        buggy=smtp_tls_policy_buggy,
        fixed=smtp_tls_policy_fixed,
        raises=(KeyError,),
        example=_example(
            {
                **_NODEMAILER,
                "credentials": {
                    **_NODEMAILER_CREDENTIALS,
                    "requireTls": True,
                    "ignoreTls": True,
                },
            }
        ),
    ),
    ConsumerCase(
        name="paging_routes",
        bug="takes the first child of every condition, assuming children is never empty",
        buggy=paging_routes_buggy,
        fixed=paging_routes_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="http_client_config",
        bug="reads urlsplit(baseUrl).port unguarded, assuming the port part is numeric and in range",
        buggy=http_client_config_buggy,
        fixed=http_client_config_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Infobip",
                "identifier": "infobip-sms-c4Rt8VnE",
                "providerId": "infobip-sms",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "baseUrl": "https://xyz.api.infobip.com:${INFOBIP_PORT}",
                    "from": "+15550001111",
                },
            }
        ),
    ),
    ConsumerCase(
        name="tsv_round_trip",
        bug="writes and splits TSV cells without escaping tabs inside values",
        buggy=tsv_round_trip_buggy,
        fixed=tsv_round_trip_fixed,
        raises=(ValueError,),
        example=_example({"name": "SendGrid\tEU"}),
    ),
    ConsumerCase(
        name="syslog_record",
        bug="uses identifier as the RFC 5424 MSGID, assuming it is short printable ASCII",
        buggy=syslog_record_buggy,
        fixed=syslog_record_fixed,
        raises=(SyslogFormatError,),
        example=_example({"identifier": "transactional-email-eu-production-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="verify_webhook",
        bug="base64-decodes the webhook secretKey, assuming a Svix-style whsec_ secret",
        buggy=verify_webhook_buggy,
        fixed=verify_webhook_fixed,
        raises=(binascii.Error, ValueError),
        example=_example(
            {
                "name": "Email Webhook",
                "identifier": "email-webhook-Jp5sW2eX",
                "providerId": "email-webhook",
                "credentials": {
                    "webhookUrl": "https://hooks.example.com/novu",
                    "secretKey": "my shared secret",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
]
"""The sixteen held-out cases (see the module docstring)."""
