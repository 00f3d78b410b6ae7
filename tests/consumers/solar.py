"""Sixteen consumers of ``GET /v1/integrations`` items at a residential solar installer, one bug each.

The (fictional) company installs rooftop PV and batteries and monitors them afterwards. Its Novu
integrations carry inverter-fault push alerts to the homeowner app, install-day SMS, permit e-mails to
municipal building departments and field-crew chat; rebate-eligibility rules live in the integrations'
``conditions``; an ops console, a nightly utility-interconnection export and per-franchise (regional)
tenancy all read the same items.

Every ``ConsumerCase`` pairs a *buggy* consumer, written the way a busy team would and working on
``HAPPY_PATH``, with a *fixed* control that honours the contract. Each function takes one wire payload
(a dict exactly as the API sends it) and returns a value or raises. Each bug is a wrong assumption about
what the contract allows, triggered by a whole class of valid payloads (``example`` is one of them);
the fixed version never raises on a valid payload and never mutates it. Everything is deterministic:
a fixed clock, no network, no files (SQLite runs in memory).
"""

from __future__ import annotations

import base64
import copy
import csv
import functools
import hashlib
import io
import ipaddress
import json
import re
import sqlite3
import string
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "SOLAR_BUGS"]

NOW = datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
"""The fixed "current time" of every consumer here."""


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced (``changes``), credentials replaced and keys dropped."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key)
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object (absent only under the newer 3.x contract, read as empty)."""
    credentials: dict[str, Any] = payload.get("credentials", {})
    return credentials


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions: list[dict[str, Any]] = payload.get("conditions", [])
    return conditions


def _children(payload: Payload) -> Iterable[tuple[int, int, dict[str, Any]]]:
    """Every condition child as (condition index, child index, child)."""
    for c_index, condition in enumerate(_conditions(payload)):
        for f_index, child in enumerate(condition["children"]):
            yield c_index, f_index, child


# 1. Permit-mail SMTP relay: a host that starts with a digit ---------------------------------


def relay_tls_buggy(payload: Payload) -> dict[str, object] | None:
    """TLS settings of the SMTP relay that mails permit packets: no SNI for IP literals, pin them instead."""
    credentials = _credentials(payload)
    host: str | None = credentials.get("host")
    if host is None:
        return None
    if host[:1].isdigit():  # "an IP address", so pin it
        return {"sni": None, "pinned_ip": str(ipaddress.ip_address(host)), "port": credentials.get("port")}
    return {"sni": host or None, "pinned_ip": None, "port": credentials.get("port")}


def relay_tls_fixed(payload: Payload) -> dict[str, object] | None:
    credentials = _credentials(payload)
    host: str | None = credentials.get("host")
    if host is None:
        return None
    try:
        pinned = str(ipaddress.ip_address(host.strip().strip("[]")))
    except ValueError:
        return {"sni": host or None, "pinned_ip": None, "port": credentials.get("port")}
    return {"sni": None, "pinned_ip": pinned, "port": credentials.get("port")}


# 2. Install-day SMS sidecar: the sender pasted unquoted into YAML ---------------------------


def sms_sidecar_buggy(payload: Payload) -> dict[str, str] | None:
    """Renders the SMS gateway sidecar's YAML and reports whether the sender is a number or a name."""
    if payload.get("channel") != "sms" or "from" not in _credentials(payload):
        return None
    document = f"sender: {_credentials(payload)['from']}\n"
    sender = yaml.safe_load(document)["sender"]
    numeric = sender.isdecimal() or (sender.startswith("+") and sender[1:].isdecimal())
    return {"config": document, "sender_kind": "numeric" if numeric else "alphanumeric"}


def sms_sidecar_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "sms" or "from" not in _credentials(payload):
        return None
    sender: str = _credentials(payload)["from"]
    document = yaml.safe_dump({"sender": sender})
    numeric = sender.isdecimal() or (sender.startswith("+") and sender[1:].isdecimal())
    return {"config": document, "sender_kind": "numeric" if numeric else "alphanumeric"}


# 3. Permit e-mail DMARC alignment: "from" is local@domain ----------------------------------


def dmarc_domain_buggy(payload: Payload) -> str | None:
    """The From domain of permit e-mails, compared with the relay's DKIM ``d=`` before a send."""
    if payload.get("channel") != "email" or "from" not in _credentials(payload):
        return None
    _local, domain = _credentials(payload)["from"].split("@")
    return str(domain).strip().lower()


