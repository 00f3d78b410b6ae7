"""Sixteen consumers from a ride-hailing and courier marketplace, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The marketplace
reads its Novu integrations (rider receipts by email, pickup and OTP texts by SMS, driver-app pushes,
dispatch-ops chat, the in-app inbox of the courier console) from ``GET /v1/integrations`` and feeds them
to caches, routers, exporters, audit and retention jobs, security reviews and migration scripts.

Each buggy consumer works on ``HAPPY_PATH`` and carries one plausible wrong assumption about a value the
contract allows: an optional key that is absent, a free-form string that is not in the expected format,
an enum value or a flag combination the author did not think of, an unknown extra key, or a free-form
``tlsOptions`` value. Each fixed control is the same code written as a tolerant reader: it never raises
on a contract-valid payload (and also tolerates the known provider drift in ``conditions``).
"""

from __future__ import annotations

import copy
import dataclasses
import ipaddress
import json
import re
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# ---------------------------------------------------------------------------------------------------------
# Shared helpers (defensive; the bugs live in the consumers, not here)
# ---------------------------------------------------------------------------------------------------------


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys changed or added, keys dropped, and optionally new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _mapping(value: object) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty dict."""
    return value if isinstance(value, dict) else {}


def _credentials(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is missing (later API versions) or not an object."""
    return _mapping(payload.get("credentials"))


