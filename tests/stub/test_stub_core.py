"""``NovuStub.answer``: the transport-neutral core every adapter (HTTP, httpx, responses) uses."""

from __future__ import annotations

import json

from strategies._stub import NovuStub
from strategies._stub_core import Headers, StubAnswer, StubCall


def test_answer_needs_no_socket() -> None:
    stub = NovuStub(seed=1)  # never started
    created = stub.answer(
        StubCall(
            "POST",
            "/v1/integrations",
            {"Content-Type": "application/json", "Authorization": "ApiKey any"},
            b'{"providerId":"x","channel":"sms"}',
        )
    )
    assert isinstance(created, StubAnswer)
    assert created.status == 201
    assert created.header("content-type") == "application/json; charset=utf-8"
    assert created.header("CONTENT-LENGTH") == str(len(created.body))
    listed = stub.answer(StubCall("GET", "/v1/integrations?x=1", {"Authorization": "ApiKey any"}))
    assert [item["providerId"] for item in json.loads(listed.body)["data"]] == ["x"]
    assert not stub.running


def test_head_has_no_body_but_the_get_length() -> None:
    stub = NovuStub(seed=1)
    got = stub.answer(StubCall("GET", "/v1/integrations", {"Authorization": "ApiKey any"}))
    head = stub.answer(StubCall("HEAD", "/v1/integrations", {"Authorization": "ApiKey any"}))
    assert got.status == 200
    assert head.body == b""
    assert head.header("Content-Length") == str(len(got.body))


def test_call_headers_ignore_case() -> None:
    call = StubCall("GET", "/", [("Authorization", "ApiKey k"), ("X-A", "1"), ("x-a", "2")])
    assert call.headers["authorization"] == "ApiKey k"
    assert call.headers["X-A"] == "1, 2"
    assert "AUTHORIZATION" in call.headers
    assert call.headers == Headers({"authorization": "ApiKey k", "x-a": "1, 2"})
    assert list(call.headers) == ["Authorization", "X-A"]
