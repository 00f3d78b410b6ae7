"""Sixteen consumers of ``GET /v1/integrations`` items from a ski resort group's services.

Written from the contract documents alone (CONTRACT.md, the IntegrationResponseDto seed,
SERVER-SEMANTICS.md and providers.json), without looking at any payload generator: each case is a
lift-status, guest-messaging, ops or back-office consumer with one realistic wrong assumption about
a value the contract allows, a ``fixed`` control that honours the contract, and a contract-valid
``example`` on which the buggy version raises.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import hashlib
import hmac
import ipaddress
import json
import operator
import re
import struct
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any, cast
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# ---------------------------------------------------------------------------------------------
# helpers (used by the fixed versions, and by the buggy ones only where they are not the bug)


def _copy(**changes: Any) -> Payload:
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes))
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    creds = payload.get("credentials")
    return creds if isinstance(creds, dict) else {}


def _str(mapping: Any, key: str) -> str | None:
    if not isinstance(mapping, dict):
        return None
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [c for c in conditions if isinstance(c, dict)]


def _children(condition: dict[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [c for c in children if isinstance(c, dict)]


def _printable(text: str, limit: int) -> str:
    return "".join(ch if ch.isprintable() else " " for ch in text[:limit])


# 1. Lift-closure SMS gateway: the sender number ------------------------------------------


def sms_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    """Sender block of the SMPP submit_sm used for lift-closure alerts."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from") or ""
    if sender.startswith("+"):
        return {"ton": 1, "npi": 1, "msisdn": int(sender[1:])}
    return {"ton": 5, "npi": 0, "alphanumeric": sender[:11]}


def sms_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("channel") != "sms":
        return None
    sender = _str(_creds(payload), "from") or ""
    if sender.startswith("+"):
        digits = re.sub(r"[\s().\-/]", "", sender[1:])
        if re.fullmatch(r"[0-9]{1,15}", digits):
            return {"ton": 1, "npi": 1, "msisdn": int(digits)}
    return {"ton": 5, "npi": 0, "alphanumeric": sender[:11]}


# 2. Custom SMTP relay for the ski-school newsletter: host and port ------------------------


def smtp_relay_buggy(payload: Payload) -> tuple[str | None, int] | None:
    """(host, port) of the nodemailer relay, for the outbound firewall allow-list."""
    if payload["providerId"] != "nodemailer":
        return None
    creds = payload["credentials"]
    parts = urlsplit(f"smtp://{creds.get('host', 'localhost')}:{creds.get('port') or '587'}")
    return parts.hostname, parts.port or 587


def smtp_relay_fixed(payload: Payload) -> tuple[str | None, int] | None:
    if payload.get("providerId") != "nodemailer":
        return None
    creds = _creds(payload)
    host = (_str(creds, "host") or "localhost").strip()
    with contextlib.suppress(ValueError):
        host = ipaddress.ip_address(host.strip("[]")).compressed
    port_text = (_str(creds, "port") or "").strip()
    port = int(port_text) if re.fullmatch(r"[0-9]{1,5}", port_text) else 587
    if not 0 < port < 65536:
        port = 587
    return host, port


# 3. Snow-report webhook forwarder: the Host header --------------------------------------


def webhook_target_buggy(payload: Payload) -> dict[str, Any] | None:
    """Target of the signed forward of email/push webhook integrations."""
    if payload["providerId"] not in ("email-webhook", "push-webhook"):
        return None
    url = payload["credentials"].get("webhookUrl")
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return {"url": url, "host_header": host.encode("ascii")}


def webhook_target_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") not in ("email-webhook", "push-webhook"):
        return None
    url = _str(_creds(payload), "webhookUrl")
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return {"url": url, "host_header": None}
    try:
        header = host.encode("idna")
    except UnicodeError:
        header = None
    return {"url": url, "host_header": header}


# 4. End-of-season archive: how long ago an integration was deleted ------------------------


def purge_decision_buggy(payload: Payload) -> dict[str, Any] | None:
    """Purge soft-deleted integrations 180 days after deletion."""
    if not payload["deleted"]:
        return None
    raw = payload.get("deletedAt")
    if raw is None:
        return {"purge": False, "reason": "no deletion time"}
    age = datetime.now(UTC) - datetime.fromisoformat(raw)
    return {"purge": age.days > 180, "age_days": age.days}


