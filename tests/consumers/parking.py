"""Sixteen consumers from a smart-parking and EV-charging operator, each with one typical contract bug.

Written from the contract documents alone (``CONTRACT.md``, the ``IntegrationResponseDto`` seed,
``SERVER-SEMANTICS.md`` and ``providers.json``), without looking at any data generator. The operator
runs garages, street-parking zones and EV chargers and reads its Novu integrations (one item of
``GET /v1/integrations`` at a time) from receipt mailers, SMS gateways, push and webhook relays,
dashboards, billing jobs, migration scripts and rule compilers.

Each ``*_buggy`` function is what a competent engineer wrote and tested against ``HAPPY_PATH``; it
carries one plausible wrong assumption about a value the contract allows, and raises on some valid
payload (the case's ``example``). Each ``*_fixed`` function is the same code done right: it must not
raise on any contract-valid payload (absent optional keys, empty or non-ASCII strings, any enum value,
unknown extra keys, odd credentials, any condition shapes).
"""

from __future__ import annotations

import contextlib
import copy
import csv
import dataclasses
import hashlib
import io
import ipaddress
import json
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

# ----------------------------------------------------------------------------------------------------
# Small defensive helpers used by the fixed controls.
# ----------------------------------------------------------------------------------------------------


def _payload(
    changes: dict[str, Any] | None = None,
    *,
    drop: tuple[str, ...] = (),
    credentials: dict[str, Any] | None = None,
) -> Payload:
    """``HAPPY_PATH`` with top-level ``changes``, ``drop`` keys removed and, if given, new ``credentials``."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(changes or {}))
    for key in drop:
        payload.pop(key, None)
    if credentials is not None:
        payload["credentials"] = copy.deepcopy(credentials)
    return payload


def _text(value: object, default: str = "") -> str:
    """``value`` if it is a string, else ``default``."""
    return value if isinstance(value, str) else default


def _obj(value: object) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def _creds(payload: Payload) -> dict[str, Any]:
    return _obj(payload.get("credentials"))


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    raw = payload.get("conditions")
    if not isinstance(raw, list):
        return []
    return [item for item in raw if isinstance(item, dict)]


def _children(condition: dict[str, Any]) -> list[dict[str, Any]]:
    raw = condition.get("children")
    if not isinstance(raw, list):
        return []
    return [item for item in raw if isinstance(item, dict)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


# ----------------------------------------------------------------------------------------------------
# 1. Parking receipt mailer: derives the bounce and DKIM domain from the sender address.
# ----------------------------------------------------------------------------------------------------


def receipt_sender_buggy(payload: Payload) -> dict[str, str]:
    """Envelope settings for the parking-receipt mailer (SendGrid, Mailgun, ...)."""
    creds = payload["credentials"]
    sender: str = creds.get("from", "")
    domain = sender.split("@")[1].lower()  # BUG: `from` is any string, maybe without "@"
    display: str = creds.get("senderName") or payload["name"]
    return {
        "envelope_from": f"bounces@{domain}",
        "header_from": f'"{display}" <{sender}>',
        "dkim_domain": domain,
    }


def receipt_sender_fixed(payload: Payload) -> dict[str, str]:
    """Envelope settings for the parking-receipt mailer, tolerant of any ``from`` string."""
    creds = _creds(payload)
    sender = _text(creds.get("from"))
    local, at, domain = sender.rpartition("@")
    domain = domain.lower() if at and local else ""
    display = _text(creds.get("senderName")) or _text(payload.get("name"))
    return {
        "envelope_from": f"bounces@{domain}" if domain else "bounces@mail.parking.invalid",
        "header_from": f'"{display}" <{sender}>',
        "dkim_domain": domain,
    }


# ----------------------------------------------------------------------------------------------------
# 2. Kannel SMS gateway config for barrier and ANPR alerts.
# ----------------------------------------------------------------------------------------------------


def kannel_gateway_buggy(payload: Payload) -> dict[str, object]:
    """Send URL of the self-hosted Kannel box that texts gate alerts."""
    creds = payload["credentials"]
    host: str = creds.get("host", "localhost")
    port = int(creds.get("port", "13013"))  # BUG: `port` is a free string, not always a number
    return {"url": f"http://{host}:{port}/cgi-bin/sendsms", "port": port, "user": creds.get("user")}


_PORT_RE = re.compile(r"[0-9]{1,5}", re.ASCII)


def kannel_gateway_fixed(payload: Payload) -> dict[str, object]:
    """Send URL of the Kannel box; an unusable port falls back to Kannel's default."""
    creds = _creds(payload)
    host = _text(creds.get("host")) or "localhost"
    raw_port = _text(creds.get("port")).strip()
    port = 13013
    if _PORT_RE.fullmatch(raw_port) and 0 < int(raw_port) < 65536:
        port = int(raw_port)
    user = creds.get("user")
    return {
        "url": f"http://{host}:{port}/cgi-bin/sendsms",
        "port": port,
        "user": user if isinstance(user, str) else None,
    }


