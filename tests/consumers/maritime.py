"""Sixteen consumers from a shipping and port-logistics operator, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. Each consumer
reads one element of ``GET /v1/integrations`` the way the operator's services (vessels, terminals,
crews) do: SMS senders for vessel ETA texts, the terminal's SMTP relay, crew chat and push set-up,
yard-planner rules built from integration conditions, audit logs, caches, dashboards and migration
scripts. Every buggy version works on ``HAPPY_PATH`` and carries one assumption the contract does not
back (a value it allows but the engineer did not think of); its fixed control does the same job as a
tolerant reader and must never raise on a contract-valid payload.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import ipaddress
import json
import re
import shlex
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(
    changes: Mapping[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: Mapping[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added, keys removed and (optionally) new credentials."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(dict(credentials))
    for key in drop:
        payload.pop(key, None)
    return payload


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` when it is not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _items(value: object) -> list[dict[str, Any]]:
    """The object items of a JSON array (anything else yields nothing)."""
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, dict)]


# 1. Vessel ETA texts: the Twilio sender number

_E164 = re.compile(r"\+?[1-9][0-9]{6,14}")


def vessel_eta_sms_sender_buggy(payload: Payload) -> dict[str, str] | None:
    """Sender profile for the ETA/ETB texts sent to pilots, linesmen and agents of an arriving vessel."""
    if payload["channel"] != "sms":
        return None
    credentials = payload["credentials"]
    sender = credentials.get("from", "")
    number = _E164.fullmatch(sender.replace(" ", "")).group(0)  # type: ignore[union-attr]
    return {
        "provider": payload["providerId"],
        "account": credentials.get("accountSid", ""),
        "number": "+" + number.lstrip("+"),
    }


def vessel_eta_sms_sender_fixed(payload: Payload) -> dict[str, str] | None:
    """Same, but an alphanumeric (or empty) sender id is kept as such instead of assumed to be a number."""
    if payload.get("channel") != "sms":
        return None
    credentials = _creds(payload)
    sender = _text(credentials.get("from"))
    match = _E164.fullmatch(sender.replace(" ", ""))
    profile = {
        "provider": _text(payload.get("providerId")),
        "account": _text(credentials.get("accountSid")),
    }
    if match is None:
        profile["sender_id"] = sender
    else:
        profile["number"] = "+" + match.group(0).lstrip("+")
    return profile


# 2. Terminal SMTP relay: the port of a Custom SMTP integration


def terminal_smtp_relay_buggy(payload: Payload) -> dict[str, Any] | None:
    """SMTP relay settings for the terminal operating system's gate-transaction and EIR mails."""
    credentials = payload["credentials"]
    if payload["channel"] != "email" or "port" not in credentials:
        return None
    port = int(credentials["port"])
    return {
        "host": credentials.get("host", "localhost"),
        "port": port,
        "implicit_tls": credentials.get("secure", port == 465),
        "starttls": credentials.get("requireTls", False),
    }


def terminal_smtp_relay_fixed(payload: Payload) -> dict[str, Any] | None:
    """Same, but a port that is not a number in 1..65535 (``""``, ``"smtps"``...) falls back to 587."""
    credentials = _creds(payload)
    if payload.get("channel") != "email" or "port" not in credentials:
        return None
    port = 587
    raw = credentials.get("port")
    if isinstance(raw, str):
        try:
            candidate = int(raw.strip())
        except ValueError:
            candidate = 0
        if 0 < candidate < 65536:
            port = candidate
    secure = credentials.get("secure")
    require_tls = credentials.get("requireTls")
    return {
        "host": _text(credentials.get("host"), "localhost") or "localhost",
        "port": port,
        "implicit_tls": secure if isinstance(secure, bool) else port == 465,
        "starttls": require_tls if isinstance(require_tls, bool) else False,
    }


# 3. Deletion audit log: deleted records and their deletedAt


