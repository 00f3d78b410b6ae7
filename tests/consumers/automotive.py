"""Sixteen connected-car / dealership consumers of ``GET /v1/integrations`` items, one bug each.

Written from the contract documents alone (``CONTRACT.md``, the seed, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at any generator. The platform sends vehicle alerts over
push, service reminders by SMS and e-mail, runs dealer chat rooms, announces OTA updates and
renders integration config into YAML/INI for its edge gateways. Each buggy consumer works on
``HAPPY_PATH`` and raises on a contract-valid ``example``; each fixed control tolerates every
payload the contract allows.
"""

from __future__ import annotations

import copy
import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------


def _variant(
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
    """The credentials object as the buggy code reads it (assumed present and an object)."""
    credentials: dict[str, Any] = payload["credentials"]
    return credentials


def _safe_creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` when it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of a payload (``[]`` when absent)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition (``[]`` when absent)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------------------
# 1. Push: FCM project id for vehicle alerts (provider-specific: fcm)
# ---------------------------------------------------------------------------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    """Firebase project that vehicle alerts are pushed through (``None`` for other providers)."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(_creds(payload).get("serviceAccount", "{}"))
    return str(account["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    """Same, but ``serviceAccount`` is any string (encrypted, pasted badly, not JSON)."""
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_safe_creds(payload), "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# ---------------------------------------------------------------------------------------------
# 2. SMS service reminders: sender normalised to E.164
# ---------------------------------------------------------------------------------------------

_E164 = re.compile(r"\+?[1-9][0-9]{5,14}")
_ALPHANUMERIC_SENDER = re.compile(r"[A-Za-z0-9 ]{1,11}")
_PHONE_PUNCTUATION = re.compile(r"[ ()\-.]")


def sms_sender_buggy(payload: Payload) -> str | None:
    """Sender of an SMS service-reminder integration in E.164 form for the carrier gateway."""
    if payload["channel"] != "sms":
        return None
    sender: str = _creds(payload).get("from", "")
    number = int(sender.replace(" ", "").lstrip("+"))
    return f"+{number}"


def sms_sender_fixed(payload: Payload) -> str | None:
    """Same, but ``from`` may be an alphanumeric sender id, empty, absent or anything else."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_safe_creds(payload), "from")
    if sender is None:
        return None
    compact = _PHONE_PUNCTUATION.sub("", sender)
    if _E164.fullmatch(compact):
        return "+" + compact.lstrip("+")
    stripped = sender.strip()
    if _ALPHANUMERIC_SENDER.fullmatch(stripped):
        return stripped
    return None


# ---------------------------------------------------------------------------------------------
# 3. E-mail service reminders: Reply-To domain from the sender address
# ---------------------------------------------------------------------------------------------


def reply_domain_buggy(payload: Payload) -> str | None:
    """Domain the service-reminder e-mails use for their Reply-To (the dealer's own domain)."""
    if payload["channel"] != "email":
        return None
    sender: str = _creds(payload).get("from", "")
    return sender.split("@")[1].lower()


def reply_domain_fixed(payload: Payload) -> str | None:
    """Same, but ``from`` need not contain an ``@`` (or be present at all)."""
    if payload.get("channel") != "email":
        return None
    sender = _text(_safe_creds(payload), "from")
    if sender is None:
        return None
    _local, at, domain = sender.rpartition("@")
    domain = domain.strip().rstrip(">").strip()
    if not at or not domain:
        return None
    return domain.lower()


# ---------------------------------------------------------------------------------------------
# 4. Dealer chat: room name from the identifier minus its short-id suffix
# ---------------------------------------------------------------------------------------------

_ROOM_UNSAFE = re.compile(r"[^a-z0-9]+")


def chat_room_buggy(payload: Payload) -> str:
    """Dealer chat room named after the integration identifier without its random suffix."""
    slug, _short_id = payload["identifier"].rsplit("-", 1)
    return f"#dealer-{slug or 'general'}"


def chat_room_fixed(payload: Payload) -> str:
    """Same, but an identifier need not contain a dash (it is any string)."""
    identifier = payload.get("identifier")
    if not isinstance(identifier, str):
        identifier = ""
    slug, dash, _short_id = identifier.rpartition("-")
    if not dash:
        slug = identifier
    safe = _ROOM_UNSAFE.sub("-", slug.lower()).strip("-")
    return f"#dealer-{safe or 'general'}"


# ---------------------------------------------------------------------------------------------
# 5. OTA-update notices: audience summary from the first child of each condition
# ---------------------------------------------------------------------------------------------


def ota_audience_buggy(payload: Payload) -> str:
    """Who an OTA-update notice integration targets: the first filter field of each condition."""
    fields: list[str] = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        fields.append(f"{first['field']} ({first['on']})")
    return ", ".join(fields) or "all vehicles"


def ota_audience_fixed(payload: Payload) -> str:
    """Same, but a condition's ``children`` may be empty."""
    fields: list[str] = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            continue
        first = children[0]
        fields.append(f"{first.get('field', '?')} ({first.get('on', '?')})")
    return ", ".join(fields) or "all vehicles"


# ---------------------------------------------------------------------------------------------
# 6. Edge-gateway YAML: SMTP relay host and port
# ---------------------------------------------------------------------------------------------


def _parse_port(text: str | None) -> int | None:
    """A TCP port from a string, or ``None`` unless it is 1-65535 in ASCII digits."""
    if text is None:
        return None
    stripped = text.strip()
    if not (stripped.isascii() and stripped.isdigit() and len(stripped) <= 5):
        return None
    port = int(stripped)
    return port if 0 < port < 65536 else None


def gateway_yaml_buggy(payload: Payload) -> str:
    """YAML snippet the edge gateway loads to relay an integration's mail through SMTP."""
    credentials = _creds(payload)
    lines = [f"integration: {json.dumps(payload['identifier'])}", f"channel: {payload['channel']}"]
    if "host" in credentials:
        port = int(credentials.get("port", "587"))
        lines += ["smtp:", f"  host: {json.dumps(credentials['host'])}", f"  port: {port}"]
    return "\n".join(lines) + "\n"


def gateway_yaml_fixed(payload: Payload) -> str:
    """Same, but ``port`` is a string that may be empty or not a number."""
    credentials = _safe_creds(payload)
    identifier = payload.get("identifier", "")
    lines = [f"integration: {json.dumps(identifier)}", f"channel: {json.dumps(payload.get('channel'))}"]
    host = _text(credentials, "host")
    if host is not None:
        port = _parse_port(_text(credentials, "port")) or 587
        lines += ["smtp:", f"  host: {json.dumps(host)}", f"  port: {port}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# 7. Dealer-management-system sync: upsert keyed by the record id
# ---------------------------------------------------------------------------------------------


def dms_sync_buggy(payload: Payload) -> dict[str, object]:
    """Row the nightly job upserts into the dealer-management system, keyed by the Novu id."""
    return {
        "externalId": payload["_id"],
        "provider": payload["providerId"],
        "enabled": payload["active"] and not payload["deleted"],
    }


def dms_sync_fixed(payload: Payload) -> dict[str, object]:
    """Same, but ``_id`` is optional: fall back to environment and identifier."""
    external = payload.get("_id")
    if not isinstance(external, str):
        external = f"{payload.get('_environmentId', '')}/{payload.get('identifier', '')}"
    return {
        "externalId": external,
        "provider": payload.get("providerId"),
        "enabled": bool(payload.get("active")) and not payload.get("deleted"),
    }


# ---------------------------------------------------------------------------------------------
# 8. Edge-gateway INI: TLS section for the dealership SMTP relay
# ---------------------------------------------------------------------------------------------

_INI_UNSAFE = re.compile(r"[\[\]\r\n]")


def relay_ini_buggy(payload: Payload) -> str:
    """INI section (stunnel style) the gateway uses to wrap an SMTP relay in TLS."""
    tls: dict[str, Any] = _creds(payload).get("tlsOptions", {})
    ciphers = ":".join(tls.get("ciphers", ["HIGH", "!aNULL"]))
    verify = 2 if tls.get("rejectUnauthorized", True) else 0
    return f"[{payload['identifier']}]\nciphers = {ciphers}\nverify = {verify}\n"


def relay_ini_fixed(payload: Payload) -> str:
    """Same, but ``tlsOptions`` is free-form JSON: ``ciphers`` may be null, a string or mixed."""
    tls = _safe_creds(payload).get("tlsOptions")
    if not isinstance(tls, dict):
        tls = {}
    raw = tls.get("ciphers")
    if isinstance(raw, str) and raw:
        ciphers = raw
    elif isinstance(raw, list) and any(isinstance(item, str) for item in raw):
        ciphers = ":".join(item for item in raw if isinstance(item, str))
    else:
        ciphers = "HIGH:!aNULL"
    ciphers = _INI_UNSAFE.sub("", ciphers)
    verify = 0 if tls.get("rejectUnauthorized", True) is False else 2
    section = _INI_UNSAFE.sub("_", str(payload.get("identifier", ""))) or "integration"
    return f"[{section}]\nciphers = {ciphers}\nverify = {verify}\n"


# ---------------------------------------------------------------------------------------------
# 9. Admin console: status label with the deletion date
# ---------------------------------------------------------------------------------------------


def admin_status_buggy(payload: Payload) -> str:
    """Status column of the dealership admin console's integration table."""
    if payload["deleted"]:
        when = datetime.fromisoformat(payload["deletedAt"])
        return f"deleted {when.date().isoformat()}"
    return "active" if payload["active"] else "inactive"


def admin_status_fixed(payload: Payload) -> str:
    """Same, but ``deletedAt`` is optional (also when deleted) and any string."""
    if payload.get("deleted"):
        raw = _text(payload, "deletedAt")
        if raw is None:
            return "deleted"
        try:
            return f"deleted {datetime.fromisoformat(raw).date().isoformat()}"
        except ValueError:
            return "deleted (date unknown)"
    return "active" if payload.get("active") else "inactive"


# ---------------------------------------------------------------------------------------------
# 10. Vehicle-alert router: default route per channel
# ---------------------------------------------------------------------------------------------


def alert_route_buggy(payload: Payload) -> bool:
    """Whether vehicle alerts on this integration's channel default to this integration."""
    if payload["primary"] and not payload["active"]:
        raise ValueError(f"primary integration {payload['identifier']!r} is inactive")
    return bool(payload["primary"]) and not payload["deleted"]


def alert_route_fixed(payload: Payload) -> bool:
    """Same, but ``primary: true`` with ``active: false`` is valid: such a record is not a route."""
    return bool(payload.get("primary")) and bool(payload.get("active")) and not payload.get("deleted")


# ---------------------------------------------------------------------------------------------
# 11. Vehicle-alert fan-out: template per channel
# ---------------------------------------------------------------------------------------------

_ALERT_TEMPLATES = {
    "push": "vehicle-alert.push.json",
    "sms": "vehicle-alert.sms.txt",
    "email": "vehicle-alert.email.html",
}

_ALERT_TEMPLATES_ALL = {
    **_ALERT_TEMPLATES,
    "in_app": "vehicle-alert.inbox.json",
    "chat": "vehicle-alert.chat.md",
}


def alert_template_buggy(payload: Payload) -> str:
    """Template a vehicle alert is rendered with before it goes out through this integration."""
    return _ALERT_TEMPLATES[payload["channel"]]


def alert_template_fixed(payload: Payload) -> str | None:
    """Same, but every channel of the enum (``in_app``, ``chat`` too) can come back."""
    channel = payload.get("channel")
    return _ALERT_TEMPLATES_ALL.get(channel) if isinstance(channel, str) else None


# ---------------------------------------------------------------------------------------------
# 12. OTA campaigns: conditions as a fleet-database WHERE clause
# ---------------------------------------------------------------------------------------------

_SQL_OPERATORS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}

_SQL_OPERATORS_ALL = {
    **_SQL_OPERATORS,
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
    "ANY_IN": "IN",
    "ALL_IN": "IN",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
}


def _sql_ident(name: str) -> str:
    """A double-quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def _sql_literal(value: str) -> str:
    """A single-quoted SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _where(payload: Payload, translate: Callable[[str], str | None]) -> str:
    """WHERE clause of the conditions; parts whose operator ``translate`` maps to ``None`` are skipped."""
    clauses: list[str] = []
    for condition in _conditions(payload):
        parts: list[str] = []
        for child in _children(condition):
            operator = translate(str(child.get("operator")))
            if operator is None:
                continue
            field, value = str(child.get("field", "")), str(child.get("value", ""))
            if operator.endswith("BETWEEN"):
                low, comma, high = value.partition(",")
                if not comma:
                    continue
                literal = f"{_sql_literal(low.strip())} AND {_sql_literal(high.strip())}"
            else:
                literal = _sql_literal(value)
            parts.append(f"{_sql_ident(field)} {operator} {literal}")
        joined = f" {condition.get('value', 'AND')} ".join(parts)
        if joined:
            clauses.append(f"NOT ({joined})" if condition.get("isNegated") else f"({joined})")
    return " AND ".join(clauses) or "TRUE"


def ota_where_buggy(payload: Payload) -> str:
    """WHERE clause selecting the vehicles an OTA campaign integration notifies."""
    return _where(payload, lambda operator: _SQL_OPERATORS[operator])


def ota_where_fixed(payload: Payload) -> str:
    """Same, but every operator of the enum (``LIKE``, ``ALL_IN``, ...) is translated."""
    return _where(payload, _SQL_OPERATORS_ALL.get)


# ---------------------------------------------------------------------------------------------
# 13. Service reminders: odometer threshold from the conditions
# ---------------------------------------------------------------------------------------------

_COMPARISONS = frozenset({"LARGER", "LARGER_EQUAL", "SMALLER", "SMALLER_EQUAL"})


def mileage_threshold_buggy(payload: Payload) -> int | None:
    """Odometer threshold (km) a service-reminder integration's conditions compare against."""
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _COMPARISONS:
                return int(child["value"])
    return None


def mileage_threshold_fixed(payload: Payload) -> float | None:
    """Same, but a comparison's ``value`` is any string ("15,000", "", a template, "inf")."""
    for condition in _conditions(payload):
        for child in _children(condition):
            value = child.get("value")
            if child.get("operator") not in _COMPARISONS or not isinstance(value, str):
                continue
            try:
                number = float(value.replace(",", "").replace("_", ""))
            except ValueError:
                continue
            if math.isfinite(number):
                return number
    return None


# ---------------------------------------------------------------------------------------------
# 14. AWS regional endpoint for SES / SNS reminders (provider-specific: ses, sns)
# ---------------------------------------------------------------------------------------------

_AWS_REGION = re.compile(r"[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}")
_AWS_SERVICES = {"ses": "email", "sns": "sns"}


def aws_endpoint_buggy(payload: Payload) -> str | None:
    """Regional AWS endpoint of an SES/SNS integration, for the gateway's egress rules."""
    service = _AWS_SERVICES.get(payload["providerId"])
    if service is None:
        return None
    region: str = _creds(payload).get("region", "us-east-1")
    geo, area, number = region.split("-")
    return f"{service}.{geo}-{area}-{int(number)}.amazonaws.com"


def aws_endpoint_fixed(payload: Payload) -> str | None:
    """Same, but ``region`` is any string: GovCloud/ISO regions have more parts, junk has none."""
    provider = payload.get("providerId")
    service = _AWS_SERVICES.get(provider) if isinstance(provider, str) else None
    if service is None:
        return None
    region = (_text(_safe_creds(payload), "region") or "us-east-1").strip()
    if len(region) > 40 or not _AWS_REGION.fullmatch(region):
        return None
    suffix = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
    return f"{service}.{region}.{suffix}"


# ---------------------------------------------------------------------------------------------
# 15. Edge-gateway egress allow-list from credential URLs
# ---------------------------------------------------------------------------------------------

_URL_KEYS = ("baseUrl", "webhookUrl", "redirectUrl", "imageUrl", "externalLink")


def egress_hosts_buggy(payload: Payload) -> list[str]:
    """Host names the edge gateway must allow out for this integration's webhooks and APIs."""
    credentials = _creds(payload)
    hosts: set[str] = set()
    for key in _URL_KEYS:
        url = credentials.get(key)
        if url:
            hosts.add(urlsplit(url).hostname.lower())
    return sorted(hosts)


def egress_hosts_fixed(payload: Payload) -> list[str]:
    """Same, but a URL may lack a scheme or host, or not parse at all."""
    credentials = _safe_creds(payload)
    hosts: set[str] = set()
    for key in _URL_KEYS:
        url = _text(credentials, key)
        if not url:
            continue
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            continue
        if host:
            hosts.add(host.lower())
    return sorted(hosts)


# ---------------------------------------------------------------------------------------------
# 16. Edge cache key for rendered integration config (byte limit)
# ---------------------------------------------------------------------------------------------

_CACHE_KEY_LIMIT = 96


def cache_key_buggy(payload: Payload) -> str:
    """Key under which the edge gateway caches an integration's config (gateway limit: 96 bytes)."""
    key = f"vehcfg:{payload['_environmentId']}:{payload['identifier']}"[:_CACHE_KEY_LIMIT]
    if len(key.encode("utf-8")) > _CACHE_KEY_LIMIT:
        raise ValueError(f"cache key longer than {_CACHE_KEY_LIMIT} bytes")
    return key


def cache_key_fixed(payload: Payload) -> str:
    """Same, but the limit is in bytes: non-ASCII (or unencodable) keys are hashed instead."""
    key = f"vehcfg:{payload.get('_environmentId', '')}:{payload.get('identifier', '')}"
    try:
        size = len(key.encode("utf-8"))
    except UnicodeEncodeError:
        size = _CACHE_KEY_LIMIT + 1
    if size <= _CACHE_KEY_LIMIT:
        return key
    return "vehcfg:h:" + hashlib.sha256(_utf8(key)).hexdigest()


# ---------------------------------------------------------------------------------------------
# The suite
# ---------------------------------------------------------------------------------------------

_OTA_CONDITION = {
    "isNegated": False,
    "type": "STATEMENT",
    "value": "AND",
    "children": [
        {"field": "vehicle.model", "value": "ID.4", "operator": "EQUAL", "on": "payload"},
    ],
}

AUTOMOTIVE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="automotive_push_fcm_project_id",
        bug="assumes the FCM serviceAccount credential is always a JSON object with a project_id",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Qk3vX9",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={"serviceAccount": "nvsk.9f2c41ab07de55e1:3b7e0c9d1a2f48b6"},
        ),
    ),
    ConsumerCase(
        name="automotive_sms_reminder_e164_sender",
        bug="assumes an SMS integration's `from` is always a phone number, never an alphanumeric sender id",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Twilio", "identifier": "twilio-Hn2pQ7s", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0f3e", "token": "tok-1", "from": "AutohausSvc"},
        ),
    ),
    ConsumerCase(
        name="automotive_service_email_reply_domain",
        bug="assumes an e-mail integration's `from` always contains an '@'",
        buggy=reply_domain_buggy,
        fixed=reply_domain_fixed,
        raises=(IndexError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "Werkstatt Service",
                "senderName": "Autohaus",
            },
        ),
    ),
    ConsumerCase(
        name="automotive_dealer_chat_identifier_suffix",
        bug="assumes every identifier has the server's '<slug>-<shortid>' shape with a dash",
        buggy=chat_room_buggy,
        fixed=chat_room_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Slack",
                "identifier": "dealerchat",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={"applicationId": "A01", "clientId": "C01", "secretKey": "s3cr3t"},
        ),
    ),
    ConsumerCase(
        name="automotive_ota_audience_first_child",
        bug="assumes every condition has at least one child filter",
        buggy=ota_audience_buggy,
        fixed=ota_audience_fixed,
        raises=(IndexError,),
        example=_variant(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]},
        ),
    ),
    ConsumerCase(
        name="automotive_gateway_yaml_smtp_port",
        bug="assumes the string `port` next to a `host` always holds digits",
        buggy=gateway_yaml_buggy,
        fixed=gateway_yaml_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-7hGk2", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.autohaus.example",
                "port": "",
                "from": "service@autohaus.example",
                "senderName": "Autohaus Service",
            },
        ),
    ),
    ConsumerCase(
        name="automotive_dms_sync_upsert_key",
        bug="assumes `_id` is always present although the contract makes it optional",
        buggy=dms_sync_buggy,
        fixed=dms_sync_fixed,
        raises=(KeyError,),
        example=_variant(drop=("_id",)),
    ),
    ConsumerCase(
        name="automotive_relay_ini_tls_ciphers",
        bug="assumes tlsOptions.ciphers, when present, is a list of strings (free-form JSON allows null)",
        buggy=relay_ini_buggy,
        fixed=relay_ini_fixed,
        raises=(TypeError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Rl4Tz", "providerId": "nodemailer"},
            credentials={
                "host": "10.20.0.5",
                "port": "465",
                "secure": True,
                "tlsOptions": {"ciphers": None, "rejectUnauthorized": False},
                "from": "ota@autohaus.example",
                "senderName": "OTA",
            },
        ),
    ),
    ConsumerCase(
        name="automotive_admin_deleted_at_label",
        bug="assumes `deleted: true` always comes with an ISO `deletedAt`",
        buggy=admin_status_buggy,
        fixed=admin_status_fixed,
        raises=(KeyError, ValueError),
        example=_variant({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="automotive_alert_router_inactive_primary",
        bug="assumes a primary integration is always active",
        buggy=alert_route_buggy,
        fixed=alert_route_fixed,
        raises=(ValueError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="automotive_alert_channel_template_table",
        bug="assumes vehicle alerts only go out over push, sms or email (no in_app or chat)",
        buggy=alert_template_buggy,
        fixed=alert_template_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zp0c1",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="automotive_ota_targeting_operator_sql",
        bug="assumes conditions only use comparison and IN/NOT_IN operators (not LIKE, BETWEEN, ALL_IN, ...)",
        buggy=ota_where_buggy,
        fixed=ota_where_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "conditions": [
                    _OTA_CONDITION,
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {"field": "vehicle.vin", "value": "WVW%", "operator": "LIKE", "on": "payload"},
                        ],
                    },
                ]
            },
        ),
    ),
    ConsumerCase(
        name="automotive_service_mileage_threshold",
        bug="assumes a comparison condition's value is a plain integer string",
        buggy=mileage_threshold_buggy,
        fixed=mileage_threshold_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "vehicle.odometerKm",
                                "value": "15,000",
                                "operator": "LARGER_EQUAL",
                                "on": "payload",
                            },
                        ],
                    }
                ]
            },
        ),
    ),
    ConsumerCase(
        name="automotive_aws_region_endpoint",
        bug="assumes an SES/SNS region always has exactly three dash-separated parts",
        buggy=aws_endpoint_buggy,
        fixed=aws_endpoint_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "SNS",
                "identifier": "sns-Pq81xY",
                "providerId": "sns",
                "channel": "sms",
                "primary": False,
            },
            credentials={"apiKey": "AKIAEXAMPLE", "secretKey": "secret", "region": "us-gov-west-1"},
        ),
    ),
    ConsumerCase(
        name="automotive_edge_egress_url_hostname",
        bug="assumes every credential URL parses with a host name (has a scheme)",
        buggy=egress_hosts_buggy,
        fixed=egress_hosts_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Mm3Kq",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "ota-hooks.autohaus.example/novu", "secretKey": "whsec"},
        ),
    ),
    ConsumerCase(
        name="automotive_edge_cache_key_bytes",
        bug="assumes a cache key cut to 96 characters fits in 96 bytes (non-ASCII identifiers)",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "сервисный-центр-москва-север-ota-уведомления-x8Kd2bQ1"}),
    ),
]
