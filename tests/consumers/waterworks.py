"""Sixteen consumers from a municipal water utility, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The utility
reads its Novu integrations (outage alerts by sms, billing mail, field-crew chat, meter-app push, the
customer portal inbox) into dashboards, SCADA gateways, audit logs, billing jobs and caches. Each
``*_buggy`` function works on ``HAPPY_PATH`` but raises on some contract-valid payload; each
``*_fixed`` control is the same code done right and must never raise on a valid payload.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
import http.client
import io
import json
import re
import struct
import unicodedata
from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys changed/added, keys dropped and the credentials replaced."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _str(record: Mapping[str, Any], key: str, default: str = "") -> str:
    value = record.get(key, default)
    return value if isinstance(value, str) else default


def _creds(record: Mapping[str, Any]) -> dict[str, Any]:
    credentials = record.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _children(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every well-formed child of every condition, tolerating odd shapes."""
    found: list[dict[str, Any]] = []
    conditions = record.get("conditions")
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


# 1. Customer-portal dashboard: a round avatar tile with the integration's initial.


def dashboard_tile_buggy(record: Payload) -> dict[str, str]:
    name: str = record["name"]
    initial = name[0].upper()
    return {"initial": initial, "label": name, "channel": record["channel"]}


def dashboard_tile_fixed(record: Payload) -> dict[str, str]:
    name = _str(record, "name")
    initial = name[:1].upper() or "?"
    return {"initial": initial, "label": name, "channel": _str(record, "channel")}


# 2. Prometheus exporter: one counter per integration, named after its identifier.

_METRIC_NAME = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*", re.ASCII)


def metric_name_buggy(record: Payload) -> str:
    identifier: str = record["identifier"]
    name = f"waterworks_novu_{identifier.replace('-', '_')}_sent_total"
    if not _METRIC_NAME.fullmatch(name):
        raise ValueError(f"Invalid metric name: {name!r}")
    return name


def metric_name_fixed(record: Payload) -> str:
    identifier = _str(record, "identifier")
    slug = re.sub(r"[^a-zA-Z0-9_]", "_", identifier, flags=re.ASCII)
    name = f"waterworks_novu_{slug}_sent_total"
    if not _METRIC_NAME.fullmatch(name):  # cannot happen after the substitution
        return "waterworks_novu_unknown_sent_total"
    return name


# 3. Outage-alert router: resolves each condition field as "<namespace>.<attribute>".


def condition_fields_buggy(record: Payload) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for condition in record.get("conditions", []):
        for child in condition["children"]:
            namespace, attribute = child["field"].split(".", 1)
            pairs.append((namespace, attribute))
    return pairs


def condition_fields_fixed(record: Payload) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for child in _children(record):
        field = child.get("field")
        if not isinstance(field, str):
            continue
        namespace, dot, attribute = field.partition(".")
        if not dot:
            on = child.get("on")
            namespace, attribute = (on if isinstance(on, str) else ""), field
        pairs.append((namespace, attribute))
    return pairs


# 4. Meter-reading range filter: BETWEEN conditions are turned into (low, high) bounds.


def between_bounds_buggy(record: Payload) -> list[tuple[str, str, str]]:
    bounds: list[tuple[str, str, str]] = []
    for condition in record.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in ("BETWEEN", "NOT_BETWEEN"):
                low, high = child["value"].split(",")
                bounds.append((child["field"], low.strip(), high.strip()))
    return bounds


def between_bounds_fixed(record: Payload) -> list[tuple[str, str, str]]:
    bounds: list[tuple[str, str, str]] = []
    for child in _children(record):
        if child.get("operator") not in ("BETWEEN", "NOT_BETWEEN"):
            continue
        field = child.get("field")
        value = child.get("value")
        if not isinstance(field, str) or not isinstance(value, str):
            continue
        low, _, high = value.partition(",")
        bounds.append((field, low.strip(), high.strip()))
    return bounds


# 5. District segmentation: IN-style conditions list the pressure zones a rule applies to.

_LIST_OPERATORS = ("IN", "NOT_IN", "ANY_IN", "ALL_IN")


def zone_lists_buggy(record: Payload) -> dict[str, list[str]]:
    zones: dict[str, list[str]] = {}
    for condition in record.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _LIST_OPERATORS:
                zones[child["field"]] = [str(item) for item in json.loads(child["value"])]
    return zones


