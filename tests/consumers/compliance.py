"""Sixteen compliance / audit / privacy consumers of ``GET /v1/integrations`` items.

Each consumer is the kind of code a compliance team writes around Novu integrations: SOC 2
evidence exports, GDPR and data-retention sweeps, audit-log records and their hashes, DLP
redaction, data-residency checks, vendor inventories and change-approval summaries. Every
``*_buggy`` version works on ``HAPPY_PATH`` but carries one plausible mistake that a payload the
0.7.0 contract allows triggers; every ``*_fixed`` control reads the payload defensively and must
never raise on a contract-valid payload.

This module was written from the contract documents alone (``CONTRACT.md``,
``SERVER-SEMANTICS.md``, the seed SDK page and ``providers.json``), without looking at the data
generator, so that the bug-finding suite measures how strategies generalize to consumers they
were not tuned on.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# A fixed "now" so that every consumer is deterministic.
_AS_OF = datetime(2025, 6, 1, tzinfo=UTC)

# Credential keys the server treats as secrets (stored as ``nvsk.<iv>:<cipher>``), plus ``accessKey``.
_SECRET_KEYS = ("apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey")


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


# --- defensive accessors (used by the fixed controls) -------------------------------------------


def _str(mapping: Mapping[str, Any], key: str, default: str = "") -> str:
    value = mapping.get(key)
    return value if isinstance(value, str) else default


def _opt_str(mapping: Mapping[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _bool(mapping: Mapping[str, Any], key: str, default: bool = False) -> bool:
    value = mapping.get(key)
    return value if isinstance(value, bool) else default


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    value = payload.get("credentials")
    return value if isinstance(value, dict) else {}


def _dicts(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _conditions(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    return _dicts(payload.get("conditions"))


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# --- 1. retention sweep: deletedAt parsing ------------------------------------------------------

_RETENTION = timedelta(days=30)


def retention_sweep_buggy(payload: Payload) -> dict[str, Any]:
    """Decide whether a soft-deleted integration's credentials must be purged (30-day retention)."""
    if not payload["deleted"]:
        return {"action": "keep", "reason": "live"}
    raw = payload.get("deletedAt")
    if raw is None:
        return {"action": "review", "reason": "no deletion timestamp"}
    deleted_at = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    overdue = _AS_OF - deleted_at > _RETENTION
    return {"action": "purge" if overdue else "keep", "reason": f"deleted {deleted_at.date()}"}


def _parse_timestamp(raw: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError, TypeError):
        return None


def retention_sweep_fixed(payload: Payload) -> dict[str, Any]:
    if not _bool(payload, "deleted"):
        return {"action": "keep", "reason": "live"}
    raw = _opt_str(payload, "deletedAt")
    if raw is None:
        return {"action": "review", "reason": "no deletion timestamp"}
    deleted_at = _parse_timestamp(raw)
    if deleted_at is None:
        return {"action": "review", "reason": "unparseable deletion timestamp"}
    overdue = _AS_OF - deleted_at > _RETENTION
    return {"action": "purge" if overdue else "keep", "reason": f"deleted {deleted_at.date()}"}


# --- 2. audit log: who deleted it ---------------------------------------------------------------


def audit_log_deletion_buggy(payload: Payload) -> dict[str, Any]:
    """Turn an integration into an audit-log entry; deletions record the acting user."""
    entry: dict[str, Any] = {
        "object": f"integration/{payload.get('_id', payload['identifier'])}",
        "organization": payload["_organizationId"],
        "environment": payload["_environmentId"],
        "event": "integration.deleted" if payload["deleted"] else "integration.observed",
    }
    if payload["deleted"]:
        entry["actor"] = payload["deletedBy"]
        entry["at"] = payload.get("deletedAt", "")
    return entry


