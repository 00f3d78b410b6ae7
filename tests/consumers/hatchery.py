"""Sixteen consumers from a fish hatchery and river-restoration charity, each with one contract bug.

The charity runs a salmon and trout hatchery (tanks with temperature, oxygen and flow telemetry),
stocks rivers on a schedule agreed with the fisheries authority, holds abstraction and stocking
permits, and runs volunteer days (bank clearing, fry releases, river clean-ups). A small volunteer
dev team sends every notification through Novu and reads the items of ``GET /v1/integrations``
(``IntegrationResponseDto``) from several services:

- the **tank-telemetry edge box** in the hatchery building: it writes the SMTP alarm relay's
  config, builds its TLS context, opens the site firewall for the relay, mirrors the alarm-routing
  conditions into SQLite so alarms still route when the rural link is down, and compiles the
  ``LIKE`` rules that pick which tank alarms go where;
- the **tank-alarm failover router**, which orders the SMS integrations that page the on-call volunteer;
- the **stocking scheduler**, which texts the release crews through the SMS provider's REST API
  and shows, on the ops dashboard, the Firebase project the field-crew app pushes through and when
  the RingCentral JWT used for crew texts expires;
- the **permits office**, which writes letters to the authority through Mailgun and keeps a
  deletion digest of integrations for the permit audit trail;
- the **volunteer portal**, which builds reminder texts through a generic SMS gateway, remembers
  dismissed "provider outage" banners in cookies and groups integrations by provider slug;
- the **trustees' reporting job**, which splits integrations by the organization they were set up
  under (before or after the 2023 merger with the river trust) and inlines the Grafana alarm panel
  image in the weekly alarm digest e-mail.

Each ``*_buggy`` function is the code as first written: it works on ``HAPPY_PATH`` and on what the
team tested with, but raises on a payload the contract allows. Each ``*_fixed`` function is the
same code after the post-mortem and never raises on a payload the contract allows (including the
provider drift ``CONTRACT.md`` lists: the 3.x shape without ``credentials`` or ``channel``,
``on: "tenant"``, ``IS_DEFINED``, conditions without ``isNegated``/``type``/``value``).
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import email.utils
import functools
import http.client
import http.cookies
import io
import ipaddress
import json
import mimetypes
import re
import sqlite3
import ssl
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "HATCHERY_BUGS"]


# Shared, tolerant readers (both versions use them: the bugs are elsewhere) --------------------


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object; ``{}`` when absent (3.x shape) or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` if it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> Iterator[tuple[int, dict[str, Any]]]:
    conditions = payload.get("conditions")
    if isinstance(conditions, list):
        for index, condition in enumerate(conditions):
            if isinstance(condition, dict):
                yield index, condition


def _children(condition: Mapping[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    children = condition.get("children")
    if isinstance(children, list):
        for index, child in enumerate(children):
            if isinstance(child, dict):
                yield index, child


def _storable(text: str) -> str:
    """Text SQLite can store: unpaired surrogates (valid in JSON strings) become U+FFFD."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


class _DryRunConnection(http.client.HTTPConnection):
    """An ``HTTPConnection`` that records the bytes it would send (the relays' ``--dry-run`` mode)."""

    def __init__(self, host: str) -> None:
        super().__init__(host)
        self.sent: list[bytes] = []

    def send(self, data: Any) -> None:
        self.sent.append(bytes(data))


# 1. SMTP relay host on the site firewall (credentials.host) ------------------------------------


