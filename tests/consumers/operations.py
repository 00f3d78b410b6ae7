"""Sixteen operational-service consumers of ``GET /v1/integrations`` items (the ``operations`` suite).

This suite was written from the contract documentation alone (the ``IntegrationResponseDto`` field
table, ``CONTRACT.md`` and ``providers.json``), without looking at how the payload generator works,
so that it measures how well the generator finds bugs in consumer code it was never tuned for.
It was first measured after the generator's value models were built; since then it is seen
while the generator changes, so it is an in-repo suite, no longer a held-out one.

The theme is operational services: routers, dispatchers building client configuration from
credentials, a sync job, a retention job, health probes, a webhook signer, an audience gate, a
config-file writer, a chat-ops card builder and a secrets-vault path builder. Each ``ConsumerCase``
pairs a *buggy* consumer, which works on ``HAPPY_PATH`` but makes one plausible mistake about what
the contract allows, with a *fixed* control that must never raise on any contract-valid payload.
Each ``example`` is a contract-valid payload on which the buggy version raises.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import functools
import hashlib
import hmac
import http.client
import io
import json
import operator
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

# Shared helpers ----------------------------------------------------------------------------------


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any wire string (JSON can carry lone surrogates, which strict UTF-8 rejects)."""
    return text.encode("utf-8", "surrogatepass")


def _str_credential(payload: Payload, key: str) -> str | None:
    value = _credentials(payload).get(key)
    return value if isinstance(value, str) else None


def _bool_credential(payload: Payload, key: str) -> bool:
    return _credentials(payload).get(key) is True


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict)]


# 1. SMTP transport config --------------------------------------------------------------------------

_SMTP_DEFAULT_PORT = {True: 465, False: 587}


def _smtp_config(payload: Payload, port: int) -> dict[str, object]:
    secure = _bool_credential(payload, "secure")
    return {
        "host": _str_credential(payload, "host"),
        "port": port,
        "use_ssl": secure,
        "starttls": not secure and not _bool_credential(payload, "ignoreTls"),
        "require_tls": _bool_credential(payload, "requireTls"),
        "username": _str_credential(payload, "user"),
        "password": _str_credential(payload, "password"),
    }


def smtp_transport_config_buggy(payload: Payload) -> dict[str, object] | None:
    """Client settings for a self-hosted SMTP relay (nodemailer-style credentials)."""
    if _str_credential(payload, "host") is None:
        return None
    secure = _bool_credential(payload, "secure")
    raw = _credentials(payload).get("port", str(_SMTP_DEFAULT_PORT[secure]))
    return _smtp_config(payload, int(raw))


def _parse_port(raw: object) -> int | None:
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 5:
        return None
    port = int(text)
    return port if 0 < port < 65536 else None


def smtp_transport_config_fixed(payload: Payload) -> dict[str, object] | None:
    if _str_credential(payload, "host") is None:
        return None
    secure = _bool_credential(payload, "secure")
    port = _parse_port(_credentials(payload).get("port"))
    return _smtp_config(payload, port if port is not None else _SMTP_DEFAULT_PORT[secure])


# 2. Local mirror upsert key ------------------------------------------------------------------------


def _mirror_row(payload: Payload, row_id: str) -> tuple[str, dict[str, object]]:
    return row_id, {
        "environment": payload["_environmentId"],
        "organization": payload["_organizationId"],
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "active": payload["active"] and not payload["deleted"],
        "primary": payload["primary"],
    }


def mirror_upsert_key_buggy(payload: Payload) -> tuple[str, dict[str, object]]:
    """Sync job: the (key, row) to upsert into the local integrations table."""
    return _mirror_row(payload, payload["_id"])


def mirror_upsert_key_fixed(payload: Payload) -> tuple[str, dict[str, object]]:
    row_id = payload.get("_id")
    if not isinstance(row_id, str) or not row_id:
        # ``identifier`` is unique per environment: a stable natural key when ``_id`` is absent.
        row_id = "natural:" + json.dumps([payload["_environmentId"], payload["identifier"]])
    return _mirror_row(payload, row_id)


# 3. Retention purge ---------------------------------------------------------------------------------

_RETENTION = timedelta(days=30)
_NOW = datetime(2026, 1, 1, tzinfo=UTC)


