"""Sixteen education-platform consumers of ``GET /v1/integrations`` items, each with one bug.

Written from the contract documents alone (``CONTRACT.md``, the seed ``IntegrationResponseDto``
page, ``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any generator. The
consumers are what a learning-platform (LMS) company writes against one integration payload:
course-reminder mailers, parent and student SMS messaging, school-district admin consoles, the
nightly sync to the data warehouse, accessibility and localisation helpers and integration
health checks.

Each buggy version works on ``HAPPY_PATH`` and raises on its ``example`` (a contract-valid
payload); each fixed version is a tolerant reader that must never raise on a valid payload.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_NOW = datetime(2025, 6, 1, tzinfo=UTC)
"""A fixed "now" so that age computations are deterministic."""


# --- helpers -------------------------------------------------------------------------------------


def _edu_example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced (``changes``), credentials replaced, keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` when it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of a payload (``[]`` when the optional key is absent)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The field-filter parts of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# --- 1. nightly warehouse sync: ``conditions`` is optional ---------------------------------------


def _warehouse_row_buggy(payload: Payload) -> dict[str, object]:
    """Nightly sync: one flat warehouse row per integration of a school district."""
    conditions = payload["conditions"]
    return {
        "integration_id": payload.get("_id", ""),
        "environment_id": payload["_environmentId"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "is_live": payload["active"] and not payload["deleted"],
        "condition_count": len(conditions),
        "filter_count": sum(len(condition["children"]) for condition in conditions),
    }


def _warehouse_row_fixed(payload: Payload) -> dict[str, object]:
    conditions = _conditions(payload)
    return {
        "integration_id": _text(payload, "_id") or "",
        "environment_id": _text(payload, "_environmentId") or "",
        "provider": _text(payload, "providerId") or "",
        "channel": _text(payload, "channel") or "",
        "is_live": payload.get("active") is True and payload.get("deleted") is not True,
        "condition_count": len(conditions),
        "filter_count": sum(len(_children(condition)) for condition in conditions),
    }


# --- 2. admin console archive banner: ``deletedAt`` is optional and free text --------------------


def _archive_banner_buggy(payload: Payload) -> str | None:
    """Admin console: "Archived 03 Mar 2025 by ..." banner for soft-deleted integrations."""
    if not payload["deleted"]:
        return None
    deleted_at = datetime.fromisoformat(payload["deletedAt"])
    who = payload.get("deletedBy") or "a district administrator"
    return f"Archived {deleted_at:%d %b %Y} by {who}"


def _parse_timestamp(value: object) -> datetime | None:
    """An ISO-8601 string as a datetime, ``None`` when absent or unparseable."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except (ValueError, OverflowError):
        return None


def _archive_banner_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True:
        return None
    deleted_at = _parse_timestamp(payload.get("deletedAt"))
    when = f"{deleted_at.year:04d}-{deleted_at.month:02d}-{deleted_at.day:02d}" if deleted_at else "recently"
    who = _text(payload, "deletedBy") or "a district administrator"
    return f"Archived {when} by {who}"


# --- 3. admin console avatar: ``name`` may be empty -------------------------------------------------

_PALETTE = ("#1b5e20", "#0d47a1", "#4a148c", "#b71c1c", "#e65100", "#263238")


def _avatar_buggy(payload: Payload) -> dict[str, str]:
    """Admin console: a one-letter avatar with an accessible label for each integration card."""
    name: str = payload["name"]
    letter = name.strip()[0].upper()
    colour = _PALETTE[sum(map(ord, name)) % len(_PALETTE)]
    return {"letter": letter, "colour": colour, "aria_label": f"{name} ({payload['channel']})"}


def _avatar_fixed(payload: Payload) -> dict[str, str]:
    name = _text(payload, "name") or ""
    stripped = name.strip()
    letter = stripped[0].upper() if stripped else "?"
    colour = _PALETTE[sum(map(ord, name)) % len(_PALETTE)]
    label = stripped or _text(payload, "providerId") or "Unnamed integration"
    return {"letter": letter, "colour": colour, "aria_label": f"{label} ({_text(payload, 'channel') or '?'})"}