def purge_decision_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("deleted") is not True:
        return None
    raw = payload.get("deletedAt")
    if not isinstance(raw, str):
        return {"purge": False, "reason": "no deletion time"}
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError:
        return {"purge": False, "reason": "unparsable deletion time"}
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        age = datetime.now(UTC) - when
    except OverflowError:
        return {"purge": False, "reason": "deletion time out of range"}
    return {"purge": age.days > 180, "age_days": age.days}


# 5. Lift-board cache entry: creation time from the record id ------------------------------


def cache_entry_buggy(payload: Payload) -> dict[str, Any]:
    """Cache entry for the lift-board service; age is read from the ObjectId timestamp."""
    record_id = payload.get("_id")
    if record_id is None:
        return {"key": f"int:{payload['identifier']}", "created": None}
    created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)
    return {"key": f"int:{record_id}", "created": created.isoformat()}


def cache_entry_fixed(payload: Payload) -> dict[str, Any]:
    record_id = payload.get("_id")
    if not isinstance(record_id, str):
        return {"key": f"int:{payload.get('identifier')}", "created": None}
    created = None
    if re.fullmatch(r"[0-9a-fA-F]{24}", record_id):
        created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC).isoformat()
    return {"key": f"int:{record_id}", "created": created}


# 6. Analytics tags: slug and short id of the identifier ---------------------------------


def analytics_tags_buggy(payload: Payload) -> dict[str, Any]:
    """Split ``<slug>-<shortid>`` identifiers into tags for the guest-comms dashboard."""
    identifier = payload["identifier"]
    slug, sep, short = identifier.rpartition("-")
    if not sep:
        return {"slug": identifier, "short": None}
    assert 7 <= len(short) <= 14, f"malformed shortid in {identifier!r}"
    return {"slug": slug, "short": short}


def analytics_tags_fixed(payload: Payload) -> dict[str, Any]:
    identifier = payload.get("identifier")
    if not isinstance(identifier, str):
        return {"slug": None, "short": None}
    slug, sep, short = identifier.rpartition("-")
    if sep and 7 <= len(short) <= 14:
        return {"slug": slug, "short": short}
    return {"slug": identifier, "short": None}


# 7. Morning ops digest: mail about inactive integrations ---------------------------------


def inactive_digest_buggy(payload: Payload) -> str | None:
    """E-mail to the ops desk for every integration that is switched off."""
    if payload["active"]:
        return None
    msg = EmailMessage()
    msg["From"] = "novu-monitor@alpinegroup.example"
    msg["To"] = "ops-desk@alpinegroup.example"
    msg["Subject"] = f"[Ski Ops] integration {payload['name']} is inactive"
    msg.set_content(f"Provider {payload['providerId']} on channel {payload['channel']} is off.")
    return msg.as_string()


def inactive_digest_fixed(payload: Payload) -> str | None:
    if payload.get("active") is not False:
        return None
    name = payload.get("name")
    name = _printable(name, 80) if isinstance(name, str) else "?"
    provider = _printable(str(payload.get("providerId")), 80)
    channel = _printable(str(payload.get("channel")), 20)
    msg = EmailMessage()
    msg["From"] = "novu-monitor@alpinegroup.example"
    msg["To"] = "ops-desk@alpinegroup.example"
    msg["Subject"] = f"[Ski Ops] integration {name} is inactive"
    msg.set_content(f"Provider {provider} on channel {channel} is off.")
    return msg.as_string()


# 8. Season-pass segment pre-filter: numeric thresholds ------------------------------------

_NUMERIC_OPS = {
    "LARGER": operator.gt,
    "SMALLER": operator.lt,
    "LARGER_EQUAL": operator.ge,
    "SMALLER_EQUAL": operator.le,
}


def pass_prefilter_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """Compile comparison conditions into thresholds for the season-pass CRM query."""
    rules = []
    for condition in payload.get("conditions") or []:
        for child in condition["children"]:
            if child["operator"] in _NUMERIC_OPS:
                rules.append((child["field"], child["operator"], float(child["value"])))
    return rules


def pass_prefilter_fixed(payload: Payload) -> list[tuple[str, str, float | str]]:
    rules: list[tuple[str, str, float | str]] = []
    for condition in _conditions(payload):
        for child in _children(condition):
            op = child.get("operator")
            value = child.get("value")
            if op in _NUMERIC_OPS and isinstance(value, str):
                try:
                    threshold: float | str = float(value)
                except ValueError:
                    threshold = value  # dates and other strings compare as text
                rules.append((str(child.get("field")), op, threshold))
    return rules