# ----------------------------------------------------------------------------------------------------
# 3. Deletion audit log for the compliance team.
# ----------------------------------------------------------------------------------------------------


def deletion_audit_buggy(payload: Payload) -> dict[str, object]:
    """Audit line for a soft-deleted integration."""
    deleted_at = payload.get("deletedAt")
    day = None
    if deleted_at is not None:
        day = datetime.fromisoformat(deleted_at).date().isoformat()  # BUG: deletedAt is a plain string
    return {
        "integration": payload["identifier"],
        "deleted": payload["deleted"],
        "deleted_on": day,
        "deleted_by": payload.get("deletedBy", "system"),
    }


def deletion_audit_fixed(payload: Payload) -> dict[str, object]:
    """Audit line for a soft-deleted integration; unparseable timestamps are kept verbatim."""
    raw = payload.get("deletedAt")
    day: str | None = None
    when: datetime | None = None
    if isinstance(raw, str):
        try:
            when = datetime.fromisoformat(raw)
        except ValueError:
            when = None
    if when is not None:
        if when.tzinfo is not None:
            with contextlib.suppress(ValueError, OverflowError):
                when = when.astimezone(UTC)
        day = when.date().isoformat()
    return {
        "integration": _text(payload.get("identifier")),
        "deleted": payload.get("deleted") is True,
        "deleted_on": day,
        "deleted_at_raw": raw if isinstance(raw, str) else None,
        "deleted_by": _text(payload.get("deletedBy"), "system"),
    }


# ----------------------------------------------------------------------------------------------------
# 4. Zone router: which parking zones an SMS integration serves.
# ----------------------------------------------------------------------------------------------------


def zone_router_buggy(payload: Payload) -> dict[str, object]:
    """Zones (from ``payload.zone*`` conditions) routed to this integration; no zone rule means all zones."""
    zones: set[str] = set()
    for condition in payload["conditions"]:  # BUG: `conditions` is optional
        for child in condition["children"]:
            if child["field"].startswith("payload.zone"):
                zones.add(child["value"])
    return {"integration": payload["identifier"], "zones": sorted(zones) or ["*"]}


def zone_router_fixed(payload: Payload) -> dict[str, object]:
    """Zones routed to this integration; absent conditions mean all zones."""
    zones: set[str] = set()
    for condition in _conditions(payload):
        for child in _children(condition):
            field = _text(child.get("field"))
            value = child.get("value")
            if field.startswith("payload.zone") and isinstance(value, str):
                zones.add(value)
    return {"integration": _text(payload.get("identifier")), "zones": sorted(zones) or ["*"]}


# ----------------------------------------------------------------------------------------------------
# 5. Ops dashboard: one-line preview of each routing rule.
# ----------------------------------------------------------------------------------------------------


def rule_preview_buggy(payload: Payload) -> list[str]:
    """``NOT subscriber.plan EQUAL pro (+2 more)``-style previews of each condition."""
    previews = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        first = children[0]  # BUG: `children` may be empty
        prefix = "NOT " if condition["isNegated"] else ""
        more = f" (+{len(children) - 1} more)" if len(children) > 1 else ""
        previews.append(f"{prefix}{first['on']}.{first['field']} {first['operator']} {first['value']}{more}")
    return previews


