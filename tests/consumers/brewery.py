"""Sixteen consumers from a craft brewery with web shop and distribution, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The brewery runs
a web shop (order and shipping mails), a distribution desk (SMS to pubs and retailers), a taproom team
chat, a mobile app for the beer club (push) and the Novu Inbox; its back office reads
``GET /v1/integrations`` for dashboards, exports, sync jobs, audit logs and config builders.

Each ``*_buggy`` function is what a competent engineer wrote and tested against ``HAPPY_PATH``, with one
wrong assumption about a value the contract allows; it raises on the case's ``example``. Each ``*_fixed``
function is the same consumer done right: a tolerant reader that never raises on any contract-valid payload.
"""

from __future__ import annotations

import base64
import copy
import csv
import enum
import hashlib
import http.client
import io
import ipaddress
import re
import sqlite3
import uuid
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys removed and (if given) new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


# --- small tolerant-reader helpers used by the fixed controls -----------------------------------------------


def _text(mapping: Mapping[str, Any], key: str, default: str = "") -> str:
    """The string under ``key``, or ``default`` when it is absent or not a string."""
    value = mapping.get(key, default)
    return value if isinstance(value, str) else default


def _flag(mapping: Mapping[str, Any], key: str) -> bool:
    """The boolean under ``key``; anything else counts as false."""
    return mapping.get(key) is True


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or an empty one when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _condition_list(payload: Payload) -> list[dict[str, Any]]:
    """The condition items that are objects (absent ``conditions`` reads as none)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The filter parts of one condition item that are objects."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _utf8_safe(value: str) -> str:
    """``value`` with anything UTF-8 cannot carry (lone surrogates) replaced."""
    return value.encode("utf-8", "replace").decode("utf-8")


# --- 1. distribution dashboard: environment column ----------------------------------------------------------

ENVIRONMENTS: dict[str, str] = {
    "6615a3c2f1e2d3c4b5a69701": "Production",
    "6615a3c2f1e2d3c4b5a69703": "Staging",
}
"""The brewery's two Novu environments, as configured in the dashboard service."""


def environment_label_buggy(payload: Payload) -> str:
    """Dashboard row label: '<environment> / <integration name>'."""
    environment = ENVIRONMENTS[payload["_environmentId"]]
    return f"{environment} / {payload['name']}"


def environment_label_fixed(payload: Payload) -> str:
    """Dashboard row label; integrations of other environments of the organization get a generic label."""
    environment_id = _text(payload, "_environmentId")
    environment = ENVIRONMENTS.get(environment_id, f"Other environment ({environment_id or 'unknown'})")
    return f"{environment} / {_text(payload, 'name')}"


# --- 2. compliance audit log: tombstones of removed integrations --------------------------------------------


def tombstone_entry_buggy(payload: Payload) -> dict[str, str] | None:
    """Audit-log entry for a soft-deleted integration, ``None`` for a live one."""
    if not payload["deleted"]:
        return None
    return {
        "integration": payload.get("_id", ""),
        "event": "integration.deleted",
        "at": payload["deletedAt"],
        "by": payload.get("deletedBy", "system"),
    }


def tombstone_entry_fixed(payload: Payload) -> dict[str, str] | None:
    """Audit-log entry for a soft-deleted integration; the deletion time may be unknown."""
    if not _flag(payload, "deleted"):
        return None
    return {
        "integration": _text(payload, "_id"),
        "event": "integration.deleted",
        "at": _text(payload, "deletedAt", "unknown"),
        "by": _text(payload, "deletedBy", "system"),
    }


# --- 3. admin UI: status badge ------------------------------------------------------------------------------

_BADGES: dict[tuple[bool, bool], str] = {
    (True, False): "live",
    (False, False): "paused",
    (False, True): "retired",
}


