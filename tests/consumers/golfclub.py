"""Sixteen consumers of ``GET /v1/integrations`` items in a golf and country club management SaaS.

The product runs many clubs (one Novu organization per club group, one environment per club) and
uses Novu for tee-time reminders by SMS, member newsletters and pro-shop receipts by e-mail,
course-status pushes (frost delay, cart-path-only, lightning), pro-shop chat, and membership-tier
routing through integration conditions. The code below is what its services do with each
integration item: carrier registration, DKIM and relay set-up, Firebase look-ups, back-office
exports, a rules table, webhook signing, egress firewall rules, data-residency checks, soft-delete
purges, reminder templates, cache keys, an XML inventory feed, admin badges and "connected since"
dates.

Each ``ConsumerCase`` pairs a *buggy* version (it works on ``HAPPY_PATH``) with a *fixed* one that
honours the contract; ``example`` is a contract-valid payload on which the buggy version raises.
"""

from __future__ import annotations

import copy
import csv
import hashlib
import hmac
import io
import json
import re
import sqlite3
import struct
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from string import Template
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["GOLFCLUB_BUGS", "HAPPY_PATH"]

_NOW = datetime(2025, 6, 1, 12, 0, 0)
"""The fixed "now" of the purge scheduler (naive UTC), so that the suite is deterministic."""


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
        payload.pop(key)
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object (``{}`` when absent, as newer API versions may send)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions: list[dict[str, Any]] = payload.get("conditions", [])
    return conditions


def _child(field: str, value: str, operator: str = "EQUAL", on: str = "subscriber") -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator, "on": on}


def _condition(*children: dict[str, str]) -> dict[str, Any]:
    return {"isNegated": False, "type": "STATEMENT", "value": "AND", "children": list(children)}


# 1. Tee-time reminder sender: E.164 number or alphanumeric sender id ----------------------


def _compact_sender(sender: str) -> str:
    return sender.replace(" ", "").replace("-", "").removeprefix("+")


def sms_sender_registration_buggy(payload: Payload) -> str | None:
    """The E.164 number tee-time reminders come from, for the carrier's sender registration."""
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if sender is None:
        return None
    return f"+{int(_compact_sender(sender))}"


def sms_sender_registration_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if sender is None:
        return None
    digits = _compact_sender(sender)
    if digits.isascii() and digits.isdigit() and 0 < len(digits) <= 15:
        return f"+{digits}"
    return f"alphanumeric:{sender}"  # a sender id ("PINEHURST") or short code: registered as is


# 2. Newsletter DKIM domain ----------------------------------------------------------------


