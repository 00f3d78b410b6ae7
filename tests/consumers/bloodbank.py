"""Novu integration consumers at the Northbridge Regional Blood Service (NRBS).

NRBS collects, tests and issues blood and platelets for the hospitals of three regions (North West,
Yorkshire, North East), each run in its own Novu environment of one organization. Novu carries:

* donor appointment reminders by SMS (Twilio, with an alphanumeric sender in the UK) and e-mail;
* urgent blood-type appeals ("O negative stocks are low") by push to the GiveBlood app (FCM, APNs);
* hospital order notifications (dispatch, delivery, cross-match ready) over chat and signed webhooks;
* cold-chain sensor alarms (fridges, freezers, platelet agitators) to on-call staff through Grafana
  OnCall, the hospital pager gateway and a custom SMTP relay;
* audit exports of every messaging integration for the health regulator (MHRA-style inspections).

The services below read the items of ``GET /v1/integrations`` (and the write replies of the admin
tooling). Each has a ``_buggy`` version, as first shipped, and a ``_fixed`` version that honours the
contract; ``BLOODBANK_BUGS`` pairs them with a contract-valid payload that sets the bug off.
"""

from __future__ import annotations

import configparser
import copy
import csv
import hashlib
import hmac
import io
import json
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["BLOODBANK_BUGS", "HAPPY_PATH"]


def _credentials(payload: Payload) -> Mapping[str, Any]:
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, Mapping) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    return value if isinstance(value, str) else None


# --------------------------------------------------------------------------------------------
# 1. Regional routing table sync: which region's on-call rota owns an integration.

REGION_BY_ENVIRONMENT = {
    "6615a3c2f1e2d3c4b5a69701": "north-west",
    "6615a3c2f1e2d3c4b5a69711": "yorkshire",
    "6615a3c2f1e2d3c4b5a69721": "north-east",
}


def region_route_buggy(payload: Payload) -> str:
    region = REGION_BY_ENVIRONMENT[payload["_environmentId"]]
    return f"{region}/{payload['channel']}/{payload['identifier']}"


def region_route_fixed(payload: Payload) -> str | None:
    environment = payload.get("_environmentId")
    region = REGION_BY_ENVIRONMENT.get(environment) if isinstance(environment, str) else None
    if region is None:
        return None  # another environment of the organization (dev, staging, training)
    channel = payload.get("channel")
    return f"{region}/{channel if isinstance(channel, str) else 'unknown'}/{payload.get('identifier')}"


# --------------------------------------------------------------------------------------------
# 2. Donor reminder SMS: normalise the sender to E.164 for the reminder audit trail.


def sms_sender_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from", "")
    number = int(sender.replace(" ", "").lstrip("+"))
    return {"kind": "msisdn", "sender": f"+{number}"}


def sms_sender_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "sms":
        return None
    sender = _text(_credentials(payload), "from")
    if not sender:
        return None
    compact = sender.replace(" ", "").removeprefix("+")
    if compact.isascii() and compact.isdigit():
        return {"kind": "msisdn", "sender": f"+{compact}"}
    return {"kind": "alphanumeric", "sender": sender}


# --------------------------------------------------------------------------------------------
# 3. Urgent appeals by push: the FCM v1 send URL comes from the service account's project.


def fcm_send_url_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"]["serviceAccount"])
    return f"https://fcm.googleapis.com/v1/projects/{account['project_id']}/messages:send"


def fcm_send_url_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    raw = _text(_credentials(payload), "serviceAccount")
    if raw is None:
        return None
    try:
        account = json.loads(raw)
    except (ValueError, RecursionError):
        return None  # e.g. the encrypted "nvsk.<iv>:<cipher>" form of a write reply
    project = account.get("project_id") if isinstance(account, dict) else None
    if not isinstance(project, str) or not project:
        return None
    return f"https://fcm.googleapis.com/v1/projects/{project}/messages:send"


# --------------------------------------------------------------------------------------------
# 4. Appeal app registry: push integrations keyed by the app they deliver to.


def push_app_key_buggy(payload: Payload) -> str | None:
    if payload["channel"] != "push":
        return None
    application_id = payload["credentials"].get("applicationId")
    if application_id is None:
        return None
    return str(uuid.UUID(application_id))


def push_app_key_fixed(payload: Payload) -> str | None:
    if payload.get("channel") != "push":
        return None
    application_id = _text(_credentials(payload), "applicationId")
    if application_id is None:
        return None
    try:
        return str(uuid.UUID(application_id))
    except ValueError:
        return application_id.strip()  # APNs bundle id, Pushpad project number, ...