def zone_lists_fixed(record: Payload) -> dict[str, list[str]]:
    zones: dict[str, list[str]] = {}
    for child in _children(record):
        field = child.get("field")
        value = child.get("value")
        if (
            child.get("operator") not in _LIST_OPERATORS
            or not isinstance(field, str)
            or not isinstance(value, str)
        ):
            continue
        items: list[str]
        try:
            decoded: object = json.loads(value)
        except (ValueError, RecursionError):
            decoded = None
        if isinstance(decoded, list):
            items = [item if isinstance(item, str) else json.dumps(item) for item in decoded]
        else:
            items = [part.strip() for part in value.split(",") if part.strip()]
        zones[field] = items
    return zones


# 6. Pressure-sensor SMS gateway: a health probe sends the generic-sms auth header with http.client.

_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", re.ASCII)


def generic_sms_probe_buggy(record: Payload) -> list[tuple[str, str]]:
    if record["providerId"] != "generic-sms":
        return []
    credentials = record["credentials"]
    headers = [(credentials.get("apiKeyRequestHeader", "X-API-KEY"), credentials.get("apiKey", ""))]
    if "secretKeyRequestHeader" in credentials:
        headers.append((credentials["secretKeyRequestHeader"], credentials.get("secretKey", "")))
    connection = http.client.HTTPConnection("sms-gateway.invalid", timeout=5)
    connection.putrequest("POST", "/health")
    for name, value in headers:
        connection.putheader(name, value)
    connection.close()
    return headers


def generic_sms_probe_fixed(record: Payload) -> list[tuple[str, str]]:
    if record.get("providerId") != "generic-sms":
        return []
    credentials = _creds(record)
    headers: list[tuple[str, str]] = []
    for name_key, value_key, default in (
        ("apiKeyRequestHeader", "apiKey", "X-API-KEY"),
        ("secretKeyRequestHeader", "secretKey", ""),
    ):
        name = credentials.get(name_key)
        value = credentials.get(value_key)
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            name = default
        if not name:
            continue
        text = value if isinstance(value, str) else ""
        headers.append(
            (name, re.sub(r"[\x00-\x1f\x7f]", "", text).encode("latin-1", "replace").decode("latin-1"))
        )
    return headers


# 7. Asset-management export: condition children are written as fixed four-column rule rows.


class _Rule(NamedTuple):
    field: str
    value: str
    operator: str
    on: str


def rule_rows_buggy(record: Payload) -> list[_Rule]:
    rows: list[_Rule] = []
    for condition in record.get("conditions", []):
        rows.extend(_Rule._make(child.values()) for child in condition["children"])
    return rows


def rule_rows_fixed(record: Payload) -> list[_Rule]:
    rows: list[_Rule] = []
    for child in _children(record):
        cells = [child.get(column) for column in _Rule._fields]
        rows.append(_Rule._make(cell if isinstance(cell, str) else "" for cell in cells))
    return rows


# 8. SMS billing job: invoices outage texts to the carrier account that sent them.

_ACCOUNT_PROVIDERS = ("twilio", "plivo", "bandwidth")


def sms_billing_account_buggy(record: Payload) -> str:
    credentials = record["credentials"]
    if record["channel"] != "sms":
        return ""
    if record["providerId"] in _ACCOUNT_PROVIDERS:
        account: str = credentials["accountSid"]
    else:
        account = credentials.get("apiKey", "")
    return f"{record['providerId']}:{account}"


def sms_billing_account_fixed(record: Payload) -> str:
    credentials = _creds(record)
    if record.get("channel") != "sms":
        return ""
    provider = _str(record, "providerId")
    key = "accountSid" if provider in _ACCOUNT_PROVIDERS else "apiKey"
    account = credentials.get(key)
    return f"{provider}:{account if isinstance(account, str) else ''}"


# 9. Key-rotation audit: fingerprints the APNs .p8 signing key of the meter-reading app.


def apns_key_fingerprint_buggy(record: Payload) -> str:
    if record["providerId"] != "apns":
        return ""
    pem = record["credentials"].get("secretKey", "")
    body = "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))
    der = base64.b64decode(body, validate=True)
    return hashlib.sha256(der).hexdigest()[:16]