def dmarc_domain_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email" or "from" not in _credentials(payload):
        return None
    sender: str = _credentials(payload)["from"]
    if "@" not in sender:
        return None
    return sender.rsplit("@", 1)[1].strip().rstrip(">").lower()


# 4. Data residency: a region is always area-direction-number --------------------------------

_RESIDENCY = {"us": "US", "ca": "CA", "eu": "EU", "uk": "UK", "ap": "APAC", "sa": "LATAM", "me": "ME"}


def residency_buggy(payload: Payload) -> str | None:
    """The residency zone homeowner data sent through this integration is processed in."""
    region: str | None = _credentials(payload).get("region")
    if region is None:
        return None
    area, _direction, _number = region.strip().lower().split("-")
    return _RESIDENCY.get(area, "UNREVIEWED")


def residency_fixed(payload: Payload) -> str | None:
    region: str | None = _credentials(payload).get("region")
    if region is None:
        return None
    area = region.strip().lower().split("-", 1)[0]
    return _RESIDENCY.get(area, "UNREVIEWED")


# 5. Homeowner-app pushes: the service account is always JSON --------------------------------


def push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project that inverter-fault pushes go through, read from the service account."""
    account: str | None = _credentials(payload).get("serviceAccount")
    if account is None:
        return None
    info = json.loads(account)
    project = info.get("project_id") if isinstance(info, dict) else None
    return project if isinstance(project, str) else "unknown"


def push_project_fixed(payload: Payload) -> str | None:
    account: str | None = _credentials(payload).get("serviceAccount")
    if account is None:
        return None
    try:
        info = json.loads(account)
    except (ValueError, RecursionError):  # e.g. the encrypted "nvsk.<iv>:<cipher>" form of write replies
        return "unknown"
    project = info.get("project_id") if isinstance(info, dict) else None
    return project if isinstance(project, str) else "unknown"


# 6. APNs key-rotation audit: a PEM has "\n" line ends and a clean base64 body ----------------


def apns_fingerprint_buggy(payload: Payload) -> str | None:
    """SHA-256 fingerprint of the APNs signing key (.p8) for the key-rotation audit."""
    if payload["providerId"] != "apns" or "secretKey" not in _credentials(payload):
        return None
    pem: str = _credentials(payload)["secretKey"]
    body = "".join(line for line in pem.strip().split("\n") if not line.startswith("-----"))
    return "pkcs8:" + hashlib.sha256(base64.b64decode(body, validate=True)).hexdigest()


def apns_fingerprint_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "apns" or "secretKey" not in _credentials(payload):
        return None
    pem: str = _credentials(payload)["secretKey"]
    body = "".join(line.strip() for line in pem.splitlines() if not line.strip().startswith("-----"))
    try:
        return "pkcs8:" + hashlib.sha256(base64.b64decode(body, validate=True)).hexdigest()
    except ValueError:
        return "opaque:" + hashlib.sha256(pem.encode("utf-8", "surrogatepass")).hexdigest()


# 7. Rebate pre-check: LIKE values turned into regexes -----------------------------------------


def like_patterns_buggy(payload: Payload) -> list[str]:
    """Regexes of the LIKE / NOT_LIKE rebate rules, for the quoting tool's offline pre-check."""
    compiled: list[re.Pattern[str]] = []
    for _c, _f, child in _children(payload):
        if child["operator"] in ("LIKE", "NOT_LIKE"):
            pattern = "^" + child["value"].replace("%", ".*").replace("_", ".") + "$"
            with warnings.catch_warnings():  # silence re's "possible nested set" FutureWarning
                warnings.simplefilter("ignore", FutureWarning)
                compiled.append(re.compile(pattern, re.IGNORECASE | re.DOTALL))
    return [regex.pattern for regex in compiled]


def like_patterns_fixed(payload: Payload) -> list[str]:
    compiled: list[re.Pattern[str]] = []
    for _c, _f, child in _children(payload):
        if child["operator"] in ("LIKE", "NOT_LIKE"):
            wildcards = {"%": ".*", "_": "."}
            pattern = "".join(wildcards.get(char, re.escape(char)) for char in child["value"])
            compiled.append(re.compile("^" + pattern + "$", re.IGNORECASE | re.DOTALL))
    return [regex.pattern for regex in compiled]


# 8. Rebate eligibility: every condition has children ------------------------------------------

