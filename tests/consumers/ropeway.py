"""Consumers of ``GET /v1/integrations`` at Alpenglow Ropeways, a mountain cable-car and gondola operator.

Alpenglow runs three gondolas, a funicular and a dozen chair lifts. Novu sends everything its
people and guests are told: lift-status changes, ticket and season-pass mail, work orders for
the maintenance crews and wind, lightning and avalanche alerts. Several small services read the
integration list and each was written by a different team:

- the **lift-status dashboard** in the control rooms (banner cookies, the LED departure boards
  in the valley stations, the failover view of which integration sends what);
- **ticketing**, which turns integration conditions into season-pass campaign segments;
- the **maintenance network** team (firewall rules for the SMTP relay, the PLC alarm gateway's
  INI file, the crews' mail-relay login, the binary status frames of the station displays);
- the **weather-alert** service, which pages lift staff by SMS and push and checks the tokens,
  service accounts and endpoints it will need before a storm, not during one.

Each consumer below is a pair: ``*_buggy`` is the code as the team first wrote it, tested on
``HAPPY_PATH`` and the team's own records; ``*_fixed`` is the same code after the post-mortem,
which must never raise on any payload the contract allows (it may return a sentinel). The
``ROPEWAY_BUGS`` cases pair them with a contract-valid payload that triggers the bug.
"""

from __future__ import annotations

import base64
import collections
import configparser
import copy
import enum
import functools
import hashlib
import http.client
import http.cookies
import io
import ipaddress
import json
import keyword
import math
import operator
import re
import struct
import unicodedata
import uuid
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, NamedTuple
from urllib.parse import urljoin

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "ROPEWAY_BUGS"]


# Shared helpers ---------------------------------------------------------------------------


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` (3.x items and write replies may lack it)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` if it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _utf8(text: str) -> bytes:
    """UTF-8 that also carries lone surrogates (JSON ``\\ud800`` escapes decode to them)."""
    return text.encode("utf-8", "surrogatepass")


def _children(payload: Payload) -> Iterator[dict[str, Any]]:
    """Every condition child, tolerating the known drift (condition items missing keys)."""
    conditions = payload.get("conditions")
    for condition in conditions if isinstance(conditions, list) else []:
        children = condition.get("children") if isinstance(condition, dict) else None
        for child in children if isinstance(children, list) else []:
            if isinstance(child, dict):
                yield child


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced and credential keys added."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    payload["credentials"].update(copy.deepcopy(dict(credentials or {})))
    return payload


def _condition(*children: Mapping[str, str], kind: str = "STATEMENT", value: str = "AND") -> Payload:
    return {"isNegated": False, "type": kind, "value": value, "children": [dict(c) for c in children]}


def _child(field: str, value: str, op: str) -> dict[str, str]:
    return {"field": field, "value": value, "operator": op, "on": "subscriber"}


# 1. Lift-status dashboard: the "integration degraded" banner cookie -------------------------


def banner_cookie_buggy(payload: Payload) -> str:
    """``Set-Cookie`` header remembering that a dispatcher dismissed an integration's banner."""
    jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    name = f"dismissed-{payload['identifier']}"
    jar[name] = "1"
    jar[name]["path"] = "/status"
    jar[name]["max-age"] = 8 * 3600
    return jar.output(header="Set-Cookie:")


def banner_cookie_fixed(payload: Payload) -> str:
    identifier = _text(payload, "identifier") or ""
    # Cookie names must be RFC 6265 tokens; identifiers are free text. Name the cookie by a digest.
    name = f"dismissed-{hashlib.sha256(_utf8(identifier)).hexdigest()[:16]}"
    jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    jar[name] = "1"
    jar[name]["path"] = "/status"
    jar[name]["max-age"] = 8 * 3600
    return jar.output(header="Set-Cookie:")


# 2. Maintenance network: pf egress rule for the SMTP relay ---------------------------------

_HOSTNAME = re.compile(
    r"(?=.{1,253}\Z)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?",
    re.ASCII,
)
_PORT = re.compile(r"[0-9]{1,5}", re.ASCII)


