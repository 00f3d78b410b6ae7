"""Sixteen consumers of ``GET /v1/integrations`` items, each with one typical contract bug.

Every ``ConsumerCase`` pairs a *buggy* consumer function, written the way real service code
often is (it works on the happy-path payload ``HAPPY_PATH``), with a *fixed* control that
honours the contract. Each function takes one wire payload (a dict, exactly as the API sends
it) and either returns a value or raises. The bug in each buggy version is triggered by a
payload the contract allows (``example``, checked valid by the tests); the fixed version
must never raise on any valid payload.

The suite is what the bug-finding tests and ``benchmarks.bench_bug_finding`` run strategies
against: a good strategy makes every buggy version fail within a few examples and never
makes a fixed one fail.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
import zlib
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

import attrs

from strategies._providers import providers

Payload = dict[str, Any]
Consumer = Callable[[Payload], object]


@attrs.frozen(kw_only=True)
class ConsumerCase:
    """One consumer function with one bug, its fixed control and a payload that triggers the bug."""

    name: str
    bug: str
    """What the buggy version wrongly assumes, in one line."""
    buggy: Consumer
    fixed: Consumer
    raises: tuple[type[Exception], ...]
    """The exceptions the buggy version raises when the bug triggers."""
    example: Payload
    """A contract-valid payload on which ``buggy`` raises one of ``raises`` and ``fixed`` does not."""


HAPPY_PATH: Payload = {
    "_id": "6615a3c2f1e2d3c4b5a69788",
    "_environmentId": "6615a3c2f1e2d3c4b5a69701",
    "_organizationId": "6615a3c2f1e2d3c4b5a69702",
    "name": "SendGrid",
    "identifier": "sendgrid-x8Kd2bQ1",
    "providerId": "sendgrid",
    "channel": "email",
    "credentials": {
        "apiKey": "fake-api-key-0001",
        "from": "no-reply@example.com",
        "senderName": "Example Inc",
    },
    "active": True,
    "deleted": False,
    "primary": True,
    "conditions": [
        {
            "isNegated": False,
            "type": "STATEMENT",
            "value": "AND",
            "children": [
                {"field": "subscriber.plan", "value": "pro", "operator": "EQUAL", "on": "subscriber"}
            ],
        }
    ],
}
"""A realistic payload every buggy consumer handles: the one their authors tested with."""


def _example(changes: Mapping[str, Any] | None = None, *, drop: tuple[str, ...] = ()) -> Payload:
    """``HAPPY_PATH`` with top-level keys replaced or added (``changes``) and removed (``drop``)."""
    payload = copy.deepcopy(HAPPY_PATH)
    payload.update(copy.deepcopy(dict(changes or {})))
    for key in drop:
        payload.pop(key)
    return payload


def _credentials(payload: Payload) -> dict[str, Any]:
    credentials: dict[str, Any] = payload["credentials"]
    return credentials


# 1. The first condition -------------------------------------------------------------------


def gating_filter_buggy(payload: Payload) -> str:
    """The kind of the filter that gates this integration, for the admin UI."""
    return str(payload["conditions"][0]["type"])


def gating_filter_fixed(payload: Payload) -> str:
    conditions = payload.get("conditions") or []
    return str(conditions[0]["type"]) if conditions else "none"


# 2. deletedAt of a deleted integration ----------------------------------------------------


def deletion_audit_buggy(payload: Payload) -> str | None:
    """An audit-log line for soft-deleted integrations."""
    if not payload["deleted"]:
        return None
    return f"{payload['identifier']} deleted at {payload['deletedAt']} by {payload.get('deletedBy', '?')}"


def deletion_audit_fixed(payload: Payload) -> str | None:
    if not payload["deleted"]:
        return None
    when = payload.get("deletedAt", "an unknown time")
    return f"{payload['identifier']} deleted at {when} by {payload.get('deletedBy', '?')}"


# 3. A channel -> handler table ------------------------------------------------------------


def _sender(channel: str) -> Callable[[Payload], str]:
    return lambda payload: f"{channel} via {payload['providerId']}"


_HANDLERS_BUGGY = {channel: _sender(channel) for channel in ("email", "sms", "chat", "push")}
_HANDLERS_FIXED = {channel: _sender(channel) for channel in ("in_app", "email", "sms", "chat", "push")}


def route_buggy(payload: Payload) -> str:
    """Dispatch the integration to its channel's sender (the in-app channel was forgotten)."""
    return _HANDLERS_BUGGY[payload["channel"]](payload)


def route_fixed(payload: Payload) -> str:
    return _HANDLERS_FIXED[payload["channel"]](payload)


