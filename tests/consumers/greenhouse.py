"""Sixteen consumers of ``GET /v1/integrations`` items at a commercial greenhouse grower.

The grower runs glasshouses for tomatoes, peppers and cut flowers, sells to wholesalers and
hires seasonal crews for the harvest. One Novu organization serves every team, and each team
reads the integration list for its own purpose:

- **Climate control** pages growers on frost and humidity alarms (e-mail, SMS), mirrors the
  armed integration into the climate computer over a binary frame, and turns integration
  conditions into irrigation gates and humidity thresholds.
- **Harvest logistics** relays webhook events through an egress proxy and verifies the
  signatures of Novu's e-mail webhook.
- **Wholesale orders** confirm orders by SMS through a generic SMS gateway and run the Slack
  OAuth flow for buyers' channels.
- **Seasonal staff** gets shift reminders by SMS, with an SMS failover on the primary provider.
- **Platform** keeps the operations dashboard, a connection-pool cache, the firewall rules and
  INI files of the label printers' mail relay, and a feed of removed integrations.

Each consumer is a pair: ``*_buggy`` as the team first wrote it, with one plausible mistake
that survives ``HAPPY_PATH`` and the team's own tests, and ``*_fixed`` after the post-mortem,
which never raises on a payload the contract allows (including the 3.x shape without
``credentials`` or ``channel`` and the known provider drift in ``conditions``).
"""

from __future__ import annotations

