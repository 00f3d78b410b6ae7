"""Adding a field is a one-place change (the ``contracts`` side).

A throwaway contract, 0.7.0 plus one optional field declared once (as a delta), is
registered with ``temporary_contract``; the checker, the converter, the JSON Schema, drift
and diff all see the field without another edit. And a field added to the 0.7.0
declaration reaches the 3.x class derived from it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import contracts
from contracts import _models as v07
from contracts import _models_3x as v3
from contracts._declare import optional
from contracts._delta import delta_of, rebase
from contracts._versions import temporary_contract
from strategies import integration_payloads

VERSION = "0.7.0+nickname"
DOCUMENT: dict[str, Any] = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "novu-openapi.sdk.json").read_text("utf-8")
)
SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@delta_of(v07.IntegrationResponseDto)
class Nicknamed:
    """0.7.0 plus one optional field."""

    nickname: str | None = optional("nickname", "What the team calls the integration.")


@pytest.fixture(autouse=True)
def nicknamed() -> Iterator[contracts.Contract]:
    with temporary_contract(VERSION, Nicknamed) as registered:
        yield registered


def test_the_checker_reports_a_wrong_type_or_null_at_the_new_fields_pointer() -> None:
    payload = {**contracts.dump(_minimal()), "nickname": 5}
    assert [(v.path, v.code) for v in contracts.check(payload, contract=VERSION)] == [
        ("/nickname", contracts.Code.TYPE)
    ]
    payload["nickname"] = None
    assert [(v.path, v.code) for v in contracts.check(payload, contract=VERSION)] == [
        ("/nickname", contracts.Code.NULL)
    ]
    # For 0.7.0 the same key is merely unknown: a warning, not an error.
    assert [v.severity for v in contracts.check(payload)] == [contracts.Severity.WARNING]


def test_the_new_field_is_optional() -> None:
    assert contracts.check(contracts.dump(_minimal()), contract=VERSION) == []


@SETTINGS
@given(integration_payloads(extra_keys=False), st.text())
def test_parse_and_dump_round_trip_the_new_field(payload: dict[str, Any], nickname: str) -> None:
    payload = {**payload, "nickname": nickname}
    instance = contracts.parse(payload, contract=VERSION)
    assert type(instance) is Nicknamed
    assert instance.nickname == nickname
    assert contracts.dump(instance) == payload
    assert contracts.dump(instance, contract=VERSION) == payload
    converter = contracts.make_converter(contract=VERSION, forbid_unknown_keys=True)
    assert converter.structure(payload, Nicknamed) == instance
    assert converter.unstructure(instance) == payload


def test_the_json_schema_declares_the_new_property_as_optional() -> None:
    schema = contracts.json_schema(contract=VERSION)
    assert schema["properties"]["nickname"] == {
        "type": "string",
        "description": "What the team calls the integration.",
    }
    assert "nickname" not in schema["required"]
    assert "nickname" not in contracts.json_schema()["properties"]


def test_drift_reports_a_provider_document_that_lacks_the_new_field() -> None:
    added = [d for d in contracts.drift(DOCUMENT, contract=VERSION) if d.path == "nickname"]
    assert [(d.change, d.impact) for d in added] == [(contracts.Change.KEY_REMOVED, contracts.Impact.SAFE)]
    assert [d for d in contracts.drift(DOCUMENT) if d.path == "nickname"] == []


def test_diff_from_0_7_0_names_the_new_field_as_a_safe_addition() -> None:
    assert [(d.path, d.change, d.impact) for d in contracts.diff(VERSION)] == [
        ("nickname", contracts.Change.KEY_ADDED, contracts.Impact.SAFE)
    ]


def test_a_field_added_to_0_7_0_reaches_the_3x_class_derived_from_it() -> None:
    grown_3x = rebase(v3.IntegrationResponseDto, onto=Nicknamed)
    assert "nickname" in attrs.fields_dict(grown_3x)
    assert [a.name for a in attrs.fields(grown_3x) if a.name != "nickname"] == [
        a.name for a in attrs.fields(cast(Any, v3.IntegrationResponseDto))
    ]
    with temporary_contract("3.x+nickname", grown_3x):
        payload = {**contracts.dump(_minimal()), "kind": "agent", "nickname": 5}
        del payload["channel"]
        assert [(v.path, v.code) for v in contracts.check(payload, contract="3.x+nickname")] == [
            ("/nickname", contracts.Code.TYPE)
        ]
        assert "nickname" in contracts.json_schema(contract="3.x+nickname")["properties"]
        assert [d.path for d in contracts.diff("3.x+nickname", contract="3.x")] == ["nickname"]


def _minimal() -> v07.IntegrationResponseDto:
    return v07.IntegrationResponseDto(
        environment_id="e",
        organization_id="o",
        name="n",
        identifier="i",
        provider_id="sendgrid",
        channel=v07.Channel.EMAIL,
        credentials=v07.CredentialsDto(),
        active=True,
        deleted=False,
        primary=False,
    )
