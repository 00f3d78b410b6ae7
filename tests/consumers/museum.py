"""Sixteen consumers from a museum group's ticketing and membership platform, each with one typical
contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. Each consumer
reads one element of ``GET /v1/integrations`` the way the museum group's services do (alerting mails,
transport caches, SMS gateway config, visitor-segment routers, kiosk speech labels, admin screens...).
The buggy version works on ``HAPPY_PATH`` but wrongly assumes something about a value the contract
allows; the fixed control does the same job without that assumption and never raises on a valid payload.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import http.client
import json
import math
import mimetypes
import re
import unicodedata
from collections.abc import Mapping
from email.message import EmailMessage
from typing import Any, NamedTuple, cast
from urllib.parse import parse_qsl, quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------------
# Small helpers (shared by the fixed controls; the buggy versions index the payload directly)
# --------------------------------------------------------------------------------------------------


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced (``changes``), removed (``drop``), new ``credentials``."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _conditions(*children: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One ``STATEMENT``/``AND`` condition holding ``children``."""
    return [
        {
            "isNegated": False,
            "type": "STATEMENT",
            "value": "AND",
            "children": [dict(child) for child in children],
        }
    ]


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _children(payload: Payload) -> list[dict[str, Any]]:
    """Every condition child that is an object, in order, whatever the condition shapes."""
    found: list[dict[str, Any]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return found
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if not isinstance(children, list):
            continue
        found.extend(child for child in children if isinstance(child, dict))
    return found


def _no_surrogates(text: str) -> str:
    """``text`` with lone surrogates (valid in JSON escapes, not encodable) replaced by U+FFFD."""
    return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


# --------------------------------------------------------------------------------------------------
# 1. Alerting: an ops e-mail when an integration of the ticket shop is switched off
# --------------------------------------------------------------------------------------------------


def alert_subject_buggy(payload: Payload) -> str:
    msg = EmailMessage()
    msg["From"] = "ops@museum-group.example"
    msg["To"] = "oncall@museum-group.example"
    state = "active" if payload["active"] else "INACTIVE"
    msg["Subject"] = f"[tickets] {payload['channel']} integration {payload['name']} is {state}"
    return str(msg["Subject"])


def alert_subject_fixed(payload: Payload) -> str:
    msg = EmailMessage()
    msg["From"] = "ops@museum-group.example"
    msg["To"] = "oncall@museum-group.example"
    state = "active" if payload.get("active") is True else "INACTIVE"
    name = " ".join(_no_surrogates(_text(payload.get("name"))).splitlines())
    channel = " ".join(_no_surrogates(_text(payload.get("channel"))).splitlines())
    msg["Subject"] = " ".join(f"[tickets] {channel} integration {name} is {state}".splitlines())
    return str(msg["Subject"])


# --------------------------------------------------------------------------------------------------
# 2. Cache: one SMTP transport per distinct credential set (membership renewal mails)
# --------------------------------------------------------------------------------------------------

_TRANSPORTS: dict[object, str] = {}


def smtp_pool_key_buggy(payload: Payload) -> str:
    credentials = payload["credentials"]
    key = (payload["providerId"], frozenset(credentials.items()))
    return _TRANSPORTS.setdefault(key, f"transport-{len(_TRANSPORTS)}")


def smtp_pool_key_fixed(payload: Payload) -> str:
    canonical = json.dumps(
        [_text(payload.get("providerId")), _creds(payload)], sort_keys=True, ensure_ascii=True, default=repr
    )
    key = hashlib.sha256(canonical.encode("ascii")).hexdigest()
    return _TRANSPORTS.setdefault(key, f"transport-{len(_TRANSPORTS)}")


# --------------------------------------------------------------------------------------------------
# 3. Config builder: the DSN of the Kannel SMS gateway for gallery-opening reminders
# --------------------------------------------------------------------------------------------------


def kannel_dsn_buggy(payload: Payload) -> tuple[str | None, int]:
    credentials = payload["credentials"]
    user = credentials.get("user", "")
    password = credentials.get("password", "")
    host = credentials.get("host", "localhost")
    port = credentials.get("port", "13013")
    auth = f"{user}:{password}@" if user else ""
    dsn = f"kannel://{auth}{host}:{port}/cgi-bin/sendsms"
    parts = urlsplit(dsn)
    return parts.hostname, parts.port or 13013


def kannel_dsn_fixed(payload: Payload) -> tuple[str, int | str]:
    credentials = _creds(payload)
    user = _text(credentials.get("user"))
    password = _text(credentials.get("password"))
    host = _text(credentials.get("host"), "localhost") or "localhost"
    port_text = _text(credentials.get("port"), "13013")
    port: int | str = (
        int(port_text) if port_text.isascii() and port_text.isdigit() and len(port_text) <= 5 else 13013
    )
    if user:
        user_q = quote(user, safe="", errors="surrogatepass")
        password_q = quote(password, safe="", errors="surrogatepass")
        auth = f"{user_q}:{password_q}@"
    else:
        auth = ""
    host_q = quote(host, safe="", errors="surrogatepass")
    dsn = f"kannel://{auth}{host_q}:{port}/cgi-bin/sendsms"
    return dsn, port


# --------------------------------------------------------------------------------------------------
# 4. Router: visitor age bands / exhibition season windows from BETWEEN conditions
# --------------------------------------------------------------------------------------------------


def between_bands_buggy(payload: Payload) -> list[tuple[str, str, str]]:
    bands: list[tuple[str, str, str]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = (part.strip() for part in child["value"].split(","))
                bands.append((child["field"], low, high))
    return bands


def between_bands_fixed(payload: Payload) -> list[tuple[str, str, str]]:
    bands: list[tuple[str, str, str]] = []
    for child in _children(payload):
        if child.get("operator") in ("BETWEEN", "NOT_BETWEEN"):
            low, _, high = _text(child.get("value")).partition(",")
            bands.append((_text(child.get("field")), low.strip(), high.strip()))
    return bands


# --------------------------------------------------------------------------------------------------
# 5. Router: membership tiers listed in IN / ANY_IN / ALL_IN / NOT_IN conditions
# --------------------------------------------------------------------------------------------------

_LIST_OPERATORS = ("IN", "NOT_IN", "ANY_IN", "ALL_IN")


def tier_lists_buggy(payload: Payload) -> dict[str, list[str]]:
    tiers: dict[str, list[str]] = {}
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _LIST_OPERATORS:
                tiers[child["field"]] = [str(item) for item in json.loads(child["value"])]
    return tiers


def tier_lists_fixed(payload: Payload) -> dict[str, list[str]]:
    tiers: dict[str, list[str]] = {}
    for child in _children(payload):
        if child.get("operator") not in _LIST_OPERATORS:
            continue
        value = _text(child.get("value"))
        items: list[str]
        try:
            decoded = json.loads(value)
        except (ValueError, RecursionError):
            decoded = None
        if isinstance(decoded, list):
            items = [item if isinstance(item, str) else json.dumps(item, default=repr) for item in decoded]
        else:
            items = [part.strip() for part in value.split(",") if part.strip()]
        tiers[_text(child.get("field"))] = items
    return tiers


# --------------------------------------------------------------------------------------------------
# 6. Audit log: which subscriber / payload attributes the rules of the visitor app read
# --------------------------------------------------------------------------------------------------


def field_namespaces_buggy(payload: Payload) -> dict[str, list[str]]:
    used: dict[str, list[str]] = {}
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            namespace, attribute = child["field"].split(".", 1)
            used.setdefault(namespace, []).append(attribute)
    return used


def field_namespaces_fixed(payload: Payload) -> dict[str, list[str]]:
    used: dict[str, list[str]] = {}
    for child in _children(payload):
        field = _text(child.get("field"))
        namespace, dot, attribute = field.partition(".")
        if not dot:
            namespace, attribute = _text(child.get("on"), "payload"), field
        used.setdefault(namespace, []).append(attribute)
    return used


# --------------------------------------------------------------------------------------------------
# 7. Migration script: conditions into the rules engine's typed records
# --------------------------------------------------------------------------------------------------


class FieldRule(NamedTuple):
    field: str
    value: str
    operator: str
    on: str


def typed_rules_buggy(payload: Payload) -> list[FieldRule]:
    rules: list[FieldRule] = []
    for condition in payload.get("conditions", []):
        rules.extend(FieldRule(**child) for child in condition["children"])
    return rules


def typed_rules_fixed(payload: Payload) -> list[FieldRule]:
    return [
        FieldRule(
            field=_text(child.get("field")),
            value=_text(child.get("value")),
            operator=_text(child.get("operator")),
            on=_text(child.get("on")),
        )
        for child in _children(payload)
    ]


# --------------------------------------------------------------------------------------------------
# 8. Billing/usage job: integrations sorted by the server's undocumented ``priority``
# --------------------------------------------------------------------------------------------------


def usage_rank_buggy(payload: Payload) -> tuple[int, str]:
    rank = int(payload.get("priority", 0))
    return -rank, payload["identifier"]


def usage_rank_fixed(payload: Payload) -> tuple[int, str]:
    raw = payload.get("priority", 0)
    rank = 0
    if isinstance(raw, int) and not isinstance(raw, bool):
        rank = raw
    elif isinstance(raw, float) and math.isfinite(raw):
        rank = int(raw)
    return -rank, _text(payload.get("identifier"))


# --------------------------------------------------------------------------------------------------
# 9. Chat card builder: the image of the Grafana OnCall alert for the facilities team
# --------------------------------------------------------------------------------------------------


def grafana_image_kind_buggy(payload: Payload) -> str | None:
    image_url = payload["credentials"].get("imageUrl")
    if not image_url:
        return None
    major, _, minor = cast(str, mimetypes.guess_type(image_url)[0]).partition("/")
    return "inline" if major == "image" and minor != "svg+xml" else "link"


def grafana_image_kind_fixed(payload: Payload) -> str | None:
    image_url = _text(_creds(payload).get("imageUrl"))
    if not image_url:
        return None
    try:
        mime = mimetypes.guess_type(image_url)[0]
    except (ValueError, TypeError):
        mime = None
    if mime is None:
        return "link"
    major, _, minor = mime.partition("/")
    return "inline" if major == "image" and minor != "svg+xml" else "link"


# --------------------------------------------------------------------------------------------------
# 10. Dashboard: the headline of the Grafana alert shown on the security-desk screen
# --------------------------------------------------------------------------------------------------


def alert_headline_buggy(payload: Payload) -> str:
    title: str = payload["credentials"].get("title", payload["name"])
    headline = title.strip().splitlines()[0]
    return headline[:60]


def alert_headline_fixed(payload: Payload) -> str:
    credentials = _creds(payload)
    title = _text(credentials.get("title"), _text(payload.get("name")))
    lines = [line.strip() for line in title.strip().splitlines() if line.strip()]
    if lines:
        return lines[0][:60]
    fallback = _text(payload.get("name")).strip() or _text(payload.get("identifier")) or "(untitled alert)"
    return fallback[:60]


# --------------------------------------------------------------------------------------------------
# 11. Push config builder: the APNs .p8 signing key for the museum's mobile guide app
# --------------------------------------------------------------------------------------------------


def apns_key_fingerprint_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "apns":
        return None
    secret = payload["credentials"]["secretKey"]
    body = "".join(line for line in secret.strip().splitlines() if not line.startswith("-----"))
    der = base64.b64decode(body, validate=True)
    return hashlib.sha256(der).hexdigest()[:16]


def apns_key_fingerprint_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "apns":
        return None
    secret = _text(_creds(payload).get("secretKey"))
    if not secret:
        return None
    body = "".join(line.strip() for line in secret.strip().splitlines() if not line.startswith("-----"))
    try:
        der = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        return None
    return hashlib.sha256(der).hexdigest()[:16]


# --------------------------------------------------------------------------------------------------
# 12. Admin serializer: the state parameters kept in the Slack OAuth redirect URL
# --------------------------------------------------------------------------------------------------


def slack_redirect_params_buggy(payload: Payload) -> dict[str, str]:
    redirect = payload["credentials"].get("redirectUrl", "")
    query = urlsplit(redirect).query
    return dict(parse_qsl(query, strict_parsing=True))


def slack_redirect_params_fixed(payload: Payload) -> dict[str, str]:
    redirect = _text(_creds(payload).get("redirectUrl"))
    try:
        query = urlsplit(redirect).query
    except ValueError:
        return {}
    try:
        return dict(parse_qsl(query, keep_blank_values=True))
    except ValueError:
        return {}


# --------------------------------------------------------------------------------------------------
# 13. Sync job: a staged request to the generic SMS gateway of the box office
# --------------------------------------------------------------------------------------------------

_HEADER_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE = re.compile(r"[\x20-\x7e\t]*")


def sms_gateway_request_buggy(payload: Payload) -> http.client.HTTPConnection:
    credentials = payload["credentials"]
    connection = http.client.HTTPConnection("sms-gateway.museum-group.internal", timeout=5)
    connection.putrequest("POST", "/send")
    if payload["providerId"] == "generic-sms":
        connection.putheader(
            credentials.get("apiKeyRequestHeader", "X-API-Key"), credentials.get("apiKey", "")
        )
    connection.putheader("Content-Type", "application/json")
    return connection


def sms_gateway_request_fixed(payload: Payload) -> http.client.HTTPConnection:
    credentials = _creds(payload)
    connection = http.client.HTTPConnection("sms-gateway.museum-group.internal", timeout=5)
    connection.putrequest("POST", "/send")
    if payload.get("providerId") == "generic-sms":
        header = _text(credentials.get("apiKeyRequestHeader")).strip()
        if not _HEADER_TOKEN.fullmatch(header):
            header = "X-API-Key"
        api_key = _text(credentials.get("apiKey"))
        if _HEADER_VALUE.fullmatch(api_key):
            connection.putheader(header, api_key)
    connection.putheader("Content-Type", "application/json")
    return connection


# --------------------------------------------------------------------------------------------------
# 14. Admin serializer: labelled credential fields on the integrations settings page
# --------------------------------------------------------------------------------------------------

_CREDENTIAL_LABELS: dict[str, str] = {
    "apiKey": "API key",
    "user": "User",
    "secretKey": "Secret key",
    "domain": "Domain",
    "password": "Password",
    "host": "Host",
    "port": "Port",
    "secure": "Secure",
    "region": "Region",
    "accountSid": "Account SID",
    "messageProfileId": "Message profile",
    "token": "Token",
    "from": "From",
    "senderName": "Sender name",
    "projectName": "Project name",
    "applicationId": "Application id",
    "clientId": "Client id",
    "requireTls": "Require TLS",
    "ignoreTls": "Ignore TLS",
    "tlsOptions": "TLS options",
    "baseUrl": "Base URL",
    "webhookUrl": "Webhook URL",
    "redirectUrl": "Redirect URL",
    "hmac": "HMAC",
    "serviceAccount": "Service account",
    "ipPoolName": "IP pool",
    "apiKeyRequestHeader": "API key header",
    "secretKeyRequestHeader": "Secret key header",
    "idPath": "Id path",
    "datePath": "Date path",
    "apiToken": "API token",
    "authenticateByToken": "Authenticate by token",
    "authenticationTokenKey": "Token key",
    "instanceId": "Instance id",
    "alertUid": "Alert UID",
    "title": "Title",
    "imageUrl": "Image URL",
    "state": "State",
    "externalLink": "External link",
    "channelId": "Channel id",
    "phoneNumberIdentification": "Phone number id",
    "accessKey": "Access key",
}


def credential_rows_buggy(payload: Payload) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, value in payload["credentials"].items():
        rows.append((_CREDENTIAL_LABELS[key], "set" if value not in ("", None) else "empty"))
    return rows


def credential_rows_fixed(payload: Payload) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, value in _creds(payload).items():
        label = _CREDENTIAL_LABELS.get(key, str(key))
        rows.append((label, "set" if value not in ("", None) else "empty"))
    return rows


# --------------------------------------------------------------------------------------------------
# 15. Usage job: the WhatsApp Business messages endpoint for the gift-shop order chats
# --------------------------------------------------------------------------------------------------


def whatsapp_endpoint_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "whatsapp-business":
        return None
    phone_id = payload["credentials"]["phoneNumberIdentification"]
    return f"https://graph.facebook.com/v19.0/{quote(phone_id, safe='')}/messages"


def whatsapp_endpoint_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "whatsapp-business":
        return None
    phone_id = _text(_creds(payload).get("phoneNumberIdentification"))
    if not phone_id:
        return None
    return f"https://graph.facebook.com/v19.0/{quote(phone_id, safe='', errors='surrogatepass')}/messages"


# --------------------------------------------------------------------------------------------------
# 16. Search indexer: spoken labels of integration names for the accessible kiosk admin
# --------------------------------------------------------------------------------------------------


def kiosk_spoken_name_buggy(payload: Payload) -> str:
    spoken = [ch if ch.isascii() else f" {unicodedata.name(ch).lower()} " for ch in payload["name"]]
    return " ".join("".join(spoken).split())


def kiosk_spoken_name_fixed(payload: Payload) -> str:
    spoken = [
        ch if ch.isascii() else f" {unicodedata.name(ch, f'character {ord(ch):04x}').lower()} "
        for ch in _text(payload.get("name"))
    ]
    return " ".join("".join(spoken).split())


# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

MUSEUM_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="museum_alert_subject",
        bug="puts the name into an e-mail Subject header, assuming it has no line breaks (\\n, U+2028...)",
        buggy=alert_subject_buggy,
        fixed=alert_subject_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Mailjet Tickets\u2028Box Office",
                "providerId": "mailjet",
                "identifier": "mailjet-Q2x9aB",
            },
            credentials={"apiKey": "mj-key", "secretKey": "mj-secret", "from": "tickets@museum.example"},
        ),
    ),
    ConsumerCase(
        name="museum_smtp_pool_key",
        bug="keys a cache on frozenset(credentials.items()), assuming every credential value is hashable",
        buggy=smtp_pool_key_buggy,
        fixed=smtp_pool_key_fixed,
        raises=(TypeError,),
        example=_payload(
            {"name": "Custom SMTP", "providerId": "nodemailer", "identifier": "custom-smtp-Z1pQ0w"},
            credentials={
                "host": "smtp.museum.example",
                "port": "587",
                "secure": False,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "members@museum.example",
                "senderName": "Museum Members",
            },
        ),
    ),
    ConsumerCase(
        name="museum_kannel_dsn",
        bug="puts user/password unescaped into a URL and re-parses it, assuming the password has no / ? #",
        buggy=kannel_dsn_buggy,
        fixed=kannel_dsn_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "providerId": "kannel",
                "channel": "sms",
                "identifier": "kannel-sms-8fk2Lq",
            },
            credentials={
                "host": "kannel.museum.internal",
                "port": "13013",
                "user": "boxoffice",
                "password": "gate/way#2",
                "from": "MUSEUM",
            },
        ),
    ),
    ConsumerCase(
        name="museum_between_bands",
        bug="unpacks a BETWEEN condition value into exactly two comma-separated bounds",
        buggy=between_bands_buggy,
        fixed=between_bands_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": _conditions(
                    {"field": "subscriber.age", "value": "18", "operator": "BETWEEN", "on": "subscriber"}
                )
            }
        ),
    ),
    ConsumerCase(
        name="museum_tier_lists",
        bug="json.loads the value of IN/ANY_IN/ALL_IN/NOT_IN conditions, assuming it is a JSON array",
        buggy=tier_lists_buggy,
        fixed=tier_lists_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": _conditions(
                    {
                        "field": "subscriber.tier",
                        "value": "patron, family",
                        "operator": "IN",
                        "on": "subscriber",
                    }
                )
            }
        ),
    ),
    ConsumerCase(
        name="museum_field_namespaces",
        bug="unpacks field.split('.', 1) into namespace and attribute, assuming every field is dotted",
        buggy=field_namespaces_buggy,
        fixed=field_namespaces_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": _conditions(
                    {"field": "visitDate", "value": "2025", "operator": "EQUAL", "on": "payload"}
                )
            }
        ),
    ),
    ConsumerCase(
        name="museum_typed_rules",
        bug="builds FieldRule(**child), assuming condition children carry only the four documented keys",
        buggy=typed_rules_buggy,
        fixed=typed_rules_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "conditions": _conditions(
                    {
                        "field": "subscriber.plan",
                        "value": "patron",
                        "operator": "EQUAL",
                        "on": "subscriber",
                        "_id": "6615a3c2f1e2d3c4b5a697aa",
                    }
                )
            }
        ),
    ),
    ConsumerCase(
        name="museum_usage_rank",
        bug="int() of the undocumented extra key priority, assuming it is always a number when present",
        buggy=usage_rank_buggy,
        fixed=usage_rank_fixed,
        raises=(TypeError, ValueError),
        example=_payload({"priority": "high"}),
    ),
    ConsumerCase(
        name="museum_grafana_image_kind",
        bug="uses mimetypes.guess_type(imageUrl)[0] as a string, assuming the URL has a known extension",
        buggy=grafana_image_kind_buggy,
        fixed=grafana_image_kind_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Grafana On Call Webhook",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "identifier": "grafana-on-call-webhook-T7h2Kd",
                "primary": False,
            },
            credentials={
                "alertUid": "facilities-hvac",
                "title": "Gallery 4 humidity",
                "imageUrl": "https://grafana.museum.example/render/d-solo/hvac?panelId=2",
                "state": "alerting",
            },
        ),
    ),
    ConsumerCase(
        name="museum_alert_headline",
        bug="takes title.strip().splitlines()[0], assuming the alert title is never empty or blank",
        buggy=alert_headline_buggy,
        fixed=alert_headline_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Grafana On Call Webhook",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "identifier": "grafana-on-call-webhook-Lm3q8Z",
                "primary": False,
            },
            credentials={"alertUid": "security-desk", "title": "  \n ", "state": "ok"},
        ),
    ),
    ConsumerCase(
        name="museum_apns_key_fingerprint",
        bug="base64-decodes the APNs secretKey as a PEM body, assuming it is never e.g. nvsk.<hex>:<hex>",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(binascii.Error, ValueError),
        example=_payload(
            {
                "name": "APNs",
                "providerId": "apns",
                "channel": "push",
                "identifier": "ap-ns-Vb2n1X",
                "primary": False,
            },
            credentials={
                "secretKey": "nvsk.9f3b2a1c0d4e5f60:5e2d7c9a41b0",
                "apiKey": "KEYID12345",
                "projectName": "museum-guide",
                "applicationId": "org.museum.guide",
                "secure": True,
            },
        ),
    ),
    ConsumerCase(
        name="museum_slack_redirect_params",
        bug="parses the redirectUrl query with strict_parsing=True, assuming every field is key=value",
        buggy=slack_redirect_params_buggy,
        fixed=slack_redirect_params_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Slack",
                "providerId": "slack",
                "channel": "chat",
                "identifier": "slack-c0FfEe",
                "primary": False,
            },
            credentials={
                "applicationId": "A0123",
                "clientId": "1234.5678",
                "secretKey": "slack-secret",
                "redirectUrl": "https://staff.museum.example/slack/oauth?install&team=curators",
            },
        ),
    ),
    ConsumerCase(
        name="museum_sms_gateway_request",
        bug="uses apiKeyRequestHeader as an HTTP header name, assuming it is a valid non-empty header token",
        buggy=sms_gateway_request_buggy,
        fixed=sms_gateway_request_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Generic SMS",
                "providerId": "generic-sms",
                "channel": "sms",
                "identifier": "generic-sms-9Kq",
            },
            credentials={
                "baseUrl": "https://sms.museum.example/api",
                "apiKeyRequestHeader": "Authorization:",
                "apiKey": "box-office-key",
                "idPath": "data.id",
                "from": "MUSEUM",
            },
        ),
    ),
    ConsumerCase(
        name="museum_credential_rows",
        bug="labels credentials from the CredentialsDto key list, assuming no other key (apiVersion)",
        buggy=credential_rows_buggy,
        fixed=credential_rows_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "OneSignal",
                "providerId": "one-signal",
                "channel": "push",
                "identifier": "one-signal-Hh7aP2",
                "primary": False,
            },
            credentials={"applicationId": "app-123", "apiKey": "os-key", "apiVersion": "externalId"},
        ),
    ),
    ConsumerCase(
        name="museum_whatsapp_endpoint",
        bug="indexes credentials['phoneNumberIdentification'], assuming the form's keys are always present",
        buggy=whatsapp_endpoint_buggy,
        fixed=whatsapp_endpoint_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "WhatsApp Business",
                "providerId": "whatsapp-business",
                "channel": "chat",
                "identifier": "whats-app-business-R2d2",
                "primary": False,
            },
            credentials={"apiToken": "wa-token"},
        ),
    ),
    ConsumerCase(
        name="museum_kiosk_spoken_name",
        bug="calls unicodedata.name(ch) on non-ASCII name characters, assuming every character has a name",
        buggy=kiosk_spoken_name_buggy,
        fixed=kiosk_spoken_name_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Inbox \ue000 Members",
                "providerId": "novu",
                "channel": "in_app",
                "identifier": "inbox-members-P0o9",
                "primary": False,
            },
            credentials={"hmac": True},
        ),
    ),
]
"""The sixteen museum consumers, in the order above."""