def status_badge_buggy(payload: Payload) -> str:
    """Badge text for the admin integration list, with a star for the primary one."""
    badge = _BADGES[(payload["active"], payload["deleted"])]
    return badge + (" \N{BLACK STAR}" if payload["primary"] else "")


def status_badge_fixed(payload: Payload) -> str:
    """Badge text; a soft delete leaves ``active`` as it was, so a deleted record may still read active."""
    active, deleted = _flag(payload, "active"), _flag(payload, "deleted")
    badges = {
        (True, False): "live",
        (False, False): "paused",
        (False, True): "retired",
        (True, True): "retired (was live)",
    }
    badge = badges[(active, deleted)]
    return badge + (" \N{BLACK STAR}" if _flag(payload, "primary") else "")


# --- 4. order-mail router: log line -------------------------------------------------------------------------


def routing_log_line_buggy(payload: Payload) -> str:
    """The line the order-mail router logs when it picks an integration."""
    rules = len(payload.get("conditions", []))
    template: str = "Routing order mail through " + payload["name"] + " (%s, %d rules)"
    return template % (payload["providerId"], rules)


def routing_log_line_fixed(payload: Payload) -> str:
    """The router's log line, with the name passed as an argument instead of being part of the format."""
    conditions = payload.get("conditions")
    rules = len(conditions) if isinstance(conditions, list) else 0
    return (
        f"Routing order mail through {_text(payload, 'name')} ({_text(payload, 'providerId')}, {rules} rules)"
    )


# --- 5. wholesale export: TSV for the ERP import ------------------------------------------------------------

_TSV_COLUMNS = ("_id", "identifier", "name", "providerId", "channel")


def erp_tsv_row_buggy(payload: Payload) -> str:
    """One tab-separated line for the ERP's integration import (no quoting: the ERP reads raw TSV)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(
        [str(payload.get(column, "")) for column in _TSV_COLUMNS] + [str(payload["active"]).lower()]
    )
    return buffer.getvalue()


def erp_tsv_row_fixed(payload: Payload) -> str:
    """One TSV line, with tabs, quotes and line breaks inside values escaped by the csv module."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    writer.writerow(
        [_text(payload, column) for column in _TSV_COLUMNS] + [str(_flag(payload, "active")).lower()]
    )
    return buffer.getvalue()


# --- 6. nightly sync: mirror into the back-office SQLite database -------------------------------------------

_MIRROR_COLUMNS = (
    "_id",
    "_environmentId",
    "_organizationId",
    "name",
    "identifier",
    "providerId",
    "channel",
    "active",
    "deleted",
    "deletedAt",
    "deletedBy",
    "primary",
)
_MIRROR_DDL = "CREATE TABLE integrations ({})".format(", ".join(f'"{column}"' for column in _MIRROR_COLUMNS))


def sqlite_mirror_buggy(payload: Payload) -> int:
    """Insert the scalar fields of one integration into the mirror table; returns the row count."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(_MIRROR_DDL)
        row = {key: value for key, value in payload.items() if key not in ("credentials", "conditions")}
        columns = ", ".join(f'"{key}"' for key in row)
        marks = ", ".join("?" for _ in row)
        connection.execute(f"INSERT INTO integrations ({columns}) VALUES ({marks})", list(row.values()))
        count: int = connection.execute("SELECT COUNT(*) FROM integrations").fetchone()[0]
        return count
    finally:
        connection.close()


def _mirror_value(value: object) -> str | int | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return _utf8_safe(value)
    return None


def sqlite_mirror_fixed(payload: Payload) -> int:
    """Insert the known scalar fields only; extra keys the API adds (``createdAt``, ``__v``) are ignored."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(_MIRROR_DDL)
        columns = ", ".join(f'"{column}"' for column in _MIRROR_COLUMNS)
        marks = ", ".join("?" for _ in _MIRROR_COLUMNS)
        values = [_mirror_value(payload.get(column)) for column in _MIRROR_COLUMNS]
        connection.execute(f"INSERT INTO integrations ({columns}) VALUES ({marks})", values)
        count: int = connection.execute("SELECT COUNT(*) FROM integrations").fetchone()[0]
        return count
    finally:
        connection.close()


