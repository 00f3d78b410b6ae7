"""Sixteen hospitality consumers of ``GET /v1/integrations`` items, each with one plausible bug.

Written from the contract documents alone (the seed, ``CONTRACT.md``, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at any generator. The consumers are what a hotel and restaurant
group's teams write against one integration payload: booking confirmations, guest messaging across
chat and SMS, staff shift alerts, multi-property tenant routing and a channel-manager sync job.

Each buggy version works on ``HAPPY_PATH`` and raises on its ``example`` (a contract-valid payload);
each fixed version is a tolerant reader that must not raise on any payload the contract allows.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --- small helpers -----------------------------------------------------------------------------------


def _variant(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level keys replaced or added, and some removed."""
    payload: Payload = {
        key: (dict(value) if isinstance(value, dict) else value) for key, value in HAPPY_PATH.items()
    }
    payload["conditions"] = [
        {**condition, "children": [dict(child) for child in condition["children"]]}
        for condition in HAPPY_PATH["conditions"]
    ]
    payload.update(dict(changes or {}))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> Mapping[str, Any]:
    """The credentials object, or an empty mapping if it is missing or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` when it is a string, else ``None`` (absent keys and odd types alike)."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of the payload (``[]`` when the optional key is absent)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _ascii_digits(text: str) -> bool:
    """Whether ``text`` is a non-empty run of ASCII digits (``str.isdigit`` accepts other scripts too)."""
    return text.isascii() and text.isdigit()


# --- 1. booking confirmations: the From header ----------------------------------------------------------


def _booking_from_header_buggy(payload: Payload) -> str | None:
    """Render the From header of a booking-confirmation e-mail."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    sender = credentials["senderName"]
    address = credentials.get("from", "")
    return f'"{sender}" <{address}>'


def _booking_from_header_fixed(payload: Payload) -> str | None:
    """Render the From header, falling back to the integration name when ``senderName`` is absent."""
    if payload.get("channel") != "email":
        return None
    credentials = _creds(payload)
    address = _text(credentials, "from")
    if not address:
        return None
    sender = _text(credentials, "senderName") or _text(payload, "name") or "Reservations"
    sender = sender.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{sender}" <{address}>'


# --- 2. guest messaging: the SMS reply-to number ---------------------------------------------------------


def _guest_sms_reply_number_buggy(payload: Payload) -> str | None:
    """Normalise the SMS sender to E.164 so inbound guest replies can be matched to the property."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    digits = sender.replace(" ", "").replace("-", "").lstrip("+")
    return "+" + str(int(digits))


def _guest_sms_reply_number_fixed(payload: Payload) -> str | None:
    """Normalise a numeric SMS sender to E.164; keep alphanumeric sender ids as they are."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload), "from")
    if sender is None:
        return None
    digits = sender.replace(" ", "").replace("-", "").lstrip("+")
    if _ascii_digits(digits):
        return "+" + (digits.lstrip("0") or "0")
    return sender


# --- 3. staff shift alerts: channel routing ----------------------------------------------------------------

_SHIFT_ALERT_QUEUES = {
    "email": "shift-alerts.mailbox",
    "sms": "shift-alerts.sms",
    "chat": "shift-alerts.staff-chat",
    "push": "shift-alerts.staff-app",
}


def _shift_alert_queue_buggy(payload: Payload) -> str | None:
    """Pick the queue that shift-change alerts for this integration are published on."""
    if not payload["active"]:
        return None
    return _SHIFT_ALERT_QUEUES[payload["channel"]]


def _shift_alert_queue_fixed(payload: Payload) -> str | None:
    """Pick the shift-alert queue; channels without one (``in_app``) are simply not routed."""
    if payload.get("active") is not True:
        return None
    channel = payload.get("channel")
    if not isinstance(channel, str):
        return None
    return _SHIFT_ALERT_QUEUES.get(channel)


# --- 4. multi-property routing: the first condition's first child ------------------------------------------


def _property_route_buggy(payload: Payload) -> str:
    """Describe which property a guest-messaging integration serves, from its first condition."""
    conditions = payload.get("conditions") or []
    if not conditions:
        return "all-properties"
    first = conditions[0]["children"][0]
    return f"{first['on']}:{first['field']}={first['value']}"


