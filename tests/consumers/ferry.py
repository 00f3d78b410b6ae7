"""Sixteen consumers of ``GET /v1/integrations`` items at a passenger ferry operator, each with one bug.

The operator sends sailing-cancellation SMS and push notifications, booking-confirmation e-mails and
crew-rota chat messages through Novu. Around the integrations list it runs the usual glue: a health
checker for its self-hosted gateways, weather-rule routing built on integration ``conditions``, a
route-filter config for the crew-rota chat bot, port-authority register exports, a route manifest
database, a signed ops webhook, an egress firewall list, the integration admin API's cache and an
SMTP env-file renderer. Each ``*_buggy`` function makes one plausible wrong assumption about what the
contract allows; its ``*_fixed`` twin honours the contract and must never raise on a valid payload.

Every consumer takes one wire payload (a dict, exactly as the API sends it) and returns a value.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import operator
import re
import shlex
import sqlite3
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from contextlib import closing
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["FERRY_BUGS", "HAPPY_PATH"]


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level keys replaced or added and others removed."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    credentials: dict[str, Any] = payload["credentials"]
    return credentials


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions: list[dict[str, Any]] = payload.get("conditions", [])
    return conditions


# 1. Sender number of cancellation SMS ------------------------------------------------------

_DIAL_CODES = {
    "1": "US",
    "31": "NL",
    "32": "BE",
    "33": "FR",
    "44": "GB",
    "45": "DK",
    "46": "SE",
    "47": "NO",
    "49": "DE",
    "353": "IE",
    "358": "FI",
    "372": "EE",
}


def _dial_region(digits: str) -> str:
    for width in (3, 2, 1):
        region = _DIAL_CODES.get(digits[:width])
        if region is not None:
            return region
    return "INTL"


def sms_sender_region_buggy(payload: Payload) -> str | None:
    """Which regulator's rules apply to a cancellation SMS, from the sender number's dial code."""
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if not sender:
        return None
    number = int(sender.replace(" ", "").removeprefix("+"))
    return _dial_region(str(number))


def sms_sender_region_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "sms":
        return None
    sender = _credentials(payload).get("from")
    if not sender:
        return None
    digits = sender.replace(" ", "").removeprefix("+").removeprefix("00")
    if not (digits.isascii() and digits.isdigit()):
        return "ALPHANUMERIC"  # a sender id such as "NorthFerry": no dial code at all
    return _dial_region(digits)


# 2. Health-check target of self-hosted gateways --------------------------------------------


def _default_port(payload: Payload) -> int:
    return 13013 if payload["channel"] == "sms" else 587


def gateway_probe_buggy(payload: Payload) -> tuple[str, int] | None:
    """Host and port the health checker probes for self-hosted gateways (Kannel SMS, custom SMTP)."""
    credentials = _credentials(payload)
    host = credentials.get("host")
    if not host:
        return None
    default = _default_port(payload)
    target = urlsplit(f"tcp://{host}:{credentials.get('port') or default}")
    return target.hostname or host, target.port or default


def gateway_probe_fixed(payload: Payload) -> tuple[str, int] | None:
    credentials = _credentials(payload)
    host = credentials.get("host")
    if not host:
        return None
    port_text = (credentials.get("port") or "").strip()
    port = _default_port(payload)
    if port_text.isascii() and port_text.isdigit() and len(port_text) <= 5 and 0 < int(port_text) < 65536:
        port = int(port_text)
    return host, port


# 3. Retention report for decommissioned gateways -------------------------------------------

_AS_OF = datetime(2025, 5, 8, 12, 0, tzinfo=UTC)


def decommission_age_buggy(payload: Payload) -> int | None:
    """Days since a soft-deleted integration was removed, for the port authority's retention report."""
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if raw is None:
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return (_AS_OF - when).days


def decommission_age_fixed(payload: Payload) -> int | None:
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if raw is None:
        return None
    try:
        when = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)  # the API writes UTC; a bare timestamp means UTC too
    try:
        return (_AS_OF - when).days
    except OverflowError:
        return None