# --- 7. shop routing summary: how the conditions combine ----------------------------------------------------


def rule_summary_buggy(payload: Payload) -> str:
    """Short text for the shop admin: how the conditions combine and how many filter parts they have."""
    conditions = payload.get("conditions", [])
    head = conditions[0]
    parts = sum(len(condition["children"]) for condition in conditions)
    negated = "NOT " if head["isNegated"] else ""
    return f"{negated}{head['value']} over {parts} filter part(s)"


def rule_summary_fixed(payload: Payload) -> str:
    """Short text for the shop admin; no conditions (the server default) means it always applies."""
    conditions = _condition_list(payload)
    if not conditions:
        return "always (no conditions)"
    head = conditions[0]
    parts = sum(len(_children(condition)) for condition in conditions)
    negated = "NOT " if _flag(head, "isNegated") else ""
    return f"{negated}{_text(head, 'value', 'AND')} over {parts} filter part(s)"


# --- 8. beer-club targeting preview: LIKE filters -----------------------------------------------------------


def like_filter_preview_buggy(payload: Payload) -> list[str]:
    """Which sample beer styles each LIKE / NOT_LIKE filter part would match (``%`` is the wildcard)."""
    samples = ("Hazy IPA", "Pilsner", "Imperial Stout", "Sour Ale")
    previews: list[str] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] not in ("LIKE", "NOT_LIKE"):
                continue
            pattern = re.compile("^" + child["value"].replace("%", ".*") + "$", re.IGNORECASE)
            hits = [
                style for style in samples if bool(pattern.match(style)) != (child["operator"] == "NOT_LIKE")
            ]
            previews.append(f"{child['field']}: {', '.join(hits) or '-'}")
    return previews


def like_filter_preview_fixed(payload: Payload) -> list[str]:
    """The same preview, with the literal parts of the LIKE value escaped before they go into a regex."""
    samples = ("Hazy IPA", "Pilsner", "Imperial Stout", "Sour Ale")
    previews: list[str] = []
    for condition in _condition_list(payload):
        for child in _children(condition):
            operator = _text(child, "operator")
            if operator not in ("LIKE", "NOT_LIKE"):
                continue
            literal_parts = _text(child, "value").split("%")
            pattern = re.compile(
                "^" + ".*".join(re.escape(part) for part in literal_parts) + "$", re.IGNORECASE | re.DOTALL
            )
            hits = [style for style in samples if bool(pattern.match(style)) != (operator == "NOT_LIKE")]
            previews.append(f"{_text(child, 'field')}: {', '.join(hits) or '-'}")
    return previews


# --- 9. shop: minimum-order-value rules ---------------------------------------------------------------------

_ORDER_TOTAL = Decimal("42.50")
_COMPARISONS = {
    "LARGER": lambda left, right: left > right,
    "SMALLER": lambda left, right: left < right,
    "LARGER_EQUAL": lambda left, right: left >= right,
    "SMALLER_EQUAL": lambda left, right: left <= right,
}


def order_threshold_check_buggy(payload: Payload) -> list[bool]:
    """For each numeric comparison part, whether a 42.50 EUR order passes it."""
    results: list[bool] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            compare = _COMPARISONS.get(child["operator"])
            if compare is None:
                continue
            results.append(bool(compare(_ORDER_TOTAL, Decimal(child["value"]))))
    return results


def order_threshold_check_fixed(payload: Payload) -> list[bool]:
    """The same check; a comparison value that is not a finite number is skipped (it matches nothing)."""
    results: list[bool] = []
    for condition in _condition_list(payload):
        for child in _children(condition):
            compare = _COMPARISONS.get(_text(child, "operator"))
            if compare is None:
                continue
            try:
                threshold = Decimal(_text(child, "value").strip())
                if not threshold.is_finite():
                    continue
                results.append(bool(compare(_ORDER_TOTAL, threshold)))
            except (ArithmeticError, ValueError):
                continue
    return results


