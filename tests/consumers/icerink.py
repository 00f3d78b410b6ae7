"""Consumers of ``GET /v1/integrations`` at Frostline Arena, a city ice rink and curling centre.

Frostline Arena is a council-owned rink: public skating sessions and hockey/figure-skating ice
bookings on the main pad, a four-sheet curling hall with league nights, a maintenance crew that
looks after two Zamboni ice resurfacers, and a skate rental and sharpening desk. Its small IT team
sends every notification through Novu (booking confirmations by e-mail, league reminders by SMS,
the members' app by push, the ops crew by chat) and several of its services read the items of
``GET /v1/integrations`` (``IntegrationResponseDto``, one payload per call here):

- the league-reminder SMS service (in-house gateway requests, Telnyx profile rows);
- the Zamboni telemetry gateway's config writer and the edge-router egress rules;
- the members' app push dashboard and the league-results webhook poster;
- the session-booking service (integration cache, condition gate, mailer endpoint, TLS contexts);
- the lobby LED scoreboard, the rental desk's receipt printer and the admin dashboard;
- the deliverability check and the league secretary's segment and roster previews.

Each ``*_buggy`` function is the code as the team first wrote it: it works on ``HAPPY_PATH`` and
on what the team tested with, but has one mistake that a contract-valid payload triggers. Each
``*_fixed`` function is the same code after the post-mortem and never raises on a valid payload
(including the provider drift ``CONTRACT.md`` lists, e.g. 3.x items without ``credentials``).
"""

from __future__ import annotations

import base64
import configparser
import copy
import functools
import http.client
import http.cookies
import io
import ipaddress
import json
import operator
import re
import sqlite3
import ssl
import textwrap
import unicodedata
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "ICERINK_BUGS"]


# Shared, tolerant accessors (both versions use them: the bugs are elsewhere) ----------------


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object; ``{}`` for 3.x items sent without one."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """A string value, or ``None`` when the key is absent (or not a string)."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _field(payload: Payload, key: str) -> str:
    """A required top-level string field."""
    return _text(payload, key) or ""


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _resolve(context: Mapping[str, Any], on: str, field: str) -> str | None:
    """The value a condition's ``field`` names in an evaluation context (``subscriber.plan``, ``plan``)."""
    node: Any = context.get(on)
    segments = field.split(".")
    if segments[0] == on:
        segments = segments[1:]
    for segment in segments:
        if not isinstance(node, dict):
            return None
        node = node.get(segment)
    return _as_text(node)


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return repr(value)
    return None


def _like_matches(pattern: str, text: str) -> bool:
    """SQL ``LIKE`` (``%`` any run, ``_`` one character), case-insensitive, in linear-ish time."""
    pat, txt = pattern.casefold(), text.casefold()
    p = t = 0
    star, mark = -1, 0
    while t < len(txt):
        if p < len(pat) and pat[p] == "%":
            star, mark = p, t
            p += 1
        elif p < len(pat) and (pat[p] == "_" or pat[p] == txt[t]):
            p += 1
            t += 1
        elif star != -1:
            p, mark = star + 1, mark + 1
            t = mark
        else:
            return False
    while p < len(pat) and pat[p] == "%":
        p += 1
    return p == len(pat)


Matcher = Callable[[str], bool]


def _matcher(operator_name: str, expected: str) -> Matcher | None:
    """How one ``FieldFilterPartDto`` tests a resolved value; ``None`` for server-only operators."""
    items = [item.strip() for item in expected.split(",")]
    if operator_name == "EQUAL":
        return lambda actual: actual == expected
    if operator_name == "NOT_EQUAL":
        return lambda actual: actual != expected
    if operator_name in ("IN", "ANY_IN", "ALL_IN"):
        return lambda actual: actual in items
    if operator_name == "NOT_IN":
        return lambda actual: actual not in items
    if operator_name == "LIKE":
        return lambda actual: _like_matches(expected, actual)
    if operator_name == "NOT_LIKE":
        return lambda actual: not _like_matches(expected, actual)
    return None


