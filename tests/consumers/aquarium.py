"""Ocean Discovery Aquarium: sixteen consumers of ``GET /v1/integrations`` items.

The Ocean Discovery Aquarium & Marine Research Centre runs one Novu organization for everything
that talks to visitors, members, keepers and partner labs:

* the **box office** sends ticket and timed-entry e-mails through a legacy mailer and SMTP relays;
* **animal care** gets water-quality and life-support alarms from the TankNet sensor gateway by SMS
  (self-hosted Kannel, RingCentral, generic HTTP gateways) and chat (Slack, Grafana OnCall);
* the **member app** sends push notifications (APNs, FCM, OneSignal) and shows one notification
  setting per integration;
* the **research office** relays data-sharing webhooks to partner institutes and files a
  grants-compliance export every quarter;
* **IT risk** keeps a vendor-risk register of every messaging integration, with a weak-secret scan,
  and migrates integrations between Novu environments with the ops CLI.

Each consumer below is written as the team first wrote it (``*_buggy``, one plausible mistake that
works on the payload they tested with, ``HAPPY_PATH``) and as it reads after the post-mortem
(``*_fixed``, which honours the integration contract and never raises on a valid item).
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import hashlib
import hmac
import http.client
import re
import shlex
import sqlite3
import ssl
import struct
import xml.etree.ElementTree as ET
from contextlib import closing
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Any, NoReturn
from urllib.parse import quote, urlsplit, urlunsplit
from xml.dom import minidom
from xml.parsers.expat import ExpatError

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["AQUARIUM_BUGS", "HAPPY_PATH"]


def _credentials(payload: Payload) -> dict[str, Any]:
    """The item's credentials, or ``{}`` when the key is absent (SDK 3.x) or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object) -> str | None:
    """``value`` if it is a non-empty string, else ``None``."""
    return value if isinstance(value, str) and value else None