# 9. Search indexer: mapping of condition kinds ------------------------------------------

_ES_TYPES_BUGGY = {
    "BOOLEAN": "boolean",
    "TEXT": "text",
    "DATE": "date",
    "NUMBER": "double",
    "STATEMENT": "keyword",
    "LIST": "keyword",
}
_ES_TYPES = {**_ES_TYPES_BUGGY, "MULTI_LIST": "keyword", "GROUP": "nested"}


def search_doc_buggy(payload: Payload) -> dict[str, Any]:
    """Document for the back-office search index of guest-messaging integrations."""
    return {
        "identifier": payload["identifier"],
        "filters": [
            {"kind": _ES_TYPES_BUGGY[c["type"]], "logic": c["value"]} for c in payload.get("conditions") or []
        ],
    }


def search_doc_fixed(payload: Payload) -> dict[str, Any]:
    return {
        "identifier": payload.get("identifier"),
        "filters": [
            {"kind": _ES_TYPES.get(cast(str, c.get("type")), "keyword"), "logic": c.get("value")}
            for c in _conditions(payload)
        ],
    }


# 10. Guest-routing rules: pushing negation into the operator ------------------------------

_NEGATED_BUGGY = {
    "EQUAL": "NOT_EQUAL",
    "NOT_EQUAL": "EQUAL",
    "LARGER": "SMALLER_EQUAL",
    "SMALLER": "LARGER_EQUAL",
    "LARGER_EQUAL": "SMALLER",
    "SMALLER_EQUAL": "LARGER",
    "IN": "NOT_IN",
    "NOT_IN": "IN",
    "BETWEEN": "NOT_BETWEEN",
    "NOT_BETWEEN": "BETWEEN",
    "LIKE": "NOT_LIKE",
    "NOT_LIKE": "LIKE",
}


def routing_rules_buggy(payload: Payload) -> list[dict[str, Any]]:
    """Flatten conditions for the resort-app rules engine, which has no NOT node."""
    rules = []
    for condition in payload.get("conditions") or []:
        for child in condition["children"]:
            op = child["operator"]
            if condition["isNegated"]:
                op = _NEGATED_BUGGY[op]
            rules.append({"on": child["on"], "field": child["field"], "op": op, "value": child["value"]})
    return rules


def routing_rules_fixed(payload: Payload) -> list[dict[str, Any]]:
    rules = []
    for condition in _conditions(payload):
        for child in _children(condition):
            op = child.get("operator")
            negate = False
            if condition.get("isNegated") is True:
                if op in _NEGATED_BUGGY:
                    op = _NEGATED_BUGGY[op]
                else:
                    negate = True  # ALL_IN / ANY_IN have no negated operator
            rules.append(
                {
                    "on": child.get("on"),
                    "field": child.get("field"),
                    "op": op,
                    "value": child.get("value"),
                    "not": negate,
                }
            )
    return rules


# 11. Mailgun sender check for the booking-confirmation mails ---------------------------


def mailgun_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    """Sending config for Mailgun; the sender must be on the Mailgun domain."""
    if payload["providerId"] != "mailgun":
        return None
    creds = payload["credentials"]
    sender, domain = creds.get("from"), creds.get("domain")
    if sender and domain:
        assert sender.rpartition("@")[2].lower() == domain.lower(), "sender not on the Mailgun domain"
    return {"domain": domain, "from": sender, "api": creds.get("baseUrl") or "https://api.mailgun.net"}


def mailgun_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") != "mailgun":
        return None
    creds = _creds(payload)
    sender, domain = _str(creds, "from"), _str(creds, "domain")
    alignment = "unknown"
    if sender and domain:
        sender_domain, mail_domain = sender.rpartition("@")[2].lower(), domain.lower()
        if sender_domain == mail_domain:
            alignment = "exact"
        elif mail_domain.endswith("." + sender_domain) or sender_domain.endswith("." + mail_domain):
            alignment = "relaxed"
        else:
            alignment = "none"
    return {
        "domain": domain,
        "from": sender,
        "api": _str(creds, "baseUrl") or "https://api.mailgun.net",
        "alignment": alignment,
    }


# 12. Resort-app push config loader: the FCM service account ----------------------------