# --- 4. reminder targeting summary: a condition may have no children --------------------------

_OPERATOR_WORDS = {
    "EQUAL": "is",
    "NOT_EQUAL": "is not",
    "LARGER": "is above",
    "SMALLER": "is below",
    "LARGER_EQUAL": "is at least",
    "SMALLER_EQUAL": "is at most",
    "IN": "is one of",
    "NOT_IN": "is none of",
}


def _describe_child(child: Mapping[str, Any]) -> str:
    operator = str(child.get("operator", ""))
    words = _OPERATOR_WORDS.get(operator, operator.lower().replace("_", " "))
    return f"{child.get('field', '?')} {words} {child.get('value', '')!s}"


def _rule_summary_buggy(payload: Payload) -> str:
    """Course reminders: one-line summary of who receives reminders through this integration."""
    conditions = payload.get("conditions") or []
    if not conditions:
        return "Sent to every enrolled learner"
    parts = []
    for condition in conditions:
        children = condition["children"]
        text = _describe_child(children[0])
        if len(children) > 1:
            text += f" (+{len(children) - 1} more)"
        parts.append(("not " if condition["isNegated"] else "") + text)
    return "; ".join(parts)


def _rule_summary_fixed(payload: Payload) -> str:
    conditions = _conditions(payload)
    if not conditions:
        return "Sent to every enrolled learner"
    parts = []
    for condition in conditions:
        children = _children(condition)
        if not children:
            text = "(empty rule)"
        else:
            text = _describe_child(children[0])
            if len(children) > 1:
                text += f" (+{len(children) - 1} more)"
        parts.append(("not " if condition.get("isNegated") is True else "") + text)
    return "; ".join(parts)


# --- 5. grade-level pre-filter: comparison values are strings, not numbers -----------------------

_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def _grade_thresholds_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """SIS export: numeric thresholds (e.g. ``gradeLevel >= 9``) used to pre-filter the student list."""
    thresholds = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _NUMERIC_OPERATORS:
                thresholds.append((child["field"], child["operator"], float(child["value"])))
    return thresholds


def _grade_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator, field, value = child.get("operator"), child.get("field"), child.get("value")
            if operator not in _NUMERIC_OPERATORS or not isinstance(value, str):
                continue
            try:
                number = float(value)
            except ValueError:
                continue  # "K", "ninth", "": not a numeric threshold; evaluated server-side
            thresholds.append((str(field), str(operator), number))
    return thresholds


# --- 6. SMTP TLS policy: ``tlsOptions`` is free-form JSON, values may be null --------------------


def _tls_policy_buggy(payload: Payload) -> dict[str, object]:
    """Security review page: the TLS policy of a district's mail relay, checked against our baseline."""
    credentials = _creds(payload)
    tls_options = credentials.get("tlsOptions") or {}
    min_version = tls_options.get("minVersion", "TLSv1.2").upper()
    return {
        "secure": credentials.get("secure", False),
        "min_version": min_version,
        "verify_peer": bool(tls_options.get("rejectUnauthorized", True)),
        "meets_baseline": min_version in {"TLSV1.2", "TLSV1.3"},
    }


def _tls_policy_fixed(payload: Payload) -> dict[str, object]:
    credentials = _creds(payload)
    tls_options = credentials.get("tlsOptions")
    if not isinstance(tls_options, dict):
        tls_options = {}
    raw_version = tls_options.get("minVersion")
    min_version = raw_version.upper() if isinstance(raw_version, str) and raw_version else "TLSV1.2"
    return {
        "secure": credentials.get("secure") is True,
        "min_version": min_version,
        "verify_peer": tls_options.get("rejectUnauthorized") is not False,
        "meets_baseline": min_version in {"TLSV1.2", "TLSV1.3"},
    }


# --- 7. accessibility alt text: every channel of the enum --------------------------------------