def _property_route_fixed(payload: Payload) -> str:
    """Describe the property from the first condition that has any child; else all properties."""
    for condition in _conditions(payload):
        for child in _children(condition):
            return f"{child.get('on', '')}:{child.get('field', '')}={child.get('value', '')}"
    return "all-properties"


# --- 5. channel-manager sync: the SMTP / gateway port ------------------------------------------------------


def _sync_endpoint_buggy(payload: Payload) -> tuple[str, int] | None:
    """The host and port the channel-manager sync job checks before pushing reservation notices."""
    credentials = payload["credentials"]
    host = credentials.get("host")
    if host is None:
        return None
    return host, int(credentials.get("port", "25"))


def _sync_endpoint_fixed(payload: Payload) -> tuple[str, int] | None:
    """The host and port; a blank or non-numeric ``port`` string falls back to the default 25."""
    credentials = _creds(payload)
    host = _text(credentials, "host")
    if host is None:
        return None
    raw = (_text(credentials, "port") or "").strip()
    port = int(raw) if _ascii_digits(raw) and len(raw) <= 5 else 25
    return host, port


# --- 6. admin audit serializer: deletedAt ------------------------------------------------------------------


def _admin_audit_row_buggy(payload: Payload) -> dict[str, object]:
    """Serialize an integration for the admin audit screen, with a normalised deletion time."""
    deleted_at = payload.get("deletedAt")
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ") if deleted_at is not None else None
    return {
        "identifier": payload["identifier"],
        "deleted": payload["deleted"],
        "deletedAt": when.isoformat() if when else None,
        "deletedBy": payload.get("deletedBy"),
    }


def _parse_timestamp(text: str) -> str:
    """An ISO-8601 rendering of ``text`` if it parses, else the text unchanged (it is a plain string)."""
    try:
        return datetime.fromisoformat(text).isoformat()
    except (ValueError, OverflowError):
        return text


def _admin_audit_row_fixed(payload: Payload) -> dict[str, object]:
    """Serialize for the admin audit screen; any ``deletedAt`` string is accepted."""
    deleted_at = _text(payload, "deletedAt")
    return {
        "identifier": payload.get("identifier"),
        "deleted": payload.get("deleted"),
        "deletedAt": _parse_timestamp(deleted_at) if deleted_at is not None else None,
        "deletedBy": _text(payload, "deletedBy"),
    }


# --- 7. booking confirmations: the default sender ----------------------------------------------------------


def _default_sender_role_buggy(payload: Payload) -> str:
    """Classify an e-mail/SMS integration as the default confirmation sender or a standby."""
    if payload["primary"]:
        if not payload["active"]:
            raise ValueError(f"primary integration {payload['identifier']} is inactive")
        return "default"
    return "standby" if payload["active"] else "disabled"


def _default_sender_role_fixed(payload: Payload) -> str:
    """Classify the sender; an inactive primary is valid and simply cannot send."""
    active = payload.get("active") is True
    if payload.get("primary") is True and active:
        return "default"
    return "standby" if active else "disabled"


# --- 8. cache keys: slug and short id of the identifier ----------------------------------------------------


