"""Sixteen consumers of ``GET /v1/integrations`` items from a city bike-share operator.

These consumers (ride-receipt mailer, unlock-code SMS sender, rider push configuration, dock-outage
chat alerts, billing export, config renderers, environment sync, cache keys, condition routing,
webhook relay, multi-tenant router and retention job) were written from the contract documents
alone (``CONTRACT.md``, the seed document, ``SERVER-SEMANTICS.md`` and ``providers.json``), without
looking at any payload generator. Each *buggy* version makes one plausible mistake about a value
the contract allows, often a provider-specific credential format or a combination of two fields;
each *fixed* control honours the contract and must never raise on a contract-valid payload.
"""

from __future__ import annotations

import base64
import configparser
import copy
import csv
import hashlib
import hmac
import io
import json
import re
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from xml.dom import minidom
from xml.etree import ElementTree as ET
from xml.parsers.expat import ExpatError

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["BIKESHARE_BUGS"]


# Helpers ----------------------------------------------------------------------------------


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects of ``payload`` (``[]`` when the key is absent)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


def _example(
    changes: Mapping[str, Any] | None = None, *, credentials: Mapping[str, Any] | None = None
) -> Payload:
    """A deep copy of ``HAPPY_PATH`` with top-level ``changes`` and, if given, new ``credentials``."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    return payload


# 1. Ride-receipt mailer: the Mailgun endpoint ---------------------------------------------

MAILGUN_DEFAULT_HOST = "api.mailgun.net"


def receipt_endpoint_buggy(payload: Payload) -> str:
    """The HTTP endpoint the ride-receipt mailer posts each receipt to."""
    if payload["providerId"] != "mailgun":
        return f"novu://{payload['providerId']}"
    credentials = payload["credentials"]
    base_url = credentials.get("baseUrl")
    host = urlsplit(base_url).hostname.lower() if base_url else MAILGUN_DEFAULT_HOST
    return f"https://{host}/v3/{credentials.get('domain', '')}/messages"


def receipt_endpoint_fixed(payload: Payload) -> str:
    """The HTTP endpoint the ride-receipt mailer posts each receipt to (any baseUrl tolerated)."""
    provider = _text(payload.get("providerId"))
    if provider != "mailgun":
        return f"novu://{provider}"
    credentials = _credentials(payload)
    base_url = _text(credentials.get("baseUrl"))
    host = MAILGUN_DEFAULT_HOST
    for candidate in (base_url, f"https://{base_url}"):
        if not base_url:
            break
        try:
            parsed = urlsplit(candidate).hostname
        except ValueError:
            parsed = None
        if parsed:
            host = parsed.lower()
            break
    return f"https://{host}/v3/{_text(credentials.get('domain'))}/messages"


# 2. Unlock-code SMS sender: worker sharding by Twilio account --------------------------------

SMS_WORKERS = 8


def unlock_sms_worker_buggy(payload: Payload) -> int:
    """Which unlock-code sender worker owns this SMS integration (sharded by Twilio account)."""
    credentials = payload["credentials"]
    if payload["providerId"] == "twilio" and "accountSid" in credentials:
        account = bytes.fromhex(credentials["accountSid"][2:])  # "AC" + 32 hex digits
        return account[-1] % SMS_WORKERS
    return zlib.crc32(_utf8(payload["identifier"])) % SMS_WORKERS


def unlock_sms_worker_fixed(payload: Payload) -> int:
    """Which unlock-code sender worker owns this SMS integration (any accountSid tolerated)."""
    credentials = _credentials(payload)
    account_sid = credentials.get("accountSid")
    if payload.get("providerId") == "twilio" and isinstance(account_sid, str):
        return zlib.crc32(_utf8(account_sid)) % SMS_WORKERS
    return zlib.crc32(_utf8(_text(payload.get("identifier")))) % SMS_WORKERS


# 3. Rider push app config: the Firebase project ---------------------------------------------


def rider_push_project_buggy(payload: Payload) -> str | None:
    """The Firebase project id the rider app's push configuration points at."""
    if payload["providerId"] != "fcm" or "serviceAccount" not in payload["credentials"]:
        return None
    return str(json.loads(payload["credentials"]["serviceAccount"])["project_id"])


def rider_push_project_fixed(payload: Payload) -> str | None:
    """The Firebase project id the rider app's push configuration points at, if it can be read."""
    service_account = _credentials(payload).get("serviceAccount")
    if payload.get("providerId") != "fcm" or not isinstance(service_account, str):
        return None
    try:
        document = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    return project if isinstance(project, str) else None