# --------------------------------------------------------------------------------------------
# 5. Hospital order webhook relay: sign the dispatch notice with the integration's secret.


def order_signature_buggy(payload: Payload) -> str | None:
    credentials = payload["credentials"]
    if "webhookUrl" not in credentials:
        return None
    key = bytes.fromhex(credentials.get("secretKey", ""))
    body = json.dumps({"integration": payload["identifier"], "event": "order.dispatched"}).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def order_signature_fixed(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    secret = _text(credentials, "secretKey")
    if _text(credentials, "webhookUrl") is None or secret is None:
        return None
    key = secret.encode("utf-8", "surrogatepass")
    body = json.dumps({"integration": payload.get("identifier"), "event": "order.dispatched"}).encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------------------------
# 6. Data residency check for the regulator: donor data must be processed in the EU/UK.


def residency_ok_buggy(payload: Payload) -> bool | None:
    region = payload["credentials"].get("region")
    if region is None:
        return None
    geography, _direction, _index = region.split("-")
    return bool(geography == "eu")


def residency_ok_fixed(payload: Payload) -> bool | None:
    region = _text(_credentials(payload), "region")
    if region is None or not region.strip():
        return None
    return region.strip().lower().split("-", 1)[0] == "eu"


# --------------------------------------------------------------------------------------------
# 7. Regulator audit: who removed a messaging integration.


def deletion_actor_buggy(payload: Payload) -> dict[str, str] | None:
    if not payload["deleted"]:
        return None
    return {
        "integration": payload["identifier"],
        "deleted_at": payload.get("deletedAt", ""),
        "deleted_by": payload["deletedBy"],
    }


def deletion_actor_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("deleted") is not True:
        return None
    identifier = _text(payload, "identifier") or ""
    return {
        "integration": identifier,
        "deleted_at": _text(payload, "deletedAt") or "",
        "deleted_by": _text(payload, "deletedBy") or "unknown (API key)",
    }


# --------------------------------------------------------------------------------------------
# 8. Retention purge: deleted integrations are kept for the regulator for eight years.

RETENTION = timedelta(days=8 * 365)


def retention_expired_buggy(payload: Payload) -> bool | None:
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    age = datetime.now(UTC) - datetime.fromisoformat(deleted_at)
    return age > RETENTION


def retention_expired_fixed(payload: Payload) -> bool | None:
    deleted_at = _text(payload, "deletedAt")
    if deleted_at is None:
        return None
    try:
        moment = datetime.fromisoformat(deleted_at.strip())
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return datetime.now(UTC) - moment > RETENTION
    except (ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------------------------
# 9. Urgent appeals: which blood groups an integration's conditions target.

LIST_OPERATORS = frozenset({"IN", "NOT_IN", "ANY_IN", "ALL_IN"})


def appeal_targets_buggy(payload: Payload) -> dict[str, list[str]]:
    targets: dict[str, list[str]] = {}
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in LIST_OPERATORS:
                targets[child["field"]] = [str(item) for item in json.loads(child["value"])]
    return targets


def _list_value(raw: str) -> list[str]:
    try:
        parsed = json.loads(raw)
    except (ValueError, RecursionError):
        parsed = None
    if isinstance(parsed, list):
        return [item if isinstance(item, str) else json.dumps(item) for item in parsed]
    return [part.strip() for part in raw.split(",") if part.strip()]


def appeal_targets_fixed(payload: Payload) -> dict[str, list[str]]:
    targets: dict[str, list[str]] = {}
    conditions = payload.get("conditions")
    for condition in conditions if isinstance(conditions, list) else []:
        children = condition.get("children") if isinstance(condition, dict) else None
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                continue
            operator, field, value = child.get("operator"), child.get("field"), child.get("value")
            if (
                isinstance(operator, str)
                and operator in LIST_OPERATORS
                and isinstance(field, str)
                and isinstance(value, str)
            ):
                targets[field] = _list_value(value)
    return targets


# --------------------------------------------------------------------------------------------
# 10. Admin dashboard: one badge per condition, "field OP value (+n more)".

OPERATOR_LABELS = {"EQUAL": "=", "NOT_EQUAL": "!=", "LARGER": ">", "SMALLER": "<", "IN": "in"}


def condition_badges_buggy(payload: Payload) -> list[str]:
    badges = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        head = children[0]
        badge = f"{head['field']} {OPERATOR_LABELS.get(head['operator'], head['operator'])} {head['value']}"
        if len(children) > 1:
            badge += f" ({condition['value'].lower()} {len(children) - 1} more)"
        badges.append(("NOT " if condition["isNegated"] else "") + badge)
    return badges


def condition_badges_fixed(payload: Payload) -> list[str]:
    badges = []
    conditions = payload.get("conditions")
    for condition in conditions if isinstance(conditions, list) else []:
        if not isinstance(condition, dict):
            continue
        raw_children = condition.get("children")
        children = [c for c in raw_children if isinstance(c, dict)] if isinstance(raw_children, list) else []
        if not children:
            badges.append("(empty condition)")
            continue
        head = children[0]
        operator = head.get("operator")
        label = OPERATOR_LABELS.get(operator, str(operator)) if isinstance(operator, str) else "?"
        badge = f"{head.get('field')} {label} {head.get('value')}"
        if len(children) > 1:
            joiner = condition.get("value")
            badge += f" ({str(joiner).lower()} {len(children) - 1} more)"
        badges.append(("NOT " if condition.get("isNegated") is True else "") + badge)
    return badges


# --------------------------------------------------------------------------------------------
# 11. Donor reminder sender selection: the primary e-mail/SMS integration sends.


def primary_sender_buggy(payload: Payload) -> str | None:
    if payload["channel"] not in ("email", "sms") or not payload["primary"]:
        return None
    assert payload["active"], f"primary integration {payload['identifier']} is not active"
    return str(payload["identifier"])


def primary_sender_fixed(payload: Payload) -> str | None:
    if payload.get("channel") not in ("email", "sms"):
        return None
    if payload.get("primary") is not True or payload.get("active") is not True:
        return None  # an inactive primary sends nothing; fall back to the next integration
    return _text(payload, "identifier")


# --------------------------------------------------------------------------------------------
# 12. Cold-chain alarm SMTP relay: render the relay's INI file from the custom SMTP integration.

SMTP_PROVIDERS = ("nodemailer", "outlook365")
SMTP_KEYS = ("host", "port", "user", "password", "from")


def smtp_relay_ini_buggy(payload: Payload) -> str | None:
    if payload["providerId"] not in SMTP_PROVIDERS:
        return None
    credentials = payload["credentials"]
    config = configparser.ConfigParser()
    config.add_section("relay")
    for key in SMTP_KEYS:
        if key in credentials:
            config.set("relay", key, credentials[key])
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


def smtp_relay_ini_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") not in SMTP_PROVIDERS:
        return None
    credentials = _credentials(payload)
    config = configparser.ConfigParser(interpolation=None)
    config.add_section("relay")
    for key in SMTP_KEYS:
        value = _text(credentials, key)
        if value is not None:
            config.set("relay", key, value)
    out = io.StringIO()
    config.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# 13. Regulator export: one line per integration in the inspectors' flat-file format.


def _regulator_row(payload: Payload) -> list[str]:
    return [
        str(payload.get("_organizationId", "")),
        str(payload.get("_environmentId", "")),
        str(payload.get("providerId", "")),
        str(payload.get("channel", "")),
        str(payload.get("name", "")),
        "deleted" if payload.get("deleted") is True else "live",
    ]


def regulator_line_buggy(payload: Payload) -> str:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_NONE, lineterminator="\n").writerow(_regulator_row(payload))
    return out.getvalue()


def regulator_line_fixed(payload: Payload) -> str:
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n").writerow(_regulator_row(payload))
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# 14. Hospital order gateway: XML envelope naming the sender hospitals will see.

_ENVELOPE = (
    "<OrderNotificationChannel>"
    "<Integration>{identifier}</Integration>"
    "<Sender>{sender}</Sender>"
    "</OrderNotificationChannel>"
)


def order_envelope_buggy(payload: Payload) -> str:
    sender = payload["credentials"].get("senderName", payload["name"])
    root = ET.fromstring(_ENVELOPE.format(identifier=payload["identifier"], sender=sender))
    ET.SubElement(root, "Issuer").text = "NRBS"
    return ET.tostring(root, encoding="unicode")


def order_envelope_fixed(payload: Payload) -> str:
    sender = _text(_credentials(payload), "senderName") or _text(payload, "name") or ""
    root = ET.Element("OrderNotificationChannel")
    ET.SubElement(root, "Integration").text = _text(payload, "identifier") or ""
    ET.SubElement(root, "Sender").text = sender
    ET.SubElement(root, "Issuer").text = "NRBS"
    return ET.tostring(root, encoding="unicode")


# --------------------------------------------------------------------------------------------
# 15. Cold-chain alarms: Grafana OnCall alerts are mirrored to the hospital pager gateway.

PAGER_MAX = 80


def pager_message_buggy(payload: Payload) -> bytes | None:
    if payload["providerId"] != "grafana-on-call":
        return None
    credentials = payload["credentials"]
    title = credentials.get("title") or payload["name"]
    message = f"COLD CHAIN {credentials.get('state', 'alerting').upper()}: {title}"
    return message.encode("ascii")[:PAGER_MAX]


def pager_message_fixed(payload: Payload) -> bytes | None:
    if payload.get("providerId") != "grafana-on-call":
        return None
    credentials = _credentials(payload)
    title = _text(credentials, "title") or _text(payload, "name") or ""
    state = _text(credentials, "state") or "alerting"
    message = f"COLD CHAIN {state.upper()}: {title}"
    return message.encode("ascii", "replace")[:PAGER_MAX]


# --------------------------------------------------------------------------------------------
# 16. Monitoring probe: how many private CA certificates each SMTP relay integration trusts.

_PEM_CERTIFICATE = re.compile(r"-----BEGIN CERTIFICATE-----")


def relay_ca_count_buggy(payload: Payload) -> int | None:
    tls_options = payload["credentials"].get("tlsOptions")
    if not tls_options or "ca" not in tls_options:
        return None
    return len(_PEM_CERTIFICATE.findall(tls_options["ca"]))


def relay_ca_count_fixed(payload: Payload) -> int | None:
    tls_options = _credentials(payload).get("tlsOptions")
    if not isinstance(tls_options, Mapping):
        return None
    ca = tls_options.get("ca")
    bundle = [ca] if isinstance(ca, str) else ca if isinstance(ca, list) else None
    if bundle is None:
        return None
    return sum(len(_PEM_CERTIFICATE.findall(pem)) for pem in bundle if isinstance(pem, str))


# --------------------------------------------------------------------------------------------
# Examples: contract-valid payloads that set each bug off.


def _example(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


_PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUNRBS\n-----END CERTIFICATE-----\n"

BLOODBANK_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="bloodbank_region_environment",
        bug="assumes GET /v1/integrations returns only the regional environments; it lists every "
        "environment of the organization (dev, staging, training)",
        buggy=region_route_buggy,
        fixed=region_route_fixed,
        raises=(KeyError,),
        example=_example({"_environmentId": "6615a3c2f1e2d3c4b5a697ff"}),
    ),
    ConsumerCase(
        name="bloodbank_sms_sender_number",
        bug="assumes an SMS integration's credentials.from is a phone number; UK senders are often "
        "alphanumeric sender ids or messaging-service ids",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Twilio",
                "identifier": "twilio-Qm3vT0aZ",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC00000000000000000000000000000001",
                    "token": "fake-token-0001",
                    "from": "GiveBlood",
                },
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_fcm_service_account",
        bug="assumes credentials.serviceAccount is always decrypted JSON; write replies carry the "
        "encrypted nvsk.<iv>:<cipher> form",
        buggy=fcm_send_url_buggy,
        fixed=fcm_send_url_fixed,
        raises=(json.JSONDecodeError,),
        example=_example(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-p7Hq2LrX",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": "nvsk.5f0c1a9e2b7d4c3a:9e8d7c6b5a4f3e2d1c0b"},
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_push_application_uuid",
        bug="assumes every push credentials.applicationId is a OneSignal UUID; APNs holds a bundle id, "
        "Pushpad a numeric project id",
        buggy=push_app_key_buggy,
        fixed=push_app_key_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "APNs",
                "identifier": "ap-ns-R2d9KxLm",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "secretKey": "-----BEGIN PRIVATE KEY-----\nMIGTAgEAfake\n-----END PRIVATE KEY-----",
                    "apiKey": "ABC123DEFG",
                    "projectName": "TEAM123456",
                    "applicationId": "org.northbridge.giveblood",
                    "secure": True,
                },
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_webhook_hex_secret",
        bug="assumes a webhook integration's credentials.secretKey is hex; secrets are free-form strings",
        buggy=order_signature_buggy,
        fixed=order_signature_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Zt81sQw0",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "https://orders.st-james-hospital.example/novu",
                    "secretKey": "whsec_Q9sd7Hh2Lk",
                },
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_residency_region",
        bug="assumes credentials.region is an AWS-style geo-direction-n triple; SparkPost uses 'eu'/'us', "
        "AWS also has 'us-gov-west-1'",
        buggy=residency_ok_buggy,
        fixed=residency_ok_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "SparkPost",
                "identifier": "spark-post-Wq2b8NcE",
                "providerId": "sparkpost",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "region": "eu",
                    "from": "donors@northbridge-blood.example",
                    "senderName": "Give Blood Northbridge",
                },
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_deleted_by",
        bug="assumes a deleted integration always carries deletedBy; the server sets deletedAt only",
        buggy=deletion_actor_buggy,
        fixed=deletion_actor_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True, "active": False, "deletedAt": "2025-03-02T09:15:00.000Z"}),
    ),
    ConsumerCase(
        name="bloodbank_retention_naive_deleted_at",
        bug="assumes deletedAt carries a UTC offset; naive timestamps (no 'Z'/offset) cannot be "
        "subtracted from an aware now",
        buggy=retention_expired_buggy,
        fixed=retention_expired_fixed,
        raises=(TypeError,),
        example=_example({"deleted": True, "active": False, "deletedAt": "2016-11-08T14:30:00"}),
    ),
    ConsumerCase(
        name="bloodbank_appeal_list_value",
        bug="assumes list-operator condition values (IN, ANY_IN, ...) are JSON arrays; the dashboard "
        "stores comma-separated text like 'O-,B-'",
        buggy=appeal_targets_buggy,
        fixed=appeal_targets_fixed,
        raises=(json.JSONDecodeError,),
        example=_example(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.data.bloodGroup",
                                "value": "O-,B-",
                                "operator": "IN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_condition_no_children",
        bug="assumes every condition has at least one child; children may be an empty list",
        buggy=condition_badges_buggy,
        fixed=condition_badges_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "STATEMENT", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="bloodbank_inactive_primary",
        bug="assumes a primary integration is active; primary: true with active: false is valid "
        "(set-primary leaves inactive primaries alone)",
        buggy=primary_sender_buggy,
        fixed=primary_sender_fixed,
        raises=(AssertionError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="bloodbank_smtp_ini_percent",
        bug="writes SMTP credentials through ConfigParser's interpolation; passwords containing '%' "
        "are rejected",
        buggy=smtp_relay_ini_buggy,
        fixed=smtp_relay_ini_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Lr0w4Pj9",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.northbridge-blood.example",
                    "port": "587",
                    "user": "coldchain-alarms",
                    "password": "Fr1dge%Alarm",
                    "secure": False,
                    "from": "coldchain@northbridge-blood.example",
                    "senderName": "Cold Chain Monitor",
                },
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_regulator_unquoted_csv",
        bug="writes the regulator export with QUOTE_NONE, assuming names never contain a comma, quote "
        "or line break",
        buggy=regulator_line_buggy,
        fixed=regulator_line_fixed,
        raises=(csv.Error,),
        example=_example({"name": "Donor reminders, North West"}),
    ),
    ConsumerCase(
        name="bloodbank_order_xml_sender",
        bug="templates credentials.senderName into XML unescaped; sender names with '&' or '<' "
        "break the parse",
        buggy=order_envelope_buggy,
        fixed=order_envelope_fixed,
        raises=(ET.ParseError,),
        example=_example(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "orders@northbridge-blood.example",
                    "senderName": "Blood & Transplant Orders",
                }
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_pager_ascii_title",
        bug="encodes the Grafana OnCall title as strict ASCII for the pager gateway; titles hold en "
        "dashes, curly quotes, accents",
        buggy=pager_message_buggy,
        fixed=pager_message_fixed,
        raises=(UnicodeEncodeError,),
        example=_example(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-Hc5m1TzQ",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
                "credentials": {
                    "alertUid": "coldchain-leeds-07",
                    "title": "Platelet agitator 2 \u2013 temperature out of range",
                    "state": "alerting",
                },
            }
        ),
    ),
    ConsumerCase(
        name="bloodbank_tls_ca_list",
        bug="assumes credentials.tlsOptions.ca is one PEM string; the free-form Node TLS options also "
        "take an array of PEM strings",
        buggy=relay_ca_count_buggy,
        fixed=relay_ca_count_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Ve7yN2kB",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.northbridge-blood.example",
                    "port": "465",
                    "secure": True,
                    "tlsOptions": {"rejectUnauthorized": True, "ca": [_PEM, _PEM]},
                    "from": "coldchain@northbridge-blood.example",
                    "senderName": "Cold Chain Monitor",
                },
            }
        ),
    ),
)
