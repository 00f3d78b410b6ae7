"""novu-py 1.0.0 runs its whole integrations API against the stub in process, with no socket opened.

Two ways in: ``NovuHttpxTransport`` given to novu-py's httpx client, and ``mock_novu(transport=
"respx")``, which intercepts the client novu-py makes itself (``server_url`` left at its default).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import httpx
import pytest
from novu_py import Novu, models, utils

from strategies import AsyncNovuHttpxTransport, NovuHttpxTransport, mock_novu
from strategies._stub import NovuStub
from tests.interact._support import API_KEY

NO_RETRIES = utils.RetryConfig("none", utils.BackoffStrategy(0, 0, 0, 0), False)


@pytest.fixture(params=["transport", "respx"])
def wired(request: pytest.FixtureRequest, no_sockets: None) -> Iterator[tuple[NovuStub, Novu]]:
    """A stub with three integrations and a novu-py client reaching it in process.

    ``contract_only``: novu-py 1.0.0 expects the documented 200 from set-primary, not the real
    server's 201 (the quirk is pinned below).
    """
    stub = NovuStub(seed=3, contract_only=True)
    stub.seed_generated(3, seed=3, edge_cases=False)
    if request.param == "transport":
        http = httpx.Client(transport=NovuHttpxTransport(stub))
        with http, Novu(secret_key=API_KEY, client=http, retry_config=NO_RETRIES) as novu:
            yield stub, novu
    else:
        with mock_novu(stub, transport="respx"), Novu(secret_key=API_KEY, retry_config=NO_RETRIES) as novu:
            yield stub, novu
        del novu
        collect_novu_py_clients()


def collect_novu_py_clients() -> None:
    """Run the finalizers of the clients novu-py made itself now, not during a later import.

    novu-py closes its own clients from a ``weakref.finalize``; run by the garbage collector in
    the middle of an import (respx patching httpcore), it trips CPython's import lock.
    """
    gc.collect()


def live_ids(stub: NovuStub) -> list[str]:
    return [record["_id"] for record in stub.integrations() if not record["deleted"]]


def test_the_whole_integrations_api(wired: tuple[NovuStub, Novu]) -> None:
    stub, novu = wired
    assert [item.id for item in novu.integrations.list().result] == live_ids(stub)
    active = [record["_id"] for record in stub.integrations() if record["active"]]
    assert [item.id for item in novu.integrations.list_active().result] == active

    created = novu.integrations.create(
        create_integration_request_dto={
            "provider_id": "sendgrid",
            "channel": models.CreateIntegrationRequestDtoChannel.EMAIL,
            "credentials": {"api_key": "<fake-key>"},
            "active": True,
        }
    ).result
    assert created.id is not None
    assert created.id in live_ids(stub)

    updated = novu.integrations.update(
        integration_id=created.id,
        update_integration_request_dto=models.UpdateIntegrationRequestDto(name="Mail"),
    ).result
    assert (updated.id, updated.name) == (created.id, "Mail")

    primary = novu.integrations.set_as_primary(integration_id=created.id).result
    assert (primary.id, primary.primary, primary.active) == (created.id, True, True)

    remaining = novu.integrations.delete(integration_id=created.id).result
    assert created.id not in [item.id for item in remaining]
    assert created.id not in [item.id for item in novu.integrations.list().result]
    assert [(r.method, r.path) for r in stub.requests] == [
        ("GET", "/v1/integrations"),
        ("GET", "/v1/integrations/active"),
        ("POST", "/v1/integrations"),
        ("PUT", f"/v1/integrations/{created.id}"),
        ("POST", f"/v1/integrations/{created.id}/set-primary"),
        ("DELETE", f"/v1/integrations/{created.id}"),
        ("GET", "/v1/integrations"),
    ]


def test_the_real_servers_201_on_set_primary_trips_novu_py(no_sockets: None) -> None:
    """The default stub answers set-primary as the server does (201), which novu-py 1.0.0 rejects."""
    stub = NovuStub(seed=3)
    http = httpx.Client(transport=NovuHttpxTransport(stub))
    with http, Novu(secret_key=API_KEY, client=http, retry_config=NO_RETRIES) as novu:
        created = novu.integrations.create(
            create_integration_request_dto={
                "provider_id": "mailgun",
                "channel": "email",
                "credentials": {"api_key": "<fake-key>"},  # The server leaves out empty ones.
            }
        ).result
        assert created.id is not None
        with pytest.raises(models.APIError, match="code: 201") as raised:
            novu.integrations.set_as_primary(integration_id=created.id)
    assert raised.value.status_code == 201
    assert [record["primary"] for record in stub.integrations()] == [True]


def test_errors_reach_novu_py_as_its_error_models(wired: tuple[NovuStub, Novu]) -> None:
    _, novu = wired
    with pytest.raises(models.ErrorDto) as raised:
        novu.integrations.delete(integration_id="0123456789abcdef01234567")
    assert raised.value.data.status_code == 404


def test_the_async_transport(no_sockets: None) -> None:
    stub = NovuStub(seed=4)
    stub.seed_generated(2, seed=4, edge_cases=False)

    async def run() -> list[str | None]:
        sync_http = httpx.Client(transport=NovuHttpxTransport(stub))  # given, so novu-py owns none
        async with (
            httpx.AsyncClient(transport=AsyncNovuHttpxTransport(stub)) as http,
            Novu(secret_key=API_KEY, client=sync_http, async_client=http, retry_config=NO_RETRIES) as novu,
        ):
            return [item.id for item in (await novu.integrations.list_async()).result]

    assert asyncio.run(run()) == live_ids(stub)


def test_an_eu_server_and_a_custom_base_url_are_intercepted(no_sockets: None) -> None:
    stub = NovuStub(seed=5)
    stub.seed_generated(1, seed=5, edge_cases=False)
    urls = ("https://eu.api.novu.co", "http://novu.internal:8080/proxy/novu")
    with mock_novu(stub, base_urls=urls):
        for url in urls:
            with Novu(secret_key=API_KEY, server_url=url, retry_config=NO_RETRIES) as novu:
                assert [item.id for item in novu.integrations.list().result] == live_ids(stub)
        del novu
        collect_novu_py_clients()
    assert [r.path for r in stub.requests] == ["/v1/integrations", "/v1/integrations"]
