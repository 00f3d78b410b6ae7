"""Sixteen messaging-platform consumers of ``GET /v1/integrations`` items, each with one contract bug.

The theme is a messaging platform team's services: message routers and fan-out workers, provider
adapters for specific providers (Twilio SMS, a Custom SMTP transport, Firebase Cloud Messaging push,
APNs, Slack chat, the Generic SMS gateway), an e-mail transport, template and admin-UI renderers,
rate limiters, dedup keys, audit exporters, retention purgers and config importers.

Each ``ConsumerCase`` pairs a *buggy* consumer, written the way real service code often is (it
works on ``HAPPY_PATH``), with a *fixed* control that handles everything the contract allows. The
buggy version makes one assumption the contract does not guarantee; ``example`` is a
contract-valid payload that triggers it.

These cases were written from the contract documentation alone (the seed document, CONTRACT.md,
SERVER-SEMANTICS.md and providers.json), without looking at the data generator, so that they
measure how well it finds bugs it was not tuned for.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

from tests.consumers.bugs import ConsumerCase, Payload, _example

__all__ = ["MESSAGING_BUGS"]


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` if it is not an object (defensive, for fixed versions)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _str(mapping: dict[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    return value if isinstance(value, str) else None


# 1. Twilio SMS adapter ------------------------------------------------------------------------


def twilio_adapter_buggy(payload: Payload) -> object:
    if payload["providerId"] != "twilio":
        return None
    creds = payload["credentials"]
    sid = creds["accountSid"]
    return {
        "url": f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json",
        "auth": (sid, creds.get("token", "")),
        "from": creds.get("from"),
    }


def twilio_adapter_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "twilio":
        return None
    creds = _creds(payload)
    sid = _str(creds, "accountSid")
    token = _str(creds, "token")
    if not sid or token is None:
        return None
    return {
        "url": f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json",
        "auth": (sid, token),
        "from": _str(creds, "from"),
    }


# 2. Custom SMTP (nodemailer) transport port ---------------------------------------------------


def smtp_transport_buggy(payload: Payload) -> object:
    if payload["providerId"] != "nodemailer":
        return None
    creds = payload["credentials"]
    port = int(creds.get("port", "587"))
    return {
        "host": creds.get("host", "localhost"),
        "port": port,
        "use_ssl": creds.get("secure", port == 465),
        "starttls": creds.get("requireTls", False),
    }


def smtp_transport_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "nodemailer":
        return None
    creds = _creds(payload)
    port = 587
    raw_port = _str(creds, "port")
    if raw_port is not None:
        try:
            parsed = int(raw_port.strip())
        except ValueError:
            parsed = 587
        if 0 < parsed < 65536:
            port = parsed
    secure = creds.get("secure")
    require_tls = creds.get("requireTls")
    return {
        "host": _str(creds, "host") or "localhost",
        "port": port,
        "use_ssl": secure if isinstance(secure, bool) else port == 465,
        "starttls": require_tls if isinstance(require_tls, bool) else False,
    }


# 3. Firebase Cloud Messaging push adapter -----------------------------------------------------


def fcm_adapter_buggy(payload: Payload) -> object:
    if payload["providerId"] != "fcm":
        return None
    service_account = json.loads(payload["credentials"]["serviceAccount"])
    return {
        "project": service_account["project_id"],
        "sender": service_account.get("client_email"),
        "endpoint": f"https://fcm.googleapis.com/v1/projects/{service_account['project_id']}/messages:send",
    }


def fcm_adapter_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "fcm":
        return None
    raw = _str(_creds(payload), "serviceAccount")
    if raw is None:
        return None
    try:
        service_account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(service_account, dict):
        return None
    project = _str(service_account, "project_id")
    if not project:
        return None
    return {
        "project": project,
        "sender": _str(service_account, "client_email"),
        "endpoint": f"https://fcm.googleapis.com/v1/projects/{project}/messages:send",
    }


# 4. Slack OAuth redirect allow-list -----------------------------------------------------------


def slack_redirect_buggy(payload: Payload) -> object:
    if payload["providerId"] != "slack":
        return None
    creds = payload["credentials"]
    redirect = creds.get("redirectUrl") or "https://chat.example.com/slack/oauth"
    host = redirect.split("://", 1)[1].split("/", 1)[0].split(":", 1)[0].lower()
    return {
        "client_id": creds.get("clientId"),
        "redirect": redirect,
        "internal": host.endswith(".internal"),
    }


def slack_redirect_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "slack":
        return None
    creds = _creds(payload)
    redirect = _str(creds, "redirectUrl") or "https://chat.example.com/slack/oauth"
    try:
        hostname = urlparse(redirect).hostname
    except ValueError:
        hostname = None
    return {
        "client_id": _str(creds, "clientId"),
        "redirect": redirect,
        "internal": bool(hostname and hostname.endswith(".internal")),
    }


# 5. APNs signing-key loader -------------------------------------------------------------------


def apns_key_buggy(payload: Payload) -> object:
    if payload["providerId"] != "apns":
        return None
    creds = payload["credentials"]
    _header, *body, _footer = creds.get("secretKey", "").strip().splitlines()
    key_der = base64.b64decode("".join(body))
    return {
        "key_id": creds.get("apiKey"),
        "team_id": creds.get("projectName"),
        "topic": creds.get("applicationId"),
        "key_bytes": len(key_der),
        "production": bool(creds.get("secure")),
    }


def apns_key_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "apns":
        return None
    creds = _creds(payload)
    lines = (_str(creds, "secretKey") or "").strip().splitlines()
    key_bytes: int | None = None
    if len(lines) >= 2:
        try:
            key_bytes = len(base64.b64decode("".join(lines[1:-1])))
        except ValueError:
            key_bytes = None
    return {
        "key_id": _str(creds, "apiKey"),
        "team_id": _str(creds, "projectName"),
        "topic": _str(creds, "applicationId"),
        "key_bytes": key_bytes,
        "production": creds.get("secure") is True,
    }


# 6. Generic SMS gateway request headers -------------------------------------------------------

_HEADER_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def generic_sms_headers_buggy(payload: Payload) -> object:
    if payload["providerId"] != "generic-sms":
        return None
    creds = payload["credentials"]
    headers = {creds.get("apiKeyRequestHeader", "X-API-Key"): creds.get("apiKey", "")}
    if creds.get("secretKeyRequestHeader"):
        headers[creds["secretKeyRequestHeader"]] = creds.get("secretKey", "")
    return [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers.items()]


def generic_sms_headers_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "generic-sms":
        return None
    creds = _creds(payload)
    pairs = [
        (_str(creds, "apiKeyRequestHeader") or "X-API-Key", _str(creds, "apiKey") or ""),
        (_str(creds, "secretKeyRequestHeader") or "", _str(creds, "secretKey") or ""),
    ]
    encoded: list[tuple[bytes, bytes]] = []
    for name, value in pairs:
        if not _HEADER_TOKEN.fullmatch(name) or "\r" in value or "\n" in value:
            continue
        try:
            encoded.append((name.encode("ascii"), value.encode("latin-1")))
        except UnicodeEncodeError:
            continue
    return encoded


# 7. E-mail transport TLS options -> ssl settings ----------------------------------------------


def tls_options_buggy(payload: Payload) -> object:
    if payload["channel"] != "email":
        return None
    tls = payload["credentials"].get("tlsOptions") or {}
    min_version = tls.get("minVersion", "TLSv1.2")
    return {
        "minimum_version": min_version.replace("v", "").upper(),
        "verify": tls.get("rejectUnauthorized", True),
        "ciphers": tls.get("ciphers"),
    }


def tls_options_fixed(payload: Payload) -> object:
    if payload.get("channel") != "email":
        return None
    tls = _creds(payload).get("tlsOptions")
    if not isinstance(tls, dict):
        tls = {}
    min_version = tls.get("minVersion")
    if not isinstance(min_version, str):
        min_version = "TLSv1.2"
    verify = tls.get("rejectUnauthorized")
    ciphers = tls.get("ciphers")
    return {
        "minimum_version": min_version.replace("v", "").upper(),
        "verify": verify if isinstance(verify, bool) else True,
        "ciphers": ciphers if isinstance(ciphers, str) else None,
    }


# 8. Fan-out router: primary slots -------------------------------------------------------------

PRIMARY_SLOTS = {"email": "mail-primary", "sms": "sms-primary"}


def primary_router_buggy(payload: Payload) -> object:
    if not payload["active"]:
        return None
    if payload["primary"]:
        return PRIMARY_SLOTS[payload["channel"]]
    return f"{payload['channel']}-pool"


def primary_router_fixed(payload: Payload) -> object:
    if payload.get("active") is not True:
        return None
    channel = str(payload.get("channel"))
    if payload.get("primary") is True and channel in PRIMARY_SLOTS:
        return PRIMARY_SLOTS[channel]
    return f"{channel}-pool"


# 9. Deletion audit exporter -------------------------------------------------------------------


def deletion_audit_buggy(payload: Payload) -> object:
    if not payload["deleted"]:
        return None
    return {
        "event": "integration.deleted",
        "integration": payload.get("_id"),
        "at": payload["deletedAt"],
        "by": payload.get("deletedBy", "system"),
    }


def deletion_audit_fixed(payload: Payload) -> object:
    if payload.get("deleted") is not True:
        return None
    return {
        "event": "integration.deleted",
        "integration": payload.get("_id"),
        "at": payload.get("deletedAt"),
        "by": payload.get("deletedBy", "system"),
    }


# 10. Retention purger -------------------------------------------------------------------------

_PURGE_NOW = datetime(2025, 6, 1, tzinfo=UTC)


def retention_purger_buggy(payload: Payload) -> object:
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    stamp = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return (_PURGE_NOW - stamp).days > 30


def retention_purger_fixed(payload: Payload) -> object:
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str) or len(deleted_at) > 64:
        return None
    text = deleted_at.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        stamp = datetime.fromisoformat(text)
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        return (_PURGE_NOW - stamp).days > 30
    except (ValueError, OverflowError):
        return None


# 11. Dedup key from the identifier slug -------------------------------------------------------


def dedup_key_buggy(payload: Payload) -> object:
    slug, _short_id = payload["identifier"].rsplit("-", 1)
    key = f"{payload['_environmentId']}:{payload['providerId']}:{slug}"
    return zlib.crc32(key.encode("utf-8"))


def dedup_key_fixed(payload: Payload) -> object:
    identifier = payload.get("identifier")
    identifier = identifier if isinstance(identifier, str) else ""
    slug, sep, _short_id = identifier.rpartition("-")
    if not sep:
        slug = identifier
    key = f"{payload.get('_environmentId')}:{payload.get('providerId')}:{slug}"
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


# 12. Rate limiter shard -----------------------------------------------------------------------

RATE_LIMIT_SHARDS = 16


def rate_limit_shard_buggy(payload: Payload) -> object:
    bucket = int(payload["_id"], 16) % RATE_LIMIT_SHARDS
    return f"rl:{payload['channel']}:{bucket}"


def rate_limit_shard_fixed(payload: Payload) -> object:
    raw_id = payload.get("_id")
    bucket: int | None = None
    if isinstance(raw_id, str) and len(raw_id) <= 64:
        try:
            bucket = int(raw_id, 16) % RATE_LIMIT_SHARDS
        except ValueError:
            bucket = None
    if bucket is None:
        identifier = str(payload.get("identifier", ""))
        bucket = zlib.crc32(identifier.encode("utf-8", "surrogatepass")) % RATE_LIMIT_SHARDS
    return f"rl:{payload.get('channel')}:{bucket}"


# 13. E-mail transport DKIM domain -------------------------------------------------------------


def dkim_domain_buggy(payload: Payload) -> object:
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("from", "")
    domain = sender.split("@")[1].lower()
    return {"dkim_domain": domain, "selector": "mx1"}


def dkim_domain_fixed(payload: Payload) -> object:
    if payload.get("channel") != "email":
        return None
    sender = _str(_creds(payload), "from") or ""
    _local, sep, domain = sender.rpartition("@")
    if not sep or not domain:
        return None
    return {"dkim_domain": domain.lower(), "selector": "mx1"}


# 14. Condition -> SQL compiler for the routing rules table ------------------------------------

SQL_OPERATORS = {
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
    **SQL_OPERATORS,
    "ALL_IN": "@>",
    "ANY_IN": "&&",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
}


def condition_sql_buggy(payload: Payload) -> object:
    clauses = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{child['on']}.{child['field']} {SQL_OPERATORS[child['operator']]} %s"
            for child in condition["children"]
        ]
        joined = f" {condition['value']} ".join(parts)
        clauses.append(f"NOT ({joined})" if condition["isNegated"] else f"({joined})")
    return " AND ".join(clauses)


def condition_sql_fixed(payload: Payload) -> object:
    conditions = payload.get("conditions")
    clauses: list[str] = []
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        parts: list[str] = []
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                continue
            operator = _SQL_OPERATORS_ALL.get(str(child.get("operator")))
            if operator is None:
                continue
            parts.append(f"{child.get('on')}.{child.get('field')} {operator} %s")
        if not parts:
            continue
        glue = "OR" if condition.get("value") == "OR" else "AND"
        joined = f" {glue} ".join(parts)
        clauses.append(f"NOT ({joined})" if condition.get("isNegated") is True else f"({joined})")
    return " AND ".join(clauses)


# 15. Admin UI avatar ---------------------------------------------------------------------------


def admin_avatar_buggy(payload: Payload) -> object:
    label = payload["name"].strip()
    return {"initial": label[0].upper(), "title": label, "badge": "primary" if payload["primary"] else ""}


def admin_avatar_fixed(payload: Payload) -> object:
    name = payload.get("name")
    label = name.strip() if isinstance(name, str) else ""
    return {
        "initial": label[:1].upper() or "?",
        "title": label,
        "badge": "primary" if payload.get("primary") is True else "",
    }


# 16. Config importer: KEY=VALUE round trip ----------------------------------------------------

_EXPORTED_KEYS = ("identifier", "name", "providerId", "channel")


def env_roundtrip_buggy(payload: Payload) -> object:
    text = "\n".join(f"{key}={payload[key]}" for key in _EXPORTED_KEYS)
    config = dict(line.split("=", 1) for line in text.splitlines())
    return config["identifier"]


def env_roundtrip_fixed(payload: Payload) -> object:
    text = "\n".join(f"{key}={json.dumps(payload.get(key, ''))}" for key in _EXPORTED_KEYS)
    config: dict[str, object] = {}
    for line in text.splitlines():
        key, sep, raw = line.partition("=")
        if sep:
            config[key] = json.loads(raw)
    return config.get("identifier")


MESSAGING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="twilio_sms_adapter",
        bug="Twilio adapter assumes credentials always carry accountSid (every credentials key is optional).",
        buggy=twilio_adapter_buggy,
        fixed=twilio_adapter_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3xZ9a",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"token": "fake-token-0001", "from": "+15550100"},
            }
        ),
    ),
    ConsumerCase(
        name="smtp_transport_port",
        bug="Custom SMTP transport assumes credentials.port is a numeric string (any string is valid).",
        buggy=smtp_transport_buggy,
        fixed=smtp_transport_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-k2Jd8s",
                "providerId": "nodemailer",
                "credentials": {"host": "smtp.example.com", "port": "", "from": "no-reply@example.com"},
            }
        ),
    ),
    ConsumerCase(
        name="fcm_push_project_id",
        bug="FCM adapter assumes serviceAccount is a JSON document with project_id (it is any string).",
        buggy=fcm_adapter_buggy,
        fixed=fcm_adapter_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-a1B2c3",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "fake-service-account"},
            }
        ),
    ),
    ConsumerCase(
        name="slack_redirect_allowlist",
        bug="Slack OAuth check assumes redirectUrl is an absolute 'scheme://host/...' URL.",
        buggy=slack_redirect_buggy,
        fixed=slack_redirect_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "Slack",
                "identifier": "slack-Zx81Qw",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
                "credentials": {
                    "applicationId": "A000",
                    "clientId": "fake-client",
                    "secretKey": "fake-secret",
                    "redirectUrl": "/integrations/slack/callback",
                },
            }
        ),
    ),
    ConsumerCase(
        name="apns_pem_key_loader",
        bug="APNs loader assumes secretKey is a multi-line PEM block (it may be empty or one line).",
        buggy=apns_key_buggy,
        fixed=apns_key_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "APNs",
                "identifier": "ap-ns-P0o9I8",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "credentials": {"secretKey": "fake-apns-key", "apiKey": "KEYID123", "projectName": "TEAM"},
            }
        ),
    ),
    ConsumerCase(
        name="generic_sms_latin1_headers",
        bug="Generic SMS gateway assumes header names and API keys are Latin-1 encodable.",
        buggy=generic_sms_headers_buggy,
        fixed=generic_sms_headers_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-Gg55hh",
                "providerId": "generic-sms",
                "channel": "sms",
                "credentials": {
                    "baseUrl": "https://sms.example.com/send",
                    "apiKeyRequestHeader": "X-Api-Key",
                    "apiKey": "ключ-0001",
                    "idPath": "data.id",
                    "from": "Example",
                },
            }
        ),
    ),
    ConsumerCase(
        name="email_tls_min_version",
        bug="E-mail transport assumes tlsOptions.minVersion is a string (tlsOptions is free-form JSON).",
        buggy=tls_options_buggy,
        fixed=tls_options_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": False},
                    "from": "no-reply@example.com",
                }
            }
        ),
    ),
    ConsumerCase(
        name="fanout_primary_slot",
        bug="Fan-out router assumes only email and sms integrations can be primary.",
        buggy=primary_router_buggy,
        fixed=primary_router_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Expo Push",
                "identifier": "expo-push-R4nd0m",
                "providerId": "expo",
                "channel": "push",
                "primary": True,
                "credentials": {"apiKey": "fake-expo-key"},
            }
        ),
    ),
    ConsumerCase(
        name="deletion_audit_deleted_at",
        bug="Audit exporter assumes a deleted record always carries deletedAt.",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="retention_purger_timestamp_format",
        bug="Retention purger parses deletedAt with one strptime format (it is a plain string).",
        buggy=retention_purger_buggy,
        fixed=retention_purger_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-08T12:00:00Z"}),
    ),
    ConsumerCase(
        name="dedup_key_identifier_slug",
        bug="Dedup key assumes identifier is '<slug>-<shortid>' and always contains a dash.",
        buggy=dedup_key_buggy,
        fixed=dedup_key_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "sendgrid"}),
    ),
    ConsumerCase(
        name="rate_limiter_shard_by_id",
        bug="Rate limiter shards on int(_id, 16), but _id is optional.",
        buggy=rate_limit_shard_buggy,
        fixed=rate_limit_shard_fixed,
        raises=(KeyError, ValueError),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="dkim_sender_domain",
        bug="E-mail transport assumes credentials.from is an address containing '@'.",
        buggy=dkim_domain_buggy,
        fixed=dkim_domain_fixed,
        raises=(IndexError,),
        example=_example({"credentials": {"apiKey": "fake-api-key-0002", "from": "no-reply"}}),
    ),
    ConsumerCase(
        name="condition_sql_operator_map",
        bug="Routing-rule compiler maps only comparison operators, not LIKE/BETWEEN/ANY_IN and the rest.",
        buggy=condition_sql_buggy,
        fixed=condition_sql_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriber.email",
                                "value": "%@example.com",
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
        name="admin_avatar_initial",
        bug="Admin UI avatar takes the first character of the name, assuming it is non-blank.",
        buggy=admin_avatar_buggy,
        fixed=admin_avatar_fixed,
        raises=(IndexError,),
        example=_example({"name": "   "}),
    ),
    ConsumerCase(
        name="env_file_roundtrip_newline",
        bug="Config importer writes KEY=VALUE lines unescaped, assuming names hold no line breaks.",
        buggy=env_roundtrip_buggy,
        fixed=env_roundtrip_fixed,
        raises=(ValueError,),
        example=_example({"name": "SendGrid\nEU"}),
    ),
]
