"""Sixteen internal developer-platform consumers of ``GET /v1/integrations`` items, each with one bug.

Theme: the code an internal developer-platform team runs against the Novu integrations list: a
service catalog sync, a secrets-manager sync, a config-as-code diff tool, a cost allocation job, an
incident-paging bridge for Slack, an SMTP relay config generator, an SMS sender registry, a push
certificate expiry checker, a search indexer, a changelog digest, a Prometheus exporter and a
backup/restore job.

Every buggy consumer works on ``HAPPY_PATH`` but relies on something the contract does not
guarantee; its ``fixed`` control accepts everything the contract allows. The cases were written
from the contract documentation alone (the seed DTO page, CONTRACT.md, SERVER-SEMANTICS.md and
providers.json), without looking at the data generator, so they measure how well it finds bugs it
was not tuned for.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` if it is missing or not an object (defensive controls only)."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    return value if isinstance(value, str) else default


# 1. Secrets-manager sync: Twilio ---------------------------------------------------------------


def secrets_sync_twilio_buggy(payload: Payload) -> object:
    """Mirror Twilio credentials into the secrets manager, keyed by account SID."""
    if payload["providerId"] != "twilio":
        return None
    credentials = payload["credentials"]
    account_sid = credentials["accountSid"]
    path = f"novu/{payload['_environmentId']}/twilio/{account_sid}"
    secret = {"token": credentials.get("token", ""), "from": credentials.get("from", "")}
    return {"path": path, "secret": secret}


def secrets_sync_twilio_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "twilio":
        return None
    credentials = _creds(payload)
    account_sid = _text(credentials.get("accountSid")) or "unassigned"
    path = f"novu/{_text(payload.get('_environmentId'))}/twilio/{account_sid}"
    secret = {"token": _text(credentials.get("token")), "from": _text(credentials.get("from"))}
    return {"path": path, "secret": secret}


# 2. SMTP relay config generator: nodemailer port -----------------------------------------------


def smtp_relay_port_buggy(payload: Payload) -> object:
    """Render a Postfix relayhost line for the nodemailer (custom SMTP) integration."""
    if payload["providerId"] != "nodemailer":
        return None
    credentials = payload["credentials"]
    port = int(credentials.get("port", "587"))
    return f"relayhost = [{credentials.get('host', 'localhost')}]:{port}"


def smtp_relay_port_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "nodemailer":
        return None
    credentials = _creds(payload)
    default = 465 if credentials.get("secure") is True else 587
    raw = credentials.get("port")
    port = default
    if isinstance(raw, str):
        try:
            port = int(raw)
        except ValueError:
            port = default
    if not 0 < port < 65536:
        port = default
    host = _text(credentials.get("host")) or "localhost"
    return f"relayhost = [{host}]:{port}"


# 3. Push certificate expiry checker: APNs .p8 key ----------------------------------------------


def push_cert_apns_buggy(payload: Payload) -> object:
    """Decode the APNs auth key (PEM body) to fingerprint it for the expiry/rotation report."""
    if payload["providerId"] != "apns":
        return None
    credentials = payload["credentials"]
    pem = credentials.get("secretKey", "")
    body = "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))
    der = base64.b64decode(body, validate=True)
    return {"keyId": credentials.get("apiKey"), "bundle": credentials.get("applicationId"), "bytes": len(der)}


def push_cert_apns_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "apns":
        return None
    credentials = _creds(payload)
    pem = _text(credentials.get("secretKey"))
    body = "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))
    try:
        size: int | None = len(base64.b64decode(body, validate=True))
    except ValueError:
        size = None
    return {"keyId": credentials.get("apiKey"), "bundle": credentials.get("applicationId"), "bytes": size}


# 4. Incident-paging bridge: Slack redirect URL -------------------------------------------------


def paging_bridge_slack_buggy(payload: Payload) -> object:
    """Check that the Slack app used for paging redirects to a trusted host."""
    if payload["providerId"] != "slack":
        return None
    credentials = payload["credentials"]
    redirect = credentials.get("redirectUrl", "https://hooks.slack.com/")
    host = urlsplit(redirect).hostname.lower()
    trusted = host == "slack.com" or host.endswith(".slack.com")
    return {"app": credentials.get("applicationId"), "trusted": trusted}


def paging_bridge_slack_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "slack":
        return None
    credentials = _creds(payload)
    redirect = _text(credentials.get("redirectUrl"), "https://hooks.slack.com/")
    try:
        host = (urlsplit(redirect).hostname or "").lower()
    except ValueError:
        host = ""
    trusted = host == "slack.com" or host.endswith(".slack.com")
    return {"app": credentials.get("applicationId"), "trusted": trusted}


# 5. SMS sender registry: Telnyx messaging profile ----------------------------------------------


def sms_registry_telnyx_buggy(payload: Payload) -> object:
    """Register the Telnyx sender number under its messaging profile UUID."""
    if payload["providerId"] != "telnyx":
        return None
    credentials = payload["credentials"]
    profile_id = credentials.get("messageProfileId")
    profile = str(uuid.UUID(profile_id)) if profile_id else None
    return {"sender": credentials.get("from"), "profile": profile}


def sms_registry_telnyx_fixed(payload: Payload) -> object:
    if payload.get("providerId") != "telnyx":
        return None
    credentials = _creds(payload)
    profile_id = _text(credentials.get("messageProfileId"))
    profile: str | None = None
    if profile_id:
        try:
            profile = str(uuid.UUID(profile_id))
        except ValueError:
            profile = profile_id
    return {"sender": credentials.get("from"), "profile": profile}


# 6. SMTP relay config generator: free-form tlsOptions ------------------------------------------


def smtp_relay_tls_buggy(payload: Payload) -> object:
    """Translate the integration's Node-style tlsOptions into Postfix TLS settings."""
    tls = payload["credentials"].get("tlsOptions") or {}
    min_version = tls.get("minVersion", "TLSv1.2")
    verify = "secure" if tls.get("rejectUnauthorized", True) else "may"
    return f"smtp_tls_security_level = {verify}\nsmtp_tls_protocols = >={min_version.replace('v', '')}"


