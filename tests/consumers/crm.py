"""Sixteen CRM / customer-success consumers of ``GET /v1/integrations`` items, each with one bug.

The consumers belong to a CRM sync team: code that mirrors Novu integrations into Salesforce- and
HubSpot-style records (external ids, picklists, field byte limits, upserts by composite keys),
scores account health per channel, raises churn-risk signals from deleted integrations, builds
onboarding checklists per provider, routes contact owners, and writes renewal and residency
reports. Each buggy version works on ``HAPPY_PATH`` and breaks on a payload the 0.7.0 contract
allows; each fixed control is a tolerant reader that never raises on a contract-valid payload.

Written from the contract documents alone (``CONTRACT.md``, ``SERVER-SEMANTICS.md``, the seed, the
OpenAPI document and ``providers.json``), without looking at the data generator.
"""

from __future__ import annotations

import copy
import re
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _str(payload: Mapping[str, Any], key: str, default: str = "") -> str:
    """The string at ``key``, or ``default`` when it is absent or not a string."""
    value = payload.get(key)
    return value if isinstance(value, str) else default


def _bool(payload: Mapping[str, Any], key: str, default: bool = False) -> bool:
    value = payload.get(key)
    return value if isinstance(value, bool) else default


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    value = payload.get("credentials")
    return value if isinstance(value, dict) else {}


