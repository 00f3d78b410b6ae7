"""Sixteen agritech consumers of ``GET /v1/integrations`` items, each with one plausible bug.

Written from the contract documents alone (``CONTRACT.md``, ``SERVER-SEMANTICS.md``, the seed and
``providers.json``), without looking at any generator. The domain is a farm-management SaaS: sensor
threshold alerts (soil moisture, frost) over push and SMS, co-op e-mail digests, field-team chat,
per-region tenant routing and a provider-migration script.

Every buggy consumer works on ``HAPPY_PATH`` and fails, by raising, on a contract-valid payload
(``example``); every fixed control is a tolerant reader that never raises on a valid payload.
"""

from __future__ import annotations

import copy
import json
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# ---------------------------------------------------------------------------------------------------
# Helpers


def _variant(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced (``changes``), removed (``drop``) and new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` if it is not one."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_str(payload: Payload, key: str) -> str | None:
    """A string credential, or ``None`` when absent (or not a string)."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _text(payload: Payload, key: str) -> str:
    """A top-level string field, or ``""`` when absent (or not a string)."""
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    """The condition objects, ``[]`` when the optional key is absent."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The child filter parts of one condition, ``[]`` when there are none."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any JSON string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------------------------
# 1. Frost-alert push fan-out planner: optional ``conditions`` absent.


def frost_fanout_buggy(payload: Payload) -> dict[str, object]:
    """Plan how many rule groups a frost alert must be evaluated against on this integration."""
    groups = [(condition["value"], len(condition["children"])) for condition in payload["conditions"]]
    return {"integration": payload["identifier"], "groups": groups, "unconditional": not groups}


def frost_fanout_fixed(payload: Payload) -> dict[str, object]:
    """Same plan; a missing ``conditions`` key means no rule groups."""
    groups = [(condition.get("value"), len(_children(condition))) for condition in _conditions(payload)]
    return {"integration": _text(payload, "identifier"), "groups": groups, "unconditional": not groups}


# ---------------------------------------------------------------------------------------------------
# 2. Per-alert cost estimator for the billing page: a channel missing from the lookup table.

_ALERT_COST_CENTS_BUGGY = {"sms": 4, "email": 0, "push": 0, "chat": 0}
_ALERT_COST_CENTS = {"sms": 4, "email": 0, "push": 0, "chat": 0, "in_app": 0}


def alert_cost_buggy(payload: Payload) -> int:
    """Cost in cents of one threshold alert sent through this integration."""
    return _ALERT_COST_CENTS_BUGGY[payload["channel"]]


def alert_cost_fixed(payload: Payload) -> int:
    """Same estimate, covering every ``Channel`` (and tolerating an unknown one)."""
    return _ALERT_COST_CENTS.get(_text(payload, "channel"), 0)


# ---------------------------------------------------------------------------------------------------
# 3. Per-region default-sender sync job: ``primary`` assumed to imply ``active``.


def region_default_buggy(payload: Payload) -> str:
    """Role of this integration in a region's sender set: ``default``, ``fallback`` or ``off``."""
    if payload["primary"] and not payload["active"]:
        raise ValueError(f"primary integration {payload['identifier']!r} is inactive")
    if payload["primary"]:
        return "default"
    return "fallback" if payload["active"] else "off"


def region_default_fixed(payload: Payload) -> str:
    """Same roles; an inactive primary (valid per the contract) is simply ``off``."""
    active = payload.get("active") is True
    if not active:
        return "off"
    return "default" if payload.get("primary") is True else "fallback"


# ---------------------------------------------------------------------------------------------------
# 4. Sensor-gateway cache shard selector: ``_id`` assumed to be a hex ObjectId.

_SHARDS = 16


def gateway_shard_buggy(payload: Payload) -> int:
    """Cache shard holding this integration's compiled alert routes."""
    return int(payload["_id"], 16) % _SHARDS


def gateway_shard_fixed(payload: Payload) -> int:
    """Same shard, hashed from whatever id the record carries (or its identifier)."""
    key = _text(payload, "_id") or _text(payload, "identifier")
    return zlib.crc32(_utf8(key)) % _SHARDS


# ---------------------------------------------------------------------------------------------------
# 5. Retention purge job: ``deleted: true`` assumed to come with ``deletedAt``.


def purge_window_buggy(payload: Payload) -> dict[str, object]:
    """Whether the integration is due for credential purge, and since when it is deleted."""
    deleted_at = payload["deletedAt"] if payload["deleted"] else None
    return {"identifier": payload["identifier"], "purge": payload["deleted"], "since": deleted_at}


def purge_window_fixed(payload: Payload) -> dict[str, object]:
    """Same decision; a soft delete without ``deletedAt`` has an unknown start."""
    deleted = payload.get("deleted") is True
    deleted_at = payload.get("deletedAt") if deleted else None
    return {"identifier": _text(payload, "identifier"), "purge": deleted, "since": deleted_at}


# ---------------------------------------------------------------------------------------------------
# 6. Audit report row: ``deletedAt`` assumed to be in one exact timestamp format.


def audit_row_buggy(payload: Payload) -> tuple[str, str | None]:
    """``(identifier, deletion date)`` for the co-op audit export."""
    raw = payload.get("deletedAt")
    if raw is None:
        return payload["identifier"], None
    when = datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    return payload["identifier"], when.date().isoformat()


def _parse_timestamp(raw: str) -> datetime | None:
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        return None


def audit_row_fixed(payload: Payload) -> tuple[str, str | None]:
    """Same row; any ISO-8601 form is parsed and anything else is reported as unknown."""
    raw = payload.get("deletedAt")
    when = _parse_timestamp(raw) if isinstance(raw, str) else None
    return _text(payload, "identifier"), when.date().isoformat() if when is not None else None


# ---------------------------------------------------------------------------------------------------
# 7. Threshold-rule summary on the field dashboard: every condition assumed to have a child.


def rule_summary_buggy(payload: Payload) -> list[str]:
    """One line per condition, showing its first filter part."""
    lines = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        lines.append(f"{condition['value']}: {first['field']} {first['operator']} {first['value']}")
    return lines


def rule_summary_fixed(payload: Payload) -> list[str]:
    """Same summary; a condition with no children reads as ``(no filters)``."""
    lines = []
    for condition in _conditions(payload):
        children = _children(condition)
        if not children:
            lines.append(f"{condition.get('value')}: (no filters)")
            continue
        first = children[0]
        lines.append(
            f"{condition.get('value')}: {first.get('field')} {first.get('operator')} {first.get('value')}"
        )
    return lines


# ---------------------------------------------------------------------------------------------------
# 8. Soil-moisture threshold compiler: comparison values assumed to be numeric strings.

_COMPARISONS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def moisture_thresholds_buggy(payload: Payload) -> list[tuple[str, str, float]]:
    """``(field, operator, threshold)`` for every numeric comparison in the conditions."""
    thresholds = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _COMPARISONS:
                thresholds.append((child["field"], child["operator"], float(child["value"])))
    return thresholds


def _as_float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def moisture_thresholds_fixed(payload: Payload) -> list[tuple[str, str, float]]:
    """Same thresholds; a non-numeric value (``"30%"``, ``"dry"``) is skipped."""
    thresholds = []
    for condition in _conditions(payload):
        for child in _children(condition):
            operator, value, field = child.get("operator"), child.get("value"), child.get("field")
            if operator not in _COMPARISONS or not isinstance(value, str) or not isinstance(field, str):
                continue
            number = _as_float(value)
            if number is not None:
                thresholds.append((field, str(operator), number))
    return thresholds


# ---------------------------------------------------------------------------------------------------
# 9. SMTP relay config renderer for the co-op digest mailer: ``port`` assumed to be digits.


def smtp_relay_buggy(payload: Payload) -> str:
    """The ``smtp://host:port`` line of the digest mailer's config."""
    credentials = payload["credentials"]
    host = credentials.get("host", "localhost")
    port = int(credentials["port"]) if "port" in credentials else 587
    return f"smtp://{host}:{port}"


def _port(raw: str | None, default: int) -> int:
    if raw is None:
        return default
    try:
        port = int(raw.strip())
    except ValueError:
        return default
    return port if 0 < port < 65536 else default


def smtp_relay_fixed(payload: Payload) -> str:
    """Same line; a blank or non-numeric port falls back to 587."""
    host = _cred_str(payload, "host") or "localhost"
    return f"smtp://{host}:{_port(_cred_str(payload, 'port'), 587)}"


# ---------------------------------------------------------------------------------------------------
# 10. SMS alert routing by the sender's country prefix: ``from`` assumed to be a phone number.

_SMS_ROUTE_BY_PREFIX = {1: "na", 33: "eu", 44: "eu", 49: "eu", 54: "latam", 55: "latam", 91: "apac"}


def sms_route_buggy(payload: Payload) -> str:
    """SMS gateway region for frost alerts, from the sender number's country code."""
    credentials = payload["credentials"]
    if payload["channel"] != "sms" or "from" not in credentials:
        return "default"
    prefix = int(credentials["from"].lstrip("+")[:2])
    return _SMS_ROUTE_BY_PREFIX.get(prefix, _SMS_ROUTE_BY_PREFIX.get(prefix // 10, "intl"))


_E164 = re.compile(r"\+?([0-9]{2})[0-9 ]*")


def sms_route_fixed(payload: Payload) -> str:
    """Same region; an alphanumeric sender id (``AGRICOOP``) or blank routes to ``default``."""
    sender = _cred_str(payload, "from") if payload.get("channel") == "sms" else None
    match = _E164.fullmatch(sender) if sender is not None else None
    if match is None:
        return "default"
    prefix = int(match.group(1))
    return _SMS_ROUTE_BY_PREFIX.get(prefix, _SMS_ROUTE_BY_PREFIX.get(prefix // 10, "intl"))


# ---------------------------------------------------------------------------------------------------
# 11. Co-op digest DMARC check: ``from`` assumed to be an e-mail address.


def digest_domain_buggy(payload: Payload) -> str | None:
    """The sender domain the co-op digest must have SPF/DKIM records for."""
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    return str(sender.split("@")[1].lower())


def digest_domain_fixed(payload: Payload) -> str | None:
    """Same domain; a sender without ``@`` has none."""
    sender = _cred_str(payload, "from")
    if not sender or "@" not in sender:
        return None
    return sender.rpartition("@")[2].lower() or None


# ---------------------------------------------------------------------------------------------------
# 12. Webhook host allow-list for push/e-mail/SMS webhooks: URLs assumed to have a host.

_ALLOWED_HOST_SUFFIXES = (".agri-alerts.example", ".novu.co")


def webhook_allowed_buggy(payload: Payload) -> bool:
    """Whether every webhook/base URL of the integration points at an allowed host."""
    credentials = payload["credentials"]
    for key in ("webhookUrl", "baseUrl"):
        if key in credentials:
            host = urlsplit(credentials[key]).hostname
            if not host.endswith(_ALLOWED_HOST_SUFFIXES):
                return False
    return True


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def webhook_allowed_fixed(payload: Payload) -> bool:
    """Same check; a URL without a parsable host (``hooks.example/frost``, ``""``) is not allowed."""
    for key in ("webhookUrl", "baseUrl"):
        url = _cred_str(payload, key)
        if url is None:
            continue
        host = _host(url)
        if host is None or not host.endswith(_ALLOWED_HOST_SUFFIXES):
            return False
    return True


# ---------------------------------------------------------------------------------------------------
# 13. Legacy co-op ERP export: a CHAR(32) byte column, truncated by characters.

_ERP_NAME_BYTES = 32


def erp_name_buggy(payload: Payload) -> bytes:
    """The fixed-width name field of the ERP integration record."""
    encoded: bytes = payload["name"][:_ERP_NAME_BYTES].encode("utf-8")
    if len(encoded) > _ERP_NAME_BYTES:
        raise ValueError(f"name overflows CHAR({_ERP_NAME_BYTES}): {len(encoded)} bytes")
    return encoded.ljust(_ERP_NAME_BYTES)


def erp_name_fixed(payload: Payload) -> bytes:
    """Same field, truncated by bytes at a character boundary."""
    text = _utf8(_text(payload, "name"))[:_ERP_NAME_BYTES].decode("utf-8", "ignore")
    return text.encode("utf-8").ljust(_ERP_NAME_BYTES)


# ---------------------------------------------------------------------------------------------------
# 14. Per-region tenant routing: ``region`` assumed to look like ``eu-west-1``.

_TENANT_CLUSTER = {"eu": "fra", "us": "iad", "ap": "sin", "sa": "gru", "af": "jnb"}


def tenant_cluster_buggy(payload: Payload) -> str:
    """Cluster that serves tenants whose alerts go through this integration's region."""
    region = payload["credentials"].get("region")
    if region is None:
        return "iad"
    geography, _area, _number = region.split("-")
    return _TENANT_CLUSTER.get(geography, "iad")


def tenant_cluster_fixed(payload: Payload) -> str:
    """Same cluster; any region form (``eu``, ``us-gov-west-1``, ``""``) is read by its first part."""
    region = _cred_str(payload, "region")
    if region is None:
        return "iad"
    return _TENANT_CLUSTER.get(region.split("-", 1)[0].strip().lower(), "iad")


# ---------------------------------------------------------------------------------------------------
# 15. FCM frost-push sender: ``serviceAccount`` assumed to be a JSON object with ``project_id``.


def fcm_project_buggy(payload: Payload) -> str | None:
    """Firebase project that frost push notifications are sent from."""
    if payload["providerId"] != "fcm":
        return None
    account = payload["credentials"].get("serviceAccount")
    if account is None:
        return None
    return str(json.loads(account)["project_id"])


def fcm_project_fixed(payload: Payload) -> str | None:
    """Same project; an unparsable or encrypted (``nvsk.…``) service account gives ``None``."""
    if payload.get("providerId") != "fcm":
        return None
    account = _cred_str(payload, "serviceAccount")
    if account is None:
        return None
    try:
        parsed = json.loads(account)
    except (ValueError, RecursionError):
        return None
    project = parsed.get("project_id") if isinstance(parsed, dict) else None
    return project if isinstance(project, str) else None


# ---------------------------------------------------------------------------------------------------
# 16. Provider-migration script (Twilio -> new SMS vendor): Twilio credentials assumed complete.


@dataclass(frozen=True)
class MigrationRow:
    """One Twilio integration to move, with what the new vendor's onboarding form needs."""

    identifier: str
    account_sid: str | None
    auth_token: str | None
    sender: str | None

    @property
    def complete(self) -> bool:
        """Whether the row can be migrated without a human."""
        return None not in (self.account_sid, self.auth_token, self.sender)


def twilio_migration_buggy(payload: Payload) -> MigrationRow | None:
    """The migration row of a Twilio integration, ``None`` for any other provider."""
    if payload["providerId"] != "twilio":
        return None
    credentials = payload["credentials"]
    return MigrationRow(
        identifier=payload["identifier"],
        account_sid=credentials["accountSid"],
        auth_token=credentials["token"],
        sender=credentials["from"],
    )


def twilio_migration_fixed(payload: Payload) -> MigrationRow | None:
    """Same row; missing Twilio credentials are left empty for manual follow-up."""
    if payload.get("providerId") != "twilio":
        return None
    return MigrationRow(
        identifier=_text(payload, "identifier"),
        account_sid=_cred_str(payload, "accountSid"),
        auth_token=_cred_str(payload, "token"),
        sender=_cred_str(payload, "from"),
    )


# ---------------------------------------------------------------------------------------------------
# The suite


AGRITECH_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="agritech_frost_push_fanout",
        bug="assumes the optional `conditions` key is always present",
        buggy=frost_fanout_buggy,
        fixed=frost_fanout_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Expo Push",
                "identifier": "expo-push-Fr0st7",
                "providerId": "expo",
                "channel": "push",
                "primary": False,
            },
            drop=("conditions",),
            credentials={"apiKey": "fake-expo-access-token"},
        ),
    ),
    ConsumerCase(
        name="agritech_alert_channel_cost",
        bug="the channel cost table forgets the `in_app` channel",
        buggy=alert_cost_buggy,
        fixed=alert_cost_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Qm3xT1",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="agritech_region_default_sender_guard",
        bug="assumes a primary integration is always active",
        buggy=region_default_buggy,
        fixed=region_default_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-pampas-9aKd",
                "providerId": "twilio",
                "channel": "sms",
                "active": False,
                "primary": True,
            },
            credentials={
                "accountSid": "ACfake0000000000000000000000000000",
                "token": "fake-token",
                "from": "+5491155550123",
            },
        ),
    ),
    ConsumerCase(
        name="agritech_gateway_cache_shard",
        bug="assumes `_id` is always a hexadecimal Mongo ObjectId",
        buggy=gateway_shard_buggy,
        fixed=gateway_shard_fixed,
        raises=(KeyError, ValueError),
        example=_variant({"_id": "farm-gw-0042"}),
    ),
    ConsumerCase(
        name="agritech_retention_purge_window",
        bug="assumes `deleted: true` always comes with a `deletedAt` timestamp",
        buggy=purge_window_buggy,
        fixed=purge_window_fixed,
        raises=(KeyError,),
        example=_variant({"deleted": True, "active": False, "primary": False}, drop=("deletedAt",)),
    ),
    ConsumerCase(
        name="agritech_audit_deleted_date",
        bug="parses `deletedAt` with one exact format (milliseconds and a `Z`)",
        buggy=audit_row_buggy,
        fixed=audit_row_fixed,
        raises=(ValueError,),
        example=_variant({"deleted": True, "deletedAt": "2024-03-01T06:00:00+00:00", "active": False}),
    ),
    ConsumerCase(
        name="agritech_threshold_rule_summary",
        bug="assumes every condition has at least one child filter",
        buggy=rule_summary_buggy,
        fixed=rule_summary_fixed,
        raises=(IndexError,),
        example=_variant(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="agritech_moisture_threshold_compiler",
        bug="assumes the value of a LARGER/SMALLER filter is a numeric string",
        buggy=moisture_thresholds_buggy,
        fixed=moisture_thresholds_fixed,
        raises=(ValueError,),
        example=_variant(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "soilMoisture", "value": "30%", "operator": "SMALLER", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="agritech_smtp_relay_port",
        bug="assumes the string `port` credential always holds digits",
        buggy=smtp_relay_buggy,
        fixed=smtp_relay_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Custom SMTP", "identifier": "custom-smtp-c0op", "providerId": "nodemailer"},
            credentials={
                "host": "mail.coop-valdeloire.example",
                "port": "",
                "from": "digest@coop.example",
                "senderName": "Co-op Digest",
            },
        ),
    ),
    ConsumerCase(
        name="agritech_sms_country_route",
        bug="assumes the SMS `from` is a phone number, not an alphanumeric sender id",
        buggy=sms_route_buggy,
        fixed=sms_route_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "Twilio", "identifier": "twilio-frost-x2", "providerId": "twilio", "channel": "sms"},
            credentials={
                "accountSid": "ACfake0000000000000000000000000000",
                "token": "fake-token",
                "from": "AGRICOOP",
            },
        ),
    ),
    ConsumerCase(
        name="agritech_digest_sender_domain",
        bug="assumes the `from` credential is an e-mail address containing `@`",
        buggy=digest_domain_buggy,
        fixed=digest_domain_fixed,
        raises=(IndexError,),
        example=_variant(
            credentials={
                "apiKey": "fake-api-key-0002",
                "from": "Harvest Co-op Digest",
                "senderName": "Harvest",
            }
        ),
    ),
    ConsumerCase(
        name="agritech_webhook_host_allowlist",
        bug="assumes every `webhookUrl`/`baseUrl` has a scheme and a host",
        buggy=webhook_allowed_buggy,
        fixed=webhook_allowed_fixed,
        raises=(AttributeError, ValueError),
        example=_variant(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-s0il",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "hooks.agri-alerts.example/frost", "secretKey": "fake-secret"},
        ),
    ),
    ConsumerCase(
        name="agritech_erp_export_name_bytes",
        bug="truncates `name` by characters for a byte-sized CHAR(32) column",
        buggy=erp_name_buggy,
        fixed=erp_name_fixed,
        raises=(ValueError,),
        example=_variant({"name": "Coopérative Agricole Vallée d'Aoste"}),
    ),
    ConsumerCase(
        name="agritech_tenant_region_cluster",
        bug="assumes `region` always has three dash-separated parts like `eu-west-1`",
        buggy=tenant_cluster_buggy,
        fixed=tenant_cluster_fixed,
        raises=(ValueError,),
        example=_variant(
            {"name": "SparkPost", "identifier": "spark-post-EuX1", "providerId": "sparkpost"},
            credentials={
                "apiKey": "fake-sparkpost-key",
                "region": "eu",
                "from": "alerts@farm.example",
                "senderName": "Farm Alerts",
            },
        ),
    ),
    ConsumerCase(
        name="agritech_fcm_frost_push_project",
        bug="assumes the FCM `serviceAccount` is a JSON object with `project_id`",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, TypeError, KeyError, RecursionError),
        example=_variant(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Zp0",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "conditions": [],
            },
            credentials={"serviceAccount": "nvsk.9f2c1ab07e3d4c5b:a1b2c3d4e5f60718293a4b5c6d7e8f90"},
        ),
    ),
    ConsumerCase(
        name="agritech_twilio_migration_row",
        bug="assumes a Twilio integration always carries `accountSid`, `token` and `from`",
        buggy=twilio_migration_buggy,
        fixed=twilio_migration_fixed,
        raises=(KeyError,),
        example=_variant(
            {
                "name": "Twilio",
                "identifier": "twilio-field-team",
                "providerId": "twilio",
                "channel": "sms",
                "active": False,
                "primary": False,
            },
            credentials={"from": "+61400555012"},
        ),
    ),
]
"""The sixteen agritech consumer cases."""
