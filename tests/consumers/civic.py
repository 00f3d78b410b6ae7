"""Sixteen consumers from a public-sector emergency and civic alerts service, each with one bug.

Written from the contract documents alone (the seed, ``CONTRACT.md``, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at any generator. The service fans alerts out over every
channel, routes them by geographic region, renders plain-text and screen-reader descriptions,
keeps a strict audit log, archives retired integrations, sends multilingual messages and sheds
load by rule. Each function takes one ``GET /v1/integrations`` item exactly as the API sends it.
The buggy version works on ``HAPPY_PATH`` and raises on its ``example``; the fixed control
honours the contract and never raises on a valid payload.
"""

from __future__ import annotations

import base64
import copy
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

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


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object (the contract requires it; tolerate its absence anyway)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition list; absent means no conditions."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The filter parts of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [item for item in children if isinstance(item, dict)]


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------------------------
# 1. Multi-channel fan-out: which alert queue an integration feeds
# --------------------------------------------------------------------------------------------

_FANOUT_QUEUES_LEGACY = {"email": "alerts.email", "sms": "alerts.sms", "push": "alerts.push"}
_FANOUT_QUEUES = {**_FANOUT_QUEUES_LEGACY, "in_app": "alerts.inbox", "chat": "alerts.chat"}


def _fanout_queue_buggy(payload: Payload) -> str:
    """Queue name for the fan-out worker of this integration's channel."""
    tier = "primary" if payload["primary"] else "standby"
    return f"{_FANOUT_QUEUES_LEGACY[payload['channel']]}.{tier}"


def _fanout_queue_fixed(payload: Payload) -> str:
    tier = "primary" if payload.get("primary") is True else "standby"
    queue = _FANOUT_QUEUES.get(_text(payload.get("channel")), "alerts.other")
    return f"{queue}.{tier}"


# --------------------------------------------------------------------------------------------
# 2. Strict audit log: who retired an integration
# --------------------------------------------------------------------------------------------


def _audit_retirement_buggy(payload: Payload) -> dict[str, str | None]:
    """Audit entry for the integration's lifecycle state."""
    if payload["deleted"]:
        return {
            "event": "integration.retired",
            "actor": payload["deletedBy"],
            "at": payload.get("deletedAt"),
        }
    return {"event": "integration.live", "actor": None, "at": None}


def _audit_retirement_fixed(payload: Payload) -> dict[str, str | None]:
    if payload.get("deleted") is True:
        actor = payload.get("deletedBy")
        at = payload.get("deletedAt")
        return {
            "event": "integration.retired",
            "actor": actor if isinstance(actor, str) else "unknown (not recorded)",
            "at": at if isinstance(at, str) else None,
        }
    return {"event": "integration.live", "actor": None, "at": None}


# --------------------------------------------------------------------------------------------
# 3. Archival: retention year of a retired integration (kept seven years)
# --------------------------------------------------------------------------------------------

_RETENTION_YEARS = 7


def _archive_purge_year_buggy(payload: Payload) -> int | None:
    """Year in which the archived integration record may be purged."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    retired = datetime.fromisoformat(payload["deletedAt"].replace("Z", "+00:00"))
    return retired.year + _RETENTION_YEARS


def _archive_purge_year_fixed(payload: Payload) -> int | None:
    raw = payload.get("deletedAt")
    if payload.get("deleted") is not True or not isinstance(raw, str):
        return None
    try:
        retired = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None  # documented as a timestamp, typed as a plain string
    return retired.year + _RETENTION_YEARS


# --------------------------------------------------------------------------------------------
# 4. Geographic routing: cloud region of a provider -> routing zone
# --------------------------------------------------------------------------------------------


def _region_zone_buggy(payload: Payload) -> str:
    """Routing zone ``<geo>/<area>`` from a region such as ``eu-west-1``."""
    region = _creds(payload).get("region")
    if not region:
        return "global"
    geo, area, _number = region.split("-")
    return f"{geo}/{area}"


def _region_zone_fixed(payload: Payload) -> str:
    region = _text(_creds(payload).get("region"))
    parts = [part for part in region.split("-") if part]
    if not parts:
        return "global"
    if len(parts) == 1:
        return parts[0]
    area = "-".join(parts[1:-1]) if len(parts) > 2 else parts[1]
    return f"{parts[0]}/{area}"


# --------------------------------------------------------------------------------------------
# 5. SMS gateway choice by the sender's world numbering zone
# --------------------------------------------------------------------------------------------


def _sms_world_zone_buggy(payload: Payload) -> str | None:
    """World numbering zone (first digit of the E.164 sender) of an SMS integration."""
    if payload["channel"] != "sms":
        return None
    sender = _creds(payload).get("from")
    if not sender:
        return None
    return str(int(sender.strip().lstrip("+")))[0]


def _sms_world_zone_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload).get("from")).strip().lstrip("+")
    if not sender:
        return None
    if re.fullmatch(r"[0-9]+", sender):
        return sender.lstrip("0")[:1] or "0"
    return "alphanumeric"


# --------------------------------------------------------------------------------------------
# 6. Admin preview of the first routing rule
# --------------------------------------------------------------------------------------------


def _rule_preview_buggy(payload: Payload) -> str:
    """One-line preview of the integration's first routing rule."""
    conditions = payload.get("conditions") or []
    if not conditions:
        return "Delivers every alert."
    first = conditions[0]["children"][0]
    return f"Delivers when {first['on']}.{first['field']} {first['operator']} {first['value']}"