def _items(value: object) -> list[dict[str, Any]]:
    """The JSON objects of a list (conditions or their children); anything else is skipped."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


def _port(raw: object, default: int) -> int:
    """A TCP port from a string credential, or ``default`` when it is not a usable port number."""
    if not isinstance(raw, str):
        return default
    text = raw.strip()
    if not (0 < len(text) <= 5 and text.isascii() and text.isdigit()):
        return default
    value = int(text)
    return value if 0 < value < 65536 else default


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def _objectid_date(oid: str) -> str | None:
    """The creation date encoded in a MongoDB ObjectId, or ``None`` for any other string."""
    if not _OBJECT_ID.fullmatch(oid):
        return None
    return datetime.fromtimestamp(int(oid[:8], 16), tz=UTC).date().isoformat()


def _hostname(url: str) -> str | None:
    """The host of a URL (``None`` when it has none or cannot be split)."""
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _plus_days(when: datetime, days: int) -> str:
    """``when`` plus ``days`` as an ISO date, clamped at the end of the calendar."""
    try:
        return (when + timedelta(days=days)).date().isoformat()
    except OverflowError:
        return "9999-12-31"


# ---------------------------------------------------------------------------------------------------------
# 1. Integration cache, sharded by environment
# ---------------------------------------------------------------------------------------------------------

_CACHE_SHARDS = 64


def env_cache_key_buggy(payload: Payload) -> str:
    """Redis key under which the rider app caches an integration, sharded by its environment ObjectId."""
    env_id: str = payload["_environmentId"]
    shard = int(env_id, 16) % _CACHE_SHARDS
    return f"integrations:{shard:02d}:{env_id}:{payload['identifier']}"


def env_cache_key_fixed(payload: Payload) -> str:
    """Same key, sharded by a stable hash of the environment id, whatever string it is."""
    env_id = _text(payload.get("_environmentId"))
    shard = zlib.crc32(env_id.encode("utf-8", "surrogatepass")) % _CACHE_SHARDS
    identifier = _text(payload.get("identifier"))
    return f"integrations:{shard:02d}:{env_id}:{identifier}"


# ---------------------------------------------------------------------------------------------------------
# 2. Trip receipt footer: since when the email integration exists
# ---------------------------------------------------------------------------------------------------------


def receipt_footer_buggy(payload: Payload) -> str:
    """Footer of a trip receipt: which integration sent it and since when (from its ObjectId)."""
    oid: str = payload["_id"]
    since = _objectid_date(oid) or "unknown"
    return f"Sent through {payload['name']} (integration {oid}, since {since})"


def receipt_footer_fixed(payload: Payload) -> str:
    """Same footer; ``_id`` is optional, so the reference falls back to the identifier."""
    oid = _text(payload.get("_id"))
    since = (_objectid_date(oid) if oid else None) or "unknown"
    reference = oid or _text(payload.get("identifier")) or "n/a"
    return f"Sent through {_text(payload.get('name'))} (integration {reference}, since {since})"


# ---------------------------------------------------------------------------------------------------------
# 3. Sender id for rider pickup texts
# ---------------------------------------------------------------------------------------------------------


def pickup_sms_sender_buggy(payload: Payload) -> dict[str, str]:
    """Sender settings for "your driver is arriving" texts, from an SMS integration (e.g. Twilio)."""
    credentials = payload["credentials"]
    sender = credentials["from"].strip()
    return {
        "provider": payload["providerId"],
        "account": credentials.get("accountSid", ""),
        "sender": sender or "RIDEHAIL",
    }


def pickup_sms_sender_fixed(payload: Payload) -> dict[str, str]:
    """Same settings; every credentials key is optional, so a missing ``from`` uses the brand sender."""
    credentials = _credentials(payload)
    sender = _text(credentials.get("from")).strip()
    return {
        "provider": _text(payload.get("providerId")),
        "account": _text(credentials.get("accountSid")),
        "sender": sender or "RIDEHAIL",
    }


# ---------------------------------------------------------------------------------------------------------
# 4. SMTP transport for courier delivery receipts (Custom SMTP / nodemailer)
# ---------------------------------------------------------------------------------------------------------


def smtp_receipt_transport_buggy(payload: Payload) -> dict[str, object]:
    """Transport settings for the receipt mailer when the integration is a Custom SMTP server."""
    credentials = payload["credentials"]
    port = int(credentials.get("port", "587"))
    secure = credentials.get("secure", port == 465)
    return {
        "host": credentials.get("host", "localhost"),
        "port": port,
        "secure": bool(secure),
        "auth": bool(credentials.get("user")),
    }


def smtp_receipt_transport_fixed(payload: Payload) -> dict[str, object]:
    """Same settings; ``port`` is a free string, so only a real port number is used."""
    credentials = _credentials(payload)
    port = _port(credentials.get("port"), 587)
    secure = credentials.get("secure")
    return {
        "host": _text(credentials.get("host")) or "localhost",
        "port": port,
        "secure": secure if isinstance(secure, bool) else port == 465,
        "auth": bool(_text(credentials.get("user"))),
    }


# ---------------------------------------------------------------------------------------------------------
# 5. Driver-app push: which Firebase project an FCM integration uses
# ---------------------------------------------------------------------------------------------------------


def fcm_driver_project_buggy(payload: Payload) -> dict[str, str]:
    """Which Firebase project driver-app pushes go through, read from the FCM service account."""
    credentials = payload["credentials"]
    raw = credentials.get("serviceAccount")
    if raw is None:
        return {"project": "", "status": "unconfigured"}
    account = json.loads(raw)
    return {"project": str(account.get("project_id", "")), "status": "configured"}


def fcm_driver_project_fixed(payload: Payload) -> dict[str, str]:
    """Same lookup; ``serviceAccount`` is a plain string, which need not hold a JSON object."""
    raw = _credentials(payload).get("serviceAccount")
    if not isinstance(raw, str):
        return {"project": "", "status": "unconfigured"}
    try:
        account: object = json.loads(raw)
    except (ValueError, RecursionError):
        return {"project": "", "status": "unreadable"}
    if not isinstance(account, dict):
        return {"project": "", "status": "unreadable"}
    return {"project": _text(account.get("project_id")), "status": "configured"}


# ---------------------------------------------------------------------------------------------------------
# 6. Security review of the dispatch-ops Slack app's OAuth redirect
# ---------------------------------------------------------------------------------------------------------

_OPS_DOMAIN = "ops.ridehail.example"


def slack_redirect_trusted_buggy(payload: Payload) -> bool:
    """Is the Slack integration's OAuth redirect on our ops domain (or Novu's default when unset)?"""
    redirect = payload["credentials"].get("redirectUrl")
    if not redirect:
        return True
    host: str = urlsplit(redirect).hostname
    return host == _OPS_DOMAIN or host.endswith("." + _OPS_DOMAIN)


def slack_redirect_trusted_fixed(payload: Payload) -> bool:
    """Same review; a redirect without a host (relative path, bare word) is not on our domain."""
    redirect = _text(_credentials(payload).get("redirectUrl"))
    if not redirect:
        return True
    host = _hostname(redirect)
    if host is None:
        return False
    return host == _OPS_DOMAIN or host.endswith("." + _OPS_DOMAIN)


# ---------------------------------------------------------------------------------------------------------
# 7. Firewall egress rule for the courier SMS gateway (Kannel)
# ---------------------------------------------------------------------------------------------------------


def sms_gateway_egress_rule_buggy(payload: Payload) -> str:
    """Egress firewall rule letting the dispatch VPC reach a self-hosted SMS gateway."""
    credentials = payload["credentials"]
    host = credentials.get("host")
    if host is None:
        return ""
    address = ipaddress.ip_address(host)
    prefix = 32 if address.version == 4 else 128
    return f"allow tcp from 10.20.0.0/16 to {address}/{prefix} port {_port(credentials.get('port'), 13013)}"


def sms_gateway_egress_rule_fixed(payload: Payload) -> str:
    """Same rule; ``host`` may be a DNS name, which becomes an FQDN rule instead of a CIDR."""
    credentials = _credentials(payload)
    host = _text(credentials.get("host")).strip()
    if not host:
        return ""
    port = _port(credentials.get("port"), 13013)
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return f"allow tcp from 10.20.0.0/16 to fqdn {json.dumps(host)} port {port}"
    prefix = 32 if address.version == 4 else 128
    return f"allow tcp from 10.20.0.0/16 to {address}/{prefix} port {port}"


# ---------------------------------------------------------------------------------------------------------
# 8. Migration script: identifiers into slug + short id
# ---------------------------------------------------------------------------------------------------------


def identifier_migration_buggy(payload: Payload) -> dict[str, str]:
    """Split ``<slug>-<shortid>`` identifiers for the new marketplace config store."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return {"slug": slug or "unnamed", "shortId": short_id}