def rule_preview_fixed(payload: Payload) -> list[str]:
    """Previews of each condition; an empty group reads ``(always)``."""
    previews = []
    for condition in _conditions(payload):
        children = _children(condition)
        prefix = "NOT " if condition.get("isNegated") is True else ""
        if not children:
            previews.append(f"{prefix}(always)")
            continue
        first = children[0]
        more = f" (+{len(children) - 1} more)" if len(children) > 1 else ""
        on = _text(first.get("on"), "?")
        field = _text(first.get("field"))
        operator = _text(first.get("operator"), "?")
        value = _text(first.get("value"))
        previews.append(f"{prefix}{on}.{field} {operator} {value}{more}")
    return previews


# ----------------------------------------------------------------------------------------------------
# 6. FCM push relay for the driver app: which Firebase project sends "your session ends soon".
# ----------------------------------------------------------------------------------------------------


def fcm_project_buggy(payload: Payload) -> dict[str, object] | None:
    """Firebase project of an FCM integration, read from its service-account key file."""
    service_account = payload["credentials"].get("serviceAccount")
    if service_account is None:
        return None
    info = json.loads(service_account)  # BUG: serviceAccount is any string (e.g. the encrypted `nvsk.` form)
    return {"project": info["project_id"], "client_email": info.get("client_email")}


def fcm_project_fixed(payload: Payload) -> dict[str, object] | None:
    """Firebase project of an FCM integration, or ``None`` when the key file is unreadable."""
    service_account = _creds(payload).get("serviceAccount")
    if not isinstance(service_account, str):
        return None
    try:
        info: object = json.loads(service_account)
    except (ValueError, RecursionError):
        return None
    if not isinstance(info, dict):
        return None
    project = info.get("project_id")
    email = info.get("client_email")
    if not isinstance(project, str):
        return None
    return {"project": project, "client_email": email if isinstance(email, str) else None}


# ----------------------------------------------------------------------------------------------------
# 7. Operator portal: one tile per integration.
# ----------------------------------------------------------------------------------------------------

_TILES = {
    "email": ("Receipts & invoices", "mail"),
    "sms": ("Entry/exit texts", "phone"),
    "push": ("Driver app push", "bell"),
    "chat": ("Ops chat", "chat"),
}


def channel_tile_buggy(payload: Payload) -> dict[str, object]:
    """Portal tile (title, icon, status) for an integration."""
    title, icon = _TILES[payload["channel"]]  # BUG: forgets the `in_app` channel
    return {"title": title, "icon": icon, "provider": payload["providerId"], "on": payload["active"]}


_TILES_ALL = {**_TILES, "in_app": ("In-app inbox", "inbox")}


def channel_tile_fixed(payload: Payload) -> dict[str, object]:
    """Portal tile for an integration of any channel."""
    channel = _text(payload.get("channel"))
    title, icon = _TILES_ALL.get(channel, (channel or "Other", "plug"))
    return {
        "title": title,
        "icon": icon,
        "provider": _text(payload.get("providerId")),
        "on": payload.get("active") is True,
    }


# ----------------------------------------------------------------------------------------------------
# 8. SSRF guard before the charger-fault relay calls a push-webhook URL.
# ----------------------------------------------------------------------------------------------------


def webhook_guard_buggy(payload: Payload) -> dict[str, object]:
    """Whether the relay may call this integration's webhook (no loopback, private or internal hosts)."""
    url = payload["credentials"].get("webhookUrl")
    if url is None:
        return {"allowed": False, "reason": "no webhook"}
    host = urlsplit(url).hostname
    if host.endswith(".internal") or host == "localhost":  # BUG: hostname is None for scheme-less URLs
        return {"allowed": False, "reason": "internal host"}
    try:
        if not ipaddress.ip_address(host).is_global:
            return {"allowed": False, "reason": "private address"}
    except ValueError:
        pass
    return {"allowed": True, "host": host}


def webhook_guard_fixed(payload: Payload) -> dict[str, object]:
    """SSRF guard that refuses any URL without a usable host."""
    url = _creds(payload).get("webhookUrl")
    if not isinstance(url, str):
        return {"allowed": False, "reason": "no webhook"}
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return {"allowed": False, "reason": "malformed url"}
    if not host or parts.scheme not in ("http", "https"):
        return {"allowed": False, "reason": "no host"}
    if host.endswith(".internal") or host == "localhost":
        return {"allowed": False, "reason": "internal host"}
    try:
        if not ipaddress.ip_address(host).is_global:
            return {"allowed": False, "reason": "private address"}
    except ValueError:
        pass
    return {"allowed": True, "host": host}