_CHANNEL_ALT_BUGGY = {
    "email": "E-mail",
    "sms": "Text message",
    "push": "Mobile push notification",
    "in_app": "Notice on the learner dashboard",
}
_CHANNEL_ALT = {**_CHANNEL_ALT_BUGGY, "chat": "Chat message (Teams, Slack, ...)"}


def _channel_badge_buggy(payload: Payload) -> dict[str, str]:
    """Accessibility: icon and screen-reader text for the channel of an integration card."""
    channel: str = payload["channel"]
    alt = _CHANNEL_ALT_BUGGY[channel]
    return {"icon": f"/static/icons/{channel}.svg", "alt": alt, "aria_label": f"{payload['name']}: {alt}"}


def _channel_badge_fixed(payload: Payload) -> dict[str, str]:
    channel = _text(payload, "channel") or ""
    alt = _CHANNEL_ALT.get(channel, "Notification channel")
    icon = channel if channel in _CHANNEL_ALT else "generic"
    return {
        "icon": f"/static/icons/{icon}.svg",
        "alt": alt,
        "aria_label": f"{_text(payload, 'name') or 'Integration'}: {alt}",
    }


# --- 8. integration state badge: active / primary / deleted combine freely ---------------------

_STATE_BADGES = {
    (True, True, False): "Primary",
    (True, False, False): "Standby",
    (False, False, False): "Disabled",
    (False, False, True): "Archived",
}


def _state_badge_buggy(payload: Payload) -> str:
    """Admin console: the state badge of an integration, from its three flags."""
    return _STATE_BADGES[(payload["active"], payload["primary"], payload["deleted"])]


def _state_badge_fixed(payload: Payload) -> str:
    active = payload.get("active") is True
    primary = payload.get("primary") is True
    if payload.get("deleted") is True:
        return "Archived"
    if primary:
        return "Primary" if active else "Primary (inactive)"
    return "Standby" if active else "Disabled"


# --- 9. district mail relay / SMS gateway endpoint: ``port`` is a string ------------------------


def _relay_endpoint_buggy(payload: Payload) -> str | None:
    """Config renderer: ``host:port`` of a district's self-hosted SMTP relay or SMS gateway."""
    credentials = _creds(payload)
    host = credentials.get("host")
    if host is None:
        return None
    port = int(credentials.get("port", "587"))
    return f"{host}:{port}"


def _relay_endpoint_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    host = _text(credentials, "host")
    if host is None:
        return None
    port_text = (_text(credentials, "port") or "").strip()
    if re.fullmatch(r"[0-9]{1,5}", port_text) and 0 < int(port_text) < 65536:
        return f"{host}:{int(port_text)}"
    return f"{host}:587"


# --- 10. data residency report: AWS region names vary in shape --------------------------------

_AWS_PROVIDERS = frozenset({"ses", "sns"})
_GEOGRAPHIES = {"us": "United States", "ca": "Canada", "eu": "European Union", "ap": "Asia Pacific"}


def _residency_buggy(payload: Payload) -> str:
    """Compliance report: where a district's student messages are processed (data residency)."""
    if payload["providerId"] not in _AWS_PROVIDERS:
        return "vendor-managed"
    region = _creds(payload).get("region") or "us-east-1"
    geography, _area, _number = region.split("-")
    return _GEOGRAPHIES.get(geography, geography.upper())


def _residency_fixed(payload: Payload) -> str:
    if _text(payload, "providerId") not in _AWS_PROVIDERS:
        return "vendor-managed"
    region = (_text(_creds(payload), "region") or "").strip() or "us-east-1"
    geography = region.split("-", 1)[0].lower()
    return _GEOGRAPHIES.get(geography, geography.upper() or "unknown")


# --- 11. parent SMS via Twilio: form-required credentials may be absent -------------------------


