"""Sixteen consumers from a B2B SaaS platform team, each with one bug a real code base has.

Written from the contract documents alone (``CONTRACT.md``, the seed document,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any generator. The team
reads ``GET /v1/integrations`` items for tenant provisioning, integration health checks,
billing-event e-mails, admin settings pages, webhook delivery, data exports and an audit log.

Most bugs sit where a standard-library parser or encoder meets a value the contract allows but
the author never pictured: a five-digit port above 65535, a decimal-encoded IPv4 host, a double
dot in a host name, a timestamp without an offset, a ``"NaN"`` threshold, a superscript digit,
an IDN sender address, a Windows path in an alert title, a dotted token that is not a JWT, an
ObjectId with a trailing newline. Each buggy version works on ``HAPPY_PATH``; each fixed
control must accept every payload the contract allows.
"""

from __future__ import annotations

import base64
import copy
import csv
import hashlib
import http.client
import io
import ipaddress
import json
import operator
import re
import struct
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal, InvalidOperation
from email.utils import formataddr
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------- helpers


def _example(
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
    """The credentials object, or ``{}`` when it is missing or not an object (tolerant read)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_str(payload: Payload, key: str) -> str | None:
    """A credential value when it is a string, else ``None``."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _str(payload: Payload, key: str, default: str = "") -> str:
    """A top-level string field, or ``default`` when it is absent or not a string."""
    value = payload.get(key)
    return value if isinstance(value, str) else default


def _children(payload: Payload) -> Iterator[dict[str, Any]]:
    """Every well-formed ``children`` item of every condition (tolerant read)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        for child in children:
            if isinstance(child, dict):
                yield child


def _child_str(child: Mapping[str, Any], key: str) -> str:
    value = child.get(key)
    return value if isinstance(value, str) else ""


# ------------------------------------------------- 1. health check: probe frame with the port


def _probe_frame_buggy(payload: Payload) -> bytes | None:
    """Health check: pack the relay port into the probe agent's binary frame."""
    port_text = payload["credentials"].get("port")
    if port_text is None or not port_text.isdecimal() or len(port_text) > 5:
        return None  # no port, or not a port at all
    return struct.pack("!4sH", b"PRBE", int(port_text))  # BUG: five digits can exceed 65535


def _probe_frame_fixed(payload: Payload) -> bytes | None:
    port_text = _cred_str(payload, "port")
    if port_text is None or not port_text.isdecimal() or len(port_text) > 5:
        return None
    try:
        port = int(port_text)
    except ValueError:
        return None
    if not 0 < port <= 0xFFFF:
        return None
    return struct.pack("!4sH", b"PRBE", port)


# ------------------------------------------------ 2. webhook delivery: target host and port


def _webhook_target_buggy(payload: Payload) -> tuple[str, int] | None:
    """Webhook delivery: the (host, port) the delivery worker opens a connection to."""
    url = payload["credentials"].get("webhookUrl")
    if not url:
        return None
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)  # BUG: .port may raise
    return parts.hostname or "", port


def _webhook_target_fixed(payload: Payload) -> tuple[str, int] | None:
    url = _cred_str(payload, "webhookUrl")
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return None  # malformed URL: report as misconfigured, do not deliver
    return parts.hostname or "", port


# ---------------------------------------- 3. webhook delivery: SSRF guard on IP-literal hosts


def _egress_verdict_buggy(payload: Payload) -> str:
    """Egress guard: refuse provider base URLs that point at private or loopback addresses."""
    base_url = payload["credentials"].get("baseUrl")
    if not base_url:
        return "default"
    try:
        host = urlsplit(base_url).hostname
    except ValueError:
        return "reject"
    if host is None:
        return "reject"
    if host.replace(".", "").isdigit():  # BUG: "all digits and dots" is not always a valid IPv4
        address = ipaddress.ip_address(host)
        return "reject" if address.is_private or address.is_loopback else "allow"
    return "allow"


