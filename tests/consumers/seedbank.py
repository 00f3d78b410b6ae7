"""Sixteen consumers of ``GET /v1/integrations`` items at a national seed bank and research institute.

The institute keeps about a million seed accessions in cold vaults, runs a germination and
regeneration programme, exchanges germplasm with partner gene banks and handles the phytosanitary
and export permits that go with every shipment. Its notification traffic goes through Novu, and
several internal services read the integration records Novu returns:

- the **permits office** mails the compliance desk when a permit-notice integration changes and
  prints dispatch labels that name the sender;
- the **partner-exchange portal** keeps per-integration UI state in cookies, relays shipment events to
  partners' webhooks and installs its Slack app for partner channels;
- **cold-store telemetry** allow-lists the SMS gateways (Kannel) that page the night shift, writes the
  mail relay's INI file, builds the relay's TLS context and caches integrations under compact
  binary keys per organisation and environment;
- the **alarm router** turns integration conditions into temperature bands (``BETWEEN``) and accession
  name filters (``LIKE``), and decides which integration routes a channel's alerts;
- the **data office** lands records in SQLite and derives the tombstone ledger with SQL, keeps an
  incremental sync cursor from ``createdAt``/``updatedAt`` and builds row types for its feature store
  from the fields the conditions consult;
- **identity** reads the expiry of RingCentral JWT credentials ahead of rotation.

Each consumer comes as ``*_buggy`` (as first written: it works on ``HAPPY_PATH`` and on what the team
tested with) and ``*_fixed`` (after the post-mortem: it never raises on a payload the 0.7.0 contract
allows, including the provider drift the contract lists, such as the 3.x shape without
``credentials`` or ``channel``). ``SEEDBANK_BUGS`` pairs them with a triggering example.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import enum
import hashlib
import io
import ipaddress
import json
import re
import sqlite3
import ssl
import unicodedata
import urllib.request
from collections import namedtuple
from collections.abc import Mapping
from contextlib import closing
from datetime import UTC, datetime
from email.message import EmailMessage
from http.cookies import CookieError, SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "SEEDBANK_BUGS"]


def _credentials(payload: Payload) -> Mapping[str, Any]:
    """The credentials object; the 3.x shape omits it for API-key callers."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, Mapping) else {}


def _children(payload: Payload) -> list[Mapping[str, Any]]:
    """Every condition child, in order (conditions are optional; drifted ones lack some keys)."""
    found: list[Mapping[str, Any]] = []
    for condition in payload.get("conditions") or []:
        if isinstance(condition, Mapping):
            found.extend(child for child in condition.get("children") or [] if isinstance(child, Mapping))
    return found


def _text(value: object) -> str | None:
    return str(value) if isinstance(value, str) else None


# 1. Permits office: change notice to the compliance desk (name) -------------------------------


def permit_notice_subject_buggy(payload: Payload) -> str:
    """Subject of the e-mail the compliance desk gets when a permit-notice integration changes."""
    message = EmailMessage()
    message["From"] = "permits-bot@seedbank.example"
    message["To"] = "compliance@seedbank.example"
    message["Subject"] = f"[permits] integration {payload['name']} ({payload['providerId']}) changed"
    return str(message["Subject"])


def _header_safe(value: str) -> str:
    """One line, no lone surrogates: what an e-mail header can carry."""
    one_line = " ".join(value.splitlines())
    return one_line.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def permit_notice_subject_fixed(payload: Payload) -> str:
    message = EmailMessage()
    message["From"] = "permits-bot@seedbank.example"
    message["To"] = "compliance@seedbank.example"
    name, provider = _header_safe(payload["name"]), _header_safe(payload["providerId"])
    message["Subject"] = f"[permits] integration {name} ({provider}) changed"
    return str(message["Subject"])


# 2. Partner portal: per-integration UI cookie (identifier) ------------------------------------


def portal_cookie_buggy(payload: Payload) -> str:
    """``Set-Cookie`` remembering the tab a curator last opened for this integration."""
    jar: SimpleCookie = SimpleCookie()
    jar[payload["identifier"]] = "overview"
    jar[payload["identifier"]]["path"] = "/partners/integrations"
    jar[payload["identifier"]]["samesite"] = "Lax"
    return jar.output(header="Set-Cookie:")


