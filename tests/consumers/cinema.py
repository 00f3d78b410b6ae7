"""Sixteen consumers from a cinema chain's ticketing and loyalty platform, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The chain reads its
Novu integrations (``GET /v1/integrations``) from box-office routers, loyalty CRM sync jobs, ops alerting,
compliance exports, push and SMS config builders and admin dashboards.

Each consumer exists twice: the *buggy* version works on ``HAPPY_PATH`` (the payload its author tested with)
but makes one assumption the contract does not grant and raises on some contract-valid payload (``example``);
the *fixed* control is the same code done right and never raises on any contract-valid payload: absent
optional keys, empty or odd strings, any unicode, any enum value, unknown extra keys, any credentials and any
condition shapes.
"""

from __future__ import annotations

import base64
import copy
import csv
import hashlib
import io
import json
import operator
import re
import string
import unicodedata
import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with keys replaced (``changes``), removed (``drop``) and new ``credentials``."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str:
    """``mapping[key]`` when it is a string, else ``""``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else ""


def _children(payload: Payload) -> list[dict[str, Any]]:
    """Every ``FieldFilterPartDto`` of every condition, in order (tolerant of odd shapes)."""
    found: list[dict[str, Any]] = []
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return found
    for condition in conditions:
        if not isinstance(condition, dict):
            continue
        children = condition.get("children")
        if isinstance(children, list):
            found.extend(child for child in children if isinstance(child, dict))
    return found


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# --- 1. Showtime-change router: deployment stage of the integration's environment -------------------------

_CHAIN_ENVIRONMENTS: dict[str, str] = {
    "6615a3c2f1e2d3c4b5a69701": "production",
    "6615a3c2f1e2d3c4b5a69703": "staging",
}


def showtime_router_buggy(payload: Payload) -> str:
    """Queue name for showtime-change notifications sent through this integration."""
    stage = _CHAIN_ENVIRONMENTS[payload["_environmentId"]]
    return f"showtimes.{stage}.{payload['channel']}.{payload['identifier']}"


def showtime_router_fixed(payload: Payload) -> str | None:
    """Same, but the list spans the whole organization: other environments' integrations are skipped."""
    stage = _CHAIN_ENVIRONMENTS.get(_text(payload, "_environmentId"))
    if stage is None:
        return None
    return f"showtimes.{stage}.{_text(payload, 'channel')}.{_text(payload, 'identifier')}"


# --- 2. Loyalty CRM sync: lifecycle status of the integration ----------------------------------------------

_CRM_STATUS: dict[tuple[bool, bool], str] = {
    (True, False): "LIVE",
    (False, False): "PAUSED",
    (False, True): "ARCHIVED",
}


def crm_lifecycle_buggy(payload: Payload) -> dict[str, object]:
    """Record pushed to the loyalty CRM's integration inventory."""
    status = _CRM_STATUS[(payload["active"], payload["deleted"])]
    return {"externalId": payload.get("_id", ""), "status": status, "isDefault": payload["primary"]}


def crm_lifecycle_fixed(payload: Payload) -> dict[str, object]:
    """Same, with ``deleted`` winning over ``active`` (no rule ties the flags together)."""
    if payload.get("deleted") is True:
        status = "ARCHIVED"
    elif payload.get("active") is True:
        status = "LIVE"
    else:
        status = "PAUSED"
    return {
        "externalId": _text(payload, "_id"),
        "status": status,
        "isDefault": payload.get("primary") is True,
    }


# --- 3. Inbox health dashboard: is the web Inbox embedded on the booking site? ------------------------------


def inbox_health_buggy(payload: Payload) -> str | None:
    """Status line for the in-app Inbox tile of the ops dashboard."""
    if payload["channel"] != "in_app":
        return None
    return "live on booking site" if payload["connected"] else "waiting for first session"


def inbox_health_fixed(payload: Payload) -> str | None:
    """Same, but ``connected`` is an undocumented extra key, only present once set."""
    if payload.get("channel") != "in_app":
        return None
    connected = payload.get("connected")
    if not isinstance(connected, bool):
        return "unknown"
    return "live on booking site" if connected else "waiting for first session"


# --- 4. Box-office kiosk admin: integration tiles --------------------------------------------------------


