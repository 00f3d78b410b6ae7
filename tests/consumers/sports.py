"""Sixteen consumers from a sports club and ticketing platform, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The club's
services read ``GET /v1/integrations`` items for match-day notifications, ticket transfer e-mails,
fan push campaigns with targeting conditions, steward chat channels and an admin dashboard.

Each *buggy* consumer works on ``HAPPY_PATH`` and fails, by raising, on a payload the contract
allows (``example``); its *fixed* control reads the payload defensively and never raises on a valid
payload (absent optional keys, empty or odd strings, any enum value, unknown extra keys).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# ---------------------------------------------------------------------------------------------
# Helpers


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced (``changes``), removed (``drop``) and new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> Mapping[str, Any]:
    """The ``credentials`` object, or an empty mapping when it is not one."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object) -> str | None:
    """``value`` when it is a string, else ``None``."""
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The ``conditions`` items that are objects; ``[]`` when the key is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The ``children`` of one condition that are objects."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [item for item in children if isinstance(item, dict)]


# ---------------------------------------------------------------------------------------------
# 1. Match-day router: which outbound queue an integration feeds.

_MATCHDAY_QUEUES_BUGGY = {
    "email": "matchday-mail",
    "sms": "matchday-sms",
    "push": "matchday-push",
    "chat": "steward-chat",
}
_MATCHDAY_QUEUES = {**_MATCHDAY_QUEUES_BUGGY, "in_app": "matchday-inbox"}


def matchday_queue_buggy(payload: Payload) -> str | None:
    """Queue name ``<queue>:<identifier>`` for an active integration."""
    if not payload["active"]:
        return None
    return f"{_MATCHDAY_QUEUES_BUGGY[payload['channel']]}:{payload['identifier']}"


def matchday_queue_fixed(payload: Payload) -> str | None:
    """Same, covering every ``Channel`` value and falling back to a default queue."""
    if payload.get("active") is not True:
        return None
    queue = _MATCHDAY_QUEUES.get(str(payload.get("channel")), "matchday-default")
    return f"{queue}:{payload.get('identifier', '')}"


# ---------------------------------------------------------------------------------------------
# 2. Ticket transfer e-mails: Reply-To on the sender's domain.

_TRANSFER_FALLBACK_REPLY_TO = "transfers@tickets.club.example"


def ticket_transfer_reply_to_buggy(payload: Payload) -> str | None:
    """``transfers@<domain of credentials.from>`` for e-mail integrations."""
    if payload["channel"] != "email":
        return None
    sender = _creds(payload).get("from")
    if sender is None:
        return None
    _local, domain = sender.rsplit("@", 1)
    return f"transfers@{domain.lower()}"


def ticket_transfer_reply_to_fixed(payload: Payload) -> str | None:
    """Same, falling back to the club address when ``from`` is not an e-mail address."""
    if payload.get("channel") != "email":
        return None
    sender = _text(_creds(payload).get("from"))
    if sender is None:
        return None
    _local, at, domain = sender.rpartition("@")
    domain = domain.strip()
    if not at or not domain:
        return _TRANSFER_FALLBACK_REPLY_TO
    return f"transfers@{domain.lower()}"


# ---------------------------------------------------------------------------------------------
# 3. Match-day SMS: the sender number in E.164 form for the telecom compliance report.

_MSISDN = re.compile(r"\+?[0-9]{3,15}")
_MSISDN_NOISE = re.compile(r"[\s\-().]")


def matchday_sms_sender_buggy(payload: Payload) -> str | None:
    """E.164 sender number of an SMS integration."""
    if payload["channel"] != "sms":
        return None
    sender = str(_creds(payload).get("from", ""))
    digits = int(sender.replace("+", "").replace(" ", "").replace("-", ""))
    return f"+{digits}"


