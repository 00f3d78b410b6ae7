"""Sixteen message-dispatch consumers of ``GET /v1/integrations`` items, each with one contract bug.

The runtime side of a notification service: the workers that take the integrations fetched from Novu
and actually send through them (SMTP transports, SES/SNS endpoints, SMS gateways, FCM push, chat
webhooks, in-app Inbox), plus the plumbing around sending (sender identity, idempotency keys,
rate-limit partitions, retry/backoff policies, fallback tiers, condition routing, dead-letter
records, connection pools). Each buggy version works on ``HAPPY_PATH`` and trips on one payload the
contract allows; each fixed control honours the contract and never raises on a valid payload.

Written from the contract documentation alone (``CONTRACT.md``, the seed SDK page, the server notes
and ``providers.json``), without looking at the data generator or the other consumer suites.
"""

from __future__ import annotations

import base64
import hashlib
import json
import operator
import struct
import zlib
from collections.abc import Callable
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload, _credentials, _example

__all__ = ["DISPATCH_BUGS", "HAPPY_PATH"]


# -- shared defensive helpers for the fixed controls ---------------------------------------------


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` if it is somehow not one (tolerant reader)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: dict[str, Any], key: str, default: str = "") -> str:
    """A string value of ``mapping``, or ``default`` when the key is absent or not a string."""
    value = mapping.get(key)
    return value if isinstance(value, str) else default


def _clean(text: str) -> str:
    """``text`` with anything that cannot be UTF-8 encoded (lone surrogates) replaced by ``?``."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _single_line(text: str) -> str:
    """``text`` folded onto one line: every line boundary ``str.splitlines`` knows becomes a space."""
    return " ".join(_clean(text).splitlines())


# -- 1. SMTP transport port ----------------------------------------------------------------------


def smtp_transport_config_buggy(payload: Payload) -> tuple[str, int, bool]:
    creds = _credentials(payload)
    port = int(creds.get("port", "587"))
    return creds.get("host", "localhost"), port, port == 465


def smtp_transport_config_fixed(payload: Payload) -> tuple[str, int, bool]:
    creds = _creds(payload)
    secure = creds.get("secure") is True
    port: int | None = None
    raw = creds.get("port")
    if isinstance(raw, str):
        try:
            port = int(raw.strip())
        except ValueError:
            port = None
        if port is not None and not 0 < port < 65536:
            port = None
    if port is None:
        port = 465 if secure else 587
    return _text(creds, "host", "localhost"), port, secure or port == 465


# -- 2. SNS / SES regional endpoint --------------------------------------------------------------


def aws_regional_endpoint_buggy(payload: Payload) -> str:
    creds = _credentials(payload)
    service = "sns" if payload["channel"] == "sms" else "email"
    geo, area, number = creds.get("region", "us-east-1").split("-")
    suffix = "amazonaws.com.cn" if geo == "cn" else "amazonaws.com"
    return f"https://{service}.{geo}-{area}-{number}.{suffix}"


def aws_regional_endpoint_fixed(payload: Payload) -> str:
    creds = _creds(payload)
    service = "sns" if payload.get("channel") == "sms" else "email"
    region = _text(creds, "region").strip() or "us-east-1"
    suffix = "amazonaws.com.cn" if region.split("-", 1)[0] == "cn" else "amazonaws.com"
    return f"https://{service}.{region}.{suffix}"


# -- 3. SMS gateway Basic auth header ------------------------------------------------------------


def sms_basic_auth_header_buggy(payload: Payload) -> dict[str, str]:
    creds = _credentials(payload)
    user = creds.get("accountSid") or creds.get("user") or ""
    secret = creds.get("token") or creds.get("password") or creds.get("apiKey") or ""
    # What ``requests`` does for ``auth=(user, secret)``: latin-1, per the old RFC 2617.
    token = base64.b64encode(f"{user}:{secret}".encode("latin-1")).decode("ascii")
    return {"Authorization": f"Basic {token}"}


def sms_basic_auth_header_fixed(payload: Payload) -> dict[str, str]:
    creds = _creds(payload)
    user = _text(creds, "accountSid") or _text(creds, "user")
    secret = _text(creds, "token") or _text(creds, "password") or _text(creds, "apiKey")
    # RFC 7617 charset=UTF-8: any credential text can be sent.
    token = base64.b64encode(f"{user}:{secret}".encode("utf-8", "replace")).decode("ascii")
    return {"Authorization": f"Basic {token}"}


# -- 4. FCM project id from the service account --------------------------------------------------


def fcm_send_url_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(_credentials(payload)["serviceAccount"])
    return f"https://fcm.googleapis.com/v1/projects/{account['project_id']}/messages:send"


def fcm_send_url_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    creds = _creds(payload)
    project = _text(creds, "projectName")
    raw = creds.get("serviceAccount")
    if isinstance(raw, str):
        try:
            account: object = json.loads(raw)
        except (ValueError, RecursionError):
            account = None
        if isinstance(account, dict) and isinstance(account.get("project_id"), str):
            project = account["project_id"]
    if not project:
        return None
    return f"https://fcm.googleapis.com/v1/projects/{_clean(project)}/messages:send"


# -- 5. Chat webhook target ----------------------------------------------------------------------


def chat_webhook_target_buggy(payload: Payload) -> tuple[str, int, str] | None:
    url = _credentials(payload).get("webhookUrl")
    if not url:
        return None
    parts = urlsplit(url)
    return parts.hostname or "", parts.port or 443, parts.path or "/"


def chat_webhook_target_fixed(payload: Payload) -> tuple[str, int, str] | None:
    url = _text(_creds(payload), "webhookUrl")
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
        host = parts.hostname or ""
    except ValueError:
        return None
    return host, port or 443, parts.path or "/"


# -- 6. Email sender identity --------------------------------------------------------------------


def email_sender_identity_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    creds = _credentials(payload)
    if "from" not in creds:
        return None
    return str(Address(display_name=creds.get("senderName", ""), addr_spec=creds["from"]))


def email_sender_identity_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    creds = _creds(payload)
    if not isinstance(creds.get("from"), str):
        return None
    address = _single_line(_text(creds, "from")).strip()
    if address.endswith(">") and "<" in address:
        address = address[:-1].rpartition("<")[2].strip()  # "Name <local@domain>" form
    name = _single_line(_text(creds, "senderName")).strip()
    if not name:
        return f"<{address}>"
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" <{address}>'


# -- 7. Tracing headers on the outgoing email ----------------------------------------------------


def email_trace_headers_buggy(payload: Payload) -> list[tuple[str, str]]:
    message = EmailMessage()
    message["X-Novu-Integration"] = payload["name"]
    message["X-Novu-Identifier"] = payload["identifier"]
    return [(key, str(value)) for key, value in message.items()]


def email_trace_headers_fixed(payload: Payload) -> list[tuple[str, str]]:
    message = EmailMessage()
    message["X-Novu-Integration"] = _single_line(_text(payload, "name"))
    message["X-Novu-Identifier"] = _single_line(_text(payload, "identifier"))
    return [(key, str(value)) for key, value in message.items()]


# -- 8. SMPP-style source address for SMS gateways (Kannel) --------------------------------------


def smpp_source_addr_buggy(payload: Payload) -> bytes:
    source = _credentials(payload).get("from", "").encode("utf-8")
    return struct.pack(f"!B{len(source)}s", len(source), source)


_SMPP_SOURCE_ADDR_MAX = 20  # SMPP 3.4 source_addr: C-octet string of at most 21 octets with the NUL


def smpp_source_addr_fixed(payload: Payload) -> bytes:
    source = _text(_creds(payload), "from").encode("utf-8", "replace")[:_SMPP_SOURCE_ADDR_MAX]
    return struct.pack(f"!B{len(source)}s", len(source), source)


# -- 9. Idempotency key per integration ----------------------------------------------------------


def send_idempotency_key_buggy(payload: Payload) -> str:
    material = f"{payload['_id']}:{payload['identifier']}"
    return hashlib.sha256(material.encode()).hexdigest()


def send_idempotency_key_fixed(payload: Payload) -> str:
    integration_id = payload.get("_id")
    if isinstance(integration_id, str):
        parts = ["id", integration_id, _text(payload, "identifier")]
    else:
        parts = [
            "env",
            _text(payload, "_organizationId"),
            _text(payload, "_environmentId"),
            _text(payload, "identifier"),
        ]
    material = json.dumps(parts)  # unambiguous join, ASCII-only output
    return hashlib.sha256(material.encode("ascii")).hexdigest()


# -- 10. Per-environment rate-limit partition ----------------------------------------------------

_PARTITIONS = 32


def rate_limit_partition_buggy(payload: Payload) -> str:
    shard = int(payload["_environmentId"], 16) % _PARTITIONS
    return f"rl:{payload['channel']}:{shard:02d}"


def rate_limit_partition_fixed(payload: Payload) -> str:
    environment = _text(payload, "_environmentId").encode("utf-8", "surrogatepass")
    shard = zlib.crc32(environment) % _PARTITIONS
    return f"rl:{_text(payload, 'channel')}:{shard:02d}"


# -- 11. Retry / backoff policy per provider -----------------------------------------------------

_BACKOFF_SECONDS: dict[str, tuple[float, ...]] = {
    "sendgrid": (1, 5, 30),
    "mailgun": (1, 5, 30),
    "ses": (0.5, 2, 10, 60),
    "postmark": (1, 10),
    "nodemailer": (5, 30, 120),
    "twilio": (1, 3, 9),
    "sns": (0.5, 2, 10),
    "plivo": (1, 3, 9),
    "fcm": (1, 2, 4, 8),
    "apns": (1, 2, 4, 8),
    "expo": (2, 10),
    "slack": (1, 30),
    "discord": (1, 30),
    "msteams": (1, 30),
    "novu": (0.2,),
}
_CHANNEL_BACKOFF: dict[str, tuple[float, ...]] = {
    "email": (1, 5, 30),
    "sms": (1, 3, 9),
    "push": (1, 2, 4, 8),
    "chat": (1, 30),
    "in_app": (0.2,),
}


def retry_schedule_buggy(payload: Payload) -> list[float]:
    delays = _BACKOFF_SECONDS[payload["providerId"]]
    return [float(delay) for delay in delays]


def retry_schedule_fixed(payload: Payload) -> list[float]:
    provider = _text(payload, "providerId")
    delays = _BACKOFF_SECONDS.get(provider) or _CHANNEL_BACKOFF.get(_text(payload, "channel"), (1, 10, 60))
    return [float(delay) for delay in delays]


# -- 12. Fallback-chain tier ---------------------------------------------------------------------

_TIERS: dict[tuple[bool, bool], int] = {(True, True): 0, (False, True): 1, (False, False): 9}


def fallback_tier_buggy(payload: Payload) -> int:
    return _TIERS[(payload["primary"], payload["active"])]


def fallback_tier_fixed(payload: Payload) -> int:
    if payload.get("active") is not True:
        return 9  # an inactive integration never sends, primary or not
    return 0 if payload.get("primary") is True else 1


# -- 13. Dead-letter record for a message whose integration went away ---------------------------


def dead_letter_record_buggy(payload: Payload) -> dict[str, str]:
    record = {"integration": payload.get("_id", payload["identifier"]), "provider": payload["providerId"]}
    if payload["deleted"]:
        record["reason"] = f"integration deleted at {payload['deletedAt']} by {payload['deletedBy']}"
    elif not payload["active"]:
        record["reason"] = "integration inactive"
    return record


def dead_letter_record_fixed(payload: Payload) -> dict[str, str]:
    integration_id = payload.get("_id")
    record = {
        "integration": integration_id if isinstance(integration_id, str) else _text(payload, "identifier"),
        "provider": _text(payload, "providerId"),
    }
    if payload.get("deleted") is True:
        when = _text(payload, "deletedAt", "an unknown time")
        who = _text(payload, "deletedBy", "an unknown user")
        record["reason"] = f"integration deleted at {when} by {who}"
    elif payload.get("active") is not True:
        record["reason"] = "integration inactive"
    return record


# -- 14. Condition-based routing: numeric thresholds ---------------------------------------------

_NUMERIC_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}


def routing_thresholds_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    thresholds = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _NUMERIC_OPERATORS:
                thresholds.append((child["field"], child["operator"], float(child["value"])))
    return thresholds


def routing_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    thresholds: list[tuple[str, str, float]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return thresholds
    for condition in conditions:
        children = condition.get("children") if isinstance(condition, dict) else None
        if not isinstance(children, list):
            continue
        for child in children:
            if not isinstance(child, dict) or child.get("operator") not in _NUMERIC_OPERATORS:
                continue
            value = child.get("value")
            if not isinstance(value, str):
                continue
            try:
                threshold = float(value)
            except (ValueError, OverflowError):
                continue  # not a number: a templated or textual value, evaluated elsewhere
            thresholds.append((_text(child, "field"), str(child["operator"]), threshold))
    return thresholds


# -- 15. SMTP connection-pool key ----------------------------------------------------------------


def smtp_pool_key_buggy(payload: Payload) -> int:
    creds = _credentials(payload)
    tls = creds.get("tlsOptions", {})
    return hash((creds.get("host", ""), creds.get("port", ""), creds.get("user", ""), frozenset(tls.items())))


def smtp_pool_key_fixed(payload: Payload) -> int:
    creds = _creds(payload)
    tls = creds.get("tlsOptions")
    try:
        tls_key = json.dumps(tls, sort_keys=True, default=repr)
    except (TypeError, ValueError, RecursionError):
        tls_key = "<unserialisable>"
    return hash((_text(creds, "host"), _text(creds, "port"), _text(creds, "user"), tls_key))


# -- 16. In-app Inbox avatar initials ------------------------------------------------------------


def inbox_sender_initials_buggy(payload: Payload) -> str:
    words = payload["name"].split()
    initials: str = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return initials.upper()


def inbox_sender_initials_fixed(payload: Payload) -> str:
    words = _text(payload, "name").split()
    if not words:
        words = _text(payload, "providerId").split() or ["?"]
    initials = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return initials.upper()


# -- the cases -----------------------------------------------------------------------------------

DISPATCH_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="smtp_transport_config",
        bug="assumes credentials.port (a string) always holds a decimal port number",
        buggy=smtp_transport_config_buggy,
        fixed=smtp_transport_config_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Qw3rTy9",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aws_regional_endpoint",
        bug="assumes credentials.region always has exactly three dash-separated parts (e.g. eu-west-1)",
        buggy=aws_regional_endpoint_buggy,
        fixed=aws_regional_endpoint_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SNS",
                "identifier": "sns-Kp2VbN8",
                "providerId": "sns",
                "channel": "sms",
                "credentials": {
                    "apiKey": "AKIAEXAMPLE",
                    "secretKey": "fake-secret",
                    "region": "us-gov-west-1",
                },
            }
        ),
    ),
    ConsumerCase(
        name="sms_basic_auth_header",
        bug="encodes gateway credentials as latin-1 for Basic auth, assuming they hold no other characters",
        buggy=sms_basic_auth_header_buggy,
        fixed=sms_basic_auth_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {
                "name": "46elks",
                "identifier": "46elks-Zx81LmQ",
                "providerId": "forty-six-elks",
                "channel": "sms",
                "credentials": {"user": "u4f1e2d3", "password": "pässwörd-€-2024", "from": "ExampleInc"},
            }
        ),
    ),
    ConsumerCase(
        name="fcm_send_url",
        bug="assumes credentials.serviceAccount is a JSON document with a project_id",
        buggy=fcm_send_url_buggy,
        fixed=fcm_send_url_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Hj7Gf2s",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "nvsk.8f3a9c0d1e2b4a5f:0e1d2c3b4a59687766554433"},
            }
        ),
    ),
    ConsumerCase(
        name="chat_webhook_target",
        bug="assumes credentials.webhookUrl is a well-formed URL whose port (if any) is numeric",
        buggy=chat_webhook_target_buggy,
        fixed=chat_webhook_target_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Mattermost",
                "identifier": "mattermost-Bn4Ks9d",
                "providerId": "mattermost",
                "channel": "chat",
                "primary": False,
                "credentials": {"webhookUrl": "https://mattermost.example.com:8065x/hooks/abc123"},
            }
        ),
    ),
    ConsumerCase(
        name="email_sender_identity",
        bug="assumes credentials.from is a bare RFC 5322 addr-spec (local@domain)",
        buggy=email_sender_identity_buggy,
        fixed=email_sender_identity_fixed,
        raises=(ValueError, IndexError, HeaderParseError),
        example=_example(
            {"credentials": {"apiKey": "fake-api-key-0001", "from": "Example Inc <no-reply@example.com>"}}
        ),
    ),
    ConsumerCase(
        name="email_trace_headers",
        bug="puts name and identifier into email headers verbatim, assuming they contain no line breaks",
        buggy=email_trace_headers_buggy,
        fixed=email_trace_headers_fixed,
        raises=(ValueError,),
        example=_example({"name": "SendGrid\u2028EU transactional"}),
    ),
    ConsumerCase(
        name="smpp_source_addr",
        bug="assumes the UTF-8 sender (credentials.from) fits a one-byte length prefix (< 256 bytes)",
        buggy=smpp_source_addr_buggy,
        fixed=smpp_source_addr_fixed,
        raises=(struct.error,),
        example=_example(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Tr5Ye2w",
                "providerId": "kannel",
                "channel": "sms",
                "credentials": {"host": "kannel.internal", "port": "13013", "from": "Ünïcødé Sender " * 16},
            }
        ),
    ),
    ConsumerCase(
        name="send_idempotency_key",
        bug="assumes every integration carries _id, which the contract makes optional",
        buggy=send_idempotency_key_buggy,
        fixed=send_idempotency_key_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="rate_limit_partition",
        bug="assumes _environmentId is a hexadecimal MongoDB ObjectId",
        buggy=rate_limit_partition_buggy,
        fixed=rate_limit_partition_fixed,
        raises=(ValueError,),
        example=_example({"_environmentId": "env_production"}),
    ),
    ConsumerCase(
        name="retry_schedule",
        bug="assumes providerId is one of the providers the worker has a backoff policy for",
        buggy=retry_schedule_buggy,
        fixed=retry_schedule_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Chat Webhook",
                "identifier": "chat-webhook-Lp0Oi9u",
                "providerId": "chat-webhook",
                "channel": "chat",
                "primary": False,
                "credentials": {"webhookUrl": "https://hooks.example.com/services/T000/B000/XXXX"},
            }
        ),
    ),
    ConsumerCase(
        name="fallback_tier",
        bug="assumes a primary integration is always active (no primary=true with active=false)",
        buggy=fallback_tier_buggy,
        fixed=fallback_tier_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="dead_letter_record",
        bug="assumes a deleted integration always carries deletedBy alongside deletedAt",
        buggy=dead_letter_record_buggy,
        fixed=dead_letter_record_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-05-08T10:21:07.512Z"}),
    ),
    ConsumerCase(
        name="routing_thresholds",
        bug="assumes the value of a LARGER/SMALLER condition is always a parseable number",
        buggy=routing_thresholds_buggy,
        fixed=routing_thresholds_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.amount",
                                "value": "1,000",
                                "operator": "LARGER",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="smtp_pool_key",
        bug="assumes credentials.tlsOptions holds only scalar (hashable) values",
        buggy=smtp_pool_key_buggy,
        fixed=smtp_pool_key_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Mn6Bv1c",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                    "tlsOptions": {"rejectUnauthorized": False, "ciphers": ["TLS_AES_256_GCM_SHA384"]},
                },
            }
        ),
    ),
    ConsumerCase(
        name="inbox_sender_initials",
        bug="assumes name contains at least one non-whitespace word",
        buggy=inbox_sender_initials_buggy,
        fixed=inbox_sender_initials_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "name": "\u3000",
                "identifier": "-Yu7Tr4e",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "credentials": {"hmac": True},
            }
        ),
    ),
]
