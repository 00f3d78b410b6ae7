"""Sixteen consumers of ``GET /v1/integrations`` items in a hair and beauty salon chain.

The chain sends booking reminders by SMS, runs a stylist rota chat and a rota push app, mails
loyalty-club members, exports its integrations nightly to the point-of-sale (POS) vendor and
shows them on an admin dashboard; every salon location is its own Novu environment. Each
``ConsumerCase`` pairs a *buggy* consumer (one plausible wrong assumption about what the
contract allows; it works on ``HAPPY_PATH``) with a *fixed* control that never raises on a
contract-valid payload, and a valid ``example`` payload that triggers the bug.
"""

from __future__ import annotations

import base64
import copy
import csv
import hashlib
import hmac
import io
import json
import math
import re
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from datetime import UTC, datetime, timedelta
from string import Template
from typing import Any, cast
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "SALON_BUGS"]


def _example(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key)
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    credentials: dict[str, Any] = payload["credentials"]
    return credentials


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions: list[dict[str, Any]] = payload.get("conditions", [])
    return conditions


def _sql_text(value: str) -> str:
    """``value`` made storable by SQLite (lone surrogates cannot be encoded as UTF-8)."""
    return value.encode("utf-8", "replace").decode("utf-8")


# 1. "Reply STOP" line of booking-reminder SMS ----------------------------------------------

_E164 = re.compile(r"\+[1-9][0-9]{6,14}")


def stop_line_buggy(payload: Payload) -> str | None:
    """The opt-out line appended to booking-reminder SMS: clients reply STOP to the sender."""
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if sender is None:
        return None
    number = cast("re.Match[str]", _E164.fullmatch(sender.replace(" ", ""))).group(0)
    return f"Reply STOP to {number} to opt out"


def stop_line_fixed(payload: Payload) -> str | None:
    """Alphanumeric sender ids and short codes cannot take replies: point to the front desk."""
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if sender is None:
        return None
    compact = re.sub(r"[\s().-]", "", sender)
    if _E164.fullmatch(compact):
        return f"Reply STOP to {compact} to opt out"
    return "To opt out, tell your salon's front desk"


# 2. SMTP relay of the POS tills --------------------------------------------------------------


def till_smtp_relay_buggy(payload: Payload) -> tuple[str, int] | None:
    """(host, port) of the SMTP relay the tills use to e-mail receipts, for the till config file."""
    credentials = _credentials(payload)
    if "host" not in credentials:
        return None
    parts = urlsplit(f"smtp://{credentials['host']}:{credentials.get('port', '25')}")
    return parts.hostname or "", parts.port or 25


def till_smtp_relay_fixed(payload: Payload) -> tuple[str, int] | None:
    """``port`` is free text: only a decimal 1-65535 is used; anything else means misconfigured."""
    credentials = _credentials(payload)
    host: str | None = credentials.get("host")
    if host is None:
        return None
    host = host.strip().removeprefix("[").removesuffix("]").lower()
    port_text: str = credentials.get("port", "").strip() or "25"
    if not host or not (port_text.isascii() and port_text.isdigit() and len(port_text) <= 5):
        return None
    port = int(port_text)
    return (host, port) if 0 < port < 65536 else None


# 3. Data residency of loyalty e-mails ----------------------------------------------------------

_JURISDICTIONS = {
    "us": "US",
    "ca": "CA",
    "eu": "EU",
    "uk": "UK",
    "ap": "APAC",
    "sa": "LATAM",
    "mx": "LATAM",
    "me": "ME",
    "il": "IL",
    "af": "AF",
}


def mail_residency_buggy(payload: Payload) -> str:
    """The GDPR register entry: where the provider processes loyalty-club e-mails."""
    region = _credentials(payload).get("region")
    if region is None:
        return "provider default"
    geo, _area, _index = region.split("-")
    return _JURISDICTIONS[geo]


