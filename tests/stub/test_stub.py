"""``NovuStub`` over raw HTTP: endpoints, envelopes, JSON errors, the request log, concurrency."""

from __future__ import annotations

import http.client
import json
import re
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from novu_py import models

import contracts
from strategies._stub import NovuStub, StubRequest

OBJECT_ID = re.compile(r"[0-9a-f]{24}")
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
ERROR_KEYS = {"statusCode", "timestamp", "path", "message"}


class Clock:
    """A clock that moves one second per reading, so timestamps are deterministic and distinct."""

    def __init__(self) -> None:
        self.now = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def valid(item: Any) -> bool:
    """Whether ``item`` passes the contract (unknown keys, which the real API sends too, allowed)."""
    return contracts.check(item, unknown_keys="ignore") == []


@pytest.fixture
def stub() -> Iterator[NovuStub]:
    with NovuStub(seed=1, clock=Clock()) as running:
        running.seed_generated(5, seed=1)
        yield running


@pytest.fixture
def client(stub: NovuStub) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=stub.url, timeout=10) as http:
        yield http


def data(response: httpx.Response) -> Any:
    """The envelope's content, after checking the envelope and every integration in it."""
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"data"}, body
    items = body["data"] if isinstance(body["data"], list) else [body["data"]]
    assert all(valid(item) for item in items), [contracts.check(i, unknown_keys="ignore") for i in items]
    return body["data"]