# 4. Weather-rule routing (storm warnings go out by SMS) ------------------------------------

_READINGS = {"windKnots": 34.0, "waveHeightM": 2.5, "visibilityNm": 0.8}
"""The latest numeric weather readings, by the last segment of a condition's field."""
_LABELS = {"route": "Dover-Calais", "plan": "pro", "seaState": "rough"}
"""The latest text facts, by the last segment of a condition's field."""
_NUMERIC_OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}


def _fact(field: str) -> str:
    return field.rsplit(".", 1)[-1]


def _weather_gate(payload: Payload, child_passes: Callable[[dict[str, Any]], bool]) -> bool:
    verdict = True
    for condition in _conditions(payload):
        results = [child_passes(child) for child in condition["children"]]
        passed = all(results) if condition["value"] == "AND" else any(results)
        verdict = verdict and passed != condition["isNegated"]
    return verdict


def _text_rule(child: dict[str, Any]) -> bool:
    observed = _LABELS.get(_fact(child["field"]))
    expected: str = child["value"]
    if child["operator"] == "EQUAL":
        return observed == expected
    if child["operator"] == "NOT_EQUAL":
        return observed != expected
    return False


def _weather_child_buggy(child: dict[str, Any]) -> bool:
    compare = _NUMERIC_OPERATORS.get(child["operator"])
    if compare is None:
        return _text_rule(child)
    threshold = float(child["value"])
    reading = _READINGS.get(_fact(child["field"]))
    return reading is not None and compare(reading, threshold)


def _weather_child_fixed(child: dict[str, Any]) -> bool:
    compare = _NUMERIC_OPERATORS.get(child["operator"])
    if compare is None:
        return _text_rule(child)
    try:
        threshold = float(child["value"])
    except ValueError:
        return False  # a value like "gale" is text: no numeric comparison holds
    reading = _READINGS.get(_fact(child["field"]))
    return reading is not None and compare(reading, threshold)


def weather_gate_buggy(payload: Payload) -> bool:
    """Whether the current weather reading passes the integration's conditions (storm alerts by SMS)."""
    return _weather_gate(payload, _weather_child_buggy)


def weather_gate_fixed(payload: Payload) -> bool:
    return _weather_gate(payload, _weather_child_fixed)


# 5. Route filters shipped to the crew-rota chat bot ----------------------------------------

_MAX_PATTERN = 64
"""The bot ignores route patterns longer than this."""


def _like_to_regex_fixed(pattern: str) -> str:
    collapsed = re.sub("%+", "%", pattern)
    return "".join(".*" if char == "%" else "." if char == "_" else re.escape(char) for char in collapsed)


def _route_filters(payload: Payload, to_regex: Callable[[str], str]) -> str:
    filters = []
    for condition in _conditions(payload):
        for child in condition["children"]:
            if child["operator"] not in ("LIKE", "NOT_LIKE") or len(child["value"]) > _MAX_PATTERN:
                continue
            with warnings.catch_warnings():  # "[[" warns of future nested sets; the bot has none
                warnings.simplefilter("ignore", FutureWarning)
                regex = re.compile(to_regex(child["value"]), re.IGNORECASE)  # validate before shipping
            filters.append({"negate": child["operator"] == "NOT_LIKE", "regex": regex.pattern})
    return json.dumps(filters)


def rota_route_filters_buggy(payload: Payload) -> str:
    """The crew-rota bot's route-filter config: each LIKE rule becomes a regex, compiled to validate it."""
    return _route_filters(payload, lambda pattern: pattern.replace("%", ".*").replace("_", "."))


def rota_route_filters_fixed(payload: Payload) -> str:
    return _route_filters(payload, _like_to_regex_fixed)


# 6. Message-bus queue per channel ----------------------------------------------------------

_QUEUES = {
    "email": "booking-confirmations",
    "sms": "sailing-cancellations-sms",
    "push": "sailing-cancellations-push",
    "chat": "crew-rota",
}


def dispatch_queue_buggy(payload: Payload) -> str | None:
    """The message-bus queue a live integration's send jobs are published to."""
    if not payload["active"] or payload["deleted"]:
        return None
    return f"{_QUEUES[payload['channel']]}.{payload['providerId']}"


