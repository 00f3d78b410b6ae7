"""Sixteen consumers from a music and video streaming service, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The service
("Wavelength": music, podcasts and video) reads its Novu integrations to send new-release emails,
artist push alerts, SMS login codes and chat notices to its ops channels; its routers, sync jobs,
exporters, billing jobs and admin tools each take one wire payload (an element of
``GET /v1/integrations``, exactly as the API sends it) and return a value or raise.

Each ``*_buggy`` function is what an engineer wrote and tested against ``HAPPY_PATH``; it carries one
mistaken assumption about a value the contract allows. Each ``*_fixed`` function is the same code done
right: it must not raise on any contract-valid payload (absent optional keys, empty or odd strings,
any unicode, any enum value, unknown extra keys, any credentials, any condition shapes), and it also
tolerates the documented provider drift (``on: "tenant"``, operator ``IS_DEFINED``, sparse children).
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import ipaddress
import json
import re
import shlex
import warnings
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# --------------------------------------------------------------------------------------------------
# Helpers shared by the fixed controls (and, where harmless, the buggy versions)
# --------------------------------------------------------------------------------------------------


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, removed, and optionally new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    """The credentials object, or an empty mapping when it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(mapping: Mapping[str, Any], key: str) -> str | None:
    """``mapping[key]`` if it is a string, else ``None``."""
    value = mapping.get(key)
    return value if isinstance(value, str) else None


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included (JSON can carry them)."""
    return text.encode("utf-8", "surrogatepass")


def _conditions(payload: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The condition objects of a payload; ``[]`` when absent, non-object items skipped."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The child filter objects of one condition; ``[]`` when absent, non-object items skipped."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [item for item in children if isinstance(item, dict)]


# --------------------------------------------------------------------------------------------------
# 1. New-release email router: picks the DKIM signing domain from the sender address
# --------------------------------------------------------------------------------------------------


def release_sender_domain_buggy(payload: Payload) -> str | None:
    """Signing domain for the weekly new-release email, taken from the integration's sender."""
    if payload["channel"] != "email":
        return None
    sender: str = payload["credentials"]["from"]
    return sender.split("@")[1].strip().lower()


def release_sender_domain_fixed(payload: Payload) -> str | None:
    """Signing domain for the weekly new-release email; ``None`` when the sender has no domain."""
    if payload.get("channel") != "email":
        return None
    sender = _text(_creds(payload), "from")
    if sender is None:
        return None
    local, at, domain = sender.rpartition("@")
    if not at or not local:
        return None
    domain = domain.strip().lower()
    return domain or None


# --------------------------------------------------------------------------------------------------
# 2. SMTP pool config builder for the self-hosted mail relay (nodemailer-style credentials)
# --------------------------------------------------------------------------------------------------


def smtp_pool_config_buggy(payload: Payload) -> dict[str, object] | None:
    """Connection settings for the pooled SMTP relay that sends receipts and release mails."""
    creds = payload["credentials"]
    if "host" not in creds:
        return None
    port = int(creds.get("port") or 587)
    return {
        "host": creds["host"],
        "port": port,
        "secure": bool(creds.get("secure", port == 465)),
        "pool": True,
    }


_PORT = re.compile(r"[0-9]{1,5}")


def smtp_pool_config_fixed(payload: Payload) -> dict[str, object] | None:
    """Connection settings for the SMTP relay; a port that is not a number falls back to 587."""
    creds = _creds(payload)
    host = _text(creds, "host")
    if host is None:
        return None
    raw_port = (_text(creds, "port") or "").strip()
    port = 587
    if _PORT.fullmatch(raw_port) and 0 < int(raw_port) < 65536:
        port = int(raw_port)
    secure = creds.get("secure")
    return {
        "host": host,
        "port": port,
        "secure": secure if isinstance(secure, bool) else port == 465,
        "pool": True,
    }


# --------------------------------------------------------------------------------------------------
# 3. Egress allowlist sync: every webhook target must be allowed through the outbound proxy
# --------------------------------------------------------------------------------------------------


def webhook_egress_rule_buggy(payload: Payload) -> dict[str, str] | None:
    """The outbound-proxy rule for an integration's webhook URL (push-webhook, email-webhook, ...)."""
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    host = urlsplit(url).hostname.rstrip(".")
    try:
        ipaddress.ip_address(host)
        kind = "ip"
    except ValueError:
        kind = "dns"
    return {"host": host, "kind": kind, "integration": payload["identifier"]}


