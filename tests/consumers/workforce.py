"""Sixteen consumers from an HR and workforce-scheduling SaaS, each with one contract bug.

Written from the contract documents alone (``CONTRACT.md``, ``SERVER-SEMANTICS.md``,
``providers.json`` and the seed), without looking at any data generator. The product sends
shift reminders, payroll notices and manager approvals through Novu; each employer is a
tenant with its own integrations. The consumers below are the kind of code such a team
writes against one ``GET /v1/integrations`` item: the integration settings screen, audit
trails, CSV exports for HR admins, SCIM-like sync jobs, cache keys and rule compilers.

Each ``buggy`` version works on ``HAPPY_PATH`` and raises on a payload the contract allows;
each ``fixed`` control is a tolerant reader that never raises on a valid payload.
"""

from __future__ import annotations

import copy
import csv
import io
import re
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------
# Helpers


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not an object (tolerant read)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object) -> str:
    """``value`` when it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of ``payload``; ``[]`` when the optional key is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition (tolerant read)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _mask(secret: str) -> str:
    """Mask a secret for display, keeping its last four characters when it is long enough."""
    return "********" + secret[-4:] if len(secret) > 8 else "********"


# --------------------------------------------------------------------------------------------
# 1. Integration settings screen: masked secret column


_SECRET_KEYS = ("apiKey", "apiToken", "secretKey", "token", "password", "accessKey", "serviceAccount")


def settings_secret_column_buggy(payload: Payload) -> dict[str, str]:
    """Settings table row with the masked API key of the integration."""
    return {"identifier": payload["identifier"], "secret": _mask(payload["credentials"]["apiKey"])}


def settings_secret_column_fixed(payload: Payload) -> dict[str, str]:
    """Mask the first secret the provider actually uses; many providers have no ``apiKey``."""
    credentials = _creds(payload)
    for key in _SECRET_KEYS:
        value = credentials.get(key)
        if isinstance(value, str) and value:
            return {"identifier": _text(payload.get("identifier")), "secret": f"{key}: {_mask(value)}"}
    return {"identifier": _text(payload.get("identifier")), "secret": "(none)"}


# --------------------------------------------------------------------------------------------
# 2. Audit trail: when was the integration removed


_JS_ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


def audit_deleted_at_buggy(payload: Payload) -> str | None:
    """Audit-trail timestamp of a soft delete, normalised to ISO-8601."""
    raw = payload.get("deletedAt")
    if raw is None:
        return None
    return datetime.strptime(raw, _JS_ISO).isoformat()


def audit_deleted_at_fixed(payload: Payload) -> str | None:
    """``deletedAt`` is a plain string: try the JS form, then ISO-8601, else keep it raw."""
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return None
    try:
        return datetime.strptime(raw, _JS_ISO).isoformat()
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(raw).isoformat()
    except ValueError:
        return f"unparsed:{raw!r}"


# --------------------------------------------------------------------------------------------
# 3. Integration settings screen: status badge


_BADGES = {(True, True): "Primary", (True, False): "Active", (False, False): "Disabled"}


def settings_status_badge_buggy(payload: Payload) -> str:
    """Badge text for the integration list of an employer."""
    return _BADGES[(payload["active"], payload["primary"])]


def settings_status_badge_fixed(payload: Payload) -> str:
    """Every combination of ``active`` and ``primary`` is allowed, inactive primaries included."""
    active = payload.get("active") is True
    primary = payload.get("primary") is True
    if active:
        return "Primary" if primary else "Active"
    return "Disabled (primary)" if primary else "Disabled"


# --------------------------------------------------------------------------------------------
# 4. Shift reminder digest: channel label


_CHANNEL_LABELS_BUGGY = {
    "email": "E-mail",
    "sms": "Text message",
    "chat": "Team chat",
    "push": "Mobile push",
    "inApp": "In-app inbox",
}
_CHANNEL_LABELS = {
    "email": "E-mail",
    "sms": "Text message",
    "chat": "Team chat",
    "push": "Mobile push",
    "in_app": "In-app inbox",
}


def reminder_channel_label_buggy(payload: Payload) -> str:
    """Label shown next to each delivery route in the weekly shift-reminder digest."""
    return f"{_CHANNEL_LABELS_BUGGY[payload['channel']]} via {payload['name']}"


def reminder_channel_label_fixed(payload: Payload) -> str:
    """The wire value is ``in_app``; unknown values fall back to the raw channel."""
    channel = _text(payload.get("channel"))
    return f"{_CHANNEL_LABELS.get(channel, channel or 'unknown')} via {_text(payload.get('name'))}"


# --------------------------------------------------------------------------------------------
# 5. Manager approval rules: one-line summary per condition


def approval_rule_summary_buggy(payload: Payload) -> list[str]:
    """One line per condition: its first criterion and how many more there are."""
    lines = []
    for condition in payload.get("conditions") or []:
        first = condition["children"][0]
        more = len(condition["children"]) - 1
        lines.append(f"{first['field']} {first['operator']} {first['value']} (+{more})")
    return lines


def approval_rule_summary_fixed(payload: Payload) -> list[str]:
    """A condition's ``children`` may be empty."""
    lines = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            lines.append("(no criteria)")
            continue
        first = children[0]
        lines.append(
            f"{_text(first.get('field'))} {_text(first.get('operator'))} "
            f"{_text(first.get('value'))} (+{len(children) - 1})"
        )
    return lines


