"""Sixteen consumers of ``GET /v1/integrations`` items at a coastal heritage trust.

The trust runs a string of decommissioned lighthouses as museums and holiday lets. Its small
platform team reads Novu's integration list (one ``IntegrationResponseDto`` wire item per call)
from several services:

- **bookings**: holiday-let confirmation mails and a Mailgun-style HTTP sender, the egress
  allow-list and SMTP/TLS settings of the booking relay;
- **volunteers**: the rota app (push through OneSignal/FCM, a browser dashboard with cookies,
  a rule ledger and a rule evaluator for who gets which shift message);
- **weather station telemetry**: the gale-warning SMS forwarder that runs on the station
  computers (an INI config writer, binary telemetry frames, a RingCentral JWT watchdog and a
  generic-SMS webhook sender);
- **donations**: the SMS failover ladder for text-to-give and the metrics dashboard.

Each consumer comes as a pair: ``*_buggy`` is the code as first written, with one mistake that
the team's test payload (``HAPPY_PATH``) never showed; ``*_fixed`` is the code after the
post-mortem and never raises on a payload the contract allows (including the provider drift
that ``CONTRACT.md`` lists: 3.x items without ``credentials`` or ``channel``, ``on: "tenant"``,
operator ``IS_DEFINED``, conditions without ``isNegated``/``type``/``value``).
"""

from __future__ import annotations

import base64
import binascii
import bisect
import copy
import functools
import hashlib
import http.client
import http.cookies
import io
import ipaddress
import json
import operator
import re
import sqlite3
import ssl
import urllib.request
import uuid
from collections.abc import Mapping
from configparser import ConfigParser
from email.message import EmailMessage
from typing import Any
from urllib.parse import unwrap, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "LIGHTHOUSE_BUGS"]


# Shared helpers (both versions use them: they are not where the bugs are) ------------------


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object; 3.x items sent to API-key callers omit it."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred(payload: Payload, key: str) -> str | None:
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _scrub(text: str) -> str:
    """Lone surrogates (JSON ``\\ud800`` escapes) cannot be encoded: make them U+FFFD."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _children(payload: Payload) -> list[tuple[int, int, Mapping[str, Any]]]:
    """``(condition index, child index, child)`` for every condition child that is an object."""
    found: list[tuple[int, int, Mapping[str, Any]]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return found
    for c_index, condition in enumerate(conditions):
        children = condition.get("children") if isinstance(condition, dict) else None
        if not isinstance(children, list):
            continue
        for k_index, child in enumerate(children):
            if isinstance(child, dict):
                found.append((c_index, k_index, child))
    return found


def _text(child: Mapping[str, Any], key: str) -> str:
    value = child.get(key)
    return value if isinstance(value, str) else ""


# 1. Booking confirmation mails: the integration name as a trace header ---------------------


def _confirmation() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "bookings@lighthouse-trust.example"
    message["To"] = "guest@example.com"
    message["Subject"] = "Your stay at Longstone Light"
    message.set_content("We look forward to welcoming you.")
    return message


def mail_trace_header_buggy(payload: Payload) -> str:
    """Tag each booking mail with the sending integration's name, for bounce tracing."""
    message = _confirmation()
    message["X-Lighthouse-Integration"] = _scrub(str(payload["name"]))[:256]
    return message.as_string()


def mail_trace_header_fixed(payload: Payload) -> str:
    message = _confirmation()
    # A header is one line: every str.splitlines boundary (\n, \r, \v, \f, \x1c-\x1e, \x85,
    # U+2028, U+2029) is refused by the email package, not only "\n".
    one_line = " ".join(_scrub(str(payload["name"]))[:256].splitlines())
    message["X-Lighthouse-Integration"] = one_line
    return message.as_string()


# 2. Volunteer dashboard: a cookie per provider ----------------------------------------------


def dashboard_cookie_buggy(payload: Payload) -> str:
    """Remember which integration of each provider the rota coordinator last opened."""
    jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    jar[f"lh_last_{payload['providerId']}"] = str(payload["identifier"])
    return jar.output(header="Set-Cookie:")


