"""Sixteen consumers of ``GET /v1/integrations`` items from a mobile / app backend team.

Each consumer is the sort of code an app backend writes around Novu integrations: push provider
configuration for iOS and Android clients, SMS OTP sender selection, deep links, in-app inbox
targeting, small-screen labels, offline caches (binary packing, SQLite rows), sync tombstones,
feature-flag bucketing and analytics events. Every ``*_buggy`` version works on ``HAPPY_PATH``
and carries one plausible mistake; every ``*_fixed`` control honours the contract and must never
raise on a contract-valid payload.

This module was written from the contract documents alone (``CONTRACT.md``,
``SERVER-SEMANTICS.md``, the seed document and ``providers.json``), without looking at the data
generator or the strategies, so that it measures how well bug finding generalizes.
"""

from __future__ import annotations

import copy
import json
import re
import sqlite3
import struct
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


# --- defensive accessors for the fixed controls -------------------------------------------------


def _text(mapping: object, key: str, default: str = "") -> str:
    """``mapping[key]`` if ``mapping`` is a dict and the value is a string, else ``default``."""
    if isinstance(mapping, dict):
        value = mapping.get(key)
        if isinstance(value, str):
            return value
    return default


def _flag(mapping: object, key: str, default: bool = False) -> bool:
    """``mapping[key]`` if it is a real boolean, else ``default``."""
    if isinstance(mapping, dict):
        value = mapping.get(key)
        if isinstance(value, bool):
            return value
    return default