def relay_firewall_rule_buggy(payload: Payload) -> str | None:
    """The egress rule the edge box adds so the tank-alarm relay can reach the SMTP host."""
    credentials = _credentials(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    port = _text(credentials, "port") or "587"
    address = ipaddress.ip_address(host)  # the hatchery's old relay was configured as 10.20.0.5
    return f"allow out proto tcp to {address} port {port!r}"


def relay_firewall_rule_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    port = _text(credentials, "port") or "587"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:  # a DNS name: the firewall resolves it itself
        return f"allow out proto tcp to fqdn {host!r} port {port!r}"
    return f"allow out proto tcp to {address} port {port!r}"


# 2. Outage-banner cookie named after the provider (providerId) --------------------------------


def outage_banner_cookie_buggy(payload: Payload) -> str:
    """``Set-Cookie`` that hides the "provider outage" banner for this provider on the volunteer portal."""
    cookie: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    key = f"outage_seen_{payload['providerId']}"
    cookie[key] = "1"
    cookie[key]["path"] = "/volunteers"
    cookie[key]["max-age"] = 86400
    return cookie.output(header="Set-Cookie:")


def outage_banner_cookie_fixed(payload: Payload) -> str:
    cookie: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    provider = payload.get("providerId")
    provider = provider if isinstance(provider, str) else ""
    # Cookie names are RFC 6265 tokens; percent-encoding keeps every provider id distinct and legal.
    key = "outage_seen_" + quote(provider, safe="", errors="surrogatepass")
    cookie[key] = "1"
    cookie[key]["path"] = "/volunteers"
    cookie[key]["max-age"] = 86400
    return cookie.output(header="Set-Cookie:")


# 3. Generic SMS gateway auth headers (credentials.apiKeyRequestHeader / secretKeyRequestHeader) --

_SMS_RELAY_HOST = "sms-relay.hatchery.example"
_GATEWAY_HEADERS = (("apiKeyRequestHeader", "apiKey"), ("secretKeyRequestHeader", "secretKey"))


def volunteer_sms_request_buggy(payload: Payload) -> bytes:
    """The head of the volunteer-reminder request the portal sends through a generic SMS gateway."""
    credentials = _credentials(payload)
    connection = _DryRunConnection(_SMS_RELAY_HOST)
    connection.putrequest("POST", "/v1/sms", skip_accept_encoding=True)
    for name_key, value_key in _GATEWAY_HEADERS:
        name, value = _text(credentials, name_key), _text(credentials, value_key)
        if name and value is not None:
            connection.putheader(name, value)  # the names come from the gateway's admin form
    connection.putheader("Content-Type", "application/json")
    connection.endheaders()
    return b"".join(connection.sent)


_HTTP_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HTTP_FIELD_VALUE = re.compile(r"[\t\x20-\x7e\x80-\xff]*")


def volunteer_sms_request_fixed(payload: Payload) -> bytes | None:
    credentials = _credentials(payload)
    connection = _DryRunConnection(_SMS_RELAY_HOST)
    connection.putrequest("POST", "/v1/sms", skip_accept_encoding=True)
    for name_key, value_key in _GATEWAY_HEADERS:
        name, value = _text(credentials, name_key), _text(credentials, value_key)
        if name and value is not None:
            if not _HTTP_TOKEN.fullmatch(name) or not _HTTP_FIELD_VALUE.fullmatch(value):
                return None  # misconfigured gateway: flagged on the dashboard, not sent
            connection.putheader(name, value)
    connection.putheader("Content-Type", "application/json")
    connection.endheaders()
    return b"".join(connection.sent)


# 4. Alarm relay INI file (credentials.password and friends) ------------------------------------

_RELAY_OPTIONS = ("host", "port", "user", "password", "from", "senderName")


def _relay_section(payload: Payload) -> dict[str, str]:
    credentials = _credentials(payload)
    section = {key: value for key in _RELAY_OPTIONS if (value := _text(credentials, key)) is not None}
    section["starttls"] = "yes" if credentials.get("requireTls") is True else "no"
    identifier = payload.get("identifier")
    section["integration"] = identifier if isinstance(identifier, str) else ""
    return section


def alarm_relay_ini_buggy(payload: Payload) -> str:
    """The ``[relay]`` section of the tank-alarm daemon's config, written by the edge box's sync job."""
    config = configparser.ConfigParser()
    config["relay"] = _relay_section(payload)
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


def alarm_relay_ini_fixed(payload: Payload) -> str:
    # Credentials are literal text: no %-interpolation when writing (or when the daemon reads it).
    config = configparser.ConfigParser(interpolation=None)
    config["relay"] = _relay_section(payload)
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


# 5. Firebase project of the field-crew app (credentials.serviceAccount) ------------------------


def crew_push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project the field-crew app's stocking-day pushes go through (ops dashboard)."""
    raw = _text(_credentials(payload), "serviceAccount")
    if raw is None:
        return None
    return str(json.loads(raw)["project_id"])  # assumes the pasted Google key file, verbatim


def crew_push_project_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    raw = _text(credentials, "serviceAccount")
    account: object = None
    if raw:
        try:
            account = json.loads(raw)
        except (ValueError, RecursionError):  # base64 of the file, a path, a truncated paste...
            account = None
    if isinstance(account, dict) and isinstance(account.get("project_id"), str):
        return str(account["project_id"])
    return _text(credentials, "projectName")


# 6. LIKE rules of the alarm routing (conditions[].children[].value) ---------------------------


def _like_to_regex_buggy(pattern: str) -> str:
    return pattern.replace("%", ".*").replace("_", ".")


def _like_to_regex_fixed(pattern: str) -> str:
    return "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)


def alarm_like_rules_buggy(payload: Payload) -> list[tuple[str, bool, re.Pattern[str]]]:
    """Compiles the ``LIKE``/``NOT_LIKE`` children the edge box uses to route tank alarms offline."""
    rules = []
    for _, condition in _conditions(payload):
        for _, child in _children(condition):
            if child.get("operator") in ("LIKE", "NOT_LIKE"):
                pattern = re.compile(_like_to_regex_buggy(_text(child, "value") or ""), re.DOTALL)
                rules.append((_text(child, "field") or "", child.get("operator") == "NOT_LIKE", pattern))
    return rules


def alarm_like_rules_fixed(payload: Payload) -> list[tuple[str, bool, re.Pattern[str]]]:
    rules = []
    for _, condition in _conditions(payload):
        for _, child in _children(condition):
            if child.get("operator") in ("LIKE", "NOT_LIKE"):
                pattern = re.compile(_like_to_regex_fixed(_text(child, "value") or ""), re.DOTALL)
                rules.append((_text(child, "field") or "", child.get("operator") == "NOT_LIKE", pattern))
    return rules


# 7. Pre- or post-merger organization (_organizationId) ----------------------------------------

_MERGER = datetime(2023, 4, 1, tzinfo=UTC)
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def organization_cohort_buggy(payload: Payload) -> str:
    """Trustees' report: was the integration set up under the pre-merger organization?"""
    raw = bytes.fromhex(payload["_organizationId"])  # a Mongo ObjectId: 4-byte creation time first
    created = datetime.fromtimestamp(int.from_bytes(raw[:4], "big"), tz=UTC)
    return "pre-merger" if created < _MERGER else "post-merger"


def organization_cohort_fixed(payload: Payload) -> str:
    organization = payload.get("_organizationId")
    if not isinstance(organization, str) or not _OBJECT_ID.fullmatch(organization):
        return "unknown"  # ids are plain strings in the contract
    created = datetime.fromtimestamp(int.from_bytes(bytes.fromhex(organization)[:4], "big"), tz=UTC)
    return "pre-merger" if created < _MERGER else "post-merger"


# 8. Grafana alarm panel inlined in the weekly digest (credentials.imageUrl) --------------------


def alarm_digest_image_buggy(payload: Payload) -> dict[str, str] | None:
    """The MIME part header of the Grafana alarm panel image inlined in the weekly alarm digest."""
    url = _text(_credentials(payload), "imageUrl")
    if not url:
        return None
    maintype, subtype = mimetypes.guess_type(url)[0].split("/")  # type: ignore[union-attr]
    return {"maintype": maintype, "subtype": subtype, "cid": f"<panel-{payload['identifier']}>"}


def alarm_digest_image_fixed(payload: Payload) -> dict[str, str] | None:
    url = _text(_credentials(payload), "imageUrl")
    if not url:
        return None
    guessed = mimetypes.guess_type(url)[0] or "application/octet-stream"
    maintype, _, subtype = guessed.partition("/")
    identifier = payload.get("identifier")
    return {"maintype": maintype, "subtype": subtype, "cid": f"<panel-{identifier}>"}


# 9. Cached TLS context of the alarm relay (credentials.tlsOptions) -----------------------------


def _relay_context(reject_unauthorized: bool, minimum: object) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if not reject_unauthorized:  # the hatchery relay has a self-signed certificate
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    context.minimum_version = ssl.TLSVersion.TLSv1_3 if minimum == "TLSv1.3" else ssl.TLSVersion.TLSv1_2
    return context


def _tls_options(payload: Payload) -> dict[str, Any]:
    options = _credentials(payload).get("tlsOptions")
    return options if isinstance(options, dict) else {}


@functools.lru_cache(maxsize=32)
def _relay_context_by_options(options: tuple[tuple[str, Any], ...]) -> ssl.SSLContext:
    settings = dict(options)
    return _relay_context(settings.get("rejectUnauthorized") is not False, settings.get("minVersion"))


def relay_tls_summary_buggy(payload: Payload) -> tuple[bool, str]:
    """Which TLS context the tank-alarm relay uses (contexts are cached per option set)."""
    context = _relay_context_by_options(tuple(sorted(_tls_options(payload).items())))
    return context.verify_mode == ssl.CERT_REQUIRED, context.minimum_version.name


@functools.lru_cache(maxsize=32)
def _relay_context_by_settings(reject_unauthorized: bool, minimum: str | None) -> ssl.SSLContext:
    return _relay_context(reject_unauthorized, minimum)


def relay_tls_summary_fixed(payload: Payload) -> tuple[bool, str]:
    options = _tls_options(payload)
    minimum = options.get("minVersion")
    # Cache on the settings the context uses (hashable scalars), not on free-form option values.
    context = _relay_context_by_settings(
        options.get("rejectUnauthorized") is not False, minimum if isinstance(minimum, str) else None
    )
    return context.verify_mode == ssl.CERT_REQUIRED, context.minimum_version.name


# 10. Offline mirror of the routing conditions (conditions[].children[].field) ------------------


def _mirror_rules(payload: Payload, schema: str) -> int:
    integration = payload.get("_id") or payload.get("identifier")
    integration = _storable(integration) if isinstance(integration, str) else ""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(schema)
        with db:
            for position, condition in _conditions(payload):
                negated = int(condition.get("isNegated") is True)
                for index, child in _children(condition):
                    db.execute(
                        "INSERT INTO rule VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            integration,
                            position,
                            index,
                            _storable(_text(child, "on") or ""),
                            _storable(_text(child, "field") or ""),
                            _storable(_text(child, "operator") or ""),
                            _storable(_text(child, "value") or ""),
                            negated,
                        ),
                    )
        count: int = db.execute("SELECT COUNT(*) FROM rule").fetchone()[0]
        return count
    finally:
        db.close()