# ----------------------------------------------------------------------------------------------------
# 9. Migration script to the new notification hub: split the identifier into slug and short id.
# ----------------------------------------------------------------------------------------------------


def identifier_migration_buggy(payload: Payload) -> dict[str, str]:
    """New-hub key for an integration: its slug, with the Novu short id kept as legacy suffix."""
    slug, short_id = payload["identifier"].rsplit("-", 1)  # BUG: identifiers need not contain "-"
    return {"key": f"{payload['channel']}/{slug or payload['providerId']}", "legacy_suffix": short_id}


def identifier_migration_fixed(payload: Payload) -> dict[str, str]:
    """New-hub key for an integration; identifiers without a dash are kept whole."""
    identifier = _text(payload.get("identifier"))
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        slug, short_id = identifier, ""
    channel = _text(payload.get("channel"))
    return {"key": f"{channel}/{slug or _text(payload.get('providerId'))}", "legacy_suffix": short_id}


# ----------------------------------------------------------------------------------------------------
# 10. SMS usage billing: shard the per-organization counters by the organization's ObjectId.
# ----------------------------------------------------------------------------------------------------


def usage_shard_buggy(payload: Payload) -> dict[str, object]:
    """Usage-counter shard (0-15) of the organization that owns an SMS integration."""
    org = payload["_organizationId"]
    shard = int.from_bytes(bytes.fromhex(org)[-4:], "big") % 16  # BUG: ids are plain strings, not always hex
    return {"organization": org, "shard": shard, "provider": payload["providerId"]}


def usage_shard_fixed(payload: Payload) -> dict[str, object]:
    """Usage-counter shard from a hash of the organization id, whatever its form."""
    org = _text(payload.get("_organizationId"))
    shard = hashlib.sha256(_utf8(org)).digest()[-1] % 16
    return {"organization": org, "shard": shard, "provider": _text(payload.get("providerId"))}


# ----------------------------------------------------------------------------------------------------
# 11. Default-sender sync job: mirrors each garage's primary email sender into the booking system.
# ----------------------------------------------------------------------------------------------------


def default_sender_buggy(payload: Payload) -> dict[str, object]:
    """Booking-system row for an integration; rejects rows it thinks are corrupt."""
    if payload["primary"] and not payload["active"]:
        # BUG: the contract lets an inactive integration stay primary
        raise ValueError(f"primary integration {payload['identifier']} is inactive")
    return {"identifier": payload["identifier"], "default": payload["primary"], "enabled": payload["active"]}


def default_sender_fixed(payload: Payload) -> dict[str, object]:
    """Booking-system row; an inactive primary is simply not the effective default."""
    primary = payload.get("primary") is True
    active = payload.get("active") is True
    deleted = payload.get("deleted") is True
    return {
        "identifier": _text(payload.get("identifier")),
        "default": primary and active and not deleted,
        "enabled": active,
        "stale_primary": primary and not active,
    }


# ----------------------------------------------------------------------------------------------------
# 12. Pay-station export: legacy terminals show integration names from an ASCII CSV.
# ----------------------------------------------------------------------------------------------------


def terminal_export_buggy(payload: Payload) -> str:
    """One CSV row for the pay-station terminals (20-character ASCII label)."""
    label = payload["name"].encode("ascii").decode("ascii")[:20]  # BUG: names can be any unicode
    buffer = io.StringIO()
    csv.writer(buffer).writerow(
        [payload["providerId"], payload["channel"], label, "Y" if payload["active"] else "N"]
    )
    return buffer.getvalue()


def _ascii_label(text: str, width: int) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    printable = "".join(ch for ch in folded if " " <= ch <= "~")
    return printable[:width] or "?"


