"""Sixteen search, indexing and caching consumers of ``GET /v1/integrations`` items.

These are the kind of functions a search / caching team writes on top of the integrations list:
Elasticsearch/OpenSearch documents and their ids, shard routing, autocomplete prefixes,
highlight snippets, facets by channel, provider and sender domain, Redis cache keys, ETags,
dedup fingerprints, sort keys and the translation of integration conditions into a search query.

Each buggy consumer works on ``HAPPY_PATH`` and carries one plausible mistake that a payload the
0.7.0 contract allows triggers (the case's ``example``); each fixed control reads the payload
defensively and never raises on a contract-valid payload.

This module was written from the contract documents alone (``CONTRACT.md``,
``SERVER-SEMANTICS.md``, the seed ``IntegrationResponseDto`` page and ``providers.json``),
without looking at the data generator or at the other consumer modules.
"""

from __future__ import annotations

import copy
import hashlib
import re
import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote_from_bytes, urlsplit

from tests.consumers.bugs import HAPPY_PATH, ConsumerCase, Payload

N_SHARDS = 16
SNIPPET_MAX_BYTES = 32
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _payload(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key, None)
    return payload


# --- defensive accessors used by the fixed controls -----------------------------------------


def _text(payload: Mapping[str, Any], key: str, default: str = "") -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else default


def _opt_text(payload: Mapping[str, Any], key: str) -> str | None:
    value = payload.get(key)
    return value if isinstance(value, str) else None


def _flag(payload: Mapping[str, Any], key: str) -> bool:
    return payload.get(key) is True


def _creds(payload: Mapping[str, Any]) -> Mapping[str, Any]:
    value = payload.get("credentials")
    return value if isinstance(value, Mapping) else {}