# --------------------------------------------------------------------------------------------
# 6. Shift-reminder targeting: push negation into the operators (De Morgan)


_NEGATE_BUGGY = {
    "EQUAL": "NOT_EQUAL",
    "NOT_EQUAL": "EQUAL",
    "IN": "NOT_IN",
    "NOT_IN": "IN",
    "LIKE": "NOT_LIKE",
    "NOT_LIKE": "LIKE",
    "BETWEEN": "NOT_BETWEEN",
    "NOT_BETWEEN": "BETWEEN",
}
_NEGATE = {
    **_NEGATE_BUGGY,
    "LARGER": "SMALLER_EQUAL",
    "SMALLER_EQUAL": "LARGER",
    "SMALLER": "LARGER_EQUAL",
    "LARGER_EQUAL": "SMALLER",
}


def targeting_rules_buggy(payload: Payload) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """Compile conditions into (group operator, scope, [(field, operator, value)]) without negation."""
    rules = []
    for condition in payload.get("conditions") or []:
        negated = condition["isNegated"]
        group = condition["value"]
        if negated:
            group = "OR" if group == "AND" else "AND"
        parts = [
            (
                child["field"],
                _NEGATE_BUGGY[child["operator"]] if negated else child["operator"],
                child["value"],
            )
            for child in condition["children"]
        ]
        rules.append((group, condition["type"], parts))
    return rules


def targeting_rules_fixed(payload: Payload) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """Every operator may appear under ``isNegated``; set operators without inverse get a NOT wrapper."""
    rules = []
    for condition in _conditions(payload):
        negated = condition.get("isNegated") is True
        group = _text(condition.get("value"))
        if negated:
            group = "OR" if group == "AND" else "AND"
        parts = []
        for child in _children(condition):
            operator = _text(child.get("operator"))
            if negated:
                operator = _NEGATE.get(operator, f"NOT({operator})")
            parts.append((_text(child.get("field")), operator, _text(child.get("value"))))
        rules.append((group, _text(condition.get("type")), parts))
    return rules


# --------------------------------------------------------------------------------------------
# 7. Overtime alerts: numeric thresholds in comparison criteria


_COMPARISONS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def overtime_thresholds_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """The numeric thresholds (e.g. weekly hours) used by comparison criteria."""
    return [
        (child["field"], child["operator"], float(child["value"]))
        for condition in payload.get("conditions") or []
        for child in condition["children"]
        if child["operator"] in _COMPARISONS
    ]


def _as_number(value: str) -> float | None:
    """``value`` as a float, or ``None`` when it is not number-like."""
    try:
        return float(value)
    except ValueError:
        return None


def overtime_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    """Comparison values are plain strings (dates, words, empty); skip those that are not numbers."""
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator = child.get("operator")
            if operator not in _COMPARISONS:
                continue
            number = _as_number(_text(child.get("value")))
            if number is not None:
                thresholds.append((_text(child.get("field")), str(operator), number))
    return thresholds


# --------------------------------------------------------------------------------------------
# 8. Per-employer tenants: cache shard from the organisation id


_SHARDS = 64
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def tenant_cache_key_buggy(payload: Payload) -> str:
    """Cache key of an integration, sharded by the employer's organisation id."""
    shard = int(payload["_organizationId"][-6:], 16) % _SHARDS
    return f"tenant:{shard}:{payload['_environmentId']}:{payload['identifier']}"