def apns_key_fingerprint_fixed(record: Payload) -> str:
    if record.get("providerId") != "apns":
        return ""
    pem = _creds(record).get("secretKey")
    if not isinstance(pem, str):
        return ""
    body = "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))
    try:
        data = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):  # encrypted "nvsk." form, or not base64 at all
        data = pem.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:16]


# 10. Field-crew chat config builder: Slack app settings for the on-call channel.


def slack_app_config_buggy(record: Payload) -> dict[str, str]:
    if record["providerId"] != "slack":
        return {}
    credentials = record["credentials"]
    team_id, app_id = credentials.get("clientId", "0.0").split(".")
    return {"team": team_id, "app": app_id, "application": credentials.get("applicationId", "")}


def slack_app_config_fixed(record: Payload) -> dict[str, str]:
    if record.get("providerId") != "slack":
        return {}
    credentials = _creds(record)
    client_id = credentials.get("clientId")
    team_id, _, app_id = (client_id if isinstance(client_id, str) else "").partition(".")
    application = credentials.get("applicationId")
    return {
        "team": team_id,
        "app": app_id,
        "application": application if isinstance(application, str) else "",
    }


# 11. Connection-pool cache: one mail/SMS client per distinct set of credentials.


def client_cache_key_buggy(record: Payload) -> int:
    return hash((record["providerId"], frozenset(record["credentials"].items())))


def client_cache_key_fixed(record: Payload) -> str:
    canonical = json.dumps(_creds(record), sort_keys=True, ensure_ascii=True, default=repr)
    digest = hashlib.sha256(canonical.encode("ascii", "backslashreplace")).hexdigest()
    return f"{_str(record, 'providerId')}:{digest}"


# 12. SMTP relay config builder: the on-prem mail relay is handed a DSN and re-reads it.

_PORT = re.compile(r"[0-9]{1,5}", re.ASCII)


def smtp_dsn_buggy(record: Payload) -> tuple[str, int, str]:
    credentials = record["credentials"]
    if "host" not in credentials:
        return ("", 0, "")
    port = credentials.get("port", "587")
    if not _PORT.fullmatch(port) or not 0 < int(port) < 65536:
        port = "587"
    dsn = f"smtp://{credentials.get('user', '')}:{credentials.get('password', '')}@relay:{port}"
    parsed = urlsplit(dsn)
    return (credentials["host"], parsed.port or 587, parsed.username or "")


def smtp_dsn_fixed(record: Payload) -> tuple[str, int, str]:
    credentials = _creds(record)
    host = credentials.get("host")
    if not isinstance(host, str):
        return ("", 0, "")
    port = credentials.get("port")
    number = int(port) if isinstance(port, str) and _PORT.fullmatch(port) else 587
    if not 0 < number < 65536:
        number = 587
    user = credentials.get("user")
    return (host, number, user if isinstance(user, str) else "")


# 13. Billing mail footer: the sender's name is put into the footer template.

_FOOTER = "Sent on behalf of {{ sender }}. Report leaks at 0800-WATER."
_SENDER_SLOT = re.compile(r"\{\{\s*sender\s*\}\}")


def billing_footer_buggy(record: Payload) -> str:
    sender: str = record["credentials"].get("senderName") or record["name"]
    return _SENDER_SLOT.sub(sender, _FOOTER)


def billing_footer_fixed(record: Payload) -> str:
    sender = _creds(record).get("senderName")
    if not isinstance(sender, str) or not sender:
        sender = _str(record, "name")
    return _SENDER_SLOT.sub(lambda _match: sender, _FOOTER)


# 14. Search indexer: folds integration names to ASCII keywords for the admin search box.


def search_keywords_buggy(record: Payload) -> str:
    folded: list[str] = []
    for char in unicodedata.normalize("NFKD", record["name"]):
        if ord(char) < 128:
            folded.append(char)
        elif unicodedata.combining(char):
            continue
        else:
            char_name = unicodedata.name(char)
            if " LETTER " in char_name:
                folded.append(char_name.split(" LETTER ", 1)[1].split(" ")[0][:1].lower())
    return " ".join("".join(folded).lower().split())


