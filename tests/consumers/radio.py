"""Notification consumers at Radio Baltica, a regional broadcaster on the Baltic coast.

Radio Baltica runs two FM services (Gdańsk and Klaipėda), a DAB+ multiplex and a news app. All
listener-facing messaging goes through a self-hosted Novu: the SMS text-in lines used by the phone-in
desk and for competition entries, the on-air alert feed that the playout system reads, traffic-news
push notifications for the app, the studio chat bridges that put listener messages in front of the
presenters, and the monthly delivery reports sent to advertisers. The platform team also monitors the
notification stack itself.

This module gathers the small pieces of code, spread over those teams, that read the items of
``GET /v1/integrations`` (one ``IntegrationResponseDto`` per item, as the wire sends it). Each
consumer comes twice: the ``_buggy`` version as it was first shipped, with one assumption about the
data that the contract does not promise, and the ``_fixed`` version that honours the contract. The
``RADIO_BUGS`` cases pair them with a contract-valid payload that breaks the buggy one.
"""

from __future__ import annotations

import configparser
import copy
import csv
import hashlib
import io
import json
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from xml.dom import minidom
from xml.parsers.expat import ExpatError

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["HAPPY_PATH", "RADIO_BUGS"]


def _example(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """A copy of the happy path with some top-level fields replaced or removed."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _string_credential(payload: Payload, key: str) -> str | None:
    """``credentials[key]`` if it is there and a string (every CredentialsDto key is optional)."""
    credentials = payload.get("credentials")
    if not isinstance(credentials, dict):
        return None
    value = credentials.get(key)
    return value if isinstance(value, str) else None


def _condition_groups(payload: Payload) -> list[dict[str, Any]]:
    """The StepFilterDto items, tolerating an absent ``conditions`` key."""
    groups = payload.get("conditions")
    if not isinstance(groups, list):
        return []
    return [group for group in groups if isinstance(group, dict)]


def _rules(group: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [rule for rule in children if isinstance(rule, dict)]


# --- 1. Phone-in desk: the SMS line registry ------------------------------------------------------
# The text-in screen stores each SMS line's sending number in a BIGINT ``msisdn`` column.


def sms_line_msisdn_buggy(payload: Payload) -> int | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    return int(sender.replace(" ", "").replace("-", "").removeprefix("+"))


_MAX_MSISDN_DIGITS = 15  # E.164


def sms_line_msisdn_fixed(payload: Payload) -> int | None:
    if payload["channel"] != "sms":
        return None
    sender = _string_credential(payload, "from")
    if sender is None:
        return None
    digits = sender.replace(" ", "").replace("-", "").removeprefix("+")
    # Alphanumeric sender ids ("RadioBaltica") and short codes with letters are not phone numbers.
    if not (digits.isascii() and digits.isdigit()) or len(digits) > _MAX_MSISDN_DIGITS:
        return None
    return int(digits)


# --- 2. Advertiser reports: data residency of the email relay -------------------------------------
# Reports carry listener figures, so ad sales only sends them through a relay in an EU region.


def report_relay_in_eu_buggy(payload: Payload) -> bool | None:
    if payload["channel"] != "email":
        return None
    region = payload["credentials"].get("region")
    if region is None:
        return None
    geo, _area, _index = region.split("-")
    return bool(geo == "eu")


def report_relay_in_eu_fixed(payload: Payload) -> bool | None:
    if payload["channel"] != "email":
        return None
    region = _string_credential(payload, "region")
    if region is None:
        return None
    # SES regions look like "eu-central-1", but SparkPost's is just "eu", GovCloud has four parts...
    geo = region.strip().lower().split("-", 1)[0]
    return geo == "eu"


# --- 3. Platform: archive purge of soft-deleted integrations --------------------------------------

RETENTION = timedelta(days=30)


def archive_purge_due_buggy(payload: Payload) -> bool:
    stamp = payload.get("deletedAt")
    if stamp is None:
        return False
    return bool(datetime.now() - datetime.fromisoformat(stamp) > RETENTION)


def archive_purge_due_fixed(payload: Payload) -> bool:
    stamp = payload.get("deletedAt")
    if not isinstance(stamp, str):
        return False
    try:
        deleted_at = datetime.fromisoformat(stamp)
        if deleted_at.tzinfo is None:
            deleted_at = deleted_at.replace(tzinfo=UTC)
        return datetime.now(UTC) - deleted_at > RETENTION
    except (ValueError, OverflowError):
        # Not a timestamp we can read (or out of datetime's range): never purge on a guess.
        return False


# --- 4. Competition entries: numeric gates shown to the producer ----------------------------------

_THRESHOLD_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def competition_thresholds_buggy(payload: Payload) -> dict[str, float]:
    thresholds: dict[str, float] = {}
    for group in payload.get("conditions", []):
        for rule in group["children"]:
            if rule["operator"] in _THRESHOLD_OPERATORS:
                thresholds[f"{rule['field']} {rule['operator']}"] = float(rule["value"])
    return thresholds


def competition_thresholds_fixed(payload: Payload) -> dict[str, float]:
    thresholds: dict[str, float] = {}
    for group in _condition_groups(payload):
        for rule in _rules(group):
            value = rule.get("value")
            if rule.get("operator") not in _THRESHOLD_OPERATORS or not isinstance(value, str):
                continue
            try:
                # LARGER also compares dates and templated values; those are not numeric gates.
                thresholds[f"{rule.get('field')} {rule.get('operator')}"] = float(value)
            except ValueError:
                continue
    return thresholds


# --- 5. Migration of integration conditions into the in-house rules engine (SQL) -----------------

_SQL_OPERATORS_V1 = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "IN",
    "NOT_IN": "NOT IN",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
}
_SQL_OPERATORS = {
    **_SQL_OPERATORS_V1,
    "ANY_IN": "&&",
    "ALL_IN": "@>",
    "BETWEEN": "BETWEEN",
    "NOT_BETWEEN": "NOT BETWEEN",
}

RuleRow = tuple[str, int, str, bool, str, str, str, str]


def rules_migration_buggy(payload: Payload) -> list[RuleRow]:
    rows: list[RuleRow] = []
    for position, group in enumerate(payload.get("conditions", [])):
        for rule in group["children"]:
            rows.append(
                (
                    payload["identifier"],
                    position,
                    group["value"],
                    group["isNegated"],
                    rule["on"],
                    rule["field"],
                    _SQL_OPERATORS_V1[rule["operator"]],
                    rule["value"],
                )
            )
    return rows


def rules_migration_fixed(payload: Payload) -> list[RuleRow]:
    rows: list[RuleRow] = []
    for position, group in enumerate(_condition_groups(payload)):
        for rule in _rules(group):
            name = rule.get("operator")
            operator = _SQL_OPERATORS.get(name) if isinstance(name, str) else None
            if operator is None:
                continue
            rows.append(
                (
                    str(payload["identifier"]),
                    position,
                    str(group.get("value")),
                    group.get("isNegated") is True,
                    str(rule.get("on")),
                    str(rule.get("field")),
                    operator,
                    str(rule.get("value")),
                )
            )
    return rows


# --- 6. Ops dashboard: "integration created" column from the ObjectId ----------------------------

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def integration_created_buggy(payload: Payload) -> datetime:
    return datetime.fromtimestamp(int(payload["_id"][:8], 16), tz=UTC)


def integration_created_fixed(payload: Payload) -> datetime | None:
    record_id = payload.get("_id")
    if not isinstance(record_id, str) or _OBJECT_ID.fullmatch(record_id) is None:
        return None
    return datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)


# --- 7. Studio chat bridge: which webhook targets may be relayed into the studio -----------------

_RELAY_DOMAINS = ("radio-baltica.internal", "hooks.radio-baltica.example")


def studio_webhook_target_buggy(payload: Payload) -> str | None:
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    host = urlsplit(url).hostname
    if not host.endswith(_RELAY_DOMAINS):
        return None
    return str(url)


def studio_webhook_target_fixed(payload: Payload) -> str | None:
    url = _string_credential(payload, "webhookUrl")
    if url is None:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if host is None or not host.endswith(_RELAY_DOMAINS):
        return None
    return url


# --- 8. Traffic-news push: FCM project for the app's topic subscriptions --------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    account = payload["credentials"].get("serviceAccount")
    if account is None:
        return None
    return str(json.loads(account)["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    account = _string_credential(payload, "serviceAccount")
    if account is None:
        return None
    try:
        document = json.loads(account)
    except (ValueError, RecursionError):
        return None  # e.g. the stored "nvsk.<iv>:<cipher>" form, or a path to the key file
    if not isinstance(document, dict):
        return None
    project = document.get("project_id")
    return project if isinstance(project, str) else None


# --- 9. Ad sales: monthly CSV of the channels used for advertisers' campaigns ---------------------

_CSV_COLUMNS = ("identifier", "name", "providerId", "channel", "active", "primary")


def _csv_row(payload: Payload) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow([payload[column] for column in _CSV_COLUMNS])
    return buffer.getvalue()


def ad_sales_csv_buggy(payload: Payload) -> bytes:
    # The ad-sales team opens the file in Excel on Windows.
    return _csv_row(payload).encode("cp1252")


def ad_sales_csv_fixed(payload: Payload) -> bytes:
    # UTF-8 with a BOM is what Excel detects; "replace" covers lone surrogates.
    return _csv_row(payload).encode("utf-8-sig", errors="replace")


# --- 10. Ops monitoring: Grafana OnCall integration keys the incident table ----------------------


def oncall_alert_key_buggy(payload: Payload) -> str | None:
    uid = payload["credentials"].get("alertUid")
    if uid is None:
        return None
    return str(uuid.UUID(uid))


def oncall_alert_key_fixed(payload: Payload) -> str | None:
    uid = _string_credential(payload, "alertUid")
    if uid is None:
        return None
    try:
        return str(uuid.UUID(uid))
    except ValueError:
        # Grafana alert uids are short free-form strings, not UUIDs: key those by text instead.
        return f"uid:{uid}"


# --- 11. On-air: "Text us on ..." line for the presenters' screen --------------------------------


def on_air_text_line_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "sms" or not payload["primary"]:
        return None
    assert payload["active"], f"primary SMS line {payload['identifier']!r} is switched off"
    sender = payload["credentials"].get("from")
    return None if sender is None else str(sender)


def on_air_text_line_fixed(payload: Payload) -> str | None:
    if payload["channel"] != "sms" or payload["primary"] is not True:
        return None
    if payload["active"] is not True:
        return None  # an inactive integration can stay primary: it is just not on air
    return _string_credential(payload, "from")


# --- 12. On-air alert feed: INI file for the playout system ---------------------------------------


def _playout_ini(payload: Payload, parser: configparser.RawConfigParser) -> str:
    section = f"novu:{payload['identifier']}"
    parser.add_section(section)
    parser.set(section, "provider", str(payload["providerId"]))
    parser.set(section, "channel", str(payload["channel"]))
    credentials = payload["credentials"]
    for key in sorted(credentials):
        value = credentials[key]
        if isinstance(value, str):
            parser.set(section, str(key), value)
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def playout_ini_buggy(payload: Payload) -> str:
    return _playout_ini(payload, configparser.ConfigParser())


def playout_ini_fixed(payload: Payload) -> str:
    # Credentials are opaque text: no %-interpolation.
    return _playout_ini(payload, configparser.ConfigParser(interpolation=None))


# --- 13. Traffic-news push sidecar: per-integration YAML config -----------------------------------


def push_sidecar_config_buggy(payload: Payload) -> dict[str, str]:
    lines = [f"identifier: {payload['identifier']}", "credentials:"]
    for key, value in sorted(payload["credentials"].items()):
        if isinstance(value, str):
            lines.append(f"  {key}: {value}")
    document = yaml.safe_load("\n".join(lines) + "\n")
    return {str(key): value.strip() for key, value in document["credentials"].items()}


def push_sidecar_config_fixed(payload: Payload) -> dict[str, str]:
    credentials = payload["credentials"]
    strings = {str(key): value for key, value in credentials.items() if isinstance(value, str)}
    text = yaml.safe_dump({"identifier": payload["identifier"], "credentials": strings})
    document = yaml.safe_load(text)
    return {str(key): str(value).strip() for key, value in document["credentials"].items()}


# --- 14. Ops dashboard: rules per condition group --------------------------------------------------


def rule_density_buggy(payload: Payload) -> float:
    groups = payload.get("conditions", [])
    return float(sum(len(group["children"]) for group in groups) / len(groups))


def rule_density_fixed(payload: Payload) -> float:
    groups = _condition_groups(payload)
    if not groups:
        return 0.0
    return sum(len(_rules(group)) for group in groups) / len(groups)


# --- 15. Advertiser XML feed (the agency's booking system imports it) -----------------------------

_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(value: object) -> str:
    return _XML_ILLEGAL.sub("\ufffd", str(value))


def _pretty(root: ET.Element) -> str:
    return minidom.parseString(ET.tostring(root)).toprettyxml(indent="  ")


def advertiser_xml_buggy(payload: Payload) -> str:
    root = ET.Element("integrations")
    node = ET.SubElement(root, payload["identifier"])
    node.set("provider", _xml_text(payload["providerId"]))
    node.set("channel", _xml_text(payload["channel"]))
    node.text = _xml_text(payload["name"])
    return _pretty(root)


def advertiser_xml_fixed(payload: Payload) -> str:
    root = ET.Element("integrations")
    node = ET.SubElement(root, "integration")
    node.set("identifier", _xml_text(payload["identifier"]))
    node.set("provider", _xml_text(payload["providerId"]))
    node.set("channel", _xml_text(payload["channel"]))
    node.text = _xml_text(payload["name"])
    return _pretty(root)


# --- 16. Ops monitoring: alert when an integration's credentials rotate ---------------------------

_SEEN_BUGGY: dict[str, int] = {}
_SEEN_FIXED: dict[str, str] = {}


def credentials_rotated_buggy(payload: Payload) -> bool:
    fingerprint = hash(frozenset(payload["credentials"].items()))
    previous = _SEEN_BUGGY.get(payload["identifier"])
    _SEEN_BUGGY[payload["identifier"]] = fingerprint
    return previous is not None and previous != fingerprint


def _canonical(value: object) -> str:
    try:
        return json.dumps(value, sort_keys=True, ensure_ascii=True, allow_nan=True)
    except (TypeError, ValueError, RecursionError):
        return f"<{type(value).__name__}>"


def credentials_rotated_fixed(payload: Payload) -> bool:
    credentials = payload["credentials"]
    canonical = ",".join(f"{_canonical(key)}={_canonical(credentials[key])}" for key in sorted(credentials))
    fingerprint = hashlib.sha256(canonical.encode("ascii")).hexdigest()
    identifier = str(payload["identifier"])
    previous = _SEEN_FIXED.get(identifier)
    _SEEN_FIXED[identifier] = fingerprint
    return previous is not None and previous != fingerprint


# --- The cases --------------------------------------------------------------------------------------

RADIO_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="radio_sms_line_msisdn",
        bug="assumes an SMS integration's credentials.from is a phone number (alphanumeric sender ids exist)",
        buggy=sms_line_msisdn_buggy,
        fixed=sms_line_msisdn_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "MessageBird",
                "identifier": "message-bird-Zp4rT9w",
                "providerId": "messagebird",
                "channel": "sms",
                "credentials": {"accessKey": "live_Xk29fake", "from": "RBaltica"},
            }
        ),
    ),
    ConsumerCase(
        name="radio_report_relay_region",
        bug="assumes credentials.region is an AWS-style 'geo-area-n' string (SparkPost uses 'eu')",
        buggy=report_relay_in_eu_buggy,
        fixed=report_relay_in_eu_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SparkPost",
                "identifier": "spark-post-9dKq2Lm",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-sparkpost-key",
                    "region": "eu",
                    "from": "reports@radio-baltica.example",
                    "senderName": "Radio Baltica Ad Sales",
                },
            }
        ),
    ),
    ConsumerCase(
        name="radio_archive_purge",
        bug="assumes deletedAt is a naive local timestamp, but real ones carry an offset ('...Z')",
        buggy=archive_purge_due_buggy,
        fixed=archive_purge_due_fixed,
        raises=(TypeError, ValueError),
        example=_example(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "2025-03-02T09:41:17.512Z"}
        ),
    ),
    ConsumerCase(
        name="radio_competition_thresholds",
        bug="assumes the value of a LARGER/SMALLER condition is always a number (dates, templates...)",
        buggy=competition_thresholds_buggy,
        fixed=competition_thresholds_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "DATE",
                        "value": "AND",
                        "children": [
                            {
                                "field": "entryDate",
                                "value": "2025-06-01",
                                "operator": "LARGER_EQUAL",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="radio_rules_migration",
        bug="assumes conditions only use the operators the migration maps (not BETWEEN, ANY_IN, ALL_IN...)",
        buggy=rules_migration_buggy,
        fixed=rules_migration_fixed,
        raises=(KeyError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "LIST",
                        "value": "OR",
                        "children": [
                            {
                                "field": "regions",
                                "value": "gdansk,gdynia,sopot",
                                "operator": "ANY_IN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="radio_objectid_created",
        bug="assumes _id is present and a hex ObjectId whose first 8 digits are a timestamp",
        buggy=integration_created_buggy,
        fixed=integration_created_fixed,
        raises=(KeyError, ValueError),
        example=_example({"_id": "01HZX3QJ5V8T2N6M4K7P9R0S1W"}),
    ),
    ConsumerCase(
        name="radio_studio_webhook_relay",
        bug="assumes credentials.webhookUrl is an absolute URL with a host (people paste it without scheme)",
        buggy=studio_webhook_target_buggy,
        fixed=studio_webhook_target_fixed,
        raises=(AttributeError, ValueError),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Qa8sd3K",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "hooks.radio-baltica.example/novu/push",
                    "secretKey": "fake-signing-secret",
                },
            }
        ),
    ),
    ConsumerCase(
        name="radio_fcm_project",
        bug="assumes credentials.serviceAccount is decrypted JSON (write replies hold nvsk.<iv>:<cipher>)",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-x1Yv0bN",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "nvsk.8c1f0e9a2b7d4c36:5e4a91b7c0d2f3a8e6b1"},
            }
        ),
    ),
    ConsumerCase(
        name="radio_ad_sales_csv",
        bug="assumes integration names fit in Windows-1252 (Polish/Lithuanian letters, emoji...)",
        buggy=ad_sales_csv_buggy,
        fixed=ad_sales_csv_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"name": "Linia SMS Gdańsk", "identifier": "linia-sms-gdansk-K2p9sQ1"}),
    ),
    ConsumerCase(
        name="radio_oncall_alert_uid",
        bug="assumes the Grafana OnCall credentials.alertUid is a UUID (Grafana uids are short strings)",
        buggy=oncall_alert_key_buggy,
        fixed=oncall_alert_key_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Vb7nM2q",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
                "credentials": {"alertUid": "fdk2a9x7bq", "title": "Playout stack", "state": "alerting"},
            }
        ),
    ),
    ConsumerCase(
        name="radio_on_air_text_line",
        bug="assumes a primary integration is always active (an inactive primary is valid)",
        buggy=on_air_text_line_buggy,
        fixed=on_air_text_line_fixed,
        raises=(AssertionError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-4hQm2Xe",
                "providerId": "twilio",
                "channel": "sms",
                "active": False,
                "primary": True,
                "credentials": {"accountSid": "AC0000fake", "token": "fake-token", "from": "+48585550123"},
            }
        ),
    ),
    ConsumerCase(
        name="radio_playout_ini",
        bug="assumes credential values contain no '%' (ConfigParser interpolates them)",
        buggy=playout_ini_buggy,
        fixed=playout_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Rt5bW8c",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.radio-baltica.internal",
                    "port": "587",
                    "user": "playout",
                    "password": "Studi0%Baltica",
                    "from": "alerts@radio-baltica.example",
                    "senderName": "On-air alerts",
                },
            }
        ),
    ),
    ConsumerCase(
        name="radio_push_sidecar_yaml",
        bug="assumes credential strings survive unquoted in YAML (digits, 'yes', ': ' are re-typed or break)",
        buggy=push_sidecar_config_buggy,
        fixed=push_sidecar_config_fixed,
        raises=(AttributeError, TypeError, KeyError, ValueError, yaml.YAMLError),
        example=_example(
            {
                "name": "Pushpad",
                "identifier": "pushpad-Lq3vZ8r",
                "providerId": "pushpad",
                "channel": "push",
                "primary": False,
                "credentials": {"apiKey": "fake-pushpad-token", "applicationId": "8431"},
            }
        ),
    ),
    ConsumerCase(
        name="radio_rule_density",
        bug="assumes an integration has at least one condition group (the server default is [])",
        buggy=rule_density_buggy,
        fixed=rule_density_fixed,
        raises=(ZeroDivisionError,),
        example=_example({"conditions": []}),
    ),
    ConsumerCase(
        name="radio_advertiser_xml",
        bug="assumes identifiers are valid XML element names ('46elks-…', '-x8Kd2bQ1' are not)",
        buggy=advertiser_xml_buggy,
        fixed=advertiser_xml_fixed,
        raises=(ExpatError, ValueError),
        example=_example(
            {
                "name": "46elks",
                "identifier": "46elks-Qm3xZ7aP",
                "providerId": "forty-six-elks",
                "channel": "sms",
                "credentials": {"user": "u0fake", "password": "fake-password", "from": "RBaltica"},
            }
        ),
    ),
    ConsumerCase(
        name="radio_credentials_rotation",
        bug="assumes every credential value is hashable (tlsOptions is an object)",
        buggy=credentials_rotated_buggy,
        fixed=credentials_rotated_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hc2mP7x",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "10.20.0.25",
                    "port": "25",
                    "secure": False,
                    "tlsOptions": {"rejectUnauthorized": False},
                    "from": "ops@radio-baltica.example",
                    "senderName": "Radio Baltica Ops",
                },
            }
        ),
    ),
)