def _audit_stamp(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def port_deletion_audit_buggy(payload: Payload) -> str | None:
    """Audit-log line for integrations removed from the port community system's notification stack."""
    if not payload["deleted"]:
        return None
    when = _audit_stamp(payload["deletedAt"])
    who = payload.get("deletedBy", "system")
    return f"{when} {who} removed {payload['name']!r} ({payload['providerId']})"


def port_deletion_audit_fixed(payload: Payload) -> str | None:
    """Same, but ``deleted: true`` without ``deletedAt`` (allowed: no rule ties them) logs an unknown time."""
    if payload.get("deleted") is not True:
        return None
    stamp = payload.get("deletedAt")
    when = "unknown-time"
    if isinstance(stamp, str) and stamp:
        try:
            when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).strftime("%Y-%m-%d %H:%M")
        except (ValueError, OverflowError):
            when = stamp
    who = _text(payload.get("deletedBy"), "system")
    return f"{when} {who} removed {payload.get('name')!r} ({payload.get('providerId')!r})"


# 4. Crew chat: the Slack app's OAuth redirect

_TRUSTED_OAUTH_SUFFIX = ".crew.portops.example"


def crew_slack_oauth_buggy(payload: Payload) -> dict[str, Any] | None:
    """Check the Slack app's OAuth redirect before the crew-chat install link is published on the intranet."""
    credentials = payload["credentials"]
    redirect = credentials.get("redirectUrl")
    if payload["channel"] != "chat" or redirect is None:
        return None
    try:
        parts = urlsplit(redirect)
    except ValueError:
        return {"client_id": credentials.get("clientId", ""), "trusted": False}
    host = parts.hostname.rstrip(".")
    return {
        "client_id": credentials.get("clientId", ""),
        "trusted": parts.scheme == "https" and host.endswith(_TRUSTED_OAUTH_SUFFIX),
    }


def crew_slack_oauth_fixed(payload: Payload) -> dict[str, Any] | None:
    """Same, but a redirect without a host (``""``, a relative path) is simply not trusted."""
    credentials = _creds(payload)
    redirect = credentials.get("redirectUrl")
    if payload.get("channel") != "chat" or not isinstance(redirect, str):
        return None
    client_id = _text(credentials.get("clientId"))
    try:
        parts = urlsplit(redirect)
        hostname = parts.hostname
    except ValueError:
        return {"client_id": client_id, "trusted": False}
    host = (hostname or "").rstrip(".")
    return {
        "client_id": client_id,
        "trusted": parts.scheme == "https" and bool(host) and host.endswith(_TRUSTED_OAUTH_SUFFIX),
    }


# 5. Berth-planning wall display: initials badge from the name


def berth_board_initials_buggy(payload: Payload) -> dict[str, str]:
    """Two-letter badge shown for each notification integration on the berth-planning wall display."""
    words = payload["name"].split()
    initials = words[0][0] + (words[1][0] if len(words) > 1 else "")
    return {"badge": initials.upper(), "title": payload["name"]}


def berth_board_initials_fixed(payload: Payload) -> dict[str, str]:
    """Same, but an empty or blank name falls back to the provider id (or ``?``)."""
    name = _text(payload.get("name"))
    words = name.split()
    if words:
        initials = words[0][:1] + (words[1][:1] if len(words) > 1 else "")
    else:
        initials = _text(payload.get("providerId"))[:2] or "?"
    return {"badge": initials.upper(), "title": name}


# 6. Routing-table migration: identifier = slug + short id


def identifier_migration_buggy(payload: Payload) -> dict[str, str]:
    """Migration script: split identifiers into slug and short id for the vessel-alert routing table."""
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return {
        "slug": slug or payload["providerId"],
        "short_id": short_id,
        "environment": payload["_environmentId"],
    }


def identifier_migration_fixed(payload: Payload) -> dict[str, str]:
    """Same, but identifiers chosen by a user (any string, with no dash at all) are kept whole as the slug."""
    identifier = _text(payload.get("identifier"))
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        slug, short_id = identifier, ""
    return {
        "slug": slug or _text(payload.get("providerId")),
        "short_id": short_id,
        "environment": _text(payload.get("_environmentId")),
    }


# 7. Deck-officer tablets: the FCM service account


def fleet_fcm_project_buggy(payload: Payload) -> dict[str, str] | None:
    """Resolve the Firebase project that delivers push alerts to the deck officers' tablets."""
    credentials = payload["credentials"]
    if payload["channel"] != "push" or "serviceAccount" not in credentials:
        return None
    account = json.loads(credentials["serviceAccount"])
    return {"project": account.get("project_id", ""), "client_email": account.get("client_email", "")}