def rule_mirror_buggy(payload: Payload) -> int:
    """Mirrors the alarm-routing conditions into the edge box's SQLite (alarms route when offline)."""
    return _mirror_rules(
        payload,
        "CREATE TABLE rule (integration TEXT, condition INTEGER, child INTEGER, on_ TEXT, field TEXT,"
        " operator TEXT, value TEXT, negated INTEGER, PRIMARY KEY (integration, on_, field))",
    )


def rule_mirror_fixed(payload: Payload) -> int:
    # A field may appear in several children (a range is two: LARGER 8 and SMALLER 12).
    return _mirror_rules(
        payload,
        "CREATE TABLE rule (integration TEXT, condition INTEGER, child INTEGER, on_ TEXT, field TEXT,"
        " operator TEXT, value TEXT, negated INTEGER, PRIMARY KEY (integration, condition, child))",
    )


# 11. Stocking-crew SMS endpoint under the provider's base URL (credentials.baseUrl) ------------

_DEFAULT_SMS_BASE = "https://api.infobip.com/"
_SEND_PATH = "sms/2/text/advanced"


def stocking_sms_endpoint_buggy(payload: Payload) -> str:
    """The URL the stocking scheduler posts release-crew texts to."""
    base = _text(_credentials(payload), "baseUrl") or _DEFAULT_SMS_BASE
    endpoint = urljoin(base, _SEND_PATH)
    if not endpoint.startswith(base):  # SSRF guard from the security review
        raise ValueError(f"SMS endpoint {endpoint!r} escapes the configured base URL {base!r}")
    return endpoint