def portal_cookie_fixed(payload: Payload) -> str:
    raw = payload["identifier"].encode("utf-8", "surrogatepass")
    name = "sbtab_" + hashlib.blake2s(raw, digest_size=8).hexdigest()
    jar: SimpleCookie = SimpleCookie()
    jar[name] = "overview"
    jar[name]["path"] = "/partners/integrations"
    jar[name]["samesite"] = "Lax"
    return jar.output(header="Set-Cookie:")


# 3. Cold-store telemetry: firewall allow-list for SMS gateways (credentials.host) ------------


def gateway_allowlist_buggy(payload: Payload) -> str | None:
    """The nftables rule letting the vault monitors reach the integration's gateway host."""
    host = _credentials(payload).get("host")
    if not isinstance(host, str):
        return None
    address = ipaddress.ip_address(host)
    family = "ip" if address.version == 4 else "ip6"
    return f"add rule inet vault output {family} daddr {address.compressed} accept"


def gateway_allowlist_fixed(payload: Payload) -> str | None:
    host = _credentials(payload).get("host")
    if not isinstance(host, str):
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:  # a DNS name: the rule goes to the resolver-backed set instead
        return f"add element inet vault gateway_names {{ {json.dumps(host)} }}"
    family = "ip" if address.version == 4 else "ip6"
    return f"add rule inet vault output {family} daddr {address.compressed} accept"


# 4. Cold-store telemetry: mail relay INI (credentials.password) -------------------------------


def _relay_section(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    section = {"provider": payload["providerId"], "identifier": payload["identifier"]}
    for key in ("host", "port", "user", "password"):
        value = credentials.get(key)
        if isinstance(value, str):
            section[key] = value
    return section


def relay_ini_buggy(payload: Payload) -> str:
    """``relay.ini`` for the vault's alarm mailer (an SMTP relay configured from the integration)."""
    parser = configparser.ConfigParser()
    parser["relay"] = _relay_section(payload)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def relay_ini_fixed(payload: Payload) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser["relay"] = _relay_section(payload)
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


# 5. Partner exchange: shipment events to the partner's webhook (credentials.webhookUrl) -------


_EVENT = b'{"event":"shipment.dispatched"}'


def partner_webhook_buggy(payload: Payload) -> tuple[str, str, str] | None:
    """The request relaying a shipment event to a partner gene bank's webhook."""
    url = _credentials(payload).get("webhookUrl")
    if not isinstance(url, str) or not url:
        return None
    request = urllib.request.Request(
        url, data=_EVENT, method="POST", headers={"Content-Type": "application/json"}
    )
    return request.get_method(), request.type, request.host


def partner_webhook_fixed(payload: Payload) -> tuple[str, str, str] | None:
    url = _credentials(payload).get("webhookUrl")
    if not isinstance(url, str) or not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None  # not an absolute web URL: flagged on the partner's record instead
    request = urllib.request.Request(
        urlunsplit(parts), data=_EVENT, method="POST", headers={"Content-Type": "application/json"}
    )
    return request.get_method(), request.type, request.host


# 6. Identity: RingCentral JWT expiry ahead of rotation (credentials.token) --------------------


def token_expiry_buggy(payload: Payload) -> object:
    """The ``exp`` claim of a JWT credential; opaque tokens (Twilio, Plivo) have none."""
    token = _credentials(payload).get("token")
    if not isinstance(token, str) or token.count(".") != 2:
        return None
    _header, body, _signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body))
    return claims.get("exp") if isinstance(claims, dict) else None


def token_expiry_fixed(payload: Payload) -> int | None:
    token = _credentials(payload).get("token")
    if not isinstance(token, str) or token.count(".") != 2:
        return None
    _header, body, _signature = token.split(".")
    padded = body + "=" * (-len(body) % 4)  # JWTs drop base64url padding (RFC 7515)
    try:
        claims = json.loads(base64.b64decode(padded, altchars=b"-_", validate=True))
    except (binascii.Error, ValueError, RecursionError):
        return None  # dotted, but not a JWT: treat as opaque
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return exp if type(exp) is int else None


# 7. Alarm router: temperature bands from BETWEEN conditions (children value) ------------------