def fleet_fcm_project_fixed(payload: Payload) -> dict[str, str] | None:
    """Same, but a service account that is not a JSON object (e.g. the ``nvsk.`` stored form) gives blanks."""
    credentials = _creds(payload)
    if payload.get("channel") != "push" or "serviceAccount" not in credentials:
        return None
    raw = credentials.get("serviceAccount")
    account: object = None
    if isinstance(raw, str):
        try:
            account = json.loads(raw)
        except (ValueError, RecursionError):
            account = None
    if not isinstance(account, dict):
        account = {}
    return {"project": _text(account.get("project_id")), "client_email": _text(account.get("client_email"))}


# 8. Yard planner: numeric thresholds from integration conditions

_NUMERIC_OPERATORS = frozenset({"LARGER", "SMALLER", "LARGER_EQUAL", "SMALLER_EQUAL"})


def cargo_weight_rule_buggy(payload: Payload) -> list[tuple[str, str, str, Decimal]]:
    """Compile numeric conditions (``grossTonnage LARGER 5000``) into threshold rules for the yard planner."""
    rules: list[tuple[str, str, str, Decimal]] = []
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _NUMERIC_OPERATORS:
                rules.append((child["on"], child["field"], child["operator"], Decimal(child["value"])))
    return rules


def cargo_weight_rule_fixed(payload: Payload) -> list[tuple[str, str, str, str]]:
    """Same, but a comparison whose value is not a finite number (any string is allowed) is skipped."""
    rules: list[tuple[str, str, str, str]] = []
    for condition in _items(payload.get("conditions")):
        for child in _items(condition.get("children")):
            operator = child.get("operator")
            value = child.get("value")
            if operator not in _NUMERIC_OPERATORS or not isinstance(value, str):
                continue
            try:
                threshold = Decimal(value.strip())
            except (ArithmeticError, ValueError):
                continue
            if not threshold.is_finite():
                continue
            rules.append((_text(child.get("on")), _text(child.get("field")), str(operator), str(threshold)))
    return rules


# 9. Port-call console: one-line routing summary


def condition_summary_buggy(payload: Payload) -> str:
    """One-line routing summary shown next to each integration in the port-call notification console."""
    parts: list[str] = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        lead = children[0]
        text = f"{lead['field']} {lead['operator']} {lead['value']}"
        if len(children) > 1:
            text += f" ({condition['value']} {len(children) - 1} more)"
        if condition["isNegated"]:
            text = "NOT " + text
        parts.append(text)
    return "; ".join(parts) or "always"


def condition_summary_fixed(payload: Payload) -> str:
    """Same, but a condition with an empty ``children`` list (allowed) is shown as an empty group."""
    parts: list[str] = []
    for condition in _items(payload.get("conditions")):
        children = _items(condition.get("children"))
        if not children:
            text = "(empty group)"
        else:
            lead = children[0]
            text = f"{lead.get('field')} {lead.get('operator')} {lead.get('value')}"
            if len(children) > 1:
                text += f" ({condition.get('value')} {len(children) - 1} more)"
        if condition.get("isNegated") is True:
            text = "NOT " + text
        parts.append(text)
    return "; ".join(parts) or "always"


# 10. Vessel-tracking notifier: cache key of pooled provider clients


def credential_cache_key_buggy(payload: Payload) -> str:
    """Cache key of the pooled provider client in the vessel-tracking notifier (changes with credentials)."""
    canonical = "&".join(f"{key}={value.strip()}" for key, value in sorted(payload["credentials"].items()))
    digest = hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{payload['providerId']}:{digest[:16]}"


def credential_cache_key_fixed(payload: Payload) -> str:
    """Same, but boolean flags and the ``tlsOptions`` object are serialised instead of treated as strings."""
    normalised = {
        str(key): value.strip() if isinstance(value, str) else value for key, value in _creds(payload).items()
    }
    try:
        canonical = json.dumps(normalised, sort_keys=True, ensure_ascii=True, default=repr)
    except (TypeError, ValueError, RecursionError):
        canonical = ascii(sorted(normalised))
    digest = hashlib.sha256(canonical.encode("ascii", "backslashreplace")).hexdigest()
    return f"{payload.get('providerId')!a}:{digest[:16]}"