def stocking_sms_endpoint_fixed(payload: Payload) -> str | None:
    base = _text(_credentials(payload), "baseUrl") or _DEFAULT_SMS_BASE
    try:
        parts = urlsplit(base)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None  # not an absolute HTTP URL: flagged as misconfigured
    # urljoin replaces the last path segment unless the base path ends with "/": append instead.
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path + _SEND_PATH, parts.query, ""))


# 12. Tank-alarm failover order (primary with active) -------------------------------------------


def failover_rank_buggy(payload: Payload) -> tuple[int, str]:
    """Sort key of an integration in the chain that pages the on-call volunteer about a tank alarm."""
    identifier = str(payload.get("identifier", ""))
    if payload["primary"]:
        assert payload["active"], f"primary integration {identifier} is inactive"
        return (0, identifier)
    return (1 if payload["active"] else 2, identifier)


def failover_rank_fixed(payload: Payload) -> tuple[int, str]:
    identifier = str(payload.get("identifier", ""))
    if not payload.get("active"):
        return (2, identifier)  # set-primary leaves an inactive primary primary: it cannot page anyone
    return (0 if payload.get("primary") else 1, identifier)


# 13. Provider slug on the coordinators' dashboard (identifier) --------------------------------


def provider_slug_buggy(payload: Payload) -> tuple[str, str]:
    """Splits ``identifier`` (``<slug>-<shortid>``) to group integrations by provider family."""
    slug, short_id = payload["identifier"].split("-")
    return slug or "(unnamed)", short_id


