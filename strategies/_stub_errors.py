"""Novu's error replies: the exception filter's body shapes, per kind of error (SERVER-SEMANTICS "Errors").

Every error body is ``{...ctx, statusCode, timestamp, path, message, ctx}`` (HttpException), a
422 ``Validation Error`` / ``Validation failed`` with ``errors``, a 429 with ``ctx: {}``, or a
500 with an ``errorId``; none is wrapped in ``data``.
"""

from __future__ import annotations

import uuid
from http import HTTPStatus
from typing import Any, Final

JsonDict = dict[str, Any]

INTERNAL_ERROR_MESSAGE: Final = "Internal server error, contact support and provide them with the errorId"
RATE_LIMIT_MESSAGE: Final = "API rate limit exceeded"
NO_VALUE_RECORDED: Final = "No Value Recorded"


class ApiError(Exception):
    """An error reply in one of Novu's shapes; ``kind`` picks the shape.

    - ``"http"``: a Nest HttpException (400, 401, 403, 404, 409, 413, ...); ``error`` is the
      status phrase (``"Not Found"``) or ``None`` when the exception carried none.
    - ``"validation"``: the global ValidationPipe's 422 (``errors.general``).
    - ``"command"``: a command's 422 (``errors.<field>``).
    - ``"rate-limit"``: the throttler's 429.
    - ``"internal"``: an unmapped error's 500, with an ``errorId``.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        kind: str = "http",
        error: str | None = "",
        errors: JsonDict | None = None,
        headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.kind = kind
        self.error = _phrase(status) if error == "" else error
        self.errors = errors
        self.headers = headers

    def body(self, *, path: str, timestamp: str, error_id: str) -> JsonDict:
        """The JSON body Novu's exception filter writes for this error."""
        if self.kind == "internal":
            return {
                "statusCode": self.status,
                "timestamp": timestamp,
                "path": path,
                "message": self.message,
                "errorId": error_id,
            }
        if self.kind in ("validation", "command", "rate-limit"):
            body: JsonDict = {
                "statusCode": self.status,
                "timestamp": timestamp,
                "path": path,
                "message": self.message,
                "ctx": {},
            }
            if self.errors is not None:
                body["errors"] = self.errors
            return body
        ctx: JsonDict = {"statusCode": self.status}
        if self.error is not None:
            ctx = {"error": self.error, **ctx}
        return {**ctx, "timestamp": timestamp, "path": path, "message": self.message, "ctx": dict(ctx)}


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def bad_request(message: str) -> ApiError:
    return ApiError(400, message)


def not_found(message: str) -> ApiError:
    return ApiError(404, message)


def conflict(message: str) -> ApiError:
    return ApiError(409, message)


def validation_error(messages: list[str]) -> ApiError:
    """The ValidationPipe's 422 for an invalid body: every message under ``errors.general``."""
    errors = {"general": {"messages": messages, "value": NO_VALUE_RECORDED}}
    return ApiError(422, "Validation Error", kind="validation", errors=errors)


def command_error(field: str, message: str, value: Any) -> ApiError:
    """A command's 422 (``Validation failed``), e.g. a malformed ``integrationId`` on set-primary."""
    errors = {field: {"messages": [message], "value": value}}
    return ApiError(422, "Validation failed", kind="command", errors=errors)


def internal_error() -> ApiError:
    """An error Novu does not map (e.g. Mongo's CastError): 500 with an ``errorId``."""
    return ApiError(500, INTERNAL_ERROR_MESSAGE, kind="internal")


def rate_limited(headers: tuple[tuple[str, str], ...]) -> ApiError:
    return ApiError(429, RATE_LIMIT_MESSAGE, kind="rate-limit", headers=headers)


def cast_error_message(value: str) -> str:
    """Mongoose's CastError text for a malformed ``_id`` (logged by the real server, not sent)."""
    return f'Cast to ObjectId failed for value "{value}" (type string) at path "_id" for model "Integration"'


def error_ids(seed: str) -> Any:
    """A deterministic stream of uuid4-shaped ``errorId`` values for one stub."""
    import random

    rng = random.Random(f"novu-stub-error-ids:{seed}")  # noqa: S311 - test ids, not secrets
    while True:
        yield str(uuid.UUID(int=rng.getrandbits(128), version=4))