def mail_residency_fixed(payload: Payload) -> str:
    """``region`` is free text (``eu``, ``EU``, ``global``...), not always an AWS region name."""
    region = _credentials(payload).get("region")
    if region is None:
        return "provider default"
    geo = region.strip().lower().split("-", 1)[0]
    return _JURISDICTIONS.get(geo, "unknown")


# 4. DKIM signing domain -----------------------------------------------------------------------


def dkim_domain_buggy(payload: Payload) -> str | None:
    """The ASCII domain loyalty e-mails are DKIM-signed for, taken from the sender address."""
    if payload["channel"] != "email":
        return None
    sender: str | None = _credentials(payload).get("from")
    if not sender:
        return None
    return sender.rpartition("@")[2].encode("idna").decode("ascii").lower()


def dkim_domain_fixed(payload: Payload) -> str | None:
    """A sender whose domain IDNA cannot encode (empty or long labels...) gets no DKIM domain."""
    if payload["channel"] != "email":
        return None
    sender: str | None = _credentials(payload).get("from")
    if not sender:
        return None
    domain = sender.rpartition("@")[2].strip().rstrip(".")
    if not domain or len(domain) > 253:
        return None
    try:
        return domain.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None


# 5. Signature of the POS webhook -------------------------------------------------------------


def _webhook_body(payload: Payload) -> bytes:
    body = {"identifier": payload["identifier"], "active": payload["active"]}
    return json.dumps(body, sort_keys=True).encode("ascii")


def pos_webhook_signature_buggy(payload: Payload) -> str | None:
    """The HMAC-SHA256 header for forwarding integration changes to the POS vendor's webhook."""
    credentials = _credentials(payload)
    if "webhookUrl" not in credentials:
        return None
    key = base64.b64decode(credentials.get("secretKey", ""), validate=True)
    return hmac.new(key, _webhook_body(payload), hashlib.sha256).hexdigest()


def pos_webhook_signature_fixed(payload: Payload) -> str | None:
    """``secretKey`` is an opaque string, not base64: sign with its UTF-8 bytes."""
    credentials = _credentials(payload)
    if "webhookUrl" not in credentials:
        return None
    secret: str = credentials.get("secretKey", "")
    key = secret.encode("utf-8", "surrogatepass")
    return hmac.new(key, _webhook_body(payload), hashlib.sha256).hexdigest()


# 6. Firebase project of the stylist rota app ---------------------------------------------------


def rota_push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project the rota app's shift notifications go through (for the ops runbook)."""
    service_account = _credentials(payload).get("serviceAccount")
    if service_account is None:
        return None
    return str(json.loads(service_account)["project_id"])


def rota_push_project_fixed(payload: Payload) -> str | None:
    """``serviceAccount`` is any string: maybe not JSON, not an object, or without ``project_id``."""
    service_account = _credentials(payload).get("serviceAccount")
    if service_account is None:
        return None
    try:
        account = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    project = account.get("project_id") if isinstance(account, dict) else None
    return project if isinstance(project, str) else None


# 7. Credential purge after soft delete ---------------------------------------------------------

_NOW = datetime(2025, 5, 8, 9, 0, tzinfo=UTC)
_RETENTION = timedelta(days=30)


def purge_due_buggy(payload: Payload) -> bool | None:
    """Whether a soft-deleted integration's credentials are past the 30-day retention."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    deleted_at = datetime.fromisoformat(payload["deletedAt"].replace("Z", "+00:00"))
    return deleted_at + _RETENTION <= _NOW


def purge_due_fixed(payload: Payload) -> bool | None:
    """``deletedAt`` is a plain string: maybe not ISO, without offset, or at the end of time."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    text: str = payload["deletedAt"]
    try:
        deleted_at = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return True  # unknown deletion time: purge rather than keep secrets forever
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        return deleted_at + _RETENTION <= _NOW
    except OverflowError:
        return False


# 8. Per-location settings database -----------------------------------------------------------

_INTEGRATIONS_TABLE = (
    "CREATE TABLE integrations (id TEXT PRIMARY KEY, location TEXT NOT NULL,"
    " identifier TEXT NOT NULL, channel TEXT NOT NULL, active INTEGER NOT NULL)"
)
_INSERT_INTEGRATION = (
    "INSERT INTO integrations VALUES (:_id, :_environmentId, :identifier, :channel, :active)"
)