# 4. The SMTP port -------------------------------------------------------------------------

DEFAULT_SMTP_PORT = 587


def _connect(host: str, port: int) -> tuple[str, int]:
    """Stands in for ``socket.create_connection``, which rejects ports outside 0..65535."""
    if not 0 <= port <= 65535:
        raise OverflowError(f"port must be 0-65535, got {port}")
    return host, port


def smtp_endpoint_buggy(payload: Payload) -> tuple[str, int]:
    """Where to connect for a Custom SMTP integration: port from the credentials, when set."""
    credentials = _credentials(payload)
    port = int(credentials["port"]) if "port" in credentials else DEFAULT_SMTP_PORT
    return _connect(credentials.get("host") or "localhost", port)


def smtp_endpoint_fixed(payload: Payload) -> tuple[str, int]:
    credentials = _credentials(payload)
    try:
        port = int(credentials.get("port", DEFAULT_SMTP_PORT))
    except ValueError:
        port = DEFAULT_SMTP_PORT
    if not 0 < port <= 65535:
        port = DEFAULT_SMTP_PORT
    return _connect(credentials.get("host") or "localhost", port)


# 5. A strict record class -----------------------------------------------------------------


@dataclasses.dataclass(frozen=True, kw_only=True)
class IntegrationRecord:
    """The service's own record of an integration, one attribute per contract field."""

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
    conditions: list[dict[str, Any]] | None = None


_RECORD_FIELDS = frozenset(field.name for field in dataclasses.fields(IntegrationRecord))