def smtp_relay_tls_fixed(payload: Payload) -> object:
    tls = _creds(payload).get("tlsOptions")
    if not isinstance(tls, dict):
        tls = {}
    min_version = tls.get("minVersion")
    if not isinstance(min_version, str) or not min_version:
        min_version = "TLSv1.2"
    verify = "may" if tls.get("rejectUnauthorized") is False else "secure"
    return f"smtp_tls_security_level = {verify}\nsmtp_tls_protocols = >={min_version.replace('v', '')}"


# 7. Cost allocation: team from the identifier slug ---------------------------------------------


def cost_allocation_identifier_buggy(payload: Payload) -> object:
    """Charge the integration to the team named by the first word of its identifier slug."""
    slug, _short_id = payload["identifier"].rsplit("-", 1)
    team = slug.split("-")[0] or "unallocated"
    return {"team": team, "channel": payload["channel"]}


def cost_allocation_identifier_fixed(payload: Payload) -> object:
    identifier = _text(payload.get("identifier"))
    slug = identifier.rpartition("-")[0] if "-" in identifier else identifier
    team = slug.split("-")[0] or "unallocated"
    return {"team": team, "channel": payload.get("channel")}


# 8. Prometheus exporter: label values ----------------------------------------------------------


def prometheus_exporter_buggy(payload: Payload) -> object:
    """One exposition line per integration, written to the textfile collector as ASCII bytes."""
    labels = {"provider": payload["providerId"], "channel": payload["channel"], "name": payload["name"]}
    rendered = ",".join(f'{key}="{value}"' for key, value in labels.items())
    line = f"novu_integration_active{{{rendered}}} {int(payload['active'])}\n"
    return line.encode("ascii")