def audit_log_deletion_fixed(payload: Payload) -> dict[str, Any]:
    record_id = _opt_str(payload, "_id")
    entry: dict[str, Any] = {
        "object": f"integration/{record_id if record_id is not None else _str(payload, 'identifier')}",
        "organization": _str(payload, "_organizationId"),
        "environment": _str(payload, "_environmentId"),
        "event": "integration.deleted" if _bool(payload, "deleted") else "integration.observed",
    }
    if _bool(payload, "deleted"):
        entry["actor"] = _opt_str(payload, "deletedBy") or "system (unknown actor)"
        entry["at"] = _str(payload, "deletedAt")
    return entry


# --- 3. credential rotation: fingerprint of the secret ------------------------------------------


def rotation_fingerprint_buggy(payload: Payload) -> dict[str, str]:
    """Fingerprint the integration's secret so the rotation job can tell when it last changed."""
    secret = payload["credentials"]["apiKey"]
    digest = hashlib.sha256(secret.encode("utf-8")).hexdigest()[:16]
    return {"integration": payload["identifier"], "apiKey": digest}


def rotation_fingerprint_fixed(payload: Payload) -> dict[str, str]:
    creds = _creds(payload)
    result = {"integration": _str(payload, "identifier")}
    for key in _SECRET_KEYS:
        value = creds.get(key)
        if isinstance(value, str):
            result[key] = hashlib.sha256(_utf8(value)).hexdigest()[:16]
    return result


# --- 4. data residency: AWS region -> jurisdiction ----------------------------------------------

_AWS_REGION_JURISDICTION = {
    "us-east-1": "US",
    "us-east-2": "US",
    "us-west-1": "US",
    "us-west-2": "US",
    "eu-west-1": "EU",
    "eu-west-2": "UK",
    "eu-west-3": "EU",
    "eu-central-1": "EU",
    "eu-north-1": "EU",
    "ap-southeast-2": "AU",
    "ap-northeast-1": "JP",
    "ca-central-1": "CA",
}


def residency_aws_region_buggy(payload: Payload) -> str | None:
    """Jurisdiction where an SES/SNS integration processes personal data."""
    if payload["providerId"] not in ("ses", "sns"):
        return None
    region = payload["credentials"].get("region", "us-east-1")
    return _AWS_REGION_JURISDICTION[region]


def residency_aws_region_fixed(payload: Payload) -> str | None:
    if _str(payload, "providerId") not in ("ses", "sns"):
        return None
    region = _opt_str(_creds(payload), "region")
    if region is None:
        return "US"
    return _AWS_REGION_JURISDICTION.get(region.strip().lower(), "UNKNOWN")


# --- 5. data residency: baseUrl host --------------------------------------------------------------

_EU_HOST_SUFFIXES = (".eu", ".de", ".fr", ".nl", ".ie", "eu.mailgun.net", ".api.eu.infobip.com")


def residency_base_url_buggy(payload: Payload) -> dict[str, Any]:
    """Flag integrations whose custom API base URL points outside the EU."""
    base_url = payload["credentials"].get("baseUrl")
    if base_url is None:
        return {"host": None, "in_eu": None}
    host = urlsplit(base_url).hostname
    return {"host": host, "in_eu": host.endswith(_EU_HOST_SUFFIXES)}


def residency_base_url_fixed(payload: Payload) -> dict[str, Any]:
    base_url = _opt_str(_creds(payload), "baseUrl")
    if base_url is None:
        return {"host": None, "in_eu": None}
    text = base_url.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        host = None
    if not host:
        return {"host": None, "in_eu": None}
    return {"host": host, "in_eu": host.rstrip(".").endswith(_EU_HOST_SUFFIXES)}


# --- 6. vendor inventory: SMTP / Kannel endpoint and port ---------------------------------------


def smtp_endpoint_inventory_buggy(payload: Payload) -> dict[str, Any] | None:
    """Record host, port and transport security of self-hosted gateways for the vendor inventory."""
    if payload["providerId"] not in ("nodemailer", "kannel"):
        return None
    creds = payload["credentials"]
    port = int(creds.get("port", "25"))
    return {
        "endpoint": f"{creds.get('host', '')}:{port}",
        "implicit_tls": port == 465 or bool(creds.get("secure", False)),
    }


