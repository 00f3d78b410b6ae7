"""Consumers of ``GET /v1/integrations`` items: platform glue and developer tooling (``tooling``).

This suite was written from the contract documentation alone (the field table of
``IntegrationResponseDto``, the contract notes on wire names, nested types and enums, and the
provider list with its credential keys), without looking at how the payload generator works.
It exists to measure honestly how fast a generator finds bugs in consumer code it was never
tuned for. First measured (40 seeds) at a mean of 16.3 examples, two bugs missed on some seed;
since then it is seen while the generator changes, so it is an in-repo suite, no longer held out.

``TOOLING_BUGS`` leaves out ``mobile_body_utf8_surrogate`` (kept here as written): its trigger is a
lone surrogate, which ``json.loads`` accepts but which is no Unicode text, and which this library
reports as a ``not_unicode`` violation when it reads JSON (a real Novu server, storing UTF-8 in
MongoDB, cannot send one). Valid payloads never carry one, so no generator should find it.

Each ``ConsumerCase`` is a piece of tooling around Novu integrations (an environment-promotion
tool, a Terraform exporter, a GraphQL resolver, a YAML writer, ...) with one plausible mistake
that only shows on some payload the contract allows, plus a fixed control that is a tolerant
reader and must never raise on any contract-valid payload.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import hashlib
import json
import re
import struct
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

import yaml

from tests.consumers.bugs import ConsumerCase, Payload, _credentials, _example

# Secrets a chat message or an export must never show in clear.
_SECRET_KEYS = ("apiKey", "apiToken", "accessKey", "password", "secretKey", "serviceAccount", "token")


# 1. Environment promotion: copy a dev integration into prod -------------------------------


def _promotion_plan(payload: Payload, slug: str) -> Payload:
    return {
        "name": payload["name"],
        "identifier": f"{slug}-prod" if slug else "prod",
        "providerId": payload["providerId"],
        "channel": payload["channel"],
        "credentials": copy.deepcopy(_credentials(payload)),
        # Promoted integrations start inactive: an operator flips them on after a smoke test.
        "active": False,
        "conditions": copy.deepcopy(payload.get("conditions", [])),
    }


def promote_buggy(payload: Payload) -> Payload:
    """Plan the prod copy of a dev integration: same slug, a ``-prod`` suffix instead of the random one."""
    slug, _random_suffix = payload["identifier"].rsplit("-", 1)
    return _promotion_plan(payload, slug)


def promote_fixed(payload: Payload) -> Payload:
    slug, separator, _random_suffix = payload["identifier"].rpartition("-")
    if not separator:
        slug = payload["identifier"]
    return _promotion_plan(payload, slug)


# 2. Terraform exporter ---------------------------------------------------------------------


def _hcl_string(value: str) -> str:
    # Terraform would interpolate "${...}" inside a string literal: escape it as "$${".
    return json.dumps(value.replace("${", "$${"))


def _tf_resource_name(payload: Payload) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "_", payload["identifier"])
    return f"integration_{name}"


def _terraform(payload: Payload, credential_lines: list[str]) -> str:
    lines = [
        f'resource "novu_integration" "{_tf_resource_name(payload)}" {{',
        f"  name        = {_hcl_string(payload['name'])}",
        f"  identifier  = {_hcl_string(payload['identifier'])}",
        f"  provider_id = {_hcl_string(payload['providerId'])}",
        f"  channel     = {_hcl_string(payload['channel'])}",
        f"  active      = {'true' if payload['active'] else 'false'}",
        "  credentials = {",
        *credential_lines,
        "  }",
        "}",
    ]
    return "\n".join(lines) + "\n"


def terraform_buggy(payload: Payload) -> str:
    """Export one integration as a Terraform resource, secrets pointing at variables."""
    credential_lines = []
    for key, value in sorted(_credentials(payload).items()):
        if key in _SECRET_KEYS:
            credential_lines.append(f"    {json.dumps(key)} = var.novu_{key.lower()}")
        else:
            credential_lines.append(f"    {json.dumps(key)} = {_hcl_string(value)}")
    return _terraform(payload, credential_lines)


def terraform_fixed(payload: Payload) -> str:
    credential_lines = []
    for key, value in sorted(_credentials(payload).items()):
        if key in _SECRET_KEYS:
            rendered = f"var.novu_{key.lower()}"
        elif isinstance(value, str):
            rendered = _hcl_string(value)
        elif isinstance(value, bool):
            rendered = "true" if value else "false"
        else:  # tlsOptions, or keys newer than this exporter: any JSON value
            rendered = f"jsondecode({_hcl_string(json.dumps(value, sort_keys=True))})"
        credential_lines.append(f"    {json.dumps(key)} = {rendered}")
    return _terraform(payload, credential_lines)


# 3. GraphQL resolver -----------------------------------------------------------------------


def _graphql_integration(payload: Payload, deleted_at: str | None) -> dict[str, object]:
    return {
        "__typename": "Integration",
        "id": payload.get("_id"),
        "name": payload["name"],
        "identifier": payload["identifier"],
        "provider": payload["providerId"],
        "channel": payload["channel"].upper(),  # GraphQL enum values are upper case
        "isActive": payload["active"],
        "isPrimary": payload["primary"],
        "isDeleted": payload["deleted"],
        "deletedAt": deleted_at,
        "conditionCount": len(payload.get("conditions", [])),
    }


def graphql_buggy(payload: Payload) -> dict[str, object]:
    """Resolve the ``Integration`` GraphQL type; ``deletedAt`` is a ``DateTime`` scalar."""
    raw = payload.get("deletedAt")
    deleted_at = datetime.fromisoformat(raw).isoformat() if raw is not None else None
    return _graphql_integration(payload, deleted_at)


def graphql_fixed(payload: Payload) -> dict[str, object]:
    raw = payload.get("deletedAt")
    deleted_at: str | None = None
    if raw is not None:
        try:
            deleted_at = datetime.fromisoformat(raw).isoformat()
        except ValueError:
            deleted_at = None  # the field is nullable: an unparsable timestamp resolves to null
    return _graphql_integration(payload, deleted_at)


# 4. Notification-preference center (UI backend) --------------------------------------------

_CHANNEL_SECTIONS_V1 = {"email": "Email", "sms": "Text messages", "chat": "Chat apps", "push": "Push"}
_CHANNEL_SECTIONS = {**_CHANNEL_SECTIONS_V1, "in_app": "In-app inbox"}


def _preference_row(payload: Payload, section: str) -> dict[str, object]:
    return {
        "section": section,
        "label": payload["name"],
        "toggle": payload["active"] and not payload["deleted"],
        "isDefault": payload["primary"],
        "hasRules": bool(payload.get("conditions")),
    }


def preferences_buggy(payload: Payload) -> dict[str, object]:
    """One row of the subscriber preference screen, grouped by channel section."""
    return _preference_row(payload, _CHANNEL_SECTIONS_V1[payload["channel"]])


def preferences_fixed(payload: Payload) -> dict[str, object]:
    channel: str = payload["channel"]
    return _preference_row(payload, _CHANNEL_SECTIONS.get(channel, channel))


# 5. SDK wrapper building typed objects -----------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Integration:
    """The SDK's typed view of one integration."""

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


