"""Sixteen media-and-publishing consumers of ``GET /v1/integrations`` items, each with one bug.

Written from the contract documents alone (the seed document, ``CONTRACT.md``,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any generator, so the
suite measures how well a strategy finds bugs it was never tuned for.

The consumers are the kind of code a news publisher runs around its Novu integrations:
breaking-news push fan-out, newsletter sending, editorial chat alerts, per-brand tenants,
subscription paywall notices, syndication feeds and CMS plugins that render integration
settings. Every buggy version works on ``HAPPY_PATH`` and fails only by raising; every fixed
version tolerates any payload the contract allows (absent optional keys, empty and non-ASCII
strings, any enum value, unknown extra keys).
"""

from __future__ import annotations

import copy
import hashlib
import html
import json
import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_REFERENCE_NOW = datetime(2025, 6, 1, tzinfo=UTC)
"""The fixed "now" of the retention job, so the consumers stay deterministic."""


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _variant(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object) -> str:
    """A string value, or ``""`` for anything else (absent keys included)."""
    return value if isinstance(value, str) else ""


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of ``payload`` (``conditions`` is optional)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The filter parts of one condition (the list may be empty)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# --------------------------------------------------------------------------------------------
# 1. Breaking-news push: audience fields (``conditions`` is optional)
# --------------------------------------------------------------------------------------------


def push_audience_buggy(payload: Payload) -> list[str]:
    """The ``on:field`` pairs a breaking-news alert is targeted on."""
    fields = {
        f"{child['on']}:{child['field']}"
        for condition in payload["conditions"]
        for child in condition["children"]
    }
    return sorted(fields)


def push_audience_fixed(payload: Payload) -> list[str]:
    """The ``on:field`` pairs a breaking-news alert is targeted on."""
    fields = {
        f"{_text(child.get('on'))}:{_text(child.get('field'))}"
        for condition in _conditions(payload)
        for child in _children(condition)
    }
    return sorted(fields)


# --------------------------------------------------------------------------------------------
# 2. Newsletter: DKIM signing domain from the ``from`` address
# --------------------------------------------------------------------------------------------


def newsletter_dkim_domain_buggy(payload: Payload) -> str | None:
    """The domain the newsletter's DKIM key must be published for."""
    sender = _creds(payload).get("from")
    if not sender:
        return None
    _local, domain = sender.split("@")
    return str(domain).lower()


def newsletter_dkim_domain_fixed(payload: Payload) -> str | None:
    """The domain the newsletter's DKIM key must be published for."""
    sender = _text(_creds(payload).get("from")).strip()
    _local, at, domain = sender.rpartition("@")
    if not at or not domain:
        return None
    return domain.lower()


# --------------------------------------------------------------------------------------------
# 3. Editorial chat alerts: Slack OAuth redirect host (one provider)
# --------------------------------------------------------------------------------------------

_NEWSROOM_HOSTS = ("newsroom.example.com", "cms.example.com")


def slack_redirect_check_buggy(payload: Payload) -> bool:
    """Whether the editorial Slack app redirects back to one of our newsroom hosts."""
    if payload.get("providerId") != "slack":
        return True
    redirect = _creds(payload).get("redirectUrl")
    if not redirect:
        return True
    host: str = urlsplit(redirect).hostname.lower()
    return host in _NEWSROOM_HOSTS


def slack_redirect_check_fixed(payload: Payload) -> bool:
    """Whether the editorial Slack app redirects back to one of our newsroom hosts."""
    if payload.get("providerId") != "slack":
        return True
    redirect = _text(_creds(payload).get("redirectUrl"))
    if not redirect:
        return True
    try:
        host = urlsplit(redirect).hostname
    except ValueError:
        return False
    return host is not None and host.lower() in _NEWSROOM_HOSTS


# --------------------------------------------------------------------------------------------
# 4. Per-brand tenants: brand slug from ``identifier``
# --------------------------------------------------------------------------------------------