def _port(raw: object) -> int | None:
    if not isinstance(raw, str):
        return None
    try:
        port = int(raw.strip())
    except ValueError:
        return None
    return port if 0 < port < 65536 else None


def smtp_endpoint_inventory_fixed(payload: Payload) -> dict[str, Any] | None:
    if _str(payload, "providerId") not in ("nodemailer", "kannel"):
        return None
    creds = _creds(payload)
    raw_port = creds.get("port", "25")
    port = _port(raw_port)
    return {
        "endpoint": f"{_str(creds, 'host')}:{port if port is not None else '?'}",
        "implicit_tls": port == 465 or _bool(creds, "secure"),
    }


# --- 7. SOC 2 evidence sheet: CSV for the legacy GRC tool ---------------------------------------

_CSV_COLUMNS = ("id", "name", "provider", "channel", "status")


def evidence_csv_row_buggy(payload: Payload) -> bytes:
    """One evidence-sheet row, encoded for the GRC tool's CSV importer (Windows-1252)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            payload.get("_id", ""),
            payload["name"],
            payload["providerId"],
            payload["channel"],
            "active" if payload["active"] else "inactive",
        ]
    )
    return buffer.getvalue().encode("cp1252")


def evidence_csv_row_fixed(payload: Payload) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            _str(payload, "_id"),
            _str(payload, "name"),
            _str(payload, "providerId"),
            _str(payload, "channel"),
            "active" if _bool(payload, "active") else "inactive",
        ]
    )
    # UTF-8 with a BOM: the importer detects it; lone surrogates pass through instead of raising.
    return b"\xef\xbb\xbf" + _utf8(buffer.getvalue())


# --- 8. audit record hashing: TLV encoding ------------------------------------------------------


def _tlv_buggy(tag: int, value: str) -> bytes:
    data = value.encode("utf-8")
    return bytes([tag, len(data)]) + data


def audit_record_digest_buggy(payload: Payload) -> str:
    """Tamper-evident digest of an integration for the append-only audit log (1-byte TLV lengths)."""
    fields = [
        (1, payload["_organizationId"]),
        (2, payload["_environmentId"]),
        (3, payload["providerId"]),
        (4, payload["identifier"]),
        (5, payload["name"]),
    ]
    # Field values are capped at 255 so the length fits the one-byte TLV header.
    record = b"".join(_tlv_buggy(tag, value[:255]) for tag, value in fields)
    return hashlib.sha256(record).hexdigest()


def _tlv_fixed(tag: int, value: str) -> bytes:
    data = _utf8(value)[:255]
    return bytes([tag, len(data)]) + data


def audit_record_digest_fixed(payload: Payload) -> str:
    keys = ("_organizationId", "_environmentId", "providerId", "identifier", "name")
    record = b"".join(_tlv_fixed(tag, _str(payload, key)) for tag, key in enumerate(keys, start=1))
    return hashlib.sha256(record).hexdigest()


# --- 9. access review: environment age from its ObjectId ----------------------------------------

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def access_review_environment_buggy(payload: Payload) -> dict[str, Any]:
    """Access-review line: which environment holds the integration, and since when it exists."""
    environment_id = payload["_environmentId"]
    created = datetime.fromtimestamp(int(environment_id[:8], 16), tz=UTC)
    return {
        "organization": payload["_organizationId"],
        "environment": environment_id,
        "environment_created": created.date().isoformat(),
        "needs_review": (_AS_OF - created).days > 365,
    }


def access_review_environment_fixed(payload: Payload) -> dict[str, Any]:
    environment_id = _str(payload, "_environmentId")
    created: datetime | None = None
    if _OBJECT_ID.fullmatch(environment_id):
        created = datetime.fromtimestamp(int(environment_id[:8], 16), tz=UTC)
    return {
        "organization": _str(payload, "_organizationId"),
        "environment": environment_id,
        "environment_created": created.date().isoformat() if created else None,
        "needs_review": True if created is None else (_AS_OF - created).days > 365,
    }


# --- 10. DLP redaction of credentials, tlsOptions included --------------------------------------


def _mask(value: str) -> str:
    return "*" * 8 if len(value) <= 4 else value[:2] + "*" * 6


def _redact_tree_buggy(node: dict[str, Any]) -> dict[str, Any]:
    return {
        key: _redact_tree_buggy(value) if isinstance(value, dict) else _mask(value)
        for key, value in node.items()
    }


def dlp_redact_credentials_buggy(payload: Payload) -> dict[str, Any]:
    """Credentials safe to attach to a ticket: secrets and TLS material masked."""
    redacted: dict[str, Any] = {}
    for key, value in payload["credentials"].items():
        if key == "tlsOptions":
            redacted[key] = _redact_tree_buggy(value)
        elif key in _SECRET_KEYS:
            redacted[key] = _mask(value)
        else:
            redacted[key] = value
    return redacted


_MAX_REDACT_DEPTH = 24


def _redact_tree_fixed(node: object, depth: int = 0) -> object:
    if depth >= _MAX_REDACT_DEPTH:
        return "[redacted: nested too deep]"
    if isinstance(node, dict):
        return {str(key): _redact_tree_fixed(value, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [_redact_tree_fixed(item, depth + 1) for item in node]
    if isinstance(node, str):
        return _mask(node)
    return node  # booleans, numbers and null carry no secret


def dlp_redact_credentials_fixed(payload: Payload) -> dict[str, Any]:
    redacted: dict[str, Any] = {}
    for key, value in _creds(payload).items():
        if key == "tlsOptions" or key in _SECRET_KEYS or isinstance(value, (dict, list)):
            redacted[key] = _redact_tree_fixed(value)
        else:
            redacted[key] = value
    return redacted


# --- 11. data residency: SMS sender number -> country -------------------------------------------

_CALLING_CODES = {
    "1": "US/CA",
    "33": "FR",
    "44": "GB",
    "49": "DE",
    "91": "IN",
    "234": "NG",
    "254": "KE",
    "972": "IL",
}


def sms_sender_country_buggy(payload: Payload) -> str | None:
    """Country of the SMS sender number (telecom registration evidence)."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    digits = str(int(sender.replace(" ", "").replace("-", "")))
    for length in (3, 2, 1):
        if digits[:length] in _CALLING_CODES:
            return _CALLING_CODES[digits[:length]]
    return "UNKNOWN"


