"""Hillside Apiary Co-op: sixteen consumers of ``GET /v1/integrations`` items, each with one contract bug.

Hillside Apiary is a beekeeping co-operative of some two hundred member beekeepers. Its small platform
team runs a handful of services on top of Novu, and every one of them reads the integration list:

- hive-sensor alerts (brood temperature, sudden weight drop, the acoustic signature of a swarm) are
  routed to a dispatch queue per channel, forwarded to members' own webhooks behind an SSRF guard and
  shown on the LED board of the extraction room;
- honey-order receipts are e-mailed from the shop's sender address, with a per-integration bounce domain;
- swarm-season SMS go out through a carrier or the co-op's own Kannel gateway, priced by sender number;
- the member newsletter goes through the co-op's mail relay (configured from an INI file) and is
  segmented by evaluating each integration's conditions against the member record;
- inspection scheduling exports the reminder roster for the inspectors' spreadsheet;
- the export to the co-op's accounting books each provider in an SQLite ledger, by data-residency zone;
- the admin console shows deletion audits, exports the gating filters as XML, renders an SMTP probe
  command line and signs member-portal Inbox sessions with HMAC.

Each ``*_buggy`` function is what the first version of that service did: it works on ``HAPPY_PATH`` but
makes one wrong assumption about what the contract allows. Each ``*_fixed`` twin is the same code with
that assumption removed; it must not raise on any contract-valid payload.
"""

from __future__ import annotations

import configparser
import copy
import csv
import hashlib
import hmac
import io
import ipaddress
import json
import operator
import re
import shlex
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from contextlib import closing
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import formataddr
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# Shared helpers ---------------------------------------------------------------------------