def _rule_preview_fixed(payload: Payload) -> str:
    for condition in _conditions(payload):
        children = _children(condition)
        if children:
            first = children[0]
            on, field = _text(first.get("on")), _text(first.get("field"))
            operator, value = _text(first.get("operator")), _text(first.get("value"))
            return f"Delivers when {on}.{field} {operator} {value}"
    return "Delivers every alert."


# --------------------------------------------------------------------------------------------
# 7. Load shedding: lowest severity threshold from NUMBER rules
# --------------------------------------------------------------------------------------------

_LOWER_BOUNDS = frozenset({"LARGER", "LARGER_EQUAL"})


def _shed_threshold_buggy(payload: Payload) -> int | None:
    """Lowest severity this integration still delivers under load shedding."""
    thresholds: list[int] = []
    for condition in payload.get("conditions", []):
        if condition["type"] != "NUMBER":
            continue
        for child in condition["children"]:
            if child["operator"] in _LOWER_BOUNDS:
                thresholds.append(int(child["value"]))
    return min(thresholds, default=None)


def _shed_threshold_fixed(payload: Payload) -> float | None:
    thresholds: list[float] = []
    for condition in _conditions(payload):
        if condition.get("type") != "NUMBER":
            continue
        for child in _children(condition):
            if child.get("operator") not in _LOWER_BOUNDS:
                continue
            try:
                thresholds.append(float(_text(child.get("value"))))
            except ValueError:
                continue  # a NUMBER rule's value is still just a string
    return min(thresholds, default=None)


# --------------------------------------------------------------------------------------------
# 8. Legacy pager gateway: 16-byte header from the integration name
# --------------------------------------------------------------------------------------------

_PAGER_HEADER_BYTES = 16


def _pager_header_buggy(payload: Payload) -> str:
    """Integration name cut to the pager gateway's 16-byte header field."""
    name: str = payload["name"]
    return name.encode("utf-8")[:_PAGER_HEADER_BYTES].decode("utf-8")


def _pager_header_fixed(payload: Payload) -> str:
    raw = _text(payload.get("name")).encode("utf-8", "replace")[:_PAGER_HEADER_BYTES]
    return raw.decode("utf-8", "ignore")


# --------------------------------------------------------------------------------------------
# 9. Nightly validator: primary integrations
# --------------------------------------------------------------------------------------------


def _primary_check_buggy(payload: Payload) -> dict[str, object]:
    """Nightly check row for the channel's primary integration."""
    if payload["primary"]:
        assert payload["active"], "a primary integration is always active"
    return {"channel": payload["channel"], "primary": payload["primary"], "warning": None}


def _primary_check_fixed(payload: Payload) -> dict[str, object]:
    primary = payload.get("primary") is True
    warning = None
    if primary and payload.get("active") is not True:
        warning = "primary integration is inactive; alerts on this channel need a fallback"
    return {"channel": payload.get("channel"), "primary": primary, "warning": warning}


# --------------------------------------------------------------------------------------------
# 10. Config renderer: SMTP / SMPP relay endpoint
# --------------------------------------------------------------------------------------------