def kiosk_tile_buggy(payload: Payload) -> dict[str, str]:
    """Tile for the kiosk admin screen: the first word of the name as headline."""
    headline = payload["name"].split()[0]
    return {"headline": headline.upper(), "caption": f"{payload['providerId']} / {payload['channel']}"}


def kiosk_tile_fixed(payload: Payload) -> dict[str, str]:
    """Same, with a fallback for empty or blank names."""
    words = _text(payload, "name").split()
    headline = words[0] if words else (_text(payload, "providerId") or "?")
    return {
        "headline": headline.upper(),
        "caption": f"{_text(payload, 'providerId')} / {_text(payload, 'channel')}",
    }


# --- 5. SMS fallback for ticket confirmations: GSM-7 alphanumeric sender id ------------------------------

_GSM7_PLAIN = frozenset(string.ascii_letters + string.digits + " @$!\"#%&'()*+,-./:;<=>?_")
_LATIN_LETTER = re.compile(r"LATIN (CAPITAL|SMALL) LETTER ([A-Z])\b")


def _gsm_fold(text: str, *, strict: bool) -> str:
    folded: list[str] = []
    for char in text:
        if char in _GSM7_PLAIN:
            folded.append(char)
            continue
        description = unicodedata.name(char) if strict else unicodedata.name(char, "")
        match = _LATIN_LETTER.match(description)
        if match is None:
            folded.append("?")
        else:
            folded.append(match[2] if match[1] == "CAPITAL" else match[2].lower())
    return "".join(folded)


def sms_sender_id_buggy(payload: Payload) -> str:
    """Alphanumeric sender id (max 11 GSM-7 chars) derived from the integration's sender name."""
    sender = _credentials(payload).get("senderName") or payload["name"]
    return _gsm_fold(sender, strict=True)[:11]


def sms_sender_id_fixed(payload: Payload) -> str:
    """Same, but characters without a Unicode name (controls, private use, unassigned) become ``?``."""
    sender = _text(_credentials(payload), "senderName") or _text(payload, "name")
    return _gsm_fold(sender, strict=False)[:11]


# --- 6. Ops alerting: "sold out" announcement via the chat integration ----------------------------------


def soldout_alert_buggy(payload: Payload) -> str:
    """Message posted when a screening sells out, prefixed with the integration's alert title."""
    title: str = _credentials(payload).get("title") or payload["name"]
    template = title + ": {film} is sold out at {site} ({seats} seats)"
    return template.format(film="Dune: Part Two", site="Leicester Square", seats="412")


def soldout_alert_fixed(payload: Payload) -> str:
    """Same, but the title is a value passed to ``format``, never part of the template."""
    title = _text(_credentials(payload), "title") or _text(payload, "name")
    return "{title}: {film} is sold out at {site} ({seats} seats)".format(
        title=title, film="Dune: Part Two", site="Leicester Square", seats="412"
    )


# --- 7. Telco compliance export: registered sender ids as CSV ---------------------------------------------


def sender_registry_csv_buggy(payload: Payload) -> str:
    """One CSV row for the nightly sender-id registry upload."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONE, lineterminator="\n")
    credentials = _credentials(payload)
    writer.writerow(
        [
            payload["identifier"],
            payload["providerId"],
            payload["name"],
            credentials.get("from", ""),
            payload["channel"],
        ]
    )
    return buffer.getvalue()


def sender_registry_csv_fixed(payload: Payload) -> str:
    """Same, with standard CSV quoting (names and senders may hold commas, quotes and newlines)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    credentials = _credentials(payload)
    writer.writerow(
        [
            _text(payload, "identifier"),
            _text(payload, "providerId"),
            _text(payload, "name"),
            _text(credentials, "from"),
            _text(payload, "channel"),
        ]
    )
    return buffer.getvalue()


# --- 8. GDPR data-residency report: where the provider processes member data -----------------------------

_AWS_REGION = re.compile(r"([a-z]{2})-([a-z]+)-(\d+)")


def residency_report_buggy(payload: Payload) -> dict[str, str]:
    """Jurisdiction of the provider region, for the data-protection officer's report."""
    region = _credentials(payload).get("region")
    if not region:
        return {"provider": payload["providerId"], "jurisdiction": "GLOBAL", "zone": ""}
    geo, area, number = _AWS_REGION.fullmatch(region).groups()  # type: ignore[union-attr]
    return {"provider": payload["providerId"], "jurisdiction": geo.upper(), "zone": f"{area}-{number}"}


