"""Esports tournament platform: match-start push alerts, bracket e-mails, team-captain SMS,
Discord/Slack/Teams chat bridges, anti-cheat audit logs and sponsor reporting, consuming Novu
``GET /v1/integrations`` items.

Each consumer is written twice: ``*_buggy`` carries one plausible mistake about what the
``IntegrationResponseDto`` contract allows, ``*_fixed`` is what a careful engineer ships.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import csv
import email.errors
import enum
import hashlib
import hmac
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["ESPORTS_BUGS", "HAPPY_PATH"]


def _example(
    changes: Mapping[str, Any] | None = None, *, credentials: Mapping[str, Any] | None = None
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced and credentials keys replaced or added."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = {**payload["credentials"], **copy.deepcopy(dict(credentials))}
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    credentials: dict[str, Any] = payload["credentials"]
    return credentials


def _str_cred(payload: Payload, key: str) -> str | None:
    """A string credential, or ``None`` when absent (known keys are strings when present)."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included (JSON can carry them)."""
    return text.encode("utf-8", "surrogatepass")


# 1. Bracket e-mails: DKIM alignment domain of the sender ----------------------------------


def bracket_sender_domain_buggy(payload: Payload) -> str | None:
    """The domain bracket e-mails are sent from, to pick the DKIM key that signs them."""
    if payload["channel"] != "email":
        return None
    sender = _str_cred(payload, "from")
    if sender is None:
        return None
    return Address(addr_spec=sender).domain.lower()


_DOMAIN = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
)


def bracket_sender_domain_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    sender = _str_cred(payload, "from")
    if sender is None:
        return None
    sender = sender.strip()
    # "Esports HQ <hq@example.gg>" is a common way to fill the field in.
    if sender.endswith(">") and "<" in sender:
        sender = sender[sender.rfind("<") + 1 : -1]
    _, at, domain = sender.rpartition("@")
    if not at or len(domain) > 253 or not _DOMAIN.fullmatch(domain):
        return None
    return domain.lower()


# 2. Team-captain SMS: normalise the sender number to E.164 --------------------------------


def captain_sms_sender_buggy(payload: Payload) -> str | None:
    """The E.164 sender number shown to captains in the 'who texts you' help page."""
    if payload["channel"] != "sms":
        return None
    sender = _str_cred(payload, "from")
    if not sender:
        return None
    digits = sender.strip().lstrip("+").replace(" ", "").replace("-", "")
    return "+" + str(int(digits))


def captain_sms_sender_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = _str_cred(payload, "from")
    if not sender:
        return None
    digits = sender.strip().lstrip("+").replace(" ", "").replace("-", "")
    if digits.isascii() and digits.isdigit() and 1 <= len(digits) <= 15:
        return "+" + digits
    # Alphanumeric sender IDs ("ESPORTSGG") and short codes are valid senders too.
    return sender


# 3. Retention job: purge audit data of integrations deleted long ago -----------------------

_NOW = datetime(2025, 6, 1, tzinfo=UTC)
_RETENTION = timedelta(days=30)


def purge_due_buggy(payload: Payload) -> bool:
    """Whether the anti-cheat audit rows of a deleted integration are past retention."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return _NOW - deleted_at > _RETENTION


def purge_due_fixed(payload: Payload) -> bool:
    if not payload["deleted"]:
        return False
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return False
    text = raw.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        deleted_at = datetime.fromisoformat(text)
    except ValueError:
        return False  # unparseable: keep the data, a human looks at it
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        return _NOW - deleted_at > _RETENTION
    except OverflowError:
        return False


# 4. Chat bridges: only post to Discord/Slack/Teams webhook hosts --------------------------

_CHAT_HOSTS = ("discord.com", "discordapp.com", "hooks.slack.com", "webhook.office.com")


def chat_bridge_allowed_buggy(payload: Payload) -> bool:
    """Egress guard of the chat bridge: is the integration's webhook on an allowed host?"""
    if payload["channel"] != "chat":
        return False
    url = _str_cred(payload, "webhookUrl")
    if url is None:
        return False
    host = urlsplit(url).hostname.lower()  # type: ignore[union-attr]
    return host in _CHAT_HOSTS or host.endswith(".webhook.office.com")


def chat_bridge_allowed_fixed(payload: Payload) -> bool:
    if payload["channel"] != "chat":
        return False
    url = _str_cred(payload, "webhookUrl")
    if url is None:
        return False
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return False
    if not host:
        return False
    return host in _CHAT_HOSTS or host.endswith(".webhook.office.com")


# 5. Sponsor reporting: data residency from the provider region ----------------------------