# --- 10. distribution SMS: monthly Twilio usage job ---------------------------------------------------------


def twilio_usage_url_buggy(payload: Payload) -> str | None:
    """The Twilio usage-records URL the billing job fetches, ``None`` for other providers."""
    if payload["providerId"] != "twilio":
        return None
    account_sid = payload["credentials"]["accountSid"]
    path = quote(account_sid, safe="", errors="replace")
    return f"https://api.twilio.com/2010-04-01/Accounts/{path}/Usage/Records/LastMonth.json"


def twilio_usage_url_fixed(payload: Payload) -> str | None:
    """The usage URL, or ``None`` when the integration has no account SID to bill against."""
    if _text(payload, "providerId") != "twilio":
        return None
    account_sid = _text(_creds(payload), "accountSid")
    if not account_sid:
        return None
    path = quote(account_sid, safe="", errors="replace")
    return f"https://api.twilio.com/2010-04-01/Accounts/{path}/Usage/Records/LastMonth.json"


# --- 11. GDPR data-residency report for the shop's mail providers -------------------------------------------

_AWS_REGION = re.compile(r"([a-z]{2}(?:-gov)?)-([a-z]+)-(\d+)")
_GEOGRAPHIES = {"us": "United States", "eu": "European Union", "ap": "Asia Pacific", "ca": "Canada"}


def residency_report_buggy(payload: Payload) -> str:
    """Where the mail provider processes customer data (SES: derived from the AWS region)."""
    if payload["providerId"] != "ses":
        return "provider default"
    region = payload["credentials"].get("region", "us-east-1")
    geography = _AWS_REGION.fullmatch(region).group(1)  # type: ignore[union-attr]
    return _GEOGRAPHIES.get(geography, geography)


def residency_report_fixed(payload: Payload) -> str:
    """Where the mail provider processes data; a region that is not an AWS region code is reported as is."""
    if _text(payload, "providerId") != "ses":
        return "provider default"
    region = _text(_creds(payload), "region", "us-east-1")
    match = _AWS_REGION.fullmatch(region)
    if match is None:
        return f"unrecognised region {region!r}"
    geography = match.group(1)
    return _GEOGRAPHIES.get(geography, geography)


# --- 12. beer-club app: Pusher Beams config builder ---------------------------------------------------------


def beams_endpoint_buggy(payload: Payload) -> str | None:
    """The Pusher Beams publish endpoint for the beer-club app, ``None`` for other push providers."""
    if payload["providerId"] != "pusher-beams":
        return None
    instance = payload["credentials"].get("instanceId")
    if not instance:
        return None
    instance_id = uuid.UUID(instance)
    return (
        f"https://{instance_id}.pushnotifications.pusher.com/publish_api/v1/instances/{instance_id}/publishes"
    )


def beams_endpoint_fixed(payload: Payload) -> str | None:
    """The Beams endpoint; an instance id that is not a UUID is used verbatim (URL-quoted)."""
    if _text(payload, "providerId") != "pusher-beams":
        return None
    instance = _text(_creds(payload), "instanceId")
    if not instance:
        return None
    try:
        instance_id = str(uuid.UUID(instance))
    except ValueError:
        instance_id = quote(instance, safe="", errors="replace")
    return (
        f"https://{instance_id}.pushnotifications.pusher.com/publish_api/v1/instances/{instance_id}/publishes"
    )


# --- 13. security review: is the SMTP / Kannel relay on our own network? ------------------------------------


def relay_network_buggy(payload: Payload) -> str:
    """'internal' / 'external' for relays configured by host, 'n/a' for API-based providers."""
    host = payload["credentials"].get("host")
    if not host:
        return "n/a"
    return "internal" if ipaddress.ip_address(host).is_private else "external"


