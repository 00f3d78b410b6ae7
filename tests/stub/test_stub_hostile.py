"""Hostile requests to the HTTP stub (issue 10): bounded reads, strict framing, no 500 and no traceback."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies._stub import NovuStub
from strategies._stub_bodies import MAX_BODY_BYTES, MAX_DEPTH, nesting_depth
from strategies._stub_http import LISTEN_BACKLOG, MAX_LINE_BYTES, Server
from tests.stub._helpers import KEY

LIST_REQUEST = (
    b"GET /v1/integrations HTTP/1.1\r\nHost: x\r\nAuthorization: ApiKey k\r\nConnection: close\r\n\r\n"
)
HEAD = f"POST /v1/integrations HTTP/1.1\r\nHost: x\r\nAuthorization: ApiKey {KEY}\r\n".encode()


@pytest.fixture(scope="module")
def stub() -> Iterator[NovuStub]:
    with NovuStub(secret_key=KEY) as running:
        yield running


def exchange(stub: NovuStub, request: bytes, *, half_close: bool = False) -> tuple[int, dict[str, Any]]:
    """Send raw bytes; the status and JSON body of the reply (the stub closes after these errors)."""
    with socket.create_connection(("127.0.0.1", stub.port), timeout=10) as connection:
        connection.sendall(request)
        if half_close:
            connection.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := connection.recv(65536):
            reply += chunk
            if b"\r\n\r\n" in reply and _complete(reply):
                break
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def _complete(reply: bytes) -> bool:
    head, _, body = reply.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


def chunked(*lines: bytes) -> bytes:
    return HEAD + b"Transfer-Encoding: chunked\r\n\r\n" + b"".join(lines)


@pytest.mark.parametrize(
    ("request_bytes", "status", "words"),
    [
        (chunked(b"-5\r\nhello\r\n0\r\n\r\n"), 400, "hexadecimal"),
        (chunked(b"zz\r\nhello\r\n0\r\n\r\n"), 400, "hexadecimal"),
        (chunked(b"0x5\r\nhello\r\n0\r\n\r\n"), 400, "hexadecimal"),
        (chunked(b"5\r\nhelloXX0\r\n\r\n"), 400, "shorter than its size"),
        (chunked(f"{MAX_BODY_BYTES + 1:x}\r\n".encode()), 413, "exceeds"),
        (chunked(b"100000\r\n" + b"x" * 0x100000 + b"\r\n") * 1, 400, "ended"),
        (chunked(b"1" + b"0" * (MAX_LINE_BYTES + 10)), 400, "longer than"),
        (chunked(b"1;" + b"x" * (MAX_LINE_BYTES + 10) + b"\r\n"), 400, "longer than"),
        (HEAD + b"Content-Length: 4_3\r\n\r\n" + b"x" * 43, 400, "whole number"),
        (HEAD + b"Content-Length: +43\r\n\r\n" + b"x" * 43, 400, "whole number"),
        (HEAD + b"Content-Length: 0x2b\r\n\r\n" + b"x" * 43, 400, "whole number"),
        (HEAD + b"Content-Length: 1\r\nContent-Length: 2\r\n\r\nxx", 400, "whole number"),
        (HEAD + b"Content-Length: 99999999999\r\n\r\n", 413, "exceeds"),
        (HEAD + b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, "both"),
        (HEAD + b"Transfer-Encoding: gzip, chunked\r\n\r\n", 400, "only chunked"),
        (HEAD + b"X-Long: " + b"a" * 70_000 + b"\r\n\r\n", 431, "Line too long"),
    ],
)
def test_malformed_framing_is_a_4xx_json_error(
    stub: NovuStub, request_bytes: bytes, status: int, words: str, capfd: pytest.CaptureFixture[str]
) -> None:
    got, body = exchange(stub, request_bytes, half_close=True)
    assert (got, body["statusCode"]) == (status, status)
    assert words in body["message"]
    assert "Traceback" not in capfd.readouterr().err


def test_a_body_shorter_than_its_content_length_is_a_400(stub: NovuStub) -> None:
    status, body = exchange(stub, HEAD + b"Content-Length: 50\r\n\r\n{}", half_close=True)
    assert status == 400
    assert "ended after 2 of 50 bytes" in body["message"]


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 5_000, 200_000])
def test_deep_nesting_is_a_400_without_a_traceback(
    stub: NovuStub, depth: int, capfd: pytest.CaptureFixture[str]
) -> None:
    for opener, closer in ((b"[", b"]"), (b'{"a":', b"}")):
        payload = b'{"providerId":"x","channel":"sms","conditions":' + opener * depth + closer * depth + b"}"
        request = HEAD + f"Content-Length: {len(payload)}\r\n\r\n".encode() + payload
        status, body = exchange(stub, request)
        assert status == 400
        assert "nested" in body["message"]
    assert "Traceback" not in capfd.readouterr().err


def test_nesting_at_the_limit_is_read() -> None:
    assert nesting_depth("[" * MAX_DEPTH + "]" * MAX_DEPTH) == MAX_DEPTH
    assert nesting_depth('{"a": "[[[[[[", "b": "\\"[["}') == 1


@given(
    st.recursive(
        st.none() | st.integers() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    )
)
def test_nesting_depth_agrees_with_the_parsed_value(value: Any) -> None:
    def depth(item: Any) -> int:
        if isinstance(item, list):
            return 1 + max(map(depth, item), default=0)
        if isinstance(item, dict):
            return 1 + max(map(depth, item.values()), default=0)
        return 0

    assert nesting_depth(json.dumps(value)) == depth(value)


@pytest.mark.parametrize(
    "payload",
    [
        b'{"providerId": "x", "providerId": "y", "channel": "sms"}',
        b'{"providerId": "x", "channel": "sms", "credentials": {"apiKey": "a", "apiKey": "b"}}',
    ],
)
def test_duplicate_keys_are_refused(stub: NovuStub, payload: bytes) -> None:
    request = HEAD + f"Content-Length: {len(payload)}\r\n\r\n".encode() + payload
    status, body = exchange(stub, request)
    assert status == 400
    assert "duplicate key" in body["message"]


def test_the_listen_backlog_takes_a_burst() -> None:
    assert Server.request_queue_size >= 128
    assert LISTEN_BACKLOG >= 128
    with NovuStub() as stub:
        statuses: list[int] = []
        lock = threading.Lock()

        def one() -> None:
            with socket.create_connection(("127.0.0.1", stub.port), timeout=30) as connection:
                connection.sendall(LIST_REQUEST)
                reply = b""
                while chunk := connection.recv(65536):
                    reply += chunk
            with lock:
                statuses.append(int(reply.split()[1]))

        threads = [threading.Thread(target=one) for _ in range(64)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert statuses == [200] * 64


@settings(max_examples=50, deadline=None)
@given(raw=st.binary(max_size=200))
def test_any_request_bytes_get_a_reply_not_a_500(raw: bytes) -> None:
    """Whatever arrives as a body, the answer is a 2xx/4xx, never the stub's own 500."""
    stub = NovuStub()
    from strategies._stub_core import StubCall

    for method, target in (("POST", "/v1/integrations"), ("PUT", f"/v1/integrations/{'0' * 24}")):
        answer = stub.answer(StubCall(method, target, {"Authorization": "ApiKey k"}, raw))
        assert answer.status < 500, answer.body