def brand_tenant_buggy(payload: Payload) -> str:
    """The brand tenant an integration belongs to (``<brand-slug>-<shortid>``)."""
    brand, _shortid = payload["identifier"].rsplit("-", 1)
    return str(brand) or "default"


def brand_tenant_fixed(payload: Payload) -> str:
    """The brand tenant an integration belongs to (``<brand-slug>-<shortid>``)."""
    identifier = _text(payload.get("identifier"))
    brand, dash, _shortid = identifier.rpartition("-")
    if not dash:
        brand = identifier
    return brand or "default"


# --------------------------------------------------------------------------------------------
# 5. Paywall notices by SMS: the sender number
# --------------------------------------------------------------------------------------------

_E164 = re.compile(r"\+?[0-9]{4,15}")


def paywall_sms_sender_buggy(payload: Payload) -> str | None:
    """The E.164 sender the paywall-expiry SMS goes out from."""
    if payload.get("channel") != "sms":
        return None
    sender = _creds(payload).get("from")
    if not sender:
        return None
    number = int(str(sender).replace(" ", "").replace("-", "").lstrip("+"))
    return f"+{number}"


def paywall_sms_sender_fixed(payload: Payload) -> str | None:
    """The sender the paywall-expiry SMS goes out from (a number or an alphanumeric id)."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload).get("from")).replace(" ", "").replace("-", "")
    if not sender:
        return None
    if _E164.fullmatch(sender):
        return "+" + sender.lstrip("+")
    return sender


# --------------------------------------------------------------------------------------------
# 6. Syndication feed by custom SMTP: the port (one provider)
# --------------------------------------------------------------------------------------------


def syndication_smtp_target_buggy(payload: Payload) -> tuple[str, int] | None:
    """``(host, port)`` of the SMTP relay the syndication digest is pushed through."""
    if payload.get("providerId") != "nodemailer":
        return None
    credentials = _creds(payload)
    port = int(credentials.get("port", "587"))
    return _text(credentials.get("host")), port


def syndication_smtp_target_fixed(payload: Payload) -> tuple[str, int] | None:
    """``(host, port)`` of the SMTP relay the syndication digest is pushed through."""
    if payload.get("providerId") != "nodemailer":
        return None
    credentials = _creds(payload)
    raw = _text(credentials.get("port")).strip()
    port = int(raw) if re.fullmatch(r"[0-9]{1,5}", raw) else 0
    if not 0 < port < 65536:
        port = 465 if credentials.get("secure") is True else 587
    return _text(credentials.get("host")), port


# --------------------------------------------------------------------------------------------
# 7. CMS plugin: the settings form
# --------------------------------------------------------------------------------------------


def cms_settings_form_buggy(payload: Payload) -> list[str]:
    """HTML ``<input>`` rows the CMS plugin renders for an integration's settings."""
    return [
        f'<input name="{html.escape(key)}" value="{html.escape(value)}">'
        for key, value in sorted(_creds(payload).items())
    ]


def _form_value(value: object) -> str:
    """A credential value as form text: strings as they are, anything else as JSON."""
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return str(value)


def cms_settings_form_fixed(payload: Payload) -> list[str]:
    """HTML ``<input>`` rows the CMS plugin renders for an integration's settings."""
    rows: list[str] = []
    for key, value in sorted(_creds(payload).items(), key=lambda item: str(item[0])):
        name = html.escape(str(key))
        if isinstance(value, bool):
            checked = " checked" if value else ""
            rows.append(f'<input type="checkbox" name="{name}"{checked}>')
        else:
            rows.append(f'<input name="{name}" value="{html.escape(_form_value(value))}">')
    return rows


# --------------------------------------------------------------------------------------------
# 8. Per-brand integration cache: memcached key length in bytes
# --------------------------------------------------------------------------------------------

_MEMCACHED_MAX_KEY_BYTES = 250
_MEMCACHED_SAFE = re.compile(r"[!-~]+")