# 4. Push config renderer: the APNs block of apns.yaml ---------------------------------------


def apns_yaml_buggy(payload: Payload) -> str | None:
    """The ``apns:`` block of the rider iOS build's apns.yaml, rendered from a template."""
    if payload["providerId"] != "apns":
        return None
    credentials = payload["credentials"]
    rendered = (
        "apns:\n"
        f"  bundleId: {credentials.get('applicationId', '')}\n"
        f"  teamProject: {credentials.get('projectName', '')}\n"
        f"  production: {str(bool(credentials.get('secure', False))).lower()}\n"
    )
    bundle = yaml.safe_load(rendered)["apns"]["bundleId"]
    bundle.lower()  # sanity check before the build picks it up: must be a string
    return rendered


def apns_yaml_fixed(payload: Payload) -> str | None:
    """The ``apns:`` block of the rider iOS build's apns.yaml, dumped with proper YAML quoting."""
    if payload.get("providerId") != "apns":
        return None
    credentials = _credentials(payload)
    block = {
        "apns": {
            "bundleId": _text(credentials.get("applicationId")),
            "teamProject": _text(credentials.get("projectName")),
            "production": credentials.get("secure") is True,
        }
    }
    rendered: str = yaml.safe_dump(block, sort_keys=False, allow_unicode=False)
    return rendered


# 5. Dock-outage chat alert through Grafana OnCall -------------------------------------------

GRAFANA_STATE_COLOURS = {"alerting": "#d44a3a", "ok": "#299c46", "no_data": "#888888", "paused": "#5794f2"}


def dock_outage_card_buggy(payload: Payload) -> dict[str, str] | None:
    """The chat card announcing a dock outage through a Grafana OnCall webhook integration."""
    if payload["channel"] != "chat" or payload["providerId"] != "grafana-on-call":
        return None
    credentials = payload["credentials"]
    state = credentials.get("state", "alerting")
    return {
        "title": credentials.get("title", "Dock outage"),
        "colour": GRAFANA_STATE_COLOURS[state],
        "link": credentials.get("externalLink", ""),
    }


def dock_outage_card_fixed(payload: Payload) -> dict[str, str] | None:
    """The chat card announcing a dock outage; unknown Grafana states get a neutral colour."""
    if payload.get("channel") != "chat" or payload.get("providerId") != "grafana-on-call":
        return None
    credentials = _credentials(payload)
    state = _text(credentials.get("state"), "alerting")
    return {
        "title": _text(credentials.get("title"), "Dock outage"),
        "colour": GRAFANA_STATE_COLOURS.get(state, "#888888"),
        "link": _text(credentials.get("externalLink")),
    }


# 6. Billing CSV export: creation month from the record id -----------------------------------


def _csv_line(row: list[str]) -> str:
    """One CSV line."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(row)
    return buffer.getvalue()


def billing_row_buggy(payload: Payload) -> str:
    """One line of the monthly billing CSV, with the month the integration was created."""
    created = "unknown"
    if "_id" in payload:
        seconds = int(payload["_id"][:8], 16)  # ObjectId: first 4 bytes are the creation time
        created = datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m")
    return _csv_line([payload["_organizationId"], payload["identifier"], payload["providerId"], created])


_HEX8 = re.compile(r"[0-9a-fA-F]{8}")


def billing_row_fixed(payload: Payload) -> str:
    """One line of the monthly billing CSV; ids that are not ObjectIds give an unknown month."""
    created = "unknown"
    record_id = _text(payload.get("_id"))
    if _HEX8.fullmatch(record_id[:8]):
        created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC).strftime("%Y-%m")
    row = [
        _text(payload.get("_organizationId")),
        _text(payload.get("identifier")),
        _text(payload.get("providerId")),
        created,
    ]
    return _csv_line(row)


# 7. Config renderer: INI file of the kiosk mail relay (Custom SMTP) -------------------------

SMTP_KEYS = ("host", "port", "user", "password", "from", "senderName")


def smtp_relay_ini_buggy(payload: Payload) -> str | None:
    """The ``[smtp]`` section of the dock-kiosk mail relay's INI file for a Custom SMTP integration."""
    if payload["providerId"] != "nodemailer":
        return None
    credentials = payload["credentials"]
    parser = configparser.ConfigParser()
    parser.add_section("smtp")
    for key in SMTP_KEYS:
        if key in credentials:
            parser.set("smtp", key, credentials[key])
    parser.set("smtp", "secure", str(credentials.get("secure", False)).lower())
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def smtp_relay_ini_fixed(payload: Payload) -> str | None:
    """The ``[smtp]`` section of the mail relay's INI file, written without interpolation."""
    if payload.get("providerId") != "nodemailer":
        return None
    credentials = _credentials(payload)
    parser = configparser.ConfigParser(interpolation=None)
    parser.add_section("smtp")
    for key in SMTP_KEYS:
        value = credentials.get(key)
        if isinstance(value, str):
            parser.set("smtp", key, value)
    parser.set("smtp", "secure", "true" if credentials.get("secure") is True else "false")
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