def residency_buggy(payload: Payload) -> str:
    """EU sponsors need their reports to say where notification data was processed."""
    region = _str_cred(payload, "region")
    if not region:
        return "unknown"
    geo, _area, _zone = region.lower().split("-")
    return {"eu": "EU", "us": "US"}.get(geo, "ROW")


def residency_fixed(payload: Payload) -> str:
    region = _str_cred(payload, "region")
    if not region:
        return "unknown"
    geo = region.strip().lower().partition("-")[0]
    return {"eu": "EU", "us": "US"}.get(geo, "ROW")


# 6. Cache key grouping integrations by the slug part of the identifier --------------------


def cache_key_buggy(payload: Payload) -> str:
    """Redis key of the per-provider settings cache: ``<slug>-<shortid>`` grouped by slug."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    digest = hashlib.sha1(_utf8(short_id), usedforsecurity=False).hexdigest()[:12]
    env = hashlib.sha1(_utf8(payload["_environmentId"]), usedforsecurity=False).hexdigest()[:12]
    return f"esports:novu:{env}:{hashlib.sha1(_utf8(slug), usedforsecurity=False).hexdigest()[:12]}:{digest}"


def cache_key_fixed(payload: Payload) -> str:
    slug, _, short_id = payload["identifier"].rpartition("-")
    digest = hashlib.sha1(_utf8(short_id), usedforsecurity=False).hexdigest()[:12]
    env = hashlib.sha1(_utf8(payload["_environmentId"]), usedforsecurity=False).hexdigest()[:12]
    return f"esports:novu:{env}:{hashlib.sha1(_utf8(slug), usedforsecurity=False).hexdigest()[:12]}:{digest}"


# 7. Log redaction of secrets before shipping bridge logs ----------------------------------

_SECRET_KEYS = ("apiKey", "secretKey", "password", "token", "apiToken", "accessKey", "serviceAccount")


def _log_line(payload: Payload) -> str:
    creds = _creds(payload)
    shown = {key: creds[key] for key in _SECRET_KEYS if isinstance(creds.get(key), str)}
    return f"bridge start {payload['identifier']} provider={payload['providerId']} creds={shown!r}"


def redacted_log_buggy(payload: Payload) -> str:
    """A debug log line with every secret credential masked."""
    line = _log_line(payload)
    for key in _SECRET_KEYS:
        secret = _str_cred(payload, key)
        if secret:
            line = re.sub(secret, "[REDACTED]", line)
    return line


def redacted_log_fixed(payload: Payload) -> str:
    line = _log_line(payload)
    secrets = sorted(
        {s for s in (_str_cred(payload, key) for key in _SECRET_KEYS) if s}, key=len, reverse=True
    )
    for secret in secrets:
        line = line.replace(secret, "[REDACTED]")
        line = line.replace(repr(secret)[1:-1], "[REDACTED]")
    return line


# 8. Anti-cheat audit webhook: HMAC signature with the integration's secret ---------------


def _audit_body(payload: Payload) -> bytes:
    body = {"identifier": payload["identifier"], "provider": payload["providerId"], "event": "anticheat.flag"}
    return json.dumps(body, sort_keys=True).encode("ascii")


def audit_signature_buggy(payload: Payload) -> str | None:
    """Signature header of the anti-cheat audit events we forward through the integration."""
    secret = _str_cred(payload, "secretKey")
    if not secret:
        return None
    key = base64.b64decode(secret, validate=True)
    return hmac.new(key, _audit_body(payload), hashlib.sha256).hexdigest()


def audit_signature_fixed(payload: Payload) -> str | None:
    secret = _str_cred(payload, "secretKey")
    if not secret:
        return None
    try:
        key = base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError):
        key = _utf8(secret)  # a plain-text secret is used as is
    return hmac.new(key, _audit_body(payload), hashlib.sha256).hexdigest()


# 9. Match-start alert rules: evaluate the integration's conditions ------------------------

_CONTEXT: dict[tuple[str, str], str] = {
    ("subscriber", "subscriber.plan"): "pro",
    ("payload", "payload.round"): "3",
    ("payload", "payload.startsAt"): "2025-06-01",
}
_ORDER_OPS = {"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"}


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "LARGER":
        return bool(left > right)
    if op == "SMALLER":
        return bool(left < right)
    if op == "LARGER_EQUAL":
        return bool(left >= right)
    return bool(left <= right)


def _child_ok_buggy(child: Mapping[str, Any]) -> bool:
    actual = _CONTEXT.get((child["on"], child["field"]))
    op = child["operator"]
    if actual is None:
        return op in {"NOT_EQUAL", "NOT_IN", "NOT_LIKE", "NOT_BETWEEN"}
    if op in _ORDER_OPS:
        return _compare(op, float(actual), float(child["value"]))
    if op == "EQUAL":
        return bool(actual == child["value"])
    if op == "NOT_EQUAL":
        return bool(actual != child["value"])
    return True


def _child_ok_fixed(child: Mapping[str, Any]) -> bool:
    actual = _CONTEXT.get((child["on"], child["field"]))
    op = child["operator"]
    if actual is None:
        return op in {"NOT_EQUAL", "NOT_IN", "NOT_LIKE", "NOT_BETWEEN"}
    if op in _ORDER_OPS:
        try:
            return _compare(op, float(actual), float(child["value"]))
        except ValueError:
            return _compare(op, actual, child["value"])  # dates and labels compare as text
    if op == "EQUAL":
        return bool(actual == child["value"])
    if op == "NOT_EQUAL":
        return bool(actual != child["value"])
    return True


def _rules_pass(payload: Payload, child_ok: Any) -> bool:
    for condition in payload.get("conditions", []):
        results = [child_ok(child) for child in condition["children"]]
        ok = all(results) if condition["value"] == "AND" else any(results)
        if ok == condition["isNegated"]:
            return False
    return True


def alert_rules_buggy(payload: Payload) -> bool:
    """Whether a match-start push alert for a pro subscriber in round 3 passes the conditions."""
    return _rules_pass(payload, _child_ok_buggy)


def alert_rules_fixed(payload: Payload) -> bool:
    return _rules_pass(payload, _child_ok_fixed)


# 10. Sponsor reporting: XML export ---------------------------------------------------------


def sponsor_xml_buggy(payload: Payload) -> bytes:
    """The XML a sponsor's BI tool ingests: one element per notification integration."""
    text = (
        f'<integration id="{payload["identifier"]}" provider="{payload["providerId"]}"'
        f' channel="{payload["channel"]}"><name>{payload["name"]}</name></integration>'
    )
    element = ET.fromstring(_utf8(text))
    data: bytes = ET.tostring(element, encoding="utf-8")
    return data