def _creds(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_text(payload: Payload, key: str) -> str | None:
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _printable(text: str) -> str:
    """``text`` with lone surrogates (legal in a JSON string, not encodable as UTF-8) replaced."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


# 1. Hive-alert queue router ---------------------------------------------------------------

_ALERT_QUEUES_AS_WRITTEN = {
    "email": "hive-alerts.mail",
    "sms": "hive-alerts.sms",
    "chat": "hive-alerts.chat",
    "push": "hive-alerts.push",
}
_ALERT_QUEUES = {**_ALERT_QUEUES_AS_WRITTEN, "in_app": "hive-alerts.inbox"}


def alert_queue_buggy(payload: Payload) -> str | None:
    """The dispatch queue that hive-sensor alerts take for this integration."""
    if not payload.get("active") or payload.get("deleted"):
        return None
    queue = _ALERT_QUEUES_AS_WRITTEN[payload.get("channel", "")]
    lane = "urgent" if payload.get("primary") else "bulk"
    return f"{queue}.{lane}"


def alert_queue_fixed(payload: Payload) -> str | None:
    if not payload.get("active") or payload.get("deleted"):
        return None
    queue = _ALERT_QUEUES.get(payload.get("channel", ""), "hive-alerts.unrouted")
    lane = "urgent" if payload.get("primary") else "bulk"
    return f"{queue}.{lane}"


# 2. Swarm-season SMS sender number --------------------------------------------------------

_PHONE_PUNCTUATION = re.compile(r"[\s().-]")


def sms_sender_buggy(payload: Payload) -> str | None:
    """The SMS sender normalised to E.164: the carrier's rate table is keyed by it."""
    if payload.get("channel") != "sms":
        return None
    sender = _cred_text(payload, "from")
    if not sender:
        return None
    number = int(_PHONE_PUNCTUATION.sub("", sender).removeprefix("+"))
    return f"+{number}"


def sms_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "sms":
        return None
    sender = _cred_text(payload, "from")
    if not sender:
        return None
    compact = _PHONE_PUNCTUATION.sub("", sender).removeprefix("+")
    if compact.isascii() and compact.isdigit():
        return f"+{compact.lstrip('0') or '0'}"
    # An alphanumeric sender id ("HillsideBee"), billed at the carrier's flat rate.
    return f"alpha:{sender}"


# 3. Honey-order receipt From header -------------------------------------------------------

_ANGLE_ADDR = re.compile(r"\s*(.*?)\s*<([^<>]*)>\s*", re.DOTALL)
_RECEIPT_DISPLAY_NAME = "Hillside Apiary Co-op"


def receipt_sender_buggy(payload: Payload) -> str | None:
    """The From header of honey-order receipt e-mails."""
    if payload.get("channel") != "email":
        return None
    sender = _cred_text(payload, "from")
    if sender is None:
        return None
    display = _cred_text(payload, "senderName") or _RECEIPT_DISPLAY_NAME
    return str(Address(display_name=display, addr_spec=sender))


def receipt_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    sender = _cred_text(payload, "from")
    if sender is None:
        return None
    display = _cred_text(payload, "senderName")
    address = sender.strip()
    angle = _ANGLE_ADDR.fullmatch(sender)
    if angle is not None:
        display = display or angle[1].strip('" ')
        address = angle[2].strip()
    local, at, domain = address.rpartition("@")
    if not (local and at and domain) or not address.isascii():
        return None  # not an address receipts can be sent from: the shop falls back to its own
    return formataddr((_printable(display or _RECEIPT_DISPLAY_NAME), address))


# 4. Newsletter relay INI ------------------------------------------------------------------

_RELAY_OPTIONS = ("host", "port", "user", "password", "apiKey", "domain", "from")


def _relay_config(payload: Payload, parser: configparser.ConfigParser) -> str:
    parser["upstream"] = {}
    section = parser["upstream"]
    section["provider"] = payload.get("providerId", "")
    for option in _RELAY_OPTIONS:
        value = _cred_text(payload, option)
        if value is not None:
            section[option.lower()] = value
    section["tls"] = "yes" if _creds(payload).get("secure") else "no"
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def relay_config_buggy(payload: Payload) -> str:
    """The INI file the newsletter relay reads its upstream (the integration's provider) from."""
    return _relay_config(payload, configparser.ConfigParser())


def relay_config_fixed(payload: Payload) -> str:
    return _relay_config(payload, configparser.ConfigParser(interpolation=None))


# 5. Accounting ledger (SQLite) ------------------------------------------------------------

_LEDGER_SCHEMA = (
    "CREATE TABLE providers (record_id TEXT PRIMARY KEY, environment TEXT NOT NULL,"
    " identifier TEXT NOT NULL, provider TEXT NOT NULL, channel TEXT, active INTEGER NOT NULL)"
)


def _ledger_row(record_id: str, payload: Payload) -> object:
    row = (
        record_id,
        payload.get("_environmentId", ""),
        payload.get("identifier", ""),
        payload.get("providerId", ""),
        payload.get("channel"),
        int(bool(payload.get("active"))),
    )
    values = [_printable(value) if isinstance(value, str) else value for value in row]
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(_LEDGER_SCHEMA)
        db.execute("INSERT INTO providers VALUES (?, ?, ?, ?, ?, ?)", values)
        return db.execute("SELECT * FROM providers").fetchone()


def ledger_sync_buggy(payload: Payload) -> object:
    """The accounting export's ledger row for this provider, keyed by the integration's record id."""
    return _ledger_row(payload["_id"], payload)


def ledger_sync_fixed(payload: Payload) -> object:
    record_id = payload.get("_id")
    if not isinstance(record_id, str):
        record_id = f"{payload.get('_environmentId', '')}/{payload.get('identifier', '')}"
    return _ledger_row(record_id, payload)


# 6. Inspection roster CSV -----------------------------------------------------------------

_ROSTER_HEADER = ("identifier", "name", "channel", "provider", "primary")


def _roster(payload: Payload, writer_options: Mapping[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", **writer_options)
    writer.writerow(_ROSTER_HEADER)
    writer.writerow(
        (
            payload.get("identifier", ""),
            payload.get("name", ""),
            payload.get("channel", ""),
            payload.get("providerId", ""),
            "yes" if payload.get("primary") else "no",
        )
    )
    return out.getvalue()


def inspection_roster_buggy(payload: Payload) -> str:
    """The inspection reminders roster; the inspectors' spreadsheet import chokes on quotes."""
    return _roster(payload, {"quoting": csv.QUOTE_NONE})


def inspection_roster_fixed(payload: Payload) -> str:
    return _roster(payload, {"quoting": csv.QUOTE_MINIMAL})


# 7. Deletion audit ------------------------------------------------------------------------


def deletion_audit_buggy(payload: Payload) -> str | None:
    """An audit line for a soft-deleted integration, shown in the admin console."""
    if not payload.get("deleted"):
        return None
    who = payload.get("deletedBy", "the system")
    raw = payload.get("deletedAt")
    if raw is None:
        return f"{payload.get('identifier')} deleted by {who} (time unknown)"
    when = datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return f"{payload.get('identifier')} deleted by {who} on {when.date().isoformat()}"


def deletion_audit_fixed(payload: Payload) -> str | None:
    if not payload.get("deleted"):
        return None
    who = payload.get("deletedBy", "the system")
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return f"{payload.get('identifier')} deleted by {who} (time unknown)"
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return f"{payload.get('identifier')} deleted by {who} at {raw!r}"
    return f"{payload.get('identifier')} deleted by {who} on {when.date().isoformat()}"


# 8. SSRF guard for members' alert webhooks ------------------------------------------------


def _classify_host(host: str) -> tuple[str, str]:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return ("hostname", host)
    return ("private" if address.is_private or address.is_loopback else "public", host)


def webhook_guard_buggy(payload: Payload) -> tuple[str, str] | None:
    """Where hive alerts would be forwarded: private networks are refused before any request."""
    url = _cred_text(payload, "webhookUrl")
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return ("rejected", url)
    return _classify_host(parts.hostname.lower())  # type: ignore[union-attr]


def webhook_guard_fixed(payload: Payload) -> tuple[str, str] | None:
    url = _cred_text(payload, "webhookUrl")
    if url is None:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return ("rejected", url)
    if parts.hostname is None:
        return ("rejected", url)  # relative or scheme-less: nothing to connect to
    return _classify_host(parts.hostname.lower())


# 9. SMS gateway / SMTP endpoint -----------------------------------------------------------


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def gateway_endpoint_buggy(payload: Payload) -> str | None:
    """``host:port`` of a self-hosted gateway (the co-op's Kannel box, or a custom SMTP server)."""
    host = _cred_text(payload, "host")
    if host is None:
        return None
    port = _creds(payload).get("port", 13013 if payload.get("channel") == "sms" else 587)
    return "%s:%d" % (_bracketed(host), port)  # noqa: UP031


def gateway_endpoint_fixed(payload: Payload) -> str | None:
    host = _cred_text(payload, "host")
    if host is None:
        return None
    port = _cred_text(payload, "port")
    if port is None or not port.strip():
        port = "13013" if payload.get("channel") == "sms" else "587"
    return f"{_bracketed(host)}:{port.strip()}"


# 10. Extraction-room LED board ------------------------------------------------------------


def _board_line(payload: Payload) -> str | None:
    if not payload.get("active"):
        return None
    label = str(payload.get("name", ""))[:20].ljust(20)
    return f"\x02{label}|{payload.get('channel', '?'):<6}\x03"


def led_board_buggy(payload: Payload) -> bytes | None:
    """The serial frame for the extraction room's LED board, which speaks Latin-1."""
    line = _board_line(payload)
    return None if line is None else line.encode("latin-1")


def led_board_fixed(payload: Payload) -> bytes | None:
    line = _board_line(payload)
    return None if line is None else line.encode("latin-1", "replace")


# 11. Per-integration bounce domain --------------------------------------------------------

_BOUNCE_ZONE = "bounce.hillside.coop"
_NOT_LABEL = re.compile(r"[^a-z0-9-]+")


def bounce_domain_buggy(payload: Payload) -> str | None:
    """Receipts get a bounce domain per integration, ``<identifier>.bounce.hillside.coop``."""
    if payload.get("channel") != "email":
        return None
    label = str(payload.get("identifier", "")).lower()
    return f"{label}.{_BOUNCE_ZONE}".encode("idna").decode("ascii")


def bounce_domain_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    identifier = str(payload.get("identifier", ""))
    label = _NOT_LABEL.sub("-", identifier.lower()).strip("-")
    if not label or len(label) > 63:
        digest = hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        label = f"{label[:54].strip('-')}-{digest}".strip("-")
    return f"{label}.{_BOUNCE_ZONE}".encode("idna").decode("ascii")


# 12. Data-residency zone for the accounting export ----------------------------------------


def residency_zone_buggy(payload: Payload) -> str | None:
    """The data-residency zone a provider is booked under, read from its ``region`` credential."""
    region = _cred_text(payload, "region")
    if region is None:
        return None
    geo, area, number = region.lower().split("-")
    return f"{geo.upper()}/{area}-{number}"


def residency_zone_fixed(payload: Payload) -> str | None:
    region = _cred_text(payload, "region")
    if region is None:
        return None
    geo, _, rest = region.lower().partition("-")
    return f"{geo.upper() or '?'}/{rest or 'default'}"


# 13. Gating filters as XML ----------------------------------------------------------------


def _filters_xml(payload: Payload, *, lead_required: bool) -> str:
    root = ET.Element(
        "integration", identifier=str(payload.get("identifier", "")), channel=str(payload.get("channel", ""))
    )
    for condition in payload.get("conditions", []):
        children = condition["children"]
        if children or lead_required:
            lead = children[0]
            summary = f"{lead['on']}:{lead['field']} {lead['operator']} {lead['value']}"
        else:
            summary = "(no rules)"
        ET.SubElement(
            root,
            "filter",
            type=condition["type"],
            join=condition["value"],
            negated=str(condition["isNegated"]).lower(),
            rules=str(len(children)),
            lead=summary,
        )
    return ET.tostring(root, encoding="unicode")


def filters_xml_buggy(payload: Payload) -> str:
    """The integration's gating filters as XML, for the board's quarterly review of the console."""
    return _filters_xml(payload, lead_required=True)


def filters_xml_fixed(payload: Payload) -> str:
    return _filters_xml(payload, lead_required=False)


# 14. Newsletter segmentation --------------------------------------------------------------

_MEMBER_CONTEXT: dict[str, dict[str, str]] = {
    "subscriber": {"plan": "pro", "hives": "12", "region": "north-ridge", "tags": "organic,queen-rearing"},
    "payload": {"alert": "swarm", "weightDropKg": "2.5", "apiary": "Hillside East"},
}

Rule = Callable[[str | None, str], bool]


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _numeric(test: Callable[[float, float], bool]) -> Rule:
    def rule(actual: str | None, expected: str) -> bool:
        left, right = _number(actual), _number(expected)
        return left is not None and right is not None and test(left, right)

    return rule


def _items(text: str | None) -> set[str]:
    return {item.strip() for item in (text or "").split(",") if item.strip()}


def _between(actual: str | None, expected: str) -> bool:
    low, _, high = expected.partition(",")
    value, lo, hi = _number(actual), _number(low), _number(high)
    return value is not None and lo is not None and hi is not None and lo <= value <= hi


_RULES_AS_WRITTEN: dict[str, Rule] = {
    "EQUAL": lambda actual, expected: actual == expected,
    "NOT_EQUAL": lambda actual, expected: actual != expected,
    "LARGER": _numeric(operator.gt),
    "SMALLER": _numeric(operator.lt),
    "LARGER_EQUAL": _numeric(operator.ge),
    "SMALLER_EQUAL": _numeric(operator.le),
    "IN": lambda actual, expected: actual in _items(expected),
    "NOT_IN": lambda actual, expected: actual not in _items(expected),
    "LIKE": lambda actual, expected: actual is not None and expected.lower() in actual.lower(),
}
_RULES: dict[str, Rule] = {
    **_RULES_AS_WRITTEN,
    "NOT_LIKE": lambda actual, expected: actual is None or expected.lower() not in actual.lower(),
    "ANY_IN": lambda actual, expected: bool(_items(actual) & _items(expected)),
    "ALL_IN": lambda actual, expected: _items(expected) <= _items(actual),
    "BETWEEN": _between,
    "NOT_BETWEEN": lambda actual, expected: not _between(actual, expected),
}


def _child_holds(child: Mapping[str, Any], rule: Rule) -> bool:
    context = _MEMBER_CONTEXT.get(child["on"], {})
    return rule(context.get(str(child["field"]).rpartition(".")[2]), child["value"])


def newsletter_segment_buggy(payload: Payload) -> bool:
    """Whether the member newsletter goes to the sample member through this integration."""
    verdicts = []
    for condition in payload.get("conditions", []):
        results = [
            _child_holds(child, _RULES_AS_WRITTEN[child["operator"]]) for child in condition["children"]
        ]
        joined = all(results) if condition["value"] == "AND" else any(results)
        verdicts.append(joined != condition["isNegated"])
    return all(verdicts)


def newsletter_segment_fixed(payload: Payload) -> bool:
    verdicts = []
    for condition in payload.get("conditions", []):
        results = [
            _child_holds(child, _RULES.get(child["operator"], lambda actual, expected: False))
            for child in condition["children"]
        ]
        joined = all(results) if condition["value"] == "AND" else any(results)
        verdicts.append(joined != condition["isNegated"])
    return all(verdicts)


# 15. SMTP probe command line --------------------------------------------------------------


def _probe_argv(payload: Payload) -> list[Any] | None:
    creds = _creds(payload)
    host = _cred_text(payload, "host")
    if host is None:
        return None
    port = _cred_text(payload, "port") or "587"
    argv: list[Any] = ["openssl", "s_client", "-connect", f"{_bracketed(host)}:{port}"]
    if not creds.get("secure"):
        argv += ["-starttls", "smtp"]
    tls_options = creds.get("tlsOptions")
    if isinstance(tls_options, dict):
        for key, value in sorted(tls_options.items()):
            argv += [f"-{key}", value]
    return argv


def smtp_probe_buggy(payload: Payload) -> str | None:
    """The admin console's "test connection" command for a custom SMTP integration."""
    argv = _probe_argv(payload)
    return None if argv is None else shlex.join(argv)


def smtp_probe_fixed(payload: Payload) -> str | None:
    argv = _probe_argv(payload)
    if argv is None:
        return None
    return shlex.join(arg if isinstance(arg, str) else json.dumps(arg) for arg in argv)


# 16. Member-portal Inbox HMAC -------------------------------------------------------------

_PORTAL_MEMBER_ID = "member-0042"
_ENVIRONMENT_API_KEY = "hillside-env-api-key"


def _inbox_signature(secret: str) -> str:
    key = secret.encode("utf-8", "surrogatepass")
    return hmac.new(key, _PORTAL_MEMBER_ID.encode(), hashlib.sha256).hexdigest()


def inbox_hmac_buggy(payload: Payload) -> str | None:
    """The subscriber hash the member portal passes to the Inbox when HMAC is switched on."""
    creds = _creds(payload)
    if not creds.get("hmac"):
        return None
    return _inbox_signature(creds["secretKey"])


def inbox_hmac_fixed(payload: Payload) -> str | None:
    creds = _creds(payload)
    if not creds.get("hmac"):
        return None
    secret = _cred_text(payload, "secretKey") or _cred_text(payload, "apiKey") or _ENVIRONMENT_API_KEY
    return _inbox_signature(secret)


# The cases --------------------------------------------------------------------------------


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


_SMTP_CREDENTIALS = {
    "host": "smtp.hillside-apiary.coop",
    "port": "587",
    "user": "newsletter",
    "from": "newsletter@hillside-apiary.coop",
    "senderName": "Hillside Apiary Co-op",
}

APIARY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="apiary_alert_queue",
        bug="the channel-to-queue table forgets the in_app channel",
        buggy=alert_queue_buggy,
        fixed=alert_queue_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Q2f9",
                "providerId": "novu",
                "channel": "in_app",
            },
            credentials={"hmac": False},
        ),
    ),
    ConsumerCase(
        name="apiary_sms_sender",
        bug="assumes an SMS integration's credentials.from is a phone number, not an alphanumeric sender id",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-7hGq2", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0123", "token": "fake-token", "from": "HillsideBee"},
        ),
    ),
    ConsumerCase(
        name="apiary_receipt_sender",
        bug="assumes credentials.from is a bare ASCII addr-spec, never 'Name <addr>' or another form",
        buggy=receipt_sender_buggy,
        fixed=receipt_sender_fixed,
        raises=(ValueError, IndexError, AttributeError, HeaderParseError),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "Hillside Honey Shop <orders@hillside-apiary.coop>",
                "senderName": "Hillside Honey Shop",
            }
        ),
    ),
    ConsumerCase(
        name="apiary_relay_config",
        bug="writes credential strings through ConfigParser interpolation, so a '%' in a secret raises",
        buggy=relay_config_buggy,
        fixed=relay_config_fixed,
        raises=(ValueError, configparser.Error),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Lp3x", "providerId": "nodemailer"},
            credentials={**_SMTP_CREDENTIALS, "password": "Wax%Comb-2024"},
        ),
    ),
    ConsumerCase(
        name="apiary_ledger_sync",
        bug="keys the ledger row on _id, which is optional",
        buggy=ledger_sync_buggy,
        fixed=ledger_sync_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="apiary_inspection_roster",
        bug="writes unquoted CSV, assuming names and identifiers never hold commas, quotes or newlines",
        buggy=inspection_roster_buggy,
        fixed=inspection_roster_fixed,
        raises=(csv.Error,),
        example=_example({"name": "Hillside Apiary, Inspection Reminders"}),
    ),
    ConsumerCase(
        name="apiary_deletion_audit",
        bug="parses deletedAt with one fixed format (milliseconds and a Z), not any ISO-8601 or free string",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-08T09:15:00+00:00"}),
    ),
    ConsumerCase(
        name="apiary_webhook_guard",
        bug="assumes credentials.webhookUrl is absolute, so urlsplit always finds a hostname",
        buggy=webhook_guard_buggy,
        fixed=webhook_guard_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Zz81",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "hooks.hillside-apiary.coop/hive-alerts", "secretKey": "fake-secret"},
        ),
    ),
    ConsumerCase(
        name="apiary_gateway_endpoint",
        bug="formats credentials.port with %d, assuming a number; on the wire it is a string",
        buggy=gateway_endpoint_buggy,
        fixed=gateway_endpoint_fixed,
        raises=(TypeError,),
        example=_example(
            {"name": "Kannel SMS", "identifier": "kannel-sms-u2Rt", "providerId": "kannel", "channel": "sms"},
            credentials={"host": "10.20.0.5", "port": "13013", "from": "+441632960961"},
        ),
    ),
    ConsumerCase(
        name="apiary_led_board",
        bug="encodes the integration name as strict Latin-1, assuming no emoji or other non-Latin-1 text",
        buggy=led_board_buggy,
        fixed=led_board_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Ruche Lavande \U0001f41d"}),
    ),
    ConsumerCase(
        name="apiary_bounce_domain",
        bug="uses the identifier as a DNS label, assuming it is 1-63 chars, dot-free and IDNA-encodable",
        buggy=bounce_domain_buggy,
        fixed=bounce_domain_fixed,
        raises=(UnicodeError,),
        example=_example(
            {"identifier": "hillside-apiary-co-op-member-newsletter-and-honey-order-receipts-x8Kd2bQ1"}
        ),
    ),
    ConsumerCase(
        name="apiary_residency_zone",
        bug="unpacks credentials.region as exactly '<geo>-<area>-<n>' (AWS style), e.g. not 'eu'",
        buggy=residency_zone_buggy,
        fixed=residency_zone_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "SparkPost", "identifier": "spark-post-Wm4k", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-api-key-0002",
                "region": "eu",
                "from": "orders@hillside-apiary.coop",
                "senderName": "Hillside Honey Shop",
            },
        ),
    ),
    ConsumerCase(
        name="apiary_filters_xml",
        bug="summarises each condition by its first child, assuming children is never empty",
        buggy=filters_xml_buggy,
        fixed=filters_xml_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="apiary_newsletter_segment",
        bug="the operator table lacks NOT_LIKE, ANY_IN, ALL_IN, BETWEEN and NOT_BETWEEN",
        buggy=newsletter_segment_buggy,
        fixed=newsletter_segment_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.hives",
                                "value": "5,20",
                                "operator": "BETWEEN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="apiary_smtp_probe",
        bug="passes credentials.tlsOptions values to shlex as strings; the object holds any JSON values",
        buggy=smtp_probe_buggy,
        fixed=smtp_probe_fixed,
        raises=(TypeError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Lp3x", "providerId": "nodemailer"},
            credentials={
                **_SMTP_CREDENTIALS,
                "tlsOptions": {"servername": "mail.hillside.coop", "minDHSize": 2048},
            },
        ),
    ),
    ConsumerCase(
        name="apiary_inbox_hmac",
        bug="assumes credentials.secretKey is present whenever credentials.hmac is true",
        buggy=inbox_hmac_buggy,
        fixed=inbox_hmac_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Q2f9",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
]