def search_keywords_fixed(record: Payload) -> str:
    folded: list[str] = []
    for char in unicodedata.normalize("NFKD", _str(record, "name")):
        if ord(char) < 128:
            folded.append(char)
        elif unicodedata.combining(char):
            continue
        else:
            char_name = unicodedata.name(char, "")
            if " LETTER " in char_name:
                folded.append(char_name.split(" LETTER ", 1)[1].split(" ")[0][:1].lower())
    return " ".join("".join(folded).lower().split())


# 15. Compliance audit log: one UTF-8 JSON line per integration seen by the nightly sync.


def audit_line_buggy(record: Payload) -> bytes:
    entry = {
        "integration": record.get("_id"),
        "name": record["name"],
        "identifier": record["identifier"],
        "provider": record["providerId"],
        "active": record["active"],
    }
    sink = io.BytesIO()
    sink.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
    return sink.getvalue()


def audit_line_fixed(record: Payload) -> bytes:
    entry = {
        "integration": record.get("_id"),
        "name": record.get("name"),
        "identifier": record.get("identifier"),
        "provider": record.get("providerId"),
        "active": record.get("active"),
    }
    sink = io.BytesIO()
    sink.write(
        (json.dumps(entry, ensure_ascii=False, default=repr) + "\n").encode("utf-8", "backslashreplace")
    )
    return sink.getvalue()


# 16. SCADA gateway: pushes the active alert integrations to the RTUs in length-prefixed frames.


def scada_frame_buggy(record: Payload) -> bytes:
    frame = b""
    for key in ("identifier", "providerId", "channel"):
        data = record[key].encode("utf-8", "surrogatepass")
        frame += struct.pack("!B", len(data)) + data
    return frame


def scada_frame_fixed(record: Payload) -> bytes:
    frame = b""
    for key in ("identifier", "providerId", "channel"):
        data = _str(record, key).encode("utf-8", "surrogatepass")[:255]
        frame += struct.pack("!B", len(data)) + data
    return frame


def _child(field: str, value: str, operator: str) -> dict[str, Any]:
    return {"field": field, "value": value, "operator": operator, "on": "payload"}


def _condition(*children: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"isNegated": False, "type": "STATEMENT", "value": "AND", "children": list(children)}]