def _creds(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [item for item in children if isinstance(item, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included (they come from JSON escapes)."""
    return text.encode("utf-8", "surrogatepass")


def _clean(text: str) -> str:
    """``text`` with anything UTF-8 cannot encode (lone surrogates) replaced."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _json_text(value: object) -> str:
    """A JSON rendering of any value, never raising (very deep objects get a placeholder)."""
    try:
        return json.dumps(value, ensure_ascii=True, sort_keys=True, default=repr)
    except (ValueError, TypeError, RecursionError):
        return json.dumps(type(value).__name__)


# --- 1. FCM project id for the Android app config ----------------------------------------------


def push_fcm_project_id_buggy(payload: Payload) -> str | None:
    """The Firebase project id the Android client config needs, read from the service account."""
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"].get("serviceAccount", "{}"))
    project_id: str | None = account.get("project_id")
    return project_id


def push_fcm_project_id_fixed(payload: Payload) -> str | None:
    if _text(payload, "providerId") != "fcm":
        return None
    raw = _text(_creds(payload), "serviceAccount")
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project_id = account.get("project_id")
    return project_id if isinstance(project_id, str) else None


# --- 2. APNs gateway (production vs sandbox) ------------------------------------------------------


def apns_gateway_buggy(payload: Payload) -> str | None:
    """The APNs host the iOS push worker connects to; ``secure`` selects production."""
    if payload["providerId"] != "apns":
        return None
    secure = payload["credentials"].get("secure", "false")
    if secure.lower() == "true":
        return "api.push.apple.com"
    return "api.sandbox.push.apple.com"


def apns_gateway_fixed(payload: Payload) -> str | None:
    if _text(payload, "providerId") != "apns":
        return None
    secure = _creds(payload).get("secure")
    production = secure is True or (isinstance(secure, str) and secure.strip().lower() == "true")
    return "api.push.apple.com" if production else "api.sandbox.push.apple.com"


# --- 3. SMS OTP sender: MSISDN vs alphanumeric sender id -----------------------------------------

_PHONE_NOISE = re.compile(r"[\s\-().+]")
_E164 = re.compile(r"\+?[0-9]{6,15}", re.ASCII)


def sms_otp_sender_buggy(payload: Payload) -> dict[str, object] | None:
    """The sender block for the OTP gateway: the ``from`` number as a numeric MSISDN."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from", "")
    if not sender:
        return {"type": "shared_pool"}
    return {"type": "msisdn", "msisdn": int(_PHONE_NOISE.sub("", sender))}


def sms_otp_sender_fixed(payload: Payload) -> dict[str, object] | None:
    if _text(payload, "channel") != "sms":
        return None
    sender = _text(_creds(payload), "from").strip()
    if not sender:
        return {"type": "shared_pool"}
    compact = _PHONE_NOISE.sub("", sender)
    if _E164.fullmatch(compact):
        return {"type": "msisdn", "msisdn": int(compact)}
    return {"type": "alphanumeric", "senderId": sender[:11]}


# --- 4. Deep link to the integration's settings screen ------------------------------------------


def settings_deeplink_buggy(payload: Payload) -> str:
    """``myapp://`` deep link the admin app opens from a notification about an integration."""
    return f"myapp://settings/integrations/{quote(payload['_id'], safe='')}"


def settings_deeplink_fixed(payload: Payload) -> str:
    ref = _text(payload, "_id") or _text(payload, "identifier")
    return f"myapp://settings/integrations/{quote(ref, safe='', errors='replace')}"


# --- 5. Lock-screen widget label truncated to a byte budget ---------------------------------------

_WIDGET_LABEL_BYTES = 20


def widget_label_buggy(payload: Payload) -> str:
    """The provider name shown in the iOS widget, cut to the widget's 20-byte label budget."""
    name: str = payload["name"]
    return name.encode("utf-8")[:_WIDGET_LABEL_BYTES].decode("utf-8")


def widget_label_fixed(payload: Payload) -> str:
    label: list[str] = []
    used = 0
    for char in _text(payload, "name"):
        size = len(_utf8(char))
        if used + size > _WIDGET_LABEL_BYTES:
            break
        label.append(char)
        used += size
    return _clean("".join(label))


# --- 6. Offline cache: length-prefixed binary record -------------------------------------------


def offline_cache_record_buggy(payload: Payload) -> bytes:
    """A compact record for the app's offline cache: flags, then length-prefixed strings."""
    flags = payload["active"] | payload["primary"] << 1
    out = struct.pack("<B", flags)
    for key in ("identifier", "providerId", "channel", "name"):
        data = payload[key].encode("utf-8")
        out += struct.pack(f"<B{len(data)}s", len(data), data)
    return out


def offline_cache_record_fixed(payload: Payload) -> bytes:
    flags = int(_flag(payload, "active")) | int(_flag(payload, "primary")) << 1
    out = struct.pack("<B", flags)
    for key in ("identifier", "providerId", "channel", "name"):
        data = _utf8(_text(payload, key))
        out += struct.pack("<I", len(data)) + data
    return out


# --- 7. Offline cache: SQLite rows of credentials for the debug screen --------------------------


def sqlite_credentials_rows_buggy(payload: Payload) -> int:
    """Stores each credential as a row in the app's SQLite cache; returns the row count."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE cred (integration TEXT, key TEXT, value)")
        for key, value in payload["credentials"].items():
            conn.execute("INSERT INTO cred VALUES (?, ?, ?)", (payload["identifier"], key, value))
        count: int = conn.execute("SELECT COUNT(*) FROM cred").fetchone()[0]
        return count
    finally:
        conn.close()


def sqlite_credentials_rows_fixed(payload: Payload) -> int:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE cred (integration TEXT, key TEXT, value TEXT)")
        identifier = _clean(_text(payload, "identifier"))
        for key, value in _creds(payload).items():
            text = _clean(value) if isinstance(value, str) else _json_text(value)
            conn.execute("INSERT INTO cred VALUES (?, ?, ?)", (identifier, _clean(str(key)), text))
        row = conn.execute("SELECT COUNT(*) FROM cred").fetchone()
        return int(row[0])
    finally:
        conn.close()


# --- 8. Push adapter registry -----------------------------------------------------------------

_PUSH_ADAPTERS: dict[str, str] = {
    "fcm": "FirebaseAdapter",
    "apns": "ApnsAdapter",
    "expo": "ExpoAdapter",
    "one-signal": "OneSignalAdapter",
}


def push_adapter_buggy(payload: Payload) -> str | None:
    """Which client-side push adapter the app config tells the SDK to load."""
    if payload["channel"] != "push":
        return None
    return _PUSH_ADAPTERS[payload["providerId"]]


def push_adapter_fixed(payload: Payload) -> str | None:
    if _text(payload, "channel") != "push":
        return None
    return _PUSH_ADAPTERS.get(_text(payload, "providerId"), "GenericWebhookAdapter")


# --- 9. In-app inbox widget targeting ----------------------------------------------------------


def inbox_targeting_buggy(payload: Payload) -> list[dict[str, str]]:
    """Targeting rules for the inbox widget: the leading field test of each condition group."""
    rules = []
    for condition in payload.get("conditions", []):
        leaf = condition["children"][0]
        rules.append({"field": leaf["field"], "op": leaf["operator"], "join": condition["value"]})
    return rules


def inbox_targeting_fixed(payload: Payload) -> list[dict[str, str]]:
    rules = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            continue
        leaf = children[0]
        rules.append(
            {
                "field": _clean(_text(leaf, "field")),
                "op": _text(leaf, "operator"),
                "join": _text(condition, "value", "AND"),
            }
        )
    return rules


# --- 10. Minimum app version gate from conditions ------------------------------------------------

_VERSION_OPERATORS = {"LARGER", "LARGER_EQUAL", "SMALLER", "SMALLER_EQUAL"}


def min_app_version_buggy(payload: Payload) -> int | None:
    """The minimum app build a condition requires (``subscriber.appVersion >= N``), if any."""
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _VERSION_OPERATORS and child["field"].endswith("appVersion"):
                return int(child["value"])
    return None


def min_app_version_fixed(payload: Payload) -> tuple[int, ...] | None:
    for condition in _conditions(payload):
        for child in _children(condition):
            if _text(child, "operator") not in _VERSION_OPERATORS:
                continue
            if not _text(child, "field").endswith("appVersion"):
                continue
            value = _text(child, "value").strip()
            if not re.fullmatch(r"[0-9]{1,9}(\.[0-9]{1,9}){0,5}", value, re.ASCII):
                continue
            return tuple(int(part) for part in value.split("."))
    return None


# --- 11. Kannel SMS gateway health check target --------------------------------------------------


def kannel_target_buggy(payload: Payload) -> tuple[str, int] | None:
    """Host and port the OTP service health-checks for a self-hosted Kannel gateway."""
    if payload["providerId"] != "kannel":
        return None
    creds = payload["credentials"]
    url = urlsplit(f"http://{creds.get('host', 'localhost')}:{creds.get('port', '13013')}/")
    return (url.hostname or "localhost", url.port or 13013)


def kannel_target_fixed(payload: Payload) -> tuple[str, int] | None:
    if _text(payload, "providerId") != "kannel":
        return None
    creds = _creds(payload)
    host = _text(creds, "host").strip() or "localhost"
    port_text = _text(creds, "port").strip()
    port = 13013
    if re.fullmatch(r"[0-9]{1,5}", port_text, re.ASCII) and 0 < int(port_text) <= 65535:
        port = int(port_text)
    return (host, port)


# --- 12. Analytics event for the integrations screen -------------------------------------------

_STATE_BY_FLAGS: dict[tuple[bool, bool], str] = {
    (True, True): "primary",
    (True, False): "active",
    (False, False): "inactive",
}


def analytics_event_buggy(payload: Payload) -> dict[str, str]:
    """The ``integration_viewed`` analytics event sent when an admin opens the channel screen."""
    state = _STATE_BY_FLAGS[(payload["active"], payload["primary"])]
    return {"event": "integration_viewed", "channel": payload["channel"], "state": state}


def analytics_event_fixed(payload: Payload) -> dict[str, str]:
    active, primary = _flag(payload, "active"), _flag(payload, "primary")
    state = _STATE_BY_FLAGS.get((active, primary), "inactive_primary")
    if _flag(payload, "deleted"):
        state = "deleted"
    return {"event": "integration_viewed", "channel": _text(payload, "channel"), "state": state}


# --- 13. Sync tombstones from soft deletes ------------------------------------------------------


def sync_tombstone_buggy(payload: Payload) -> dict[str, object] | None:
    """A tombstone for the client's delta sync when the integration was soft-deleted."""
    deleted_at = payload.get("deletedAt")
    if not payload["deleted"] or not deleted_at:
        return None
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return {"op": "delete", "identifier": payload["identifier"], "at": when.timestamp()}


def sync_tombstone_fixed(payload: Payload) -> dict[str, object] | None:
    if not _flag(payload, "deleted"):
        return None
    raw = _text(payload, "deletedAt").strip()
    at: float | None = None
    if raw:
        try:
            when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            at = when.timestamp()
        except (ValueError, OverflowError, OSError):
            at = None
    return {"op": "delete", "identifier": _clean(_text(payload, "identifier")), "at": at}


# --- 14. Feature-flag rollout bucket per environment ---------------------------------------------


def rollout_bucket_buggy(payload: Payload) -> int:
    """The 0-99 rollout bucket for the new push UI, derived from the environment's ObjectId."""
    return int(payload["_environmentId"], 16) % 100


def rollout_bucket_fixed(payload: Payload) -> int:
    env_id = _text(payload, "_environmentId")
    if re.fullmatch(r"[0-9a-fA-F]{24}", env_id, re.ASCII):
        return int(env_id, 16) % 100
    return zlib.crc32(_utf8(env_id)) % 100


# --- 15. Tab-bar short label --------------------------------------------------------------------


def tab_label_buggy(payload: Payload) -> str:
    """The one-word label of the provider in the compact tab bar (``SendGrid``, ``Twilio``)."""
    name: str = payload["name"]
    return name.split()[0][:12]


def tab_label_fixed(payload: Payload) -> str:
    words = _text(payload, "name").split()
    if words:
        return _clean(words[0][:12])
    return _clean(_text(payload, "providerId")[:12]) or "?"


# --- 16. "Contact support" row of the in-app help screen ----------------------------------------


def support_contact_buggy(payload: Payload) -> dict[str, str] | None:
    """The help screen's support row: ``mailto:`` link plus the sending domain shown under it."""
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    _local, domain = sender.split("@")
    return {"href": f"mailto:{sender}", "subtitle": f"via {domain.lower()}"}


def support_contact_fixed(payload: Payload) -> dict[str, str] | None:
    if _text(payload, "channel") != "email":
        return None
    sender = _text(_creds(payload), "from").strip()
    if not sender:
        return None
    _local, at, domain = sender.rpartition("@")
    href = f"mailto:{quote(sender, safe='@', errors='replace')}"
    subtitle = f"via {_clean(domain.lower())}" if at and domain else ""
    return {"href": href, "subtitle": subtitle}


MOBILE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="push_fcm_project_id_from_service_account_json",
        bug="assumes credentials.serviceAccount is always valid JSON (write replies encrypt it)",
        buggy=push_fcm_project_id_buggy,
        fixed=push_fcm_project_id_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Q2wE3rT4",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "nvsk.9f3a1c0b:77e2d4aa01"},
            }
        ),
    ),
    ConsumerCase(
        name="apns_gateway_secure_flag_as_string",
        bug="treats credentials.secure as a 'true'/'false' string, but it is a JSON boolean",
        buggy=apns_gateway_buggy,
        fixed=apns_gateway_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "ap-ns-k1L2m3N4",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "secretKey": "-----BEGIN PRIVATE KEY-----\nMIGT\n-----END PRIVATE KEY-----",
                    "apiKey": "ABC123DEFG",
                    "projectName": "com.example.app",
                    "applicationId": "TEAMID1234",
                    "secure": True,
                },
            }
        ),
    ),
    ConsumerCase(
        name="sms_otp_sender_from_as_msisdn",
        bug="parses the SMS 'from' as a phone number; alphanumeric sender ids are valid too",
        buggy=sms_otp_sender_buggy,
        fixed=sms_otp_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-a9B8c7D6",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "AC0000000000", "token": "tok-1", "from": "MyApp"},
            }
        ),
    ),
    ConsumerCase(
        name="settings_deeplink_requires_id",
        bug="builds the deep link from _id, which is optional in the contract",
        buggy=settings_deeplink_buggy,
        fixed=settings_deeplink_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="widget_label_byte_truncation_splits_utf8",
        bug="cuts the UTF-8 bytes of the name at 20 and decodes, splitting a multi-byte character",
        buggy=widget_label_buggy,
        fixed=widget_label_fixed,
        raises=(UnicodeDecodeError,),
        example=_payload({"name": "Firebase Messaging — 本番"}),
    ),
    ConsumerCase(
        name="offline_cache_record_one_byte_length_prefix",
        bug="prefixes each string with one unsigned byte, so values over 255 UTF-8 bytes overflow",
        buggy=offline_cache_record_buggy,
        fixed=offline_cache_record_fixed,
        raises=(struct.error,),
        example=_payload({"name": "SendGrid transactional mail - " + "é" * 130}),
    ),
    ConsumerCase(
        name="sqlite_credentials_rows_bind_raw_values",
        bug="binds every credentials value straight into SQLite; tlsOptions is an object",
        buggy=sqlite_credentials_rows_buggy,
        fixed=sqlite_credentials_rows_fixed,
        raises=(sqlite3.Error,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Zx81Kp0",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "from": "no-reply@example.com",
                    "tlsOptions": {"rejectUnauthorized": False},
                },
            }
        ),
    ),
    ConsumerCase(
        name="push_adapter_registry_only_common_providers",
        bug="looks push providers up in a table of fcm/apns/expo/one-signal; pusher-beams etc. exist",
        buggy=push_adapter_buggy,
        fixed=push_adapter_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Pusher Beams",
                "identifier": "pusher-beams-Hh7Jj8Kk",
                "providerId": "pusher-beams",
                "channel": "push",
                "primary": False,
                "credentials": {"instanceId": "inst-1", "secretKey": "sk-1"},
            }
        ),
    ),
    ConsumerCase(
        name="inbox_targeting_first_child_of_condition",
        bug="takes children[0] of every condition group; children may be an empty array",
        buggy=inbox_targeting_buggy,
        fixed=inbox_targeting_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "conditions": [
                    {"isNegated": False, "type": "GROUP", "value": "OR", "children": []},
                ]
            }
        ),
    ),
    ConsumerCase(
        name="min_app_version_condition_value_as_int",
        bug="parses a LARGER_EQUAL condition value as an int build number; '2.5.1' is a valid value",
        buggy=min_app_version_buggy,
        fixed=min_app_version_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.appVersion",
                                "value": "2.5.1",
                                "operator": "LARGER_EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="kannel_target_port_string_out_of_range",
        bug="lets urlsplit parse credentials.port, which is a free string (here out of range)",
        buggy=kannel_target_buggy,
        fixed=kannel_target_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Pp0Oo9Ii",
                "providerId": "kannel",
                "channel": "sms",
                "credentials": {"host": "kannel.internal", "port": "130130", "from": "+15550100"},
            }
        ),
    ),
    ConsumerCase(
        name="analytics_state_inactive_primary_missing",
        bug="maps (active, primary) to a state but forgets primary:true with active:false",
        buggy=analytics_event_buggy,
        fixed=analytics_event_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="sync_tombstone_deleted_at_fixed_format",
        bug="parses deletedAt with the JS toISOString format; the contract types it as a free string",
        buggy=sync_tombstone_buggy,
        fixed=sync_tombstone_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "active": False, "deletedAt": "2025-05-08T12:00:00+00:00"}),
    ),
    ConsumerCase(
        name="rollout_bucket_environment_id_as_hex",
        bug="reads _environmentId as a hex ObjectId; the contract makes it a plain string",
        buggy=rollout_bucket_buggy,
        fixed=rollout_bucket_fixed,
        raises=(ValueError,),
        example=_payload({"_environmentId": "env_production"}),
    ),
    ConsumerCase(
        name="tab_label_first_word_of_name",
        bug="takes the first word of the name; an empty or whitespace-only name has none",
        buggy=tab_label_buggy,
        fixed=tab_label_fixed,
        raises=(IndexError,),
        example=_payload({"name": "   "}),
    ),
    ConsumerCase(
        name="support_contact_from_split_on_at",
        bug="splits the email 'from' into exactly local@domain; any string is valid there",
        buggy=support_contact_buggy,
        fixed=support_contact_fixed,
        raises=(ValueError,),
        example=_payload(
            {"credentials": {"apiKey": "fake-api-key-0001", "from": "Example Inc", "senderName": "Ex"}}
        ),
    ),
]
