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

import copy
import hashlib
import json
import random
import re
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Final
from urllib.parse import unquote, urlsplit

from contracts import check
from contracts._errors import ContractError
from contracts._reading import dumps
from contracts._secrets import SECURE_CREDENTIALS
from contracts._secrets import object_id as make_object_id
from strategies._providers import provider
from strategies._stub_bodies import MAX_BODY_BYTES as MAX_BODY_BYTES  # the public limit, re-exported
from strategies._stub_bodies import ApiError, Reply, encode, logged_body, request_fields
from strategies._stub_http import Server
from strategies._text import ALNUM, slug

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

# Credential keys the real API stores encrypted and echoes in that form in write replies (CONTRACT.md).
SECRET_CREDENTIALS: Final = SECURE_CREDENTIALS

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
        return make_object_id(self._seconds, self._counter)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    """ISO-8601 UTC with milliseconds, as the API writes ``createdAt`` and ``deletedAt``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _stored_secret(value: str) -> str:
    """The ``nvsk.<iv>:<ciphertext>`` form a secret credential takes in write replies (fake, stable)."""
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
    return f"nvsk.{digest[:32]}:{digest[32:]}"


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
        self._server: Server | None = None
        self._thread: threading.Thread | None = None
        for payload in payloads:
            self.add(payload)

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> NovuStub:
        """Bind the port and serve in a background thread; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("the stub is already running")
        server = Server((self._host, self._port), answer=self._handle, answer_error=self._record_error)
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
        from strategies._sample import sample_payloads

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
            record: JsonDict = json.loads(dumps(payload, allow_nan=False))
        except (TypeError, ValueError) as error:
            raise ValueError(f"the payload is not JSON: {error}") from None
        return record

    def _fresh_id(self) -> str:
        while (identifier := next(self._ids)) in self._store:
            pass
        return identifier

    # --- the API (called by the request handler) --------------------------------------------

    def _handle(self, method: str, target: str, raw: bytes) -> tuple[Reply, bytes]:
        """Answer one request; returns the reply and its encoded body, and logs the request."""
        body = logged_body(raw)
        with self._lock:
            try:
                reply = self._route(method, target, raw)
            except ApiError as problem:
                reply = self._problem_reply(problem, target)
            except Exception as error:
                # A bug in the stub: answer as the real API's 500s do, and show it (not quiet here).
                traceback.print_exc()
                reply = self._problem_reply(ApiError(500, f"stub error: {error!r}"), target)
            encoded = encode(reply.body)
            self._log.append(StubRequest(method, target, reply.status, body))
        return reply, encoded

    def _record_error(self, method: str, target: str, problem: ApiError) -> tuple[Reply, bytes]:
        """Answer a request the handler rejected before routing (bad framing, huge body)."""
        with self._lock:
            reply = self._problem_reply(problem, target)
            self._log.append(StubRequest(method, target, reply.status, None))
        return reply, encode(reply.body)

    def _problem_reply(self, problem: ApiError, target: str) -> Reply:
        body: JsonDict = {
            "statusCode": problem.status,
            "timestamp": _iso(self._clock()),
            "path": target,
            "message": problem.message,
        }
        if problem.errors is not None:
            body["errors"] = problem.errors
        headers = {"Allow": problem.allow} if problem.allow else {}
        return Reply(problem.status, body, headers)

    def _route(self, method: str, target: str, raw: bytes) -> Reply:
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
            raise ApiError(405, f"Cannot {method} {path}: use {methods}", allow=methods)
        raise ApiError(404, f"Cannot {method} {path}")

    def _list(self, raw: bytes) -> Reply:
        return Reply(200, {"data": self._live()})

    def _list_active(self, raw: bytes) -> Reply:
        return Reply(200, {"data": [r for r in self._live() if r["active"] is True]})

    def _create(self, raw: bytes) -> Reply:
        fields = request_fields(raw, _CREATE_FIELDS, required=("providerId", "channel"))
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
        return Reply(201, {"data": _write_reply(record)})

    def _update(self, raw: bytes, integration_id: str) -> Reply:
        # Like the real API's ValidationPipe, a bad body is reported before a missing id.
        fields = request_fields(raw, _UPDATE_FIELDS, required=())
        record = self._live_record(integration_id)
        fields.pop("check", None)
        record.update(fields)
        record["updatedAt"] = _iso(self._clock())
        return Reply(200, {"data": _write_reply(record)})

    def _delete(self, raw: bytes, integration_id: str) -> Reply:
        record = self._live_record(integration_id)
        now = _iso(self._clock())
        record.update(deleted=True, deletedAt=now, updatedAt=now)
        return Reply(200, {"data": self._live()})

    def _set_primary(self, raw: bytes, integration_id: str) -> Reply:
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
        return Reply(200, {"data": _write_reply(record)})

    def _live(self) -> list[JsonDict]:
        return [record for record in self._store.values() if record["deleted"] is not True]

    def _live_record(self, integration_id: str) -> JsonDict:
        record = self._store.get(integration_id)
        if record is None or record["deleted"] is True:
            raise ApiError(404, f"Integration with id {integration_id} not found")
        return record

    def _identifier(self, name: str) -> str:
        """``<slug of name>-<8 random alnum>``, as the real API makes identifiers."""
        return f"{slug(name)}-{''.join(self._rng.choices(ALNUM, k=8))}"


_Handler = Callable[..., Reply]
_ROUTES: tuple[tuple[re.Pattern[str], dict[str, _Handler]], ...] = (
    (re.compile(r"/v1/integrations"), {"GET": NovuStub._list, "POST": NovuStub._create}),
    (re.compile(r"/v1/integrations/active"), {"GET": NovuStub._list_active}),
    (re.compile(r"/v1/integrations/([^/]+)"), {"PUT": NovuStub._update, "DELETE": NovuStub._delete}),
    (re.compile(r"/v1/integrations/([^/]+)/set-primary"), {"POST": NovuStub._set_primary}),
)


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