def retention_purge_due_buggy(payload: Payload) -> bool:
    """Retention job: is this soft-deleted integration old enough to purge its mirrored secrets?"""
    deleted_at = payload.get("deletedAt")
    if not payload["deleted"] or not isinstance(deleted_at, str):
        return False
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return _NOW - when > _RETENTION


def _parse_timestamp(text: str) -> datetime | None:
    candidate = text.strip()
    if candidate[-1:] in ("Z", "z"):
        candidate = candidate[:-1] + "+00:00"
    try:
        when = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def retention_purge_due_fixed(payload: Payload) -> bool:
    deleted_at = payload.get("deletedAt")
    if not payload["deleted"] or not isinstance(deleted_at, str):
        return False
    when = _parse_timestamp(deleted_at)
    if when is None:
        return False  # unknown deletion time: keep, never purge early
    return _NOW - when > _RETENTION


# 4. Channel queue router ----------------------------------------------------------------------------

_QUEUES_BUGGY = {
    "email": "outbound-email",
    "sms": "outbound-sms",
    "chat": "outbound-chat",
    "push": "outbound-push",
}
_QUEUES = {**_QUEUES_BUGGY, "in_app": "outbound-in-app"}


def channel_queue_route_buggy(payload: Payload) -> str:
    """Notification router: which work queue delivers through this integration."""
    queue = _QUEUES_BUGGY[payload["channel"]]
    return f"{queue}.{'primary' if payload['primary'] else 'secondary'}"


def channel_queue_route_fixed(payload: Payload) -> str:
    queue = _QUEUES.get(payload["channel"], "outbound-default")
    return f"{queue}.{'primary' if payload['primary'] else 'secondary'}"


# 5. Failover role --------------------------------------------------------------------------------------

_ROLES_BUGGY = {
    (True, True): "primary",
    (True, False): "fallback",
    (False, False): "disabled",
}
_ROLES = {**_ROLES_BUGGY, (False, True): "disabled"}


def routing_role_buggy(payload: Payload) -> str:
    """Failover picker: the role of an integration in its channel's provider chain."""
    if payload["deleted"]:
        return "disabled"
    return _ROLES_BUGGY[(payload["active"], payload["primary"])]


def routing_role_fixed(payload: Payload) -> str:
    if payload["deleted"]:
        return "disabled"
    return _ROLES[(payload["active"] is True, payload["primary"] is True)]


# 6. Audience gate (conditions) -------------------------------------------------------------------------

_GATE_CONTEXT: dict[str, dict[str, str]] = {
    "subscriber": {"subscriber.plan": "pro", "subscriber.locale": "en-US", "subscriber.seats": "12"},
    "payload": {"payload.region": "eu", "payload.priority": "3"},
}


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _items(text: str) -> set[str]:
    return {item.strip() for item in text.split(",")}


def _compare(actual: str | None, op: str, expected: str) -> bool:
    if actual is None:
        return op in ("NOT_EQUAL", "NOT_IN", "NOT_LIKE", "NOT_BETWEEN")
    if op == "EQUAL":
        return actual == expected
    if op == "NOT_EQUAL":
        return actual != expected
    if op in ("LIKE", "NOT_LIKE"):
        return (expected in actual) == (op == "LIKE")
    if op in ("IN", "ANY_IN", "ALL_IN"):
        return actual in _items(expected)
    if op == "NOT_IN":
        return actual not in _items(expected)
    a = _number(actual)
    if op in ("BETWEEN", "NOT_BETWEEN"):
        bounds = [_number(part) for part in expected.split(",")]
        if a is None or len(bounds) != 2 or bounds[0] is None or bounds[1] is None:
            return op == "NOT_BETWEEN"
        return (bounds[0] <= a <= bounds[1]) == (op == "BETWEEN")
    b = _number(expected)
    if a is None or b is None:
        return False
    comparisons: dict[str, Callable[[float, float], bool]] = {
        "LARGER": operator.gt,
        "SMALLER": operator.lt,
        "LARGER_EQUAL": operator.ge,
        "SMALLER_EQUAL": operator.le,
    }
    compare = comparisons.get(op)
    return compare(a, b) if compare is not None else False


def _child_results(condition: Mapping[str, Any]) -> list[bool]:
    results = []
    for child in _children(condition):
        scope = _GATE_CONTEXT.get(child.get("on", ""), {})
        field, value = child.get("field"), child.get("value")
        if not isinstance(field, str) or not isinstance(value, str):
            results.append(False)
            continue
        results.append(_compare(scope.get(field), str(child.get("operator")), value))
    return results