def terminal_export_fixed(payload: Payload) -> str:
    """One CSV row for the pay-station terminals; names are folded to printable ASCII."""
    label = _ascii_label(_text(payload.get("name")), 20)
    provider = _ascii_label(_text(payload.get("providerId")), 32)
    channel = _ascii_label(_text(payload.get("channel")), 8)
    buffer = io.StringIO()
    csv.writer(buffer).writerow([provider, channel, label, "Y" if payload.get("active") is True else "N"])
    return buffer.getvalue()


# ----------------------------------------------------------------------------------------------------
# 13. Occupancy alerting: numeric thresholds from in-app conditions ("occupancy LARGER 85").
# ----------------------------------------------------------------------------------------------------

_COMPARISONS = ("LARGER", "LARGER_EQUAL", "SMALLER", "SMALLER_EQUAL")


def occupancy_thresholds_buggy(payload: Payload) -> dict[str, float]:
    """Numeric thresholds per field, read from comparison conditions."""
    thresholds: dict[str, float] = {}
    for condition in payload.get("conditions", []):
        for child in condition["children"]:
            if child["operator"] in _COMPARISONS:
                thresholds[child["field"]] = float(child["value"])  # BUG: values are free strings
    return thresholds


def occupancy_thresholds_fixed(payload: Payload) -> dict[str, float]:
    """Numeric thresholds per field; non-numeric comparison values are skipped."""
    thresholds: dict[str, float] = {}
    for condition in _conditions(payload):
        for child in _children(condition):
            if child.get("operator") not in _COMPARISONS:
                continue
            field = child.get("field")
            value = child.get("value")
            if not isinstance(field, str) or not isinstance(value, str):
                continue
            try:
                thresholds[field] = float(value)
            except ValueError:
                continue
    return thresholds


# ----------------------------------------------------------------------------------------------------
# 14. Rule compiler: turns integration conditions into a SQL filter for the parking-events store.
# ----------------------------------------------------------------------------------------------------

_SQL_OPS = {
    "EQUAL": "=",
    "NOT_EQUAL": "<>",
    "LARGER": ">",
    "SMALLER": "<",
    "LARGER_EQUAL": ">=",
    "SMALLER_EQUAL": "<=",
    "LIKE": "LIKE",
    "NOT_LIKE": "NOT LIKE",
    "IN": "IN",
    "NOT_IN": "NOT IN",
}


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def rule_compiler_buggy(payload: Payload) -> str:
    """SQL WHERE clause equivalent to the integration's conditions."""
    clauses = []
    for condition in payload.get("conditions", []):
        parts = [
            f"{child['on']}.{child['field']} {_SQL_OPS[child['operator']]} {_sql_literal(child['value'])}"
            for child in condition["children"]
        ]  # BUG: the operator table misses ALL_IN, ANY_IN, BETWEEN and NOT_BETWEEN
        clause = "(" + f" {condition['value']} ".join(parts) + ")" if parts else "TRUE"
        clauses.append(f"NOT {clause}" if condition["isNegated"] else clause)
    return " AND ".join(clauses) or "TRUE"


def _sql_child(child: dict[str, Any]) -> str:
    on = _text(child.get("on"), "payload")
    field = _text(child.get("field"))
    operator = _text(child.get("operator"))
    value = _text(child.get("value"))
    column = f"{on}.{field}"
    if operator in _SQL_OPS:
        return f"{column} {_SQL_OPS[operator]} {_sql_literal(value)}"
    if operator in ("BETWEEN", "NOT_BETWEEN"):
        low, _, high = value.partition(",")
        negation = "NOT " if operator == "NOT_BETWEEN" else ""
        return f"{column} {negation}BETWEEN {_sql_literal(low.strip())} AND {_sql_literal(high.strip())}"
    if operator in ("ANY_IN", "ALL_IN"):
        items = ", ".join(_sql_literal(item.strip()) for item in value.split(","))
        return f"{column} {'&&' if operator == 'ANY_IN' else '@>'} ARRAY[{items}]"
    if operator == "IS_DEFINED":
        return f"{column} IS NOT NULL"
    return "FALSE"