def _mirror(row: dict[str, object]) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.execute(_INTEGRATIONS_TABLE)
        connection.execute(_INSERT_INTEGRATION, row)
        return connection.execute("SELECT * FROM integrations").fetchall()


def location_mirror_buggy(payload: Payload) -> list[tuple[Any, ...]]:
    """Mirror the integration into the location settings DB (SQLite), keyed by its ``_id``."""
    row: dict[str, object] = {k: _sql_text(v) for k, v in payload.items() if isinstance(v, str)}
    row["active"] = int(payload["active"])
    return _mirror(row)


def location_mirror_fixed(payload: Payload) -> list[tuple[Any, ...]]:
    """``_id`` is optional: key on environment and identifier when it is absent."""
    row: dict[str, object] = {k: _sql_text(v) for k, v in payload.items() if isinstance(v, str)}
    row["active"] = int(payload["active"])
    row.setdefault("_id", f"{row['_environmentId']}/{row['identifier']}")
    return _mirror(row)


# 9. Locations served, for multi-location routing -----------------------------------------------


def booking_locations_buggy(payload: Payload) -> list[str]:
    """The salon locations this integration sends for: the first filter of each condition."""
    return [str(condition["children"][0]["value"]) for condition in _conditions(payload)]


def booking_locations_fixed(payload: Payload) -> list[str]:
    """A condition may have no children at all."""
    return [
        str(condition["children"][0]["value"]) for condition in _conditions(payload) if condition["children"]
    ]


# 10. Admin dashboard status badge ---------------------------------------------------------------

_BADGES = {(True, True): "Default", (True, False): "Fallback", (False, False): "Off"}


def dashboard_badge_buggy(payload: Payload) -> str:
    """The status badge next to an integration on the salon admin dashboard."""
    if payload["deleted"]:
        return "Removed"
    return _BADGES[(payload["active"], payload["primary"])]


def dashboard_badge_fixed(payload: Payload) -> str:
    """An inactive integration can still be primary (deactivation does not clear the flag)."""
    if payload["deleted"]:
        return "Removed"
    if payload["primary"] and not payload["active"]:
        return "Off (still default)"
    return _BADGES[(payload["active"], payload["primary"])]


# 11. Loyalty rule table -------------------------------------------------------------------------


def _load_rules(payload: Payload, table: str) -> int:
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.execute(table)
        for condition in _conditions(payload):
            for child in condition["children"]:
                connection.execute(
                    "INSERT INTO rules (field, operator, value, negated) VALUES (?, ?, ?, ?)",
                    (
                        _sql_text(child["field"]),
                        child["operator"],
                        _sql_text(child["value"]),
                        int(condition["isNegated"]),
                    ),
                )
        count: int = connection.execute("SELECT COUNT(*) FROM rules").fetchone()[0]
        return count


def loyalty_rules_buggy(payload: Payload) -> int:
    """Load the integration's filters into the loyalty-club rule table, one rule per field."""
    return _load_rules(
        payload,
        "CREATE TABLE rules (field TEXT PRIMARY KEY, operator TEXT NOT NULL,"
        " value TEXT NOT NULL, negated INTEGER NOT NULL)",
    )


def loyalty_rules_fixed(payload: Payload) -> int:
    """Several filters may test the same field (``location = a`` OR ``location = b``)."""
    return _load_rules(
        payload,
        "CREATE TABLE rules (id INTEGER PRIMARY KEY, field TEXT NOT NULL,"
        " operator TEXT NOT NULL, value TEXT NOT NULL, negated INTEGER NOT NULL)",
    )


# 12. Loyalty points segment query ---------------------------------------------------------------

_NUMERIC_OPERATORS = {"LARGER": ">", "SMALLER": "<", "LARGER_EQUAL": ">=", "SMALLER_EQUAL": "<="}