def _integration_cache_key_buggy(payload: Payload) -> str:
    """Build the Redis key under which the messaging service caches this integration."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return f"hx:integration:{payload['_environmentId']}:{slug}:{short_id}"


def _integration_cache_key_fixed(payload: Payload) -> str:
    """Build the cache key; identifiers set by hand need not look like ``<slug>-<short id>``."""
    identifier = _text(payload, "identifier") or ""
    slug, _, short_id = identifier.rpartition("-")
    return f"hx:integration:{_text(payload, '_environmentId') or ''}:{slug}:{short_id}"


# --- 9. nightly report: a fixed-width name column ---------------------------------------------------------

_NAME_COLUMN_BYTES = 24


def _report_row_buggy(payload: Payload) -> list[str]:
    """One row of the nightly integrations report; the name column is 24 bytes wide."""
    name = payload["name"].encode("utf-8")[:_NAME_COLUMN_BYTES].decode("utf-8")
    return [name, payload["providerId"], payload["channel"], "yes" if payload["active"] else "no"]


def _report_row_fixed(payload: Payload) -> list[str]:
    """One report row; the name is cut at a byte boundary without splitting a character."""
    raw = (_text(payload, "name") or "").encode("utf-8", "replace")[:_NAME_COLUMN_BYTES]
    name = raw.decode("utf-8", "ignore")
    return [
        name,
        _text(payload, "providerId") or "",
        _text(payload, "channel") or "",
        "yes" if payload.get("active") is True else "no",
    ]


# --- 10. SES: the regional endpoint (provider-specific) ----------------------------------------------------


def _ses_endpoint_buggy(payload: Payload) -> str | None:
    """The SES endpoint the booking-confirmation mailer of a property talks to."""
    if payload["providerId"] != "ses":
        return None
    region = payload["credentials"].get("region")
    if region is None:
        return None
    geography, direction, number = region.split("-")
    return f"https://email.{geography}-{direction}-{number}.amazonaws.com"


def _ses_endpoint_fixed(payload: Payload) -> str | None:
    """The SES endpoint; regions such as ``us-gov-west-1`` have more than three parts."""
    if payload.get("providerId") != "ses":
        return None
    region = (_text(_creds(payload), "region") or "").strip()
    if not region:
        return None
    return f"https://email.{region}.amazonaws.com"


# --- 11. Twilio: basic auth for guest SMS (provider-specific) ----------------------------------------------


def _twilio_auth_header_buggy(payload: Payload) -> str | None:
    """The Authorization header for Twilio's REST API, used to fetch guest SMS delivery receipts."""
    if payload["providerId"] != "twilio":
        return None
    credentials = payload["credentials"]
    pair = f"{credentials['accountSid']}:{credentials['token']}"
    return "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")


def _twilio_auth_header_fixed(payload: Payload) -> str | None:
    """The Twilio Authorization header, or ``None`` when the account SID or token is not stored."""
    if payload.get("providerId") != "twilio":
        return None
    credentials = _creds(payload)
    sid, token = _text(credentials, "accountSid"), _text(credentials, "token")
    if sid is None or token is None:
        return None
    pair = f"{sid}:{token}".encode("utf-8", "replace")
    return "Basic " + base64.b64encode(pair).decode("ascii")


# --- 12. WhatsApp Business: the Graph API URL for guest chat (provider-specific) ---------------------------


def _whatsapp_messages_url_buggy(payload: Payload) -> str | None:
    """The Graph API URL that guest chat replies are posted to."""
    if payload["providerId"] != "whatsapp-business":
        return None
    phone_id = payload["credentials"].get("phoneNumberIdentification")
    if phone_id is None:
        return None
    return f"https://graph.facebook.com/v19.0/{int(phone_id)}/messages"


def _whatsapp_messages_url_fixed(payload: Payload) -> str | None:
    """The Graph API URL, only when the phone-number id is numeric (not a pasted phone number)."""
    if payload.get("providerId") != "whatsapp-business":
        return None
    phone_id = (_text(_creds(payload), "phoneNumberIdentification") or "").strip()
    if not _ascii_digits(phone_id):
        return None
    return f"https://graph.facebook.com/v19.0/{phone_id}/messages"


# --- 13. SMTP relay: TLS mode from the credential flags -----------------------------------------------------

_TLS_MODES = {
    (False, False): "opportunistic",
    (True, False): "implicit-tls",
    (False, True): "starttls-required",
}


def _smtp_tls_mode_buggy(payload: Payload) -> str:
    """The TLS mode the property's SMTP relay config is rendered with."""
    credentials = payload["credentials"]
    if credentials.get("ignoreTls", False):
        return "plain"
    return _TLS_MODES[(credentials.get("secure", False), credentials.get("requireTls", False))]


def _smtp_tls_mode_fixed(payload: Payload) -> str:
    """The TLS mode; ``secure`` and ``requireTls`` may both be set (implicit TLS wins)."""
    credentials = _creds(payload)
    if credentials.get("ignoreTls") is True:
        return "plain"
    if credentials.get("secure") is True:
        return "implicit-tls"
    if credentials.get("requireTls") is True:
        return "starttls-required"
    return "opportunistic"