def audience_gate_buggy(payload: Payload) -> bool:
    """Feature-flag gate: may this integration serve the current subscriber?"""
    for condition in _conditions(payload):
        combine = operator.or_ if condition.get("value") == "OR" else operator.and_
        passed = functools.reduce(combine, _child_results(condition))
        if passed == bool(condition.get("isNegated")):
            return False
    return True


def audience_gate_fixed(payload: Payload) -> bool:
    for condition in _conditions(payload):
        results = _child_results(condition)
        passed = any(results) if condition.get("value") == "OR" else all(results)
        if passed == (condition.get("isNegated") is True):
            return False
    return True


# 7. Provider request headers --------------------------------------------------------------------------


def _probe_request(headers: Mapping[str, str]) -> int:
    # ``putrequest``/``putheader`` only fill a buffer: nothing is sent until ``endheaders``.
    connection = http.client.HTTPConnection("status.example.invalid")
    connection.putrequest("GET", "/health")
    for name, value in headers.items():
        connection.putheader(name, value)
    return len(headers)


def provider_request_headers_buggy(payload: Payload) -> int:
    """Health checker: tag the outbound probe with the integration it is probing."""
    return _probe_request(
        {
            "X-Integration-Provider": quote(_utf8(payload["providerId"]), safe=""),
            "X-Integration-Name": payload["name"],
        }
    )


def provider_request_headers_fixed(payload: Payload) -> int:
    return _probe_request(
        {
            "X-Integration-Provider": quote(_utf8(payload["providerId"]), safe=""),
            "X-Integration-Name": quote(_utf8(payload["name"]), safe=""),
        }
    )


# 8. SMS sender normalisation ---------------------------------------------------------------------------

_PHONE = re.compile(r"\+?[0-9][0-9 ()\-.]{5,20}")


def sms_sender_buggy(payload: Payload) -> tuple[str, str] | None:
    """SMS dispatcher: the sender the provider client is configured with, as (kind, value)."""
    if payload["channel"] != "sms":
        return None
    sender = _str_credential(payload, "from")
    if not sender:
        return None
    digits = re.sub(r"[ ()\-.]", "", sender.strip()).lstrip("+")
    return "e164", f"+{int(digits)}"


def sms_sender_fixed(payload: Payload) -> tuple[str, str] | None:
    if payload["channel"] != "sms":
        return None
    sender = _str_credential(payload, "from")
    if not sender:
        return None
    if _PHONE.fullmatch(sender.strip()):
        digits = re.sub(r"[ ()\-.]", "", sender.strip()).lstrip("+")
        return "e164", f"+{digits.lstrip('0') or '0'}"
    return "alphanumeric", sender  # sender IDs such as "NovuShop" are common outside North America


# 9. AWS client region ----------------------------------------------------------------------------------

_AWS_REGION = re.compile(r"[a-zA-Z0-9](?:[a-zA-Z0-9\-]{0,61}[a-zA-Z0-9])?")


class InvalidRegionError(ValueError):
    """What botocore raises for a region name that is not a valid host label."""


def _aws_client_config(service: str, region: str) -> dict[str, str]:
    if not _AWS_REGION.fullmatch(region):
        raise InvalidRegionError(f"Provided region_name {region!r} doesn't match a supported format.")
    return {"service": service, "region": region, "endpoint": f"https://{service}.{region}.amazonaws.com"}


def aws_client_config_buggy(payload: Payload) -> dict[str, str] | None:
    """SES/SNS dispatcher: the AWS client settings for the integration."""
    service = {"ses": "email", "sns": "sns"}.get(payload["providerId"])
    if service is None:
        return None
    region = _str_credential(payload, "region") or "us-east-1"
    return _aws_client_config(service, region)


def aws_client_config_fixed(payload: Payload) -> dict[str, str] | None:
    service = {"ses": "email", "sns": "sns"}.get(payload["providerId"])
    if service is None:
        return None
    region = (_str_credential(payload, "region") or "").strip().lower()
    if not _AWS_REGION.fullmatch(region):
        region = "us-east-1"
    return _aws_client_config(service, region)


# 10. FCM client config ----------------------------------------------------------------------------------


def _fcm_project(service_account: str) -> str | None:
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    return project if isinstance(project, str) else None