def dispatch_queue_fixed(payload: Payload) -> str | None:
    if not payload["active"] or payload["deleted"]:
        return None
    return f"{_QUEUES.get(payload['channel'], 'ferry-default')}.{payload['providerId']}"


# 7. DKIM signing domain of booking confirmations -------------------------------------------


def dkim_domain_buggy(payload: Payload) -> str | None:
    """The domain whose DKIM key signs booking-confirmation e-mails sent through this integration."""
    if payload["channel"] != "email":
        return None
    sender: str | None = _credentials(payload).get("from")
    if not sender:
        return None
    _local, domain = sender.split("@")
    return domain.lower()


def dkim_domain_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "email":
        return None
    sender = _credentials(payload).get("from")
    if not sender:
        return None
    _local, at, domain = sender.rpartition("@")
    return domain.lower() if at and domain else None


# 8. Port-authority register export (XML) ---------------------------------------------------

_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _register_entry(payload: Payload, text: Callable[[str], str]) -> bytes:
    root = ET.Element("integration", {"id": text(payload.get("_id", "")), "channel": payload["channel"]})
    for tag, key in (("name", "name"), ("identifier", "identifier"), ("provider", "providerId")):
        ET.SubElement(root, tag).text = text(payload[key])
    ET.SubElement(root, "active").text = "true" if payload["active"] else "false"
    body = ET.tostring(root, encoding="unicode").encode("utf-8")
    ET.fromstring(body)  # the authority's intake parser: reject locally what it would reject
    return body


def port_authority_xml_buggy(payload: Payload) -> bytes:
    """The integration's entry in the port authority's register of notification gateways."""
    return _register_entry(payload, lambda value: value)


def port_authority_xml_fixed(payload: Payload) -> bytes:
    return _register_entry(payload, lambda value: _NOT_XML_CHAR.sub("\ufffd", value))


# 9. Route manifest database ----------------------------------------------------------------

_MANIFEST_SCHEMA = (
    "CREATE TABLE integration (route TEXT, identifier TEXT, name TEXT, provider TEXT, channel TEXT,"
    " active INTEGER, PRIMARY KEY (route, identifier))"
)


def _sqlite_text(value: str) -> str:
    """SQLite stores UTF-8: replace what cannot be encoded (lone surrogates)."""
    return value.encode("utf-8", "replace").decode("utf-8")


def _manifest_values(payload: Payload) -> tuple[str, str, str, str, str]:
    keys = ("_environmentId", "identifier", "name", "providerId", "channel")
    route, identifier, name, provider, channel = (_sqlite_text(payload[key]) for key in keys)
    return route, identifier, name, provider, channel


def manifest_row_buggy(payload: Payload) -> tuple[Any, ...]:
    """Upsert the integration into the route manifest database and read the stored row back."""
    route, identifier, name, provider, channel = _manifest_values(payload)
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(_MANIFEST_SCHEMA)
        db.execute(
            f"INSERT OR REPLACE INTO integration VALUES ('{route}', '{identifier}', '{name}', '{provider}',"
            f" '{channel}', {int(payload['active'])})"
        )
        row: tuple[Any, ...] = db.execute("SELECT * FROM integration").fetchone()
        return row


def manifest_row_fixed(payload: Payload) -> tuple[Any, ...]:
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(_MANIFEST_SCHEMA)
        db.execute(
            "INSERT OR REPLACE INTO integration VALUES (?, ?, ?, ?, ?, ?)",
            (*_manifest_values(payload), int(payload["active"])),
        )
        row: tuple[Any, ...] = db.execute("SELECT * FROM integration").fetchone()
        return row


# 10. Sender role on the ops dashboard ------------------------------------------------------

_SENDER_ROLES = {
    (True, True): "default sender",
    (True, False): "standby",
    (False, False): "disabled",
}