def sms_sender_country_fixed(payload: Payload) -> str | None:
    if _str(payload, "channel") != "sms":
        return None
    sender = _str(_creds(payload), "from")
    if not sender.strip():
        return None
    digits = re.sub(r"[\s\-().]", "", sender).removeprefix("+").removeprefix("00")
    if not (digits.isascii() and digits.isdigit()):
        return "ALPHANUMERIC_SENDER_ID"
    for length in (3, 2, 1):
        if digits[:length] in _CALLING_CODES:
            return _CALLING_CODES[digits[:length]]
    return "UNKNOWN"


# --- 12. change approval: one-line summary of each routing condition -----------------------------


def change_approval_conditions_buggy(payload: Payload) -> list[str]:
    """Human-readable routing rules for the change-approval ticket."""
    lines = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        first = children[0]
        negation = "NOT " if condition["isNegated"] else ""
        more = f" {condition['value']} {len(children) - 1} more" if len(children) > 1 else ""
        lines.append(f"{negation}{first['on']}.{first['field']} {first['operator']} {first['value']}{more}")
    return lines


def change_approval_conditions_fixed(payload: Payload) -> list[str]:
    lines = []
    for condition in _conditions(payload):
        children = _dicts(condition.get("children"))
        negation = "NOT " if _bool(condition, "isNegated") else ""
        if not children:
            lines.append(
                f"{negation}(empty {_str(condition, 'type', 'STATEMENT')} condition: always matches)"
            )
            continue
        first = children[0]
        more = f" {_str(condition, 'value')} {len(children) - 1} more" if len(children) > 1 else ""
        lines.append(
            f"{negation}{_str(first, 'on')}.{_str(first, 'field')} "
            f"{_str(first, 'operator')} {_str(first, 'value')}{more}"
        )
    return lines


