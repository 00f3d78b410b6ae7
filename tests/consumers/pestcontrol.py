"""Sixteen consumers of ``GET /v1/integrations`` items at a pest-control route-service company.

The company runs residential and commercial pest-control routes out of several branches (one Novu
environment per branch). Its services read the integration list to send visit-window SMS reminders,
e-mail treatment reports, page technicians in chat, push trap-sensor alerts, feed the state
pesticide-use (chemical-usage) regulatory export, route messages by service area through integration
``conditions``, escalate to Grafana OnCall and migrate integrations between environments.

Each ``ConsumerCase`` pairs a *buggy* consumer, written the way a busy engineer would (it works on
``HAPPY_PATH``), with a *fixed* control that honours the contract. Every bug is triggered by a class
of values the contract allows (``example`` is one of them); the fixed version never raises on a
contract-valid payload and never mutates its input.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import hashlib
import json
import re
import shlex
import sqlite3
import struct
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "PESTCONTROL_BUGS"]


def _example(
    changes: Mapping[str, Any] | None = None, *, credentials: Mapping[str, Any] | None = None
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


def _creds(payload: Payload) -> Mapping[str, Any]:
    credentials: Mapping[str, Any] = payload["credentials"]
    return credentials


def _cred_str(payload: Payload, key: str) -> str | None:
    """A string credential, or ``None`` when the key is absent."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# 1. Visit-window SMS sender ------------------------------------------------------------------

_PHONE_PUNCTUATION = str.maketrans("", "", " -().")


def visit_sms_sender_buggy(payload: Payload) -> dict[str, str] | None:
    """Which sender the visit-window reminder SMS goes out from: short code, long code or pool."""
    if payload["channel"] != "sms":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return {"kind": "pool", "sender": ""}
    number = int(sender.translate(_PHONE_PUNCTUATION).removeprefix("+"))
    digits = str(number)
    return {"kind": "short_code" if len(digits) <= 6 else "long_code", "sender": "+" + digits}


def visit_sms_sender_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "sms":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return {"kind": "pool", "sender": ""}
    cleaned = sender.translate(_PHONE_PUNCTUATION).removeprefix("+")
    if cleaned.isascii() and cleaned.isdigit():
        digits = cleaned.lstrip("0") or "0"
        return {"kind": "short_code" if len(digits) <= 6 else "long_code", "sender": "+" + digits}
    # An alphanumeric sender id ("PESTAWAY"), or anything else that is not a phone number.
    return {"kind": "alphanumeric", "sender": sender}


# 2. SMTP relay URL for the treatment-report mailer -------------------------------------------


def smtp_relay_url_buggy(payload: Payload) -> dict[str, object] | None:
    """The SMTP relay URL the treatment-report mailer sidecar is configured with."""
    host = _cred_str(payload, "host")
    if payload["channel"] != "email" or host is None:
        return None
    secure = _creds(payload).get("secure") is True
    port = _cred_str(payload, "port") or ("465" if secure else "587")
    url = f"{'smtps' if secure else 'smtp'}://{host}:{port}"
    parts = urlsplit(url)
    return {"url": url, "host": parts.hostname, "port": parts.port}


def _tcp_port(text: str | None) -> int | None:
    if text is None or not (text.isascii() and text.isdigit()) or len(text) > 5:
        return None
    port = int(text)
    return port if 0 < port < 65536 else None


def smtp_relay_url_fixed(payload: Payload) -> dict[str, object] | None:
    host = _cred_str(payload, "host")
    if payload["channel"] != "email" or host is None:
        return None
    secure = _creds(payload).get("secure") is True
    port = _tcp_port(_cred_str(payload, "port")) or (465 if secure else 587)
    literal = f"[{host}]" if ":" in host and not host.startswith("[") else host
    authority = quote(literal, safe="[]:", errors="surrogatepass")
    return {"url": f"{'smtps' if secure else 'smtp'}://{authority}:{port}", "host": host, "port": port}


# 3. Fixed-width record of the state pesticide-use report -------------------------------------