def relay_network_fixed(payload: Payload) -> str:
    """The same classification; a host name (not an IP literal) needs DNS and is reported as such."""
    host = _text(_creds(payload), "host").strip()
    if not host:
        return "n/a"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "hostname (resolve before classifying)"
    return "internal" if address.is_private else "external"


# --- 14. distribution SMS: request builder for the Generic SMS gateway --------------------------------------


def generic_sms_request_buggy(payload: Payload) -> list[str] | None:
    """Prepare the request to the brewery's Generic SMS gateway; returns the auth header names it set."""
    if payload["providerId"] != "generic-sms":
        return None
    credentials = payload["credentials"]
    connection = http.client.HTTPConnection("sms-gateway.invalid")
    connection.putrequest("POST", "/messages")
    headers = [credentials.get("apiKeyRequestHeader", "X-API-Key")]
    connection.putheader(headers[0], credentials.get("apiKey", ""))
    if credentials.get("secretKeyRequestHeader"):
        headers.append(credentials["secretKeyRequestHeader"])
        connection.putheader(headers[1], credentials.get("secretKey", ""))
    connection.close()
    return headers


_HEADER_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def _header_value(value: str) -> str:
    return "".join(char for char in value if " " <= char <= "~")


def generic_sms_request_fixed(payload: Payload) -> list[str] | None:
    """The request head; header names that are not HTTP tokens fall back to defaults, values are sanitised."""
    if _text(payload, "providerId") != "generic-sms":
        return None
    credentials = _creds(payload)
    connection = http.client.HTTPConnection("sms-gateway.invalid")
    connection.putrequest("POST", "/messages")
    key_header = _text(credentials, "apiKeyRequestHeader").strip()
    if not _HEADER_TOKEN.fullmatch(key_header):
        key_header = "X-API-Key"
    headers = [key_header]
    connection.putheader(key_header, _header_value(_text(credentials, "apiKey")))
    secret_header = _text(credentials, "secretKeyRequestHeader").strip()
    if _HEADER_TOKEN.fullmatch(secret_header):
        headers.append(secret_header)
        connection.putheader(secret_header, _header_value(_text(credentials, "secretKey")))
    connection.close()
    return headers


# --- 15. beer-club app: APNs signing-key fingerprint for the key-rotation audit -----------------------------


def apns_key_fingerprint_buggy(payload: Payload) -> str | None:
    """SHA-256 fingerprint (16 hex digits) of the APNs .p8 signing key, ``None`` for other providers."""
    if payload["providerId"] != "apns":
        return None
    pem = payload["credentials"].get("secretKey", "")
    body = "".join(line.strip() for line in pem.splitlines() if not line.startswith("-----"))
    der = base64.b64decode(body, validate=True)
    return hashlib.sha256(der).hexdigest()[:16]


def apns_key_fingerprint_fixed(payload: Payload) -> str | None:
    """The fingerprint; a key that is not base64 PEM (e.g. the stored ``nvsk.`` form) is hashed as text."""
    if _text(payload, "providerId") != "apns":
        return None
    pem = _text(_creds(payload), "secretKey")
    body = "".join(line.strip() for line in pem.splitlines() if not line.startswith("-----"))
    try:
        der = base64.b64decode(body, validate=True)
    except ValueError:
        der = pem.encode("utf-8", "surrogatepass")
    return hashlib.sha256(der).hexdigest()[:16]


# --- 16. taproom alerting: Grafana OnCall webhook state -----------------------------------------------------


class AlertState(enum.Enum):
    """Grafana alert states the taproom cooler alerts use."""

    ALERTING = "alerting"
    OK = "ok"
    NO_DATA = "no_data"
    PENDING = "pending"
    PAUSED = "paused"