def residency_report_fixed(payload: Payload) -> dict[str, str]:
    """Same, but non-AWS region values (SparkPost's ``eu``, free text) are reported as they are."""
    provider = _text(payload, "providerId")
    region = _text(_credentials(payload), "region")
    if not region:
        return {"provider": provider, "jurisdiction": "GLOBAL", "zone": ""}
    match = _AWS_REGION.fullmatch(region)
    if match is None:
        return {"provider": provider, "jurisdiction": region.partition("-")[0].upper(), "zone": region}
    geo, area, number = match.groups()
    return {"provider": provider, "jurisdiction": geo.upper(), "zone": f"{area}-{number}"}


# --- 9. Custom SMTP / Kannel connection pool: pool key per relay host ------------------------------------


def relay_pool_key_buggy(payload: Payload) -> str | None:
    """Connection-pool key for self-hosted relays (internationalised host names normalised with IDNA)."""
    credentials = _credentials(payload)
    host = credentials.get("host")
    if not host:
        return None
    ascii_host = host.encode("idna").decode("ascii").lower()
    return f"{ascii_host}:{credentials.get('port', '')}"


def relay_pool_key_fixed(payload: Payload) -> str | None:
    """Same, but a host that is not a valid DNS name (empty label, label over 63 chars) is kept as typed."""
    credentials = _credentials(payload)
    host = _text(credentials, "host")
    if not host:
        return None
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except (UnicodeError, ValueError):
        ascii_host = host.casefold()
    return f"{ascii_host}:{_text(credentials, 'port')}"


# --- 10. Provider gateway health probe: host and port of baseUrl ----------------------------------------


