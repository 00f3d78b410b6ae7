"""Consumers of ``GET /v1/integrations`` items at a florist chain with same-day flower delivery.

The chain runs a handful of shops (a flagship and several satellite shops, plus the wedding &
events studio), each with its own Novu environment inside one Novu organization. Novu sends
order confirmations and "your bouquet is on its way" messages to customers (email, SMS,
push from the shop app, the Inbox on the web shop) and dispatch notes to couriers. The
services below read the integration list Novu returns:

* the web-shop backend (shop directory, Inbox widget configuration);
* courier dispatch (SMS sender routing, primary-integration failover);
* the card-message print stations in every shop (receipt header, SMTP relay INI file);
* the wedding & events CRM (segment export of integration conditions, guest-count bands);
* platform jobs (soft-delete purge, webhook relay, egress allowlist, FCM project lookup,
  telephony cost reconciliation, the ops config repository, integration migrations).

Each consumer comes in two versions: ``*_buggy``, as it was first shipped (it handles
``HAPPY_PATH``, the payload its author tested with), and ``*_fixed``, which honours the
IntegrationResponseDto contract and never raises on a contract-valid item. ``FLORIST_BUGS``
pairs them with a contract-valid payload that makes the buggy version raise.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import enum
import hashlib
import hmac
import io
import json
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["FLORIST_BUGS", "HAPPY_PATH"]


def _credentials(payload: Payload) -> Mapping[str, Any]:
    """The credentials object, or an empty mapping when the item has none (SDK 3.x may omit it)."""
    creds = payload.get("credentials")
    return creds if isinstance(creds, Mapping) else {}


def _text(value: object) -> str | None:
    """``value`` if it is a non-empty string, else ``None``."""
    return value if isinstance(value, str) and value else None


def _example(changes: Mapping[str, Any], *, credentials: Mapping[str, Any] | None = None) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level ``changes`` and, if given, new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes)))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


# --- 1. Shop directory (web-shop backend) ------------------------------------------------------

SHOP_ENVIRONMENTS: dict[str, str] = {
    "6615a3c2f1e2d3c4b5a69701": "Flagship (Market Street)",
    "6615a3c2f1e2d3c4b5a69711": "Riverside",
    "6615a3c2f1e2d3c4b5a69721": "Old Town",
    "6615a3c2f1e2d3c4b5a69731": "Wedding & Events Studio",
}


def shop_label_buggy(payload: Payload) -> str:
    shop = SHOP_ENVIRONMENTS[payload["_environmentId"]]
    return f"{shop} / {payload['name']}"


def shop_label_fixed(payload: Payload) -> str | None:
    # GET /v1/integrations lists the whole organization, every environment included
    # (development environments, shops opened after this table was written).
    shop = SHOP_ENVIRONMENTS.get(payload.get("_environmentId", ""))
    if shop is None:
        return None
    return f"{shop} / {payload.get('name', '')}"


# --- 2. Courier SMS sender routing (courier dispatch) ------------------------------------------

_DIAL_PREFIXES = {"1": "US/CA", "31": "NL", "33": "FR", "44": "GB", "49": "DE", "61": "AU"}


def _country_of(digits: str) -> str:
    for length in (3, 2, 1):
        country = _DIAL_PREFIXES.get(digits[:length])
        if country is not None:
            return country
    return "other"


def courier_sender_country_buggy(payload: Payload) -> str | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_credentials(payload).get("from"))
    if sender is None:
        return None
    number = int(sender.replace(" ", "").replace("-", "").lstrip("+"))
    return _country_of(str(number))


def courier_sender_country_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_credentials(payload).get("from"))
    if sender is None:
        return None
    compact = re.sub(r"[\s().-]", "", sender)
    if not re.fullmatch(r"\+?[0-9]{3,15}", compact):
        return "alphanumeric"  # a sender ID such as "BLOOMS", or a short code we cannot place
    return _country_of(compact.lstrip("+"))


# --- 3. SMTP relay INI for the card-message print stations -------------------------------------

_RELAY_KEYS = ("host", "port", "user", "password", "from", "senderName")


def print_station_ini_buggy(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    creds = _credentials(payload)
    parser = configparser.ConfigParser()
    parser.add_section("relay")
    parser.set("relay", "provider", str(payload.get("providerId", "")))
    for key in _RELAY_KEYS:
        value = creds.get(key)
        if isinstance(value, str):
            parser.set("relay", key, value)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def print_station_ini_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    creds = _credentials(payload)
    parser = configparser.ConfigParser(interpolation=None)  # passwords may contain '%'
    parser.add_section("relay")
    parser.set("relay", "provider", str(payload.get("providerId", "")))
    for key in _RELAY_KEYS:
        value = creds.get(key)
        if isinstance(value, str):
            parser.set("relay", key, value)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


# --- 4. Receipt header on the thermal card printers --------------------------------------------

_ESC_INIT = b"\x1b@"
_RECEIPT_WIDTH = 32


def receipt_header_buggy(payload: Payload) -> bytes:
    sender = _text(_credentials(payload).get("senderName")) or str(payload.get("name", ""))
    line = sender[:_RECEIPT_WIDTH].center(_RECEIPT_WIDTH)
    return _ESC_INIT + line.encode("cp437") + b"\n"


def receipt_header_fixed(payload: Payload) -> bytes:
    sender = _text(_credentials(payload).get("senderName")) or str(payload.get("name", ""))
    line = sender[:_RECEIPT_WIDTH].center(_RECEIPT_WIDTH)
    return _ESC_INIT + line.encode("cp437", errors="replace") + b"\n"


# --- 5. Webhook relay signing (order events forwarded to the webhook providers) ----------------

_WEBHOOK_PROVIDERS = frozenset({"email-webhook", "push-webhook"})


def relay_signature_buggy(payload: Payload, body: bytes = b'{"event":"order.dispatched"}') -> str | None:
    if payload.get("providerId") not in _WEBHOOK_PROVIDERS:
        return None
    secret = _text(_credentials(payload).get("secretKey"))
    if secret is None:
        return None
    key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def relay_signature_fixed(payload: Payload, body: bytes = b'{"event":"order.dispatched"}') -> str | None:
    if payload.get("providerId") not in _WEBHOOK_PROVIDERS:
        return None
    secret = _text(_credentials(payload).get("secretKey"))
    if secret is None:
        return None
    key: bytes | None = None
    if secret.startswith("whsec_"):
        try:
            key = base64.b64decode(secret.removeprefix("whsec_"), validate=True)
        except (binascii.Error, ValueError):
            key = None
    if key is None:  # a plain shared secret: sign with its bytes
        key = secret.encode("utf-8", errors="surrogatepass")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


# --- 6. Guest-count bands of the wedding & events studio ---------------------------------------


def _children(payload: Payload) -> list[Mapping[str, Any]]:
    found: list[Mapping[str, Any]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return found
    for condition in conditions:
        if not isinstance(condition, Mapping):
            continue
        children = condition.get("children")
        if isinstance(children, list):
            found.extend(child for child in children if isinstance(child, Mapping))
    return found


def event_size_bands_buggy(payload: Payload) -> list[tuple[str, float, float]]:
    bands: list[tuple[str, float, float]] = []
    for child in _children(payload):
        if child.get("operator") not in ("BETWEEN", "NOT_BETWEEN"):
            continue
        low, high = (float(part) for part in str(child.get("value", "")).split(","))
        bands.append((str(child.get("field", "")), low, high))
    return bands


def event_size_bands_fixed(payload: Payload) -> list[tuple[str, float, float]]:
    bands: list[tuple[str, float, float]] = []
    for child in _children(payload):
        if child.get("operator") not in ("BETWEEN", "NOT_BETWEEN"):
            continue
        parts = str(child.get("value", "")).split(",")
        if len(parts) != 2:
            continue  # "50-200", "[50, 200]", a single number...: not a band we can draw
        try:
            low, high = float(parts[0]), float(parts[1])
        except ValueError:
            continue
        bands.append((str(child.get("field", "")), low, high))
    return bands


# --- 7. CRM segment export of integration conditions -------------------------------------------


class SegmentOp(enum.Enum):
    """The comparison operators the CRM's segment language has."""

    EQUAL = "="
    NOT_EQUAL = "!="
    LARGER = ">"
    SMALLER = "<"
    LARGER_EQUAL = ">="
    SMALLER_EQUAL = "<="
    IN = "IN"


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def crm_segment_buggy(payload: Payload) -> list[str]:
    clauses: list[str] = []
    for child in _children(payload):
        op = SegmentOp[str(child.get("operator"))]
        clauses.append(f"{child.get('field', '')} {op.value} {_quote(str(child.get('value', '')))}")
    return clauses