def fcm_project_buggy(payload: Payload) -> str | None:
    """Push dispatcher: the Firebase project an FCM integration sends through."""
    if payload["providerId"] != "fcm":
        return None
    return _fcm_project(_credentials(payload)["serviceAccount"])


def fcm_project_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    service_account = _str_credential(payload, "serviceAccount")
    return None if service_account is None else _fcm_project(service_account)


# 11. INI config writer ---------------------------------------------------------------------------------

_INI_KEYS = ("host", "port", "user", "password", "domain", "region", "from", "senderName", "baseUrl")


def _write_ini(parser: configparser.RawConfigParser, payload: Payload) -> str:
    section = "integration " + json.dumps(payload["identifier"])
    parser.add_section(section)
    parser.set(section, "provider", payload["providerId"])
    parser.set(section, "channel", payload["channel"])
    for key in _INI_KEYS:
        value = _str_credential(payload, key)
        if value is not None:
            parser.set(section, key, value)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def ini_config_buggy(payload: Payload) -> str:
    """Config writer: render the integration as an INI section for a legacy relay daemon."""
    return _write_ini(configparser.ConfigParser(), payload)


def ini_config_fixed(payload: Payload) -> str:
    return _write_ini(configparser.ConfigParser(interpolation=None), payload)


# 12. Webhook signer ------------------------------------------------------------------------------------


def _sign(payload: Payload, key: bytes) -> str:
    body = json.dumps({"integration": payload["identifier"], "event": "probe"}, sort_keys=True)
    return hmac.new(key, body.encode("ascii"), hashlib.sha256).hexdigest()


def webhook_signature_buggy(payload: Payload) -> str | None:
    """Webhook signer: sign a probe event for a push/email webhook integration."""
    secret = _str_credential(payload, "secretKey")
    if payload["providerId"] not in ("push-webhook", "email-webhook") or secret is None:
        return None
    return _sign(payload, base64.b64decode(secret.removeprefix("whsec_"), validate=True))


def webhook_signature_fixed(payload: Payload) -> str | None:
    secret = _str_credential(payload, "secretKey")
    if payload["providerId"] not in ("push-webhook", "email-webhook") or secret is None:
        return None
    return _sign(payload, _utf8(secret))  # the secret is a shared passphrase, used as-is


# 13. Health probe target -------------------------------------------------------------------------------

_DEFAULT_PORTS = {"https": 443, "http": 80}


def health_probe_target_buggy(payload: Payload) -> tuple[str, int] | None:
    """Health checker: the (host, port) to open a TCP probe to, from ``baseUrl``."""
    base_url = _str_credential(payload, "baseUrl")
    if not base_url:
        return None
    try:
        parts = urlsplit(base_url.strip())
        port = parts.port or _DEFAULT_PORTS[parts.scheme]
        host = parts.hostname
    except ValueError:
        return None
    return (host, port) if host else None


def health_probe_target_fixed(payload: Payload) -> tuple[str, int] | None:
    base_url = (_str_credential(payload, "baseUrl") or "").strip()
    if not base_url:
        return None
    if "://" not in base_url:
        base_url = "https://" + base_url.lstrip("/")  # dashboards often show "xyz.api.provider.com"
    try:
        parts = urlsplit(base_url)
        port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 443)
        host = parts.hostname
    except ValueError:
        return None
    return (host, port) if host else None


# 14. Slack status card ---------------------------------------------------------------------------------


class SlackBlockError(ValueError):
    """What slack_sdk's block model raises for a block that breaks a Block Kit limit."""