def rule_compiler_fixed(payload: Payload) -> str:
    """SQL WHERE clause for any operator; unknown ones compile to ``FALSE``."""
    clauses = []
    for condition in _conditions(payload):
        parts = [_sql_child(child) for child in _children(condition)]
        joiner = " OR " if condition.get("value") == "OR" else " AND "
        clause = "(" + joiner.join(parts) + ")" if parts else "TRUE"
        clauses.append(f"NOT {clause}" if condition.get("isNegated") is True else clause)
    return " AND ".join(clauses) or "TRUE"


# ----------------------------------------------------------------------------------------------------
# 15. SMTP config for the garage's own mail relay (nodemailer / Custom SMTP integrations).
# ----------------------------------------------------------------------------------------------------


def smtp_config_buggy(payload: Payload) -> dict[str, object]:
    """SMTP client settings, including the TLS floor from ``tlsOptions.minVersion``."""
    creds = payload["credentials"]
    tls = creds.get("tlsOptions", {})
    min_version = tls.get("minVersion", "TLSv1.2").upper()  # BUG: tlsOptions values can be any JSON
    return {
        "host": creds.get("host", ""),
        "port": creds.get("port", "587"),
        "starttls": bool(creds.get("requireTls")),
        "min_tls": min_version.replace("TLSV", ""),
        "verify": bool(tls.get("rejectUnauthorized", True)),
    }


def smtp_config_fixed(payload: Payload) -> dict[str, object]:
    """SMTP client settings; odd ``tlsOptions`` values fall back to safe defaults."""
    creds = _creds(payload)
    tls = _obj(creds.get("tlsOptions"))
    min_version = tls.get("minVersion")
    floor = min_version.upper().replace("TLSV", "") if isinstance(min_version, str) else "1.2"
    verify = tls.get("rejectUnauthorized")
    return {
        "host": _text(creds.get("host")),
        "port": _text(creds.get("port"), "587") or "587",
        "starttls": creds.get("requireTls") is True,
        "min_tls": floor,
        "verify": verify if isinstance(verify, bool) else True,
    }


# ----------------------------------------------------------------------------------------------------
# 16. Integration cache: typed records stored in Redis for the booking API.
# ----------------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _CachedIntegration:
    environmentId: str  # noqa: N815  (wire names)
    organizationId: str  # noqa: N815
    name: str
    identifier: str
    providerId: str  # noqa: N815
    channel: str
    credentials: dict[str, Any]
    active: bool
    deleted: bool
    primary: bool
    id: str | None = None
    deletedAt: str | None = None  # noqa: N815
    deletedBy: str | None = None  # noqa: N815
    conditions: list[Any] = dataclasses.field(default_factory=list)


def cache_record_buggy(payload: Payload) -> str:
    """JSON cache entry built through the typed record."""
    fields = {key.lstrip("_"): value for key, value in payload.items()}
    record = _CachedIntegration(**fields)  # BUG: the API adds keys the record does not know
    return json.dumps(dataclasses.asdict(record), sort_keys=True)


def cache_record_fixed(payload: Payload) -> str:
    """JSON cache entry; unknown keys are ignored (tolerant reader)."""
    record = _CachedIntegration(
        environmentId=_text(payload.get("_environmentId")),
        organizationId=_text(payload.get("_organizationId")),
        name=_text(payload.get("name")),
        identifier=_text(payload.get("identifier")),
        providerId=_text(payload.get("providerId")),
        channel=_text(payload.get("channel")),
        credentials=_creds(payload),
        active=payload.get("active") is True,
        deleted=payload.get("deleted") is True,
        primary=payload.get("primary") is True,
        id=payload.get("_id") if isinstance(payload.get("_id"), str) else None,
        deletedAt=payload.get("deletedAt") if isinstance(payload.get("deletedAt"), str) else None,
        deletedBy=payload.get("deletedBy") if isinstance(payload.get("deletedBy"), str) else None,
        conditions=list(_conditions(payload)),
    )
    return json.dumps(dataclasses.asdict(record), sort_keys=True)


# ----------------------------------------------------------------------------------------------------
# The cases.
# ----------------------------------------------------------------------------------------------------