# 11. OT network egress rule for the on-premise SMS gateway


def kannel_firewall_rule_buggy(payload: Payload) -> str | None:
    """Egress firewall rule letting the terminal's OT network reach its on-premise SMS gateway (Kannel)."""
    credentials = payload["credentials"]
    if payload["channel"] != "sms" or "host" not in credentials:
        return None
    address = ipaddress.ip_address(credentials["host"])
    family = "inet6" if address.version == 6 else "inet"
    return f"pass out proto tcp {family} to {address} port {credentials.get('port') or '13013'}"


def kannel_firewall_rule_fixed(payload: Payload) -> str | None:
    """Same, but a host name (the host is any string, not necessarily an IP literal) gets a DNS-based rule."""
    credentials = _creds(payload)
    host = credentials.get("host")
    if payload.get("channel") != "sms" or not isinstance(host, str):
        return None
    port = _text(credentials.get("port")) or "13013"
    try:
        address = ipaddress.ip_address(host.strip())
    except ValueError:
        return f"pass out proto tcp to host {host!r} port {port!r}"
    family = "inet6" if address.version == 6 else "inet"
    return f"pass out proto tcp {family} to {address} port {port!r}"


# 12. Stale-integration report: record age from the ObjectId


def record_age_buggy(payload: Payload) -> dict[str, str] | None:
    """Stale-integration report for fleet IT: when each record was created, read from its ObjectId."""
    record_id = payload.get("_id")
    if record_id is None:
        return None
    created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)
    return {"id": record_id, "created": created.date().isoformat()}


_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")


def record_age_fixed(payload: Payload) -> dict[str, str] | None:
    """Same, but an ``_id`` that is not a 24-hex ObjectId (the contract says only "string") has no age."""
    record_id = payload.get("_id")
    if not isinstance(record_id, str):
        return None
    if _OBJECT_ID.fullmatch(record_id) is None:
        return {"id": record_id, "created": "unknown"}
    try:
        created = datetime.fromtimestamp(int(record_id[:8], 16), tz=UTC)
    except (ValueError, OverflowError, OSError):
        return {"id": record_id, "created": "unknown"}
    return {"id": record_id, "created": created.date().isoformat()}


# 13. Crew welfare portal: the in-app Inbox widget


def crew_inbox_widget_buggy(payload: Payload) -> dict[str, Any] | None:
    """Configuration of the Inbox widget in the crew welfare portal (in-app notices for seafarers)."""
    if payload["channel"] != "in_app":
        return None
    credentials = payload["credentials"]
    return {
        "applicationIdentifier": payload["identifier"],
        "environment": payload["_environmentId"],
        "requireHmac": bool(credentials["hmac"]),
        "enabled": payload["active"],
    }


def crew_inbox_widget_fixed(payload: Payload) -> dict[str, Any] | None:
    """Same, but an in-app integration whose credentials lack ``hmac`` (e.g. ``{}``) means HMAC is off."""
    if payload.get("channel") != "in_app":
        return None
    return {
        "applicationIdentifier": _text(payload.get("identifier")),
        "environment": _text(payload.get("_environmentId")),
        "requireHmac": _creds(payload).get("hmac") is True,
        "enabled": payload.get("active") is True,
    }


# 14. Notices to mariners: argv of the legacy mailer CLI


def notice_cli_command_buggy(payload: Payload) -> list[str] | None:
    """argv for the legacy notice-to-mariners mailer CLI, built from the email integration's sender."""
    if payload["channel"] != "email":
        return None
    credentials = payload["credentials"]
    line = (
        f"nm-mailer --provider {payload['providerId']} --from {credentials.get('from', '')} "
        f"--sender-name '{credentials.get('senderName', '')}'"
    )
    return shlex.split(line)


def notice_cli_command_fixed(payload: Payload) -> list[str] | None:
    """Same, but the argv is built as a list, so quotes in the sender name (``Master's``) are harmless."""
    if payload.get("channel") != "email":
        return None
    credentials = _creds(payload)
    return [
        "nm-mailer",
        "--provider",
        _text(payload.get("providerId")),
        "--from",
        _text(credentials.get("from")),
        "--sender-name",
        _text(credentials.get("senderName")),
    ]


