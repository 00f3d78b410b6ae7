"""Sixteen legal-tech / e-discovery consumers of ``GET /v1/integrations`` items, each with one bug.

Written from the contract documents alone (the seed, ``CONTRACT.md``, ``SERVER-SEMANTICS.md`` and
``providers.json``), without looking at any data generator. The consumers are what a firm's
platform team writes around its Novu integrations: matter notifications to clients and counsel,
deadline reminders, court-filing alerts, privileged-communication routing and audit exports.

Each *buggy* consumer works on ``HAPPY_PATH`` and raises on a contract-valid payload that breaks
one assumption its authors made; each *fixed* control honours the contract and never raises on a
valid payload (absent optional keys, any string, any enum value, unknown extra keys).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_AUDIT_EPOCH = datetime(2025, 6, 1, tzinfo=UTC)
"""The fixed 'now' of the retention job, so that results are reproducible."""


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_str(payload: Payload, key: str) -> str | None:
    """A string credential, or ``None`` when the key is absent (or not a string)."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> Iterator[dict[str, Any]]:
    """The condition objects of a payload; none when ``conditions`` is absent."""
    conditions = payload.get("conditions")
    if isinstance(conditions, list):
        yield from (cond for cond in conditions if isinstance(cond, dict))


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition (possibly empty)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# --- 1. audit export: `_id` is optional --------------------------------------------------------


