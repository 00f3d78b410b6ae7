"""A stub of Novu's integrations API: in memory, in-process or over real HTTP, for consumer tests.

    with NovuStub(secret_key="test-key") as stub:
        stub.seed_generated(10, seed=1)
        novu = novu_py.Novu(secret_key="test-key", server_url=stub.url)
        novu.integrations.list()

``NovuStub.answer`` is the whole stub behind a transport-neutral call (``StubCall`` in,
``StubAnswer`` out): faults, auth, routing, the endpoints' rules and the request log. The
threaded HTTP server (``start()``) and the in-process mocks are adapters over it. The rules follow
the real server (``strategies._stub_routes``), quirks included unless ``contract_only=True``.
"""

from __future__ import annotations

import copy
import hmac
import json
import random
import re
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import unquote, urlsplit

import attrs

import contracts
from contracts._errors import ContractError
from contracts._reading import dumps
from contracts._secrets import ALWAYS_SECRET_HEADERS
from strategies._faults import Fault, FaultPlan
from strategies._stub_bodies import MAX_BODY_BYTES as MAX_BODY_BYTES  # the public limit, re-exported
from strategies._stub_bodies import encode, logged_body
from strategies._stub_core import JSON_CONTENT_TYPE, StubAnswer, StubCall
from strategies._stub_errors import (
    ApiError,
    error_ids,
    internal_error,
    not_found,
    rate_limited,
    validation_error,
)
from strategies._stub_routes import SECRET_CREDENTIALS as SECRET_CREDENTIALS
from strategies._stub_routes import Integrations, Reply

if TYPE_CHECKING:
    from strategies._stub_http import ServerThread

JsonDict = dict[str, Any]

ENDPOINTS: Final = (
    ("GET", "/v1/integrations", "200, the organization's integrations (all environments)"),
    ("GET", "/v1/integrations/active", "200, the active ones"),
    ("POST", "/v1/integrations", "201, create (providerId and channel required)"),
    ("PUT", "/v1/integrations/{id}", "200, update; 400 if nothing changes"),
    ("DELETE", "/v1/integrations/{id}", "200, soft delete; the environment's remaining integrations"),
    ("POST", "/v1/integrations/{id}/set-primary", "201, primary within its channel and environment"),
    ("GET", "/v1/integrations/webhook/provider/{id}/status", "200, whether webhooks are supported"),
)
"""(method, path, what it does) of every endpoint the stub serves."""

REQUEST_LOG_SIZE: Final = 10_000
"""How many requests ``NovuStub.requests`` keeps: a ring buffer, the oldest dropped first."""