# 8. Environment sync job --------------------------------------------------------------------

ENVIRONMENT_NAMES = {
    "6615a3c2f1e2d3c4b5a69701": "production",
    "6615a3c2f1e2d3c4b5a69703": "staging",
}


def env_sync_line_buggy(payload: Payload) -> str:
    """The .env line the environment sync job writes for this integration."""
    environment = ENVIRONMENT_NAMES[payload["_environmentId"]]
    return f"NOVU_{environment.upper()}_{payload['channel'].upper()}_PROVIDER={payload['providerId']}"


def env_sync_line_fixed(payload: Payload) -> str | None:
    """The .env line for this integration, or None for an environment this job does not sync."""
    environment = ENVIRONMENT_NAMES.get(_text(payload.get("_environmentId")))
    if environment is None:
        return None
    channel = _text(payload.get("channel"), "unknown")
    return f"NOVU_{environment.upper()}_{channel.upper()}_PROVIDER={_text(payload.get('providerId'))}"


# 9. Cache-key builder -----------------------------------------------------------------------


def cache_key_buggy(payload: Payload) -> str:
    """The Redis key under which the dispatcher caches the resolved integration."""
    raw = "\x1f".join((payload["_organizationId"], payload["_environmentId"], payload["identifier"]))
    return "bikeshare:novu:integration:" + hashlib.sha256(raw.encode()).hexdigest()


def cache_key_fixed(payload: Payload) -> str:
    """The Redis key for the resolved integration, hashing any string (lone surrogates too)."""
    parts = (
        _text(payload.get("_organizationId")),
        _text(payload.get("_environmentId")),
        _text(payload.get("identifier")),
    )
    return "bikeshare:novu:integration:" + hashlib.sha256(_utf8("\x1f".join(parts))).hexdigest()


# 10. Config renderer: the SMS gateway's <smsc> XML block (Kannel) ---------------------------

KANNEL_KEYS = ("host", "port", "user", "password", "from")
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def smsc_xml_buggy(payload: Payload) -> str | None:
    """The pretty-printed ``<smsc>`` block the SMS gateway box loads for a Kannel integration."""
    if payload["providerId"] != "kannel":
        return None
    credentials = payload["credentials"]
    smsc = ET.Element("smsc", {"type": "http", "id": payload["identifier"]})
    for key in KANNEL_KEYS:
        if key in credentials:
            ET.SubElement(smsc, key).text = credentials[key]
    return minidom.parseString(ET.tostring(smsc)).toprettyxml(indent="  ")


def smsc_xml_fixed(payload: Payload) -> str | None:
    """The pretty-printed ``<smsc>`` block, with characters XML 1.0 cannot carry removed."""
    if payload.get("providerId") != "kannel":
        return None
    credentials = _credentials(payload)
    identifier = _XML_ILLEGAL.sub("", _text(payload.get("identifier")))
    smsc = ET.Element("smsc", {"type": "http", "id": identifier})
    for key in KANNEL_KEYS:
        value = credentials.get(key)
        if isinstance(value, str):
            ET.SubElement(smsc, key).text = _XML_ILLEGAL.sub("", value)
    return minidom.parseString(ET.tostring(smsc)).toprettyxml(indent="  ")


# 11. Routing table keyed by range conditions ------------------------------------------------

RANGE_OPERATORS = ("BETWEEN", "NOT_BETWEEN")


def range_routes_buggy(payload: Payload) -> list[tuple[str, str, float, float]]:
    """Routing-table rows for range conditions (e.g. payload.batteryPct BETWEEN 0,20 -> low-battery queue)."""
    rows = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in RANGE_OPERATORS:
                low, high = child["value"].split(",")
                rows.append((child["field"], child["operator"], float(low), float(high)))
    return rows