# --- 14. channel-manager sync: the webhook host allow-list -------------------------------------------------

_ALLOWED_WEBHOOK_SUFFIXES = (".harbourview.example", ".siteminder.example")


def _webhook_allowed_buggy(payload: Payload) -> bool | None:
    """Whether the channel-manager sync job may post reservation events to this webhook URL."""
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    host: str = urlsplit(url).hostname.lower()
    return host.endswith(_ALLOWED_WEBHOOK_SUFFIXES)


def _webhook_allowed_fixed(payload: Payload) -> bool | None:
    """Whether the webhook host is allowed; a URL without a scheme or host is simply not allowed."""
    url = _text(_creds(payload), "webhookUrl")
    if url is None:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return False
    if not host:
        return False
    return host.lower().endswith(_ALLOWED_WEBHOOK_SUFFIXES)


# --- 15. guest messaging admin: a readable summary of the conditions --------------------------------------

_OPERATOR_SYMBOLS = {
    "EQUAL": "=",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "in",
    "NOT_IN": "not in",
    "LIKE": "~",
}


def _conditions_summary_buggy(payload: Payload) -> str:
    """One line describing when a guest-messaging integration applies, for the admin list."""
    parts = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            parts.append(f"{child['field']} {_OPERATOR_SYMBOLS[child['operator']]} {child['value']}")
    return " ; ".join(parts) or "always"


def _conditions_summary_fixed(payload: Payload) -> str:
    """The summary line; operators without a symbol are shown by name."""
    parts = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator = child.get("operator")
            symbol = _OPERATOR_SYMBOLS.get(operator, operator.lower()) if isinstance(operator, str) else "?"
            parts.append(f"{child.get('field', '')} {symbol} {child.get('value', '')}")
    return " ; ".join(parts) or "always"


# --- 16. multi-property tenant routing: the environment shard ----------------------------------------------

_TENANT_SHARDS = 16


def _tenant_shard_buggy(payload: Payload) -> int:
    """The worker shard that handles a property's notifications, from its environment's ObjectId."""
    return int(payload["_environmentId"][-6:], 16) % _TENANT_SHARDS


def _tenant_shard_fixed(payload: Payload) -> int:
    """The shard from a stable hash of the environment id, whatever the id looks like."""
    environment = (_text(payload, "_environmentId") or "").encode("utf-8", "replace")
    return zlib.crc32(environment) % _TENANT_SHARDS


# --- the cases ----------------------------------------------------------------------------------------------

