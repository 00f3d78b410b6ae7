"""The stub's HTTP transport: a threaded server that turns each request into a ``StubCall``.

It is an adapter over ``NovuStub.answer``: it reads (bounded), hands the call on, and sends the
``StubAnswer`` back, waiting its ``delay`` first or dropping the connection when it says ``drop``.
"""

from __future__ import annotations

import contextlib
import re
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar, Final

import attrs

from strategies._stub_bodies import MAX_BODY_BYTES
from strategies._stub_core import StubAnswer, StubCall
from strategies._stub_errors import ApiError

Answer = Callable[[StubCall], StubAnswer]
"""The stub's answer to a request (``NovuStub.answer``)."""
AnswerUnreadable = Callable[[StubCall, int, str], StubAnswer]
"""The answer to a request rejected before it could be read (bad framing, body too large)."""


MAX_LINE_BYTES: Final = 8 * 1024
"""Chunk-size and trailer lines longer than this get a 400 (header lines: http.server's 64 KiB, 431)."""
MAX_TRAILER_LINES: Final = 100
LISTEN_BACKLOG: Final = 128
"""Pending connections the listening socket queues (http.server's default of 5 resets bursts)."""
_DIGITS = re.compile(r"[0-9]{1,20}")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})(?:[ \t]*;.*)?")


class Server(ThreadingHTTPServer):
    """The threaded HTTP server of one stub; it keeps track of open connections to close them on stop."""

    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

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


class ServerThread:
    """A ``Server`` serving on a daemon thread until ``stop()``, which also closes every connection."""

    def __init__(self, server: Server, name: str) -> None:
        self.server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def stop(self) -> None:
        self.server.shutdown()
        self.server.close_connections()
        self.server.server_close()
        self._thread.join()


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
        """The request body, read with every length bounded; raises 400/413 ``ApiError``s."""
        encodings = ",".join(self.headers.get_all("Transfer-Encoding") or ()).lower()
        lengths = self.headers.get_all("Content-Length") or []
        if encodings:
            if lengths:
                # Both framings at once is how requests are smuggled past proxies: refuse it.
                raise ApiError(400, "a request cannot have both Content-Length and Transfer-Encoding")
            if [e.strip() for e in encodings.split(",")] != ["chunked"]:
                raise ApiError(400, f"unsupported Transfer-Encoding {encodings!r}; only chunked is")
            return self._read_chunked()
        if not lengths:
            return b""
        if len(set(lengths)) > 1 or not _DIGITS.fullmatch(lengths[0]):
            # int() would take "4_3" as 43 and " +43" as 43; HTTP allows digits only.
            raise ApiError(400, f"Content-Length {', '.join(lengths)!r} is not a whole number of bytes")
        length = int(lengths[0])
        if length > MAX_BODY_BYTES:
            raise ApiError(413, f"the request body exceeds {MAX_BODY_BYTES} bytes")
        body = self.rfile.read(length)
        if len(body) < length:
            raise ApiError(400, f"the request body ended after {len(body)} of {length} bytes")
        return body

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            match = _CHUNK_SIZE.fullmatch(self._bounded_line("chunk size line"))
            if match is None:
                raise ApiError(400, "malformed chunked request body: a chunk size must be hexadecimal digits")
            size = int(match.group(1), 16)
            if size == 0:
                for _ in range(MAX_TRAILER_LINES):
                    if self._bounded_line("trailer line") == b"":
                        return b"".join(chunks)
                raise ApiError(400, f"more than {MAX_TRAILER_LINES} trailer lines")
            total += size
            if total > MAX_BODY_BYTES:
                raise ApiError(413, f"the request body exceeds {MAX_BODY_BYTES} bytes")
            chunk = self.rfile.read(size)
            if len(chunk) < size or self._bounded_line("chunk end") != b"":
                raise ApiError(400, "malformed chunked request body: a chunk is shorter than its size")
            chunks.append(chunk)

    def _bounded_line(self, what: str) -> bytes:
        """One CRLF-terminated line of at most ``MAX_LINE_BYTES``, without its line end."""
        line = self.rfile.readline(MAX_LINE_BYTES + 1)
        if not line.endswith(b"\n"):
            if len(line) > MAX_LINE_BYTES:
                raise ApiError(400, f"a {what} is longer than {MAX_LINE_BYTES} bytes")
            raise ApiError(400, f"the request body ended inside a {what}")
        return line.rstrip(b"\r\n")

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