def dashboard_cookie_fixed(payload: Payload) -> str:
    jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    # Cookie names are RFC 6265 tokens: encode the provider id into token characters.
    raw = str(payload["providerId"]).encode("utf-8", "surrogatepass")
    jar["lh_last_" + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")] = str(payload["identifier"])
    return jar.output(header="Set-Cookie:")


# 3. Weather station: INI config of the SMTP uplink ------------------------------------------


def _station_values(payload: Payload) -> dict[str, str]:
    return {
        "host": _cred(payload, "host") or "localhost",
        "port": _cred(payload, "port") or "25",
        "user": _cred(payload, "user") or "",
        "password": _cred(payload, "password") or "",
    }


def _ini_text(config: ConfigParser) -> str:
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


def station_ini_buggy(payload: Payload) -> str:
    """Write station.ini for the weather station's gale-warning mailer."""
    config = ConfigParser()
    config.add_section("smtp")
    for key, value in _station_values(payload).items():
        config.set("smtp", key, value)
    return _ini_text(config)


def station_ini_fixed(payload: Payload) -> str:
    # Passwords contain "%": the station reads the file raw, so write it without interpolation.
    config = ConfigParser(interpolation=None)
    config.add_section("smtp")
    for key, value in _station_values(payload).items():
        config.set("smtp", key, value)
    return _ini_text(config)


# 4. Booking relay: egress firewall rule for the SMTP host -----------------------------------


def egress_rule_buggy(payload: Payload) -> str | None:
    """A firewall rule letting the booking relay reach the integration's SMTP host."""
    host = _cred(payload, "host")
    if not host:
        return None
    address = ipaddress.ip_address(host)
    return f"allow tcp to {address} port {_cred(payload, 'port') or '25'}"


def egress_rule_fixed(payload: Payload) -> str | None:
    host = _cred(payload, "host")
    if not host:
        return None
    port = _cred(payload, "port") or "25"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:  # a DNS name, the usual case: allow it through the resolver-aware rule set
        return f"allow tcp to fqdn {host!r} port {port}"
    return f"allow tcp to {address} port {port}"


# 5. Booking relay: SSL context from Node-style tlsOptions -----------------------------------


def _tls_options(payload: Payload) -> dict[str, Any]:
    options = _creds(payload).get("tlsOptions")
    return options if isinstance(options, dict) else {}


def relay_tls_buggy(payload: Payload) -> tuple[bool, int]:
    """Build the relay's client SSL context from the integration's (Node.js) tlsOptions."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if not _tls_options(payload).get("rejectUnauthorized", True):
        context.verify_mode = ssl.CERT_NONE
        context.check_hostname = False
    return context.check_hostname, int(context.verify_mode)


def relay_tls_fixed(payload: Payload) -> tuple[bool, int]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if not _tls_options(payload).get("rejectUnauthorized", True):
        context.check_hostname = False  # must go first: CERT_NONE is refused while it is on
        context.verify_mode = ssl.CERT_NONE
    return context.check_hostname, int(context.verify_mode)


# 6. Metrics: group integrations by the slug of their identifier -----------------------------


def identifier_slug_buggy(payload: Payload) -> dict[str, str]:
    """Metric labels: the identifier is ``<slug>-<shortid>``, group by the slug."""
    slug, short_id = str(payload["identifier"]).rsplit("-", 1)
    return {"slug": slug or "(unnamed)", "short_id": short_id}


def identifier_slug_fixed(payload: Payload) -> dict[str, str]:
    identifier = str(payload["identifier"])
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:  # identifiers are user-chosen too: "sendgrid", "main"
        slug, short_id = identifier, ""
    return {"slug": slug or "(unnamed)", "short_id": short_id}


# 7. Volunteer rota: precompile LIKE rules ---------------------------------------------------


def like_rules_buggy(payload: Payload) -> list[re.Pattern[str]]:
    """Compile the LIKE / NOT_LIKE filters of the rota router once, SQL-style ``%`` wildcards."""
    patterns: list[re.Pattern[str]] = []
    for _, _, child in _children(payload):
        if child.get("operator") in ("LIKE", "NOT_LIKE"):
            patterns.append(re.compile(_text(child, "value").replace("%", ".*"), re.IGNORECASE))
    return patterns


def _like_to_regex(value: str) -> str:
    pieces = [".*" if char == "%" else "." if char == "_" else re.escape(char) for char in value]
    return re.sub(r"(?:\.\*)+", ".*", "".join(pieces))


def like_rules_fixed(payload: Payload) -> list[re.Pattern[str]]:
    patterns: list[re.Pattern[str]] = []
    for _, _, child in _children(payload):
        if child.get("operator") in ("LIKE", "NOT_LIKE"):
            patterns.append(re.compile(_like_to_regex(_text(child, "value")), re.IGNORECASE | re.DOTALL))
    return patterns


# 8. Volunteer rota: rule ledger in SQLite ---------------------------------------------------


def rule_ledger_buggy(payload: Payload) -> int:
    """Mirror every filter rule into the rota's SQLite ledger; returns the row count."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(
            "CREATE TABLE rule (integration TEXT, field TEXT, operator TEXT, value TEXT,"
            " PRIMARY KEY (integration, field))"
        )
        owner = _scrub(str(payload.get("_id", payload["identifier"])))
        for _, _, child in _children(payload):
            db.execute(
                "INSERT INTO rule VALUES (?, ?, ?, ?)",
                (
                    owner,
                    _scrub(_text(child, "field")),
                    _text(child, "operator"),
                    _scrub(_text(child, "value")),
                ),
            )
        (count,) = db.execute("SELECT COUNT(*) FROM rule").fetchone()
        return int(count)
    finally:
        db.close()