HOSPITALITY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="hospitality_booking_confirmation_from_header",
        bug="assumes every e-mail integration stores credentials.senderName",
        buggy=_booking_from_header_buggy,
        fixed=_booking_from_header_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Postmark",
                "identifier": "postmark-Qm3vT7aZ",
                "providerId": "postmark",
                "credentials": {"apiKey": "pm-fake-0042", "from": "reservations@harbourview.example"},
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_guest_sms_reply_number",
        bug="assumes the SMS `from` is a phone number, never an alphanumeric sender id",
        buggy=_guest_sms_reply_number_buggy,
        fixed=_guest_sms_reply_number_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "MessageBird",
                "identifier": "message-bird-k2Lw9Pq",
                "providerId": "messagebird",
                "channel": "sms",
                "credentials": {"accessKey": "mb-fake-7781", "from": "HarbourView"},
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_shift_alert_queue",
        bug="assumes every active integration's channel has a shift-alert queue (in_app has none)",
        buggy=_shift_alert_queue_buggy,
        fixed=_shift_alert_queue_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zp0aY1c",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_property_route_first_child",
        bug="assumes a non-empty conditions list has a child in its first condition",
        buggy=_property_route_buggy,
        fixed=_property_route_fixed,
        raises=(IndexError,),
        example=_variant(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="hospitality_channel_manager_sync_port",
        bug="assumes credentials.port is a numeric string whenever a host is set",
        buggy=_sync_endpoint_buggy,
        fixed=_sync_endpoint_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hq7Rz2w",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.harbourview.example",
                    "port": "",
                    "from": "frontdesk@harbourview.example",
                    "senderName": "Harbour View Front Desk",
                },
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_admin_audit_deleted_at",
        bug="assumes deletedAt is always ISO-8601 with milliseconds and a Z suffix",
        buggy=_admin_audit_row_buggy,
        fixed=_admin_audit_row_fixed,
        raises=(ValueError,),
        example=_variant({"deleted": True, "active": False, "deletedAt": "2025-05-08T09:30:00+00:00"}),
    ),
    ConsumerCase(
        name="hospitality_default_sender_inactive_primary",
        bug="assumes a primary integration is always active",
        buggy=_default_sender_role_buggy,
        fixed=_default_sender_role_fixed,
        raises=(ValueError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="hospitality_cache_key_identifier_slug",
        bug="assumes every identifier has the generated `<slug>-<short id>` shape with a dash",
        buggy=_integration_cache_key_buggy,
        fixed=_integration_cache_key_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "frontdesk"}),
    ),
    ConsumerCase(
        name="hospitality_report_row_name_bytes",
        bug="assumes cutting the UTF-8 name at 24 bytes never splits a character",
        buggy=_report_row_buggy,
        fixed=_report_row_fixed,
        raises=(UnicodeDecodeError,),
        example=_variant({"name": "H\u00f4tel C\u00f4te d\u2019Azur \u2014 R\u00e9ception"}),
    ),
    ConsumerCase(
        name="hospitality_ses_region_endpoint",
        bug="assumes an SES region always has exactly three dash-separated parts",
        buggy=_ses_endpoint_buggy,
        fixed=_ses_endpoint_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "SES",
                "identifier": "ses-Rt4Vb8n",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "AKIAFAKE0000",
                    "secretKey": "fake-secret",
                    "region": "us-gov-west-1",
                    "from": "bookings@harbourview.example",
                    "senderName": "Harbour View Bookings",
                },
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_twilio_auth_header",
        bug="assumes a twilio integration always stores both accountSid and token",
        buggy=_twilio_auth_header_buggy,
        fixed=_twilio_auth_header_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-Ld8Wm3x",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"accountSid": "AC00000000000000000000000000000000", "from": "+15005550006"},
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_whatsapp_phone_number_id",
        bug="assumes phoneNumberIdentification is always an integer-like string",
        buggy=_whatsapp_messages_url_buggy,
        fixed=_whatsapp_messages_url_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "WhatsApp Business",
                "identifier": "whats-app-business-Cv5Nq1e",
                "providerId": "whatsapp-business",
                "channel": "chat",
                "primary": False,
                "credentials": {"apiToken": "fake-token", "phoneNumberIdentification": "+44 20 7946 0958"},
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_smtp_tls_mode",
        bug="assumes secure and requireTls are never both true",
        buggy=_smtp_tls_mode_buggy,
        fixed=_smtp_tls_mode_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Tz6Kp0s",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.harbourview.example",
                    "port": "465",
                    "secure": True,
                    "requireTls": True,
                    "from": "stay@harbourview.example",
                    "senderName": "Harbour View",
                },
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_channel_manager_webhook_host",
        bug="assumes webhookUrl always parses to a URL with a host",
        buggy=_webhook_allowed_buggy,
        fixed=_webhook_allowed_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Bn2Xc7v",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {"webhookUrl": "hooks.harbourview.example/novu", "secretKey": "fake-hmac"},
            }
        ),
    ),
    ConsumerCase(
        name="hospitality_conditions_summary_operator",
        bug="assumes condition children only use the common comparison operators (not BETWEEN etc.)",
        buggy=_conditions_summary_buggy,
        fixed=_conditions_summary_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "DATE",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.checkIn",
                                "value": "2025-06-01,2025-06-30",
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
        name="hospitality_tenant_shard_environment_id",
        bug="assumes _environmentId is always a hex MongoDB ObjectId",
        buggy=_tenant_shard_buggy,
        fixed=_tenant_shard_fixed,
        raises=(ValueError,),
        example=_variant({"_environmentId": "env-harbourview-prod"}),
    ),
]
