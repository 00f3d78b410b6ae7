"""``NovuStub`` over raw HTTP: endpoints, envelopes, JSON errors, the request log, concurrency."""

from __future__ import annotations

import http.client
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from novu_py import models

import contracts
from strategies._stub import REQUEST_LOG_SIZE, NovuStub, StubRequest
from strategies._stub_core import StubCall
from tests.stub._helpers import AUTH, ISO, KEY, OBJECT_ID, Clock, valid

ERROR_KEYS = {"statusCode", "timestamp", "path", "message"}


@pytest.fixture
def stub() -> Iterator[NovuStub]:
    with NovuStub(seed=1, clock=Clock(), secret_key=KEY) as running:
        running.seed_generated(5, seed=1)
        yield running


@pytest.fixture
def client(stub: NovuStub) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=stub.url, timeout=10, headers=AUTH) as http:
        yield http


def data(response: httpx.Response) -> Any:
    """The envelope's content, after checking the envelope and every integration in it."""
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"data"}, body
    items = body["data"] if isinstance(body["data"], list) else [body["data"]]
    assert all(valid(written(item)) for item in items), [
        contracts.check(i, unknown_keys="ignore") for i in items
    ]
    return body["data"]


def written(item: dict[str, Any]) -> dict[str, Any]:
    """A write reply as the contract sees it once the known quirk (no empty credentials) is allowed."""
    return item if "credentials" in item else {**item, "credentials": {}}


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    """The JSON error body, checked against novu-py's ErrorDto / ValidationErrorDto shapes."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert set(body) >= ERROR_KEYS
    assert body["statusCode"] == status
    assert ISO.fullmatch(body["timestamp"])
    model = models.ValidationErrorDtoData if body.get("errors") else models.ErrorDtoData
    model.model_validate(body)
    return body


def create(client: httpx.Client, **body: Any) -> dict[str, Any]:
    response = client.post("/v1/integrations", json=body)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = data(response)
    return created


# --- reads -----------------------------------------------------------------------------------


def test_list_returns_every_live_integration_in_an_envelope(stub: NovuStub, client: httpx.Client) -> None:
    response = client.get("/v1/integrations")
    assert response.status_code == 200
    items = data(response)
    assert [i["_id"] for i in items] == [i["_id"] for i in stub.integrations()]
    assert len(items) == 5


def test_active_returns_only_active_ones(stub: NovuStub, client: httpx.Client) -> None:
    stub.add({**stub.integrations()[0], "_id": "a" * 24, "active": True})
    stub.add({**stub.integrations()[0], "_id": "b" * 24, "active": False})
    items = data(client.get("/v1/integrations/active"))
    expected = [i["_id"] for i in stub.integrations() if i["active"]]
    assert [i["_id"] for i in items] == expected
    assert "a" * 24 in expected
    assert "b" * 24 not in expected


def test_trailing_slash_query_string_and_head(client: httpx.Client) -> None:
    plain = client.get("/v1/integrations")
    assert client.get("/v1/integrations/?limit=1").json() == plain.json()
    head = client.head("/v1/integrations")
    assert head.status_code == 200
    assert head.content == b""
    assert int(head.headers["content-length"]) == len(plain.content)


def test_reads_do_not_show_deleted_integrations(stub: NovuStub, client: httpx.Client) -> None:
    live = stub.integrations()[0]
    stub.add({**live, "_id": "d" * 24, "active": True, "deleted": True, "deletedAt": "2025-05-01T00:00:00Z"})
    for path in ("/v1/integrations", "/v1/integrations/active"):
        assert "d" * 24 not in [i["_id"] for i in data(client.get(path))]


# --- create ----------------------------------------------------------------------------------


def test_create_accepts_a_chunked_body(stub: NovuStub) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=10)
    body = iter([b'{"providerId": "sendgrid", ', b'"channel": "email"}'])
    connection.request("POST", "/v1/integrations", body=body, headers=AUTH, encode_chunked=True)
    response = connection.getresponse()
    assert response.status == 201
    assert valid(written(json.loads(response.read())["data"]))
    connection.close()


def test_create_survives_a_lone_surrogate(client: httpx.Client) -> None:
    response = client.post(
        "/v1/integrations",
        content=b'{"providerId": "x", "channel": "chat", "name": "\\ud800"}',
        headers={"content-type": "application/json"},
    )
    assert data(response)["name"] == "\ud800"
    assert data(client.get("/v1/integrations"))[-1]["name"] == "\ud800"


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PUT", "/v1/integrations/0123456789abcdef01234567"),
        ("DELETE", "/v1/integrations/0123456789abcdef01234567"),
        ("POST", "/v1/integrations/0123456789abcdef01234567/set-primary"),
        ("GET", "/v1/nope"),
        ("GET", "/v2/integrations"),
        ("GET", "/v1/integrations/a/b"),
        ("POST", "/"),
    ],
)
def test_unknown_ids_and_routes_are_404(client: httpx.Client, method: str, path: str) -> None:
    body = error(client.request(method, path, json={"name": "x"}), 404)
    assert body["path"] == path


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PATCH", "/v1/integrations", "GET, HEAD, POST"),
        ("DELETE", "/v1/integrations", "GET, HEAD, POST"),
        ("POST", "/v1/integrations/active", "GET, HEAD"),  # in the document "active" is no id
        ("GET", "/v1/integrations/abc", "DELETE, PUT"),
        ("GET", "/v1/integrations/abc/set-primary", "POST"),
    ],
)
def test_wrong_methods_are_404_like_express_or_405_contract_only(
    client: httpx.Client, method: str, path: str, allow: str
) -> None:
    """Express answers a wrong method like an unknown route (a quirk); contract-only says 405."""
    assert error(client.request(method, path), 404)["message"] == f"Cannot {method} {path}"
    with NovuStub(contract_only=True) as strict:
        response = httpx.request(method, strict.url + path, headers=AUTH)
        error(response, 405)
        assert response.headers["allow"] == allow


@pytest.mark.parametrize(
    "raw",
    [
        b"{",
        b'{"providerId": }',
        b"\xff\xfe",
        b'{"a": NaN}',
        b'{"credentials": {"x": 1e999}}',
        b"[" * 100_000,
        b'{"providerId": "a", "providerId": "b", "channel": "email"}',
        b'"sendgrid"',
        b"[]",
    ],
)
def test_malformed_json_duplicate_keys_and_non_objects_are_400(client: httpx.Client, raw: bytes) -> None:
    for method, path in (("POST", "/v1/integrations"), ("PUT", f"/v1/integrations/{'0' * 24}")):
        response = client.request(method, path, content=raw, headers={"content-type": "application/json"})
        message = error(response, 400)["message"]
        assert any(word in message for word in ("JSON", "UTF-8", "nested", "duplicate key", "object")), (
            message
        )


def test_invalid_bodies_are_422_with_novus_validation_body(stub: NovuStub, client: httpx.Client) -> None:
    before = stub.integrations()
    body = error(client.post("/v1/integrations", json={"providerId": 5, "channel": "fax"}), 422)
    assert body["message"] == "Validation Error"
    assert body["errors"]["general"]["messages"] == [
        "providerId must be a string",
        "channel must be one of the following values: in_app, email, sms, chat, push",
    ]
    assert stub.integrations() == before


def test_drift_values_are_refused_naming_the_drift(client: httpx.Client) -> None:
    """The stub never stores what breaks the contract (a deliberate difference: Mongoose would)."""
    child = {"field": "tenant.id", "value": "t1", "operator": "IS_DEFINED", "on": "tenant"}
    condition = {"isNegated": False, "type": "GROUP", "value": "AND", "children": [child]}
    body = {"providerId": "x", "channel": "email", "conditions": [condition]}
    message = error(client.post("/v1/integrations", json=body), 400)["message"]
    assert message.startswith("Integration validation failed: conditions.0.children.0.")
    assert "known provider drift" in message


def test_invalid_update_bodies_are_422_even_for_unknown_ids(stub: NovuStub, client: httpx.Client) -> None:
    known = stub.integrations()[0]["_id"]
    for integration_id in (known, "0" * 24, "not-an-id"):
        body = error(client.put(f"/v1/integrations/{integration_id}", json={"active": "yes"}), 422)
        assert body["errors"]["general"]["messages"] == ["active must be a boolean value"]


def _raw_exchange(stub: NovuStub, request: bytes) -> tuple[int, dict[str, Any]]:
    with socket.create_connection(("127.0.0.1", stub.port), timeout=10) as connection:
        connection.sendall(request)
        reply = b""
        while chunk := connection.recv(65536):
            reply += chunk  # The stub closes the connection after these errors.
    head, _, body = reply.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


def test_transport_errors_are_json_too(stub: NovuStub) -> None:
    status, body = _raw_exchange(stub, b"GARBAGE\r\n\r\n")
    assert (status, body["statusCode"]) == (400, 400)
    status, body = _raw_exchange(stub, b"BREW /v1/integrations HTTP/1.1\r\nHost: x\r\n\r\n")
    assert (status, body["statusCode"]) == (405, 405)
    huge = b"POST /v1/integrations HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n"
    status, body = _raw_exchange(stub, huge)
    assert (status, body["statusCode"]) == (413, 413)
    for error_body in (body,):
        models.ErrorDtoData.model_validate(error_body)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
FIELDS = ["providerId", "channel", "name", "identifier", "credentials", "active", "check", "conditions"]
BODIES = st.dictionaries(
    st.sampled_from([*FIELDS, "_environmentId", "removeNovuBranding", "other"]),
    st.sampled_from(["email", "sms", "sendgrid", True, {}, []]) | JSON_VALUES,
    max_size=8,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODIES | JSON_VALUES)
def test_any_body_gets_a_4xx_or_a_valid_integration(client: httpx.Client, body: Any) -> None:
    created = client.post("/v1/integrations", json=body)
    if created.status_code != 201:
        assert created.status_code in (400, 409, 422)
        error(created, created.status_code)
        return
    integration_id = data(created)["_id"]
    updated = client.put(f"/v1/integrations/{integration_id}", json=body)
    if updated.status_code == 200:
        data(updated)
    else:
        assert updated.status_code in (400, 409, 422)
        error(updated, updated.status_code)


# --- the store and the request log -----------------------------------------------------------


def test_request_log_records_each_request(stub: NovuStub, client: httpx.Client) -> None:
    stub.clear()
    client.get("/v1/integrations")
    client.post("/v1/integrations", json={"providerId": "x", "channel": "sms"})
    client.post("/v1/integrations", content=b"{", headers={"content-type": "application/json"})
    client.delete(f"/v1/integrations/{'0' * 24}?force=1")
    assert [(r.method, r.path, r.status, r.body) for r in stub.requests] == [
        ("GET", "/v1/integrations", 200, None),
        ("POST", "/v1/integrations", 201, {"providerId": "x", "channel": "sms"}),
        ("POST", "/v1/integrations", 400, "{"),
        ("DELETE", f"/v1/integrations/{'0' * 24}?force=1", 404, None),
    ]
    assert all(r.header("authorization") == "ApiKey [redacted]" for r in stub.requests)
    assert KEY not in repr(stub.requests)
    assert isinstance(stub.requests[0], StubRequest)


def test_request_log_is_a_ring_buffer() -> None:
    stub = NovuStub()
    for _ in range(REQUEST_LOG_SIZE + 5):
        stub.answer(StubCall("GET", "/v1/nope"))
    assert len(stub.requests) == REQUEST_LOG_SIZE


@pytest.mark.parametrize("name", ["Authorization", "Proxy-Authorization", "Cookie", "X-Api-Key"])
def test_request_log_redacts_secret_headers(name: str) -> None:
    stub = NovuStub()
    stub.answer(StubCall("GET", "/v1/integrations", {name: "ApiKey sk_live_123", "X-Trace": "t"}))
    (logged,) = stub.requests
    assert "sk_live_123" not in repr(logged)
    assert logged.header("x-trace") == "t"


def test_the_stub_is_quiet(client: httpx.Client, capfd: pytest.CaptureFixture[str]) -> None:
    client.get("/v1/integrations")
    client.get("/v1/nope")
    client.post("/v1/integrations", content=b"{")
    assert capfd.readouterr() == ("", "")


def test_seed_generated_payloads_are_valid_unique_live_and_deterministic() -> None:
    first, second = NovuStub(seed=3), NovuStub(seed=3)
    added = first.seed_generated(60, seed=9)
    assert second.seed_generated(60, seed=9) == added
    assert first.integrations() == added
    ids = [i["_id"] for i in added]
    assert len(set(ids)) == 60
    assert all(OBJECT_ID.fullmatch(i) for i in ids)
    assert all(valid(i) and i["deleted"] is False for i in added)
    assert all(i["id"] == i["_id"] for i in added if "id" in i)
    assert all(len(json.dumps(i)) < 5_000 for i in NovuStub().seed_generated(30, 1, edge_cases=False))


def test_the_same_seed_and_requests_give_the_same_replies() -> None:
    replies = []
    for _ in range(2):
        with NovuStub(seed="s", clock=Clock()) as stub, httpx.Client(base_url=stub.url, headers=AUTH) as http:
            body = {"providerId": "sendgrid", "channel": "email"}
            replies.append([http.post("/v1/integrations", json=body).json() for _ in range(3)])
    assert replies[0] == replies[1]
    assert len({r["data"]["_id"] for r in replies[0]}) == 3


def test_add_rejects_what_breaks_the_contract() -> None:
    stub = NovuStub()
    payload = stub.seed_generated(1, seed=1)[0]
    stub.clear()
    with pytest.raises(contracts.ContractError, match="/channel"):
        stub.add({**payload, "channel": "fax"})
    with pytest.raises(ValueError, match="/deletedAt"):
        stub.add({**payload, "deletedAt": None})
    with pytest.raises(ValueError, match="not JSON"):
        stub.add({**payload, "extra": {1, 2}})
    stored = stub.add({k: v for k, v in payload.items() if k != "_id"})
    assert OBJECT_ID.fullmatch(stored["_id"])
    with pytest.raises(ValueError, match="already stored"):
        stub.add(stored)
    assert stub.integrations() == [stored]
    assert NovuStub([stored]).integrations() == [stored]


def test_snapshots_are_copies(stub: NovuStub) -> None:
    snapshot = stub.integrations()
    snapshot[0]["name"] = "changed"
    snapshot[0]["credentials"]["x"] = "y"
    assert stub.integrations()[0] != snapshot[0]


def test_lifecycle() -> None:
    stub = NovuStub()
    with pytest.raises(RuntimeError, match="not running"):
        _ = stub.url
    stub.start()
    try:
        with pytest.raises(RuntimeError, match="already running"):
            stub.start()
        idle = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=10)
        idle.request("GET", "/v1/integrations")
        idle.getresponse().read()  # A keep-alive connection left open: stop() must not wait for it.
    finally:
        stub.stop()
    stub.stop()
    assert not stub.running
    with NovuStub(host="::1") as ipv6:
        assert ipv6.url.startswith("http://[::1]:")
        assert httpx.get(f"{ipv6.url}/v1/integrations", headers=AUTH).json() == {"data": []}


# --- load ------------------------------------------------------------------------------------

THREADS = 8
REQUESTS_PER_THREAD = 250


def test_concurrent_reads_creates_and_updates_lose_nothing(stub: NovuStub) -> None:
    seeded = len(stub.integrations())
    failures: list[str] = []
    created: list[list[str]] = [[] for _ in range(THREADS)]
    last_name: dict[str, str] = {}

    def work(thread: int) -> None:
        with httpx.Client(base_url=stub.url, timeout=30, headers=AUTH) as http:
            for i in range(REQUESTS_PER_THREAD):
                kind = i % 4
                if kind == 0 or not created[thread]:
                    body = {"providerId": "sendgrid", "channel": "email", "name": f"t{thread}-{i}"}
                    response = http.post("/v1/integrations", json=body)
                    expected = 201
                elif kind == 1:
                    target = created[thread][i % len(created[thread])]
                    response = http.put(f"/v1/integrations/{target}", json={"name": f"t{thread}-{i}"})
                    expected = 200
                else:
                    response = http.get("/v1/integrations" if kind == 2 else "/v1/integrations/active")
                    expected = 200
                if response.status_code != expected:
                    failures.append(f"{response.request.method} {response.status_code}: {response.text}")
                    continue
                body = response.json()["data"]
                items = body if isinstance(body, list) else [body]
                if not all(valid(written(item)) for item in items):
                    failures.append(f"invalid integration in {response.request.method} reply")
                if kind in (0, 1) and isinstance(body, dict):
                    if response.status_code == 201:
                        created[thread].append(body["_id"])
                    last_name[body["_id"]] = body["name"]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    all_created = [i for ids in created for i in ids]
    stored = {i["_id"]: i for i in stub.integrations()}
    assert len(stored) == seeded + len(all_created)
    assert len(set(all_created)) == len(all_created)
    assert {i: stored[i]["name"] for i in last_name} == last_name
    assert len(stub.requests) == THREADS * REQUESTS_PER_THREAD