def smtp_egress_rule_buggy(payload: Payload) -> str | None:
    """The pf rule that lets the maintenance VLAN reach the relay sending crew work orders."""
    credentials = _credentials(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    address = ipaddress.ip_address(host)  # the on-site relay was configured by IP
    port = _text(credentials, "port") or "587"
    port = port if _PORT.fullmatch(port) else "587"
    family = "inet6" if address.version == 6 else "inet"
    return f"pass out on $maint_if {family} proto tcp to {address} port {port}"


def smtp_egress_rule_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    port = _text(credentials, "port") or "587"
    port = port if _PORT.fullmatch(port) else "587"
    try:
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = ipaddress.ip_address(host)
    except ValueError:  # a DNS name, which pf resolves when the ruleset loads
        address = None
    if address is not None:
        family = "inet6" if address.version == 6 else "inet"
        return f"pass out on $maint_if {family} proto tcp to {address} port {port}"
    if not _HOSTNAME.fullmatch(host):
        return None  # neither an address nor a host name: no rule, the dashboard flags it
    return f"pass out on $maint_if proto tcp to {host} port {port}"


# 3. PLC alarm gateway: its INI file, read back as the gateway reads it -------------------------

_GATEWAY_KEYS = ("host", "port", "user", "password", "from", "senderName", "domain", "region", "apiKey")


def plc_gateway_ini_buggy(payload: Payload) -> dict[str, str]:
    """The valley station's PLC relays wind alarms as mail; it reads its relay settings from an INI."""
    credentials = _credentials(payload)
    settings = {"provider": str(payload.get("providerId", ""))}
    settings.update({key: credentials[key] for key in _GATEWAY_KEYS if _text(credentials, key) is not None})
    parser = configparser.ConfigParser()
    parser["relay"] = settings
    buffer = io.StringIO()
    parser.write(buffer)
    check = configparser.ConfigParser()
    check.read_string(buffer.getvalue())
    return dict(check["relay"])


def plc_gateway_ini_fixed(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    settings = {"provider": _text(payload, "providerId") or ""}
    settings.update({key: credentials[key] for key in _GATEWAY_KEYS if _text(credentials, key) is not None})
    # Values are data, not templates: '%' in a password or sender name is literal.
    parser = configparser.ConfigParser(interpolation=None)
    parser["relay"] = settings
    buffer = io.StringIO()
    parser.write(buffer)
    check = configparser.ConfigParser(interpolation=None)
    check.read_string(buffer.getvalue())
    return dict(check["relay"])


# 4. Crew scheduling: the mail-relay login, checked the way the relay parses it ----------------


def relay_login_buggy(payload: Payload) -> tuple[str, str] | None:
    """``Authorization: Basic`` for the crew-scheduling relay, with the relay's own parse as a self-check."""
    credentials = _credentials(payload)
    user, password = _text(credentials, "user"), _text(credentials, "password")
    if user is None or password is None:
        return None
    header = "Basic " + base64.b64encode(_utf8(f"{user}:{password}")).decode("ascii")
    decoded = base64.b64decode(header.removeprefix("Basic ")).decode("utf-8", "surrogatepass")
    name, secret = decoded.split(":")
    return name, secret


def relay_login_fixed(payload: Payload) -> tuple[str, str] | None:
    credentials = _credentials(payload)
    user, password = _text(credentials, "user"), _text(credentials, "password")
    if user is None or password is None or ":" in user:
        return None  # RFC 7617: a user-id cannot contain a colon; a password can
    header = "Basic " + base64.b64encode(_utf8(f"{user}:{password}")).decode("ascii")
    decoded = base64.b64decode(header.removeprefix("Basic ")).decode("utf-8", "surrogatepass")
    name, _, secret = decoded.partition(":")
    return name, secret


# 5. Ticket mail: one SMTP connection profile per (host, port, tlsOptions) ---------------------


@functools.lru_cache(maxsize=32)
def _smtp_profile(host: str, port: str, tls: frozenset[tuple[str, Any]]) -> str:
    return f"{host}:{port} tls={sorted(key for key, _ in tls)}"


def smtp_profile_buggy(payload: Payload) -> str:
    """The ticket mailer keeps one SMTP connection profile per relay and TLS settings."""
    credentials = _credentials(payload)
    tls = credentials.get("tlsOptions") or {}
    host, port = _text(credentials, "host") or "", _text(credentials, "port") or ""
    return _smtp_profile(host, port, frozenset(tls.items()))


@functools.lru_cache(maxsize=32)
def _smtp_profile_json(host: str, port: str, tls_json: str) -> str:
    tls = json.loads(tls_json)
    return f"{host}:{port} tls={sorted(tls) if isinstance(tls, dict) else []}"


def smtp_profile_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    tls = credentials.get("tlsOptions")
    host, port = _text(credentials, "host") or "", _text(credentials, "port") or ""
    # tlsOptions is free-form JSON (nested objects, arrays of CA certificates): key it canonically.
    return _smtp_profile_json(host, port, json.dumps(tls if isinstance(tls, dict) else {}, sort_keys=True))


# 6. Weather alerts: which guest segments a LIKE filter reaches --------------------------------

_SEGMENTS = ("+41 season", "+49 day", "kids-pass", "senior_pass", "staff", "ski club 100%")


def like_segments_buggy(payload: Payload) -> list[str]:
    """Segments an integration's LIKE / NOT_LIKE filters reach, shown before a storm alert goes out."""
    reached: list[str] = []
    for child in _children(payload):
        if child.get("operator") not in ("LIKE", "NOT_LIKE"):
            continue
        pattern = re.compile(str(child["value"]).replace("%", ".*").replace("_", "."), re.IGNORECASE)
        hit = [segment for segment in _SEGMENTS if pattern.fullmatch(segment)]
        reached += hit if child["operator"] == "LIKE" else [s for s in _SEGMENTS if s not in hit]
    return reached


def _like_regex(value: str) -> re.Pattern[str]:
    """SQL LIKE to a regex: ``%`` any run, ``_`` one character, everything else literal."""
    value = re.sub("%+", "%", value)
    parts = (".*" if ch == "%" else "." if ch == "_" else re.escape(ch) for ch in value)
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def like_segments_fixed(payload: Payload) -> list[str]:
    reached: list[str] = []
    for child in _children(payload):
        value = _text(child, "value")
        if child.get("operator") not in ("LIKE", "NOT_LIKE") or value is None:
            continue
        pattern = _like_regex(value)
        hit = [segment for segment in _SEGMENTS if pattern.fullmatch(segment)]
        reached += hit if child["operator"] == "LIKE" else [s for s in _SEGMENTS if s not in hit]
    return reached


# 7. Ticketing: a season-pass campaign row per integration, one column per condition field ----


def campaign_row_buggy(payload: Payload) -> tuple[str, ...]:
    """Ticketing's campaign export: the conditions as a record, one column per field's last part."""
    children = list(_children(payload))
    columns = [str(child["field"]).rsplit(".", 1)[-1] for child in children]
    row_type = collections.namedtuple("CampaignCriteria", columns)  # type: ignore[misc]
    row: tuple[str, ...] = row_type(*(str(child["value"]) for child in children))
    return row


def _columns(fields: list[str]) -> list[str]:
    """Valid, distinct column names: Python compares identifiers after NFKC ('ﬁ' is 'fi')."""
    columns: list[str] = []
    for index, field in enumerate(fields):
        name = unicodedata.normalize("NFKC", field)
        if not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_") or name in columns:
            name = f"_{index}"
        columns.append(name)
    return columns


def campaign_row_fixed(payload: Payload) -> tuple[str, ...]:
    children = list(_children(payload))
    # Field names are free text (dashes, keywords, the same field twice for a range, 'é' spelt
    # precomposed and decomposed): rename those that are not valid, distinct identifiers.
    columns = _columns([(_text(child, "field") or "").rsplit(".", 1)[-1] for child in children])
    row_type = collections.namedtuple("CampaignCriteria", columns, rename=True)  # type: ignore[misc]
    row: tuple[str, ...] = row_type(*(_text(child, "value") or "" for child in children))
    return row


# 8. Station displays: the binary status frame ----------------------------------------------

_FRAME = struct.Struct(">12s12sB")


def status_frame_buggy(payload: Payload) -> bytes:
    """The frame the station displays get over UDP: organisation id, environment id, flag bits."""
    organisation = bytes.fromhex(payload["_organizationId"])
    environment = bytes.fromhex(payload["_environmentId"])
    flags = payload["active"] | payload["deleted"] << 1 | payload["primary"] << 2
    return _FRAME.pack(organisation, environment, flags)


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}", re.ASCII)


def _id_bytes(value: object) -> bytes:
    """A Mongo ObjectId's 12 bytes; any other id string gets a stable 12-byte digest."""
    text = value if isinstance(value, str) else ""
    if _OBJECT_ID.fullmatch(text):
        return bytes.fromhex(text)
    return hashlib.blake2b(_utf8(text), digest_size=12).digest()


def status_frame_fixed(payload: Payload) -> bytes:
    organisation = _id_bytes(payload.get("_organizationId"))
    environment = _id_bytes(payload.get("_environmentId"))
    flags = (
        bool(payload.get("active")) | bool(payload.get("deleted")) << 1 | bool(payload.get("primary")) << 2
    )
    return _FRAME.pack(organisation, environment, flags)


# 9. Failover view: the role an integration plays ------------------------------------------


class _Role(enum.Enum):
    OFF = (False, False)
    STANDBY = (True, False)
    PRIMARY = (True, True)


def failover_role_buggy(payload: Payload) -> str:
    """The control room's failover view: off, standby or primary, from ``(active, primary)``."""
    return _Role((payload["active"], payload["primary"])).name


class _RoleFixed(enum.Enum):
    OFF = (False, False)
    STANDBY = (True, False)
    PRIMARY = (True, True)
    PARKED_PRIMARY = (False, True)  # deactivating a primary does not clear the flag server-side


def failover_role_fixed(payload: Payload) -> str:
    return _RoleFixed((bool(payload.get("active")), bool(payload.get("primary")))).name


# 10. Alert routing: does an integration's filter let a given guest through? ----------------

_GUEST = {"subscriber.plan": "pro", "subscriber.locale": "de_CH", "payload.lift": "G1"}


def _child_matches(child: Mapping[str, Any]) -> bool:
    actual = _GUEST.get(str(child.get("field")))
    if child.get("operator") == "EQUAL":
        return actual == child.get("value")
    if child.get("operator") == "NOT_EQUAL":
        return actual != child.get("value")
    return False


def guest_reached_buggy(payload: Payload) -> bool:
    """Whether the test guest passes the integration's conditions (each an AND/OR group)."""
    verdicts = []
    for condition in payload.get("conditions", []):
        combine = operator.and_ if condition["value"] == "AND" else operator.or_
        verdict = functools.reduce(combine, (_child_matches(child) for child in condition["children"]))
        verdicts.append(verdict != condition["isNegated"])
    return all(verdicts)


def guest_reached_fixed(payload: Payload) -> bool:
    conditions = payload.get("conditions")
    verdicts = []
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        is_and = condition.get("value", "AND") != "OR"
        combine = operator.and_ if is_and else operator.or_
        children = condition.get("children")
        children = children if isinstance(children, list) else []
        matches = (_child_matches(child) for child in children if isinstance(child, dict))
        # An empty group: AND of nothing is true, OR of nothing is false.
        verdict = functools.reduce(combine, matches, is_and)
        verdicts.append(verdict != bool(condition.get("isNegated", False)))
    return all(verdicts)


# 11. Valley-station LED boards: 7-bit glyph ROM ------------------------------------------


def _fold(ch: str, name: str) -> str:
    words = name.split(" WITH ")[0].split()
    if not words or len(words[-1]) != 1:
        return "?"
    return words[-1].lower() if "SMALL" in words else words[-1]


def led_label_buggy(payload: Payload) -> str:
    """The integration name on the LED boards, folded to ASCII by Unicode character name."""
    return "".join(ch if ord(ch) < 128 else _fold(ch, unicodedata.name(ch)) for ch in payload["name"])


def led_label_fixed(payload: Payload) -> str:
    name = _text(payload, "name") or ""
    # Controls, private-use, unassigned code points and surrogates have no name.
    return "".join(ch if ord(ch) < 128 else _fold(ch, unicodedata.name(ch, "")) for ch in name)


# 12. Push console: the OneSignal dashboard link -------------------------------------------


def onesignal_link_buggy(payload: Payload) -> str | None:
    """Link from the weather-alert console to the push provider's app page."""
    application = _text(_credentials(payload), "applicationId")
    if application is None:
        return None
    return f"https://dashboard.onesignal.com/apps/{uuid.UUID(application)}"


_UUID = re.compile(
    r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.ASCII | re.IGNORECASE
)


def onesignal_link_fixed(payload: Payload) -> str | None:
    application = _text(_credentials(payload), "applicationId")
    # Only OneSignal app ids are UUIDs; other push providers use free-form application ids.
    if application is None or not _UUID.fullmatch(application):
        return None
    return f"https://dashboard.onesignal.com/apps/{uuid.UUID(application)}"


# 13. Pre-storm check: when does the chat / push token expire? -----------------------------


def token_expiry_buggy(payload: Payload) -> str | None:
    """Reads the ``exp`` claim of the integration's token so crews can rotate it before winter."""
    token = _text(_credentials(payload), "token")
    if token is None:
        return None
    _, body, _ = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return datetime.fromtimestamp(claims["exp"], tz=UTC).isoformat()


_JWT = re.compile(r"[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]*", re.ASCII)
_LAST_SECOND = 253402300799  # 9999-12-31T23:59:59Z


def token_expiry_fixed(payload: Payload) -> str | None:
    token = _text(_credentials(payload), "token")
    match = _JWT.fullmatch(token) if token is not None else None
    if match is None:
        return None  # an opaque token (bot tokens, xoxb-...): no expiry to read
    body = match.group(1)
    try:
        claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, RecursionError):  # three dotted parts, but not a JWT after all
        return None
    expiry = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(expiry, bool) or not isinstance(expiry, int | float):
        return None
    if not (math.isfinite(expiry) and 0 <= expiry < _LAST_SECOND):
        return None
    return datetime.fromtimestamp(expiry, tz=UTC).isoformat()