def alarm_bands_buggy(payload: Payload) -> list[tuple[str, str, str, bool]]:
    """``(field, low, high, outside)`` for every BETWEEN / NOT_BETWEEN condition child."""
    bands = []
    for child in _children(payload):
        if child.get("operator") in ("BETWEEN", "NOT_BETWEEN"):
            low, high = child["value"].split(",")
            bands.append((child["field"], low.strip(), high.strip(), child["operator"] == "NOT_BETWEEN"))
    return bands


def alarm_bands_fixed(payload: Payload) -> list[tuple[str, str, str, bool]]:
    bands = []
    for child in _children(payload):
        if child.get("operator") in ("BETWEEN", "NOT_BETWEEN"):
            value = _text(child.get("value")) or ""
            low, comma, high = value.partition(",")
            if not comma or "," in high:
                continue  # not a two-bound range: reported by the rule linter, not routed
            field = _text(child.get("field")) or ""
            bands.append((field, low.strip(), high.strip(), child["operator"] == "NOT_BETWEEN"))
    return bands


# 8. Alarm router: accession-name filters from LIKE conditions (children value) ----------------


def like_filters_buggy(payload: Payload) -> list[tuple[str, str, bool]]:
    """``(field, regex, negated)`` for every LIKE / NOT_LIKE child (SQL wildcards % and _)."""
    filters = []
    for child in _children(payload):
        if child.get("operator") in ("LIKE", "NOT_LIKE"):
            regex = re.compile(child["value"].replace("%", ".*").replace("_", "."), re.IGNORECASE)
            filters.append((child["field"], regex.pattern, child["operator"] == "NOT_LIKE"))
    return filters


def _like_to_regex(pattern: str) -> str:
    return "".join(".*" if ch == "%" else "." if ch == "_" else re.escape(ch) for ch in pattern)


def like_filters_fixed(payload: Payload) -> list[tuple[str, str, bool]]:
    filters = []
    for child in _children(payload):
        if child.get("operator") in ("LIKE", "NOT_LIKE"):
            regex = re.compile(_like_to_regex(_text(child.get("value")) or ""), re.IGNORECASE | re.DOTALL)
            filters.append((_text(child.get("field")) or "", regex.pattern, child["operator"] == "NOT_LIKE"))
    return filters


# 9. Alarm router: routing state of an integration (active, primary) ---------------------------


class _RouteState(enum.IntEnum):
    DISABLED = 0
    STANDBY = 1
    PRIMARY = 3


class RouteState(enum.IntEnum):
    DISABLED = 0
    STANDBY = 1
    PARKED_PRIMARY = 2  # primary but inactive: the server keeps it so (set-primary, deactivation)
    PRIMARY = 3


def route_state_buggy(payload: Payload) -> str:
    """The state the alarm router shows for this integration: bit 0 active, bit 1 primary."""
    return _RouteState(int(payload["active"]) | int(payload["primary"]) << 1).name


def route_state_fixed(payload: Payload) -> str:
    return RouteState(int(payload["active"]) | int(payload["primary"]) << 1).name


# 10. Data office: tombstone ledger derived in SQLite (deleted, deletedAt) ---------------------


_LEDGER_SCHEMA_BUGGY = """
CREATE TABLE staging (doc TEXT NOT NULL);
CREATE TABLE tombstones (integration_id TEXT, deleted_at TEXT NOT NULL, deleted_by TEXT);
"""
_LEDGER_SCHEMA_FIXED = """
CREATE TABLE staging (doc TEXT NOT NULL);
CREATE TABLE tombstones (integration_id TEXT, deleted_at TEXT, deleted_by TEXT);
"""
_LEDGER_LOAD = """
INSERT INTO tombstones (integration_id, deleted_at, deleted_by)
SELECT json_extract(doc, '$._id'), json_extract(doc, '$.deletedAt'), json_extract(doc, '$.deletedBy')
FROM staging WHERE json_extract(doc, '$.deleted')
"""


