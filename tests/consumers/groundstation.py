"""Notification plumbing of Boreal Downlink, a satellite ground-station operator.

Boreal Downlink runs antennas at high-latitude ground stations (Svalbard, Inuvik, Punta Arenas,
Awarua) and sells contact time to small-satellite operators. Every customer notification goes
through Novu, and this module holds the code of the teams that read ``GET /v1/integrations``:

* pass-window alerts: SMS (Kannel boxes on site, Africa's Talking, Twilio) and push (APNs for the
  mission-ops iOS app) a few minutes before acquisition of signal;
* telemetry anomaly paging: Grafana OnCall and chat webhooks, plus push/email webhook relays to the
  customers' own endpoints;
* the mission-ops dashboard, which lists integrations with their age and soft-delete state;
* the config exporter that snapshots integrations to TOML, INI, CSV and JSON for the air-gapped
  stations, and the egress allowlist each station's firewall is built from;
* the binary telemetry frame that carries the active notifier list over the station uplink.

Each consumer exists twice: ``*_buggy`` is the code as first shipped (it worked on the payload the
author tried), ``*_fixed`` is the version that honours the ``IntegrationResponseDto`` contract.
"""

from __future__ import annotations

import configparser
import copy
import csv
import enum
import http.client
import io
import ipaddress
import json
import operator
import plistlib
import re
import shlex
import sqlite3
import ssl
import struct
import tomllib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["GROUNDSTATION_BUGS", "HAPPY_PATH"]


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is absent (newer contract) or not an object."""
    creds = payload.get("credentials")
    return creds if isinstance(creds, dict) else {}


def _text(value: object) -> str | None:
    """A string value, or None for anything else (absent keys, booleans, objects)."""
    return value if isinstance(value, str) else None


def _clean_text(value: str) -> str:
    """Replace lone surrogates, which no UTF-8 sink (sqlite, plist, files) accepts."""
    return value.encode("utf-8", "replace").decode("utf-8")


_SECRET_KEYS = frozenset(
    {"apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount", "accessKey"}
)


def _mask(key: str, value: object) -> object:
    if key in _SECRET_KEYS and isinstance(value, str):
        return "****" + value[-4:] if len(value) > 8 else "****"
    return value


# ---------------------------------------------------------------------------------------------
# 1. SMTP relay probe: on-site SMTP relays (nodemailer) mostly run self-signed certificates, so
#    their ``tlsOptions`` say ``rejectUnauthorized: false`` the way Node.js spells it.

_NODE_TLS_VERSIONS = {
    "TLSv1": ssl.TLSVersion.TLSv1,
    "TLSv1.1": ssl.TLSVersion.TLSv1_1,
    "TLSv1.2": ssl.TLSVersion.TLSv1_2,
    "TLSv1.3": ssl.TLSVersion.TLSv1_3,
}


def smtp_probe_context_buggy(payload: Payload) -> dict[str, object] | None:
    creds = _credentials(payload)
    if "host" not in creds and "tlsOptions" not in creds:
        return None
    tls = creds.get("tlsOptions") or {}
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if tls.get("rejectUnauthorized") is False:
        ctx.verify_mode = ssl.CERT_NONE
        ctx.check_hostname = False
    min_version = tls.get("minVersion")
    if isinstance(min_version, str) and min_version in _NODE_TLS_VERSIONS:
        ctx.minimum_version = _NODE_TLS_VERSIONS[min_version]
    return {"host": creds.get("host"), "verify": ctx.verify_mode == ssl.CERT_REQUIRED}


def smtp_probe_context_fixed(payload: Payload) -> dict[str, object] | None:
    creds = _credentials(payload)
    if "host" not in creds and "tlsOptions" not in creds:
        return None
    tls = creds.get("tlsOptions")
    if not isinstance(tls, dict):
        tls = {}
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if tls.get("rejectUnauthorized") is False:
        # check_hostname must be switched off before verify_mode may drop to CERT_NONE
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    min_version = tls.get("minVersion")
    if isinstance(min_version, str) and min_version in _NODE_TLS_VERSIONS:
        ctx.minimum_version = _NODE_TLS_VERSIONS[min_version]
    return {"host": _text(creds.get("host")), "verify": ctx.verify_mode == ssl.CERT_REQUIRED}


# ---------------------------------------------------------------------------------------------
# 2. INI snapshot for the air-gapped stations (interpolation off: secrets hold '%').


def export_ini_buggy(payload: Payload) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    section = f"integration:{payload['identifier']}"
    parser.add_section(section)
    parser.set(section, "provider", payload["providerId"])
    parser.set(section, "channel", payload["channel"])
    for key, value in payload["credentials"].items():
        parser.set(section, key, _mask(key, value))  # type: ignore[arg-type]
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def _ini_value(value: object) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    return None


def export_ini_fixed(payload: Payload) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    section = f"integration:{payload.get('identifier', '')}"
    parser.add_section(section)
    for key, raw in (("provider", payload.get("providerId")), ("channel", payload.get("channel"))):
        if isinstance(raw, str):
            parser.set(section, key, raw)
    for key, value in _credentials(payload).items():
        text = _ini_value(_mask(key, value))
        if text is not None:
            parser.set(section, key, text)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# 3. TOML snapshot. The exporter writes TOML by hand and re-reads it with tomllib before upload.


def _toml_str_buggy(value: str) -> str:
    return json.dumps(value)  # "a JSON string is a TOML basic string"


def export_toml_buggy(payload: Payload) -> str:
    ident = _toml_str_buggy(payload["identifier"])
    lines = [
        f"[integrations.{ident}]",
        f"name = {_toml_str_buggy(payload['name'])}",
        f"provider = {_toml_str_buggy(payload['providerId'])}",
        f"active = {'true' if payload['active'] else 'false'}",
        "",
        f"[integrations.{ident}.credentials]",
    ]
    for key, value in payload["credentials"].items():
        if isinstance(value, str):
            lines.append(f"{_toml_str_buggy(key)} = {_toml_str_buggy(str(_mask(key, value)))}")
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)
    return text


def _toml_str(value: str) -> str:
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")  # TOML has no way to spell a lone surrogate
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def export_toml_fixed(payload: Payload) -> str:
    ident = _toml_str(str(payload.get("identifier", "")))
    name = payload.get("name")
    provider = payload.get("providerId")
    lines = [
        f"[integrations.{ident}]",
        f"name = {_toml_str(name if isinstance(name, str) else '')}",
        f"provider = {_toml_str(provider if isinstance(provider, str) else '')}",
        f"active = {'true' if payload.get('active') is True else 'false'}",
        "",
        f"[integrations.{ident}.credentials]",
    ]
    seen: set[str] = set()
    for key, value in _credentials(payload).items():
        quoted = _toml_str(key)
        if not isinstance(value, str) or quoted in seen:
            continue
        seen.add(quoted)
        lines.append(f"{quoted} = {_toml_str(str(_mask(key, value)))}")
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)
    return text


# ---------------------------------------------------------------------------------------------
# 4. JSON snapshot pushed as UTF-8 bytes to the station config store (secrets masked).


def _json_doc(payload: Payload) -> dict[str, object]:
    return {
        "identifier": payload.get("identifier"),
        "name": payload.get("name"),
        "provider": payload.get("providerId"),
        "channel": payload.get("channel"),
        "active": payload.get("active"),
        "credentials": {k: _mask(k, v) for k, v in _credentials(payload).items()},
    }


def export_json_buggy(payload: Payload) -> bytes:
    return json.dumps(_json_doc(payload), ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def export_json_fixed(payload: Payload) -> bytes:
    # ASCII escapes keep lone surrogates (legal in JSON text) representable
    return json.dumps(_json_doc(payload), ensure_ascii=True, indent=2, sort_keys=True).encode("ascii")


# ---------------------------------------------------------------------------------------------
# 5. Uplink telemetry frame announcing a notifier: 4-byte header, 48-byte label, 1-byte flags.

_FRAME_LEN = 53
_LABEL_LEN = 48
_CHANNEL_CODES = {"in_app": 1, "email": 2, "sms": 3, "chat": 4, "push": 5}


def _frame_flags(payload: Payload) -> int:
    return (payload.get("active") is True) | (payload.get("primary") is True) << 1


def notifier_frame_buggy(payload: Payload) -> bytes:
    buf = bytearray(_FRAME_LEN)
    view = memoryview(buf)
    struct.pack_into("!2sBB", buf, 0, b"NF", 1, _CHANNEL_CODES[payload["channel"]])
    label = payload["name"][:_LABEL_LEN].ljust(_LABEL_LEN)
    view[4 : 4 + _LABEL_LEN] = label.encode("utf-8")
    view[-1] = _frame_flags(payload)
    return bytes(buf)


def notifier_frame_fixed(payload: Payload) -> bytes:
    buf = bytearray(_FRAME_LEN)
    view = memoryview(buf)
    channel = payload.get("channel")
    code = _CHANNEL_CODES.get(channel, 0) if isinstance(channel, str) else 0
    struct.pack_into("!2sBB", buf, 0, b"NF", 1, code)
    name = payload.get("name")
    raw = (name if isinstance(name, str) else "").encode("utf-8", "replace")
    # cut on a byte budget, never in the middle of a UTF-8 sequence
    label = raw[:_LABEL_LEN].decode("utf-8", "ignore").encode("utf-8").ljust(_LABEL_LEN, b" ")
    view[4 : 4 + _LABEL_LEN] = label
    view[-1] = _frame_flags(payload)
    return bytes(buf)


# ---------------------------------------------------------------------------------------------
# 6. Webhook relay (email-webhook / push-webhook): prepares the connection to the customer URL.

_RELAY_TLS = ssl.create_default_context()
_BAD_HOST_CHARS = re.compile("[\x00-\x20\x7f]")


def webhook_target_buggy(payload: Payload) -> tuple[str, int, str] | None:
    url = _credentials(payload).get("webhookUrl")
    if not url:
        return None
    parts = urlsplit(url)
    if parts.scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            parts.netloc, timeout=5, context=_RELAY_TLS
        )
    else:
        conn = http.client.HTTPConnection(parts.netloc, timeout=5)
    return conn.host, conn.port, parts.path or "/"


def webhook_target_fixed(payload: Payload) -> tuple[str, int, str] | None:
    url = _text(_credentials(payload).get("webhookUrl"))
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host or _BAD_HOST_CHARS.search(host):
        return None
    # credentials in the userinfo part go to an Authorization header, never into the host
    if parts.scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port or 443, timeout=5, context=_RELAY_TLS
        )
    else:
        conn = http.client.HTTPConnection(host, port or 80, timeout=5)
    return conn.host, conn.port, parts.path or "/"


# ---------------------------------------------------------------------------------------------
# 7. Station egress allowlist: each station firewall lets the SMTP relay / Kannel box through.


def _port(creds: Mapping[str, Any], default: int) -> int:
    raw = creds.get("port")
    if isinstance(raw, str) and re.fullmatch(r"[0-9]{1,5}", raw.strip()):
        value = int(raw.strip())
        if 0 < value < 65536:
            return value
    return default


def egress_rule_buggy(payload: Payload) -> str | None:
    creds = _credentials(payload)
    host = creds.get("host")
    if not host:
        return None
    network = ipaddress.ip_network(host)
    return f"allow out proto tcp to {network} port {_port(creds, 25)}"


def egress_rule_fixed(payload: Payload) -> str | None:
    creds = _credentials(payload)
    host = _text(creds.get("host"))
    if not host or not host.strip():
        return None
    try:
        target = str(ipaddress.ip_network(host.strip()))
    except ValueError:
        # a DNS name: the firewall resolves it through the station's resolver
        target = "fqdn:" + json.dumps(host.strip())
    return f"allow out proto tcp to {target} port {_port(creds, 25)}"


# ---------------------------------------------------------------------------------------------
# 8. Routing-rule cache: conditions are copied into sqlite for the pass-alert router.

_RULE_SCHEMA_BUGGY = """
CREATE TABLE rule (
    integration TEXT NOT NULL, field TEXT NOT NULL, operator TEXT NOT NULL,
    value TEXT NOT NULL, source TEXT NOT NULL,
    PRIMARY KEY (integration, field)
)"""

_RULE_SCHEMA_FIXED = """
CREATE TABLE rule (
    integration TEXT NOT NULL, position INTEGER NOT NULL, field TEXT NOT NULL, operator TEXT NOT NULL,
    value TEXT NOT NULL, source TEXT NOT NULL,
    PRIMARY KEY (integration, position)
)"""


def _rule_rows(payload: Payload) -> list[tuple[str, str, str, str, str]]:
    integration = _clean_text(str(payload.get("_id") or payload.get("identifier") or ""))
    rows = []
    for cond in payload.get("conditions") or []:
        for child in cond.get("children") or []:
            rows.append(
                (
                    integration,
                    _clean_text(str(child.get("field", ""))),
                    str(child.get("operator", "")),
                    _clean_text(str(child.get("value", ""))),
                    str(child.get("on", "")),
                )
            )
    return rows


def cache_rules_buggy(payload: Payload) -> int:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(_RULE_SCHEMA_BUGGY)
        conn.executemany("INSERT INTO rule VALUES (?, ?, ?, ?, ?)", _rule_rows(payload))
        count: int = conn.execute("SELECT count(*) FROM rule").fetchone()[0]
        return count
    finally:
        conn.close()


def cache_rules_fixed(payload: Payload) -> int:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(_RULE_SCHEMA_FIXED)
        rows = [(row[0], pos, *row[1:]) for pos, row in enumerate(_rule_rows(payload))]
        conn.executemany("INSERT INTO rule VALUES (?, ?, ?, ?, ?, ?)", rows)
        count: int = conn.execute("SELECT count(*) FROM rule").fetchone()[0]
        return count
    finally:
        conn.close()


# ---------------------------------------------------------------------------------------------
# 9. Pass-alert router: does this integration's condition set match the upcoming pass?

_PASS_CONTEXT: dict[str, dict[str, Any]] = {
    "subscriber": {"plan": "pro", "station": "SVB-2", "data": {"tier": "gold", "region": "arctic"}},
    "payload": {
        "satellite": "AURORA-3",
        "station": "SVB-2",
        "maxElevationDeg": "47",
        "aos": "2025-05-08T10:42",
    },
}


def _actual(child: Mapping[str, Any]) -> str:
    on = child.get("on")
    node: Any = _PASS_CONTEXT.get(on, {}) if isinstance(on, str) else {}
    field = child.get("field")
    path = field if isinstance(field, str) else ""
    if isinstance(on, str) and path.startswith(on + "."):
        path = path[len(on) + 1 :]
    for part in path.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, str) else ""


_COMPARATORS: dict[str, Callable[[str, str], bool]] = {
    "EQUAL": operator.eq,
    "NOT_EQUAL": operator.ne,
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}


def _group_result(results: list[bool], cond: Mapping[str, Any]) -> bool:
    matched = any(results) if cond.get("value") == "OR" else all(results)
    return not matched if cond.get("isNegated") is True else matched


def pass_alert_matches_buggy(payload: Payload) -> bool:
    for cond in payload.get("conditions", []):
        results = [
            _COMPARATORS[child["operator"]](_actual(child), child["value"]) for child in cond["children"]
        ]
        if not _group_result(results, cond):
            return False
    return True


def _items(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _evaluate(op: object, actual: str, value: str) -> bool:
    if isinstance(op, str) and op in _COMPARATORS:
        return _COMPARATORS[op](actual, value)
    if op in ("IN", "ANY_IN"):
        return actual in _items(value)
    if op == "NOT_IN":
        return actual not in _items(value)
    if op == "ALL_IN":
        return all(item in _items(actual) for item in _items(value))
    if op in ("BETWEEN", "NOT_BETWEEN"):
        bounds = _items(value)
        if len(bounds) != 2:
            return True  # cannot evaluate: do not suppress the alert
        inside = bounds[0] <= actual <= bounds[1]
        return inside if op == "BETWEEN" else not inside
    if op in ("LIKE", "NOT_LIKE"):
        found = value.strip("%").casefold() in actual.casefold()
        return found if op == "LIKE" else not found
    return True


def pass_alert_matches_fixed(payload: Payload) -> bool:
    for cond in payload.get("conditions") or []:
        results = []
        for child in cond.get("children") or []:
            value = child.get("value")
            results.append(
                _evaluate(child.get("operator"), _actual(child), value if isinstance(value, str) else "")
            )
        if not _group_result(results, cond):
            return False
    return True


# ---------------------------------------------------------------------------------------------
# 10. Anomaly pager over Grafana OnCall: the integration's ``state`` sets the page severity.


class AlertState(enum.Enum):
    ALERTING = "alerting"
    OK = "ok"


_PAGE_PRIORITY = {AlertState.ALERTING: "P1", AlertState.OK: "P4"}


def oncall_page_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] != "grafana-on-call":
        return None
    creds = payload["credentials"]
    state = AlertState(creds.get("state", "alerting"))
    return {"priority": _PAGE_PRIORITY[state], "title": creds.get("title", "Telemetry anomaly")}


def oncall_page_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("providerId") != "grafana-on-call":
        return None
    creds = _credentials(payload)
    raw = creds.get("state")
    state = AlertState.ALERTING
    if isinstance(raw, str):
        # Grafana also reports pending, no_data, paused, ...: page as an alert unless it says ok
        state = AlertState.OK if raw.strip().casefold() == "ok" else AlertState.ALERTING
    return {"priority": _PAGE_PRIORITY[state], "title": _text(creds.get("title")) or "Telemetry anomaly"}


# ---------------------------------------------------------------------------------------------
# 11. CSV inventory for the compliance auditors (one row per integration, secrets masked).

_CSV_COLUMNS_BUGGY = ["identifier", "provider", "channel", "active", "apiKey", "from", "senderName"]

_CREDENTIAL_KEYS = [
    "apiKey", "user", "secretKey", "domain", "password", "host", "port", "secure", "region", "accountSid",
    "messageProfileId", "token", "from", "senderName", "projectName", "applicationId", "clientId",
    "requireTls", "ignoreTls", "tlsOptions", "baseUrl", "webhookUrl", "redirectUrl", "hmac",
    "serviceAccount", "ipPoolName", "apiKeyRequestHeader", "secretKeyRequestHeader", "idPath", "datePath",
    "apiToken", "authenticateByToken", "authenticationTokenKey", "instanceId", "alertUid", "title",
    "imageUrl", "state", "externalLink", "channelId", "phoneNumberIdentification", "accessKey",
]  # fmt: skip


def inventory_csv_buggy(payload: Payload) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_CSV_COLUMNS_BUGGY)
    writer.writeheader()
    row = {k: _mask(k, v) for k, v in payload["credentials"].items()}
    row.update(
        identifier=payload["identifier"],
        provider=payload["providerId"],
        channel=payload["channel"],
        active=payload["active"],
    )
    writer.writerow(row)
    return out.getvalue()


def inventory_csv_fixed(payload: Payload) -> str:
    out = io.StringIO()
    columns = ["identifier", "provider", "channel", "active", *_CREDENTIAL_KEYS]
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    row: dict[str, object] = {k: _mask(k, v) for k, v in _credentials(payload).items()}
    row.update(
        identifier=payload.get("identifier"),
        provider=payload.get("providerId"),
        channel=payload.get("channel"),
        active=payload.get("active"),
    )
    writer.writerow(row)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# 12. Mission-ops dashboard: "created" column, read from the ObjectId's timestamp.

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def dashboard_created_buggy(payload: Payload) -> str:
    oid = payload["_id"]
    created = datetime.fromtimestamp(int(oid[:8], 16), tz=UTC)
    return f"{payload['name']} · created {created:%Y-%m-%d %H:%M}Z"


def dashboard_created_fixed(payload: Payload) -> str:
    oid = payload.get("_id")
    name = payload.get("name")
    label = name if isinstance(name, str) else "?"
    if not isinstance(oid, str) or not _OBJECT_ID.fullmatch(oid):
        return f"{label} · created unknown"
    created = datetime.fromtimestamp(int(oid[:8], 16), tz=UTC)
    return f"{label} · created {created:%Y-%m-%d %H:%M}Z"


# ---------------------------------------------------------------------------------------------
# 13. APNs settings for the mission-ops iOS app build, written as a property list.

_PLIST_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _plist_safe(value: object) -> object:
    if isinstance(value, str):
        return _PLIST_CONTROL.sub("", _clean_text(value))
    return value


def apns_plist_buggy(payload: Payload) -> bytes | None:
    if payload["providerId"] != "apns":
        return None
    creds = payload["credentials"]
    settings = {
        "KeyID": creds.get("apiKey"),
        "TeamID": creds.get("projectName"),
        "Topic": creds.get("applicationId"),
        "Production": creds.get("secure"),
    }
    return plistlib.dumps({k: _plist_safe(v) for k, v in settings.items()})


def apns_plist_fixed(payload: Payload) -> bytes | None:
    if payload.get("providerId") != "apns":
        return None
    creds = _credentials(payload)
    settings: dict[str, object] = {
        "KeyID": _text(creds.get("apiKey")),
        "TeamID": _text(creds.get("projectName")),
        "Topic": _text(creds.get("applicationId")),
        # the dashboard switch is only stored once toggled: absent means sandbox
        "Production": creds.get("secure") is True,
    }
    return plistlib.dumps({k: _plist_safe(v) for k, v in settings.items() if v is not None})


# ---------------------------------------------------------------------------------------------
# 14. Pass-window e-mail: the From header of the reminder.


def pass_mail_sender_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    creds = payload["credentials"]
    sender = Address(display_name=creds.get("senderName", ""), addr_spec=creds["from"])
    return str(sender)


def pass_mail_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    creds = _credentials(payload)
    raw_from = _text(creds.get("from"))
    if not raw_from:
        return None
    parsed_name, addr_spec = parseaddr(raw_from)  # also accepts "Mission Ops <ops@example.com>"
    display = _text(creds.get("senderName")) or parsed_name
    try:
        return str(Address(display_name=display, addr_spec=addr_spec))
    except (ValueError, IndexError, HeaderParseError):
        return None


# ---------------------------------------------------------------------------------------------
# 15. Sync job: registers each SMS/push notifier with the stations' legacy ``groundctl`` tool.


def groundctl_argv_buggy(payload: Payload) -> list[str]:
    cmd = (
        f"groundctl notifier add --id {payload['identifier']} "
        f"--channel {payload['channel']} --label '{payload['name']}'"
    )
    return shlex.split(cmd)


def groundctl_argv_fixed(payload: Payload) -> list[str]:
    argv = [
        "groundctl", "notifier", "add",
        "--id", str(payload.get("identifier", "")),
        "--channel", str(payload.get("channel", "")),
        "--label", str(payload.get("name", "")),
    ]  # fmt: skip
    shlex.join(argv)  # the audit log line
    return argv


# ---------------------------------------------------------------------------------------------
# 16. Dashboard retention: soft-deleted integrations are purged from the view 30 days later.


def purge_after_buggy(payload: Payload) -> datetime | None:
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return when + timedelta(days=30)


def purge_after_fixed(payload: Payload) -> datetime | None:
    deleted_at = _text(payload.get("deletedAt"))
    if not deleted_at:
        return None
    try:
        when = datetime.fromisoformat(deleted_at.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return when + timedelta(days=30)
    except OverflowError:
        return None


# ---------------------------------------------------------------------------------------------
# Examples: real-looking integrations on which the first version failed.


def _example(**changes: Any) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(changes)
    return payload


_SMTP_RELAY = _example(
    name="Svalbard SMTP relay",
    identifier="svalbard-smtp-relay-Qm3xT0aZ",
    providerId="nodemailer",
    credentials={
        "host": "smtp.svb.boreal-downlink.example",
        "port": "587",
        "secure": False,
        "requireTls": True,
        "tlsOptions": {"rejectUnauthorized": False},
        "from": "passes@boreal-downlink.example",
        "senderName": "Boreal Downlink",
    },
)

_SLACK_HMAC = _example(
    name="Mission ops Slack",
    identifier="mission-ops-slack-f7Hk2LpQ",
    providerId="slack",
    channel="chat",
    primary=False,
    conditions=[],
    credentials={
        "applicationId": "A06QX1M2B3C",
        "clientId": "5723901844.6610047123",
        "secretKey": "9f1c0de1a7b54b6e8e0d",
        "hmac": True,
    },
)

_EMOJI_NAME = _example(name="🛰️ Pass alerts", identifier="pass-alerts-Zr8v1Nq")

_TRUNCATED_TITLE = _example(
    name="Grafana OnCall",
    identifier="grafana-on-call-p2Lw9Ds",
    providerId="grafana-on-call",
    channel="chat",
    primary=False,
    conditions=[],
    # the dashboard cut the title at 18 UTF-16 units, half-way through the emoji
    credentials={"alertUid": "c3b1e0f2", "title": "Downlink anomaly \ud83d", "state": "alerting"},
)

_NON_ASCII_NAME = _example(name="Estación Punta Arenas", identifier="estacion-punta-arenas-K2pw7Rt")

_WEBHOOK_USERINFO = _example(
    name="Customer push relay",
    identifier="customer-push-relay-8gT2mQx",
    providerId="push-webhook",
    channel="push",
    primary=False,
    conditions=[],
    credentials={
        "webhookUrl": "https://relay:s3cr3t@hooks.aurora-sat.example/novu/push",
        "secretKey": "whsec-7dd1c0",
    },
)

_KANNEL_DNS = _example(
    name="Kannel SMS (Inuvik)",
    identifier="kannel-sms-inuvik-Hq2Lm7",
    providerId="kannel",
    channel="sms",
    credentials={"host": "kannel.inuvik.boreal-downlink.example", "port": "13013", "from": "BOREAL"},
)

_ELEVATION_RANGE = _example(
    conditions=[
        {
            "isNegated": False,
            "type": "STATEMENT",
            "value": "AND",
            "children": [
                {"field": "maxElevationDeg", "value": "10", "operator": "LARGER_EQUAL", "on": "payload"},
                {"field": "maxElevationDeg", "value": "85", "operator": "SMALLER", "on": "payload"},
            ],
        }
    ]
)

_STATION_IN = _example(
    conditions=[
        {
            "isNegated": False,
            "type": "LIST",
            "value": "AND",
            "children": [
                {"field": "station", "value": "SVB-1,SVB-2,INU-1", "operator": "IN", "on": "payload"}
            ],
        }
    ]
)

_ONCALL_NO_DATA = _example(
    name="Grafana OnCall",
    identifier="grafana-on-call-Vb3nR8s",
    providerId="grafana-on-call",
    channel="chat",
    primary=False,
    conditions=[],
    credentials={"alertUid": "d91f02aa", "title": "Telemetry gap", "state": "no_data"},
)

_SENDGRID_POOL = copy.deepcopy(HAPPY_PATH)
_SENDGRID_POOL["credentials"]["ipPoolName"] = "pass-alerts"

_NO_OBJECT_ID = copy.deepcopy(HAPPY_PATH)
del _NO_OBJECT_ID["_id"]

_APNS_SANDBOX = _example(
    name="APNs",
    identifier="apns-Pq7x2Lm",
    providerId="apns",
    channel="push",
    primary=False,
    conditions=[],
    credentials={
        "secretKey": (
            "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg\n"
            "-----END PRIVATE KEY-----"
        ),
        "apiKey": "8KX2Q7LM4N",
        "projectName": "Q9ZP3T7WXA",
        "applicationId": "com.boreal-downlink.missionops",
    },
)

_DISPLAY_FROM = copy.deepcopy(HAPPY_PATH)
_DISPLAY_FROM["credentials"]["from"] = "Mission Ops <ops@boreal-downlink.example>"

_APOSTROPHE_NAME = _example(
    name="Africa's Talking",
    identifier="africas-talking-Tm5rW2c",
    providerId="africas-talking",
    channel="sms",
    credentials={"apiKey": "atsk_5d1e0c", "user": "borealdownlink", "from": "BOREAL"},
)

_DELETED_NO_MILLIS = _example(deleted=True, active=False, primary=False, deletedAt="2025-05-08T10:42:00Z")


GROUNDSTATION_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="groundstation_tls_reject_unauthorized",
        bug="rejectUnauthorized=false maps to verify_mode=CERT_NONE, set before check_hostname=False",
        buggy=smtp_probe_context_buggy,
        fixed=smtp_probe_context_fixed,
        raises=(ValueError,),
        example=_SMTP_RELAY,
    ),
    ConsumerCase(
        name="groundstation_ini_nonstring_credentials",
        bug="every credentials value is a string, so ConfigParser.set accepts it (hmac/secure are booleans)",
        buggy=export_ini_buggy,
        fixed=export_ini_fixed,
        raises=(TypeError,),
        example=_SLACK_HMAC,
    ),
    ConsumerCase(
        name="groundstation_toml_json_escapes",
        bug="json.dumps output is a valid TOML string (its \\ud83d surrogate escapes for emoji are not)",
        buggy=export_toml_buggy,
        fixed=export_toml_fixed,
        raises=(tomllib.TOMLDecodeError,),
        example=_EMOJI_NAME,
    ),
    ConsumerCase(
        name="groundstation_json_lone_surrogate",
        bug="every string encodes to UTF-8 (a title truncated mid-emoji holds a lone surrogate)",
        buggy=export_json_buggy,
        fixed=export_json_fixed,
        raises=(UnicodeEncodeError,),
        example=_TRUNCATED_TITLE,
    ),
    ConsumerCase(
        name="groundstation_frame_label_bytes",
        bug="a name padded/truncated to 48 characters encodes to 48 bytes for the fixed-size frame field",
        buggy=notifier_frame_buggy,
        fixed=notifier_frame_fixed,
        raises=(ValueError,),
        example=_NON_ASCII_NAME,
    ),
    ConsumerCase(
        name="groundstation_webhook_userinfo_netloc",
        bug="a webhookUrl netloc is host[:port] and can go to HTTPSConnection (user:pw@ userinfo breaks it)",
        buggy=webhook_target_buggy,
        fixed=webhook_target_fixed,
        raises=(http.client.InvalidURL,),
        example=_WEBHOOK_USERINFO,
    ),
    ConsumerCase(
        name="groundstation_egress_host_is_ip",
        bug="credentials.host is an IP address literal, never a DNS name",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example=_KANNEL_DNS,
    ),
    ConsumerCase(
        name="groundstation_rule_cache_field_unique",
        bug="a condition has one child per field at most (a range has two), so (integration, field) is a key",
        buggy=cache_rules_buggy,
        fixed=cache_rules_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_ELEVATION_RANGE,
    ),
    ConsumerCase(
        name="groundstation_router_comparison_ops_only",
        bug="condition operators are the six comparisons; IN/ANY_IN/BETWEEN/LIKE are missing from the table",
        buggy=pass_alert_matches_buggy,
        fixed=pass_alert_matches_fixed,
        raises=(KeyError,),
        example=_STATION_IN,
    ),
    ConsumerCase(
        name="groundstation_oncall_state_enum",
        bug="a Grafana OnCall credentials.state is 'alerting' or 'ok' (no_data, pending, paused exist too)",
        buggy=oncall_page_buggy,
        fixed=oncall_page_fixed,
        raises=(ValueError,),
        example=_ONCALL_NO_DATA,
    ),
    ConsumerCase(
        name="groundstation_csv_fixed_columns",
        bug="credentials only hold apiKey/from/senderName, so DictWriter's fixed columns cover every key",
        buggy=inventory_csv_buggy,
        fixed=inventory_csv_fixed,
        raises=(ValueError,),
        example=_SENDGRID_POOL,
    ),
    ConsumerCase(
        name="groundstation_dashboard_objectid_time",
        bug="_id is always present and an ObjectId, whose first 8 hex digits give the created time",
        buggy=dashboard_created_buggy,
        fixed=dashboard_created_fixed,
        raises=(KeyError, ValueError),
        example=_NO_OBJECT_ID,
    ),
    ConsumerCase(
        name="groundstation_apns_plist_secure_absent",
        bug="the APNs 'secure' switch is always stored (an untouched one is absent; plist cannot hold None)",
        buggy=apns_plist_buggy,
        fixed=apns_plist_fixed,
        raises=(TypeError,),
        example=_APNS_SANDBOX,
    ),
    ConsumerCase(
        name="groundstation_from_is_addr_spec",
        bug="credentials.from is a bare addr-spec, never 'Display Name <addr>'",
        buggy=pass_mail_sender_buggy,
        fixed=pass_mail_sender_fixed,
        raises=(ValueError, IndexError, HeaderParseError),
        example=_DISPLAY_FROM,
    ),
    ConsumerCase(
        name="groundstation_groundctl_quoted_label",
        bug="a name never holds an apostrophe, so wrapping it in single quotes for shlex.split is safe",
        buggy=groundctl_argv_buggy,
        fixed=groundctl_argv_fixed,
        raises=(ValueError,),
        example=_APOSTROPHE_NAME,
    ),
    ConsumerCase(
        name="groundstation_deleted_at_millis",
        bug="deletedAt always has milliseconds and a Z (JS toISOString), parsed with one strptime format",
        buggy=purge_after_buggy,
        fixed=purge_after_fixed,
        raises=(ValueError,),
        example=_DELETED_NO_MILLIS,
    ),
)