def legal_audit_row_buggy(payload: Payload) -> dict[str, object]:
    """One row of the quarterly vendor-audit export."""
    return {
        "integration_id": payload["_id"],
        "environment": payload["_environmentId"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "active": payload["active"],
    }


def legal_audit_row_fixed(payload: Payload) -> dict[str, object]:
    """One row of the quarterly vendor-audit export; falls back to ``identifier`` without ``_id``."""
    return {
        "integration_id": payload.get("_id") or payload.get("identifier", ""),
        "environment": payload.get("_environmentId", ""),
        "provider": payload.get("providerId", ""),
        "channel": payload.get("channel", ""),
        "active": payload.get("active") is True,
    }


# --- 2. retention: `deletedAt` is a plain string, not always ISO-8601 ------------------------


def legal_purge_age_buggy(payload: Payload) -> int | None:
    """Days since a soft-deleted integration was removed (for the records-retention purge)."""
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return None
    when = datetime.fromisoformat(deleted_at)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (_AUDIT_EPOCH - when).days


def legal_purge_age_fixed(payload: Payload) -> int | None:
    """Days since removal, or ``None`` when ``deletedAt`` is absent or not an ISO timestamp."""
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return None
    try:
        when = datetime.fromisoformat(deleted_at)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return (_AUDIT_EPOCH - when).days
    except (ValueError, OverflowError, TypeError):
        return None


# --- 3. privileged routing: every channel of the enum ----------------------------------------

_PRIVILEGED_ROUTES = {
    "email": "encrypted-mail-gateway",
    "sms": "notice-only-no-content",
    "chat": "private-counsel-channel",
    "in_app": "client-portal-inbox",
}


def legal_privileged_route_buggy(payload: Payload) -> str:
    """The delivery route for attorney-client privileged notices sent through this integration."""
    return _PRIVILEGED_ROUTES[payload["channel"]]


def legal_privileged_route_fixed(payload: Payload) -> str:
    """The privileged route; channels without one (``push``) are held for review."""
    return _PRIVILEGED_ROUTES.get(str(payload.get("channel", "")), "hold-for-privilege-review")


# --- 4. primary: any channel may carry it ----------------------------------------------------

_DEFAULT_SENDER_SLOTS = {"email": "default_email_sender", "sms": "default_sms_sender"}


def legal_primary_sender_slot_buggy(payload: Payload) -> dict[str, str] | None:
    """The config entry naming the firm's default sender for deadline reminders."""
    if not (payload["primary"] and payload["active"]):
        return None
    return {_DEFAULT_SENDER_SLOTS[payload["channel"]]: payload["identifier"]}


def legal_primary_sender_slot_fixed(payload: Payload) -> dict[str, str] | None:
    """The default-sender entry, only for channels that have a default-sender slot."""
    if not (payload.get("primary") is True and payload.get("active") is True):
        return None
    slot = _DEFAULT_SENDER_SLOTS.get(str(payload.get("channel", "")))
    if slot is None:
        return None
    return {slot: str(payload.get("identifier", ""))}


# --- 5. lifecycle: `active` and `deleted` are independent flags -------------------------------


def legal_integration_status_buggy(payload: Payload) -> str:
    """The status badge on the matter-notification admin page."""
    active, deleted = payload["active"], payload["deleted"]
    assert not (active and deleted), "a deleted integration cannot be active"
    if deleted:
        return "archived"
    return "live" if active else "paused"


def legal_integration_status_fixed(payload: Payload) -> str:
    """The status badge; a soft-deleted integration is archived whatever its ``active`` flag."""
    if payload.get("deleted") is True:
        return "archived"
    return "live" if payload.get("active") is True else "paused"


# --- 6. conflict-check rules: a condition's children may be empty ------------------------------


def _describe_part(child: Mapping[str, Any]) -> str:
    """``on.field OPERATOR 'value'`` for one filter part."""
    target = f"{child.get('on', '?')}.{child.get('field', '')}"
    return f"{target} {child.get('operator', '?')} {child.get('value', '')!r}"


def legal_rule_summary_buggy(payload: Payload) -> list[str]:
    """One line per condition for the conflict-check rule review screen."""
    lines = []
    for cond in payload.get("conditions", []):
        children = cond["children"]
        line = ("NOT " if cond["isNegated"] else "") + _describe_part(children[0])
        if len(children) > 1:
            line += f" {cond['value']} {len(children) - 1} more"
        lines.append(line)
    return lines


def legal_rule_summary_fixed(payload: Payload) -> list[str]:
    """One line per condition; an empty group reads as such."""
    lines = []
    for cond in _conditions(payload):
        children = _children(cond)
        prefix = "NOT " if cond.get("isNegated") is True else ""
        if not children:
            lines.append(f"{prefix}(empty {cond.get('type', '?')} group)")
            continue
        line = prefix + _describe_part(children[0])
        if len(children) > 1:
            line += f" {cond.get('value', '?')} {len(children) - 1} more"
        lines.append(line)
    return lines


# --- 7. privilege flags: a BOOLEAN condition's value is any string ----------------------------

_BOOL_WORDS = {"true": True, "false": False}


def legal_privilege_flags_buggy(payload: Payload) -> dict[str, bool]:
    """The boolean payload flags (e.g. ``payload.privileged``) the routing conditions test."""
    flags: dict[str, bool] = {}
    for cond in payload.get("conditions", []):
        if cond["type"] != "BOOLEAN":
            continue
        for child in cond["children"]:
            flags[child["field"]] = _BOOL_WORDS[child["value"].strip().lower()]
    return flags


def legal_privilege_flags_fixed(payload: Payload) -> dict[str, bool]:
    """The boolean flags; values that are not ``true``/``false`` words are skipped."""
    flags: dict[str, bool] = {}
    for cond in _conditions(payload):
        if cond.get("type") != "BOOLEAN":
            continue
        for child in _children(cond):
            value, field = child.get("value"), child.get("field")
            if not isinstance(value, str) or not isinstance(field, str):
                continue
            parsed = _BOOL_WORDS.get(value.strip().lower())
            if parsed is not None:
                flags[field] = parsed
    return flags


# --- 8. audit: `_environmentId` is a string, not necessarily an ObjectId ----------------------

_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def legal_environment_since_buggy(payload: Payload) -> str:
    """The creation date of the integration's environment, read from its ObjectId timestamp."""
    seconds = int(payload["_environmentId"][:8], 16)
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


def legal_environment_since_fixed(payload: Payload) -> str | None:
    """The environment's creation date, or ``None`` when its id is not a 24-hex ObjectId."""
    env_id = payload.get("_environmentId")
    if not isinstance(env_id, str) or _OBJECT_ID.fullmatch(env_id) is None:
        return None
    return datetime.fromtimestamp(int(env_id[:8], 16), tz=UTC).date().isoformat()


# --- 9. court-filing SMS via Twilio: every credential key is optional --------------------------


def legal_twilio_messages_url_buggy(payload: Payload) -> str | None:
    """The Twilio Messages endpoint the court-filing SMS alert job posts to."""
    if payload["providerId"] != "twilio":
        return None
    sid = payload["credentials"]["accountSid"]
    return f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json"


def legal_twilio_messages_url_fixed(payload: Payload) -> str | None:
    """The Twilio endpoint, or ``None`` when the account SID is not configured."""
    if payload.get("providerId") != "twilio":
        return None
    sid = _cred_str(payload, "accountSid")
    if not sid:
        return None
    return f"https://api.twilio.com/2010-04-01/Accounts/{sid}/Messages.json"


# --- 10. SMTP relay: `port` is a string, not necessarily numeric -------------------------------


def legal_smtp_relay_buggy(payload: Payload) -> str | None:
    """The SMTP relay URL written into the document-production mailer's config."""
    credentials = payload["credentials"]
    host = credentials.get("host")
    if host is None:
        return None
    port = int(credentials.get("port", "587"))
    return f"smtp://{host}:{port}"


def legal_smtp_relay_fixed(payload: Payload) -> str | None:
    """The relay URL; a port that is not a number in 1..65535 falls back to 587."""
    host = _cred_str(payload, "host")
    if host is None:
        return None
    port = 587
    raw = _cred_str(payload, "port")
    if raw is not None:
        try:
            candidate = int(raw)
        except ValueError:
            candidate = 0
        if 0 < candidate < 65536:
            port = candidate
    return f"smtp://{host}:{port}"


# --- 11. data residency for SES: regions beyond the US and the EU ------------------------------

_JURISDICTIONS = {"us": "United States", "eu": "European Union"}


def legal_ses_residency_buggy(payload: Payload) -> str | None:
    """The jurisdiction where SES processes client e-mail, for the data-residency register."""
    if payload["providerId"] != "ses":
        return None
    region = payload["credentials"].get("region", "us-east-1")
    return _JURISDICTIONS[region.split("-", 1)[0]]


def legal_ses_residency_fixed(payload: Payload) -> str | None:
    """The SES jurisdiction; any other region prefix needs a residency review."""
    if payload.get("providerId") != "ses":
        return None
    region = _cred_str(payload, "region")
    if region is None:
        region = "us-east-1"
    return _JURISDICTIONS.get(region.split("-", 1)[0].lower(), f"review required ({region!r})")


# --- 12. TLS options: a free-form object with any JSON values ----------------------------------


def legal_tls_config_buggy(payload: Payload) -> list[str]:
    """The ``key = value`` lines of the secure-mail relay's TLS section."""
    tls = payload["credentials"].get("tlsOptions", {})
    return [f"{key} = {value.strip()}" for key, value in sorted(tls.items())]


def legal_tls_config_fixed(payload: Payload) -> list[str]:
    """The TLS lines; non-string values are written as JSON."""
    tls = _creds(payload).get("tlsOptions")
    if not isinstance(tls, dict):
        return []
    lines = []
    for key in sorted(tls, key=str):
        value = tls[key]
        text = value.strip() if isinstance(value, str) else json.dumps(value, sort_keys=True)
        lines.append(f"{key} = {text}")
    return lines


# --- 13. docket cache: the key limit is in bytes, identifiers are Unicode ---------------------

_MAX_KEY_BYTES = 250


def legal_docket_cache_key_buggy(payload: Payload) -> str:
    """The memcached key under which the docket service caches this integration."""
    key = f"legal:docket:{payload['_environmentId']}:{payload['identifier']}"[:_MAX_KEY_BYTES]
    assert len(key.encode()) <= _MAX_KEY_BYTES, "memcached key too long"
    return key


def legal_docket_cache_key_fixed(payload: Payload) -> str:
    """The cache key; anything longer than 250 UTF-8 bytes is replaced by its SHA-256."""
    key = f"legal:docket:{payload.get('_environmentId', '')}:{payload.get('identifier', '')}"
    encoded = key.encode("utf-8", "surrogatepass")
    if len(encoded) <= _MAX_KEY_BYTES:
        return key
    return f"legal:docket:sha256:{hashlib.sha256(encoded).hexdigest()}"


# --- 14. e-discovery egress allowlist: URLs may lack a scheme ----------------------------------

_URL_KEYS = ("baseUrl", "webhookUrl", "redirectUrl", "externalLink", "imageUrl")


def legal_egress_hosts_buggy(payload: Payload) -> list[str]:
    """The outbound hosts this integration talks to, for the e-discovery egress allowlist."""
    hosts = set()
    for key in _URL_KEYS:
        url = payload["credentials"].get(key)
        if url:
            hosts.add(urlsplit(url).hostname.lower())
    return sorted(hosts)


def legal_egress_hosts_fixed(payload: Payload) -> list[str]:
    """The outbound hosts; URLs without a parseable host are listed for manual review."""
    hosts = set()
    for key in _URL_KEYS:
        url = _cred_str(payload, key)
        if not url:
            continue
        try:
            host = urlsplit(url).hostname
        except ValueError:
            host = None
        hosts.add(host if host else f"<review {key}>")
    return sorted(hosts)


# --- 15. SMS consent: the sender may be an alphanumeric id, not a phone number ----------------

_E164 = re.compile(r"\+?[0-9]{6,15}")


def legal_sms_sender_region_buggy(payload: Payload) -> str | None:
    """Which consent regime (NANP/TCPA or international) applies to the SMS sender number."""
    if payload["channel"] != "sms":
        return None
    number = int(payload["credentials"].get("from", "").removeprefix("+"))
    return "NANP" if str(number).startswith("1") else "international"


def legal_sms_sender_region_fixed(payload: Payload) -> str | None:
    """The consent regime; an alphanumeric or empty sender id is reported as such."""
    if payload.get("channel") != "sms":
        return None
    sender = (_cred_str(payload, "from") or "").strip()
    if _E164.fullmatch(sender) is None:
        return "alphanumeric-sender"
    return "NANP" if sender.removeprefix("+").startswith("1") else "international"


# --- 16. DMARC alignment: `from` need not contain an '@' ---------------------------------------


def legal_sender_domain_buggy(payload: Payload) -> str | None:
    """The sender domain that client-notification e-mail must be DMARC-aligned with."""
    if payload["channel"] != "email":
        return None
    sender = payload["credentials"].get("from")
    if sender is None:
        return None
    return str(sender.split("@")[1].lower())


def legal_sender_domain_fixed(payload: Payload) -> str | None:
    """The sender domain, or ``None`` when ``from`` is absent or holds no address."""
    if payload.get("channel") != "email":
        return None
    sender = _cred_str(payload, "from")
    if sender is None or "@" not in sender:
        return None
    return sender.rpartition("@")[2].strip().lower() or None


# --- the cases ---------------------------------------------------------------------------------

LEGAL_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="legal_audit_export_requires_id",
        bug="assumes every integration carries `_id` (it is optional)",
        buggy=legal_audit_row_buggy,
        fixed=legal_audit_row_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="legal_retention_deleted_at_iso",
        bug="assumes `deletedAt` is always an ISO-8601 timestamp (it is any string)",
        buggy=legal_purge_age_buggy,
        fixed=legal_purge_age_fixed,
        raises=(ValueError,),
        example=_payload({"active": False, "primary": False, "deleted": True, "deletedAt": "1715155200000"}),
    ),
    ConsumerCase(
        name="legal_privileged_route_missing_push",
        bug="assumes privileged notices never go through a `push` integration",
        buggy=legal_privileged_route_buggy,
        fixed=legal_privileged_route_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Client Portal App",
                "identifier": "client-portal-app-Qm3x9T",
                "providerId": "fcm",
                "channel": "push",
                "credentials": {"serviceAccount": "{}"},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="legal_primary_sender_only_email_sms",
        bug="assumes only email and sms integrations can be active and primary",
        buggy=legal_primary_sender_slot_buggy,
        fixed=legal_primary_sender_slot_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Lr7pZ2",
                "providerId": "slack",
                "channel": "chat",
                "credentials": {"applicationId": "A01", "clientId": "c-1", "secretKey": "s-1"},
                "active": True,
                "primary": True,
            }
        ),
    ),
    ConsumerCase(
        name="legal_status_deleted_yet_active",
        bug="assumes a soft-deleted integration is never `active` (the flags are independent)",
        buggy=legal_integration_status_buggy,
        fixed=legal_integration_status_fixed,
        raises=(AssertionError,),
        example=_payload({"active": True, "deleted": True}),
    ),
    ConsumerCase(
        name="legal_conflict_rule_empty_children",
        bug="assumes every condition has at least one child (`children` may be empty)",
        buggy=legal_rule_summary_buggy,
        fixed=legal_rule_summary_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="legal_privilege_flag_boolean_words",
        bug="assumes a BOOLEAN condition's value is the word true or false (it is any string)",
        buggy=legal_privilege_flags_buggy,
        fixed=legal_privilege_flags_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "BOOLEAN",
                        "value": "AND",
                        "children": [
                            {"field": "privileged", "value": "1", "operator": "EQUAL", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="legal_environment_id_objectid",
        bug="assumes `_environmentId` is a hex MongoDB ObjectId (it is any string)",
        buggy=legal_environment_since_buggy,
        fixed=legal_environment_since_fixed,
        raises=(ValueError,),
        example=_payload({"_environmentId": "env-litigation-prod"}),
    ),
    ConsumerCase(
        name="legal_court_sms_twilio_account_sid",
        bug="assumes a twilio integration always carries `accountSid` (credential keys are optional)",
        buggy=legal_twilio_messages_url_buggy,
        fixed=legal_twilio_messages_url_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Vb81kd",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {"token": "fake-token-02", "from": "+15555550123"},
            }
        ),
    ),
    ConsumerCase(
        name="legal_smtp_relay_port_numeric",
        bug="assumes `credentials.port` is a numeric string (it is any string)",
        buggy=legal_smtp_relay_buggy,
        fixed=legal_smtp_relay_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hq2Wc0",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.firm.example",
                    "port": "submission",
                    "from": "docketing@firm.example",
                    "senderName": "Docketing",
                },
            }
        ),
    ),
    ConsumerCase(
        name="legal_ses_residency_region_prefix",
        bug="assumes an SES region is in the US or the EU (`ap-`, `ca-`, `sa-`, ... exist)",
        buggy=legal_ses_residency_buggy,
        fixed=legal_ses_residency_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "SES",
                "identifier": "ses-Pz0aQ4",
                "providerId": "ses",
                "credentials": {
                    "apiKey": "fake-key",
                    "secretKey": "fake-secret",
                    "region": "ap-southeast-2",
                    "from": "matters@firm.example",
                    "senderName": "Matter Desk",
                },
            }
        ),
    ),
    ConsumerCase(
        name="legal_tls_options_string_values",
        bug="assumes every `tlsOptions` value is a string (it is free-form JSON)",
        buggy=legal_tls_config_buggy,
        fixed=legal_tls_config_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "credentials": {
                    "host": "smtp.firm.example",
                    "port": "465",
                    "tlsOptions": {"minVersion": "TLSv1.2", "rejectUnauthorized": False},
                }
            }
        ),
    ),
    ConsumerCase(
        name="legal_docket_cache_key_bytes",
        bug="truncates the cache key by characters although the limit is 250 UTF-8 bytes",
        buggy=legal_docket_cache_key_buggy,
        fixed=legal_docket_cache_key_fixed,
        raises=(AssertionError,),
        example=_payload({"identifier": "étude-privilège-confidentiel-" * 9 + "x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="legal_egress_url_without_scheme",
        bug="assumes every credential URL has a scheme and so a hostname",
        buggy=legal_egress_hosts_buggy,
        fixed=legal_egress_hosts_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Jd8s1q",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {"webhookUrl": "hooks.firm.example/novu/push", "secretKey": "s"},
            }
        ),
    ),
    ConsumerCase(
        name="legal_sms_sender_is_phone_number",
        bug="assumes an sms integration's `from` is an E.164 number (alphanumeric sender ids exist)",
        buggy=legal_sms_sender_region_buggy,
        fixed=legal_sms_sender_region_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "MessageBird",
                "identifier": "message-bird-Tq4mN8",
                "providerId": "messagebird",
                "channel": "sms",
                "credentials": {"accessKey": "fake-access", "from": "LEXFIRM"},
            }
        ),
    ),
    ConsumerCase(
        name="legal_sender_from_has_at_sign",
        bug="assumes an email integration's `from` always holds an address with '@'",
        buggy=legal_sender_domain_buggy,
        fixed=legal_sender_domain_fixed,
        raises=(IndexError,),
        example=_payload({"credentials": {"apiKey": "fake-api-key-0001", "from": "Docketing Team"}}),
    ),
]
