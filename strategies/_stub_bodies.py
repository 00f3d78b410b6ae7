"""Request bodies of the stub: strict, bounded JSON in; create/update fields validated as Novu's DTOs do.

The request fields derive from the contract's shape tree (``contracts.contract(v).shape``): every
field of the response declaration a client may send, plus the documented request-only fields
(``check``, ``removeNovuBranding``). A field added to the declaration reaches create and update
with no change here. Messages are class-validator's (SERVER-SEMANTICS "POST /v1/integrations").
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Any, Final

import attrs

import contracts
from contracts._reading import UnreadableJsonError, loads_tracking_duplicates
from contracts._reading import encode as encode_json
from contracts._report import json_type_name
from contracts._shape import (
    BooleanShape,
    EnumShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    StringShape,
    object_shape,
)
from contracts._versions import on_forget
from strategies._stub_errors import ApiError, bad_request, validation_error

JsonDict = dict[str, Any]

MAX_BODY_BYTES: Final = 10 * 1024 * 1024
"""Request bodies above this many bytes get a 413 reply."""
MAX_DEPTH: Final = 64
"""JSON nested deeper than this (objects and arrays) gets a 400 reply, before it is parsed."""

# Fields of the response the server sets itself; a client cannot send them.
SERVER_OWNED: Final = frozenset({"_id", "_organizationId", "deleted", "deletedAt", "deletedBy", "primary"})
# Fields create requires (IsDefined) and update ignores (UpdateIntegrationRequestDto lacks them).
REQUIRED_ON_CREATE: Final = ("providerId", "channel")
# Request-only fields (not in the response): CreateIntegrationRequestDto / UpdateIntegrationRequestDto.
_CREATE_ONLY: Final = {"check": BooleanShape()}
_UPDATE_ONLY: Final = {"check": BooleanShape(), "removeNovuBranding": BooleanShape()}
# Request rules the response declaration cannot tell: IsMongoId, and TransformToBoolean's "true"/"false".
_MONGO_ID_FIELDS: Final = frozenset({"_environmentId"})
_STRING_BOOLEANS: Final = frozenset({"credentials.secure", "credentials.requireTls", "credentials.ignoreTls"})
_MONGO_ID = re.compile(r"[0-9a-fA-F]{24}")


@attrs.frozen
class RequestField:
    """One field a create or update body may carry: its wire key, shape and whether it is required."""

    wire: str
    shape: Shape
    required: bool = False


def create_fields(contract: str) -> tuple[RequestField, ...]:
    """The fields of ``POST /v1/integrations``, derived from ``contract``'s declaration."""
    return _create_fields(contracts.contract(contract).root)


def update_fields(contract: str) -> tuple[RequestField, ...]:
    """The fields of ``PUT /v1/integrations/{id}``: create's, minus providerId/channel, all optional."""
    return _update_fields(contracts.contract(contract).root)


@cache
def _create_fields(root: type) -> tuple[RequestField, ...]:
    fields = [
        RequestField(field.wire, field.shape, required=field.wire in REQUIRED_ON_CREATE)
        for field in object_shape(root).fields
        if field.wire not in SERVER_OWNED
    ]
    return (*fields, *(RequestField(wire, shape) for wire, shape in _CREATE_ONLY.items()))


@cache
def _update_fields(root: type) -> tuple[RequestField, ...]:
    fields = [
        RequestField(field.wire, field.shape)
        for field in object_shape(root).fields
        if field.wire not in SERVER_OWNED and field.wire not in REQUIRED_ON_CREATE
    ]
    return (*fields, *(RequestField(wire, shape) for wire, shape in _UPDATE_ONLY.items()))


def _forget(contract: contracts.Contract) -> None:
    """Drop the request fields of a contract that left the registry (a temporary one)."""
    _create_fields.cache_clear()
    _update_fields.cache_clear()


on_forget(_forget)


# --- reading JSON ----------------------------------------------------------------------------