_HOMEOWNER: dict[str, dict[str, str]] = {
    "subscriber": {"plan": "pro", "state": "CA", "utility": "PG&E", "roofType": "composition"},
    "payload": {"systemKw": "7.6", "batteryKwh": "13.5", "program": "SGIP", "installYear": "2025"},
}
"""The sample homeowner the quoting tool checks rebate rules against."""


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _child_holds(child: Mapping[str, Any]) -> bool:
    """Whether the sample homeowner satisfies one rule (a lenient evaluator: odd values just fail)."""
    on: str = child["on"]
    field: str = child["field"]
    expected: str = child["value"]
    operator: str = child["operator"]
    actual = _HOMEOWNER.get(on, {}).get(field.removeprefix(on + "."))
    if actual is None:
        return operator.startswith("NOT_")
    if operator in ("EQUAL", "NOT_EQUAL"):
        return (actual == expected) == (operator == "EQUAL")
    if operator in ("IN", "ANY_IN", "ALL_IN", "NOT_IN"):
        return (actual in [item.strip() for item in expected.split(",")]) == (operator != "NOT_IN")
    if operator in ("LIKE", "NOT_LIKE"):
        return (expected.strip("%").casefold() in actual.casefold()) == (operator == "LIKE")
    value = _number(actual)
    if operator in ("BETWEEN", "NOT_BETWEEN"):
        bounds = [_number(item) for item in expected.split(",")]
        if value is None or len(bounds) != 2 or bounds[0] is None or bounds[1] is None:
            return False
        return (bounds[0] <= value <= bounds[1]) == (operator == "BETWEEN")
    limit = _number(expected)
    if value is None or limit is None:
        return False
    return {
        "LARGER": value > limit,
        "SMALLER": value < limit,
        "LARGER_EQUAL": value >= limit,
        "SMALLER_EQUAL": value <= limit,
    }.get(operator, False)


def eligibility_buggy(payload: Payload) -> bool:
    """Whether the sample homeowner passes the integration's rebate conditions (AND across conditions)."""
    for condition in _conditions(payload):
        results = [_child_holds(child) for child in condition["children"]]
        if condition["value"] == "AND":
            holds = functools.reduce(lambda a, b: a and b, results)
        else:
            holds = functools.reduce(lambda a, b: a or b, results)
        if holds == condition["isNegated"]:
            return False
    return True


def eligibility_fixed(payload: Payload) -> bool:
    for condition in _conditions(payload):
        results = [_child_holds(child) for child in condition["children"]]
        if not results:  # an empty group restricts nothing
            continue
        holds = all(results) if condition["value"] == "AND" else any(results)
        if holds == condition["isNegated"]:
            return False
    return True


# 9. Rebate rule table: one rule per field --------------------------------------------------


def _blob(text: str) -> bytes:
    """Text as SQLite-safe bytes (lone surrogates are valid on the wire but not in SQLite text)."""
    return text.encode("utf-8", "surrogatepass")


def rule_table_buggy(payload: Payload) -> int:
    """Syncs the integration's rebate rules into the quoting tool's rule table; returns the row count."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(
            "CREATE TABLE rebate_rule (integration BLOB, field BLOB, operator TEXT, value BLOB,"
            " negated INTEGER, PRIMARY KEY (integration, field))"
        )
        owner = _blob(str(payload.get("_id", payload["identifier"])))
        for c_index, _f, child in _children(payload):
            negated = int(_conditions(payload)[c_index]["isNegated"])
            db.execute(
                "INSERT INTO rebate_rule VALUES (?, ?, ?, ?, ?)",
                (owner, _blob(child["field"]), child["operator"], _blob(child["value"]), negated),
            )
        count: int = db.execute("SELECT COUNT(*) FROM rebate_rule").fetchone()[0]
        return count
    finally:
        db.close()


def rule_table_fixed(payload: Payload) -> int:
    db = sqlite3.connect(":memory:")
    try:
        db.execute(
            "CREATE TABLE rebate_rule (integration BLOB, position TEXT, field BLOB, operator TEXT,"
            " value BLOB, negated INTEGER, PRIMARY KEY (integration, position))"
        )
        owner = _blob(str(payload.get("_id", payload["identifier"])))
        for c_index, f_index, child in _children(payload):
            negated = int(_conditions(payload)[c_index]["isNegated"])
            db.execute(
                "INSERT INTO rebate_rule VALUES (?, ?, ?, ?, ?, ?)",
                (
                    owner,
                    f"{c_index}.{f_index}",
                    _blob(child["field"]),
                    child["operator"],
                    _blob(child["value"]),
                    negated,
                ),
            )
        count: int = db.execute("SELECT COUNT(*) FROM rebate_rule").fetchone()[0]
        return count
    finally:
        db.close()


# 10. Utility interconnection export: pipe-delimited, no quoting -----------------------------


def _export_fields(payload: Payload) -> list[str]:
    return [
        payload["identifier"],
        payload["name"],
        payload["providerId"],
        payload.get("channel", ""),
        "Y" if payload["active"] else "N",
        _credentials(payload).get("from", ""),
    ]


def interconnect_row_buggy(payload: Payload) -> str:
    """One row of the nightly pipe-delimited file the utility's interconnection portal ingests."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="|", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(_export_fields(payload))
    return buffer.getvalue()


