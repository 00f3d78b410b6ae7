"""The stub's HTTP transport: a threaded server that turns each request into a ``StubCall``.

It is an adapter over ``NovuStub.answer``: it reads (bounded), hands the call on, and sends the
``StubAnswer`` back, waiting its ``delay`` first or dropping the connection when it says ``drop``.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import attrs

from strategies._stub_bodies import MAX_BODY_BYTES, ApiError
from strategies._stub_core import StubAnswer, StubCall

Answer = Callable[[StubCall], StubAnswer]
"""The stub's answer to a request (``NovuStub.answer``)."""
AnswerUnreadable = Callable[[StubCall, int, str], StubAnswer]
"""The answer to a request rejected before it could be read (bad framing, body too large)."""


class Server(ThreadingHTTPServer):
    """The threaded HTTP server of one stub; it keeps track of open connections to close them on stop."""

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], *, answer: Answer, answer_unreadable: AnswerUnreadable
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.answer = answer
        self.answer_unreadable = answer_unreadable
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, RequestHandler)

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


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # Keep-alive, as clients' connection pools expect.
    server_version = "novu-contracts-stub"
    sys_version = ""
    timeout = 60  # Idle keep-alive connections end after a minute.
    server: Server
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
        headers = tuple(self.headers.items())
        try:
            raw = self._read_body()
        except ApiError as problem:
            self.close_connection = True  # The rest of the stream cannot be trusted to be a request.
            call = StubCall(self.command, self.path, headers)
            self._send(self.server.answer_unreadable(call, problem.status, problem.message))
            return
        self._send(self.server.answer(StubCall(self.command, self.path, headers, raw)))

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            return b""
        try:
            length = int(length_header)
        except ValueError:
            raise ApiError(400, f"Content-Length {length_header!r} is not a number") from None
        if length < 0:
            raise ApiError(400, f"Content-Length {length} is negative")
        if length > MAX_BODY_BYTES:
            raise ApiError(413, f"the request body exceeds {MAX_BODY_BYTES} bytes")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";")[0].strip(), 16)
            except ValueError:
                raise ApiError(400, "malformed chunked request body") from None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # Trailer fields: nothing the stub needs.
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                raise ApiError(413, f"the request body exceeds {MAX_BODY_BYTES} bytes")
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    def _send(self, answer: StubAnswer) -> None:
        if answer.delay > 0:
            time.sleep(answer.delay)
        if answer.drop:
            self.close_connection = True
            with contextlib.suppress(OSError):
                # Reset rather than a clean end of stream: what a crashed proxy looks like.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors http.server raises itself (bad request line, unknown method): JSON like the rest."""
        self.close_connection = True
        if self.request_version == "HTTP/0.9":
            # An unparsable request line leaves http.server assuming HTTP/0.9, which has no
            # status line or headers; answer in HTTP/1.1 so the client can read the error.
            self.request_version = self.protocol_version
        method = getattr(self, "command", None) or "?"
        target = getattr(self, "path", None) or ""
        headers = getattr(self, "headers", None)  # Absent when the request line itself was bad.
        call = StubCall(method, target, tuple(headers.items()) if headers is not None else ())
        answer = self.server.answer_unreadable(
            call, 405 if code == 501 else code, message or explain or "Bad request"
        )
        if code == 501:
            answer = attrs.evolve(answer, headers=(*answer.headers, ("Allow", ", ".join(self._METHODS))))
        self._send(answer)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the stub logs requests in ``NovuStub.requests``, not on stderr."""
