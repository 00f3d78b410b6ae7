"""Sixteen consumers of ``GET /v1/integrations`` items at a chain of backpacker hostels.

The organisation runs a dozen hostels; each property is a Novu environment. Four teams read the
integration list that Novu returns:

- **Bookings** syncs every integration into the booking engine's SQLite inventory, exports a
  nightly CSV for the finance office, decides which integrations a stay-length rule applies to
  and signs the guest-message webhooks it forwards.
- **Front desk** routes guest notifications to the desk queues, puts the SMS sender id on the
  desk's GSM gateway, shows the guest-facing sender on the lobby display board (a small binary
  protocol) and works out which messaging region each hostel's spend belongs to.
- **Housekeeping** pages the night staff through the primary integration, purges the stored
  credentials of integrations deleted more than thirty days ago, and raises on-call alerts.
- **Guest messaging / platform** writes the SMTP relay sidecar's INI and TOML configuration,
  keeps a compact cache key per integration, checks webhook targets against an allowlist and
  reads the Firebase project id of the guest app's push integration.

Each consumer is a pair: ``*_buggy`` is the code as the team first wrote it (it works on
``HAPPY_PATH`` and on what they tested with) and ``*_fixed`` is the code after the post-mortem,
which never raises on a payload the contract allows (the 0.7.0 contract, plus the provider drift
the contract documents: items without ``credentials`` or ``channel``, ``on: "tenant"``, operator
``IS_DEFINED``, conditions without ``isNegated``/``type``/``value``). ``HOSTEL_BUGS`` lists them.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import csv
import hashlib
import hmac
import io
import json
import operator
import re
import sqlite3
import struct
import tomllib
import unicodedata
from collections.abc import Callable, Mapping
from contextlib import closing
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "HOSTEL_BUGS"]


# Shared helpers (the chain's ``hostel_common`` package) ---------------------------------------


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when a newer API omits it."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _printable(text: str) -> str:
    """``text`` with lone surrogates (JSON allows ``"\\ud800"``) replaced, so it can be encoded."""
    return text.encode("utf-8", "replace").decode("utf-8")


# 1. Bookings: inventory sync into SQLite (name) -------------------------------------------------


def _inventory() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE integration (identifier TEXT PRIMARY KEY, display_name TEXT, channel TEXT)")
    return db


def inventory_sync_buggy(payload: Payload) -> str:
    """Upsert the integration into the booking engine's inventory and return the stored name."""
    with closing(_inventory()) as db:
        db.execute(
            "INSERT INTO integration (identifier, channel) VALUES (?, ?)",
            (_printable(payload["identifier"]), payload.get("channel", "")),
        )
        db.execute(
            f"UPDATE integration SET display_name = '{payload['name']}' WHERE identifier = ?",
            (_printable(payload["identifier"]),),
        )
        row = db.execute("SELECT display_name FROM integration").fetchone()
        return str(row[0])


def inventory_sync_fixed(payload: Payload) -> str:
    with closing(_inventory()) as db:
        db.execute(
            "INSERT INTO integration (identifier, channel) VALUES (?, ?)",
            (_printable(payload["identifier"]), payload.get("channel", "")),
        )
        db.execute(
            "UPDATE integration SET display_name = ? WHERE identifier = ?",
            (_printable(payload["name"]), _printable(payload["identifier"])),
        )
        row = db.execute("SELECT display_name FROM integration").fetchone()
        return str(row[0])


# 2. Bookings: nightly CSV for the finance office (identifier) --------------------------------


def _csv_fields(payload: Payload) -> list[str]:
    return [
        payload["identifier"],
        str(payload.get("channel", "")),
        "active" if payload["active"] else "inactive",
        "primary" if payload["primary"] else "",
    ]


def finance_csv_row_buggy(payload: Payload) -> str:
    """One line of the finance export; the team checks that it reads back as written."""
    fields = _csv_fields(payload)
    line = ",".join(fields)
    if next(csv.reader([line])) != fields:
        raise ValueError(f"export row does not round-trip: {line!r}")
    return line + "\n"


def finance_csv_row_fixed(payload: Payload) -> str:
    fields = _csv_fields(payload)
    out = io.StringIO(newline="")
    csv.writer(out).writerow(fields)  # RFC 4180: quotes every field with a delimiter, quote, CR or LF
    line = out.getvalue()
    if next(csv.reader(io.StringIO(line, newline=""))) != fields:
        raise ValueError(f"export row does not round-trip: {line!r}")
    return line