def _example(changes: dict[str, Any]) -> Payload:
    """HAPPY_PATH with some top-level fields replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes))
    return payload


# --------------------------------------------------------------------------------------------
# 1. Box office: the From header of ticket e-mails.

BOX_OFFICE_FROM = "tickets@ocean-discovery.example"
BOX_OFFICE_NAME = "Ocean Discovery Box Office"


def ticket_sender_buggy(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    sender = Address(
        display_name=credentials.get("senderName", BOX_OFFICE_NAME),
        addr_spec=credentials.get("from", BOX_OFFICE_FROM),
    )
    return str(sender)


def ticket_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    raw_from = _text(credentials.get("from")) or BOX_OFFICE_FROM
    parsed_name, addr_spec = parseaddr(raw_from)
    if "@" not in addr_spec:
        return None
    display_name = _text(credentials.get("senderName")) or parsed_name or BOX_OFFICE_NAME
    try:
        return str(Address(display_name=display_name, addr_spec=addr_spec))
    except (ValueError, IndexError, HeaderParseError):
        return None


# --------------------------------------------------------------------------------------------
# 2. Box office: argv for the legacy ticket mailer (a Perl script the kiosks still call).

TICKET_MAILER = "/opt/boxoffice/bin/send-tickets"


def ticket_mailer_argv_buggy(payload: Payload) -> list[str] | None:
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    sender_name = credentials.get("senderName", payload["name"])
    command = (
        f"{TICKET_MAILER} --provider {payload['providerId']} --integration {payload['identifier']}"
        f" --sender-name '{sender_name}'"
    )
    return shlex.split(command)


def ticket_mailer_argv_fixed(payload: Payload) -> list[str] | None:
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    sender_name = _text(credentials.get("senderName")) or str(payload["name"])
    return [
        TICKET_MAILER,
        "--provider",
        str(payload["providerId"]),
        "--integration",
        str(payload["identifier"]),
        "--sender-name",
        sender_name,
    ]


# --------------------------------------------------------------------------------------------
# 3. Grants compliance: retention row per integration, with the fiscal year (April-March).

JS_ISO_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def _fiscal_year(moment: datetime) -> str:
    start = moment.year if moment.month >= 4 else moment.year - 1
    return f"FY{start}/{(start + 1) % 100:02d}"


def retention_row_buggy(payload: Payload) -> dict[str, str]:
    row = {
        "integration": payload["identifier"],
        "provider": payload["providerId"],
        "status": "deleted" if payload["deleted"] else "live",
    }
    deleted_at = payload.get("deletedAt")
    if deleted_at:
        moment = datetime.strptime(deleted_at, JS_ISO_FORMAT).replace(tzinfo=UTC)
        row["deleted_on"] = moment.date().isoformat()
        row["fiscal_year"] = _fiscal_year(moment)
    return row


def retention_row_fixed(payload: Payload) -> dict[str, str]:
    row = {
        "integration": str(payload["identifier"]),
        "provider": str(payload["providerId"]),
        "status": "deleted" if payload["deleted"] is True else "live",
    }
    deleted_at = _text(payload.get("deletedAt"))
    if deleted_at is None:
        return row
    try:
        moment = datetime.fromisoformat(deleted_at.strip())
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        row["deleted_on"] = "unparseable"
        return row
    row["deleted_on"] = moment.date().isoformat()
    row["fiscal_year"] = _fiscal_year(moment)
    return row


# --------------------------------------------------------------------------------------------
# 4. Animal care: the config frame pushed to the TankNet sensor gateway (it keeps the alarm
#    integrations' credentials so it can still page keepers when the uplink is down).

TANKNET_MAGIC = b"TNK1"
TANKNET_CHANNELS = {"in_app": 0, "email": 1, "sms": 2, "chat": 3, "push": 4}


def gateway_frame_buggy(payload: Payload) -> bytes:
    frame = bytearray(TANKNET_MAGIC)
    frame += struct.pack("!B", TANKNET_CHANNELS[payload["channel"]])
    credentials = _credentials(payload)
    for key in sorted(credentials):
        value = credentials[key]
        if not isinstance(value, str):
            continue
        key_bytes, value_bytes = key.encode(), value.encode()
        frame += struct.pack("!BB", len(key_bytes), len(value_bytes)) + key_bytes + value_bytes
    return bytes(frame)


def gateway_frame_fixed(payload: Payload) -> bytes | None:
    channel = payload.get("channel")
    if channel not in TANKNET_CHANNELS:
        return None
    frame = bytearray(TANKNET_MAGIC)
    frame += struct.pack("!B", TANKNET_CHANNELS[channel])
    credentials = _credentials(payload)
    for key in sorted(credentials):
        value = credentials[key]
        if not isinstance(value, str):
            continue
        key_bytes = key.encode("utf-8", "surrogatepass")
        value_bytes = value.encode("utf-8", "surrogatepass")
        if len(key_bytes) > 0xFF or len(value_bytes) > 0xFFFF:
            return None  # the gateway cannot hold it: page through the cloud only
        frame += struct.pack("!BH", len(key_bytes), len(value_bytes)) + key_bytes + value_bytes
    return bytes(frame)


# --------------------------------------------------------------------------------------------
# 5. Member app: the label of the per-integration notification setting (the app's settings
#    store caps labels at 40 bytes).

LABEL_MAX_BYTES = 40


def member_push_label_buggy(payload: Payload) -> str:
    name: str = payload["name"]
    return name.encode("utf-8")[:LABEL_MAX_BYTES].decode("utf-8")


def member_push_label_fixed(payload: Payload) -> str:
    encoded = str(payload["name"]).encode("utf-8", "surrogatepass")
    return encoded[:LABEL_MAX_BYTES].decode("utf-8", "ignore")


# --------------------------------------------------------------------------------------------
# 6. Box office: TLS policy of the self-hosted SMTP relays (nodemailer "Custom SMTP").


@dataclasses.dataclass(frozen=True)
class SmtpTlsPolicy:
    host: str
    minimum_version: ssl.TLSVersion
    verify_certificate: bool


NODE_TLS_VERSIONS = {
    "TLSv1": ssl.TLSVersion.TLSv1,
    "TLSv1.1": ssl.TLSVersion.TLSv1_1,
    "TLSv1.2": ssl.TLSVersion.TLSv1_2,
    "TLSv1.3": ssl.TLSVersion.TLSv1_3,
}


def smtp_tls_policy_buggy(payload: Payload) -> SmtpTlsPolicy | None:
    credentials = _credentials(payload)
    if payload.get("channel") != "email" or "host" not in credentials:
        return None
    tls_options = credentials.get("tlsOptions", {})
    minimum = ssl.TLSVersion[tls_options.get("minVersion", "TLSv1_2")]
    return SmtpTlsPolicy(
        host=credentials["host"],
        minimum_version=minimum,
        verify_certificate=tls_options.get("rejectUnauthorized", True) is not False,
    )


def smtp_tls_policy_fixed(payload: Payload) -> SmtpTlsPolicy | None:
    credentials = _credentials(payload)
    host = _text(credentials.get("host"))
    if payload.get("channel") != "email" or host is None:
        return None
    tls_options = credentials.get("tlsOptions")
    if not isinstance(tls_options, dict):
        tls_options = {}
    min_version = tls_options.get("minVersion")
    minimum = ssl.TLSVersion.TLSv1_2
    if isinstance(min_version, str):
        minimum = NODE_TLS_VERSIONS.get(min_version.strip(), minimum)
    return SmtpTlsPolicy(
        host=host,
        minimum_version=minimum,
        verify_certificate=tls_options.get("rejectUnauthorized", True) is not False,
    )


# --------------------------------------------------------------------------------------------
# 7. Animal care: monitoring-probe targets for self-hosted gateways (Kannel boxes, SMTP relays).


@dataclasses.dataclass(frozen=True)
class ProbeTarget:
    host: str
    port: int
    url: str


DEFAULT_PROBE_PORTS = {"kannel": 13013, "nodemailer": 587}


def probe_target_buggy(payload: Payload) -> ProbeTarget | None:
    credentials = _credentials(payload)
    host = credentials.get("host")
    if not host:
        return None
    port = credentials.get("port") or DEFAULT_PROBE_PORTS.get(payload["providerId"], 80)
    url = f"tcp://{host}:{port}"
    parts = urlsplit(url)
    return ProbeTarget(host=parts.hostname or host, port=parts.port or 80, url=url)


def probe_target_fixed(payload: Payload) -> ProbeTarget | None:
    credentials = _credentials(payload)
    host = _text(credentials.get("host"))
    if host is None or not host.strip():
        return None
    host = host.strip()
    raw_port = _text(credentials.get("port"))
    if raw_port is None:
        port = DEFAULT_PROBE_PORTS.get(str(payload.get("providerId")), 80)
    else:
        raw_port = raw_port.strip()
        if not (raw_port.isascii() and raw_port.isdigit() and 0 < int(raw_port) < 65536):
            return None
        port = int(raw_port)
    netloc_host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    url = f"tcp://{netloc_host}:{port}"
    try:
        parts = urlsplit(url)
        hostname, parsed_port = parts.hostname, parts.port
    except ValueError:
        return None
    if not hostname or parsed_port != port:
        return None
    return ProbeTarget(host=hostname, port=port, url=url)


# --------------------------------------------------------------------------------------------
# 8. Animal care: how the alarm dispatcher authenticates to an SMS/e-mail gateway.


@dataclasses.dataclass(frozen=True)
class GatewayAuthPlan:
    header: str
    login_url: str | None = None
    token_field: str | None = None


def gateway_auth_plan_buggy(payload: Payload) -> GatewayAuthPlan:
    credentials = _credentials(payload)
    header = credentials.get("apiKeyRequestHeader", "Authorization")
    if credentials.get("authenticateByToken"):
        return GatewayAuthPlan(
            header=header,
            login_url=credentials["domain"].rstrip("/") + "/auth/token",
            token_field=credentials["authenticationTokenKey"],
        )
    return GatewayAuthPlan(header=header)


def gateway_auth_plan_fixed(payload: Payload) -> GatewayAuthPlan:
    credentials = _credentials(payload)
    header = _text(credentials.get("apiKeyRequestHeader")) or "Authorization"
    domain = _text(credentials.get("domain"))
    token_field = _text(credentials.get("authenticationTokenKey"))
    if credentials.get("authenticateByToken") is True and domain and token_field:
        return GatewayAuthPlan(
            header=header, login_url=domain.rstrip("/") + "/auth/token", token_field=token_field
        )
    return GatewayAuthPlan(header=header)


# --------------------------------------------------------------------------------------------
# 9. Operations dashboard: the roster of integrations, grouped by channel and sender.

ROSTER: tuple[Payload, ...] = (
    {
        "name": "Box Office Mail",
        "channel": "email",
        "credentials": {"from": "tickets@ocean-discovery.example", "senderName": "Box Office"},
    },
    {
        "name": "Members Mail",
        "channel": "email",
        "credentials": {"from": "members@ocean-discovery.example", "senderName": "Membership"},
    },
    {"name": "Keeper Pager", "channel": "sms", "credentials": {"from": "+15550100123"}},
    {"name": "Reef Team Slack", "channel": "chat", "credentials": {}},
    {"name": "Member App iOS", "channel": "push", "credentials": {}},
)


def dashboard_roster_buggy(payload: Payload) -> list[str]:
    rows = [*ROSTER, payload]
    rows.sort(key=lambda row: (row["channel"], row["credentials"].get("from"), row["name"]))
    return [f"{row['channel']:<7} {row['credentials'].get('from') or '-':<36} {row['name']}" for row in rows]


def dashboard_roster_fixed(payload: Payload) -> list[str]:
    def sender(row: Payload) -> str:
        return _text(_credentials(row).get("from")) or ""

    def channel(row: Payload) -> str:
        return _text(row.get("channel")) or ""

    rows = sorted([*ROSTER, payload], key=lambda row: (channel(row), sender(row), str(row["name"])))
    return [f"{channel(row):<7} {sender(row) or '-':<36} {row['name']}" for row in rows]


# --------------------------------------------------------------------------------------------
# 10. Member app: the local SQLite cache of each integration's routing conditions.

RULE_CACHE_SCHEMA_BUGGY = """
CREATE TABLE rule (
    integration TEXT NOT NULL,
    field TEXT NOT NULL,
    operator TEXT NOT NULL,
    value TEXT NOT NULL,
    negated INTEGER NOT NULL,
    PRIMARY KEY (integration, field)
)
"""

RULE_CACHE_SCHEMA_FIXED = """
CREATE TABLE rule (
    integration TEXT NOT NULL,
    grp INTEGER NOT NULL,
    position INTEGER NOT NULL,
    field TEXT NOT NULL,
    operator TEXT NOT NULL,
    value TEXT NOT NULL,
    negated INTEGER NOT NULL,
    PRIMARY KEY (integration, grp, position)
)
"""


def rule_cache_buggy(payload: Payload) -> int:
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(RULE_CACHE_SCHEMA_BUGGY)
        for group in payload.get("conditions", []):
            for child in group["children"]:
                db.execute(
                    "INSERT INTO rule VALUES (?, ?, ?, ?, ?)",
                    (
                        payload["identifier"],
                        child["field"],
                        child["operator"],
                        child["value"],
                        group["isNegated"],
                    ),
                )
        (count,) = db.execute("SELECT COUNT(*) FROM rule").fetchone()
        return int(count)


def _sqlite_text(value: object) -> str:
    return str(value).encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def rule_cache_fixed(payload: Payload) -> int:
    conditions = payload.get("conditions")
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(RULE_CACHE_SCHEMA_FIXED)
        for group_index, group in enumerate(conditions if isinstance(conditions, list) else []):
            children = group.get("children") if isinstance(group, dict) else None
            for position, child in enumerate(children if isinstance(children, list) else []):
                if not isinstance(child, dict):
                    continue
                db.execute(
                    "INSERT INTO rule VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        _sqlite_text(payload["identifier"]),
                        group_index,
                        position,
                        _sqlite_text(child.get("field", "")),
                        _sqlite_text(child.get("operator", "")),
                        _sqlite_text(child.get("value", "")),
                        int(group.get("isNegated") is True),
                    ),
                )
        (count,) = db.execute("SELECT COUNT(*) FROM rule").fetchone()
        return int(count)


# --------------------------------------------------------------------------------------------
# 11. IT admin page: the transport-security column of the integrations table.


def admin_transport_row_buggy(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    implicit_tls = credentials.get("secure", "false").lower() == "true"
    starttls_required = credentials.get("requireTls", "false").lower() == "true"
    return {
        "integration": payload["name"],
        "transport": "implicit TLS" if implicit_tls else "STARTTLS" if starttls_required else "opportunistic",
    }


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().lower() == "true"


def admin_transport_row_fixed(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    implicit_tls = _flag(credentials.get("secure"))
    starttls_required = _flag(credentials.get("requireTls"))
    return {
        "integration": str(payload["name"]),
        "transport": "implicit TLS" if implicit_tls else "STARTTLS" if starttls_required else "opportunistic",
    }


# --------------------------------------------------------------------------------------------
# 12. Migration: move integrations between environments with the ops CLI's own parser.


class MigrationArgsError(ValueError):
    """The ops CLI's argument error, raised instead of exiting when the CLI runs inside a job."""


