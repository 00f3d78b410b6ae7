"""The official Python SDK, ``novu-py`` 1.0.0, against ``NovuStub``: every reply parses into its models.

What these tests pin down about novu-py: it unwraps the ``{"data": ...}`` envelope of successful
replies only (error bodies are bare); for ``update`` and ``set_as_primary`` it raises a plain
``APIError`` on 404 (Novu's OpenAPI document gives those 404s no JSON body), where the other
operations raise ``ErrorDto``; and it cannot read the real server's 201 from set-primary (it
expects the documented 200), so against the real server, as against the stub's default mode,
``set_as_primary`` raises ``APIError`` although the integration did become primary.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from novu_py import Novu, models, utils

import contracts
from strategies._stub import NovuStub

NO_RETRIES = utils.RetryConfig("none", utils.BackoffStrategy(0, 0, 0, 0), False)
# The only way to send a body novu-py's own models reject is to build one unvalidated.
SERIALIZER_WARNING = "ignore:Pydantic serializer warnings:UserWarning"


KEY = "novu-py-test-key"


@pytest.fixture(params=[False, True], ids=["real-server-quirks", "contract-only"])
def stub(request: pytest.FixtureRequest) -> Iterator[NovuStub]:
    with NovuStub(seed=2, secret_key=KEY, contract_only=request.param) as running:
        running.seed_generated(20, seed=2)  # Edge cases included: novu-py must parse them all.
        yield running


@pytest.fixture
def replies() -> list[Any]:
    """The raw ``data`` of every successful reply novu-py received in a test."""
    return []


@pytest.fixture
def novu(stub: NovuStub, replies: list[Any]) -> Iterator[Novu]:
    quirks = not stub.contract_only

    def check_reply(response: httpx.Response) -> None:
        # Runs before novu-py unwraps and parses the reply: the raw JSON must pass the contract.
        response.read()
        if response.is_success:
            body = response.json()
            assert set(body) == {"data"}
            items = body["data"] if isinstance(body["data"], list) else [body["data"]]
            if quirks:  # the known quirk: write replies omit an empty credentials object
                items = [item if "credentials" in item else {**item, "credentials": {}} for item in items]
            assert all(contracts.check(item, unknown_keys="ignore") == [] for item in items)
            replies.append(body["data"])

    http = httpx.Client(event_hooks={"response": [check_reply]})
    with (
        http,
        Novu(secret_key=KEY, server_url=stub.url, client=http, retry_config=NO_RETRIES) as client,
    ):
        yield client


def sent(stub: NovuStub) -> object:
    """The body of the last request, as the stub received it."""
    return stub.requests[-1].body


def test_list_parses_every_stored_integration(stub: NovuStub, novu: Novu) -> None:
    result = novu.integrations.list().result
    assert all(isinstance(item, models.IntegrationResponseDto) for item in result)
    assert [item.id for item in result] == [item["_id"] for item in stub.integrations()]
    assert [item.name for item in result] == [item["name"] for item in stub.integrations()]
    assert stub.requests[-1].path == "/v1/integrations"


def test_list_parses_many_generated_seeds() -> None:
    with NovuStub() as stub, Novu(server_url=stub.url, secret_key="any", retry_config=NO_RETRIES) as novu:
        for seed in range(5):
            stub.seed_generated(20, seed)
        assert len(novu.integrations.list().result) == 100


def test_list_active(stub: NovuStub, novu: Novu) -> None:
    result = novu.integrations.list_active().result
    assert [item.id for item in result] == [i["_id"] for i in stub.integrations() if i["active"]]


def test_create_update_set_primary_delete(stub: NovuStub, novu: Novu) -> None:
    created = novu.integrations.create(
        create_integration_request_dto={
            "provider_id": "sendgrid",
            "channel": models.CreateIntegrationRequestDtoChannel.EMAIL,
            "credentials": {"api_key": "<fake-key>", "from_": "a@example.com"},
            "active": True,
        }
    ).result
    assert sent(stub) == {
        "providerId": "sendgrid",
        "channel": "email",
        "credentials": {"apiKey": "<fake-key>", "from": "a@example.com"},
        "active": True,
    }
    assert isinstance(created, models.IntegrationResponseDto)
    assert created.channel is models.Channel.EMAIL
    assert (created.name, created.active, created.deleted) == ("SendGrid", True, False)
    assert created.primary is True  # the first active email integration of the key's environment
    assert created.credentials.from_ == "a@example.com"
    assert (created.credentials.api_key or "").startswith("nvsk.")
    assert created.id is not None
    integration_id = created.id

    updated = novu.integrations.update(
        integration_id=integration_id,
        update_integration_request_dto=models.UpdateIntegrationRequestDto(name="Mail", active=False),
    ).result
    assert sent(stub) == {"name": "Mail", "active": False}
    assert (updated.id, updated.name, updated.active) == (integration_id, "Mail", False)

    if stub.contract_only:
        primary = novu.integrations.set_as_primary(integration_id=integration_id).result
        assert (primary.id, primary.primary) == (integration_id, True)
    else:
        with pytest.raises(models.APIError) as raised:  # the real server's 201, which novu-py rejects
            novu.integrations.set_as_primary(integration_id=integration_id)
        assert raised.value.status_code == 201
        assert next(i for i in stub.integrations() if i["_id"] == integration_id)["primary"] is True

    # DELETE answers with the key environment's remaining integrations (the seeded ones are elsewhere).
    other = novu.integrations.create(
        create_integration_request_dto=models.CreateIntegrationRequestDto(
            provider_id="twilio",
            channel=models.CreateIntegrationRequestDtoChannel.SMS,
            credentials=models.CredentialsDto(from_="+1"),
        )
    ).result
    remaining = novu.integrations.delete(integration_id=integration_id).result
    assert [item.id for item in remaining] == [other.id]
    assert integration_id not in [item.id for item in novu.integrations.list().result]


def test_create_without_credentials_breaks_novu_py_unless_contract_only(stub: NovuStub, novu: Novu) -> None:
    """The real server omits an empty credentials object from write replies; novu-py requires it."""
    body = models.CreateIntegrationRequestDto(
        provider_id="fcm", channel=models.CreateIntegrationRequestDtoChannel.PUSH
    )
    if stub.contract_only:
        assert novu.integrations.create(create_integration_request_dto=body).result.credentials is not None
        return
    with pytest.raises(Exception, match="credentials") as raised:
        novu.integrations.create(create_integration_request_dto=body)
    assert "Field required" in str(raised.value)


def test_every_reply_passed_the_contract_before_novu_py_parsed_it(novu: Novu, replies: list[Any]) -> None:
    created = novu.integrations.create(
        create_integration_request_dto=models.CreateIntegrationRequestDto(
            provider_id="fcm",
            channel=models.CreateIntegrationRequestDtoChannel.PUSH,
            credentials=models.CredentialsDto(service_account="{}"),
        )
    )
    novu.integrations.list()
    novu.integrations.list_active()
    assert [reply["_id"] for reply in replies[:1]] == [created.result.id]
    assert len(replies) == 3


def test_unknown_id_on_delete_is_an_error_dto(novu: Novu) -> None:
    with pytest.raises(models.ErrorDto) as raised:
        novu.integrations.delete(integration_id="0123456789abcdef01234567")
    assert raised.value.data.status_code == 404
    assert raised.value.data.path == "/v1/integrations/0123456789abcdef01234567"
    assert raised.value.data.message == "Entity with id 0123456789abcdef01234567 not found"


def test_a_malformed_id_on_delete_is_a_500_error_dto_unless_contract_only(stub: NovuStub, novu: Novu) -> None:
    with pytest.raises(models.ErrorDto) as raised:
        novu.integrations.delete(integration_id="nope")
    assert raised.value.data.status_code == (404 if stub.contract_only else 500)


def test_a_wrong_key_is_a_401_error_dto(stub: NovuStub) -> None:
    with (
        Novu(server_url=stub.url, secret_key="wrong", retry_config=NO_RETRIES) as novu,
        pytest.raises(models.ErrorDto) as raised,
    ):
        novu.integrations.list()
    assert raised.value.data.status_code == 401
    assert raised.value.data.message == "API Key not found"
    assert stub.requests[-1].header("authorization") == "ApiKey [redacted]"


def test_unknown_id_on_update_and_set_primary_is_a_404_api_error(novu: Novu) -> None:
    # novu-py 1.0.0 maps 404 to APIError for these two operations; the body is still an ErrorDto.
    with pytest.raises(models.APIError) as raised:
        novu.integrations.update(
            integration_id="0123456789abcdef01234567", update_integration_request_dto={"name": "x"}
        )
    assert raised.value.status_code == 404
    assert models.ErrorDtoData.model_validate(json.loads(raised.value.body)).status_code == 404
    with pytest.raises(models.APIError) as raised:
        novu.integrations.set_as_primary(integration_id="0123456789abcdef01234567")
    assert raised.value.status_code == 404


@pytest.mark.filterwarnings(SERIALIZER_WARNING)
def test_invalid_create_is_a_validation_error_dto(stub: NovuStub, novu: Novu) -> None:
    body = models.CreateIntegrationRequestDto.model_construct(provider_id="sendgrid", channel="fax")
    with pytest.raises(models.ValidationErrorDto) as raised:
        novu.integrations.create(create_integration_request_dto=body)
    assert raised.value.data.status_code == 422
    assert raised.value.data.errors["general"].messages == [
        "channel must be one of the following values: in_app, email, sms, chat, push"
    ]
    assert len(stub.integrations()) == 20


@pytest.mark.filterwarnings(SERIALIZER_WARNING)
def test_invalid_update_is_a_validation_error_dto(stub: NovuStub, novu: Novu) -> None:
    before = stub.integrations()[0]
    body = models.UpdateIntegrationRequestDto.model_construct(active="yes")
    with pytest.raises(models.ValidationErrorDto) as raised:
        novu.integrations.update(integration_id=before["_id"], update_integration_request_dto=body)
    assert raised.value.data.errors["general"].messages == ["active must be a boolean value"]
    assert stub.integrations()[0] == before
