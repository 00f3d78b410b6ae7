"""The in-process mocks answer exactly as the HTTP stub does: state, auth and faults alike.

Each scenario runs twice on two stubs built alike (same seed, same ticking clock): once over
HTTP on 127.0.0.1, once in process through each adapter. Status, body bytes and the headers a
client reads must agree; a dropped connection raises the same exception type.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

import strategies._mock_httpx
import strategies._mock_responses
from strategies import NovuHttpxTransport, mock_novu
from strategies._stub import NovuStub

KEY = "fake-secret-key"
READ_HEADERS = ("content-type", "retry-after", "ratelimit-remaining", "ratelimit-limit", "ratelimit-policy")
Reply = tuple[int, bytes, dict[str, str]]
Send = Callable[[str, str, dict[str, str], bytes], Reply]


def clock() -> Callable[[], datetime]:
    ticks = itertools.count()
    return lambda: datetime(2025, 1, 1, tzinfo=UTC) + timedelta(seconds=next(ticks))


def twin() -> NovuStub:
    return NovuStub(seed=7, secret_key=KEY, clock=clock())


def headers_of(pairs: Any) -> dict[str, str]:
    return {name.lower(): value for name, value in pairs.items() if name.lower() in READ_HEADERS}


def over_http(stub: NovuStub) -> Iterator[Send]:
    with stub, httpx.Client(base_url=stub.url) as client:

        def send(method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
            reply = client.request(method, path, headers=headers, content=body)
            return reply.status_code, reply.content, headers_of(reply.headers)

        yield send


def via_transport(stub: NovuStub) -> Iterator[Send]:
    with httpx.Client(base_url="https://api.novu.co", transport=NovuHttpxTransport(stub)) as client:

        def send(method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
            reply = client.request(method, path, headers=headers, content=body)
            return reply.status_code, reply.content, headers_of(reply.headers)

        yield send


def via_respx(stub: NovuStub) -> Iterator[Send]:
    with mock_novu(stub, transport="respx"), httpx.Client(base_url="https://eu.api.novu.co") as client:

        def send(method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
            reply = client.request(method, path, headers=headers, content=body)
            return reply.status_code, reply.content, headers_of(reply.headers)

        yield send


def via_responses(stub: NovuStub) -> Iterator[Send]:
    with mock_novu(stub, transport="responses"), requests.Session() as session:

        def send(method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
            reply = session.request(method, f"https://api.novu.co{path}", headers=headers, data=body)
            return reply.status_code, reply.content, headers_of(reply.headers)

        yield send


IN_PROCESS = {"transport": via_transport, "respx": via_respx, "responses": via_responses}
AUTH = {"Authorization": f"ApiKey {KEY}", "Content-Type": "application/json"}
CREATE = b'{"providerId": "sendgrid", "channel": "email", "active": true}'
FAULTS: dict[str, dict[str, Any]] = {
    "429 with Retry-After": {"status": 429, "retry_after": 2},
    "503": {"status": 503},
    "html error page": {"status": 502, "body": "html"},
    "truncated json": {"body": "truncated-json"},
    "401": {"status": 401},
}
REQUESTS = [
    ("GET", "/v1/integrations", {}, b""),  # no key: 401
    ("GET", "/v1/integrations", {"Authorization": "ApiKey wrong"}, b""),
    ("GET", "/v1/integrations", {"Authorization": "Token x"}, b""),
    ("POST", "/v1/integrations", AUTH, CREATE),
    ("POST", "/v1/integrations", AUTH, b'{"channel": "fax"}'),
    ("GET", "/v1/integrations?page=2", AUTH, b""),
    ("PUT", "/v1/integrations/not-an-id", AUTH, b'{"name": "x"}'),
    ("DELETE", "/v1/integrations/0123456789abcdef01234567", AUTH, b""),
]


def run(adapter: Callable[[NovuStub], Iterator[Send]], setup: Callable[[NovuStub], object]) -> list[Reply]:
    stub = twin()
    setup(stub)
    return [send(*request) for send in adapter(stub) for request in REQUESTS]


@pytest.mark.parametrize("adapter", IN_PROCESS.values(), ids=list(IN_PROCESS))
@pytest.mark.parametrize("fault", [None, *FAULTS], ids=["no fault", *FAULTS])
def test_state_auth_and_faults_answer_as_over_http(
    adapter: Callable[[NovuStub], Iterator[Send]], fault: str | None
) -> None:
    def setup(stub: NovuStub) -> None:
        if fault is not None:
            stub.fail("POST /v1/integrations", **FAULTS[fault])
            stub.fail("GET /v1/integrations", **FAULTS[fault], times=1)

    assert run(adapter, setup) == run(over_http, setup)


@given(
    calls=st.lists(
        st.tuples(
            st.sampled_from(["GET", "POST", "PUT", "DELETE"]),
            st.sampled_from(["/v1/integrations", "/v1/integrations/active", "/v1/integrations/x"]),
            st.sampled_from([b"", CREATE, b'{"name": "n"}', b"[1]", b"{"]),
        ),
        max_size=6,
    ),
    seed=st.integers(0, 3),
)
@settings(max_examples=15, deadline=None)
def test_random_request_sequences_answer_as_over_http(calls: list[tuple[str, str, bytes]], seed: int) -> None:
    def replies(adapter: Callable[[NovuStub], Iterator[Send]]) -> list[Reply]:
        stub = twin()
        stub.fail("*", status=503, probability=0.3)  # Under the stub's seed: the same dice twice.
        return [send(m, p, AUTH, b) for send in adapter(stub) for m, p, b in calls]

    assert replies(via_transport) == replies(over_http)


# --- dropped connections and latency -----------------------------------------------------------


def raised_by(call: Callable[[], object]) -> BaseException:
    with pytest.raises(Exception) as raised:  # noqa: PT011 - the type is what is compared
        call()
    return raised.value


def test_a_drop_raises_what_httpx_raises_over_http() -> None:
    with twin() as stub, httpx.Client() as client:
        stub.fail("*", drop=True)
        real = raised_by(lambda: client.get(f"{stub.url}/v1/integrations", headers=AUTH))
    stub = twin()
    stub.fail("*", drop=True)
    with httpx.Client(transport=NovuHttpxTransport(stub)) as client:
        mocked = raised_by(lambda: client.get("https://api.novu.co/v1/integrations", headers=AUTH))
    assert type(mocked) is type(real)
    assert str(mocked) == str(real)


def test_a_drop_raises_what_requests_raises_over_http() -> None:
    with twin() as stub:
        stub.fail("*", drop=True)
        real = raised_by(lambda: requests.get(f"{stub.url}/v1/integrations", headers=AUTH, timeout=5))
    stub = twin()
    stub.fail("*", drop=True)
    with mock_novu(stub, transport="responses"):
        mocked = raised_by(lambda: requests.get("https://api.novu.co/v1/integrations", headers=AUTH))
    assert type(mocked) is type(real)
    assert repr(mocked.args[0]) == repr(real.args[0])  # ProtocolError('Connection aborted.', ...)


@pytest.mark.parametrize("transport", ["respx", "responses"])
def test_latency_is_slept_not_skipped(transport: str, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    for module in (strategies._mock_httpx, strategies._mock_responses):
        monkeypatch.setattr(module.time, "sleep", slept.append)
    stub = twin()
    stub.fail("GET /v1/integrations", latency=1.25, times=1)
    with mock_novu(stub, transport=transport):  # type: ignore[arg-type]
        get = httpx.get if transport == "respx" else requests.get
        assert get("https://api.novu.co/v1/integrations", headers=AUTH).status_code == 200
        assert get("https://api.novu.co/v1/integrations", headers=AUTH).status_code == 200
    assert slept == [1.25]


def test_the_async_transport_awaits_latency(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    import anyio

    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(anyio, "sleep", fake_sleep)
    stub = twin()
    stub.fail("*", latency=0.5, times=1)

    async def get() -> int:
        transport = strategies.AsyncNovuHttpxTransport(stub)
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.get("https://api.novu.co/v1/integrations", headers=AUTH)).status_code

    assert asyncio.run(get()) == 200
    assert slept == [0.5]
