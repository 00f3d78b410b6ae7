"""Sixteen consumers of ``GET /v1/integrations`` items at a chain of bowling centres.

The organisation runs bowling and family-entertainment centres: lane bookings, birthday
parties, reloadable arcade cards and a kitchen that sends order-ready messages to lanes.
Novu delivers its e-mail, SMS, push and chat notifications; a handful of small services
read the integration records from ``GET /v1/integrations`` and act on them:

- the staff portal (cookies, routing table, Prometheus labels),
- the kitchen ticket printer and the LED lane marquee,
- the party-package matcher, which turns integration conditions into rules,
- the outbound relay, the firewall-rule generator and the webhook signer,
- the sync job that pushes mail-relay settings to the legacy scoring system over XML-RPC,
- the push-notification setup of the arcade-card app (FCM and OneSignal),
- the booking-webhook tester and the archive feed of removed integrations.

Each ``*_buggy`` function is the code as first written: it works on ``HAPPY_PATH`` and on the
payloads the team tested with, and has one plausible mistake that a contract-valid payload
triggers. Each ``*_fixed`` function is the same code after the post-mortem; it never raises on
a payload the contract allows (including the provider drift of ``CONTRACT.md``: items without
``credentials`` or ``channel``, ``on: "tenant"``, operator ``IS_DEFINED``, conditions without
``isNegated``/``type``/``value``).
"""

from __future__ import annotations

import base64
import copy
import decimal
import email.utils
import hashlib
import hmac
import http.client
import http.cookies
import ipaddress
import json
import operator
import re
import textwrap
import unicodedata
import urllib.parse
import urllib.request
import uuid
import xmlrpc.client
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["BOWLING_BUGS", "HAPPY_PATH"]


def _example(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced and credential keys added or replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"].update(copy.deepcopy(dict(credentials)))
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object; absent on 3.x items for API-key callers (the shared helper)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _children(payload: Payload) -> Iterator[dict[str, Any]]:
    """Every condition child (``FieldFilterPartDto``) of the integration."""
    for condition in payload.get("conditions") or []:
        if isinstance(condition, dict):
            for child in condition.get("children") or []:
                if isinstance(child, dict):
                    yield child


def _text(value: object) -> bytes:
    """UTF-8 bytes of a wire string, lone surrogates included (JSON can carry them)."""
    return str(value).encode("utf-8", "surrogatepass")


# 1. identifier as a cookie name -----------------------------------------------------------


def banner_cookie_buggy(payload: Payload) -> str:
    """Staff portal: remembers that the 'integration changed' banner was seen, per integration."""
    jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    jar[f"seen_{payload['identifier']}"] = "1"
    return jar.output(header="Set-Cookie:")


def banner_cookie_fixed(payload: Payload) -> str:
    # Cookie names are RFC 6265 tokens; the identifier is any string, so name the cookie by a hash.
    digest = hashlib.sha256(_text(payload["identifier"])).hexdigest()[:16]
    jar: http.cookies.SimpleCookie = http.cookies.SimpleCookie()
    jar[f"seen_{digest}"] = "1"
    return jar.output(header="Set-Cookie:")


# 2. apiKeyRequestHeader as an HTTP header name --------------------------------------------

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]*")


def _relay_request(header: str, api_key: str) -> str:
    connection = http.client.HTTPConnection("relay.lanes.internal")
    connection.putrequest("POST", "/v1/forward", skip_host=True, skip_accept_encoding=True)
    connection.putheader(header, api_key)
    return header


def relay_auth_header_buggy(payload: Payload) -> str:
    """Outbound relay: forwards generic-sms calls with the key in the configured header."""
    credentials = _credentials(payload)
    header = credentials.get("apiKeyRequestHeader", "Authorization")
    api_key = credentials.get("apiKey", "")
    if not _VISIBLE_ASCII.fullmatch(api_key):
        return "invalid-api-key"
    return _relay_request(header, api_key)


def relay_auth_header_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    header = credentials.get("apiKeyRequestHeader", "Authorization")
    api_key = credentials.get("apiKey", "")
    if not _VISIBLE_ASCII.fullmatch(api_key):
        return "invalid-api-key"
    if not _TOKEN.fullmatch(header):  # a header name is an RFC 9110 token
        return "invalid-header-name"
    return _relay_request(header, api_key)


# 3. host as an IP literal -----------------------------------------------------------------