def fcm_config_buggy(payload: Payload) -> dict[str, Any] | None:
    """Firebase project of the resort app, read from the FCM integration."""
    if payload["providerId"] != "fcm":
        return None
    account = payload["credentials"].get("serviceAccount")
    if not account:
        return None
    info = json.loads(account)
    return {"project": info.get("project_id"), "client_email": info.get("client_email")}


def fcm_config_fixed(payload: Payload) -> dict[str, Any] | None:
    if payload.get("providerId") != "fcm":
        return None
    account = _str(_creds(payload), "serviceAccount")
    if not account:
        return None
    if account.startswith("nvsk."):
        return {"project": None, "client_email": None, "encrypted": True}
    try:
        info = json.loads(account)
    except (ValueError, RecursionError):
        return {"project": None, "client_email": None, "encrypted": False}
    if not isinstance(info, dict):
        return {"project": None, "client_email": None, "encrypted": False}
    return {"project": info.get("project_id"), "client_email": info.get("client_email"), "encrypted": False}


# 13. Inbox session verifier in the resort app -------------------------------------------


def inbox_hmac_buggy(payload: Payload) -> dict[str, Any]:
    """Whether the resort app must sign subscriber ids, with a probe signature."""
    creds = payload["credentials"]
    if not creds.get("hmac"):
        return {"hmac": False}
    key = creds["secretKey"].encode("utf-8", "surrogatepass")
    return {"hmac": True, "probe": hmac.new(key, b"guest-0001", hashlib.sha256).hexdigest()}


def inbox_hmac_fixed(payload: Payload) -> dict[str, Any]:
    creds = _creds(payload)
    if creds.get("hmac") is not True:
        return {"hmac": False}
    secret = _str(creds, "secretKey")
    if secret is None:
        return {"hmac": True, "key_source": "environment api key"}
    key = secret.encode("utf-8", "surrogatepass")
    return {
        "hmac": True,
        "key_source": "credentials",
        "probe": hmac.new(key, b"guest-0001", hashlib.sha256).hexdigest(),
    }


# 14. Failover router for avalanche-warning mails and texts ------------------------------


def failover_slot_buggy(payload: Payload) -> str | None:
    """Slot of this integration in the per-channel failover table."""
    if not payload["primary"]:
        return f"backup:{payload['channel']}:{payload['identifier']}"
    assert payload["active"], "a primary integration is always active"
    return f"primary:{payload['channel']}"


def failover_slot_fixed(payload: Payload) -> str | None:
    channel, identifier = payload.get("channel"), payload.get("identifier")
    if payload.get("primary") is not True:
        return f"backup:{channel}:{identifier}"
    if payload.get("active") is not True:
        return f"dormant-primary:{channel}:{identifier}"
    return f"primary:{channel}"


# 15. Admin serializer: wire payload to a typed row ----------------------------------------


@dataclasses.dataclass(frozen=True)
class IntegrationRow:
    environment_id: str
    organization_id: str
    name: str
    identifier: str
    provider_id: str
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    conditions: list[Any] = dataclasses.field(default_factory=list)
    deleted_at: str | None = None
    deleted_by: str | None = None


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", key.lstrip("_")).lower()


_ROW_FIELDS = {f.name for f in dataclasses.fields(IntegrationRow)}


def admin_row_buggy(payload: Payload) -> IntegrationRow:
    """Row for the back-office integrations table."""
    return IntegrationRow(**{_snake(key): value for key, value in payload.items()})


def admin_row_fixed(payload: Payload) -> IntegrationRow:
    mapped = {_snake(key): value for key, value in payload.items() if isinstance(key, str)}
    return IntegrationRow(**{key: value for key, value in mapped.items() if key in _ROW_FIELDS})


# 16. Ticket-kiosk message header: the sender name in a length-prefixed field --------------


def kiosk_header_buggy(payload: Payload) -> bytes:
    """Header record for the lift-ticket kiosks' message screen (Pascal-string sender)."""
    sender = payload["credentials"].get("senderName") or payload["name"]
    raw = sender.encode("utf-8", "replace")
    return struct.pack(f">B{len(raw)}s", len(raw), raw)