def _child_matches(child: Mapping[str, Any], context: Mapping[str, Any]) -> bool:
    operator_name = _text(child, "operator") or ""
    actual = _resolve(context, _text(child, "on") or "", _text(child, "field") or "")
    if operator_name == "IS_DEFINED":  # known provider drift
        return actual is not None
    matcher = _matcher(operator_name, _text(child, "value") or "")
    if matcher is None:
        return False
    if actual is None:
        return operator_name in ("NOT_EQUAL", "NOT_IN", "NOT_LIKE")
    return matcher(actual)


_SAMPLE_MEMBERS: tuple[dict[str, Any], ...] = (
    {
        "subscriber": {"plan": "pro", "league": "Tuesday Mixed", "firstName": "Morag"},
        "payload": {"sheet": "B", "session": "league-night"},
    },
    {
        "subscriber": {"plan": "family", "league": "Junior (U15)", "firstName": "Ilkka"},
        "payload": {"sheet": "D", "session": "learn-to-curl"},
    },
    {
        "subscriber": {"plan": "basic", "league": "Thursday Open", "firstName": "Zoë"},
        "payload": {"sheet": "A", "session": "public-skate"},
    },
)
"""Three sample members the league secretary's previews are evaluated against."""

_BOOKING_CONTEXT: dict[str, Any] = {
    "subscriber": {"plan": "pro", "league": "Tuesday Mixed", "locale": "en-GB"},
    "payload": {"session": "public-skate", "pad": "main", "rental": "yes"},
}


# 1. Header names for the in-house SMS gateway (apiKeyRequestHeader) ----------------------

_GATEWAY_HOST = "sms-gateway.frostline.internal"
_HEADER_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_ILLEGAL_HEADER_VALUE = re.compile(r"\n(?![ \t])|\r(?![ \t\n])")

GatewayRequest = tuple[http.client.HTTPConnection, tuple[str, ...]]


def _header_value(value: object) -> str | None:
    """A credential usable as an HTTP header value, else ``None`` (both versions skip those)."""
    if not isinstance(value, str) or _ILLEGAL_HEADER_VALUE.search(value):
        return None
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        return None
    return value


def _gateway_auth(credentials: Mapping[str, Any]) -> list[tuple[object, str | None]]:
    return [
        (credentials.get("apiKeyRequestHeader") or "X-Api-Key", _header_value(credentials.get("apiKey"))),
        (
            credentials.get("secretKeyRequestHeader") or "X-Secret-Key",
            _header_value(credentials.get("secretKey")),
        ),
    ]


def gateway_request_buggy(payload: Payload) -> GatewayRequest:
    """Prepare (not send) the league-reminder POST to the gateway; the caller sends the body."""
    connection = http.client.HTTPConnection(_GATEWAY_HOST, timeout=10)
    connection.putrequest("POST", "/v1/messages")
    connection.putheader("Content-Type", "application/json")
    skipped: list[str] = []
    for name, value in _gateway_auth(_credentials(payload)):
        if value is None:
            skipped.append(str(name))
            continue
        connection.putheader(str(name), value)
    return connection, tuple(skipped)


def gateway_request_fixed(payload: Payload) -> GatewayRequest:
    connection = http.client.HTTPConnection(_GATEWAY_HOST, timeout=10)
    connection.putrequest("POST", "/v1/messages")
    connection.putheader("Content-Type", "application/json")
    skipped: list[str] = []
    for name, value in _gateway_auth(_credentials(payload)):
        # The header name is configuration text: it must be an RFC 9110 token to be sent at all.
        if value is None or not isinstance(name, str) or not _HEADER_TOKEN.fullmatch(name):
            skipped.append(repr(name))
            continue
        connection.putheader(name, value)
    return connection, tuple(skipped)


# 2. The Zamboni telemetry gateway's gateway.ini (password and the other SMTP values) --------

_SMTP_KEYS = ("host", "port", "user", "password", "from")


