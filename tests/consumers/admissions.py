"""Admissions messaging: how Northfield University's admissions office reads its Novu integrations.

The Office of Undergraduate Admissions runs "admit-notify", a small platform that tells applicants
where their file stands. It reads every item of ``GET /v1/integrations`` and feeds it to:

* the **status e-mail** sender (application received, missing documents, decision letters);
* the **interview-slot SMS** scheduler, which texts applicants their interview time and room;
* the **applicant portal**, whose bell icon is Novu's in-app Inbox;
* **push** to the "Northfield Admit" mobile app (Firebase for Android, APNs for iOS);
* the nightly **CRM sync** that mirrors each messaging vendor into the admissions CRM;
* the **compliance export** the registrar's office files every term: each messaging vendor, where its
  data lives, which credentials exist (redacted);
* the **environment migration** that promotes integrations from staging to production before the
  application season opens, plus the INI/YAML files the ops team keeps in git;
* a **monitoring probe**, a delivery-receipt **webhook relay** and a per-vendor client **cache**.

Each consumer below comes twice: ``*_buggy`` is the version that shipped (it works on the payload its
author tried, ``HAPPY_PATH``) and holds one wrong assumption about the data; ``*_fixed`` is the
reviewed version, which honours the contract and never raises on a valid item.
"""

from __future__ import annotations

import configparser
import copy
import hashlib
import http.client
import io
import json
from datetime import datetime
from email.utils import formataddr
from typing import Any
from urllib.parse import urlsplit

import yaml

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

__all__ = ["ADMISSIONS_BUGS", "HAPPY_PATH"]


# --------------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------------


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing (newer API versions may omit it)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _str_credential(payload: Payload, key: str) -> str | None:
    value = _credentials(payload).get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [group for group in conditions if isinstance(group, dict)]


def _children(group: dict[str, Any]) -> list[dict[str, Any]]:
    children = group.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _clean_text(text: str) -> str:
    """Lone surrogates cannot be encoded by any codec; replace them (and CR/LF) before building headers."""
    cleaned = text.encode("utf-8", "replace").decode("utf-8")
    return cleaned.replace("\r", " ").replace("\n", " ")