_DEFAULT_RELAY_PORT = 25


def _relay_endpoint_buggy(payload: Payload) -> str | None:
    """``host:port`` line of the relay config for host-based providers."""
    credentials = _creds(payload)
    if "host" not in credentials:
        return None
    port = int(credentials.get("port", _DEFAULT_RELAY_PORT))
    return f"{credentials['host']}:{port}"


def _relay_endpoint_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    if "host" not in credentials:
        return None
    try:
        port = int(_text(credentials.get("port"), str(_DEFAULT_RELAY_PORT)))
    except ValueError:
        port = _DEFAULT_RELAY_PORT
    if not 0 < port < 65536:
        port = _DEFAULT_RELAY_PORT
    return f"{_text(credentials.get('host'))}:{port}"


# --------------------------------------------------------------------------------------------
# 11. Webhook allow-list: host of a webhook provider's callback
# --------------------------------------------------------------------------------------------

_WEBHOOK_PROVIDERS = frozenset({"push-webhook", "email-webhook"})


def _webhook_host_buggy(payload: Payload) -> str | None:
    """Lower-cased host of the webhook URL, for the outbound firewall allow-list."""
    if payload["providerId"] not in _WEBHOOK_PROVIDERS:
        return None
    url: str = _creds(payload).get("webhookUrl", "")
    return urlsplit(url).hostname.lower()  # type: ignore[union-attr]


def _webhook_host_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") not in _WEBHOOK_PROVIDERS:
        return None
    url = _text(_creds(payload).get("webhookUrl"))
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


# --------------------------------------------------------------------------------------------
# 12. Cache key: compact environment-scoped key
# --------------------------------------------------------------------------------------------


def _cache_key_buggy(payload: Payload) -> str:
    """Compact cache key: packed environment ObjectId plus the integration identifier."""
    env = base64.urlsafe_b64encode(bytes.fromhex(payload["_environmentId"])).decode("ascii")
    return f"civic:{env}:{payload['identifier']}"


def _cache_key_fixed(payload: Payload) -> str:
    raw = _text(payload.get("_environmentId"))
    packed = bytes.fromhex(raw) if re.fullmatch(r"[0-9a-fA-F]{24}", raw) else _utf8(raw)
    env = base64.urlsafe_b64encode(packed).decode("ascii")
    return f"civic:{env}:{_text(payload.get('identifier'))}"


# --------------------------------------------------------------------------------------------
# 13. Admin serializer: masked preview of the integration's secret
# --------------------------------------------------------------------------------------------

_SECRET_KEYS = ("apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey")


def _masked_secret_buggy(payload: Payload) -> str:
    """First four characters of the first secret credential, the rest masked."""
    credentials = _creds(payload)
    secrets: list[str] = [credentials[key] for key in _SECRET_KEYS if key in credentials]
    secret = secrets[0]
    return secret[:4] + "*" * max(len(secret) - 4, 0)


def _masked_secret_fixed(payload: Payload) -> str:
    credentials = _creds(payload)
    secrets = [_text(credentials.get(key)) for key in _SECRET_KEYS if key in credentials]
    if not secrets:
        return "(no secret configured)"
    secret = secrets[0]
    return secret[:4] + "*" * max(len(secret) - 4, 0)


# --------------------------------------------------------------------------------------------
# 14. Security compliance report: minimum TLS version of a custom SMTP relay
# --------------------------------------------------------------------------------------------

_COMPLIANT_TLS = frozenset({"TLSV1.2", "TLSV1.3"})


def _tls_compliant_buggy(payload: Payload) -> bool:
    """Whether the relay's ``tlsOptions.minVersion`` meets the TLS 1.2 floor."""
    tls_options = _creds(payload).get("tlsOptions") or {}
    version = tls_options.get("minVersion", "TLSv1.2")
    return bool(version.upper() in _COMPLIANT_TLS)


def _tls_compliant_fixed(payload: Payload) -> bool:
    tls_options = _creds(payload).get("tlsOptions")
    if not isinstance(tls_options, dict):
        return True
    version = tls_options.get("minVersion", "TLSv1.2")
    if not isinstance(version, str):
        return False  # free-form object: an unreadable floor is not compliant
    return version.upper() in _COMPLIANT_TLS