# 14. Push health board: the FCM project of the service account ----------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project a push integration sends through, from its service-account JSON."""
    account = _text(_credentials(payload), "serviceAccount")
    if account is None:
        return None
    return str(json.loads(account)["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    account = _text(_credentials(payload), "serviceAccount")
    if account is None:
        return None
    try:
        document = json.loads(account)
    except (ValueError, RecursionError):  # a file path, a base64 blob, a redacted value...
        return None
    project = document.get("project_id") if isinstance(document, dict) else None
    return project if isinstance(project, str) else None


# 15. Staff SMS paging: the generic SMS gateway request --------------------------------------


class _Header(NamedTuple):
    name: str
    value: str


def sms_gateway_headers_buggy(payload: Payload) -> list[_Header] | None:
    """Headers of the request paging lift staff through a generic SMS gateway."""
    credentials = _credentials(payload)
    name = _text(credentials, "apiKeyRequestHeader")
    if name is None:
        return None
    headers = [_Header(name, _text(credentials, "apiKey") or "")]
    secret_name = _text(credentials, "secretKeyRequestHeader")
    if secret_name:
        headers.append(_Header(secret_name, _text(credentials, "secretKey") or ""))
    connection = http.client.HTTPConnection("sms-gateway.alpenglow.invalid")
    connection.putrequest("POST", "/send", skip_host=True, skip_accept_encoding=True)
    for header in headers:
        connection.putheader(header.name, header.value)  # validated, not sent
    return headers


_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", re.ASCII)
_FIELD_VALUE = re.compile(r"[\x20-\x7e\t]*", re.ASCII)


def sms_gateway_headers_fixed(payload: Payload) -> list[_Header] | None:
    credentials = _credentials(payload)
    name = _text(credentials, "apiKeyRequestHeader")
    if name is None:
        return None
    headers = [_Header(name, _text(credentials, "apiKey") or "")]
    secret_name = _text(credentials, "secretKeyRequestHeader")
    if secret_name:
        headers.append(_Header(secret_name, _text(credentials, "secretKey") or ""))
    # Header names are typed into a form: only RFC 9110 tokens and printable ASCII values can go out.
    if not all(_TOKEN.fullmatch(h.name) and _FIELD_VALUE.fullmatch(h.value) for h in headers):
        return None  # misconfigured gateway: the dashboard shows it, nothing is sent
    connection = http.client.HTTPConnection("sms-gateway.alpenglow.invalid")
    connection.putrequest("POST", "/send", skip_host=True, skip_accept_encoding=True)
    for header in headers:
        connection.putheader(header.name, header.value)
    return headers


# 16. Ticket mail: the relay's send endpoint under its base URL ----------------------------


def send_endpoint_buggy(payload: Payload) -> str | None:
    """Mailgun-style send endpoint under the integration's ``baseUrl``, with a guard against escaping it."""
    base = _text(_credentials(payload), "baseUrl")
    if not base:
        return None
    endpoint = urljoin(base, "messages")
    if not endpoint.startswith(base):
        raise ValueError(f"send endpoint {endpoint!r} is not under the base URL {base!r}")
    return endpoint


def send_endpoint_fixed(payload: Payload) -> str | None:
    base = _text(_credentials(payload), "baseUrl")
    if not base or "?" in base or "#" in base:
        return None
    # urljoin replaces the last path segment unless the base ends with '/': append instead.
    return base.rstrip("/") + "/messages"


# The cases -------------------------------------------------------------------------------

ROPEWAY_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="ropeway_banner_cookie",
        bug="puts the identifier into a cookie name, assuming it is an RFC 6265 token (no spaces, '/', ...)",
        buggy=banner_cookie_buggy,
        fixed=banner_cookie_fixed,
        raises=(http.cookies.CookieError,),
        example=_example({"identifier": "Wetterwarnung Gipfel-9QmZr2"}),
    ),
    ConsumerCase(
        name="ropeway_smtp_egress_rule",
        bug="parses credentials.host with ipaddress.ip_address, assuming the relay is an IP literal",
        buggy=smtp_egress_rule_buggy,
        fixed=smtp_egress_rule_fixed,
        raises=(ValueError,),
        example=_example(credentials={"host": "smtp.alpenglow.example", "port": "587"}),
    ),
    ConsumerCase(
        name="ropeway_plc_gateway_ini",
        bug="writes credentials into a ConfigParser with interpolation on, so a '%' in a value breaks it",
        buggy=plc_gateway_ini_buggy,
        fixed=plc_gateway_ini_fixed,
        raises=(ValueError, configparser.Error),
        example=_example(credentials={"senderName": "100% Pulverschnee"}),
    ),
    ConsumerCase(
        name="ropeway_relay_login",
        bug="splits the decoded Basic-auth pair with split(':'), assuming the password has no colon",
        buggy=relay_login_buggy,
        fixed=relay_login_fixed,
        raises=(ValueError,),
        example=_example(credentials={"user": "liftops", "password": "gl:etscher!"}),
    ),
    ConsumerCase(
        name="ropeway_smtp_profile",
        bug="hashes tlsOptions.items() as a cache key, assuming every TLS option value is a scalar",
        buggy=smtp_profile_buggy,
        fixed=smtp_profile_fixed,
        raises=(TypeError,),
        example=_example(
            credentials={"tlsOptions": {"rejectUnauthorized": True, "ca": ["-----BEGIN CERTIFICATE-----"]}}
        ),
    ),
    ConsumerCase(
        name="ropeway_like_segments",
        bug="turns a LIKE value into a regex without escaping it, assuming no regex metacharacters",
        buggy=like_segments_buggy,
        fixed=like_segments_fixed,
        raises=(re.error,),
        example=_example({"conditions": [_condition(_child("subscriber.phone", "+41%", "LIKE"))]}),
    ),
    ConsumerCase(
        name="ropeway_campaign_row",
        bug="makes condition fields namedtuple columns, assuming they are unique Python identifiers",
        buggy=campaign_row_buggy,
        fixed=campaign_row_fixed,
        raises=(ValueError, SyntaxError),
        example=_example(
            {
                "conditions": [
                    _condition(
                        _child("subscriber.data.age", "15", "LARGER"),
                        _child("subscriber.data.age", "65", "SMALLER"),
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="ropeway_status_frame",
        bug="packs _organizationId/_environmentId with bytes.fromhex, assuming 24-hex ObjectIds",
        buggy=status_frame_buggy,
        fixed=status_frame_fixed,
        raises=(ValueError,),
        example=_example({"_organizationId": "org_alpenglow"}),
    ),
    ConsumerCase(
        name="ropeway_failover_role",
        bug="maps (active, primary) to an Enum without the (False, True) member: an inactive primary",
        buggy=failover_role_buggy,
        fixed=failover_role_fixed,
        raises=(ValueError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="ropeway_guest_reached",
        bug="reduces a condition's children with no initial value, assuming children is never empty",
        buggy=guest_reached_buggy,
        fixed=guest_reached_fixed,
        raises=(TypeError,),
        example=_example({"conditions": [_condition(kind="GROUP")]}),
    ),
    ConsumerCase(
        name="ropeway_led_label",
        bug="folds non-ASCII name characters with unicodedata.name(ch), assuming every character has a name",
        buggy=led_label_buggy,
        fixed=led_label_fixed,
        raises=(ValueError,),
        example=_example({"name": "Gipfelbahn \x96 Status"}),
    ),
    ConsumerCase(
        name="ropeway_onesignal_link",
        bug="parses credentials.applicationId with uuid.UUID, assuming every push app id is a UUID",
        buggy=onesignal_link_buggy,
        fixed=onesignal_link_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "expo", "channel": "push"}, credentials={"applicationId": "alpenglow-push-prod"}
        ),
    ),
    ConsumerCase(
        name="ropeway_token_expiry",
        bug="unpacks credentials.token.split('.') into three parts, assuming every token is a JWT",
        buggy=token_expiry_buggy,
        fixed=token_expiry_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "slack", "channel": "chat"}, credentials={"token": "xoxb-2211-opaque"}
        ),
    ),
    ConsumerCase(
        name="ropeway_fcm_project",
        bug="json.loads credentials.serviceAccount and reads project_id, assuming it is the JSON document",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, TypeError, KeyError),
        example=_example(
            {"providerId": "fcm", "channel": "push"}, credentials={"serviceAccount": "/run/secrets/fcm.json"}
        ),
    ),
    ConsumerCase(
        name="ropeway_sms_gateway_headers",
        bug="sends apiKeyRequestHeader as an HTTP header name, assuming it is a legal token (no ':')",
        buggy=sms_gateway_headers_buggy,
        fixed=sms_gateway_headers_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "generic-sms", "channel": "sms"},
            credentials={"apiKeyRequestHeader": "x-api-key:", "apiKey": "k-0001"},
        ),
    ),
    ConsumerCase(
        name="ropeway_send_endpoint",
        bug="urljoin(baseUrl, 'messages'), assuming baseUrl ends with '/' (else its last segment is dropped)",
        buggy=send_endpoint_buggy,
        fixed=send_endpoint_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "mailgun"},
            credentials={"baseUrl": "https://api.eu.mailgun.net/v3", "domain": "mg.example"},
        ),
    ),
)
"""Sixteen consumer bugs of Alpenglow Ropeways' services, each with its fixed control."""