_RECORD_LAYOUT = (("providerId", 20), ("channel", 8), ("identifier", 32), ("name", 40))
_RECORD_LENGTH = sum(width for _, width in _RECORD_LAYOUT)


def _one_line(text: str) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in text)


def regulator_record_buggy(payload: Payload) -> str:
    """The upper-case, 100-column notification-channel record of the state pesticide-use report."""
    record = "".join(
        _one_line(str(payload[key]))[:width].ljust(width) for key, width in _RECORD_LAYOUT
    ).upper()
    if len(record) != _RECORD_LENGTH:
        raise ValueError(f"record has {len(record)} columns, the regulator expects {_RECORD_LENGTH}")
    return record


def regulator_record_fixed(payload: Payload) -> str:
    record = "".join(
        _one_line(str(payload[key]).upper())[:width].ljust(width) for key, width in _RECORD_LAYOUT
    )
    if len(record) != _RECORD_LENGTH:
        raise ValueError(f"record has {len(record)} columns, the regulator expects {_RECORD_LENGTH}")
    return record


# 4. XML notifier element for the legacy route-planning suite ---------------------------------


def route_planner_xml_buggy(payload: Payload) -> str:
    """The ``<notifier>`` element the legacy route-planning suite imports (ASCII XML)."""
    sender = _cred_str(payload, "senderName") or ""
    raw = (
        f'<notifier id="{payload["identifier"]}" provider="{payload["providerId"]}" '
        f'channel="{payload["channel"]}" active="{str(payload["active"]).lower()}">'
        f"<name>{payload['name']}</name><sender>{sender}</sender></notifier>"
    )
    document = raw.encode("ascii", "xmlcharrefreplace")
    ET.fromstring(document)  # refuse to ship a document the importer would reject
    return document.decode("ascii")


_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML_CHAR.sub("", text)


def route_planner_xml_fixed(payload: Payload) -> str:
    sender = _cred_str(payload, "senderName") or ""
    element = ET.Element(
        "notifier",
        {
            "id": _xml_text(payload["identifier"]),
            "provider": _xml_text(payload["providerId"]),
            "channel": _xml_text(payload["channel"]),
            "active": str(payload["active"]).lower(),
        },
    )
    ET.SubElement(element, "name").text = _xml_text(payload["name"])
    ET.SubElement(element, "sender").text = _xml_text(sender)
    document: bytes = ET.tostring(element, encoding="us-ascii")
    return document.decode("ascii")


# 5. Service-area LIKE rules compiled to regexes ----------------------------------------------


def service_area_matchers_buggy(payload: Payload) -> list[tuple[str, str, bool]]:
    """Compiles LIKE / NOT_LIKE service-area rules (``zip LIKE 336%``, ``phone LIKE +1813%``) into regexes."""
    matchers: list[tuple[str, str, bool]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] not in ("LIKE", "NOT_LIKE"):
                continue
            pattern = "^" + child["value"].replace("%", ".*").replace("_", ".") + "$"
            with warnings.catch_warnings():  # keep re's nested-set FutureWarning out of the router logs
                warnings.simplefilter("ignore", FutureWarning)
                compiled = re.compile(pattern)
            matchers.append((child["field"], compiled.pattern, child["operator"] == "NOT_LIKE"))
    return matchers


def _like_to_regex(value: str) -> str:
    return "^" + "".join(".*" if ch == "%" else "." if ch == "_" else re.escape(ch) for ch in value) + "$"


def service_area_matchers_fixed(payload: Payload) -> list[tuple[str, str, bool]]:
    matchers: list[tuple[str, str, bool]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] not in ("LIKE", "NOT_LIKE"):
                continue
            compiled = re.compile(_like_to_regex(child["value"]))
            matchers.append((child["field"], compiled.pattern, child["operator"] == "NOT_LIKE"))
    return matchers


# 6. APNs key fingerprint on the ops dashboard ------------------------------------------------