class _JobArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise MigrationArgsError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise MigrationArgsError(message or f"exit {status}")


def _migrate_parser() -> argparse.ArgumentParser:
    parser = _JobArgumentParser(prog="novu-migrate")
    parser.add_argument("--identifier", required=True)
    parser.add_argument("--provider", required=True)
    parser.add_argument("--source-env", required=True)
    parser.add_argument("--target-env", default="aquarium-production")
    return parser


MIGRATE_CLI = _migrate_parser()


def migration_args_buggy(payload: Payload) -> argparse.Namespace:
    argv = [
        "--identifier",
        payload["identifier"],
        "--provider",
        payload["providerId"],
        "--source-env",
        payload["_environmentId"],
    ]
    return MIGRATE_CLI.parse_args(argv)


def migration_args_fixed(payload: Payload) -> argparse.Namespace:
    argv = [
        f"--identifier={payload['identifier']}",
        f"--provider={payload['providerId']}",
        f"--source-env={payload['_environmentId']}",
    ]
    return MIGRATE_CLI.parse_args(argv)


# --------------------------------------------------------------------------------------------
# 13. Research office: each integration's inbound delivery-report hook gets its own host name.

HOOK_ZONE = "hooks.ocean-discovery.example"
_DNS_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def inbound_hook_host_buggy(payload: Payload) -> str:
    label = payload["identifier"].lower()
    return f"{label}.{HOOK_ZONE}".encode("idna").decode("ascii")


