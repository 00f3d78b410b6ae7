"""Faults on demand: ``NovuStub.fail``, the ``Fault`` value, ``serve --fault``'s language, over HTTP too."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies._faults import Fault, parse_fault
from strategies._stub import NovuStub
from strategies._stub_core import StubCall
from tests.stub._helpers import AUTH, KEY, Api


@pytest.fixture
def stub() -> NovuStub:
    return NovuStub(seed=1, secret_key=KEY)


@pytest.fixture
def api(stub: NovuStub) -> Api:
    return Api(stub)


def test_429_for_the_next_two_calls_with_the_rate_limit_headers(stub: NovuStub, api: Api) -> None:
    """SERVER-SEMANTICS "Rate limits": Retry-After and the RateLimit-* headers; the 429 body."""
    stub.fail("GET /v1/integrations", status=429, retry_after=2, times=2)
    replies = [api("GET", "/v1/integrations") for _ in range(3)]
    assert [r.status for r in replies] == [429, 429, 200]
    limited = replies[0]
    assert limited.json["message"] == "API rate limit exceeded"
    assert limited.json["ctx"] == {}
    headers = dict(limited.answer.headers)
    assert headers["Retry-After"] == "2"
    assert headers["RateLimit-Remaining"] == "0"
    assert headers["RateLimit-Limit"] == "150"
    assert headers["RateLimit-Reset"] == "2"
    assert 'category="global"' in headers["RateLimit-Policy"]
    assert stub.faults == []


def test_a_fault_only_hits_its_route(stub: NovuStub, api: Api) -> None:
    stub.fail("GET /v1/integrations", status=503)
    assert api("GET", "/v1/integrations/active").status == 200
    assert api("POST", "/v1/integrations", {"providerId": "x", "channel": "sms"}).status == 201
    assert api("GET", "/v1/integrations/").status == 503  # the trailing slash is the same route


def test_templates_and_methodless_routes(stub: NovuStub, api: Api) -> None:
    stub.fail("/v1/integrations/{id}", status=404)
    assert api("PUT", f"/v1/integrations/{'1' * 24}", {"name": "x"}).status == 404
    assert (
        api("DELETE", f"/v1/integrations/{'1' * 24}").message == f"Cannot DELETE /v1/integrations/{'1' * 24}"
    )
    assert api("GET", "/v1/integrations").status == 200


@pytest.mark.parametrize(
    ("status", "message", "kind"),
    [
        (401, "API Key not found", "http"),
        (403, "Forbidden resource", "http"),
        (404, "Cannot GET /v1/integrations", "http"),
        (409, "Integration with identifier already exists", "http"),
        (422, "Validation Error", "validation"),
        (429, "API rate limit exceeded", "rate-limit"),
        (500, "Internal server error, contact support and provide them with the errorId", "internal"),
        (502, "Bad Gateway", "http"),
        (503, "Service Unavailable", "http"),
    ],
)
def test_every_status_has_novus_error_body(
    stub: NovuStub, api: Api, status: int, message: str, kind: str
) -> None:
    """SERVER-SEMANTICS "Errors": the body shape for each kind of error."""
    stub.fail("*", status=status)
    reply = api("GET", "/v1/integrations")
    assert (reply.status, reply.message, reply.json["statusCode"]) == (status, message, status)
    assert reply.json["path"] == "/v1/integrations"
    if kind == "http":
        assert reply.json["ctx"] == {"error": reply.json["error"], "statusCode": status}
    elif kind == "internal":
        assert "errorId" in reply.json
    elif kind == "validation":
        assert reply.json["errors"]["general"]["messages"]


def test_a_status_fault_has_no_effect_on_the_store(stub: NovuStub, api: Api) -> None:
    stub.fail("POST /v1/integrations", status=500, times=1)
    assert api("POST", "/v1/integrations", {"providerId": "x", "channel": "sms"}).status == 500
    assert stub.integrations() == []


def test_latency_delays_the_normal_answer(stub: NovuStub) -> None:
    stub.fail("*", latency=0.25)
    answer = stub.answer(StubCall("GET", "/v1/integrations", AUTH))
    assert (answer.status, answer.delay) == (200, 0.25)


def test_truncated_json_and_html_bodies(stub: NovuStub) -> None:
    stub.fail("GET /v1/integrations", body="truncated-json", times=1)
    stub.fail("GET /v1/integrations", status=502, body="html", times=1)
    truncated = stub.answer(StubCall("GET", "/v1/integrations", AUTH))
    assert truncated.status == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(truncated.body)
    assert truncated.header("content-length") == str(len(truncated.body))
    html = stub.answer(StubCall("GET", "/v1/integrations", AUTH))
    assert html.status == 502
    assert html.header("content-type") == "text/html"
    assert b"<h1>502 Bad Gateway</h1>" in html.body


def test_drop_hangs_up_without_effect(stub: NovuStub) -> None:
    stub.fail("POST *", drop=True)
    answer = stub.answer(StubCall("POST", "/v1/integrations", AUTH, b'{"providerId":"x","channel":"sms"}'))
    assert answer.drop
    assert stub.integrations() == []


def test_probability_is_deterministic_for_a_seed() -> None:
    def pattern(seed: int) -> list[int]:
        stub = NovuStub(seed=seed)
        stub.fail("*", status=503, probability=0.5)
        return [Api(stub)("GET", "/v1/integrations").status for _ in range(40)]

    assert pattern(1) == pattern(1)
    assert pattern(1) != pattern(2)
    assert set(pattern(1)) == {200, 503}


def test_faults_over_http(stub: NovuStub) -> None:
    stub.fail("GET /v1/integrations", status=429, retry_after=3, times=1)
    stub.fail("GET /v1/integrations/active", drop=True, times=1)
    with stub, httpx.Client(base_url=stub.url, headers=AUTH, timeout=10) as client:
        limited = client.get("/v1/integrations")
        assert (limited.status_code, limited.headers["retry-after"]) == (429, "3")
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/v1/integrations/active")
        assert client.get("/v1/integrations/active").status_code == 200
    assert [r.status for r in stub.requests] == [429, 0, 200]


def test_clear_faults(stub: NovuStub, api: Api) -> None:
    stub.fail("*", status=500)
    stub.clear_faults()
    assert api("GET", "/v1/integrations").status == 200


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        ({"route": "GET /v1/integrations"}, "needs an effect"),
        ({"route": "v1/integrations", "status": 500}, "must be"),
        ({"route": "BREW *", "status": 500}, "unknown method"),
        ({"route": "*", "status": 200}, "error status"),
        ({"route": "*", "status": 500, "times": 0}, "times"),
        ({"route": "*", "status": 500, "probability": 1.5}, "probability"),
        ({"route": "*", "latency": -1.0}, "latency"),
        ({"route": "*", "body": "xml"}, "body must be"),
        ({"route": "*", "status": 500, "drop": True}, "alone"),
    ],
)
def test_impossible_faults_raise_at_once(arguments: dict[str, object], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        Fault(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GET /v1/integrations=429x2", Fault("GET /v1/integrations", 429, times=2)),
        ("*=503,p=0.1", Fault("*", 503, probability=0.1)),
        ("POST /v1/integrations=latency=1.5", Fault("POST /v1/integrations", latency=1.5)),
        ("*=502,body=html", Fault("*", 502, body="html")),
        ("DELETE /v1/integrations/{id}=drop", Fault("DELETE /v1/integrations/{id}", drop=True)),
        ("*=429,retry-after=7,x3", Fault("*", 429, retry_after=7, times=3)),
        ("get *=dropx1", Fault("get *", drop=True, times=1)),
    ],
)
def test_the_fault_language(text: str, expected: Fault) -> None:
    assert parse_fault(text) == expected


@pytest.mark.parametrize(
    "text", ["", "*", "*=", "=500", "*=teapot", "*=500,p=x", "*=500,colour=red", "*=999"]
)
def test_malformed_fault_text_says_what_is_wrong(text: str) -> None:
    with pytest.raises(ValueError, match=r"ROUTE=EFFECT|unknown|is not|must be|could not"):
        parse_fault(text)


@given(
    status=st.sampled_from([401, 403, 404, 409, 422, 429, 500, 502, 503]),
    times=st.none() | st.integers(1, 9),
    latency=st.sampled_from([0.0, 0.5, 2.0]),
)
def test_parse_fault_reads_what_a_fault_says(status: int, times: int | None, latency: float) -> None:
    text = f"GET /v1/integrations={status}" + (f"x{times}" if times else "") + f",latency={latency}"
    assert parse_fault(text) == Fault("GET /v1/integrations", status, times=times, latency=latency)