def webhook_egress_rule_fixed(payload: Payload) -> dict[str, str] | None:
    """The outbound-proxy rule for a webhook URL; ``None`` when the URL names no host."""
    url = _text(_creds(payload), "webhookUrl")
    if url is None:
        return None
    try:
        hostname = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not hostname:
        return None
    host = hostname.rstrip(".")
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
        kind = "ip"
    except ValueError:
        kind = "dns"
    identifier = payload.get("identifier")
    return {"host": host, "kind": kind, "integration": identifier if isinstance(identifier, str) else ""}


# --------------------------------------------------------------------------------------------------
# 4. Artist-alert push loader: reads the Firebase project out of the service account
# --------------------------------------------------------------------------------------------------


def fcm_project_buggy(payload: Payload) -> str | None:
    """The Firebase project that artist-release push alerts are sent through."""
    service_account = payload["credentials"].get("serviceAccount")
    if service_account is None:
        return None
    account = json.loads(service_account)
    return str(account.get("project_id", ""))


def fcm_project_fixed(payload: Payload) -> str | None:
    """The Firebase project id, or ``None`` when the service account is not a JSON key file."""
    service_account = _text(_creds(payload), "serviceAccount")
    if service_account is None:
        return None
    try:
        account = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    if not isinstance(account, dict):
        return None
    project = account.get("project_id")
    return project if isinstance(project, str) else None


# --------------------------------------------------------------------------------------------------
# 5. Integration audit log: one JSON line per integration seen by the nightly sync
# --------------------------------------------------------------------------------------------------


def integration_audit_line_buggy(payload: Payload) -> str:
    """A JSON audit line keyed by the integration's database id."""
    entry = {
        "integration_id": payload["_id"],
        "environment": payload["_environmentId"],
        "provider": payload["providerId"],
        "channel": payload["channel"],
        "active": payload["active"],
        "deleted_by": payload.get("deletedBy"),
    }
    return json.dumps(entry, sort_keys=True)


def integration_audit_line_fixed(payload: Payload) -> str:
    """A JSON audit line; falls back to the write-reply ``id`` or the identifier when ``_id`` is absent."""
    record_id = payload.get("_id")
    if not isinstance(record_id, str):
        record_id = payload.get("id") if isinstance(payload.get("id"), str) else None
    entry = {
        "integration_id": record_id,
        "identifier": payload.get("identifier"),
        "environment": payload.get("_environmentId"),
        "provider": payload.get("providerId"),
        "channel": payload.get("channel"),
        "active": payload.get("active"),
        "deleted_by": payload.get("deletedBy"),
    }
    return json.dumps(entry, sort_keys=True, ensure_ascii=True)


# --------------------------------------------------------------------------------------------------
# 6. Edge cache: integration lookups are cached at the CDN edge under a hashed key
# --------------------------------------------------------------------------------------------------


def edge_cache_key_buggy(payload: Payload) -> str:
    """Cache key for an environment's integration, used by the playback-notification edge worker."""
    raw = f"{payload['_environmentId']}:{payload['channel']}:{payload['identifier']}"
    return "intg:" + hashlib.sha256(raw.encode("ascii")).hexdigest()[:32]


def edge_cache_key_fixed(payload: Payload) -> str:
    """Cache key for an environment's integration; any unicode in the parts is hashed as UTF-8."""
    parts = [payload.get("_environmentId"), payload.get("channel"), payload.get("identifier")]
    raw = ":".join(part if isinstance(part, str) else "" for part in parts)
    return "intg:" + hashlib.sha256(_utf8(raw)).hexdigest()[:32]


# --------------------------------------------------------------------------------------------------
# 7. Retention job: purge the stored secrets of integrations deleted more than 30 days ago
# --------------------------------------------------------------------------------------------------

_RETENTION = timedelta(days=30)


def purge_due_buggy(payload: Payload, *, now: datetime | None = None) -> bool | None:
    """Whether a soft-deleted integration's secrets are due for purging (``None``: not deleted)."""
    raw = payload.get("deletedAt")
    if raw is None:
        return None
    deleted_at = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    return (now or datetime.now(UTC)) - deleted_at > _RETENTION


def purge_due_fixed(payload: Payload, *, now: datetime | None = None) -> bool | None:
    """Whether secrets are due for purging; an unreadable ``deletedAt`` is never purged automatically."""
    raw = _text(payload, "deletedAt")
    if raw is None:
        return None
    try:
        deleted_at = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return False
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        return (now or datetime.now(UTC)) - deleted_at > _RETENTION
    except OverflowError:
        return False