def rule_ledger_fixed(payload: Payload) -> int:
    db = sqlite3.connect(":memory:")
    try:
        # One field may carry several rules (age LARGER 18 and age SMALLER 65): key by position.
        db.execute(
            "CREATE TABLE rule (integration TEXT, condition INTEGER, child INTEGER, field TEXT,"
            " operator TEXT, value TEXT, PRIMARY KEY (integration, condition, child))"
        )
        owner = _scrub(str(payload.get("_id", payload["identifier"])))
        for c_index, k_index, child in _children(payload):
            db.execute(
                "INSERT INTO rule VALUES (?, ?, ?, ?, ?, ?)",
                (
                    owner,
                    c_index,
                    k_index,
                    _scrub(_text(child, "field")),
                    _text(child, "operator"),
                    _scrub(_text(child, "value")),
                ),
            )
        (count,) = db.execute("SELECT COUNT(*) FROM rule").fetchone()
        return int(count)
    finally:
        db.close()


# 9. Weather station: generic-SMS webhook, API key in a configurable header ------------------


def _sendable_value(value: str) -> bool:
    """What http.client can put in a header value: latin-1, one line."""
    return all(ord(char) < 256 for char in value) and "\r" not in value and "\n" not in value


def _sms_request(payload: Payload, header: str) -> str | None:
    api_key = _cred(payload, "apiKey") or ""
    if not _sendable_value(api_key):
        return None
    connection = http.client.HTTPConnection("sms-gateway.lighthouse-trust.example")
    try:
        connection.putrequest("POST", "/send")
        connection.putheader(header, api_key)  # validated and buffered; nothing is sent here
        return f"{header}: {api_key}"
    finally:
        connection.close()


def sms_webhook_buggy(payload: Payload) -> str | None:
    """Gale warnings go out through a generic SMS gateway; its key header name is configurable."""
    return _sms_request(payload, _cred(payload, "apiKeyRequestHeader") or "X-API-KEY")


_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def sms_webhook_fixed(payload: Payload) -> str | None:
    header = _cred(payload, "apiKeyRequestHeader") or "X-API-KEY"
    if not _TOKEN.fullmatch(header):  # a header name is an RFC 9110 token ("X-API-KEY:" is not)
        return None
    return _sms_request(payload, header)


# 10. Weather station: binary telemetry frame headed by the environment id -------------------

_FRAME_MAGIC = b"LHWX"


def telemetry_frame_buggy(payload: Payload) -> bytes:
    """The station's frames start with the 12-byte environment ObjectId, then the channel."""
    environment = bytes.fromhex(str(payload["_environmentId"]))
    channel = str(payload.get("channel", "none")).encode("ascii", "replace")[:8].ljust(8, b"\0")
    return _FRAME_MAGIC + environment[:12].ljust(12, b"\0") + channel


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def telemetry_frame_fixed(payload: Payload) -> bytes:
    env_id = str(payload["_environmentId"])
    if _OBJECT_ID.fullmatch(env_id):
        environment = bytes.fromhex(env_id)
    else:  # the contract only says "string": derive a stable 12-byte key instead
        environment = hashlib.sha256(env_id.encode("utf-8", "surrogatepass")).digest()[:12]
    channel = str(payload.get("channel", "none")).encode("ascii", "replace")[:8].ljust(8, b"\0")
    return _FRAME_MAGIC + environment + channel