def _twilio_client_buggy(payload: Payload) -> dict[str, str] | None:
    """Parent messaging: the Twilio client settings for a district's SMS integration."""
    if payload["providerId"] != "twilio":
        return None
    credentials = _creds(payload)
    return {
        "account_sid": credentials["accountSid"],
        "auth_token": credentials["token"],
        "from": credentials.get("from", ""),
        "status_callback": f"https://lms.example.edu/hooks/twilio/{payload['_environmentId']}",
    }


def _twilio_client_fixed(payload: Payload) -> dict[str, str] | None:
    if _text(payload, "providerId") != "twilio":
        return None
    credentials = _creds(payload)
    account_sid, token = _text(credentials, "accountSid"), _text(credentials, "token")
    if account_sid is None or token is None:
        return None  # not configured yet: the health check reports it
    return {
        "account_sid": account_sid,
        "auth_token": token,
        "from": _text(credentials, "from") or "",
        "status_callback": f"https://lms.example.edu/hooks/twilio/{_text(payload, '_environmentId')}",
    }


# --- 12. parent SMS sender: ``from`` is not always a phone number --------------------------------


def _sms_sender_buggy(payload: Payload) -> dict[str, object] | None:
    """Parent messaging: normalise the SMS sender so that parents' replies route back to the school."""
    if payload["channel"] != "sms":
        return None
    sender = _creds(payload).get("from")
    if not sender:
        return None
    number = int(sender.replace(" ", "").replace("-", "").lstrip("+"))
    return {"sender": f"+{number}", "two_way": True}


def _sms_sender_fixed(payload: Payload) -> dict[str, object] | None:
    if _text(payload, "channel") != "sms":
        return None
    sender = _text(_creds(payload), "from")
    if not sender:
        return None
    compact = sender.replace(" ", "").replace("-", "")
    if re.fullmatch(r"\+?[0-9]{3,15}", compact):
        return {"sender": f"+{int(compact.lstrip('+'))}", "two_way": True}
    return {"sender": sender, "two_way": False}  # alphanumeric sender id, e.g. "LincolnHS"


# --- 13. course reminder Reply-To: ``from`` is not always one address ----------------------------


def _reply_to_buggy(payload: Payload) -> str | None:
    """Course reminders: route learners' replies to the teachers' inbox on the sender's domain."""
    if payload["channel"] != "email":
        return None
    sender = _creds(payload).get("from")
    if sender is None:
        return None
    _local, domain = sender.split("@")
    return f"teachers@{domain.lower()}"


def _reply_to_fixed(payload: Payload) -> str | None:
    if _text(payload, "channel") != "email":
        return None
    sender = _text(_creds(payload), "from")
    if sender is None:
        return None
    _local, at, domain = sender.rpartition("@")
    domain = domain.strip().rstrip(">").lower()
    return f"teachers@{domain}" if at and domain else None


# --- 14. integration health probe: webhook / base URLs may lack a host ---------------------------


def _probe_target_buggy(payload: Payload) -> tuple[str, int] | None:
    """Health checks: the host and port the nightly probe connects to for URL-based providers."""
    credentials = _creds(payload)
    url = credentials.get("webhookUrl") or credentials.get("baseUrl")
    if not url:
        return None
    parts = urlsplit(url)
    host = parts.hostname.rstrip(".")
    return host, parts.port or (443 if parts.scheme == "https" else 80)


def _probe_target_fixed(payload: Payload) -> tuple[str, int] | None:
    credentials = _creds(payload)
    url = _text(credentials, "webhookUrl") or _text(credentials, "baseUrl")
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        hostname, port = parts.hostname, parts.port
    except ValueError:
        return None
    if not hostname:
        return None
    return hostname.rstrip("."), port or (443 if parts.scheme == "https" else 80)


# --- 15. "configured N days ago": ``_id`` is not necessarily an ObjectId -------------------------


def _age_days_buggy(payload: Payload) -> int | None:
    """Admin console: days since the integration was configured, read from the ObjectId timestamp."""
    object_id = payload.get("_id")
    if object_id is None:
        return None
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return (_NOW - created).days


