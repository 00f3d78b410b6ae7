"""Sixteen edge and gateway consumers of ``GET /v1/integrations`` items, each with one bug.

An edge / gateway / runtime-config team turns the integrations list into things pushed to edge
workers: CDN surrogate keys, an API gateway route table, an egress allowlist, rate-limit buckets,
circuit-breaker keys, feature-flag rules from ``conditions``, a blue/green primary switch, KV
tombstones and purge schedules for soft-deleted items, service-mesh TLS origination, Redis keys,
a length-prefixed binary snapshot, a cache-entry validator, Envoy SMTP clusters, health-probe
slots and a config-drift hash. Each buggy version works on ``HAPPY_PATH``; its fixed control is a
tolerant reader of anything the contract allows. The cases were written from the contract
documentation alone (the seed, ``CONTRACT.md``, the server notes and ``providers.json``), without
looking at the data generator.
"""

from __future__ import annotations

import copy
import hashlib
import json
import struct
import zlib
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload


def _payload(changes: Mapping[str, Any] | None = None, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


def _text(value: object) -> str:
    """``value`` if it is a string, else ``""``."""
    return value if isinstance(value, str) else ""


def _creds(payload: Payload) -> dict[str, Any]:
    """The credentials object, or ``{}`` if it is absent or not an object."""
    credentials = payload.get("credentials")
    return credentials if isinstance(credentials, dict) else {}


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


def _conditions(payload: Payload) -> list[dict[str, Any]]:
    conditions = payload.get("conditions")
    if not isinstance(conditions, list):
        return []
    return [condition for condition in conditions if isinstance(condition, dict)]


def _children(condition: Mapping[str, Any]) -> list[dict[str, Any]]:
    children = condition.get("children")
    if not isinstance(children, list):
        return []
    return [child for child in children if isinstance(child, dict)]


# 1. CDN surrogate-key header for purging an integration's cached config at the edge.


def edge_cdn_surrogate_key_header_buggy(payload: Payload) -> object:
    tokens = [f"int-{payload['identifier']}", f"prov-{payload['providerId']}", f"ch-{payload['channel']}"]
    # Bug: HTTP header values must be latin-1, and identifiers are assumed to be ASCII slugs.
    return ("Surrogate-Key", " ".join(tokens).encode("latin-1"))


def _header_token(value: object) -> str:
    return quote(_utf8(_text(value)), safe="-._~")


def edge_cdn_surrogate_key_header_fixed(payload: Payload) -> object:
    tokens = [
        "int-" + _header_token(payload.get("identifier")),
        "prov-" + _header_token(payload.get("providerId")),
        "ch-" + _header_token(payload.get("channel")),
    ]
    return ("Surrogate-Key", " ".join(tokens).encode("ascii"))


# 2. API gateway route table keyed by the identifier's slug.


def edge_gateway_route_identifier_split_buggy(payload: Payload) -> object:
    # Bug: assumes every identifier is "<slug>-<shortid>"; a custom identifier may have no dash.
    slug, short_id = payload["identifier"].rsplit("-", 1)
    return {
        "path": f"/v1/notify/{payload['channel']}/{slug}",
        "upstream": f"{payload['providerId']}-{short_id}",
    }


def edge_gateway_route_identifier_split_fixed(payload: Payload) -> object:
    identifier = _text(payload.get("identifier"))
    slug, dash, short_id = identifier.rpartition("-")
    if not dash:
        slug, short_id = identifier, ""
    route_key = slug or identifier
    return {
        "path": "/v1/notify/"
        + quote(_utf8(_text(payload.get("channel"))), safe="")
        + "/"
        + quote(_utf8(route_key), safe=""),
        "upstream": quote(_utf8(_text(payload.get("providerId"))), safe="")
        + "-"
        + quote(_utf8(short_id), safe=""),
    }


# 3. Egress proxy allowlist from the hosts of credential URLs.


def edge_egress_allowlist_base_url_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    hosts: set[str] = set()
    for key in ("baseUrl", "webhookUrl"):
        url = credentials.get(key)
        if not url:
            continue
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        # Bug: a base URL without a scheme ("xyz.api.infobip.com") has no hostname: None.lower().
        hosts.add(parts.hostname.lower())
    return sorted(hosts)


def _url_host(value: object) -> str | None:
    text = _text(value).strip()
    if not text:
        return None
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return host or None


def edge_egress_allowlist_base_url_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    hosts: set[str] = set()
    for key in ("baseUrl", "webhookUrl"):
        host = _url_host(credentials.get(key))
        if host is not None:
            hosts.add(host)
    return sorted(hosts)


# 4. Per-channel rate-limit bucket allocator.

_CHANNEL_RPS_BUGGY: dict[str, int] = {"email": 100, "sms": 30, "push": 500, "chat": 20}
_CHANNEL_RPS: dict[str, int] = {**_CHANNEL_RPS_BUGGY, "in_app": 1000}


def edge_ratelimit_channel_bucket_buggy(payload: Payload) -> object:
    # Bug: the table has no entry for the in_app channel (Novu Inbox).
    rps = _CHANNEL_RPS_BUGGY[payload["channel"]]
    return {"bucket": f"rl:{payload['providerId']}:{payload['channel']}", "capacity": rps * 5, "refill": rps}


def edge_ratelimit_channel_bucket_fixed(payload: Payload) -> object:
    channel = _text(payload.get("channel"))
    rps = _CHANNEL_RPS.get(channel, 10)
    return {"bucket": f"rl:{_text(payload.get('providerId'))}:{channel}", "capacity": rps * 5, "refill": rps}


# 5. Circuit breaker keyed by provider and sender domain.


def edge_circuit_breaker_sender_domain_buggy(payload: Payload) -> object:
    sender = payload["credentials"].get("from")
    if sender is None:
        return f"cb:{payload['providerId']}"
    # Bug: assumes "from" is an email address; for SMS providers it is a phone number or sender id.
    return f"cb:{payload['providerId']}:{sender.split('@')[1].lower()}"


def edge_circuit_breaker_sender_domain_fixed(payload: Payload) -> object:
    provider = _text(payload.get("providerId"))
    sender = _text(_creds(payload).get("from"))
    if not sender:
        return f"cb:{provider}"
    _, at, domain = sender.rpartition("@")
    scope = domain.lower() if at else "sender:" + sender
    return f"cb:{provider}:{scope}"


# 6. Feature-flag evaluator compiling integration conditions into edge rules.

_FLAG_CONTEXT: dict[str, dict[str, str]] = {
    "subscriber": {"plan": "pro", "locale": "en-US", "country": "DE", "tags": "beta,eu"},
    "payload": {"priority": "5", "region": "eu"},
}


def _flag_actual(child: Mapping[str, Any]) -> str:
    on = child.get("on")
    field = child.get("field")
    if not isinstance(on, str) or not isinstance(field, str):
        return ""
    return _FLAG_CONTEXT.get(on, {}).get(field.removeprefix(on + "."), "")


_STRING_OPERATORS: dict[str, Callable[[str, str], bool]] = {
    "EQUAL": lambda actual, expected: actual == expected,
    "NOT_EQUAL": lambda actual, expected: actual != expected,
    "IN": lambda actual, expected: actual in expected.split(","),
    "NOT_IN": lambda actual, expected: actual not in expected.split(","),
    "LIKE": lambda actual, expected: expected.strip("%") in actual,
    "NOT_LIKE": lambda actual, expected: expected.strip("%") not in actual,
}


def edge_flag_operator_table_buggy(payload: Payload) -> object:
    result = True
    for condition in payload.get("conditions", []):
        # Bug: only the string operators are in the table; LARGER, BETWEEN, ANY_IN... are not.
        outcomes = [
            _STRING_OPERATORS[child["operator"]](_flag_actual(child), child["value"])
            for child in condition["children"]
        ]
        matched = all(outcomes) if condition["value"] == "AND" else any(outcomes)
        result = result and (matched != condition["isNegated"])
    return result


def _number(text: str) -> float | None:
    try:
        return float(text)
    except (ValueError, OverflowError):
        return None


def _compare(actual: str, expected: str, test: Callable[[float, float], bool]) -> bool:
    left, right = _number(actual), _number(expected)
    if left is None or right is None:
        return False
    return test(left, right)


def _between(actual: str, expected: str) -> bool:
    low, _, high = expected.partition(",")
    value, lo, hi = _number(actual), _number(low), _number(high)
    if value is None or lo is None or hi is None:
        return False
    return lo <= value <= hi


def _items(text: str) -> set[str]:
    return {item.strip() for item in text.split(",") if item.strip()}


_ALL_OPERATORS: dict[str, Callable[[str, str], bool]] = {
    **_STRING_OPERATORS,
    "LARGER": lambda a, e: _compare(a, e, lambda x, y: x > y),
    "SMALLER": lambda a, e: _compare(a, e, lambda x, y: x < y),
    "LARGER_EQUAL": lambda a, e: _compare(a, e, lambda x, y: x >= y),
    "SMALLER_EQUAL": lambda a, e: _compare(a, e, lambda x, y: x <= y),
    "BETWEEN": _between,
    "NOT_BETWEEN": lambda a, e: not _between(a, e),
    "ALL_IN": lambda a, e: _items(a) <= _items(e),
    "ANY_IN": lambda a, e: bool(_items(a) & _items(e)),
}


def edge_flag_operator_table_fixed(payload: Payload) -> object:
    result = True
    for condition in _conditions(payload):
        outcomes = []
        for child in _children(condition):
            operator = _ALL_OPERATORS.get(_text(child.get("operator")))
            outcomes.append(operator is not None and operator(_flag_actual(child), _text(child.get("value"))))
        matched = all(outcomes) if condition.get("value") != "OR" else any(outcomes)
        result = result and (matched != bool(condition.get("isNegated")))
    return result


# 7. Blue/green switch of the primary integration per channel.


def edge_bluegreen_primary_slot_buggy(payload: Payload) -> object:
    primary, active = payload["primary"], payload["active"]
    # Bug: treats "primary but inactive" as corrupt config; the contract allows the combination.
    if primary and not active:
        raise ValueError(f"integration {payload['identifier']!r} is primary but inactive")
    return {
        "channel": payload["channel"],
        "slot": "blue" if primary else "green",
        "weight": 100 if primary else 0,
    }


def edge_bluegreen_primary_slot_fixed(payload: Payload) -> object:
    primary = payload.get("primary") is True
    active = payload.get("active") is True and payload.get("deleted") is not True
    if primary and active:
        slot, weight = "blue", 100
    elif active:
        slot, weight = "green", 0
    else:
        slot, weight = "drained", 0
    return {"channel": _text(payload.get("channel")), "slot": slot, "weight": weight}


# 8. Edge KV tombstone for soft-deleted integrations.


def edge_kv_tombstone_deleted_at_buggy(payload: Payload) -> object:
    if not payload["deleted"]:
        return None
    return {
        "key": f"int:{payload['identifier']}",
        "tombstone": True,
        # Bug: assumes a deleted item always carries deletedAt (only deletedBy was seen missing).
        "deleted_at": payload["deletedAt"],
        "deleted_by": payload.get("deletedBy", "system"),
    }


def edge_kv_tombstone_deleted_at_fixed(payload: Payload) -> object:
    if payload.get("deleted") is not True:
        return None
    deleted_at = payload.get("deletedAt")
    deleted_by = payload.get("deletedBy")
    return {
        "key": f"int:{_text(payload.get('identifier'))}",
        "tombstone": True,
        "deleted_at": deleted_at if isinstance(deleted_at, str) else None,
        "deleted_by": deleted_by if isinstance(deleted_by, str) else "system",
    }


# 9. Purge scheduler: drop a deleted integration's edge config 30 days after deletion.


def edge_purge_schedule_deleted_at_format_buggy(payload: Payload) -> object:
    if not payload["deleted"] or "deletedAt" not in payload:
        return None
    # Bug: assumes JavaScript's toISOString() form with milliseconds and "Z"; deletedAt is any string.
    deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
    return {"purge_after": (deleted_at + timedelta(days=30)).isoformat()}


def edge_purge_schedule_deleted_at_format_fixed(payload: Payload) -> object:
    raw = payload.get("deletedAt")
    if payload.get("deleted") is not True or not isinstance(raw, str):
        return None
    try:
        return {"purge_after": (datetime.fromisoformat(raw) + timedelta(days=30)).isoformat()}
    except (ValueError, OverflowError):
        return {"purge_after": None, "reason": "unparseable deletedAt"}


# 10. Service-mesh TLS origination for custom SMTP from tlsOptions.


def edge_mesh_tls_ca_bundle_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    tls = credentials.get("tlsOptions", {})
    # Bug: Node's tls "ca" may be a list of PEM strings, not only one string.
    ca = tls.get("ca", "").strip()
    return {
        "sni": tls.get("servername") or credentials.get("host", ""),
        "trusted_ca": ca or None,
        "verify": tls.get("rejectUnauthorized", True) is not False,
    }


def edge_mesh_tls_ca_bundle_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    tls = credentials.get("tlsOptions")
    if not isinstance(tls, dict):
        tls = {}
    ca = tls.get("ca")
    if isinstance(ca, str):
        pems = [ca]
    elif isinstance(ca, list):
        pems = [pem for pem in ca if isinstance(pem, str)]
    else:
        pems = []
    bundle = "\n".join(pem.strip() for pem in pems if pem.strip())
    servername = tls.get("servername")
    sni = servername if isinstance(servername, str) and servername else _text(credentials.get("host"))
    return {
        "sni": sni,
        "trusted_ca": bundle or None,
        "verify": tls.get("rejectUnauthorized", True) is not False,
    }


# 11. Redis key builder for the per-integration edge cache.


def edge_redis_integration_key_buggy(payload: Payload) -> object:
    # Bug: "_id" is optional in the contract.
    return f"novu:{payload['_environmentId']}:integration:{payload['_id']}"


def edge_redis_integration_key_fixed(payload: Payload) -> object:
    record_id = _text(payload.get("_id"))
    key = record_id if record_id else "ident:" + _text(payload.get("identifier"))
    return f"novu:{_text(payload.get('_environmentId'))}:integration:{key}"


# 12. Length-prefixed binary frame of an integration for edge workers.


def edge_wire_frame_length_prefix_buggy(payload: Payload) -> object:
    out = bytearray()
    for field in ("identifier", "providerId", "channel", "name"):
        raw = payload[field].encode("utf-8", "surrogatepass")
        # Bug: a one-byte length prefix; a field longer than 255 UTF-8 bytes does not fit.
        out += struct.pack(">B", len(raw)) + raw
    out += struct.pack(">???", payload["active"], payload["primary"], payload["deleted"])
    return bytes(out)


def edge_wire_frame_length_prefix_fixed(payload: Payload) -> object:
    out = bytearray()
    for field in ("identifier", "providerId", "channel", "name"):
        raw = _utf8(_text(payload.get(field)))
        out += struct.pack(">I", len(raw)) + raw
    flags = (payload.get("active") is True, payload.get("primary") is True, payload.get("deleted") is True)
    out += struct.pack(">???", *flags)
    return bytes(out)


# 13. Cache-entry validator run before a config snapshot is accepted at the edge.

_TOP_LEVEL_TYPES: dict[str, type] = {
    "_environmentId": str,
    "_organizationId": str,
    "name": str,
    "identifier": str,
    "providerId": str,
    "channel": str,
    "credentials": dict,
    "active": bool,
    "deleted": bool,
    "primary": bool,
}
_BOOLEAN_CREDENTIALS = frozenset({"secure", "requireTls", "ignoreTls", "hmac", "authenticateByToken"})
_STRING_CREDENTIAL_NAMES = (
    "apiKey user secretKey domain password host port region accountSid messageProfileId token from "
    "senderName projectName applicationId clientId baseUrl webhookUrl redirectUrl serviceAccount "
    "ipPoolName apiKeyRequestHeader secretKeyRequestHeader idPath datePath apiToken "
    "authenticationTokenKey instanceId alertUid title imageUrl state externalLink channelId "
    "phoneNumberIdentification accessKey"
)
_STRING_CREDENTIALS = frozenset(_STRING_CREDENTIAL_NAMES.split())


def edge_cache_entry_validator_buggy(payload: Payload) -> object:
    for key, expected in _TOP_LEVEL_TYPES.items():
        if not isinstance(payload.get(key), expected):
            raise TypeError(f"{key} must be {expected.__name__}")
    for key, value in payload["credentials"].items():
        # Bug: models credentials as a string map; secure/requireTls/hmac... are booleans.
        if not isinstance(value, str):
            raise TypeError(f"credentials.{key} must be a string")
    return True


def edge_cache_entry_validator_fixed(payload: Payload) -> object:
    for key, expected in _TOP_LEVEL_TYPES.items():
        if not isinstance(payload.get(key), expected):
            return False
    for key, value in _creds(payload).items():
        if key in _BOOLEAN_CREDENTIALS:
            ok = isinstance(value, bool)
        elif key == "tlsOptions":
            ok = isinstance(value, dict)
        else:
            ok = isinstance(value, str) or key not in _STRING_CREDENTIALS
        if not ok:
            return False
    return True


# 14. Envoy cluster for custom SMTP / Kannel hosts.


def edge_envoy_smtp_cluster_port_buggy(payload: Payload) -> object:
    credentials = payload["credentials"]
    host = credentials.get("host")
    if not host:
        return None
    port = credentials.get("port", 465 if credentials.get("secure") else 587)
    # Bug: the dashboard field is a number, but on the wire "port" is a string.
    if not 0 < port < 65536:
        raise ValueError(f"bad port {port}")
    return {"name": f"smtp_{payload['identifier']}", "address": host, "port_value": port}


def _port(value: object, default: int) -> int:
    if isinstance(value, str):
        text = value.strip()
        if 0 < len(text) <= 5 and text.isascii() and text.isdigit():
            port = int(text)
            return port if 0 < port < 65536 else default
    return default


def edge_envoy_smtp_cluster_port_fixed(payload: Payload) -> object:
    credentials = _creds(payload)
    host = _text(credentials.get("host")).strip()
    if not host:
        return None
    port = _port(credentials.get("port"), 465 if credentials.get("secure") is True else 587)
    return {"name": f"smtp_{_text(payload.get('identifier'))}", "address": host, "port_value": port}


# 15. Health-probe scheduler spreading probes over a minute by record id.


def edge_healthprobe_jitter_slot_buggy(payload: Payload) -> object:
    # Bug: assumes "_id" is a hex ObjectId; the contract says any string.
    offset = int(payload.get("_id", "0"), 16) % 60
    return {"probe": payload["identifier"], "offset_s": offset, "interval_s": 60}


def edge_healthprobe_jitter_slot_fixed(payload: Payload) -> object:
    seed = _text(payload.get("_id")) or _text(payload.get("identifier"))
    offset = zlib.crc32(_utf8(seed)) % 60
    return {"probe": _text(payload.get("identifier")), "offset_s": offset, "interval_s": 60}


# 16. Config-drift hash comparing the edge snapshot with the API.

_VOLATILE_KEYS = frozenset({"createdAt", "updatedAt", "__v"})


def edge_config_drift_hash_buggy(payload: Payload) -> object:
    # Bug: sorts conditions by their first child's field; a condition's children may be empty.
    conditions = sorted(payload.get("conditions", []), key=lambda c: c["children"][0]["field"])
    canonical = {k: v for k, v in payload.items() if k not in _VOLATILE_KEYS}
    canonical["conditions"] = conditions
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()


def edge_config_drift_hash_fixed(payload: Payload) -> object:
    try:
        conditions = sorted(_conditions(payload), key=lambda c: json.dumps(c, sort_keys=True))
        canonical = {k: v for k, v in payload.items() if k not in _VOLATILE_KEYS}
        canonical["conditions"] = conditions
        blob = json.dumps(canonical, sort_keys=True).encode("ascii")
    except (TypeError, ValueError, RecursionError):
        blob = _utf8(_text(payload.get("identifier")))
    return hashlib.sha256(blob).hexdigest()


_NODEMAILER_CREDENTIALS: dict[str, Any] = {
    "host": "smtp.example.com",
    "port": "587",
    "user": "mailer",
    "password": "fake-password-0001",
    "from": "no-reply@example.com",
    "senderName": "Example Inc",
}

EDGE_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="edge_cdn_surrogate_key_header",
        bug="encodes the Surrogate-Key header as latin-1, assuming identifiers are ASCII slugs",
        buggy=edge_cdn_surrogate_key_header_buggy,
        fixed=edge_cdn_surrogate_key_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"identifier": "通知-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="edge_gateway_route_identifier_split",
        bug="unpacks identifier.rsplit('-', 1) into slug and short id; a custom identifier has no dash",
        buggy=edge_gateway_route_identifier_split_buggy,
        fixed=edge_gateway_route_identifier_split_fixed,
        raises=(ValueError,),
        example=_payload({"identifier": "transactional_mail"}),
    ),
    ConsumerCase(
        name="edge_egress_allowlist_base_url",
        bug="takes urlsplit(baseUrl).hostname as a string; a base URL without a scheme has none",
        buggy=edge_egress_allowlist_base_url_buggy,
        fixed=edge_egress_allowlist_base_url_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Infobip",
                "identifier": "infobip-Q3k9LmZp",
                "providerId": "infobip-email",
                "credentials": {
                    "apiKey": "fake-api-key-0002",
                    "baseUrl": "xyz123.api.infobip.com",
                    "from": "no-reply@example.com",
                    "senderName": "Example Inc",
                },
            }
        ),
    ),
    ConsumerCase(
        name="edge_ratelimit_channel_bucket",
        bug="looks the channel up in a rate table that has no in_app entry",
        buggy=edge_ratelimit_channel_bucket_buggy,
        fixed=edge_ratelimit_channel_bucket_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Ab3dE9fG",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
                "conditions": [],
            }
        ),
    ),
    ConsumerCase(
        name="edge_circuit_breaker_sender_domain",
        bug="splits credentials.from on '@' for a domain; an SMS sender is a phone number",
        buggy=edge_circuit_breaker_sender_domain_buggy,
        fixed=edge_circuit_breaker_sender_domain_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Zp81xQwe",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "ACfake0000000000000000000000000001",
                    "token": "fake-token-0001",
                    "from": "+15005550006",
                },
            }
        ),
    ),
    ConsumerCase(
        name="edge_flag_operator_table",
        bug="evaluates condition operators through a table of string operators only (no LARGER, BETWEEN...)",
        buggy=edge_flag_operator_table_buggy,
        fixed=edge_flag_operator_table_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "conditions": [
                    {
                        "isNegated": False,
                        "type": "STATEMENT",
                        "value": "AND",
                        "children": [
                            {"field": "priority", "value": "3", "operator": "LARGER_EQUAL", "on": "payload"}
                        ],
                    }
                ]
            }
        ),
    ),
    ConsumerCase(
        name="edge_bluegreen_primary_slot",
        bug="rejects a primary integration that is inactive as corrupt; the contract allows it",
        buggy=edge_bluegreen_primary_slot_buggy,
        fixed=edge_bluegreen_primary_slot_fixed,
        raises=(ValueError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="edge_kv_tombstone_deleted_at",
        bug="reads deletedAt whenever deleted is true; deletedAt is optional even then",
        buggy=edge_kv_tombstone_deleted_at_buggy,
        fixed=edge_kv_tombstone_deleted_at_fixed,
        raises=(KeyError,),
        example=_payload({"deleted": True, "active": False, "primary": False}),
    ),
    ConsumerCase(
        name="edge_purge_schedule_deleted_at_format",
        bug="parses deletedAt with strptime('%Y-%m-%dT%H:%M:%S.%fZ'); it is any string",
        buggy=edge_purge_schedule_deleted_at_format_buggy,
        fixed=edge_purge_schedule_deleted_at_format_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "deletedAt": "2025-05-08T12:00:00+00:00", "active": False}),
    ),
    ConsumerCase(
        name="edge_mesh_tls_ca_bundle",
        bug="calls .strip() on tlsOptions.ca; free-form tlsOptions may hold a list of PEM strings",
        buggy=edge_mesh_tls_ca_bundle_buggy,
        fixed=edge_mesh_tls_ca_bundle_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Hq2w8ErT",
                "providerId": "nodemailer",
                "credentials": {
                    **_NODEMAILER_CREDENTIALS,
                    "tlsOptions": {
                        "ca": ["-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----"],
                        "rejectUnauthorized": True,
                    },
                },
            }
        ),
    ),
    ConsumerCase(
        name="edge_redis_integration_key",
        bug="builds the Redis key from _id, which is optional",
        buggy=edge_redis_integration_key_buggy,
        fixed=edge_redis_integration_key_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="edge_wire_frame_length_prefix",
        bug="packs each string field's length in one byte; a name over 255 UTF-8 bytes fails",
        buggy=edge_wire_frame_length_prefix_buggy,
        fixed=edge_wire_frame_length_prefix_fixed,
        raises=(struct.error,),
        example=_payload({"name": "Transaktions-E-Mail für Kundinnen und Kunden — Region EU — " * 5}),
    ),
    ConsumerCase(
        name="edge_cache_entry_validator",
        bug="requires every credentials value to be a string; secure/requireTls/hmac are booleans",
        buggy=edge_cache_entry_validator_buggy,
        fixed=edge_cache_entry_validator_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Lm4n5OpQ",
                "providerId": "nodemailer",
                "credentials": {**_NODEMAILER_CREDENTIALS, "secure": True},
            }
        ),
    ),
    ConsumerCase(
        name="edge_envoy_smtp_cluster_port",
        bug="compares credentials.port with integers; on the wire port is a string",
        buggy=edge_envoy_smtp_cluster_port_buggy,
        fixed=edge_envoy_smtp_cluster_port_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-Xy7z8AbC",
                "providerId": "nodemailer",
                "credentials": dict(_NODEMAILER_CREDENTIALS),
            }
        ),
    ),
    ConsumerCase(
        name="edge_healthprobe_jitter_slot",
        bug="parses _id as a hex ObjectId with int(_id, 16); _id is any string",
        buggy=edge_healthprobe_jitter_slot_buggy,
        fixed=edge_healthprobe_jitter_slot_fixed,
        raises=(ValueError,),
        example=_payload({"_id": "b3c1e6a0-5d1f-4c8e-9a7b-2f1e0d9c8b7a"}),
    ),
    ConsumerCase(
        name="edge_config_drift_hash",
        bug="sorts conditions by their first child's field; children may be empty",
        buggy=edge_config_drift_hash_buggy,
        fixed=edge_config_drift_hash_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "conditions": [
                    *HAPPY_PATH["conditions"],
                    {"isNegated": False, "type": "STATEMENT", "value": "OR", "children": []},
                ]
            }
        ),
    ),
]
