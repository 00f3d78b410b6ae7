"""Sixteen IoT / smart-home consumers of ``GET /v1/integrations`` items, each with one bug.

Written from the contract documents alone (the seed, ``CONTRACT.md``, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at any generator. The consumers are what a smart-home device
company would write against one integration payload: device-alert routers for push and SMS,
firmware-rollout notices, per-household tenant keys, MQTT-bridge configs rendered from integrations,
low-bandwidth payload encoders, quiet-hours rules and fleet health dashboards.

Each buggy version works on ``HAPPY_PATH`` and raises on ``example``, a contract-valid payload; each
fixed version is a tolerant reader that never raises on any payload the contract allows.
"""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _variant(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object (required by the contract, but read tolerantly)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition groups; the key is optional, so absent means none."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The children of one condition group (may be empty)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict)]


def _str(value: object, default: str = "") -> str:
    """``value`` when it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included (JSON allows them)."""
    return text.encode("utf-8", "surrogatepass")


# 1. Firmware-rollout notices: which rings a notice integration targets -----------------------------

_RING_FIELD = "subscriber.firmwareRing"


def rollout_rings_buggy(payload: Payload) -> list[str]:
    """Firmware rings a rollout-notice integration is restricted to (``["all"]`` when unrestricted)."""
    rings = [
        child["value"]
        for condition in payload["conditions"]
        for child in condition["children"]
        if child["field"] == _RING_FIELD
    ]
    return rings or ["all"]


def rollout_rings_fixed(payload: Payload) -> list[str]:
    """As the buggy version, treating an absent ``conditions`` key as no conditions."""
    rings = [
        _str(child.get("value"))
        for condition in _conditions(payload)
        for child in _children(condition)
        if child.get("field") == _RING_FIELD
    ]
    return rings or ["all"]


# 2. Quiet-hours rules: one rule per condition group, keyed by its leading child -------------------


def quiet_hours_rules_buggy(payload: Payload) -> list[dict[str, object]]:
    """Quiet-hours rules for the alert scheduler, one per condition group."""
    rules: list[dict[str, object]] = []
    for condition in payload.get("conditions", []):
        lead = condition["children"][0]
        rules.append(
            {
                "key": f"{lead['on']}.{lead['field']}",
                "op": lead["operator"],
                "negated": condition["isNegated"],
                "join": condition["value"],
                "extra_terms": len(condition["children"]) - 1,
            }
        )
    return rules


def quiet_hours_rules_fixed(payload: Payload) -> list[dict[str, object]]:
    """As the buggy version, skipping condition groups whose ``children`` list is empty."""
    rules: list[dict[str, object]] = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            continue
        lead = children[0]
        rules.append(
            {
                "key": f"{_str(lead.get('on'))}.{_str(lead.get('field'))}",
                "op": _str(lead.get("operator")),
                "negated": bool(condition.get("isNegated")),
                "join": _str(condition.get("value"), "AND"),
                "extra_terms": len(children) - 1,
            }
        )
    return rules


# 3. Device-alert fallback order: push first, then SMS, then e-mail --------------------------------

_ALERT_RANK = {"push": 0, "sms": 1, "email": 2}


def alert_fallback_rank_buggy(payload: Payload) -> tuple[int, str]:
    """Sort key for the device-alert fallback chain."""
    return _ALERT_RANK[payload["channel"]], payload["identifier"]


def alert_fallback_rank_fixed(payload: Payload) -> tuple[int, str]:
    """As the buggy version; ``in_app`` and ``chat`` (and anything else) sort last."""
    return _ALERT_RANK.get(_str(payload.get("channel")), len(_ALERT_RANK)), _str(payload.get("identifier"))


# 4. Fleet health dashboard: status tile of one integration ----------------------------------------


def fleet_status_tile_buggy(payload: Payload) -> str:
    """Status tile of one integration on the fleet health dashboard."""
    if payload["deleted"]:
        return "retired"
    if payload["primary"]:
        if not payload["active"]:
            raise ValueError(f"primary integration {payload['identifier']!r} is inactive")
        return "serving"
    return "standby" if payload["active"] else "disabled"


def fleet_status_tile_fixed(payload: Payload) -> str:
    """As the buggy version; an inactive primary (valid, and left behind by the server) is a state."""
    if payload.get("deleted") is True:
        return "retired"
    active = payload.get("active") is True
    if payload.get("primary") is True:
        return "serving" if active else "primary-inactive"
    return "standby" if active else "disabled"


# 5. Low-bandwidth encoder: one byte per condition child -------------------------------------------

_OPERATOR_CODES_PARTIAL = {
    "EQUAL": 0x01,
    "NOT_EQUAL": 0x02,
    "LARGER": 0x03,
    "SMALLER": 0x04,
    "LARGER_EQUAL": 0x05,
    "SMALLER_EQUAL": 0x06,
    "IN": 0x07,
    "NOT_IN": 0x08,
    "LIKE": 0x09,
    "NOT_LIKE": 0x0A,
}
_OPERATOR_CODES = {
    **_OPERATOR_CODES_PARTIAL,
    "ALL_IN": 0x0B,
    "ANY_IN": 0x0C,
    "BETWEEN": 0x0D,
    "NOT_BETWEEN": 0x0E,
}
_UNKNOWN_OPERATOR = 0x7F
_ON_PAYLOAD_BIT = 0x80


def encode_operators_buggy(payload: Payload) -> bytes:
    """Condition children packed one byte each (operator code, high bit set for ``on: payload``)."""
    out = bytearray()
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            code = _OPERATOR_CODES_PARTIAL[child["operator"]]
            out.append(code | (_ON_PAYLOAD_BIT if child["on"] == "payload" else 0))
    return bytes(out)


def encode_operators_fixed(payload: Payload) -> bytes:
    """As the buggy version, with all fourteen operators and a code for anything unexpected."""
    out = bytearray()
    for condition in _conditions(payload):
        for child in _children(condition):
            code = _OPERATOR_CODES.get(_str(child.get("operator")), _UNKNOWN_OPERATOR)
            out.append(code | (_ON_PAYLOAD_BIT if child.get("on") == "payload" else 0))
    return bytes(out)


# 6. Battery / sensor thresholds from numeric comparisons ------------------------------------------

_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def sensor_thresholds_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """Thresholds (field, operator, number) the edge gateway pre-filters alerts with."""
    thresholds: list[tuple[str, str, float]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _NUMERIC_OPERATORS:
                thresholds.append((child["field"], child["operator"], float(child["value"])))
    return thresholds


def _number(text: str) -> float | None:
    """``text`` as a finite float, or ``None`` when it is not one."""
    try:
        number = float(text)
    except (ValueError, OverflowError):
        return None
    return number if number == number and abs(number) != float("inf") else None


def sensor_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    """As the buggy version; comparison values that are not numbers are skipped, not parsed."""
    thresholds: list[tuple[str, str, float]] = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator = _str(child.get("operator"))
            if operator not in _NUMERIC_OPERATORS:
                continue
            number = _number(_str(child.get("value")))
            if number is not None:
                thresholds.append((_str(child.get("field")), operator, number))
    return thresholds


# 7. MQTT-bridge config: relay endpoint of an SMTP / Kannel integration ----------------------------

_DEFAULT_RELAY_PORT = 587


def bridge_relay_address_buggy(payload: Payload) -> str | None:
    """``address host:port`` line of the MQTT bridge's relay block, ``None`` without a host."""
    credentials = payload["credentials"]
    host = credentials.get("host")
    if not host:
        return None
    port = int(credentials.get("port") or _DEFAULT_RELAY_PORT)
    return f"address {host}:{port}"


def _port(text: str) -> int | None:
    """A TCP port from a decimal ASCII string, or ``None``."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 5:
        return None
    port = int(text)
    return port if 0 < port < 65536 else None


def bridge_relay_address_fixed(payload: Payload) -> str | None:
    """As the buggy version; ``port`` is a free string, so a non-numeric one falls back to the default."""
    credentials = _creds(payload)
    host = _str(credentials.get("host"))
    if not host:
        return None
    port = _port(_str(credentials.get("port"))) or _DEFAULT_RELAY_PORT
    return f"address {host}:{port}"


# 8. Webhook relay: group push/e-mail webhooks by destination host ---------------------------------


def webhook_relay_host_buggy(payload: Payload) -> str | None:
    """Lower-cased destination host of the integration's ``webhookUrl``, ``None`` without one."""
    url: str | None = payload["credentials"].get("webhookUrl")
    if not url:
        return None
    return urlsplit(url).hostname.lower()  # type: ignore[union-attr]


def webhook_relay_host_fixed(payload: Payload) -> str | None:
    """As the buggy version; a URL without scheme/host (or unparsable) yields ``None``."""
    url = _str(_creds(payload).get("webhookUrl"))
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.lower() if host else None


# 9. SMS alert header: the sender as a packed MSISDN ----------------------------------------------


def sms_sender_msisdn_buggy(payload: Payload) -> int | None:
    """The SMS sender number packed as an integer for the compact alert header (non-SMS: ``None``)."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from", "")
    digits = sender.replace(" ", "").replace("-", "").lstrip("+")
    return int(digits) if digits else None


def sms_sender_msisdn_fixed(payload: Payload) -> int | None:
    """As the buggy version; alphanumeric sender ids (and other non-numbers) yield ``None``."""
    if payload.get("channel") != "sms":
        return None
    sender = _str(_creds(payload).get("from"))
    digits = sender.replace(" ", "").replace("-", "").lstrip("+")
    if not digits or len(digits) > 15 or not (digits.isascii() and digits.isdigit()):
        return None
    return int(digits)


# 10. Low-bandwidth encoder: integration name in a fixed 24-byte field ------------------------------

_NAME_FIELD_BYTES = 24


def packed_name_buggy(payload: Payload) -> bytes:
    """The integration name in the fixed, NUL-padded name field of a device frame."""
    name: str = payload["name"]
    raw = name[:_NAME_FIELD_BYTES].encode("utf-8")
    if len(raw) > _NAME_FIELD_BYTES:
        raise ValueError(f"name field overflow: {len(raw)} bytes")
    return raw.ljust(_NAME_FIELD_BYTES, b"\0")


def packed_name_fixed(payload: Payload) -> bytes:
    """As the buggy version, truncating by UTF-8 bytes on a character boundary."""
    raw = _str(payload.get("name")).encode("utf-8", "replace")[:_NAME_FIELD_BYTES]
    raw = raw.decode("utf-8", "ignore").encode("utf-8")
    return raw.ljust(_NAME_FIELD_BYTES, b"\0")


# 11. Per-household tenants: compact tenant key from organization + environment ids ----------------


def household_tenant_key_buggy(payload: Payload) -> bytes:
    """24-byte tenant key (organization + environment ObjectIds) for the gateway's tenant table."""
    organization: str = payload["_organizationId"]
    environment: str = payload["_environmentId"]
    key = bytes.fromhex(organization) + bytes.fromhex(environment)
    if len(key) != 24:
        raise ValueError(f"tenant key must be 24 bytes, got {len(key)}")
    return key


def _id_bytes(value: str) -> bytes:
    """12 bytes for an id: the ObjectId itself when it is one, else a stable digest of the string."""
    if len(value) == 24 and value.isascii():
        try:
            return bytes.fromhex(value)
        except ValueError:
            pass
    return hashlib.blake2b(_utf8(value), digest_size=12).digest()


def household_tenant_key_fixed(payload: Payload) -> bytes:
    """As the buggy version; ids are plain strings, so non-ObjectIds are hashed to 12 bytes."""
    return _id_bytes(_str(payload.get("_organizationId"))) + _id_bytes(_str(payload.get("_environmentId")))


# 12. Firmware notices over FCM: the Firebase project of the service account ----------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    """Firebase project id of an ``fcm`` integration's service account (other providers: ``None``)."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"]["serviceAccount"])
    return str(account["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    """As the buggy version; a missing, non-JSON or incomplete service account yields ``None``."""
    if payload.get("providerId") != "fcm":
        return None
    text = _str(_creds(payload).get("serviceAccount"))
    try:
        account = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# 13. Push alerts over Pusher Beams: the instance endpoint ----------------------------------------


def beams_endpoint_buggy(payload: Payload) -> str | None:
    """Publish endpoint of a ``pusher-beams`` integration (other providers: ``None``)."""
    if payload["providerId"] != "pusher-beams":
        return None
    instance = uuid.UUID(payload["credentials"].get("instanceId", ""))
    return f"https://{instance}.pushnotifications.pusher.com/publish_api/v1/instances/{instance}"


def beams_endpoint_fixed(payload: Payload) -> str | None:
    """As the buggy version; an instance id that is not a UUID (even after trimming) yields ``None``."""
    if payload.get("providerId") != "pusher-beams":
        return None
    raw = _str(_creds(payload).get("instanceId")).strip()
    try:
        instance = uuid.UUID(raw)
    except ValueError:
        return None
    return f"https://{instance}.pushnotifications.pusher.com/publish_api/v1/instances/{instance}"


# 14. Admin console: integration row with a masked API key ----------------------------------------


def admin_row_buggy(payload: Payload) -> dict[str, str]:
    """Row of the device-platform admin console, API key masked to its last four characters."""
    key = payload["credentials"]["apiKey"]
    return {"identifier": payload["identifier"], "provider": payload["providerId"], "apiKey": "…" + key[-4:]}


def admin_row_fixed(payload: Payload) -> dict[str, str]:
    """As the buggy version; providers without an ``apiKey`` (Twilio, FCM, Discord…) show a dash."""
    key = _creds(payload).get("apiKey")
    masked = "…" + key[-4:] if isinstance(key, str) and key else "—"
    return {
        "identifier": _str(payload.get("identifier")),
        "provider": _str(payload.get("providerId")),
        "apiKey": masked,
    }


# 15. MQTT-bridge config: TLS block from ``tlsOptions`` -------------------------------------------


def bridge_tls_block_buggy(payload: Payload) -> dict[str, str] | None:
    """``bridge_tls_*`` settings rendered from an SMTP relay's ``tlsOptions`` (``None`` without any)."""
    credentials = payload["credentials"]
    tls = credentials.get("tlsOptions")
    if not tls:
        return None
    sni = tls.get("servername", credentials.get("host", "")).lower()
    insecure = tls.get("rejectUnauthorized", True) is False
    return {"bridge_tls_sni": sni, "bridge_insecure": "true" if insecure else "false"}


def bridge_tls_block_fixed(payload: Payload) -> dict[str, str] | None:
    """As the buggy version; ``tlsOptions`` is free-form JSON: ``servername`` may be null or not a string."""
    credentials = _creds(payload)
    tls = credentials.get("tlsOptions")
    if not isinstance(tls, dict) or not tls:
        return None
    sni = tls.get("servername")
    if not isinstance(sni, str):
        sni = _str(credentials.get("host"))
    insecure = tls.get("rejectUnauthorized", True) is False
    return {"bridge_tls_sni": sni.lower(), "bridge_insecure": "true" if insecure else "false"}


# 16. Fleet health dashboard: days since an integration was decommissioned -------------------------


def decommission_age_buggy(payload: Payload) -> int | None:
    """Whole days since ``deletedAt`` (``None`` when not deleted or not stamped)."""
    stamp = payload.get("deletedAt")
    if not payload["deleted"] or stamp is None:
        return None
    when = datetime.fromisoformat(stamp)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (datetime.now(UTC) - when).days


def decommission_age_fixed(payload: Payload) -> int | None:
    """As the buggy version; ``deletedAt`` is a plain string, so a non-ISO one yields ``None``."""
    stamp = payload.get("deletedAt")
    if payload.get("deleted") is not True or not isinstance(stamp, str):
        return None
    try:
        when = datetime.fromisoformat(stamp)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return (datetime.now(UTC) - when).days
    except (ValueError, OverflowError, TypeError):
        return None


# Examples -----------------------------------------------------------------------------------------

_TWILIO_SMS: dict[str, Any] = {
    "name": "Twilio",
    "identifier": "twilio-Qm3r8TzA",
    "providerId": "twilio",
    "channel": "sms",
    "credentials": {
        "accountSid": "AC00000000000000000000000000000000",
        "token": "fake-token",
        "from": "+15550100",
    },
    "primary": False,
}

IOT_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="iot_rollout_rings_conditions_absent",
        bug="assumes every integration carries a `conditions` key; it is optional",
        buggy=rollout_rings_buggy,
        fixed=rollout_rings_fixed,
        raises=(KeyError,),
        example=_variant(drop=("conditions",)),
    ),
    ConsumerCase(
        name="iot_quiet_hours_empty_children",
        bug="assumes every condition group has at least one child; `children` may be empty",
        buggy=quiet_hours_rules_buggy,
        fixed=quiet_hours_rules_fixed,
        raises=(IndexError,),
        example=_variant(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="iot_alert_rank_chat_channel",
        bug="assumes alert integrations are only push, sms or email; `in_app` and `chat` are valid channels",
        buggy=alert_fallback_rank_buggy,
        fixed=alert_fallback_rank_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Discord",
                "identifier": "discord-h7Yt2LpQ",
                "providerId": "discord",
                "channel": "chat",
                "credentials": {},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="iot_fleet_tile_inactive_primary",
        bug="assumes a primary integration is always active; `primary: true` with `active: false` is valid",
        buggy=fleet_status_tile_buggy,
        fixed=fleet_status_tile_fixed,
        raises=(ValueError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="iot_lowband_operator_between",
        bug="operator table misses ALL_IN, ANY_IN, BETWEEN and NOT_BETWEEN, which the Operator enum allows",
        buggy=encode_operators_buggy,
        fixed=encode_operators_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "temperature", "value": "18,24", "operator": "BETWEEN", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="iot_sensor_threshold_non_numeric",
        bug="assumes numeric comparisons (LARGER, SMALLER...) carry number strings; any string is valid",
        buggy=sensor_thresholds_buggy,
        fixed=sensor_thresholds_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "battery", "value": "15%", "operator": "SMALLER", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="iot_bridge_relay_port_not_numeric",
        bug="assumes credentials.port is a decimal number string; it is a free string (here a placeholder)",
        buggy=bridge_relay_address_buggy,
        fixed=bridge_relay_address_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Vb81kQ",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.home-hub.example",
                    "port": "${SMTP_PORT}",
                    "from": "alerts@home-hub.example",
                    "senderName": "Home Hub",
                },
            }
        ),
    ),
    ConsumerCase(
        name="iot_webhook_relay_url_without_scheme",
        bug="assumes webhookUrl is an absolute URL with a host; a bare `host/path` has no hostname",
        buggy=webhook_relay_host_buggy,
        fixed=webhook_relay_host_fixed,
        raises=(AttributeError, ValueError),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-3kPq9Z",
                "providerId": "push-webhook",
                "channel": "push",
                "credentials": {
                    "webhookUrl": "hooks.smart-home.example/novu/push",
                    "secretKey": "whsec-fake-01",
                },
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="iot_sms_sender_alphanumeric",
        bug="assumes an SMS integration's `from` is a phone number; alphanumeric sender ids are common",
        buggy=sms_sender_msisdn_buggy,
        fixed=sms_sender_msisdn_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                **_TWILIO_SMS,
                "name": "MessageBird",
                "identifier": "message-bird-T2cw9s",
                "providerId": "messagebird",
                "credentials": {"accessKey": "fake-access-key", "from": "HomeGuard"},
            }
        ),
    ),
    ConsumerCase(
        name="iot_lowband_name_utf8_bytes",
        bug="truncates the name by characters, assuming it then fits 24 bytes; non-ASCII needs more bytes",
        buggy=packed_name_buggy,
        fixed=packed_name_fixed,
        raises=(ValueError,),
        example=_variant({"name": "Rauchmelder-Warnung Küche"}),
    ),
    ConsumerCase(
        name="iot_household_tenant_non_objectid",
        bug="assumes _organizationId/_environmentId are 24-hex ObjectIds; the contract says plain strings",
        buggy=household_tenant_key_buggy,
        fixed=household_tenant_key_fixed,
        raises=(ValueError,),
        example=_variant({"_environmentId": "household-4711-staging"}),
    ),
    ConsumerCase(
        name="iot_fcm_service_account_not_json",
        bug="assumes an fcm serviceAccount is the inline JSON key file; it is a free string (here a path)",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(KeyError, ValueError, TypeError),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-pX0f2",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "/etc/secrets/fcm-service-account.json"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="iot_beams_instance_id_whitespace",
        bug="assumes a pusher-beams instanceId is an exact UUID; one pasted with a trailing newline is valid",
        buggy=beams_endpoint_buggy,
        fixed=beams_endpoint_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Pusher Beams",
                "identifier": "pusher-beams-Zr4e1M",
                "providerId": "pusher-beams",
                "channel": "push",
                "credentials": {
                    "instanceId": "8f3b6c1e-2d4a-4e5f-9a7b-0c1d2e3f4a5b\n",
                    "secretKey": "fake-beams",
                },
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="iot_admin_row_no_api_key",
        bug="assumes every integration has credentials.apiKey; Twilio, FCM, Discord and others have none",
        buggy=admin_row_buggy,
        fixed=admin_row_fixed,
        raises=(KeyError,),
        example=_variant(_TWILIO_SMS),
    ),
    ConsumerCase(
        name="iot_bridge_tls_servername_null",
        bug="assumes tlsOptions.get('servername', host) is a string; free-form tlsOptions may hold null",
        buggy=bridge_tls_block_buggy,
        fixed=bridge_tls_block_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Lr5t0a",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "Relay.Home-Hub.example",
                    "port": "465",
                    "secure": True,
                    "tlsOptions": {"servername": None, "rejectUnauthorized": False},
                    "from": "alerts@home-hub.example",
                    "senderName": "Home Hub",
                },
            }
        ),
    ),
    ConsumerCase(
        name="iot_decommission_age_js_date",
        bug="assumes deletedAt is ISO-8601; it is typed as a plain string (here a JavaScript Date string)",
        buggy=decommission_age_buggy,
        fixed=decommission_age_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "active": False,
                "deleted": True,
                "primary": False,
                "deletedAt": "Tue May 14 2024 09:12:44 GMT+0000 (Coordinated Universal Time)",
            }
        ),
    ),
]
"""The sixteen IoT consumer cases."""