def _check_blocks(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for block in blocks:
        if block["type"] == "header" and not 0 < len(block["text"]["text"]) <= 150:
            raise SlackBlockError("header text must be 1-150 characters")
        fields = block.get("fields", [])
        if len(fields) > 10:
            raise SlackBlockError("fields attribute cannot exceed 10 items")
        if any(len(field["text"]) > 2000 for field in fields):
            raise SlackBlockError("field text cannot exceed 2000 characters")
    if len(blocks) > 50:
        raise SlackBlockError("a message cannot exceed 50 blocks")
    return blocks


def _card_fields(payload: Payload) -> list[dict[str, str]]:
    fields = []
    for key, value in _credentials(payload).items():
        shown = "set" if value not in ("", None, {}, False) else "empty"
        fields.append({"type": "mrkdwn", "text": f"*{key[:200]}*: {shown}"})
    return fields


def _card_header(payload: Payload) -> dict[str, Any]:
    title = payload["name"].strip()[:150] or "(unnamed integration)"
    return {"type": "header", "text": {"type": "plain_text", "text": title}}


def slack_card_buggy(payload: Payload) -> list[dict[str, Any]]:
    """Chat-ops: a Block Kit card showing which credentials of an integration are configured."""
    blocks = [_card_header(payload)]
    fields = _card_fields(payload)
    if fields:
        blocks.append({"type": "section", "fields": fields})
    return _check_blocks(blocks)


def slack_card_fixed(payload: Payload) -> list[dict[str, Any]]:
    blocks = [_card_header(payload)]
    fields = _card_fields(payload)
    for start in range(0, min(len(fields), 480), 10):
        blocks.append({"type": "section", "fields": fields[start : start + 10]})
    return _check_blocks(blocks)


# 15. Segment export of list conditions ----------------------------------------------------------------

_LIST_OPERATORS = ("IN", "NOT_IN", "ANY_IN", "ALL_IN")


def _segment_rules(payload: Payload, parse_list: Callable[[str], list[str]]) -> list[dict[str, object]]:
    rules: list[dict[str, object]] = []
    for condition in _conditions(payload):
        for child in _children(condition):
            value = child.get("value")
            if not isinstance(value, str):
                continue
            op = child.get("operator")
            rules.append(
                {
                    "field": child.get("field"),
                    "op": op,
                    "values": parse_list(value) if op in _LIST_OPERATORS else [value],
                }
            )
    return rules


def _list_value_buggy(value: str) -> list[str]:
    return [str(item) for item in json.loads(value)]


def _list_value(value: str) -> list[str]:
    if value.lstrip().startswith("["):
        try:
            decoded = json.loads(value)
        except (ValueError, RecursionError):
            decoded = None
        if isinstance(decoded, list) and all(isinstance(i, (str, int, float, bool)) for i in decoded):
            return [str(item) for item in decoded]
    return [item.strip() for item in value.split(",") if item.strip()]


def segment_rules_buggy(payload: Payload) -> list[dict[str, object]]:
    """Audience export: turn the integration's conditions into rules for the segment service."""
    return _segment_rules(payload, _list_value_buggy)


def segment_rules_fixed(payload: Payload) -> list[dict[str, object]]:
    return _segment_rules(payload, _list_value)


# 16. Secrets-vault path ---------------------------------------------------------------------------------


def _vault_segment(text: str) -> str:
    segment = quote(_utf8(text), safe="-_")
    return segment.replace(".", "%2E") or "_"


def _vault_path(payload: Payload, leaf: str) -> str:
    parts = [payload["_organizationId"], payload["_environmentId"], payload["providerId"], leaf]
    return "secret/data/novu/" + "/".join(_vault_segment(part) for part in parts)


def vault_path_buggy(payload: Payload) -> str:
    """Secrets sync: where the integration's credentials are written in the vault."""
    _slug, short_id = payload["identifier"].rsplit("-", 1)
    return _vault_path(payload, short_id)


def vault_path_fixed(payload: Payload) -> str:
    return _vault_path(payload, payload["identifier"])


# The suite --------------------------------------------------------------------------------------------

_NODEMAILER: Payload = {
    "name": "Office relay",
    "identifier": "nodemailer-Qm3v9KpL",
    "providerId": "nodemailer",
    "channel": "email",
}

OPERATIONS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="smtp_transport_config",
        bug="parses credentials.port with int() although a saved-but-blank port field is the string ''",
        buggy=smtp_transport_config_buggy,
        fixed=smtp_transport_config_fixed,
        raises=(ValueError,),
        example=_example(
            {
                **_NODEMAILER,
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "",
                    "user": "relay",
                    "password": "fake-password-0001",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="mirror_upsert_key",
        bug="keys the local mirror by '_id', which is optional on the wire",
        buggy=mirror_upsert_key_buggy,
        fixed=mirror_upsert_key_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="retention_purge_due",
        bug="parses deletedAt with the fixed format '%Y-%m-%dT%H:%M:%S.%fZ'; it is a free timestamp string",
        buggy=retention_purge_due_buggy,
        fixed=retention_purge_due_fixed,
        raises=(ValueError,),
        example=_example(
            {"active": False, "primary": False, "deleted": True, "deletedAt": "2025-05-08T10:00:00+00:00"}
        ),
    ),
    ConsumerCase(
        name="channel_queue_route",
        bug="the channel-to-queue table forgets the 'in_app' channel",
        buggy=channel_queue_route_buggy,
        fixed=channel_queue_route_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-Xw1b7TqZ",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="routing_role",
        bug="assumes a primary integration is always active (primary=true with active=false is valid)",
        buggy=routing_role_buggy,
        fixed=routing_role_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="audience_gate",
        bug="folds a condition's children with reduce() and no initial value; children may be empty",
        buggy=audience_gate_buggy,
        fixed=audience_gate_fixed,
        raises=(TypeError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="provider_request_headers",
        bug="puts the free-text integration name into an HTTP header, which must be Latin-1",
        buggy=provider_request_headers_buggy,
        fixed=provider_request_headers_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "SendGrid \N{EN DASH} Marketing"}),
    ),
    ConsumerCase(
        name="sms_sender",
        bug="treats credentials.from of an SMS integration as a phone number; alphanumeric sender IDs exist",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "sms77",
                "identifier": "sms77-Hd82KqaP",
                "providerId": "sms77",
                "channel": "sms",
                "credentials": {"apiKey": "fake-api-key-0002", "from": "NovuShop"},
            }
        ),
    ),
    ConsumerCase(
        name="aws_client_config",
        bug="passes credentials.region to the AWS client verbatim; a pasted value can carry whitespace",
        buggy=aws_client_config_buggy,
        fixed=aws_client_config_fixed,
        raises=(InvalidRegionError,),
        example=_example(
            {
                "name": "SES",
                "identifier": "ses-P0o9I8u7",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "fake-access-key-0003",
                    "secretKey": "fake-secret-0003",
                    "region": "eu-west-1 ",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="fcm_project",
        bug="indexes credentials['serviceAccount']; an FCM integration not configured yet has credentials {}",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "fcm-Zz8Yy7Xx",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {},
                "active": False,
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="ini_config",
        bug="writes credentials through ConfigParser's interpolation, which rejects a '%' in a password",
        buggy=ini_config_buggy,
        fixed=ini_config_fixed,
        raises=(ValueError,),
        example=_example(
            {
                **_NODEMAILER,
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "user": "relay",
                    "password": "Summer%2025",
                },
            }
        ),
    ),
    ConsumerCase(
        name="webhook_signature",
        bug="base64-decodes the webhook secretKey (standard-webhooks style); it is a plain passphrase",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(binascii.Error,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Lk4Jh5Gf",
                "providerId": "push-webhook",
                "channel": "push",
                "credentials": {
                    "webhookUrl": "https://hooks.example.com/novu",
                    "secretKey": "my-webhook-secret",
                },
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="health_probe_target",
        bug="looks up the default port by URL scheme; a baseUrl may be a bare host without a scheme",
        buggy=health_probe_target_buggy,
        fixed=health_probe_target_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Infobip",
                "identifier": "infobip-sms-Rt6Yu7Io",
                "providerId": "infobip-sms",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-api-key-0004",
                    "baseUrl": "x1y2z3.api.infobip.com",
                    "from": "InfoSMS",
                },
            }
        ),
    ),
    ConsumerCase(
        name="slack_card",
        bug="puts every credential into one Block Kit section; a section allows at most 10 fields",
        buggy=slack_card_buggy,
        fixed=slack_card_fixed,
        raises=(SlackBlockError,),
        example=_example(
            {
                **_NODEMAILER,
                "credentials": {
                    "user": "relay",
                    "password": "fake-password-0005",
                    "host": "smtp.example.com",
                    "port": "465",
                    "secure": True,
                    "requireTls": False,
                    "ignoreTls": False,
                    "tlsOptions": {"rejectUnauthorized": False},
                    "domain": "example.com",
                    "secretKey": "fake-dkim-key-0005",
                    "accountSid": "fake-dkim-selector",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="segment_rules",
        bug="json.loads the value of IN-type condition children; it is free text such as 'pro,enterprise'",
        buggy=segment_rules_buggy,
        fixed=segment_rules_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "LIST",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriber.plan",
                                "value": "pro,enterprise",
                                "operator": "IN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="vault_path",
        bug="splits identifier as '<slug>-<short id>'; a user-chosen identifier need not contain '-'",
        buggy=vault_path_buggy,
        fixed=vault_path_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "transactional_email"}),
    ),
]