def _snake_case(wire_key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", wire_key.lstrip("_")).lower()


def sdk_buggy(payload: Payload) -> Integration:
    """Build the typed object by snake-casing every wire key into a constructor argument."""
    return Integration(**{_snake_case(key): value for key, value in payload.items()})


def sdk_fixed(payload: Payload) -> Integration:
    return Integration(
        id=payload.get("_id"),
        environment_id=payload["_environmentId"],
        organization_id=payload["_organizationId"],
        name=payload["name"],
        identifier=payload["identifier"],
        provider_id=payload["providerId"],
        channel=payload["channel"],
        credentials=dict(_credentials(payload)),
        active=payload["active"],
        deleted=payload["deleted"],
        primary=payload["primary"],
        deleted_at=payload.get("deletedAt"),
        deleted_by=payload.get("deletedBy"),
        conditions=list(payload.get("conditions", [])),
    )


# 6. i18n label translator -----------------------------------------------------------------

# The catalogue came from an older %-style tool; the name is spliced in first, the rest is str.format.
_LABELS_PERCENT = {
    "en": "%s sends {channel} ({count} rule(s))",
    "fr": "%s envoie des messages {channel} ({count} règle(s))",
    "de": "%s versendet {channel} ({count} Regel(n))",
}
_LABELS = {locale: template.replace("%s", "{name}") for locale, template in _LABELS_PERCENT.items()}


def labels_buggy(payload: Payload) -> dict[str, str]:
    """The integration's label in every supported locale."""
    count = len(payload.get("conditions", []))
    return {
        locale: (template % payload["name"]).format(channel=payload["channel"], count=count)
        for locale, template in _LABELS_PERCENT.items()
    }


def labels_fixed(payload: Payload) -> dict[str, str]:
    count = len(payload.get("conditions", []))
    return {
        locale: template.format(name=payload["name"], channel=payload["channel"], count=count)
        for locale, template in _LABELS.items()
    }


# 7. Feature-flag bridge reading ``conditions`` ---------------------------------------------

_FLAG_OPERATORS = {
    "EQUAL": "eq",
    "NOT_EQUAL": "neq",
    "LARGER": "gt",
    "SMALLER": "lt",
    "LARGER_EQUAL": "gte",
    "SMALLER_EQUAL": "lte",
    "IN": "in",
    "NOT_IN": "notIn",
    "LIKE": "contains",
    "NOT_LIKE": "notContains",
}


def _flag_clause(child: dict[str, Any]) -> dict[str, object]:
    return {
        "attribute": f"{child['on']}.{child['field']}",
        "op": _FLAG_OPERATORS.get(child["operator"], child["operator"].lower()),
        "values": [child["value"]],
    }


def _flag_rule(condition: dict[str, Any], tree: dict[str, object]) -> dict[str, object]:
    return {"not": tree} if condition["isNegated"] else tree


def flags_buggy(payload: Payload) -> list[dict[str, object]]:
    """Translate routing conditions into the feature-flag service's rule trees."""
    rules = []
    for condition in payload.get("conditions", []):
        combine = "and" if condition["value"] == "AND" else "or"
        clauses = [_flag_clause(child) for child in condition["children"]]
        tree = functools.reduce(lambda left, right: {combine: [left, right]}, clauses)
        rules.append(_flag_rule(condition, tree))
    return rules


def flags_fixed(payload: Payload) -> list[dict[str, object]]:
    rules = []
    for condition in payload.get("conditions", []):
        combine = "and" if condition["value"] == "AND" else "or"
        clauses = [_flag_clause(child) for child in condition["children"]]
        tree: dict[str, object]
        if clauses:
            tree = functools.reduce(lambda left, right: {combine: [left, right]}, clauses)
        else:  # an empty AND holds, an empty OR does not
            tree = {"const": combine == "and"}
        rules.append(_flag_rule(condition, tree))
    return rules


# 8. Mobile app API serializer --------------------------------------------------------------


def _mobile_body(payload: Payload) -> str:
    body = {
        "id": payload.get("_id", payload["identifier"]),
        "title": payload["name"],
        "channel": payload["channel"],
        "enabled": payload["active"] and not payload["deleted"],
        "isDefault": payload["primary"],
    }
    # Compact UTF-8 rather than \u escapes: the Android client logs the raw body.
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def mobile_buggy(payload: Payload) -> bytes:
    """The response body the iOS/Android apps get for one integration."""
    return _mobile_body(payload).encode("utf-8")


def mobile_fixed(payload: Payload) -> bytes:
    return _mobile_body(payload).encode("utf-8", errors="replace")


# 9. Changelog bot posting to chat ----------------------------------------------------------


def _changelog_message(payload: Payload, masked: dict[str, str]) -> str:
    lines = [f"*{payload['name']}* (`{payload['providerId']}`, {payload['channel']}) was updated"]
    lines += [f"• `{key}`: {value}" for key, value in sorted(masked.items())]
    return "\n".join(lines)


def changelog_buggy(payload: Payload) -> str:
    """The chat message announcing an integration change, secrets masked but recognisable."""
    credentials = _credentials(payload)
    masked = {
        key: credentials[key][0] + "•" * min(len(credentials[key]) - 1, 8)
        for key in _SECRET_KEYS
        if key in credentials
    }
    return _changelog_message(payload, masked)


def changelog_fixed(payload: Payload) -> str:
    credentials = _credentials(payload)
    masked = {
        key: credentials[key][:1] + "•" * min(max(len(credentials[key]) - 1, 0), 8) or "(empty)"
        for key in _SECRET_KEYS
        if key in credentials
    }
    return _changelog_message(payload, masked)


# 10. Deduplicator across environments ------------------------------------------------------


def dedup_buggy(payload: Payload) -> tuple[tuple[str, str, str], str]:
    """The cross-environment duplicate key of an integration and a reference to the record."""
    key = (payload["providerId"], payload["channel"], payload["name"].casefold())
    return key, f"{payload['_environmentId']}/{payload['_id']}"


def dedup_fixed(payload: Payload) -> tuple[tuple[str, str, str], str]:
    key = (payload["providerId"], payload["channel"], payload["name"].casefold())
    record = payload.get("_id")
    reference = f"id:{record}" if record is not None else f"identifier:{payload['identifier']}"
    return key, f"{payload['_environmentId']}/{reference}"


# 11. Sort / paginate helper ----------------------------------------------------------------

_SECTION_RANK = {(True, True): 0, (True, False): 1, (False, False): 2}


def sort_key_buggy(payload: Payload) -> tuple[int, str, str]:
    """Sort key of the admin list: primaries first, then active ones, then inactive ones."""
    rank = _SECTION_RANK[(payload["active"], payload["primary"])]
    return rank, payload["name"].casefold(), payload["identifier"]


def sort_key_fixed(payload: Payload) -> tuple[int, str, str]:
    # Primary only counts for active integrations; an inactive primary sorts with the inactive ones.
    rank = (0 if payload["primary"] else 1) if payload["active"] else 2
    return rank, payload["name"].casefold(), payload["identifier"]


# 12. URL router for the admin UI -----------------------------------------------------------


def _admin_route(payload: Payload) -> str:
    identifier = quote(payload["identifier"].encode("utf-8", "surrogatepass"), safe="")
    return f"/settings/integrations/{payload['channel']}/{identifier}"


def _endpoint_url(payload: Payload) -> str | None:
    credentials = _credentials(payload)
    url = credentials.get("webhookUrl") or credentials.get("baseUrl")
    return url if isinstance(url, str) else None


def router_buggy(payload: Payload) -> dict[str, object]:
    """Admin UI route of an integration plus the endpoint its 'open endpoint' button targets."""
    endpoint = None
    url = _endpoint_url(payload)
    if url:
        parts = urlsplit(url)
        default_port = 443 if parts.scheme == "https" else 80
        endpoint = {"host": parts.hostname, "port": parts.port or default_port}
    return {"route": _admin_route(payload), "endpoint": endpoint}


def router_fixed(payload: Payload) -> dict[str, object]:
    endpoint = None
    url = _endpoint_url(payload)
    if url:
        try:
            parts = urlsplit(url)
            default_port = 443 if parts.scheme == "https" else 80
            endpoint = {"host": parts.hostname, "port": parts.port or default_port}
        except ValueError:
            endpoint = None  # not a usable URL: the UI greys the button out
    return {"route": _admin_route(payload), "endpoint": endpoint}


# 13. Cache key builder ---------------------------------------------------------------------


class CacheKeyError(ValueError):
    """A key the memcached text protocol refuses (as pymemcache's ``MemcacheIllegalInputError``)."""


def _memcache_key(*parts: str) -> str:
    key = ":".join(parts)
    raw = key.encode("utf-8", "surrogatepass")
    if len(raw) > 250 or any(byte <= 0x20 or byte == 0x7F for byte in raw):
        raise CacheKeyError(f"illegal memcached key: {key!r}")
    return key


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def cache_key_buggy(payload: Payload) -> str:
    """The memcached key under which the rendered integration card is cached."""
    return _memcache_key("novu", "integration", payload["_environmentId"], payload["identifier"])


def cache_key_fixed(payload: Payload) -> str:
    return _memcache_key(
        "novu", "integration", _digest(payload["_environmentId"]), _digest(payload["identifier"])
    )


# 14. YAML config writer (GitOps repo) -------------------------------------------------------


class ConfigDriftError(Exception):
    """The written config does not read back as the integration it was written from."""


_YAML_KEYS = ("name", "identifier", "providerId", "channel")


def _check_round_trip(payload: Payload, text: str) -> str:
    loaded = yaml.safe_load(text)
    expected = {key: payload[key] for key in _YAML_KEYS}
    expected["active"] = payload["active"]
    if loaded != expected:
        raise ConfigDriftError(f"{payload['identifier']!r} does not round-trip")
    return text


def yaml_buggy(payload: Payload) -> str:
    """The ``integrations/<identifier>.yaml`` file committed to the config repo."""
    lines = [f"{key}: {payload[key]}" for key in _YAML_KEYS]
    lines.append(f"active: {'true' if payload['active'] else 'false'}")
    return _check_round_trip(payload, "\n".join(lines) + "\n")


def yaml_fixed(payload: Payload) -> str:
    document = {key: payload[key] for key in _YAML_KEYS}
    document["active"] = payload["active"]
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=False, width=1_000_000)
    return _check_round_trip(payload, text)