PARKING_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="parking_receipt_sender",
        bug="the email `from` credential always contains an '@'",
        buggy=receipt_sender_buggy,
        fixed=receipt_sender_fixed,
        raises=(IndexError,),
        example=_payload(
            {"name": "Mailgun", "identifier": "mailgun-Qe7rT2", "providerId": "mailgun"},
            credentials={
                "apiKey": "key-parkhub-0001",
                "user": "api",
                "domain": "mg.parkhub.example",
                "from": "ParkHub Receipts",
                "senderName": "ParkHub",
            },
        ),
    ),
    ConsumerCase(
        name="parking_kannel_port",
        bug="the `port` credential is always a decimal number",
        buggy=kannel_gateway_buggy,
        fixed=kannel_gateway_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Kannel SMS",
                "identifier": "kannel-sms-a1B2c3",
                "providerId": "kannel",
                "channel": "sms",
            },
            credentials={"host": "kannel.garage.local", "port": "${KANNEL_PORT}", "from": "PARKHUB"},
        ),
    ),
    ConsumerCase(
        name="parking_deletion_audit",
        bug="`deletedAt` is always an ISO-8601 timestamp",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Mailjet",
                "identifier": "mailjet-Zz81kQ",
                "providerId": "mailjet",
                "deleted": True,
                "active": False,
                "primary": False,
                "deletedAt": "Tue May 06 2025 10:14:03 GMT+0000 (Coordinated Universal Time)",
            },
            credentials={"apiKey": "mj-key", "secretKey": "mj-secret", "from": "ops@parkhub.example"},
        ),
    ),
    ConsumerCase(
        name="parking_zone_router",
        bug="`conditions` is always present",
        buggy=zone_router_buggy,
        fixed=zone_router_fixed,
        raises=(KeyError,),
        example=_payload(
            {"name": "Telnyx", "identifier": "telnyx-9fGh2K", "providerId": "telnyx", "channel": "sms"},
            drop=("conditions",),
            credentials={
                "apiKey": "KEY-telnyx",
                "messageProfileId": "40017-parking",
                "from": "+4915112345678",
            },
        ),
    ),
    ConsumerCase(
        name="parking_rule_preview",
        bug="every condition has at least one child",
        buggy=rule_preview_buggy,
        fixed=rule_preview_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "OneSignal",
                "identifier": "one-signal-Pq4Lm0",
                "providerId": "one-signal",
                "channel": "push",
                "primary": False,
                "conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}],
            },
            credentials={"applicationId": "b2f7f966-d8cc-11e4-bed1-df8f05be55ba", "apiKey": "os-rest-key"},
        ),
    ),
    ConsumerCase(
        name="parking_fcm_project",
        bug="the FCM `serviceAccount` credential is always a JSON key file",
        buggy=fcm_project_buggy,
        fixed=fcm_project_fixed,
        raises=(ValueError, KeyError, TypeError),
        example=_payload(
            {
                "name": "Firebase Cloud Messaging",
                "identifier": "firebase-cloud-messaging-Xy12Ab",
                "providerId": "fcm",
                "channel": "push",
                "primary": False,
                "id": "6615a3c2f1e2d3c4b5a69788",
            },
            credentials={"serviceAccount": "nvsk.3f9a1c0d2b4e6f8a:9b8c7d6e5f4a3b2c1d0e"},
        ),
    ),
    ConsumerCase(
        name="parking_channel_tile",
        bug="integrations only come in email, sms, push and chat (forgets in_app)",
        buggy=channel_tile_buggy,
        fixed=channel_tile_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Kk0pQ1",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [],
            },
            credentials={"hmac": True},
        ),
    ),
    ConsumerCase(
        name="parking_webhook_guard",
        bug="`webhookUrl` always has a scheme and host, so `urlsplit(...).hostname` is a string",
        buggy=webhook_guard_buggy,
        fixed=webhook_guard_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Push Webhook",
                "identifier": "push-webhook-Ch4rGe",
                "providerId": "push-webhook",
                "channel": "push",
                "primary": False,
            },
            credentials={"webhookUrl": "hooks.parkhub.example/charger-faults", "secretKey": "whsec-0001"},
        ),
    ),
    ConsumerCase(
        name="parking_identifier_migration",
        bug="every identifier has the `<slug>-<shortid>` form with a dash",
        buggy=identifier_migration_buggy,
        fixed=identifier_migration_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Slack",
                "identifier": "opsalerts",
                "providerId": "slack",
                "channel": "chat",
                "primary": False,
            },
            credentials={"applicationId": "A07PARK", "clientId": "1234.5678", "secretKey": "slack-secret"},
        ),
    ),
    ConsumerCase(
        name="parking_usage_shard",
        bug="`_organizationId` is always a hex ObjectId",
        buggy=usage_shard_buggy,
        fixed=usage_shard_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "_organizationId": "org_parkhub_eu",
                "name": "Plivo",
                "identifier": "plivo-R2d2C3",
                "providerId": "plivo",
                "channel": "sms",
            },
            credentials={
                "accountSid": "MAXXXXXXXXXXXXXXXXXX",
                "token": "plivo-token",
                "from": "+14155550100",
            },
        ),
    ),
    ConsumerCase(
        name="parking_default_sender",
        bug="a primary integration is always active",
        buggy=default_sender_buggy,
        fixed=default_sender_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Postmark",
                "identifier": "postmark-Lw3nP9",
                "providerId": "postmark",
                "active": False,
                "primary": True,
            },
            credentials={
                "apiKey": "pm-server-token",
                "from": "tickets@parkhub.example",
                "senderName": "ParkHub",
            },
        ),
    ),
    ConsumerCase(
        name="parking_terminal_export",
        bug="integration names are plain ASCII",
        buggy=terminal_export_buggy,
        fixed=terminal_export_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload(
            {
                "name": "Parkhaus Zürich SMS",
                "identifier": "parkhaus-zurich-sms-T0k3n",
                "providerId": "clicksend",
                "channel": "sms",
            },
            credentials={"user": "parkhaus", "apiKey": "cs-key", "from": "PARKHAUS"},
        ),
    ),
    ConsumerCase(
        name="parking_occupancy_thresholds",
        bug="values of LARGER/SMALLER conditions are always numeric strings",
        buggy=occupancy_thresholds_buggy,
        fixed=occupancy_thresholds_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Oc8pY5",
                "providerId": "novu",
                "channel": "in_app",
                "primary": False,
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {
                                "field": "payload.occupancy",
                                "value": "85%",
                                "operator": "LARGER",
                                "on": "payload",
                            }
                        ],
                    }
                ],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="parking_rule_compiler",
        bug="conditions only use comparison, LIKE and IN operators (not BETWEEN, ANY_IN, ALL_IN)",
        buggy=rule_compiler_buggy,
        fixed=rule_compiler_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "MSTeams",
                "identifier": "ms-teams-Ev5Ch9",
                "providerId": "msteams",
                "channel": "chat",
                "primary": False,
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "NUMBER",
                        "value": "AND",
                        "children": [
                            {"field": "hour", "value": "22,6", "operator": "BETWEEN", "on": "payload"},
                        ],
                    }
                ],
            },
            credentials={},
        ),
    ),
    ConsumerCase(
        name="parking_smtp_config",
        bug="`tlsOptions.minVersion` is always a string",
        buggy=smtp_config_buggy,
        fixed=smtp_config_fixed,
        raises=(AttributeError,),
        example=_payload(
            {"name": "Custom SMTP", "identifier": "custom-smtp-Gx7Rel", "providerId": "nodemailer"},
            credentials={
                "host": "smtp.garage.local",
                "port": "587",
                "requireTls": True,
                "tlsOptions": {"rejectUnauthorized": False, "minVersion": 1.2},
                "from": "gate@parkhub.example",
                "senderName": "Gate",
            },
        ),
    ),
    ConsumerCase(
        name="parking_cache_record",
        bug="the item has only the documented keys (no createdAt, updatedAt, __v, priority...)",
        buggy=cache_record_buggy,
        fixed=cache_record_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Resend",
                "identifier": "resend-Cc9Hh1",
                "providerId": "resend",
                "priority": 1,
                "createdAt": "2025-03-01T08:00:00.000Z",
                "updatedAt": "2025-05-06T10:14:03.120Z",
                "__v": 0,
            },
            credentials={"apiKey": "re_parkhub", "from": "receipts@parkhub.example", "senderName": "ParkHub"},
        ),
    ),
]
"""The sixteen parking consumers, in the order above."""