def kiosk_header_fixed(payload: Payload) -> bytes:
    sender = _str(_creds(payload), "senderName") or payload.get("name")
    if not isinstance(sender, str):
        sender = ""
    raw = sender.encode("utf-8", "replace")[:255]
    raw = raw.decode("utf-8", "ignore").encode("utf-8")
    return struct.pack(f">B{len(raw)}s", len(raw), raw)


# ---------------------------------------------------------------------------------------------

SKIRESORT_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="skiresort_sms_sender_msisdn",
        bug="a '+' sender number is bare digits (a human-formatted '+41 79 555 12 34' breaks int())",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_copy(
            name="Twilio",
            identifier="twilio-Qm3xT9aZ",
            providerId="twilio",
            channel="sms",
            credentials={
                "accountSid": "AC0000000000000000000000000000000f",
                "token": "t0k",
                "from": "+41 79 555 12 34",
            },
        ),
    ),
    ConsumerCase(
        name="skiresort_smtp_relay_ipv6_host",
        bug=(
            "the nodemailer host can be put before ':port' in a "
            "URL (an IPv6 literal host breaks urlsplit's port)"
        ),
        buggy=smtp_relay_buggy,
        fixed=smtp_relay_fixed,
        raises=(ValueError,),
        example=_copy(
            name="Custom SMTP",
            identifier="custom-smtp-Hq2Lw8xP",
            providerId="nodemailer",
            credentials={
                "host": "fd00:5ee::25",
                "port": "587",
                "from": "school@alpinegroup.example",
                "senderName": "Ski School",
            },
        ),
    ),
    ConsumerCase(
        name="skiresort_webhook_idn_host",
        bug="the webhookUrl host is ASCII (an internationalised domain breaks the Host header encoding)",
        buggy=webhook_target_buggy,
        fixed=webhook_target_fixed,
        raises=(UnicodeEncodeError, ValueError),
        example=_copy(
            name="Email Webhook",
            identifier="email-webhook-Zt7Pq1Rv",
            providerId="email-webhook",
            credentials={
                "webhookUrl": "https://pistenbericht.skischule-zürs.example/novu",
                "secretKey": "whsec",
                "from": "snow@alpinegroup.example",
                "senderName": "Snow Report",
            },
        ),
    ),
    ConsumerCase(
        name="skiresort_purge_naive_deleted_at",
        bug=(
            "deletedAt is an ISO timestamp with a UTC offset (a "
            "naive one can't be subtracted from an aware now)"
        ),
        buggy=purge_decision_buggy,
        fixed=purge_decision_fixed,
        raises=(TypeError, ValueError),
        example=_copy(deleted=True, active=False, primary=False, deletedAt="2025-04-21T16:30:00"),
    ),
    ConsumerCase(
        name="skiresort_cache_objectid_timestamp",
        bug="_id is a hex ObjectId whose first 8 characters are a timestamp",
        buggy=cache_entry_buggy,
        fixed=cache_entry_fixed,
        raises=(ValueError,),
        example=_copy(_id="lift-board-sms-zermatt"),
    ),
    ConsumerCase(
        name="skiresort_identifier_shortid_length",
        bug=(
            "the part after the identifier's last dash is a 7-14 "
            "character shortid (shortids contain dashes too)"
        ),
        buggy=analytics_tags_buggy,
        fixed=analytics_tags_fixed,
        raises=(AssertionError,),
        example=_copy(identifier="send-grid-Xk-9_qL2"),
    ),
    ConsumerCase(
        name="skiresort_digest_subject_linefeed",
        bug="an inactive integration's name is a single line (a line break is rejected in the mail Subject)",
        buggy=inactive_digest_buggy,
        fixed=inactive_digest_fixed,
        raises=(ValueError,),
        example=_copy(active=False, primary=False, name="Lift status SMS\nZermatt"),
    ),
    ConsumerCase(
        name="skiresort_pass_threshold_not_numeric",
        bug="the value of a LARGER/SMALLER condition is a number (it can be a date or any text)",
        buggy=pass_prefilter_buggy,
        fixed=pass_prefilter_fixed,
        raises=(ValueError,),
        example=_copy(
            conditions=[
                {
                    "isNegated": False,
                    "type": "STATEMENT",
                    "value": "AND",
                    "children": [
                        {
                            "field": "subscriber.data.passValidFrom",
                            "value": "2025-12-06",
                            "operator": "LARGER_EQUAL",
                            "on": "subscriber",
                        }
                    ],
                }
            ]
        ),
    ),
    ConsumerCase(
        name="skiresort_search_mapping_condition_type",
        bug="a condition's type is one of the six scalar/list kinds (MULTI_LIST and GROUP are missing)",
        buggy=search_doc_buggy,
        fixed=search_doc_fixed,
        raises=(KeyError,),
        example=_copy(
            conditions=[
                {
                    "isNegated": False,
                    "type": "MULTI_LIST",
                    "value": "OR",
                    "children": [{"field": "resorts", "value": "zermatt", "operator": "IN", "on": "payload"}],
                }
            ]
        ),
    ),
    ConsumerCase(
        name="skiresort_negated_any_in",
        bug="every operator of a negated condition has a negated counterpart (ALL_IN/ANY_IN have none)",
        buggy=routing_rules_buggy,
        fixed=routing_rules_fixed,
        raises=(KeyError,),
        example=_copy(
            conditions=[
                {
                    "isNegated": True,
                    "type": "STATEMENT",
                    "value": "AND",
                    "children": [
                        {
                            "field": "subscriber.data.resorts",
                            "value": "zermatt,saas-fee",
                            "operator": "ANY_IN",
                            "on": "subscriber",
                        }
                    ],
                }
            ]
        ),
    ),
    ConsumerCase(
        name="skiresort_mailgun_sender_subdomain",
        bug="a Mailgun from address is on exactly the credentials' domain (not a parent of a mg. subdomain)",
        buggy=mailgun_sender_buggy,
        fixed=mailgun_sender_fixed,
        raises=(AssertionError,),
        example=_copy(
            name="Mailgun",
            identifier="mailgun-Rb5nK2sW",
            providerId="mailgun",
            credentials={
                "apiKey": "key-0001",
                "user": "api",
                "domain": "mg.alpinegroup.example",
                "from": "bookings@alpinegroup.example",
                "senderName": "Alpine Group Bookings",
            },
        ),
    ),
    ConsumerCase(
        name="skiresort_fcm_service_account_encrypted",
        bug="serviceAccount is always the JSON key file (write replies carry the nvsk.<iv>:<cipher> form)",
        buggy=fcm_config_buggy,
        fixed=fcm_config_fixed,
        raises=(ValueError, AttributeError, RecursionError),
        example=_copy(
            name="Firebase Cloud Messaging",
            identifier="firebase-cloud-messaging-Lp0vQe4N",
            providerId="fcm",
            channel="push",
            primary=False,
            credentials={"serviceAccount": "nvsk.9f2c4a1be07d3c55a8e1f0b2c3d4e5f6:5b1d0e77aa42c9"},
        ),
    ),
    ConsumerCase(
        name="skiresort_inbox_hmac_without_secret",
        bug="hmac: true comes with a secretKey credential (the Inbox signs with the environment key)",
        buggy=inbox_hmac_buggy,
        fixed=inbox_hmac_fixed,
        raises=(KeyError,),
        example=_copy(
            name="Novu Inbox",
            identifier="novu-inbox-Ve8cM3jD",
            providerId="novu",
            channel="in_app",
            primary=False,
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="skiresort_failover_inactive_primary",
        bug="a primary integration is always active (an inactive primary stays primary)",
        buggy=failover_slot_buggy,
        fixed=failover_slot_fixed,
        raises=(AssertionError,),
        example=_copy(active=False, primary=True),
    ),
    ConsumerCase(
        name="skiresort_admin_row_extra_keys",
        bug=(
            "the payload has only the contract's keys (createdAt, "
            "updatedAt, __v, priority break the row constructor)"
        ),
        buggy=admin_row_buggy,
        fixed=admin_row_fixed,
        raises=(TypeError,),
        example=_copy(
            priority=1, createdAt="2024-11-02T07:15:00.000Z", updatedAt="2025-01-10T06:00:00.000Z", __v=0
        ),
    ),
    ConsumerCase(
        name="skiresort_kiosk_sender_name_overflow",
        bug="senderName fits a one-byte length prefix (a long sender name overflows 255 bytes)",
        buggy=kiosk_header_buggy,
        fixed=kiosk_header_fixed,
        raises=(struct.error,),
        example=_copy(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "no-reply@example.com",
                "senderName": (
                    "Bergbahnen Zermatt \N{EN DASH} Matterhorn Glacier Paradise, Gornergrat & Sunnegga "
                )
                * 4,
            }
        ),
    ),
]