# 15. Binary (Avro/protobuf-like) mapper with typed fields ----------------------------------

_CHANNEL_TAGS = {"in_app": 0, "email": 1, "sms": 2, "chat": 3, "push": 4}


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        low, number = number & 0x7F, number >> 7
        out.append(low | (0x80 if number else 0))
        if not number:
            return bytes(out)


def _string_field(text: str) -> bytes:
    raw = text.encode("utf-8", "surrogatepass")
    return _varint(len(raw)) + raw


def _binary_record(payload: Payload, port: int) -> bytes:
    credentials = _credentials(payload)
    host = credentials.get("host")
    secure = credentials.get("secure")
    return b"".join(
        [
            _string_field(payload["providerId"]),
            bytes([_CHANNEL_TAGS[payload["channel"]]]),
            _string_field(host if isinstance(host, str) else ""),
            struct.pack(">H?", port, secure is True),
        ]
    )


def binary_buggy(payload: Payload) -> bytes:
    """Encode the transport settings into the fixed-layout record the delivery workers read."""
    port = _credentials(payload).get("port")
    return _binary_record(payload, int(port) if port else 0)


def binary_fixed(payload: Payload) -> bytes:
    port = _credentials(payload).get("port")
    number = 0  # 0 = "provider default"
    if isinstance(port, str):
        digits = port.strip()
        if digits.isascii() and digits.isdigit() and len(digits) <= 5 and int(digits) <= 0xFFFF:
            number = int(digits)
    return _binary_record(payload, number)