# 11. Weather station: RingCentral JWT expiry watchdog ---------------------------------------


def _claims(raw: bytes) -> float | None:
    try:
        claims = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    expiry = claims.get("exp") if isinstance(claims, dict) else None
    if isinstance(expiry, bool) or not isinstance(expiry, int | float) or not abs(expiry) < 2**53:
        return None
    return float(expiry)


def jwt_expiry_buggy(payload: Payload) -> float | None:
    """When does the SMS token (a JWT for RingCentral) expire? Feeds the renewal reminder."""
    token = _cred(payload, "token") or ""
    if token.count(".") != 2:
        return None
    _, body, _ = token.split(".")
    return _claims(base64.urlsafe_b64decode(body))


_B64URL = re.compile(r"[A-Za-z0-9_-]*")


def jwt_expiry_fixed(payload: Payload) -> float | None:
    token = _cred(payload, "token") or ""
    if token.count(".") != 2:
        return None
    _, body, _ = token.split(".")
    # JWTs use base64url *without* padding (RFC 7515): restore it, and reject what cannot be one.
    if not _B64URL.fullmatch(body) or len(body) % 4 == 1:
        return None
    return _claims(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


# 12. Donations: the text-to-give SMS failover ladder ----------------------------------------

_LADDER: list[tuple[float, str]] = [(0, "donations-log-only"), (5, "twilio-main"), (9, "sns-backup")]


def failover_ladder_buggy(payload: Payload) -> list[str]:
    """Slot the integration into the failover ladder by the server's ``priority`` (extra key)."""
    ladder = list(_LADDER)
    bisect.insort(ladder, (payload.get("priority", 0), str(payload["identifier"])))
    return [name for _, name in ladder]


def failover_ladder_fixed(payload: Payload) -> list[str]:
    ladder = list(_LADDER)
    priority = payload.get("priority", 0)
    # An undeclared key: the contract says nothing of its type, so only numbers are ranked.
    rank = priority if isinstance(priority, int | float) and not isinstance(priority, bool) else 0
    bisect.insort(ladder, (rank, str(payload["identifier"])))
    return [name for _, name in ladder]


# 13. Volunteer rota: evaluate the conditions for one volunteer ------------------------------

_VOLUNTEER = {"subscriber.data.role": "keeper", "subscriber.data.site": "Longstone", "payload.shift": "night"}


def _child_holds(child: Mapping[str, Any]) -> bool:
    actual = _VOLUNTEER.get(
        f"{child.get('on')}.{_text(child, 'field')}", _VOLUNTEER.get(_text(child, "field"))
    )
    expected = _text(child, "value")
    match child.get("operator"):
        case "EQUAL":
            return actual == expected
        case "NOT_EQUAL":
            return actual != expected
        case "IN" | "ANY_IN":
            return actual in expected.split(",")
        case "NOT_IN":
            return actual not in expected.split(",")
        case _:
            return False


def _condition_children(condition: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    children = condition.get("children")
    return [child for child in children if isinstance(child, dict)] if isinstance(children, list) else []


def rota_conditions_buggy(payload: Payload) -> bool:
    """Does the keeper on tonight's rota pass this integration's conditions?"""
    conditions = payload.get("conditions")
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        combine = operator.or_ if condition.get("value") == "OR" else operator.and_
        held = functools.reduce(combine, [_child_holds(child) for child in _condition_children(condition)])
        if held == bool(condition.get("isNegated")):
            return False
    return True


def rota_conditions_fixed(payload: Payload) -> bool:
    conditions = payload.get("conditions")
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        is_or = condition.get("value") == "OR"
        combine = operator.or_ if is_or else operator.and_
        # children may be empty: an empty AND holds, an empty OR does not.
        results = [_child_holds(child) for child in _condition_children(condition)]
        held = functools.reduce(combine, results, not is_or)
        if held == bool(condition.get("isNegated")):
            return False
    return True


# 14. Volunteer app: FCM project from the service account ------------------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project of the volunteer app, from the FCM service account."""
    service_account = _cred(payload, "serviceAccount")
    if service_account is None:
        return _cred(payload, "projectName")
    return str(json.loads(service_account)["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    service_account = _cred(payload, "serviceAccount")
    if service_account is None:
        return _cred(payload, "projectName")
    # Often a Google service-account JSON document, but it is only typed as a string.
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        document = None
    project = document.get("project_id") if isinstance(document, dict) else None
    return project if isinstance(project, str) else _cred(payload, "projectName")


# 15. Bookings: Mailgun-style HTTP sender honouring baseUrl ----------------------------------

_MESSAGES_PATH = "/v3/bookings.lighthouse-trust.example/messages"


def booking_sender_buggy(payload: Payload) -> tuple[str, str]:
    """The request the booking mailer sends; EU accounts set ``baseUrl``."""
    base = _cred(payload, "baseUrl") or "https://api.mailgun.net"
    request = urllib.request.Request(base.rstrip("/") + _MESSAGES_PATH, method="POST")
    return request.type, request.host


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def booking_sender_fixed(payload: Payload) -> tuple[str, str] | None:
    base = unwrap(_cred(payload, "baseUrl") or "https://api.mailgun.net")
    if not _SCHEME.match(base):  # "api.eu.mailgun.net", as the provider's docs write it
        base = "https://" + base
    url = base.rstrip("/") + _MESSAGES_PATH
    try:
        urlsplit(url)  # what Request itself runs: unbalanced "[" or an NFKC-unsafe host is refused
    except ValueError:
        return None
    request = urllib.request.Request(url, method="POST")
    return request.type, request.host


# 16. Volunteer app: push app registry keyed by application id -------------------------------


def push_app_key_buggy(payload: Payload) -> str | None:
    """Registry key of the push app: OneSignal application ids are UUIDs."""
    application_id = _cred(payload, "applicationId")
    if application_id is None:
        return None
    return f"{payload['providerId']}:{uuid.UUID(application_id).hex}"


def push_app_key_fixed(payload: Payload) -> str | None:
    application_id = _cred(payload, "applicationId")
    if application_id is None:
        return None
    try:  # OneSignal and Pusher use UUIDs; APNs a bundle id, Slack an app id like "A0123ABC"
        key = uuid.UUID(application_id).hex
    except ValueError:
        key = hashlib.sha256(application_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{payload['providerId']}:{key}"


# The cases ----------------------------------------------------------------------------------


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


def _child(field: str, value: str, operator_: str) -> dict[str, str]:
    return {"field": field, "value": value, "operator": operator_, "on": "subscriber"}


LIGHTHOUSE_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="lighthouse_mail_trace_header",
        bug="puts name in a mail header as is: any line break (\\n, \\r, \\v, \\x85, U+2028...) is refused",
        buggy=mail_trace_header_buggy,
        fixed=mail_trace_header_fixed,
        raises=(ValueError,),
        example=_example({"name": "Longstone bookings\u2028(summer lets)"}),
    ),
    ConsumerCase(
        name="lighthouse_dashboard_cookie",
        bug="builds a cookie name from providerId, assuming it holds only cookie-token characters",
        buggy=dashboard_cookie_buggy,
        fixed=dashboard_cookie_fixed,
        raises=(http.cookies.CookieError,),
        example=_example({"providerId": "mailgun eu"}),
    ),
    ConsumerCase(
        name="lighthouse_station_ini",
        bug="writes SMTP credentials with ConfigParser's default interpolation: a lone '%' is refused",
        buggy=station_ini_buggy,
        fixed=station_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Station mailer"},
            credentials={
                "host": "smtp.example.org",
                "port": "587",
                "user": "keeper",
                "password": "gale%force9",
            },
        ),
    ),
    ConsumerCase(
        name="lighthouse_egress_rule",
        bug="parses credentials.host with ipaddress.ip_address, assuming an IP literal, not a DNS name",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer"},
            credentials={"host": "smtp.lighthouse-trust.example", "port": "465", "secure": True},
        ),
    ),
    ConsumerCase(
        name="lighthouse_relay_tls",
        bug="tlsOptions.rejectUnauthorized false sets CERT_NONE before turning check_hostname off",
        buggy=relay_tls_buggy,
        fixed=relay_tls_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer"},
            credentials={"host": "10.0.4.2", "port": "25", "tlsOptions": {"rejectUnauthorized": False}},
        ),
    ),
    ConsumerCase(
        name="lighthouse_identifier_slug",
        bug="unpacks identifier.rsplit('-', 1) into two, assuming every identifier has a dash",
        buggy=identifier_slug_buggy,
        fixed=identifier_slug_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "bookings"}),
    ),
    ConsumerCase(
        name="lighthouse_like_rules",
        bug="compiles a LIKE value as a regex after only replacing '%': regex metacharacters break it",
        buggy=like_rules_buggy,
        fixed=like_rules_fixed,
        raises=(re.error, RecursionError),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [_child("data.role", "(relief keeper%", "LIKE")],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="lighthouse_rule_ledger",
        bug="keys the SQLite rule ledger by (integration, field): two rules on one field collide",
        buggy=rule_ledger_buggy,
        fixed=rule_ledger_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            _child("data.age", "18", "LARGER_EQUAL"),
                            _child("data.age", "75", "SMALLER"),
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="lighthouse_sms_webhook_header",
        bug="sends the API key under credentials.apiKeyRequestHeader, assuming it is a valid header name",
        buggy=sms_webhook_buggy,
        fixed=sms_webhook_fixed,
        raises=(ValueError, UnicodeEncodeError),
        example=_example(
            {"providerId": "generic-sms", "channel": "sms", "primary": False},
            credentials={
                "baseUrl": "https://sms-gateway.example.net",
                "apiKey": "gw-0001",
                "apiKeyRequestHeader": "X-API-KEY:",
                "from": "LIGHTHOUSE",
            },
        ),
    ),
    ConsumerCase(
        name="lighthouse_telemetry_frame",
        bug="bytes.fromhex on _environmentId, assuming it is always a hex ObjectId",
        buggy=telemetry_frame_buggy,
        fixed=telemetry_frame_fixed,
        raises=(ValueError,),
        example=_example({"_environmentId": "env-production"}),
    ),
    ConsumerCase(
        name="lighthouse_jwt_expiry",
        bug="base64url-decodes the JWT body of credentials.token without restoring the stripped padding",
        buggy=jwt_expiry_buggy,
        fixed=jwt_expiry_fixed,
        raises=(binascii.Error, ValueError),
        example=_example(
            {"providerId": "ring-central", "channel": "sms"},
            credentials={
                "clientId": "rc-client",
                "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                ".eyJleHAiOjE3NjcyMjU2MDAsInN1YiI6ImtlZXBlci1yb3RhIn0.c2lnbmF0dXJl",
            },
        ),
    ),
    ConsumerCase(
        name="lighthouse_failover_ladder",
        bug="bisects the undeclared extra key priority into an int ladder, assuming it is a number",
        buggy=failover_ladder_buggy,
        fixed=failover_ladder_fixed,
        raises=(TypeError,),
        example=_example({"priority": None}),
    ),
    ConsumerCase(
        name="lighthouse_rota_conditions",
        bug="functools.reduce over a condition's children without an initial value: children may be []",
        buggy=rota_conditions_buggy,
        fixed=rota_conditions_fixed,
        raises=(TypeError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="lighthouse_fcm_project",
        bug="json.loads(credentials.serviceAccount)['project_id'], assuming a service-account JSON object",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError, RecursionError),
        example=_example(
            {"providerId": "fcm", "channel": "push", "primary": False},
            credentials={"serviceAccount": "/etc/lighthouse/fcm-volunteers.json"},
        ),
    ),
    ConsumerCase(
        name="lighthouse_booking_sender",
        bug="builds a urllib Request from credentials.baseUrl, assuming a well-formed URL with a scheme",
        buggy=booking_sender_buggy,
        fixed=booking_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "mailgun"},
            credentials={"apiKey": "key-0001", "baseUrl": "api.eu.mailgun.net", "domain": "example.org"},
        ),
    ),
    ConsumerCase(
        name="lighthouse_push_app_key",
        bug="uuid.UUID(credentials.applicationId), assuming every push app id is a UUID (APNs, Slack: no)",
        buggy=push_app_key_buggy,
        fixed=push_app_key_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "apns", "channel": "push", "primary": False},
            credentials={"applicationId": "uk.org.lighthousetrust.rota", "apiKey": "ABC123DEFG"},
        ),
    ),
)