def identifier_migration_fixed(payload: Payload) -> dict[str, str]:
    """Same split; a user-chosen identifier need not contain a dash."""
    slug, dash, short_id = _text(payload.get("identifier")).rpartition("-")
    if not dash:
        return {"slug": short_id or "unnamed", "shortId": ""}
    return {"slug": slug or "unnamed", "shortId": short_id}


# ---------------------------------------------------------------------------------------------------------
# 9. Courier console: initials badge of an integration
# ---------------------------------------------------------------------------------------------------------


def console_badge_buggy(payload: Payload) -> str:
    """Two-letter badge shown next to each integration in the courier console (e.g. the Novu Inbox)."""
    words: list[str] = payload["name"].split()
    initials = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return initials.upper()


def console_badge_fixed(payload: Payload) -> str:
    """Same badge; the name may be empty or blank, then the provider id (or ``?``) is used."""
    words = _text(payload.get("name")).split() or _text(payload.get("providerId")).split()
    if not words:
        return "?"
    initials = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return initials.upper()


# ---------------------------------------------------------------------------------------------------------
# 10. Legacy invoicing export (ISO-8859-1 fixed-width)
# ---------------------------------------------------------------------------------------------------------


def invoicing_sender_line_buggy(payload: Payload) -> bytes:
    """Line of the nightly export to the legacy invoicing system, which reads ISO-8859-1 files."""
    sender = payload["credentials"].get("senderName", "")
    line = f"{payload['providerId'][:20]:<20}{sender[:40]:<40}{'Y' if payload['active'] else 'N'}"
    return line.encode("latin-1")


def invoicing_sender_line_fixed(payload: Payload) -> bytes:
    """Same line; names can be any Unicode, so unencodable characters become ``?``."""
    sender = _text(_credentials(payload).get("senderName"))
    provider = _text(payload.get("providerId"))
    line = f"{provider[:20]:<20}{sender[:40]:<40}{'Y' if payload.get('active') is True else 'N'}"
    return line.encode("latin-1", "replace")


# ---------------------------------------------------------------------------------------------------------
# 11. TLS audit of Custom SMTP integrations
# ---------------------------------------------------------------------------------------------------------


def smtp_tls_audit_buggy(payload: Payload) -> dict[str, object]:
    """Security audit: cipher suites and certificate checking of a Custom SMTP integration."""
    credentials = payload["credentials"]
    tls = credentials.get("tlsOptions") or {}
    ciphers = tls.get("ciphers", "DEFAULT").split(":")
    return {
        "ciphers": ciphers,
        "verify": tls.get("rejectUnauthorized", True) is not False,
        "requireTls": bool(credentials.get("requireTls")),
    }


def smtp_tls_audit_fixed(payload: Payload) -> dict[str, object]:
    """Same audit; ``tlsOptions`` is free-form, so ``ciphers`` may be a list, a number or anything."""
    credentials = _credentials(payload)
    tls = _mapping(credentials.get("tlsOptions"))
    raw = tls.get("ciphers", "DEFAULT")
    if isinstance(raw, str):
        ciphers = [cipher for cipher in raw.split(":") if cipher]
    elif isinstance(raw, list):
        ciphers = [cipher for cipher in raw if isinstance(cipher, str)]
    else:
        ciphers = []
    return {
        "ciphers": ciphers,
        "verify": tls.get("rejectUnauthorized", True) is not False,
        "requireTls": credentials.get("requireTls") is True,
    }