# 3. Platform: compact cache key (_environmentId) ---------------------------------------------

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def cache_key_buggy(payload: Payload) -> str:
    """Redis key ``hst:<environment as 16 base64 chars>:<identifier>``: ObjectIds are 12 bytes."""
    environment = base64.urlsafe_b64encode(bytes.fromhex(payload["_environmentId"])).decode("ascii")
    return f"hst:{environment}:{payload['identifier']}"


def cache_key_fixed(payload: Payload) -> str:
    raw = payload["_environmentId"]
    if _OBJECT_ID.fullmatch(raw):
        environment = base64.urlsafe_b64encode(bytes.fromhex(raw)).decode("ascii")
    else:  # not an ObjectId: a digest keeps the key short and unambiguous
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).digest()[:12]
        environment = "~" + base64.urlsafe_b64encode(digest).decode("ascii")
    return f"hst:{environment}:{payload['identifier']}"


# 4. Front desk: notification queues (channel) ------------------------------------------------

_DESK_QUEUES_AS_WRITTEN = {"email": "desk-mail", "sms": "desk-sms", "chat": "desk-chat", "push": "guest-app"}
_DESK_QUEUES = {**_DESK_QUEUES_AS_WRITTEN, "in_app": "guest-inbox"}


def desk_queue_buggy(payload: Payload) -> str:
    """The front-desk queue that handles notifications sent through this integration."""
    return _DESK_QUEUES_AS_WRITTEN[payload["channel"]]


def desk_queue_fixed(payload: Payload) -> str:
    channel = payload.get("channel")  # absent on agent-kind integrations of newer APIs
    return _DESK_QUEUES.get(channel, "unrouted") if isinstance(channel, str) else "unrouted"


# 5. Housekeeping: who pages the night staff (primary, active) --------------------------------


def night_pager_buggy(payload: Payload) -> str:
    """How the housekeeping scheduler uses this integration for night-shift pages."""
    if payload["primary"]:
        assert payload["active"], f"primary integration {payload['identifier']!r} is inactive"
        return "page-through-primary"
    return "fallback" if payload["active"] else "skip"


def night_pager_fixed(payload: Payload) -> str:
    if not payload["active"]:  # an inactive integration sends nothing, primary or not
        return "skip"
    return "page-through-primary" if payload["primary"] else "fallback"


# 6. Housekeeping: purge credentials of long-deleted integrations (deletedAt) ------------------


def purge_age_days_buggy(payload: Payload) -> int | None:
    """Days since a soft delete; credentials are purged after thirty. ``None``: keep them."""
    raw = payload.get("deletedAt")
    if not payload["deleted"] or raw is None:
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return None  # not a timestamp: a human looks at it
    return (datetime.now(UTC) - deleted_at).days


def purge_age_days_fixed(payload: Payload) -> int | None:
    raw = payload.get("deletedAt")
    if not payload["deleted"] or raw is None:
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)  # Novu stores UTC; a bare timestamp is UTC
    return (datetime.now(UTC) - deleted_at).days


# 7. Front desk: SMS sender id on the GSM gateway (credentials.from) ---------------------------


def sms_sender_id_buggy(payload: Payload) -> bytes | None:
    """The 11-character alphanumeric sender id the desk's GSM gateway puts on outgoing SMS."""
    if payload.get("channel") != "sms":
        return None
    sender: str = _credentials(payload).get("from", "HOSTEL")
    return sender[:11].encode("ascii")


def sms_sender_id_fixed(payload: Payload) -> bytes | None:
    if payload.get("channel") != "sms":
        return None
    sender = _credentials(payload).get("from", "HOSTEL")
    folded = unicodedata.normalize("NFKD", sender).encode("ascii", "ignore").decode("ascii")
    alphanumeric = "".join(char for char in folded if char.isalnum() or char == " ").strip()
    return (alphanumeric[:11].strip() or "HOSTEL").encode("ascii")


# 8. Bookings: signing forwarded guest-message webhooks (credentials.secretKey) ---------------


def _webhook_body(payload: Payload) -> bytes:
    body = {"integration": payload["identifier"], "provider": payload["providerId"], "event": "guest.message"}
    return json.dumps(body, sort_keys=True).encode("ascii")


def webhook_signature_buggy(payload: Payload) -> str | None:
    """HMAC-SHA256 of the forwarded webhook body, keyed with the integration's secret."""
    secret = _credentials(payload).get("secretKey")
    if secret is None:
        return None
    key = base64.b64decode(secret, validate=True)
    return hmac.new(key, _webhook_body(payload), hashlib.sha256).hexdigest()