def _sender_domain(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    sender = _credentials(payload).get("from")
    if not sender:
        return None
    domain: str = sender.rpartition("@")[2]
    return domain


def newsletter_dkim_domain_buggy(payload: Payload) -> str | None:
    """The ASCII (IDNA) domain the member newsletter is DKIM-signed for, from ``credentials.from``."""
    domain = _sender_domain(payload)
    if domain is None:
        return None
    return domain.encode("idna").decode("ascii").lower()


def newsletter_dkim_domain_fixed(payload: Payload) -> str | None:
    domain = _sender_domain(payload)
    if domain is None:
        return None
    try:
        encoded = domain.encode("idna")
    except UnicodeError:
        return None  # not a DNS name: sign with the provider's domain instead
    return encoded.decode("ascii", "replace").lower()


# 3. Pro-shop receipt relay: SMTP port ----------------------------------------------------


def smtp_relay_config_buggy(payload: Payload) -> dict[str, object] | None:
    """Relay settings (host, port, implicit TLS) for pro-shop receipts sent through custom SMTP."""
    credentials = _credentials(payload)
    host = credentials.get("host")
    if host is None:
        return None
    secure = bool(credentials.get("secure", False))
    port = int(credentials.get("port", "465" if secure else "587"))
    return {"host": host, "port": port, "implicit_tls": secure}


def smtp_relay_config_fixed(payload: Payload) -> dict[str, object] | None:
    credentials = _credentials(payload)
    host = credentials.get("host")
    if host is None:
        return None
    secure = bool(credentials.get("secure", False))
    port = 465 if secure else 587
    text = str(credentials.get("port", "")).strip()
    if text.isascii() and text.isdigit() and len(text) <= 5 and 0 < int(text) < 65536:
        port = int(text)
    return {"host": host, "port": port, "implicit_tls": secure}


# 4. Course-status push: Firebase project from the service account ------------------------


def course_push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project course-status pushes go through, read from ``serviceAccount``."""
    account = _credentials(payload).get("serviceAccount")
    if account is None:
        return None
    info = json.loads(account)
    project = info.get("project_id") if isinstance(info, dict) else None
    return project if isinstance(project, str) else None


def course_push_project_fixed(payload: Payload) -> str | None:
    account = _credentials(payload).get("serviceAccount")
    if account is None:
        return None
    try:
        info = json.loads(account)
    except (ValueError, RecursionError):
        return None  # e.g. the stored form "nvsk.<iv>:<cipher>" of a write reply
    project = info.get("project_id") if isinstance(info, dict) else None
    return project if isinstance(project, str) else None


# 5. Back-office export: CSV for the club's Windows accounting system ---------------------


def _csv_row(payload: Payload) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [
            payload["identifier"],
            payload["name"],
            payload["providerId"],
            payload["channel"],
            "yes" if payload["active"] else "no",
        ]
    )
    return buffer.getvalue()


def backoffice_csv_buggy(payload: Payload) -> bytes:
    """One cp1252 CSV line of the nightly integration export the club's back office imports."""
    return _csv_row(payload).encode("cp1252")


def backoffice_csv_fixed(payload: Payload) -> bytes:
    return _csv_row(payload).encode("cp1252", errors="replace")


# 6. Handicap-band routing: numeric thresholds in conditions ------------------------------

_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def handicap_thresholds_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """Numeric thresholds (e.g. ``subscriber.handicap LARGER 18``) compiled for the band router."""
    thresholds = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            if child["operator"] in _NUMERIC_OPERATORS:
                thresholds.append((child["field"], child["operator"], float(child["value"])))
    return thresholds


def handicap_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    thresholds = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            if child["operator"] not in _NUMERIC_OPERATORS:
                continue
            try:
                threshold = float(child["value"])
            except ValueError:
                continue  # "12,5", "{{payload.max}}", "": compared as text by Novu, not a band
            thresholds.append((child["field"], child["operator"], threshold))
    return thresholds


# 7. Membership-tier rules table (SQLite) -------------------------------------------------


def _db_text(text: str) -> str:
    """``text`` as SQLite can store it (lone surrogates replaced)."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _sync_rules(payload: Payload, schema: str, positional: bool) -> int:
    db = sqlite3.connect(":memory:")
    try:
        db.execute(schema)
        for c_index, condition in enumerate(_conditions(payload)):
            for p_index, child in enumerate(condition["children"]):
                row: tuple[object, ...] = (
                    _db_text(payload["identifier"]),
                    _db_text(child["on"]),
                    _db_text(child["field"]),
                    child["operator"],
                    _db_text(child["value"]),
                    int(condition["isNegated"]),
                )
                if positional:
                    row += (c_index, p_index)
                db.execute(f"INSERT INTO rule VALUES ({', '.join('?' * len(row))})", row)
        count: int = db.execute("SELECT count(*) FROM rule").fetchone()[0]
        return count
    finally:
        db.close()


def tier_rules_sync_buggy(payload: Payload) -> int:
    """Copies the integration's condition children into the tier router's rules table."""
    return _sync_rules(
        payload,
        "CREATE TABLE rule (integration TEXT, scope TEXT, field TEXT, operator TEXT, value TEXT,"
        " negated INTEGER, PRIMARY KEY (integration, scope, field))",
        positional=False,
    )


def tier_rules_sync_fixed(payload: Payload) -> int:
    return _sync_rules(
        payload,
        "CREATE TABLE rule (integration TEXT, scope TEXT, field TEXT, operator TEXT, value TEXT,"
        " negated INTEGER, condition_no INTEGER, child_no INTEGER,"
        " PRIMARY KEY (integration, condition_no, child_no))",
        positional=True,
    )


# 8. Course-status webhook signature -----------------------------------------------------

_WEBHOOK_BODY = b'{"course":"north","status":"cart-path-only"}'


def webhook_signature_buggy(payload: Payload) -> str | None:
    """The ``X-Club-Signature`` (HMAC-SHA256) of a course-status webhook, keyed by ``secretKey``."""
    credentials = _credentials(payload)
    secret = credentials.get("secretKey")
    if credentials.get("webhookUrl") is None or secret is None:
        return None
    return hmac.new(bytes.fromhex(secret), _WEBHOOK_BODY, hashlib.sha256).hexdigest()


def webhook_signature_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    secret = credentials.get("secretKey")
    if credentials.get("webhookUrl") is None or secret is None:
        return None
    key = secret.encode("utf-8", "surrogatepass")  # an opaque token, used as its bytes
    return hmac.new(key, _WEBHOOK_BODY, hashlib.sha256).hexdigest()


# 9. Egress firewall rule for outbound URLs ----------------------------------------------


def _outbound_url(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    url: str | None = credentials.get("webhookUrl", credentials.get("baseUrl"))
    return url


def egress_rule_buggy(payload: Payload) -> tuple[str, int] | None:
    """The (host, port) egress rule the club's firewall needs for ``webhookUrl`` or ``baseUrl``."""
    url = _outbound_url(payload)
    if url is None:
        return None
    parts = urlsplit(url)
    host = parts.hostname.rstrip(".")  # type: ignore[union-attr]
    return host, parts.port or (80 if parts.scheme == "http" else 443)


def egress_rule_fixed(payload: Payload) -> tuple[str, int] | None:
    url = _outbound_url(payload)
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None  # not a URL the firewall can express: the admin gets a warning instead
    if parts.hostname is None:
        return None
    return parts.hostname.rstrip("."), port or (80 if parts.scheme == "http" else 443)


# 10. Data residency of AWS-backed integrations -------------------------------------------

_ZONES = {"eu": "EU", "us": "US", "ap": "APAC", "ca": "US", "sa": "LATAM", "me": "EMEA"}


def data_residency_buggy(payload: Payload) -> str | None:
    """The residency zone of an integration's ``region`` (European clubs must send from the EU)."""
    region = _credentials(payload).get("region")
    if region is None:
        return None
    geography, _direction, _number = region.split("-")
    return _ZONES.get(geography.lower(), "other")


def data_residency_fixed(payload: Payload) -> str | None:
    region = _credentials(payload).get("region")
    if region is None:
        return None
    geography = region.strip().split("-", 1)[0]  # "eu", "eu-west-1", "us-gov-west-1"
    return _ZONES.get(geography.lower(), "other")


# 11. Purge of soft-deleted integrations ---------------------------------------------------

_RETENTION = timedelta(days=30)


def purge_decision_buggy(payload: Payload) -> str | None:
    """Whether the nightly job may purge a soft-deleted integration (30 days after deletion)."""
    if not payload["deleted"]:
        return None
    stamp = payload.get("deletedAt")
    if stamp is None:
        return "review"
    deleted_at = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ")
    return "purge" if _NOW - deleted_at > _RETENTION else "keep"


def purge_decision_fixed(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    stamp = payload.get("deletedAt")
    if stamp is None:
        return "review"
    try:
        deleted_at = datetime.fromisoformat(stamp)
        if deleted_at.tzinfo is not None:
            deleted_at = deleted_at.astimezone(UTC).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return "review"  # deletedAt is a plain string: a person looks at it
    return "purge" if _NOW - deleted_at > _RETENTION else "keep"


# 12. Tee-time reminder template ---------------------------------------------------------

_REMINDER = "$club: your tee time is $time on the $course. Reply C to cancel."


def _club_label(payload: Payload) -> str:
    label: str = _credentials(payload).get("senderName") or payload["name"]
    return label


def tee_reminder_text_buggy(payload: Payload) -> str:
    """The reminder text, with the club's sender name filled in once per integration."""
    per_club = Template(_REMINDER.replace("$club", _club_label(payload)))
    return per_club.substitute(time="07:40", course="North Course")


def tee_reminder_text_fixed(payload: Payload) -> str:
    return Template(_REMINDER).substitute(club=_club_label(payload), time="07:40", course="North Course")


# 13. Club-tenant cache key --------------------------------------------------------------


def _cache_parts(payload: Payload) -> list[str]:
    return [payload["_organizationId"], payload["_environmentId"], payload["identifier"]]


def cache_key_roundtrip_buggy(payload: Payload) -> tuple[str, str, str, str]:
    """The integration's cache key and the (club group, club, identifier) invalidation reads back."""
    key = "integration:" + ":".join(_cache_parts(payload))
    _prefix, organization, environment, identifier = key.split(":")
    return key, organization, environment, identifier


def cache_key_roundtrip_fixed(payload: Payload) -> tuple[str, str, str, str]:
    quoted = [quote(part, safe="", errors="surrogatepass") for part in _cache_parts(payload)]
    key = "integration:" + ":".join(quoted)
    _prefix, organization, environment, identifier = (
        unquote(part, errors="surrogatepass") for part in key.split(":")
    )
    return key, organization, environment, identifier


# 14. XML inventory feed for the admin console -------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_chars(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot carry at all."""
    return _XML_ILLEGAL.sub("\ufffd", text)


def inventory_xml_buggy(payload: Payload) -> str:
    """One ``<integration>`` element of the admin console's XML feed, checked before publishing."""
    document = (
        f'<integration id="{_xml_chars(payload["identifier"])}" channel="{payload["channel"]}">'
        f"<name>{_xml_chars(payload['name'])}</name>"
        f"<provider>{_xml_chars(payload['providerId'])}</provider>"
        "</integration>"
    )
    ET.fromstring(document)
    return document


def inventory_xml_fixed(payload: Payload) -> str:
    element = ET.Element("integration", id=_xml_chars(payload["identifier"]), channel=payload["channel"])
    ET.SubElement(element, "name").text = _xml_chars(payload["name"])
    ET.SubElement(element, "provider").text = _xml_chars(payload["providerId"])
    document = ET.tostring(element, encoding="unicode")
    ET.fromstring(document)
    return document


# 15. Admin badge from the active/primary flags -------------------------------------------

_BADGES = {(True, True): "Default", (True, False): "Fallback", (False, False): "Disabled"}


def admin_badge_buggy(payload: Payload) -> str:
    """The badge next to an integration in the club admin's integration list."""
    return _BADGES[(payload["active"], payload["primary"])]


def admin_badge_fixed(payload: Payload) -> str:
    badges = {**_BADGES, (False, True): "Disabled (still default)"}
    return badges[(bool(payload["active"]), bool(payload["primary"]))]


# 16. "Connected since" from the ObjectId ------------------------------------------------

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def connected_since_buggy(payload: Payload) -> str:
    """The "connected since" date of the admin inventory, read from the ``_id`` ObjectId."""
    raw = bytes.fromhex(payload["_id"])
    (seconds,) = struct.unpack(">I", raw[:4])
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


def connected_since_fixed(payload: Payload) -> str:
    object_id = payload.get("_id")
    if object_id is None or not _OBJECT_ID.fullmatch(object_id):
        return "unknown"
    (seconds,) = struct.unpack(">I", bytes.fromhex(object_id)[:4])
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


# The suite --------------------------------------------------------------------------------

GOLFCLUB_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="golfclub_sms_sender_registration",
        bug="assumes an SMS integration's credentials.from is a phone number, not a sender id",
        buggy=sms_sender_registration_buggy,
        fixed=sms_sender_registration_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-Qm3vT7aa", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0000000000", "token": "fake-token", "from": "PINEHURST"},
        ),
    ),
    ConsumerCase(
        name="golfclub_newsletter_dkim_domain",
        bug="assumes the domain after the last '@' of credentials.from is a valid IDNA host name",
        buggy=newsletter_dkim_domain_buggy,
        fixed=newsletter_dkim_domain_fixed,
        raises=(UnicodeError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "news@royal-and-ancient-pine-valley-golf-and-country-club-members-association.org",
                "senderName": "Pine Valley Golf Club",
            }
        ),
    ),
    ConsumerCase(
        name="golfclub_smtp_relay_port",
        bug="assumes the string credentials.port always holds an integer",
        buggy=smtp_relay_config_buggy,
        fixed=smtp_relay_config_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Lk2", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.pinevalley-golf.com",
                "port": "submission",
                "from": "proshop@pinevalley-golf.com",
                "senderName": "Pro Shop",
            },
        ),
    ),
    ConsumerCase(
        name="golfclub_course_push_project",
        bug="assumes credentials.serviceAccount is always the service account's JSON",
        buggy=course_push_project_buggy,
        fixed=course_push_project_fixed,
        raises=(ValueError, RecursionError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-a1B2c3",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.8f1c2a9e0b3d4c5f:0a1b2c3d4e5f6a7b8c9d"},
        ),
    ),
    ConsumerCase(
        name="golfclub_backoffice_csv",
        bug="assumes integration names and identifiers fit the cp1252 code page",
        buggy=backoffice_csv_buggy,
        fixed=backoffice_csv_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Győri Golfklub hírlevél ⛳"}),
    ),
    ConsumerCase(
        name="golfclub_handicap_thresholds",
        bug="assumes the value of a LARGER/SMALLER condition child is a float literal",
        buggy=handicap_thresholds_buggy,
        fixed=handicap_thresholds_fixed,
        raises=(ValueError,),
        example=_example({"conditions": [_condition(_child("subscriber.data.handicap", "12,5", "SMALLER"))]}),
    ),
    ConsumerCase(
        name="golfclub_tier_rules_sync",
        bug="assumes a field appears in at most one condition child per integration",
        buggy=tier_rules_sync_buggy,
        fixed=tier_rules_sync_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    _condition(
                        _child("subscriber.data.handicap", "5", "LARGER_EQUAL"),
                        _child("subscriber.data.handicap", "18", "SMALLER"),
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="golfclub_webhook_signature",
        bug="assumes the webhook secretKey is a hex string",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-7Yt",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "webhookUrl": "https://ops.pinevalley-golf.com/hooks/course-status",
                "secretKey": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            },
        ),
    ),
    ConsumerCase(
        name="golfclub_egress_rule",
        bug="assumes webhookUrl/baseUrl is an absolute URL with a host and a valid port",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-Pp9",
                "providerId": "generic-sms",
                "channel": "sms",
            },
            credentials={
                "baseUrl": "sms-gateway.pinevalley-golf.com/api/send",
                "apiKeyRequestHeader": "X-Api-Key",
                "apiKey": "fake-api-key-0002",
                "idPath": "data.id",
                "from": "+15555550100",
            },
        ),
    ),
    ConsumerCase(
        name="golfclub_data_residency",
        bug="assumes credentials.region always has the three-part 'eu-west-1' shape",
        buggy=data_residency_buggy,
        fixed=data_residency_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "SparkPost", "identifier": "spark-post-Wq1", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-api-key-0003",
                "region": "eu",
                "from": "members@pinevalley-golf.com",
                "senderName": "Pine Valley Golf Club",
            },
        ),
    ),
    ConsumerCase(
        name="golfclub_purge_decision",
        bug="assumes deletedAt is always in JavaScript's toISOString() shape (millis and 'Z')",
        buggy=purge_decision_buggy,
        fixed=purge_decision_fixed,
        raises=(ValueError,),
        example=_example(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-04-20T06:30:00+02:00"}
        ),
    ),
    ConsumerCase(
        name="golfclub_tee_reminder_text",
        bug="splices senderName/name into a $-template, assuming it contains no '$'",
        buggy=tee_reminder_text_buggy,
        fixed=tee_reminder_text_fixed,
        raises=(KeyError, ValueError),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "no-reply@pinevalley-golf.com",
                "senderName": "Pine Valley Pro Shop ($5 range balls)",
            }
        ),
    ),
    ConsumerCase(
        name="golfclub_cache_key_roundtrip",
        bug="joins ids and identifier with ':' and splits them back, assuming none contains ':'",
        buggy=cache_key_roundtrip_buggy,
        fixed=cache_key_roundtrip_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "sms:tee-times"}),
    ),
    ConsumerCase(
        name="golfclub_inventory_xml",
        bug="interpolates names and identifiers into XML without escaping '&', '<' and quotes",
        buggy=inventory_xml_buggy,
        fixed=inventory_xml_fixed,
        raises=(ET.ParseError,),
        example=_example({"name": "Members & Guests Newsletter"}),
    ),
    ConsumerCase(
        name="golfclub_admin_badge",
        bug="assumes a primary integration is always active",
        buggy=admin_badge_buggy,
        fixed=admin_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="golfclub_connected_since",
        bug="assumes _id is present and is a hex ObjectId",
        buggy=connected_since_buggy,
        fixed=connected_since_fixed,
        raises=(KeyError, ValueError, struct.error),
        example=_example(drop=("_id",)),
    ),
]
"""The sixteen golf-club consumer cases."""