def read_json(raw: bytes) -> Any:
    """A request body as JSON: UTF-8, at most ``MAX_DEPTH`` deep, no duplicate keys, finite numbers.

    Raises a 400 ``ApiError`` naming the problem; never a ``RecursionError``.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise bad_request("the request body is not UTF-8") from None
    depth = nesting_depth(text)
    if depth > MAX_DEPTH:
        raise bad_request(f"the request body is nested {depth} levels deep; the limit is {MAX_DEPTH}")
    try:
        value, duplicates = loads_tracking_duplicates(text, "the request body")
    except UnreadableJsonError as error:
        raise bad_request(f"malformed JSON in the request body: {error.reason}") from None
    if duplicates:
        # Parsers disagree on which of two equal keys wins, so the body means nothing certain.
        raise bad_request(f"duplicate key at {duplicates[0]} in the request body")
    if not _finite_numbers(value):
        raise bad_request("malformed JSON in the request body: a number too large for a double")
    return value


def _finite_numbers(value: Any) -> bool:
    """Whether every float in ``value`` is finite (``1e400`` reads as infinity); no recursion."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, float) and not math.isfinite(node):
            return False
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return True


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def nesting_depth(text: str) -> int:
    """How deeply arrays and objects nest in ``text`` (strings skipped); linear, no recursion."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def encode(body: Any) -> bytes:
    """A reply body as UTF-8 JSON (a lone surrogate a client stored comes out escaped)."""
    return encode_json(body)


def logged_body(raw: bytes) -> Any:
    """A request body as the request log keeps it: parsed JSON, else the text, else None."""
    if not raw:
        return None
    try:
        return read_json(raw)
    except ApiError:
        return raw.decode("utf-8", "replace")


# --- validating create and update bodies -----------------------------------------------------


def request_fields(raw: bytes, fields: tuple[RequestField, ...], *, null_is_absent: bool = True) -> JsonDict:
    """The known fields of a create/update body, validated as Novu's ValidationPipe does.

    Unknown keys are dropped and ``null`` counts as absent (``@IsOptional``) unless
    ``null_is_absent=False`` (contract-only: the document has no nullable request field); a bad
    body is a 422 ``Validation Error`` with class-validator's messages under ``errors.general``.
    """
    body: Any = read_json(raw) if raw.strip() else {}  # An empty body reaches validation as {}.
    if not isinstance(body, dict):
        # body-parser's strict mode refuses top-level scalars; the stub refuses arrays as well.
        raise bad_request(f"the request body must be a JSON object, not {json_type(body)}")
    messages: list[str] = []
    accepted: JsonDict = {}
    for field in fields:
        value = body.get(field.wire)
        if value is None and field.wire in body and not null_is_absent and not field.required:
            messages += _messages(field.wire, value, field.shape)
            continue
        if value is None:
            if field.required:
                messages.append(f"{field.wire} should not be null or undefined")
                messages += _messages(field.wire, value, field.shape)
            continue
        value = _transform(field.wire, value)
        problems = _messages(field.wire, value, field.shape, null_is_absent=null_is_absent)
        if field.wire in _MONGO_ID_FIELDS and not (isinstance(value, str) and _MONGO_ID.fullmatch(value)):
            problems.append(f"{field.wire} must be a mongodb id")
        messages += problems
        if not problems:
            accepted[field.wire] = _without_nulls(value, field.shape)
    if messages:
        raise validation_error(messages)
    return accepted


def _transform(path: str, value: Any) -> Any:
    """class-transformer's ``TransformToBoolean`` on the credentials flags that have it."""
    if isinstance(value, dict) and path == "credentials":
        return {
            key: {"true": True, "false": False}.get(item, item)
            if f"{path}.{key}" in _STRING_BOOLEANS and isinstance(item, str)
            else item
            for key, item in value.items()
        }
    return value


def _messages(path: str, value: Any, shape: Shape, *, null_is_absent: bool = True) -> list[str]:
    """class-validator's messages for ``value`` at ``path`` (``credentials.apiKey``), or ``[]``."""
    if isinstance(shape, StringShape):
        return [] if isinstance(value, str) else [f"{path} must be a string"]
    if isinstance(shape, BooleanShape):
        return [] if isinstance(value, bool) else [f"{path} must be a boolean value"]
    if isinstance(shape, EnumShape):
        if isinstance(value, str) and value in shape.values:
            return []
        return [f"{path} must be one of the following values: {', '.join(shape.values)}"]
    if isinstance(shape, FreeObjectShape):
        return [] if isinstance(value, dict) else [f"{path} must be an object"]
    if isinstance(shape, ObjectShape):
        if not isinstance(value, dict):
            return [f"nested property {path} must be either object or array"]
        out: list[str] = []
        for field in shape.fields:
            item = value.get(field.wire)
            if item is not None or (field.wire in value and not null_is_absent):
                out += _messages(f"{path}.{field.wire}", item, field.shape, null_is_absent=null_is_absent)
        return out
    # An array: conditions' items are only required to be objects (SERVER-SEMANTICS, POST table).
    if not isinstance(value, list):
        return [f"{path} must be an array"]
    if isinstance(shape.items, ObjectShape):
        nested = f"{path}.each value in nested property {path} must be either object or array"
        return [nested] if any(not isinstance(item, dict) for item in value) else []
    return [message for item in value for message in _messages(f"each value in {path}", item, shape.items)]


def _without_nulls(value: Any, shape: Shape) -> Any:
    """An accepted value with ``null`` members of declared objects dropped (they mean "absent")."""
    if isinstance(shape, ObjectShape) and isinstance(value, dict):
        return {key: item for key, item in value.items() if item is not None}
    return value


def json_type(value: Any) -> str:
    """The JSON type of a parsed value, with its article: "a string", "an array", "null"."""
    name = json_type_name(value)
    return name if name == "null" else f"{'an' if name[0] in 'aeiou' else 'a'} {name}"