def provider_slug_fixed(payload: Payload) -> tuple[str, str]:
    identifier = payload.get("identifier")
    identifier = identifier if isinstance(identifier, str) else ""
    # Slugs have dashes of their own ("send-grid", "amazon-ses"); the short id is the last part.
    slug, separator, short_id = identifier.rpartition("-")
    if not separator:
        return identifier or "(unnamed)", ""
    return slug or "(unnamed)", short_id


# 14. Expiry of the RingCentral JWT used for crew texts (credentials.token) ---------------------


def _jwt_expiry(raw: bytes) -> str:
    try:
        claims = json.loads(raw)
    except (ValueError, RecursionError):
        return "opaque"
    expiry = claims.get("exp") if isinstance(claims, dict) else None
    if not isinstance(expiry, int) or isinstance(expiry, bool) or not 0 <= expiry < 253402300800:
        return "no expiry"
    return datetime.fromtimestamp(expiry, tz=UTC).date().isoformat()


def crew_token_expiry_buggy(payload: Payload) -> str | None:
    """When the JWT in ``token`` expires (ops dashboard); ``None`` for opaque tokens (Twilio, Plivo)."""
    token = _text(_credentials(payload), "token")
    if token is None or token.count(".") != 2:
        return None
    _header, claims, _signature = token.split(".")
    return _jwt_expiry(base64.urlsafe_b64decode(claims))


def crew_token_expiry_fixed(payload: Payload) -> str | None:
    token = _text(_credentials(payload), "token")
    if token is None or token.count(".") != 2:
        return None
    _header, claims, _signature = token.split(".")
    # JWT segments are base64url *without* padding: put it back before decoding.
    try:
        raw = base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4))
    except (binascii.Error, ValueError):
        return "opaque"
    return _jwt_expiry(raw)


# 15. Deletion digest for the permit audit (deletedAt) -----------------------------------------


def deletion_digest_line_buggy(payload: Payload) -> str | None:
    """A line of the permit-audit digest e-mail: when an integration was deleted, as an RFC 5322 date."""
    raw = _text(payload, "deletedAt")
    if raw is None:
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return f"{payload.get('identifier')}: deleted {raw!r}"
    return f"{payload.get('identifier')}: deleted {email.utils.format_datetime(when, usegmt=True)}"


def deletion_digest_line_fixed(payload: Payload) -> str | None:
    raw = _text(payload, "deletedAt")
    if raw is None:
        return None
    try:
        when = datetime.fromisoformat(raw)
        # usegmt=True needs a datetime in UTC exactly; Novu's naive times are UTC.
        when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    except (ValueError, OverflowError):
        return f"{payload.get('identifier')}: deleted {raw!r}"
    return f"{payload.get('identifier')}: deleted {email.utils.format_datetime(when, usegmt=True)}"


# 16. Permit letters through Mailgun (credentials.domain) --------------------------------------