def _cred_str(payload: Mapping[str, Any], key: str) -> str | None:
    """A credentials value if it is a string; ``None`` when absent or of another JSON type."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    value = payload.get("conditions")
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    value = condition.get("children")
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _clean(text: str) -> str:
    """``text`` with lone surrogates replaced, so it can be encoded as UTF-8 anywhere downstream."""
    return text.encode("utf-8", "replace").decode("utf-8", "replace")


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")
REPORT_DATE = datetime(2025, 6, 30, tzinfo=UTC)
DEFAULT_CSM = "csm-queue@crm.example.com"

# Per-provider credential forms, copied from providers.json (May 2025): key -> required.
_PROVIDER_FORMS: dict[str, dict[str, bool]] = {
    "novu": {"hmac": False},
    "novu-email": {},
    "novu-sms": {},
    "sendgrid": {"apiKey": True, "ipPoolName": False, "from": True, "senderName": True},
    "mailgun": {
        "apiKey": True,
        "baseUrl": False,
        "user": True,
        "domain": True,
        "from": True,
        "senderName": True,
    },
    "ses": {"apiKey": True, "secretKey": True, "region": True, "from": True, "senderName": True},
    "sparkpost": {"apiKey": True, "region": False, "from": True, "senderName": True},
    "nodemailer": {
        "user": False,
        "password": False,
        "host": True,
        "port": True,
        "secure": False,
        "requireTls": False,
        "ignoreTls": False,
        "tlsOptions": False,
        "domain": False,
        "secretKey": False,
        "accountSid": False,
        "from": True,
        "senderName": True,
    },
    "twilio": {"accountSid": True, "token": True, "from": True},
    "sns": {"apiKey": True, "secretKey": True, "region": True},
    "kannel": {"host": True, "port": True, "user": False, "password": False, "from": True},
    "ring-central": {"clientId": True, "secretKey": True, "secure": False, "token": True, "from": True},
    "slack": {
        "applicationId": True,
        "clientId": True,
        "secretKey": True,
        "redirectUrl": False,
        "hmac": False,
    },
    "discord": {},
    "msteams": {},
    "mattermost": {},
    "ryver": {},
    "zulip": {},
    "fcm": {"serviceAccount": True},
    "apns": {"secretKey": True, "apiKey": True, "projectName": True, "applicationId": True, "secure": False},
}


def _required_keys(provider_id: str) -> list[str]:
    form = _PROVIDER_FORMS.get(provider_id, {"apiKey": True})
    return [key for key, required in form.items() if required]


# --------------------------------------------------------------------------------------------
# 1. Renewal report: "customer since" from the environment's ObjectId timestamp
# --------------------------------------------------------------------------------------------


def renewal_customer_since_buggy(payload: Payload) -> dict[str, Any]:
    env_id = payload["_environmentId"]
    # The first four bytes of a Mongo ObjectId are its creation time.
    created = datetime.fromtimestamp(int(env_id[:8], 16), tz=UTC)
    quarter = (created.month - 1) // 3 + 1
    return {
        "environment": env_id,
        "customerSince": created.date().isoformat(),
        "cohort": f"{created.year}-Q{quarter}",
    }


def renewal_customer_since_fixed(payload: Payload) -> dict[str, Any]:
    env_id = _str(payload, "_environmentId")
    if _OBJECT_ID.fullmatch(env_id) is None:
        return {"environment": _clean(env_id), "customerSince": None, "cohort": None}
    created = datetime.fromtimestamp(int(env_id[:8], 16), tz=UTC)
    quarter = (created.month - 1) // 3 + 1
    return {
        "environment": env_id,
        "customerSince": created.date().isoformat(),
        "cohort": f"{created.year}-Q{quarter}",
    }


# --------------------------------------------------------------------------------------------
# 2. HubSpot "Notification channel" picklist
# --------------------------------------------------------------------------------------------

_HUBSPOT_CHANNEL_OPTIONS = {"email": "Email", "sms": "SMS", "push": "Mobile push", "chat": "Chat"}


def hubspot_channel_picklist_buggy(payload: Payload) -> dict[str, str]:
    return {
        "hs_object_source_id": payload["identifier"],
        "notification_channel": _HUBSPOT_CHANNEL_OPTIONS[payload["channel"]],
    }


_HUBSPOT_CHANNEL_OPTIONS_FULL = {**_HUBSPOT_CHANNEL_OPTIONS, "in_app": "In-app inbox"}


def hubspot_channel_picklist_fixed(payload: Payload) -> dict[str, str]:
    return {
        "hs_object_source_id": _clean(_str(payload, "identifier")),
        "notification_channel": _HUBSPOT_CHANNEL_OPTIONS_FULL.get(_str(payload, "channel"), "Other"),
    }


# --------------------------------------------------------------------------------------------
# 3. Salesforce Data Loader CSV row: Name limited to 80 bytes
# --------------------------------------------------------------------------------------------

_SF_NAME_BYTES = 80


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def salesforce_name_csv_row_buggy(payload: Payload) -> str:
    name = payload["name"].encode("utf-8")[:_SF_NAME_BYTES].decode("utf-8")
    return ",".join(_csv_cell(cell) for cell in (payload["identifier"], name, payload["providerId"]))


def salesforce_name_csv_row_fixed(payload: Payload) -> str:
    raw = _str(payload, "name").encode("utf-8", "replace")
    name = raw[:_SF_NAME_BYTES].decode("utf-8", "ignore")
    cells = (_clean(_str(payload, "identifier")), name, _clean(_str(payload, "providerId")))
    return ",".join(_csv_cell(cell) for cell in cells)


# --------------------------------------------------------------------------------------------
# 4. Churn signal: days since the integration was deleted
# --------------------------------------------------------------------------------------------


def churn_days_since_deleted_buggy(payload: Payload) -> dict[str, Any]:
    if not payload["deleted"]:
        return {"churnRisk": "none"}
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return {"churnRisk": "unknown"}
    # JavaScript's Date#toISOString format, as the dashboard shows it.
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    days = (REPORT_DATE - when).days
    return {"churnRisk": "high" if days < 30 else "medium", "daysSinceDeletion": days}


def _parse_timestamp(text: str) -> datetime | None:
    candidate = text.strip()
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(candidate)
    except (ValueError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when


def churn_days_since_deleted_fixed(payload: Payload) -> dict[str, Any]:
    if not _bool(payload, "deleted"):
        return {"churnRisk": "none"}
    when = _parse_timestamp(_str(payload, "deletedAt"))
    if when is None:
        return {"churnRisk": "unknown"}
    try:
        days = (REPORT_DATE - when).days
    except OverflowError:
        return {"churnRisk": "unknown"}
    return {"churnRisk": "high" if days < 30 else "medium", "daysSinceDeletion": days}


# --------------------------------------------------------------------------------------------
# 5. Contact-owner routing for deleted integrations (webhook to the CRM)
# --------------------------------------------------------------------------------------------


def deletion_owner_webhook_buggy(payload: Payload) -> dict[str, Any]:
    if not payload["deleted"]:
        return {"event": "integration.live", "owner": DEFAULT_CSM}
    # The API sends deletedBy: null when a system job deleted it.
    owner = payload["deletedBy"] or DEFAULT_CSM
    return {"event": "integration.deleted", "owner": owner, "org": payload["_organizationId"]}


def deletion_owner_webhook_fixed(payload: Payload) -> dict[str, Any]:
    if not _bool(payload, "deleted"):
        return {"event": "integration.live", "owner": DEFAULT_CSM}
    owner = _str(payload, "deletedBy").strip() or DEFAULT_CSM
    return {
        "event": "integration.deleted",
        "owner": _clean(owner),
        "org": _clean(_str(payload, "_organizationId")),
    }


# --------------------------------------------------------------------------------------------
# 6. Contact phone field: SMS sender normalised to E.164
# --------------------------------------------------------------------------------------------


def sms_sender_e164_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    digits = sender.replace("+", "").replace(" ", "").replace("-", "")
    return f"+{int(digits)}"


_PHONE = re.compile(r"\+?[0-9][0-9 ().\-]*")


def sms_sender_e164_fixed(payload: Payload) -> str | None:
    if _str(payload, "channel") != "sms":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return None
    candidate = sender.strip()
    if len(candidate) > 40 or _PHONE.fullmatch(candidate) is None:
        return None  # an alphanumeric sender id, not a phone number
    digits = re.sub(r"[^0-9]", "", candidate)
    if not 7 <= len(digits) <= 15:
        return None
    return "+" + digits


# --------------------------------------------------------------------------------------------
# 7. SMTP onboarding check: port and TLS mode
# --------------------------------------------------------------------------------------------


def smtp_port_onboarding_buggy(payload: Payload) -> dict[str, Any] | None:
    credentials = payload["credentials"]
    if "host" not in credentials:
        return None
    port = int(credentials.get("port", "587"))
    secure = credentials.get("secure", False)
    warning = "port 465 needs secure=true" if port == 465 and not secure else None
    return {"host": credentials["host"], "port": port, "warning": warning}


_PORT = re.compile(r"[0-9]{1,5}")


def smtp_port_onboarding_fixed(payload: Payload) -> dict[str, Any] | None:
    host = _cred_str(payload, "host")
    if host is None:
        return None
    port_text = (_cred_str(payload, "port") or "587").strip()
    port = int(port_text) if _PORT.fullmatch(port_text) else None
    if port is not None and not 0 < port < 65536:
        port = None
    secure = _creds(payload).get("secure") is True
    if port is None:
        warning: str | None = "port is missing or not a number"
    else:
        warning = "port 465 needs secure=true" if port == 465 and not secure else None
    return {"host": _clean(host), "port": port, "warning": warning}


# --------------------------------------------------------------------------------------------
# 8. Onboarding checklist: custom CA bundle in tlsOptions
# --------------------------------------------------------------------------------------------

_PEM_HEADER = "-----BEGIN CERTIFICATE-----"


def tls_ca_bundle_check_buggy(payload: Payload) -> list[str]:
    tls = payload["credentials"].get("tlsOptions") or {}
    items = []
    ca = tls.get("ca")
    if ca and not ca.startswith(_PEM_HEADER):
        items.append("tlsOptions.ca is not a PEM certificate")
    if tls.get("rejectUnauthorized") is False:
        items.append("certificate verification is disabled")
    return items


def tls_ca_bundle_check_fixed(payload: Payload) -> list[str]:
    tls = _creds(payload).get("tlsOptions")
    if not isinstance(tls, dict):
        return []
    items = []
    ca = tls.get("ca")
    bundle = [ca] if isinstance(ca, str) else ca if isinstance(ca, list) else []
    if bundle and not all(isinstance(cert, str) and cert.lstrip().startswith(_PEM_HEADER) for cert in bundle):
        items.append("tlsOptions.ca is not a PEM certificate")
    if tls.get("rejectUnauthorized") is False:
        items.append("certificate verification is disabled")
    return items


# --------------------------------------------------------------------------------------------
# 9. Usage tier from the integration's routing condition
# --------------------------------------------------------------------------------------------

_TIERS = {"free": "Tier 1", "pro": "Tier 2", "business": "Tier 3", "enterprise": "Tier 4"}


def usage_tier_from_conditions_buggy(payload: Payload) -> str:
    rule = payload.get("conditions", [])[0]["children"][0]
    return _TIERS.get(rule["value"].lower(), "Unclassified")


def usage_tier_from_conditions_fixed(payload: Payload) -> str:
    for condition in _conditions(payload):
        for child in _children(condition):
            value = child.get("value")
            if isinstance(value, str):
                return _TIERS.get(value.strip().lower(), "Unclassified")
    return "Unclassified"


# --------------------------------------------------------------------------------------------
# 10. CRM segment filter (SOQL WHERE clause) from conditions
# --------------------------------------------------------------------------------------------

_SOQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
}


def _soql_literal(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _soql_field(field: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", field) + "__c"


def segment_filter_soql_buggy(payload: Payload) -> str:
    groups = []
    for condition in payload.get("conditions", []):
        parts = []
        for child in condition["children"]:
            operator = _SOQL_OPERATORS[child["operator"]]
            parts.append(f"{_soql_field(child['field'])} {operator} {_soql_literal(child['value'])}")
        clause = f" {condition['value']} ".join(parts) or "Id != null"
        groups.append(f"NOT ({clause})" if condition["isNegated"] else f"({clause})")
    return " AND ".join(groups)


_SOQL_OPERATORS_FULL = {
    **_SOQL_OPERATORS,
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
    "ANY_IN": "IN",
    "ALL_IN": "INCLUDES",
    "NOT_IN": "NOT IN",
}


def _soql_part(child: Mapping[str, Any]) -> str | None:
    field, operator, value = child.get("field"), child.get("operator"), child.get("value")
    if not (isinstance(field, str) and isinstance(operator, str) and isinstance(value, str)):
        return None
    column = _soql_field(_clean(field))
    literal = _soql_literal(_clean(value))
    if operator in ("BETWEEN", "NOT_BETWEEN"):
        low, _, high = _clean(value).partition(",")
        clause = f"({column} >= {_soql_literal(low.strip())} AND {column} <= {_soql_literal(high.strip())})"
        return clause if operator == "BETWEEN" else f"NOT {clause}"
    symbol = _SOQL_OPERATORS_FULL.get(operator)
    return None if symbol is None else f"{column} {symbol} {literal}"


def segment_filter_soql_fixed(payload: Payload) -> str:
    groups = []
    for condition in _conditions(payload):
        parts = [part for part in map(_soql_part, _children(condition)) if part is not None]
        joiner = " OR " if condition.get("value") == "OR" else " AND "
        clause = joiner.join(parts) or "Id != null"
        groups.append(f"NOT ({clause})" if condition.get("isNegated") is True else f"({clause})")
    return " AND ".join(groups)


# --------------------------------------------------------------------------------------------
# 11. Account health score per channel: credential completeness
# --------------------------------------------------------------------------------------------


def account_health_score_buggy(payload: Payload) -> dict[str, Any]:
    credentials = payload["credentials"]
    required = _required_keys(payload["providerId"])
    filled = sum(1 for key in required if credentials.get(key))
    score = 50 * filled / len(required)
    score += 30 if payload["active"] else 0
    score += 20 if payload["primary"] else 0
    return {"channel": payload["channel"], "health": round(score)}


def account_health_score_fixed(payload: Payload) -> dict[str, Any]:
    credentials = _creds(payload)
    required = _required_keys(_str(payload, "providerId"))
    filled = sum(1 for key in required if credentials.get(key) not in (None, "", False))
    score = 50 * filled / len(required) if required else 50.0
    score += 30 if _bool(payload, "active") else 0
    score += 20 if _bool(payload, "primary") else 0
    return {"channel": _str(payload, "channel"), "health": round(score)}


# --------------------------------------------------------------------------------------------
# 12. Onboarding checklist: masked preview of each credential on the provider's form
# --------------------------------------------------------------------------------------------


def onboarding_checklist_buggy(payload: Payload) -> list[dict[str, Any]]:
    credentials = payload["credentials"]
    form = _PROVIDER_FORMS.get(payload["providerId"], {})
    checklist = []
    for key, required in form.items():
        value = credentials.get(key)
        preview = value[:4] + "****" if value else None
        checklist.append({"item": key, "required": required, "done": bool(value), "preview": preview})
    return checklist


def _preview(value: object) -> str | None:
    if isinstance(value, str):
        return _clean(value[:4]) + "****" if value else None
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, dict):
        return "configured" if value else None
    return None if value is None else "set"


def onboarding_checklist_fixed(payload: Payload) -> list[dict[str, Any]]:
    credentials = _creds(payload)
    form = _PROVIDER_FORMS.get(_str(payload, "providerId"), {})
    checklist = []
    for key, required in form.items():
        value = credentials.get(key)
        done = value is not None and value != ""
        checklist.append({"item": key, "required": required, "done": done, "preview": _preview(value)})
    return checklist


# --------------------------------------------------------------------------------------------
# 13. Data-residency field from the provider region
# --------------------------------------------------------------------------------------------

_RESIDENCY = {"us": "United States", "eu": "European Union", "ap": "Asia Pacific", "ca": "Canada"}


def data_residency_region_buggy(payload: Payload) -> str:
    region = payload["credentials"].get("region")
    if region is None:
        return "Provider default"
    geo, _area, _zone = region.split("-")  # e.g. eu-west-1
    return _RESIDENCY.get(geo, "Other")


def data_residency_region_fixed(payload: Payload) -> str:
    region = _cred_str(payload, "region")
    if region is None or not region.strip():
        return "Provider default"
    geo = region.strip().lower().split("-", 1)[0]
    return _RESIDENCY.get(geo, "Other")


# --------------------------------------------------------------------------------------------
# 14. Customer-facing status email: sending domain from the sender address
# --------------------------------------------------------------------------------------------


def status_email_sender_domain_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("from", "no-reply@novu.co")
    domain = sender.split("@")[1].strip().rstrip(">").lower()
    return {"subject": f"Your {payload['name']} integration sends from {domain}", "domain": domain}


def status_email_sender_domain_fixed(payload: Payload) -> dict[str, Any] | None:
    if _str(payload, "channel") != "email":
        return None
    sender = _cred_str(payload, "from") or "no-reply@novu.co"
    _local, at, domain = sender.rpartition("@")
    domain = domain.strip().rstrip(">").lower() if at else ""
    shown = _clean(domain) or "an unverified sender"
    return {
        "subject": f"Your {_clean(_str(payload, 'name'))} integration sends from {shown}",
        "domain": _clean(domain),
    }


# --------------------------------------------------------------------------------------------
# 15. "Sender status" picklist from active/primary
# --------------------------------------------------------------------------------------------

_SENDER_STATUS = {(True, True): "Default sender", (True, False): "Fallback", (False, False): "Disabled"}


def sender_status_picklist_buggy(payload: Payload) -> dict[str, str]:
    status = _SENDER_STATUS[(payload["active"], payload["primary"])]
    return {"external_id": payload["identifier"], "sender_status": status}


def sender_status_picklist_fixed(payload: Payload) -> dict[str, str]:
    key = (_bool(payload, "active"), _bool(payload, "primary"))
    status = _SENDER_STATUS.get(key, "Disabled (was default)")
    return {"external_id": _clean(_str(payload, "identifier")), "sender_status": status}


# --------------------------------------------------------------------------------------------
# 16. Account deduplication: upsert key from organization + first word of the name
# --------------------------------------------------------------------------------------------


def account_dedup_key_buggy(payload: Payload) -> str:
    brand = payload["name"].split()[0].lower()
    return f"{payload['_organizationId']}:{brand}"


def account_dedup_key_fixed(payload: Payload) -> str:
    words = _clean(_str(payload, "name")).split()
    if words:
        brand = words[0].casefold()
    else:
        fallback = _clean(_str(payload, "providerId") or _str(payload, "identifier"))
        brand = fallback.strip().casefold() or f"unnamed-{zlib.crc32(fallback.encode()):08x}"
    return f"{_clean(_str(payload, '_organizationId'))}:{brand}"


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------

CRM_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="renewal_report_customer_since_assumes_object_id",
        bug="parses _environmentId as a hex ObjectId, but the contract only says it is a string",
        buggy=renewal_customer_since_buggy,
        fixed=renewal_customer_since_fixed,
        raises=(ValueError,),
        example=_payload({"_environmentId": "production"}),
    ),
    ConsumerCase(
        name="hubspot_channel_picklist_missing_in_app",
        bug="the HubSpot channel picklist has no option for the in_app channel",
        buggy=hubspot_channel_picklist_buggy,
        fixed=hubspot_channel_picklist_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zq81xk",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="salesforce_name_csv_byte_truncation_splits_utf8",
        bug="cuts the name at 80 UTF-8 bytes and decodes strictly, splitting a multi-byte character",
        buggy=salesforce_name_csv_row_buggy,
        fixed=salesforce_name_csv_row_fixed,
        raises=(UnicodeError,),
        example=_payload({"name": "通知サービス" * 10}),
    ),
    ConsumerCase(
        name="churn_signal_deleted_at_strict_millis_format",
        bug="parses deletedAt only in JavaScript's toISOString format, but it is a plain string",
        buggy=churn_days_since_deleted_buggy,
        fixed=churn_days_since_deleted_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-08T10:00:00+00:00"}),
    ),
    ConsumerCase(
        name="deletion_owner_webhook_expects_deleted_by_null",
        bug="expects deletedBy to be present (null) on deleted records, but it is optional and often absent",
        buggy=deletion_owner_webhook_buggy,
        fixed=deletion_owner_webhook_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-08T10:00:00.000Z"}),
    ),
    ConsumerCase(
        name="sms_sender_e164_rejects_alphanumeric_sender_id",
        bug="turns the SMS 'from' into an integer phone number, but alphanumeric sender ids are valid",
        buggy=sms_sender_e164_buggy,
        fixed=sms_sender_e164_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Hk2p9s",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "AC0000000000", "token": "fake-token", "from": "ACMEALERTS"},
            }
        ),
    ),
    ConsumerCase(
        name="smtp_onboarding_port_int_parse",
        bug="calls int() on the string credentials.port, which may be blank or not a number",
        buggy=smtp_port_onboarding_buggy,
        fixed=smtp_port_onboarding_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-P0o9lq",
                "providerId": "nodemailer",
                "credentials": {"host": "smtp.example.com", "port": "", "from": "ops@example.com"},
            }
        ),
    ),
    ConsumerCase(
        name="tls_options_ca_bundle_assumed_string",
        bug="treats tlsOptions.ca as a string, but tlsOptions is free-form and ca is often a list of PEMs",
        buggy=tls_ca_bundle_check_buggy,
        fixed=tls_ca_bundle_check_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "tlsOptions": {"ca": [_PEM_HEADER + "\nMIIB\n", _PEM_HEADER + "\nMIIC\n"]},
                },
            }
        ),
    ),
    ConsumerCase(
        name="usage_tier_first_condition_child_on_empty_conditions",
        bug="reads conditions[0].children[0], but conditions is optional and defaults to []",
        buggy=usage_tier_from_conditions_buggy,
        fixed=usage_tier_from_conditions_fixed,
        raises=(IndexError,),
        example=_payload({"conditions": []}),
    ),
    ConsumerCase(
        name="segment_filter_soql_operator_map_incomplete",
        bug="maps only comparison operators to SOQL; LIKE, BETWEEN, ANY_IN and others are valid too",
        buggy=segment_filter_soql_buggy,
        fixed=segment_filter_soql_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriber.email",
                                "value": "%@acme.io",
                                "operator": "LIKE",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="account_health_score_zero_required_credentials",
        bug="divides by the number of required credentials, which is zero for providers with no form",
        buggy=account_health_score_buggy,
        fixed=account_health_score_fixed,
        raises=(ZeroDivisionError,),
        example=_payload(
            {
                "name": "Discord",
                "identifier": "discord-Ab12Cd",
                "providerId": "discord",
                "channel": "chat",
                "credentials": {},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="onboarding_checklist_masks_boolean_credential",
        bug="slices every form credential as a string, but hmac/secure are booleans",
        buggy=onboarding_checklist_buggy,
        fixed=onboarding_checklist_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Rt5Yu7",
                "providerId": "slack",
                "channel": "chat",
                "credentials": {
                    "applicationId": "A0123",
                    "clientId": "1234.5678",
                    "secretKey": "fake-secret",
                    "hmac": True,
                },
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="data_residency_region_assumes_aws_triplet",
        bug="unpacks region as an AWS '<geo>-<area>-<n>' triplet, but SparkPost uses 'eu'/'us'",
        buggy=data_residency_region_buggy,
        fixed=data_residency_region_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SparkPost",
                "identifier": "spark-post-Lm3Nb4",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-key",
                    "region": "eu",
                    "from": "hi@acme.io",
                    "senderName": "Acme",
                },
            }
        ),
    ),
    ConsumerCase(
        name="status_email_sender_domain_without_at_sign",
        bug="takes the part after '@' of credentials.from, which is any string and may hold no '@'",
        buggy=status_email_sender_domain_buggy,
        fixed=status_email_sender_domain_fixed,
        raises=(IndexError,),
        example=_payload({"credentials": {"apiKey": "fake-key", "from": "Acme Notifications"}}),
    ),
    ConsumerCase(
        name="sender_status_picklist_inactive_primary",
        bug="has no picklist value for primary: true with active: false, a combination the contract allows",
        buggy=sender_status_picklist_buggy,
        fixed=sender_status_picklist_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="account_dedup_key_first_word_of_blank_name",
        bug="keys accounts on the first word of the name, but the name may be empty or whitespace only",
        buggy=account_dedup_key_buggy,
        fixed=account_dedup_key_fixed,
        raises=(IndexError,),
        example=_payload({"name": "   "}),
    ),
]