# --- 13. policy-as-code export: conditions -> Rego-like expressions -----------------------------


def _rego_operator_buggy(operator: str) -> str:
    match operator:
        case "EQUAL":
            return "=="
        case "NOT_EQUAL":
            return "!="
        case "LARGER":
            return ">"
        case "SMALLER":
            return "<"
        case "LARGER_EQUAL":
            return ">="
        case "SMALLER_EQUAL":
            return "<="
        case "IN":
            return "in"
        case "NOT_IN":
            return "not in"
        case _:
            raise ValueError(f"unsupported operator {operator!r}")


def policy_export_conditions_buggy(payload: Payload) -> list[str]:
    """Routing conditions as policy expressions, reviewed by the policy-as-code pipeline."""
    expressions = []
    for condition in payload.get("conditions", []):
        joiner = " and " if condition["value"] == "AND" else " or "
        parts = [
            f"input.{child['on']}.{child['field']} {_rego_operator_buggy(child['operator'])} "
            f"{child['value']!r}"
            for child in condition["children"]
        ]
        expression = joiner.join(parts) or "true"
        expressions.append(f"not ({expression})" if condition["isNegated"] else expression)
    return expressions


_REGO_OPERATORS = {
    "EQUAL": "==",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "in",
    "NOT_IN": "not in",
    "ALL_IN": "all in",
    "ANY_IN": "any in",
    "BETWEEN": "between",
    "NOT_BETWEEN": "not between",
    "LIKE": "like",
    "NOT_LIKE": "not like",
}


def policy_export_conditions_fixed(payload: Payload) -> list[str]:
    expressions = []
    for condition in _conditions(payload):
        joiner = " or " if _str(condition, "value") == "OR" else " and "
        parts = []
        for child in _dicts(condition.get("children")):
            operator = _str(child, "operator")
            symbol = _REGO_OPERATORS.get(operator, f"<unsupported {operator!r}>")
            parts.append(
                f"input.{_str(child, 'on')}.{_str(child, 'field')} {symbol} {_str(child, 'value')!r}"
            )
        expression = joiner.join(parts) or "true"
        expressions.append(f"not ({expression})" if _bool(condition, "isNegated") else expression)
    return expressions


# --- 14. vendor inventory: provider -> sub-processor record -------------------------------------

_SUBPROCESSORS = {
    "sendgrid": ("Twilio Inc. (SendGrid)", "US"),
    "mailgun": ("Sinch America Inc. (Mailgun)", "US"),
    "mailjet": ("Sinch Mailjet SAS", "FR"),
    "postmark": ("ActiveCampaign LLC (Postmark)", "US"),
    "ses": ("Amazon Web Services", "US"),
    "sns": ("Amazon Web Services", "US"),
    "resend": ("Resend Inc.", "US"),
    "sendinblue": ("Brevo SAS", "FR"),
    "twilio": ("Twilio Inc.", "US"),
    "nexmo": ("Vonage", "GB"),
    "plivo": ("Plivo Inc.", "US"),
    "slack": ("Slack Technologies", "US"),
    "msteams": ("Microsoft", "US"),
    "fcm": ("Google LLC", "US"),
    "apns": ("Apple Inc.", "US"),
    "novu": ("Novu (first party)", "US"),
}


def vendor_inventory_buggy(payload: Payload) -> dict[str, str]:
    """Sub-processor register line for the provider behind an integration."""
    legal_entity, country = _SUBPROCESSORS[payload["providerId"]]
    return {"provider": payload["providerId"], "entity": legal_entity, "country": country}


def vendor_inventory_fixed(payload: Payload) -> dict[str, str]:
    provider = _str(payload, "providerId")
    legal_entity, country = _SUBPROCESSORS.get(provider, ("UNREGISTERED: needs DPA review", "UNKNOWN"))
    return {"provider": provider, "entity": legal_entity, "country": country}


# --- 15. SOC 2 evidence: routing status from the flags ------------------------------------------

