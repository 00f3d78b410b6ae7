"""Sixteen healthcare consumers of ``GET /v1/integrations`` items, each with one plausible bug.

Written from the contract documents alone (``CONTRACT.md``, the seed, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at any generator. The consumers belong to a healthcare provider's
patient-communication platform: appointment reminders over SMS, e-mail and voice, HIPAA-minded audit
exports, clinic-by-clinic tenant routing, consent checks, on-call nurse paging and lab-result
notification fan-out.

Each ``ConsumerCase`` pairs a *buggy* consumer (it works on ``HAPPY_PATH``) with a *fixed* control that
honours the contract and never raises on a valid payload; ``example`` is a contract-valid payload on
which the buggy version raises.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------


def _variant(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced (``changes``), credentials replaced and keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_str(payload: Payload, key: str) -> str | None:
    """A string credential, or ``None`` when absent (or not a string)."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of a payload; ``[]`` when ``conditions`` is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _condition(
    children: list[dict[str, str]], *, type_: str = "STATEMENT", value: str = "AND"
) -> dict[str, Any]:
    """A contract-valid ``StepFilterDto``."""
    return {"isNegated": False, "type": type_, "value": value, "children": children}


def _child(field: str, value: str, operator: str = "EQUAL", on: str = "payload") -> dict[str, str]:
    """A contract-valid ``FieldFilterPartDto``."""
    return {"field": field, "value": value, "operator": operator, "on": on}


# --------------------------------------------------------------------------------------------------
# 1. Appointment-reminder e-mail: the From header
# --------------------------------------------------------------------------------------------------


def _reminder_from_header_buggy(payload: Payload) -> str | None:
    """Render the From header of appointment-reminder e-mails."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    return f'"{credentials["senderName"]}" <{credentials["from"]}>'


def _reminder_from_header_fixed(payload: Payload) -> str | None:
    """Render the From header; every credential key is optional (``novu-email`` has none)."""
    if payload.get("channel") != "email":
        return None
    address = _cred_str(payload, "from")
    if not address:
        return None
    name = _cred_str(payload, "senderName")
    if not name:
        return f"<{address}>"
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}" <{address}>'


# --------------------------------------------------------------------------------------------------
# 2. Retention job: days since a soft delete
# --------------------------------------------------------------------------------------------------


def _retention_days_buggy(payload: Payload) -> int | None:
    """Days since a deleted reminder integration was removed (HIPAA retention clock)."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    return (datetime.now(UTC) - deleted_at).days


def _retention_days_fixed(payload: Payload) -> int | None:
    """Days since deletion; ``deletedAt`` is a plain string, maybe naive or not a timestamp at all."""
    raw = payload.get("deletedAt")
    if payload.get("deleted") is not True or not isinstance(raw, str):
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
        if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        return (datetime.now(UTC) - deleted_at).days
    except (ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------------------------------
# 3. HIPAA audit export: creation time from the ObjectId
# --------------------------------------------------------------------------------------------------


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def _audit_created_buggy(payload: Payload) -> dict[str, str | None]:
    """Audit-export row; the creation time is read from the first 4 bytes of the Mongo ObjectId."""
    record_id = payload.get("_id")
    created = None
    if record_id is not None:
        created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC).isoformat()
    return {"integration": record_id, "provider": payload["providerId"], "created": created}


def _audit_created_fixed(payload: Payload) -> dict[str, str | None]:
    """Audit-export row; ``_id`` is any string, so only a 24-hex id yields a creation time."""
    record_id = payload.get("_id")
    provider = payload.get("providerId")
    created = None
    if isinstance(record_id, str) and _OBJECT_ID.fullmatch(record_id):
        created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC).isoformat()
    return {
        "integration": record_id if isinstance(record_id, str) else None,
        "provider": provider if isinstance(provider, str) else None,
        "created": created,
    }