def matchday_sms_sender_fixed(payload: Payload) -> str | None:
    """Same, reporting alphanumeric sender ids (``CITYFC``) as they are instead of parsing them."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload).get("from"))
    if sender is None:
        return None
    compact = _MSISDN_NOISE.sub("", sender)
    if _MSISDN.fullmatch(compact):
        return "+" + compact.lstrip("+")
    return f"sender-id:{sender}"


# ---------------------------------------------------------------------------------------------
# 4. Fan push campaigns: is this integration targeted, and by how many rules?


def fan_push_targeting_buggy(payload: Payload) -> dict[str, object]:
    """Campaign summary: whether the integration has targeting conditions and how many rules."""
    conditions = payload["conditions"]
    return {
        "identifier": payload["identifier"],
        "targeted": len(conditions) > 0,
        "rules": sum(len(condition["children"]) for condition in conditions),
    }


def fan_push_targeting_fixed(payload: Payload) -> dict[str, object]:
    """Same, treating an absent ``conditions`` key as no targeting."""
    conditions = _conditions(payload)
    return {
        "identifier": payload.get("identifier"),
        "targeted": len(conditions) > 0,
        "rules": sum(len(_children(condition)) for condition in conditions),
    }


# ---------------------------------------------------------------------------------------------
# 5. Fan push campaigns: one headline per targeting condition for the campaign editor.


def fan_push_headlines_buggy(payload: Payload) -> list[str]:
    """``[NOT ]<on>.<field> <operator> <value>`` of each condition's first rule."""
    lines = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        negation = "NOT " if condition["isNegated"] else ""
        more = len(condition["children"]) - 1
        suffix = f" (+{more} more)" if more else ""
        lines.append(f"{negation}{first['on']}.{first['field']} {first['operator']} {first['value']}{suffix}")
    return lines


def fan_push_headlines_fixed(payload: Payload) -> list[str]:
    """Same, showing a condition without children as ``(no rules)``."""
    lines = []
    for condition in _conditions(payload):
        children = _children(condition)
        negation = "NOT " if condition.get("isNegated") is True else ""
        if not children:
            lines.append(f"{negation}(no rules)")
            continue
        first = children[0]
        more = len(children) - 1
        suffix = f" (+{more} more)" if more else ""
        rule = f"{first.get('on')}.{first.get('field')} {first.get('operator')} {first.get('value')}"
        lines.append(f"{negation}{rule}{suffix}")
    return lines


# ---------------------------------------------------------------------------------------------
# 6. Fan push campaigns: numeric ranges of BETWEEN rules (e.g. minutes to kick-off).

_RANGE_OPERATORS = frozenset({"BETWEEN", "NOT_BETWEEN"})


def fan_push_ranges_buggy(payload: Payload) -> list[tuple[str, float, float]]:
    """``(field, low, high)`` of every BETWEEN / NOT_BETWEEN rule, from a ``"low,high"`` value."""
    ranges = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _RANGE_OPERATORS:
                low, high = (float(part) for part in child["value"].split(","))
                ranges.append((child["field"], low, high))
    return ranges


def _bounds(value: str) -> tuple[float, float] | None:
    """``(low, high)`` from ``"low,high"``; ``None`` when the string is not such a pair."""
    parts = value.split(",")
    if len(parts) != 2:
        return None
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        return None


def fan_push_ranges_fixed(payload: Payload) -> list[tuple[str, float, float]]:
    """Same, skipping range rules whose value is not a numeric pair."""
    ranges = []
    for condition in _conditions(payload):
        for child in _children(condition):
            value = _text(child.get("value"))
            if child.get("operator") not in _RANGE_OPERATORS or value is None:
                continue
            bounds = _bounds(value)
            if bounds is not None:
                ranges.append((str(child.get("field")), *bounds))
    return ranges


# ---------------------------------------------------------------------------------------------
# 7. Admin dashboard: the day an integration was archived.

_JS_ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def admin_archived_on_buggy(payload: Payload) -> str | None:
    """``YYYY-MM-DD`` of ``deletedAt`` for a deleted integration, parsed as JavaScript's toISOString."""
    if not payload["deleted"]:
        return None
    stamp = payload.get("deletedAt")
    if stamp is None:
        return None
    return datetime.strptime(stamp, _JS_ISO_FORMAT).date().isoformat()


def _parse_timestamp(stamp: str) -> datetime | None:
    """A datetime from a toISOString or any ISO-8601 string; ``None`` otherwise."""
    try:
        return datetime.strptime(stamp, _JS_ISO_FORMAT)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def admin_archived_on_fixed(payload: Payload) -> str | None:
    """Same, accepting any ISO-8601 form and showing an unparseable stamp as unknown."""
    if payload.get("deleted") is not True:
        return None
    stamp = _text(payload.get("deletedAt"))
    if stamp is None:
        return None
    parsed = _parse_timestamp(stamp)
    return parsed.date().isoformat() if parsed is not None else "unknown"


# ---------------------------------------------------------------------------------------------
# 8. Admin dashboard: status badge from the active / primary flags.

_BADGES_BUGGY = {
    (True, True): "primary",
    (True, False): "standby",
    (False, False): "disabled",
}
_BADGES = {**_BADGES_BUGGY, (False, True): "primary (inactive)"}


