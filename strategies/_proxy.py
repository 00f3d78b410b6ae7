"""A validating proxy in front of Novu (or the stub): forwards everything, checks integrations responses.

    with NovuProxy("https://api.novu.co", strict=True) as proxy:
        novu = novu_py.Novu(server_url=proxy.url, secret_key=...)

Responses of the integrations endpoints are read whole (at most ``MAX_RESPONSE_BYTES``),
checked against the contract (``{"data": ...}`` and the integrations in it, or Novu's error
shape), every violation logged with its request line and JSON Pointer, then sent on; with
``strict`` a violating one becomes a 502 that carries the report. Other responses stream
through. An upstream that is down gives a 502, one that does not answer within
``timeout`` seconds a 504. Standard library only (``http.server``, ``http.client``).
"""

from __future__ import annotations

import http.client
import json
import ssl
import sys
import threading
import time
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final, Literal
from urllib.parse import urlsplit, urlunsplit

from contracts._checker import errors
from contracts._errors import Code, Violation
from contracts._reading import dumps, encode
from contracts._recordings import Endpoint, endpoint_of, inflate
from contracts._responses import check_response, checkable_status
from contracts._versions import DEFAULT_VERSION
from strategies._proxy_record import FixtureRecorder
from strategies._stub_core import JSON_CONTENT_TYPE, StubAnswer, StubCall
from strategies._stub_errors import ApiError
from strategies._stub_http import RequestHandler, Server, ServerThread
from strategies._stub_routes import Reply

MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024
"""An upstream response larger than this is not passed on (502)."""
_CHUNK = 64 * 1024
# Hop-by-hop headers (RFC 9110 7.6.1) are the proxy's own business on each side.
_HOP_BY_HOP: Final = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te",
     "trailer", "transfer-encoding", "upgrade", "host", "content-length"}
)  # fmt: skip

LogFormat = Literal["text", "json"]