# --------------------------------------------------------------------------------------------------
# 4. Clinic-by-clinic tenant routing from the integration's conditions
# --------------------------------------------------------------------------------------------------


def _clinic_route_buggy(payload: Payload) -> str:
    """Routing key of the clinic an integration serves, taken from its first condition."""
    conditions = payload.get("conditions") or []
    if not conditions:
        return "clinic:default"
    first = conditions[0]["children"][0]
    return f"clinic:{first['on']}:{first['field']}={first['value']}"


def _clinic_route_fixed(payload: Payload) -> str:
    """Routing key from the first child of any condition; a condition's children may be empty."""
    for condition in _conditions(payload):
        for child in _children(condition):
            return f"clinic:{child.get('on')}:{child.get('field')}={child.get('value')}"
    return "clinic:default"


# --------------------------------------------------------------------------------------------------
# 5. Consent check: evaluate the conditions against a patient's consent record
# --------------------------------------------------------------------------------------------------


_PATIENT_CONSENT: dict[str, str] = {
    "subscriber.plan": "pro",
    "payload.smsOptIn": "true",
    "payload.clinicId": "clinic-042",
    "subscriber.locale": "en-US",
}

_OPERATORS: dict[str, Callable[[str, str], bool]] = {
    "EQUAL": lambda actual, expected: actual == expected,
    "NOT_EQUAL": lambda actual, expected: actual != expected,
    "IN": lambda actual, expected: actual in expected.split(","),
    "NOT_IN": lambda actual, expected: actual not in expected.split(","),
    "LIKE": lambda actual, expected: expected in actual,
}


def _consent_allows_buggy(payload: Payload) -> bool:
    """Whether the sample patient's consent record passes every condition of the integration."""
    for condition in payload.get("conditions", []):
        results = [
            _OPERATORS[child["operator"]](_PATIENT_CONSENT.get(child["field"], ""), child["value"])
            for child in condition["children"]
        ]
        passed = any(results) if condition["value"] == "OR" else all(results)
        if passed == condition["isNegated"]:
            return False
    return True


def _consent_allows_fixed(payload: Payload) -> bool:
    """Consent check that fails closed on operators it does not implement (the enum has fourteen)."""
    for condition in _conditions(payload):
        results: list[bool] = []
        for child in _children(condition):
            operator = _OPERATORS.get(str(child.get("operator")))
            field, expected = child.get("field"), child.get("value")
            if operator is None or not isinstance(field, str) or not isinstance(expected, str):
                results.append(False)
            else:
                results.append(operator(_PATIENT_CONSENT.get(field, ""), expected))
        passed = any(results) if condition.get("value") == "OR" else all(results)
        if passed == (condition.get("isNegated") is True):
            return False
    return True


# --------------------------------------------------------------------------------------------------
# 6. Guardian consent: the minimum patient age of a NUMBER condition
# --------------------------------------------------------------------------------------------------


def _min_age_buggy(payload: Payload) -> int | None:
    """Minimum patient age an integration may message directly (younger patients go to a guardian)."""
    for condition in payload.get("conditions", []):
        if condition["type"] != "NUMBER":
            continue
        for child in condition["children"]:
            if child["operator"] in ("LARGER", "LARGER_EQUAL"):
                return int(child["value"])
    return None


def _min_age_fixed(payload: Payload) -> float | None:
    """Minimum age; a NUMBER condition's ``value`` is still any string ("", "18.5", "eighteen")."""
    for condition in _conditions(payload):
        if condition.get("type") != "NUMBER":
            continue
        for child in _children(condition):
            value = child.get("value")
            if child.get("operator") not in ("LARGER", "LARGER_EQUAL") or not isinstance(value, str):
                continue
            try:
                age = float(value)
            except ValueError:
                continue
            if math.isfinite(age):
                return age
    return None


# --------------------------------------------------------------------------------------------------
# 7. On-call nurse paging: the SMS sender number
# --------------------------------------------------------------------------------------------------