def _smtp_section(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    section = {key: _text(credentials, key) or "" for key in _SMTP_KEYS}
    section["secure"] = "yes" if credentials.get("secure") is True else "no"
    return section


def zamboni_gateway_ini_buggy(payload: Payload) -> str:
    """The ``[smtp]`` section of the resurfacer gateway's INI file (it e-mails maintenance alerts)."""
    config = configparser.ConfigParser()
    config["smtp"] = _smtp_section(payload)
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


def zamboni_gateway_ini_fixed(payload: Payload) -> str:
    # The gateway reads the file with interpolation off: credential values are literal text.
    config = configparser.ConfigParser(interpolation=None)
    config["smtp"] = _smtp_section(payload)
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


# 3. Egress rule for the SMTP/SMPP host on the edge router (host) -------------------------


def egress_rule_buggy(payload: Payload) -> str | None:
    """The nftables rule that lets the rink's ops VLAN reach the integration's mail/SMS host."""
    host = _text(_credentials(payload), "host")
    if not host:
        return None
    address = ipaddress.ip_address(host)
    family = "ip" if address.version == 4 else "ip6"
    return f"add rule inet egress ops {family} daddr {address} accept"


def egress_rule_fixed(payload: Payload) -> str | None:
    host = _text(_credentials(payload), "host")
    if not host:
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        # A DNS name: the router's DNS-set updater resolves members of @mail_hosts.
        return f"add element inet egress mail_hosts {{ {json.dumps(host)} }}"
    family = "ip" if address.version == 4 else "ip6"
    return f"add rule inet egress ops {family} daddr {address} accept"


# 4. Telnyx messaging profile row (messageProfileId) ---------------------------------------

ProfileRow = tuple[str, bytes | None, str | None]


def sms_profile_row_buggy(payload: Payload) -> ProfileRow:
    """The ``sms_profiles`` row the reminder sender upserts (profile stored in a 16-byte column)."""
    identifier = _field(payload, "identifier")
    profile = _text(_credentials(payload), "messageProfileId")
    if profile is None:
        return identifier, None, None
    return identifier, uuid.UUID(profile).bytes, None


def sms_profile_row_fixed(payload: Payload) -> ProfileRow:
    identifier = _field(payload, "identifier")
    profile = _text(_credentials(payload), "messageProfileId")
    if profile is None:
        return identifier, None, None
    try:
        return identifier, uuid.UUID(profile).bytes, None
    except ValueError:
        return identifier, None, profile  # not a UUID: kept verbatim in profile_text


# 5. Firebase project of the members' app (serviceAccount) --------------------------------


def _project_of(info: object) -> str | None:
    if not isinstance(info, dict):
        return None
    project = info.get("project_id")
    return project if isinstance(project, str) else None


def push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project behind the push integration, for the ops dashboard's app tile."""
    account = _text(_credentials(payload), "serviceAccount")
    if account is None:
        return None
    return _project_of(json.loads(account))


def push_project_fixed(payload: Payload) -> str | None:
    account = _text(_credentials(payload), "serviceAccount")
    if account is None:
        return None
    if account.startswith("nvsk."):
        return "(encrypted)"  # write replies carry the stored, encrypted form
    try:
        # strict=False: keys pasted from the console keep raw newlines inside private_key.
        return _project_of(json.loads(account, strict=False))
    except (ValueError, RecursionError):
        return None


# 6. Segment sizes for LIKE conditions (children[].value) ----------------------------------


def _naive_like(pattern: str) -> Matcher:
    regex = re.compile(pattern.replace("%", ".*").replace("_", "."), re.IGNORECASE | re.DOTALL)
    return lambda actual: regex.fullmatch(actual) is not None


def _segment_sizes(payload: Payload, like: Callable[[str], Matcher]) -> list[int]:
    sizes: list[int] = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator_name = _text(child, "operator") or ""
            expected = _text(child, "value") or ""
            # Compile once per child, then test every member.
            if operator_name in ("LIKE", "NOT_LIKE"):
                matches = like(expected)
                matcher: Matcher | None = (
                    matches if operator_name == "LIKE" else (lambda a, m=matches: not m(a))
                )
            else:
                matcher = _matcher(operator_name, expected)
            if matcher is None:
                continue
            on, field = _text(child, "on") or "", _text(child, "field") or ""
            values = [_resolve(member, on, field) for member in _SAMPLE_MEMBERS]
            sizes.append(sum(1 for value in values if value is not None and matcher(value)))
    return sizes


def segment_sizes_buggy(payload: Payload) -> list[int]:
    """How many sample members each condition part reaches (the league secretary's preview)."""
    return _segment_sizes(payload, _naive_like)


def segment_sizes_fixed(payload: Payload) -> list[int]:
    return _segment_sizes(payload, lambda pattern: functools.partial(_like_matches, pattern))


# 7. The booking service's condition gate (empty children) --------------------------------


def booking_gate_buggy(payload: Payload) -> bool:
    """Whether the integration's conditions let it notify for a public-skate booking."""
    for condition in _conditions(payload):
        results = [_child_matches(child, _BOOKING_CONTEXT) for child in _children(condition)]
        combine = operator.or_ if condition.get("value") == "OR" else operator.and_
        outcome = functools.reduce(combine, results)
        if condition.get("isNegated") is True:
            outcome = not outcome
        if not outcome:
            return False
    return True


def booking_gate_fixed(payload: Payload) -> bool:
    for condition in _conditions(payload):
        results = [_child_matches(child, _BOOKING_CONTEXT) for child in _children(condition)]
        outcome = any(results) if condition.get("value") == "OR" else all(results)
        if condition.get("isNegated") is True:
            outcome = not outcome
        if not outcome:
            return False
    return True


# 8. The session-booking cache key and its invalidation sweep (ids, identifier) -------------

Owner = tuple[str, str, str]


def _owner_parts(payload: Payload) -> Owner:
    return (
        _field(payload, "_organizationId"),
        _field(payload, "_environmentId"),
        _field(payload, "identifier"),
    )


def _owner_of_key(key: str) -> Owner:
    """What the nightly invalidation sweep reads back from a cache key."""
    _, organization, environment, identifier = key.split(":")
    return organization, environment, identifier


def cache_entry_buggy(payload: Payload) -> tuple[str, Owner]:
    """The Redis key the booking service caches the integration under, and its owner."""
    key = ":".join(("integration", *_owner_parts(payload)))
    return key, _owner_of_key(key)


def _key_part(text: str) -> str:
    return urllib.parse.quote(text, safe="", errors="surrogatepass")


def cache_entry_fixed(payload: Payload) -> tuple[str, Owner]:
    key = ":".join(("integration", *(_key_part(part) for part in _owner_parts(payload))))
    organization, environment, identifier = (
        urllib.parse.unquote(part, errors="surrogatepass") for part in _owner_of_key(key)
    )
    return key, (organization, environment, identifier)


# 9. The lobby LED scoreboard tag (name) ---------------------------------------------------


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", " ", folded).split()


def scoreboard_tag_buggy(payload: Payload) -> str:
    """The 8-character tag the ASCII-only lobby LED board shows for who sends the alerts."""
    return max(_ascii_words(_field(payload, "name")), key=len)[:8].upper()


def scoreboard_tag_fixed(payload: Payload) -> str:
    for source in (_field(payload, "name"), _field(payload, "providerId")):
        word = max(_ascii_words(source), key=len, default="")
        if word:
            return word[:8].upper()
    return "NOTIFY"


# 10. The skate-rental receipt footer (senderName) -----------------------------------------

_RECEIPT_COLUMNS = 32
_FOOTER = "Return and sharpening reminders are sent by text and e-mail."


def receipt_footer_buggy(payload: Payload) -> list[str]:
    """The footer of the 32-column rental receipt: who the reminders come from."""
    sender = _text(_credentials(payload), "senderName") or _field(payload, "name")
    label = f"{sender}: "
    lines = textwrap.wrap(_FOOTER, width=_RECEIPT_COLUMNS - len(label))
    return [label + lines[0], *(" " * len(label) + line for line in lines[1:])]


def receipt_footer_fixed(payload: Payload) -> list[str]:
    sender = _text(_credentials(payload), "senderName") or _field(payload, "name")
    label = f"{sender}: "
    if len(label) > _RECEIPT_COLUMNS // 2:
        # A long sender gets its own lines; the text then uses the full width.
        return [
            *textwrap.wrap(label, width=_RECEIPT_COLUMNS),
            *textwrap.wrap(_FOOTER, width=_RECEIPT_COLUMNS),
        ]
    lines = textwrap.wrap(_FOOTER, width=_RECEIPT_COLUMNS - len(label))
    return [label + lines[0], *(" " * len(label) + line for line in lines[1:])]


# 11. The admin dashboard's panel cookie (identifier) --------------------------------------


def _panel_cookie(key: str, payload: Payload) -> str:
    cookie: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    cookie[key] = "open" if payload.get("active") is True else "collapsed"
    cookie[key]["path"] = "/admin/integrations"
    cookie[key]["samesite"] = "Strict"
    return cookie.output(header="Set-Cookie:")


def panel_cookie_buggy(payload: Payload) -> str:
    """The Set-Cookie header remembering whether the integration's admin panel is collapsed."""
    return _panel_cookie("panel-" + _field(payload, "identifier"), payload)


def panel_cookie_fixed(payload: Payload) -> str:
    raw = _field(payload, "identifier").encode("utf-8", "surrogatepass")
    return _panel_cookie("panel-" + base64.urlsafe_b64encode(raw).decode("ascii").rstrip("="), payload)


# 12. League results to the chat/push webhook (webhookUrl) ---------------------------------


def _results_body(payload: Payload) -> bytes:
    message = {
        "text": "Tuesday Mixed, sheet B: Campbell 7 - Virtanen 5",
        "source": _field(payload, "identifier"),
    }
    return json.dumps(message).encode("ascii")


def results_post_buggy(payload: Payload) -> urllib.request.Request | None:
    """The POST that announces league results to the integration's webhook."""
    url = _text(_credentials(payload), "webhookUrl")
    if url is None:
        return None
    headers = {"Content-Type": "application/json"}
    return urllib.request.Request(url, data=_results_body(payload), headers=headers, method="POST")


def results_post_fixed(payload: Payload) -> urllib.request.Request | None:
    url = _text(_credentials(payload), "webhookUrl")
    if url is None:
        return None
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None  # e.g. pasted without its scheme: reported on the dashboard instead
    headers = {"Content-Type": "application/json"}
    target = urllib.parse.urlunsplit(parts)
    return urllib.request.Request(target, data=_results_body(payload), headers=headers, method="POST")


# 13. Cached TLS contexts for the booking mailer (tlsOptions) ------------------------------

_NODE_TLS_VERSIONS = {"TLSv1.2": ssl.TLSVersion.TLSv1_2, "TLSv1.3": ssl.TLSVersion.TLSv1_3}
TlsKey = tuple[tuple[str, Hashable], ...]


@functools.lru_cache(maxsize=64)
def _tls_context(options: TlsKey) -> ssl.SSLContext:
    settings = dict(options)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if settings.get("rejectUnauthorized") is False:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    minimum = settings.get("minVersion")
    if isinstance(minimum, str) and minimum in _NODE_TLS_VERSIONS:
        context.minimum_version = _NODE_TLS_VERSIONS[minimum]
    return context


def _tls_options(payload: Payload) -> dict[str, Any]:
    options = _credentials(payload).get("tlsOptions")
    return options if isinstance(options, dict) else {}


def tls_context_buggy(payload: Payload) -> ssl.SSLContext:
    """The (cached) TLS context the booking mailer uses for a nodemailer-style SMTP integration."""
    options = _tls_options(payload)
    return _tls_context(tuple(sorted(options.items(), key=lambda item: str(item[0]))))


def _freeze(value: Any) -> Hashable:
    if isinstance(value, dict):
        return ("{}", tuple(sorted(((str(k), _freeze(v)) for k, v in value.items()), key=lambda kv: kv[0])))
    if isinstance(value, list):
        return ("[]", tuple(_freeze(item) for item in value))
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return repr(value)


def tls_context_fixed(payload: Payload) -> ssl.SSLContext:
    options = _tls_options(payload)
    try:
        key: TlsKey = tuple(sorted(((str(k), _freeze(v)) for k, v in options.items()), key=lambda kv: kv[0]))
    except RecursionError:
        key = ()
    return _tls_context(key)


# 14. The booking-confirmation mailer's endpoint (baseUrl) ---------------------------------

_MAILGUN_DEFAULT = "https://api.mailgun.net/v3/"


def send_endpoint_buggy(payload: Payload) -> str | None:
    """The endpoint the confirmation mailer posts to: ``messages`` under the configured API base."""
    base = _text(_credentials(payload), "baseUrl") or _MAILGUN_DEFAULT
    endpoint = urllib.parse.urljoin(base, "messages")
    if not endpoint.startswith(base):  # SSRF guard: never post outside the configured API
        raise ValueError(f"endpoint {endpoint!r} escapes the base URL {base!r}")
    return endpoint


def send_endpoint_fixed(payload: Payload) -> str | None:
    base = _text(_credentials(payload), "baseUrl") or _MAILGUN_DEFAULT
    try:
        parts = urllib.parse.urlsplit(base)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        return None
    # Append a path segment; urljoin would replace the last one ("/v3" + "messages" -> "/messages").
    return urllib.parse.urlunsplit(parts._replace(path=parts.path.rstrip("/") + "/messages"))


# 15. DMARC name for the deliverability check (domain) -------------------------------------


def dmarc_name_buggy(payload: Payload) -> str | None:
    """The DNS name the deliverability check queries for the sending domain's DMARC policy."""
    domain = _text(_credentials(payload), "domain")
    if not domain:
        return None
    return "_dmarc." + domain.encode("idna").decode("ascii")


def dmarc_name_fixed(payload: Payload) -> str | None:
    domain = (_text(_credentials(payload), "domain") or "").strip().strip(".")  # ".mg.example." too
    if not domain:
        return None
    try:
        ascii_name = domain.encode("idna").decode("ascii")
    except UnicodeError:
        return None  # not a DNS name (empty or over-long label, prohibited characters, bidi)
    return "_dmarc." + ascii_name if len(ascii_name) <= 246 else None


# 16. The league roster preview in SQLite (children[].field) -------------------------------

_ROSTER = sqlite3.connect(":memory:", check_same_thread=False)
_ROSTER.execute("CREATE TABLE members (name TEXT NOT NULL, profile TEXT NOT NULL)")
_ROSTER.executemany(
    "INSERT INTO members VALUES (?, ?)",
    [
        (
            "Morag Campbell",
            json.dumps({"plan": "pro", "league": "Tuesday Mixed", "data": {"position": "skip"}}),
        ),
        (
            "Ilkka Virtanen",
            json.dumps({"plan": "family", "league": "Junior (U15)", "data": {"position": "lead"}}),
        ),
        (
            "Zoë Okafor",
            json.dumps({"plan": "basic", "league": "Thursday Open", "data": {"position": "vice"}}),
        ),
    ],
)
_ROSTER.commit()


def roster_preview_buggy(payload: Payload) -> list[str]:
    """Which league members the integration's subscriber conditions reach (from the roster DB)."""
    reached: list[str] = []
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("on") != "subscriber":
                continue
            matcher = _matcher(_text(child, "operator") or "", _text(child, "value") or "")
            if matcher is None:
                continue
            path = "$." + (_text(child, "field") or "").removeprefix("subscriber.")
            rows = _ROSTER.execute("SELECT name, json_extract(profile, ?) FROM members", (path,))
            reached.extend(
                name for name, value in rows if (text := _as_text(value)) is not None and matcher(text)
            )
    return reached


def roster_preview_fixed(payload: Payload) -> list[str]:
    reached: list[str] = []
    members = [
        (name, {"subscriber": json.loads(profile)})
        for name, profile in _ROSTER.execute("SELECT * FROM members")
    ]
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("on") != "subscriber":
                continue
            matcher = _matcher(_text(child, "operator") or "", _text(child, "value") or "")
            if matcher is None:
                continue
            # The field is walked in Python: user text never becomes SQLite JSON-path syntax.
            field = _text(child, "field") or ""
            for name, context in members:
                text = _resolve(context, "subscriber", field)
                if text is not None and matcher(text):
                    reached.append(name)
    return reached


# The cases --------------------------------------------------------------------------------


def _variant(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced and, if given, a new credentials object."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


def _condition(children: list[dict[str, Any]], value: str = "AND") -> list[dict[str, Any]]:
    return [{"isNegated": False, "type": "STATEMENT", "value": value, "children": children}]


_SMTP = {"name": "Rink SMTP relay", "identifier": "rink-smtp-relay-Qe81", "providerId": "nodemailer"}

ICERINK_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="icerink_gateway_header_name",
        bug="the configured apiKeyRequestHeader is always a legal HTTP header name",
        buggy=gateway_request_buggy,
        fixed=gateway_request_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Rink SMS gateway",
                "identifier": "generic-sms-7Hq2",
                "providerId": "generic-sms",
                "channel": "sms",
            },
            credentials={
                "baseUrl": "https://sms-gateway.frostline.internal/v1",
                "apiKeyRequestHeader": "X-Api-Key:",
                "apiKey": "gw-key-0042",
                "idPath": "data.id",
                "from": "+447700900123",
            },
        ),
    ),
    ConsumerCase(
        name="icerink_gateway_ini_percent",
        bug="SMTP credential values contain no '%' (ConfigParser's default interpolation parses them)",
        buggy=zamboni_gateway_ini_buggy,
        fixed=zamboni_gateway_ini_fixed,
        raises=(ValueError,),
        example=_variant(
            _SMTP,
            credentials={
                "host": "smtp.frostline.example",
                "port": "587",
                "user": "zamboni-alerts",
                "password": "Ice%2024resurface",
                "from": "zamboni@frostline.example",
                "senderName": "Zamboni crew",
            },
        ),
    ),
    ConsumerCase(
        name="icerink_egress_host_is_ip",
        bug="credentials.host is always an IP literal, never a DNS name",
        buggy=egress_rule_buggy,
        fixed=egress_rule_fixed,
        raises=(ValueError,),
        example=_variant(
            _SMTP,
            credentials={"host": "smtp.frostline.example", "port": "587", "from": "ops@frostline.example"},
        ),
    ),
    ConsumerCase(
        name="icerink_telnyx_profile_uuid",
        bug="messageProfileId is always a UUID",
        buggy=sms_profile_row_buggy,
        fixed=sms_profile_row_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Telnyx", "identifier": "telnyx-Lk29sP", "providerId": "telnyx", "channel": "sms"},
            credentials={
                "apiKey": "KEY0123",
                "messageProfileId": "league-reminders",
                "from": "+447700900456",
            },
        ),
    ),
    ConsumerCase(
        name="icerink_fcm_service_account_json",
        bug="serviceAccount is always strict JSON text (write replies send it encrypted as nvsk.<hex>:<hex>)",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "fcm-pX0a2",
                "providerId": "fcm",
                "channel": "push",
            },
            credentials={
                "serviceAccount": "nvsk.8f14e45fceea167a5a36dedd4bea2543:1c383cd30b7c298ab50293adfecb7b18"
            },
        ),
    ),
    ConsumerCase(
        name="icerink_like_value_regex",
        bug="a LIKE condition's value contains no regex metacharacters besides % and _",
        buggy=segment_sizes_buggy,
        fixed=segment_sizes_fixed,
        raises=(re.error,),
        example=_variant(
            {
                "conditions": _condition(
                    [
                        {
                            "field": "subscriber.league",
                            "value": "Junior (U15%",
                            "operator": "LIKE",
                            "on": "subscriber",
                        }
                    ]
                )
            }
        ),
    ),
    ConsumerCase(
        name="icerink_gate_empty_children",
        bug="every condition has at least one child (functools.reduce without an initial value)",
        buggy=booking_gate_buggy,
        fixed=booking_gate_fixed,
        raises=(TypeError,),
        example=_variant({"conditions": _condition([], value="OR")}),
    ),
    ConsumerCase(
        name="icerink_cache_key_colon",
        bug="organization, environment ids and identifier never contain ':' (the cache-key separator)",
        buggy=cache_entry_buggy,
        fixed=cache_entry_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "twilio:league-nights"}),
    ),
    ConsumerCase(
        name="icerink_scoreboard_ascii_word",
        bug="every integration name keeps at least one ASCII letter or digit after NFKD folding",
        buggy=scoreboard_tag_buggy,
        fixed=scoreboard_tag_fixed,
        raises=(ValueError,),
        example=_variant({"name": "Ледовая арена"}),
    ),
    ConsumerCase(
        name="icerink_receipt_sender_width",
        bug="senderName is short enough to leave wrapping room on a 32-column receipt",
        buggy=receipt_footer_buggy,
        fixed=receipt_footer_fixed,
        raises=(ValueError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "rentals@frostline.example",
                "senderName": "Frostline Arena Skate Rental & Pro Shop",
            }
        ),
    ),
    ConsumerCase(
        name="icerink_panel_cookie_identifier",
        bug="the identifier is made only of characters legal in a cookie name",
        buggy=panel_cookie_buggy,
        fixed=panel_cookie_fixed,
        raises=(http.cookies.CookieError,),
        example=_variant({"identifier": "rentals/pro-shop"}),
    ),
    ConsumerCase(
        name="icerink_webhook_url_scheme",
        bug="webhookUrl is always an absolute URL with a scheme",
        buggy=results_post_buggy,
        fixed=results_post_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-z1Rt",
                "providerId": "push-webhook",
                "channel": "push",
            },
            credentials={"webhookUrl": "hooks.frostline.example/league/results", "secretKey": "whsec-01"},
        ),
    ),
    ConsumerCase(
        name="icerink_tls_options_hashable",
        bug="tlsOptions holds only scalar values, so its items can key an lru_cache",
        buggy=tls_context_buggy,
        fixed=tls_context_fixed,
        raises=(TypeError,),
        example=_variant(
            _SMTP,
            credentials={
                "host": "smtp.frostline.example",
                "port": "465",
                "secure": True,
                "tlsOptions": {
                    "rejectUnauthorized": True,
                    "ca": ["-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"],
                },
                "from": "bookings@frostline.example",
                "senderName": "Frostline Bookings",
            },
        ),
    ),
    ConsumerCase(
        name="icerink_base_url_urljoin",
        bug="baseUrl always ends with '/', so urljoin appends instead of replacing its last segment",
        buggy=send_endpoint_buggy,
        fixed=send_endpoint_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Mailgun", "identifier": "mailgun-Vb3k9", "providerId": "mailgun"},
            credentials={
                "apiKey": "key-0123",
                "baseUrl": "https://api.eu.mailgun.net/v3",
                "user": "api",
                "domain": "mg.frostline.example",
                "from": "bookings@frostline.example",
                "senderName": "Frostline Bookings",
            },
        ),
    ),
    ConsumerCase(
        name="icerink_dmarc_domain_idna",
        bug="credentials.domain is always a well-formed DNS name the idna codec accepts",
        buggy=dmarc_name_buggy,
        fixed=dmarc_name_fixed,
        raises=(UnicodeError,),
        example=_variant(
            {"name": "Mailgun", "identifier": "mailgun-Vb3k9", "providerId": "mailgun"},
            credentials={
                "apiKey": "key-0123",
                "user": "api",
                "domain": ".mg.frostline.example",
                "from": "bookings@frostline.example",
                "senderName": "Frostline Bookings",
            },
        ),
    ),
    ConsumerCase(
        name="icerink_roster_field_json_path",
        bug="a condition's field is always a well-formed SQLite JSON-path tail",
        buggy=roster_preview_buggy,
        fixed=roster_preview_fixed,
        raises=(sqlite3.OperationalError, UnicodeEncodeError),
        example=_variant(
            {
                "conditions": _condition(
                    [{"field": "", "value": "pro", "operator": "EQUAL", "on": "subscriber"}]
                )
            }
        ),
    ),
)