def admin_status_badge_buggy(payload: Payload) -> str:
    """Badge text for the integrations table."""
    if payload["deleted"]:
        return "archived"
    return _BADGES_BUGGY[(payload["active"], payload["primary"])]


def admin_status_badge_fixed(payload: Payload) -> str:
    """Same, with a badge for an inactive primary (the contract ties no flags together)."""
    if payload.get("deleted") is True:
        return "archived"
    return _BADGES.get((payload.get("active") is True, payload.get("primary") is True), "unknown")


# ---------------------------------------------------------------------------------------------
# 9. Admin audit log: who archived an integration.


def admin_deletion_audit_buggy(payload: Payload) -> dict[str, str] | None:
    """Audit row for a deleted integration."""
    if not payload["deleted"]:
        return None
    return {
        "integration": payload["identifier"],
        "removedBy": payload["deletedBy"],
        "removedAt": payload.get("deletedAt", ""),
    }


def admin_deletion_audit_fixed(payload: Payload) -> dict[str, str] | None:
    """Same, recording an unknown actor when ``deletedBy`` is absent."""
    if payload.get("deleted") is not True:
        return None
    return {
        "integration": str(payload.get("identifier", "")),
        "removedBy": _text(payload.get("deletedBy")) or "unknown",
        "removedAt": _text(payload.get("deletedAt")) or "",
    }


# ---------------------------------------------------------------------------------------------
# 10. Ticketing cache: memcached key of an integration (at most 250 bytes, no spaces).

_CACHE_KEY_LIMIT = 250


def ticket_cache_key_buggy(payload: Payload) -> str:
    """``club:integration:<environment>:<identifier>``, cut to the memcached key limit."""
    key = f"club:integration:{payload['_environmentId']}:{payload['identifier']}"[:_CACHE_KEY_LIMIT]
    if len(key.encode("utf-8")) > _CACHE_KEY_LIMIT:
        raise ValueError(f"memcached key longer than {_CACHE_KEY_LIMIT} bytes")
    return key


def ticket_cache_key_fixed(payload: Payload) -> str:
    """Same, hashing keys that are not short, printable ASCII instead of cutting characters."""
    key = f"club:integration:{payload.get('_environmentId', '')}:{payload.get('identifier', '')}"
    if key.isascii() and key.isprintable() and " " not in key and len(key) <= _CACHE_KEY_LIMIT:
        return key
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"club:integration:sha256:{digest}"


# ---------------------------------------------------------------------------------------------
# 11. Admin dashboard: avatar initials of an integration.


def admin_avatar_initials_buggy(payload: Payload) -> str:
    """Up to two initials from the integration ``name``."""
    words: list[str] = payload["name"].split()
    second = words[1][0] if len(words) > 1 else ""
    return (words[0][0] + second).upper()


def admin_avatar_initials_fixed(payload: Payload) -> str:
    """Same, falling back to the provider id, then ``?``, for an empty or blank name."""
    for source in (payload.get("name"), payload.get("providerId")):
        words = (_text(source) or "").split()
        if words:
            second = words[1][0] if len(words) > 1 else ""
            return (words[0][0] + second).upper()
    return "?"


# ---------------------------------------------------------------------------------------------
# 12. Admin dashboard: "connected since" from the ObjectId timestamp of ``_id``.

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def admin_connected_since_buggy(payload: Payload) -> str:
    """``YYYY-MM-DD`` from the first four bytes of the Mongo ObjectId ``_id``."""
    seconds = int(payload["_id"][:8], 16)
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


def admin_connected_since_fixed(payload: Payload) -> str | None:
    """Same, returning ``None`` when ``_id`` is absent or not a 24-hex ObjectId."""
    record_id = _text(payload.get("_id"))
    if record_id is None or not _OBJECT_ID.fullmatch(record_id):
        return None
    return datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC).date().isoformat()


# ---------------------------------------------------------------------------------------------
# 13. Steward chat: "reinstall the Slack app" link for the stewards' workspace.

_SLACK_AUTHORIZE = "https://slack.com/oauth/v2/authorize"


def steward_slack_install_link_buggy(payload: Payload) -> str | None:
    """OAuth install link of a Slack integration, with its client id and redirect URL."""
    if payload["providerId"] != "slack":
        return None
    credentials = _creds(payload)
    client_id = quote(credentials["clientId"], safe="", errors="replace")
    redirect = quote(credentials["redirectUrl"], safe="", errors="replace")
    return f"{_SLACK_AUTHORIZE}?client_id={client_id}&scope=incoming-webhook&redirect_uri={redirect}"