# 15. Fleet-admin backend: wire record -> dataclass


@dataclasses.dataclass(frozen=True)
class _IntegrationRecord:
    """The fleet-admin backend's view of one integration."""

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
    conditions: list[Any] = dataclasses.field(default_factory=list)


_CAMEL_HUMP = re.compile(r"(?<!^)(?=[A-Z])")


def _snake(key: str) -> str:
    return _CAMEL_HUMP.sub("_", key.lstrip("_")).lower()


def admin_record_loader_buggy(payload: Payload) -> _IntegrationRecord:
    """Load an integration into the fleet-admin backend's record type (wire camelCase to snake_case)."""
    return _IntegrationRecord(**{_snake(key): value for key, value in payload.items()})


_RECORD_FIELDS = frozenset(field.name for field in dataclasses.fields(_IntegrationRecord))


def admin_record_loader_fixed(payload: Payload) -> _IntegrationRecord:
    """Same, but keys the record type does not know (``createdAt``, ``__v``, ``priority``...) are ignored."""
    fields: dict[str, Any] = {
        "environment_id": "",
        "organization_id": "",
        "name": "",
        "identifier": "",
        "provider_id": "",
        "channel": "",
        "credentials": {},
        "active": False,
        "deleted": False,
        "primary": False,
    }
    for key, value in payload.items():
        if isinstance(key, str) and _snake(key) in _RECORD_FIELDS:
            fields[_snake(key)] = value
    return _IntegrationRecord(**fields)


# 16. Terminal operations dashboard: status pill

_STATUS_BUGGY = {(True, True): "primary", (True, False): "standby", (False, False): "disabled"}
_STATUS = {**_STATUS_BUGGY, (False, True): "primary (inactive)"}


def integration_status_badge_buggy(payload: Payload) -> str:
    """Status pill shown for each integration on the terminal operations dashboard."""
    status = _STATUS_BUGGY[(payload["active"], payload["primary"])]
    return f"{payload['name']} [{payload['channel']}] {status}"


def integration_status_badge_fixed(payload: Payload) -> str:
    """Same, but an inactive primary (allowed; the server leaves one when deactivating a primary) is shown."""
    status = _STATUS.get((payload.get("active") is True, payload.get("primary") is True), "unknown")
    return f"{payload.get('name')} [{payload.get('channel')}] {status}"