_ROUTING_STATUS = {
    (True, True): "primary (receives traffic)",
    (True, False): "standby",
    (False, False): "disabled",
}


def routing_status_buggy(payload: Payload) -> str:
    """Routing status of an integration for the SOC 2 change-management evidence."""
    if payload["deleted"]:
        return "deleted"
    return _ROUTING_STATUS[(payload["active"], payload["primary"])]


def routing_status_fixed(payload: Payload) -> str:
    if _bool(payload, "deleted"):
        return "deleted"
    active, primary = _bool(payload, "active"), _bool(payload, "primary")
    if primary and not active:
        return "primary but inactive (no traffic)"
    return _ROUTING_STATUS[(active, primary)]


# --- 16. DMARC alignment evidence: sender domain ------------------------------------------------


def sender_domain_alignment_buggy(payload: Payload) -> dict[str, Any] | None:
    """Is the email sender's domain the (verified) sending domain? Evidence for DMARC alignment."""
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    sender = creds.get("from")
    if sender is None:
        return {"sender_domain": None, "aligned": None}
    sender_domain = sender.split("@")[1].strip(" >").lower()
    verified = creds.get("domain")
    aligned = verified is None or sender_domain == verified.lower()
    return {"sender_domain": sender_domain, "aligned": aligned}


def _email_domain(sender: str) -> str | None:
    address = sender
    if "<" in address:
        address = address.rpartition("<")[2].partition(">")[0]
    local, at, domain = address.strip().rpartition("@")
    if not at or not local:
        return None
    return domain.strip().lower() or None


def sender_domain_alignment_fixed(payload: Payload) -> dict[str, Any] | None:
    if _str(payload, "channel") != "email":
        return None
    creds = _creds(payload)
    sender = _opt_str(creds, "from")
    if sender is None:
        return {"sender_domain": None, "aligned": None}
    sender_domain = _email_domain(sender)
    if sender_domain is None:
        return {"sender_domain": None, "aligned": False}
    verified = _opt_str(creds, "domain")
    aligned = verified is None or sender_domain == verified.strip().lower()
    return {"sender_domain": sender_domain, "aligned": aligned}


# --- the cases ----------------------------------------------------------------------------------