def gateway_probe_buggy(payload: Payload) -> tuple[str, int] | None:
    """Target of the TCP health probe for providers configured with a ``baseUrl``."""
    base_url = _credentials(payload).get("baseUrl")
    if not base_url:
        return None
    parts = urlsplit(base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return (parts.hostname or "", port)


def gateway_probe_fixed(payload: Payload) -> tuple[str, int] | None:
    """Same, but a malformed URL or port (out of range, not a number, bad IPv6) gives no probe."""
    base_url = _text(_credentials(payload), "baseUrl")
    if not base_url:
        return None
    try:
        parts = urlsplit(base_url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        hostname = parts.hostname or ""
    except ValueError:
        return None
    return (hostname, port)


# --- 11. Mobile-app push registry: canonical application id ---------------------------------------------


def push_app_registry_buggy(payload: Payload) -> str | None:
    """Canonical app id the ticketing app registry stores for each push integration."""
    if payload["channel"] != "push":
        return None
    app_id = _credentials(payload).get("applicationId")
    if not app_id:
        return None
    return str(uuid.UUID(app_id))


def push_app_registry_fixed(payload: Payload) -> str | None:
    """Same, but only OneSignal ids are UUIDs: APNs bundle ids and Pushpad numbers are kept as they are."""
    if payload.get("channel") != "push":
        return None
    app_id = _text(_credentials(payload), "applicationId")
    if not app_id:
        return None
    try:
        return str(uuid.UUID(app_id))
    except ValueError:
        return app_id


# --- 12. Azure SMS config builder: endpoint from the connection string ----------------------------------


def azure_sms_endpoint_buggy(payload: Payload) -> str | None:
    """Endpoint of the Azure Communication Services resource, for the egress firewall allow-list."""
    if payload["providerId"] != "azure-sms":
        return None
    settings: dict[str, str] = {}
    for part in _credentials(payload).get("accessKey", "").split(";"):
        if part:
            key, value = part.split("=", 1)
            settings[key.strip().lower()] = value.strip()
    return settings["endpoint"]


def azure_sms_endpoint_fixed(payload: Payload) -> str | None:
    """Same, but ``accessKey`` may be a bare key or a partial connection string."""
    if payload.get("providerId") != "azure-sms":
        return None
    settings: dict[str, str] = {}
    for part in _text(_credentials(payload), "accessKey").split(";"):
        key, separator, value = part.partition("=")
        if separator:
            settings[key.strip().lower()] = value.strip()
    return settings.get("endpoint")


# --- 13. Security audit log: fingerprint of the APNs signing key ----------------------------------------


def apns_key_fingerprint_buggy(payload: Payload) -> str | None:
    """Short SHA-256 fingerprint of the APNs .p8 key, logged on every config change."""
    if payload["providerId"] != "apns":
        return None
    pem = _credentials(payload).get("secretKey", "")
    body = "".join(line.strip() for line in pem.splitlines() if line.strip() and not line.startswith("-----"))
    der = base64.b64decode(body, validate=True)
    return hashlib.sha256(der).hexdigest()[:16]


def apns_key_fingerprint_fixed(payload: Payload) -> str | None:
    """Same, but a secret that is not PEM/base64 (e.g. stored ``nvsk.<hex>:<hex>``) is hashed as text."""
    if payload.get("providerId") != "apns":
        return None
    pem = _text(_credentials(payload), "secretKey")
    body = "".join(line.strip() for line in pem.splitlines() if line.strip() and not line.startswith("-----"))
    try:
        der = base64.b64decode(body, validate=True)
    except ValueError:
        der = _utf8(pem)
    return hashlib.sha256(der).hexdigest()[:16]


# --- 14. Loyalty segment preview: LIKE conditions against a sample member --------------------------------

_SAMPLE_MEMBER: dict[str, str] = {
    "subscriber.plan": "pro",
    "subscriber.favouriteFormat": "IMAX 3D",
    "payload.film": "Dune",
    "payload.site": "Leeds",
}


def _like_match(pattern: str, text: str) -> bool:
    """SQL ``LIKE`` (``%`` any run, ``_`` one character, everything else literal) by dynamic programming."""
    reachable = [True] + [False] * len(text)
    for token in pattern:
        if token == "%":
            for index in range(1, len(text) + 1):
                reachable[index] = reachable[index] or reachable[index - 1]
        else:
            reachable = [False] + [
                reachable[index] and (token == "_" or token == text[index]) for index in range(len(text))
            ]
    return reachable[len(text)]


def segment_preview_buggy(payload: Payload) -> list[tuple[str, bool]]:
    """Which LIKE / NOT_LIKE conditions the sample member satisfies, for the campaign editor preview."""
    results: list[tuple[str, bool]] = []
    for child in _children(payload):
        operator_name = child.get("operator")
        if operator_name not in ("LIKE", "NOT_LIKE"):
            continue
        field = str(child.get("field", ""))
        pattern = str(child.get("value", "")).replace("%", ".*").replace("_", ".")
        hit = re.fullmatch(pattern, _SAMPLE_MEMBER.get(field, ""), re.DOTALL) is not None
        results.append((field, hit != (operator_name == "NOT_LIKE")))
    return results


def segment_preview_fixed(payload: Payload) -> list[tuple[str, bool]]:
    """Same, but the LIKE value is matched literally apart from ``%`` and ``_`` (no regex metacharacters)."""
    results: list[tuple[str, bool]] = []
    for child in _children(payload):
        operator_name = child.get("operator")
        if operator_name not in ("LIKE", "NOT_LIKE"):
            continue
        field = _text(child, "field")
        hit = _like_match(_text(child, "value"), _SAMPLE_MEMBER.get(field, ""))
        results.append((field, hit != (operator_name == "NOT_LIKE")))
    return results


# --- 15. Loyalty CRM rule export: condition fields as namespace + attribute ------------------------------


def crm_rule_export_buggy(payload: Payload) -> str:
    """JSON rule set for the CRM's audience engine, one rule per condition child."""
    rules: list[dict[str, object]] = []
    for child in _children(payload):
        namespace, attribute = str(child.get("field", "")).split(".", 1)
        rules.append(
            {
                "source": child.get("on"),
                "namespace": namespace,
                "attribute": attribute,
                "op": child.get("operator"),
                "value": child.get("value"),
            }
        )
    return json.dumps(rules)


def crm_rule_export_fixed(payload: Payload) -> str:
    """Same, but a field without a dot is an attribute of the ``on`` source itself."""
    rules: list[dict[str, object]] = []
    for child in _children(payload):
        source = _text(child, "on")
        field = _text(child, "field")
        namespace, dot, attribute = field.partition(".")
        if not dot:
            namespace, attribute = source, field
        rules.append(
            {
                "source": source,
                "namespace": namespace,
                "attribute": attribute,
                "op": _text(child, "operator"),
                "value": _text(child, "value"),
            }
        )
    return json.dumps(rules)


# --- 16. Loyalty points thresholds: numeric comparisons in conditions ------------------------------------

_COMPARISONS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}
_MEMBER_POINTS = Decimal(1200)


def points_threshold_buggy(payload: Payload) -> list[tuple[str, bool]]:
    """Whether a 1,200-point member passes each numeric threshold of the integration's conditions."""
    results: list[tuple[str, bool]] = []
    for child in _children(payload):
        compare = _COMPARISONS.get(str(child.get("operator")))
        if compare is None:
            continue
        threshold = Decimal(str(child.get("value", "")))
        results.append((str(child.get("field", "")), compare(_MEMBER_POINTS, threshold)))
    return results


def points_threshold_fixed(payload: Payload) -> list[tuple[str, bool]]:
    """Same, but a comparison value is any string: non-numbers (and NaN/infinity) are skipped."""
    results: list[tuple[str, bool]] = []
    for child in _children(payload):
        operator_name = child.get("operator")
        compare = _COMPARISONS.get(operator_name) if isinstance(operator_name, str) else None
        if compare is None:
            continue
        try:
            threshold = Decimal(_text(child, "value"))
        except (InvalidOperation, ValueError, ArithmeticError):
            continue
        if not threshold.is_finite():
            continue
        results.append((_text(child, "field"), compare(_MEMBER_POINTS, threshold)))
    return results


# --- The cases -----------------------------------------------------------------------------------------

_APNS_CREDENTIALS: dict[str, Any] = {
    "secretKey": "nvsk.9f86d081884c7d65:9a5b2c1e0f3d4a6b8c7d9e0f1a2b3c4d",
    "apiKey": "KEY1D2E3F4",
    "projectName": "cinema-tickets",
    "applicationId": "com.cinemachain.tickets",
}


def _condition(child: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A ``conditions`` array with one group holding ``child``."""
    return [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": [dict(child)]}]


CINEMA_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="cinema_environment_stage",
        bug="assumes GET /v1/integrations lists only its own environments (it lists the whole organization)",
        buggy=showtime_router_buggy,
        fixed=showtime_router_fixed,
        raises=(KeyError,),
        example=_payload({"_environmentId": "6615a3c2f1e2d3c4b5a697ff"}),
    ),
    ConsumerCase(
        name="cinema_crm_lifecycle",
        bug="assumes a deleted integration is never active (no rule ties the flags together)",
        buggy=crm_lifecycle_buggy,
        fixed=crm_lifecycle_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": True, "deletedAt": "2025-03-01T10:00:00.000Z"}),
    ),
    ConsumerCase(
        name="cinema_inbox_connected",
        bug="assumes in_app records carry the extra key `connected` (only present once set)",
        buggy=inbox_health_buggy,
        fixed=inbox_health_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Qm3x9Ka",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="cinema_kiosk_tile",
        bug="assumes the name has at least one word (it may be empty or blank)",
        buggy=kiosk_tile_buggy,
        fixed=kiosk_tile_fixed,
        raises=(IndexError,),
        example=_payload({"name": "   "}),
    ),
    ConsumerCase(
        name="cinema_gsm_sender",
        bug="assumes every character of senderName has a Unicode name (controls and unassigned ones do not)",
        buggy=sms_sender_id_buggy,
        fixed=sms_sender_id_fixed,
        raises=(ValueError,),
        example=_payload(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "tickets@example.com",
                "senderName": "Odeon\tLeeds",
            }
        ),
    ),
    ConsumerCase(
        name="cinema_soldout_template",
        bug="assumes the alert title / name has no format braces (it is spliced into a str.format template)",
        buggy=soldout_alert_buggy,
        fixed=soldout_alert_fixed,
        raises=(KeyError, IndexError, ValueError, AttributeError, TypeError),
        example=_payload(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Zx81kQ",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
            },
            credentials={"title": "Box office {team}", "state": "alerting"},
        ),
    ),
    ConsumerCase(
        name="cinema_sender_csv",
        bug="assumes exported values never need CSV quoting (names may hold commas, quotes, newlines)",
        buggy=sender_registry_csv_buggy,
        fixed=sender_registry_csv_fixed,
        raises=(csv.Error,),
        example=_payload(
            {
                "name": "Twilio, Leicester Square",
                "identifier": "twilio-leicester-square-Pq7Rt2",
                "providerId": "twilio",
                "channel": "sms",
            },
            credentials={
                "accountSid": "AC0000000000000000000000000000000a",
                "token": "fake-token",
                "from": "ODEON",
            },
        ),
    ),
    ConsumerCase(
        name="cinema_region_residency",
        bug="assumes credentials.region is an AWS-style region (SparkPost uses e.g. `eu`)",
        buggy=residency_report_buggy,
        fixed=residency_report_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "SparkPost", "identifier": "spark-post-Lw0aX1", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-api-key-0002",
                "region": "eu",
                "from": "no-reply@example.com",
                "senderName": "Cinema Chain",
            },
        ),
    ),
    ConsumerCase(
        name="cinema_relay_idna",
        bug="assumes credentials.host is a well-formed DNS name (IDNA rejects empty or over-long labels)",
        buggy=relay_pool_key_buggy,
        fixed=relay_pool_key_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Hh2k8Z", "providerId": "nodemailer"},
            credentials={
                "host": "smtp..cinemachain.example",
                "port": "587",
                "secure": False,
                "from": "tickets@example.com",
                "senderName": "Cinema Chain",
            },
        ),
    ),
    ConsumerCase(
        name="cinema_gateway_port",
        bug="assumes the port in credentials.baseUrl is a valid number (urlsplit().port raises otherwise)",
        buggy=gateway_probe_buggy,
        fixed=gateway_probe_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Infobip",
                "identifier": "infobip-Vb6nM3",
                "providerId": "infobip-sms",
                "channel": "sms",
            },
            credentials={
                "apiKey": "fake-api-key-0003",
                "baseUrl": "https://sms-gw.cinemachain.example:84430/v1",
                "from": "CINEMA",
            },
        ),
    ),
    ConsumerCase(
        name="cinema_push_app_uuid",
        bug="assumes every push applicationId is a UUID like OneSignal's (APNs uses a bundle id)",
        buggy=push_app_registry_buggy,
        fixed=push_app_registry_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "ap-ns-Ty5uI8",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials=_APNS_CREDENTIALS,
        ),
    ),
    ConsumerCase(
        name="cinema_azure_connection",
        bug="assumes azure-sms accessKey is a full `endpoint=...;accesskey=...` connection string",
        buggy=azure_sms_endpoint_buggy,
        fixed=azure_sms_endpoint_fixed,
        raises=(ValueError, KeyError),
        example=_payload(
            {
                "name": "Azure Sms",
                "identifier": "azure-sms-Gg4hJ6",
                "providerId": "azure-sms",
                "channel": "sms",
            },
            credentials={"accessKey": "fakeAzureAccessKey0004", "from": "+441130000000"},
        ),
    ),
    ConsumerCase(
        name="cinema_apns_fingerprint",
        bug="assumes the APNs secretKey is PEM/base64 (it is any string, e.g. the stored `nvsk.<hex>:<hex>`)",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "ap-ns-Ty5uI8",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials=_APNS_CREDENTIALS,
        ),
    ),
    ConsumerCase(
        name="cinema_like_regex",
        bug="assumes a LIKE value has no regex metacharacters (it is turned into a regex unescaped)",
        buggy=segment_preview_buggy,
        fixed=segment_preview_fixed,
        raises=(re.error,),
        example=_payload(
            {
                "conditions": _condition(
                    {
                        "field": "subscriber.favouriteFormat",
                        "value": "*IMAX*",
                        "operator": "LIKE",
                        "on": "subscriber",
                    }
                )
            }
        ),
    ),
    ConsumerCase(
        name="cinema_field_namespace",
        bug="assumes every condition field is a dotted `namespace.attribute` path",
        buggy=crm_rule_export_buggy,
        fixed=crm_rule_export_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": _condition(
                    {"field": "tier", "value": "gold", "operator": "EQUAL", "on": "subscriber"}
                )
            }
        ),
    ),
    ConsumerCase(
        name="cinema_points_decimal",
        bug="assumes a LARGER/SMALLER condition value is a plain number (it is any string, e.g. `1,000`)",
        buggy=points_threshold_buggy,
        fixed=points_threshold_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "conditions": _condition(
                    {
                        "field": "subscriber.data.points",
                        "value": "1,000",
                        "operator": "LARGER",
                        "on": "subscriber",
                    }
                )
            }
        ),
    ),
]
"""The sixteen cinema consumers, in the order above."""