def crm_segment_fixed(payload: Payload) -> list[str]:
    clauses: list[str] = []
    for child in _children(payload):
        op = SegmentOp.__members__.get(str(child.get("operator")))
        if op is None:
            clauses.append(f"-- not exported: operator {child.get('operator')!r}")
            continue
        clauses.append(f"{child.get('field', '')} {op.value} {_quote(str(child.get('value', '')))}")
    return clauses


# --- 8. Inbox widget configuration for the web shop --------------------------------------------


def inbox_widget_config_buggy(payload: Payload) -> dict[str, object] | None:
    if payload.get("channel") != "in_app":
        return None
    return {
        "applicationIdentifier": payload.get("identifier", ""),
        "requireSubscriberHash": payload["credentials"]["hmac"],
    }


def inbox_widget_config_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("channel") != "in_app":
        return None
    return {
        "applicationIdentifier": payload.get("identifier", ""),
        "requireSubscriberHash": _credentials(payload).get("hmac") is True,
    }


# --- 9. Courier failover: which integration sends dispatch SMS ---------------------------------


def failover_target_buggy(payload: Payload) -> dict[str, str] | None:
    if not payload.get("primary"):
        return None
    assert payload.get("active") is True, f"primary integration {payload.get('identifier')} is inactive"
    return {"channel": str(payload.get("channel", "")), "identifier": str(payload.get("identifier", ""))}