def apns_key_fingerprint_buggy(payload: Payload) -> str | None:
    """A short SHA-256 fingerprint of the APNs .p8 key, shown on the ops dashboard instead of the key."""
    if payload["providerId"] != "apns":
        return None
    secret = _cred_str(payload, "secretKey")
    if secret is None:
        return None
    body = secret.split("-----")[2]
    der = base64.b64decode(body)
    return hashlib.sha256(der).hexdigest()[:16]


def _pem_body(text: str) -> str | None:
    """The text between a ``-----BEGIN ...-----`` line and the next ``-----END``, if armoured."""
    begin = text.find("-----BEGIN ")
    if begin < 0:
        return None
    header_end = text.find("-----", begin + len("-----BEGIN "))
    if header_end < 0:
        return None
    end = text.find("-----END", header_end + 5)
    return text[header_end + 5 : end] if end >= 0 else None


def apns_key_fingerprint_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "apns":
        return None
    secret = _cred_str(payload, "secretKey")
    if secret is None:
        return None
    material = _utf8(secret)
    body = _pem_body(secret)
    if body is not None:
        # Not base64 (binascii.Error) or not ASCII: fingerprint the text itself.
        with contextlib.suppress(ValueError):
            material = base64.b64decode("".join(body.split()), validate=True)
    return hashlib.sha256(material).hexdigest()[:16]


# 7. FCM send endpoint for trap-sensor push alerts --------------------------------------------

_FCM_SEND = "https://fcm.googleapis.com/v1/projects/{project}/messages:send"