_MAILGUN_HOST = "api.mailgun.net"


def permit_letter_request_buggy(payload: Payload) -> bytes | None:
    """The head of the request that sends a permit letter through Mailgun's messages API."""
    domain = _text(_credentials(payload), "domain")
    if not domain:
        return None
    connection = _DryRunConnection(_MAILGUN_HOST)
    connection.putrequest("POST", f"/v3/{domain}/messages", skip_accept_encoding=True)
    connection.putheader("Content-Type", "multipart/form-data; boundary=permit")
    connection.endheaders()
    return b"".join(connection.sent)


def permit_letter_request_fixed(payload: Payload) -> bytes | None:
    domain = _text(_credentials(payload), "domain")
    if not domain:
        return None
    connection = _DryRunConnection(_MAILGUN_HOST)
    path = f"/v3/{quote(domain, safe='', errors='surrogatepass')}/messages"  # a path segment, encoded
    connection.putrequest("POST", path, skip_accept_encoding=True)
    connection.putheader("Content-Type", "multipart/form-data; boundary=permit")
    connection.endheaders()
    return b"".join(connection.sent)


# The cases ----------------------------------------------------------------------------------


def _example(
    changes: Mapping[str, Any] | None = None, *, credentials: Mapping[str, Any] | None = None
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced and credentials keys added."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = {**payload["credentials"], **copy.deepcopy(dict(credentials))}
    return payload


def _condition(*children: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "isNegated": False,
        "type": "STATEMENT",
        "value": "AND",
        "children": [
            {"field": field, "value": value, "operator": operator, "on": "payload"}
            for field, operator, value in children
        ],
    }


HATCHERY_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="hatchery_relay_firewall_host",
        bug="credentials.host is an IP literal (ipaddress.ip_address), never a DNS name",
        buggy=relay_firewall_rule_buggy,
        fixed=relay_firewall_rule_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Hatchery relay"},
            credentials={"host": "smtp.riverkeepers.org.uk", "port": "587"},
        ),
    ),
    ConsumerCase(
        name="hatchery_outage_banner_cookie",
        bug="providerId is a legal cookie name (http.cookies rejects spaces, '@', '/', non-ASCII...)",
        buggy=outage_banner_cookie_buggy,
        fixed=outage_banner_cookie_fixed,
        raises=(http.cookies.CookieError,),
        example=_example({"providerId": "sms relay (backup)"}),
    ),
    ConsumerCase(
        name="hatchery_gateway_auth_header",
        bug="the *RequestHeader credentials are valid HTTP header names (no ':', no leading space, ASCII)",
        buggy=volunteer_sms_request_buggy,
        fixed=volunteer_sms_request_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "generic-sms", "channel": "sms"},
            credentials={"apiKeyRequestHeader": "X-Api-Key:", "apiKey": "k-123"},
        ),
    ),
    ConsumerCase(
        name="hatchery_alarm_relay_ini",
        bug="credential values hold no '%' (configparser's default interpolation rejects a lone '%')",
        buggy=alarm_relay_ini_buggy,
        fixed=alarm_relay_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer"},
            credentials={"host": "mail.hatchery.example", "user": "alarms", "password": "Tr0ut%Pond"},
        ),
    ),
    ConsumerCase(
        name="hatchery_crew_push_project",
        bug="credentials.serviceAccount is the Google key file as a JSON object with project_id",
        buggy=crew_push_project_buggy,
        fixed=crew_push_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {"providerId": "fcm", "channel": "push", "primary": False},
            credentials={"serviceAccount": "eyJ0eXBlIjogInNlcnZpY2VfYWNjb3VudCJ9"},
        ),
    ),
    ConsumerCase(
        name="hatchery_alarm_like_rules",
        bug="a LIKE value only needs % and _ translated to become a regex (no re.escape of the rest)",
        buggy=alarm_like_rules_buggy,
        fixed=alarm_like_rules_fixed,
        raises=(re.error,),
        example=_example(
            {"conditions": [_condition(("payload.logger.path", "LIKE", "C:\\Telemetry\\Tank 3\\%"))]}
        ),
    ),
    ConsumerCase(
        name="hatchery_organization_cohort",
        bug="_organizationId is a hex Mongo ObjectId whose first 4 bytes are a creation time",
        buggy=organization_cohort_buggy,
        fixed=organization_cohort_fixed,
        raises=(ValueError,),
        example=_example({"_organizationId": "org_2fHqZ8riverTrust"}),
    ),
    ConsumerCase(
        name="hatchery_alarm_digest_image",
        bug="mimetypes.guess_type(credentials.imageUrl) always finds a type (render URLs have no extension)",
        buggy=alarm_digest_image_buggy,
        fixed=alarm_digest_image_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {"providerId": "grafana-on-call", "channel": "chat", "primary": False},
            credentials={"imageUrl": "https://grafana.hatchery.example/render/d-solo/tanks?panelId=4"},
        ),
    ),
    ConsumerCase(
        name="hatchery_relay_tls_cache",
        bug="credentials.tlsOptions values are hashable scalars, so the option items can key an lru_cache",
        buggy=relay_tls_summary_buggy,
        fixed=relay_tls_summary_fixed,
        raises=(TypeError,),
        example=_example(
            {"providerId": "nodemailer"},
            credentials={"tlsOptions": {"rejectUnauthorized": False, "ca": ["-----BEGIN CERTIFICATE-----"]}},
        ),
    ),
    ConsumerCase(
        name="hatchery_rule_mirror_field",
        bug="a field appears in one child only, so (integration, on, field) is a primary key",
        buggy=rule_mirror_buggy,
        fixed=rule_mirror_fixed,
        raises=(sqlite3.IntegrityError,),
        example=_example(
            {
                "conditions": [
                    _condition(
                        ("tank.temperature", "LARGER", "8"),
                        ("tank.temperature", "SMALLER", "12"),
                    )
                ]
            }
        ),
    ),
    ConsumerCase(
        name="hatchery_stocking_sms_base_url",
        bug="urljoin(baseUrl, path) appends to baseUrl (it replaces the last segment without a '/')",
        buggy=stocking_sms_endpoint_buggy,
        fixed=stocking_sms_endpoint_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "infobip-sms", "channel": "sms"},
            credentials={"baseUrl": "https://sms.riverpartners.example/api/v2"},
        ),
    ),
    ConsumerCase(
        name="hatchery_failover_inactive_primary",
        bug="a primary integration is always active (set-primary leaves inactive primaries primary)",
        buggy=failover_rank_buggy,
        fixed=failover_rank_fixed,
        raises=(AssertionError,),
        example=_example({"providerId": "twilio", "channel": "sms", "active": False, "primary": True}),
    ),
    ConsumerCase(
        name="hatchery_provider_slug_dashes",
        bug="identifier has exactly one '-' (slugs and short ids have dashes of their own)",
        buggy=provider_slug_buggy,
        fixed=provider_slug_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "send-grid-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="hatchery_crew_token_padding",
        bug="the claims segment of a JWT in credentials.token is padded base64 (JWTs strip the '=')",
        buggy=crew_token_expiry_buggy,
        fixed=crew_token_expiry_fixed,
        raises=(ValueError,),  # binascii.Error is a ValueError
        example=_example(
            {"providerId": "ring-central", "channel": "sms"},
            credentials={
                "token": "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3NjcyMjU2MDAsInN1YiI6ImNyZXcifQ.c2lnbmF0dXJl"
            },
        ),
    ),
    ConsumerCase(
        name="hatchery_deletion_digest_gmt",
        bug="format_datetime(usegmt=True) takes any parsed deletedAt (it needs UTC, not an offset or naive)",
        buggy=deletion_digest_line_buggy,
        fixed=deletion_digest_line_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-08T10:15:00+01:00"}),
    ),
    ConsumerCase(
        name="hatchery_permit_mailgun_domain",
        bug="credentials.domain can go into the request path unencoded (no spaces, controls or non-ASCII)",
        buggy=permit_letter_request_buggy,
        fixed=permit_letter_request_fixed,
        raises=(http.client.InvalidURL, UnicodeEncodeError),
        example=_example(
            {"providerId": "mailgun"},
            credentials={"domain": "mg.fischzucht-müller.de"},
        ),
    ),
)