_E164 = re.compile(r"\+?([0-9]{5,15})")


def _pager_sender_buggy(payload: Payload) -> str | None:
    """E.164 sender number the nurse pager shows for an SMS integration."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    number = int(sender.replace(" ", "").replace("-", "").lstrip("+"))
    return f"+{number}"


def _pager_sender_fixed(payload: Payload) -> str | None:
    """Sender of the pager; ``from`` may be an alphanumeric sender id, not a phone number."""
    if payload.get("channel") != "sms":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return None
    match = _E164.fullmatch(sender.replace(" ", "").replace("-", ""))
    if match is None:
        return f"alpha:{sender}"
    return f"+{match.group(1)}"


# --------------------------------------------------------------------------------------------------
# 8. DMARC alignment: the domain of the reminder sender address
# --------------------------------------------------------------------------------------------------


def _sender_domain_buggy(payload: Payload) -> str | None:
    """Domain of the reminder sender address, checked against the clinic's DMARC record."""
    if payload["channel"] != "email":
        return None
    sender: str | None = payload["credentials"].get("from")
    if not sender:
        return None
    _local, domain = sender.split("@")
    return domain.lower()


def _sender_domain_fixed(payload: Payload) -> str | None:
    """Sender domain; ``from`` is any string: no ``@``, or an ``@`` in a quoted local part."""
    if payload.get("channel") != "email":
        return None
    sender = _cred_str(payload, "from")
    if not sender or "@" not in sender:
        return None
    return sender.rpartition("@")[2].strip().lower() or None


# --------------------------------------------------------------------------------------------------
# 9. On-prem SMTP relay config: the minimum TLS version (HIPAA wants TLS 1.2+)
# --------------------------------------------------------------------------------------------------


_COMPLIANT_TLS = {"TLSV1.2", "TLSV1.3"}


def _tls_policy_buggy(payload: Payload) -> str:
    """TLS policy line of the rendered relay config for a clinic's SMTP integration."""
    tls_options = payload["credentials"].get("tlsOptions") or {}
    min_version = tls_options.get("minVersion", "TLSv1.2")
    status = "compliant" if min_version.upper() in _COMPLIANT_TLS else "non-compliant"
    return f"tls_min_version={min_version} # {status}"


def _tls_policy_fixed(payload: Payload) -> str:
    """TLS policy line; ``tlsOptions`` is free-form JSON, so ``minVersion`` may be null or a number."""
    tls_options = _creds(payload).get("tlsOptions")
    min_version: object = "TLSv1.2"
    if isinstance(tls_options, dict):
        min_version = tls_options.get("minVersion", "TLSv1.2")
    if not isinstance(min_version, str):
        return f"tls_min_version=default # unreadable minVersion of type {type(min_version).__name__}"
    status = "compliant" if min_version.upper() in _COMPLIANT_TLS else "non-compliant"
    return f"tls_min_version={min_version} # {status}"


# --------------------------------------------------------------------------------------------------
# 10. Admin console: the status badge of an integration
# --------------------------------------------------------------------------------------------------


_BADGE_BUGGY: dict[tuple[bool, bool], str] = {
    (True, True): "primary",
    (True, False): "standby",
    (False, False): "disabled",
}

_BADGE: dict[tuple[bool, bool], str] = {**_BADGE_BUGGY, (False, True): "primary (inactive)"}


def _status_badge_buggy(payload: Payload) -> str:
    """Status badge in the clinic admin console."""
    if payload["deleted"]:
        return "archived"
    return _BADGE_BUGGY[(payload["active"], payload["primary"])]


def _status_badge_fixed(payload: Payload) -> str:
    """Status badge; ``primary: true`` with ``active: false`` is valid (set-primary keeps it)."""
    if payload.get("deleted") is True:
        return "archived"
    return _BADGE[(payload.get("active") is True, payload.get("primary") is True)]


