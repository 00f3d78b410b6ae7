"""The stub's request fields derive from the contract declaration (issue 11, finding 1).

A throwaway contract, the 0.7.0 root plus one optional field declared with the same helper
(``contracts._declare.optional``), is registered for the test with
``contracts._versions.temporary_contract``; the stub serving it must take the new field on create
and update, validate it from its shape, and send it back.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest

import contracts
from contracts._declare import optional
from contracts._versions import temporary_contract
from strategies._stub import NovuStub
from strategies._stub_bodies import SERVER_OWNED, create_fields, update_fields
from tests.stub._helpers import KEY, Api

VERSION = "throwaway-with-note"


@attrs.frozen(kw_only=True)
class WithNote(contracts.IntegrationResponseDto):
    """0.7.0's IntegrationResponseDto plus one optional field."""

    note: str | None = optional("note", "A field only this test declares.")


@pytest.fixture
def throwaway() -> Iterator[str]:
    with temporary_contract(VERSION, WithNote):
        yield VERSION


def test_request_fields_are_the_declarations_minus_the_server_owned(throwaway: str) -> None:
    declared = [field.wire for field in contracts.contract(throwaway).shape.fields]
    created = [field.wire for field in create_fields(throwaway)]
    assert created == [*(w for w in declared if w not in SERVER_OWNED), "check"]
    assert "note" in created
    assert [field.wire for field in update_fields(throwaway)] == [
        *(w for w in declared if w not in SERVER_OWNED and w not in ("providerId", "channel")),
        "check",
        "removeNovuBranding",
    ]


def test_a_new_optional_field_reaches_create_update_and_reads(throwaway: str) -> None:
    stub = NovuStub(contract=throwaway, secret_key=KEY)
    api = Api(stub)
    assert stub.contract == throwaway
    created = api.create(providerId="sendgrid", channel="email", note="first")
    assert created["note"] == "first"
    updated = api("PUT", f"/v1/integrations/{created['_id']}", {"note": "second"}).data
    assert updated["note"] == "second"
    assert api.get(created["_id"])["note"] == "second"
    assert stub.integrations()[0]["note"] == "second"


def test_the_new_field_is_validated_from_its_shape(throwaway: str) -> None:
    api = Api(NovuStub(contract=throwaway, secret_key=KEY))
    reply = api("POST", "/v1/integrations", {"providerId": "x", "channel": "sms", "note": 5})
    assert reply.status == 422
    assert reply.json["errors"]["general"]["messages"] == ["note must be a string"]


def test_the_default_contract_does_not_know_the_field() -> None:
    api = Api(NovuStub(secret_key=KEY))
    assert "note" not in api.create(providerId="sendgrid", channel="email", note="ignored")


def test_an_unknown_contract_version_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown contract version"):
        NovuStub(contract="9.9")


def test_the_3x_contract_is_served() -> None:
    stub = NovuStub(contract="3.x", secret_key=KEY)
    seeded = stub.seed_generated(10, seed=4)
    assert all(contracts.check(item, contract="3.x", unknown_keys="ignore") == [] for item in seeded)
    api = Api(stub)
    created = api.create(providerId="sendgrid", channel="email", credentials={"apiKey": "<k>"})
    assert contracts.check(api.get(created["_id"]), contract="3.x", unknown_keys="ignore") == []


def test_a_temporary_contracts_request_fields_are_forgotten_with_it() -> None:
    from strategies._stub_bodies import _create_fields

    with temporary_contract(VERSION, WithNote):
        create_fields(VERSION)
        assert _create_fields.cache_info().currsize >= 1
    assert _create_fields.cache_info().currsize == 0