def webhook_signature_fixed(payload: Payload) -> str | None:
    secret = _credentials(payload).get("secretKey")
    if secret is None:
        return None
    key = secret.encode("utf-8", "surrogatepass")  # an opaque string: sign with its bytes
    return hmac.new(key, _webhook_body(payload), hashlib.sha256).hexdigest()


# 9. Guest messaging: the SMTP relay's INI file (credentials.password) ------------------------


def _relay_settings(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    return {
        "host": credentials.get("host", "smtp.sendgrid.net"),
        "user": credentials.get("user", "apikey"),
        "password": credentials.get("password", ""),
    }


def relay_ini_buggy(payload: Payload) -> str | None:
    """The ``[relay]`` section of the SMTP sidecar's configuration file."""
    if payload.get("channel") != "email":
        return None
    config = configparser.ConfigParser()
    config.add_section("relay")
    for key, value in _relay_settings(payload).items():
        config.set("relay", key, value)
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


def relay_ini_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    config = configparser.ConfigParser(interpolation=None)  # values are literal: '%' is a character
    config.add_section("relay")
    for key, value in _relay_settings(payload).items():
        config.set("relay", key, value)
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


# 10. Front desk: lobby display board frame (credentials.senderName) --------------------------

_BOARD_TEXT = 0x02


def lobby_board_frame_buggy(payload: Payload) -> bytes:
    """A text frame for the lobby board: type byte, length byte, UTF-8 text."""
    sender: str = _credentials(payload).get("senderName", "Hostel")
    text = sender.encode("utf-8", "replace")
    return struct.pack(">BB", _BOARD_TEXT, len(text)) + text


def lobby_board_frame_fixed(payload: Payload) -> bytes:
    sender: str = _credentials(payload).get("senderName", "Hostel")
    text = sender.encode("utf-8", "replace")[:255].decode("utf-8", "ignore").encode("utf-8")
    return struct.pack(">BB", _BOARD_TEXT, len(text)) + text


# 11. Housekeeping: on-call alert text (credentials.title) ------------------------------------


def oncall_alert_buggy(payload: Payload) -> str | None:
    """The alert sent through a Grafana OnCall integration, prefixed with the hostel."""
    title: str | None = _credentials(payload).get("title")
    if title is None:
        return None
    template = "[{hostel}] " + title + " ({waiting} guests waiting)"
    return template.format(hostel="Lisbon Central", waiting=3)


def oncall_alert_fixed(payload: Payload) -> str | None:
    title = _credentials(payload).get("title")
    if title is None:
        return None
    return "[{hostel}] {title} ({waiting} guests waiting)".format(
        hostel="Lisbon Central", title=title, waiting=3
    )


# 12. Front desk: messaging spend per region (credentials.region) ------------------------------


def spend_region_buggy(payload: Payload) -> str | None:
    """The region group (``eu-west``) that an SES/SNS/SparkPost integration's spend is booked to."""
    region = _credentials(payload).get("region")
    if region is None:
        return None
    area, zone, _number = region.split("-")
    return f"{area}-{zone}"


def spend_region_fixed(payload: Payload) -> str | None:
    region = _credentials(payload).get("region")
    if region is None:
        return None
    parts = [part for part in region.split("-") if not part.isdigit()]  # us-gov-west-1, eu, ""
    return "-".join(parts[:2]) or "unknown"


# 13. Platform: webhook target allowlist (credentials.webhookUrl) ------------------------------

_ALLOWED_WEBHOOK_HOSTS = ("hostelchain.example", "hooks.hostelchain.example")


def webhook_allowed_buggy(payload: Payload) -> bool | None:
    """Whether the integration's webhook target is one of the chain's own hosts."""
    url: str | None = _credentials(payload).get("webhookUrl")
    if url is None:
        return None
    host = urlsplit(url).hostname
    return host.endswith(_ALLOWED_WEBHOOK_HOSTS)  # type: ignore[union-attr]


def webhook_allowed_fixed(payload: Payload) -> bool | None:
    url: str | None = _credentials(payload).get("webhookUrl")
    if url is None:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    if not host:  # relative, empty or scheme-less: not a target we can vouch for
        return False
    return host == _ALLOWED_WEBHOOK_HOSTS[0] or host.endswith("." + _ALLOWED_WEBHOOK_HOSTS[0])


# 14. Guest messaging: the relay's TLS options as TOML (credentials.tlsOptions) ---------------


def relay_tls_toml_buggy(payload: Payload) -> str | None:
    """The ``[tls]`` table of the sidecar's TOML configuration, checked by reading it back."""
    options = _credentials(payload).get("tlsOptions")
    if options is None:
        return None
    lines = ["[tls]"] + [f"{key} = {json.dumps(value)}" for key, value in options.items()]
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)
    return text


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_string(text: str) -> str:
    out = []
    for char in _printable(text):
        if char in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return str(value)
    if isinstance(value, float):
        if value != value:
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    return _toml_string(json.dumps(value))  # null, objects, arrays, huge ints: kept as JSON text