def failover_target_fixed(payload: Payload) -> dict[str, str] | None:
    # Deactivating a primary keeps primary:true on the server; an inactive primary sends nothing.
    if not payload.get("primary") or payload.get("active") is not True:
        return None
    return {"channel": str(payload.get("channel", "")), "identifier": str(payload.get("identifier", ""))}


# --- 10. SMTP TLS mode for the print-station relay ---------------------------------------------

_TLS_MODES = {
    (False, False): "opportunistic-starttls",
    (True, False): "require-starttls",
    (False, True): "plaintext",
}


def smtp_tls_mode_buggy(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    creds = _credentials(payload)
    if creds.get("secure") is True:
        return "implicit-tls"
    return _TLS_MODES[(creds.get("requireTls") is True, creds.get("ignoreTls") is True)]


def smtp_tls_mode_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    creds = _credentials(payload)
    if creds.get("secure") is True:
        return "implicit-tls"
    require, ignore = creds.get("requireTls") is True, creds.get("ignoreTls") is True
    if require and ignore:
        return "require-starttls"  # both switches on: never fall back to plaintext
    return _TLS_MODES[(require, ignore)]


# --- 11. Migration of integrations into a new shop environment ---------------------------------


def migrated_identifier_buggy(payload: Payload, shop_slug: str = "harbour") -> str:
    match = re.match(r"^([a-z0-9]+)-([A-Za-z0-9]{8})$", str(payload.get("identifier", "")))
    short_id = match[2]  # type: ignore[index]
    return f"{shop_slug}-{payload.get('providerId', '')}-{short_id}"


def migrated_identifier_fixed(payload: Payload, shop_slug: str = "harbour") -> str:
    # identifier is "<slug of name>-<shortid>": the slug may hold dashes or be empty, the shortid
    # is 7-14 characters of [A-Za-z0-9_-], and a user may have set any identifier at all.
    identifier = str(payload.get("identifier", ""))
    _, _, tail = identifier.rpartition("-")
    suffix = (
        tail
        or hashlib.sha1(identifier.encode("utf-8", "surrogatepass"), usedforsecurity=False).hexdigest()[:8]
    )
    return f"{shop_slug}-{payload.get('providerId', '')}-{suffix}"


# --- 12. Purge report of soft-deleted integrations ---------------------------------------------

PURGE_AFTER = timedelta(days=30)


def purge_due_buggy(payload: Payload) -> bool | None:
    if payload.get("deleted") is not True:
        return None
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return datetime.now(UTC) - deleted_at >= PURGE_AFTER


def purge_due_fixed(payload: Payload) -> bool | None:
    if payload.get("deleted") is not True:
        return None
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)  # a timestamp without offset: read it as UTC
    try:
        return datetime.now(UTC) - deleted_at >= PURGE_AFTER
    except OverflowError:
        return None


# --- 13. Egress allowlist for SMS gateways reached through a base URL --------------------------

ALLOWED_GATEWAY_SUFFIXES = (".api.infobip.com", ".mobishastra.com", ".smscentral.com.au")


def egress_allowed_buggy(payload: Payload) -> bool | None:
    base_url = _text(_credentials(payload).get("baseUrl"))
    if base_url is None:
        return None
    host = urlsplit(base_url).hostname
    return host.endswith(ALLOWED_GATEWAY_SUFFIXES)  # type: ignore[union-attr]


