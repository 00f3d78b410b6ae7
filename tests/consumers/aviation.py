"""Sixteen airline-operations consumers of ``GET /v1/integrations`` items, each with one bug.

Written from the contract documents alone (``CONTRACT.md``, the seed, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at any generator. The domain is an airline operations
platform: gate-change and delay alerts to passengers by push and SMS, crew scheduling
notifications, ops-center chat bridges, a fleet-wide integration inventory and a config exporter
for airport kiosks. Each *buggy* consumer works on ``HAPPY_PATH`` and raises on a payload the
contract allows (``example``); each *fixed* control is a tolerant reader that never raises on a
valid payload.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _example

_REFERENCE_DAY = datetime(2025, 5, 8, tzinfo=UTC)
"""A fixed "today" so that age computations are deterministic."""

_COMPARISONS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def _creds(payload: Payload) -> Mapping[str, Any]:
    """The credentials object, or an empty mapping if it is not one."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, Mapping) else {}


def _cred_str(payload: Payload, key: str) -> str | None:
    """One string credential, ``None`` when absent (or not a string)."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[Mapping[str, Any]]:
    """The condition objects; an absent ``conditions`` key means none."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, Mapping)]


def _children(condition: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The filter parts of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [item for item in children if isinstance(item, Mapping)]


def _text(value: object) -> str:
    """``value`` if it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


# 1. Fleet-wide integration inventory ---------------------------------------------------------


def _inventory_row_buggy(payload: Payload) -> tuple[str, str, str, str]:
    """Inventory row keyed by record id (assumes ``_id`` is always sent)."""
    return (payload["_id"], payload["_environmentId"], payload["providerId"], payload["channel"])


def _inventory_row_fixed(payload: Payload) -> tuple[str, str, str, str]:
    """Inventory row; falls back to environment + identifier when ``_id`` is absent."""
    record_id = payload.get("_id")
    if not isinstance(record_id, str):
        record_id = f"{_text(payload.get('_environmentId'))}/{_text(payload.get('identifier'))}"
    return (
        record_id,
        _text(payload.get("_environmentId")),
        _text(payload.get("providerId")),
        _text(payload.get("channel")),
    )


# 2. Delay-alert SMS over AWS: endpoint from the region -----------------------------------------


def _aws_endpoint_buggy(payload: Payload) -> str | None:
    """SNS/SES endpoint and partition (assumes a region has exactly three dash-separated parts)."""
    if payload.get("providerId") not in ("sns", "ses"):
        return None
    region = _cred_str(payload, "region")
    if region is None:
        return None
    geo, _direction, _number = region.split("-")
    partition = "aws-cn" if geo == "cn" else "aws"
    return f"{partition}:{payload['providerId']}.{region}.amazonaws.com"


def _aws_endpoint_fixed(payload: Payload) -> str | None:
    """SNS/SES endpoint and partition; any region string (``us-gov-west-1``, ``""``) is accepted."""
    provider = payload.get("providerId")
    if provider not in ("sns", "ses"):
        return None
    region = _cred_str(payload, "region")
    if region is None:
        return None
    geo = region.split("-", 1)[0]
    if geo == "cn":
        partition = "aws-cn"
    elif region.startswith("us-gov-"):
        partition = "aws-us-gov"
    else:
        partition = "aws"
    return f"{partition}:{provider}.{region.strip() or 'us-east-1'}.amazonaws.com"


# 3. Decommission report: age of a soft-deleted integration -------------------------------------


def _deletion_age_buggy(payload: Payload) -> int | None:
    """Days since deletion (assumes ``deletedAt`` is JavaScript's ``toISOString`` with milliseconds)."""
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (_REFERENCE_DAY - when).days


def _deletion_age_fixed(payload: Payload) -> int | None:
    """Days since deletion; ``None`` when ``deletedAt`` is absent or not an ISO-8601 timestamp."""
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return None
    try:
        when = datetime.fromisoformat(deleted_at.strip())
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return (_REFERENCE_DAY - when).days
    except (ValueError, OverflowError, TypeError):
        return None


# 4. Ops-center routing status -----------------------------------------------------------------


def _routing_status_buggy(payload: Payload) -> str:
    """Routing status for the ops dashboard (assumes a primary integration is always active)."""
    if payload["primary"] and not payload["active"]:
        raise ValueError(f"integration {payload['identifier']!r} is primary but inactive")
    if payload["primary"]:
        return "primary"
    return "standby" if payload["active"] else "off"


def _routing_status_fixed(payload: Payload) -> str:
    """Routing status; ``primary: true`` with ``active: false`` is a valid, reportable state."""
    primary = payload.get("primary") is True
    active = payload.get("active") is True
    if primary:
        return "primary" if active else "primary-inactive"
    return "standby" if active else "off"


# 5. Passenger alert fan-out: which queue an integration feeds ----------------------------------

_PAX_QUEUES_BUGGY = {"sms": "pax-alerts-sms", "push": "pax-alerts-push", "email": "pax-alerts-email"}
_PAX_QUEUES = {**_PAX_QUEUES_BUGGY, "chat": "ops-chat-bridge", "in_app": "pax-app-inbox"}


def _alert_queue_buggy(payload: Payload) -> str:
    """Alert queue for the integration's channel (assumes only passenger channels exist)."""
    return _PAX_QUEUES_BUGGY[payload["channel"]]


def _alert_queue_fixed(payload: Payload) -> str:
    """Alert queue for any channel of the enum, with a fallback for anything else."""
    return _PAX_QUEUES.get(_text(payload.get("channel")), "ops-unrouted")


# 6. Gate-change rule summary for the ops console ---------------------------------------------


def _part_text(part: Mapping[str, Any]) -> str:
    """``[on] field OPERATOR 'value'`` for one filter part."""
    target = f"[{_text(part.get('on'))}] {_text(part.get('field'))}"
    return f"{target} {_text(part.get('operator'))} {_text(part.get('value'))!r}"


def _rule_summary_buggy(payload: Payload) -> str:
    """One-line summary of the routing rule (assumes every integration has at least one condition)."""
    first = payload.get("conditions", [])[0]
    joiner = f" {first['value']} "
    summary = joiner.join(_part_text(part) for part in first["children"])
    return f"NOT ({summary})" if first["isNegated"] else summary


def _rule_summary_fixed(payload: Payload) -> str:
    """One-line summary; no condition (absent key or ``[]``) means the integration always applies."""
    conditions = _conditions(payload)
    if not conditions:
        return "always"
    first = conditions[0]
    joiner = f" {_text(first.get('value')) or 'AND'} "
    summary = joiner.join(_part_text(part) for part in _children(first)) or "always"
    return f"NOT ({summary})" if first.get("isNegated") is True else summary


# 7. Crew-scheduling rules: the most specific filter of each condition --------------------------


def _most_specific_buggy(payload: Payload) -> list[str]:
    """Deepest filter field of each condition (assumes no condition has an empty ``children`` list)."""
    fields = []
    for condition in _conditions(payload):
        deepest = max(condition["children"], key=lambda part: _text(part.get("field")).count("."))
        fields.append(_text(deepest.get("field")))
    return fields


def _most_specific_fixed(payload: Payload) -> list[str]:
    """Deepest filter field of each condition; a condition without filters contributes nothing."""
    fields = []
    for condition in _conditions(payload):
        deepest = max(
            _children(condition), key=lambda part: _text(part.get("field")).count("."), default=None
        )
        if deepest is not None:
            fields.append(_text(deepest.get("field")))
    return fields


# 8. Admin UI: which widget edits a condition -------------------------------------------------

_WIDGETS_BUGGY = {
    "BOOLEAN": "toggle",
    "TEXT": "text-input",
    "DATE": "date-picker",
    "NUMBER": "spinner",
    "STATEMENT": "expression-editor",
    "LIST": "select",
}
_WIDGETS = {**_WIDGETS_BUGGY, "MULTI_LIST": "multi-select", "GROUP": "group-editor"}


def _filter_widgets_buggy(payload: Payload) -> list[str]:
    """Widget per condition (assumes only six of the eight ``BuilderFieldTypeEnum`` values occur)."""
    return [_WIDGETS_BUGGY[condition["type"]] for condition in _conditions(payload)]


def _filter_widgets_fixed(payload: Payload) -> list[str]:
    """Widget per condition, for all eight types, with a raw-JSON fallback."""
    return [_WIDGETS.get(_text(condition.get("type")), "raw-json") for condition in _conditions(payload)]


# 9. Delay alerts: numeric thresholds of comparison filters -----------------------------------


def _delay_thresholds_buggy(payload: Payload) -> list[float]:
    """Thresholds of LARGER/SMALLER filters (assumes their ``value`` is always a number)."""
    thresholds = []
    for condition in _conditions(payload):
        for part in _children(condition):
            if part.get("operator") in _COMPARISONS:
                thresholds.append(float(part["value"]))
    return thresholds


def _delay_thresholds_fixed(payload: Payload) -> list[float]:
    """Thresholds of comparison filters whose value parses as a number; others are skipped."""
    thresholds = []
    for condition in _conditions(payload):
        for part in _children(condition):
            if part.get("operator") not in _COMPARISONS:
                continue
            try:
                thresholds.append(float(_text(part.get("value"))))
            except ValueError:
                continue
    return thresholds


# 10. Crew notification preferences: boolean filters ------------------------------------------

_BOOLEANS = {"true": True, "false": False}
_BOOLEAN_WORDS = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False}


def _boolean_filters_buggy(payload: Payload) -> dict[str, bool]:
    """Field -> expected flag for BOOLEAN conditions (assumes values are exactly "true"/"false")."""
    flags: dict[str, bool] = {}
    for condition in _conditions(payload):
        if condition.get("type") != "BOOLEAN":
            continue
        for part in _children(condition):
            flags[_text(part.get("field"))] = _BOOLEANS[part["value"]]
    return flags


def _boolean_filters_fixed(payload: Payload) -> dict[str, bool]:
    """Field -> expected flag; accepts common spellings, skips values that are not boolean-like."""
    flags: dict[str, bool] = {}
    for condition in _conditions(payload):
        if condition.get("type") != "BOOLEAN":
            continue
        for part in _children(condition):
            flag = _BOOLEAN_WORDS.get(_text(part.get("value")).strip().lower())
            if flag is not None:
                flags[_text(part.get("field"))] = flag
    return flags


# 11. Airport kiosk config exporter: 24-byte display label -------------------------------------

_KIOSK_LABEL_BYTES = 24


def _kiosk_label_buggy(payload: Payload) -> bytes:
    """Kiosk label (assumes 24 characters fit in the firmware's 24-byte field)."""
    label: bytes = payload["name"][:_KIOSK_LABEL_BYTES].encode("utf-8", "replace")
    if len(label) > _KIOSK_LABEL_BYTES:
        raise ValueError(f"kiosk label is {len(label)} bytes, the firmware field holds {_KIOSK_LABEL_BYTES}")
    return label


def _kiosk_label_fixed(payload: Payload) -> bytes:
    """Kiosk label cut at a UTF-8 character boundary within 24 bytes."""
    encoded = _text(payload.get("name")).encode("utf-8", "replace")[:_KIOSK_LABEL_BYTES]
    return encoded.decode("utf-8", "ignore").encode("utf-8")


# 12. Integration lookup cache key --------------------------------------------------------------


def _cache_key_buggy(payload: Payload) -> str:
    """Cache key from the identifier's short id (assumes identifiers look like ``<slug>-<shortid>``)."""
    _slug, short_id = payload["identifier"].rsplit("-", 1)
    return f"integration:{payload['_environmentId']}:{short_id}"


def _cache_key_fixed(payload: Payload) -> str:
    """Cache key from the whole identifier, which may be any string."""
    identifier = _text(payload.get("identifier"))
    escaped = identifier.encode("utf-8", "backslashreplace").hex()
    return f"integration:{_text(payload.get('_environmentId'))}:{escaped}"


# 13. Gate-change SMS: sender number --------------------------------------------------------------


def _sms_sender_buggy(payload: Payload) -> str | None:
    """E.164 sender of an SMS integration (assumes ``from`` is always a phone number)."""
    if payload.get("channel") != "sms":
        return None
    sender = _cred_str(payload, "from")
    if not sender:
        return None
    return f"+{int(sender.removeprefix('+'))}"


def _sms_sender_fixed(payload: Payload) -> str | None:
    """Sender of an SMS integration: an E.164 number or an alphanumeric sender id, kept as is."""
    if payload.get("channel") != "sms":
        return None
    sender = _cred_str(payload, "from")
    if not sender:
        return None
    digits = sender.strip().removeprefix("+")
    if digits.isascii() and digits.isdigit():
        return f"+{digits}"
    return sender


# 14. Crew-roster e-mail relay (Custom SMTP / nodemailer) ---------------------------------------


def _smtp_relay_buggy(payload: Payload) -> tuple[str, int] | None:
    """Host and port of a Custom SMTP relay (assumes ``port``, when present, holds a number)."""
    if payload.get("providerId") != "nodemailer":
        return None
    host = _cred_str(payload, "host") or "localhost"
    port_text = _cred_str(payload, "port")
    return (host, 587 if port_text is None else int(port_text))


def _smtp_relay_fixed(payload: Payload) -> tuple[str, int] | None:
    """Host and port of a Custom SMTP relay; a blank or non-numeric ``port`` falls back to 587."""
    if payload.get("providerId") != "nodemailer":
        return None
    host = _cred_str(payload, "host") or "localhost"
    text = (_cred_str(payload, "port") or "").strip()
    port = int(text) if text.isascii() and text.isdigit() and len(text) <= 5 else 587
    return (host, port if 0 < port < 65536 else 587)


# 15. Push gate alerts over Firebase: project id of the service account -------------------------


def _fcm_project_buggy(payload: Payload) -> str | None:
    """FCM project id (assumes ``serviceAccount`` is always the decrypted JSON key file)."""
    if payload.get("providerId") != "fcm":
        return None
    account = json.loads(_cred_str(payload, "serviceAccount") or "{}")
    return _text(account.get("project_id")) or None


def _fcm_project_fixed(payload: Payload) -> str | None:
    """FCM project id; ``None`` when ``serviceAccount`` is encrypted, not JSON, or not an object."""
    if payload.get("providerId") != "fcm":
        return None
    try:
        account = json.loads(_cred_str(payload, "serviceAccount") or "{}")
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    return _text(account.get("project_id")) or None


# 16. Ops-center egress allow-list: hosts the bridges call ---------------------------------------

_URL_KEYS = ("baseUrl", "webhookUrl", "redirectUrl")


def _egress_hosts_buggy(payload: Payload) -> list[str]:
    """Hosts of the integration's URLs (assumes every URL credential carries a scheme)."""
    hosts = []
    for key in _URL_KEYS:
        url = _cred_str(payload, key)
        if not url:
            continue
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        hosts.append(parts.hostname.rstrip("."))  # type: ignore[union-attr]
    return hosts


def _egress_hosts_fixed(payload: Payload) -> list[str]:
    """Hosts of the integration's URLs; scheme-less values are read as ``//host/path``."""
    hosts = []
    for key in _URL_KEYS:
        url = _cred_str(payload, key)
        if not url:
            continue
        try:
            hostname = urlsplit(url).hostname or urlsplit(f"//{url}").hostname
        except ValueError:
            continue
        if hostname:
            hosts.append(hostname.rstrip("."))
    return hosts


# The cases ---------------------------------------------------------------------------------------

_CONDITION = {"isNegated": False, "type": "STATEMENT", "value": "AND", "children": []}

AVIATION_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="aviation_inventory_row_record_id",
        bug="assumes every integration carries `_id`, which is optional",
        buggy=_inventory_row_buggy,
        fixed=_inventory_row_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="aviation_sns_region_three_parts",
        bug="assumes an AWS region string splits into exactly three dash-separated parts",
        buggy=_aws_endpoint_buggy,
        fixed=_aws_endpoint_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SNS",
                "identifier": "sns-Qm3vT9aZ",
                "providerId": "sns",
                "channel": "sms",
                "credentials": {
                    "apiKey": "AKIAFAKE0001",
                    "secretKey": "fake-secret",
                    "region": "us-gov-west-1",
                },
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="aviation_decommission_deleted_at_millis",
        bug="assumes `deletedAt` is always an ISO timestamp with milliseconds and a Z suffix",
        buggy=_deletion_age_buggy,
        fixed=_deletion_age_fixed,
        raises=(ValueError,),
        example=_example(
            {"active": False, "primary": False, "deleted": True, "deletedAt": "2025-03-30T06:15:00Z"}
        ),
    ),
    ConsumerCase(
        name="aviation_ops_primary_inactive",
        bug="assumes a primary integration is always active",
        buggy=_routing_status_buggy,
        fixed=_routing_status_fixed,
        raises=(ValueError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="aviation_alert_queue_channel",
        bug="assumes the channel is one of sms/push/email, never chat or in_app",
        buggy=_alert_queue_buggy,
        fixed=_alert_queue_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "MSTeams",
                "identifier": "ms-teams-Lp0dX2",
                "providerId": "msteams",
                "channel": "chat",
                "credentials": {},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="aviation_gate_rule_first_condition",
        bug="assumes every integration has at least one condition",
        buggy=_rule_summary_buggy,
        fixed=_rule_summary_fixed,
        raises=(IndexError,),
        example=_example({"conditions": []}),
    ),
    ConsumerCase(
        name="aviation_crew_rule_empty_children",
        bug="assumes no condition has an empty `children` list",
        buggy=_most_specific_buggy,
        fixed=_most_specific_fixed,
        raises=(ValueError,),
        example=_example({"conditions": [dict(_CONDITION)]}),
    ),
    ConsumerCase(
        name="aviation_admin_widget_filter_type",
        bug="assumes condition types are limited to six of the eight enum values (no MULTI_LIST, GROUP)",
        buggy=_filter_widgets_buggy,
        fixed=_filter_widgets_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "MULTI_LIST",
                        "value": "OR",
                        "children": [
                            {
                                "field": "crewBase",
                                "value": "FRA,MUC",
                                "operator": "ANY_IN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="aviation_delay_threshold_numeric",
        bug="assumes the value of a LARGER/SMALLER filter is always a number string",
        buggy=_delay_thresholds_buggy,
        fixed=_delay_thresholds_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "delay", "value": "45min", "operator": "LARGER_EQUAL", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="aviation_boolean_filter_spelling",
        bug='assumes BOOLEAN filter values are exactly "true" or "false"',
        buggy=_boolean_filters_buggy,
        fixed=_boolean_filters_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "BOOLEAN",
                        "value": "AND",
                        "children": [
                            {"field": "standbyCrew", "value": "True", "operator": "EQUAL", "on": "subscriber"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="aviation_kiosk_label_bytes",
        bug="assumes 24 characters of the name fit in 24 bytes of UTF-8",
        buggy=_kiosk_label_buggy,
        fixed=_kiosk_label_fixed,
        raises=(ValueError,),
        example=_example({"name": "Flughafen München Gate-Änderungen"}),
    ),
    ConsumerCase(
        name="aviation_cache_key_identifier_dash",
        bug="assumes identifiers always look like `<slug>-<shortid>`",
        buggy=_cache_key_buggy,
        fixed=_cache_key_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "crewmail"}),
    ),
    ConsumerCase(
        name="aviation_sms_sender_alphanumeric",
        bug="assumes the `from` of an SMS integration is always a phone number",
        buggy=_sms_sender_buggy,
        fixed=_sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-b7Yq2KcD",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000000",
                    "token": "x",
                    "from": "SKYAIR",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aviation_crew_smtp_blank_port",
        bug="assumes a Custom SMTP `port` string, when present, always holds a number (never blank)",
        buggy=_smtp_relay_buggy,
        fixed=_smtp_relay_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-R2nWq8",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.crew.example.aero",
                    "port": "",
                    "from": "rostering@crew.example.aero",
                    "senderName": "Crew Rostering",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aviation_fcm_encrypted_service_account",
        bug="assumes FCM `serviceAccount` is always the decrypted JSON key file",
        buggy=_fcm_project_buggy,
        fixed=_fcm_project_fixed,
        raises=(ValueError, AttributeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-9dKq",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "nvsk.8f1c2a9b0d3e4f5a6b7c8d9e0f1a2b3c:5e6f7a8b9c0d"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="aviation_egress_url_without_scheme",
        bug="assumes every URL credential has a scheme, so `urlsplit(url).hostname` is never None",
        buggy=_egress_hosts_buggy,
        fixed=_egress_hosts_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Infobip",
                "identifier": "infobip-Wc4pLz",
                "providerId": "infobip-sms",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-key",
                    "baseUrl": "xk9d2.api.infobip.com",
                    "from": "+4969123456",
                },
            }
        ),
    ),
]