def relay_tls_toml_fixed(payload: Payload) -> str | None:
    options = _credentials(payload).get("tlsOptions")
    if options is None:
        return None
    lines = ["[tls]"] + [f"{_toml_string(key)} = {_toml_value(value)}" for key, value in options.items()]
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)
    return text


# 15. Platform: Firebase project of the guest app (credentials.serviceAccount) ----------------


def push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project id of an FCM integration, for the guest app's push dashboard."""
    account = _credentials(payload).get("serviceAccount")
    if account is None:
        return None
    return str(json.loads(account)["project_id"])


def push_project_fixed(payload: Payload) -> str | None:
    account = _credentials(payload).get("serviceAccount")
    if account is None:
        return None
    try:
        parsed = json.loads(account)
    except (ValueError, RecursionError):  # a path, a placeholder, a truncated paste...
        return None
    project = parsed.get("project_id") if isinstance(parsed, dict) else None
    return project if isinstance(project, str) else None


# 16. Bookings: stay-length thresholds of integration rules (conditions[].children[].value) ----

_NUMERIC_OPERATORS: Mapping[str, Callable[[float, float], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}
_SAMPLE_GUEST = {"subscriber.data.nights": 3.0, "payload.nights": 3.0, "payload.beds": 1.0}


def rule_matches_buggy(payload: Payload) -> list[bool]:
    """For each numeric rule of the integration: does a three-night, one-bed booking pass it?"""
    results = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            compare = _NUMERIC_OPERATORS.get(child["operator"])
            if compare is not None:
                guest_value = _SAMPLE_GUEST.get(child["field"], 0.0)
                results.append(compare(guest_value, float(child["value"])))
    return results


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def rule_matches_fixed(payload: Payload) -> list[bool]:
    results = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            compare = _NUMERIC_OPERATORS.get(child["operator"])
            threshold = _number(child["value"]) if compare is not None else None
            if compare is not None and threshold is not None:
                guest_value = _SAMPLE_GUEST.get(child["field"], 0.0)
                results.append(compare(guest_value, threshold))
            elif compare is not None:
                results.append(False)  # a non-numeric threshold never admits a booking
    return results


# The cases -------------------------------------------------------------------------------------


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys changed or dropped and credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key)
    return payload