# 16. Email template renderer (Jinja-like) ---------------------------------------------------

_EMAIL_TEMPLATE = (
    "Hi! Your {{ provider }} integration “{{ name }}” is live.\n"
    "Messages are sent as {{ sender }}; make sure SPF and DKIM are set up for {{ domain }}.\n"
)


def _render(template: str, context: dict[str, str]) -> str:
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda match: context[match.group(1)], template)


def _email_context(payload: Payload, domain: str) -> dict[str, str]:
    sender = _credentials(payload).get("from", "")
    return {
        "provider": payload["providerId"],
        "name": payload["name"],
        "sender": sender or "(no sender)",
        "domain": domain or "(unknown domain)",
    }


def email_buggy(payload: Payload) -> str:
    """The 'integration is live' email sent to the workspace admins."""
    sender = _credentials(payload).get("from", "")
    domain = ""
    if sender:
        _local, domain = sender.split("@")
    return _render(_EMAIL_TEMPLATE, _email_context(payload, domain))


def email_fixed(payload: Payload) -> str:
    sender = _credentials(payload).get("from", "")
    _local, _at, domain = sender.rpartition("@")
    return _render(_EMAIL_TEMPLATE, _email_context(payload, domain))


# The suite ----------------------------------------------------------------------------------


def _with_credentials(credentials: dict[str, Any], **changes: Any) -> Payload:
    return _example({"credentials": credentials, **changes})


