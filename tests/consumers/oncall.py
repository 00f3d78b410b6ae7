"""Sixteen on-call / incident-response consumers of ``GET /v1/integrations`` items.

An SRE team builds its paging escalation policies, incident-channel bridges, status-page
notifiers, health checks, dedup keys, maintenance-window suppression, runbook links and
SLO reports from Novu integrations. Each consumer below exists twice: a *buggy* version, the
way the code was first written and tested against ``HAPPY_PATH`` (it works there), and a
*fixed* control that honours the 0.7.0 contract and never raises on a valid payload.

This module was written from the contract documents alone (``CONTRACT.md``, the seed document,
``SERVER-SEMANTICS.md``, ``providers.json``), without looking at the data generator: every
``example`` is a payload the contract allows that the buggy version mishandles.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

_NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
"""A fixed "now" so that results are reproducible."""


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


# --- defensive accessors used by the fixed controls ------------------------------------------


def _text(payload: Mapping[str, Any], key: str, default: str = "") -> str:
    """A string field, or ``default`` when the key is absent or not a string."""
    value = payload.get(key, default)
    return value if isinstance(value, str) else default


def _flag(payload: Mapping[str, Any], key: str) -> bool:
    """A boolean field; anything but a real ``True`` reads as false."""
    return payload.get(key) is True


def _creds(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The credentials object, or ``{}``."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _cred_text(payload: Mapping[str, Any], key: str) -> str | None:
    """A credentials string, or ``None`` when absent or of another JSON type."""
    value = _creds(payload).get(key)
    return value if isinstance(value, str) else None


def _conditions(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The condition objects (``[]`` when ``conditions`` is absent)."""
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [item for item in conditions if isinstance(item, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A condition's field filters (may be empty)."""
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [item for item in children if isinstance(item, dict)]


def _printable(text: str) -> str:
    """``text`` made safe to encode as UTF-8 (lone surrogates become ``\\udXXX`` escapes)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _as_number(text: str) -> float | None:
    """A finite number parsed from ``text``, or ``None``."""
    try:
        number = float(text.strip())
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


# --- 1. escalation policy: SMS/email leg sender ---------------------------------------------


def escalation_leg_sender_buggy(payload: Payload) -> dict[str, Any] | None:
    """The sender shown on an email/SMS escalation leg of a paging policy."""
    channel = payload["channel"]
    if channel not in ("email", "sms"):
        return None
    sender = payload["credentials"]["from"].strip()
    return {"channel": channel, "provider": payload["providerId"], "sender": sender}


def escalation_leg_sender_fixed(payload: Payload) -> dict[str, Any] | None:
    channel = _text(payload, "channel")
    if channel not in ("email", "sms"):
        return None
    sender = (_cred_text(payload, "from") or "").strip()
    if not sender:
        sender = _cred_text(payload, "senderName") or _text(payload, "providerId") or "unknown"
    return {"channel": channel, "provider": _text(payload, "providerId"), "sender": sender}


# --- 2. health check: probe target (host, port, timeout) -------------------------------------

_PROVIDER_API_HOSTS = {
    "sendgrid": "api.sendgrid.com",
    "twilio": "api.twilio.com",
    "mailgun": "api.mailgun.net",
    "postmark": "api.postmarkapp.com",
}


def healthcheck_probe_target_buggy(payload: Payload) -> tuple[str, int, float]:
    """Where the synthetic health check connects, and with what timeout."""
    credentials = payload["credentials"]
    provider = payload["providerId"]
    host = credentials.get("host") or _PROVIDER_API_HOSTS.get(provider, f"{provider}.invalid")
    port = int(credentials.get("port", "443"))
    return host, port, 2.0 if port == 443 else 5.0


_PORT = re.compile(r"[0-9]{1,5}")


def healthcheck_probe_target_fixed(payload: Payload) -> tuple[str, int, float]:
    provider = _text(payload, "providerId")
    host = (_cred_text(payload, "host") or "").strip()
    if not host:
        host = _PROVIDER_API_HOSTS.get(provider, f"{provider}.invalid")
    raw_port = (_cred_text(payload, "port") or "").strip()
    port = 443
    if _PORT.fullmatch(raw_port) and 0 < int(raw_port) < 65536:
        port = int(raw_port)
    return host, port, 2.0 if port == 443 else 5.0


# --- 3. incident bridge: outbound webhook egress allow-list ----------------------------------

_EGRESS_ALLOWED = (".slack.com", ".office.com", ".discord.com", ".grafana.net", ".example.internal")


def webhook_egress_allowlist_buggy(payload: Payload) -> dict[str, Any] | None:
    """Checks that a webhook integration only posts to allow-listed hosts."""
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return None
    host = urlsplit(url).hostname
    return {"host": host, "allowed": host.endswith(_EGRESS_ALLOWED)}


def webhook_egress_allowlist_fixed(payload: Payload) -> dict[str, Any] | None:
    url = _cred_text(payload, "webhookUrl")
    if url is None:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        host = None
    if not host:
        return {"host": None, "allowed": False}
    return {"host": _printable(host), "allowed": host.endswith(_EGRESS_ALLOWED)}


# --- 4. alert deduplication key from the integration's ObjectId ------------------------------


def alert_dedup_key_buggy(payload: Payload) -> str:
    """A dedup key: provider, integration id and the id's creation second (ObjectId prefix)."""
    integration_id = payload["_id"]
    created = int(integration_id[:8], 16)
    return f"novu:{payload['providerId']}:{integration_id}:{created}"


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def alert_dedup_key_fixed(payload: Payload) -> str:
    provider = _printable(_text(payload, "providerId"))
    integration_id = _text(payload, "_id")
    if _OBJECT_ID.fullmatch(integration_id):
        return f"novu:{provider}:{integration_id}:{int(integration_id[:8], 16)}"
    fallback = _printable(integration_id or _text(payload, "identifier"))
    return f"novu:{provider}:{fallback}:0"


# --- 5. maintenance-window suppression: scope of the first filter ----------------------------


def suppression_scope_buggy(payload: Payload) -> str | None:
    """The attribute a maintenance-window suppression keys on (the first condition's field)."""
    conditions = payload.get("conditions", [])
    if not conditions:
        return None
    first = conditions[0]["children"][0]
    return f"{first['on']}:{first['field']}"


def suppression_scope_fixed(payload: Payload) -> str | None:
    for condition in _conditions(payload):
        for child in _children(condition):
            return f"{_text(child, 'on')}:{_printable(_text(child, 'field'))}"
    return None


# --- 6. escalation routing: evaluate conditions against an alert ------------------------------

_ALERT = {"subscriber.plan": "pro", "payload.severity": "2", "payload.service": "checkout-api"}

_SIMPLE_OPS: dict[str, Callable[[str, str], bool]] = {
    "EQUAL": lambda actual, expected: actual == expected,
    "NOT_EQUAL": lambda actual, expected: actual != expected,
    "IN": lambda actual, expected: actual in expected.split(","),
}


def escalation_route_matches_buggy(payload: Payload) -> bool:
    """Whether an alert should page through this integration, per its conditions."""
    for condition in payload.get("conditions", []):
        results = [
            _SIMPLE_OPS[child["operator"]](_ALERT.get(child["field"], ""), child["value"])
            for child in condition["children"]
        ]
        matched = all(results) if condition["value"] == "AND" else any(results)
        if condition["isNegated"]:
            matched = not matched
        if not matched:
            return False
    return True


def _compare(operator: str, actual: str, expected: str) -> bool:
    items = [item.strip() for item in expected.split(",")]
    if operator in ("EQUAL", "NOT_EQUAL"):
        return (actual == expected) == (operator == "EQUAL")
    if operator in ("IN", "ANY_IN", "ALL_IN"):
        return actual in items
    if operator == "NOT_IN":
        return actual not in items
    if operator in ("LIKE", "NOT_LIKE"):
        return (expected in actual) == (operator == "LIKE")
    left = _as_number(actual)
    if operator in ("BETWEEN", "NOT_BETWEEN"):
        bounds = [_as_number(item) for item in items]
        if left is None or len(bounds) != 2 or bounds[0] is None or bounds[1] is None:
            return False
        inside = bounds[0] <= left <= bounds[1]
        return inside == (operator == "BETWEEN")
    right = _as_number(expected)
    if left is None or right is None:
        return False
    if operator == "LARGER":
        return left > right
    if operator == "SMALLER":
        return left < right
    if operator == "LARGER_EQUAL":
        return left >= right
    if operator == "SMALLER_EQUAL":
        return left <= right
    return False


def escalation_route_matches_fixed(payload: Payload) -> bool:
    for condition in _conditions(payload):
        results = [
            _compare(
                _text(child, "operator"),
                _ALERT.get(_text(child, "field"), ""),
                _text(child, "value"),
            )
            for child in _children(condition)
        ]
        matched = any(results) if _text(condition, "value") == "OR" else all(results)
        if _flag(condition, "isNegated"):
            matched = not matched
        if not matched:
            return False
    return True


# --- 7. failover ordering: tier by channel ---------------------------------------------------

_FAILOVER_TIER = {"chat": 1, "sms": 2, "email": 3}


def failover_order_key_buggy(payload: Payload) -> tuple[int, int, int, str]:
    """Sort key for the failover list: chat first, then SMS, then email; primaries first."""
    return (
        _FAILOVER_TIER[payload["channel"]],
        0 if payload["active"] else 1,
        0 if payload["primary"] else 1,
        payload["identifier"],
    )


def failover_order_key_fixed(payload: Payload) -> tuple[int, int, int, str]:
    return (
        _FAILOVER_TIER.get(_text(payload, "channel"), 9),
        0 if _flag(payload, "active") else 1,
        0 if _flag(payload, "primary") else 1,
        _text(payload, "identifier"),
    )


# --- 8. tombstone retention: how long ago was it deleted -------------------------------------


def tombstone_expired_buggy(payload: Payload) -> bool | None:
    """Whether a soft-deleted integration's bridges can be garbage-collected (30 days)."""
    if not payload["deleted"]:
        return None
    deleted_at = datetime.fromisoformat(payload.get("deletedAt", "1970-01-01T00:00:00+00:00"))
    return (_NOW - deleted_at).days > 30


def tombstone_expired_fixed(payload: Payload) -> bool | None:
    if not _flag(payload, "deleted"):
        return None
    raw = _text(payload, "deletedAt").strip()
    if not raw:
        return None
    try:
        deleted_at = datetime.fromisoformat(raw)
    except (ValueError, OverflowError):
        return None
    if deleted_at.tzinfo is None:
        deleted_at = deleted_at.replace(tzinfo=UTC)
    try:
        return (_NOW - deleted_at).days > 30
    except OverflowError:
        return None


# --- 9. audit log: logfmt line shipped as UTF-8 bytes ----------------------------------------


def _logfmt_value(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def audit_logfmt_line_buggy(payload: Payload) -> bytes:
    """A logfmt audit line for the log shipper, which takes UTF-8 bytes."""
    fields = {
        "event": "integration_seen",
        "provider": payload["providerId"],
        "name": payload["name"],
        "identifier": payload["identifier"],
        "channel": payload["channel"],
    }
    line = " ".join(f"{key}={_logfmt_value(value)}" for key, value in fields.items())
    return (line + "\n").encode("utf-8")


def audit_logfmt_line_fixed(payload: Payload) -> bytes:
    fields = {
        "event": "integration_seen",
        "provider": _text(payload, "providerId"),
        "name": _text(payload, "name"),
        "identifier": _text(payload, "identifier"),
        "channel": _text(payload, "channel"),
    }
    line = " ".join(f"{key}={_logfmt_value(value)}" for key, value in fields.items())
    line = line.replace("\r", "\\r")
    return (line + "\n").encode("utf-8", "backslashreplace")


# --- 10. incident channel name (Slack limit: 80 bytes) ---------------------------------------


def incident_channel_name_buggy(payload: Payload) -> str:
    """The Slack incident channel opened when this integration starts failing."""
    name: str = payload["name"]
    base = "inc-" + name.lower().replace(" ", "-")
    return base.encode("utf-8")[:80].decode("utf-8")


def incident_channel_name_fixed(payload: Payload) -> str:
    base = "inc-" + _text(payload, "name").lower().replace(" ", "-")
    return base.encode("utf-8", "ignore")[:80].decode("utf-8", "ignore")


# --- 11. status page: component label --------------------------------------------------------


def statuspage_component_label_buggy(payload: Payload) -> str:
    """The status-page component label: vendor (first word of the name) and channel."""
    vendor = payload["name"].split()[0]
    return f"{vendor} ({payload['channel']})"


def statuspage_component_label_fixed(payload: Payload) -> str:
    words = _text(payload, "name").split()
    vendor = words[0] if words else (_text(payload, "providerId").strip() or "unnamed")
    return f"{_printable(vendor)} ({_text(payload, 'channel')})"


# --- 12. runbook link from the identifier slug -----------------------------------------------

_RUNBOOKS = "https://runbooks.example.internal/integrations"


def runbook_link_buggy(payload: Payload) -> str:
    """Runbook page per provider slug, anchored at the integration's short id."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return f"{_RUNBOOKS}/{quote(slug or payload['providerId'])}#{quote(short_id)}"


def runbook_link_fixed(payload: Payload) -> str:
    slug, _, short_id = _text(payload, "identifier").rpartition("-")
    if not slug:
        slug = _text(payload, "providerId") or "unknown"
    page = quote(slug, safe="", errors="backslashreplace")
    return f"{_RUNBOOKS}/{page}#{quote(short_id, safe='', errors='backslashreplace')}"


# --- 13. SLO burn-rate report: bucket by AWS-style region ------------------------------------


def slo_region_bucket_buggy(payload: Payload) -> str:
    """The region bucket (``geo-area``) an integration's burn rate is reported under."""
    region = payload["credentials"].get("region")
    if not region:
        return "global"
    geo, area, _number = region.split("-")
    return f"{geo}-{area}"


def slo_region_bucket_fixed(payload: Payload) -> str:
    region = (_cred_text(payload, "region") or "").strip().lower()
    if not region:
        return "global"
    parts = [part for part in region.split("-") if part]
    if len(parts) >= 2 and parts[-1].isdecimal():
        parts = parts[:-1]
    return _printable("-".join(parts[:3]) or "global")


# --- 14. SMTP relay health check: TLS mode ---------------------------------------------------


def smtp_tls_mode_buggy(payload: Payload) -> str:
    """Which TLS mode the SMTP relay probe uses (form values ``"true"``/``"false"``)."""
    credentials = payload["credentials"]
    if credentials.get("secure", "false").lower() == "true":
        return "implicit-tls"
    if credentials.get("requireTls", "false").lower() == "true":
        return "starttls-required"
    return "opportunistic"


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.strip().lower() == "true"


def smtp_tls_mode_fixed(payload: Payload) -> str:
    credentials = _creds(payload)
    if _truthy(credentials.get("secure")):
        return "implicit-tls"
    if _truthy(credentials.get("requireTls")):
        return "starttls-required"
    return "opportunistic"


# --- 15. bridge diagnostics: masked secret ---------------------------------------------------


def bridge_masked_secret_buggy(payload: Payload) -> str:
    """A diagnostics line for the incident bridge showing which API key is configured."""
    secret = payload["credentials"].get("apiKey")
    masked = secret[:4] + "*" * max(len(secret) - 4, 0)
    return f"{payload['providerId']} key={masked}"


_SECRET_KEYS = ("apiKey", "apiToken", "token", "secretKey", "accessKey", "password")


def bridge_masked_secret_fixed(payload: Payload) -> str:
    provider = _printable(_text(payload, "providerId"))
    for key in _SECRET_KEYS:
        secret = _cred_text(payload, key)
        if secret:
            masked = _printable(secret[:4]) + "*" * max(len(secret) - 4, 0)
            return f"{provider} {key}={masked}"
    return f"{provider} key=<none>"


# --- 16. Grafana OnCall bridge: alert state -------------------------------------------------

_GRAFANA_STATUS = {"alerting": "firing", "ok": "resolved"}


def grafana_oncall_alert_status_buggy(payload: Payload) -> dict[str, str] | None:
    """Maps a Grafana OnCall webhook integration's configured state onto our alert status."""
    if payload["providerId"] != "grafana-on-call":
        return None
    credentials = payload["credentials"]
    return {
        "alert_uid": credentials.get("alertUid", ""),
        "status": _GRAFANA_STATUS[credentials.get("state", "alerting")],
    }


def grafana_oncall_alert_status_fixed(payload: Payload) -> dict[str, str] | None:
    if _text(payload, "providerId") != "grafana-on-call":
        return None
    state = (_cred_text(payload, "state") or "alerting").strip().lower()
    return {
        "alert_uid": _cred_text(payload, "alertUid") or "",
        "status": _GRAFANA_STATUS.get(state, "unknown"),
    }


# --- the cases -------------------------------------------------------------------------------

_SMS = {"channel": "sms", "name": "SNS", "identifier": "sns-Qw3rTy9", "primary": False}

ONCALL_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="escalation_leg_sender_requires_from",
        bug="assumes every email/SMS provider has credentials.from (SNS, Gupshup, BulkSMS do not)",
        buggy=escalation_leg_sender_buggy,
        fixed=escalation_leg_sender_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                **_SMS,
                "providerId": "sns",
                "credentials": {"apiKey": "AKIAFAKE", "secretKey": "s3cr3t", "region": "eu-west-1"},
            }
        ),
    ),
    ConsumerCase(
        name="healthcheck_probe_port_blank_string",
        bug="parses credentials.port with int() without handling an empty or non-numeric string",
        buggy=healthcheck_probe_target_buggy,
        fixed=healthcheck_probe_target_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Zk81aa",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.relay.example.internal",
                    "port": "",
                    "from": "pager@example.com",
                    "senderName": "Pager",
                },
            }
        ),
    ),
    ConsumerCase(
        name="webhook_egress_allowlist_schemeless_url",
        bug="assumes urlsplit(webhookUrl).hostname is set; a URL without a scheme has none",
        buggy=webhook_egress_allowlist_buggy,
        fixed=webhook_egress_allowlist_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-P0x9",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
                "credentials": {
                    "webhookUrl": "hooks.slack.com/services/T000/B000/XXXX",
                    "secretKey": "whsec-fake",
                },
            }
        ),
    ),
    ConsumerCase(
        name="alert_dedup_key_non_objectid_id",
        bug="decodes the creation time from _id as if it were always a hex ObjectId",
        buggy=alert_dedup_key_buggy,
        fixed=alert_dedup_key_fixed,
        raises=(ValueError, KeyError),
        example=_payload({"_id": "int_01HZX3K8Q9WJ"}),
    ),
    ConsumerCase(
        name="suppression_scope_empty_children",
        bug="reads conditions[0].children[0]; a condition's children list may be empty",
        buggy=suppression_scope_buggy,
        fixed=suppression_scope_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "conditions": [
                    {"isNegated": False, "type": "GROUP", "value": "OR", "children": []},
                ]
            }
        ),
    ),
    ConsumerCase(
        name="escalation_route_unsupported_operator",
        bug="only implements EQUAL/NOT_EQUAL/IN; LARGER, BETWEEN, LIKE... raise KeyError",
        buggy=escalation_route_matches_buggy,
        fixed=escalation_route_matches_fixed,
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
                                "field": "payload.severity",
                                "value": "1,3",
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
        name="failover_order_push_channel_missing_tier",
        bug="the failover tier table only covers chat, sms and email; push and in_app are valid",
        buggy=failover_order_key_buggy,
        fixed=failover_order_key_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Fz1",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "credentials": {"serviceAccount": '{"type": "service_account"}'},
            }
        ),
    ),
    ConsumerCase(
        name="tombstone_expiry_deleted_at_not_iso",
        bug="parses deletedAt as ISO-8601 with an offset; it is a free-form string",
        buggy=tombstone_expired_buggy,
        fixed=tombstone_expired_fixed,
        raises=(ValueError, TypeError),
        example=_payload(
            {
                "deleted": True,
                "active": False,
                "deletedAt": "Tue May 06 2025 10:00:00 GMT+0000 (Coordinated Universal Time)",
            }
        ),
    ),
    ConsumerCase(
        name="audit_logfmt_lone_surrogate_name",
        bug="encodes the log line as strict UTF-8; a JSON string may hold a lone surrogate",
        buggy=audit_logfmt_line_buggy,
        fixed=audit_logfmt_line_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "Pager \ud83d backup"}),
    ),
    ConsumerCase(
        name="incident_channel_name_byte_truncation",
        bug="truncates the UTF-8 bytes at 80 and decodes strictly, splitting a multi-byte char",
        buggy=incident_channel_name_buggy,
        fixed=incident_channel_name_fixed,
        raises=(UnicodeDecodeError,),
        example=_payload({"name": "本番環境障害通知用メール配信サービスプライマリ東京リージョン"}),
    ),
    ConsumerCase(
        name="statuspage_label_whitespace_only_name",
        bug="takes name.split()[0]; an empty or whitespace-only name has no first word",
        buggy=statuspage_component_label_buggy,
        fixed=statuspage_component_label_fixed,
        raises=(IndexError,),
        example=_payload({"name": " \u3000 "}),
    ),
    ConsumerCase(
        name="runbook_link_identifier_without_dash",
        bug="unpacks identifier.rsplit('-', 1); a custom identifier may have no dash",
        buggy=runbook_link_buggy,
        fixed=runbook_link_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "primary_email"}),
    ),
    ConsumerCase(
        name="slo_region_bucket_four_part_region",
        bug="unpacks region into exactly geo-area-number; 'us-gov-west-1' or 'eu' do not fit",
        buggy=slo_region_bucket_buggy,
        fixed=slo_region_bucket_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                **_SMS,
                "providerId": "sns",
                "credentials": {
                    "apiKey": "AKIAFAKE",
                    "secretKey": "s3cr3t",
                    "region": "us-gov-west-1",
                },
            }
        ),
    ),
    ConsumerCase(
        name="smtp_tls_mode_boolean_secure_flag",
        bug="treats credentials.secure as the form's 'true'/'false' string; on the wire it is a boolean",
        buggy=smtp_tls_mode_buggy,
        fixed=smtp_tls_mode_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Tls465",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.relay.example.internal",
                    "port": "465",
                    "secure": True,
                    "from": "pager@example.com",
                    "senderName": "Pager",
                },
            }
        ),
    ),
    ConsumerCase(
        name="bridge_masked_secret_no_api_key",
        bug="masks credentials.get('apiKey') without a None check; Discord/Teams have no apiKey",
        buggy=bridge_masked_secret_buggy,
        fixed=bridge_masked_secret_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Discord",
                "identifier": "discord-Inc1dnt",
                "providerId": "discord",
                "channel": "chat",
                "primary": False,
                "credentials": {},
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="grafana_oncall_state_case_sensitive",
        bug="looks the Grafana OnCall state up case-sensitively; 'OK' or 'Alerting' miss the table",
        buggy=grafana_oncall_alert_status_buggy,
        fixed=grafana_oncall_alert_status_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Grafana On Call Webhook",
                "identifier": "grafana-on-call-webhook-G7",
                "providerId": "grafana-on-call",
                "channel": "chat",
                "primary": False,
                "credentials": {"alertUid": "a1b2c3", "state": "OK", "title": "checkout p99"},
            }
        ),
    ),
]
"""The sixteen on-call consumers, each with its bug, fixed control and triggering example."""