class UpstreamError(Exception):
    """The upstream could not be reached, answered too slowly or too much: the status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class NovuProxy:
    """A proxy on ``host:port`` (0: a free port) to ``upstream``, checking what Novu answers."""

    def __init__(
        self,
        upstream: str,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        strict: bool = False,
        contract: str = DEFAULT_VERSION,
        record: Path | None = None,
        log: IO[str] | None = None,
        log_format: LogFormat = "text",
        timeout: float = 30.0,
    ) -> None:
        parts = urlsplit(upstream)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"--upstream must be an http:// or https:// URL, got {upstream!r}")
        # Shown in logs and error bodies: without any user:password@ the URL may carry.
        self.upstream = urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
        self._parts = parts
        self._host, self._port = host, port
        self.strict = strict
        self.contract = contract
        self.recorder = FixtureRecorder(record, contract=contract) if record is not None else None
        self._log = log if log is not None else sys.stderr
        self._log_lock = threading.Lock()
        self.log_format = log_format
        self.timeout = timeout
        self._serving: ServerThread | None = None

    # --- lifecycle --------------------------------------------------------------------------

    def start(self) -> NovuProxy:
        server = Server((self._host, self._port), answer=_unused_answer, answer_unreadable=self._unreadable)
        server.RequestHandlerClass = _ProxyHandler
        server.proxy = self  # type: ignore[attr-defined]  # read by _ProxyHandler
        self._serving = ServerThread(server, "novu-proxy")
        return self

    def stop(self) -> None:
        serving, self._serving = self._serving, None
        if serving is not None:
            serving.stop()

    def __enter__(self) -> NovuProxy:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if self._serving is None:
            raise RuntimeError("the proxy is not running")
        host, port = self._serving.server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        return f"http://[{name}]:{port}" if ":" in name else f"http://{name}:{port}"

    # --- forwarding -------------------------------------------------------------------------

    def forward(self, handler: _ProxyHandler, body: bytes) -> None:
        """Send ``handler``'s request upstream and its answer back (checked, if it is an integrations one)."""
        method, target = handler.command, handler.path
        path = urlsplit(target).path
        request_line = f"{method} {path}"
        endpoint = endpoint_of(method, path)
        deadline = time.monotonic() + 2 * self.timeout
        connection = self._connection()
        try:
            try:
                response = self._send_upstream(connection, handler, body)
            except UpstreamError as problem:
                self._say(request_line, problem.status, f"upstream: {problem.message}")
                handler.close_connection = True
                handler.send_reply(
                    *self._error_answer(method, target, ApiError(problem.status, problem.message))
                )
                return
            if endpoint is None or method == "HEAD" or not checkable_status(response.status):
                self._stream(handler, response, deadline)
                return
            try:
                raw = _read_bounded(response, deadline)
            except UpstreamError as problem:
                self._say(request_line, problem.status, f"upstream: {problem.message}")
                handler.close_connection = True
                handler.send_reply(
                    *self._error_answer(method, target, ApiError(problem.status, problem.message))
                )
                return
            try:
                decoded = inflate(raw, response.getheader("Content-Encoding"))
            except ValueError as error:
                violations = [Violation("", Code.NOT_JSON, str(error), "a JSON body", "unreadable")]
            else:
                violations = check_response(endpoint, response.status, decoded, contract=self.contract)
            for violation in violations:
                self._violation(request_line, response.status, violation)
            if self.recorder is not None:
                self._record(endpoint, request_line, response.status, raw, response)
            if self.strict and errors(violations):
                self._refuse(handler, method, target, request_line, response.status, violations)
                return
            handler.send_upstream_reply(response, raw)
        finally:
            connection.close()

    def _connection(self) -> http.client.HTTPConnection:
        host, port = self._parts.hostname or "", self._parts.port
        if self._parts.scheme == "https":
            return http.client.HTTPSConnection(
                host, port, timeout=self.timeout, context=ssl.create_default_context()
            )
        return http.client.HTTPConnection(host, port, timeout=self.timeout)

    def _send_upstream(
        self, connection: http.client.HTTPConnection, handler: _ProxyHandler, body: bytes
    ) -> http.client.HTTPResponse:
        headers = {name: value for name, value in handler.headers.items() if name.lower() not in _HOP_BY_HOP}
        if body or handler.command in ("POST", "PUT", "PATCH"):
            headers["Content-Length"] = str(len(body))
        target = self._parts.path.rstrip("/") + handler.path
        try:
            connection.request(handler.command, target, body=body or None, headers=headers)
            return connection.getresponse()
        except TimeoutError:
            raise UpstreamError(504, f"{self.upstream} did not answer within {self.timeout:g} s") from None
        except (OSError, http.client.HTTPException) as error:
            reason = getattr(error, "strerror", None) or type(error).__name__
            raise UpstreamError(502, f"{self.upstream} is unreachable ({reason})") from None

    def _stream(self, handler: _ProxyHandler, response: http.client.HTTPResponse, deadline: float) -> None:
        """Pass a response we do not check straight through, chunk by chunk."""
        length = response.getheader("Content-Length")
        handler.send_response_only(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in _HOP_BY_HOP:
                handler.send_header(name, value)
        chunked = length is None and handler.command != "HEAD" and response.status not in (204, 304)
        if length is not None:
            handler.send_header("Content-Length", length)
        elif chunked:
            handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        total = 0
        try:
            while handler.command != "HEAD":
                if time.monotonic() > deadline:
                    raise UpstreamError(504, "upstream too slow")
                chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
                total += len(chunk)
                if not chunk or total > MAX_RESPONSE_BYTES:
                    break
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
            if chunked:
                handler.wfile.write(b"0\r\n\r\n")
        except (OSError, http.client.HTTPException, UpstreamError):
            handler.close_connection = True  # the answer is cut short; the client sees a broken response
        if total > MAX_RESPONSE_BYTES:
            handler.close_connection = True

    def _refuse(
        self, handler: _ProxyHandler, method: str, target: str, line: str, status: int, found: list[Violation]
    ) -> None:
        problem = ApiError(502, f"novu-contracts proxy: the upstream's answer to {line} breaks the contract")
        reply, _ = self._error_answer(method, target, problem)
        reply.body["upstreamStatus"] = status
        reply.body["violations"] = [violation.to_json() for violation in found]
        handler.send_reply(reply, encode(reply.body))

    def _record(
        self, endpoint: Endpoint, line: str, status: int, raw: bytes, response: http.client.HTTPResponse
    ) -> None:
        if self.recorder is None or not 200 <= status < 300:
            return
        try:
            document = json.loads(inflate(raw, response.getheader("Content-Encoding")))
            outcome = self.recorder.record(endpoint, line, document)
        except (ValueError, RecursionError, OSError) as error:
            outcome = f"not recorded: {error}"
        self._say(line, status, outcome)

    # --- answers and logging ------------------------------------------------------------------

    def _unreadable(self, call: StubCall, status: int, message: str) -> StubAnswer:
        """The answer to a request the HTTP layer could not read (bad framing, too large)."""
        return _answer(*self._error_answer(call.method, call.target, ApiError(status, message)))

    def _error_answer(self, method: str, target: str, problem: ApiError) -> tuple[Reply, bytes]:
        """A Novu-shaped error body (statusCode, timestamp, path, message) for the proxy's own errors."""
        body: dict[str, Any] = {
            "statusCode": problem.status,
            "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "path": urlsplit(target).path,
            "message": problem.message,
            "error": HTTPStatus(problem.status).phrase,
        }
        return Reply(problem.status, body), encode(body)

    def _violation(self, line: str, status: int, violation: Violation) -> None:
        if self.log_format == "json":
            self._write(dumps({"request": line, "status": status, **violation.to_json()}))
        else:
            where = violation.path or "(root)"
            self._write(
                f"{line} ({status}): {where}: {violation.severity}[{violation.code}] {violation.message}"
            )

    def _say(self, line: str, status: int, message: str) -> None:
        if self.log_format == "json":
            self._write(dumps({"request": line, "status": status, "message": message}))
        else:
            self._write(f"{line} ({status}): {message}")

    def _write(self, text: str) -> None:
        with self._log_lock:
            try:
                print(f"novu-contracts proxy: {text}" if self.log_format == "text" else text, file=self._log)
                self._log.flush()
            except (OSError, ValueError):
                pass  # a closed log must not take the proxy down


def _read_bounded(response: http.client.HTTPResponse, deadline: float) -> bytes:
    chunks: list[bytes] = []
    total = 0
    try:
        while True:
            if time.monotonic() > deadline:
                raise UpstreamError(504, "the upstream's answer took too long")
            chunk = response.read1(_CHUNK)
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > MAX_RESPONSE_BYTES:
                raise UpstreamError(502, f"the upstream's answer exceeds {MAX_RESPONSE_BYTES} bytes")
            chunks.append(chunk)
    except TimeoutError:
        raise UpstreamError(504, "the upstream stopped sending its answer") from None
    except (OSError, http.client.HTTPException) as error:
        raise UpstreamError(502, f"the upstream's answer was cut short ({type(error).__name__})") from None


def _unused_answer(call: StubCall) -> StubAnswer:  # pragma: no cover
    raise AssertionError("the proxy's handler forwards instead")


def _answer(reply: Reply, encoded: bytes) -> StubAnswer:
    headers = (("Content-Type", JSON_CONTENT_TYPE), ("Content-Length", str(len(encoded))))
    return StubAnswer(reply.status, headers, encoded)


class _ProxyHandler(RequestHandler):
    server_version = "novu-contracts-proxy"

    def _dispatch(self) -> None:
        try:
            body = self._read_body()
        except ApiError as problem:
            self.close_connection = True
            proxy: NovuProxy = self.server.proxy  # type: ignore[attr-defined]
            self.send_reply(*proxy._error_answer(self.command, self.path, problem))
            return
        proxy = self.server.proxy  # type: ignore[attr-defined]
        proxy.forward(self, body)

    def send_reply(self, reply: Reply, encoded: bytes) -> None:
        self._send(_answer(reply, encoded))

    def send_upstream_reply(self, response: http.client.HTTPResponse, body: bytes) -> None:
        """The upstream's status, headers and (already read) body."""
        self.send_response_only(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in _HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