def _conditions(payload: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    value = payload.get("conditions")
    if not isinstance(value, list):
        return []
    return [group for group in value if isinstance(group, Mapping)]


def _children(group: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    value = group.get("children")
    if not isinstance(value, list):
        return []
    return [child for child in value if isinstance(child, Mapping)]


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of any Python string, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass")


def _scalar_bytes(value: object) -> bytes:
    if value is None:
        return b"n;"
    if isinstance(value, bool):
        return b"t;" if value else b"f;"
    if isinstance(value, int):
        return b"i" + hex(value).encode("ascii") + b";"  # hex(): no int-digits limit
    if isinstance(value, float):
        return b"d" + repr(value).encode("ascii") + b";"
    if isinstance(value, str):
        data = _utf8(value)
        return b"s%d:" % len(data) + data
    return b"?" + type(value).__name__.encode("ascii", "replace") + b";"


def _canonical(value: object) -> bytes:
    """A canonical byte encoding of any JSON value, iterative so any nesting depth works."""
    out: list[bytes] = []
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            entries = sorted(item.items(), key=lambda entry: _scalar_bytes(entry[0]))
            out.append(b"{%d:" % len(entries))
            for key, child in reversed(entries):
                stack.append(child)
                stack.append(key)
        elif isinstance(item, list | tuple):
            out.append(b"[%d:" % len(item))
            stack.extend(reversed(item))
        else:
            out.append(_scalar_bytes(item))
    return b"".join(out)


# --- 1. search document id ------------------------------------------------------------------


def search_document_buggy(payload: Payload) -> dict[str, Any]:
    """Build the OpenSearch bulk action for one integration, keyed by its Mongo id."""
    return {
        "_index": "integrations-v3",
        "_id": payload["_id"],
        "_routing": payload["_organizationId"],
        "_source": {
            "name": payload["name"],
            "provider": payload["providerId"],
            "channel": payload["channel"],
            "active": payload["active"],
        },
    }


def search_document_fixed(payload: Payload) -> dict[str, Any]:
    org = _text(payload, "_organizationId")
    doc_id = _opt_text(payload, "_id")
    if doc_id is None:  # `_id` is optional: derive a stable id from the natural key
        natural = "\x1f".join((org, _text(payload, "_environmentId"), _text(payload, "identifier")))
        doc_id = "nk-" + hashlib.sha1(_utf8(natural)).hexdigest()
    return {
        "_index": "integrations-v3",
        "_id": doc_id,
        "_routing": org,
        "_source": {
            "name": _text(payload, "name"),
            "provider": _text(payload, "providerId"),
            "channel": _text(payload, "channel"),
            "active": _flag(payload, "active"),
        },
    }


# --- 2. autocomplete prefixes ---------------------------------------------------------------


def autocomplete_prefixes_buggy(payload: Payload) -> dict[str, Any]:
    """Edge n-grams of the first word of the name for the completion suggester."""
    head = payload["name"].split()[0].lower()
    prefixes = [head[:size] for size in range(1, min(len(head), 12) + 1)]
    return {"suggest": {"input": prefixes, "weight": 10 if payload["primary"] else 1}}


def autocomplete_prefixes_fixed(payload: Payload) -> dict[str, Any]:
    words = _text(payload, "name").split() or _text(payload, "identifier").split()
    head = words[0].casefold() if words else ""
    prefixes = [head[:size] for size in range(1, min(len(head), 12) + 1)]
    return {"suggest": {"input": prefixes, "weight": 10 if _flag(payload, "primary") else 1}}


# --- 3. Redis cache key ---------------------------------------------------------------------


def redis_cache_key_buggy(payload: Payload) -> bytes:
    """The Redis key under which the integration's decrypted record is cached."""
    key = f"novu:integ:{payload['_organizationId']}:{payload['_environmentId']}:{payload['identifier']}"
    return key.encode("ascii")


def redis_cache_key_fixed(payload: Payload) -> bytes:
    parts = (
        _text(payload, "_organizationId"),
        _text(payload, "_environmentId"),
        _text(payload, "identifier"),
    )
    escaped = (quote_from_bytes(_utf8(part), safe="-_.~").encode("ascii") for part in parts)
    return b"novu:integ:" + b":".join(escaped)


# --- 4. ETag over the indexed fields --------------------------------------------------------


def etag_buggy(payload: Payload) -> str:
    """A weak ETag over the fields the search document is built from, credentials included."""
    credentials = payload["credentials"]
    material = "|".join(credentials[key] for key in sorted(credentials))
    head = f"{payload['identifier']}|{payload['name']}|{payload['active']}|{payload['primary']}"
    return 'W/"' + hashlib.sha256(f"{head}|{material}".encode()).hexdigest()[:32] + '"'


def etag_fixed(payload: Payload) -> str:
    fields = {
        "identifier": payload.get("identifier"),
        "name": payload.get("name"),
        "active": payload.get("active"),
        "primary": payload.get("primary"),
        "credentials": payload.get("credentials"),
    }
    return 'W/"' + hashlib.sha256(_canonical(fields)).hexdigest()[:32] + '"'


# --- 5. tombstone sort key ------------------------------------------------------------------


def tombstone_sort_key_buggy(payload: Payload) -> tuple[int, float]:
    """Sort key for the tombstone index: live records first, then by deletion time."""
    if payload["deleted"] and "deletedAt" in payload:
        deleted_at = datetime.strptime(payload["deletedAt"], "%Y-%m-%dT%H:%M:%S.%fZ")
        return (1, (deleted_at.replace(tzinfo=UTC) - _EPOCH).total_seconds())
    return (0, 0.0)


def _parse_instant(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def tombstone_sort_key_fixed(payload: Payload) -> tuple[int, float]:
    if not _flag(payload, "deleted"):
        return (0, 0.0)
    raw = _opt_text(payload, "deletedAt")
    instant = _parse_instant(raw) if raw is not None else None
    if instant is None:
        return (1, float("inf"))  # deleted, time unknown: sort last
    try:
        return (1, (instant - _EPOCH).total_seconds())
    except OverflowError:
        return (1, float("inf"))


# --- 6. channel facet -----------------------------------------------------------------------

_CHANNEL_FACETS = {"email": "Email", "sms": "SMS", "push": "Push notifications"}


def channel_facet_buggy(payload: Payload) -> dict[str, str]:
    """The facet bucket (value and display label) for the integration's channel."""
    channel = payload["channel"]
    return {"facet": "channel", "value": channel, "label": _CHANNEL_FACETS[channel]}


_ALL_CHANNEL_FACETS = {**_CHANNEL_FACETS, "in_app": "In-app inbox", "chat": "Chat"}


def channel_facet_fixed(payload: Payload) -> dict[str, str]:
    channel = _text(payload, "channel")
    label = _ALL_CHANNEL_FACETS.get(channel, channel or "Unknown")
    return {"facet": "channel", "value": channel, "label": label}


# --- 7. shard routing -----------------------------------------------------------------------


def shard_for_environment_buggy(payload: Payload) -> int:
    """Shard number for the integration: the low 32 bits of the environment ObjectId."""
    oid = bytes.fromhex(payload["_environmentId"])
    return int.from_bytes(oid[-4:], "big") % N_SHARDS


def shard_for_environment_fixed(payload: Payload) -> int:
    return zlib.crc32(_utf8(_text(payload, "_environmentId"))) % N_SHARDS


# --- 8. SMTP endpoint keyword ---------------------------------------------------------------

_SMTP_PROVIDERS = frozenset({"nodemailer", "kannel"})


def smtp_endpoint_keyword_buggy(payload: Payload) -> dict[str, Any] | None:
    """``host:port`` keyword (plus an implicit-TLS flag) for custom SMTP / Kannel integrations."""
    credentials = payload["credentials"]
    if payload["providerId"] not in _SMTP_PROVIDERS or "host" not in credentials:
        return None
    port = int(credentials.get("port", "587"))
    host = credentials["host"].strip().lower()
    return {"endpoint": f"{host}:{port}", "implicit_tls": port == 465}


_PORT = re.compile(r"[0-9]{1,5}")


def smtp_endpoint_keyword_fixed(payload: Payload) -> dict[str, Any] | None:
    credentials = _creds(payload)
    host = credentials.get("host")
    if _text(payload, "providerId") not in _SMTP_PROVIDERS or not isinstance(host, str):
        return None
    raw_port = credentials.get("port")
    port: int | None = None
    if isinstance(raw_port, str) and _PORT.fullmatch(raw_port.strip()):
        port = int(raw_port.strip())
        if not 0 < port < 65536:
            port = None
    endpoint = host.strip().lower() if port is None else f"{host.strip().lower()}:{port}"
    return {"endpoint": endpoint, "implicit_tls": port == 465}


# --- 9. sender domain facet -----------------------------------------------------------------


def sender_domain_facet_buggy(payload: Payload) -> str | None:
    """Facet value: the domain of the sender address the integration sends from."""
    sender = payload["credentials"].get("from")
    if not sender:
        return None
    return str(sender.split("@", 1)[1].lower())


def sender_domain_facet_fixed(payload: Payload) -> str | None:
    sender = _creds(payload).get("from")
    if not isinstance(sender, str):
        return None
    _, at, domain = sender.rpartition("@")
    if not at or not domain.strip():
        return None  # sms/chat `from` is a phone number or a sender id, not an address
    return domain.strip().lower()


# --- 10. highlight snippet ------------------------------------------------------------------


def highlight_snippet_buggy(payload: Payload) -> str:
    """Name snippet for the result list, cut to the fixed byte width of the highlight field."""
    name: str = payload["name"]
    raw = name.encode("utf-8")
    if len(raw) <= SNIPPET_MAX_BYTES:
        return f"<em>{name}</em>"
    return "<em>" + raw[:SNIPPET_MAX_BYTES].decode("utf-8") + "…</em>"


def highlight_snippet_fixed(payload: Payload) -> str:
    name = _text(payload, "name")
    raw = _utf8(name)
    if len(raw) <= SNIPPET_MAX_BYTES:
        return f"<em>{name}</em>"
    return "<em>" + raw[:SNIPPET_MAX_BYTES].decode("utf-8", "ignore") + "…</em>"


# --- 11. conditions -> query DSL ------------------------------------------------------------

_ES_OPERATORS = {
    "EQUAL": "term",
    "NOT_EQUAL": "term",
    "IN": "terms",
    "NOT_IN": "terms",
    "LIKE": "wildcard",
    "NOT_LIKE": "wildcard",
    "LARGER": "range",
    "SMALLER": "range",
    "LARGER_EQUAL": "range",
    "SMALLER_EQUAL": "range",
}
_NEGATED_OPERATORS = frozenset({"NOT_EQUAL", "NOT_IN", "NOT_LIKE", "NOT_BETWEEN"})


def conditions_query_buggy(payload: Payload) -> dict[str, Any]:
    """Translate the integration's conditions into a bool query for the percolator index."""
    groups = []
    for group in payload.get("conditions", []):
        clauses = [
            {_ES_OPERATORS[child["operator"]]: {child["field"]: child["value"]}}
            for child in group["children"]
        ]
        occur = "should" if group["value"] == "OR" else "must"
        groups.append({"bool": {occur: clauses}})
    return {"bool": {"filter": groups}}


_ALL_ES_OPERATORS = {
    **_ES_OPERATORS,
    "BETWEEN": "range",
    "NOT_BETWEEN": "range",
    "ALL_IN": "terms_set",
    "ANY_IN": "terms",
}


def conditions_query_fixed(payload: Payload) -> dict[str, Any]:
    groups = []
    for group in _conditions(payload):
        clauses = []
        for child in _children(group):
            operator = child.get("operator")
            query = _ALL_ES_OPERATORS.get(operator, "match") if isinstance(operator, str) else "match"
            field = child.get("field")
            clause = {query: {field if isinstance(field, str) else "": child.get("value")}}
            clauses.append({"bool": {"must_not": [clause]}} if operator in _NEGATED_OPERATORS else clause)
        occur = "should" if group.get("value") == "OR" else "must"
        groups.append({"bool": {occur: clauses}})
    return {"bool": {"filter": groups}}


# --- 12. targeting highlight ----------------------------------------------------------------


def targeting_highlight_buggy(payload: Payload) -> list[str]:
    """One line per condition group for the result card: its leading field and the combinator."""
    lines = []
    for group in payload.get("conditions", []):
        lead = group["children"][0]
        extra = len(group["children"]) - 1
        lines.append(f"{lead['field']} {lead['operator']} … (+{extra} {group['value']})")
    return lines


def targeting_highlight_fixed(payload: Payload) -> list[str]:
    lines = []
    for group in _conditions(payload):
        children = _children(group)
        if not children:
            lines.append(f"(empty {_text(group, 'type', 'group')})")
            continue
        lead = children[0]
        extra = len(children) - 1
        lines.append(f"{_text(lead, 'field')} {_text(lead, 'operator')} … (+{extra} {_text(group, 'value')})")
    return lines


# --- 13. routing rank sort key --------------------------------------------------------------

_ROUTING_RANK = {(True, True): 0, (True, False): 1, (False, False): 2}


def routing_rank_sort_key_buggy(payload: Payload) -> tuple[int, str]:
    """Sort key that puts the primary active integration of a channel first in search results."""
    rank = _ROUTING_RANK[(payload["active"], payload["primary"])]
    return (rank, payload["name"].casefold())


def routing_rank_sort_key_fixed(payload: Payload) -> tuple[int, str]:
    active, primary = _flag(payload, "active"), _flag(payload, "primary")
    rank = 0 if active and primary else 1 if active else 2 if not primary else 3
    return (rank, _text(payload, "name").casefold())


# --- 14. provider facet label ---------------------------------------------------------------

_PROVIDER_LABELS = {
    "novu": "Novu Inbox",
    "novu-email": "Novu Email",
    "novu-sms": "Novu SMS",
    "sendgrid": "SendGrid",
    "mailgun": "Mailgun",
    "mailjet": "Mailjet",
    "postmark": "Postmark",
    "ses": "SES",
    "resend": "Resend",
    "nodemailer": "Custom SMTP",
    "twilio": "Twilio",
    "sns": "SNS",
    "plivo": "Plivo",
    "slack": "Slack",
    "discord": "Discord",
    "msteams": "MSTeams",
    "fcm": "Firebase Cloud Messaging",
    "apns": "APNs",
    "expo": "Expo Push",
    "one-signal": "OneSignal",
}


def provider_facet_buggy(payload: Payload) -> dict[str, str]:
    """Facet bucket for the provider, labelled with the provider's display name."""
    provider = payload["providerId"]
    return {"facet": "provider", "value": provider, "label": _PROVIDER_LABELS[provider]}


def provider_facet_fixed(payload: Payload) -> dict[str, str]:
    provider = _text(payload, "providerId")
    label = _PROVIDER_LABELS.get(provider) or provider[:1].upper() + provider[1:]
    return {"facet": "provider", "value": provider, "label": label}


# --- 15. webhook host keyword ---------------------------------------------------------------


def webhook_host_keyword_buggy(payload: Payload) -> str | None:
    """Keyword field with the host the integration calls out to (webhook or base URL)."""
    credentials = payload["credentials"]
    url = credentials.get("webhookUrl") or credentials.get("baseUrl")
    if not url:
        return None
    return str(urlsplit(url).hostname.lower())


def webhook_host_keyword_fixed(payload: Payload) -> str | None:
    credentials = _creds(payload)
    for key in ("webhookUrl", "baseUrl"):
        url = credentials.get(key)
        if not isinstance(url, str) or not url.strip():
            continue
        try:
            host = urlsplit(url.strip()).hostname
        except ValueError:
            return None
        return host.lower() if host else None
    return None


# --- 16. dedup fingerprint ------------------------------------------------------------------


def dedup_fingerprint_buggy(payload: Payload) -> int:
    """Fingerprint used to collapse duplicate SMTP-style integrations in the index."""
    credentials = payload["credentials"]
    tls = credentials.get("tlsOptions") or {}
    return hash(
        (payload["providerId"], credentials.get("host"), credentials.get("user"), frozenset(tls.items()))
    )


def dedup_fingerprint_fixed(payload: Payload) -> int:
    credentials = _creds(payload)
    key = [
        payload.get("providerId"),
        credentials.get("host"),
        credentials.get("user"),
        credentials.get("tlsOptions"),
    ]
    return int.from_bytes(hashlib.blake2b(_canonical(key), digest_size=8).digest(), "big")


# --- the suite --------------------------------------------------------------------------------

SEARCH_BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="search_document_id_requires_mongo_id",
        bug="uses `_id` as the search document id, but `_id` is optional and may be absent",
        buggy=search_document_buggy,
        fixed=search_document_fixed,
        raises=(KeyError,),
        example=_payload(drop=("_id",)),
    ),
    ConsumerCase(
        name="autocomplete_prefixes_first_word_of_name",
        bug="takes the first whitespace-separated word of `name`, which an empty or blank name lacks",
        buggy=autocomplete_prefixes_buggy,
        fixed=autocomplete_prefixes_fixed,
        raises=(IndexError,),
        example=_payload({"name": " \t "}),
    ),
    ConsumerCase(
        name="redis_cache_key_ascii_identifier",
        bug="encodes the cache key as ASCII, but `identifier` may hold any Unicode",
        buggy=redis_cache_key_buggy,
        fixed=redis_cache_key_fixed,
        raises=(UnicodeEncodeError,),
        example=_payload({"name": "Café Mailer", "identifier": "café-mailer-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="etag_joins_credential_values_as_strings",
        bug="joins every credentials value as a string, but `secure`/`requireTls`/... are booleans",
        buggy=etag_buggy,
        fixed=etag_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "RingCentral",
                "identifier": "ring-central-Qm3xZ0a",
                "providerId": "ring-central",
                "channel": "sms",
                "credentials": {
                    "clientId": "client-1",
                    "secretKey": "fake-secret",
                    "token": "fake-jwt",
                    "from": "+15550001111",
                    "secure": True,
                },
            }
        ),
    ),
    ConsumerCase(
        name="tombstone_sort_key_deleted_at_millis_format",
        bug="parses `deletedAt` with one exact millisecond-Z format, but it is a free-form string",
        buggy=tombstone_sort_key_buggy,
        fixed=tombstone_sort_key_fixed,
        raises=(ValueError,),
        example=_payload({"deleted": True, "deletedAt": "2025-05-08T12:00:00+00:00"}),
    ),
    ConsumerCase(
        name="channel_facet_label_missing_in_app_and_chat",
        bug="the facet label map only knows email, sms and push, not `in_app` and `chat`",
        buggy=channel_facet_buggy,
        fixed=channel_facet_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Novu Inbox",
                "identifier": "novu-inbox-Zk2aP9q",
                "providerId": "novu",
                "channel": "in_app",
                "credentials": {"hmac": True},
                "primary": False,
            }
        ),
    ),
    ConsumerCase(
        name="shard_routing_hex_environment_id",
        bug="decodes `_environmentId` as a hex ObjectId, but the contract types it as any string",
        buggy=shard_for_environment_buggy,
        fixed=shard_for_environment_fixed,
        raises=(ValueError,),
        example=_payload({"_environmentId": "env-production"}),
    ),
    ConsumerCase(
        name="smtp_endpoint_keyword_int_port",
        bug="converts credentials `port` with int(), but it is a free string (may be empty)",
        buggy=smtp_endpoint_keyword_buggy,
        fixed=smtp_endpoint_keyword_fixed,
        raises=(ValueError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-a1B2c3D",
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
        name="sender_domain_facet_assumes_email_from",
        bug="splits credentials `from` on '@', but sms providers put a phone number there",
        buggy=sender_domain_facet_buggy,
        fixed=sender_domain_facet_fixed,
        raises=(IndexError,),
        example=_payload(
            {
                "name": "Twilio",
                "identifier": "twilio-Hq7Lr2s",
                "providerId": "twilio",
                "channel": "sms",
                "credentials": {
                    "accountSid": "AC0000000000000000000000000000000",
                    "token": "fake-token",
                    "from": "+15551234567",
                },
            }
        ),
    ),
    ConsumerCase(
        name="highlight_snippet_byte_cut_splits_utf8",
        bug="cuts the UTF-8 name at a byte width and decodes strictly, splitting a multibyte character",
        buggy=highlight_snippet_buggy,
        fixed=highlight_snippet_fixed,
        raises=(UnicodeDecodeError,),
        example=_payload({"name": "Notificações de Integração — Produção"}),
    ),
    ConsumerCase(
        name="conditions_query_operator_map_incomplete",
        bug="maps condition operators to query types but forgets BETWEEN, NOT_BETWEEN, ALL_IN, ANY_IN",
        buggy=conditions_query_buggy,
        fixed=conditions_query_fixed,
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
                                "field": "payload.amount",
                                "value": "10,100",
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
        name="targeting_highlight_first_child_of_group",
        bug="reads the first child of every condition group, but `children` may be empty",
        buggy=targeting_highlight_buggy,
        fixed=targeting_highlight_fixed,
        raises=(IndexError,),
        example=_payload(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="routing_rank_sort_key_inactive_primary",
        bug="ranks (active, primary) pairs but has no entry for an inactive primary",
        buggy=routing_rank_sort_key_buggy,
        fixed=routing_rank_sort_key_fixed,
        raises=(KeyError,),
        example=_payload({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="provider_facet_label_unknown_provider",
        bug="looks the display label up in a fixed provider table, but `providerId` is any string",
        buggy=provider_facet_buggy,
        fixed=provider_facet_fixed,
        raises=(KeyError,),
        example=_payload(
            {
                "name": "Emailjs",
                "identifier": "emailjs-p0Q9wE1",
                "providerId": "emailjs",
                "credentials": {
                    "apiKey": "fake-key",
                    "secretKey": "fake-secret",
                    "from": "team@example.com",
                    "senderName": "Team",
                },
            }
        ),
    ),
    ConsumerCase(
        name="webhook_host_keyword_url_without_scheme",
        bug="lower-cases urlsplit(...).hostname, which is None for a webhookUrl without a scheme",
        buggy=webhook_host_keyword_buggy,
        fixed=webhook_host_keyword_fixed,
        raises=(AttributeError,),
        example=_payload(
            {
                "name": "Email Webhook",
                "identifier": "email-webhook-V5nB8mK",
                "providerId": "email-webhook",
                "credentials": {
                    "webhookUrl": "hooks.example.com/novu/email",
                    "secretKey": "fake-secret",
                    "from": "hooks@example.com",
                    "senderName": "Hooks",
                },
            }
        ),
    ),
    ConsumerCase(
        name="dedup_fingerprint_hashes_tls_options_flat",
        bug="hashes tlsOptions items as a frozenset, but tlsOptions is free-form (lists, objects)",
        buggy=dedup_fingerprint_buggy,
        fixed=dedup_fingerprint_fixed,
        raises=(TypeError,),
        example=_payload(
            {
                "name": "Custom SMTP",
                "identifier": "custom-smtp-T4lS0pt",
                "providerId": "nodemailer",
                "credentials": {
                    "host": "smtp.example.com",
                    "port": "587",
                    "user": "mailer",
                    "password": "fake-password",
                    "from": "mailer@example.com",
                    "senderName": "Mailer",
                    "tlsOptions": {
                        "rejectUnauthorized": False,
                        "ciphers": ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"],
                    },
                },
            }
        ),
    ),
]