def _age_days_fixed(payload: Payload) -> int | None:
    object_id = _text(payload, "_id")
    if object_id is None or not re.fullmatch(r"[0-9a-fA-F]{24}", object_id):
        return None
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return (_NOW - created).days


# --- 16. localised sender label: names are not ASCII ----------------------------------------------


def _sender_label_buggy(payload: Payload) -> str:
    """Localisation: the alphanumeric sender label carriers accept (ASCII, at most 11 characters)."""
    label: str = _creds(payload).get("senderName") or payload["name"]
    return label.encode("ascii").decode("ascii")[:11]


def _sender_label_fixed(payload: Payload) -> str:
    label = _text(_creds(payload), "senderName") or _text(payload, "name") or ""
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded if ch.isalnum() or ch == " ").strip()[:11] or "SCHOOL"


# --- the cases ---------------------------------------------------------------------------------------

_CONDITION = {"isNegated": False, "type": "STATEMENT", "value": "AND"}

EDUCATION_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="education_warehouse_row_condition_count",
        bug="assumes `conditions` is always present (the server default is [], but the key is optional)",
        buggy=_warehouse_row_buggy,
        fixed=_warehouse_row_fixed,
        raises=(KeyError,),
        example=_edu_example(drop=("conditions",)),
    ),
    ConsumerCase(
        name="education_archive_banner_deleted_at",
        bug="assumes a soft-deleted integration always carries an ISO-8601 `deletedAt`",
        buggy=_archive_banner_buggy,
        fixed=_archive_banner_fixed,
        raises=(KeyError, ValueError),
        example=_edu_example({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="education_admin_avatar_initial",
        bug="assumes `name` has at least one non-blank character",
        buggy=_avatar_buggy,
        fixed=_avatar_fixed,
        raises=(IndexError,),
        example=_edu_example({"name": ""}),
    ),
    ConsumerCase(
        name="education_reminder_rule_summary_children",
        bug="assumes every condition has at least one child filter",
        buggy=_rule_summary_buggy,
        fixed=_rule_summary_fixed,
        raises=(IndexError,),
        example=_edu_example(
            {"conditions": [{**_CONDITION, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="education_grade_level_threshold_number",
        bug="assumes the value of a LARGER/SMALLER-style filter is a number-like string",
        buggy=_grade_thresholds_buggy,
        fixed=_grade_thresholds_fixed,
        raises=(ValueError,),
        example=_edu_example(
            {
                "conditions": [
                    {
                        **_CONDITION,
                        "children": [
                            {"field": "gradeLevel", "value": "K", "operator": "LARGER_EQUAL", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="education_smtp_tls_policy_null_option",
        bug="assumes `tlsOptions.minVersion`, when present, is a string (tlsOptions is free-form JSON)",
        buggy=_tls_policy_buggy,
        fixed=_tls_policy_fixed,
        raises=(AttributeError,),
        example=_edu_example(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Lk3n9QzA"},
            credentials={
                "host": "smtp.lincoln.k12.example",
                "port": "587",
                "tlsOptions": {"minVersion": None, "rejectUnauthorized": True},
                "from": "reminders@lincoln.k12.example",
                "senderName": "Lincoln High",
            },
        ),
    ),
    ConsumerCase(
        name="education_channel_badge_alt_text",
        bug="assumes the channel is one of email/sms/push/in_app (forgets `chat`)",
        buggy=_channel_badge_buggy,
        fixed=_channel_badge_fixed,
        raises=(KeyError,),
        example=_edu_example(
            {
                "providerId": "msteams",
                "name": "MSTeams",
                "identifier": "ms-teams-Q2wE4rT6",
                "channel": "chat",
                "primary": False,
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="education_integration_state_badge_flags",
        bug="assumes only four active/primary/deleted combinations occur (none for an inactive primary)",
        buggy=_state_badge_buggy,
        fixed=_state_badge_fixed,
        raises=(KeyError,),
        example=_edu_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="education_district_relay_port_string",
        bug="assumes `credentials.port` is a decimal number string whenever `host` is set",
        buggy=_relay_endpoint_buggy,
        fixed=_relay_endpoint_fixed,
        raises=(ValueError,),
        example=_edu_example(
            {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-Zx81PpQe"},
            credentials={
                "host": "relay.district42.example",
                "port": "",
                "from": "noreply@district42.example",
                "senderName": "District 42",
            },
        ),
    ),
    ConsumerCase(
        name="education_ses_data_residency_region",
        bug="assumes an AWS region always has three dash-separated parts (us-gov-west-1 has four)",
        buggy=_residency_buggy,
        fixed=_residency_fixed,
        raises=(ValueError,),
        example=_edu_example(
            {"providerId": "ses", "name": "SES", "identifier": "ses-h7Gt2KdW"},
            credentials={
                "apiKey": "AKIAFAKEKEY0001",
                "secretKey": "fake-secret-0001",
                "region": "us-gov-west-1",
                "from": "no-reply@district.example",
                "senderName": "Unified School District",
            },
        ),
    ),
    ConsumerCase(
        name="education_twilio_parent_sms_client",
        bug="assumes a twilio integration always carries the form-required `accountSid` and `token`",
        buggy=_twilio_client_buggy,
        fixed=_twilio_client_fixed,
        raises=(KeyError,),
        example=_edu_example(
            {
                "providerId": "twilio",
                "name": "Twilio",
                "identifier": "twilio-Rf5tY7uI",
                "channel": "sms",
                "conditions": [],
            },
            credentials={"from": "+15555550123"},
        ),
    ),
    ConsumerCase(
        name="education_parent_sms_sender_phone",
        bug="assumes the SMS `from` is a phone number (not an alphanumeric sender id)",
        buggy=_sms_sender_buggy,
        fixed=_sms_sender_fixed,
        raises=(ValueError,),
        example=_edu_example(
            {
                "providerId": "messagebird",
                "name": "MessageBird",
                "identifier": "message-bird-Pq9Wm3Xs",
                "channel": "sms",
            },
            credentials={"accessKey": "fake-access-key-0001", "from": "LincolnHS"},
        ),
    ),
    ConsumerCase(
        name="education_reminder_reply_to_domain",
        bug="assumes the e-mail `from` contains exactly one '@'",
        buggy=_reply_to_buggy,
        fixed=_reply_to_fixed,
        raises=(ValueError,),
        example=_edu_example(
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "Lincoln High School",
                "senderName": "Lincoln",
            }
        ),
    ),
    ConsumerCase(
        name="education_health_probe_webhook_host",
        bug="assumes `webhookUrl`/`baseUrl` is an absolute URL with a host (and a numeric port)",
        buggy=_probe_target_buggy,
        fixed=_probe_target_fixed,
        raises=(AttributeError, ValueError),
        example=_edu_example(
            {"providerId": "email-webhook", "name": "Email Webhook", "identifier": "email-webhook-Yt6Re4Wq"},
            credentials={
                "webhookUrl": "hooks.lincoln.k12.example/novu/email",
                "secretKey": "fake-secret-0002",
                "from": "reminders@lincoln.k12.example",
                "senderName": "Lincoln High",
            },
        ),
    ),
    ConsumerCase(
        name="education_integration_age_object_id",
        bug="assumes `_id` is a hex MongoDB ObjectId with an embedded creation time",
        buggy=_age_days_buggy,
        fixed=_age_days_fixed,
        raises=(ValueError,),
        example=_edu_example({"_id": "lincoln-hs-email-01"}),
    ),
    ConsumerCase(
        name="education_sender_label_ascii",
        bug="assumes sender names are ASCII (localised school names are not)",
        buggy=_sender_label_buggy,
        fixed=_sender_label_fixed,
        raises=(UnicodeEncodeError,),
        example=_edu_example(
            credentials={
                "apiKey": "fake-api-key-0003",
                "from": "avisos@escuela.example",
                "senderName": "Escuela Ñandú",
            }
        ),
    ),
]
"""The sixteen education-platform consumer cases."""
