"""``json_schema()`` is a valid Draft 2020-12 schema, agrees with ``check``, and equals Novu's own."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

from contracts import check, json_schema
from strategies import integration_payloads
from tests._sites import Mutation, mutations, pointer

OPENAPI: Final = Path(__file__).parent.parent / "data" / "novu-openapi.sdk.json"
DOCUMENTED_DRIFT: Final = ["deletedAt", "deletedBy"]
"""Novu's published document lists these as required; the SDK docs and both official SDKs do not."""
VALIDATOR: Final = Draft202012Validator(json_schema())


def schema_error_paths(instance: object) -> set[str]:
    """The JSON Pointer of every place the JSON Schema rejects (a missing key: where it should be)."""
    paths: set[str] = set()
    for error in VALIDATOR.iter_errors(instance):
        where = tuple(error.absolute_path)
        if error.validator == "required":
            paths.update(pointer((*where, key)) for key in error.validator_value if key not in error.instance)
        else:
            paths.add(pointer(where))
    return paths


def check_error_paths(instance: object) -> set[str]:
    return {violation.path for violation in check(instance, unknown_keys="ignore")}


def test_the_schema_is_valid_draft_2020_12() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_the_schema_is_plain_json_and_allows_unknown_keys() -> None:
    schema = json_schema()
    assert json.loads(json.dumps(schema)) == schema
    assert "additionalProperties" not in json.dumps(schema)


@given(integration_payloads())
def test_schema_and_check_accept_every_valid_payload(payload: dict[str, Any]) -> None:
    assert check(payload, unknown_keys="ignore") == []
    assert schema_error_paths(payload) == set()


@given(mutations(integration_payloads()))
def test_schema_and_check_reject_the_same_payloads_at_the_same_paths(mutation: Mutation) -> None:
    """A wrong type, null, a removed required key or a bad enum value at any declared place."""
    ours = check_error_paths(mutation.payload)
    assert ours != set()
    assert schema_error_paths(mutation.payload) == ours
    assert pointer(mutation.path) in ours


def resolved(node: Any, lookup: Callable[[str], Any]) -> Any:
    """``node`` with every ``$ref`` inlined and the naming/documentation keywords dropped."""
    if isinstance(node, dict):
        if "$ref" in node:
            return resolved(lookup(node["$ref"]), lookup)
        ignored = {"description", "title", "$schema", "$defs"}
        return {key: resolved(value, lookup) for key, value in node.items() if key not in ignored}
    if isinstance(node, list):
        return [resolved(item, lookup) for item in node]
    return node


@pytest.fixture(scope="module")
def novu_schema() -> Any:
    components = json.loads(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]
    prefix = "#/components/schemas/"
    return resolved(components["IntegrationResponseDto"], lambda ref: components[ref.removeprefix(prefix)])


@pytest.fixture(scope="module")
def our_schema() -> Any:
    schema = json_schema()
    return resolved(schema, lambda ref: schema["$defs"][ref.removeprefix("#/$defs/")])


def test_novu_openapi_component_schema_is_ours_plus_exactly_the_documented_drift(
    novu_schema: Any, our_schema: Any
) -> None:
    extra = [key for key in novu_schema["required"] if key not in our_schema["required"]]
    assert extra == DOCUMENTED_DRIFT
    assert {**novu_schema, "required": [k for k in novu_schema["required"] if k not in extra]} == our_schema


def test_the_documented_drift_is_only_about_required_keys_that_we_declare_optional(our_schema: Any) -> None:
    assert set(DOCUMENTED_DRIFT) <= set(our_schema["properties"])
    assert not set(DOCUMENTED_DRIFT) & set(our_schema["required"])