_PORTAL_UNSAFE = re.compile(r'[|"\r\n]')


def interconnect_row_fixed(payload: Payload) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="|", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow([_PORTAL_UNSAFE.sub(" ", field) for field in _export_fields(payload)])
    return buffer.getvalue()


# 11. Ops console: the configured date read from the ObjectId ---------------------------------


def integration_age_buggy(payload: Payload) -> int | None:
    """Days since the integration was configured (the ObjectId's timestamp), for the ops console."""
    record_id: str | None = payload.get("_id")
    if record_id is None:
        return None
    created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)
    return (NOW - created).days


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def integration_age_fixed(payload: Payload) -> int | None:
    record_id: str | None = payload.get("_id")
    if record_id is None or not _OBJECT_ID.fullmatch(record_id):
        return None
    created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)
    return (NOW - created).days


# 12. Ops console badge: a primary is always active ------------------------------------------

_BADGES = {(True, True): "PRIMARY", (True, False): "STANDBY", (False, False): "DISABLED"}


def console_badge_buggy(payload: Payload) -> str:
    """The status badge of an integration in the ops console."""
    if payload["deleted"]:
        return "DELETED"
    return _BADGES[(payload["active"], payload["primary"])]


def console_badge_fixed(payload: Payload) -> str:
    if payload["deleted"]:
        return "DELETED"
    return {**_BADGES, (False, True): "PRIMARY (INACTIVE)"}[(payload["active"], payload["primary"])]


# 13. Alert router cache: a key's length counted in characters --------------------------------

_MEMCACHED_KEY_LIMIT = 250


def _memcached_key(key: str) -> bytes:
    """What the memcached client enforces: at most 250 bytes, no spaces or control bytes."""
    raw = key.encode("utf-8")
    if len(raw) > _MEMCACHED_KEY_LIMIT or any(byte <= 0x20 or byte == 0x7F for byte in raw):
        raise ValueError(f"illegal memcached key {key[:40]!r}...")
    return raw


def _key_part(text: str) -> str:
    return "".join(char if char.isprintable() and not char.isspace() else "_" for char in text)


def alert_route_key_buggy(payload: Payload) -> bytes:
    """The memcached key under which the inverter-fault alert router caches this integration."""
    key = f"solar:alert-route:{_key_part(payload['_environmentId'])}:{_key_part(payload['identifier'])}"
    if len(key) > _MEMCACHED_KEY_LIMIT:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
        key = key[: _MEMCACHED_KEY_LIMIT - 41] + ":" + digest
    return _memcached_key(key)


def alert_route_key_fixed(payload: Payload) -> bytes:
    key = f"solar:alert-route:{_key_part(payload['_environmentId'])}:{_key_part(payload['identifier'])}"
    if len(key.encode("utf-8")) > _MEMCACHED_KEY_LIMIT:
        key = "solar:alert-route:sha1:" + hashlib.sha1(key.encode("utf-8")).hexdigest()
    return _memcached_key(key)


# 14. Inverter-fault alert text: the name pasted into a string.Template ------------------------

_FAULT = {"serial": "INV-7731-A", "site": "12 Sunrise Way", "fault": "GFDI trip"}


def fault_alert_buggy(payload: Payload) -> str:
    """The push text of an inverter-fault alert; each integration prefixes alerts with its name."""
    template = string.Template(payload["name"] + ": inverter $serial at $site reports $fault")
    return template.substitute(_FAULT)


def fault_alert_fixed(payload: Payload) -> str:
    template = string.Template("$integration: inverter $serial at $site reports $fault")
    return template.substitute(_FAULT, integration=payload["name"])


# 15. Credential purge: deletedAt always carries an offset -----------------------------------

_RETENTION = timedelta(days=30)


