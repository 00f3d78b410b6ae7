"""A stub of Novu's integrations API: in memory, over real HTTP, for consumer tests in any language.

    with NovuStub() as stub:
        stub.seed_generated(10, seed=1)
        novu = novu_py.Novu(secret_key="fake-key", server_url=stub.url)
        novu.integrations.list()

Standard library only (``http.server``). It answers the six integration endpoints the way the
real API does (``{"data": ...}`` envelopes, soft delete, generated ids and identifiers, JSON error
bodies in the shape of Novu's ``ErrorDto`` / ``ValidationErrorDto``), and every integration it
stores or sends passes ``contracts.check``.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import math
import random
import re
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, ClassVar, Final
from urllib.parse import unquote, urlsplit

from contracts import check
from contracts.errors import ContractError, Violation
from contracts.models import Channel
from strategies._text import ALNUM, slug
from strategies.providers import provider

JsonDict = dict[str, Any]

ENDPOINTS: Final = (
    ("GET", "/v1/integrations", "200, every integration that is not deleted"),
    ("GET", "/v1/integrations/active", "200, the active ones"),
    ("POST", "/v1/integrations", "201, create (providerId and channel required)"),
    ("PUT", "/v1/integrations/{id}", "200, update name/identifier/active/credentials/conditions"),
    ("DELETE", "/v1/integrations/{id}", "200, soft delete; returns the remaining integrations"),
    ("POST", "/v1/integrations/{id}/set-primary", "200, primary within its channel and environment"),
)
"""(method, path, what it does) of every endpoint the stub serves."""

MAX_BODY_BYTES: Final = 10 * 1024 * 1024

# Credential keys the real API stores encrypted and echoes in that form in write replies (CONTRACT.md).
SECRET_CREDENTIALS: Final = ("apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount")

_OBJECT_ID = re.compile(r"[0-9a-f]{24}")
# The request fields of novu-py's CreateIntegrationRequestDto and UpdateIntegrationRequestDto.
_CREATE_FIELDS = frozenset(
    {
        "providerId",
        "channel",
        "name",
        "identifier",
        "credentials",
        "active",
        "check",
        "conditions",
        "_environmentId",
    }
)
# "check" asks the real API to try the credentials on the provider; the stub ignores it.
_UPDATE_FIELDS = frozenset(
    {
        "name",
        "identifier",
        "active",
        "credentials",
        "conditions",
        "check",
        "_environmentId",
        "removeNovuBranding",
    }
)
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


@dataclass(frozen=True, slots=True)
class StubRequest:
    """One request the stub answered.

    ``body`` is the request body as parsed JSON, the raw text if it was not JSON, or ``None``
    if there was none.
    """

    method: str
    path: str
    status: int
    body: Any = None


@dataclass(slots=True)
class _Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class _ApiError(Exception):
    """An error reply: the API's ErrorDto body, or ValidationErrorDto when ``errors`` is set."""

    def __init__(
        self, status: int, message: str, *, errors: JsonDict | None = None, allow: str | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors
        self.allow = allow


class _ObjectIds:
    """24-hex MongoDB ObjectIds from a seeded generator: a timestamp, then a counter.

    The middle (per-process random) bytes are zero, as in ``strategies._text.object_id``,
    so that secret scanners do not take the ids for keys.
    """

    def __init__(self, rng: random.Random) -> None:
        self._seconds = rng.randint(1_577_836_800, 1_767_225_600)  # 2020 .. 2026
        self._counter = rng.randint(0, 0xFFFFFF)

    def __next__(self) -> str:
        self._counter += 1
        if self._counter > 0xFFFFFF:
            self._counter, self._seconds = 0, self._seconds + 1
        return f"{self._seconds:08x}{0:010x}{self._counter:06x}"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    """ISO-8601 UTC with milliseconds, as the API writes ``createdAt`` and ``deletedAt``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _stored_secret(value: str) -> str:
    """The ``nvsk.<iv>:<ciphertext>`` form a secret credential takes in write replies (fake, stable)."""
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
    return f"nvsk.{digest[:32]}:{digest[32:]}"


def _loads(text: str) -> Any:
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


class NovuStub:
    """An in-memory Novu integrations API served over HTTP on ``host`` (``port=0``: a free port).

    Use it as a context manager, or call ``start()`` and ``stop()``. The endpoints are listed in
    ``ENDPOINTS``; bodies are ``{"data": ...}`` like the real API's. As there, GET replies carry
    credentials as stored by ``add`` or sent by the client, while write replies (POST, PUT,
    set-primary) carry ``id`` (equal to ``_id``) and secret credentials in Novu's encrypted
    ``nvsk.`` form. Ids and identifiers come from a generator seeded by ``seed``;
    ``clock`` gives ``createdAt``/``updatedAt``/``deletedAt`` and error timestamps.

    Thread-safe: the store and the request log sit behind one lock.
    """

    def __init__(
        self,
        payloads: Iterable[JsonDict] = (),
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int | str = 0,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._host = host
        self._port = port
        self._clock = clock
        self._lock = threading.Lock()
        self._rng = random.Random(f"novu-stub:{seed}")  # noqa: S311 - test ids, not secrets
        self._ids = _ObjectIds(self._rng)
        self._organization_id = next(self._ids)
        self._environment_id = next(self._ids)
        self._store: dict[str, JsonDict] = {}
        self._log: list[StubRequest] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        for payload in payloads:
            self.add(payload)

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> NovuStub:
        """Bind the port and serve in a background thread; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("the stub is already running")
        server = _Server((self._host, self._port), self)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="novu-stub", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; does nothing if not running."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._server = self._thread = None
        server.shutdown()
        server.close_connections()
        server.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> NovuStub:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the stub is serving."""
        return self._server is not None

    @property
    def port(self) -> int:
        """The port the stub listens on (the one picked, if constructed with ``port=0``)."""
        if self._server is None:
            raise RuntimeError("the stub is not running; call start() or use it in a with block")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The base URL to give a client, e.g. ``http://127.0.0.1:50123``."""
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    # --- the store --------------------------------------------------------------------------

    @property
    def environment_id(self) -> str:
        """The ``_environmentId`` of integrations created without one."""
        return self._environment_id

    @property
    def organization_id(self) -> str:
        """The ``_organizationId`` of created integrations."""
        return self._organization_id

    def integrations(self) -> list[JsonDict]:
        """A copy of every stored wire payload, soft-deleted ones included, in insertion order."""
        with self._lock:
            return copy.deepcopy(list(self._store.values()))

    def add(self, payload: JsonDict) -> JsonDict:
        """Store a copy of ``payload`` (given a fresh ``_id`` if it has none); returns the copy.

        Raises ``ValueError`` (a ``ContractError`` for contract violations) if the payload
        breaks the contract, is not JSON, or reuses a stored ``_id``.
        """
        record = self._validated_copy(payload)
        with self._lock:
            if "_id" not in record:
                record = {"_id": self._fresh_id(), **record}
            elif record["_id"] in self._store:
                raise ValueError(f"an integration with _id {record['_id']!r} is already stored")
            self._store[record["_id"]] = record
            return copy.deepcopy(record)

    def seed_generated(self, count: int, seed: int | str, *, edge_cases: bool = True) -> list[JsonDict]:
        """Add ``count`` generated, live integrations; returns copies of them.

        The payloads are ``strategies.sample_payloads(seed, count, extra_keys=True,
        deleted=False)``: realistic, and with the contract's edge cases in their strings
        unless ``edge_cases=False``. Each gets a unique 24-hex ``_id`` so it can be addressed.
        """
        from strategies.payloads import sample_payloads

        payloads = sample_payloads(seed, count, extra_keys=True, deleted=False, edge_cases=edge_cases)
        records = [self._validated_copy(payload) for payload in payloads]
        added: list[JsonDict] = []
        with self._lock:
            for record in records:
                # Edge-case ids ("", emoji, 10k chars) cannot be put in a URL path; duplicates clash.
                given = record.pop("_id", None)
                usable = isinstance(given, str) and _OBJECT_ID.fullmatch(given) and given not in self._store
                identifier = str(given) if usable else self._fresh_id()
                stored = {"_id": identifier, **record}
                if "id" in stored:
                    stored["id"] = identifier
                self._store[identifier] = stored
                added.append(stored)
            return copy.deepcopy(added)

    def clear(self) -> None:
        """Forget every integration and every logged request."""
        with self._lock:
            self._store.clear()
            self._log.clear()

    @property
    def requests(self) -> list[StubRequest]:
        """A copy of the request log, oldest first."""
        with self._lock:
            return list(self._log)

    def _validated_copy(self, payload: object) -> JsonDict:
        errors = check(payload, unknown_keys="ignore")
        if errors:
            raise ContractError(errors)
        try:
            # A JSON round trip both copies and proves the unknown keys are JSON too.
            record: JsonDict = json.loads(json.dumps(payload, allow_nan=False))
        except (TypeError, ValueError) as error:
            raise ValueError(f"the payload is not JSON: {error}") from None
        return record

    def _fresh_id(self) -> str:
        while (identifier := next(self._ids)) in self._store:
            pass
        return identifier

    # --- the API (called by the request handler) --------------------------------------------

    def _handle(self, method: str, target: str, raw: bytes) -> tuple[_Reply, bytes]:
        """Answer one request; returns the reply and its encoded body, and logs the request."""
        body = _logged_body(raw)
        with self._lock:
            try:
                reply = self._route(method, target, raw)
            except _ApiError as problem:
                reply = self._problem_reply(problem, target)
            except Exception as error:
                # A bug in the stub: answer as the real API's 500s do, and show it (not quiet here).
                traceback.print_exc()
                reply = self._problem_reply(_ApiError(500, f"stub error: {error!r}"), target)
            encoded = _encode(reply.body)
            self._log.append(StubRequest(method, target, reply.status, body))
        return reply, encoded

    def _record_error(self, method: str, target: str, problem: _ApiError) -> tuple[_Reply, bytes]:
        """Answer a request the handler rejected before routing (bad framing, huge body)."""
        with self._lock:
            reply = self._problem_reply(problem, target)
            self._log.append(StubRequest(method, target, reply.status, None))
        return reply, json.dumps(reply.body).encode("utf-8")

    def _problem_reply(self, problem: _ApiError, target: str) -> _Reply:
        body: JsonDict = {
            "statusCode": problem.status,
            "timestamp": _iso(self._clock()),
            "path": target,
            "message": problem.message,
        }
        if problem.errors is not None:
            body["errors"] = problem.errors
        headers = {"Allow": problem.allow} if problem.allow else {}
        return _Reply(problem.status, body, headers)

    def _route(self, method: str, target: str, raw: bytes) -> _Reply:
        path = urlsplit(target).path
        if len(path) > 1:
            path = path.rstrip("/")  # Express routes ignore one trailing slash; so does the stub.
        lookup = "GET" if method == "HEAD" else method
        allowed: list[str] = []
        for pattern, handlers in _ROUTES:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            handler = handlers.get(lookup)
            if handler is not None:
                return handler(self, raw, *(unquote(group) for group in match.groups()))
            allowed += handlers
        if allowed:
            methods = ", ".join(sorted({*allowed, *(["HEAD"] if "GET" in allowed else [])}))
            raise _ApiError(405, f"Cannot {method} {path}: use {methods}", allow=methods)
        raise _ApiError(404, f"Cannot {method} {path}")

    def _list(self, raw: bytes) -> _Reply:
        return _Reply(200, {"data": self._live()})

    def _list_active(self, raw: bytes) -> _Reply:
        return _Reply(200, {"data": [r for r in self._live() if r["active"] is True]})

    def _create(self, raw: bytes) -> _Reply:
        fields = _request_fields(raw, _CREATE_FIELDS, required=("providerId", "channel"))
        now = _iso(self._clock())
        provider_id: str = fields["providerId"]
        known = provider(provider_id)
        name: str = fields.get("name", known.display_name if known else provider_id)
        record: JsonDict = {
            "_id": self._fresh_id(),
            "_environmentId": fields.get("_environmentId", self._environment_id),
            "_organizationId": self._organization_id,
            "name": name,
            # As in the real API, an empty identifier is replaced by a generated one too.
            "identifier": fields.get("identifier") or self._identifier(name),
            "providerId": provider_id,
            "channel": fields["channel"],
            "credentials": fields.get("credentials", {}),
            "active": fields.get("active", False),
            "deleted": False,
            "primary": False,
            "conditions": fields.get("conditions", []),
            "createdAt": now,
            "updatedAt": now,
            "__v": 0,
        }
        self._store[record["_id"]] = record
        return _Reply(201, {"data": _write_reply(record)})

    def _update(self, raw: bytes, integration_id: str) -> _Reply:
        # Like the real API's ValidationPipe, a bad body is reported before a missing id.
        fields = _request_fields(raw, _UPDATE_FIELDS, required=())
        record = self._live_record(integration_id)
        fields.pop("check", None)
        record.update(fields)
        record["updatedAt"] = _iso(self._clock())
        return _Reply(200, {"data": _write_reply(record)})

    def _delete(self, raw: bytes, integration_id: str) -> _Reply:
        record = self._live_record(integration_id)
        now = _iso(self._clock())
        record.update(deleted=True, deletedAt=now, updatedAt=now)
        return _Reply(200, {"data": self._live()})

    def _set_primary(self, raw: bytes, integration_id: str) -> _Reply:
        record = self._live_record(integration_id)
        now = _iso(self._clock())
        for other in self._live():
            same_group = (other["channel"], other["_environmentId"]) == (
                record["channel"],
                record["_environmentId"],
            )
            if same_group and other is not record and other["primary"]:
                other.update(primary=False, updatedAt=now)
        record.update(primary=True, updatedAt=now)
        return _Reply(200, {"data": _write_reply(record)})

    def _live(self) -> list[JsonDict]:
        return [record for record in self._store.values() if record["deleted"] is not True]

    def _live_record(self, integration_id: str) -> JsonDict:
        record = self._store.get(integration_id)
        if record is None or record["deleted"] is True:
            raise _ApiError(404, f"Integration with id {integration_id} not found")
        return record

    def _identifier(self, name: str) -> str:
        """``<slug of name>-<8 random alnum>``, as the real API makes identifiers."""
        return f"{slug(name)}-{''.join(self._rng.choices(ALNUM, k=8))}"


_Handler = Callable[..., _Reply]
_ROUTES: tuple[tuple[re.Pattern[str], dict[str, _Handler]], ...] = (
    (re.compile(r"/v1/integrations"), {"GET": NovuStub._list, "POST": NovuStub._create}),
    (re.compile(r"/v1/integrations/active"), {"GET": NovuStub._list_active}),
    (re.compile(r"/v1/integrations/([^/]+)"), {"PUT": NovuStub._update, "DELETE": NovuStub._delete}),
    (re.compile(r"/v1/integrations/([^/]+)/set-primary"), {"POST": NovuStub._set_primary}),
)


def _encode(body: Any) -> bytes:
    try:
        return json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        # A client stored a lone surrogate ("\\ud800"): escaped output is still valid JSON.
        return json.dumps(body).encode("ascii")


def _logged_body(raw: bytes) -> Any:
    if not raw:
        return None
    text = raw.decode("utf-8", "replace")
    try:
        return _loads(text)
    except (ValueError, RecursionError):
        return text


def _request_fields(raw: bytes, allowed: frozenset[str], *, required: tuple[str, ...]) -> JsonDict:
    """The known fields of a create/update body, validated; raises 400 or 422 ``_ApiError``s.

    Unknown keys are dropped and ``null`` counts as absent, as class-validator's
    ``@IsOptional`` and the API's whitelisting ValidationPipe do.
    """
    if not raw.strip():
        body: Any = {}  # An empty body reaches the real API's validation as {}.
    else:
        try:
            body = _loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise _ApiError(400, "the request body is not UTF-8") from None
        except json.JSONDecodeError as error:
            raise _ApiError(400, f"malformed JSON in the request body: {error}") from None
        except (ValueError, RecursionError) as error:
            raise _ApiError(400, f"malformed JSON in the request body: {error}") from None
    if not isinstance(body, dict):
        message = f"the request body must be a JSON object, not {_json_type(body)}"
        raise _ApiError(422, "Validation Error", errors={"body": {"messages": [message]}})
    fields = {
        key: copy.deepcopy(value) for key, value in body.items() if key in allowed and value is not None
    }
    errors: JsonDict = {}
    for key in _BOOLEAN_REQUEST_FIELDS:
        if key in fields and type(fields[key]) is not bool:
            message = f"expected boolean, got {_json_type(fields[key])}"
            errors[key] = {"messages": [message], "value": _reportable(fields[key])}
    candidate = {key: value for key, value in _TEMPLATE.items() if key not in required}
    candidate.update((key, value) for key, value in fields.items() if key not in _BOOLEAN_REQUEST_FIELDS)
    for violation in check(candidate, unknown_keys="ignore"):
        _add_violation(errors, violation, candidate)
    if errors:
        raise _ApiError(422, "Validation Error", errors=errors)
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
    return f"{_json_type(value)} of {len(value)} items" if isinstance(value, list) else str(value)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


def _write_reply(record: JsonDict) -> JsonDict:
    """What POST, PUT and set-primary send: the stored form, with ``id`` and encrypted secrets."""
    reply = dict(record)
    if "_id" in reply:
        reply["id"] = reply["_id"]
    credentials = dict(record["credentials"])
    for key in SECRET_CREDENTIALS:
        value = credentials.get(key)
        if isinstance(value, str) and value:
            credentials[key] = _stored_secret(value)
    reply["credentials"] = credentials
    return reply


# --- HTTP -------------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    """The threaded HTTP server of one stub; it keeps track of open connections to close them on stop."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], stub: NovuStub) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.stub = stub
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Wake handler threads blocked on idle keep-alive connections, so they end."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):  # Already closed by the client.
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients hanging up mid-reply are routine; anything else is a stub bug worth printing.
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # Keep-alive, as clients' connection pools expect.
    server_version = "novu-contracts-stub"
    sys_version = ""
    timeout = 60  # Idle keep-alive connections end after a minute.
    server: _Server
    _METHODS: ClassVar[tuple[str, ...]] = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")

    def do_GET(self) -> None:
        self._dispatch()

    # Every method goes through one router, which answers 405 where a route does not take it.
    do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_GET  # noqa: N815

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle's algorithm meets the
        # client's delayed ACK and every keep-alive request waits ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _dispatch(self) -> None:
        try:
            raw = self._read_body()
        except _ApiError as problem:
            self.close_connection = True  # The rest of the stream cannot be trusted to be a request.
            self._send(*self.server.stub._record_error(self.command, self.path, problem))
            return
        self._send(*self.server.stub._handle(self.command, self.path, raw))

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            return b""
        try:
            length = int(length_header)
        except ValueError:
            raise _ApiError(400, f"Content-Length {length_header!r} is not a number") from None
        if length < 0:
            raise _ApiError(400, f"Content-Length {length} is negative")
        if length > MAX_BODY_BYTES:
            raise _ApiError(413, f"the request body exceeds {MAX_BODY_BYTES} bytes")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                raise _ApiError(400, "malformed chunked request body") from None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # Trailer fields: nothing the stub needs.
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                raise _ApiError(413, f"the request body exceeds {MAX_BODY_BYTES} bytes")
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _send(self, reply: _Reply, encoded: bytes) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(encoded)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(encoded)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors http.server raises itself (bad request line, unknown method): JSON like the rest."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            # An unparsable request line leaves http.server assuming HTTP/0.9, which has no
            # status line or headers; answer in HTTP/1.1 so the client can read the error.
            self.request_version = self.protocol_version
        method = getattr(self, "command", None) or "?"
        target = getattr(self, "path", None) or ""
        problem = _ApiError(405 if code == 501 else code, message or explain or "Bad request")
        if code == 501:
            problem.allow = ", ".join(self._METHODS)
        self._send(*self.server.stub._record_error(method, target, problem))

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the stub logs requests in ``NovuStub.requests``, not on stderr."""