def _memcached_check(key: str) -> str:
    """Reject a key memcached would refuse for its length (what the client library does)."""
    if len(key.encode("utf-8")) > _MEMCACHED_MAX_KEY_BYTES:
        raise ValueError(f"memcached key longer than {_MEMCACHED_MAX_KEY_BYTES} bytes")
    return key


def brand_cache_key_buggy(payload: Payload) -> str:
    """The memcached key the per-brand integration cache stores this record under."""
    key = f"media:integration:{payload['_environmentId']}:{payload['identifier']}"
    return _memcached_check(key[:_MEMCACHED_MAX_KEY_BYTES])


def brand_cache_key_fixed(payload: Payload) -> str:
    """The memcached key the per-brand integration cache stores this record under."""
    key = f"media:integration:{_text(payload.get('_environmentId'))}:{_text(payload.get('identifier'))}"
    raw = key.encode("utf-8", "surrogatepass")
    if len(raw) > _MEMCACHED_MAX_KEY_BYTES or not _MEMCACHED_SAFE.fullmatch(key):
        key = "media:integration:sha256:" + hashlib.sha256(raw).hexdigest()
    return _memcached_check(key)


# --------------------------------------------------------------------------------------------
# 9. Editorial audit: a row for a soft-deleted integration
# --------------------------------------------------------------------------------------------


def deletion_audit_row_buggy(payload: Payload) -> dict[str, str]:
    """The editorial audit-log row for one integration."""
    row = {"integration": _text(payload.get("identifier")), "status": "live"}
    if payload["deleted"]:
        row["status"] = "deleted"
        row["deleted_by"] = payload["deletedBy"]
        row["deleted_at"] = payload.get("deletedAt", "")
    return row


def deletion_audit_row_fixed(payload: Payload) -> dict[str, str]:
    """The editorial audit-log row for one integration."""
    row = {"integration": _text(payload.get("identifier")), "status": "live"}
    if payload.get("deleted") is True:
        row["status"] = "deleted"
        row["deleted_by"] = _text(payload.get("deletedBy")) or "unknown"
        row["deleted_at"] = _text(payload.get("deletedAt"))
    return row


# --------------------------------------------------------------------------------------------
# 10. Retention purge: days since ``deletedAt``
# --------------------------------------------------------------------------------------------


def retention_age_buggy(payload: Payload) -> int | None:
    """Days since the integration was deleted, for the 90-day retention purge."""
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (_REFERENCE_NOW - when).days