def error(response: httpx.Response, status: int) -> dict[str, Any]:
    """The JSON error body, checked against novu-py's ErrorDto / ValidationErrorDto shapes."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, Any] = response.json()
    assert set(body) >= ERROR_KEYS
    assert body["statusCode"] == status
    assert ISO.fullmatch(body["timestamp"])
    model = models.ValidationErrorDtoData if status == 422 else models.ErrorDtoData
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


def test_create_fills_in_what_the_real_api_does(stub: NovuStub, client: httpx.Client) -> None:
    created = create(client, providerId="sendgrid", channel="email")
    assert OBJECT_ID.fullmatch(created["_id"])
    assert created["id"] == created["_id"]
    assert created["name"] == "SendGrid"
    assert re.fullmatch(r"send-grid-[0-9A-Za-z]{8}", created["identifier"])
    assert created["_environmentId"] == stub.environment_id
    assert created["_organizationId"] == stub.organization_id
    assert (created["active"], created["deleted"], created["primary"]) == (False, False, False)
    assert created["credentials"] == {}
    assert created["conditions"] == []
    assert created["__v"] == 0
    assert ISO.fullmatch(created["createdAt"])
    assert created["updatedAt"] == created["createdAt"]
    assert "deletedAt" not in created
    assert "deletedBy" not in created
    stored = next(i for i in data(client.get("/v1/integrations")) if i["_id"] == created["_id"])
    assert "id" not in stored  # Only write replies carry id.
    assert stored == {k: v for k, v in created.items() if k != "id"}


def test_create_keeps_given_fields_and_encrypts_secrets_in_the_reply(client: httpx.Client) -> None:
    condition = {
        "isNegated": False,
        "type": "GROUP",
        "value": "AND",
        "children": [{"field": "plan", "value": "pro", "operator": "EQUAL", "on": "subscriber"}],
    }
    credentials = {"apiKey": "<fake-key>", "from": "a@example.com", "secure": True, "tlsOptions": {"x": [1]}}
    created = create(
        client,
        providerId="acme",
        channel="sms",
        name="Acme SMS",
        identifier="acme-1",
        credentials=credentials,
        active=True,
        check=False,
        conditions=[condition],
        _environmentId="e" * 24,
    )
    assert (created["name"], created["identifier"], created["active"]) == ("Acme SMS", "acme-1", True)
    assert created["_environmentId"] == "e" * 24
    assert created["conditions"] == [condition]
    assert re.fullmatch(r"nvsk\.[0-9a-f]{32}:[0-9a-f]+", created["credentials"]["apiKey"])
    assert {k: v for k, v in created["credentials"].items() if k != "apiKey"} == {
        k: v for k, v in credentials.items() if k != "apiKey"
    }
    listed = next(i for i in data(client.get("/v1/integrations")) if i["_id"] == created["_id"])
    assert listed["credentials"] == credentials  # GET replies carry them decrypted.


def test_create_defaults_the_name_of_an_unknown_provider_to_its_id(client: httpx.Client) -> None:
    created = create(client, providerId="acmeMailer", channel="email")
    assert created["name"] == "acmeMailer"
    assert re.fullmatch(r"acme-mailer-[0-9A-Za-z]{8}", created["identifier"])


def test_create_treats_null_as_absent_and_ignores_unknown_keys(client: httpx.Client) -> None:
    created = create(
        client, providerId="twilio", channel="sms", name=None, primary=True, deleted=True, extra={"a": 1}
    )
    assert created["name"] == "Twilio"
    assert (created["primary"], created["deleted"]) == (False, False)
    assert "extra" not in created


def test_create_accepts_a_chunked_body(stub: NovuStub) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=10)
    body = iter([b'{"providerId": "sendgrid", ', b'"channel": "email"}'])
    connection.request("POST", "/v1/integrations", body=body, encode_chunked=True)
    response = connection.getresponse()
    assert response.status == 201
    assert valid(json.loads(response.read())["data"])
    connection.close()


def test_create_survives_a_lone_surrogate(client: httpx.Client) -> None:
    response = client.post(
        "/v1/integrations",
        content=b'{"providerId": "x", "channel": "chat", "name": "\\ud800"}',
        headers={"content-type": "application/json"},
    )
    assert data(response)["name"] == "\ud800"
    assert data(client.get("/v1/integrations"))[-1]["name"] == "\ud800"


# --- update, delete, set-primary -------------------------------------------------------------


def test_update_changes_only_the_given_fields(client: httpx.Client) -> None:
    created = create(client, providerId="sendgrid", channel="email", credentials={"apiKey": "<k>"})
    response = client.put(f"/v1/integrations/{created['_id']}", json={"name": "Renamed", "active": True})
    assert response.status_code == 200
    updated = data(response)
    assert (updated["name"], updated["active"]) == ("Renamed", True)
    assert updated["id"] == updated["_id"] == created["_id"]
    assert updated["updatedAt"] > created["updatedAt"]
    unchanged = {k: v for k, v in created.items() if k not in ("name", "active", "updatedAt")}
    assert {k: v for k, v in updated.items() if k in unchanged} == unchanged


def test_update_replaces_credentials_and_conditions(client: httpx.Client) -> None:
    created = create(client, providerId="x", channel="push", credentials={"apiKey": "<k>", "region": "eu"})
    body = {"credentials": {"region": "us"}, "conditions": [], "check": True, "removeNovuBranding": True}
    updated = data(client.put(f"/v1/integrations/{created['_id']}", json=body))
    assert updated["credentials"] == {"region": "us"}
    assert updated["conditions"] == []
    assert updated["removeNovuBranding"] is True
    assert "check" not in updated


def test_delete_is_a_soft_delete_returning_the_rest(stub: NovuStub, client: httpx.Client) -> None:
    created = create(client, providerId="sendgrid", channel="email")
    response = client.delete(f"/v1/integrations/{created['_id']}")
    assert response.status_code == 200
    rest = data(response)
    assert created["_id"] not in [i["_id"] for i in rest]
    assert rest == data(client.get("/v1/integrations"))
    stored = next(i for i in stub.integrations() if i["_id"] == created["_id"])
    assert stored["deleted"] is True
    assert ISO.fullmatch(stored["deletedAt"])
    assert valid(stored)
    for method, path in (
        ("DELETE", f"/v1/integrations/{created['_id']}"),
        ("PUT", f"/v1/integrations/{created['_id']}"),
        ("POST", f"/v1/integrations/{created['_id']}/set-primary"),
    ):
        error(client.request(method, path, json={}), 404)


def test_set_primary_is_exclusive_per_channel_and_environment(stub: NovuStub, client: httpx.Client) -> None:
    base = {k: v for k, v in stub.integrations()[0].items() if k not in ("_id", "id")}
    env_a, env_b = "a" * 24, "b" * 24
    ids = {
        name: stub.add({**base, "channel": channel, "_environmentId": env, "primary": True})["_id"]
        for name, channel, env in (
            ("target", "email", env_a),
            ("rival", "email", env_a),
            ("other_env", "email", env_b),
            ("other_channel", "sms", env_a),
        )
    }
    response = client.post(f"/v1/integrations/{ids['target']}/set-primary")
    assert response.status_code == 200
    reply = data(response)
    assert reply["primary"] is True
    assert reply["id"] == ids["target"]
    primary = {i["_id"]: i["primary"] for i in stub.integrations()}
    assert primary[ids["target"]] is True
    assert primary[ids["rival"]] is False
    assert primary[ids["other_env"]] is True
    assert primary[ids["other_channel"]] is True


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("PUT", "/v1/integrations/000000000000000000000000"),
        ("DELETE", "/v1/integrations/nope"),
        ("POST", "/v1/integrations/nope/set-primary"),
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
        ("POST", "/v1/integrations/active", "DELETE, GET, HEAD, PUT"),  # "active" may be an id too.
        ("GET", "/v1/integrations/abc", "DELETE, PUT"),
        ("GET", "/v1/integrations/abc/set-primary", "POST"),
    ],
)
def test_wrong_methods_are_405(client: httpx.Client, method: str, path: str, allow: str) -> None:
    response = client.request(method, path)
    error(response, 405)
    assert response.headers["allow"] == allow


@pytest.mark.parametrize(
    "raw",
    [b"{", b'{"providerId": }', b"\xff\xfe", b'{"a": NaN}', b'{"credentials": {"x": 1e999}}', b"[" * 100_000],
)
def test_malformed_json_is_400(client: httpx.Client, raw: bytes) -> None:
    for method, path in (("POST", "/v1/integrations"), ("PUT", "/v1/integrations/nope")):
        response = client.request(method, path, content=raw, headers={"content-type": "application/json"})
        assert "JSON" in error(response, 400)["message"] or "UTF-8" in response.json()["message"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "providerId"),
        ({"providerId": "sendgrid"}, "channel"),
        ({"channel": "email"}, "providerId"),
        ({"providerId": "sendgrid", "channel": "fax"}, "channel"),
        ({"providerId": "sendgrid", "channel": "EMAIL"}, "channel"),
        ({"providerId": 5, "channel": "email"}, "providerId"),
        ({"providerId": "x", "channel": "email", "name": 5}, "name"),
        ({"providerId": "x", "channel": "email", "active": "true"}, "active"),
        ({"providerId": "x", "channel": "email", "check": 1}, "check"),
        ({"providerId": "x", "channel": "email", "credentials": []}, "credentials"),
        ({"providerId": "x", "channel": "email", "credentials": {"port": 587}}, "credentials.port"),
        ({"providerId": "x", "channel": "email", "conditions": {}}, "conditions"),
        ({"providerId": "x", "channel": "email", "conditions": [{}]}, "conditions.0.children"),
        ({"providerId": "x", "channel": "email", "_environmentId": 1}, "_environmentId"),
        ([], "body"),
        ("sendgrid", "body"),
    ],
)
def test_invalid_create_bodies_are_422(stub: NovuStub, client: httpx.Client, body: Any, field: str) -> None:
    before = stub.integrations()
    response = client.post("/v1/integrations", json=body)
    errors = error(response, 422)["errors"]
    assert field in errors
    assert errors[field]["messages"]
    assert stub.integrations() == before


def test_drift_values_are_rejected_naming_the_drift(client: httpx.Client) -> None:
    child = {"field": "tenant.id", "value": "t1", "operator": "IS_DEFINED", "on": "tenant"}
    condition = {"isNegated": False, "type": "GROUP", "value": "AND", "children": [child]}
    body = {"providerId": "x", "channel": "email", "conditions": [condition]}
    errors = error(client.post("/v1/integrations", json=body), 422)["errors"]
    assert errors["conditions.0.children.0.on"]["value"] == "tenant"
    assert "drift" in " ".join(errors["conditions.0.children.0.on"]["messages"])


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": None, "active": "yes"}, "active"),
        ({"credentials": {"secure": "true"}}, "credentials.secure"),
        ({"identifier": ["a"]}, "identifier"),
        ({"removeNovuBranding": "no"}, "removeNovuBranding"),
    ],
)
def test_invalid_update_bodies_are_422_even_for_unknown_ids(
    stub: NovuStub, client: httpx.Client, body: Any, field: str
) -> None:
    known = stub.integrations()[0]["_id"]
    for integration_id in (known, "unknown"):
        assert field in error(client.put(f"/v1/integrations/{integration_id}", json=body), 422)["errors"]
    assert stub.integrations()[0]["_id"] == known


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
        error(created, 400 if created.status_code == 400 else 422)
        return
    integration_id = data(created)["_id"]
    updated = client.put(f"/v1/integrations/{integration_id}", json=body)
    if updated.status_code == 200:
        data(updated)
    else:
        error(updated, 422)


# --- the store and the request log -----------------------------------------------------------


def test_request_log_records_each_request(stub: NovuStub, client: httpx.Client) -> None:
    stub.clear()
    client.get("/v1/integrations")
    client.post("/v1/integrations", json={"providerId": "x", "channel": "sms"})
    client.post("/v1/integrations", content=b"{", headers={"content-type": "application/json"})
    client.delete("/v1/integrations/nope?force=1")
    assert stub.requests == [
        StubRequest("GET", "/v1/integrations", 200, None),
        StubRequest("POST", "/v1/integrations", 201, {"providerId": "x", "channel": "sms"}),
        StubRequest("POST", "/v1/integrations", 400, "{"),
        StubRequest("DELETE", "/v1/integrations/nope?force=1", 404, None),
    ]


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
        with NovuStub(seed="s", clock=Clock()) as stub, httpx.Client(base_url=stub.url) as http:
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
        assert httpx.get(f"{ipv6.url}/v1/integrations").json() == {"data": []}


# --- load ------------------------------------------------------------------------------------

THREADS = 8
REQUESTS_PER_THREAD = 250


def test_concurrent_reads_creates_and_updates_lose_nothing(stub: NovuStub) -> None:
    seeded = len(stub.integrations())
    failures: list[str] = []
    created: list[list[str]] = [[] for _ in range(THREADS)]
    last_name: dict[str, str] = {}

    def work(thread: int) -> None:
        with httpx.Client(base_url=stub.url, timeout=30) as http:
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
                if not all(valid(item) for item in items):
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