# --------------------------------------------------------------------------------------------------
# 8. SMS login-code router: normalises the sender number to E.164 for the carrier report
# --------------------------------------------------------------------------------------------------


def sms_sender_buggy(payload: Payload) -> str | None:
    """The E.164 sender of an SMS integration (login codes, subscription renewal reminders)."""
    if payload["channel"] != "sms":
        return None
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    digits = re.sub(r"[\s().-]", "", sender).lstrip("+")
    return "+" + str(int(digits))


_E164_DIGITS = re.compile(r"[0-9]{4,15}")
_ALPHA_SENDER = re.compile(r"[A-Za-z0-9 ]{1,11}")


def sms_sender_fixed(payload: Payload) -> str | None:
    """The E.164 sender, an alphanumeric sender id as ``alpha:<id>``, or ``None``."""
    if payload.get("channel") != "sms":
        return None
    sender = _text(_creds(payload), "from")
    if not sender:
        return None
    digits = re.sub(r"[\s().-]", "", sender).lstrip("+")
    if _E164_DIGITS.fullmatch(digits):
        return "+" + digits.lstrip("0")
    if _ALPHA_SENDER.fullmatch(sender.strip()):
        return "alpha:" + sender.strip()
    return None


# --------------------------------------------------------------------------------------------------
# 9. Usage billing: monthly per-integration platform fee charged back to each product team
# --------------------------------------------------------------------------------------------------

_BUGGY_RATES = {"email": Decimal("4.00"), "sms": Decimal("12.50"), "push": Decimal("2.00")}
_RATES = {
    "email": Decimal("4.00"),
    "sms": Decimal("12.50"),
    "push": Decimal("2.00"),
    "chat": Decimal("1.00"),
    "in_app": Decimal("0.00"),
}


def monthly_fee_buggy(payload: Payload) -> Decimal:
    """Platform fee for one integration; inactive integrations are charged half."""
    rate = _BUGGY_RATES[payload["channel"]]
    return rate if payload["active"] else rate / 2


def monthly_fee_fixed(payload: Payload) -> Decimal:
    """Platform fee for one integration; channels without a rate cost nothing."""
    channel = payload.get("channel")
    rate = _RATES.get(channel, Decimal("0.00")) if isinstance(channel, str) else Decimal("0.00")
    return rate if payload.get("active") is True else rate / 2


# --------------------------------------------------------------------------------------------------
# 10. Geo-rights rule compiler: conditions become the rule text of the licensing engine
# --------------------------------------------------------------------------------------------------

_BUGGY_OPS = {
    "EQUAL": "==",
    "NOT_EQUAL": "!=",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "IN": "in",
    "NOT_IN": "not in",
}
_OPS = {
    **_BUGGY_OPS,
    "ALL_IN": "all in",
    "ANY_IN": "any in",
    "BETWEEN": "between",
    "NOT_BETWEEN": "not between",
    "LIKE": "like",
    "NOT_LIKE": "not like",
    "IS_DEFINED": "is defined",
}


def geo_rules_buggy(payload: Payload) -> list[str]:
    """One rule line per condition, children joined by the condition's AND/OR."""
    rules = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{child['on']}.{child['field']} {_BUGGY_OPS[child['operator']]} {child['value']!r}"
            for child in condition["children"]
        ]
        rule = f" {condition['value']} ".join(parts)
        rules.append(f"not ({rule})" if condition["isNegated"] else rule)
    return rules


def geo_rules_fixed(payload: Payload) -> list[str]:
    """One rule line per condition; unknown operators are spelled out instead of failing."""
    rules = []
    for condition in _conditions(payload):
        parts = []
        for child in _children(condition):
            operator = child.get("operator")
            op = _OPS.get(operator, f"<{operator}>") if isinstance(operator, str) else "<?>"
            parts.append(f"{child.get('on')}.{child.get('field')} {op} {child.get('value')!r}")
        joiner = condition.get("value")
        rule = f" {joiner if isinstance(joiner, str) else 'AND'} ".join(parts)
        rules.append(f"not ({rule})" if condition.get("isNegated") is True else rule)
    return rules


# --------------------------------------------------------------------------------------------------
# 11. Catalogue search indexer: condition values become match patterns over track metadata
# --------------------------------------------------------------------------------------------------


