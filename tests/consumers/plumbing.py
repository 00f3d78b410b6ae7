"""Integration consumers at Hartwell Plumbing & Heating, each with one bug a busy engineer made.

Hartwell is a plumbing and heating field-service company: 24/7 emergency call-outs (burst pipes,
no heat, gas smells), boiler installs and annual boiler-service reminders, gas-safety certificates,
and bathroom refits. Engineers are dispatched by SMS and through the ops Slack, the technician app
gets job pushes, customers get confirmations, reminders and invoices by e-mail, and the parts
desk talks to the plumbing merchants' APIs. All of that runs through Novu, and the back-office
code below reads the items of ``GET /v1/integrations``.

Every consumer has a ``_buggy`` version (what shipped: it works on ``HAPPY_PATH``, the payload its
author tested with) and a ``_fixed`` control that honours the ``IntegrationResponseDto`` contract
and never raises on a payload the contract allows. ``PLUMBING_BUGS`` pairs them with a
contract-valid payload that makes the buggy version raise.
"""

from __future__ import annotations

import base64
import binascii
import configparser
import copy
import csv
import dataclasses
import functools
import http.client
import io
import json
import operator
import re
import ssl
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, date, datetime
from email.utils import formataddr
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "PLUMBING_BUGS"]


def _credentials(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _children(payload: Payload) -> Iterator[dict[str, Any]]:
    """Every filter part of every condition, skipping anything that is not shaped like one."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return
    for condition in conditions:
        children = condition.get("children") if isinstance(condition, dict) else None
        if not isinstance(children, list):
            continue
        yield from (child for child in children if isinstance(child, dict))


# --- 1. Technician dispatch SMS: the sender number, in E.164 for the carrier's routing table ---------

_SENDER_PUNCTUATION = re.compile(r"[\s().-]")
_E164_DIGITS = re.compile(r"\+?([0-9]{3,15})")


def sms_sender_buggy(payload: Payload) -> str | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_credentials(payload), "from")
    if sender is None:
        return None
    digits = _SENDER_PUNCTUATION.sub("", sender)
    return "+" + str(int(digits.removeprefix("+")))


def sms_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_credentials(payload), "from")
    if sender is None:
        return None
    match = _E164_DIGITS.fullmatch(_SENDER_PUNCTUATION.sub("", sender))
    if match is not None:
        return "+" + str(int(match.group(1)))
    # An alphanumeric sender ID ("HARTWELL"): carriers take it as it is, up to 11 characters.
    return sender.strip()[:11] or None


# --- 2. Invoice e-mails: the From header for the accounts package's old SMTP relay -------------------


def invoice_from_header_buggy(payload: Payload) -> bytes | None:
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    sender_name, address = _text(credentials, "senderName"), _text(credentials, "from")
    if not sender_name or not address:
        return None
    return f"From: {sender_name} <{address}>\r\n".encode("ascii")


def _ascii_address(address: str) -> str | None:
    address = address.strip()
    if not address or any(ord(char) < 0x20 or char in "\x7f<>" for char in address):
        return None
    if address.isascii():
        return address
    local, at, domain = address.rpartition("@")
    if not at or not local.isascii() or not domain:
        return None
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError:
        return None


def invoice_from_header_fixed(payload: Payload) -> bytes | None:
    if payload.get("channel") != "email":
        return None
    credentials = _credentials(payload)
    sender_name, address = _text(credentials, "senderName"), _text(credentials, "from")
    if not sender_name or not address:
        return None
    ascii_address = _ascii_address(address)
    if ascii_address is None:
        return None
    name = " ".join(sender_name.encode("utf-8", "replace").decode("utf-8").split())
    return f"From: {formataddr((name, ascii_address))}\r\n".encode("ascii")


# --- 3. Depot gateway: the basement-proof on-prem relay reads its provider settings from INI ---------


def depot_gateway_ini_buggy(payload: Payload) -> str:
    settings = {key: value for key, value in _credentials(payload).items() if isinstance(value, str)}
    parser = configparser.ConfigParser()
    parser.read_dict({f"integration:{payload['identifier']}": settings})
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def depot_gateway_ini_fixed(payload: Payload) -> str:
    settings = {key: value for key, value in _credentials(payload).items() if isinstance(value, str)}
    identifier = _text(payload, "identifier") or ""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read_dict({f"integration:{identifier}": settings})
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


# --- 4. Office firewall: the egress allow-list of provider API hosts -------------------------------


def egress_host_buggy(payload: Payload) -> str | None:
    base_url = _text(_credentials(payload), "baseUrl")
    if not base_url:
        return None
    host = urlsplit(base_url).hostname
    assert host is not None
    return host.encode("idna").decode("ascii")


def egress_host_fixed(payload: Payload) -> str | None:
    base_url = _text(_credentials(payload), "baseUrl")
    if not base_url or not base_url.strip():
        return None
    candidate = base_url.strip()
    if "//" not in candidate:
        candidate = "https://" + candidate  # Infobip's portal shows the base URL without a scheme
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        return None
    if not host:
        return None
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return None


# --- 5. Emergency call-outs: the 2 a.m. router sends through each channel's primary ------------------


def emergency_route_buggy(payload: Payload) -> tuple[str, str] | None:
    if not payload["primary"]:
        return None
    assert payload["active"], "a primary integration is always active"
    return payload["channel"], payload["identifier"]


def emergency_route_fixed(payload: Payload) -> tuple[str, str] | None:
    if payload.get("primary") is not True or payload.get("active") is not True:
        return None
    channel, identifier = _text(payload, "channel"), _text(payload, "identifier")
    if channel is None or identifier is None:
        return None
    return channel, identifier


# --- 6. Quarterly audit: days since each removed integration went away -----------------------------


def removal_age_days_buggy(payload: Payload) -> int | None:
    deleted_at = _text(payload, "deletedAt")
    if deleted_at is None:
        return None
    try:
        removed = datetime.fromisoformat(deleted_at)
    except ValueError:
        return None
    return (datetime.now(UTC) - removed).days


def removal_age_days_fixed(payload: Payload) -> int | None:
    deleted_at = _text(payload, "deletedAt")
    if deleted_at is None:
        return None
    try:
        removed = datetime.fromisoformat(deleted_at)
    except ValueError:
        return None
    if removed.tzinfo is None or removed.utcoffset() is None:
        removed = removed.replace(tzinfo=UTC)
    return (datetime.now(UTC) - removed).days


# --- 7. After-hours pricing simulator: comparison rules from the integrations' conditions ----------

_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}


def comparison_rules_buggy(payload: Payload) -> list[tuple[str, str, float | str]]:
    rules: list[tuple[str, str, float | str]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _COMPARISONS:
                rules.append((child["field"], child["operator"], float(child["value"])))
    return rules


def comparison_rules_fixed(payload: Payload) -> list[tuple[str, str, float | str]]:
    rules: list[tuple[str, str, float | str]] = []
    for child in _children(payload):
        field, op, value = _text(child, "field"), _text(child, "operator"), _text(child, "value")
        if field is None or op not in _COMPARISONS or value is None:
            continue
        threshold: float | str
        try:
            threshold = float(value)
        except ValueError:
            threshold = value  # dates, versions, words: compared as text
        rules.append((field, op, threshold))
    return rules


# --- 8. Dispatch board: integration conditions in the board's "<namespace>:<key>" rule syntax -------


def board_rules_buggy(payload: Payload) -> list[str]:
    lines = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            namespace, key = child["field"].split(".", 1)
            lines.append(f"{namespace}:{key} {child['operator']} {child['value']}")
    return lines


def board_rules_fixed(payload: Payload) -> list[str]:
    lines = []
    for child in _children(payload):
        field, op, value = _text(child, "field"), _text(child, "operator"), _text(child, "value")
        if field is None or op is None or value is None:
            continue
        namespace = _text(child, "on") or "payload"
        key = field.removeprefix(f"{namespace}.")
        lines.append(f"{namespace}:{key} {op} {value}")
    return lines


# --- 9. Monday credentials check: warn before a JWT-based SMS credential (RingCentral) expires ------


def token_expiry_buggy(payload: Payload) -> datetime | None:
    token = _text(_credentials(payload), "token")
    if token is None or token.count(".") != 2:
        return None
    claims = json.loads(base64.urlsafe_b64decode(token.split(".")[1]))
    expiry = claims.get("exp") if isinstance(claims, dict) else None
    if not isinstance(expiry, int) or isinstance(expiry, bool):
        return None
    return datetime.fromtimestamp(expiry, UTC)


def token_expiry_fixed(payload: Payload) -> datetime | None:
    token = _text(_credentials(payload), "token")
    if token is None or token.count(".") != 2:
        return None
    segment = token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    except (ValueError, RecursionError):
        return None
    expiry = claims.get("exp") if isinstance(claims, dict) else None
    if not isinstance(expiry, int | float) or isinstance(expiry, bool):
        return None
    try:
        return datetime.fromtimestamp(expiry, UTC)
    except (OverflowError, OSError, ValueError):
        return None


# --- 10. Technician app: push integrations grouped by Firebase project ------------------------------


def push_project_buggy(payload: Payload) -> str | None:
    account = _text(_credentials(payload), "serviceAccount")
    if account is None:
        return None
    info = json.loads(account)
    project = info.get("project_id") if isinstance(info, dict) else None
    return project if isinstance(project, str) else None


def push_project_fixed(payload: Payload) -> str | None:
    account = _text(_credentials(payload), "serviceAccount")
    if account is None:
        return None
    try:
        info = json.loads(account, strict=False)
    except (ValueError, RecursionError):
        return None  # not JSON (a file path, the stored nvsk.… form): nothing to group by
    project = info.get("project_id") if isinstance(info, dict) else None
    return project if isinstance(project, str) else None


# --- 11. Night-time reminder batches: integrations on one provider account share one send rate -----

_SEND_RATES = {"sendgrid": 100.0, "mailgun": 50.0, "ses": 14.0, "nodemailer": 5.0, "twilio": 1.0}


@dataclasses.dataclass
class SendBucket:
    rate_per_second: float
    tokens: float


@functools.lru_cache(maxsize=4096)
def _shared_bucket(provider_id: str, account: frozenset[tuple[str, object]]) -> SendBucket:
    rate = _SEND_RATES.get(provider_id, 2.0)
    return SendBucket(rate_per_second=rate, tokens=rate)


def send_bucket_buggy(payload: Payload) -> SendBucket:
    account = frozenset(_credentials(payload).items())
    return _shared_bucket(payload["providerId"], account)


def send_bucket_fixed(payload: Payload) -> SendBucket:
    account = frozenset(
        (key, value)
        for key, value in _credentials(payload).items()
        if value is None or isinstance(value, str | bool | int | float)
    )
    return _shared_bucket(_text(payload, "providerId") or "", account)


# --- 12. On-call runbook: Grafana OnCall webhook settings kept as YAML (CI loads them back) ---------

_ONCALL_KEYS = ("alertUid", "title", "state", "imageUrl", "externalLink")


def oncall_settings_buggy(payload: Payload) -> dict[str, Any] | None:
    if payload.get("channel") != "chat":
        return None
    credentials = _credentials(payload)
    lines = [f"{key}: {credentials[key]}" for key in _ONCALL_KEYS if isinstance(credentials.get(key), str)]
    if not lines:
        return None
    loaded = yaml.safe_load("\n".join(lines) + "\n")
    return loaded if isinstance(loaded, dict) else None


def oncall_settings_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("channel") != "chat":
        return None
    credentials = _credentials(payload)
    settings = {key: credentials[key] for key in _ONCALL_KEYS if isinstance(credentials.get(key), str)}
    if not settings:
        return None
    loaded = yaml.safe_load(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False))
    return loaded if isinstance(loaded, dict) else None


# --- 13. Friday spreadsheet for the office manager (the job-management import rejects quotes) -------


def _office_row(payload: Payload) -> list[str]:
    credentials = _credentials(payload)
    return [
        _text(payload, "name") or "",
        _text(payload, "providerId") or "",
        _text(payload, "channel") or "",
        "yes" if payload.get("active") is True else "no",
        _text(credentials, "senderName") or "",
        _text(credentials, "from") or "",
    ]


def office_csv_buggy(payload: Payload) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_NONE).writerow(_office_row(payload))
    return buffer.getvalue()


def office_csv_fixed(payload: Payload) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(_office_row(payload))
    return buffer.getvalue()


# --- 14. Field-service management feed: messaging integrations as XML (its client parses it) --------

_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value: object) -> str:
    return _NOT_XML_CHAR.sub("\ufffd", value) if isinstance(value, str) else ""


def fsm_feed_buggy(payload: Payload) -> bytes:
    root = ET.Element("messaging")
    element = ET.SubElement(root, payload["identifier"], provider=payload["providerId"])
    element.text = payload["name"]
    document: bytes = ET.tostring(root, encoding="utf-8")
    ET.fromstring(document)  # what the FSM client does before accepting the upload
    return document


def fsm_feed_fixed(payload: Payload) -> bytes:
    root = ET.Element("messaging")
    element = ET.SubElement(
        root,
        "integration",
        identifier=_xml_text(payload.get("identifier")),
        provider=_xml_text(payload.get("providerId")),
        channel=_xml_text(payload.get("channel")),
    )
    element.text = _xml_text(payload.get("name"))
    document: bytes = ET.tostring(root, encoding="utf-8")
    ET.fromstring(document)
    return document


# --- 15. Asset register: "set up on" date, read from the integration's ObjectId --------------------


def set_up_on_buggy(payload: Payload) -> date:
    object_id = bytes.fromhex(payload["_id"])
    return datetime.fromtimestamp(int.from_bytes(object_id[:4], "big"), UTC).date()


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def set_up_on_fixed(payload: Payload) -> date | None:
    object_id = _text(payload, "_id")
    if object_id is None or not _OBJECT_ID.fullmatch(object_id):
        return None
    return datetime.fromtimestamp(int(object_id[:8], 16), UTC).date()


# --- 16. Monday provider probe: a revoked key shows on the ops board, not as missed boiler services -

_PROBES = {
    "sendgrid": ("api.sendgrid.com", "/v3/scopes", "Authorization", "Bearer "),
    "resend": ("api.resend.com", "/domains", "Authorization", "Bearer "),
    "mailersend": ("api.mailersend.com", "/v1/domains", "Authorization", "Bearer "),
    "postmark": ("api.postmarkapp.com", "/server", "X-Postmark-Server-Token", ""),
    "sendinblue": ("api.brevo.com", "/v3/account", "api-key", ""),
    "brevo-sms": ("api.brevo.com", "/v3/account", "api-key", ""),
}
_TLS = ssl.create_default_context()
_HEADER_TOKEN = re.compile(r"[\x21-\x7e]+")


def _probe_request(provider_id: str, api_key: str) -> http.client.HTTPSConnection | None:
    if provider_id not in _PROBES:
        return None
    host, path, header, prefix = _PROBES[provider_id]
    connection = http.client.HTTPSConnection(host, timeout=10, context=_TLS)
    connection.putrequest("GET", path)
    connection.putheader(header, prefix + api_key)
    connection.putheader("Accept", "application/json")
    return connection  # the probe runner calls endheaders() and reads the status


def provider_probe_buggy(payload: Payload) -> http.client.HTTPSConnection | None:
    api_key = _text(_credentials(payload), "apiKey")
    if not api_key:
        return None
    return _probe_request(payload["providerId"], api_key)


def provider_probe_fixed(payload: Payload) -> http.client.HTTPSConnection | None:
    api_key = (_text(_credentials(payload), "apiKey") or "").strip()
    provider_id = _text(payload, "providerId")
    if provider_id is None or not _HEADER_TOKEN.fullmatch(api_key):
        return None
    return _probe_request(provider_id, api_key)


# --- the cases ------------------------------------------------------------------------------------


def _variant(
    changes: Mapping[str, Any] | None = None,
    *,
    credentials: Mapping[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


_RINGCENTRAL_JWT = (
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJhdWQiOiJodHRwczovL3BsYXRmb3JtLnJpbmdjZW50cmFsLmNvbS9yZXN0YXBpL29hdXRoL3Rva2VuIiwic3ViIjoiMjM5MTAw"
    "NDAxNyIsImlzcyI6Imh0dHBzOi8vcGxhdGZvcm0ucmluZ2NlbnRyYWwuY29tIiwiZXhwIjoxODkzNDU2MDAwLCJpYXQiOjE3MzAw"
    "MDAwMDAsImp0aSI6InU4a1EyIn0."
    "c2lnbmF0dXJl"
)

_FCM_SERVICE_ACCOUNT = (
    '{"type": "service_account", "project_id": "hartwell-engineer-app", '
    '"private_key_id": "3f1c0e9a7b2d", '
    '"private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n'
    '-----END PRIVATE KEY-----\n", '
    '"client_email": "firebase-adminsdk-x1y2z@hartwell-engineer-app.iam.gserviceaccount.com"}'
)

_CONDITION_DATE = {
    "isNegated": False,
    "type": "DATE",
    "value": "AND",
    "children": [
        {"field": "lastServiceDate", "value": "2024-06-01", "operator": "SMALLER", "on": "payload"},
    ],
}

_CONDITION_BARE_FIELD = {
    "isNegated": False,
    "type": "STATEMENT",
    "value": "AND",
    "children": [
        {"field": "isPriorityCustomer", "value": "true", "operator": "EQUAL", "on": "subscriber"},
    ],
}

PLUMBING_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="plumbing_sms_sender_e164",
        bug="assumes an SMS integration's credentials.from is a phone number, never an alphanumeric sender",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Firetext",
                "identifier": "firetext-Qw3rTy9",
                "providerId": "firetext",
                "channel": "sms",
            },
            credentials={"apiKey": "fake-firetext-key-7731", "from": "HARTWELL"},
        ),
    ),
    ConsumerCase(
        name="plumbing_invoice_from_header",
        bug="assumes the e-mail senderName is plain ASCII, so the raw From header encodes as ASCII",
        buggy=invoice_from_header_buggy,
        fixed=invoice_from_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "rechnungen@hartwell-haustechnik.de",
                "senderName": "Hartwell Sanitär & Heizung GmbH",
            }
        ),
    ),
    ConsumerCase(
        name="plumbing_depot_gateway_ini",
        bug="writes credentials through ConfigParser's %-interpolation, assuming no secret contains a '%'",
        buggy=depot_gateway_ini_buggy,
        fixed=depot_gateway_ini_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Dp0t4x",
                "providerId": "kannel",
                "channel": "sms",
            },
            credentials={
                "host": "10.20.0.5",
                "port": "13013",
                "user": "depot",
                "password": "Bo1ler%Van7",
                "from": "+447700900123",
            },
        ),
    ),
    ConsumerCase(
        name="plumbing_egress_host",
        bug="assumes credentials.baseUrl always carries a scheme, so urlsplit() finds a hostname",
        buggy=egress_host_buggy,
        fixed=egress_host_fixed,
        raises=(AssertionError,),
        example=_variant(
            {
                "name": "Infobip",
                "identifier": "infobip-Ib9xQ2",
                "providerId": "infobip-sms",
                "channel": "sms",
            },
            credentials={
                "apiKey": "fake-infobip-key-4410",
                "baseUrl": "y3kd9q.api.infobip.com",
                "from": "HARTWELL",
            },
        ),
    ),
    ConsumerCase(
        name="plumbing_emergency_primary",
        bug="asserts that a primary integration is also active, though an inactive primary is allowed",
        buggy=emergency_route_buggy,
        fixed=emergency_route_fixed,
        raises=(AssertionError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="plumbing_removal_age",
        bug="assumes deletedAt always carries a UTC offset, so it subtracts from an aware now()",
        buggy=removal_age_days_buggy,
        fixed=removal_age_days_fixed,
        raises=(TypeError,),
        example=_variant({"deleted": True, "deletedAt": "2024-11-03T09:15:00"}),
    ),
    ConsumerCase(
        name="plumbing_comparison_rules",
        bug="assumes every LARGER/SMALLER condition value is a number, though dates and words are compared",
        buggy=comparison_rules_buggy,
        fixed=comparison_rules_fixed,
        raises=(ValueError,),
        example=_variant({"conditions": [_CONDITION_DATE]}),
    ),
    ConsumerCase(
        name="plumbing_board_rule_namespace",
        bug="assumes a condition field reads 'namespace.key'; Novu stores the bare key, namespace in 'on'",
        buggy=board_rules_buggy,
        fixed=board_rules_fixed,
        raises=(ValueError,),
        example=_variant({"conditions": [_CONDITION_BARE_FIELD]}),
    ),
    ConsumerCase(
        name="plumbing_jwt_token_expiry",
        bug="decodes the JWT payload of credentials.token as padded base64, but JWT segments are unpadded",
        buggy=token_expiry_buggy,
        fixed=token_expiry_fixed,
        raises=(binascii.Error, ValueError),
        example=_variant(
            {
                "name": "RingCentral",
                "identifier": "ring-central-Rc7Yh2",
                "providerId": "ring-central",
                "channel": "sms",
                "primary": False,
            },
            credentials={
                "clientId": "fakeClientId0042",
                "secretKey": "fake-ringcentral-secret",
                "token": _RINGCENTRAL_JWT,
                "from": "+441632960961",
            },
        ),
    ),
    ConsumerCase(
        name="plumbing_push_project",
        bug="parses credentials.serviceAccount with strict JSON, though pasted keys carry raw newlines",
        buggy=push_project_buggy,
        fixed=push_project_fixed,
        raises=(json.JSONDecodeError,),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Fc3mA1",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": _FCM_SERVICE_ACCOUNT},
        ),
    ),
    ConsumerCase(
        name="plumbing_send_bucket",
        bug="hashes all credential values for a cache key, assuming none is an object like tlsOptions",
        buggy=send_bucket_buggy,
        fixed=send_bucket_fixed,
        raises=(TypeError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Sm7pX0", "providerId": "nodemailer"},
            credentials={
                "host": "mail.hartwell-heating.co.uk",
                "port": "587",
                "user": "reminders",
                "password": "fake-smtp-password",
                "secure": False,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "reminders@hartwell-heating.co.uk",
                "senderName": "Hartwell Plumbing & Heating",
            },
        ),
    ),
    ConsumerCase(
        name="plumbing_oncall_yaml",
        bug="templates Grafana OnCall settings into YAML by hand, assuming titles hold no ': ', '[' or '*'",
        buggy=oncall_settings_buggy,
        fixed=oncall_settings_fixed,
        raises=(yaml.YAMLError,),
        example=_variant(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Gr4fOn",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
            },
            credentials={"alertUid": "hw-gas-01", "title": "Gas leak: engineer needed", "state": "alerting"},
        ),
    ),
    ConsumerCase(
        name="plumbing_office_csv",
        bug="writes the spreadsheet with QUOTE_NONE and no escapechar, assuming names hold no commas",
        buggy=office_csv_buggy,
        fixed=office_csv_fixed,
        raises=(csv.Error,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "service@hartwell-heating.co.uk",
                "senderName": "Hartwell Plumbing, Heating & Gas",
            },
        ),
    ),
    ConsumerCase(
        name="plumbing_fsm_feed_xml",
        bug="uses the identifier as an XML element name, though slugs can start with a digit or '-'",
        buggy=fsm_feed_buggy,
        fixed=fsm_feed_fixed,
        raises=(ET.ParseError,),
        example=_variant(
            {
                "name": "24/7 Emergency SMS",
                "identifier": "24-7-emergency-sms-Kd2bQ1x",
                "providerId": "twilio",
                "channel": "sms",
            },
            credentials={
                "accountSid": "AC" + "0" * 32,
                "token": "fake-twilio-token",
                "from": "+441632960000",
            },
        ),
    ),
    ConsumerCase(
        name="plumbing_set_up_on",
        bug="reads a creation date out of _id, assuming it is always present and a 24-hex ObjectId",
        buggy=set_up_on_buggy,
        fixed=set_up_on_fixed,
        raises=(KeyError, ValueError),
        example=_variant(drop=("_id",)),
    ),
    ConsumerCase(
        name="plumbing_provider_probe",
        bug="puts credentials.apiKey into an HTTP header as stored, assuming no pasted line break in it",
        buggy=provider_probe_buggy,
        fixed=provider_probe_fixed,
        raises=(ValueError,),
        example=_variant(
            credentials={
                "apiKey": "SG.fake-key-id.fake-key-secret\n",
                "from": "bookings@hartwell-heating.co.uk",
                "senderName": "Hartwell Plumbing & Heating",
            }
        ),
    ),
)