def steward_slack_install_link_fixed(payload: Payload) -> str | None:
    """Same, leaving out ``redirect_uri`` when the optional ``redirectUrl`` is absent."""
    if payload.get("providerId") != "slack":
        return None
    credentials = _creds(payload)
    client_id = _text(credentials.get("clientId"))
    if client_id is None:
        return None
    link = (
        f"{_SLACK_AUTHORIZE}?client_id={quote(client_id, safe='', errors='replace')}&scope=incoming-webhook"
    )
    redirect = _text(credentials.get("redirectUrl"))
    if redirect:
        link += f"&redirect_uri={quote(redirect, safe='', errors='replace')}"
    return link


# ---------------------------------------------------------------------------------------------
# 14. Ticket e-mail health check: SMTP host and port to probe for custom SMTP integrations.

_PORT = re.compile(r"[0-9]{1,5}")


def smtp_probe_target_buggy(payload: Payload) -> tuple[str, int] | None:
    """``(host, port)`` of a host-based integration, the port read as a number."""
    credentials = _creds(payload)
    host = credentials.get("host")
    if host is None:
        return None
    return host, int(credentials.get("port", "587"))


def smtp_probe_target_fixed(payload: Payload) -> tuple[str, int] | None:
    """Same, falling back to 465/587 (by ``secure``) when ``port`` is not a valid port number."""
    credentials = _creds(payload)
    host = _text(credentials.get("host"))
    if host is None:
        return None
    default = 465 if credentials.get("secure") is True else 587
    port = _text(credentials.get("port"))
    if port is not None and _PORT.fullmatch(port.strip()) and 0 < int(port.strip()) < 65536:
        return host, int(port.strip())
    return host, default


# ---------------------------------------------------------------------------------------------
# 15. Fan push: Firebase project of an FCM integration, for the push console link.


def fan_push_fcm_project_buggy(payload: Payload) -> str | None:
    """``project_id`` of the FCM service-account JSON in ``credentials.serviceAccount``."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(_creds(payload)["serviceAccount"])
    return str(account["project_id"])


def fan_push_fcm_project_fixed(payload: Payload) -> str | None:
    """Same, returning ``None`` for a missing, encrypted (``nvsk.…``) or malformed service account."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_creds(payload).get("serviceAccount"))
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    return _text(account.get("project_id"))


# ---------------------------------------------------------------------------------------------
# 16. Ticket e-mail config renderer: TLS settings from the free-form ``tlsOptions`` object.


def ticket_mail_tls_buggy(payload: Payload) -> dict[str, object]:
    """Minimum TLS version (``"1.2"``) and certificate check from ``credentials.tlsOptions``."""
    options = _creds(payload).get("tlsOptions") or {}
    version = options.get("minVersion", "TLSv1.2")
    return {
        "min_version": version.removeprefix("TLSv"),
        "verify": bool(options.get("rejectUnauthorized", True)),
    }


def ticket_mail_tls_fixed(payload: Payload) -> dict[str, object]:
    """Same, using the default version when ``minVersion`` is not a string (any JSON value is allowed)."""
    options = _creds(payload).get("tlsOptions")
    if not isinstance(options, dict):
        options = {}
    version = _text(options.get("minVersion")) or "TLSv1.2"
    return {
        "min_version": version.removeprefix("TLSv"),
        "verify": bool(options.get("rejectUnauthorized", True)),
    }


# ---------------------------------------------------------------------------------------------
# The suite

_SLACK_CREDENTIALS = {
    "applicationId": "A06STEWARDS",
    "clientId": "4471029384.6620193847",
    "secretKey": "fake-slack-secret-0001",
}