def points_segment_buggy(payload: Payload) -> tuple[str, list[object]]:
    """A SQL WHERE clause selecting loyalty members that match the numeric filters."""
    clauses: list[str] = []
    params: list[object] = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            operator = _NUMERIC_OPERATORS.get(child["operator"])
            if operator is None:
                continue
            clauses.append(f"CAST(json_extract(profile, ?) AS INTEGER) {operator} ?")
            params += [f"$.{child['field']}", int(child["value"])]
    return " AND ".join(clauses) or "1 = 1", params


def _number(text: str) -> int | float | None:
    text = text.strip()
    if len(text) > 40:
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def points_segment_fixed(payload: Payload) -> tuple[str, list[object]]:
    """A numeric operator's value is a string: maybe decimal, empty or not a number at all."""
    clauses: list[str] = []
    params: list[object] = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            operator = _NUMERIC_OPERATORS.get(child["operator"])
            if operator is None:
                continue
            number = _number(child["value"])
            if number is None:
                clauses.append(f"json_extract(profile, ?) {operator} ?")
                params += [f"$.{child['field']}", child["value"]]
            else:
                clauses.append(f"CAST(json_extract(profile, ?) AS REAL) {operator} ?")
                params += [f"$.{child['field']}", number]
    return " AND ".join(clauses) or "1 = 1", params


# 13. SMS budget: segments per booking reminder --------------------------------------------------

_REMINDER = "Hi {client}, your appointment is on {when}. See you soon! - {signature}"


def _reminder_body(payload: Payload) -> str:
    signature = _credentials(payload).get("senderName") or payload["name"]
    return _REMINDER.format(client="Alex", when="Tue 14:30", signature=signature)


def reminder_segments_buggy(payload: Payload) -> int | None:
    """How many SMS segments one booking reminder costs via this integration."""
    if payload["channel"] != "sms":
        return None
    encoded = _reminder_body(payload).encode("ascii")  # "SMS is GSM-7"
    return 1 if len(encoded) <= 160 else math.ceil(len(encoded) / 153)


def reminder_segments_fixed(payload: Payload) -> int | None:
    """Non-ASCII sender names (``Zoë``) switch the SMS to UCS-2: 70/67 code units a segment."""
    if payload["channel"] != "sms":
        return None
    body = _reminder_body(payload)
    if body.isascii():
        return 1 if len(body) <= 160 else math.ceil(len(body) / 153)
    units = len(body.encode("utf-16-le", "surrogatepass")) // 2
    return 1 if units <= 70 else math.ceil(units / 67)


# 14. Nightly CSV export for the POS vendor ------------------------------------------------------

_EXPORT_COLUMNS = ("id", "location", "name", "identifier", "provider", "channel")


def _export_fields(payload: Payload) -> list[str]:
    return [
        payload.get("_id", ""),
        payload["_environmentId"],
        payload["name"],
        payload["identifier"],
        payload["providerId"],
        payload["channel"],
    ]


def pos_export_row_buggy(payload: Payload) -> str:
    """One line of the POS vendor's nightly import file, re-read to validate it before upload."""
    line = ",".join(_export_fields(payload))
    if len(next(csv.reader([line]))) != len(_EXPORT_COLUMNS):
        raise ValueError(f"corrupt export line: {line[:80]!r}")
    return line + "\r\n"


def pos_export_row_fixed(payload: Payload) -> str:
    """Names may hold commas, quotes and line breaks: let the csv module quote them."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(_export_fields(payload))
    return buffer.getvalue()


# 15. Rota chat: LIKE filters as regexes ---------------------------------------------------------


def rota_patterns_buggy(payload: Payload) -> list[re.Pattern[str]]:
    """Regexes routing shift messages to stylists, from the integration's LIKE filters."""
    patterns: list[re.Pattern[str]] = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                pattern = child["value"].replace("%", ".*").replace("_", ".")
                patterns.append(re.compile(pattern, re.IGNORECASE))
    return patterns


def _like_to_regex(value: str) -> str:
    return "".join(".*" if char == "%" else "." if char == "_" else re.escape(char) for char in value)