def cooler_alert_state_buggy(payload: Payload) -> str | None:
    """The alert state a Grafana OnCall chat integration posts for the cooler alarms, as a display string."""
    if payload["providerId"] != "grafana-on-call":
        return None
    state = AlertState(payload["credentials"].get("state") or "alerting")
    return state.name.replace("_", " ").title()


def cooler_alert_state_fixed(payload: Payload) -> str | None:
    """The alert state; a state outside the known Grafana set is shown verbatim."""
    if _text(payload, "providerId") != "grafana-on-call":
        return None
    raw = _text(_creds(payload), "state") or "alerting"
    try:
        state = AlertState(raw)
    except ValueError:
        return f"custom state {raw!r}"
    return state.name.replace("_", " ").title()


# --- the cases ----------------------------------------------------------------------------------------------

BREWERY_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="brewery_environment_label",
        bug="assumes every listed integration is in one of its own environments (GET lists the whole org)",
        buggy=environment_label_buggy,
        fixed=environment_label_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "_environmentId": "66a0f1e2d3c4b5a697880011",
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Q2w3E4r",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="brewery_tombstone_deleted_at",
        bug="assumes a record with deleted=true always carries deletedAt",
        buggy=tombstone_entry_buggy,
        fixed=tombstone_entry_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="brewery_status_badge",
        bug="assumes a deleted integration is never active (soft delete leaves active as it was)",
        buggy=status_badge_buggy,
        fixed=status_badge_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Taproom Slack",
                "identifier": "taproom-slack-7Hn2kLp",
                "providerId": "slack",
                "channel": "chat",
                "active": True,
                "deleted": True,
                "deletedAt": "2025-03-14T09:30:00.000Z",
                "primary": False,
            },
            credentials={
                "applicationId": "A0BREW1",
                "clientId": "1234.5678",
                "secretKey": "fake-slack-secret",
            },
        ),
    ),
    ConsumerCase(
        name="brewery_routing_log_percent",
        bug="concatenates the integration name into a %-format string, assuming it never contains '%'",
        buggy=routing_log_line_buggy,
        fixed=routing_log_line_fixed,
        raises=(ValueError, TypeError),
        example=_payload({"name": "100% Hazy Webshop"}),
    ),
    ConsumerCase(
        name="brewery_erp_tsv_unquoted",
        bug="writes TSV with QUOTE_NONE, assuming names never hold tabs, quotes or line breaks",
        buggy=erp_tsv_row_buggy,
        fixed=erp_tsv_row_fixed,
        raises=(csv.Error,),
        example=_payload({"name": 'Brauhaus "Zum Hopfen"\tOnline'}),
    ),
    ConsumerCase(
        name="brewery_sqlite_mirror_extras",
        bug="builds the INSERT column list from the payload keys, assuming no extra keys (createdAt, __v...)",
        buggy=sqlite_mirror_buggy,
        fixed=sqlite_mirror_fixed,
        raises=(sqlite3.OperationalError,),
        example=_payload(
            {
                "priority": 1,
                "createdAt": "2025-01-20T08:00:00.000Z",
                "updatedAt": "2025-02-02T17:45:12.000Z",
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="brewery_rule_summary_first",
        bug="reads conditions[0], assuming an integration has at least one condition (the default is [])",
        buggy=rule_summary_buggy,
        fixed=rule_summary_fixed,
        raises=(IndexError,),
        example=_payload({"conditions": []}),
    ),
    ConsumerCase(
        name="brewery_like_filter_regex",
        bug="turns a LIKE value into a regex without escaping, assuming it holds no regex metacharacters",
        buggy=like_filter_preview_buggy,
        fixed=like_filter_preview_fixed,
        raises=(re.error,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "TEXT",
                        "value": "OR",
                        "children": [
                            {
                                "field": "payload.beerStyle",
                                "value": "%(Hazy%",
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
        name="brewery_order_threshold_decimal",
        bug="parses the value of LARGER/SMALLER filter parts as a Decimal, assuming it is always numeric",
        buggy=order_threshold_check_buggy,
        fixed=order_threshold_check_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.orderTotal",
                                "value": "fifty",
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
        name="brewery_twilio_usage_sid",
        bug="assumes a Twilio integration always has credentials.accountSid (every credential is optional)",
        buggy=twilio_usage_url_buggy,
        fixed=twilio_usage_url_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Rb7xK2q",
                "providerId": "twilio",
                "channel": "sms",
                "primary": False,
            },
            credentials={"token": "fake-twilio-token", "from": "+4930123456"},
        ),
    ),
    ConsumerCase(
        name="brewery_ses_region_shape",
        bug="assumes an SES region is an AWS region code like eu-central-1 (regex match is never None)",
        buggy=residency_report_buggy,
        fixed=residency_report_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "SES", "identifier": "ses-Lq9vB3m", "providerId": "ses"},
            credentials={
                "apiKey": "fake-ses-key",
                "secretKey": "fake-ses-secret",
                "region": "EU (Frankfurt)",
                "from": "orders@brewery.example",
                "senderName": "Hopfen Brewery",
            },
        ),
    ),
    ConsumerCase(
        name="brewery_beams_instance_uuid",
        bug="assumes a Pusher Beams instanceId is always a UUID",
        buggy=beams_endpoint_buggy,
        fixed=beams_endpoint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Pusher Beams",
                "identifier": "pusher-beams-Xc4Tt0a",
                "providerId": "pusher-beams",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={"instanceId": "beerclub-prod", "secretKey": "fake-beams-secret"},
        ),
    ),
    ConsumerCase(
        name="brewery_relay_host_ip",
        bug="assumes credentials.host is an IP literal (it is usually a host name)",
        buggy=relay_network_buggy,
        fixed=relay_network_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Pp0wE5r", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.hopfen-brewery.example",
                "port": "587",
                "user": "shop",
                "password": "fake-smtp-password",
                "from": "shop@hopfen-brewery.example",
                "senderName": "Hopfen Shop",
            },
        ),
    ),
    ConsumerCase(
        name="brewery_generic_sms_header",
        bug="uses apiKeyRequestHeader as an HTTP header name, assuming it is a valid header token",
        buggy=generic_sms_request_buggy,
        fixed=generic_sms_request_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Generic SMS",
                "identifier": "generic-sms-Jd8sQ1z",
                "providerId": "generic-sms",
                "channel": "sms",
                "primary": False,
            },
            credentials={
                "baseUrl": "https://sms.partner.example/api",
                "apiKeyRequestHeader": "Authorization: Bearer",
                "apiKey": "fake-generic-key",
                "idPath": "data.id",
                "from": "HOPFEN",
            },
        ),
    ),
    ConsumerCase(
        name="brewery_apns_key_base64",
        bug="assumes the APNs secretKey is a base64 PEM key (write replies carry the nvsk.<hex>:<hex> form)",
        buggy=apns_key_fingerprint_buggy,
        fixed=apns_key_fingerprint_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "ap-ns-Tr5bN8c",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "secretKey": "nvsk.9f1c2e4a6b8d0f1e:7a7b3c9d0e1f2a3b",
                "apiKey": "ABC123DEFG",
                "projectName": "com.hopfen.beerclub",
                "applicationId": "TEAM123456",
            },
        ),
    ),
    ConsumerCase(
        name="brewery_grafana_state_enum",
        bug="assumes the Grafana OnCall credentials.state is one of the known Grafana alert states",
        buggy=cooler_alert_state_buggy,
        fixed=cooler_alert_state_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Kk2mP9d",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
            },
            credentials={"alertUid": "cooler-3", "title": "Cooler 3 temperature", "state": "firing"},
        ),
    ),
]
"""The sixteen brewery consumers, in the order above."""