SPORTS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="sports_matchday_queue_by_channel",
        bug="assumes every channel has a match-day queue; the in_app channel (Inbox) is missing",
        buggy=matchday_queue_buggy,
        fixed=matchday_queue_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zp4kW9",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="sports_ticket_transfer_reply_to_domain",
        bug="assumes credentials.from of an e-mail integration is an address containing '@'",
        buggy=ticket_transfer_reply_to_buggy,
        fixed=ticket_transfer_reply_to_fixed,
        raises=(ValueError,),
        example=_payload(credentials={"apiKey": "fake-api-key-0002", "from": "Ticket Office"}),
    ),
    ConsumerCase(
        name="sports_matchday_sms_sender_msisdn",
        bug="assumes credentials.from of an SMS integration is a phone number, not an alphanumeric id",
        buggy=matchday_sms_sender_buggy,
        fixed=matchday_sms_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-Rk2mQ8", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0123456789abcdef", "token": "fake-token-0003", "from": "CITYFC"},
        ),
    ),
    ConsumerCase(
        name="sports_fan_push_targeting_summary",
        bug="assumes the optional conditions key is always present",
        buggy=fan_push_targeting_buggy,
        fixed=fan_push_targeting_fixed,
        raises=(KeyError,),
        example=_payload(drop=("conditions",)),
    ),
    ConsumerCase(
        name="sports_fan_push_condition_headlines",
        bug="assumes every targeting condition has at least one child rule",
        buggy=fan_push_headlines_buggy,
        fixed=fan_push_headlines_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": True, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="sports_fan_push_between_ranges",
        bug="assumes a BETWEEN rule's value is always a numeric 'low,high' pair",
        buggy=fan_push_ranges_buggy,
        fixed=fan_push_ranges_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "minutesToKickoff",
                                "value": "30-90",
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
        name="sports_admin_archived_on_date",
        bug="assumes deletedAt is always in JavaScript toISOString form (millis and 'Z')",
        buggy=admin_archived_on_buggy,
        fixed=admin_archived_on_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-08T19:45:00+01:00"}),
    ),
    ConsumerCase(
        name="sports_admin_status_badge",
        bug="assumes a primary integration is always active (no badge for primary and inactive)",
        buggy=admin_status_badge_buggy,
        fixed=admin_status_badge_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="sports_admin_deletion_audit_row",
        bug="assumes a deleted integration always carries deletedBy",
        buggy=admin_deletion_audit_buggy,
        fixed=admin_deletion_audit_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-08T19:45:00.000Z"}),
    ),
    ConsumerCase(
        name="sports_ticket_cache_key_bytes",
        bug="assumes cutting the key to 250 characters keeps it within 250 bytes (non-ASCII identifier)",
        buggy=ticket_cache_key_buggy,
        fixed=ticket_cache_key_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "südkurve-fanblock-" * 14 + "x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="sports_admin_avatar_initials",
        bug="assumes the integration name is a non-blank string",
        buggy=admin_avatar_initials_buggy,
        fixed=admin_avatar_initials_fixed,
        raises=(IndexError,),
        example=_payload({"name": "", "identifier": "-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="sports_admin_connected_since",
        bug="assumes _id is always a 24-hex Mongo ObjectId whose first bytes are a timestamp",
        buggy=admin_connected_since_buggy,
        fixed=admin_connected_since_fixed,
        raises=(KeyError, ValueError),
        example=_payload({"_id": "int_sendgrid_matchday"}),
    ),
    ConsumerCase(
        name="sports_steward_slack_install_link",
        bug="assumes a Slack integration always has redirectUrl (optional in the provider form)",
        buggy=steward_slack_install_link_buggy,
        fixed=steward_slack_install_link_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Stw7Lk2",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
                "conditions": [],
            },
            credentials=_SLACK_CREDENTIALS,
        ),
    ),
    ConsumerCase(
        name="sports_smtp_probe_port",
        bug="assumes the string credentials.port always holds a number",
        buggy=smtp_probe_target_buggy,
        fixed=smtp_probe_target_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Tk9sB1", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.club.example",
                "port": "smtps",
                "secure": True,
                "from": "tickets@club.example",
                "senderName": "Club Tickets",
            },
        ),
    ),
    ConsumerCase(
        name="sports_fan_push_fcm_project",
        bug="assumes an FCM serviceAccount is always a decrypted JSON document with project_id",
        buggy=fan_push_fcm_project_buggy,
        fixed=fan_push_fcm_project_fixed,
        raises=(KeyError, ValueError, TypeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Fx3Q",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.4f2a9c01d3e5b7a9:9b1e77d0c4a2f6e8"},
        ),
    ),
    ConsumerCase(
        name="sports_ticket_mail_tls_options",
        bug="assumes tlsOptions.minVersion is a string (tlsOptions is free-form JSON)",
        buggy=ticket_mail_tls_buggy,
        fixed=ticket_mail_tls_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Vn8pL3", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.club.example",
                "port": "465",
                "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": False},
                "from": "tickets@club.example",
                "senderName": "Club Tickets",
            },
        ),
    ),
]
"""The sixteen sports-platform consumers, in the order above."""