_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def sponsor_xml_fixed(payload: Payload) -> bytes:
    element = ET.Element(
        "integration",
        id=_xml_text(payload["identifier"]),
        provider=_xml_text(payload["providerId"]),
        channel=payload["channel"],
    )
    ET.SubElement(element, "name").text = _xml_text(payload["name"])
    data: bytes = ET.tostring(element, encoding="utf-8")
    return data


# 11. Rate-limit bucketing by environment ----------------------------------------------------

_PER_MINUTE = {"in_app": 6000, "email": 600, "sms": 60, "chat": 120, "push": 3000}


def rate_bucket_buggy(payload: Payload) -> tuple[str, int]:
    """The token bucket a send goes into: one of 64 shards per channel, by environment."""
    shard = int(payload["_environmentId"], 16) % 64
    return f"{payload['channel']}:{shard}", _PER_MINUTE[payload["channel"]]


def rate_bucket_fixed(payload: Payload) -> tuple[str, int]:
    shard = zlib.crc32(_utf8(payload["_environmentId"])) % 64
    return f"{payload['channel']}:{shard}", _PER_MINUTE.get(payload["channel"], 60)


# 12. Tournament-ops CSV export ---------------------------------------------------------------


def _ops_row(payload: Payload) -> list[str]:
    return [
        payload["identifier"],
        payload["name"],
        payload["providerId"],
        payload["channel"],
        "yes" if payload["active"] else "no",
    ]


def ops_csv_buggy(payload: Payload) -> str:
    """A CSV line for the tournament-ops spreadsheet (their importer 'hates quotes')."""
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_NONE).writerow(_ops_row(payload))
    return buffer.getvalue()


def ops_csv_fixed(payload: Payload) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_MINIMAL).writerow(_ops_row(payload))
    return buffer.getvalue()


# 13. On-call runbook: INI export of non-secret settings ------------------------------------


def _ini_items(payload: Payload) -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for key, value in _creds(payload).items():
        if key in _SECRET_KEYS:
            continue
        if isinstance(value, bool):
            items.append((key, "true" if value else "false"))
        elif isinstance(value, str):
            items.append((key, value))
    return items


def _ini_text(parser: configparser.RawConfigParser, payload: Payload) -> str:
    section = "integration"
    parser.add_section(section)
    parser.set(section, "identifier", payload["identifier"])
    for key, value in _ini_items(payload):
        parser.set(section, f"credentials.{key}", value)
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def runbook_ini_buggy(payload: Payload) -> str:
    """The INI snippet pasted into the on-call runbook for each integration."""
    return _ini_text(configparser.ConfigParser(), payload)


