"""Request and reply bodies of the stub: strict JSON in, validated request fields, error replies."""

from __future__ import annotations

import copy
import json
import math
from dataclasses import dataclass, field
from typing import Any, Final

from contracts import check
from contracts._errors import Violation
from contracts._models import Channel
from contracts._reading import encode as encode_json
from contracts._report import json_type_name

JsonDict = dict[str, Any]

MAX_BODY_BYTES: Final = 10 * 1024 * 1024
"""Request bodies above this many bytes get a 413 reply."""

# Request fields outside the response contract, checked here instead of by contracts.check.
_BOOLEAN_REQUEST_FIELDS = ("check", "removeNovuBranding")
# The request fields are validated by merging them into this valid record and checking the result.
_TEMPLATE: JsonDict = {
    "_environmentId": "0" * 24,
    "_organizationId": "0" * 24,
    "name": "template",
    "identifier": "template",
    "providerId": "template",
    "channel": Channel.EMAIL.value,
    "credentials": {},
    "active": False,
    "deleted": False,
    "primary": False,
}


@dataclass(slots=True)
class Reply:
    """A reply before encoding: status, JSON body and extra headers."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class ApiError(Exception):
    """An error reply: the API's ErrorDto body, or ValidationErrorDto when ``errors`` is set."""

    def __init__(
        self, status: int, message: str, *, errors: JsonDict | None = None, allow: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors
        self.allow = allow


def loads(text: str) -> Any:
    """Strict JSON: no NaN/Infinity, and no number too large for a float (``1e999``).

    Python's ``json`` accepts both; stored, they would make every later reply invalid JSON.
    """
    return json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text} is too large")
    return value


def encode(body: Any) -> bytes:
    """A reply body as UTF-8 JSON (a lone surrogate a client stored comes out escaped)."""
    return encode_json(body)


def logged_body(raw: bytes) -> Any:
    """A request body as the request log keeps it: parsed JSON, else the text, else None."""
    if not raw:
        return None
    text = raw.decode("utf-8", "replace")
    try:
        return loads(text)
    except (ValueError, RecursionError):
        return text


def request_fields(raw: bytes, allowed: frozenset[str], *, required: tuple[str, ...]) -> JsonDict:
    """The known fields of a create/update body, validated; raises 400 or 422 ``ApiError``s.

    Unknown keys are dropped and ``null`` counts as absent, as class-validator's
    ``@IsOptional`` and the API's whitelisting ValidationPipe do.
    """
    if not raw.strip():
        body: Any = {}  # An empty body reaches the real API's validation as {}.
    else:
        try:
            body = loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise ApiError(400, "the request body is not UTF-8") from None
        except json.JSONDecodeError as error:
            raise ApiError(400, f"malformed JSON in the request body: {error}") from None
        except (ValueError, RecursionError) as error:
            raise ApiError(400, f"malformed JSON in the request body: {error}") from None
    if not isinstance(body, dict):
        message = f"the request body must be a JSON object, not {json_type(body)}"
        raise ApiError(422, "Validation Error", errors={"body": {"messages": [message]}})
    fields = {
        key: copy.deepcopy(value) for key, value in body.items() if key in allowed and value is not None
    }
    errors: JsonDict = {}
    for key in _BOOLEAN_REQUEST_FIELDS:
        if key in fields and type(fields[key]) is not bool:
            message = f"expected boolean, got {json_type(fields[key])}"
            errors[key] = {"messages": [message], "value": _reportable(fields[key])}
    candidate = {key: value for key, value in _TEMPLATE.items() if key not in required}
    candidate.update((key, value) for key, value in fields.items() if key not in _BOOLEAN_REQUEST_FIELDS)
    for violation in check(candidate, unknown_keys="ignore"):
        _add_violation(errors, violation, candidate)
    if errors:
        raise ApiError(422, "Validation Error", errors=errors)
    return fields


def _add_violation(errors: JsonDict, violation: Violation, candidate: JsonDict) -> None:
    """File a contract violation under its field path (``credentials.port``), with the bad value."""
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in violation.path.split("/")[1:]]
    entry = errors.setdefault(".".join(tokens), {"messages": []})
    entry["messages"].append(violation.message)
    value: Any = candidate
    for token in tokens:
        if isinstance(value, dict) and token in value:
            value = value[token]
        elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
            value = value[int(token)]
        else:
            return  # A missing key: there is no value to report.
    entry["value"] = _reportable(value)


def _reportable(value: Any) -> Any:
    """``value`` if novu-py's ``ConstraintValidation.value`` can parse it, else a description."""
    scalar = (str, int, float, bool, dict)
    if value is None or isinstance(value, scalar):
        return value
    if isinstance(value, list) and all(item is None or isinstance(item, scalar) for item in value):
        return value
    return f"{json_type(value)} of {len(value)} items" if isinstance(value, list) else str(value)


def json_type(value: Any) -> str:
    """The JSON type of a parsed value, with its article: "a string", "an array", "null"."""
    name = json_type_name(value)
    return name if name == "null" else f"{'an' if name[0] in 'aeiou' else 'a'} {name}"