WATERWORKS_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="waterworks_dashboard_tile",
        bug="assumes the integration name is never empty (takes name[0] for the avatar initial)",
        buggy=dashboard_tile_buggy,
        fixed=dashboard_tile_fixed,
        raises=(IndexError,),
        example=_payload(
            {"name": "", "providerId": "novu", "channel": "in_app", "primary": False}, credentials={}
        ),
    ),
    ConsumerCase(
        name="waterworks_metric_name",
        bug="assumes identifiers hold only letters, digits and dashes, so they make valid metric names",
        buggy=metric_name_buggy,
        fixed=metric_name_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "billing mail.v2-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="waterworks_condition_fields",
        bug="assumes every condition field is a dotted '<namespace>.<attribute>' path",
        buggy=condition_fields_buggy,
        fixed=condition_fields_fixed,
        raises=(ValueError,),
        example=_payload({"conditions": _condition(_child("district", "north", "EQUAL"))}),
    ),
    ConsumerCase(
        name="waterworks_between_bounds",
        bug="assumes a BETWEEN condition value is exactly 'low,high'",
        buggy=between_bounds_buggy,
        fixed=between_bounds_fixed,
        raises=(ValueError,),
        example=_payload({"conditions": _condition(_child("payload.flowRate", "10-40", "BETWEEN"))}),
    ),
    ConsumerCase(
        name="waterworks_zone_lists",
        bug="assumes the value of an IN-style condition is a JSON array",
        buggy=zone_lists_buggy,
        fixed=zone_lists_fixed,
        raises=(ValueError,),
        example=_payload({"conditions": _condition(_child("payload.zone", "north,harbour", "IN"))}),
    ),
    ConsumerCase(
        name="waterworks_generic_sms_probe",
        bug="puts raw apiKeyRequestHeader/apiKey credentials into http.client headers (':', non-ASCII)",
        buggy=generic_sms_probe_buggy,
        fixed=generic_sms_probe_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-P0o9",
                "providerId": "generic-sms",
                "channel": "sms",
            },
            credentials={
                "baseUrl": "https://sms.example.com/send",
                "apiKeyRequestHeader": "Authorization: Bearer",
                "apiKey": "fake-api-key-0001",
                "idPath": "data.id",
                "from": "WATERCO",
            },
        ),
    ),
    ConsumerCase(
        name="waterworks_rule_rows",
        bug="assumes condition children carry exactly the four contract keys (the server adds _id)",
        buggy=rule_rows_buggy,
        fixed=rule_rows_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "conditions": _condition(
                    {
                        "field": "subscriber.district",
                        "value": "north",
                        "operator": "EQUAL",
                        "on": "subscriber",
                        "_id": "6615a3c2f1e2d3c4b5a697aa",
                    }
                )
            }
        ),
    ),
    ConsumerCase(
        name="waterworks_sms_billing_account",
        bug="assumes a Twilio-style integration always has credentials.accountSid",
        buggy=sms_billing_account_buggy,
        fixed=sms_billing_account_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-Q2w_e4R", "providerId": "twilio", "channel": "sms"},
            credentials={"token": "fake-token-0001", "from": "+15550100"},
        ),
    ),
    ConsumerCase(
        name="waterworks_apns_key_fingerprint",
        bug="assumes the APNs secretKey is a base64 PEM body (not the encrypted 'nvsk.' form or free text)",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "apns-k9Lm2Pq",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": "nvsk.0a1b2c3d4e5f60718293a4b5c6d7e8f9:9f8e7d6c5b4a",
                "apiKey": "KEY1234567",
                "projectName": "meter-app",
                "applicationId": "org.example.meters",
            },
        ),
    ),
    ConsumerCase(
        name="waterworks_slack_app_config",
        bug="assumes a Slack clientId always has the '<team>.<app>' shape",
        buggy=slack_app_config_buggy,
        fixed=slack_app_config_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Zx81_aa",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={"applicationId": "A0123", "clientId": "crew-oncall", "secretKey": "fake-secret"},
        ),
    ),
    ConsumerCase(
        name="waterworks_client_cache_key",
        bug="assumes every credential value is a hashable scalar (tlsOptions is an object)",
        buggy=client_cache_key_buggy,
        fixed=client_cache_key_fixed,
        raises=(TypeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-a1B2c3", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.example.com",
                "port": "587",
                "from": "billing@example.com",
                "senderName": "City Water",
                "tlsOptions": {"rejectUnauthorized": False},
            },
        ),
    ),
    ConsumerCase(
        name="waterworks_smtp_dsn",
        bug="puts the raw SMTP user/password into a DSN and re-parses it; '#', '/' or '?' break the port",
        buggy=smtp_dsn_buggy,
        fixed=smtp_dsn_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-a1B2c3", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.example.com",
                "port": "587",
                "user": "relay",
                "password": "pa#ss/word",
                "from": "billing@example.com",
                "senderName": "City Water",
            },
        ),
    ),
    ConsumerCase(
        name="waterworks_billing_footer",
        bug="passes the senderName as a re.sub replacement string, so backslashes are read as escapes",
        buggy=billing_footer_buggy,
        fixed=billing_footer_fixed,
        raises=(re.error,),
        example=_payload(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "billing@example.com",
                "senderName": "Water\\Billing",
            }
        ),
    ),
    ConsumerCase(
        name="waterworks_search_keywords",
        bug="assumes every non-ASCII character of a name has a Unicode character name",
        buggy=search_keywords_buggy,
        fixed=search_keywords_fixed,
        raises=(ValueError,),
        example=_payload({"name": "Pumpstation \ue000 Nord"}),
    ),
    ConsumerCase(
        name="waterworks_audit_line",
        bug="assumes every string is encodable as UTF-8 (JSON may carry lone surrogates)",
        buggy=audit_line_buggy,
        fixed=audit_line_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "Leak alerts \ud83d"}),
    ),
    ConsumerCase(
        name="waterworks_scada_frame",
        bug="assumes identifiers fit a one-byte length prefix (at most 255 UTF-8 bytes)",
        buggy=scada_frame_buggy,
        fixed=scada_frame_fixed,
        raises=(struct.error,),
        example=_payload({"identifier": "reservoir-level-alerts-" + "x" * 300}),
    ),
]
"""The sixteen waterworks consumers, in the order above."""