def tenant_cache_key_fixed(payload: Payload) -> str:
    """Ids are plain strings: hash anything that is not a 24-hex ObjectId."""
    organization = _text(payload.get("_organizationId"))
    if _OBJECT_ID.fullmatch(organization):
        shard = int(organization[-6:], 16) % _SHARDS
    else:
        shard = zlib.crc32(organization.encode("utf-8", "surrogatepass")) % _SHARDS
    return f"tenant:{shard}:{_text(payload.get('_environmentId'))}:{_text(payload.get('identifier'))}"


# --------------------------------------------------------------------------------------------
# 9. SCIM-like sync job: reconcile by identifier slug


def sync_identifier_parts_buggy(payload: Payload) -> tuple[str, str]:
    """Split ``identifier`` into the provider slug and Novu's short id for reconciliation."""
    slug, short_id = payload["identifier"].split("-")
    return slug, short_id


def sync_identifier_parts_fixed(payload: Payload) -> tuple[str, str]:
    """Slugs contain dashes (``ring-central-…``) and identifiers can be any string."""
    identifier = _text(payload.get("identifier"))
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        return identifier, ""
    return slug, short_id


# --------------------------------------------------------------------------------------------
# 10. CSV export for HR admins (opened in Excel)


_EXPORT_COLUMNS = ("_id", "name", "identifier", "providerId", "channel", "active", "primary")


def _csv_line(payload: Payload) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([str(payload.get(column, "")) for column in _EXPORT_COLUMNS])
    return buffer.getvalue()


def export_csv_row_buggy(payload: Payload) -> bytes:
    """One CSV row of the integrations export, encoded for Excel on Windows."""
    return _csv_line(payload).encode("cp1252")


def export_csv_row_fixed(payload: Payload) -> bytes:
    """Names are any Unicode: write UTF-8 with a BOM, replacing what cannot be encoded."""
    return _csv_line(payload).encode("utf-8-sig", "replace")


# --------------------------------------------------------------------------------------------
# 11. Payroll notices: sender domain for the SPF/DMARC alignment check


def payroll_sender_domain_buggy(payload: Payload) -> str | None:
    """Domain of the integration's sender address, checked against the employer's domains."""
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    return str(sender.split("@")[1].lower())


def payroll_sender_domain_fixed(payload: Payload) -> str | None:
    """``from`` is a phone number or sender id on SMS and may hold no ``@`` at all."""
    sender = _text(_creds(payload).get("from"))
    _, at, domain = sender.rpartition("@")
    return domain.lower() if at and domain else None


# --------------------------------------------------------------------------------------------
# 12. Sync job SSRF guard: webhook / base URL host allow-list


_ALLOWED_SUFFIXES = (".example.com", ".acme-hr.example")


def outbound_host_allowed_buggy(payload: Payload) -> bool:
    """Whether the integration's webhook or base URL points at an allowed host."""
    credentials = payload["credentials"]
    url = credentials.get("webhookUrl") or credentials.get("baseUrl")
    if url is None:
        return True
    host: str = urlsplit(url).hostname.lower()
    return host.endswith(_ALLOWED_SUFFIXES)


def outbound_host_allowed_fixed(payload: Payload) -> bool:
    """URLs are plain strings: no scheme, no host or a malformed URL is simply not allowed."""
    credentials = _creds(payload)
    url = _text(credentials.get("webhookUrl")) or _text(credentials.get("baseUrl"))
    if not url:
        return "webhookUrl" not in credentials and "baseUrl" not in credentials
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and host.lower().endswith(_ALLOWED_SUFFIXES)


# --------------------------------------------------------------------------------------------
# 13. Employer's own SMTP relay: connection settings


def smtp_settings_buggy(payload: Payload) -> dict[str, object] | None:
    """SMTP connection settings for integrations that carry a host (Custom SMTP, Kannel)."""
    credentials = payload["credentials"]
    host = credentials.get("host")
    if host is None:
        return None
    port = int(credentials.get("port", "587"))
    return {"host": host, "port": port, "secure": credentials.get("secure") is True}


_PORT = re.compile(r"[0-9]{1,5}")


def smtp_settings_fixed(payload: Payload) -> dict[str, object] | None:
    """``port`` is a string and may be empty or not a number: fall back to the default port."""
    credentials = _creds(payload)
    host = credentials.get("host")
    if not isinstance(host, str):
        return None
    secure = credentials.get("secure") is True
    raw = _text(credentials.get("port")).strip()
    port = int(raw) if _PORT.fullmatch(raw) else 0
    if not 0 < port < 65536:
        port = 465 if secure else 587
    return {"host": host, "port": port, "secure": secure}