import base64
import configparser
import functools
import hashlib
import hmac
import http.client
import http.cookies
import io
import ipaddress
import json
import operator
import re
import struct
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["GREENHOUSE_BUGS", "HAPPY_PATH"]


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` (3.x replies may omit it)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: dict[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _example(
    changes: dict[str, Any] | None = None,
    *,
    credentials: dict[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """``HAPPY_PATH`` with top-level keys and credentials keys replaced or added."""
    payload: Payload = json.loads(json.dumps(HAPPY_PATH))
    payload.update(json.loads(json.dumps(changes or {})))
    payload["credentials"].update(json.loads(json.dumps(credentials or {})))
    for key in drop:
        payload.pop(key)
    return payload


# 1. name in the Subject of a frost alert --------------------------------------------------


def _frost_alert(via: str) -> str:
    message = EmailMessage()
    message["From"] = "climate@greenhouse.example"
    message["To"] = "growers-on-duty@greenhouse.example"
    message["Subject"] = f"[Frost alert] Glasshouse 4 below 2 °C, paging via {via}"
    message.set_content("Check the heating pipes and the screens of glasshouse 4.")
    return str(message["Subject"])


def frost_alert_subject_buggy(payload: Payload) -> str:
    """The Subject of the frost alert, naming the integration that pages the grower."""
    return _frost_alert(_text(payload.get("name"), "Novu"))


def frost_alert_subject_fixed(payload: Payload) -> str:
    # The email policy refuses header values with any line boundary (\n, \r, U+2028, U+0085...)
    # and cannot encode lone surrogates (JSON "\\ud800" escapes): fold the one, replace the other.
    name = " ".join(_text(payload.get("name"), "Novu").splitlines())
    name = name.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return _frost_alert(name)


# 2. senderName in the shift reminder SMS ---------------------------------------------------

_SHIFT_SMS = "Harvest shift tomorrow 06:00 at glasshouse {{ house }}. Reply STOP to opt out. - {{ sender }}"
_SENDER_SLOT = re.compile(r"\{\{\s*sender\s*\}\}")


def shift_sms_signature_buggy(payload: Payload) -> str:
    """The seasonal crew's shift reminder, signed with the integration's sender name."""
    sender = _text(_credentials(payload).get("senderName"), "Greenhouse")
    return _SENDER_SLOT.sub(sender, _SHIFT_SMS).replace("{{ house }}", "7")


def shift_sms_signature_fixed(payload: Payload) -> str:
    sender = _text(_credentials(payload).get("senderName"), "Greenhouse")
    # A function replacement is used literally: no backslash or group escapes in the name.
    return _SENDER_SLOT.sub(lambda _match: sender, _SHIFT_SMS).replace("{{ house }}", "7")


# 3. identifier in the dashboard's cookie name ---------------------------------------------


def dashboard_panel_cookie_buggy(payload: Payload) -> str:
    """The Set-Cookie line that remembers a collapsed integration panel on the dashboard."""
    identifier = _text(payload.get("identifier"))
    jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    name = f"gh_panel_{identifier}"
    jar[name] = "collapsed"
    jar[name]["path"] = "/integrations"
    return jar.output(header="Set-Cookie:")


def dashboard_panel_cookie_fixed(payload: Payload) -> str:
    identifier = _text(payload.get("identifier"))
    # Cookie names are RFC 6265 tokens: derive a token from the identifier instead of using it.
    digest = hashlib.sha256(identifier.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    name = f"gh_panel_{digest}"
    jar[name] = "collapsed"
    jar[name]["path"] = "/integrations"
    return jar.output(header="Set-Cookie:")


# 4. webhookUrl as the request target through the egress proxy -----------------------------

_EGRESS_PROXY = ("egress-proxy.greenhouse.internal", 3128)
_URL_SAFE = ":/?#[]@!$&'()*+,;=%"


def _proxy_request(target: str) -> str:
    connection = http.client.HTTPConnection(*_EGRESS_PROXY, timeout=5)
    try:
        # Through a forward proxy the request target is the absolute URL (absolute-form).
        connection.putrequest("POST", target, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Content-Type", "application/json")
    finally:
        connection.close()
    return f"POST {target}"


def harvest_webhook_relay_buggy(payload: Payload) -> str | None:
    """Prepares the harvest-event relay to the integration's webhook through the egress proxy."""
    url = _text(_credentials(payload).get("webhookUrl"))
    if not url:
        return None
    return _proxy_request(url)


def harvest_webhook_relay_fixed(payload: Payload) -> str | None:
    url = _text(_credentials(payload).get("webhookUrl"))
    if not url:
        return None
    # A request target is ASCII without spaces or controls: percent-encode everything else,
    # keeping reserved characters and existing escapes.
    return _proxy_request(quote(url.strip(), safe=_URL_SAFE, errors="surrogatepass"))


# 5. apiKeyRequestHeader of the generic SMS gateway ----------------------------------------

_HEADER_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _gateway_request(header: str, secret: str) -> str:
    connection = http.client.HTTPConnection("sms-gateway.greenhouse.internal", 8080, timeout=5)
    try:
        connection.putrequest("POST", "/v1/messages", skip_accept_encoding=True)
        connection.putheader(header, secret)
    finally:
        connection.close()
    return header


def order_sms_auth_header_buggy(payload: Payload) -> str | None:
    """Prepares the order-confirmation SMS request, authenticated the way the gateway expects."""
    credentials = _credentials(payload)
    header = _text(credentials.get("apiKeyRequestHeader")) or "X-API-KEY"
    secret = _text(credentials.get("apiKey"))
    if not (secret.isascii() and secret.isprintable()):
        return None  # the team checked the secret, which came from a password field
    return _gateway_request(header, secret)


def order_sms_auth_header_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    header = _text(credentials.get("apiKeyRequestHeader")) or "X-API-KEY"
    secret = _text(credentials.get("apiKey"))
    if not (secret.isascii() and secret.isprintable()):
        return None
    # The header name is free text from a form too: it must be an HTTP token.
    if not _HEADER_TOKEN.fullmatch(header.strip()):
        return None
    return _gateway_request(header.strip(), secret)


# 6. password in the label printers' mail-relay INI file -----------------------------------


def _relay_ini(parser: configparser.ConfigParser, credentials: dict[str, Any]) -> str:
    parser["smtp"] = {
        "host": _text(credentials.get("host"), "localhost"),
        "port": _text(credentials.get("port"), "25"),
        "user": _text(credentials.get("user")),
        "password": _text(credentials.get("password")),
    }
    out = io.StringIO()
    parser.write(out)
    return out.getvalue()


def label_printer_smtp_ini_buggy(payload: Payload) -> str:
    """The INI file the packing-hall label printers read their mail relay settings from."""
    return _relay_ini(configparser.ConfigParser(), _credentials(payload))


def label_printer_smtp_ini_fixed(payload: Payload) -> str:
    # Values are data, not templates: no '%' interpolation.
    return _relay_ini(configparser.ConfigParser(interpolation=None), _credentials(payload))


# 7. _id in the climate computer's frame ---------------------------------------------------

_CLIMATE_FRAME = struct.Struct(">2sB12s??")
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def climate_computer_frame_buggy(payload: Payload) -> bytes:
    """The frame telling the climate computer which alarm integration is armed."""
    object_id = _text(payload.get("_id"), "0" * 24)
    return _CLIMATE_FRAME.pack(
        b"GH", 1, bytes.fromhex(object_id), payload.get("active") is True, payload.get("primary") is True
    )


def climate_computer_frame_fixed(payload: Payload) -> bytes:
    object_id = _text(payload.get("_id"), "0" * 24)
    if _OBJECT_ID.fullmatch(object_id):
        raw = bytes.fromhex(object_id)
    else:  # not an ObjectId: a stable 12-byte digest of whatever the id is
        raw = hashlib.sha256(object_id.encode("utf-8", "surrogatepass")).digest()[:12]
    return _CLIMATE_FRAME.pack(b"GH", 1, raw, payload.get("active") is True, payload.get("primary") is True)


# 8. _environmentId of the cache key -------------------------------------------------------

_OUR_ENVIRONMENTS = {
    "6615a3c2f1e2d3c4b5a69701": "production",
    "6615a3c2f1e2d3c4b5a69703": "staging",
}


def integration_cache_key_buggy(payload: Payload) -> str:
    """The cache key of an integration in the dashboard's Redis."""
    environment = _OUR_ENVIRONMENTS[_text(payload.get("_environmentId"))]
    channel = _text(payload.get("channel"), "none")
    return f"gh:{environment}:{channel}:{_text(payload.get('identifier'))}"


def integration_cache_key_fixed(payload: Payload) -> str | None:
    # GET /v1/integrations lists the whole organization, every environment included.
    environment = _OUR_ENVIRONMENTS.get(_text(payload.get("_environmentId")))
    if environment is None:
        return None
    channel = _text(payload.get("channel"), "none")
    return f"gh:{environment}:{channel}:{_text(payload.get('identifier'))}"


# 9. primary with active in the crew SMS failover ------------------------------------------


def crew_sms_failover_buggy(payload: Payload) -> str | None:
    """The identifier to send crew SMS through if this is the primary, else None."""
    if payload.get("primary") is not True:
        return None
    assert payload.get("active") is True, "a primary integration is always active"
    return _text(payload.get("identifier"))


def crew_sms_failover_fixed(payload: Payload) -> str | None:
    # An inactive integration can stay primary (set-primary and deactivation leave it so).
    if payload.get("primary") is not True or payload.get("active") is not True:
        return None
    return _text(payload.get("identifier"))


# 10. an empty children list in the irrigation gate ----------------------------------------

_IRRIGATION_CONTEXT: dict[str, dict[str, Any]] = {
    "subscriber": {"plan": "pro", "role": "grower", "data": {"house": "4", "crop": "tomato"}},
    "payload": {"zone": "4B", "crop": "tomato", "valve": "open"},
}


def _child_matches(child: dict[str, Any]) -> bool:
    source = _IRRIGATION_CONTEXT.get(_text(child.get("on")), {})
    field = _text(child.get("field"))
    value: object = source
    for part in field.removeprefix(_text(child.get("on")) + ".").split("."):
        value = value.get(part) if isinstance(value, dict) else None
    expected = _text(child.get("value"))
    match _text(child.get("operator")):
        case "EQUAL":
            return value == expected
        case "NOT_EQUAL":
            return value != expected
        case "IN" | "ANY_IN":
            return value in expected.split(",")
        case "NOT_IN":
            return value not in expected.split(",")
        case _:
            return False


def _gate(payload: Payload, combine: Callable[[dict[str, Any], list[bool]], bool]) -> bool:
    for condition in _conditions(payload):
        passed = combine(condition, [_child_matches(child) for child in _children(condition)])
        if condition.get("isNegated") is True:
            passed = not passed
        if not passed:
            return False
    return True


def irrigation_rule_gate_buggy(payload: Payload) -> bool:
    """Whether the irrigation controller may notify through this integration."""

    def combine(condition: dict[str, Any], results: list[bool]) -> bool:
        join = operator.or_ if condition.get("value") == "OR" else operator.and_
        return bool(functools.reduce(join, results))

    return _gate(payload, combine)


def irrigation_rule_gate_fixed(payload: Payload) -> bool:
    def combine(condition: dict[str, Any], results: list[bool]) -> bool:
        if condition.get("value") == "OR":
            return bool(functools.reduce(operator.or_, results, False))
        return bool(functools.reduce(operator.and_, results, True))

    return _gate(payload, combine)


# 11. NUMBER conditions as humidity thresholds ---------------------------------------------

_CURRENT_HUMIDITY = Decimal("78.5")
_COMPARISONS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "LARGER": operator.gt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER": operator.lt,
    "SMALLER_EQUAL": operator.le,
}
_PLAIN_NUMBER = re.compile(r"\s*([+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+))\s*%?\s*")


def humidity_threshold_buggy(payload: Payload) -> list[str]:
    """The NUMBER thresholds of the integration's conditions that the current humidity trips."""
    tripped = []
    for condition in _conditions(payload):
        if condition.get("type") != "NUMBER":
            continue
        for child in _children(condition):
            compare = _COMPARISONS.get(_text(child.get("operator")))
            if compare is not None and compare(_CURRENT_HUMIDITY, Decimal(_text(child.get("value")))):
                tripped.append(_text(child.get("field")))
    return tripped


def _threshold(text: str) -> Decimal | None:
    """A plain decimal number, with a comma or a point, optionally with '%'; else None."""
    match = _PLAIN_NUMBER.fullmatch(text)
    return Decimal(match.group(1).replace(",", ".")) if match else None


def humidity_threshold_fixed(payload: Payload) -> list[str]:
    tripped = []
    for condition in _conditions(payload):
        if condition.get("type") != "NUMBER":
            continue
        for child in _children(condition):
            compare = _COMPARISONS.get(_text(child.get("operator")))
            threshold = _threshold(_text(child.get("value")))
            if compare is not None and threshold is not None and compare(_CURRENT_HUMIDITY, threshold):
                tripped.append(_text(child.get("field")))
    return tripped


# 12. tlsOptions in the SMTP pool cache key ------------------------------------------------


@functools.lru_cache(maxsize=64)
def _smtp_pool(key: tuple[object, ...]) -> str:
    return f"smtp-pool-{hashlib.sha256(repr(key).encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def smtp_pool_cache_buggy(payload: Payload) -> str:
    """The pooled SMTP connection for a nodemailer-style integration."""
    credentials = _credentials(payload)
    tls = credentials.get("tlsOptions")
    tls_items = tuple(sorted(tls.items())) if isinstance(tls, dict) else ()
    return _smtp_pool((credentials.get("host"), credentials.get("port"), tls_items))


def smtp_pool_cache_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    tls = credentials.get("tlsOptions")
    # tlsOptions is free-form JSON (ca lists, nested objects): key on its canonical JSON text.
    tls_key = json.dumps(tls, sort_keys=True) if isinstance(tls, dict) else ""
    return _smtp_pool((credentials.get("host"), credentials.get("port"), tls_key))


# 13. redirectUrl of the buyers' Slack OAuth flow ------------------------------------------


def slack_oauth_state_buggy(payload: Payload, state: str = "b7d1c0de") -> str | None:
    """The Slack redirect URL with the wholesale buyer's OAuth state appended."""
    url = _text(_credentials(payload).get("redirectUrl"))
    if not url:
        return None
    base, _, rest = url.partition("?")
    query, hash_mark, fragment = rest.partition("#")
    params = parse_qsl(query, strict_parsing=True)
    params.append(("state", state))
    return f"{base}?{urlencode(params, errors='surrogatepass')}{hash_mark}{fragment}"


def slack_oauth_state_fixed(payload: Payload, state: str = "b7d1c0de") -> str | None:
    url = _text(_credentials(payload).get("redirectUrl"))
    if not url:
        return None
    base, _, rest = url.partition("?")
    query, hash_mark, fragment = rest.partition("#")
    # Bare flags (?debug), empty fields (a=1&&b=2) and trailing '&' are common in real URLs.
    params = parse_qsl(query, keep_blank_values=True)
    params.append(("state", state))
    return f"{base}?{urlencode(params, errors='surrogatepass')}{hash_mark}{fragment}"


# 14. host in the mail relay's firewall rule -----------------------------------------------


def mail_relay_firewall_buggy(payload: Payload) -> str:
    """The egress firewall rule for an SMTP (nodemailer) integration."""
    credentials = _credentials(payload)
    host = _text(credentials.get("host"))
    port = _text(credentials.get("port"), "25")
    if host[:1].isdigit():
        return f"allow tcp to {ipaddress.ip_address(host)} port {port!r}"
    return f"allow tcp to fqdn {host!r} port {port!r}"


def mail_relay_firewall_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    host = _text(credentials.get("host"))
    port = _text(credentials.get("port"), "25")
    # Whether the host is an address is decided by parsing it, not by its first character.
    try:
        address = ipaddress.ip_address(host.strip().removeprefix("[").removesuffix("]"))
    except ValueError:
        return f"allow tcp to fqdn {host!r} port {port!r}"
    return f"allow tcp to {address} port {port!r}"


# 15. secretKey of the e-mail webhook signature --------------------------------------------

_SAMPLE_EVENT = b'{"event":"delivered","order":"WH-2291","crates":48}'


def webhook_signature_buggy(payload: Payload) -> str:
    """The expected signature of a delivery event from Novu's e-mail webhook provider."""
    secret = _text(_credentials(payload).get("secretKey"))
    key = base64.b64decode(secret, validate=True)
    return hmac.new(key, _SAMPLE_EVENT, hashlib.sha256).hexdigest()


def webhook_signature_fixed(payload: Payload) -> str:
    secret = _text(_credentials(payload).get("secretKey"))
    # The provider signs with the secret as typed in the form, not with base64-decoded bytes.
    key = secret.encode("utf-8", "surrogatepass")
    return hmac.new(key, _SAMPLE_EVENT, hashlib.sha256).hexdigest()


# 16. deletedAt in the removed-integrations feed -------------------------------------------


def deletion_feed_buggy(payload: Payload) -> str | None:
    """The Last-Modified header of a removed integration in the platform's change feed."""
    if payload.get("deleted") is not True or "deletedAt" not in payload:
        return None
    deleted_at = datetime.fromisoformat(_text(payload.get("deletedAt")))
    return f"Last-Modified: {format_datetime(deleted_at, usegmt=True)}"


def _http_date(text: str) -> str | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None  # deletedAt is a plain string in the contract
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 has no UTC equivalent
        return None
    return format_datetime(moment, usegmt=True)


def deletion_feed_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True or "deletedAt" not in payload:
        return None
    stamp = _http_date(_text(payload.get("deletedAt")))
    return None if stamp is None else f"Last-Modified: {stamp}"


# The cases -------------------------------------------------------------------------------

_IRRIGATION_CONDITION = {
    "isNegated": False,
    "type": "STATEMENT",
    "value": "AND",
    "children": [],
}
_HUMIDITY_CONDITION = {
    "isNegated": False,
    "type": "NUMBER",
    "value": "AND",
    "children": [{"field": "payload.humidity", "value": "85%", "operator": "SMALLER", "on": "payload"}],
}

GREENHOUSE_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="greenhouse_frost_alert_subject",
        bug="an integration name never contains a line break, so it can go into a Subject header",
        buggy=frost_alert_subject_buggy,
        fixed=frost_alert_subject_fixed,
        raises=(ValueError,),
        example=_example({"name": "SendGrid\u2028Kas 4 nacht"}),
    ),
    ConsumerCase(
        name="greenhouse_shift_sms_signature",
        bug="senderName can be a re.sub replacement string (no backslash escapes in it)",
        buggy=shift_sms_signature_buggy,
        fixed=shift_sms_signature_fixed,
        raises=(re.error,),
        example=_example(credentials={"senderName": "Kwekerij\\Noord"}),
    ),
    ConsumerCase(
        name="greenhouse_dashboard_panel_cookie",
        bug="an identifier is a legal cookie-name token",
        buggy=dashboard_panel_cookie_buggy,
        fixed=dashboard_panel_cookie_fixed,
        raises=(http.cookies.CookieError,),
        example=_example({"identifier": "kas 4/sms (nacht)"}),
    ),
    ConsumerCase(
        name="greenhouse_harvest_webhook_relay",
        bug="webhookUrl is already a valid request target (ASCII, no spaces or controls)",
        buggy=harvest_webhook_relay_buggy,
        fixed=harvest_webhook_relay_fixed,
        raises=(http.client.InvalidURL, UnicodeEncodeError),
        example=_example(
            {"providerId": "email-webhook", "name": "Email Webhook"},
            credentials={"webhookUrl": "https://hooks.greenhouse.example/oogst events\n"},
        ),
    ),
    ConsumerCase(
        name="greenhouse_order_sms_auth_header",
        bug="apiKeyRequestHeader is a bare HTTP header name (no colon, spaces or non-ASCII)",
        buggy=order_sms_auth_header_buggy,
        fixed=order_sms_auth_header_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "generic-sms", "channel": "sms", "name": "Generic SMS"},
            credentials={"apiKeyRequestHeader": "Authorization: Bearer", "apiKey": "k-1234"},
        ),
    ),
    ConsumerCase(
        name="greenhouse_label_printer_smtp_ini",
        bug="credential values (the password above all) contain no '%' for configparser to interpolate",
        buggy=label_printer_smtp_ini_buggy,
        fixed=label_printer_smtp_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP"},
            credentials={
                "host": "smtp.greenhouse.example",
                "port": "587",
                "user": "labels",
                "password": "100%tomaat",
            },
        ),
    ),
    ConsumerCase(
        name="greenhouse_climate_computer_frame",
        bug="_id is always a 24-hex MongoDB ObjectId that bytes.fromhex can pack",
        buggy=climate_computer_frame_buggy,
        fixed=climate_computer_frame_fixed,
        raises=(ValueError,),
        example=_example({"_id": "int-kas4-alarm"}),
    ),
    ConsumerCase(
        name="greenhouse_integration_cache_key",
        bug="GET /v1/integrations only returns the API key's own environments",
        buggy=integration_cache_key_buggy,
        fixed=integration_cache_key_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "6615a3c2f1e2d3c4b5a697ff"}),
    ),
    ConsumerCase(
        name="greenhouse_crew_sms_failover",
        bug="a primary integration is always active",
        buggy=crew_sms_failover_buggy,
        fixed=crew_sms_failover_fixed,
        raises=(AssertionError,),
        example=_example({"primary": True, "active": False, "channel": "sms", "providerId": "twilio"}),
    ),
    ConsumerCase(
        name="greenhouse_irrigation_rule_gate",
        bug="every condition has at least one child, so reduce() needs no initial value",
        buggy=irrigation_rule_gate_buggy,
        fixed=irrigation_rule_gate_fixed,
        raises=(TypeError,),
        example=_example({"conditions": [_IRRIGATION_CONDITION]}),
    ),
    ConsumerCase(
        name="greenhouse_humidity_threshold",
        bug="the value of a NUMBER condition is a Decimal literal (no '%', no decimal comma)",
        buggy=humidity_threshold_buggy,
        fixed=humidity_threshold_fixed,
        raises=(InvalidOperation,),
        example=_example({"conditions": [_HUMIDITY_CONDITION]}),
    ),
    ConsumerCase(
        name="greenhouse_smtp_pool_cache",
        bug="tlsOptions values are scalars, so its items can go into an lru_cache key",
        buggy=smtp_pool_cache_buggy,
        fixed=smtp_pool_cache_fixed,
        raises=(TypeError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP"},
            credentials={
                "host": "smtp.greenhouse.example",
                "tlsOptions": {"ca": ["-----BEGIN CERTIFICATE-----"]},
            },
        ),
    ),
    ConsumerCase(
        name="greenhouse_slack_oauth_state",
        bug="every field of the redirectUrl query is a name=value pair (strict_parsing)",
        buggy=slack_oauth_state_buggy,
        fixed=slack_oauth_state_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "slack", "channel": "chat", "name": "Slack"},
            credentials={"redirectUrl": "https://orders.greenhouse.example/slack/callback?buyer=17&debug"},
        ),
    ),
    ConsumerCase(
        name="greenhouse_mail_relay_firewall",
        bug="an SMTP host that starts with a digit is an IP address",
        buggy=mail_relay_firewall_buggy,
        fixed=mail_relay_firewall_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "nodemailer", "name": "Custom SMTP"},
            credentials={"host": "365mail.greenhouse.example", "port": "587"},
        ),
    ),
    ConsumerCase(
        name="greenhouse_webhook_signature",
        bug="secretKey is base64 text and the signing key is its decoded bytes",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "email-webhook", "name": "Email Webhook"},
            credentials={"webhookUrl": "https://hooks.greenhouse.example/mail", "secretKey": "kas-4_geheim!"},
        ),
    ),
    ConsumerCase(
        name="greenhouse_deletion_feed",
        bug="deletedAt is always an ISO-8601 timestamp in UTC (as the server writes it)",
        buggy=deletion_feed_buggy,
        fixed=deletion_feed_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-05-08T14:30:00+02:00"}),
    ),
)