MARITIME_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="maritime_vessel_eta_sms_sender",
        bug="assumes the SMS `from` credential is always a phone number, not an alphanumeric sender id",
        buggy=vessel_eta_sms_sender_buggy,
        fixed=vessel_eta_sms_sender_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "Twilio", "identifier": "twilio-Qm3r8TzA", "providerId": "twilio", "channel": "sms"},
            credentials={
                "accountSid": "AC0000000000000000000000000000feed",
                "token": "fake-token",
                "from": "PORTOPS",
            },
        ),
    ),
    ConsumerCase(
        name="maritime_terminal_smtp_relay",
        bug="assumes the SMTP `port` credential (a string) always holds a number",
        buggy=terminal_smtp_relay_buggy,
        fixed=terminal_smtp_relay_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Lw9x2Ke", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.terminal.example",
                "port": "smtps",
                "secure": True,
                "from": "gate@terminal.example",
            },
        ),
    ),
    ConsumerCase(
        name="maritime_port_deletion_audit",
        bug="assumes a record with `deleted: true` always carries `deletedAt`",
        buggy=port_deletion_audit_buggy,
        fixed=port_deletion_audit_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="maritime_crew_slack_oauth",
        bug="assumes the Slack `redirectUrl` is an absolute URL with a host",
        buggy=crew_slack_oauth_buggy,
        fixed=crew_slack_oauth_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "slack-Vb7nR2q",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={
                "applicationId": "A0CREWCHAT",
                "clientId": "1234.5678",
                "secretKey": "fake-secret",
                "redirectUrl": "/oauth/slack/callback",
            },
        ),
    ),
    ConsumerCase(
        name="maritime_berth_board_initials",
        bug="assumes `name` has at least one non-blank word",
        buggy=berth_board_initials_buggy,
        fixed=berth_board_initials_fixed,
        raises=(IndexError,),
        example=_payload({"name": "   "}),
    ),
    ConsumerCase(
        name="maritime_identifier_migration",
        bug="assumes every `identifier` is `<slug>-<short id>` and so contains a dash",
        buggy=identifier_migration_buggy,
        fixed=identifier_migration_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "harbourops"}),
    ),
    ConsumerCase(
        name="maritime_fleet_fcm_project",
        bug="assumes the FCM `serviceAccount` credential is always a decrypted JSON object",
        buggy=fleet_fcm_project_buggy,
        fixed=fleet_fcm_project_fixed,
        raises=(ValueError, AttributeError, TypeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Hk2sP0w",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
            },
            credentials={"serviceAccount": "nvsk.8f3a1c0e9b7d6a5f:4e2d1c0b9a8f7e6d5c4b3a29"},
        ),
    ),
    ConsumerCase(
        name="maritime_cargo_weight_rule",
        bug="assumes a numeric operator (LARGER, SMALLER...) always comes with a numeric `value`",
        buggy=cargo_weight_rule_buggy,
        fixed=cargo_weight_rule_fixed,
        raises=(InvalidOperation,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "grossTonnage", "value": "heavy", "operator": "LARGER", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="maritime_condition_summary",
        bug="assumes every condition has at least one child",
        buggy=condition_summary_buggy,
        fixed=condition_summary_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="maritime_credential_cache_key",
        bug="assumes every credentials value is a string (not the boolean flags or the `tlsOptions` object)",
        buggy=credential_cache_key_buggy,
        fixed=credential_cache_key_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Zt4uY1m", "providerId": "nodemailer"},
            credentials={
                "host": "10.20.0.25",
                "port": "587",
                "secure": False,
                "requireTls": True,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "berth-planning@port.example",
                "senderName": "Berth Planning",
            },
        ),
    ),
    ConsumerCase(
        name="maritime_kannel_firewall_rule",
        bug="assumes the SMS gateway `host` credential is an IP literal, not a host name",
        buggy=kannel_firewall_rule_buggy,
        fixed=kannel_firewall_rule_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-Pp0aW3e",
                "providerId": "kannel",
                "channel": "sms",
            },
            credentials={"host": "kannel.terminal.local", "port": "13013", "from": "TERMINAL"},
        ),
    ),
    ConsumerCase(
        name="maritime_record_age",
        bug="assumes `_id` is always a 24-hex MongoDB ObjectId whose first 8 digits are a timestamp",
        buggy=record_age_buggy,
        fixed=record_age_fixed,
        raises=(ValueError,),
        example=_payload({"_id": "INT-2024-0001"}),
    ),
    ConsumerCase(
        name="maritime_crew_inbox_widget",
        bug="assumes an in-app integration's credentials always carry the optional `hmac` flag",
        buggy=crew_inbox_widget_buggy,
        fixed=crew_inbox_widget_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Xc5vB8n",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="maritime_notice_cli_command",
        bug="assumes sender settings contain no quote characters when building a shell-style command line",
        buggy=notice_cli_command_buggy,
        fixed=notice_cli_command_fixed,
        raises=(ValueError,),
        example=_payload(
            {"name": "Mailgun", "identifier": "mailgun-Rt6yU2i", "providerId": "mailgun"},
            credentials={
                "apiKey": "fake-api-key-0002",
                "user": "api",
                "domain": "mg.port.example",
                "from": "notices@port.example",
                "senderName": "Harbour Master's Office",
            },
        ),
    ),
    ConsumerCase(
        name="maritime_admin_record_loader",
        bug="assumes the record carries only the documented keys (no `createdAt`, `__v`, `priority`...)",
        buggy=admin_record_loader_buggy,
        fixed=admin_record_loader_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "priority": 1,
                "createdAt": "2025-03-14T08:30:00.000Z",
                "updatedAt": "2025-03-14T08:30:00.000Z",
                "__v": 0,
            }
        ),
    ),
    ConsumerCase(
        name="maritime_integration_status_badge",
        bug="assumes a primary integration is always active",
        buggy=integration_status_badge_buggy,
        fixed=integration_status_badge_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
]
"""The sixteen maritime consumers, in the order above."""