def _bounds(value: str) -> tuple[float, float] | None:
    """``(low, high)`` from a ``"low,high"`` range value, or None if it is not one."""
    parts = value.split(",")
    if len(parts) != 2:
        return None
    try:
        return float(parts[0]), float(parts[1])
    except ValueError:
        return None


def range_routes_fixed(payload: Payload) -> list[tuple[str, str, float, float]]:
    """Routing-table rows for range conditions; values that are not 'low,high' are skipped."""
    rows = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator = child.get("operator")
            if operator not in RANGE_OPERATORS:
                continue
            bounds = _bounds(_text(child.get("value")))
            if bounds is not None:
                rows.append((_text(child.get("field")), str(operator), *bounds))
    return rows


# 12. Admin page: one summary line per condition ---------------------------------------------


def condition_summary_buggy(payload: Payload) -> list[str]:
    """One line per condition for the ops admin page, e.g. 'AND: subscriber.plan EQUAL pro (+0 more)'."""
    lines = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        negation = "NOT " if condition["isNegated"] else ""
        more = len(condition["children"]) - 1
        rule = f"{first['field']} {first['operator']} {first['value']}"
        lines.append(f"{negation}{condition['value']}: {rule} (+{more} more)")
    return lines


def condition_summary_fixed(payload: Payload) -> list[str]:
    """One line per condition for the ops admin page; a condition without children says so."""
    lines = []
    for condition in _conditions(payload):
        children = _children(condition)
        negation = "NOT " if condition.get("isNegated") is True else ""
        value = _text(condition.get("value"))
        if not children:
            lines.append(f"{negation}{value}: (no rules)")
            continue
        first = children[0]
        lines.append(
            f"{negation}{value}: {_text(first.get('field'))} {_text(first.get('operator'))} "
            f"{_text(first.get('value'))} (+{len(children) - 1} more)"
        )
    return lines


# 13. Webhook relay: signing forwarded dock events -------------------------------------------

WEBHOOK_PROVIDERS = ("push-webhook", "email-webhook")
RELAY_BODY = b'{"event":"dock.offline","station":"S-0042"}'


def webhook_signature_buggy(payload: Payload) -> str | None:
    """The HMAC-SHA256 signature the webhook relay attaches when forwarding a dock event."""
    if payload["providerId"] not in WEBHOOK_PROVIDERS or "secretKey" not in payload["credentials"]:
        return None
    key = base64.b64decode(payload["credentials"]["secretKey"], validate=True)
    return hmac.new(key, RELAY_BODY, hashlib.sha256).hexdigest()


def webhook_signature_fixed(payload: Payload) -> str | None:
    """The HMAC-SHA256 signature, keyed with the secretKey string as it is (like Novu does)."""
    secret = _credentials(payload).get("secretKey")
    if payload.get("providerId") not in WEBHOOK_PROVIDERS or not isinstance(secret, str):
        return None
    return hmac.new(_utf8(secret), RELAY_BODY, hashlib.sha256).hexdigest()


# 14. SMS gateway client: token authentication of Generic SMS --------------------------------


def sms_auth_plan_buggy(payload: Payload) -> dict[str, Any] | None:
    """How the unlock-code SMS client authenticates against a Generic SMS gateway."""
    if payload["providerId"] != "generic-sms":
        return None
    credentials = payload["credentials"]
    plan: dict[str, Any] = {"header": credentials.get("apiKeyRequestHeader", "X-API-Key")}
    if credentials.get("authenticateByToken", False):
        plan["tokenPath"] = credentials["authenticationTokenKey"].split(".")
    return plan


def sms_auth_plan_fixed(payload: Payload) -> dict[str, Any] | None:
    """How the SMS client authenticates; token auth without a token key falls back to the key header."""
    if payload.get("providerId") != "generic-sms":
        return None
    credentials = _credentials(payload)
    plan: dict[str, Any] = {"header": _text(credentials.get("apiKeyRequestHeader"), "X-API-Key")}
    token_key = credentials.get("authenticationTokenKey")
    if credentials.get("authenticateByToken") is True and isinstance(token_key, str):
        plan["tokenPath"] = token_key.split(".")
    return plan


# 15. Multi-tenant router --------------------------------------------------------------------

PRIMARY_QUEUES = {"email": "mail-primary", "sms": "sms-primary"}