def _egress_verdict_fixed(payload: Payload) -> str:
    base_url = _cred_str(payload, "baseUrl")
    if not base_url:
        return "default"
    try:
        host = urlsplit(base_url).hostname
    except ValueError:
        return "reject"
    if host is None:
        return "reject"
    if host.replace(".", "").isdigit():
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return "reject"  # 2130706433, 127.1, 010.0.0.1: resolvers may still reach loopback
        return "reject" if address.is_private or address.is_loopback else "allow"
    return "allow"


# ------------------------------------------ 4. health check: SNI name of the SMTP relay host


def _smtp_sni_buggy(payload: Payload) -> str | None:
    """Health check: the ASCII server name the TLS probe sends for the SMTP/Kannel host."""
    host: str | None = payload["credentials"].get("host")
    if not host:
        return None
    return host.encode("idna").decode("ascii")  # BUG: the idna codec rejects empty labels


def _smtp_sni_fixed(payload: Payload) -> str | None:
    host = _cred_str(payload, "host")
    if not host:
        return None
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return None  # not a usable DNS name: the probe reports it instead of crashing


# --------------------------------------------- 5. audit log: purge soft-deleted integrations

_AUDIT_NOW = datetime(2025, 6, 1, tzinfo=UTC)
_RETENTION = timedelta(days=30)


def _purge_due_buggy(payload: Payload) -> bool:
    """Audit log retention: is the soft-deleted integration older than the retention window?"""
    stamp = payload.get("deletedAt")
    if stamp is None:
        return False
    try:
        deleted_at = datetime.fromisoformat(stamp)
    except ValueError:
        return False  # unreadable stamp: keep the record for a human to look at
    return _AUDIT_NOW - deleted_at > _RETENTION  # BUG: a stamp without offset parses naive


def _purge_due_fixed(payload: Payload) -> bool:
    stamp = payload.get("deletedAt")
    if not isinstance(stamp, str):
        return False
    try:
        deleted_at = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        return _AUDIT_NOW - deleted_at > _RETENTION
    except OverflowError:
        return False


# -------------------------------------- 6. billing e-mails: amount thresholds in conditions

_INVOICE_TOTAL = Decimal("120.00")
_ORDERING: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}


def _invoice_alert_buggy(payload: Payload) -> bool:
    """Billing-event e-mails: would a sample invoice total pass the integration's thresholds?"""
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            compare = _ORDERING.get(child["operator"])
            if compare is None:
                continue
            try:
                threshold = Decimal(child["value"])
            except InvalidOperation:
                continue  # not a number: not an amount rule
            if not compare(_INVOICE_TOTAL, threshold):  # BUG: "NaN" parses, then cannot compare
                return False
    return True


def _invoice_alert_fixed(payload: Payload) -> bool:
    for child in _children(payload):
        compare = _ORDERING.get(_child_str(child, "operator"))
        if compare is None:
            continue
        try:
            threshold = Decimal(_child_str(child, "value"))
        except (ArithmeticError, ValueError):
            continue
        if threshold.is_nan():
            continue
        if not compare(_INVOICE_TOTAL, threshold):
            return False
    return True


# --------------------------------------- 7. admin settings: rule editor with numeric values