def rota_patterns_fixed(payload: Payload) -> list[re.Pattern[str]]:
    """A LIKE value is text, not a regex: escape everything but ``%`` and ``_``."""
    patterns: list[re.Pattern[str]] = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            if child["operator"] in ("LIKE", "NOT_LIKE"):
                patterns.append(re.compile(_like_to_regex(child["value"]), re.IGNORECASE | re.DOTALL))
    return patterns


# 16. Loyalty e-mail footer ------------------------------------------------------------------------

_SALON = {"salon": "Glow & Co", "unsubscribe_url": "https://glow.example/u/7f3a"}


def loyalty_footer_buggy(payload: Payload) -> str | None:
    """The footer of loyalty-club e-mails, signed with the sender name."""
    if payload["channel"] != "email":
        return None
    sender = _credentials(payload).get("senderName", payload["name"])
    template = Template(f"Sent by {sender} for $salon. Unsubscribe: $unsubscribe_url")
    return template.substitute(_SALON)


def loyalty_footer_fixed(payload: Payload) -> str | None:
    """A sender name may contain ``$``: pass it as a value, never as template text."""
    if payload["channel"] != "email":
        return None
    sender = _credentials(payload).get("senderName", payload["name"])
    template = Template("Sent by $sender for $salon. Unsubscribe: $unsubscribe_url")
    return template.substitute(_SALON, sender=sender)


# The suite ----------------------------------------------------------------------------------------

_SMS = {"providerId": "twilio", "channel": "sms", "name": "Twilio", "identifier": "twilio-Hs7aP2"}


