"""Sixteen consumers of ``GET /v1/integrations`` items from a live-service game studio.

Written from the contract documents alone (the seed, ``CONTRACT.md``, ``SERVER-SEMANTICS.md`` and
``providers.json``), without reading any data generator. Each ``ConsumerCase`` pairs a *buggy*
consumer, the way a studio team writes it (player push and in-app notifications, live-ops
scheduling, chat webhooks, localised display names, regional shards, moderation and rate-limit
rules, analytics exports), with a *fixed* control that honours the contract and never raises on a
valid payload. Each ``example`` is a contract-valid payload that triggers the bug.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
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
    """The field-filter parts of one condition (``[]`` when empty)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. Notification lanes: every channel enum value must be routable.

_LANES = {"push": "mobile-push", "in_app": "in-game-inbox", "email": "player-mail"}


def lane_buggy(payload: Payload) -> str:
    """Route an integration to a notification lane (forgets ``sms`` and ``chat``)."""
    return f"{_LANES[payload['channel']]}/{payload['providerId']}"


def lane_fixed(payload: Payload) -> str:
    """Route an integration to a notification lane, with a lane for every channel."""
    lanes = {**_LANES, "sms": "player-sms", "chat": "community-chat"}
    channel = payload.get("channel")
    lane = lanes.get(channel, "unrouted") if isinstance(channel, str) else "unrouted"
    return f"{lane}/{payload.get('providerId', '')}"


# 2. Live-ops decommission report: a soft-deleted record need not carry ``deletedAt``.


def _parse_iso(value: str) -> datetime | None:
    """An ISO-8601 timestamp, or ``None`` when the string is not one."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def decommission_buggy(payload: Payload) -> str | None:
    """The day a deleted integration was retired (assumes ``deleted`` implies ``deletedAt``)."""
    if not payload["deleted"]:
        return None
    return datetime.fromisoformat(payload["deletedAt"]).date().isoformat()


def decommission_fixed(payload: Payload) -> str | None:
    """The day a deleted integration was retired, ``"unknown"`` when not recorded or unparsable."""
    if payload.get("deleted") is not True:
        return None
    raw = _text(payload, "deletedAt")
    parsed = _parse_iso(raw) if raw is not None else None
    return parsed.date().isoformat() if parsed is not None else "unknown"


# 3. Season audit row: ``deletedAt`` is a plain string, not always JavaScript's toISOString().

_JS_ISO = "%Y-%m-%dT%H:%M:%S.%fZ"


def season_audit_buggy(payload: Payload) -> dict[str, str]:
    """An audit row for the season report (assumes ``deletedAt`` has milliseconds and ``Z``)."""
    row = {"integration": payload["identifier"], "retired": ""}
    if "deletedAt" in payload:
        row["retired"] = datetime.strptime(payload["deletedAt"], _JS_ISO).strftime("%Y-%m-%d %H:%M")
    return row


def season_audit_fixed(payload: Payload) -> dict[str, str]:
    """An audit row for the season report; an unparsable ``deletedAt`` is shown verbatim."""
    row = {"integration": str(payload.get("identifier", "")), "retired": ""}
    raw = _text(payload, "deletedAt")
    if raw is not None:
        parsed = _parse_iso(raw)
        row["retired"] = parsed.strftime("%Y-%m-%d %H:%M") if parsed is not None else raw
    return row


# 4. Chat / webhook relay allow-list: ``webhookUrl`` is any string, not always an absolute URL.


def webhook_host_buggy(payload: Payload) -> str | None:
    """The host a webhook relay must allow (assumes ``webhookUrl`` is an absolute URL)."""
    url = _creds(payload).get("webhookUrl")
    if url is None:
        return None
    host: str | None = urlsplit(url).hostname
    assert host is not None, f"webhook URL without a host: {url!r}"
    return host


def webhook_host_fixed(payload: Payload) -> str | None:
    """The host a webhook relay must allow, ``None`` when ``webhookUrl`` has none."""
    url = _text(_creds(payload), "webhookUrl")
    if url is None:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


# 5. Regional shard: ``region`` is not always an AWS ``area-zone-n`` string.

_SHARD_FOR_AREA = {"us": "na-shard", "ca": "na-shard", "eu": "eu-shard", "ap": "apac-shard"}


def region_shard_buggy(payload: Payload) -> str:
    """The player shard served by a provider's region (assumes three dash-separated parts)."""
    region = _creds(payload).get("region")
    if region is None:
        return "global"
    area, _zone, _number = region.split("-")
    return _SHARD_FOR_AREA.get(area, "global")