def _tombstones(payload: Payload, schema: str) -> int:
    # ensure_ascii: the staged JSON is plain ASCII whatever the strings hold
    doc = json.dumps(
        {key: payload[key] for key in ("_id", "deleted", "deletedAt", "deletedBy") if key in payload}
    )
    with closing(sqlite3.connect(":memory:")) as db:
        db.executescript(schema)
        db.execute("INSERT INTO staging (doc) VALUES (?)", (doc,))
        db.execute(_LEDGER_LOAD)
        count: int = db.execute("SELECT count(*) FROM tombstones").fetchone()[0]
        return count


def tombstone_ledger_buggy(payload: Payload) -> int:
    """Stage the record as JSON and derive the tombstone ledger with SQL (rows written)."""
    return _tombstones(payload, _LEDGER_SCHEMA_BUGGY)


def tombstone_ledger_fixed(payload: Payload) -> int:
    return _tombstones(payload, _LEDGER_SCHEMA_FIXED)


# 11. Partner portal: Slack app install redirect (credentials.redirectUrl) ---------------------


def oauth_redirect_buggy(payload: Payload) -> tuple[str, str, bool] | None:
    """Where the Slack install flow returns, and whether the URL already carries OAuth params."""
    url = _credentials(payload).get("redirectUrl")
    if not isinstance(url, str):
        return None
    parts = urlsplit(url)
    params = parse_qs(parts.query, strict_parsing=True)
    return parts.netloc, parts.path, "state" in params or "code" in params


def oauth_redirect_fixed(payload: Payload) -> tuple[str, str, bool] | None:
    url = _credentials(payload).get("redirectUrl")
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    params = parse_qs(parts.query, keep_blank_values=True)
    return parts.netloc, parts.path, "state" in params or "code" in params


# 12. Cold-store telemetry: TLS context for the relay (credentials.tlsOptions) -----------------


def relay_tls_buggy(payload: Payload) -> tuple[str, bool]:
    """The ``ssl`` context mirroring nodemailer's ``tlsOptions`` (``rejectUnauthorized``)."""
    options = _credentials(payload).get("tlsOptions")
    options = options if isinstance(options, Mapping) else {}
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if not options.get("rejectUnauthorized", True):
        context.verify_mode = ssl.CERT_NONE
        context.check_hostname = False
    return context.verify_mode.name, context.check_hostname


def relay_tls_fixed(payload: Payload) -> tuple[str, bool]:
    options = _credentials(payload).get("tlsOptions")
    options = options if isinstance(options, Mapping) else {}
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if not options.get("rejectUnauthorized", True):
        context.check_hostname = False  # must go first: CERT_NONE is refused while it is on
        context.verify_mode = ssl.CERT_NONE
    return context.verify_mode.name, context.check_hostname


# 13. Cold-store telemetry: compact cache key (_organizationId, _environmentId) ----------------


def cache_key_buggy(payload: Payload) -> str:
    """A 24-byte key (two ObjectIds) for the telemetry cache, base32 for the key-value store."""
    key = bytes.fromhex(payload["_organizationId"]) + bytes.fromhex(payload["_environmentId"])
    return base64.b32encode(key).decode("ascii")


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def _id_bytes(value: str) -> bytes:
    if _OBJECT_ID.fullmatch(value):
        return b"\x00" + bytes.fromhex(value)
    return b"\x01" + hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=12).digest()


def cache_key_fixed(payload: Payload) -> str:
    key = _id_bytes(payload["_organizationId"]) + _id_bytes(payload["_environmentId"])
    return base64.b32encode(key).decode("ascii")


# 14. Permits office: dispatch label text (credentials.senderName, identifier) -----------------


_LABEL = "NATIONAL SEED BANK - DISPATCH\nSent by: {sender}\nNotice channel: {integration}\n"


def dispatch_label_buggy(payload: Payload) -> str:
    """The label printed on shipment boxes, naming who sends the notices."""
    sender = _credentials(payload).get("senderName")
    if not isinstance(sender, str):
        sender = payload["name"]
    text = re.sub(r"\{sender\}", sender, _LABEL)
    return re.sub(r"\{integration\}", payload["identifier"], text)


def dispatch_label_fixed(payload: Payload) -> str:
    sender = _credentials(payload).get("senderName")
    if not isinstance(sender, str):
        sender = payload["name"]
    identifier: str = payload["identifier"]
    text = re.sub(r"\{sender\}", lambda _match: sender, _LABEL)
    return re.sub(r"\{integration\}", lambda _match: identifier, text)