AS_WRITTEN: list[ConsumerCase] = [
    ConsumerCase(
        name="promote_identifier_suffix",
        bug="assumes every identifier is '<slug>-<random>' and unpacks rsplit('-', 1) into two parts",
        buggy=promote_buggy,
        fixed=promote_fixed,
        raises=(ValueError,),
        example=_example({"identifier": "transactional"}),
    ),
    ConsumerCase(
        name="terraform_credentials_as_strings",
        bug="assumes every credentials value is a string (secure is a boolean, tlsOptions an object)",
        buggy=terraform_buggy,
        fixed=terraform_fixed,
        raises=(AttributeError,),
        example=_with_credentials(
            {
                "host": "smtp.example.com",
                "port": "465",
                "user": "mailer",
                "password": "fake-password-0001",
                "secure": True,
                "tlsOptions": {"rejectUnauthorized": False},
                "from": "no-reply@example.com",
                "senderName": "Example Inc",
            },
            providerId="nodemailer",
            name="Custom SMTP",
            identifier="custom-smtp-Q7hK2m1z",
        ),
    ),
    ConsumerCase(
        name="graphql_deleted_at_iso",
        bug="assumes deletedAt, when present, is an ISO-8601 timestamp datetime.fromisoformat can parse",
        buggy=graphql_buggy,
        fixed=graphql_fixed,
        raises=(ValueError,),
        example=_example(
            {
                "deleted": True,
                "active": False,
                "deletedAt": "Thu May 08 2025 10:12:44 GMT+0000 (Coordinated Universal Time)",
            }
        ),
    ),
    ConsumerCase(
        name="preferences_channel_sections",
        bug="the channel-to-section table predates the in-app inbox and has no 'in_app' entry",
        buggy=preferences_buggy,
        fixed=preferences_fixed,
        raises=(KeyError,),
        example=_with_credentials(
            {"hmac": True},
            providerId="novu",
            channel="in_app",
            name="Novu Inbox",
            identifier="novu-inbox-Zr4p0Qw2",
            primary=False,
        ),
    ),
    ConsumerCase(
        name="sdk_constructor_from_wire_keys",
        bug="passes every wire key to the dataclass constructor, so an unknown extra key is a TypeError",
        buggy=sdk_buggy,
        fixed=sdk_fixed,
        raises=(TypeError,),
        example=_example({"createdAt": "2025-05-08T10:12:44.000Z", "updatedAt": "2025-05-08T10:12:44.000Z"}),
    ),
    ConsumerCase(
        name="i18n_name_in_format_string",
        bug="splices the name into the template before str.format, so braces in the name are parsed",
        buggy=labels_buggy,
        fixed=labels_fixed,
        raises=(KeyError, IndexError, ValueError),
        example=_example({"name": "Alerts {prod}"}),
    ),
    ConsumerCase(
        name="flags_reduce_empty_children",
        bug="folds a condition's children with reduce() and no initial value, assuming children is non-empty",
        buggy=flags_buggy,
        fixed=flags_fixed,
        raises=(TypeError,),
        example=_example(
            {"conditions": [{"isNegated": False, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="mobile_body_utf8_surrogate",
        bug="encodes the JSON body as strict UTF-8, which a lone surrogate in a string cannot be",
        buggy=mobile_buggy,
        fixed=mobile_fixed,
        raises=(UnicodeError,),
        # A dashboard that truncated "SendGrid 🚀" by UTF-16 code units leaves half a surrogate pair.
        example=_example({"name": "SendGrid \ud83d"}),
    ),
    ConsumerCase(
        name="changelog_mask_empty_secret",
        bug="masks a secret as its first character plus bullets, assuming the secret is never ''",
        buggy=changelog_buggy,
        fixed=changelog_fixed,
        raises=(IndexError,),
        example=_with_credentials(
            {"apiKey": "", "from": "no-reply@example.com", "senderName": "Example Inc"}
        ),
    ),
    ConsumerCase(
        name="dedup_reference_needs_id",
        bug="assumes every record carries '_id', which is optional",
        buggy=dedup_buggy,
        fixed=dedup_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="sort_primary_implies_active",
        bug="the section table assumes a primary integration is always active",
        buggy=sort_key_buggy,
        fixed=sort_key_fixed,
        raises=(KeyError,),
        example=_example({"active": False, "primary": True}),
    ),
    ConsumerCase(
        name="router_endpoint_port",
        bug="assumes webhookUrl/baseUrl is a well-formed URL whose port urlsplit().port can read",
        buggy=router_buggy,
        fixed=router_fixed,
        raises=(ValueError,),
        example=_with_credentials(
            {
                "webhookUrl": "http://localhost:${PORT}/novu/email",
                "secretKey": "fake-secret-0001",
                "from": "no-reply@example.com",
                "senderName": "Example Inc",
            },
            providerId="email-webhook",
            name="Email Webhook",
            identifier="email-webhook-Lm3n8Vb0",
        ),
    ),
    ConsumerCase(
        name="cache_key_raw_identifier",
        bug="puts the raw identifier in a memcached key, assuming it has no whitespace and fits 250 bytes",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(CacheKeyError,),
        example=_example({"identifier": "marketing emails-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="yaml_unquoted_scalars",
        bug="writes string values as unquoted YAML scalars, so ': ', '#', 'yes', '123' do not read back",
        buggy=yaml_buggy,
        fixed=yaml_fixed,
        raises=(ConfigDriftError, yaml.YAMLError),
        example=_example({"name": "Email: transactional"}),
    ),
    ConsumerCase(
        name="binary_port_uint16",
        bug="packs credentials.port with int() into a uint16, assuming a decimal string in 0..65535",
        buggy=binary_buggy,
        fixed=binary_fixed,
        raises=(ValueError, struct.error),
        example=_with_credentials(
            {
                "host": "smtp.example.com",
                "port": "smtps",
                "user": "mailer",
                "password": "fake-password-0001",
                "from": "no-reply@example.com",
                "senderName": "Example Inc",
            },
            providerId="nodemailer",
            name="Custom SMTP",
            identifier="custom-smtp-Q7hK2m1z",
        ),
    ),
    ConsumerCase(
        name="email_sender_domain_split",
        bug="assumes credentials.from contains exactly one '@' and unpacks split('@') into two parts",
        buggy=email_buggy,
        fixed=email_fixed,
        raises=(ValueError,),
        example=_with_credentials(
            {"apiKey": "fake-api-key-0001", "from": "no-reply", "senderName": "Example Inc"}
        ),
    ),
]

UNREACHABLE_BY_VALID_PAYLOADS = frozenset({"mobile_body_utf8_surrogate"})
"""Cases whose trigger this library's contract refuses on the wire (see the module docstring)."""
TOOLING_BUGS: list[ConsumerCase] = [
    case for case in AS_WRITTEN if case.name not in UNREACHABLE_BY_VALID_PAYLOADS
]