def region_shard_fixed(payload: Payload) -> str:
    """The player shard served by a provider's region, ``"global"`` when unknown."""
    region = _text(_creds(payload), "region")
    if region is None:
        return "global"
    area = region.strip().split("-", 1)[0].lower()
    return _SHARD_FOR_AREA.get(area, "global")


# 6. Gateway config renderer: ``port`` is a string and need not be numeric.


def gateway_port_buggy(payload: Payload) -> str | None:
    """A ``host:port`` line for the SMTP/SMPP gateway config (assumes a numeric ``port``)."""
    credentials = _creds(payload)
    host = credentials.get("host")
    if host is None:
        return None
    port = int(credentials.get("port", "25"))
    return f"{host}:{port}"


def gateway_port_fixed(payload: Payload) -> str | None:
    """A ``host:port`` line for the gateway config; an unusable port falls back to 25."""
    credentials = _creds(payload)
    host = _text(credentials, "host")
    if host is None:
        return None
    raw = _text(credentials, "port")
    try:
        port = int(raw) if raw is not None else 25
    except ValueError:
        port = 25
    if not 0 < port < 65536:
        port = 25
    return f"{host}:{port}"


# 7. Twilio 2FA sender: ``from`` may be a formatted number or an alphanumeric sender id.


def twilio_sender_buggy(payload: Payload) -> str | None:
    """The E.164 sender for account-recovery SMS (assumes ``from`` is ``+`` and digits only)."""
    if payload["providerId"] != "twilio":
        return None
    sender = _creds(payload).get("from", "")
    if not sender:
        return None
    return f"+{int(sender.lstrip('+'))}"


def twilio_sender_fixed(payload: Payload) -> str | None:
    """The E.164 sender for account-recovery SMS; an alphanumeric sender id is kept as is."""
    if payload.get("providerId") != "twilio":
        return None
    sender = _text(_creds(payload), "from")
    if not sender:
        return None
    digits = "".join(char for char in sender if char in "0123456789")
    return f"+{digits}" if digits else sender


# 8. Localised display label: the client slot is measured in UTF-8 bytes, not characters.

_LABEL_BYTES = 48


def display_label_buggy(payload: Payload) -> str:
    """The integration label for the in-game admin HUD (cuts characters, not bytes)."""
    label: str = payload["name"][:24]
    assert len(label.encode("utf-8")) <= _LABEL_BYTES, "label overflows the HUD slot"
    return label


def display_label_fixed(payload: Payload) -> str:
    """The integration label for the in-game admin HUD, cut to whole UTF-8 characters."""
    name = _text(payload, "name") or ""
    raw = name.encode("utf-8", "surrogatepass")[:_LABEL_BYTES]
    return raw.decode("utf-8", "ignore")


# 9. Segment targeting: ``conditions`` is optional.


def segment_fields_buggy(payload: Payload) -> list[str]:
    """The player attributes a targeting rule reads (assumes ``conditions`` is always sent)."""
    fields = {child["field"] for condition in payload["conditions"] for child in condition["children"]}
    return sorted(fields)


def segment_fields_fixed(payload: Payload) -> list[str]:
    """The player attributes a targeting rule reads; none when there are no conditions."""
    fields = {
        child["field"]
        for condition in _conditions(payload)
        for child in _children(condition)
        if isinstance(child.get("field"), str)
    }
    return sorted(fields)


# 10. Moderation rule summary: a condition's ``children`` may be empty.


def moderation_rule_buggy(payload: Payload) -> str | None:
    """The attribute the first moderation rule checks (assumes every condition has a child)."""
    conditions = payload.get("conditions") or []
    if not conditions:
        return None
    first = conditions[0]["children"][0]
    return f"{first['on']}.{first['field']}"


def moderation_rule_fixed(payload: Payload) -> str | None:
    """The attribute the first moderation rule checks, skipping empty conditions."""
    for condition in _conditions(payload):
        for child in _children(condition):
            return f"{child.get('on', '')}.{child.get('field', '')}"
    return None


# 11. Rate-limit windows: a ``BETWEEN`` value is a free string, not always ``"low,high"``.

_RANGE_OPERATORS = ("BETWEEN", "NOT_BETWEEN")


