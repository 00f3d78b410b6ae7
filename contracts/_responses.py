"""Checking whole HTTP responses of the integrations endpoints: envelope, integrations, error bodies."""

from __future__ import annotations

import json
from typing import Any

import attrs

from contracts._checker import UnknownKeys, check, errors
from contracts._errors import Code, Violation
from contracts._recordings import Endpoint, Recording, endpoint_of
from contracts._report import json_type_name, pointer_token, short

# Novu's error body (api/exception-filter.ts): these keys always, with these JSON types.
_ERROR_REQUIRED = (("statusCode", "integer"), ("timestamp", "string"), ("path", "string"))
# ... and these when present: error/ctx (HttpExceptions), errors (validation), errorId (500s).
_ERROR_OPTIONAL = (("error", "string"), ("ctx", "object"), ("errors", "object"), ("errorId", "string"))


@attrs.frozen
class CheckedInteraction:
    """The outcome for one interaction with an integrations endpoint."""

    index: int
    request: str
    status: int
    endpoint: str
    violations: tuple[Violation, ...]

    @property
    def valid(self) -> bool:
        return not errors(list(self.violations))

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "request": self.request,
            "status": self.status,
            "endpoint": self.endpoint,
            "valid": self.valid,
            "violations": [violation.to_json() for violation in self.violations],
        }


@attrs.frozen
class RecordingReport:
    """Every integrations interaction of one recording, checked; the others counted as skipped."""

    source: str
    format: str
    contract: str
    checked: tuple[CheckedInteraction, ...]
    skipped: int

    @property
    def valid(self) -> bool:
        return all(interaction.valid for interaction in self.checked)

    def lines(self) -> list[str]:
        """One line per violation: ``file#index METHOD /path (status): /pointer: severity[code] message``."""
        return [
            f"{self.source}#{item.index} {item.request} ({item.status}): {violation.path or '(root)'}:"
            f" {violation.severity}[{violation.code}] {violation.message}"
            for item in self.checked
            for violation in item.violations
        ]


def check_recording(
    recording: Recording, *, contract: str, unknown_keys: UnknownKeys = "ignore"
) -> RecordingReport:
    """Check every interaction of ``recording`` with Novu's integrations endpoints."""
    checked = []
    skipped = 0
    for interaction in recording.interactions:
        endpoint = endpoint_of(interaction.method, interaction.path)
        if endpoint is None or not checkable_status(interaction.status):
            skipped += 1
            continue
        if interaction.body is None:
            why = interaction.body_problem or "the recording holds no response body"
            violations = [Violation("", Code.NOT_JSON, why, "a JSON body", "none")]
        else:
            violations = check_response(
                endpoint, interaction.status, interaction.body, contract=contract, unknown_keys=unknown_keys
            )
        checked.append(
            CheckedInteraction(
                interaction.index, interaction.request_line, interaction.status, endpoint.template,
                tuple(violations),
            )
        )  # fmt: skip
    return RecordingReport(recording.source, recording.format, contract, tuple(checked), skipped)


def checkable_status(status: int) -> bool:
    """Whether a response with ``status`` has a body to check: 2xx but 204, 4xx and 5xx."""
    return (200 <= status < 300 and status != 204) or 400 <= status < 600


def check_response(
    endpoint: Endpoint, status: int, body: bytes, *, contract: str, unknown_keys: UnknownKeys = "ignore"
) -> list[Violation]:
    """Every violation in one response ``body`` of ``endpoint``; paths are JSON Pointers into the body.

    A 2xx body must be the ``{"data": ...}`` envelope around what the endpoint returns (a
    list of integrations, one integration, or a boolean); a 4xx/5xx body Novu's error shape.
    """
    try:
        document = json.loads(body)
    except (ValueError, RecursionError) as error:
        return [Violation("", Code.NOT_JSON, f"the body is not JSON ({error})", "a JSON body", "not JSON")]
    if status >= 400:
        return check_error_body(document, status)
    if not isinstance(document, dict) or "data" not in document:
        return [
            Violation(
                "/data",
                Code.MISSING,
                'missing the {"data": ...} envelope Novu wraps every success body in',
                'an object with key "data"',
                short(document),
            )
        ]
    data = document["data"]
    if endpoint.body == "bool":
        if isinstance(data, bool):
            return []
        return [Violation("/data", Code.TYPE, f"expected boolean, got {short(data)}", "boolean", short(data))]
    if endpoint.body == "one":
        return _under("/data", check(data, unknown_keys=unknown_keys, contract=contract))
    if not isinstance(data, list):
        return [Violation("/data", Code.TYPE, f"expected array, got {short(data)}", "array", short(data))]
    out: list[Violation] = []
    for index, item in enumerate(data):
        out += _under(f"/data/{index}", check(item, unknown_keys=unknown_keys, contract=contract))
    return out


def _under(prefix: str, violations: list[Violation]) -> list[Violation]:
    return [attrs.evolve(violation, path=prefix + violation.path) for violation in violations]


def check_error_body(document: object, status: int) -> list[Violation]:
    """Violations of Novu's error body shape (``statusCode``, ``timestamp``, ``path``, ``message``, ...)."""
    if not isinstance(document, dict):
        found = short(document)
        return [Violation("", Code.TYPE, f"expected an error object, got {found}", "object", found)]
    out: list[Violation] = []
    for key, expected in _ERROR_REQUIRED:
        if key not in document:
            out.append(
                Violation(f"/{key}", Code.MISSING, f"missing required key {key!r} of Novu's error body",
                          expected, "absent")
            )  # fmt: skip
        elif not _is(document[key], expected):
            out.append(_mismatch(f"/{key}", document[key], expected))
    for key, expected in _ERROR_OPTIONAL:
        if key in document and not _is(document[key], expected):
            out.append(_mismatch(f"/{pointer_token(key)}", document[key], expected))
    message = document.get("message")
    if "message" not in document:
        out.append(Violation("/message", Code.MISSING, "missing required key 'message' of Novu's error body",
                             "string or array of strings", "absent"))  # fmt: skip
    elif not (isinstance(message, str) or _is_string_list(message)):
        out.append(_mismatch("/message", message, "string or array of strings"))
    code = document.get("statusCode")
    if type(code) is int and code != status:
        out.append(
            Violation("/statusCode", Code.ENUM, f"expected {status} (the response status), got {code}",
                      str(status), str(code))
        )  # fmt: skip
    return out


def _is(value: object, expected: str) -> bool:
    if expected == "integer":
        return type(value) is int
    return json_type_name(value) == expected


def _is_string_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _mismatch(path: str, value: object, expected: str) -> Violation:
    code = Code.NULL if value is None else Code.TYPE
    return Violation(path, code, f"expected {expected}, got {short(value)}", expected, short(value))