def _prom_escape(value: object) -> str:
    return _text(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def prometheus_exporter_fixed(payload: Payload) -> object:
    labels = {
        "provider": payload.get("providerId"),
        "channel": payload.get("channel"),
        "name": payload.get("name"),
    }
    rendered = ",".join(f'{key}="{_prom_escape(value)}"' for key, value in labels.items())
    line = f"novu_integration_active{{{rendered}}} {int(payload.get('active') is True)}\n"
    return line.encode("utf-8", "backslashreplace")


# 9. Backup/restore: dated path from the ObjectId -----------------------------------------------


def backup_path_buggy(payload: Payload) -> object:
    """File each integration under the creation date encoded in its MongoDB ObjectId."""
    object_id = payload["_id"]
    created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
    return f"backups/integrations/{created:%Y/%m/%d}/{object_id}.json"


def backup_path_fixed(payload: Payload) -> object:
    object_id = payload.get("_id")
    if isinstance(object_id, str) and re.fullmatch(r"[0-9a-fA-F]{24}", object_id):
        created = datetime.fromtimestamp(int(object_id[:8], 16), tz=UTC)
        return f"backups/integrations/{created:%Y/%m/%d}/{object_id}.json"
    key = json.dumps([payload.get("_environmentId"), payload.get("identifier")], default=str)
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"backups/integrations/undated/{digest}.json"


# 10. Changelog digest: deletion timestamps -----------------------------------------------------


def changelog_digest_buggy(payload: Payload) -> object:
    """A digest line for removed integrations, dated from deletedAt when the API sends it."""
    if not payload["deleted"]:
        return None
    deleted_at = payload.get("deletedAt")
    when = datetime.strptime(deleted_at, "%Y-%m-%dT%H:%M:%S.%fZ") if deleted_at else None
    suffix = f" on {when:%d %b %Y}" if when else ""
    return f"- {payload['name']} ({payload['providerId']}) was removed{suffix}"


def changelog_digest_fixed(payload: Payload) -> object:
    if payload.get("deleted") is not True:
        return None
    deleted_at = _text(payload.get("deletedAt"))
    suffix = ""
    if deleted_at:
        try:
            suffix = f" on {datetime.fromisoformat(deleted_at):%d %b %Y}"
        except ValueError:
            suffix = f" at {deleted_at[:64]!r}"
    return f"- {_text(payload.get('name'))} ({_text(payload.get('providerId'))}) was removed{suffix}"


# 11. Search indexer: name tokens ---------------------------------------------------------------


def search_indexer_buggy(payload: Payload) -> object:
    """Index document for the internal search, with a prefix facet taken from the name."""
    name = payload["name"]
    return {
        "id": payload.get("_id") or payload["identifier"],
        "title": name,
        "prefix": name.split()[0].lower(),
        "tags": [payload["channel"], payload["providerId"]],
    }


def search_indexer_fixed(payload: Payload) -> object:
    name = _text(payload.get("name"))
    words = name.split()
    return {
        "id": payload.get("_id") or payload.get("identifier"),
        "title": name,
        "prefix": words[0].lower() if words else "",
        "tags": [payload.get("channel"), payload.get("providerId")],
    }


# 12. Config-as-code export: optional conditions ------------------------------------------------


def config_export_buggy(payload: Payload) -> object:
    """Export the integration as the YAML-ish dict the config-as-code repo stores."""
    return {
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "active": payload["active"],
        "conditions": [
            {"join": cond["value"], "negated": cond["isNegated"], "rules": len(cond["children"])}
            for cond in payload["conditions"]
        ],
    }


def config_export_fixed(payload: Payload) -> object:
    conditions = payload.get("conditions")
    items = conditions if isinstance(conditions, list) else []
    return {
        "identifier": payload.get("identifier"),
        "provider": payload.get("providerId"),
        "active": payload.get("active"),
        "conditions": [
            {
                "join": cond.get("value"),
                "negated": cond.get("isNegated"),
                "rules": len(cond["children"]) if isinstance(cond.get("children"), list) else 0,
            }
            for cond in items
            if isinstance(cond, dict)
        ],
    }


# 13. Service catalog: status from active/primary -----------------------------------------------

_STATUS = {(True, True): "default", (True, False): "standby", (False, False): "disabled"}


def service_catalog_status_buggy(payload: Payload) -> object:
    """Catalog status of an integration from its active and primary flags."""
    status = _STATUS[(payload["active"], payload["primary"])]
    return {"component": payload["identifier"], "status": status}


def service_catalog_status_fixed(payload: Payload) -> object:
    active, primary = payload.get("active") is True, payload.get("primary") is True
    status = _STATUS.get((active, primary), "disabled-primary")
    return {"component": payload.get("identifier"), "status": status}


# 14. Config-as-code diff: condition operators --------------------------------------------------

_OPS = {
    "EQUAL": "==",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "in",
    "NOT_IN": "not in",
}


def config_diff_conditions_buggy(payload: Payload) -> object:
    """Render the routing conditions as readable expressions for the diff view."""
    lines = []
    for cond in payload.get("conditions", []):
        joiner = f" {cond['value'].lower()} "
        parts = [
            f"{child['on']}.{child['field']} {_OPS[child['operator']]} {json.dumps(child['value'])}"
            for child in cond["children"]
        ]
        lines.append(("not " if cond["isNegated"] else "") + f"({joiner.join(parts)})")
    return lines


def config_diff_conditions_fixed(payload: Payload) -> object:
    conditions = payload.get("conditions")
    lines = []
    for cond in conditions if isinstance(conditions, list) else []:
        if not isinstance(cond, dict):
            continue
        joiner = f" {_text(cond.get('value'), 'and').lower()} "
        children = cond.get("children")
        parts = []
        for child in children if isinstance(children, list) else []:
            if not isinstance(child, dict):
                continue
            operator = _text(child.get("operator"))
            symbol = _OPS.get(operator, operator.lower().replace("_", " "))
            value = json.dumps(child.get("value"))
            parts.append(f"{_text(child.get('on'))}.{_text(child.get('field'))} {symbol} {value}")
        lines.append(("not " if cond.get("isNegated") is True else "") + f"({joiner.join(parts)})")
    return lines


# 15. Cost allocation: per-channel unit cost ----------------------------------------------------

_UNIT_COST = {"email": 0.0001, "sms": 0.0075, "push": 0.00002, "chat": 0.0}


def cost_allocation_channel_buggy(payload: Payload) -> object:
    """Unit cost of a message sent through this integration, by channel."""
    return {"integration": payload["identifier"], "unit_cost": _UNIT_COST[payload["channel"]]}


def cost_allocation_channel_fixed(payload: Payload) -> object:
    channel = _text(payload.get("channel"))
    return {"integration": payload.get("identifier"), "unit_cost": _UNIT_COST.get(channel, 0.0)}


# 16. Service catalog: internal DNS name from the identifier ------------------------------------


def service_catalog_dns_buggy(payload: Payload) -> object:
    """Internal DNS name the catalog publishes for each integration."""
    label = payload["identifier"].lower()
    fqdn = f"{label}.{payload['channel'].replace('_', '-')}.integrations.internal"
    return fqdn.encode("idna").decode("ascii")


def _dns_label(value: str) -> str:
    label = re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-")[:63].strip("-")
    return label or "integration"


def service_catalog_dns_fixed(payload: Payload) -> object:
    label = _dns_label(_text(payload.get("identifier")))
    channel = _dns_label(_text(payload.get("channel")))
    return f"{label}.{channel}.integrations.internal"


PLATFORM_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="secrets_sync_twilio_account_sid",
        bug="Assumes a Twilio integration always carries credentials.accountSid; every key is optional.",
        buggy=secrets_sync_twilio_buggy,
        fixed=secrets_sync_twilio_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Hq3zX9a",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"token": "fake-token-0002", "from": "+15550100"},
            }
        ),
    ),
    ConsumerCase(
        name="smtp_relay_nodemailer_port",
        bug="Parses the nodemailer port string with int(); the port is any string, e.g. empty.",
        buggy=smtp_relay_port_buggy,
        fixed=smtp_relay_port_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-P0k1Lm2",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "",
                    "from": "ops@example.com",
                    "senderName": "Ops",
                },
            }
        ),
    ),
    ConsumerCase(
        name="push_cert_apns_key_base64",
        bug="Assumes the APNs secretKey is a base64 PEM body; it is any string (e.g. nvsk.<hex>:<hex>).",
        buggy=push_cert_apns_buggy,
        fixed=push_cert_apns_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "APNs",
                "identifier": "apns-Vb7nT1q",
                "providerId": "apns",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "secretKey": "nvsk.9f86d081884c7d65:4e07408562bedb8b60ce05c1decfe3ad",
                    "apiKey": "ABC123DEFG",
                    "projectName": "TEAMID1234",
                    "applicationId": "com.example.app",
                },
            }
        ),
    ),
    ConsumerCase(
        name="paging_bridge_slack_redirect_host",
        bug="Assumes the Slack redirectUrl is absolute; a relative URL has no hostname (None).",
        buggy=paging_bridge_slack_buggy,
        fixed=paging_bridge_slack_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Rr4sW8e",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
                "credentials": {
                    "applicationId": "A0123456789",
                    "clientId": "1234567890.0987654321",
                    "secretKey": "fake-secret-0003",
                    "redirectUrl": "/integrations/slack/oauth/callback",
                },
            }
        ),
    ),
    ConsumerCase(
        name="sms_registry_telnyx_profile_uuid",
        bug="Parses the Telnyx messageProfileId as a UUID; it is any string.",
        buggy=sms_registry_telnyx_buggy,
        fixed=sms_registry_telnyx_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Telnyx",
                "identifier": "telnyx-Yx2cD5f",
                "providerId": "telnyx",
                "channel": "sms",
                "credentials": {
                    "apiKey": "fake-api-key-0004",
                    "messageProfileId": "marketing-profile",
                    "from": "+15550101",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_relay_tls_min_version",
        bug="Assumes tlsOptions.minVersion is a string; tlsOptions is free-form JSON.",
        buggy=smtp_relay_tls_buggy,
        fixed=smtp_relay_tls_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "credentials": {
                    "apiKey": "fake-api-key-0001",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                    "tlsOptions": {"minVersion": 1.2, "rejectUnauthorized": False},
                }
            }
        ),
    ),
    ConsumerCase(
        name="cost_allocation_identifier_without_dash",
        bug="Assumes identifier is always <slug>-<shortid>; a user-chosen identifier may have no dash.",
        buggy=cost_allocation_identifier_buggy,
        fixed=cost_allocation_identifier_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "billingmail"}),
    ),
    ConsumerCase(
        name="prometheus_exporter_ascii_labels",
        bug="Encodes label values (the integration name) as ASCII; names may be any Unicode.",
        buggy=prometheus_exporter_buggy,
        fixed=prometheus_exporter_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "Envoi SMS Montréal"}),
    ),
    ConsumerCase(
        name="backup_path_missing_object_id",
        bug="Dates the backup from _id, which is optional and may be absent.",
        buggy=backup_path_buggy,
        fixed=backup_path_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="changelog_digest_deleted_at_format",
        bug="Parses deletedAt with a fixed millisecond format; it is a plain string, e.g. without fraction.",
        buggy=changelog_digest_buggy,
        fixed=changelog_digest_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "deletedAt": "2025-05-08T10:00:00Z", "active": False}),
    ),
    ConsumerCase(
        name="search_indexer_empty_name",
        bug="Takes the first word of the name; the name may be empty or whitespace only.",
        buggy=search_indexer_buggy,
        fixed=search_indexer_fixed,
        raises=(IndexError,),
        example=_payload({"name": ""}),
    ),
    ConsumerCase(
        name="config_export_absent_conditions",
        bug="Reads payload['conditions'], which is optional and may be absent.",
        buggy=config_export_buggy,
        fixed=config_export_fixed,
        raises=(KeyError,),
        example=_payload(drop=("conditions",)),
    ),
    ConsumerCase(
        name="service_catalog_primary_inactive",
        bug="Assumes a primary integration is active; primary: true with active: false is valid.",
        buggy=service_catalog_status_buggy,
        fixed=service_catalog_status_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="config_diff_operator_symbol",
        bug="Maps only comparison operators to symbols; BETWEEN, LIKE, ANY_IN etc. are valid too.",
        buggy=config_diff_conditions_buggy,
        fixed=config_diff_conditions_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "seats", "value": "10,50", "operator": "BETWEEN", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="cost_allocation_in_app_channel",
        bug="Has unit costs for email, sms, push and chat only; in_app is a valid channel.",
        buggy=cost_allocation_channel_buggy,
        fixed=cost_allocation_channel_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zr7pQ2k",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="service_catalog_dns_label_length",
        bug="Uses the identifier as a DNS label; it may exceed 63 characters or contain dots.",
        buggy=service_catalog_dns_buggy,
        fixed=service_catalog_dns_fixed,
        raises=(UnicodeError,),
        example=_payload(
            {"identifier": "transactional-email-for-customer-onboarding-and-account-recovery-Qm3xT9aZ"}
        ),
    ),
]