def _rule_rows_buggy(payload: Payload) -> list[dict[str, object]]:
    """Admin settings page: condition children for the JSON rule editor, numbers as numbers."""
    rows: list[dict[str, object]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            raw: str = child["value"]
            # BUG: str.isdigit() is true for "²" and "①", which int() rejects
            value: object = int(raw) if raw.isdigit() and len(raw) <= 15 else raw
            rows.append({"field": child["field"], "operator": child["operator"], "value": value})
    return rows


def _rule_rows_fixed(payload: Payload) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for child in _children(payload):
        raw = _child_str(child, "value")
        value: object = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 15 else raw
        rows.append({"field": child.get("field"), "operator": child.get("operator"), "value": value})
    return rows


# ------------------------------------------------------- 8. data export: TSV for the BI loader


def _export_tsv_buggy(payload: Payload) -> str:
    """Data export: one TSV row per integration for the warehouse bulk loader."""
    buffer = io.StringIO()
    # BUG: QUOTE_NONE without escapechar fails on a tab, newline or double quote in a field
    writer = csv.writer(buffer, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(
        [
            payload.get("_id", ""),
            payload["name"],
            payload["identifier"],
            payload["providerId"],
            payload["channel"],
            "active" if payload["active"] else "inactive",
        ]
    )
    return buffer.getvalue()


def _export_tsv_fixed(payload: Payload) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(
        [
            _str(payload, "_id"),
            _str(payload, "name"),
            _str(payload, "identifier"),
            _str(payload, "providerId"),
            _str(payload, "channel"),
            "active" if payload.get("active") is True else "inactive",
        ]
    )
    return buffer.getvalue()


# ------------------------------------------------- 9. cache: memcached key for the integration

_MEMCACHED_KEY_LIMIT = 250


def _cache_key_buggy(payload: Payload) -> str:
    """Tenant config cache: a memcached key (at most 250 bytes) for the integration."""
    key = f"integration:{payload['_organizationId']}:{payload['_environmentId']}:{payload['identifier']}"
    # BUG: cutting UTF-8 bytes can split a multi-byte character
    return key.encode("utf-8")[:_MEMCACHED_KEY_LIMIT].decode("utf-8")


def _cache_key_fixed(payload: Payload) -> str:
    key = (
        f"integration:{_str(payload, '_organizationId')}:{_str(payload, '_environmentId')}:"
        f"{_str(payload, 'identifier')}"
    )
    raw = key.encode("utf-8", "surrogatepass")
    if len(raw) <= _MEMCACHED_KEY_LIMIT:
        return raw.decode("utf-8", "replace")
    return "integration:sha256:" + hashlib.sha256(raw).hexdigest()


# ------------------------------------------------- 10. billing e-mails: the From header value


def _from_header_buggy(payload: Payload) -> str | None:
    """Billing-event e-mails: the From header built from ``senderName`` and ``from``."""
    credentials = payload["credentials"]
    sender = credentials.get("from")
    if not sender:
        return None
    # BUG: formataddr() refuses non-ASCII addresses such as billing@bücher.de
    return formataddr((credentials.get("senderName", ""), sender))


def _from_header_fixed(payload: Payload) -> str | None:
    sender = _cred_str(payload, "from")
    if not sender:
        return None
    name = _cred_str(payload, "senderName") or ""
    address = sender
    if not address.isascii():
        local, at, domain = address.rpartition("@")
        try:
            address = f"{local}{at}{domain.encode('idna').decode('ascii')}"
        except UnicodeError:
            return None  # cannot be sent without SMTPUTF8: the e-mail job skips it
        if not address.isascii():
            return None
    try:
        return formataddr((name, address))
    except (UnicodeError, ValueError):
        return formataddr(("", address))


# -------------------------------------------------- 11. SMS: E.164 sender for billing texts


def _sms_sender_buggy(payload: Payload) -> str | None:
    """Billing SMS: the sender, normalised to compact E.164 when it is a phone number."""
    if payload["channel"] != "sms":
        return None
    sender: str | None = payload["credentials"].get("from")
    if not sender:
        return None
    if sender.startswith("+"):
        return f"+{int(sender[1:])}"  # BUG: numbers often carry spaces, dashes or brackets
    return sender  # alphanumeric sender id


def _sms_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "sms":
        return None
    sender = _cred_str(payload, "from")
    if not sender:
        return None
    if sender.startswith("+"):
        digits = "".join(ch for ch in sender[1:] if ch in "0123456789").lstrip("0")
        return f"+{digits}" if digits else None
    return sender


# ------------------------------------------ 12. tenant provisioning: FCM project binding (fcm)


def _fcm_project_buggy(payload: Payload) -> str | None:
    """Tenant provisioning: the Firebase project an ``fcm`` integration's service account names."""
    if payload["providerId"] != "fcm":
        return None
    raw = payload["credentials"].get("serviceAccount")
    if not raw:
        return None
    try:
        account = json.loads(raw)
    except ValueError:
        return None  # not JSON: flagged elsewhere
    project = account.get("project_id")  # BUG: valid JSON need not be an object
    return project if isinstance(project, str) else None


def _fcm_project_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    raw = _cred_str(payload, "serviceAccount")
    if not raw:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# ------------------------------- 13. on-call: alert title with typed escapes (grafana-on-call)


def _oncall_title_buggy(payload: Payload) -> str | None:
    """Health alerts: a ``grafana-on-call`` title, turning typed ``\\n`` into real newlines."""
    if payload["providerId"] != "grafana-on-call":
        return None
    title: str | None = payload["credentials"].get("title")
    if title is None:
        return None
    # BUG: unicode_escape also decodes \U, \x, \N{...} and a trailing backslash, and fails
    return title.encode("utf-8").decode("unicode_escape")


_TYPED_ESCAPES = {"\\n": "\n", "\\t": "\t", "\\\\": "\\"}


def _oncall_title_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "grafana-on-call":
        return None
    title = _cred_str(payload, "title")
    if title is None:
        return None
    return re.sub(r"\\[nt\\]", lambda match: _TYPED_ESCAPES[match.group(0)], title)


# ---------------------------------------------- 14. health check: token expiry of JWT tokens


def _token_expiry_buggy(payload: Payload) -> int | None:
    """Health check: the ``exp`` claim of a JWT in ``token``/``apiToken``, to warn before expiry."""
    credentials = payload["credentials"]
    for key in ("token", "apiToken"):
        token = credentials.get(key)
        if token is None or token.count(".") != 2:
            continue
        # BUG: a token with two dots (PASETO "v2.local.…", versioned keys) is not always a JWT
        segment = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
        expires = claims.get("exp")
        return expires if isinstance(expires, int) else None
    return None


def _token_expiry_fixed(payload: Payload) -> int | None:
    for key in ("token", "apiToken"):
        token = _cred_str(payload, key)
        if token is None or token.count(".") != 2:
            continue
        segment = token.split(".")[1]
        try:
            decoded = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
            claims = json.loads(decoded)
        except (ValueError, RecursionError):
            return None
        if not isinstance(claims, dict):
            return None
        expires = claims.get("exp")
        return expires if isinstance(expires, int) and not isinstance(expires, bool) else None
    return None


# ----------------------------------------- 15. webhook delivery: trace header with the id

_OBJECT_ID_LOOSE = re.compile(r"^[0-9a-f]{24}$")
_OBJECT_ID = re.compile(r"[0-9a-f]{24}")


def _prepare_delivery(integration_id: str | None) -> str | None:
    """Stage an outgoing webhook request (nothing is sent) with the integration's trace header."""
    connection = http.client.HTTPConnection("hooks.internal.invalid", timeout=5)
    try:
        connection.putrequest("POST", "/v1/integration-events")
        connection.putheader("Content-Type", "application/json")
        if integration_id is not None:
            connection.putheader("X-Integration-Id", integration_id)
        return integration_id
    finally:
        connection.close()


def _trace_header_buggy(payload: Payload) -> str | None:
    """Webhook delivery: add ``X-Integration-Id`` when ``_id`` is a Mongo ObjectId."""
    integration_id = payload.get("_id")
    if integration_id is not None and _OBJECT_ID_LOOSE.match(integration_id):
        # BUG: "$" also matches before a trailing newline, which http.client then refuses
        return _prepare_delivery(integration_id)
    return _prepare_delivery(None)


def _trace_header_fixed(payload: Payload) -> str | None:
    integration_id = payload.get("_id")
    if isinstance(integration_id, str) and _OBJECT_ID.fullmatch(integration_id):
        return _prepare_delivery(integration_id)
    return _prepare_delivery(None)


# -------------------------------------- 16. routing: role in the channel's failover chain

_PRIMARY_CHANNELS = frozenset({"email", "sms"})


def _failover_role_buggy(payload: Payload) -> str:
    """Delivery routing: the integration's role in its channel's failover chain."""
    if payload["deleted"]:
        return "tombstone"
    if payload["channel"] in _PRIMARY_CHANNELS and payload["primary"]:
        if not payload["active"]:  # BUG: an inactive integration can stay primary
            raise ValueError(f"primary integration {payload['identifier']!r} is inactive")
        return "primary"
    return "fallback" if payload["active"] else "off"


def _failover_role_fixed(payload: Payload) -> str:
    active = payload.get("active") is True
    if payload.get("deleted") is True:
        return "tombstone"
    if payload.get("channel") in _PRIMARY_CHANNELS and payload.get("primary") is True:
        return "primary" if active else "primary-inactive"
    return "fallback" if active else "off"


# --------------------------------------------------------------------------------- examples

_NUMBER_CONDITION: dict[str, Any] = {
    "isNegated": False,
    "type": "NUMBER",
    "value": "AND",
    "children": [
        {"field": "payload.plan", "value": "pro", "operator": "EQUAL", "on": "payload"},
    ],
}


def _condition_with(child: Mapping[str, str]) -> list[dict[str, Any]]:
    condition = copy.deepcopy(_NUMBER_CONDITION)
    condition["children"].append(dict(child))
    return [condition]


def _sized_identifier() -> str:
    """An identifier that puts a three-byte character across byte 250 of the cache key."""
    org, env = HAPPY_PATH["_organizationId"], HAPPY_PATH["_environmentId"]
    used = len(f"integration:{org}:{env}:billing-".encode())
    pad = (_MEMCACHED_KEY_LIMIT - used - 1) % 3  # one byte of a CJK character before the cut
    return "billing-" + "x" * pad + "請求書通知" * 20


SAAS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="saas_health_probe_port_packed",
        bug="assumes a decimal port of at most five digits fits an unsigned 16-bit field",
        buggy=_probe_frame_buggy,
        fixed=_probe_frame_fixed,
        raises=(struct.error,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP"},
            credentials={
                "host": "smtp.acme-mail.io",
                "port": "80443",
                "from": "billing@acme-mail.io",
                "senderName": "Acme Billing",
            },
        ),
    ),
    ConsumerCase(
        name="saas_webhook_delivery_url_port",
        bug="assumes urlsplit(...).port never raises for a stored webhook URL",
        buggy=_webhook_target_buggy,
        fixed=_webhook_target_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "email-webhook", "name": "Email Webhook"},
            credentials={
                "webhookUrl": "https://hooks.acme.io:${PORT}/novu/email",
                "secretKey": "whsec-test-0001",
                "from": "billing@acme.io",
                "senderName": "Acme Billing",
            },
        ),
    ),
    ConsumerCase(
        name="saas_webhook_egress_ip_literal",
        bug="assumes a host made of digits and dots is a valid dotted-quad IPv4 address",
        buggy=_egress_verdict_buggy,
        fixed=_egress_verdict_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "generic-sms", "name": "Generic SMS", "channel": "sms"},
            credentials={
                "baseUrl": "http://2130706433:8080/sms/send",
                "apiKeyRequestHeader": "X-Api-Key",
                "apiKey": "fake-api-key-0002",
                "idPath": "data.id",
                "from": "+14155550100",
            },
        ),
    ),
    ConsumerCase(
        name="saas_health_smtp_host_idna",
        bug="assumes every stored host encodes with the idna codec (no empty or 64+ char labels)",
        buggy=_smtp_sni_buggy,
        fixed=_smtp_sni_fixed,
        raises=(UnicodeError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP"},
            credentials={
                "host": "smtp.eu..acme-mail.io",
                "port": "587",
                "from": "billing@acme-mail.io",
                "senderName": "Acme Billing",
            },
        ),
    ),
    ConsumerCase(
        name="saas_audit_purge_naive_deleted_at",
        bug="assumes deletedAt always carries a UTC offset, so it compares with an aware datetime",
        buggy=_purge_due_buggy,
        fixed=_purge_due_fixed,
        raises=(TypeError,),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-04-08 10:00:00"}),
    ),
    ConsumerCase(
        name="saas_billing_threshold_nan",
        bug="assumes a value Decimal() accepts is orderable, but Decimal('NaN') refuses < and >",
        buggy=_invoice_alert_buggy,
        fixed=_invoice_alert_fixed,
        raises=(InvalidOperation,),
        example=_example(
            {
                "conditions": _condition_with(
                    {
                        "field": "payload.invoice.total",
                        "value": "NaN",
                        "operator": "LARGER",
                        "on": "payload",
                    }
                )
            }
        ),
    ),
    ConsumerCase(
        name="saas_settings_rule_superscript_digits",
        bug="assumes str.isdigit() means int() will parse it (superscripts and circled digits)",
        buggy=_rule_rows_buggy,
        fixed=_rule_rows_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": _condition_with(
                    {
                        "field": "payload.seats",
                        "value": "10³",
                        "operator": "LARGER_EQUAL",
                        "on": "payload",
                    }
                )
            }
        ),
    ),
    ConsumerCase(
        name="saas_export_tsv_quote_none",
        bug="assumes names never contain a tab, newline or double quote, so QUOTE_NONE is safe",
        buggy=_export_tsv_buggy,
        fixed=_export_tsv_fixed,
        raises=(csv.Error,),
        example=_example({"name": 'SendGrid "EU" relay'}),
    ),
    ConsumerCase(
        name="saas_cache_key_byte_truncation",
        bug="assumes cutting the UTF-8 key at 250 bytes leaves valid UTF-8",
        buggy=_cache_key_buggy,
        fixed=_cache_key_fixed,
        raises=(UnicodeDecodeError,),
        example=_example({"identifier": _sized_identifier()}),
    ),
    ConsumerCase(
        name="saas_billing_from_idn_address",
        bug="assumes sender addresses are ASCII, but formataddr() rejects billing@bücher.de",
        buggy=_from_header_buggy,
        fixed=_from_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "rechnung@bücher-abo.de",
                "senderName": "Bücher Abo",
            }
        ),
    ),
    ConsumerCase(
        name="saas_billing_sms_sender_e164",
        bug="assumes a '+' sender is compact E.164 digits, without spaces, dashes or brackets",
        buggy=_sms_sender_buggy,
        fixed=_sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "twilio", "name": "Twilio", "channel": "sms"},
            credentials={
                "accountSid": "AC00000000000000000000000000000000",
                "token": "fake-token-0001",
                "from": "+1 (415) 555-0100",
            },
        ),
    ),
    ConsumerCase(
        name="saas_tenant_fcm_service_account_shape",
        bug="assumes an fcm serviceAccount that parses as JSON is a JSON object",
        buggy=_fcm_project_buggy,
        fixed=_fcm_project_fixed,
        raises=(AttributeError,),
        example=_example(
            {"providerId": "fcm", "name": "Firebase Cloud Messaging", "channel": "push"},
            credentials={"serviceAccount": json.dumps(json.dumps({"project_id": "acme-prod"}))},
        ),
    ),
    ConsumerCase(
        name="saas_oncall_title_unicode_escape",
        bug="assumes a grafana-on-call title holds only \\n-style escapes, not paths like C:\\Users",
        buggy=_oncall_title_buggy,
        fixed=_oncall_title_fixed,
        raises=(UnicodeDecodeError,),
        example=_example(
            {"providerId": "grafana-on-call", "name": "Grafana On Call Webhook", "channel": "chat"},
            credentials={"title": "Export disk almost full: C:\\Users\\svc-export", "state": "alerting"},
        ),
    ),
    ConsumerCase(
        name="saas_health_token_not_a_jwt",
        bug="assumes a token with exactly two dots is a JWT whose middle part is base64 JSON",
        buggy=_token_expiry_buggy,
        fixed=_token_expiry_fixed,
        raises=(ValueError, AttributeError),
        example=_example(
            {"providerId": "rocket-chat", "name": "Rocket.Chat", "channel": "chat"},
            credentials={"token": "v2.local.bG9jYWwtdG9rZW4tMDAwMQ", "user": "novu-bot"},
        ),
    ),
    ConsumerCase(
        name="saas_webhook_trace_id_trailing_newline",
        bug="assumes re.match('^…$') rejects a trailing newline, which then breaks the header",
        buggy=_trace_header_buggy,
        fixed=_trace_header_fixed,
        raises=(ValueError,),
        example=_example({"_id": "6615a3c2f1e2d3c4b5a69788\n"}),
    ),
    ConsumerCase(
        name="saas_routing_inactive_primary",
        bug="assumes an email/sms primary integration is always active",
        buggy=_failover_role_buggy,
        fixed=_failover_role_fixed,
        raises=(ValueError,),
        example=_example({"active": False, "primary": True}),
    ),
]