def ratelimit_windows_buggy(payload: Payload) -> list[tuple[float, float]]:
    """Numeric windows of range rules (assumes ``value`` is ``"low,high"`` of numbers)."""
    windows: list[tuple[float, float]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _RANGE_OPERATORS:
                low, high = child["value"].split(",")
                windows.append((float(low), float(high)))
    return windows


def _window(value: str) -> tuple[float, float] | None:
    """``"low,high"`` as two floats, or ``None``."""
    parts = value.split(",")
    if len(parts) != 2:
        return None
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        return None


def ratelimit_windows_fixed(payload: Payload) -> list[tuple[float, float]]:
    """Numeric windows of range rules; values that are not ``"low,high"`` are skipped."""
    windows: list[tuple[float, float]] = []
    for condition in _conditions(payload):
        for child in _children(condition):
            value = _text(child, "value")
            if child.get("operator") in _RANGE_OPERATORS and value is not None:
                window = _window(value)
                if window is not None:
                    windows.append(window)
    return windows


# 12. Live-ops sender choice: ``primary`` does not imply ``active``.


def sender_role_buggy(payload: Payload) -> str:
    """The role of an integration in event blasts (asserts a primary one is active)."""
    if payload["primary"]:
        assert payload["active"], "a primary integration must be active"
        return "default"
    return "fallback" if payload["active"] else "disabled"


def sender_role_fixed(payload: Payload) -> str:
    """The role of an integration in event blasts; an inactive primary is disabled."""
    active = payload.get("active") is True
    if not active:
        return "disabled"
    return "default" if payload.get("primary") is True else "fallback"


# 13. FCM project lookup: ``serviceAccount`` may be absent, encrypted or not JSON.


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project behind an FCM integration (assumes a JSON service account)."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(_creds(payload)["serviceAccount"])
    return str(account["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    """The Firebase project behind an FCM integration, ``None`` when it cannot be read."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_creds(payload), "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    project = account.get("project_id") if isinstance(account, dict) else None
    return project if isinstance(project, str) else None


# 14. Shard cache key: ``_id`` is optional.


def cache_key_buggy(payload: Payload) -> str:
    """The shard-cache key of an integration (assumes ``_id`` is always sent)."""
    return f"integration:{payload['_environmentId']}:{payload['_id']}"


def cache_key_fixed(payload: Payload) -> str:
    """The shard-cache key of an integration, keyed by ``identifier`` when ``_id`` is absent."""
    record = _text(payload, "_id") or _text(payload, "id")
    suffix = record if record is not None else f"ident:{payload.get('identifier', '')}"
    return f"integration:{payload.get('_environmentId', '')}:{suffix}"


# 15. Mail-transport renderer: the TLS switches are independent booleans.


def tls_mode_buggy(payload: Payload) -> str:
    """The transport TLS mode for player mail (rejects ``requireTls`` with ``ignoreTls``)."""
    credentials = _creds(payload)
    require = bool(credentials.get("requireTls", False))
    ignore = bool(credentials.get("ignoreTls", False))
    if require and ignore:
        raise ValueError("requireTls and ignoreTls are mutually exclusive")
    if credentials.get("secure"):
        return "implicit-tls"
    if require:
        return "starttls-required"
    return "plain" if ignore else "opportunistic"


def tls_mode_fixed(payload: Payload) -> str:
    """The transport TLS mode for player mail; ``requireTls`` wins over ``ignoreTls``."""
    credentials = _creds(payload)
    if credentials.get("secure") is True:
        return "implicit-tls"
    if credentials.get("requireTls") is True:
        return "starttls-required"
    return "plain" if credentials.get("ignoreTls") is True else "opportunistic"


# 16. Newsletter DMARC check: ``from`` need not be an e-mail address.


def sender_domain_buggy(payload: Payload) -> str | None:
    """The sender domain to align with DMARC (assumes ``from`` contains ``@``)."""
    if payload["channel"] != "email":
        return None
    sender = _creds(payload).get("from")
    if sender is None:
        return None
    domain: str = sender.split("@")[1]
    return domain.lower()


def sender_domain_fixed(payload: Payload) -> str | None:
    """The sender domain to align with DMARC, ``None`` when ``from`` has no ``@``."""
    if payload.get("channel") != "email":
        return None
    sender = _text(_creds(payload), "from")
    if sender is None:
        return None
    _local, at, domain = sender.rpartition("@")
    return domain.lower() if at else None


GAMING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="gaming_push_lane_router",
        bug="every channel is push, in_app or email: no lane for sms or chat",
        buggy=lane_buggy,
        fixed=lane_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Discord",
                "identifier": "discord-Qm3vK8zP",
                "providerId": "discord",
                "channel": "chat",
                "credentials": {},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="gaming_liveops_decommission_day",
        bug="a soft-deleted integration always carries deletedAt",
        buggy=decommission_buggy,
        fixed=decommission_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="gaming_season_audit_deleted_at",
        bug="deletedAt is always JavaScript's toISOString() form with milliseconds and Z",
        buggy=season_audit_buggy,
        fixed=season_audit_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "deleted": True,
                "active": False,
                "deletedAt": "2025-05-08T12:30:00+00:00",
                "deletedBy": "liveops-bot",
            }
        ),
    ),
    ConsumerCase(
        name="gaming_webhook_relay_host",
        bug="credentials.webhookUrl is always an absolute URL with a host",
        buggy=webhook_host_buggy,
        fixed=webhook_host_fixed,
        raises=(AssertionError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-7hQx2LmA",
                "providerId": "push-webhook",
                "channel": "push",
                "credentials": {"webhookUrl": "hooks.arena.example/novu", "secretKey": "whsec-0001"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="gaming_region_shard_lookup",
        bug="credentials.region is always an AWS-style area-zone-number string",
        buggy=region_shard_buggy,
        fixed=region_shard_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SparkPost",
                "identifier": "spark-post-Lw9cT1ek",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "region": "eu",
                    "from": "events@arena.example",
                    "senderName": "Arena Events",
                },
            }
        ),
    ),
    ConsumerCase(
        name="gaming_gateway_port_config",
        bug="credentials.port is always a numeric string",
        buggy=gateway_port_buggy,
        fixed=gateway_port_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Zp0rV4nB",
                "providerId": "kannel",
                "channel": "sms",
                "credentials": {"host": "smsc.arena.example", "port": "smpp", "from": "ARENA"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="gaming_twilio_recovery_sender",
        bug="Twilio's from is '+' followed by digits only, never formatted or alphanumeric",
        buggy=twilio_sender_buggy,
        fixed=twilio_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-3fGk9QaZ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000001",
                    "token": "fake-token-0001",
                    "from": "+44 7700 900123",
                },
            }
        ),
    ),
    ConsumerCase(
        name="gaming_localised_display_label",
        bug="24 characters of name always fit a 48-byte slot (one byte per character)",
        buggy=display_label_buggy,
        fixed=display_label_fixed,
        raises=(AssertionError,),
        example=_payload({"name": "リーグ・オブ・アリーナ公式プッシュ通知サービス本番環境"}),
    ),
    ConsumerCase(
        name="gaming_segment_targeting_fields",
        bug="the optional conditions key is always present",
        buggy=segment_fields_buggy,
        fixed=segment_fields_fixed,
        raises=(KeyError,),
        example=_payload(drop=("conditions",)),
    ),
    ConsumerCase(
        name="gaming_moderation_first_rule",
        bug="every condition has at least one child filter",
        buggy=moderation_rule_buggy,
        fixed=moderation_rule_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "conditions": [
                    {"isNegated": False, "type": "GROUP", "value": "OR", "children": []},
                    {
                        "isNegated": True,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {"field": "chatMuted", "value": "true", "operator": "EQUAL", "on": "subscriber"}
                        ],
                    },
                ]
            }
        ),
    ),
    ConsumerCase(
        name="gaming_ratelimit_between_windows",
        bug="a BETWEEN filter's value is always 'low,high' with two numbers",
        buggy=ratelimit_windows_buggy,
        fixed=ratelimit_windows_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "sendsPerMinute", "value": "30", "operator": "BETWEEN", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="gaming_liveops_sender_role",
        bug="a primary integration is always active",
        buggy=sender_role_buggy,
        fixed=sender_role_fixed,
        raises=(AssertionError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="gaming_fcm_project_lookup",
        bug="FCM's serviceAccount is always a JSON object with project_id (never encrypted or absent)",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Vb2nX7cd",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "nvsk.9f1c2a7b4e0d:5d3e8a1f0b6c"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="gaming_shard_cache_key",
        bug="the optional _id is always sent",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="gaming_mail_tls_mode",
        bug="requireTls and ignoreTls are never both true",
        buggy=tls_mode_buggy,
        fixed=tls_mode_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hn5sW0qe",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.arena.example",
                    "port": "587",
                    "requireTls": True,
                    "ignoreTls": True,
                    "from": "rewards@arena.example",
                    "senderName": "Arena Rewards",
                },
            }
        ),
    ),
    ConsumerCase(
        name="gaming_newsletter_sender_domain",
        bug="credentials.from on an email integration always contains '@'",
        buggy=sender_domain_buggy,
        fixed=sender_domain_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Mailgun",
                "identifier": "mailgun-Rt6yU8io",
                "providerId": "mailgun",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "user": "api",
                    "domain": "mg.arena.example",
                    "from": "Arena Newsletter",
                    "senderName": "Arena",
                },
            }
        ),
    ),
]