def smtp_firewall_rule_buggy(payload: Payload) -> str | None:
    """Firewall-rule generator: lets the centre's network reach the nodemailer/kannel host."""
    host = _credentials(payload).get("host")
    if host is None:
        return None
    address = ipaddress.ip_address(host)
    return f"allow out tcp to {address}/{address.max_prefixlen}"


def smtp_firewall_rule_fixed(payload: Payload) -> str | None:
    host = _credentials(payload).get("host")
    if host is None:
        return None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:  # a host name, not an address: an FQDN rule resolved by the firewall
        return f"allow out tcp to fqdn {hashlib.sha256(_text(host)).hexdigest()[:12]}"
    return f"allow out tcp to {address}/{address.max_prefixlen}"


# 4. secretKey as base64 -------------------------------------------------------------------


def webhook_signature_buggy(payload: Payload) -> str:
    """Webhook signer: signs lane-booking events sent to email-/push-webhook receivers."""
    secret = base64.b64decode(_credentials(payload).get("secretKey", ""))
    return hmac.new(secret, b'{"event":"lane.booked"}', hashlib.sha256).hexdigest()


def webhook_signature_fixed(payload: Payload) -> str:
    # The provider signs with the secret's own bytes; it was never base64.
    secret = _text(_credentials(payload).get("secretKey", ""))
    return hmac.new(secret, b'{"event":"lane.booked"}', hashlib.sha256).hexdigest()


# 5. name on a kitchen ticket --------------------------------------------------------------

TICKET_WIDTH = 40
_ORDER_READY = "Order ready: two pizzas and a pitcher for lane 12, please collect at the counter."


def kitchen_ticket_buggy(payload: Payload) -> str:
    """Kitchen printer: prints which integration sent the order-ready message, then the text."""
    prefix = f"[{payload['name']}] "
    lines = textwrap.wrap(_ORDER_READY, width=TICKET_WIDTH - len(prefix))
    return "\n".join(prefix + line if i == 0 else " " * len(prefix) + line for i, line in enumerate(lines))


def kitchen_ticket_fixed(payload: Payload) -> str:
    prefix = f"[{payload['name']}] "
    if len(prefix) > TICKET_WIDTH // 2:  # a long name gets its own (cut) line
        return "\n".join([prefix[:TICKET_WIDTH], *textwrap.wrap(_ORDER_READY, width=TICKET_WIDTH)])
    lines = textwrap.wrap(_ORDER_READY, width=TICKET_WIDTH - len(prefix))
    return "\n".join(prefix + line if i == 0 else " " * len(prefix) + line for i, line in enumerate(lines))


# 6. LIKE conditions as regular expressions ------------------------------------------------


def party_like_rules_buggy(payload: Payload) -> list[str]:
    """Party-package matcher: compiles LIKE conditions (SQL wildcards) into regexes at load."""
    rules = []
    for child in _children(payload):
        if child.get("operator") in ("LIKE", "NOT_LIKE"):
            pattern = str(child.get("value", "")).replace("%", ".*").replace("_", ".")
            rules.append(re.compile(f"^{pattern}$", re.DOTALL).pattern)
    return rules


def party_like_rules_fixed(payload: Payload) -> list[str]:
    rules = []
    for child in _children(payload):
        if child.get("operator") in ("LIKE", "NOT_LIKE"):
            value = str(child.get("value", ""))
            pattern = ".*".join(".".join(map(re.escape, part.split("_"))) for part in value.split("%"))
            rules.append(re.compile(f"^{pattern}$", re.DOTALL).pattern)
    return rules


# 7. numeric conditions ------------------------------------------------------------------

