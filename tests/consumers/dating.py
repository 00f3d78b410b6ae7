"""Sixteen consumers from a dating app, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The dating
app reads its Novu integrations (match alerts by push, verification codes by SMS, digests by email,
moderation alerts in chat, the in-app inbox) and feeds them to routers, exporters, caches, audit logs
and dashboards. Each buggy consumer works on ``HAPPY_PATH`` but wrongly assumes something about a
value the contract allows; each fixed control does the same job without that assumption and never
raises on a contract-valid payload.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import hmac
import json
import os
import re
import struct
import tempfile
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_IN_OPERATORS = frozenset({"IN", "ANY_IN", "NOT_IN", "ALL_IN"})
_VAULT: dict[str, str] = {"twilio-verify": "vault-token-0001", "clicksend-otp": "vault-key-0001"}


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with keys replaced (``changes``) or removed (``drop``) and new ``credentials``."""
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


def _str(value: object) -> str:
    """``value`` when it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


def _children(payload: Payload) -> list[dict[str, Any]]:
    """Every ``FieldFilterPartDto`` of every condition, skipping anything that is not an object."""
    found: list[dict[str, Any]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return found
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        found.extend(child for child in children if isinstance(child, dict))
    return found


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# 1. SMS verification-code router: picks the sender number for one-time login codes.


def otp_sender_buggy(payload: Payload) -> dict[str, str]:
    if payload["channel"] != "sms":
        return {}
    credentials = payload["credentials"]
    return {
        "provider": payload["providerId"],
        "sender": credentials["from"],
        "integration": payload["identifier"],
    }


def otp_sender_fixed(payload: Payload) -> dict[str, str]:
    if payload.get("channel") != "sms":
        return {}
    credentials = _creds(payload)
    sender = _str(credentials.get("from")) or _str(credentials.get("senderName")) or "DATEAPP"
    return {
        "provider": _str(payload.get("providerId")),
        "sender": sender,
        "integration": _str(payload.get("identifier")),
    }


# 2. Match-alert push worker: loads the APNs signing key.


def apns_key_buggy(payload: Payload) -> bytes:
    if payload["providerId"] != "apns":
        return b""
    secret: str = payload["credentials"].get("secretKey", "")
    return base64.b64decode(secret, validate=True)


def apns_key_fixed(payload: Payload) -> bytes:
    if payload.get("providerId") != "apns":
        return b""
    secret = _str(_creds(payload).get("secretKey"))
    try:
        return base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        return _utf8(secret)  # a PEM / .p8 text key, used as is


# 3. Audience-targeting compiler: maps condition fields to profile columns.


def targeting_columns_buggy(payload: Payload) -> list[tuple[str, str]]:
    columns: list[tuple[str, str]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            parts = child["field"].split(".")
            columns.append((child["on"], parts[1]))
    return columns


def targeting_columns_fixed(payload: Payload) -> list[tuple[str, str]]:
    columns: list[tuple[str, str]] = []
    for child in _children(payload):
        field = _str(child.get("field"))
        head, dot, tail = field.partition(".")
        columns.append((_str(child.get("on")), tail if dot else head))
    return columns


# 4. Age-range filter builder: turns BETWEEN conditions into SQL parameters.


def age_between_buggy(payload: Payload) -> list[tuple[str, str, str]]:
    ranges: list[tuple[str, str, str]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = child["value"].split(",")
                ranges.append((child["field"], low.strip(), high.strip()))
    return ranges


def age_between_fixed(payload: Payload) -> list[tuple[str, str, str]]:
    ranges: list[tuple[str, str, str]] = []
    for child in _children(payload):
        if child.get("operator") in ("BETWEEN", "NOT_BETWEEN"):
            parts = _str(child.get("value")).split(",")
            if len(parts) == 2:
                ranges.append((_str(child.get("field")), parts[0].strip(), parts[1].strip()))
    return ranges


# 5. Interest-tag matcher: reads the list of IN / ANY_IN values.


def interest_tags_buggy(payload: Payload) -> list[str]:
    tags: list[str] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _IN_OPERATORS:
                tags.extend(str(item) for item in json.loads(child["value"]))
    return tags


def interest_tags_fixed(payload: Payload) -> list[str]:
    tags: list[str] = []
    for child in _children(payload):
        if child.get("operator") not in _IN_OPERATORS:
            continue
        raw = _str(child.get("value"))
        try:
            parsed: object = json.loads(raw)
        except (ValueError, RecursionError):
            parsed = [part.strip() for part in raw.split(",") if part.strip()]
        if isinstance(parsed, list):
            tags.extend(str(item) for item in parsed)
        else:
            tags.append(str(parsed))
    return tags


# 6. Provider-config cache: keys Redis entries by environment and provider.


def config_cache_key_buggy(payload: Payload) -> str:
    raw = f"{payload['_environmentId']}:{payload['providerId']}:{payload['channel']}"
    return "novu:cfg:" + hashlib.sha256(raw.encode()).hexdigest()


def config_cache_key_fixed(payload: Payload) -> str:
    parts = (payload.get("_environmentId"), payload.get("providerId"), payload.get("channel"))
    raw = ":".join(_str(part) for part in parts)
    return "novu:cfg:" + hashlib.sha256(_utf8(raw)).hexdigest()


# 7. Slack moderation-bot installer: checks the OAuth redirect URL against the allow-list.


def slack_redirect_buggy(payload: Payload) -> tuple[str, int] | None:
    if payload["providerId"] != "slack":
        return None
    redirect = payload["credentials"].get("redirectUrl")
    if not redirect:
        return None
    parts = urlsplit(redirect)
    return (parts.hostname or "", parts.port or 443)


def slack_redirect_fixed(payload: Payload) -> tuple[str, int] | None:
    if payload.get("providerId") != "slack":
        return None
    redirect = _str(_creds(payload).get("redirectUrl"))
    if not redirect:
        return None
    try:
        parts = urlsplit(redirect)
        port = parts.port
        host = parts.hostname or ""
    except ValueError:
        return None
    return (host, port or 443)


# 8. Digest-mail SMTP config builder: derives certificate verification from tlsOptions.


def smtp_tls_buggy(payload: Payload) -> dict[str, bool]:
    if payload["providerId"] != "nodemailer":
        return {}
    credentials = payload["credentials"]
    verify = True
    if "tlsOptions" in credentials:
        verify = credentials["tlsOptions"]["rejectUnauthorized"] is not False
    return {"verify": verify, "secure": credentials.get("secure") is True}


def smtp_tls_fixed(payload: Payload) -> dict[str, bool]:
    if payload.get("providerId") != "nodemailer":
        return {}
    credentials = _creds(payload)
    verify = True
    tls = credentials.get("tlsOptions")
    if isinstance(tls, dict):
        verify = tls.get("rejectUnauthorized") is not False
    return {"verify": verify, "secure": credentials.get("secure") is True}


# 9. Failover planner: orders integrations by the ``priority`` the real server adds.


def failover_rank_buggy(payload: Payload) -> tuple[int, str]:
    priority = payload.get("priority", 0)
    return (-priority, payload["identifier"])


def failover_rank_fixed(payload: Payload) -> tuple[int, str]:
    priority = payload.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, (int, float)) or priority != priority:
        priority = 0
    try:
        rank = -int(priority)
    except (OverflowError, ValueError):
        rank = 0
    return (rank, _str(payload.get("identifier")))


# 10. Ops search indexer: copies the record's extra keys as lower-cased keyword fields.

_KNOWN_KEYS = frozenset(
    {
        "_id",
        "_environmentId",
        "_organizationId",
        "name",
        "identifier",
        "providerId",
        "channel",
        "credentials",
        "active",
        "deleted",
        "deletedAt",
        "deletedBy",
        "primary",
        "conditions",
    }
)


def search_document_buggy(payload: Payload) -> dict[str, str]:
    document = {"provider": payload["providerId"].lower(), "channel": payload["channel"]}
    for key, value in payload.items():
        if key not in _KNOWN_KEYS:
            document[f"x_{key}"] = value.lower()
    return document


def search_document_fixed(payload: Payload) -> dict[str, str]:
    document = {"provider": _str(payload.get("providerId")).lower(), "channel": _str(payload.get("channel"))}
    for key, value in payload.items():
        if key not in _KNOWN_KEYS:
            text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)
            document[f"x_{key}"] = text.lower()
    return document


# 11. Premium-feature gate: evaluates BOOLEAN conditions ("is the subscriber verified?").

_BOOLEANS = {"true": True, "false": False}


def boolean_gates_buggy(payload: Payload) -> list[tuple[str, bool]]:
    gates: list[tuple[str, bool]] = []
    for condition in payload.get("conditions", []):
        if condition["type"] != "BOOLEAN":
            continue
        for child in condition["children"]:
            gates.append((child["field"], _BOOLEANS[child["value"].strip().lower()]))
    return gates


def boolean_gates_fixed(payload: Payload) -> list[tuple[str, bool]]:
    gates: list[tuple[str, bool]] = []
    conditions = payload.get("conditions")
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict) or condition.get("type") != "BOOLEAN":
            continue
        children = condition.get("children")
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                continue
            flag = _BOOLEANS.get(_str(child.get("value")).strip().lower())
            if flag is not None:
                gates.append((_str(child.get("field")), flag))
    return gates


# 12. Binary config snapshot for the mobile edge cache: length-prefixed integration name.


def edge_record_buggy(payload: Payload) -> bytes:
    name = _utf8(payload["name"])
    channel: bytes = payload["channel"].encode()
    return struct.pack("B", len(name)) + name + struct.pack("B", len(channel)) + channel


def edge_record_fixed(payload: Payload) -> bytes:
    name = _utf8(_str(payload.get("name")))
    channel = _utf8(_str(payload.get("channel")))
    if len(name) > 255:
        name = name[:252] + b"..."
    return struct.pack("B", len(name)) + name + struct.pack("B", len(channel[:255])) + channel[:255]


# 13. Nightly backup exporter: writes one JSON file per integration, named by identifier.


def backup_file_buggy(payload: Payload) -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, payload["identifier"] + ".json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(payload, sort_keys=True))
        return os.path.getsize(path)


def backup_file_fixed(payload: Payload) -> int:
    identifier = _str(payload.get("identifier"))
    safe = quote(_utf8(identifier), safe="-_")
    if not safe or len(safe) > 120:
        safe = safe[:60] + "-" + hashlib.sha256(_utf8(identifier)).hexdigest()[:16]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, safe + ".json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(payload, sort_keys=True, default=str))
        return os.path.getsize(path)


# 14. Secret-drift detector: compares Novu's SMS token with the vault copy in constant time.


def secret_drift_buggy(payload: Payload) -> bool:
    if payload["channel"] != "sms":
        return False
    credentials = payload["credentials"]
    stored = credentials.get("token") or credentials.get("apiKey") or ""
    expected = _VAULT.get(payload["identifier"], "")
    return not hmac.compare_digest(stored, expected)


def secret_drift_fixed(payload: Payload) -> bool:
    if payload.get("channel") != "sms":
        return False
    credentials = _creds(payload)
    stored = _str(credentials.get("token")) or _str(credentials.get("apiKey"))
    expected = _VAULT.get(_str(payload.get("identifier")), "")
    return not hmac.compare_digest(_utf8(stored), _utf8(expected))


# 15. Trust-and-safety chat alert: puts the integration name into a message template with re.sub.

_ALERT_TEMPLATE = "Moderation alerts now go through {integration} ({provider})."


def chat_alert_buggy(payload: Payload) -> str:
    if payload["channel"] != "chat":
        return ""
    text = re.sub(r"\{integration\}", payload["name"], _ALERT_TEMPLATE)
    return re.sub(r"\{provider\}", payload["providerId"], text)


def chat_alert_fixed(payload: Payload) -> str:
    if payload.get("channel") != "chat":
        return ""
    name = _str(payload.get("name"))
    provider = _str(payload.get("providerId"))
    text = re.sub(r"\{integration\}", lambda _match: name, _ALERT_TEMPLATE)
    return re.sub(r"\{provider\}", lambda _match: provider, text)


# 16. Slack workspace linker: reads the team id out of the Slack client id ("<team>.<app>").


def slack_team_buggy(payload: Payload) -> str:
    if payload["providerId"] != "slack":
        return ""
    client_id = payload["credentials"].get("clientId", "")
    if not client_id:
        return ""
    match = re.match(r"(\d+)\.(\d+)$", client_id)
    return match.group(1)  # type: ignore[union-attr]


def slack_team_fixed(payload: Payload) -> str:
    if payload.get("providerId") != "slack":
        return ""
    client_id = _str(_creds(payload).get("clientId"))
    match = re.match(r"(\d+)\.(\d+)$", client_id)
    return match.group(1) if match else ""


_SLACK_CREDENTIALS = {
    "applicationId": "A05MATCHBOT",
    "clientId": "4021337.5551234",
    "secretKey": "fake-slack-secret",
    "redirectUrl": "https://admin.example.com/slack/callback",
}


def _between(value: str) -> list[dict[str, Any]]:
    return [
        {
            "isNegated": False,
            "type": "NUMBER",
            "value": "AND",
            "children": [
                {"field": "subscriber.age", "value": value, "operator": "BETWEEN", "on": "subscriber"}
            ],
        }
    ]


DATING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="dating_otp_sender",
        bug="every sms integration has credentials.from (SNS, BulkSMS, Gupshup or {} have none)",
        buggy=otp_sender_buggy,
        fixed=otp_sender_fixed,
        raises=(KeyError,),
        example=_payload(
            {"providerId": "sns", "channel": "sms", "name": "SNS", "identifier": "sns-Yq3r8Lp0"},
            credentials={"apiKey": "fake-aws-key", "secretKey": "fake-aws-secret", "region": "eu-west-1"},
        ),
    ),
    ConsumerCase(
        name="dating_apns_key",
        bug="the APNs secretKey is base64 (it is often the PEM text of the .p8 key)",
        buggy=apns_key_buggy,
        fixed=apns_key_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "providerId": "apns",
                "channel": "push",
                "name": "APNs",
                "identifier": "apns-K2m9QwE1",
                "primary": False,
            },
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMG\n-----END PRIVATE KEY-----",
                "apiKey": "ABC123DEFG",
                "projectName": "com.example.dating",
                "applicationId": "TEAM123456",
            },
        ),
    ),
    ConsumerCase(
        name="dating_targeting_field_scope",
        bug="every condition field is a dotted path '<scope>.<attribute>'",
        buggy=targeting_columns_buggy,
        fixed=targeting_columns_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {"field": "city", "value": "Lisbon", "operator": "EQUAL", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="dating_age_between",
        bug="a BETWEEN condition value is always exactly 'low,high'",
        buggy=age_between_buggy,
        fixed=age_between_fixed,
        raises=(ValueError,),
        example=_payload({"conditions": _between("18-30")}),
    ),
    ConsumerCase(
        name="dating_interest_tags_json",
        bug="the value of an IN/ANY_IN condition is a JSON array",
        buggy=interest_tags_buggy,
        fixed=interest_tags_fixed,
        raises=(ValueError, TypeError),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "MULTI_LIST",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriber.interests",
                                "value": "hiking,jazz",
                                "operator": "ANY_IN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="dating_config_cache_key",
        bug="str.encode() of ids never fails (JSON strings may hold lone surrogates)",
        buggy=config_cache_key_buggy,
        fixed=config_cache_key_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"providerId": "sendgrid\ud83d"}),
    ),
    ConsumerCase(
        name="dating_slack_redirect_port",
        bug="urlsplit(redirectUrl).port never raises (a non-numeric port makes it ValueError)",
        buggy=slack_redirect_buggy,
        fixed=slack_redirect_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "providerId": "slack",
                "channel": "chat",
                "name": "Slack",
                "identifier": "slack-Tz81Wq",
                "primary": False,
            },
            credentials={**_SLACK_CREDENTIALS, "redirectUrl": "https://admin.example.com:callback/slack"},
        ),
    ),
    ConsumerCase(
        name="dating_smtp_tls_options",
        bug="a present tlsOptions object always has rejectUnauthorized (it is free-form, {} is valid)",
        buggy=smtp_tls_buggy,
        fixed=smtp_tls_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "providerId": "nodemailer",
                "channel": "email",
                "name": "Custom SMTP",
                "identifier": "custom-smtp-9aQ",
            },
            credentials={
                "host": "smtp.example.com",
                "port": "587",
                "from": "digest@example.com",
                "senderName": "Weekly Matches",
                "tlsOptions": {"minVersion": "TLSv1.2"},
            },
        ),
    ),
    ConsumerCase(
        name="dating_failover_priority",
        bug="the undocumented extra key priority is always a number",
        buggy=failover_rank_buggy,
        fixed=failover_rank_fixed,
        raises=(TypeError,),
        example=_payload({"priority": "high"}),
    ),
    ConsumerCase(
        name="dating_search_extra_keys",
        bug="unknown extra keys always carry string values (__v, priority, connected are not strings)",
        buggy=search_document_buggy,
        fixed=search_document_fixed,
        raises=(AttributeError,),
        example=_payload({"createdAt": "2025-05-08T10:00:00.000Z", "__v": 0}),
    ),
    ConsumerCase(
        name="dating_boolean_gate",
        bug="children of a BOOLEAN condition hold only 'true' or 'false'",
        buggy=boolean_gates_buggy,
        fixed=boolean_gates_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "BOOLEAN",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.verified",
                                "value": "yes",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="dating_edge_record_name",
        bug="an integration name fits in 255 UTF-8 bytes (strings have no length limit)",
        buggy=edge_record_buggy,
        fixed=edge_record_fixed,
        raises=(struct.error,),
        example=_payload({"name": "Matchmaker notifications 💘 " * 12}),
    ),
    ConsumerCase(
        name="dating_backup_filename",
        bug="the identifier is a safe file name (it may hold '/', NUL or be very long)",
        buggy=backup_file_buggy,
        fixed=backup_file_fixed,
        raises=(OSError, ValueError),
        example=_payload({"identifier": "sendgrid/eu-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="dating_secret_drift",
        bug="credential strings are ASCII, so hmac.compare_digest may compare them as str",
        buggy=secret_drift_buggy,
        fixed=secret_drift_fixed,
        raises=(TypeError,),
        example=_payload(
            {"providerId": "twilio", "channel": "sms", "name": "Twilio", "identifier": "twilio-verify"},
            credentials={"accountSid": "ACfake0001", "token": "jeton-sécurisé", "from": "+15005550006"},
        ),
    ),
    ConsumerCase(
        name="dating_chat_alert_template",
        bug="the name is safe as an re.sub replacement string (a backslash in it is a bad escape)",
        buggy=chat_alert_buggy,
        fixed=chat_alert_fixed,
        raises=(re.error,),
        example=_payload(
            {"providerId": "discord", "channel": "chat", "name": "T&S\\Mods", "identifier": "discord-Mm1"},
            credentials={},
        ),
    ),
    ConsumerCase(
        name="dating_slack_team_id",
        bug="the Slack clientId always matches '<digits>.<digits>' (re.match may return None)",
        buggy=slack_team_buggy,
        fixed=slack_team_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "providerId": "slack",
                "channel": "chat",
                "name": "Slack",
                "identifier": "slack-Tz81Wq",
                "primary": False,
            },
            credentials={**_SLACK_CREDENTIALS, "clientId": "matchbot-client"},
        ),
    ),
]
"""The sixteen dating consumers, in the order above."""