# --------------------------------------------------------------------------------------------------
# 11. Reminder fan-out: the queue per channel
# --------------------------------------------------------------------------------------------------


_REMINDER_QUEUES = {"email": "reminders.email", "sms": "reminders.sms", "push": "reminders.push"}


def _reminder_queue_buggy(payload: Payload) -> str:
    """Queue an appointment reminder goes to for this integration."""
    return _REMINDER_QUEUES[payload["channel"]]


def _reminder_queue_fixed(payload: Payload) -> str:
    """Queue name; ``chat`` and ``in_app`` integrations are valid too and go to the unrouted queue."""
    channel = payload.get("channel")
    if not isinstance(channel, str):
        return "reminders.unrouted"
    return _REMINDER_QUEUES.get(channel, "reminders.unrouted")


# --------------------------------------------------------------------------------------------------
# 12. Fixed-width audit record: a 40-byte name field
# --------------------------------------------------------------------------------------------------


_NAME_FIELD_BYTES = 40


def _audit_name_field_buggy(payload: Payload) -> bytes:
    """The integration name as the 40-byte field of the fixed-width HIPAA audit record."""
    encoded: bytes = payload["name"][:_NAME_FIELD_BYTES].encode("utf-8")
    if len(encoded) > _NAME_FIELD_BYTES:
        raise ValueError(f"name overflows the {_NAME_FIELD_BYTES}-byte audit field")
    return encoded.ljust(_NAME_FIELD_BYTES, b" ")


def _audit_name_field_fixed(payload: Payload) -> bytes:
    """The 40-byte name field, cut on bytes (not characters) at a UTF-8 boundary."""
    name = payload.get("name")
    encoded = (name if isinstance(name, str) else "").encode("utf-8", "replace")
    cut = encoded[:_NAME_FIELD_BYTES].decode("utf-8", "ignore").encode("utf-8")
    return cut.ljust(_NAME_FIELD_BYTES, b" ")


# --------------------------------------------------------------------------------------------------
# 13. Lab-result fan-out: egress allow-list for webhook integrations
# --------------------------------------------------------------------------------------------------


_LAB_EGRESS_SUFFIX = ".lab.example.org"


def _lab_webhook_allowed_buggy(payload: Payload) -> bool | None:
    """Whether lab results may be posted to the integration's webhook (egress allow-list)."""
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    host = cast(str, urlsplit(url).hostname)
    return host.endswith(_LAB_EGRESS_SUFFIX)


def _lab_webhook_allowed_fixed(payload: Payload) -> bool | None:
    """Allow-list check; ``webhookUrl`` is any string: relative, empty or unparsable means denied."""
    url = _cred_str(payload, "webhookUrl")
    if url is None:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and host.endswith(_LAB_EGRESS_SUFFIX)


# --------------------------------------------------------------------------------------------------
# 14. Admin table row: number of routing rules
# --------------------------------------------------------------------------------------------------