# --------------------------------------------------------------------------------------------
# 15. Accessibility: plain-text (screen-reader) description of the routing rules
# --------------------------------------------------------------------------------------------

_OPERATOR_WORDS_LEGACY = {
    "EQUAL": "is",
    "NOT_EQUAL": "is not",
    "LARGER": "is greater than",
    "SMALLER": "is less than",
    "LARGER_EQUAL": "is at least",
    "SMALLER_EQUAL": "is at most",
    "IN": "is one of",
    "NOT_IN": "is not one of",
}
_OPERATOR_WORDS = {
    **_OPERATOR_WORDS_LEGACY,
    "ALL_IN": "contains all of",
    "ANY_IN": "contains any of",
    "BETWEEN": "is between",
    "NOT_BETWEEN": "is not between",
    "LIKE": "matches",
    "NOT_LIKE": "does not match",
}


def _spoken_rules_buggy(payload: Payload) -> str:
    """Sentences a screen reader announces for the integration's rules."""
    sentences: list[str] = []
    for condition in payload.get("conditions", []):
        joiner = " and " if condition["value"] == "AND" else " or "
        parts = [
            f"{child['field']} {_OPERATOR_WORDS_LEGACY[child['operator']]} {child['value']}"
            for child in condition["children"]
        ]
        prefix = "Unless " if condition["isNegated"] else "When "
        sentences.append(prefix + joiner.join(parts) + ".")
    return " ".join(sentences) or "Always delivers."


def _spoken_rules_fixed(payload: Payload) -> str:
    sentences: list[str] = []
    for condition in _conditions(payload):
        joiner = " and " if condition.get("value") == "AND" else " or "
        parts = []
        for child in _children(condition):
            operator = _text(child.get("operator"))
            words = _OPERATOR_WORDS.get(operator, operator.lower().replace("_", " "))
            parts.append(f"{_text(child.get('field'))} {words} {_text(child.get('value'))}")
        prefix = "Unless " if condition.get("isNegated") is True else "When "
        sentences.append(prefix + (joiner.join(parts) or "no criteria") + ".")
    return " ".join(sentences) or "Always delivers."


# --------------------------------------------------------------------------------------------
# 16. Sync job: split the identifier into slug and short id
# --------------------------------------------------------------------------------------------