def inbound_hook_host_fixed(payload: Payload) -> str:
    identifier = str(payload["identifier"])
    label = identifier.lower()
    if not (label.isascii() and _DNS_LABEL.fullmatch(label)):
        digest = hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()
        label = f"i-{digest[:20]}"
    return f"{label}.{HOOK_ZONE}"


# --------------------------------------------------------------------------------------------
# 14. Vendor-risk register: flag integrations whose secrets are vendor defaults or known leaks.

SECRET_KEYS = ("apiKey", "secretKey", "password", "token", "apiToken", "accessKey")
KNOWN_BAD_SECRETS = ("changeme", "password", "admin", "secret", "12345678", "test", "kannel", "foobar")


def weak_secret_scan_buggy(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    flagged = []
    for key in SECRET_KEYS:
        value = credentials.get(key)
        if isinstance(value, str) and any(hmac.compare_digest(value, bad) for bad in KNOWN_BAD_SECRETS):
            flagged.append(key)
    return flagged


def weak_secret_scan_fixed(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    flagged = []
    for key in SECRET_KEYS:
        value = credentials.get(key)
        if not isinstance(value, str):
            continue
        secret = value.encode("utf-8", "surrogatepass")
        if any(hmac.compare_digest(secret, bad.encode()) for bad in KNOWN_BAD_SECRETS):
            flagged.append(key)
    return flagged


# --------------------------------------------------------------------------------------------
# 15. Research office: relay data-sharing webhooks to partner labs through the egress relay,
#     which takes the target in absolute form, like a forward proxy.

EGRESS_RELAY = ("egress-relay.ocean-discovery.internal", 3128)


def research_webhook_request_buggy(payload: Payload) -> http.client.HTTPConnection | None:
    url = _credentials(payload).get("webhookUrl")
    if not url:
        return None
    connection = http.client.HTTPConnection(*EGRESS_RELAY, timeout=10)
    connection.putrequest("POST", url, skip_accept_encoding=True)
    connection.putheader("Content-Type", "application/json")
    connection.putheader("X-Aquarium-Integration", payload["identifier"])
    return connection  # the caller sends the body with endheaders()


_URL_SAFE = "/:?#[]@!$&'()*+,;=%~"
_ASCII_HOST = re.compile(r"[a-z0-9._-]+")
_IPV6_HOST = re.compile(r"[0-9a-f:.]+")


def _relay_target(url: str) -> tuple[str, str] | None:
    """(Host header, absolute-form target) in ASCII, IDNA host and percent-encoded path, or None."""
    try:
        parts = urlsplit(url.strip())
        hostname, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        return None
    if ":" in hostname:
        if not _IPV6_HOST.fullmatch(hostname):
            return None
        host = f"[{hostname}]"
    else:
        try:
            host = hostname.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return None
        if not _ASCII_HOST.fullmatch(host):
            return None
    netloc = host if port is None else f"{host}:{port}"
    path = quote(parts.path or "/", safe=_URL_SAFE, errors="surrogatepass")
    query = quote(parts.query, safe=_URL_SAFE, errors="surrogatepass")
    return netloc, urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def research_webhook_request_fixed(payload: Payload) -> http.client.HTTPConnection | None:
    url = _text(_credentials(payload).get("webhookUrl"))
    target = _relay_target(url) if url else None
    if target is None:
        return None
    host_header, absolute_target = target
    connection = http.client.HTTPConnection(*EGRESS_RELAY, timeout=10)
    try:
        connection.putrequest("POST", absolute_target, skip_host=True, skip_accept_encoding=True)
    except (http.client.InvalidURL, UnicodeError):
        return None
    connection.putheader("Host", host_header)
    connection.putheader("Content-Type", "application/json")
    connection.putheader(
        "X-Aquarium-Integration", quote(str(payload["identifier"]), safe="", errors="surrogatepass")
    )
    return connection


# --------------------------------------------------------------------------------------------
# 16. Grants compliance: the quarterly XML export, pretty-printed for the auditors.


def _grants_tree(payload: Payload, clean: Any) -> ET.Element:
    credentials = _credentials(payload)
    root = ET.Element(
        "integration",
        {"provider": clean(payload["providerId"]), "channel": clean(payload.get("channel", ""))},
    )
    ET.SubElement(root, "name").text = clean(payload["name"])
    ET.SubElement(root, "identifier").text = clean(payload["identifier"])
    ET.SubElement(root, "sender").text = clean(credentials.get("senderName") or credentials.get("from") or "")
    ET.SubElement(root, "active").text = "yes" if payload["active"] is True else "no"
    rules = ET.SubElement(root, "rules")
    conditions = payload.get("conditions")
    for group in conditions if isinstance(conditions, list) else []:
        children = group.get("children") if isinstance(group, dict) else None
        for child in children if isinstance(children, list) else []:
            if isinstance(child, dict):
                attributes = {key: clean(child.get(key, "")) for key in ("field", "operator", "value")}
                ET.SubElement(rules, "rule", attributes)
    return root


def grants_xml_buggy(payload: Payload) -> str:
    root = _grants_tree(payload, lambda value: value)
    return minidom.parseString(ET.tostring(root, encoding="unicode")).toprettyxml(indent="  ")


_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value: object) -> str:
    return _NOT_XML_CHAR.sub(" ", value if isinstance(value, str) else "")


def grants_xml_fixed(payload: Payload) -> str:
    root = _grants_tree(payload, _xml_text)
    return minidom.parseString(ET.tostring(root, encoding="unicode")).toprettyxml(indent="  ")


# --------------------------------------------------------------------------------------------
# The cases.

RINGCENTRAL_JWT = (
    "eyJraWQiOiI4NzYyZjU5OGQwNTk0NGRiODZiZjVjYTk3ODA0NzYwOCIsInR5cCI6IkpXVCIsImFsZyI6IlJTMjU2In0."
    "eyJhdWQiOiJodHRwczovL3BsYXRmb3JtLnJpbmdjZW50cmFsLmNvbS9yZXN0YXBpL29hdXRoL3Rva2VuIiwic3ViIjoiNjMx"
    "NDQ4MDEwMDQiLCJpc3MiOiJodHRwczovL3BsYXRmb3JtLnJpbmdjZW50cmFsLmNvbSIsImV4cCI6Mzg1NzQ1MDI3MSwiaWF0"
    "IjoxNzA5OTY2NjI0LCJqdGkiOiJ2a0xtV2U3N1JnU0pwd3Z4eFp4eVNBIn0."
    "Vh3m7Ck0XQ2tq1bVYtD9GZ8k2iQ4JyBfNqWz6sR5u1Lp0cA7eH3gKjT8nM2oP9rS4vU6wX1yZ0aB5cD7eF9gH2iJ4kL6mN8o"
    "P0qR3sT5uV7wX9yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR5sT7uV9wX1yZ3a"
)

AQUARIUM_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="aquarium_ticket_sender_addr_spec",
        bug="assumes credentials.from is a bare addr-spec; a 'Name <addr>' from makes Address() raise",
        buggy=ticket_sender_buggy,
        fixed=ticket_sender_fixed,
        raises=(ValueError, IndexError, HeaderParseError),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "from": "Ocean Discovery Box Office <tickets@ocean-discovery.example>",
                    "senderName": "Ocean Discovery Box Office",
                }
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_ticket_mailer_apostrophe",
        bug="pastes senderName into a single-quoted shell string; an apostrophe breaks shlex.split",
        buggy=ticket_mailer_argv_buggy,
        fixed=ticket_mailer_argv_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "from": "tickets@ocean-discovery.example",
                    "senderName": "Children's Discovery Aquarium",
                }
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_retention_deleted_at_format",
        bug="parses deletedAt with toISOString's exact format; stamps without millis or with an offset fail",
        buggy=retention_row_buggy,
        fixed=retention_row_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2024-11-18T16:40:00+00:00"}),
    ),
    ConsumerCase(
        name="aquarium_gateway_frame_length_byte",
        bug="packs each credential's length in one byte; JWTs, PEM keys, service accounts exceed 255 bytes",
        buggy=gateway_frame_buggy,
        fixed=gateway_frame_fixed,
        raises=(struct.error,),
        example=_example(
            {
                "name": "RingCentral",
                "identifier": "ring-central-Qp7vT2mX",
                "providerId": "ring-central",
                "channel": "sms",
                "primary": False,
                "credentials": {
                    "clientId": "Rk2xVb9QTnK3pLw8ZcY4aA",
                    "secretKey": "fake-ringcentral-client-secret-0001",
                    "token": RINGCENTRAL_JWT,
                    "from": "+15550100177",
                },
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_member_push_label_utf8_cut",
        bug="cuts the name's UTF-8 bytes at 40 and decodes strictly; a multi-byte character at the cut fails",
        buggy=member_push_label_buggy,
        fixed=member_push_label_fixed,
        raises=(UnicodeDecodeError,),
        example=_example(
            {
                "name": "Mitglieder-Push: Pinguine und Seeotter \u2013 Fütterungszeiten",
                "identifier": "mitglieder-push-pinguine-und-seeotter-f-tterungszeiten-Zr81LkQa",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": '{"type": "service_account", "project_id": "aq-members"}'},
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_smtp_tls_min_version_name",
        bug="looks tlsOptions.minVersion up as a Python TLSVersion name; nodemailer's 'TLSv1.2' is not one",
        buggy=smtp_tls_policy_buggy,
        fixed=smtp_tls_policy_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-4fGh81Qw",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp-relay.ocean-discovery.example",
                    "port": "587",
                    "user": "boxoffice",
                    "password": "fake-smtp-password",
                    "tlsOptions": {"minVersion": "TLSv1.2", "rejectUnauthorized": True},
                    "from": "tickets@ocean-discovery.example",
                    "senderName": "Box Office",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_probe_target_ipv6_host",
        bug="builds host:port without brackets; an IPv6 literal host makes urlsplit().port raise",
        buggy=probe_target_buggy,
        fixed=probe_target_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-hG3kP0zr",
                "providerId": "kannel",
                "channel": "sms",
                "credentials": {"host": "fd00:a0a:13::20", "port": "13013", "from": "TANKNET"},
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_gateway_token_auth_keys",
        bug="assumes authenticateByToken brings domain and authenticationTokenKey; both are optional",
        buggy=gateway_auth_plan_buggy,
        fixed=gateway_auth_plan_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-bT9qW2eR",
                "providerId": "generic-sms",
                "channel": "sms",
                "credentials": {
                    "baseUrl": "https://sms-gw.ocean-discovery.example/api/send",
                    "apiKeyRequestHeader": "X-API-KEY",
                    "apiKey": "fake-gateway-key-0001",
                    "idPath": "data.messageId",
                    "authenticateByToken": True,
                    "from": "AQUARIUM",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_dashboard_roster_missing_from",
        bug="sorts by (channel, credentials.from); an email/sms item without from compares None with str",
        buggy=dashboard_roster_buggy,
        fixed=dashboard_roster_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Novu Email",
                "identifier": "novu-email-Lm3nB7vC",
                "providerId": "novu-email",
                "credentials": {},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_rule_cache_repeated_field",
        bug="keys cached rules by (integration, field); a range or OR uses the same field twice",
        buggy=rule_cache_buggy,
        fixed=rule_cache_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "member.visits",
                                "value": "3",
                                "operator": "LARGER_EQUAL",
                                "on": "payload",
                            },
                            {"field": "member.visits", "value": "50", "operator": "SMALLER", "on": "payload"},
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_admin_secure_flag_bool",
        bug="treats credentials.secure/requireTls as 'true'/'false' text; on the wire they are JSON booleans",
        buggy=admin_transport_row_buggy,
        fixed=admin_transport_row_fixed,
        raises=(AttributeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Vb6nM1Xs",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.ocean-discovery.example",
                    "port": "465",
                    "secure": True,
                    "from": "tickets@ocean-discovery.example",
                    "senderName": "Box Office",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_migration_dash_identifier",
        bug="passes the identifier as its own argv word; one starting with '-' (empty slug) is an option",
        buggy=migration_args_buggy,
        fixed=migration_args_fixed,
        raises=(MigrationArgsError,),
        example=_example(
            {
                "name": "水族館アラーム",
                "identifier": "-x8Kd2bQ1",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "ACfake0001",
                    "token": "fake-twilio-token",
                    "from": "+15550100199",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_hook_host_label_length",
        bug="uses the identifier as a DNS label; identifiers from long names exceed 63 characters",
        buggy=inbound_hook_host_buggy,
        fixed=inbound_hook_host_fixed,
        raises=(UnicodeError,),
        example=_example(
            {
                "name": "Animal Care Night Shift Life Support Escalation (Backup Provider)",
                "identifier": "animal-care-night-shift-life-support-escalation-backup-provider-q3VX9kLm",
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_weak_secret_non_ascii",
        bug="compares secrets as str with hmac.compare_digest, which refuses non-ASCII strings",
        buggy=weak_secret_scan_buggy,
        fixed=weak_secret_scan_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "46elks",
                "identifier": "46elks-Jk2mQ9sd",
                "providerId": "forty-six-elks",
                "channel": "sms",
                "credentials": {
                    "user": "u1f2e3d4",
                    "password": "Seepferdchen§Korallenriff",
                    "from": "Aquarium",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_research_webhook_iri",
        bug="hands webhookUrl to http.client as is; a non-ASCII path (an IRI) cannot enter the request line",
        buggy=research_webhook_request_buggy,
        fixed=research_webhook_request_fixed,
        raises=(UnicodeEncodeError, http.client.InvalidURL),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Ty5uI8oP",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://meeresforschung.example.de/hooks/quallen-überwachung",
                    "secretKey": "fake-webhook-secret-0001",
                },
            }
        ),
    ),
    ConsumerCase(
        name="aquarium_grants_xml_control_char",
        bug="assumes strings hold only XML-legal characters; a pasted control character breaks minidom",
        buggy=grants_xml_buggy,
        fixed=grants_xml_fixed,
        raises=(ExpatError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0004",
                    "from": "tickets@ocean-discovery.example",
                    "senderName": "Ocean Discovery\x0bBox Office",
                }
            }
        ),
    ),
)