def credential_purge_buggy(payload: Payload) -> str | None:
    """For a soft-deleted integration: purge its stored credentials now, later, or after a review."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    try:
        deleted_at = datetime.fromisoformat(payload["deletedAt"])
    except ValueError:
        return "review"
    return "purge" if deleted_at <= NOW - _RETENTION else "keep"


def credential_purge_fixed(payload: Payload) -> str | None:
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    try:
        deleted_at = datetime.fromisoformat(payload["deletedAt"])
    except ValueError:
        return "review"
    if deleted_at.tzinfo is None or deleted_at.utcoffset() is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)  # Novu writes UTC
    return "purge" if deleted_at <= NOW - _RETENTION else "keep"


# 16. Municipal permit feed: ElementTree makes any string XML-safe ----------------------------


_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 does not allow, even escaped."""


def _feed_entry(payload: Payload, clean: bool) -> bytes:
    def text(value: str) -> str:
        return _XML_INVALID.sub("\ufffd", value) if clean else value

    entry = ET.Element(
        "integration", {"id": text(payload["identifier"]), "channel": payload.get("channel", "")}
    )
    ET.SubElement(entry, "name").text = text(payload["name"])
    ET.SubElement(entry, "provider").text = text(payload["providerId"])
    for key in ("from", "senderName"):
        if key in _credentials(payload):
            ET.SubElement(entry, "sender", {"part": key}).text = text(_credentials(payload)[key])
    serialized: bytes = ET.tostring(entry, encoding="utf-8")
    return serialized


def permit_feed_buggy(payload: Payload) -> str:
    """The integration's entry in the signed XML feed building departments pull: C14N, then SHA-256."""
    canonical = ET.canonicalize(_feed_entry(payload, clean=False))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def permit_feed_fixed(payload: Payload) -> str:
    canonical = ET.canonicalize(_feed_entry(payload, clean=True))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# The suite -----------------------------------------------------------------------------------

_P8 = (
    "-----BEGIN PRIVATE KEY-----\r\n"
    "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgSunHarborKey0001\r\n"
    "-----END PRIVATE KEY-----\r\n"
)


def _condition(value: str, children: list[dict[str, str]], type_: str = "STATEMENT") -> dict[str, Any]:
    return {"isNegated": False, "type": type_, "value": value, "children": children}


_LONG_JAPANESE_IDENTIFIER = "サンハーバー太陽光-北海道-札幌-函館-旭川-帯広-釧路-北見-苫小牧-" * 3 + "x8Kd2bQ1"
"""A franchise identifier of 116 characters but 278 UTF-8 bytes."""