# ---------------------------------------------------------------------------------------------------------
# 12. Failover router: which slot a primary integration fills
# ---------------------------------------------------------------------------------------------------------

_PRIMARY_SLOTS = {"email": "receipts-primary", "sms": "otp-primary"}


def primary_slot_buggy(payload: Payload) -> str | None:
    """The failover slot a primary integration takes (email receipts, SMS one-time codes)."""
    if not payload["primary"]:
        return None
    return _PRIMARY_SLOTS[payload["channel"]]


def primary_slot_fixed(payload: Payload) -> str | None:
    """Same router; ``primary: true`` is valid on any channel, those have no failover slot."""
    if payload.get("primary") is not True:
        return None
    return _PRIMARY_SLOTS.get(_text(payload.get("channel")))


# ---------------------------------------------------------------------------------------------------------
# 13. Admin API serializer
# ---------------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _IntegrationRow:
    """Row of the marketplace admin API's integrations table."""

    environment_id: object = None
    organization_id: object = None
    name: object = None
    identifier: object = None
    provider_id: object = None
    channel: object = None
    credentials: object = None
    active: object = None
    deleted: object = None
    primary: object = None
    id: object = None
    deleted_at: object = None
    deleted_by: object = None
    conditions: object = None


_ROW_FIELDS = frozenset(field.name for field in dataclasses.fields(_IntegrationRow))


def _snake(key: str) -> str:
    """``_environmentId`` -> ``environment_id``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", key.lstrip("_")).lower()


def _row_dict(row: _IntegrationRow) -> dict[str, object]:
    return {field.name: getattr(row, field.name) for field in dataclasses.fields(row)}


def admin_row_buggy(payload: Payload) -> dict[str, object]:
    """Serialize an integration into the admin API's snake_case row."""
    row = _IntegrationRow(**{_snake(key): value for key, value in payload.items()})
    return _row_dict(row)


def admin_row_fixed(payload: Payload) -> dict[str, object]:
    """Same row; unknown extra keys (``createdAt``, ``__v``, ...) are valid and ignored."""
    known = {_snake(key): value for key, value in payload.items() if _snake(key) in _ROW_FIELDS}
    return _row_dict(_IntegrationRow(**known))


# ---------------------------------------------------------------------------------------------------------
# 14. Retention job: purge date of soft-deleted integrations
# ---------------------------------------------------------------------------------------------------------


def _parse_timestamp(raw: str) -> datetime | None:
    text = raw.strip()
    if not text or len(text) > 64:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        return None


def credentials_purge_date_buggy(payload: Payload) -> str | None:
    """Date on which a soft-deleted integration's credentials are purged (30 days after deletion)."""
    if not payload["deleted"]:
        return None
    deleted_at = payload.get("deletedAt")
    if deleted_at is None:
        return "immediately"
    when = datetime.fromisoformat(deleted_at.replace("Z", "+00:00"))
    return _plus_days(when, 30)


def credentials_purge_date_fixed(payload: Payload) -> str | None:
    """Same job; ``deletedAt`` is only typed as a string, so an unparsable one goes to manual review."""
    if payload.get("deleted") is not True:
        return None
    deleted_at = payload.get("deletedAt")
    if not isinstance(deleted_at, str):
        return "immediately"
    when = _parse_timestamp(deleted_at)
    if when is None:
        return "manual-review"
    return _plus_days(when, 30)


# ---------------------------------------------------------------------------------------------------------
# 15. Dispatch rule compiler: integration conditions into the dispatch DSL
# ---------------------------------------------------------------------------------------------------------

_DSL_OPERATORS_PARTIAL = {
    "EQUAL": "==",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "in",
}

_DSL_OPERATORS = {
    **_DSL_OPERATORS_PARTIAL,
    "ALL_IN": "all_in",
    "ANY_IN": "any_in",
    "NOT_IN": "not_in",
    "BETWEEN": "between",
    "NOT_BETWEEN": "not_between",
    "LIKE": "like",
    "NOT_LIKE": "not_like",
}