# 15. Data office: incremental sync cursor (createdAt, updatedAt extras) -----------------------


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def sync_cursor_buggy(payload: Payload) -> str | None:
    """The high-water mark the nightly sync stores for this record (``updatedAt``)."""
    created, updated = _instant(payload.get("createdAt")), _instant(payload.get("updatedAt"))
    if created is None or updated is None:
        return None
    if updated < created:
        raise ValueError(f"corrupt record: updatedAt {updated} precedes createdAt {created}")
    return updated.isoformat()


def sync_cursor_fixed(payload: Payload) -> str | None:
    created, updated = _instant(payload.get("createdAt")), _instant(payload.get("updatedAt"))
    if created is None or updated is None:
        return None
    # Both stamps come from the API pods' clocks: skew can put updatedAt first. The cursor is the later.
    return max(created, updated).isoformat()


# 16. Data office: feature-store row type from condition fields (children field) ---------------


def condition_row_buggy(payload: Payload) -> tuple[str, ...]:
    """Columns of the feature-store row type: one per field the conditions consult."""
    names: list[str] = []
    for child in _children(payload):
        name = child["field"].replace(".", "_")
        if name not in names:
            names.append(name)
    row = namedtuple("ConditionRow", names)  # type: ignore[misc]
    return tuple(row._fields)


def condition_row_fixed(payload: Payload) -> tuple[str, ...]:
    names: list[str] = []
    for child in _children(payload):
        # Python reads identifiers in NFKC: "ﬁ" and "fi" would be the same argument name.
        name = unicodedata.normalize("NFKC", (_text(child.get("field")) or "").replace(".", "_"))
        if name not in names:
            names.append(name)
    row = namedtuple("ConditionRow", names, rename=True)  # type: ignore[misc]
    return tuple(row._fields)


# The cases ------------------------------------------------------------------------------------


def _example(changes: Mapping[str, Any] | None = None, **credentials: Any) -> Payload:
    payload: Payload = json.loads(json.dumps(HAPPY_PATH))
    payload.update(json.loads(json.dumps(dict(changes or {}))))
    payload["credentials"].update(credentials)
    return payload


def _conditions(*children: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "conditions": [
            {
                "isNegated": False,
                "type": "STATEMENT",
                "value": "AND",
                "children": [
                    {"field": field, "value": value, "operator": operator, "on": "payload"}
                    for field, value, operator in children
                ],
            }
        ]
    }