def _variant(
    changes: dict[str, Any] | None = None,
    *,
    credentials: dict[str, Any] | None = None,
    drop: tuple[str, ...] = (),
) -> Payload:
    """A copy of ``HAPPY_PATH`` with a few fields changed (used for the examples)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes or {}))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(credentials)
    for key in drop:
        payload.pop(key, None)
    return payload


# --------------------------------------------------------------------------------------------------
# 1. Status e-mails: the From header of decision letters
# --------------------------------------------------------------------------------------------------


def status_email_from_buggy(payload: Payload) -> bytes | None:
    credentials = payload["credentials"]
    if payload["channel"] != "email" or "from" not in credentials:
        return None
    display = credentials.get("senderName", payload["name"])
    header = f"From: {display} <{credentials['from']}>\r\n"
    # Our relay speaks plain SMTP (no SMTPUTF8), so headers go out as 7-bit ASCII.
    return header.encode("ascii")


def status_email_from_fixed(payload: Payload) -> bytes | None:
    if payload.get("channel") != "email":
        return None
    address = _str_credential(payload, "from")
    if address is None:
        return None
    address = _clean_text(address).strip()
    if not address or not address.isascii():
        return None  # an internationalised mailbox needs SMTPUTF8, which the relay lacks
    sender_name = _str_credential(payload, "senderName")
    if sender_name is None:
        name = payload.get("name")
        sender_name = name if isinstance(name, str) else ""
    display = _clean_text(sender_name)
    # formataddr RFC 2047-encodes a non-ASCII display name.
    return f"From: {formataddr((display, address), charset='utf-8')}\r\n".encode("ascii")


# --------------------------------------------------------------------------------------------------
# 2. Interview-slot SMS: who the text comes from
# --------------------------------------------------------------------------------------------------


def interview_sms_sender_buggy(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    number = int(sender.lstrip("+"))  # E.164, e.g. +14155550100
    return {"type": "msisdn", "value": f"+{number}"}


def interview_sms_sender_fixed(payload: Payload) -> dict[str, str] | None:
    if payload.get("channel") != "sms":
        return None
    sender = _str_credential(payload, "from")
    if sender is None:
        return None
    sender = sender.strip()
    digits = sender[1:] if sender.startswith("+") else sender
    if digits and digits.isascii() and digits.isdigit():
        return {"type": "msisdn", "value": f"+{digits}"}
    if sender:
        return {"type": "alphanumeric", "value": sender}
    return None


# --------------------------------------------------------------------------------------------------
# 3. Applicant portal: the Inbox widget configuration
# --------------------------------------------------------------------------------------------------


def portal_inbox_config_buggy(payload: Payload) -> dict[str, object] | None:
    if payload["channel"] != "in_app":
        return None
    credentials = payload["credentials"]
    return {
        "environment": payload["_environmentId"],
        "integration": payload["identifier"],
        "requireSubscriberHash": credentials["hmac"],
    }


def portal_inbox_config_fixed(payload: Payload) -> dict[str, object] | None:
    if payload.get("channel") != "in_app":
        return None
    return {
        "environment": payload.get("_environmentId"),
        "integration": payload.get("identifier"),
        "requireSubscriberHash": _credentials(payload).get("hmac") is True,
    }


# --------------------------------------------------------------------------------------------------
# 4. Push to the mobile app: which Firebase project the Android build talks to
# --------------------------------------------------------------------------------------------------


def push_fcm_project_buggy(payload: Payload) -> str | None:
    if payload["providerId"] != "fcm":
        return None
    account = json.loads(payload["credentials"].get("serviceAccount", "{}"))
    project = account.get("project_id")
    return str(project) if project is not None else None


def push_fcm_project_fixed(payload: Payload) -> str | None:
    if payload.get("providerId") != "fcm":
        return None
    raw = _str_credential(payload, "serviceAccount")
    if raw is None:
        return None
    try:
        # Key files pasted through a textarea often carry raw newlines inside private_key.
        account = json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------------------------------
# 5. Environment migration: promote staging integrations to production
# --------------------------------------------------------------------------------------------------

STAGING_ENVIRONMENT = "6615a3c2f1e2d3c4b5a69701"
PRODUCTION_ENVIRONMENT = "6615a3c2f1e2d3c4b5a697f0"
_ENVIRONMENT_NAMES = {STAGING_ENVIRONMENT: "staging", PRODUCTION_ENVIRONMENT: "production"}


def promotion_body_buggy(payload: Payload) -> dict[str, Any] | None:
    source = _ENVIRONMENT_NAMES[payload["_environmentId"]]
    if source != "staging":
        return None
    return {
        "providerId": payload["providerId"],
        "channel": payload["channel"],
        "name": payload["name"],
        "identifier": payload["identifier"],
        "credentials": dict(payload["credentials"]),
        "active": payload["active"],
        "conditions": list(payload.get("conditions", [])),
        "_environmentId": PRODUCTION_ENVIRONMENT,
    }


def promotion_body_fixed(payload: Payload) -> dict[str, Any] | None:
    # GET /v1/integrations lists every environment of the organisation (Development too).
    if _ENVIRONMENT_NAMES.get(payload.get("_environmentId", "")) != "staging":
        return None
    body: dict[str, Any] = {
        "providerId": payload.get("providerId"),
        "name": payload.get("name"),
        "identifier": payload.get("identifier"),
        "credentials": dict(_credentials(payload)),
        "active": payload.get("active") is True,
        "conditions": list(_conditions(payload)),
        "_environmentId": PRODUCTION_ENVIRONMENT,
    }
    if isinstance(payload.get("channel"), str):
        body["channel"] = payload["channel"]
    return body


# --------------------------------------------------------------------------------------------------
# 6. Compliance export: where each vendor keeps applicant data
# --------------------------------------------------------------------------------------------------

_JURISDICTIONS = {"us": "United States", "eu": "European Union", "ca": "Canada", "ap": "Asia Pacific"}


def residency_row_buggy(payload: Payload) -> dict[str, str] | None:
    region = payload["credentials"].get("region")
    if region is None:
        return None
    geography, _area, _index = region.split("-")  # AWS style: us-east-1
    return {
        "vendor": payload["providerId"],
        "region": region,
        "jurisdiction": _JURISDICTIONS.get(geography, "other"),
    }


def residency_row_fixed(payload: Payload) -> dict[str, str] | None:
    region = _str_credential(payload, "region")
    if region is None:
        return None
    geography = region.strip().split("-", 1)[0].lower()
    vendor = payload.get("providerId")
    return {
        "vendor": vendor if isinstance(vendor, str) else "",
        "region": region,
        "jurisdiction": _JURISDICTIONS.get(geography, "other"),
    }


# --------------------------------------------------------------------------------------------------
# 7. Monitoring probe: which vendor host the uptime checker pings
# --------------------------------------------------------------------------------------------------


def probe_target_buggy(payload: Payload) -> tuple[str, int] | None:
    base_url = payload["credentials"].get("baseUrl")
    if not base_url:
        return None
    parts = urlsplit(base_url)
    host = parts.hostname.rstrip(".")
    return host, parts.port or (80 if parts.scheme == "http" else 443)


def probe_target_fixed(payload: Payload) -> tuple[str, int] | None:
    base_url = _str_credential(payload, "baseUrl")
    if not base_url or not base_url.strip():
        return None
    base_url = base_url.strip()
    if "://" not in base_url:
        base_url = "https://" + base_url.lstrip("/")  # Infobip shows its base URL without a scheme
    try:
        parts = urlsplit(base_url)
        port = parts.port
    except ValueError:
        return None
    if not parts.hostname:
        return None
    return parts.hostname.rstrip("."), port or (80 if parts.scheme == "http" else 443)


# --------------------------------------------------------------------------------------------------
# 8. Ops repository: one INI section per integration
# --------------------------------------------------------------------------------------------------


def ini_section_buggy(payload: Payload) -> str:
    parser = configparser.ConfigParser()
    section = payload["identifier"]
    parser.add_section(section)
    parser.set(section, "provider", payload["providerId"])
    for key, value in sorted(payload["credentials"].items()):
        if isinstance(value, str):
            parser.set(section, key, value)
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


def ini_section_fixed(payload: Payload) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    identifier = payload.get("identifier")
    section = f"integration {identifier if isinstance(identifier, str) else ''}"
    parser.add_section(section)
    provider = payload.get("providerId")
    parser.set(section, "provider", provider if isinstance(provider, str) else "")
    for key, value in sorted(_credentials(payload).items()):
        if isinstance(key, str) and isinstance(value, str):
            parser.set(section, key, value)
    buffer = io.StringIO()
    parser.write(buffer)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------
# 9. Ops repository: the YAML manifest reviewed before each migration
# --------------------------------------------------------------------------------------------------


def yaml_manifest_buggy(payload: Payload) -> Any:
    text = (
        "integration:\n"
        f"  name: {payload['name']}\n"
        f"  identifier: {payload['identifier']}\n"
        f"  provider: {payload['providerId']}\n"
        f"  channel: {payload['channel']}\n"
    )
    return yaml.safe_load(text)["integration"]


def yaml_manifest_fixed(payload: Payload) -> str:
    document = {
        "integration": {
            key: payload[key]
            for key in ("name", "identifier", "providerId", "channel")
            if isinstance(payload.get(key), str)
        }
    }
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


# --------------------------------------------------------------------------------------------------
# 10. Admissions dashboard: "archived on" label for retired vendors
# --------------------------------------------------------------------------------------------------


def archived_label_buggy(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    stamp = payload.get("deletedAt")
    if stamp is None:
        return "archived"
    when = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ")  # what Date.toISOString() gives
    return f"archived on {when:%d %b %Y}"


def archived_label_fixed(payload: Payload) -> str | None:
    if payload.get("deleted") is not True:
        return None
    stamp = payload.get("deletedAt")
    if not isinstance(stamp, str):
        return "archived"
    try:
        when = datetime.fromisoformat(stamp.strip())
    except ValueError:
        return "archived"
    return f"archived on {when.day:02d} {when:%b} {when.year:04d}"


# --------------------------------------------------------------------------------------------------
# 11. Applicant segmentation: turning integration conditions into CRM segment rules
# --------------------------------------------------------------------------------------------------


def segment_rules_buggy(payload: Payload) -> list[tuple[str, str, str, str]]:
    rules = []
    for group in payload.get("conditions", []):
        for child in group["children"]:
            scope, attribute = child["field"].split(".")
            rules.append((scope, attribute, child["operator"], child["value"]))
    return rules


def segment_rules_fixed(payload: Payload) -> list[tuple[str, str, str, str]]:
    rules = []
    for group in _conditions(payload):
        for child in _children(group):
            field = child.get("field")
            on = child.get("on")
            if not isinstance(field, str):
                continue
            scope = on if isinstance(on, str) else ""
            head, dot, rest = field.partition(".")
            attribute = rest if dot and head in ("subscriber", "payload") else field
            operator, value = child.get("operator"), child.get("value")
            rules.append(
                (
                    scope,
                    attribute,
                    operator if isinstance(operator, str) else "",
                    value if isinstance(value, str) else "",
                )
            )
    return rules


# --------------------------------------------------------------------------------------------------
# 12. Delivery-receipt webhook relay: the request sent to the vendor's status API
# --------------------------------------------------------------------------------------------------

RELAY_HOST = "relay.admissions.northfield.example"


def receipt_request_buggy(payload: Payload) -> dict[str, str] | None:
    token = payload["credentials"].get("apiKey")
    if token is None:
        return None
    connection = http.client.HTTPConnection(RELAY_HOST, timeout=5)
    connection.putrequest("POST", "/v1/delivery-receipts", skip_accept_encoding=True)
    connection.putheader("Authorization", f"Bearer {token}")
    connection.close()
    return {"Authorization": f"Bearer {token}"}


def receipt_request_fixed(payload: Payload) -> dict[str, str] | None:
    token = _str_credential(payload, "apiKey")
    if token is None:
        return None
    token = token.strip()  # keys pasted into the dashboard often keep a trailing newline
    if not token or "\r" in token or "\n" in token:
        return None
    try:
        token.encode("latin-1")
    except UnicodeEncodeError:
        return None
    connection = http.client.HTTPConnection(RELAY_HOST, timeout=5)
    connection.putrequest("POST", "/v1/delivery-receipts", skip_accept_encoding=True)
    connection.putheader("Authorization", f"Bearer {token}")
    connection.close()
    return {"Authorization": f"Bearer {token}"}


# --------------------------------------------------------------------------------------------------
# 13. Vendor client cache: one SDK client per distinct credential set
# --------------------------------------------------------------------------------------------------


def client_cache_key_buggy(payload: Payload) -> int:
    credentials = payload["credentials"]
    return hash((payload["providerId"], frozenset(credentials.items())))


def _fingerprint(value: object) -> str:
    """A stable digest of a JSON value, built without recursion (nesting depth is unbounded)."""
    digest = hashlib.sha256()
    stack: list[tuple[bool, object]] = [(False, value)]
    while stack:
        is_key, item = stack.pop()
        if is_key:
            digest.update(b"k" + str(item).encode("utf-8", "surrogatepass") + b"\0")
        elif item is None:
            digest.update(b"n")
        elif isinstance(item, bool):
            digest.update(b"t" if item else b"f")
        elif isinstance(item, int):
            digest.update(b"i" + format(item, "x").encode("ascii") + b"\0")
        elif isinstance(item, float):
            digest.update(b"d" + repr(item).encode("ascii") + b"\0")
        elif isinstance(item, str):
            digest.update(b"s" + item.encode("utf-8", "surrogatepass") + b"\0")
        elif isinstance(item, dict):
            digest.update(b"{%d," % len(item))
            for key in sorted((str(k) for k in item), reverse=True):
                stack.append((False, item[key]))
                stack.append((True, key))
        elif isinstance(item, list):
            digest.update(b"[%d," % len(item))
            stack.extend((False, element) for element in reversed(item))
        else:
            digest.update(b"?" + type(item).__name__.encode("ascii"))
    return digest.hexdigest()


def client_cache_key_fixed(payload: Payload) -> str:
    provider = payload.get("providerId")
    return f"{provider if isinstance(provider, str) else ''}:{_fingerprint(_credentials(payload))}"


# --------------------------------------------------------------------------------------------------
# 14. Channel router: the default sender per channel
# --------------------------------------------------------------------------------------------------


def default_sender_buggy(payload: Payload) -> dict[str, str] | None:
    if not payload["primary"]:
        return None
    assert payload["active"], "a primary integration is always active"
    return {"channel": payload["channel"], "integration": payload["identifier"]}


def default_sender_fixed(payload: Payload) -> dict[str, str] | None:
    # set-primary leaves an inactive primary untouched, so primary does not imply active.
    if payload.get("primary") is not True or payload.get("active") is not True:
        return None
    channel, identifier = payload.get("channel"), payload.get("identifier")
    if not isinstance(channel, str) or not isinstance(identifier, str):
        return None
    return {"channel": channel, "integration": identifier}


# --------------------------------------------------------------------------------------------------
# 15. CRM sync: the CRM's external id is the identifier's short id
# --------------------------------------------------------------------------------------------------


def crm_external_id_buggy(payload: Payload) -> dict[str, str]:
    slug, short_id = payload["identifier"].split("-")
    return {"vendorSlug": slug, "externalId": short_id}


def crm_external_id_fixed(payload: Payload) -> dict[str, str]:
    identifier = payload.get("identifier")
    if not isinstance(identifier, str):
        return {"vendorSlug": "", "externalId": ""}
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        return {"vendorSlug": identifier, "externalId": identifier}
    return {"vendorSlug": slug, "externalId": short_id or identifier}


# --------------------------------------------------------------------------------------------------
# 16. Admin console: one-line summary of each condition group
# --------------------------------------------------------------------------------------------------

_OPERATOR_SYMBOLS = {
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "EQUAL": "=",
    "NOT_EQUAL": "!=",
    "ALL_IN": "all in",
    "ANY_IN": "any in",
    "NOT_IN": "not in",
    "BETWEEN": "between",
    "NOT_BETWEEN": "not between",
    "LIKE": "like",
    "NOT_LIKE": "not like",
    "IN": "in",
}


def condition_summary_buggy(payload: Payload) -> list[str]:
    lines = []
    for group in payload.get("conditions", []):
        children = group["children"]
        head = children[0]
        text = f"{head['field']} {_OPERATOR_SYMBOLS[head['operator']]} {head['value']}"
        if len(children) > 1:
            text += f" {group['value']} {len(children) - 1} more"
        lines.append(("NOT " if group["isNegated"] else "") + text)
    return lines


def condition_summary_fixed(payload: Payload) -> list[str]:
    lines = []
    for group in _conditions(payload):
        children = _children(group)
        prefix = "NOT " if group.get("isNegated") is True else ""
        if not children:
            lines.append(prefix + "(empty group)")
            continue
        head = children[0]
        operator = head.get("operator")
        symbol = _OPERATOR_SYMBOLS.get(operator, str(operator)) if isinstance(operator, str) else "?"
        text = f"{head.get('field', '')} {symbol} {head.get('value', '')}"
        if len(children) > 1:
            text += f" {group.get('value', 'AND')} {len(children) - 1} more"
        lines.append(prefix + text)
    return lines


# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

_FCM_SERVICE_ACCOUNT = (
    '{"type": "service_account", "project_id": "northfield-admit", '
    '"private_key_id": "0f1e2d3c4b5a69788", '
    '"private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n'
    '-----END PRIVATE KEY-----\n", '
    '"client_email": "firebase-adminsdk@northfield-admit.iam.gserviceaccount.com"}'
)

ADMISSIONS_BUGS: tuple[ConsumerCase, ...] = (
    ConsumerCase(
        name="admissions_status_email_ascii_sender",
        bug="senderName is plain ASCII, so the raw From header can be encoded as 7-bit ASCII",
        buggy=status_email_from_buggy,
        fixed=status_email_from_fixed,
        raises=(UnicodeEncodeError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "admissions@northfield.example",
                "senderName": "Université de Northfield \u2013 Admissions",
            }
        ),
    ),
    ConsumerCase(
        name="admissions_interview_sms_numeric_sender",
        bug="the SMS 'from' is always an E.164 phone number, never an alphanumeric sender ID",
        buggy=interview_sms_sender_buggy,
        fixed=interview_sms_sender_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Termii",
                "identifier": "termii-Q2w9eRt1",
                "providerId": "termii",
                "channel": "sms",
                "conditions": [],
            },
            credentials={"apiKey": "fake-termii-key", "from": "NFU Admit"},
        ),
    ),
    ConsumerCase(
        name="admissions_portal_inbox_hmac_flag",
        bug="the in-app integration always carries credentials.hmac; a fresh Inbox has credentials {}",
        buggy=portal_inbox_config_buggy,
        fixed=portal_inbox_config_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-aB3dE5fG",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="admissions_push_fcm_strict_json",
        bug="serviceAccount is strict JSON; pasted key files keep raw newlines inside private_key",
        buggy=push_fcm_project_buggy,
        fixed=push_fcm_project_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Zx81_kQ",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={"serviceAccount": _FCM_SERVICE_ACCOUNT},
        ),
    ),
    ConsumerCase(
        name="admissions_migration_unknown_environment",
        bug="GET /v1/integrations returns only staging and production; it lists every environment",
        buggy=promotion_body_buggy,
        fixed=promotion_body_fixed,
        raises=(KeyError,),
        example=_variant({"_environmentId": "6615a3c2f1e2d3c4b5a697d3"}),
    ),
    ConsumerCase(
        name="admissions_residency_region_split",
        bug="credentials.region is always AWS-shaped 'geo-area-n'; SparkPost uses 'eu'/'us'",
        buggy=residency_row_buggy,
        fixed=residency_row_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "SparkPost", "identifier": "spark-post-r4T7yU1i", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-sparkpost-key",
                "region": "eu",
                "from": "admissions@northfield.example",
                "senderName": "Northfield Admissions",
            },
        ),
    ),
    ConsumerCase(
        name="admissions_probe_schemeless_base_url",
        bug="baseUrl always has a scheme; Infobip base URLs are often pasted as bare host names",
        buggy=probe_target_buggy,
        fixed=probe_target_fixed,
        raises=(AttributeError,),
        example=_variant(
            {
                "name": "Infobip",
                "identifier": "infobip-Lm2Np4Qr",
                "providerId": "infobip-sms",
                "channel": "sms",
                "primary": False,
            },
            credentials={
                "apiKey": "fake-infobip-key",
                "baseUrl": "k3j9dq.api.infobip.com",
                "from": "NorthfieldU",
            },
        ),
    ),
    ConsumerCase(
        name="admissions_ini_percent_in_value",
        bug="credential values never contain '%', which ConfigParser's default interpolation rejects",
        buggy=ini_section_buggy,
        fixed=ini_section_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Hy6Tg5Rf",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={
                "webhookUrl": "https://hooks.northfield.example/novu/push?sig=q%2Bx%3D",
                "secretKey": "fake-webhook-secret",
            },
        ),
    ),
    ConsumerCase(
        name="admissions_yaml_templated_name",
        bug="names are plain YAML scalars, so an f-string manifest parses; ': ' or a leading '[' breaks it",
        buggy=yaml_manifest_buggy,
        fixed=yaml_manifest_fixed,
        raises=(yaml.YAMLError,),
        example=_variant({"name": "Admissions: Decision Letters"}),
    ),
    ConsumerCase(
        name="admissions_archived_strptime_format",
        bug="deletedAt always has toISOString's shape (milliseconds and a literal Z)",
        buggy=archived_label_buggy,
        fixed=archived_label_fixed,
        raises=(ValueError,),
        example=_variant({"deleted": True, "deletedAt": "2025-03-14T09:26:53+00:00", "active": False}),
    ),
    ConsumerCase(
        name="admissions_segment_field_two_parts",
        bug="every condition field is 'scope.attribute'; the builder sends bare names like 'firstName'",
        buggy=segment_rules_buggy,
        fixed=segment_rules_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {"field": "firstName", "value": "Ana", "operator": "EQUAL", "on": "subscriber"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="admissions_relay_key_trailing_newline",
        bug="API keys are clean one-line tokens; a pasted trailing newline is an illegal header value",
        buggy=receipt_request_buggy,
        fixed=receipt_request_fixed,
        raises=(ValueError,),
        example=_variant(
            credentials={
                "apiKey": "SG.fake-api-key-0001\n",
                "from": "no-reply@example.com",
                "senderName": "Example Inc",
            }
        ),
    ),
    ConsumerCase(
        name="admissions_client_cache_unhashable",
        bug="every credential value is a hashable scalar; nodemailer's tlsOptions is a JSON object",
        buggy=client_cache_key_buggy,
        fixed=client_cache_key_fixed,
        raises=(TypeError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Pq9Rs8Tu", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.northfield.example",
                "port": "587",
                "user": "admissions",
                "password": "fake-smtp-password",
                "secure": False,
                "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
                "from": "admissions@northfield.example",
                "senderName": "Northfield Admissions",
            },
        ),
    ),
    ConsumerCase(
        name="admissions_primary_implies_active",
        bug="a primary integration is always active; inactive primaries are left in place by the server",
        buggy=default_sender_buggy,
        fixed=default_sender_fixed,
        raises=(AssertionError,),
        example=_variant({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="admissions_crm_identifier_one_dash",
        bug="identifier has exactly one dash ('<slug>-<shortid>'); multi-word slugs and shortids have more",
        buggy=crm_external_id_buggy,
        fixed=crm_external_id_fixed,
        raises=(ValueError,),
        example=_variant({"identifier": "send-grid-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="admissions_condition_summary_empty_group",
        bug="every condition group has at least one child; an empty children array is allowed",
        buggy=condition_summary_buggy,
        fixed=condition_summary_fixed,
        raises=(IndexError,),
        example=_variant(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
)