def fcm_send_url_buggy(payload: Payload) -> str | None:
    """The FCM v1 send endpoint for trap-sensor alerts, from the service account's ``project_id``."""
    if payload["providerId"] != "fcm":
        return None
    raw = _cred_str(payload, "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None  # malformed service account: alerts fall back to SMS
    project: str = account["project_id"]
    return _FCM_SEND.format(project=quote(project, safe="", errors="surrogatepass"))


def fcm_send_url_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    raw = _cred_str(payload, "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    project = account.get("project_id") if isinstance(account, dict) else None
    if not isinstance(project, str):
        return None
    return _FCM_SEND.format(project=quote(project, safe="", errors="surrogatepass"))


# 8. Sender domain for DKIM alignment of treatment reports ------------------------------------


def report_sender_domain_buggy(payload: Payload) -> str | None:
    """The treatment-report sender's domain in ASCII (IDNA), matched against DKIM-verified domains."""
    if payload["channel"] != "email":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return None
    domain = sender.rpartition("@")[2].strip().strip("<>").lower()
    return domain.encode("idna").decode("ascii")


def report_sender_domain_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    sender = _cred_str(payload, "from")
    if sender is None:
        return None
    domain = sender.rpartition("@")[2].strip().strip("<>").lower()
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:  # empty or over-long label, or not IDNA-encodable: cannot be DKIM-verified
        return None


# 9. Vault purge of a deleted integration's credentials ---------------------------------------

_NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
_RETENTION = timedelta(days=30)


def credential_purge_buggy(payload: Payload) -> str | None:
    """When the vault copy of a soft-deleted integration's credentials is purged (30 days on)."""
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if raw is None:
        return "now"
    try:
        due = datetime.fromisoformat(raw) + _RETENTION
    except (ValueError, OverflowError):
        return "now"
    return "now" if due <= _NOW else due.isoformat()


def credential_purge_fixed(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if raw is None:
        return "now"
    try:
        deleted_at = datetime.fromisoformat(raw)
        if deleted_at.tzinfo is None:  # Novu writes UTC; a bare timestamp means UTC
            deleted_at = deleted_at.replace(tzinfo=UTC)
        due = deleted_at + _RETENTION
    except (ValueError, OverflowError):
        return "now"
    return "now" if due <= _NOW else due.isoformat()


# 10. Role in the branch's SMS/e-mail failover chain ------------------------------------------

_FAILOVER_ROLE = {(True, True): "primary", (True, False): "standby", (False, False): "disabled"}


def failover_role_buggy(payload: Payload) -> str | None:
    """This integration's role in the branch's visit-window SMS / e-mail failover chain."""
    if payload["channel"] not in ("sms", "email"):
        return None
    if payload["deleted"]:
        return "removed"
    return _FAILOVER_ROLE[(payload["active"], payload["primary"])]


def failover_role_fixed(payload: Payload) -> str | None:
    if payload["channel"] not in ("sms", "email"):
        return None
    if payload["deleted"]:
        return "removed"
    if not payload["active"]:
        return "disabled"  # an inactive integration may keep a stale primary flag
    return "primary" if payload["primary"] else "standby"


# 11. TLV routing frame cached by the trap-sensor gateways ------------------------------------

_TLV_FIELDS = ((1, "identifier"), (2, "providerId"), (3, "channel"), (4, "name"))


def gateway_frame_buggy(payload: Payload) -> bytes:
    """The TLV record the trap-sensor LoRaWAN gateways cache to route alerts while offline."""
    frame = bytearray()
    for tag, key in _TLV_FIELDS:
        data = str(payload[key])[:255].encode("utf-8", "replace")  # the firmware shows '?' for the rest
        frame += struct.pack("!BB", tag, len(data)) + data
    frame += struct.pack("!BBB", 5, 1, int(payload["active"]))
    return bytes(frame)


def gateway_frame_fixed(payload: Payload) -> bytes:
    frame = bytearray()
    for tag, key in _TLV_FIELDS:
        data = str(payload[key]).encode("utf-8", "replace")[:255]
        data = data.decode("utf-8", "ignore").encode("utf-8")  # drop a character cut in half
        frame += struct.pack("!BB", tag, len(data)) + data
    frame += struct.pack("!BBB", 5, 1, int(payload["active"]))
    return bytes(frame)


# 12. Grafana OnCall alert-route file ---------------------------------------------------------

_ONCALL_FIELDS = (("alert_uid", "alertUid"), ("title", "title"), ("state", "state"), ("link", "externalLink"))
_ONCALL_TEMPLATE = """\
integration: grafana-on-call
team: trap-sensor-escalations
alert_uid: "{alert_uid}"
title: "{title}"
state: "{state}"
link: "{link}"
"""


def oncall_route_yaml_buggy(payload: Payload) -> str | None:
    """The Grafana OnCall alert-route file for trap-sensor escalations, rendered from a template."""
    if payload["providerId"] != "grafana-on-call":
        return None
    values = {name: (_cred_str(payload, key) or "")[:40] for name, key in _ONCALL_FIELDS}
    text = _ONCALL_TEMPLATE.format(**values)
    yaml.safe_load(text)  # fail fast rather than ship a broken route file
    return text


def oncall_route_yaml_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "grafana-on-call":
        return None
    config = {"integration": "grafana-on-call", "team": "trap-sensor-escalations"}
    config.update({name: (_cred_str(payload, key) or "")[:40] for name, key in _ONCALL_FIELDS})
    return yaml.safe_dump(config, sort_keys=False)


# 13. Service-area rules mirrored into the branch routing table -------------------------------


def _sql_text(text: str) -> str:
    """SQLite wants valid UTF-8: lone surrogates become U+FFFD."""
    return _utf8(text).decode("utf-8", "replace")


_RULES_DDL_BUGGY = """CREATE TABLE routing_rule (
    branch TEXT NOT NULL, integration TEXT NOT NULL, field TEXT NOT NULL, target TEXT NOT NULL,
    operator TEXT NOT NULL, value TEXT NOT NULL, negated INTEGER NOT NULL,
    PRIMARY KEY (branch, integration, field, target, operator))"""


def routing_rules_sync_buggy(payload: Payload) -> list[tuple[Any, ...]]:
    """Mirrors the integration's service-area rules into the branch routing table and reads them back."""
    rows = [
        (
            _sql_text(payload["_environmentId"]),
            _sql_text(payload["identifier"]),
            _sql_text(child["field"]),
            child["on"],
            child["operator"],
            _sql_text(child["value"]),
            int(condition["isNegated"]),
        )
        for condition in payload.get("conditions", [])
        for child in condition["children"]
    ]
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(_RULES_DDL_BUGGY)
        connection.executemany("INSERT INTO routing_rule VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        return list(connection.execute("SELECT * FROM routing_rule ORDER BY rowid"))
    finally:
        connection.close()


_RULES_DDL_FIXED = """CREATE TABLE routing_rule (
    branch TEXT NOT NULL, integration TEXT NOT NULL, condition_no INTEGER NOT NULL,
    child_no INTEGER NOT NULL, field TEXT NOT NULL, target TEXT NOT NULL, operator TEXT NOT NULL,
    value TEXT NOT NULL, negated INTEGER NOT NULL,
    PRIMARY KEY (branch, integration, condition_no, child_no))"""


def routing_rules_sync_fixed(payload: Payload) -> list[tuple[Any, ...]]:
    rows = [
        (
            _sql_text(payload["_environmentId"]),
            _sql_text(payload["identifier"]),
            condition_no,
            child_no,
            _sql_text(child["field"]),
            child["on"],
            child["operator"],
            _sql_text(child["value"]),
            int(condition["isNegated"]),
        )
        for condition_no, condition in enumerate(payload.get("conditions", []))
        for child_no, child in enumerate(condition["children"])
    ]
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(_RULES_DDL_FIXED)
        connection.executemany("INSERT INTO routing_rule VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return list(connection.execute("SELECT * FROM routing_rule ORDER BY rowid"))
    finally:
        connection.close()


# 14. Order-insensitive fingerprint of conditions for the drift audit -------------------------

_CHILD_KEYS = ("field", "on", "operator", "value")


def _canonical_conditions(payload: Payload) -> list[dict[str, Any]]:
    canonical: list[dict[str, Any]] = []
    for condition in payload.get("conditions", []):
        children = [{key: child[key] for key in _CHILD_KEYS} for child in condition["children"]]
        children.sort(key=lambda child: tuple(child[key] for key in _CHILD_KEYS))
        canonical.append(
            {
                "type": condition["type"],
                "value": condition["value"],
                "isNegated": condition["isNegated"],
                "children": children,
            }
        )
    return canonical


def conditions_fingerprint_buggy(payload: Payload) -> str:
    """An order-insensitive fingerprint of the routing conditions, for the dev-vs-prod drift audit."""
    canonical = _canonical_conditions(payload)
    canonical.sort(key=lambda c: (c["type"], c["value"], c["isNegated"], c["children"]))
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode("ascii")).hexdigest()


def conditions_fingerprint_fixed(payload: Payload) -> str:
    canonical = _canonical_conditions(payload)
    canonical.sort(key=lambda c: json.dumps(c, sort_keys=True))
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode("ascii")).hexdigest()


# 15. Migration command recreating the integration in production ------------------------------


def _credential_text(value: object) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, sort_keys=True)
    except RecursionError:  # a pathologically nested tlsOptions (or unknown key): migrate it by hand
        return "<too deeply nested>"


def migration_argv_buggy(payload: Payload) -> list[str]:
    """The reviewed command that recreates this integration in the production environment, as argv."""
    parts = [
        "novu-admin integrations create",
        f'--provider "{payload["providerId"]}"',
        f"--channel {payload['channel']}",
        f'--name "{payload["name"]}"',
        f'--identifier "{payload["identifier"]}"',
    ]
    parts += [
        f'--credential "{key}={_credential_text(value)}"' for key, value in sorted(_creds(payload).items())
    ]
    if payload["active"]:
        parts.append("--active")
    return shlex.split(" ".join(parts))


def migration_argv_fixed(payload: Payload) -> list[str]:
    argv = ["novu-admin", "integrations", "create"]
    argv += ["--provider", payload["providerId"], "--channel", payload["channel"]]
    argv += ["--name", payload["name"], "--identifier", payload["identifier"]]
    for key, value in sorted(_creds(payload).items()):
        argv += ["--credential", f"{key}={_credential_text(value)}"]
    if payload["active"]:
        argv.append("--active")
    return argv


# 16. Data residency of treatment data, from the cloud region ---------------------------------


def data_residency_buggy(payload: Payload) -> dict[str, str] | None:
    """Where an integration keeps customer treatment data, from its cloud region (compliance report)."""
    region = _cred_str(payload, "region")
    if region is None:
        return None
    geography, area, number = region.strip().lower().split("-")
    return {"region": region, "geography": geography.upper(), "zone": f"{area}-{number}"}


def data_residency_fixed(payload: Payload) -> dict[str, str] | None:
    region = _cred_str(payload, "region")
    if region is None:
        return None
    geography, _, zone = region.strip().lower().partition("-")
    return {"region": region, "geography": geography.upper(), "zone": zone}


# The suite -------------------------------------------------------------------------------------

_DUPLICATE_ZIP_CONDITIONS = [
    {
        "isNegated": False,
        "type": "STATEMENT",
        "value": "OR",
        "children": [
            {"field": "payload.serviceZip", "value": "33601", "operator": "EQUAL", "on": "payload"},
            {"field": "payload.serviceZip", "value": "33602", "operator": "EQUAL", "on": "payload"},
        ],
    }
]

PESTCONTROL_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="pestcontrol_visit_sms_sender",
        bug="assumes an SMS `from` is a phone number; an alphanumeric sender id makes int() raise",
        buggy=visit_sms_sender_buggy,
        fixed=visit_sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-Qm3x9Lp", "providerId": "twilio", "channel": "sms"},
            credentials={"accountSid": "AC0123456789abcdef", "token": "fake-token", "from": "PESTAWAY"},
        ),
    ),
    ConsumerCase(
        name="pestcontrol_smtp_relay_url",
        bug="pastes `host`/`port` into a URL unbracketed and reads .port back: an IPv6 host or a "
        "non-numeric/out-of-range port string makes urlsplit raise",
        buggy=smtp_relay_url_buggy,
        fixed=smtp_relay_url_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Nodemailer", "identifier": "nodemailer-7hT2kQ", "providerId": "nodemailer"},
            credentials={
                "host": "2001:db8::25",
                "port": "25",
                "user": "reports",
                "password": "fake-password",
                "from": "reports@pestco.example",
            },
        ),
    ),
    ConsumerCase(
        name="pestcontrol_regulator_record",
        bug="upper-cases the padded record after fitting columns; characters whose upper case is longer "
        "(ß -> SS, ligatures) overflow the fixed width",
        buggy=regulator_record_buggy,
        fixed=regulator_record_fixed,
        raises=(ValueError,),
        example=_example({"name": "Schädlingsbekämpfung Weißenburg"}),
    ),
    ConsumerCase(
        name="pestcontrol_route_planner_xml",
        bug="formats XML with f-strings: '&', '<', quotes or characters XML forbids in a name break "
        "the document",
        buggy=route_planner_xml_buggy,
        fixed=route_planner_xml_fixed,
        raises=(ET.ParseError,),
        example=_example({"name": "Termite & Rodent Reports"}),
    ),
    ConsumerCase(
        name="pestcontrol_service_area_like",
        bug="turns a LIKE value into a regex without escaping; regex metacharacters in the value fail "
        "to compile",
        buggy=service_area_matchers_buggy,
        fixed=service_area_matchers_fixed,
        raises=(re.error, ValueError, OverflowError, RecursionError),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.phone",
                                "value": "+1813%",
                                "operator": "LIKE",
                                "on": "subscriber",
                            },
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="pestcontrol_apns_key_fingerprint",
        bug="assumes the APNs `secretKey` is an armoured PEM with a base64 body; a bare key makes it raise",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(IndexError, ValueError),
        example=_example(
            {
                "name": "APNs",
                "identifier": "apns-Vb7Qe2",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgFAKEKEY",
                "apiKey": "ABCD1234EF",
                "projectName": "com.pestco.technician",
                "applicationId": "TEAM123456",
            },
        ),
    ),
    ConsumerCase(
        name="pestcontrol_fcm_send_url",
        bug="assumes a `serviceAccount` that parses as JSON is an object with a string project_id; a "
        "double-encoded or partial service account raises",
        buggy=fcm_send_url_buggy,
        fixed=fcm_send_url_fixed,
        raises=(KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Kx81fP",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "serviceAccount": json.dumps(
                    json.dumps({"type": "service_account", "project_id": "pestco-traps"})
                )
            },
        ),
    ),
    ConsumerCase(
        name="pestcontrol_report_sender_domain",
        bug="IDNA-encodes the `from` domain unguarded; an empty or over-63-character label raises "
        "UnicodeError",
        buggy=report_sender_domain_buggy,
        fixed=report_sender_domain_fixed,
        raises=(UnicodeError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "reports@mail..pestco.example",
                "senderName": "PestCo Reports",
            }
        ),
    ),
    ConsumerCase(
        name="pestcontrol_credential_purge",
        bug="compares a parsed `deletedAt` with an aware clock; a timestamp without UTC offset raises "
        "TypeError",
        buggy=credential_purge_buggy,
        fixed=credential_purge_fixed,
        raises=(TypeError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-20T09:15:00", "active": False}),
    ),
    ConsumerCase(
        name="pestcontrol_failover_role",
        bug="assumes primary implies active; an inactive integration still flagged primary is a missing key",
        buggy=failover_role_buggy,
        fixed=failover_role_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="pestcontrol_gateway_frame",
        bug="caps a TLV field at 255 characters, not bytes; long non-ASCII names overflow the 1-byte length",
        buggy=gateway_frame_buggy,
        fixed=gateway_frame_fixed,
        raises=(struct.error,),
        example=_example({"name": "Датчики ловушек, филиал Новосибирск-Восток — " * 4}),
    ),
    ConsumerCase(
        name="pestcontrol_oncall_route_yaml",
        bug="renders credentials into double-quoted YAML without escaping; a quote, backslash or control "
        "character in the title breaks the file",
        buggy=oncall_route_yaml_buggy,
        fixed=oncall_route_yaml_fixed,
        raises=(yaml.YAMLError, ValueError),
        example=_example(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-n4Rt8",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
            },
            credentials={
                "alertUid": "trap-escalation-01",
                "title": 'Bait station "B-12" tampered',
                "state": "alerting",
                "externalLink": "https://grafana.pestco.example/d/traps",
            },
        ),
    ),
    ConsumerCase(
        name="pestcontrol_routing_rules_sync",
        bug="keys routing rows by (field, target, operator); two children on the same field and operator "
        "(zip = A OR zip = B) violate the primary key",
        buggy=routing_rules_sync_buggy,
        fixed=routing_rules_sync_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example({"conditions": _DUPLICATE_ZIP_CONDITIONS}),
    ),
    ConsumerCase(
        name="pestcontrol_conditions_fingerprint",
        bug="sorts conditions by a key ending in the children list; two conditions with equal type/value/"
        "negation and different children compare dicts",
        buggy=conditions_fingerprint_buggy,
        fixed=conditions_fingerprint_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.branch",
                                "value": "tampa",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    },
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.branch",
                                "value": "orlando",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    },
                ]
            }
        ),
    ),
    ConsumerCase(
        name="pestcontrol_migration_argv",
        bug="wraps values in double quotes and shlex-splits the line; a lone quote or trailing backslash "
        "in a name or credential raises",
        buggy=migration_argv_buggy,
        fixed=migration_argv_fixed,
        raises=(ValueError,),
        example=_example({"name": 'Bait stations (2" pipe) alerts'}),
    ),
    ConsumerCase(
        name="pestcontrol_data_residency",
        bug="unpacks `region` as exactly geo-area-number; 'us-gov-west-1', 'eu' and other region "
        "strings raise",
        buggy=data_residency_buggy,
        fixed=data_residency_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "SNS", "identifier": "sns-Gv4Lw0", "providerId": "sns", "channel": "sms"},
            credentials={"apiKey": "fake-access-key", "secretKey": "fake-secret", "region": "us-gov-west-1"},
        ),
    ),
]
