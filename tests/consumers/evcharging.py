"""Sixteen consumers from an electric-vehicle charging network, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The network
(charge-point operator and roaming hub) reads its Novu integrations for charging receipts, charger
display messages, fault alerts, SMS failover and admin tooling. Each ``*_buggy`` function is written
the way the happy path suggests and makes one assumption the contract does not guarantee; each
``*_fixed`` control does the same job and must not raise on any contract-valid payload.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import hmac
import json
import re
import struct
import unicodedata
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formataddr
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# ----------------------------------------------------------------------------------------------------
# helpers


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


def _text(value: object) -> str:
    """A string field, or ``""`` when it is absent (or not a string at all)."""
    return value if isinstance(value, str) else ""


def _creds(payload: Payload) -> dict[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _groups(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [group for group in conditions if isinstance(group, dict)]


def _parts(group: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# ----------------------------------------------------------------------------------------------------
# 1. Charging-receipt mailer: the From header of the receipt e-mail.


def receipt_from_header_buggy(payload: Payload) -> str:
    credentials = payload["credentials"]
    address = credentials.get("from", "")
    if not address:
        return ""
    return formataddr((credentials.get("senderName", ""), address))


def receipt_from_header_fixed(payload: Payload) -> str:
    credentials = _creds(payload)
    address = _text(credentials.get("from"))
    sender = _text(credentials.get("senderName"))
    if not address:
        return ""
    try:
        return formataddr((sender, address))
    except UnicodeError:
        # An internationalised address (RFC 6532) is sent as is, over SMTPUTF8.
        quoted = sender.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{address}>' if sender else address


# ----------------------------------------------------------------------------------------------------
# 2. Charger display: the in-app integration's name as a length-prefixed OCPP DataTransfer frame.

_FRAME_MAGIC = 0x4556  # "EV"


def display_frame_buggy(payload: Payload) -> bytes:
    label: bytes = payload["name"].encode("utf-8")
    return struct.pack(">HB", _FRAME_MAGIC, len(label)) + label


def display_frame_fixed(payload: Payload) -> bytes:
    raw = _text(payload.get("name")).encode("utf-8", "replace")
    # The length byte holds at most 255: cut there, on a character boundary.
    label = raw[:255].decode("utf-8", "ignore").encode("utf-8")
    return struct.pack(">HB", _FRAME_MAGIC, len(label)) + label


# ----------------------------------------------------------------------------------------------------
# 3. Usage analytics: a per-tenant pseudonym for the integration (keyed hash, organization id as the key).


def usage_pseudonym_buggy(payload: Payload) -> str:
    key = payload["_organizationId"].encode()
    digest = hashlib.blake2b(payload["identifier"].encode(), key=key, digest_size=8)
    return digest.hexdigest()


def usage_pseudonym_fixed(payload: Payload) -> str:
    key = _utf8(_text(payload.get("_organizationId")))
    message = _utf8(_text(payload.get("identifier")))
    return hmac.new(key, message, hashlib.sha256).hexdigest()[:16]


# ----------------------------------------------------------------------------------------------------
# 4. Receipt footer: the sender name substituted into the operator's footer template.

_FOOTER_TEMPLATE = "Ihre Ladequittung von {sender}. Fragen? Antworten Sie einfach auf diese E-Mail."


def receipt_footer_buggy(payload: Payload) -> str:
    sender = payload["credentials"].get("senderName") or payload["name"]
    return re.sub(r"\{sender\}", sender, _FOOTER_TEMPLATE)


def receipt_footer_fixed(payload: Payload) -> str:
    sender = _text(_creds(payload).get("senderName")) or _text(payload.get("name"))
    return re.sub(r"\{sender\}", lambda _match: sender, _FOOTER_TEMPLATE)


# ----------------------------------------------------------------------------------------------------
# 5. Charger-status webhook: signing the body with the webhook integration's secret.


def webhook_signature_buggy(payload: Payload) -> str | None:
    credentials = payload["credentials"]
    secret = credentials.get("secretKey")
    if "webhookUrl" not in credentials or not secret:
        return None
    key = base64.b64decode(secret, validate=True)
    body = json.dumps({"integration": payload["identifier"], "event": "charger.offline"}).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def webhook_signature_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    secret = _text(credentials.get("secretKey"))
    if "webhookUrl" not in credentials or not secret:
        return None
    try:
        key = base64.b64decode(secret, validate=True)
    except ValueError:  # binascii.Error and non-ASCII text: the secret is used as plain text
        key = _utf8(secret)
    body = json.dumps({"integration": _text(payload.get("identifier")), "event": "charger.offline"}).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


# ----------------------------------------------------------------------------------------------------
# 6. SMS gateway probe: (host, port) to TCP-check an SMS provider's base URL.


def sms_gateway_probe_buggy(payload: Payload) -> tuple[str, int] | None:
    base_url = payload["credentials"].get("baseUrl")
    if not base_url:
        return None
    parts = urlsplit(base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return (parts.hostname or "", port)


def sms_gateway_probe_fixed(payload: Payload) -> tuple[str, int] | None:
    base_url = _text(_creds(payload).get("baseUrl"))
    if not base_url:
        return None
    try:
        parts = urlsplit(base_url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:  # bad port, bad IPv6 literal, bad netloc: not probeable
        return None
    return (host, port or (443 if parts.scheme.lower() == "https" else 80))


# ----------------------------------------------------------------------------------------------------
# 7. Admin search: accent-folded search tokens of the integration's name.


def search_tokens_buggy(payload: Payload) -> list[str]:
    folded = []
    for char in payload["name"]:
        if char.isascii():
            folded.append(char)
        else:
            # "LATIN SMALL LETTER U WITH DIAERESIS" -> "LATIN SMALL LETTER U"
            folded.append(unicodedata.lookup(unicodedata.name(char).split(" WITH ")[0]))
    return re.findall(r"\w+", "".join(folded).casefold())


def search_tokens_fixed(payload: Payload) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", _text(payload.get("name")))
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.findall(r"\w+", folded.casefold())


# ----------------------------------------------------------------------------------------------------
# 8. Pilot rollout: which charging sessions an integration's condition group applies to.


def _matches(part: Mapping[str, Any], session: Mapping[str, str]) -> bool:
    field = _text(part.get("field"))
    actual = session.get(field.rsplit(".", 1)[-1], "")
    expected = _text(part.get("value"))
    if part.get("operator") == "NOT_EQUAL":
        return actual != expected
    return actual == expected


_PILOT_SESSION = {"plan": "pro", "connectorType": "CCS", "country": "DE"}


def pilot_rollout_buggy(payload: Payload) -> bool:
    conditions = payload.get("conditions") or []
    if not conditions:
        return True
    (group,) = conditions  # the dashboard makes one group
    results = [_matches(part, _PILOT_SESSION) for part in group["children"]]
    outcome = all(results) if group["value"] == "AND" else any(results)
    return bool(outcome != group["isNegated"])


def pilot_rollout_fixed(payload: Payload) -> bool:
    verdicts = []
    for group in _groups(payload):
        results = [_matches(part, _PILOT_SESSION) for part in _parts(group)]
        outcome = any(results) if group.get("value") == "OR" else all(results)
        verdicts.append(outcome != (group.get("isNegated") is True))
    return all(verdicts)


# ----------------------------------------------------------------------------------------------------
# 9. SMS failover config: the Azure Communication Services connection string in ``accessKey``.


def azure_sms_config_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] != "azure-sms":
        return None
    access_key = payload["credentials"].get("accessKey", "")
    fields = dict(part.split("=", 1) for part in access_key.split(";"))
    return {
        "endpoint": fields["endpoint"],
        "accessKey": fields["accesskey"],
        "from": payload["credentials"]["from"],
    }


def azure_sms_config_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("providerId") != "azure-sms":
        return None
    credentials = _creds(payload)
    fields: dict[str, str] = {}
    for part in _text(credentials.get("accessKey")).split(";"):
        name, sep, value = part.partition("=")
        if sep:
            fields[name.strip().lower()] = value.strip()
    return {
        "endpoint": fields.get("endpoint", ""),
        "accessKey": fields.get("accesskey", ""),
        "from": _text(credentials.get("from")),
    }


# ----------------------------------------------------------------------------------------------------
# 10. Audit log: every field an integration's conditions look at.


def condition_fields_buggy(payload: Payload) -> list[str]:
    def walk(node: dict[str, Any]) -> list[str]:
        fields: list[str] = []
        for child in node["children"]:
            if node["type"] == "GROUP":
                fields.extend(walk(child))  # a group nests further groups
            else:
                fields.append(child["field"])
        return fields

    found: list[str] = []
    for group in payload.get("conditions", []):
        found.extend(walk(group))
    return sorted(set(found))


def condition_fields_fixed(payload: Payload) -> list[str]:
    found = {_text(part.get("field")) for group in _groups(payload) for part in _parts(group)}
    return sorted(found)


# ----------------------------------------------------------------------------------------------------
# 11. Connector allow-list: the values of list operators (``IN``, ``ANY_IN``...) for the tariff engine.

_LIST_OPERATORS = ("IN", "NOT_IN", "ANY_IN", "ALL_IN")


def connector_allow_list_buggy(payload: Payload) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    for group in payload.get("conditions", []):
        for part in group["children"]:
            if part["operator"] in _LIST_OPERATORS:
                lists[part["field"]] = sorted(json.loads(part["value"]))
    return lists


def _list_values(raw: str) -> list[str]:
    try:
        decoded = json.loads(raw)
    except (ValueError, RecursionError):
        decoded = None
    if isinstance(decoded, list):
        return sorted(item if isinstance(item, str) else json.dumps(item) for item in decoded)
    return sorted(item.strip() for item in raw.split(",") if item.strip())


def connector_allow_list_fixed(payload: Payload) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    for group in _groups(payload):
        for part in _parts(group):
            if part.get("operator") in _LIST_OPERATORS:
                lists[_text(part.get("field"))] = _list_values(_text(part.get("value")))
    return lists


# ----------------------------------------------------------------------------------------------------
# 12. Admin serializer: the credentials as an aligned, masked text table.


def _mask(value: object) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, str):
        return value[:2] + "***" if len(value) > 6 else "***"
    return "{...}"


def credentials_table_buggy(payload: Payload) -> str:
    credentials = payload["credentials"]
    width = max(len(key) for key in credentials)
    return "\n".join(f"{key.ljust(width)}  {_mask(value)}" for key, value in sorted(credentials.items()))


def credentials_table_fixed(payload: Payload) -> str:
    credentials = _creds(payload)
    width = max((len(key) for key in credentials), default=0)
    return "\n".join(f"{key.ljust(width)}  {_mask(value)}" for key, value in sorted(credentials.items()))


# ----------------------------------------------------------------------------------------------------
# 13. SMS failover weighting: the server's extra ``priority`` key turned into a traffic share.


def failover_weight_buggy(payload: Payload) -> float:
    weight: float = 1.0 / (1 + payload.get("priority", 0))
    return weight


def failover_weight_fixed(payload: Payload) -> float:
    priority = payload.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, (int, float)) or not priority >= 0:
        return 1.0
    return 1.0 / (1 + priority)


# ----------------------------------------------------------------------------------------------------
# 14. iOS app push: loading the APNs token key (.p8) for the JWT signer.

_PEM = re.compile(r"-----BEGIN PRIVATE KEY-----(.+?)-----END PRIVATE KEY-----", re.S)


def apns_signer_config_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["providerId"] != "apns":
        return None
    credentials = payload["credentials"]
    pem = credentials.get("secretKey", "")
    body = "".join(_PEM.search(pem).group(1).split())  # type: ignore[union-attr]
    return {
        "kid": credentials.get("apiKey", ""),
        "iss": credentials.get("projectName", ""),
        "topic": credentials.get("applicationId", ""),
        "keyFingerprint": hashlib.sha256(_utf8(body)).hexdigest()[:16],
    }


def apns_signer_config_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("providerId") != "apns":
        return None
    credentials = _creds(payload)
    match = _PEM.search(_text(credentials.get("secretKey")))
    if match is None:  # absent, or the encrypted ``nvsk.`` form of a write reply
        return None
    body = "".join(match.group(1).split())
    return {
        "kid": _text(credentials.get("apiKey")),
        "iss": _text(credentials.get("projectName")),
        "topic": _text(credentials.get("applicationId")),
        "keyFingerprint": hashlib.sha256(_utf8(body)).hexdigest()[:16],
    }


# ----------------------------------------------------------------------------------------------------
# 15. Fault alerting: the Grafana alert title cut to the pager's 100-byte limit.

_PAGER_LIMIT = 100


def pager_title_buggy(payload: Payload) -> str:
    title: str = payload["credentials"].get("title") or payload["name"]
    return title.encode("utf-8", "surrogatepass")[:_PAGER_LIMIT].decode("utf-8")


def pager_title_fixed(payload: Payload) -> str:
    title = _text(_creds(payload).get("title")) or _text(payload.get("name"))
    return _utf8(title)[:_PAGER_LIMIT].decode("utf-8", "ignore")


# ----------------------------------------------------------------------------------------------------
# 16. Test-send tool: a test receipt tagged with the integration's identifier in a mail header.


def test_receipt_buggy(payload: Payload) -> str:
    message = EmailMessage()
    message["Subject"] = "Testquittung"
    message["X-Novu-Integration"] = payload["identifier"]
    return str(message["X-Novu-Integration"])


def test_receipt_fixed(payload: Payload) -> str:
    identifier = "".join(char for char in _text(payload.get("identifier")) if char.isprintable())
    message = EmailMessage()
    message["Subject"] = "Testquittung"
    message["X-Novu-Integration"] = identifier
    return str(message["X-Novu-Integration"])


# ----------------------------------------------------------------------------------------------------

_AZURE_CONNECTION = (
    "endpoint=https://ladenetz-sms.communication.azure.com/;accesskey=c2VjcmV0S2V5MTIzNDU2Nzg5MA==;"
)

EVCHARGING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="evcharging_receipt_from_header",
        bug="the sender address in credentials.from is ASCII, so email.utils.formataddr accepts it",
        buggy=receipt_from_header_buggy,
        fixed=receipt_from_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {"providerId": "mailgun", "name": "Mailgun", "identifier": "mailgun-Rz81kQ"},
            credentials={
                "apiKey": "key-0a1b2c3d",
                "user": "api",
                "domain": "mg.ladestrom-münchen.de",
                "from": "quittung@ladestrom-münchen.de",
                "senderName": "Ladestrom München",
            },
        ),
    ),
    ConsumerCase(
        name="evcharging_display_frame",
        bug="an integration name fits the one-byte length field of the charger display frame (<= 255 bytes)",
        buggy=display_frame_buggy,
        fixed=display_frame_fixed,
        raises=(struct.error,),
        example=_payload(
            {
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "name": "Schnellladepark Autobahnraststätte Kassel-Ost, Ladepunkte 1-12 " * 5,
                "identifier": "schnellladepark-kassel-q1W2e3",
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="evcharging_usage_pseudonym",
        bug="_organizationId is a 24-character ObjectId, short enough to be a BLAKE2b key (<= 64 bytes)",
        buggy=usage_pseudonym_buggy,
        fixed=usage_pseudonym_fixed,
        raises=(ValueError,),
        example=_payload({"_organizationId": "org:ladenetz-europa:" + "roaming-partner-cpo-de-" * 3}),
    ),
    ConsumerCase(
        name="evcharging_receipt_footer",
        bug="the sender name has no backslash, so it is safe as an re.sub replacement template",
        buggy=receipt_footer_buggy,
        fixed=receipt_footer_fixed,
        raises=(re.error,),
        example=_payload(
            {"providerId": "postmark", "name": "Postmark", "identifier": "postmark-Pm0x9aZ"},
            credentials={
                "apiKey": "pm-server-token-01",
                "from": "receipts@ladenetz.example",
                "senderName": "Stadtwerke Nord\\Ost Ladenetz",
            },
        ),
    ),
    ConsumerCase(
        name="evcharging_webhook_signature",
        bug="a webhook secretKey is base64 (it is free text, or nvsk.<hex>:<hex> in write replies)",
        buggy=webhook_signature_buggy,
        fixed=webhook_signature_fixed,
        raises=(binascii.Error, ValueError),
        example=_payload(
            {
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "name": "Push Webhook",
                "identifier": "push-webhook-Hk2LmN0",
            },
            credentials={
                "webhookUrl": "https://hooks.ladenetz.example/charger-status",
                "secretKey": "whsec_Lade-42!",
            },
        ),
    ),
    ConsumerCase(
        name="evcharging_sms_gateway_probe",
        bug="credentials.baseUrl carries a numeric, in-range port (urlsplit(...).port never raises)",
        buggy=sms_gateway_probe_buggy,
        fixed=sms_gateway_probe_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "providerId": "infobip-sms",
                "channel": "sms",
                "name": "Infobip",
                "identifier": "infobip-Ib7Yt5",
            },
            credentials={
                "apiKey": "ib-key-0042",
                "baseUrl": "https://sms-gateway.ladenetz.internal:${SMS_PORT}/v1",
                "from": "LADENETZ",
            },
        ),
    ),
    ConsumerCase(
        name="evcharging_search_tokens",
        bug="every non-ASCII character of a name has a Unicode character name (no private-use icon glyphs)",
        buggy=search_tokens_buggy,
        fixed=search_tokens_fixed,
        raises=(ValueError, KeyError),
        example=_payload({"name": "\uf0e7 Schnelllader Süd"}),
    ),
    ConsumerCase(
        name="evcharging_pilot_rollout",
        bug="an integration's conditions hold at most one condition group",
        buggy=pilot_rollout_buggy,
        fixed=pilot_rollout_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.plan",
                                "value": "pro",
                                "operator": "EQUAL",
                                "on": "subscriber",
                            }
                        ],
                    },
                    {
                        "isNegated": True,
                        "type": "STATEMENT",
                        "value": "OR",
                        "children": [
                            {"field": "payload.country", "value": "CH", "operator": "EQUAL", "on": "payload"}
                        ],
                    },
                ]
            }
        ),
    ),
    ConsumerCase(
        name="evcharging_azure_sms_config",
        bug="the azure-sms accessKey is made of key=value parts only (no trailing ';', no bare key)",
        buggy=azure_sms_config_buggy,
        fixed=azure_sms_config_fixed,
        raises=(ValueError, KeyError),
        example=_payload(
            {
                "providerId": "azure-sms",
                "channel": "sms",
                "name": "Azure Sms",
                "identifier": "azure-sms-Az9Qw1",
                "conditions": [],
            },
            credentials={"accessKey": _AZURE_CONNECTION, "from": "+4930123456"},
        ),
    ),
    ConsumerCase(
        name="evcharging_condition_fields",
        bug="the children of a GROUP-type condition are nested condition groups with their own children",
        buggy=condition_fields_buggy,
        fixed=condition_fields_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "providerId": "twilio",
                "channel": "sms",
                "name": "Twilio",
                "identifier": "twilio-Tw3Er4",
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "GROUP",
                        "value": "OR",
                        "children": [
                            {
                                "field": "payload.connectorType",
                                "value": "CCS",
                                "operator": "EQUAL",
                                "on": "payload",
                            }
                        ],
                    }
                ],
            },
            credentials={"accountSid": "AC0123456789abcdef", "token": "tw-token-1", "from": "+4915112345678"},
        ),
    ),
    ConsumerCase(
        name="evcharging_connector_allow_list",
        bug="the value of an IN/ANY_IN/ALL_IN/NOT_IN condition is a JSON array",
        buggy=connector_allow_list_buggy,
        fixed=connector_allow_list_fixed,
        raises=(ValueError, TypeError),
        example=_payload(
            {
                "providerId": "one-signal",
                "channel": "push",
                "primary": False,
                "name": "OneSignal",
                "identifier": "one-signal-Os5Rt6",
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "MULTI_LIST",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.connectors",
                                "value": "CCS,CHAdeMO,Type2",
                                "operator": "ANY_IN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ],
            },
            credentials={"applicationId": "ev-app-1", "apiKey": "os-rest-key"},
        ),
    ),
    ConsumerCase(
        name="evcharging_credentials_table",
        bug="every integration has at least one credential (max() over the keys of {} raises)",
        buggy=credentials_table_buggy,
        fixed=credentials_table_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "providerId": "discord",
                "channel": "chat",
                "primary": False,
                "name": "Discord",
                "identifier": "discord-Dc7Yu8",
                "conditions": [],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="evcharging_failover_weight",
        bug="an extra top-level priority key, when present, is a non-negative number",
        buggy=failover_weight_buggy,
        fixed=failover_weight_fixed,
        raises=(TypeError, ZeroDivisionError),
        example=_payload(
            {
                "providerId": "twilio",
                "channel": "sms",
                "name": "Twilio",
                "identifier": "twilio-Tw9Op0",
                "priority": "2",
            },
            credentials={"accountSid": "AC0123456789abcdef", "token": "tw-token-2", "from": "+4915112345678"},
        ),
    ),
    ConsumerCase(
        name="evcharging_apns_signer_config",
        bug="the APNs secretKey is a PEM private key (not free text, nor the nvsk.<hex>:<hex> stored form)",
        buggy=apns_signer_config_buggy,
        fixed=apns_signer_config_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "name": "APNs",
                "identifier": "apns-Ap1Sd2",
            },
            credentials={
                "secretKey": "nvsk.8f1c2a9e0b7d4c3f6a5b4c3d2e1f0a9b:5e6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c",
                "apiKey": "ABC123DEFG",
                "projectName": "TEAM123456",
                "applicationId": "com.ladenetz.app",
            },
        ),
    ),
    ConsumerCase(
        name="evcharging_pager_title",
        bug="cutting the UTF-8 bytes of an alert title at 100 never splits a multi-byte character",
        buggy=pager_title_buggy,
        fixed=pager_title_fixed,
        raises=(UnicodeDecodeError,),
        example=_payload(
            {
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-Gf3Hj4",
            },
            credentials={
                "alertUid": "ladepark-kassel",
                "title": (
                    "Störung an Ladesäule 7 ⚡ Schnellladepark Autobahnraststätte Kassel-Ost: "
                    "Isolationsfehler / Schütz öffnet nicht"
                ),
                "state": "alerting",
            },
        ),
    ),
    ConsumerCase(
        name="evcharging_test_receipt",
        bug="the identifier is a single-line slug, safe as an e-mail header value",
        buggy=test_receipt_buggy,
        fixed=test_receipt_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "ladepark-nord\nx8Kd2bQ1"}),
    ),
]
"""The sixteen evcharging consumers, in the order above."""