# --------------------------------------------------------------------------------------------
# 14. Integration settings form: prefill the switches


_SWITCHES = ("secure", "requireTls", "ignoreTls", "hmac", "authenticateByToken")


def settings_switches_buggy(payload: Payload) -> dict[str, bool]:
    """Form state of the credential switches, as the POST body sent them ("true"/"false")."""
    credentials = payload["credentials"]
    return {key: credentials[key].strip().lower() == "true" for key in _SWITCHES if key in credentials}


def settings_switches_fixed(payload: Payload) -> dict[str, bool]:
    """The response carries real JSON booleans; accept boolean-like strings as well."""
    credentials = _creds(payload)
    switches = {}
    for key in _SWITCHES:
        if key not in credentials:
            continue
        value = credentials[key]
        switches[key] = value if isinstance(value, bool) else str(value).strip().lower() == "true"
    return switches


# --------------------------------------------------------------------------------------------
# 15. EU employers: payroll data residency of the sending region (SES, SNS)


_JURISDICTIONS = {"eu": "EU", "us": "US", "ca": "CA", "ap": "APAC", "me": "ME", "sa": "LATAM", "af": "AF"}


def payroll_residency_buggy(payload: Payload) -> str:
    """Jurisdiction of the AWS region that carries payroll notices."""
    region = payload["credentials"].get("region")
    if region is None:
        return "unknown"
    geo, _direction, _index = region.split("-")
    return _JURISDICTIONS.get(geo, str(geo).upper())


def payroll_residency_fixed(payload: Payload) -> str:
    """Regions are plain strings (``us-gov-west-1``, ``eu``, empty): read only the first part."""
    region = _text(_creds(payload).get("region"))
    if not region:
        return "unknown"
    geo = region.split("-", 1)[0].lower()
    return _JURISDICTIONS.get(geo, geo.upper() or "unknown")


# --------------------------------------------------------------------------------------------
# 16. Manager approvals in chat: routing eligibility


def approval_route_buggy(payload: Payload) -> tuple[str, str] | None:
    """Route of an integration usable for approvals: active, not deleted and unconditional."""
    if payload["active"] and not payload["deleted"] and len(payload["conditions"]) == 0:
        return payload["channel"], payload["identifier"]
    return None


def approval_route_fixed(payload: Payload) -> tuple[str, str] | None:
    """``conditions`` is optional: an absent key means no conditions."""
    if payload.get("active") is True and payload.get("deleted") is not True and not _conditions(payload):
        return _text(payload.get("channel")), _text(payload.get("identifier"))
    return None


# --------------------------------------------------------------------------------------------
# Examples

_TWILIO = {
    "accountSid": "AC0123456789abcdef0123456789abcdef",
    "token": "fake-token-0001",
    "from": "+15005550006",
}
_CHILD_HOURS = {"field": "payload.weeklyHours", "value": "40", "operator": "LARGER", "on": "payload"}
_CHILD_HIRE = {
    "field": "subscriber.data.hireDate",
    "value": "2024-01-01",
    "operator": "LARGER_EQUAL",
    "on": "subscriber",
}