def condition_patterns_buggy(payload: Payload) -> list[re.Pattern[str]]:
    """Case-insensitive patterns, one per condition child, used to pre-filter the track index."""
    patterns = []
    with warnings.catch_warnings():  # keep the indexer's log free of re's FutureWarnings
        warnings.simplefilter("ignore", FutureWarning)
        for condition in payload.get("conditions", []):
            for child in condition["children"]:
                patterns.append(re.compile(child["value"].replace("%", ".*"), re.IGNORECASE))
    return patterns


def condition_patterns_fixed(payload: Payload) -> list[re.Pattern[str]]:
    """Case-insensitive patterns; a value is literal text with ``%`` as the only wildcard."""
    patterns = []
    for condition in _conditions(payload):
        for child in _children(condition):
            value = _text(child, "value")
            if value is None:
                continue
            regex = ".*".join(re.escape(piece) for piece in value.split("%"))
            patterns.append(re.compile(regex, re.IGNORECASE))
    return patterns


# --------------------------------------------------------------------------------------------------
# 12. Admin console serializer: the internal admin UI shows integrations as typed records
# --------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class AdminIntegration:
    """An integration as the admin console shows it."""

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
    deleted_at: str | None = None
    deleted_by: str | None = None
    conditions: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def _snake(key: str) -> str:
    """``_environmentId`` -> ``environment_id``: the console's own attribute naming."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key.lstrip("_")).lower()


def admin_record_buggy(payload: Payload) -> AdminIntegration:
    """The admin record: wire keys are snake-cased and mapped straight onto the dataclass."""
    return AdminIntegration(**{_snake(key): value for key, value in payload.items()})


_WIRE_TO_ADMIN = {
    "_id": "id",
    "_environmentId": "environment_id",
    "_organizationId": "organization_id",
    "name": "name",
    "identifier": "identifier",
    "providerId": "provider_id",
    "channel": "channel",
    "deletedAt": "deleted_at",
    "deletedBy": "deleted_by",
}


def admin_record_fixed(payload: Payload) -> AdminIntegration:
    """The admin record; keys the console does not know (``createdAt``, ``__v``, ...) are ignored."""
    known: dict[str, str] = {}
    for wire_key, attribute in _WIRE_TO_ADMIN.items():
        value = payload.get(wire_key)
        if isinstance(value, str):
            known[attribute] = value
    if "id" not in known and isinstance(payload.get("id"), str):  # write replies repeat ``_id`` as ``id``
        known["id"] = payload["id"]
    return AdminIntegration(
        environment_id=known.get("environment_id", ""),
        organization_id=known.get("organization_id", ""),
        name=known.get("name", ""),
        identifier=known.get("identifier", ""),
        provider_id=known.get("provider_id", ""),
        channel=known.get("channel", ""),
        credentials=dict(_creds(payload)),
        active=payload.get("active") is True,
        deleted=payload.get("deleted") is True,
        primary=payload.get("primary") is True,
        id=known.get("id"),
        deleted_at=known.get("deleted_at"),
        deleted_by=known.get("deleted_by"),
        conditions=[dict(condition) for condition in _conditions(payload)],
    )


# --------------------------------------------------------------------------------------------------
# 13. In-app inbox config: the web and TV apps need to know whether the Inbox requires HMAC
# --------------------------------------------------------------------------------------------------


def inbox_config_buggy(payload: Payload) -> dict[str, object] | None:
    """Config the player apps fetch to mount the in-app notification inbox."""
    if payload["channel"] != "in_app":
        return None
    return {
        "applicationIdentifier": payload["_environmentId"],
        "hmacRequired": bool(payload["credentials"]["hmac"]),
        "enabled": payload["active"],
    }


def inbox_config_fixed(payload: Payload) -> dict[str, object] | None:
    """Inbox config; HMAC is required only when the integration says ``hmac: true``."""
    if payload.get("channel") != "in_app":
        return None
    return {
        "applicationIdentifier": payload.get("_environmentId"),
        "hmacRequired": _creds(payload).get("hmac") is True,
        "enabled": payload.get("active") is True,
    }


# --------------------------------------------------------------------------------------------------
# 14. Chat install link: ops connect the #releases Slack workspace through an OAuth link
# --------------------------------------------------------------------------------------------------

_DEFAULT_REDIRECT = "https://admin.wavelength.example/integrations/chat/callback"


def chat_install_link_buggy(payload: Payload) -> str | None:
    """The OAuth install link for a chat integration (Slack-style ``clientId`` credentials)."""
    if payload["channel"] != "chat":
        return None
    creds = payload["credentials"]
    query = {
        "client_id": creds.get("clientId", ""),
        "scope": "chat:write,channels:read",
        "redirect_uri": creds["redirectUrl"],
        "state": payload["identifier"],
    }
    return "https://slack.com/oauth/v2/authorize?" + urlencode(query)


def chat_install_link_fixed(payload: Payload) -> str | None:
    """The OAuth install link; the admin callback is used when no ``redirectUrl`` is configured."""
    if payload.get("channel") != "chat":
        return None
    creds = _creds(payload)
    identifier = payload.get("identifier")
    query = {
        "client_id": _text(creds, "clientId") or "",
        "scope": "chat:write,channels:read",
        "redirect_uri": _text(creds, "redirectUrl") or _DEFAULT_REDIRECT,
        "state": identifier if isinstance(identifier, str) else "",
    }
    return "https://slack.com/oauth/v2/authorize?" + urlencode(query, errors="surrogatepass")


# --------------------------------------------------------------------------------------------------
# 15. Migration script: integrations are re-created on the new notification stack by a CLI
# --------------------------------------------------------------------------------------------------


def migration_argv_buggy(payload: Payload) -> list[str]:
    """The argv of the ``wl-notify import`` call that re-creates one integration."""
    command = (
        f"wl-notify import --provider {payload['providerId']} --channel {payload['channel']}"
        f" --identifier {payload['identifier']} --name '{payload['name']}'"
    )
    return shlex.split(command)


def migration_argv_fixed(payload: Payload) -> list[str]:
    """The argv, built as a list so that no name or identifier needs quoting."""

    def arg(key: str) -> str:
        value = payload.get(key)
        return value if isinstance(value, str) else ""

    argv = ["wl-notify", "import", "--provider", arg("providerId"), "--channel", arg("channel")]
    argv += ["--identifier", arg("identifier"), "--name", arg("name")]
    shlex.join(argv)  # the line written to the migration log; quoting never fails
    return argv


# --------------------------------------------------------------------------------------------------
# 16. TLS policy auditor: security review of the SMTP relay's TLS options
# --------------------------------------------------------------------------------------------------


def tls_audit_buggy(payload: Payload) -> dict[str, object]:
    """Normalised TLS options plus a verdict for the quarterly security review."""
    options = payload["credentials"].get("tlsOptions") or {}
    normalised = {key: value.strip() for key, value in options.items()}
    return {
        "options": normalised,
        "verifies_peer": normalised.get("rejectUnauthorized", "true") != "false",
        "ignore_tls": payload["credentials"].get("ignoreTls", False),
    }


def tls_audit_fixed(payload: Payload) -> dict[str, object]:
    """Normalised TLS options; option values may be any JSON value, only strings are stripped."""
    creds = _creds(payload)
    options = creds.get("tlsOptions")
    if not isinstance(options, dict):
        options = {}
    normalised = {key: value.strip() if isinstance(value, str) else value for key, value in options.items()}
    reject = normalised.get("rejectUnauthorized", True)
    return {
        "options": normalised,
        "verifies_peer": reject not in (False, "false"),
        "ignore_tls": creds.get("ignoreTls") is True,
    }


# --------------------------------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------------------------------

STREAMING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="streaming_release_sender_domain",
        bug="assumes an email integration's credentials.from is always present and contains an '@'",
        buggy=release_sender_domain_buggy,
        fixed=release_sender_domain_fixed,
        raises=(KeyError, IndexError),
        example=_payload(
            credentials={
                "apiKey": "fake-api-key-0001",
                "from": "Wavelength Releases",
                "senderName": "Wavelength",
            }
        ),
    ),
    ConsumerCase(
        name="streaming_smtp_pool_config",
        bug="assumes credentials.port is a numeric string, though the contract types it as any string",
        buggy=smtp_pool_config_buggy,
        fixed=smtp_pool_config_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Qm3x9Lp", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.wavelength.example",
                "port": "smtps",
                "from": "receipts@wavelength.example",
            },
        ),
    ),
    ConsumerCase(
        name="streaming_webhook_egress_rule",
        bug="assumes credentials.webhookUrl is an absolute URL, so urlsplit(...).hostname is never None",
        buggy=webhook_egress_rule_buggy,
        fixed=webhook_egress_rule_fixed,
        raises=(AttributeError, ValueError),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-7HkQ2a",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "/hooks/artist-alerts", "secretKey": "whsec-0001"},
        ),
    ),
    ConsumerCase(
        name="streaming_fcm_project",
        bug="assumes credentials.serviceAccount is always a JSON service-account document",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Zp81Kd",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "wavelength-push@wavelength-prod.iam.gserviceaccount.com"},
        ),
    ),
    ConsumerCase(
        name="streaming_integration_audit_line",
        bug="assumes every integration carries its database id `_id`, which the contract makes optional",
        buggy=integration_audit_line_buggy,
        fixed=integration_audit_line_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="streaming_edge_cache_key",
        bug="assumes identifiers are ASCII slugs and encodes the cache key as ASCII",
        buggy=edge_cache_key_buggy,
        fixed=edge_cache_key_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "Música Nueva", "identifier": "música-nueva-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="streaming_purge_due",
        bug="assumes deletedAt is an offset-aware ISO-8601 timestamp, though it is typed as a plain string",
        buggy=purge_due_buggy,
        fixed=purge_due_fixed,
        raises=(ValueError, TypeError),
        example=_payload(
            {"deleted": True, "active": False, "primary": False, "deletedAt": "Thu, 08 May 2025 10:00:00 GMT"}
        ),
    ),
    ConsumerCase(
        name="streaming_sms_sender",
        bug="assumes an SMS integration's `from` is a phone number, not an alphanumeric sender id",
        buggy=sms_sender_buggy,
        fixed=sms_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-a9Ks0PqZ", "providerId": "twilio", "channel": "sms"},
            credentials={
                "accountSid": "AC0000000000000000000000000000fake",
                "token": "fake-token",
                "from": "WAVELEN",
            },
        ),
    ),
    ConsumerCase(
        name="streaming_monthly_fee",
        bug="assumes every integration is email, sms or push; chat and in_app miss the rate table",
        buggy=monthly_fee_buggy,
        fixed=monthly_fee_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Discord",
                "identifier": "discord-Lm20sQx",
                "providerId": "discord",
                "channel": "chat",
                "primary": False,
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="streaming_geo_rules",
        bug="assumes conditions only use comparison and IN/NOT_IN operators, not BETWEEN, LIKE, ALL_IN, ...",
        buggy=geo_rules_buggy,
        fixed=geo_rules_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "subscriber.age",
                                "value": "13,17",
                                "operator": "BETWEEN",
                                "on": "subscriber",
                            }
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="streaming_condition_patterns",
        bug="assumes condition values are valid regular expressions once '%' is turned into '.*'",
        buggy=condition_patterns_buggy,
        fixed=condition_patterns_fixed,
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
                                "field": "payload.title",
                                "value": "%(Live%",
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
        name="streaming_admin_record",
        bug="assumes only the contract's keys arrive; extras (createdAt, __v) break the **kwargs mapping",
        buggy=admin_record_buggy,
        fixed=admin_record_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "createdAt": "2025-05-08T09:12:44.120Z",
                "updatedAt": "2025-05-08T09:12:44.120Z",
                "__v": 0,
                "priority": 1,
            }
        ),
    ),
    ConsumerCase(
        name="streaming_inbox_config",
        bug="assumes an in_app integration always has credentials.hmac; every credentials key is optional",
        buggy=inbox_config_buggy,
        fixed=inbox_config_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Jk3mP0",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="streaming_chat_install_link",
        bug="assumes a chat integration always has credentials.redirectUrl, which is optional",
        buggy=chat_install_link_buggy,
        fixed=chat_install_link_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Pq9rT2w",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={"applicationId": "A0FAKE01", "clientId": "1234.5678", "secretKey": "fake-secret"},
        ),
    ),
    ConsumerCase(
        name="streaming_migration_argv",
        bug="assumes names never contain quotes when pasting them into a shell line for shlex.split",
        buggy=migration_argv_buggy,
        fixed=migration_argv_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Africa's Talking",
                "identifier": "africas-talking-Vb7nQ1",
                "providerId": "africas-talking",
                "channel": "sms",
            },
            credentials={"apiKey": "fake-api-key-0002", "user": "wavelength", "from": "WAVELENGTH"},
        ),
    ),
    ConsumerCase(
        name="streaming_tls_audit",
        bug="assumes every credentials.tlsOptions value is a string, though TlsOptions is free-form JSON",
        buggy=tls_audit_buggy,
        fixed=tls_audit_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Qm3x9Lp", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.wavelength.example",
                "port": "587",
                "from": "receipts@wavelength.example",
                "tlsOptions": {"rejectUnauthorized": False, "minVersion": "TLSv1.2"},
            },
        ),
    ),
]
"""The sixteen streaming consumers, in the order above."""