# What a secret header (contracts._secrets.ALWAYS_SECRET_HEADERS) shows in the request log.
_REDACTED: Final = "[redacted]"
# The free tier's global limit (30/s over 5 s windows, burst x1.1): SERVER-SEMANTICS "Rate limits".
_RATE_LIMIT: Final = 150
_RATE_POLICY: Final = (
    f'{_RATE_LIMIT};w=5;burst=165;comment="token bucket";category="global";cost="single";serviceLevel="free"'
)
_HTML_ERROR: Final = (
    "<html>\r\n<head><title>{status} {phrase}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {phrase}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


@attrs.frozen
class StubRequest:
    """One request the stub answered, as ``NovuStub.requests`` records it.

    ``path`` is the request target (query string included); ``status`` the answer's (0 when a
    fault dropped the connection); ``body`` the parsed JSON body, the raw text if it was not
    JSON, or ``None``; ``headers`` as sent, with the values of ``Authorization``, ``Cookie`` and
    the like replaced by ``[redacted]`` (the scheme kept).
    """

    method: str
    path: str
    status: int
    body: Any = None
    headers: tuple[tuple[str, str], ...] = ()

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or ``None``."""
        lowered = name.lower()
        return next((value for key, value in self.headers if key.lower() == lowered), None)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    """ISO-8601 UTC with milliseconds, as the API writes ``createdAt`` and ``deletedAt``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


_OBJECT_ID = re.compile(r"[0-9a-f]{24}")
_Handler = Callable[..., Reply]
_ROUTES: Final[tuple[tuple[re.Pattern[str], dict[str, str]], ...]] = (
    (re.compile(r"/v1/integrations"), {"GET": "list_all", "POST": "create"}),
    (re.compile(r"/v1/integrations/active"), {"GET": "list_active"}),
    (re.compile(r"/v1/integrations/webhook/provider/([^/]+)/status"), {"GET": "webhook_status"}),
    (re.compile(r"/v1/integrations/([^/]+)"), {"PUT": "update", "DELETE": "delete"}),
    (re.compile(r"/v1/integrations/([^/]+)/set-primary"), {"POST": "set_primary"}),
)


class NovuStub:
    """An in-memory Novu integrations API; ``answer()`` in-process, or served over HTTP on ``host``.

    Requests need ``Authorization: ApiKey <key>``: ``secret_key`` is the one key accepted, or
    any non-empty key when it is ``None``. ``contract`` is the contract version served (every
    stored or sent integration passes it) and the source of the request fields.
    ``contract_only=True`` switches the real server's quirks off (see the README's fidelity
    table). Ids, identifiers and probabilistic faults come from generators seeded by ``seed``;
    ``clock`` gives ``createdAt``/``updatedAt``/``deletedAt`` and error timestamps. Use it as a
    context manager, or call ``start()`` and ``stop()``; ``port=0`` picks a free port.

    Thread-safe: the store, the faults and the request log sit behind one lock.
    """

    def __init__(
        self,
        payloads: Iterable[JsonDict] = (),
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int | str = 0,
        clock: Callable[[], datetime] = _utc_now,
        secret_key: str | None = None,
        contract_only: bool = False,
        contract: str = contracts.DEFAULT_VERSION,
    ) -> None:
        contracts.contract(contract)  # an unknown version fails here, naming the known ones
        if secret_key is not None and not secret_key.strip():
            raise ValueError("secret_key must be a non-empty key, or None to accept any key")
        self._host = host
        self._port = port
        self._clock = clock
        self._secret_key = secret_key
        self._contract = contract
        self._contract_only = contract_only
        self._lock = threading.Lock()
        rng = random.Random(f"novu-stub:{seed}")  # noqa: S311 - test ids, not secrets
        self._faults = FaultPlan(seed)
        self._error_ids = error_ids(str(seed))
        self._store = Integrations(
            contract=contract, rng=rng, now=lambda: _iso(self._clock()), quirks=not contract_only
        )
        self._log: deque[StubRequest] = deque(maxlen=REQUEST_LOG_SIZE)
        self._serving: ServerThread | None = None
        for payload in payloads:
            self.add(payload)

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> NovuStub:
        """Bind the port and serve in a background thread; returns ``self``."""
        from strategies._stub_http import Server, ServerThread

        if self._serving is not None:
            raise RuntimeError("the stub is already running")
        server = Server(
            (self._host, self._port), answer=self.answer, answer_unreadable=self.answer_unreadable
        )
        self._serving = ServerThread(server, "novu-stub")
        return self

    def stop(self) -> None:
        """Stop serving and close every connection; does nothing if not running."""
        serving, self._serving = self._serving, None
        if serving is not None:
            serving.stop()

    def __enter__(self) -> NovuStub:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the stub is serving over HTTP."""
        return self._serving is not None

    @property
    def port(self) -> int:
        """The port the stub listens on (the one picked, if constructed with ``port=0``)."""
        if self._serving is None:
            raise RuntimeError("the stub is not running; call start() or use it in a with block")
        return self._serving.port

    @property
    def url(self) -> str:
        """The base URL to give a client, e.g. ``http://127.0.0.1:50123``."""
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    # --- settings ---------------------------------------------------------------------------

    @property
    def contract(self) -> str:
        """The contract version the stub serves."""
        return self._contract

    @property
    def contract_only(self) -> bool:
        """Whether the real server's quirks are switched off."""
        return self._contract_only

    @property
    def authorization(self) -> str:
        """An ``Authorization`` header value the stub accepts (``ApiKey <secret_key>``)."""
        return f"ApiKey {self._secret_key or 'novu-contracts-stub-key'}"

    # --- the store --------------------------------------------------------------------------

    @property
    def environment_id(self) -> str:
        """The API key's ``_environmentId``: of integrations created without one."""
        return self._store.environment_id

    @property
    def organization_id(self) -> str:
        """The ``_organizationId`` of created integrations."""
        return self._store.organization_id

    def integrations(self) -> list[JsonDict]:
        """A copy of every stored record, soft-deleted ones included, in insertion order."""
        with self._lock:
            return copy.deepcopy(list(self._store.records.values()))

    def add(self, payload: JsonDict) -> JsonDict:
        """Store a copy of ``payload`` (given a fresh ``_id`` if it has none); returns the copy.

        Raises ``ValueError`` (a ``ContractError`` for contract violations) if the payload
        breaks the contract, is not JSON, or reuses a stored ``_id``.
        """
        record = self._validated_copy(payload)
        with self._lock:
            if "_id" not in record:
                record = {"_id": self._store.fresh_id(), **record}
            elif record["_id"] in self._store.records:
                raise ValueError(f"an integration with _id {record['_id']!r} is already stored")
            self._store.records[record["_id"]] = record
            return copy.deepcopy(record)

    def seed_generated(self, count: int, seed: int | str, *, edge_cases: bool = True) -> list[JsonDict]:
        """Add ``count`` generated, live integrations; returns copies of them.

        The payloads are ``strategies.sample_examples(seed, count, extra_keys=True,
        deleted=False, contract=<the stub's>)``: realistic, and with the contract's edge cases
        in their strings unless ``edge_cases=False``. Each gets a unique 24-hex ``_id`` so it
        can be addressed.
        """
        from strategies._sample import sample_examples

        payloads = sample_examples(
            seed, count, extra_keys=True, deleted=False, edge_cases=edge_cases, contract=self._contract
        )
        records = [self._validated_copy(payload) for payload in payloads]
        added: list[JsonDict] = []
        with self._lock:
            for record in records:
                # Edge-case ids ("", emoji, 10k chars) cannot be put in a URL path; duplicates clash.
                given = record.pop("_id", None)
                usable = (
                    isinstance(given, str)
                    and _OBJECT_ID.fullmatch(given)
                    and given not in self._store.records
                )
                identifier = str(given) if usable else self._store.fresh_id()
                stored = {"_id": identifier, **record}
                if "id" in stored:
                    stored["id"] = identifier
                self._store.records[identifier] = stored
                added.append(stored)
            return copy.deepcopy(added)

    def clear(self) -> None:
        """Forget every integration, every logged request and every fault."""
        with self._lock:
            self._store.records.clear()
            self._log.clear()
            self._faults.clear()

    @property
    def requests(self) -> list[StubRequest]:
        """A copy of the request log (at most ``REQUEST_LOG_SIZE``, oldest first)."""
        with self._lock:
            return list(self._log)

    def _validated_copy(self, payload: object) -> JsonDict:
        violations = contracts.check(payload, unknown_keys="ignore", contract=self._contract)
        if violations:
            raise ContractError(violations)
        try:
            # A JSON round trip both copies and proves the unknown keys are JSON too.
            record: JsonDict = json.loads(dumps(payload, allow_nan=False))
        except (TypeError, ValueError) as error:
            raise ValueError(f"the payload is not JSON: {error}") from None
        return record

    # --- faults -----------------------------------------------------------------------------

    def fail(
        self,
        route: str = "*",
        status: int | None = None,
        *,
        retry_after: int | None = None,
        times: int | None = None,
        probability: float | None = None,
        latency: float = 0.0,
        body: str | None = None,
        drop: bool = False,
    ) -> Fault:
        """Make the calls matching ``route`` fail; returns the ``Fault`` (see ``strategies._faults``).

        ``stub.fail("GET /v1/integrations", status=429, retry_after=2, times=2)`` answers the
        next two list calls with Novu's 429 (``Retry-After: 2`` and the RateLimit headers).
        ``route`` is ``"*"``, ``"METHOD *"``, ``"METHOD /path"`` or ``"/path"`` (``{id}`` matches a
        segment); ``latency`` delays, ``body`` garbles (``"truncated-json"``, ``"html"``), ``drop``
        hangs up; ``times`` limits it to the next N calls, ``probability`` draws under the seed.
        """
        fault = Fault(
            route,
            status,
            retry_after=retry_after,
            times=times,
            probability=probability,
            latency=latency,
            body=body,
            drop=drop,
        )
        self.add_fault(fault)
        return fault

    def add_fault(self, fault: Fault) -> None:
        """Add a ``Fault`` built elsewhere (e.g. by ``serve --fault``'s parser)."""
        with self._lock:
            self._faults.add(fault)

    def clear_faults(self) -> None:
        """Remove every fault; calls get their normal answers again."""
        with self._lock:
            self._faults.clear()

    @property
    def faults(self) -> list[Fault]:
        """The faults still active, in the order added."""
        with self._lock:
            return self._faults.faults

    # --- answering --------------------------------------------------------------------------

    def answer(self, call: StubCall) -> StubAnswer:
        """Answer one request with no transport involved, and log it.

        In order: faults, routing (404 for unknown routes), auth (401), then the endpoint.
        Every adapter (the HTTP server, the httpx and ``responses`` mocks) calls this.
        """
        path = urlsplit(call.target).path
        with self._lock:
            fault = self._faults.pick(call.method, path)
            if fault is not None and (fault.drop or fault.status is not None):
                status, answer = self._faulted(call, fault)
            else:
                headers: tuple[tuple[str, str], ...] = ()
                try:
                    reply = self._route(call, path)
                    status, body = reply.status, reply.body
                except ApiError as problem:
                    status, headers, body = problem.status, problem.headers, self._error_body(problem, call)
                except Exception:
                    # A bug in the stub: answer as the real API's 500s do, and show it (not quiet here).
                    traceback.print_exc()
                    status, body = 500, self._error_body(internal_error(), call)
                answer = _answer(call.method, status, body, headers)
                if fault is not None:
                    answer = _garbled(answer, fault)
            self._log.append(
                StubRequest(call.method, call.target, status, logged_body(call.body), _redacted(call.headers))
            )
        return answer

    def answer_unreadable(self, call: StubCall, status: int, message: str) -> StubAnswer:
        """Answer a request a transport could not read (bad framing, body too large), and log it."""
        problem = ApiError(status, message)
        with self._lock:
            body = self._error_body(problem, call)
            self._log.append(StubRequest(call.method, call.target, status, None, _redacted(call.headers)))
        return _answer(call.method, status, body, ())

    def _route(self, call: StubCall, path: str) -> Reply:
        if len(path) > 1:
            path = path.rstrip("/")  # Express routes ignore one trailing slash; so does the stub.
        lookup = "GET" if call.method == "HEAD" else call.method
        allowed: list[str] = []
        for pattern, handlers in _ROUTES:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            handler = handlers.get(lookup)
            if handler is None and self._contract_only and not match.groups():
                allowed = list(handlers)  # a literal path ("active") is not an id in the document
                break
            if handler is not None:
                self._authenticate(call)
                arguments = (unquote(group) for group in match.groups())
                result: Reply = getattr(self._store, handler)(call.body, *arguments)
                return result
            allowed += handlers
        if allowed and self._contract_only:
            methods = ", ".join(sorted({*allowed, *(["HEAD"] if "GET" in allowed else [])}))
            raise ApiError(405, f"Cannot {call.method} {path}: use {methods}", headers=(("Allow", methods),))
        # Express answers a known path with an unknown method like an unknown path.
        raise not_found(f"Cannot {call.method} {path}")

    def _authenticate(self, call: StubCall) -> None:
        """Novu's API-key guard (SERVER-SEMANTICS "Auth"); raises its 401s."""
        header = call.headers.get("Authorization")
        if header is None:
            raise ApiError(401, "Missing authorization header")
        scheme, _, key = header.strip().partition(" ")
        if scheme != "ApiKey":
            raise ApiError(401, f'Invalid authentication scheme: "{scheme}"')
        key = key.strip()
        if not key:
            raise ApiError(401, "Unauthorized", error=None)
        if self._secret_key is not None and not hmac.compare_digest(
            key.encode("utf-8", "surrogatepass"), self._secret_key.encode("utf-8", "surrogatepass")
        ):
            raise ApiError(401, "API Key not found")

    def _faulted(self, call: StubCall, fault: Fault) -> tuple[int, StubAnswer]:
        """The answer of a fault that replaces the request (no effect on the store)."""
        if fault.drop:
            return 0, StubAnswer(0, (), b"", delay=fault.latency, drop=True)
        assert fault.status is not None
        problem = _fault_problem(call, urlsplit(call.target).path, fault.status, fault.retry_after)
        answer = _answer(call.method, problem.status, self._error_body(problem, call), problem.headers)
        return problem.status, _garbled(answer, fault)

    def _error_body(self, problem: ApiError, call: StubCall) -> JsonDict:
        return problem.body(path=call.target, timestamp=_iso(self._clock()), error_id=next(self._error_ids))


def _fault_problem(call: StubCall, path: str, status: int, retry_after: int | None) -> ApiError:
    """Novu's error for ``status``, as the real server would send it on this route."""
    wait = retry_after if retry_after is not None else 1
    retry = (("Retry-After", str(wait)),) if retry_after is not None or status == 429 else ()
    if status == 429:
        limits = (
            ("RateLimit-Remaining", "0"),
            ("RateLimit-Limit", str(_RATE_LIMIT)),
            ("RateLimit-Reset", str(wait)),
            ("RateLimit-Policy", _RATE_POLICY),
        )
        return rate_limited((*limits, *retry))
    problem = {
        401: lambda: ApiError(401, "API Key not found"),
        403: lambda: ApiError(403, "Forbidden resource"),
        404: lambda: not_found(f"Cannot {call.method} {path}"),
        409: lambda: ApiError(409, "Integration with identifier already exists"),
        422: lambda: validation_error(["an injected fault: the request was not accepted"]),
        500: internal_error,
    }.get(status, lambda: ApiError(status, _phrase(status)))()
    problem.headers = retry
    return problem


def _phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _answer(method: str, status: int, body: Any, headers: tuple[tuple[str, str], ...]) -> StubAnswer:
    """A reply as the transports send it: JSON body, its type and length; no body for HEAD."""
    encoded = encode(body)
    all_headers = (("Content-Type", JSON_CONTENT_TYPE), ("Content-Length", str(len(encoded))), *headers)
    return StubAnswer(status, all_headers, b"" if method == "HEAD" else encoded)


def _garbled(answer: StubAnswer, fault: Fault) -> StubAnswer:
    """``answer`` with the fault's latency and malformed body applied."""
    if fault.body is None:
        return attrs.evolve(answer, delay=fault.latency)
    if fault.body == "html":
        body = _HTML_ERROR.format(status=answer.status, phrase=_phrase(answer.status)).encode("ascii")
        content_type = "text/html"
    else:
        full = answer.body
        body = full[: max(len(full) // 2, 1) - 1] if len(full) > 1 else b"{"
        content_type = JSON_CONTENT_TYPE
    headers = tuple(
        (name, value)
        for name, value in answer.headers
        if name.lower() not in ("content-type", "content-length")
    )
    headers = (("Content-Type", content_type), ("Content-Length", str(len(body))), *headers)
    return StubAnswer(answer.status, headers, body, delay=fault.latency)


def _redacted(headers: Any) -> tuple[tuple[str, str], ...]:
    """Headers for the request log: secret values replaced, the auth scheme kept for assertions."""
    out = []
    for name, value in headers.items():
        if name.lower() in ALWAYS_SECRET_HEADERS:
            scheme, space, rest = value.partition(" ")
            value = (
                f"{scheme} {_REDACTED}"
                if space and rest and name.lower().endswith("authorization")
                else _REDACTED
            )
        out.append((name, value))
    return tuple(out)