SOLAR_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="solar_relay_tls_ip_literal",
        bug="a credentials host starting with a digit is an IP literal (hostnames may start with digits)",
        buggy=relay_tls_buggy,
        fixed=relay_tls_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Qm3vP0a", "providerId": "nodemailer"},
            credentials={
                "host": "365relay.permits.example.net",
                "port": "587",
                "from": "permits@sunharbor.example",
                "senderName": "SunHarbor Permits",
            },
        ),
    ),
    ConsumerCase(
        name="solar_sms_sidecar_yaml",
        bug="an sms sender pasted unquoted into YAML stays a string (phone numbers load as ints)",
        buggy=sms_sidecar_buggy,
        fixed=sms_sidecar_fixed,
        raises=(AttributeError, ValueError, KeyError, RecursionError, yaml.YAMLError),
        example=_example(
            {"name": "Twilio", "identifier": "twilio-7hQpX2e", "providerId": "twilio", "channel": "sms"},
            credentials={
                "accountSid": "AC0000000000000000000000000000fake",
                "token": "t0k",
                "from": "+15550100199",
            },
        ),
    ),
    ConsumerCase(
        name="solar_dmarc_from_domain",
        bug="an e-mail 'from' contains exactly one '@' (quoted local parts and plain names do not)",
        buggy=dmarc_domain_buggy,
        fixed=dmarc_domain_fixed,
        raises=(ValueError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": '"permits@desk"@sunharbor.example',
                "senderName": "SunHarbor Permits",
            }
        ),
    ),
    ConsumerCase(
        name="solar_residency_region",
        bug="a credentials region always has three dash-separated parts like us-west-2",
        buggy=residency_buggy,
        fixed=residency_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "SparkPost", "identifier": "spark-post-Lk2m9Qa", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-api-key-0002",
                "region": "eu",
                "from": "installs@sunharbor.example",
                "senderName": "SunHarbor Installs",
            },
        ),
    ),
    ConsumerCase(
        name="solar_push_project_json",
        bug="serviceAccount is always a JSON document (any string is valid, e.g. nvsk.<iv>:<cipher>)",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(ValueError, RecursionError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-b7TqY1w",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.9f1c2a7e4b6d8f00:4e1d99a0c3b2"},
        ),
    ),
    ConsumerCase(
        name="solar_apns_key_fingerprint",
        bug="an APNs secretKey is a PEM with bare \\n line ends and a strict base64 body",
        buggy=apns_fingerprint_buggy,
        fixed=apns_fingerprint_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "APNs", "identifier": "ap-ns-Zr8wK3d", "providerId": "apns", "channel": "push"},
            credentials={
                "secretKey": _P8,
                "apiKey": "KEYID12345",
                "projectName": "sunharbor-monitor",
                "applicationId": "com.sunharbor.monitor",
            },
        ),
    ),
    ConsumerCase(
        name="solar_rebate_like_regex",
        bug="a LIKE rule value only has % and _ as special characters, so it can be spliced into a regex",
        buggy=like_patterns_buggy,
        fixed=like_patterns_fixed,
        raises=(re.error, OverflowError, RecursionError),
        example=_example(
            {
                "conditions": [
                    _condition(
                        "AND",
                        [
                            {
                                "field": "utility",
                                "value": "PG&E (North%",
                                "operator": "LIKE",
                                "on": "subscriber",
                            }
                        ],
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="solar_rebate_empty_group",
        bug="every condition has at least one child (children may be empty)",
        buggy=eligibility_buggy,
        fixed=eligibility_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "conditions": [
                    _condition(
                        "AND", [{"field": "state", "value": "CA", "operator": "EQUAL", "on": "subscriber"}]
                    ),
                    _condition("OR", [], type_="GROUP"),
                ]
            }
        ),
    ),
    ConsumerCase(
        name="solar_rebate_rule_table",
        bug="a field appears in at most one rule (a range is two rules on the same field)",
        buggy=rule_table_buggy,
        fixed=rule_table_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    _condition(
                        "AND",
                        [
                            {"field": "systemKw", "value": "3", "operator": "LARGER_EQUAL", "on": "payload"},
                            {"field": "systemKw", "value": "20", "operator": "SMALLER", "on": "payload"},
                        ],
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="solar_interconnect_export",
        bug="names, identifiers and senders never contain the delimiter, a quote or a newline",
        buggy=interconnect_row_buggy,
        fixed=interconnect_row_fixed,
        raises=(csv.Error,),
        example=_example({"name": "SendGrid | NorCal franchise"}),
    ),
    ConsumerCase(
        name="solar_console_integration_age",
        bug="_id is a 24-hex ObjectId whose first 8 digits are a timestamp (the contract says any string)",
        buggy=integration_age_buggy,
        fixed=integration_age_fixed,
        raises=(ValueError,),
        example=_example({"_id": "sh-migrated-00042"}),
    ),
    ConsumerCase(
        name="solar_console_badge",
        bug="a primary integration is always active (inactive primaries are valid and stay primary)",
        buggy=console_badge_buggy,
        fixed=console_badge_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="solar_alert_route_cache_key",
        bug="a cache key's length in characters is its length in bytes (non-ASCII identifiers are longer)",
        buggy=alert_route_key_buggy,
        fixed=alert_route_key_fixed,
        raises=(ValueError,),
        example=_example({"identifier": _LONG_JAPANESE_IDENTIFIER}),
    ),
    ConsumerCase(
        name="solar_fault_alert_template",
        bug="an integration name never contains '$', so it can be part of a string.Template",
        buggy=fault_alert_buggy,
        fixed=fault_alert_fixed,
        raises=(KeyError, ValueError),
        example=_example({"name": "Sun$ave Alerts"}),
    ),
    ConsumerCase(
        name="solar_credential_purge",
        bug="a parseable deletedAt always carries a UTC offset (naive ISO strings compare with aware NOW)",
        buggy=credential_purge_buggy,
        fixed=credential_purge_fixed,
        raises=(TypeError,),
        example=_example({"active": False, "deleted": True, "deletedAt": "2025-04-18T16:05:00"}),
    ),
    ConsumerCase(
        name="solar_permit_feed_xml",
        bug="ElementTree escaping makes any string well-formed XML (control characters are not allowed)",
        buggy=permit_feed_buggy,
        fixed=permit_feed_fixed,
        raises=(ET.ParseError,),
        example=_example(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "permits@sunharbor.example",
                "senderName": "SunHarbor\x0bPermits",
            }
        ),
    ),
]
"""The solar installer's consumers, one bug each."""