def sender_role_buggy(payload: Payload) -> str:
    """The role the ops dashboard shows for an integration, from its active and primary flags."""
    if payload["deleted"]:
        return "retired"
    return _SENDER_ROLES[(payload["active"], payload["primary"])]


def sender_role_fixed(payload: Payload) -> str:
    if payload["deleted"]:
        return "retired"
    # An inactive integration can stay primary (set-primary and deactivation never clear it).
    return _SENDER_ROLES.get((payload["active"], payload["primary"]), "disabled (still primary)")


# 11. Firebase project of push integrations -------------------------------------------------


def push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project a push integration's service account belongs to, for the cost report."""
    raw = _credentials(payload).get("serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None  # not JSON: a key file path or a redacted value
    project = account.get("project_id")
    return None if project is None else str(project)


def push_project_fixed(payload: Payload) -> str | None:
    raw = _credentials(payload).get("serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None  # JSON, but not a service-account object (e.g. a double-encoded string)
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# 12. Signed webhook to the ops system ------------------------------------------------------

_OPS_SIGNING_KEY = b"ferry-ops-webhook-signing-key"


def _ops_event(payload: Payload) -> dict[str, Any]:
    return {
        "type": "integration.synced",
        "integration": {
            "id": payload.get("_id", ""),
            "route": payload["_environmentId"],
            "name": payload["name"],
            "identifier": payload["identifier"],
            "providerId": payload["providerId"],
            "channel": payload["channel"],
            "active": payload["active"],
        },
    }


def ops_webhook_buggy(payload: Payload) -> tuple[bytes, str]:
    """Body and HMAC-SHA256 signature of the integration-synced webhook sent to the ops system."""
    body = json.dumps(_ops_event(payload), ensure_ascii=False, sort_keys=True).encode("utf-8")
    return body, hmac.new(_OPS_SIGNING_KEY, body, hashlib.sha256).hexdigest()


def ops_webhook_fixed(payload: Payload) -> tuple[bytes, str]:
    body = json.dumps(_ops_event(payload), ensure_ascii=True, sort_keys=True).encode("ascii")
    return body, hmac.new(_OPS_SIGNING_KEY, body, hashlib.sha256).hexdigest()


# 13. Egress firewall entry for AWS-hosted providers ----------------------------------------


def _aws_service(payload: Payload) -> str:
    return "email" if payload["channel"] == "email" else "sns"


def aws_endpoint_buggy(payload: Payload) -> str | None:
    """The regional endpoint the egress firewall must allow for an integration with a region."""
    region = _credentials(payload).get("region")
    if not region:
        return None
    geography, _area, _number = region.lower().split("-")
    suffix = "amazonaws.com.cn" if geography == "cn" else "amazonaws.com"
    return f"{_aws_service(payload)}.{region.lower()}.{suffix}"


def aws_endpoint_fixed(payload: Payload) -> str | None:
    region = _credentials(payload).get("region")
    if not region:
        return None
    geography = region.lower().split("-", 1)[0]
    suffix = "amazonaws.com.cn" if geography == "cn" else "amazonaws.com"
    return f"{_aws_service(payload)}.{quote(region.lower(), safe='', errors='replace')}.{suffix}"


# 14. Rule headlines for the crew-rota chat -------------------------------------------------


def _negation(condition: dict[str, Any]) -> str:
    return "NOT " if condition["isNegated"] else ""


def rule_headlines_buggy(payload: Payload) -> list[str]:
    """One line per condition for the crew-rota chat: its first rule, plus how many more follow."""
    lines = []
    for condition in _conditions(payload):
        children = condition["children"]
        first, rest = children[0], children[1:]
        line = f"{_negation(condition)}{first['field']} {first['operator']} {first['value']!r}"
        lines.append(f"{line} {condition['value']} {len(rest)} more" if rest else line)
    return lines


def rule_headlines_fixed(payload: Payload) -> list[str]:
    lines = []
    for condition in _conditions(payload):
        children = condition["children"]
        if not children:
            lines.append(f"{_negation(condition)}(no rules: always {condition['value'] == 'AND'})")
            continue
        first, rest = children[0], children[1:]
        line = f"{_negation(condition)}{first['field']} {first['operator']} {first['value']!r}"
        lines.append(f"{line} {condition['value']} {len(rest)} more" if rest else line)
    return lines


# 15. Integration admin API cache -----------------------------------------------------------


def admin_cache_key_buggy(payload: Payload) -> str:
    """The per-route cache key the integration admin API stores this integration under."""
    return f"ferry:route:{payload['_environmentId']}:integration:{payload['_id']}"


def admin_cache_key_fixed(payload: Payload) -> str:
    record = payload.get("_id")
    suffix = (
        record if record is not None else "ident:" + quote(payload["identifier"], safe="", errors="replace")
    )
    return f"ferry:route:{payload['_environmentId']}:integration:{suffix}"


# 16. SMTP env file for the booking mailer --------------------------------------------------

_SMTP_STRINGS = ("host", "port", "user", "from", "senderName")
_SMTP_FLAGS = ("secure", "requireTls", "ignoreTls")


def _smtp_env(payload: Payload, tls_value: Callable[[Any], str | None]) -> str:
    credentials = _credentials(payload)
    lines = [
        f"SMTP_{key.upper()}={shlex.quote(credentials[key])}" for key in _SMTP_STRINGS if key in credentials
    ]
    lines += [
        f"SMTP_{key.upper()}={str(credentials[key]).lower()}" for key in _SMTP_FLAGS if key in credentials
    ]
    for name, value in sorted(credentials.get("tlsOptions", {}).items()):
        rendered = tls_value(value)
        if rendered is not None:
            lines.append(f"SMTP_TLS_{re.sub(r'[^A-Z0-9]', '_', name.upper())}={rendered}")
    return "\n".join(lines)


def _tls_value_fixed(value: Any) -> str | None:
    if isinstance(value, str):
        return shlex.quote(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return None  # null, lists and nested objects have no env-var form: left out


def smtp_env_file_buggy(payload: Payload) -> str:
    """The env file the booking mailer's SMTP sidecar reads, rendered from the integration."""
    return _smtp_env(payload, shlex.quote)


def smtp_env_file_fixed(payload: Payload) -> str:
    return _smtp_env(payload, _tls_value_fixed)


# The suite ---------------------------------------------------------------------------------

FERRY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="ferry_sms_sender_region",
        bug="assumes an SMS 'from' is a phone number; alphanumeric sender ids make int() fail",
        buggy=sms_sender_region_buggy,
        fixed=sms_sender_region_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3vT9aa",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000001",
                    "token": "fake-token-0001",
                    "from": "NorthFerry",
                },
            }
        ),
    ),
    ConsumerCase(
        name="ferry_gateway_probe",
        bug="builds a URL from host and port and reads .port: a non-numeric or out-of-range port raises",
        buggy=gateway_probe_buggy,
        fixed=gateway_probe_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-7hGt2LpQ",
                "providerId": "kannel",
                "channel": "sms",
                "primary": False,
                "credentials": {
                    "host": "sms-gw.ferry.example",
                    "port": "${KANNEL_PORT}",
                    "from": "447700900123",
                },
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="ferry_decommission_age",
        bug="assumes deletedAt carries a UTC offset; a naive ISO timestamp makes aware-minus-naive fail",
        buggy=decommission_age_buggy,
        fixed=decommission_age_fixed,
        raises=(TypeError,),
        example=_payload(
            {"active": False, "primary": False, "deleted": True, "deletedAt": "2025-04-30T18:45:00"}
        ),
    ),
    ConsumerCase(
        name="ferry_weather_gate",
        bug="assumes the value of a LARGER/SMALLER rule is numeric; float() fails on text such as 'gale'",
        buggy=weather_gate_buggy,
        fixed=weather_gate_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "OR",
                        "children": [
                            {
                                "field": "payload.windKnots",
                                "value": "gale",
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
        name="ferry_rota_route_filters",
        bug="turns a LIKE value into a regex without escaping; metacharacters make re.compile fail",
        buggy=rota_route_filters_buggy,
        fixed=rota_route_filters_fixed,
        raises=(re.error, OverflowError),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.route",
                                "value": "*-Calais",
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
        name="ferry_dispatch_queue",
        bug="has a queue for email, sms, push and chat only; an active in_app integration is a KeyError",
        buggy=dispatch_queue_buggy,
        fixed=dispatch_queue_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-a1B2c3D4",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "credentials": {"hmac": True},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="ferry_dkim_domain",
        bug="assumes an e-mail 'from' holds exactly one '@'; a bare local part fails the two-way unpack",
        buggy=dkim_domain_buggy,
        fixed=dkim_domain_fixed,
        raises=(ValueError,),
        example=_payload(
            {"credentials": {"apiKey": "fake-api-key-0001", "from": "bookings", "senderName": "North Ferry"}}
        ),
    ),
    ConsumerCase(
        name="ferry_port_authority_xml",
        bug="puts names and ids into XML as they are; control characters or lone surrogates break the export",
        buggy=port_authority_xml_buggy,
        fixed=port_authority_xml_fixed,
        raises=(ET.ParseError, UnicodeEncodeError),
        example=_payload({"name": "\x1b[1mCancellations\x1b[0m"}),
    ),
    ConsumerCase(
        name="ferry_manifest_row",
        bug="formats text fields into the INSERT statement; a quote (or NUL) in a name or id breaks the SQL",
        buggy=manifest_row_buggy,
        fixed=manifest_row_fixed,
        raises=(sqlite3.Error,),
        example=_payload(
            {
                "name": "Africa's Talking",
                "identifier": "africas-talking-Xy7Pq2Rt",
                "providerId": "africas-talking",
                "channel": "sms",
                "credentials": {"apiKey": "fake-api-key-0002", "user": "northferry", "from": "NORTHFERRY"},
            }
        ),
    ),
    ConsumerCase(
        name="ferry_sender_role",
        bug="maps (active, primary) to a role but forgets that an inactive integration may be primary",
        buggy=sender_role_buggy,
        fixed=sender_role_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="ferry_push_project",
        bug="assumes JSON in serviceAccount is an object; a JSON string, list or number has no .get",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-P0o9I8u7",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": json.dumps(json.dumps({"project_id": "north-ferry-push"}))},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="ferry_ops_webhook",
        bug="signs a UTF-8 body dumped with ensure_ascii=False; a lone surrogate in a string cannot encode",
        buggy=ops_webhook_buggy,
        fixed=ops_webhook_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "F\u00e4hre \ud83d"}),
    ),
    ConsumerCase(
        name="ferry_aws_endpoint",
        bug="unpacks a region as exactly three dash-separated parts; 'us-gov-west-1' or 'eu' fail",
        buggy=aws_endpoint_buggy,
        fixed=aws_endpoint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "SES",
                "identifier": "ses-Lk8Jh7Gf",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "fake-api-key-0003",
                    "secretKey": "fake-secret-0003",
                    "region": "us-gov-west-1",
                    "from": "bookings@northferry.example",
                    "senderName": "North Ferry",
                },
            }
        ),
    ),
    ConsumerCase(
        name="ferry_rule_headlines",
        bug="headlines each condition by its first child; a condition with empty children is an IndexError",
        buggy=rule_headlines_buggy,
        fixed=rule_headlines_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="ferry_admin_cache_key",
        bug="keys the admin cache on _id, which is optional; an item without it is a KeyError",
        buggy=admin_cache_key_buggy,
        fixed=admin_cache_key_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="ferry_smtp_env_file",
        bug="shell-quotes every tlsOptions value as a string; true, numbers or lists in the object fail",
        buggy=smtp_env_file_buggy,
        fixed=smtp_env_file_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Zx9Cv8Bn",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.northferry.example",
                    "port": "587",
                    "secure": False,
                    "tlsOptions": {"servername": "smtp.northferry.example", "rejectUnauthorized": True},
                    "from": "bookings@northferry.example",
                    "senderName": "North Ferry",
                },
            }
        ),
    ),
]
"""The ferry operator's sixteen consumers, each with its bug, its fixed control and a triggering payload."""