COMPLIANCE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="retention_sweep_deleted_at_iso_parse",
        bug="assumes deletedAt is ISO-8601, but the contract types it as a plain string",
        buggy=retention_sweep_buggy,
        fixed=retention_sweep_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "deleted": True,
                "active": False,
                "primary": False,
                "deletedAt": "Thu May 08 2025 10:15:00 GMT+0000 (Coordinated Universal Time)",
            }
        ),
    ),
    ConsumerCase(
        name="audit_log_deletion_actor_deleted_by",
        bug="assumes a deleted integration always carries deletedBy (the server often omits it)",
        buggy=audit_log_deletion_buggy,
        fixed=audit_log_deletion_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "deletedAt": "2025-05-08T10:15:00.000Z"}),
    ),
    ConsumerCase(
        name="rotation_fingerprint_assumes_api_key",
        bug="assumes every provider authenticates with credentials.apiKey (Twilio uses accountSid/token)",
        buggy=rotation_fingerprint_buggy,
        fixed=rotation_fingerprint_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3xP0aZ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000000",
                    "token": "fake-auth-token-0001",
                    "from": "+15005550006",
                },
            }
        ),
    ),
    ConsumerCase(
        name="residency_aws_region_untrimmed_lookup",
        bug="looks the AWS region up verbatim, so a pasted ' eu-west-1 ' or 'EU-WEST-1' is unknown",
        buggy=residency_aws_region_buggy,
        fixed=residency_aws_region_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "SES",
                "identifier": "ses-7hGk2LmN",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "AKIAFAKEFAKEFAKE0001",
                    "secretKey": "fake-secret-0001",
                    "region": "eu-west-1 ",
                    "from": "no-reply@example.eu",
                    "senderName": "Example EU",
                },
            }
        ),
    ),
    ConsumerCase(
        name="residency_base_url_schemeless_host",
        bug="assumes baseUrl has a scheme; urlsplit('xyz.api.infobip.com').hostname is None",
        buggy=residency_base_url_buggy,
        fixed=residency_base_url_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Infobip",
                "identifier": "infobip-Zx81Qa0c",
                "providerId": "infobip-sms",
                "channel": "sms",
                "primary": False,
                "credentials": {
                    "apiKey": "fake-infobip-key",
                    "baseUrl": "xyz123.api.infobip.com",
                    "from": "+447700900123",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_inventory_port_not_numeric",
        bug="int(credentials.port) on a free-form string port (blank form field)",
        buggy=smtp_endpoint_inventory_buggy,
        fixed=smtp_endpoint_inventory_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hh2kq9Pe",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "",
                    "secure": True,
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="evidence_csv_cp1252_encoding",
        bug="encodes the evidence row as Windows-1252, which cannot hold CJK or emoji names",
        buggy=evidence_csv_row_buggy,
        fixed=evidence_csv_row_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "通知サービス 📬"}),
    ),
    ConsumerCase(
        name="audit_digest_tlv_char_vs_byte_length",
        bug="caps fields at 255 characters but writes the UTF-8 byte length into a one-byte header",
        buggy=audit_record_digest_buggy,
        fixed=audit_record_digest_fixed,
        raises=(ValueError,),
        example=_payload({"name": "Уведомления клиентов — продакшн " * 6}),
    ),
    ConsumerCase(
        name="access_review_environment_id_not_objectid",
        bug="decodes the creation time from _environmentId as if it were always a 24-hex ObjectId",
        buggy=access_review_environment_buggy,
        fixed=access_review_environment_fixed,
        raises=(ValueError,),
        example=_payload({"_environmentId": "production"}),
    ),
    ConsumerCase(
        name="dlp_redact_tls_options_non_string_leaf",
        bug="masks every tlsOptions leaf as a string, but the free-form object holds booleans/numbers",
        buggy=dlp_redact_credentials_buggy,
        fixed=dlp_redact_credentials_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hh2kq9Pe",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "password": "fake-password-0001",
                    "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="sms_sender_country_alphanumeric_sender_id",
        bug="parses credentials.from as a phone number; SMS senders are often alphanumeric IDs",
        buggy=sms_sender_country_buggy,
        fixed=sms_sender_country_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3xP0aZ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000000",
                    "token": "fake-auth-token-0001",
                    "from": "ACME",
                },
            }
        ),
    ),
    ConsumerCase(
        name="change_approval_condition_empty_children",
        bug="summarises each condition by its first child; children may be an empty array",
        buggy=change_approval_conditions_buggy,
        fixed=change_approval_conditions_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="policy_export_operator_beyond_comparisons",
        bug="translates only comparison/IN operators; BETWEEN, LIKE, ALL_IN... are valid too",
        buggy=policy_export_conditions_buggy,
        fixed=policy_export_conditions_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "amount", "value": "100,500", "operator": "BETWEEN", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="vendor_inventory_unregistered_provider",
        bug="looks every providerId up in the sub-processor register; other providers are valid too",
        buggy=vendor_inventory_buggy,
        fixed=vendor_inventory_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "EmailJS",
                "identifier": "email-js-d0Pq7Rt2",
                "providerId": "emailjs",
                "credentials": {
                    "apiKey": "fake-emailjs-key",
                    "secretKey": "fake-emailjs-secret",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="routing_status_inactive_primary",
        bug="has no status for primary=true with active=false, which the contract and server allow",
        buggy=routing_status_buggy,
        fixed=routing_status_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="dmarc_alignment_sender_without_at",
        bug="splits credentials.from on '@'; a bare local part (Mailgun keeps the domain apart) has none",
        buggy=sender_domain_alignment_buggy,
        fixed=sender_domain_alignment_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Mailgun",
                "identifier": "mailgun-Tq8Lw2Xs",
                "providerId": "mailgun",
                "credentials": {
                    "apiKey": "fake-mailgun-key",
                    "user": "api",
                    "domain": "mg.example.com",
                    "from": "postmaster",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
]
