"""Sixteen fintech / banking consumers of ``GET /v1/integrations`` items, each with one bug.

A banking team's notification platform reads Novu integrations for regulated messaging: OTP and
transaction alerts over SMS, email and push, fraud-alert routing on amount thresholds, sender-id
registration, PCI audits of credentials, message-signing keys, retention of deleted integrations
for regulators, fixed-width exports for ISO 20022 style reporting, tenant isolation, disaster-recovery
failover and vendor concentration reports.

Each buggy consumer works on ``HAPPY_PATH`` and breaks on a payload the 0.7.0 contract allows (its
``example``); each ``*_fixed`` control honours the contract and never raises on a valid payload.

This module was written from the contract documents alone (``CONTRACT.md``, the SDK seed, the server
semantics notes and ``providers.json``), without looking at the data generator or the strategies, so
that it measures how well a strategy generalises to bugs it was not tuned for.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------------
# Helpers


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _mapping(value: object) -> dict[str, Any]:
    """``value`` if it is a JSON object, else ``{}``."""
    return value if isinstance(value, dict) else {}


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The credentials object, ``{}`` when absent or not an object."""
    return _mapping(payload.get("credentials"))


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` if it is a string, else ``None`` (absent or another JSON type)."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _flag(mapping: Mapping[str, Any], key: str) -> bool:
    """``True`` only for a JSON ``true`` (not for the strings ``"true"``/``"false"``)."""
    return mapping.get(key) is True


def _conditions(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The condition groups that are objects; ``[]`` when ``conditions`` is absent."""
    raw = payload.get("conditions")
    if not isinstance(raw, list):
        return []
    return [item for item in raw if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The filter parts of one condition group that are objects."""
    raw = condition.get("children")
    if not isinstance(raw, list):
        return []
    return [item for item in raw if isinstance(item, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of ``text``, lone surrogates included (JSON strings may carry them)."""
    return text.encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------------------------------
# 1. Sender-id registration: which country's regulator a long code must be registered with.

_DIAL_CODES = {
    "1": "US",
    "44": "GB",
    "49": "DE",
    "33": "FR",
    "31": "NL",
    "91": "IN",
    "234": "NG",
    "254": "KE",
    "971": "AE",
}


def _country_of(digits: str) -> str | None:
    for length in (3, 2, 1):
        country = _DIAL_CODES.get(digits[:length])
        if country is not None:
            return country
    return None


def sender_id_registration_country_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from", "")
    number = int(sender.replace(" ", "").lstrip("+"))  # alphanumeric sender ids are not numbers
    return {"sender": sender, "kind": "long_code", "country": _country_of(str(number))}


def sender_id_registration_country_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload), "from")
    if sender is None or not sender.strip():
        return {"sender": sender, "kind": "missing", "country": None}
    digits = sender.replace(" ", "").removeprefix("+")
    if digits.isascii() and digits.isdigit() and len(digits) <= 15:
        return {"sender": sender, "kind": "long_code", "country": _country_of(digits)}
    return {"sender": sender, "kind": "alphanumeric", "country": None}


# --------------------------------------------------------------------------------------------------
# 2. PCI audit: a masked snapshot of every credential for the audit trail.

_SECRET_KEYS = frozenset({"apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount"})


def pci_audit_masked_credentials_buggy(payload: Payload) -> dict[str, str]:
    masked: dict[str, str] = {}
    for key, value in payload["credentials"].items():
        value = value.strip()  # credentials also hold booleans (secure, hmac, ...) and tlsOptions
        masked[key] = value[:4] + "*" * max(len(value) - 4, 0) if key in _SECRET_KEYS else value
    return masked


def pci_audit_masked_credentials_fixed(payload: Payload) -> dict[str, str]:
    masked: dict[str, str] = {}
    for key, value in _creds(payload).items():
        if isinstance(value, str):
            value = value.strip()
            masked[key] = value[:4] + "*" * max(len(value) - 4, 0) if key in _SECRET_KEYS else value
        elif isinstance(value, bool):
            masked[key] = "true" if value else "false"
        else:
            masked[key] = f"<{type(value).__name__}>"
    return masked


# --------------------------------------------------------------------------------------------------
# 3. Message signing: key id (HMAC fingerprint) of the integration's signing secret.

_SIGNING_CONTEXT = b"novu-integration-signing-v1"


def signing_key_fingerprint_buggy(payload: Payload) -> dict[str, Any]:
    creds = payload["credentials"]
    secret = creds.get("secretKey") or creds.get("apiKey") or ""
    digest = hmac.new(secret.encode("utf-8"), _SIGNING_CONTEXT, hashlib.sha256).hexdigest()
    return {"identifier": payload["identifier"], "kid": digest[:16], "hmac": bool(creds.get("hmac"))}


def signing_key_fingerprint_fixed(payload: Payload) -> dict[str, Any]:
    creds = _creds(payload)
    secret = _text(creds, "secretKey") or _text(creds, "apiKey") or ""
    digest = hmac.new(_utf8(secret), _SIGNING_CONTEXT, hashlib.sha256).hexdigest()
    return {"identifier": payload.get("identifier"), "kid": digest[:16], "hmac": _flag(creds, "hmac")}


# --------------------------------------------------------------------------------------------------
# 4. Regulator retention: deleted integrations are kept seven years after deletion.

_RETENTION = timedelta(days=7 * 365)


def regulator_retention_until_buggy(payload: Payload) -> dict[str, Any]:
    record: dict[str, Any] = {"org": payload["_organizationId"], "retain": False}
    if payload["deleted"]:
        deleted_at = datetime.fromisoformat(payload["deletedAt"].replace("Z", "+00:00"))
        record["retain"] = True
        record["retainUntil"] = (deleted_at + _RETENTION).isoformat()
        record["deletedBy"] = payload.get("deletedBy", "system")
    return record


def regulator_retention_until_fixed(payload: Payload) -> dict[str, Any]:
    record: dict[str, Any] = {"org": payload.get("_organizationId"), "retain": False}
    if _flag(payload, "deleted"):
        record["retain"] = True
        record["retainUntil"] = None  # unknown deletion time: keep until reviewed
        record["deletedBy"] = _text(payload, "deletedBy") or "unknown"
        raw = _text(payload, "deletedAt")
        if raw is not None:
            try:
                deleted_at = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
                record["retainUntil"] = (deleted_at + _RETENTION).isoformat()
            except (ValueError, OverflowError):
                pass
    return record


# --------------------------------------------------------------------------------------------------
# 5. ISO 20022 style fixed-width export of the integration inventory (bytes per record are fixed).

_EXPORT_LAYOUT = (("providerId", 20), ("channel", 8), ("name", 35), ("identifier", 35))
_RECORD_BYTES = sum(width for _, width in _EXPORT_LAYOUT) + 1
_SWIFT_X = re.compile(r"[^A-Za-z0-9/\-?:().,'+ ]")


def inventory_fixed_width_record_buggy(payload: Payload) -> bytes:
    line = "".join(f"{payload[key]:<{width}.{width}}" for key, width in _EXPORT_LAYOUT)
    line += "A" if payload["active"] else "I"
    data = line.encode("utf-8")
    if len(data) != _RECORD_BYTES:  # padding counts characters, the file counts bytes
        raise ValueError(f"export record is {len(data)} bytes, expected {_RECORD_BYTES}")
    return data


def _swift_x(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.encode("utf-8", "replace").decode("utf-8"))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SWIFT_X.sub(".", stripped)


def inventory_fixed_width_record_fixed(payload: Payload) -> bytes:
    fields = []
    for key, width in _EXPORT_LAYOUT:
        value = _text(payload, key) or ""
        fields.append(f"{_swift_x(value):<{width}.{width}}")
    line = "".join(fields) + ("A" if _flag(payload, "active") else "I")
    return line.encode("ascii")


# --------------------------------------------------------------------------------------------------
# 6. Fraud alerts: amount thresholds from the routing conditions, as money (two decimals).

_THRESHOLD_OPERATORS = frozenset({"LARGER", "LARGER_EQUAL", "SMALLER", "SMALLER_EQUAL"})
_CENTS = Decimal("0.01")


def fraud_amount_thresholds_buggy(payload: Payload) -> list[tuple[str, str, Decimal]]:
    thresholds = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _THRESHOLD_OPERATORS:
                amount = Decimal(child["value"]).quantize(_CENTS)  # "10,000.00" is not a Decimal
                thresholds.append((child["field"], child["operator"], amount))
    return thresholds


def _money(raw: str) -> Decimal | None:
    try:
        amount = Decimal(raw.strip().replace("_", ""))
        if not amount.is_finite() or amount.adjusted() > 15:
            return None
        return amount.quantize(_CENTS)
    except (ArithmeticError, ValueError):
        return None


def fraud_amount_thresholds_fixed(payload: Payload) -> list[tuple[str, str, Decimal]]:
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator = _text(child, "operator")
            raw = _text(child, "value")
            if operator in _THRESHOLD_OPERATORS and raw is not None:
                amount = _money(raw)
                if amount is not None:
                    thresholds.append((_text(child, "field") or "", operator, amount))
    return thresholds


# --------------------------------------------------------------------------------------------------
# 7. Fraud rule compiler: conditions into a SQL WHERE clause for the risk engine.

_OPERATOR_SQL = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}
_OPERATOR_SQL_FULL = {
    **_OPERATOR_SQL,
    "ANY_IN": "IN",
    "ALL_IN": "@>",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
}


def fraud_rule_where_clause_buggy(payload: Payload) -> str:
    groups = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{child['on']}.{child['field']} {_OPERATOR_SQL[child['operator']]} :p{index}"
            for index, child in enumerate(condition["children"])
        ]
        joined = f" {condition['value']} ".join(parts) or "TRUE"
        groups.append(f"NOT ({joined})" if condition["isNegated"] else f"({joined})")
    return " AND ".join(groups) or "TRUE"


def fraud_rule_where_clause_fixed(payload: Payload) -> str:
    groups = []
    for condition in _conditions(payload):
        parts = []
        for index, child in enumerate(_children(condition)):
            sql = _OPERATOR_SQL_FULL.get(_text(child, "operator") or "")
            if sql is None:
                parts.append("FALSE")  # unknown operator: never match silently
                continue
            parts.append(f"{_text(child, 'on')}.{_text(child, 'field')} {sql} :p{index}")
        joiner = " OR " if condition.get("value") == "OR" else " AND "
        joined = joiner.join(parts) or "TRUE"
        groups.append(f"NOT ({joined})" if _flag(condition, "isNegated") else f"({joined})")
    return " AND ".join(groups) or "TRUE"


# --------------------------------------------------------------------------------------------------
# 8. Compliance dashboard: a one-line label of who an integration's alerts go to.


def audience_label_buggy(payload: Payload) -> str:
    if "conditions" not in payload:
        return "all customers"
    first = payload["conditions"][0]["children"][0]  # the server's default is conditions: []
    return f"{first['field']} {first['operator']} {first['value']}"


def audience_label_fixed(payload: Payload) -> str:
    for condition in _conditions(payload):
        for child in _children(condition):
            return f"{_text(child, 'field')} {_text(child, 'operator')} {_text(child, 'value')}"
    return "all customers"


# --------------------------------------------------------------------------------------------------
# 9. Vendor concentration risk: group email integrations by provider and sending domain.


def vendor_concentration_key_buggy(payload: Payload) -> tuple[str, str | None]:
    sender = payload["credentials"].get("from")
    if payload["channel"] == "email" and sender:
        domain = sender.split("@")[1].strip("> ").lower()  # "from" is a free string
        return payload["providerId"], domain
    return payload["providerId"], None


def vendor_concentration_key_fixed(payload: Payload) -> tuple[str, str | None]:
    provider = _text(payload, "providerId") or ""
    sender = _text(_creds(payload), "from")
    if payload.get("channel") != "email" or not sender:
        return provider, None
    address = sender.rpartition("<")[2].partition(">")[0] if "<" in sender else sender
    _, at, domain = address.rpartition("@")
    domain = domain.strip().lower()
    return provider, domain if at and domain else None


# --------------------------------------------------------------------------------------------------
# 10. Disaster recovery: the failover role of each integration from its flags.

_DR_ROLES = {(True, True): "primary", (False, True): "standby", (False, False): "disabled"}


def failover_role_buggy(payload: Payload) -> str:
    return _DR_ROLES[(payload["primary"], payload["active"])]  # primary but inactive is allowed


def failover_role_fixed(payload: Payload) -> str:
    primary, active = _flag(payload, "primary"), _flag(payload, "active")
    if not active:
        return "disabled_stale_primary" if primary else "disabled"
    return "primary" if primary else "standby"


# --------------------------------------------------------------------------------------------------
# 11. PCI audit of SMTP TLS settings (tlsOptions is a free-form object).

_WEAK_TLS = frozenset({"SSLV3", "TLSV1", "TLSV1.1"})


def pci_tls_findings_buggy(payload: Payload) -> list[str]:
    creds = payload["credentials"]
    tls = creds.get("tlsOptions", {})
    findings = []
    if creds.get("ignoreTls"):
        findings.append("TLS disabled")
    if tls.get("rejectUnauthorized") is False:
        findings.append("certificate verification disabled")
    if tls.get("minVersion", "TLSv1.2").upper() in _WEAK_TLS:  # any JSON value is allowed here
        findings.append("weak minimum TLS version")
    return findings


def pci_tls_findings_fixed(payload: Payload) -> list[str]:
    creds = _creds(payload)
    tls = _mapping(creds.get("tlsOptions"))
    findings = []
    if _flag(creds, "ignoreTls"):
        findings.append("TLS disabled")
    if tls.get("rejectUnauthorized") is False:
        findings.append("certificate verification disabled")
    min_version = tls.get("minVersion", "TLSv1.2")
    if not isinstance(min_version, str):
        findings.append("unrecognised minimum TLS version")
    elif min_version.strip().upper() in _WEAK_TLS:
        findings.append("weak minimum TLS version")
    return findings


# --------------------------------------------------------------------------------------------------
# 12. SMTP relay endpoint for the outbound mail firewall rules.


def smtp_relay_endpoint_buggy(payload: Payload) -> tuple[str | None, int, str] | None:
    creds = payload["credentials"]
    if "host" not in creds:
        return None
    scheme = "smtps" if creds.get("secure") else "smtp"
    parts = urlsplit(f"{scheme}://{creds['host']}:{creds.get('port', '587')}")
    return parts.hostname, parts.port or 587, scheme  # .port raises on a non-numeric port


def smtp_relay_endpoint_fixed(payload: Payload) -> tuple[str | None, int, str] | None:
    creds = _creds(payload)
    host = _text(creds, "host")
    if host is None:
        return None
    secure = _flag(creds, "secure")
    default = 465 if secure else 587
    port = default
    raw_port = (_text(creds, "port") or "").strip()
    if raw_port.isascii() and raw_port.isdigit() and len(raw_port) <= 5 and 0 < int(raw_port) < 65536:
        port = int(raw_port)
    return host.strip().lower() or None, port, "smtps" if secure else "smtp"


# --------------------------------------------------------------------------------------------------
# 13. Data residency: provider regions must be in the EU for EU customers' data.


def data_residency_status_buggy(payload: Payload) -> str:
    region = payload["credentials"].get("region")
    if region is None:
        return "n/a"
    geo, _area, _number = region.split("-")  # "eu" (SparkPost) or "us-gov-west-1" do not split in 3
    return "compliant" if geo == "eu" else "review"


def data_residency_status_fixed(payload: Payload) -> str:
    region = _text(_creds(payload), "region")
    if region is None:
        return "n/a"
    geo = region.strip().lower().split("-")[0]
    return "compliant" if geo == "eu" else "review"


# --------------------------------------------------------------------------------------------------
# 14. Tenant isolation: tenant-scoped audit key, with the record's creation time from its ObjectId.


def tenant_audit_key_buggy(payload: Payload) -> tuple[str, str]:
    integration_id = payload["_id"]  # optional in the contract
    created = datetime.fromtimestamp(int(integration_id[:8], 16), tz=UTC)
    key = f"{payload['_organizationId']}/{payload['_environmentId']}/{integration_id}"
    return key, created.isoformat()


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def tenant_audit_key_fixed(payload: Payload) -> tuple[str, str | None]:
    integration_id = _text(payload, "_id")
    ref = integration_id if integration_id is not None else f"identifier:{_text(payload, 'identifier')}"
    created = None
    if integration_id is not None and _OBJECT_ID.fullmatch(integration_id):
        created = datetime.fromtimestamp(int(integration_id[:8], 16), tz=UTC).isoformat()
    key = f"{_text(payload, '_organizationId')}/{_text(payload, '_environmentId')}/{ref}"
    return key, created


# --------------------------------------------------------------------------------------------------
# 15. Egress allow-list for webhook-style providers (email-webhook, push-webhook, generic-sms, ...).

_ALLOWED_HOST_SUFFIXES = (".bank.example", ".novu.co")


def webhook_egress_allowed_buggy(payload: Payload) -> bool:
    creds = payload["credentials"]
    url = creds.get("webhookUrl") or creds.get("baseUrl")
    if url is None:
        return True
    host = urlsplit(url).hostname  # None when the URL has no scheme ("hooks.bank.example/x")
    return bool(host.endswith(_ALLOWED_HOST_SUFFIXES))


def webhook_egress_allowed_fixed(payload: Payload) -> bool:
    creds = _creds(payload)
    url = _text(creds, "webhookUrl") or _text(creds, "baseUrl")
    if url is None:
        return True
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return False
    return host is not None and host.endswith(_ALLOWED_HOST_SUFFIXES)


# --------------------------------------------------------------------------------------------------
# 16. Secrets vault sync: which credential holds each provider's auth material (providers.json).

_BASIC_AUTH_PROVIDERS = frozenset({"twilio", "plivo"})
_KEY_SECRET_PROVIDERS = frozenset({"nexmo", "sns", "ses", "mailjet", "maqsam", "burst-sms"})
_BEARER_KEYS = ("apiKey", "apiToken", "accessKey", "token", "serviceAccount", "password", "secretKey")


def vault_auth_material_buggy(payload: Payload) -> tuple[str, str, str | None]:
    creds = payload["credentials"]
    provider = payload["providerId"]
    if provider in _BASIC_AUTH_PROVIDERS:
        return "basic", creds["accountSid"], creds["token"]
    if provider in _KEY_SECRET_PROVIDERS:
        return "key_secret", creds["apiKey"], creds["secretKey"]
    return "bearer", creds["apiKey"], None  # messagebird/azure-sms use accessKey, bulk-sms apiToken


def vault_auth_material_fixed(payload: Payload) -> tuple[str, str | None, str | None]:
    creds = _creds(payload)
    provider = payload.get("providerId")
    if provider in _BASIC_AUTH_PROVIDERS:
        return "basic", _text(creds, "accountSid"), _text(creds, "token")
    if provider in _KEY_SECRET_PROVIDERS:
        return "key_secret", _text(creds, "apiKey"), _text(creds, "secretKey")
    for key in _BEARER_KEYS:
        value = _text(creds, key)
        if value is not None:
            return "bearer", value, None
    return "none", None, None


# --------------------------------------------------------------------------------------------------
# The cases

_SMS_TWILIO: dict[str, Any] = {
    "name": "Twilio",
    "identifier": "twilio-Qm3xT9",
    "providerId": "twilio",
    "channel": "sms",
}

FINTECH_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="sender_id_registration_country_numeric_from",
        bug="parses the SMS 'from' as a phone number; alphanumeric sender ids are valid strings",
        buggy=sender_id_registration_country_buggy,
        fixed=sender_id_registration_country_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                **_SMS_TWILIO,
                "credentials": {"accountSid": "AC0001", "token": "tok-0001", "from": "ACMEBANK"},
            }
        ),
    ),
    ConsumerCase(
        name="pci_audit_mask_credentials_assumes_strings",
        bug="strips every credential value; credentials also hold booleans and the tlsOptions object",
        buggy=pci_audit_masked_credentials_buggy,
        fixed=pci_audit_masked_credentials_fixed,
        raises=(AttributeError, TypeError),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-7hGf2",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.bank.example",
                    "port": "465",
                    "secure": True,
                    "from": "alerts@bank.example",
                    "senderName": "Bank Alerts",
                },
            }
        ),
    ),
    ConsumerCase(
        name="signing_key_fingerprint_utf8_encode_surrogate",
        bug="encodes the signing secret as strict UTF-8; a JSON string may carry a lone surrogate",
        buggy=signing_key_fingerprint_buggy,
        fixed=signing_key_fingerprint_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "fake-api-key-\ud83d-0001",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                }
            }
        ),
    ),
    ConsumerCase(
        name="regulator_retention_requires_deleted_at",
        bug="assumes a deleted integration always carries deletedAt",
        buggy=regulator_retention_until_buggy,
        fixed=regulator_retention_until_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="inventory_fixed_width_export_byte_length",
        bug="pads fields by characters but checks the record length in UTF-8 bytes",
        buggy=inventory_fixed_width_record_buggy,
        fixed=inventory_fixed_width_record_fixed,
        raises=(ValueError,),
        example=_payload({"name": "Société Générale Alertes"}),
    ),
    ConsumerCase(
        name="fraud_threshold_decimal_grouping_separator",
        bug="parses threshold condition values with Decimal(); '10,000.00' is a valid string",
        buggy=fraud_amount_thresholds_buggy,
        fixed=fraud_amount_thresholds_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.amount",
                                "value": "10,000.00",
                                "operator": "LARGER_EQUAL",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="fraud_rule_compiler_missing_between_operator",
        bug="maps only the common operators to SQL; BETWEEN, LIKE, ALL_IN ... are in the enum",
        buggy=fraud_rule_where_clause_buggy,
        fixed=fraud_rule_where_clause_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "OR",
                        "children": [
                            {
                                "field": "payload.riskScore",
                                "value": "70,100",
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
        name="audience_label_first_condition_of_empty_list",
        bug="indexes conditions[0].children[0]; conditions defaults to [] and children may be empty",
        buggy=audience_label_buggy,
        fixed=audience_label_fixed,
        raises=(IndexError,),
        example=_payload({"conditions": []}),
    ),
    ConsumerCase(
        name="vendor_concentration_sender_domain_without_at",
        bug="splits the email 'from' on '@'; the contract lets it be any string",
        buggy=vendor_concentration_key_buggy,
        fixed=vendor_concentration_key_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "Bank Alerts",
                    "senderName": "Bank Alerts",
                }
            }
        ),
    ),
    ConsumerCase(
        name="failover_role_primary_but_inactive",
        bug="looks up the DR role by (primary, active); primary with active false is valid",
        buggy=failover_role_buggy,
        fixed=failover_role_fixed,
        raises=(KeyError,),
        example=_payload({"primary": True, "active": False}),
    ),
    ConsumerCase(
        name="pci_tls_audit_min_version_not_string",
        bug="calls .upper() on tlsOptions.minVersion; tlsOptions values are any JSON",
        buggy=pci_tls_findings_buggy,
        fixed=pci_tls_findings_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-7hGf2",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.bank.example",
                    "port": "587",
                    "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": True},
                    "from": "alerts@bank.example",
                    "senderName": "Bank Alerts",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_relay_endpoint_non_numeric_port",
        bug="reads the port through urlsplit().port; the port string may be a service name",
        buggy=smtp_relay_endpoint_buggy,
        fixed=smtp_relay_endpoint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Zp81",
                "providerId": "kannel",
                "channel": "sms",
                "credentials": {"host": "kannel.bank.example", "port": "sendsms", "from": "+4915112345678"},
            }
        ),
    ),
    ConsumerCase(
        name="data_residency_region_three_part_split",
        bug="unpacks region.split('-') into three parts; 'eu' (SparkPost) is a valid region",
        buggy=data_residency_status_buggy,
        fixed=data_residency_status_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SparkPost",
                "identifier": "spark-post-Lk2v",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "region": "eu",
                    "from": "alerts@bank.example",
                    "senderName": "Bank Alerts",
                },
            }
        ),
    ),
    ConsumerCase(
        name="tenant_audit_key_requires_object_id",
        bug="builds the tenant audit key from _id, which is optional",
        buggy=tenant_audit_key_buggy,
        fixed=tenant_audit_key_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="webhook_egress_allowlist_schemeless_url",
        bug="calls .endswith on urlsplit().hostname, which is None for a URL without a scheme",
        buggy=webhook_egress_allowed_buggy,
        fixed=webhook_egress_allowed_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Rt5s",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {"webhookUrl": "hooks.bank.example/push", "secretKey": "whsec-0001"},
            }
        ),
    ),
    ConsumerCase(
        name="vault_auth_material_assumes_api_key",
        bug="falls back to credentials['apiKey']; MessageBird and Azure SMS authenticate with accessKey",
        buggy=vault_auth_material_buggy,
        fixed=vault_auth_material_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "MessageBird",
                "identifier": "message-bird-Vb7c",
                "providerId": "messagebird",
                "channel": "sms",
                "credentials": {"accessKey": "live_fake0001", "from": "ACMEBANK"},
            }
        ),
    ),
]