def dispatch_rules_buggy(payload: Payload) -> list[str]:
    """Compile an integration's conditions into the dispatch service's routing-rule DSL."""
    rules = []
    for condition in payload.get("conditions", []):
        clauses = [
            f"{child['on']}.{child['field']} {_DSL_OPERATORS_PARTIAL[child['operator']]} "
            f"{json.dumps(child['value'])}"
            for child in condition["children"]
        ]
        rule = (" and " if condition["value"] == "AND" else " or ").join(clauses) or "true"
        rules.append(f"not ({rule})" if condition["isNegated"] else rule)
    return rules


def dispatch_rules_fixed(payload: Payload) -> list[str]:
    """Same compiler; every ``Operator`` value is mapped, unknown ones (drift) fall back to their name."""
    rules = []
    for condition in _items(payload.get("conditions")):
        clauses = []
        for child in _items(condition.get("children")):
            operator = _text(child.get("operator"))
            dsl_operator = _DSL_OPERATORS.get(operator) or operator.lower() or "?"
            clauses.append(
                f"{_text(child.get('on'))}.{_text(child.get('field'))} {dsl_operator} "
                f"{json.dumps(_text(child.get('value')))}"
            )
        rule = (" and " if condition.get("value") != "OR" else " or ").join(clauses) or "true"
        rules.append(f"not ({rule})" if condition.get("isNegated") is True else rule)
    return rules


# ---------------------------------------------------------------------------------------------------------
# 16. Search indexer: which fields an integration routes on
# ---------------------------------------------------------------------------------------------------------


def routing_fields_index_buggy(payload: Payload) -> list[str]:
    """Index the subscriber/payload fields (``payload.cityId``, ...) an integration's conditions route on."""
    fields: set[str] = set()
    for condition in payload["conditions"]:
        for child in condition["children"]:
            fields.add(f"{child['on']}:{child['field']}")
    return sorted(fields)


def routing_fields_index_fixed(payload: Payload) -> list[str]:
    """Same index; ``conditions`` is optional, an absent list routes on nothing."""
    fields: set[str] = set()
    for condition in _items(payload.get("conditions")):
        for child in _items(condition.get("children")):
            fields.add(f"{_text(child.get('on'))}:{_text(child.get('field'))}")
    return sorted(fields)


# ---------------------------------------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------------------------------------

_TWILIO = {
    "providerId": "twilio",
    "channel": "sms",
    "name": "Twilio",
    "identifier": "twilio-Yp3vQ9sd",
    "primary": True,
}
_NODEMAILER = {"providerId": "nodemailer", "name": "Custom SMTP", "identifier": "custom-smtp-4hTq0ZrW"}