def tenant_queue_buggy(payload: Payload) -> str:
    """The dispatch queue of the multi-tenant router for this integration."""
    organization = payload["_organizationId"]
    if payload["primary"]:
        return f"{organization}/{PRIMARY_QUEUES[payload['channel']]}"
    return f"{organization}/{payload['channel']}/{payload['identifier']}"


def tenant_queue_fixed(payload: Payload) -> str:
    """The dispatch queue of the router; a primary on any channel gets that channel's primary queue."""
    organization = _text(payload.get("_organizationId"))
    channel = _text(payload.get("channel"), "unknown")
    if payload.get("primary") is True:
        return f"{organization}/{PRIMARY_QUEUES.get(channel, f'{channel}-primary')}"
    return f"{organization}/{channel}/{_text(payload.get('identifier'))}"


# 16. Retention job: purge rider data of long-deleted integrations ---------------------------

RETENTION = timedelta(days=90)
RETENTION_NOW = datetime(2025, 6, 1, tzinfo=UTC)


def retention_due_buggy(payload: Payload) -> bool:
    """Whether the nightly retention job should purge rider data sent through this deleted integration."""
    if not payload["deleted"] or "deletedAt" not in payload:
        return False
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%f%z")
    return RETENTION_NOW - deleted_at > RETENTION


def _parse_timestamp(text: str) -> datetime | None:
    """An aware datetime from an ISO-8601-ish string, or None."""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def retention_due_fixed(payload: Payload) -> bool:
    """Whether to purge; a deletedAt that is not a readable timestamp keeps the data for now."""
    if payload.get("deleted") is not True:
        return False
    deleted_at = _parse_timestamp(_text(payload.get("deletedAt")))
    if deleted_at is None:
        return False
    try:
        return RETENTION_NOW - deleted_at > RETENTION
    except (OverflowError, ValueError):
        return False


# The suite ----------------------------------------------------------------------------------