HOSTEL_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="hostel_inventory_sync_sql",
        bug="an integration name never contains an apostrophe, so it can be pasted into the SQL text",
        buggy=inventory_sync_buggy,
        fixed=inventory_sync_fixed,
        raises=(sqlite3.Error, UnicodeEncodeError),
        example=_example({"name": "O'Reilly's Hostel Mail"}),
    ),
    ConsumerCase(
        name="hostel_finance_csv",
        bug="identifiers are slugs, so joining the fields with ',' makes a valid CSV line",
        buggy=finance_csv_row_buggy,
        fixed=finance_csv_row_fixed,
        raises=(ValueError, csv.Error),
        example=_example({"identifier": "lisbon,central-mail"}),
    ),
    ConsumerCase(
        name="hostel_cache_key_environment",
        bug="_environmentId is always a 24-hex ObjectId that packs into 12 bytes",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(ValueError,),
        example=_example({"_environmentId": "env-lisbon-central"}),
    ),
    ConsumerCase(
        name="hostel_desk_queue_channel",
        bug="every channel has a front-desk queue, but the table was written without in_app",
        buggy=desk_queue_buggy,
        fixed=desk_queue_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Q2w8",
                "providerId": "novu",
                "channel": "in_app",
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="hostel_night_pager_primary",
        bug="a primary integration is always active",
        buggy=night_pager_buggy,
        fixed=night_pager_fixed,
        raises=(AssertionError,),
        example=_example({"primary": True, "active": False}),
    ),
    ConsumerCase(
        name="hostel_purge_deleted_at",
        bug="deletedAt always carries a UTC offset, so it can be subtracted from an aware now()",
        buggy=purge_age_days_buggy,
        fixed=purge_age_days_fixed,
        raises=(TypeError,),
        example=_example({"deleted": True, "deletedAt": "2025-03-14T09:26:53.589"}),
    ),
    ConsumerCase(
        name="hostel_sms_sender_ascii",
        bug="an SMS sender id is plain ASCII",
        buggy=sms_sender_id_buggy,
        fixed=sms_sender_id_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-Pq7z", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0000", "token": "fake-token", "from": "Café Porto"},
        ),
    ),
    ConsumerCase(
        name="hostel_webhook_secret_base64",
        bug="the webhook secretKey is base64 of the raw key bytes",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(binascii.Error, ValueError),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Zr4",
                "providerId": "push-webhook",
                "channel": "push",
            },
            credentials={
                "webhookUrl": "https://hooks.hostelchain.example/push",
                "secretKey": "whsec_lisbon_2025",
            },
        ),
    ),
    ConsumerCase(
        name="hostel_relay_ini_password",
        bug="credential values contain no '%', which ConfigParser's interpolation reserves",
        buggy=relay_ini_buggy,
        fixed=relay_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Nodemailer", "identifier": "nodemailer-K3s", "providerId": "nodemailer"},
            credentials={
                "host": "mail.hostelchain.example",
                "user": "relay",
                "password": "50%off-dorms",
                "port": "587",
            },
        ),
    ),
    ConsumerCase(
        name="hostel_lobby_board_sender",
        bug="a sender name fits the board frame's one-byte length (255 UTF-8 bytes)",
        buggy=lobby_board_frame_buggy,
        fixed=lobby_board_frame_fixed,
        raises=(struct.error,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "desk@hostelchain.example",
                "senderName": "東京" * 50,
            }
        ),
    ),
    ConsumerCase(
        name="hostel_oncall_title_braces",
        bug="an alert title has no braces, so it can be spliced into a str.format template",
        buggy=oncall_alert_buggy,
        fixed=oncall_alert_fixed,
        raises=(KeyError, ValueError, IndexError, AttributeError, TypeError),
        example=_example(
            {
                "name": "Grafana OnCall",
                "identifier": "grafana-on-call-8u",
                "providerId": "grafana-on-call",
                "channel": "chat",
            },
            credentials={"alertUid": "a1", "title": "Boiler {room} offline", "state": "alerting"},
        ),
    ),
    ConsumerCase(
        name="hostel_spend_region_split",
        bug="a region always has exactly three dash-separated parts, like eu-west-1",
        buggy=spend_region_buggy,
        fixed=spend_region_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "SparkPost", "identifier": "spark-post-Xy1", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-api-key-0002",
                "region": "eu",
                "from": "a@b.example",
                "senderName": "Porto",
            },
        ),
    ),
    ConsumerCase(
        name="hostel_webhook_allowlist_url",
        bug="webhookUrl is always an absolute URL with a host",
        buggy=webhook_allowed_buggy,
        fixed=webhook_allowed_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {"name": "Email Webhook", "identifier": "email-webhook-1", "providerId": "email-webhook"},
            credentials={"webhookUrl": "/hooks/guest-mail", "from": "a@b.example", "senderName": "Porto"},
        ),
    ),
    ConsumerCase(
        name="hostel_relay_tls_toml",
        bug="tlsOptions keys are bare words and its values JSON scalars that TOML also reads",
        buggy=relay_tls_toml_buggy,
        fixed=relay_tls_toml_fixed,
        raises=(tomllib.TOMLDecodeError,),
        example=_example(
            {"name": "Nodemailer", "identifier": "nodemailer-K3s", "providerId": "nodemailer"},
            credentials={
                "host": "mail.hostelchain.example",
                "tlsOptions": {"rejectUnauthorized": False, "ca": None},
            },
        ),
    ),
    ConsumerCase(
        name="hostel_push_service_account",
        bug="serviceAccount is always the JSON text of a Google key with a project_id",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(json.JSONDecodeError, KeyError, TypeError, RecursionError),
        example=_example(
            {"name": "FCM", "identifier": "fcm-guest-app", "providerId": "fcm", "channel": "push"},
            credentials={"serviceAccount": "/run/secrets/fcm-guest-app.json"},
        ),
    ),
    ConsumerCase(
        name="hostel_rule_numeric_threshold",
        bug="the value of a LARGER/SMALLER rule is always a number",
        buggy=rule_matches_buggy,
        fixed=rule_matches_fixed,
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
                                "field": "payload.nights",
                                "value": "{{payload.minNights}}",
                                "operator": "LARGER_EQUAL",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
)