def runbook_ini_fixed(payload: Payload) -> str:
    return _ini_text(configparser.ConfigParser(interpolation=None), payload)


# 14. Admin console badge from the three status flags -----------------------------------------

_BADGES = {
    (False, True, True): "PRIMARY",
    (False, True, False): "ACTIVE",
    (False, False, False): "DISABLED",
    (True, False, False): "DELETED",
}


def admin_badge_buggy(payload: Payload) -> str:
    """The status badge of the integrations table in the tournament-admin console."""
    return _BADGES[(payload["deleted"], payload["active"], payload["primary"])]


def admin_badge_fixed(payload: Payload) -> str:
    if payload["deleted"]:
        return "DELETED"
    if not payload["active"]:
        return "DISABLED (PRIMARY)" if payload["primary"] else "DISABLED"
    return "PRIMARY" if payload["primary"] else "ACTIVE"


# 15. Failover: which default-sender slot a primary integration fills ------------------------


class PrimarySlot(enum.Enum):
    EMAIL = "email"
    SMS = "sms"


def primary_slot_buggy(payload: Payload) -> PrimarySlot | None:
    """The failover table: the primary integration becomes the default sender of its channel."""
    if not payload["primary"]:
        return None
    return PrimarySlot(payload["channel"])


def primary_slot_fixed(payload: Payload) -> PrimarySlot | None:
    if not payload["primary"]:
        return None
    try:
        return PrimarySlot(payload["channel"])
    except ValueError:
        return None  # primary on chat/push/in_app: allowed, just not a failover slot of ours


# 16. Migration of integration conditions into the rules database ---------------------------


def _sql_text(text: str) -> str:
    # sqlite3 cannot bind lone surrogates; keep them visible as escapes.
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


_RULE_PART_BUGGY = (
    "CREATE TABLE rule_part (integration TEXT, source TEXT, field TEXT, operator TEXT, value TEXT,"
    " PRIMARY KEY (integration, source, field))"
)
_RULE_PART_FIXED = (
    "CREATE TABLE rule_part (id INTEGER PRIMARY KEY, integration TEXT, condition_no INTEGER,"
    " source TEXT, field TEXT, operator TEXT, value TEXT)"
)


def _migrate(payload: Payload, ddl: str, columns: str, with_position: bool) -> int:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(ddl)
        for number, condition in enumerate(payload.get("conditions", [])):
            for child in condition["children"]:
                row = [
                    _sql_text(payload["identifier"]),
                    child["on"],
                    _sql_text(child["field"]),
                    child["operator"],
                    _sql_text(child["value"]),
                ]
                if with_position:
                    row.insert(1, number)
                marks = ", ".join("?" * len(row))
                connection.execute(f"INSERT INTO rule_part ({columns}) VALUES ({marks})", row)
        count: int = connection.execute("SELECT COUNT(*) FROM rule_part").fetchone()[0]
        return count
    finally:
        connection.close()


def migrate_rules_buggy(payload: Payload) -> int:
    """Copies every condition part into the rules DB, keyed by (integration, source, field)."""
    return _migrate(payload, _RULE_PART_BUGGY, "integration, source, field, operator, value", False)


def migrate_rules_fixed(payload: Payload) -> int:
    return _migrate(
        payload, _RULE_PART_FIXED, "integration, condition_no, source, field, operator, value", True
    )


# ----------------------------------------------------------------------------------------------


def _condition(*children: tuple[str, str, str, str], value: str = "AND") -> dict[str, Any]:
    return {
        "isNegated": False,
        "type": "STATEMENT",
        "value": value,
        "children": [{"field": f, "value": v, "operator": o, "on": on} for f, v, o, on in children],
    }