def retention_age_fixed(payload: Payload) -> int | None:
    """Days since the integration was deleted, for the 90-day retention purge."""
    deleted_at = _text(payload.get("deletedAt")).strip()
    if not deleted_at:
        return None
    if deleted_at.endswith(("Z", "z")):
        deleted_at = deleted_at[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(deleted_at)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return (_REFERENCE_NOW - when).days
    except (ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------------------------
# 11. Newsletter sender sync: primary and active flags
# --------------------------------------------------------------------------------------------


def newsletter_sender_status_buggy(payload: Payload) -> str:
    """How the newsletter sync job classifies an integration."""
    if payload["primary"]:
        assert payload["active"], "the primary newsletter integration must be active"
        return "primary"
    return "active" if payload["active"] else "inactive"


def newsletter_sender_status_fixed(payload: Payload) -> str:
    """How the newsletter sync job classifies an integration."""
    active = payload.get("active") is True
    if payload.get("primary") is True:
        return "primary" if active else "primary-inactive"
    return "active" if active else "inactive"


# --------------------------------------------------------------------------------------------
# 12. Newsroom dashboard: desk label per channel
# --------------------------------------------------------------------------------------------

_DESK_LABELS = {
    "email": "Newsletter desk",
    "sms": "SMS alerts desk",
    "push": "Breaking-news push desk",
    "chat": "Editorial chat desk",
}


def channel_desk_label_buggy(payload: Payload) -> str:
    """The newsroom desk an integration is listed under on the dashboard."""
    return f"{_DESK_LABELS[payload['channel']]}: {payload['name']}"


def channel_desk_label_fixed(payload: Payload) -> str:
    """The newsroom desk an integration is listed under on the dashboard."""
    channel = _text(payload.get("channel"))
    desk = _DESK_LABELS.get(channel, f"{channel or 'other'} desk")
    return f"{desk}: {_text(payload.get('name'))}"


# --------------------------------------------------------------------------------------------
# 13. Paywall segments: conditions rendered as SQL for the subscriber warehouse
# --------------------------------------------------------------------------------------------

_SQL_OPERATORS = {
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
    "IN": "IN",
}
_SQL_TABLES = {"subscriber": "s", "payload": "p"}


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_column(child: Mapping[str, Any]) -> str:
    table = _SQL_TABLES.get(_text(child.get("on")), "x")
    return f'{table}."{_text(child.get("field")).replace(chr(34), chr(34) * 2)}"'


def paywall_segment_sql_buggy(payload: Payload) -> str:
    """A SQL ``WHERE`` clause selecting the subscribers a paywall notice goes to."""
    clauses = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{_sql_column(child)} {_SQL_OPERATORS[child['operator']]} {_sql_literal(child['value'])}"
            for child in condition["children"]
        ]
        joined = f" {condition['value']} ".join(parts) or "TRUE"
        clauses.append(f"NOT ({joined})" if condition["isNegated"] else f"({joined})")
    return " AND ".join(clauses) or "TRUE"


def _sql_list(value: str) -> str:
    items = [item.strip() for item in value.split(",")]
    return "(" + ", ".join(_sql_literal(item) for item in items) + ")"


def _sql_part(child: Mapping[str, Any]) -> str:
    column = _sql_column(child)
    operator = _text(child.get("operator"))
    value = _text(child.get("value"))
    if operator in _SQL_OPERATORS:
        return f"{column} {_SQL_OPERATORS[operator]} {_sql_literal(value)}"
    if operator in ("ANY_IN", "ALL_IN"):
        return f"{column} IN {_sql_list(value)}"
    if operator == "NOT_IN":
        return f"{column} NOT IN {_sql_list(value)}"
    if operator in ("BETWEEN", "NOT_BETWEEN"):
        bounds = [bound.strip() for bound in value.split(",")]
        if len(bounds) != 2:
            return "FALSE" if operator == "BETWEEN" else "TRUE"
        negation = "NOT " if operator == "NOT_BETWEEN" else ""
        low, high = (_sql_literal(bound) for bound in bounds)
        return f"{column} {negation}BETWEEN {low} AND {high}"
    return "TRUE"


def paywall_segment_sql_fixed(payload: Payload) -> str:
    """A SQL ``WHERE`` clause selecting the subscribers a paywall notice goes to."""
    clauses = []
    for condition in _conditions(payload):
        glue = " OR " if condition.get("value") == "OR" else " AND "
        joined = glue.join(_sql_part(child) for child in _children(condition)) or "TRUE"
        clauses.append(f"NOT ({joined})" if condition.get("isNegated") is True else f"({joined})")
    return " AND ".join(clauses) or "TRUE"


# --------------------------------------------------------------------------------------------
# 14. Editorial chat alert: a one-line summary of each routing rule
# --------------------------------------------------------------------------------------------


def editorial_rule_summary_buggy(payload: Payload) -> list[str]:
    """One line per routing rule, headed by its first filter, for the #newsroom channel."""
    lines = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        more = len(condition["children"]) - 1
        suffix = f" (+{more} more)" if more else ""
        lines.append(f"{first['field']} {first['operator']} {first['value']}{suffix}")
    return lines


def editorial_rule_summary_fixed(payload: Payload) -> list[str]:
    """One line per routing rule, headed by its first filter, for the #newsroom channel."""
    lines = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            lines.append(f"(empty {_text(condition.get('type')) or 'rule'})")
            continue
        first = children[0]
        more = len(children) - 1
        suffix = f" (+{more} more)" if more else ""
        lines.append(
            f"{_text(first.get('field'))} {_text(first.get('operator'))} {_text(first.get('value'))}{suffix}"
        )
    return lines


# --------------------------------------------------------------------------------------------
# 15. Paywall meter: numeric thresholds inside condition values
# --------------------------------------------------------------------------------------------

_THRESHOLD_OPERATORS = ("LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL")


def paywall_meter_thresholds_buggy(payload: Payload) -> list[int]:
    """The free-article counts at which the paywall notice starts firing."""
    return [
        int(child["value"])
        for condition in payload.get("conditions", [])
        for child in condition["children"]
        if child["operator"] in _THRESHOLD_OPERATORS
    ]


def paywall_meter_thresholds_fixed(payload: Payload) -> list[int]:
    """The free-article counts at which the paywall notice starts firing."""
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") not in _THRESHOLD_OPERATORS:
                continue
            value = _text(child.get("value")).strip()
            if re.fullmatch(r"[0-9]{1,18}", value):
                thresholds.append(int(value))
                continue
            try:
                number = float(value)
            except ValueError:
                continue
            if math.isfinite(number) and abs(number) < 1e18:
                thresholds.append(int(number))
    return thresholds


# --------------------------------------------------------------------------------------------
# 16. Breaking-news push by FCM: the Firebase project (one provider)
# --------------------------------------------------------------------------------------------


def fcm_send_url_buggy(payload: Payload) -> str | None:
    """The FCM v1 endpoint breaking-news pushes are posted to."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _creds(payload).get("serviceAccount")
    if not raw:
        return None
    project = json.loads(raw)["project_id"]
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send"


def fcm_send_url_fixed(payload: Payload) -> str | None:
    """The FCM v1 endpoint breaking-news pushes are posted to (``None`` if unknown)."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_creds(payload).get("serviceAccount"))
    if not raw:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    project = account.get("project_id") if isinstance(account, dict) else None
    if not isinstance(project, str) or not project:
        return None
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send"


# --------------------------------------------------------------------------------------------
# The suite
# --------------------------------------------------------------------------------------------

_CONDITION_BASE: dict[str, Any] = {"isNegated": False, "type": "STATEMENT", "value": "AND"}

MEDIA_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="media_push_audience_without_conditions",
        bug="assumes the optional `conditions` key is always present",
        buggy=push_audience_buggy,
        fixed=push_audience_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "OneSignal",
                "identifier": "one-signal-Qm3xT0aZ",
                "providerId": "one-signal",
                "channel": "push",
                "credentials": {"applicationId": "7f1c2a9e-breaking", "apiKey": "os-key-0001"},
                "primary": False,
            },
            drop=("conditions",),
        ),
    ),
    ConsumerCase(
        name="media_newsletter_dkim_domain_without_at",
        bug="assumes the `from` credential is an address with exactly one '@'",
        buggy=newsletter_dkim_domain_buggy,
        fixed=newsletter_dkim_domain_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "from": "newsletter",
                    "senderName": "The Morning Edition",
                }
            }
        ),
    ),
    ConsumerCase(
        name="media_editorial_slack_relative_redirect",
        bug="assumes Slack's `redirectUrl` is an absolute URL with a host",
        buggy=slack_redirect_check_buggy,
        fixed=slack_redirect_check_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Slack",
                "identifier": "slack-newsroom-7Hk2",
                "providerId": "slack",
                "channel": "chat",
                "credentials": {
                    "applicationId": "A05NEWSROOM",
                    "clientId": "1234567890.0987654321",
                    "secretKey": "slack-secret-0001",
                    "redirectUrl": "/integrations/slack/oauth/callback",
                },
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="media_brand_tenant_identifier_without_dash",
        bug="assumes `identifier` always contains a '-' before a short id",
        buggy=brand_tenant_buggy,
        fixed=brand_tenant_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "dailygazette"}),
    ),
    ConsumerCase(
        name="media_paywall_sms_alphanumeric_sender",
        bug="assumes the SMS `from` is a numeric phone number, never an alphanumeric sender id",
        buggy=paywall_sms_sender_buggy,
        fixed=paywall_sms_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-Pw4ll9",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000001",
                    "token": "twilio-token-0001",
                    "from": "DailyNews",
                },
            }
        ),
    ),
    ConsumerCase(
        name="media_syndication_smtp_blank_port",
        bug="assumes the custom-SMTP `port` string always holds a number",
        buggy=syndication_smtp_target_buggy,
        fixed=syndication_smtp_target_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Synd1c8",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.syndication.example.net",
                    "port": "",
                    "from": "feeds@example.net",
                    "senderName": "Syndication",
                },
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="media_cms_settings_boolean_credential",
        bug="assumes every credential value is a string (booleans and tlsOptions are not)",
        buggy=cms_settings_form_buggy,
        fixed=cms_settings_form_fixed,
        raises=(AttributeError, TypeError),
        example=_variant(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Rd8s",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="media_brand_cache_key_multibyte_identifier",
        bug="truncates the cache key by characters, assuming one byte per character",
        buggy=brand_cache_key_buggy,
        fixed=brand_cache_key_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "journal-" + "é" * 120 + "-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="media_deletion_audit_without_deleted_by",
        bug="assumes a deleted integration always carries `deletedBy`",
        buggy=deletion_audit_row_buggy,
        fixed=deletion_audit_row_fixed,
        raises=(KeyError,),
        example=_variant({"deleted": True, "active": False, "deletedAt": "2025-03-14T09:26:53.589Z"}),
    ),
    ConsumerCase(
        name="media_retention_deleted_at_without_millis",
        bug="assumes `deletedAt` always has the exact `%Y-%m-%dT%H:%M:%S.%fZ` format",
        buggy=retention_age_buggy,
        fixed=retention_age_fixed,
        raises=(ValueError,),
        example=_variant({"deleted": True, "deletedAt": "2025-03-14T09:26:53Z"}),
    ),
    ConsumerCase(
        name="media_newsletter_inactive_primary",
        bug="assumes a primary integration is always active",
        buggy=newsletter_sender_status_buggy,
        fixed=newsletter_sender_status_fixed,
        raises=(AssertionError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="media_desk_label_in_app_channel",
        bug="assumes the channel is one of email, sms, push, chat (forgets in_app)",
        buggy=channel_desk_label_buggy,
        fixed=channel_desk_label_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Lv9q",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="media_paywall_segment_between_operator",
        bug="maps only scalar comparison operators to SQL (no BETWEEN, *_IN, NOT_IN)",
        buggy=paywall_segment_sql_buggy,
        fixed=paywall_segment_sql_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "conditions": [
                    {
                        **_CONDITION_BASE,
                        "children": [
                            {
                                "field": "payload.articlesRead",
                                "value": "5,10",
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
        name="media_editorial_rule_without_children",
        bug="assumes every condition has at least one child filter",
        buggy=editorial_rule_summary_buggy,
        fixed=editorial_rule_summary_fixed,
        raises=(IndexError,),
        example=_variant(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="media_paywall_meter_non_integer_threshold",
        bug="assumes the value of a LARGER/SMALLER filter is an integer string",
        buggy=paywall_meter_thresholds_buggy,
        fixed=paywall_meter_thresholds_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    {
                        **_CONDITION_BASE,
                        "type": "NUMBER",
                        "children": [
                            {
                                "field": "payload.articlesRead",
                                "value": "4.5",
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
        name="media_breaking_push_fcm_encrypted_service_account",
        bug="assumes FCM's `serviceAccount` is always a JSON document with `project_id`",
        buggy=fcm_send_url_buggy,
        fixed=fcm_send_url_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Br3ak",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "nvsk.5f2a9c0e1b7d:8e41c07a9f"},
                "primary": False,
            }
        ),
    ),
]
"""The sixteen media-and-publishing cases."""