def _snake(wire_key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", wire_key.lstrip("_")).lower()


def to_record_buggy(payload: Payload) -> IntegrationRecord:
    """``IntegrationRecord(**payload)`` with snake-cased keys: breaks on any key the API adds."""
    return IntegrationRecord(**{_snake(key): value for key, value in payload.items()})


def to_record_fixed(payload: Payload) -> IntegrationRecord:
    known = {_snake(key): value for key, value in payload.items() if _snake(key) in _RECORD_FIELDS}
    return IntegrationRecord(**known)


# 6. An avatar initial ---------------------------------------------------------------------


def avatar_initial_buggy(payload: Payload) -> str:
    """The letter on the integration's avatar in the UI."""
    return str(payload["name"][0].upper())


def avatar_initial_fixed(payload: Payload) -> str:
    for text in (payload["name"], payload["providerId"]):
        stripped = text.strip()
        if stripped:
            return str(stripped[0].upper())
    return "?"


# 7. The identifier in an HTTP header ------------------------------------------------------


def integration_header_buggy(payload: Payload) -> dict[bytes, bytes]:
    """Headers for the outbound call; HTTP header values are ASCII bytes."""
    return {b"X-Novu-Integration": payload["identifier"].encode("ascii")}


def integration_header_fixed(payload: Payload) -> dict[bytes, bytes]:
    # surrogatepass: JSON allows a lone surrogate, and percent-encoding its bytes keeps the header ASCII
    value = quote(payload["identifier"], safe="", errors="surrogatepass")
    return {b"X-Novu-Integration": value.encode("ascii")}


# 8. A cache key from _id ------------------------------------------------------------------


def cache_key_buggy(payload: Payload) -> str:
    """The key this integration is cached under."""
    return f"integration:{payload['_id']}"


def cache_key_fixed(payload: Payload) -> str:
    if "_id" in payload:
        return f"integration:{payload['_id']}"
    return f"integration:{payload['_environmentId']}:{payload['identifier']}"


# 9. deletedAt as a datetime ---------------------------------------------------------------


def deleted_on_buggy(payload: Payload) -> datetime | None:
    """When the integration was deleted, as a datetime (``deletedAt`` is typed as a plain string)."""
    if "deletedAt" not in payload:
        return None
    return datetime.fromisoformat(payload["deletedAt"])


def deleted_on_fixed(payload: Payload) -> datetime | None:
    try:
        return datetime.fromisoformat(payload["deletedAt"]) if "deletedAt" in payload else None
    except ValueError:
        return None


# 10. The API key of an email provider -----------------------------------------------------


def email_client_buggy(payload: Payload) -> dict[str, str] | None:
    """Settings of an HTTP email client; assumes every email provider has an ``apiKey``."""
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    return {"api_key": credentials["apiKey"], "sender": credentials.get("from", "")}


def email_client_fixed(payload: Payload) -> dict[str, str] | None:
    if payload["channel"] != "email":
        return None
    credentials = _credentials(payload)
    if "apiKey" not in credentials:
        return None  # SMTP, webhook or Novu's own provider: not an API-key client
    return {"api_key": credentials["apiKey"], "sender": credentials.get("from", "")}


# 11. VARCHAR(255) columns -----------------------------------------------------------------


class DataError(Exception):
    """What the database driver raises for a value too long for its column."""


_COLUMNS = {"name": 255, "identifier": 255}


def _insert(row: Mapping[str, str]) -> Mapping[str, str]:
    """Stands in for ``INSERT INTO integrations (name VARCHAR(255), identifier VARCHAR(255))``."""
    for column, limit in _COLUMNS.items():
        if len(row[column]) > limit:
            raise DataError(f"value too long for type character varying({limit}) in column {column}")
    return row


def store_row_buggy(payload: Payload) -> Mapping[str, str]:
    """Mirror the integration into the service's own table."""
    return _insert({column: payload[column] for column in _COLUMNS})


def store_row_fixed(payload: Payload) -> Mapping[str, str]:
    return _insert({column: payload[column][:limit] for column, limit in _COLUMNS.items()})


# 12. The first child of each condition ----------------------------------------------------


def describe_conditions_buggy(payload: Payload) -> list[str]:
    """One line per condition, showing its first comparison."""
    lines = []
    for condition in payload.get("conditions", []):
        first = condition["children"][0]
        lines.append(f"{first['field']} {first['operator']} {first['value']}")
    return lines


def describe_conditions_fixed(payload: Payload) -> list[str]:
    lines = []
    for condition in payload.get("conditions", []):
        children = condition["children"]
        if not children:
            lines.append("(no comparison)")
            continue
        first = children[0]
        lines.append(f"{first['field']} {first['operator']} {first['value']}")
    return lines


# 13. tlsOptions as a flat, hashable key ---------------------------------------------------


def tls_profile_buggy(payload: Payload) -> int:
    """Group SMTP integrations by TLS settings; assumes ``tlsOptions`` holds scalars only."""
    tls = _credentials(payload).get("tlsOptions", {})
    return hash(frozenset((f"tls.{key}", value) for key, value in tls.items()))


def tls_profile_fixed(payload: Payload) -> int:
    tls = _credentials(payload).get("tlsOptions", {})
    return hash(json.dumps(tls, sort_keys=True))


# 14. A non-blank name required ------------------------------------------------------------


def display_name_buggy(payload: Payload) -> str:
    """The name shown in the UI; rejects integrations without a (non-blank) name."""
    name = str(payload["name"]).strip()
    if not name:
        raise ValueError(f"integration {payload['identifier']!r} has no name")
    return name


def display_name_fixed(payload: Payload) -> str:
    for text in (payload["name"], payload["identifier"], payload["providerId"]):
        if text.strip():
            return str(text.strip())
    return "Unnamed integration"


# 15. A provider table ---------------------------------------------------------------------

_LOGOS = {p.id: f"https://cdn.example.com/providers/{p.id}.svg" for p in providers()}
_DEFAULT_LOGO = "https://cdn.example.com/providers/generic.svg"


def provider_logo_buggy(payload: Payload) -> str:
    """The provider's logo; the table knows every provider Novu had when it was written."""
    return _LOGOS[payload["providerId"]]


def provider_logo_fixed(payload: Payload) -> str:
    return _LOGOS.get(payload["providerId"], _DEFAULT_LOGO)


# 16. Ids assumed to be ObjectIds ----------------------------------------------------------

SHARDS = 64


def shard_buggy(payload: Payload) -> int:
    """The shard of the organisation's data; assumes ids are hex MongoDB ObjectIds."""
    return int(payload["_organizationId"], 16) % SHARDS


def shard_fixed(payload: Payload) -> int:
    organization: str = payload["_organizationId"]
    if re.fullmatch(r"[0-9a-f]{24}", organization):
        return int(organization, 16) % SHARDS
    return zlib.crc32(organization.encode("utf-8", "surrogatepass")) % SHARDS


# ------------------------------------------------------------------------------------------

_SMTP_CREDENTIALS = {"host": "smtp.example.com", "user": "apikey", "password": "fake-password-0001"}

BUGS: list[ConsumerCase] = [
    ConsumerCase(
        name="first_condition",
        bug="payload['conditions'][0]: conditions may be absent or []",
        buggy=gating_filter_buggy,
        fixed=gating_filter_fixed,
        raises=(KeyError, IndexError),
        example=_example({"conditions": []}),
    ),
    ConsumerCase(
        name="deleted_at_when_deleted",
        bug="payload['deletedAt'] when deleted is true: deletedAt is optional",
        buggy=deletion_audit_buggy,
        fixed=deletion_audit_fixed,
        raises=(KeyError,),
        example=_example({"deleted": True}),
    ),
    ConsumerCase(
        name="channel_handlers",
        bug="channel -> handler table without 'in_app'",
        buggy=route_buggy,
        fixed=route_fixed,
        raises=(KeyError,),
        example=_example({"channel": "in_app", "providerId": "novu", "credentials": {}}),
    ),
    ConsumerCase(
        name="smtp_port",
        bug="int(credentials['port']): port is any string",
        buggy=smtp_endpoint_buggy,
        fixed=smtp_endpoint_fixed,
        raises=(ValueError, OverflowError),
        example=_example({"providerId": "nodemailer", "credentials": {**_SMTP_CREDENTIALS, "port": "smtp"}}),
    ),
    ConsumerCase(
        name="strict_record",
        bug="Record(**payload): unknown keys are allowed",
        buggy=to_record_buggy,
        fixed=to_record_fixed,
        raises=(TypeError,),
        example=_example({"createdAt": "2025-04-09T19:28:30.917Z", "__v": 0}),
    ),
    ConsumerCase(
        name="avatar_initial",
        bug="name[0].upper(): name may be empty",
        buggy=avatar_initial_buggy,
        fixed=avatar_initial_fixed,
        raises=(IndexError,),
        example=_example({"name": ""}),
    ),
    ConsumerCase(
        name="ascii_identifier",
        bug="identifier.encode('ascii'): identifiers may be non-ASCII",
        buggy=integration_header_buggy,
        fixed=integration_header_fixed,
        raises=(UnicodeEncodeError,),
        example=_example({"identifier": "café-crème-x8Kd2bQ1"}),
    ),
    ConsumerCase(
        name="id_present",
        bug="payload['_id']: _id is optional",
        buggy=cache_key_buggy,
        fixed=cache_key_fixed,
        raises=(KeyError,),
        example=_example(drop=("_id",)),
    ),
    ConsumerCase(
        name="deleted_at_iso",
        bug="datetime.fromisoformat(deletedAt): deletedAt is a plain string",
        buggy=deleted_on_buggy,
        fixed=deleted_on_fixed,
        raises=(ValueError,),
        example=_example({"deleted": True, "deletedAt": "1712690910917"}),
    ),
    ConsumerCase(
        name="email_api_key",
        bug="credentials['apiKey'] for email: SMTP and webhook providers have none",
        buggy=email_client_buggy,
        fixed=email_client_fixed,
        raises=(KeyError,),
        example=_example({"providerId": "nodemailer", "credentials": _SMTP_CREDENTIALS}),
    ),
    ConsumerCase(
        name="varchar_255",
        bug="name and identifier stored in VARCHAR(255): strings have no length limit",
        buggy=store_row_buggy,
        fixed=store_row_fixed,
        raises=(DataError,),
        example=_example({"name": "Transactional email " * 20}),
    ),
    ConsumerCase(
        name="first_child",
        bug="condition['children'][0]: children may be []",
        buggy=describe_conditions_buggy,
        fixed=describe_conditions_fixed,
        raises=(IndexError,),
        example=_example(
            {"conditions": [{"isNegated": True, "type": "GROUP", "value": "OR", "children": []}]}
        ),
    ),
    ConsumerCase(
        name="tls_options_scalars",
        bug="frozenset(tlsOptions.items()): tlsOptions values are any JSON",
        buggy=tls_profile_buggy,
        fixed=tls_profile_fixed,
        raises=(TypeError,),
        example=_example(
            {
                "providerId": "nodemailer",
                "credentials": {**_SMTP_CREDENTIALS, "tlsOptions": {"ciphers": ["TLS_AES_128_GCM_SHA256"]}},
            }
        ),
    ),
    ConsumerCase(
        name="blank_name",
        bug="name.strip() required non-empty: blank names are valid",
        buggy=display_name_buggy,
        fixed=display_name_fixed,
        raises=(ValueError,),
        example=_example({"name": " \u00a0"}),
    ),
    ConsumerCase(
        name="provider_table",
        bug="fixed provider table: providerId is any string",
        buggy=provider_logo_buggy,
        fixed=provider_logo_fixed,
        raises=(KeyError,),
        example=_example({"providerId": "acme-mailer"}),
    ),
    ConsumerCase(
        name="object_id_hex",
        bug="int(_organizationId, 16): ids are plain strings",
        buggy=shard_buggy,
        fixed=shard_fixed,
        raises=(ValueError,),
        example=_example({"_organizationId": "org_2fG8aQ"}),
    ),
]

BUGS_BY_NAME: dict[str, ConsumerCase] = {case.name: case for case in BUGS}