ESPORTS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="esports_bracket_sender_domain",
        bug="assumes credentials.from is a bare addr-spec, not 'Name <addr>' or free text",
        buggy=bracket_sender_domain_buggy,
        fixed=bracket_sender_domain_fixed,
        raises=(ValueError, IndexError, RecursionError, email.errors.MessageError),
        example=_example(credentials={"from": "Esports HQ <brackets@esports.example.gg>"}),
    ),
    ConsumerCase(
        name="esports_captain_sms_sender",
        bug="assumes an sms integration's credentials.from is a phone number, not an alphanumeric sender ID",
        buggy=captain_sms_sender_buggy,
        fixed=captain_sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-Qw3rTy12", "providerId": "twilio", "channel": "sms"},
            credentials={"from": "ESPORTSGG", "accountSid": "AC0000", "token": "fake-token"},
        ),
    ),
    ConsumerCase(
        name="esports_purge_deleted",
        bug="assumes deletedAt is always formatted 'YYYY-MM-DDTHH:MM:SS.fffZ'",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-04-01T09:30:00+00:00"}),
    ),
    ConsumerCase(
        name="esports_chat_bridge_host",
        bug="assumes credentials.webhookUrl is an absolute URL with a host",
        buggy=chat_bridge_allowed_buggy,
        fixed=chat_bridge_allowed_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {"name": "Discord", "identifier": "discord-a1B2c3D4", "providerId": "discord", "channel": "chat"},
            credentials={"webhookUrl": "discord.com/api/webhooks/123/abc"},
        ),
    ),
    ConsumerCase(
        name="esports_residency_region",
        bug="assumes credentials.region always has the three-part form 'eu-west-1'",
        buggy=residency_buggy,
        fixed=residency_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Amazon SES", "identifier": "amazon-ses-Zz9", "providerId": "ses"},
            credentials={"region": "us-gov-west-1"},
        ),
    ),
    ConsumerCase(
        name="esports_cache_key",
        bug="assumes identifier always contains a '-' (the server's '<slug>-<shortid>' form)",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "bracketmail"}),
    ),
    ConsumerCase(
        name="esports_redacted_log",
        bug="uses a secret credential as a regular expression without escaping it",
        buggy=redacted_log_buggy,
        fixed=redacted_log_fixed,
        raises=(re.error, RecursionError, OverflowError, FutureWarning),
        example=_example(credentials={"apiKey": "SG.k3y(with)paren)s"}),
    ),
    ConsumerCase(
        name="esports_audit_signature",
        bug="assumes credentials.secretKey is base64, not an arbitrary plain-text secret",
        buggy=audit_signature_buggy,
        fixed=audit_signature_fixed,
        raises=(binascii.Error, ValueError),
        example=_example(credentials={"secretKey": "whsec_my-secret!"}),
    ),
    ConsumerCase(
        name="esports_alert_rules",
        bug="assumes the value of a LARGER/SMALLER condition is numeric (dates and labels are not)",
        buggy=alert_rules_buggy,
        fixed=alert_rules_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    _condition(
                        ("subscriber.plan", "pro", "EQUAL", "subscriber"),
                        ("payload.startsAt", "2025-05-01", "LARGER", "payload"),
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="esports_sponsor_xml",
        bug="builds XML by string formatting, assuming name has no markup characters like '&'",
        buggy=sponsor_xml_buggy,
        fixed=sponsor_xml_fixed,
        raises=(ET.ParseError,),
        example=_example({"name": "Red Bull & Monster Alerts"}),
    ),
    ConsumerCase(
        name="esports_rate_bucket",
        bug="assumes _environmentId is a hex MongoDB ObjectId",
        buggy=rate_bucket_buggy,
        fixed=rate_bucket_fixed,
        raises=(ValueError,),
        example=_example({"_environmentId": "env-prod-eu"}),
    ),
    ConsumerCase(
        name="esports_ops_csv",
        bug="writes CSV unquoted, assuming name/identifier never contain a comma, quote or newline",
        buggy=ops_csv_buggy,
        fixed=ops_csv_fixed,
        raises=(csv.Error,),
        example=_example({"name": "Team Liquid, EU alerts"}),
    ),
    ConsumerCase(
        name="esports_runbook_ini",
        bug="uses ConfigParser's %-interpolation, assuming credential values never contain '%'",
        buggy=runbook_ini_buggy,
        fixed=runbook_ini_fixed,
        raises=(ValueError, configparser.Error),
        example=_example(credentials={"senderName": "100% Esports"}),
    ),
    ConsumerCase(
        name="esports_admin_badge",
        bug="assumes only four (deleted, active, primary) combinations exist; inactive primaries do too",
        buggy=admin_badge_buggy,
        fixed=admin_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="esports_primary_slot",
        bug="assumes only email and sms integrations can be primary",
        buggy=primary_slot_buggy,
        fixed=primary_slot_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Slack",
                "identifier": "slack-9xY",
                "providerId": "slack",
                "channel": "chat",
                "primary": True,
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="esports_migrate_rules",
        bug="assumes no two condition parts target the same (on, field), e.g. a LARGER/SMALLER range",
        buggy=migrate_rules_buggy,
        fixed=migrate_rules_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    _condition(
                        ("payload.round", "1", "LARGER_EQUAL", "payload"),
                        ("payload.round", "5", "SMALLER_EQUAL", "payload"),
                    )
                ]
            }
        ),
    ),
]