def _identifier_parts_buggy(payload: Payload) -> dict[str, str]:
    """Slug and short id of a server-made identifier ``<slug>-<shortid>``."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return {"slug": slug or payload["providerId"], "shortId": short_id}


def _identifier_parts_fixed(payload: Payload) -> dict[str, str]:
    identifier = _text(payload.get("identifier"))
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        return {"slug": identifier, "shortId": ""}  # user-chosen identifier
    return {"slug": slug or _text(payload.get("providerId")), "shortId": short_id}


# --------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------

CIVIC_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="civic_fanout_channel_queue",
        bug="assumes alert fan-out only needs email, sms and push queues (no in_app or chat)",
        buggy=_fanout_queue_buggy,
        fixed=_fanout_queue_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Qm3vT9aZ",
                "providerId": "slack",
                "channel": "chat",
                "credentials": {
                    "applicationId": "A01EMERG",
                    "clientId": "1234.5678",
                    "secretKey": "fake-slack-secret",
                },
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="civic_audit_retirement_actor",
        bug="assumes a deleted integration always records deletedBy",
        buggy=_audit_retirement_buggy,
        fixed=_audit_retirement_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-03-14T09:26:53.589Z"}),
    ),
    ConsumerCase(
        name="civic_archive_purge_year",
        bug="assumes deletedAt is always an ISO-8601 timestamp",
        buggy=_archive_purge_year_buggy,
        fixed=_archive_purge_year_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "Fri, 14 Mar 2025 09:26:53 GMT"}),
    ),
    ConsumerCase(
        name="civic_region_routing_zone",
        bug="assumes every region has exactly three dash-separated parts (like eu-west-1)",
        buggy=_region_zone_buggy,
        fixed=_region_zone_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SNS",
                "identifier": "sns-Gv7rPq2W",
                "providerId": "sns",
                "channel": "sms",
                "credentials": {
                    "apiKey": "AKIAFAKEFAKEFAKE",
                    "secretKey": "fake-aws-secret",
                    "region": "us-gov-west-1",
                },
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="civic_sms_sender_world_zone",
        bug="assumes an SMS sender 'from' is always a numeric phone number",
        buggy=_sms_world_zone_buggy,
        fixed=_sms_world_zone_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Lk2mN8xR",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "ACfakefakefakefakefakefakefakefake",
                    "token": "fake-twilio-token",
                    "from": "CITYALERT",
                },
            }
        ),
    ),
    ConsumerCase(
        name="civic_rule_preview_first_child",
        bug="assumes the first condition always has at least one child",
        buggy=_rule_preview_buggy,
        fixed=_rule_preview_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "conditions": [
                    {"isNegated": False, "type": "GROUP", "value": "OR", "children": []},
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "region",
                                "value": "north",
                                "operator": "EQUAL",
                                "on": "payload",
                            }
                        ],
                    },
                ]
            }
        ),
    ),
    ConsumerCase(
        name="civic_load_shed_threshold",
        bug="assumes the value of a NUMBER rule is an integer literal",
        buggy=_shed_threshold_buggy,
        fixed=_shed_threshold_fixed,
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
                                "field": "severity",
                                "value": "2.5",
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
        name="civic_pager_header_bytes",
        bug="assumes any name encodes to UTF-8 and can be cut at 16 bytes without splitting a character",
        buggy=_pager_header_buggy,
        fixed=_pager_header_fixed,
        raises=(UnicodeDecodeError, UnicodeEncodeError),
        example=_payload({"name": "緊急速報メール (防災)"}),
    ),
    ConsumerCase(
        name="civic_primary_always_active",
        bug="assumes a primary integration is always active",
        buggy=_primary_check_buggy,
        fixed=_primary_check_fixed,
        raises=(AssertionError,),
        example=_payload({"primary": True, "active": False}),
    ),
    ConsumerCase(
        name="civic_relay_port_number",
        bug="assumes credentials.port is always a numeric string when a host is set",
        buggy=_relay_endpoint_buggy,
        fixed=_relay_endpoint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hs8dKw1P",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.alerts.example.gov",
                    "port": "",
                    "from": "alerts@example.gov",
                    "senderName": "County Emergency Management",
                },
            }
        ),
    ),
    ConsumerCase(
        name="civic_webhook_allowlist_host",
        bug="assumes a webhook provider's webhookUrl is always an absolute URL with a host",
        buggy=_webhook_host_buggy,
        fixed=_webhook_host_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Pw4nZ7cV",
                "providerId": "push-webhook",
                "channel": "push",
                "credentials": {"webhookUrl": "/hooks/civic-alerts", "secretKey": "fake-hook-secret"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="civic_cache_key_environment",
        bug="assumes _environmentId is always a hex ObjectId",
        buggy=_cache_key_buggy,
        fixed=_cache_key_fixed,
        raises=(ValueError,),
        example=_payload({"_environmentId": "env-production-eu"}),
    ),
    ConsumerCase(
        name="civic_admin_masked_secret",
        bug="assumes every integration's credentials contain at least one secret key",
        buggy=_masked_secret_buggy,
        fixed=_masked_secret_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Discord",
                "identifier": "discord-Dc5tY1uE",
                "providerId": "discord",
                "channel": "chat",
                "credentials": {},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="civic_tls_floor_report",
        bug="assumes tlsOptions.minVersion is always a string",
        buggy=_tls_compliant_buggy,
        fixed=_tls_compliant_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Tl2sQ9mB",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "relay.example.gov",
                    "port": "587",
                    "requireTls": True,
                    "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": True},
                    "from": "alerts@example.gov",
                    "senderName": "Civil Defence",
                },
            }
        ),
    ),
    ConsumerCase(
        name="civic_spoken_rule_operators",
        bug="assumes rule operators are only the comparison and IN/NOT_IN ones",
        buggy=_spoken_rules_buggy,
        fixed=_spoken_rules_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": True,
                        "type": "TEXT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "district",
                                "value": "harbour%",
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
        name="civic_identifier_short_id",
        bug="assumes the identifier always has the server-made '<slug>-<shortid>' form",
        buggy=_identifier_parts_buggy,
        fixed=_identifier_parts_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "floodwarnings"}),
    ),
]