_NUMERIC: dict[str, Callable[[Any, Any], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}
_SAMPLE_SCORE = decimal.Decimal(187)


def score_perk_buggy(payload: Payload) -> list[bool]:
    """Arcade-card perks: which numeric conditions a 187-point game satisfies."""
    results = []
    for child in _children(payload):
        compare = _NUMERIC.get(str(child.get("operator")))
        if compare is not None:
            results.append(compare(_SAMPLE_SCORE, decimal.Decimal(child["value"])))
    return results


def score_perk_fixed(payload: Payload) -> list[bool]:
    results = []
    for child in _children(payload):
        compare = _NUMERIC.get(str(child.get("operator")))
        if compare is None:
            continue
        try:  # the value is any string: a field name, a date, a word, or a number
            threshold = decimal.Decimal(str(child.get("value", "")))
        except decimal.InvalidOperation:
            continue
        if threshold.is_finite():
            results.append(compare(_SAMPLE_SCORE, threshold))
    return results


# 8. tlsOptions over XML-RPC ---------------------------------------------------------------

_XMLRPC_INT = range(-(2**31), 2**31)


def scoring_sync_buggy(payload: Payload) -> str:
    """Sync job: pushes the nodemailer relay settings to the legacy scoring system (XML-RPC)."""
    credentials = _credentials(payload)
    settings = {"host": str(credentials.get("host", "")), "tls": credentials.get("tlsOptions", {})}
    return xmlrpc.client.dumps((settings,), methodname="relay.configure")


def _xmlrpc_safe(value: Any, depth: int = 0) -> Any:
    if depth > 32:
        return "<too deep>"
    if isinstance(value, dict):
        return {str(k): _xmlrpc_safe(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [_xmlrpc_safe(v, depth + 1) for v in value]
    if isinstance(value, int) and not isinstance(value, bool) and value not in _XMLRPC_INT:
        return str(value)  # XML-RPC <int> is 32-bit
    return value


def scoring_sync_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    settings = {
        "host": str(credentials.get("host", "")),
        "tls": _xmlrpc_safe(credentials.get("tlsOptions", {})),
    }
    return xmlrpc.client.dumps((settings,), methodname="relay.configure", allow_none=True)


# 9. senderName on the LED marquee ---------------------------------------------------------

_LED_FONT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -!&'.")


def _fold(name: str) -> str:
    """``LATIN SMALL LETTER E WITH ACUTE`` -> ``E``; anything else -> ``?``."""
    if name.startswith("LATIN") and " LETTER " in name:
        letter = name.split(" LETTER ", 1)[1].split(" WITH ", 1)[0]
        if letter in _LED_FONT:
            return letter
    return "?"


def marquee_buggy(payload: Payload) -> str:
    """LED lane marquee: shows who is sending tonight's league results, in its A-Z font."""
    sender = str(_credentials(payload).get("senderName") or payload["name"])
    out = []
    for ch in sender:
        out.append(ch.upper() if ch.upper() in _LED_FONT else _fold(unicodedata.name(ch)))
    return "".join(out)


def marquee_fixed(payload: Payload) -> str:
    sender = str(_credentials(payload).get("senderName") or payload["name"])
    out = []
    for ch in sender:
        # Control, private-use, unassigned and surrogate code points have no name.
        out.append(ch.upper() if ch.upper() in _LED_FONT else _fold(unicodedata.name(ch, "")))
    return "".join(out)


# 10. deletedAt as an HTTP date ------------------------------------------------------------


def archive_feed_buggy(payload: Payload) -> dict[str, str] | None:
    """Archive feed of removed integrations: the Last-Modified header of each entry."""
    if "deletedAt" not in payload:
        return None
    when = datetime.fromisoformat(payload["deletedAt"])
    return {"Last-Modified": email.utils.format_datetime(when, usegmt=True)}


def archive_feed_fixed(payload: Payload) -> dict[str, str] | None:
    if "deletedAt" not in payload:
        return None
    try:
        when = datetime.fromisoformat(payload["deletedAt"])
        # usegmt needs UTC itself, not merely an aware time; a naive time is taken as UTC.
        when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    except (ValueError, OverflowError):
        return {"Last-Modified": "unknown"}
    return {"Last-Modified": email.utils.format_datetime(when, usegmt=True)}


# 11. serviceAccount as a Google service-account document ----------------------------------


def push_project_buggy(payload: Payload) -> str | None:
    """Arcade-card app: which Firebase project and account send its push notifications."""
    service_account = _credentials(payload).get("serviceAccount")
    if service_account is None:
        return None
    info = json.loads(service_account)
    return f"{info['project_id']}:{info['client_email']}"


def push_project_fixed(payload: Payload) -> str | None:
    service_account = _credentials(payload).get("serviceAccount")
    if service_account is None:
        return None
    try:
        info = json.loads(service_account)
    except (ValueError, RecursionError):
        return "unreadable-service-account"
    if not isinstance(info, dict):
        return "unreadable-service-account"
    project, account = info.get("project_id"), info.get("client_email")
    if not isinstance(project, str) or not isinstance(account, str):
        return "incomplete-service-account"
    return f"{project}:{account}"


# 12. webhookUrl as an absolute URL --------------------------------------------------------

_HAS_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def booking_webhook_buggy(payload: Payload) -> str | None:
    """Booking-webhook tester: builds the test request for email-/push-webhook integrations."""
    credentials = _credentials(payload)
    if "webhookUrl" not in credentials:
        return None
    request = urllib.request.Request(credentials["webhookUrl"], data=b"{}", method="POST")
    return request.type


def booking_webhook_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    if "webhookUrl" not in credentials:
        return None
    url = str(credentials["webhookUrl"]).strip()
    scheme = _HAS_SCHEME.match(url)
    if scheme is None:  # people paste "hooks.example.com/x": the form's default is https
        url = "https://" + url
    elif scheme.group().lower() not in ("http://", "https://"):
        return None
    try:  # the host part must survive urlsplit (brackets, NFKC-unsafe characters)
        urllib.parse.urlsplit(url)
    except ValueError:
        return None
    request = urllib.request.Request(url, data=b"{}", method="POST")
    return request.type


# 13. primary implies active ---------------------------------------------------------------


def routing_table_buggy(payload: Payload) -> tuple[str, str] | None:
    """Staff portal: the per-channel routing entry contributed by a primary integration."""
    if not payload["primary"]:
        return None
    assert payload["active"], f"primary integration {payload['identifier']!r} is inactive"
    return (str(payload.get("channel", "")), str(payload["identifier"]))


def routing_table_fixed(payload: Payload) -> tuple[str, str] | None:
    # The server never clears primary on deactivation: an inactive primary routes nothing.
    if not payload["primary"] or not payload["active"]:
        return None
    return (str(payload.get("channel", "")), str(payload["identifier"]))


# 14. priority in a metrics label ----------------------------------------------------------


def metrics_label_buggy(payload: Payload) -> str:
    """Metrics exporter: a Prometheus series per integration, labelled by its priority."""
    priority = payload.get("priority", 0)
    return f'novu_integration_up{{provider="{payload["providerId"]}",priority="p{priority:02d}"}}'


def metrics_label_fixed(payload: Payload) -> str:
    priority = payload.get("priority", 0)
    if isinstance(priority, float) and priority.is_integer():
        priority = int(priority)
    label = f"p{priority:02d}" if isinstance(priority, int) and not isinstance(priority, bool) else "p??"
    return f'novu_integration_up{{provider="{payload["providerId"]}",priority="{label}"}}'


# 15. ipPoolName in a mail header ----------------------------------------------------------

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def party_invite_buggy(payload: Payload) -> str | None:
    """Party invitations: the relay picks the SendGrid IP pool from an X-IP-Pool header."""
    pool = _credentials(payload).get("ipPoolName")
    if pool is None:
        return None
    message = EmailMessage()
    message["Subject"] = "Your birthday party lanes are booked!"
    message["X-IP-Pool"] = pool
    return str(message["X-IP-Pool"])


def party_invite_fixed(payload: Payload) -> str | None:
    pool = _credentials(payload).get("ipPoolName")
    if pool is None:
        return None
    message = EmailMessage()
    message["Subject"] = "Your birthday party lanes are booked!"
    pool = _LONE_SURROGATE.sub("\ufffd", " ".join(str(pool).splitlines()))  # a header is one line of text
    message["X-IP-Pool"] = pool
    return str(message["X-IP-Pool"])


# 16. applicationId as a OneSignal app id --------------------------------------------------


def push_app_buggy(payload: Payload) -> str | None:
    """Arcade-card app: the app id in push-provider API paths, normalised."""
    application_id = _credentials(payload).get("applicationId")
    if application_id is None:
        return None
    return f"/api/v1/apps/{uuid.UUID(application_id)}"


def push_app_fixed(payload: Payload) -> str | None:
    application_id = _credentials(payload).get("applicationId")
    if application_id is None:
        return None
    try:  # OneSignal ids are UUIDs; Slack, Pushpad and APNs use other formats
        normalised = str(uuid.UUID(application_id))
    except ValueError:
        normalised = hashlib.sha256(_text(application_id)).hexdigest()[:32]
    return f"/api/v1/apps/{normalised}"


BOWLING_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="bowling_banner_cookie",
        bug="the identifier is a legal cookie name (no spaces, commas, non-ASCII or non-token characters)",
        buggy=banner_cookie_buggy,
        fixed=banner_cookie_fixed,
        raises=(http.cookies.CookieError,),
        example=_example({"identifier": "Lane Booking, Downtown"}),
    ),
    ConsumerCase(
        name="bowling_relay_auth_header",
        bug="apiKeyRequestHeader is a legal HTTP header name (no colon, leading space or non-ASCII)",
        buggy=relay_auth_header_buggy,
        fixed=relay_auth_header_fixed,
        raises=(ValueError,),
        example=_example({"providerId": "generic-sms"}, credentials={"apiKeyRequestHeader": "X-Api-Key:"}),
    ),
    ConsumerCase(
        name="bowling_smtp_firewall_rule",
        bug="credentials.host is an IP address literal, never a host name",
        buggy=smtp_firewall_rule_buggy,
        fixed=smtp_firewall_rule_fixed,
        raises=(ValueError,),
        example=_example({"providerId": "nodemailer"}, credentials={"host": "smtp.lanes.example"}),
    ),
    ConsumerCase(
        name="bowling_webhook_signature",
        bug="secretKey is base64 (it is an opaque string: bad padding or non-ASCII breaks b64decode)",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(ValueError,),
        example=_example({"providerId": "email-webhook"}, credentials={"secretKey": "s3cret"}),
    ),
    ConsumerCase(
        name="bowling_kitchen_ticket",
        bug="the name is short enough to leave a positive width for textwrap on a 40-column ticket",
        buggy=kitchen_ticket_buggy,
        fixed=kitchen_ticket_fixed,
        raises=(ValueError,),
        example=_example({"name": "Downtown Lanes kitchen order notifications"}),
    ),
    ConsumerCase(
        name="bowling_party_like_rules",
        bug="LIKE values hold only SQL wildcards, so they can be pasted into a regex unescaped",
        buggy=party_like_rules_buggy,
        fixed=party_like_rules_fixed,
        raises=(re.error, RecursionError, FutureWarning),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.package",
                                "value": "(deluxe%",
                                "operator": "LIKE",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="bowling_score_perk",
        bug="the value of a LARGER/SMALLER condition is always a decimal number",
        buggy=score_perk_buggy,
        fixed=score_perk_fixed,
        raises=(decimal.InvalidOperation,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.score",
                                "value": "two hundred",
                                "operator": "LARGER",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="bowling_scoring_sync",
        bug="tlsOptions holds only XML-RPC-marshallable values (no null, no integer beyond 32 bits)",
        buggy=scoring_sync_buggy,
        fixed=scoring_sync_fixed,
        raises=(TypeError, OverflowError),
        example=_example(
            {"providerId": "nodemailer"},
            credentials={"host": "10.0.0.5", "tlsOptions": {"rejectUnauthorized": False, "servername": None}},
        ),
    ),
    ConsumerCase(
        name="bowling_marquee",
        bug="every character of senderName has a Unicode name (control, private-use, unassigned ones do not)",
        buggy=marquee_buggy,
        fixed=marquee_fixed,
        raises=(ValueError,),
        example=_example(credentials={"senderName": "Strike\tZone"}),
    ),
    ConsumerCase(
        name="bowling_archive_feed",
        bug="deletedAt is an ISO-8601 timestamp in UTC, as format_datetime(usegmt=True) requires",
        buggy=archive_feed_buggy,
        fixed=archive_feed_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2024-11-02T21:30:00+01:00"}),
    ),
    ConsumerCase(
        name="bowling_push_project",
        bug="serviceAccount is a JSON object with project_id and client_email",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(ValueError, KeyError, TypeError, RecursionError),
        example=_example(
            {"providerId": "fcm", "channel": "push"}, credentials={"serviceAccount": "see vault"}
        ),
    ),
    ConsumerCase(
        name="bowling_booking_webhook",
        bug="webhookUrl is an absolute URL with a scheme",
        buggy=booking_webhook_buggy,
        fixed=booking_webhook_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "push-webhook", "channel": "push"},
            credentials={"webhookUrl": "hooks.lanes.example/novu"},
        ),
    ),
    ConsumerCase(
        name="bowling_routing_table",
        bug="a primary integration is always active",
        buggy=routing_table_buggy,
        fixed=routing_table_fixed,
        raises=(AssertionError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="bowling_metrics_label",
        bug="the extra priority key is always an integer (JSON numbers may be floats; extras any type)",
        buggy=metrics_label_buggy,
        fixed=metrics_label_fixed,
        raises=(ValueError, TypeError),
        example=_example({"priority": 1.5}),
    ),
    ConsumerCase(
        name="bowling_party_invite",
        bug="ipPoolName has no line breaks, so it can go into a mail header as is",
        buggy=party_invite_buggy,
        fixed=party_invite_fixed,
        raises=(ValueError,),
        example=_example(credentials={"ipPoolName": "parties\r\nweekend"}),
    ),
    ConsumerCase(
        name="bowling_push_app",
        bug="applicationId is always a OneSignal UUID",
        buggy=push_app_buggy,
        fixed=push_app_fixed,
        raises=(ValueError,),
        example=_example(
            {"providerId": "slack", "channel": "chat"}, credentials={"applicationId": "A04LANES"}
        ),
    ),
)