def _jwt(claims: Mapping[str, Any]) -> str:
    def segment(data: Mapping[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{segment({'alg': 'RS256', 'typ': 'JWT'})}.{segment(claims)}.c2lnbmF0dXJl"


SEEDBANK_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="seedbank_permit_notice_subject",
        bug="puts the raw integration name into an e-mail Subject, assuming one header-safe line",
        buggy=permit_notice_subject_buggy,
        fixed=permit_notice_subject_fixed,
        raises=(ValueError,),
        example=_example({"name": "Seed Vault Svalbard\nPermits"}),
    ),
    ConsumerCase(
        name="seedbank_portal_cookie",
        bug="uses the integration identifier as a cookie name, assuming it is a legal cookie token",
        buggy=portal_cookie_buggy,
        fixed=portal_cookie_fixed,
        raises=(CookieError,),
        example=_example({"identifier": "svalbard vault"}),
    ),
    ConsumerCase(
        name="seedbank_gateway_allowlist",
        bug="passes credentials.host to ipaddress.ip_address, assuming gateways are IP literals",
        buggy=gateway_allowlist_buggy,
        fixed=gateway_allowlist_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "kannel", "channel": "sms", "name": "Kannel"},
            host="sms-gw.vault.seedbank.example",
            port="13013",
        ),
    ),
    ConsumerCase(
        name="seedbank_relay_ini",
        bug="writes the relay password with ConfigParser's default interpolation, so a lone % is refused",
        buggy=relay_ini_buggy,
        fixed=relay_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP"},
            host="10.20.0.25",
            port="587",
            user="vault-alarms",
            password="85%RH-vault3",
        ),
    ),
    ConsumerCase(
        name="seedbank_partner_webhook",
        bug="hands credentials.webhookUrl to urllib.request.Request, assuming it has a scheme",
        buggy=partner_webhook_buggy,
        fixed=partner_webhook_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "email-webhook", "name": "Email Webhook"},
            webhookUrl="hooks.partner-genebank.example/novu/events",
        ),
    ),
    ConsumerCase(
        name="seedbank_token_expiry",
        bug="base64url-decodes a JWT segment as is, assuming it keeps its = padding",
        buggy=token_expiry_buggy,
        fixed=token_expiry_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "ring-central", "channel": "sms", "name": "RingCentral"},
            clientId="seedbank-rc-app",
            token=_jwt({"sub": "nsb-sms", "exp": 1767225600}),  # payload segment: 2 chars past a quad
        ),
    ),
    ConsumerCase(
        name="seedbank_alarm_bands",
        bug="unpacks a BETWEEN value as exactly 'low,high', assuming one comma",
        buggy=alarm_bands_buggy,
        fixed=alarm_bands_fixed,
        raises=(ValueError,),
        example=_example(_conditions(("payload.vaultTemperature", "-20..-15", "BETWEEN"))),
    ),
    ConsumerCase(
        name="seedbank_like_filters",
        bug="turns a LIKE value into a regex by swapping wildcards only, leaving regex metacharacters live",
        buggy=like_filters_buggy,
        fixed=like_filters_fixed,
        raises=(re.error, RecursionError),  # RecursionError: thousands of live "(" in one value
        example=_example(_conditions(("payload.taxon", "Brassica (wild%", "LIKE"))),
    ),
    ConsumerCase(
        name="seedbank_route_state",
        bug="maps (active, primary) through a state enum without 'primary but inactive'",
        buggy=route_state_buggy,
        fixed=route_state_fixed,
        raises=(ValueError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="seedbank_tombstone_ledger",
        bug="declares the ledger's deleted_at NOT NULL, assuming deleted records carry deletedAt",
        buggy=tombstone_ledger_buggy,
        fixed=tombstone_ledger_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example({"deleted": True, "active": False}),
    ),
    ConsumerCase(
        name="seedbank_oauth_redirect",
        bug="parses the redirectUrl query with strict_parsing, assuming every field is key=value",
        buggy=oauth_redirect_buggy,
        fixed=oauth_redirect_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "slack", "channel": "chat", "name": "Slack", "primary": False},
            clientId="1234567890.0987654321",
            redirectUrl="https://partners.seedbank.example/slack/callback?debug",
        ),
    ),
    ConsumerCase(
        name="seedbank_relay_tls",
        bug="sets verify_mode=CERT_NONE before check_hostname=False when tlsOptions turn verification off",
        buggy=relay_tls_buggy,
        fixed=relay_tls_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP"},
            host="10.20.0.25",
            tlsOptions={"rejectUnauthorized": False},
        ),
    ),
    ConsumerCase(
        name="seedbank_cache_key",
        bug="packs _organizationId/_environmentId with bytes.fromhex, assuming 24-hex ObjectIds",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(ValueError,),
        example=_example({"_environmentId": "env-nordic-prod"}),
    ),
    ConsumerCase(
        name="seedbank_dispatch_label",
        bug="substitutes senderName as an re.sub replacement string, where backslashes are escapes",
        buggy=dispatch_label_buggy,
        fixed=dispatch_label_fixed,
        raises=(re.error,),
        example=_example(senderName="NSB\\Dispatch"),
    ),
    ConsumerCase(
        name="seedbank_sync_cursor",
        bug="rejects records whose updatedAt precedes createdAt, assuming the server clocks agree",
        buggy=sync_cursor_buggy,
        fixed=sync_cursor_fixed,
        raises=(ValueError,),
        example=_example({"createdAt": "2025-03-04T10:15:02.411Z", "updatedAt": "2025-03-04T10:15:01.998Z"}),
    ),
    ConsumerCase(
        name="seedbank_condition_row",
        bug="builds a namedtuple from condition fields, assuming each is a distinct Python identifier",
        buggy=condition_row_buggy,
        fixed=condition_row_fixed,
        raises=(ValueError, SyntaxError),  # SyntaxError: names equal only after NFKC ("ﬁ", "fi")
        example=_example(_conditions(("payload.permit-region", "EU", "EQUAL"))),
    ),
)