SALON_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="salon_stop_line_e164",
        bug="assumes the SMS sender `from` is an E.164 number (not an alphanumeric sender id)",
        buggy=stop_line_buggy,
        fixed=stop_line_fixed,
        raises=(AttributeError,),
        example=_example(
            {**_SMS, "credentials": {"accountSid": "AC-glow-01", "token": "t0k", "from": "GLOWSALON"}}
        ),
    ),
    ConsumerCase(
        name="salon_till_smtp_port",
        bug="puts `host` and `port` into a URL and trusts `.port`: a port is any string",
        buggy=till_smtp_relay_buggy,
        fixed=till_smtp_relay_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "nodemailer",
                "name": "Custom SMTP",
                "credentials": {
                    "host": "smtp.glow.example",
                    "port": "submission",
                    "from": "receipts@glow.example",
                    "senderName": "Glow & Co",
                },
            }
        ),
    ),
    ConsumerCase(
        name="salon_mail_region_residency",
        bug="assumes `region` is an AWS-style `geo-area-N` name",
        buggy=mail_residency_buggy,
        fixed=mail_residency_fixed,
        raises=(ValueError, KeyError),
        example=_example(
            {
                "providerId": "sparkpost",
                "name": "SparkPost",
                "credentials": {
                    "apiKey": "sp-key",
                    "region": "eu",
                    "from": "club@glow.example",
                    "senderName": "Glow Club",
                },
            }
        ),
    ),
    ConsumerCase(
        name="salon_dkim_idna_domain",
        bug="assumes the domain of `from` always IDNA-encodes (no empty or over-long labels)",
        buggy=dkim_domain_buggy,
        fixed=dkim_domain_fixed,
        raises=(UnicodeError,),
        example=_example(
            {"credentials": {"apiKey": "k", "from": "club@glow..example", "senderName": "Glow"}}
        ),
    ),
    ConsumerCase(
        name="salon_pos_webhook_secret_base64",
        bug="assumes the webhook `secretKey` is base64",
        buggy=pos_webhook_signature_buggy,
        fixed=pos_webhook_signature_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "providerId": "push-webhook",
                "channel": "push",
                "name": "Push Webhook",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://pos.glow.example/hooks/novu",
                    "secretKey": "whsec_live-9f8e7d",
                },
            }
        ),
    ),
    ConsumerCase(
        name="salon_rota_fcm_service_account",
        bug="assumes `serviceAccount` is a JSON object string with `project_id`",
        buggy=rota_push_project_buggy,
        fixed=rota_push_project_fixed,
        raises=(ValueError, KeyError, TypeError, RecursionError),
        example=_example(
            {
                "providerId": "fcm",
                "channel": "push",
                "name": "Firebase Cloud Messaging",
                "primary": False,
                "credentials": {"serviceAccount": "/etc/glow/firebase-rota.json"},
            }
        ),
    ),
    ConsumerCase(
        name="salon_purge_deleted_at_offset",
        bug="assumes `deletedAt` is an ISO timestamp with an offset (not naive, not free text)",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(ValueError, TypeError, OverflowError),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-03-01T18:30:00"}),
    ),
    ConsumerCase(
        name="salon_location_db_missing_id",
        bug="binds `_id` by name into the location DB: `_id` is optional",
        buggy=location_mirror_buggy,
        fixed=location_mirror_fixed,
        raises=(sqlite3.ProgrammingError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="salon_location_first_child",
        bug="assumes every condition has at least one child filter",
        buggy=booking_locations_buggy,
        fixed=booking_locations_fixed,
        raises=(IndexError,),
        example=_example(
            {
                "conditions": [
                    HAPPY_PATH["conditions"][0],
                    {"isNegated": False, "type": "GROUP", "value": "OR", "children": []},
                ]
            }
        ),
    ),
    ConsumerCase(
        name="salon_badge_inactive_primary",
        bug="assumes an inactive integration is never primary",
        buggy=dashboard_badge_buggy,
        fixed=dashboard_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="salon_loyalty_rules_duplicate_field",
        bug="assumes no two child filters test the same field",
        buggy=loyalty_rules_buggy,
        fixed=loyalty_rules_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "subscriber.data.salon",
                                "value": "soho",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            },
                            {
                                "field": "subscriber.data.salon",
                                "value": "shoreditch",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            },
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="salon_points_segment_integer",
        bug="assumes the value of a LARGER/SMALLER filter is an integer string",
        buggy=points_segment_buggy,
        fixed=points_segment_fixed,
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
                                "field": "subscriber.data.points",
                                "value": "250.5",
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
        name="salon_reminder_sms_ascii",
        bug="assumes the sender name on SMS reminders is ASCII (GSM-7)",
        buggy=reminder_segments_buggy,
        fixed=reminder_segments_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {
                **_SMS,
                "name": "Coiffure Zoë",
                "credentials": {"accountSid": "AC-zoe", "token": "t0k", "from": "+447700900123"},
            }
        ),
    ),
    ConsumerCase(
        name="salon_pos_export_csv_join",
        bug="joins fields with commas: names may contain commas, quotes or line breaks",
        buggy=pos_export_row_buggy,
        fixed=pos_export_row_fixed,
        raises=(ValueError, csv.Error),
        example=_example({"name": "Glow, Soho"}),
    ),
    ConsumerCase(
        name="salon_rota_like_regex",
        bug="compiles a LIKE filter value as a regex without escaping it",
        buggy=rota_patterns_buggy,
        fixed=rota_patterns_fixed,
        raises=(re.error, OverflowError, ValueError, RecursionError, FutureWarning),
        example=_example(
            {
                "providerId": "slack",
                "channel": "chat",
                "name": "Slack",
                "primary": False,
                "credentials": {"applicationId": "A01", "clientId": "C01", "secretKey": "s"},
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.stylist",
                                "value": "senior (colour%",
                                "operator": "LIKE",
                                "on": "payload",
                            }
                        ],
                    }
                ],
            }
        ),
    ),
    ConsumerCase(
        name="salon_loyalty_footer_template",
        bug="puts the sender name into `string.Template` text: a `$` in it breaks substitution",
        buggy=loyalty_footer_buggy,
        fixed=loyalty_footer_fixed,
        raises=(KeyError, ValueError),
        example=_example(
            {"credentials": {"apiKey": "k", "from": "club@glow.example", "senderName": "$5 Blow-Dry Bar"}}
        ),
    ),
]