BIKESHARE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="bikeshare_receipt_mailgun_base_url",
        bug="assumes a Mailgun credentials.baseUrl, when set, is an absolute URL with a host",
        buggy=receipt_endpoint_buggy,
        fixed=receipt_endpoint_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {"name": "Mailgun EU", "identifier": "mailgun-Qe3vT0aZ", "providerId": "mailgun"},
            credentials={
                "apiKey": "fake-mailgun-key",
                "baseUrl": "api.eu.mailgun.net",
                "user": "api",
                "domain": "mg.citybike.example",
                "from": "receipts@citybike.example",
                "senderName": "City Bike",
            },
        ),
    ),
    ConsumerCase(
        name="bikeshare_unlock_sms_twilio_sid",
        bug="assumes a Twilio credentials.accountSid is 'AC' followed by hex digits",
        buggy=unlock_sms_worker_buggy,
        fixed=unlock_sms_worker_fixed,
        raises=(ValueError, IndexError),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-u7Hh2kLm",
                "providerId": "twilio",
                "channel": "sms",
                "conditions": [],
            },
            credentials={"accountSid": "citybike-unlock-prod", "token": "fake-token", "from": "+15550100"},
        ),
    ),
    ConsumerCase(
        name="bikeshare_rider_push_fcm_service_account",
        bug="assumes FCM credentials.serviceAccount is a JSON object with a project_id",
        buggy=rider_push_project_buggy,
        fixed=rider_push_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-p0Rk2x",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={"serviceAccount": "nvsk.9f2c4e1a07b3d5c6:ab12cd34ef56"},
        ),
    ),
    ConsumerCase(
        name="bikeshare_apns_yaml_template",
        bug="assumes APNs applicationId/projectName can be pasted unquoted into a YAML template",
        buggy=apns_yaml_buggy,
        fixed=apns_yaml_fixed,
        raises=(yaml.YAMLError, AttributeError, TypeError, KeyError),
        example=_example(
            {
                "name": "APNs",
                "identifier": "ap-ns-Zk81bQ",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": "-----BEGIN PRIVATE KEY-----\nfake\n-----END PRIVATE KEY-----",
                "apiKey": "ABC123DEFG",
                "projectName": "TEAM42",
                "applicationId": "com.citybike.rider: beta",
                "secure": True,
            },
        ),
    ),
    ConsumerCase(
        name="bikeshare_dock_outage_grafana_state",
        bug="assumes a Grafana OnCall credentials.state is one of alerting/ok/no_data/paused",
        buggy=dock_outage_card_buggy,
        fixed=dock_outage_card_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-7yT",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
            },
            credentials={
                "alertUid": "dock-outage",
                "title": "Dock S-0042 offline",
                "state": "firing",
                "externalLink": "https://status.citybike.example/S-0042",
            },
        ),
    ),
    ConsumerCase(
        name="bikeshare_billing_objectid_month",
        bug="assumes _id is a Mongo ObjectId whose first 8 characters are a hex timestamp",
        buggy=billing_row_buggy,
        fixed=billing_row_fixed,
        raises=(ValueError,),
        example=_example({"_id": "01HV3KQ9ZP8X3T5M2N7R4WBC6D"}),
    ),
    ConsumerCase(
        name="bikeshare_smtp_ini_percent",
        bug="assumes Custom SMTP credential values contain no '%' (ConfigParser interpolation)",
        buggy=smtp_relay_ini_buggy,
        fixed=smtp_relay_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Lk2", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.citybike.example",
                "port": "587",
                "user": "kiosk",
                "password": "b1ke%share!",
                "secure": False,
                "from": "kiosk@citybike.example",
                "senderName": "City Bike Kiosk",
            },
        ),
    ),
    ConsumerCase(
        name="bikeshare_env_sync_foreign_environment",
        bug="assumes every listed integration belongs to a known environment (the list spans the whole org)",
        buggy=env_sync_line_buggy,
        fixed=env_sync_line_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "6615a3c2f1e2d3c4b5a697ff"}),
    ),
    ConsumerCase(
        name="bikeshare_cache_key_surrogate",
        bug="assumes ids and identifier encode to UTF-8 (no lone surrogates)",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"identifier": "dock-alerts-\udc80"}),
    ),
    ConsumerCase(
        name="bikeshare_kannel_xml_control_chars",
        bug="assumes Kannel credentials and identifier hold only characters XML 1.0 allows",
        buggy=smsc_xml_buggy,
        fixed=smsc_xml_fixed,
        raises=(ExpatError,),
        example=_example(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Vb3",
                "providerId": "kannel",
                "channel": "sms",
                "conditions": [],
            },
            credentials={
                "host": "smsc.citybike.example",
                "port": "13013",
                "user": "unlock",
                "password": "dock\x08pass",
                "from": "CITYBIKE",
            },
        ),
    ),
    ConsumerCase(
        name="bikeshare_routing_between_bounds",
        bug="assumes a BETWEEN/NOT_BETWEEN child's value is 'low,high' with two numbers",
        buggy=range_routes_buggy,
        fixed=range_routes_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "batteryPct",
                                "value": "[0, 20]",
                                "operator": "BETWEEN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="bikeshare_condition_without_children",
        bug="assumes every condition has at least one child filter part",
        buggy=condition_summary_buggy,
        fixed=condition_summary_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": True, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="bikeshare_webhook_secret_base64",
        bug="assumes a push-webhook/email-webhook credentials.secretKey is base64",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Hq0",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "webhookUrl": "https://relay.citybike.example/push",
                "secretKey": "dock-relay-secret!",
            },
        ),
    ),
    ConsumerCase(
        name="bikeshare_generic_sms_token_key",
        bug="assumes authenticateByToken=true comes with the optional authenticationTokenKey",
        buggy=sms_auth_plan_buggy,
        fixed=sms_auth_plan_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-C4x",
                "providerId": "generic-sms",
                "channel": "sms",
                "conditions": [],
            },
            credentials={
                "baseUrl": "https://sms.citybike.example/send",
                "apiKeyRequestHeader": "X-Api-Key",
                "apiKey": "fake-sms-key",
                "idPath": "data.id",
                "authenticateByToken": True,
                "from": "CITYBIKE",
            },
        ),
    ),
    ConsumerCase(
        name="bikeshare_tenant_router_primary_channel",
        bug="assumes primary=true only occurs on email or sms integrations",
        buggy=tenant_queue_buggy,
        fixed=tenant_queue_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "name": "Expo Push",
                "identifier": "expo-push-R2d",
                "providerId": "expo",
                "channel": "push",
                "primary": True,
                "conditions": [],
            },
            credentials={"apiKey": "fake-expo-token"},
        ),
    ),
    ConsumerCase(
        name="bikeshare_retention_deleted_at_format",
        bug="assumes deletedAt of a deleted integration always has milliseconds ('...HH:MM:SS.fffZ')",
        buggy=retention_due_buggy,
        fixed=retention_due_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "2025-01-08T10:00:00+00:00", "active": False}),
    ),
]