WORKFORCE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="workforce_settings_secret_column",
        bug="assumes every provider's credentials carry an apiKey (Twilio has accountSid/token)",
        buggy=settings_secret_column_buggy,
        fixed=settings_secret_column_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3xT0aZ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": _TWILIO,
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="workforce_audit_deleted_at",
        bug="assumes deletedAt always has the JS toISOString form with milliseconds and a Z",
        buggy=audit_deleted_at_buggy,
        fixed=audit_deleted_at_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-07T10:00:00+00:00"}),
    ),
    ConsumerCase(
        name="workforce_settings_status_badge",
        bug="assumes a primary integration is always active (inactive primaries stay primary)",
        buggy=settings_status_badge_buggy,
        fixed=settings_status_badge_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="workforce_reminder_channel_label",
        bug="spells the in-app channel 'inApp' as the SDK does, but the wire value is 'in_app'",
        buggy=reminder_channel_label_buggy,
        fixed=reminder_channel_label_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-5sG2kLp",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="workforce_approval_rule_summary",
        bug="assumes every condition has at least one child criterion (children may be [])",
        buggy=approval_rule_summary_buggy,
        fixed=approval_rule_summary_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="workforce_targeting_rule_negation",
        bug="assumes negated conditions only use operators with a NOT_ twin (LARGER has none)",
        buggy=targeting_rules_buggy,
        fixed=targeting_rules_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {"isNegated": True, "type": "NUMBER", "value": "AND", "children": [_CHILD_HOURS]}
                ]
            }
        ),
    ),
    ConsumerCase(
        name="workforce_overtime_thresholds",
        bug="assumes comparison criteria always compare against a number-like value",
        buggy=overtime_thresholds_buggy,
        fixed=overtime_thresholds_fixed,
        raises=(ValueError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "DATE", "value": "AND", "children": [_CHILD_HIRE]}]}
        ),
    ),
    ConsumerCase(
        name="workforce_tenant_cache_key",
        bug="assumes _organizationId is a hex ObjectId (the contract types it as any string)",
        buggy=tenant_cache_key_buggy,
        fixed=tenant_cache_key_fixed,
        raises=(ValueError,),
        example=_payload({"_organizationId": "org_acme-gmbh"}),
    ),
    ConsumerCase(
        name="workforce_sync_identifier_parts",
        bug="assumes identifier is exactly '<slug>-<shortid>' with one dash (slugs split camel case)",
        buggy=sync_identifier_parts_buggy,
        fixed=sync_identifier_parts_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "send-grid-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="workforce_export_csv_row",
        bug="assumes integration names fit the Windows-1252 code page Excel opens",
        buggy=export_csv_row_buggy,
        fixed=export_csv_row_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "勤怠リマインダー"}),
    ),
    ConsumerCase(
        name="workforce_payroll_sender_domain",
        bug="assumes credentials.from is always an e-mail address (SMS senders are numbers or ids)",
        buggy=payroll_sender_domain_buggy,
        fixed=payroll_sender_domain_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Telnyx",
                "identifier": "telnyx-b7Hq2rWc",
                "providerId": "telnyx",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-key-0002",
                    "messageProfileId": "mp-001",
                    "from": "+4915112345678",
                },
            }
        ),
    ),
    ConsumerCase(
        name="workforce_outbound_host_allowed",
        bug="assumes webhookUrl/baseUrl always has a scheme and host (urlsplit gives hostname None)",
        buggy=outbound_host_allowed_buggy,
        fixed=outbound_host_allowed_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Email Webhook",
                "identifier": "email-webhook-Zr81nQa",
                "providerId": "email-webhook",
                "credentials": {
                    "webhookUrl": "hooks.acme-hr.example/novu",
                    "secretKey": "fake-secret-0003",
                    "from": "payroll@acme-hr.example",
                    "senderName": "Acme Payroll",
                },
            }
        ),
    ),
    ConsumerCase(
        name="workforce_smtp_settings",
        bug="assumes the string port always holds digits (it may be empty)",
        buggy=smtp_settings_buggy,
        fixed=smtp_settings_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Lp0aS9d",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.acme-hr.example",
                    "port": "",
                    "from": "shifts@acme-hr.example",
                    "senderName": "Acme Shifts",
                },
            }
        ),
    ),
    ConsumerCase(
        name="workforce_settings_switches",
        bug="assumes credential switches come back as 'true'/'false' strings, as POST accepts them",
        buggy=settings_switches_buggy,
        fixed=settings_switches_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Qw2eR4t",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "from": "hr@example.com",
                },
            }
        ),
    ),
    ConsumerCase(
        name="workforce_payroll_residency",
        bug="assumes an AWS region always has three dash-separated parts (us-gov-west-1 has four)",
        buggy=payroll_residency_buggy,
        fixed=payroll_residency_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SES",
                "identifier": "ses-Gv5tYh2",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "fake-access-0004",
                    "secretKey": "fake-secret-0004",
                    "region": "us-gov-west-1",
                    "from": "payroll@example.com",
                    "senderName": "Payroll",
                },
            }
        ),
    ),
    ConsumerCase(
        name="workforce_approval_route",
        bug="assumes the optional conditions key is always present",
        buggy=approval_route_buggy,
        fixed=approval_route_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Mg4pLz0",
                "providerId": "slack",
                "channel": "chat",
                "credentials": {
                    "applicationId": "A0123456",
                    "clientId": "1234.5678",
                    "secretKey": "fake-0005",
                },
                "primary": False,
            },
            drop=("conditions",),
        ),
    ),
]
"""The sixteen workforce consumer cases."""