RIDEHAIL_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="ridehail_env_cache_key",
        bug="assumes _environmentId is a hex ObjectId and shards on int(id, 16)",
        buggy=env_cache_key_buggy,
        fixed=env_cache_key_fixed,
        raises=(ValueError,),
        example=_payload({"_environmentId": "env-prod-eu-west"}),
    ),
    ConsumerCase(
        name="ridehail_receipt_footer",
        bug="assumes every integration carries _id",
        buggy=receipt_footer_buggy,
        fixed=receipt_footer_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="ridehail_pickup_sms_sender",
        bug="assumes an SMS integration's credentials always contain from",
        buggy=pickup_sms_sender_buggy,
        fixed=pickup_sms_sender_fixed,
        raises=(KeyError,),
        example=_payload(
            _TWILIO, credentials={"accountSid": "AC0000000000000000000000000000fake", "token": "t0k"}
        ),
    ),
    ConsumerCase(
        name="ridehail_smtp_receipt_transport",
        bug="assumes credentials.port is a numeric string",
        buggy=smtp_receipt_transport_buggy,
        fixed=smtp_receipt_transport_fixed,
        raises=(ValueError,),
        example=_payload(
            _NODEMAILER,
            credentials={
                "host": "smtp.ridehail.example",
                "port": "submission",
                "from": "receipts@ridehail.example",
            },
        ),
    ),
    ConsumerCase(
        name="ridehail_fcm_driver_project",
        bug="assumes credentials.serviceAccount is a JSON service-account object",
        buggy=fcm_driver_project_buggy,
        fixed=fcm_driver_project_fixed,
        raises=(ValueError, AttributeError),
        example=_payload(
            {"providerId": "fcm", "channel": "push", "name": "Firebase Cloud Messaging", "primary": False},
            credentials={"serviceAccount": "fake-fcm-service-account"},
        ),
    ),
    ConsumerCase(
        name="ridehail_slack_redirect_trusted",
        bug="assumes a set redirectUrl is an absolute URL with a host (hostname is never None)",
        buggy=slack_redirect_trusted_buggy,
        fixed=slack_redirect_trusted_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {"providerId": "slack", "channel": "chat", "name": "Slack", "identifier": "slack-Dq81mZpe"},
            credentials={
                "applicationId": "A0FAKE",
                "clientId": "1234.5678",
                "secretKey": "fake-secret",
                "redirectUrl": "/integrations/slack/callback",
            },
        ),
    ),
    ConsumerCase(
        name="ridehail_sms_gateway_egress",
        bug="assumes credentials.host is an IP address, not a DNS name",
        buggy=sms_gateway_egress_rule_buggy,
        fixed=sms_gateway_egress_rule_fixed,
        raises=(ValueError,),
        example=_payload(
            {"providerId": "kannel", "channel": "sms", "name": "Kannel SMS", "identifier": "kannel-sms-Hx2"},
            credentials={"host": "kannel.dispatch.internal", "port": "13013", "from": "RIDEX"},
        ),
    ),
    ConsumerCase(
        name="ridehail_identifier_migration",
        bug="assumes every identifier has the generated <slug>-<shortid> form with a dash",
        buggy=identifier_migration_buggy,
        fixed=identifier_migration_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "receipts_primary"}),
    ),
    ConsumerCase(
        name="ridehail_console_badge",
        bug="assumes the integration name has at least one non-blank word",
        buggy=console_badge_buggy,
        fixed=console_badge_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "providerId": "novu",
                "channel": "in_app",
                "name": "  ",
                "identifier": "-k2Jd9sQw",
                "primary": False,
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="ridehail_invoicing_sender_line",
        bug="assumes provider ids and sender names fit in ISO-8859-1",
        buggy=invoicing_sender_line_buggy,
        fixed=invoicing_sender_line_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {"providerId": "mailjet", "name": "Mailjet", "identifier": "mailjet-Qz81LmA2"},
            credentials={
                "apiKey": "fake-key",
                "secretKey": "fake-secret",
                "from": "receipts@ridehail.example",
                "senderName": "Такси Экспресс",
            },
        ),
    ),
    ConsumerCase(
        name="ridehail_smtp_tls_audit",
        bug="assumes tlsOptions.ciphers, when present, is a colon-separated string",
        buggy=smtp_tls_audit_buggy,
        fixed=smtp_tls_audit_fixed,
        raises=(AttributeError,),
        example=_payload(
            _NODEMAILER,
            credentials={
                "host": "smtp.ridehail.example",
                "port": "465",
                "secure": True,
                "tlsOptions": {"ciphers": ["TLS_AES_128_GCM_SHA256"], "rejectUnauthorized": True},
            },
        ),
    ),
    ConsumerCase(
        name="ridehail_primary_slot",
        bug="assumes only email and sms integrations can be primary",
        buggy=primary_slot_buggy,
        fixed=primary_slot_fixed,
        raises=(KeyError,),
        example=_payload(
            {"providerId": "expo", "channel": "push", "name": "Expo Push", "identifier": "expo-push-Mq7"},
            credentials={"apiKey": "fake-expo-token"},
        ),
    ),
    ConsumerCase(
        name="ridehail_admin_row",
        bug="assumes the payload carries no keys beyond the documented ones",
        buggy=admin_row_buggy,
        fixed=admin_row_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "createdAt": "2025-05-01T10:00:00.000Z",
                "updatedAt": "2025-05-02T10:00:00.000Z",
                "__v": 0,
                "priority": 1,
            }
        ),
    ),
    ConsumerCase(
        name="ridehail_credentials_purge_date",
        bug="assumes deletedAt is an ISO-8601 timestamp",
        buggy=credentials_purge_date_buggy,
        fixed=credentials_purge_date_fixed,
        raises=(ValueError,),
        example=_payload(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "02/12/2025 10:15"}
        ),
    ),
    ConsumerCase(
        name="ridehail_dispatch_rules",
        bug="assumes conditions only use comparison operators (EQUAL, LARGER, IN, ...)",
        buggy=dispatch_rules_buggy,
        fixed=dispatch_rules_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {
                                "field": "tripDistanceKm",
                                "value": "2,15",
                                "operator": "BETWEEN",
                                "on": "payload",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="ridehail_routing_fields_index",
        bug="assumes conditions is always present",
        buggy=routing_fields_index_buggy,
        fixed=routing_fields_index_fixed,
        raises=(KeyError,),
        example=_payload(drop=("conditions",)),
    ),
]
"""The sixteen ridehail consumers, in the order above."""