def egress_allowed_fixed(payload: Payload) -> bool | None:
    base_url = _text(_credentials(payload).get("baseUrl"))
    if base_url is None:
        return None
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://|//", base_url) is None:
        base_url = "//" + base_url  # Infobip shows the base URL without a scheme
    try:
        host = urlsplit(base_url).hostname
    except ValueError:
        return False
    if not host:
        return False
    return host.endswith(ALLOWED_GATEWAY_SUFFIXES)


# --- 14. FCM project of the shop app's push integration ----------------------------------------


def fcm_send_url_buggy(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    service_account = _text(_credentials(payload).get("serviceAccount"))
    if service_account is None:
        return None
    project = json.loads(service_account)["project_id"]
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send"


def fcm_send_url_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    service_account = _text(_credentials(payload).get("serviceAccount"))
    if service_account is None:
        return None
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        return None  # base64 text, a file path, the encrypted form...
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    if not isinstance(project, str) or not project:
        return None
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send"


# --- 15. Telephony cost reconciliation (accounts stored as UUID columns) -----------------------


def telephony_account_buggy(payload: Payload) -> uuid.UUID | None:
    if payload.get("channel") != "sms":
        return None
    sid = _text(_credentials(payload).get("accountSid"))
    if sid is None:
        return None
    return uuid.UUID(hex=sid[2:])


def telephony_account_fixed(payload: Payload) -> uuid.UUID | None:
    if payload.get("channel") != "sms":
        return None
    sid = _text(_credentials(payload).get("accountSid"))
    if sid is None:
        return None
    # Only Twilio account SIDs are "AC" + 32 hex digits; Plivo auth ids, Bandwidth account
    # numbers and Custom SMTP's free-form accountSid are reconciled by their text elsewhere.
    if re.fullmatch(r"AC[0-9a-fA-F]{32}", sid) is None:
        return None
    return uuid.UUID(hex=sid[2:])


# --- 16. Ops config repository: one YAML file per integration ----------------------------------


def ops_config_yaml_buggy(payload: Payload) -> str:
    document = (
        "integration:\n"
        f"  name: {payload.get('name', '')}\n"
        f"  provider: {payload.get('providerId', '')}\n"
        f"  channel: {payload.get('channel', '')}\n"
    )
    yaml.safe_load(document)  # lint before committing to the ops repository
    return document


def ops_config_yaml_fixed(payload: Payload) -> str:
    config = {
        "integration": {
            "name": str(payload.get("name", "")),
            "provider": str(payload.get("providerId", "")),
            "channel": str(payload.get("channel", "")),
        }
    }
    return yaml.safe_dump(config, sort_keys=False, allow_unicode=True)


# --- The cases ---------------------------------------------------------------------------------

FLORIST_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="florist_shop_label",
        bug="every integration belongs to a shop environment we know (the list spans the whole organization)",
        buggy=shop_label_buggy,
        fixed=shop_label_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "66a0f1d2e3c4b5a697880042", "name": "Twilio (dev)"}),
    ),
    ConsumerCase(
        name="florist_courier_sender_country",
        bug="an SMS integration's credentials.from is always a phone number, never an alphanumeric sender ID",
        buggy=courier_sender_country_buggy,
        fixed=courier_sender_country_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-Qm3xT9aa", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC" + "3f" * 16, "token": "fake-token-0001", "from": "BLOOMS"},
        ),
    ),
    ConsumerCase(
        name="florist_print_station_ini",
        bug="credential strings never contain '%', so ConfigParser's interpolation accepts them",
        buggy=print_station_ini_buggy,
        fixed=print_station_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Lw2kq7Rb", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.example.com",
                "port": "587",
                "user": "cards@example.com",
                "password": "Tulip%Rose$2024",
                "from": "cards@example.com",
                "senderName": "Card Desk",
            },
        ),
    ),
    ConsumerCase(
        name="florist_receipt_header",
        bug="the sender name only holds characters the thermal printer's code page 437 can print",
        buggy=receipt_header_buggy,
        fixed=receipt_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {},
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "bonjour@example.com",
                "senderName": "Fleurs d\u2019Am\u00e9lie \U0001f337",
            },
        ),
    ),
    ConsumerCase(
        name="florist_relay_signature",
        bug="a webhook provider's secretKey is always a base64 (whsec_-style) key",
        buggy=relay_signature_buggy,
        fixed=relay_signature_fixed,
        raises=(binascii.Error, ValueError),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-0dX_f2Ka",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "webhookUrl": "https://hooks.example.com/novu/push",
                "secretKey": "florist-relay-secret-2024",
            },
        ),
    ),
    ConsumerCase(
        name="florist_event_size_bands",
        bug="a BETWEEN condition's value is always two numbers separated by one comma",
        buggy=event_size_bands_buggy,
        fixed=event_size_bands_fixed,
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
                                "field": "payload.guests",
                                "value": "50-200",
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
        name="florist_crm_segment",
        bug="conditions only use the comparison operators the CRM's segment language has",
        buggy=crm_segment_buggy,
        fixed=crm_segment_fixed,
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
                                "value": "%@weddings.example.com",
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
        name="florist_inbox_widget_config",
        bug="an in_app integration's credentials always carry the hmac switch",
        buggy=inbox_widget_config_buggy,
        fixed=inbox_widget_config_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zr8pW1cd",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="florist_failover_target",
        bug="an integration marked primary is always active",
        buggy=failover_target_buggy,
        fixed=failover_target_fixed,
        raises=(AssertionError,),
        example=_example({"active": False}),
    ),
    ConsumerCase(
        name="florist_smtp_tls_mode",
        bug="requireTls and ignoreTls are never both switched on",
        buggy=smtp_tls_mode_buggy,
        fixed=smtp_tls_mode_fixed,
        raises=(KeyError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-7hYt2mQe", "providerId": "nodemailer"},
            credentials={
                "host": "mail.example.com",
                "port": "587",
                "requireTls": True,
                "ignoreTls": True,
                "from": "orders@example.com",
                "senderName": "Orders",
            },
        ),
    ),
    ConsumerCase(
        name="florist_migrated_identifier",
        bug="identifier is always a one-word slug, a dash and an 8-character alphanumeric id",
        buggy=migrated_identifier_buggy,
        fixed=migrated_identifier_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Amazon SES",
                "identifier": "amazon-ses-k3_Zq9Lm2",
                "providerId": "ses",
            },
            credentials={
                "apiKey": "AKIAFAKEKEY0000001",
                "secretKey": "fake-secret-0001",
                "region": "eu-west-1",
                "from": "orders@example.com",
                "senderName": "Orders",
            },
        ),
    ),
    ConsumerCase(
        name="florist_purge_due",
        bug="deletedAt always carries a UTC offset, so it can be compared with an aware now()",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(TypeError,),
        example=_example({"active": False, "deleted": True, "deletedAt": "2024-03-01T09:30:00"}),
    ),
    ConsumerCase(
        name="florist_egress_allowed",
        bug="credentials.baseUrl always starts with a scheme, so urlsplit finds a hostname",
        buggy=egress_allowed_buggy,
        fixed=egress_allowed_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Infobip",
                "identifier": "infobip-Vb4nR7sw",
                "providerId": "infobip-sms",
                "channel": "sms",
            },
            credentials={"apiKey": "fake-api-key-0003", "baseUrl": "y7kd3.api.infobip.com", "from": "BLOOMS"},
        ),
    ),
    ConsumerCase(
        name="florist_fcm_send_url",
        bug="an FCM serviceAccount is always the raw JSON key file with a project_id",
        buggy=fcm_send_url_buggy,
        fixed=fcm_send_url_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Hq2xN8za",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "serviceAccount": base64.b64encode(
                    b'{"type": "service_account", "project_id": "florist-shop-app"}'
                ).decode("ascii")
            },
        ),
    ),
    ConsumerCase(
        name="florist_telephony_account",
        bug="every SMS accountSid is a Twilio SID ('AC' followed by 32 hex digits)",
        buggy=telephony_account_buggy,
        fixed=telephony_account_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Plivo", "identifier": "plivo-c8Rt5xLp", "providerId": "plivo", "channel": "sms"},
            credentials={
                "accountSid": "MAODUZYTRHMDQ2ZTQ5MJ",
                "token": "fake-token-0002",
                "from": "+14155550123",
            },
        ),
    ),
    ConsumerCase(
        name="florist_ops_config_yaml",
        bug="integration names never contain YAML syntax, so they can be pasted unquoted into a YAML file",
        buggy=ops_config_yaml_buggy,
        fixed=ops_config_yaml_fixed,
        raises=(yaml.YAMLError,),
        example=_example({"name": "Weddings: confirmations"}),
    ),
)