def _admin_row_buggy(payload: Payload) -> dict[str, object]:
    """Row of the clinic admins' integration table (credentials redacted)."""
    return {
        "name": payload["name"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "rules": len(payload["conditions"]),
        "active": payload["active"],
    }


def _admin_row_fixed(payload: Payload) -> dict[str, object]:
    """Admin row; ``conditions`` is optional and may be absent."""
    return {
        "name": payload.get("name"),
        "provider": payload.get("providerId"),
        "channel": payload.get("channel"),
        "rules": len(_conditions(payload)),
        "active": payload.get("active") is True,
    }


# --------------------------------------------------------------------------------------------------
# 15. Data residency: AWS region of SES / SNS integrations
# --------------------------------------------------------------------------------------------------


_US_GEOS = {"us", "ca"}


def _aws_residency_buggy(payload: Payload) -> bool | None:
    """Whether an SES/SNS integration keeps patient messages in North America (BAA scope)."""
    if payload["providerId"] not in ("ses", "sns"):
        return None
    region = payload["credentials"].get("region", "us-east-1")
    geo, _direction, _index = region.split("-")
    return geo in _US_GEOS


def _aws_residency_fixed(payload: Payload) -> bool | None:
    """Residency check; regions such as ``us-gov-west-1`` have four parts, and the string is free."""
    if payload.get("providerId") not in ("ses", "sns"):
        return None
    region = _cred_str(payload, "region")
    if region is None:
        region = "us-east-1"
    return region.split("-")[0].lower() in _US_GEOS


# --------------------------------------------------------------------------------------------------
# 16. Patient-app push: the Firebase project of an FCM integration
# --------------------------------------------------------------------------------------------------


def _fcm_project_buggy(payload: Payload) -> str | None:
    """Firebase project the patient app's push notifications go through."""
    if payload["providerId"] != "fcm":
        return None
    service_account = payload["credentials"].get("serviceAccount")
    if service_account is None:
        return None
    project: str = json.loads(service_account)["project_id"]
    return project


def _fcm_project_fixed(payload: Payload) -> str | None:
    """Firebase project; ``serviceAccount`` is any string (e.g. the ``nvsk.`` encrypted form)."""
    if payload.get("providerId") != "fcm":
        return None
    service_account = _cred_str(payload, "serviceAccount")
    if service_account is None:
        return None
    try:
        parsed = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    project = parsed.get("project_id") if isinstance(parsed, dict) else None
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------


HEALTHCARE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="healthcare_reminder_from_header",
        bug="assumes every e-mail integration's credentials carry senderName and from",
        buggy=_reminder_from_header_buggy,
        fixed=_reminder_from_header_fixed,
        raises=(KeyError,),
        example=_variant(
            {"name": "Novu Email", "identifier": "novu-email-Qm3v9Lx", "providerId": "novu-email"},
            credentials={},
        ),
    ),
    ConsumerCase(
        name="healthcare_retention_days_since_delete",
        bug="assumes deletedAt is an ISO-8601 timestamp with a UTC offset",
        buggy=_retention_days_buggy,
        fixed=_retention_days_fixed,
        raises=(TypeError, ValueError),
        example=_variant({"deleted": True, "active": False, "deletedAt": "2024-05-01T10:00:00"}),
    ),
    ConsumerCase(
        name="healthcare_audit_created_from_object_id",
        bug="assumes _id is a hex Mongo ObjectId whose first 8 digits are a timestamp",
        buggy=_audit_created_buggy,
        fixed=_audit_created_fixed,
        raises=(ValueError,),
        example=_variant({"_id": "int-clinic-042-email"}),
    ),
    ConsumerCase(
        name="healthcare_clinic_route_first_child",
        bug="assumes the first condition has at least one child",
        buggy=_clinic_route_buggy,
        fixed=_clinic_route_fixed,
        raises=(IndexError,),
        example=_variant(
            {
                "conditions": [
                    _condition([], type_="GROUP", value="OR"),
                    _condition([_child("payload.clinicId", "clinic-042")]),
                ]
            }
        ),
    ),
    ConsumerCase(
        name="healthcare_consent_operator_eval",
        bug="assumes conditions only use EQUAL, NOT_EQUAL, IN, NOT_IN and LIKE",
        buggy=_consent_allows_buggy,
        fixed=_consent_allows_fixed,
        raises=(KeyError,),
        example=_variant(
            {"conditions": [_condition([_child("payload.appointmentHour", "8,18", operator="BETWEEN")])]}
        ),
    ),
    ConsumerCase(
        name="healthcare_consent_min_age_number",
        bug="assumes a NUMBER condition's value is an integer string",
        buggy=_min_age_buggy,
        fixed=_min_age_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    _condition(
                        [_child("subscriber.data.age", "17.5", operator="LARGER_EQUAL", on="subscriber")],
                        type_="NUMBER",
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="healthcare_pager_sender_e164",
        bug="assumes an SMS integration's from is a phone number",
        buggy=_pager_sender_buggy,
        fixed=_pager_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-Ph9x2Kd",
                "providerId": "twilio",
                "channel": "sms",
                "primary": False,
                "conditions": [],
            },
            credentials={"accountSid": "AC-fake-0001", "token": "fake-token-0001", "from": "MercyNurse"},
        ),
    ),
    ConsumerCase(
        name="healthcare_sender_domain_alignment",
        bug="assumes the e-mail from address contains exactly one @",
        buggy=_sender_domain_buggy,
        fixed=_sender_domain_fixed,
        raises=(ValueError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": '"front@desk"@clinic.example.org',
                "senderName": "Mercy Clinic Front Desk",
            }
        ),
    ),
    ConsumerCase(
        name="healthcare_smtp_tls_min_version",
        bug="assumes tlsOptions.minVersion, when present, is a string",
        buggy=_tls_policy_buggy,
        fixed=_tls_policy_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Rz81kq",
                "providerId": "nodemailer",
                "primary": False,
            },
            credentials={
                "host": "smtp.clinic.example.org",
                "port": "587",
                "from": "reminders@clinic.example.org",
                "senderName": "Mercy Clinic",
                "tlsOptions": {"minVersion": None, "rejectUnauthorized": True},
            },
        ),
    ),
    ConsumerCase(
        name="healthcare_status_badge_flags",
        bug="assumes a primary integration is always active",
        buggy=_status_badge_buggy,
        fixed=_status_badge_fixed,
        raises=(KeyError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="healthcare_reminder_channel_queue",
        bug="assumes integrations only use the email, sms or push channel",
        buggy=_reminder_queue_buggy,
        fixed=_reminder_queue_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Vb4nW2",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="healthcare_audit_name_field_bytes",
        bug="assumes cutting the name to 40 characters keeps it within 40 UTF-8 bytes",
        buggy=_audit_name_field_buggy,
        fixed=_audit_name_field_fixed,
        raises=(ValueError,),
        example=_variant({"name": "Clínica Pediátrica São João — Lembretes de Consulta"}),
    ),
    ConsumerCase(
        name="healthcare_lab_webhook_host",
        bug="assumes webhookUrl is a well-formed absolute URL with a host",
        buggy=_lab_webhook_allowed_buggy,
        fixed=_lab_webhook_allowed_fixed,
        raises=(AttributeError, ValueError),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Lr0d7T",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "/hooks/lab-results", "secretKey": "fake-secret-0003"},
        ),
    ),
    ConsumerCase(
        name="healthcare_admin_row_rule_count",
        bug="assumes the conditions key is always present",
        buggy=_admin_row_buggy,
        fixed=_admin_row_fixed,
        raises=(KeyError,),
        example=_variant(drop=("conditions",)),
    ),
    ConsumerCase(
        name="healthcare_aws_region_residency",
        bug="assumes an AWS region has exactly three dash-separated parts",
        buggy=_aws_residency_buggy,
        fixed=_aws_residency_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "SES", "identifier": "ses-Gv5Yt1", "providerId": "ses"},
            credentials={
                "apiKey": "fake-access-key-0004",
                "secretKey": "fake-secret-0004",
                "region": "us-gov-west-1",
                "from": "reminders@clinic.example.org",
                "senderName": "Mercy Clinic",
            },
        ),
    ),
    ConsumerCase(
        name="healthcare_fcm_project_id",
        bug="assumes an FCM serviceAccount is a JSON service-account document with project_id",
        buggy=_fcm_project_buggy,
        fixed=_fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-T2k9sQ",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.9f2c41ab07d3e6f1:4be1a09c77d2f3e5b6a8"},
        ),
    ),
]
"""The sixteen healthcare consumer cases."""
