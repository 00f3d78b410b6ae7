"""``parse`` and ``dump`` are inverse on the wire form, and ``make_converter`` agrees with them."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from cattrs.errors import BaseValidationError
from hypothesis import given
from hypothesis import strategies as st

from contracts import Code, ContractError, IntegrationResponseDto, check, dump, make_converter, parse
from contracts._shape import ArrayShape, ObjectShape, Shape, object_shapes
from strategies import integration_payloads
from tests._settings import NO_SHRINK
from tests._sites import (
    JSON_TYPES,
    ROOT,
    SITES,
    Mutation,
    Path,
    all_paths,
    get,
    known_only,
    locate,
    mutations,
    placed,
    pointer,
    replaced,
    wrong_json_values,
)

CONVERTER = make_converter()
STRICT_CONVERTER = make_converter(forbid_unknown_keys=True)


def via_json(value: Any) -> Any:
    """``value`` after a trip through real JSON text."""
    return json.loads(json.dumps(value))


def assert_plain_json(value: object, where: str = "") -> None:
    """``value`` is built from exactly dict, list, str, int, float, bool and None (no subclasses)."""
    assert type(value) in (dict, list, str, int, float, bool, type(None)), f"{where}: {type(value)!r}"
    if type(value) is dict:
        for key, child in value.items():
            assert type(key) is str, f"{where}: key {key!r}"
            assert_plain_json(child, f"{where}/{key}")
    elif type(value) is list:
        for index, child in enumerate(value):
            assert_plain_json(child, f"{where}/{index}")


def declared_values(payload: Any, shape: Shape = ROOT, where: str = "") -> list[tuple[str, object]]:
    """Every (pointer, value) of a declared key in ``payload`` (free-form objects are not descended)."""
    found: list[tuple[str, object]] = []
    if isinstance(shape, ObjectShape):
        for field in shape.fields:
            if field.wire in payload:
                found.append((f"{where}/{field.wire}", payload[field.wire]))
                found.extend(declared_values(payload[field.wire], field.shape, f"{where}/{field.wire}"))
    elif isinstance(shape, ArrayShape):
        for index, item in enumerate(payload):
            found.extend(declared_values(item, shape.items, f"{where}/{index}"))
    return found


@given(integration_payloads())
def test_dump_of_parse_is_the_payload_minus_unknown_keys_in_plain_json_types(payload: dict[str, Any]) -> None:
    """Key for key and value for value, at every depth; absent optionals stay absent; enum values come
    out as plain ``str``, not ``StrEnum`` members that merely compare equal."""
    dumped = dump(parse(payload))
    assert dumped == known_only(payload)
    assert_plain_json(dumped)


@given(integration_payloads())
def test_dump_of_parse_round_trips_through_real_json(payload: dict[str, Any]) -> None:
    wire = via_json(payload)
    assert via_json(dump(parse(wire))) == known_only(wire)
    assert parse(via_json(dump(parse(wire)))) == parse(wire)


@given(integration_payloads())
def test_dump_never_writes_null_for_a_declared_key(payload: dict[str, Any]) -> None:
    integration = parse(payload)
    nones: dict[str, Any] = {field.name: None for field in ROOT.fields if not field.required}
    no_optionals = attrs.evolve(integration, **nones)
    for dumped in (dump(integration), dump(no_optionals)):
        assert [where for where, value in declared_values(dumped) if value is None] == []
    assert set(dump(no_optionals)) == {field.wire for field in ROOT.fields if field.required}


def object_paths(payload: dict[str, Any]) -> list[Path]:
    """The paths of the payload itself and of every declared object present in it."""
    found: list[Path] = [()]
    for site in SITES:
        for path in locate(payload, site):
            value = get(payload, path[:-1]).get(path[-1])
            if isinstance(site.field.shape, ObjectShape) and value is not None:
                found.append(path)
            elif isinstance(site.field.shape, ArrayShape) and isinstance(site.field.shape.items, ObjectShape):
                found.extend((*path, index) for index in range(len(value or [])))
    return found


DECLARED_KEYS = frozenset(
    field.wire for shape in object_shapes(IntegrationResponseDto) for field in shape.fields
)


@given(integration_payloads(), st.data())
def test_parse_ignores_unknown_keys_by_default_and_strict_rejects_them(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    """At the top level and inside credentials, conditions and their children alike; the violation's path
    escapes ``~`` and ``/`` in the key (RFC 6901)."""
    where = data.draw(st.sampled_from(object_paths(payload)))
    keys = st.sampled_from(["a/b", "~", "~1", "", "createdAt"]) | st.text()
    key = data.draw(keys.filter(lambda text: text not in DECLARED_KEYS))
    extended = replaced(payload, (*where, key), "surprise")

    assert parse(extended) == parse(known_only(payload))
    with pytest.raises(ContractError) as raised:
        parse(extended, strict=True)
    assert pointer((*where, key)) in {violation.path for violation in raised.value.violations}
    assert {violation.code for violation in raised.value.violations} == {Code.UNKNOWN_KEY}


@given(integration_payloads())
def test_strict_parse_accepts_exactly_the_payloads_without_unknown_keys(payload: dict[str, Any]) -> None:
    if payload == known_only(payload):
        assert parse(payload, strict=True) == parse(payload)
    else:
        with pytest.raises(ContractError):
            parse(payload, strict=True)
        assert parse(known_only(payload), strict=True) == parse(payload)


@given(integration_payloads())
def test_make_converter_structures_and_unstructures_like_parse_and_dump(payload: dict[str, Any]) -> None:
    converter = CONVERTER
    integration = converter.structure(payload, IntegrationResponseDto)
    assert integration == parse(payload)
    assert converter.unstructure(integration) == dump(integration) == known_only(payload)


@given(integration_payloads())
def test_make_converter_can_forbid_unknown_keys_like_strict_parse(payload: dict[str, Any]) -> None:
    converter = STRICT_CONVERTER
    if payload == known_only(payload):
        assert converter.structure(payload, IntegrationResponseDto) == parse(payload, strict=True)
    else:
        with pytest.raises(BaseValidationError):
            converter.structure(payload, IntegrationResponseDto)


def test_make_converter_rejects_a_number_for_a_string_field() -> None:
    with pytest.raises(BaseValidationError):
        make_converter().structure({"name": 5}, IntegrationResponseDto)


@given(integration_payloads(), st.data())
def test_make_converter_rejects_a_wrong_json_type_at_every_field_present(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    """A number for a string, "true" for a boolean, a string for an object, null...: all raise."""
    drawn = {declared: data.draw(wrong_json_values(declared), label=declared) for declared in JSON_TYPES}
    for where, path in all_paths(payload):
        with placed(payload, path, drawn[where.field.shape.json_type]), pytest.raises(BaseValidationError):
            CONVERTER.structure(payload, IntegrationResponseDto)


@given(mutations(integration_payloads()))
def test_make_converter_accepts_exactly_what_parse_accepts(mutation: Mutation) -> None:
    try:
        expected: IntegrationResponseDto | None = parse(mutation.payload)
    except ContractError:
        expected = None
    if expected is None:
        with pytest.raises(BaseValidationError):
            CONVERTER.structure(mutation.payload, IntegrationResponseDto)
    else:
        assert CONVERTER.structure(mutation.payload, IntegrationResponseDto) == expected


@given(integration_payloads())
def test_make_converter_rejects_a_string_or_array_for_credentials(payload: dict[str, Any]) -> None:
    """Regression: cattrs' generated code only probes keys (``"apiKey" in o``), so "" or [] once passed
    for credentials, whose keys are all optional, as an empty CredentialsDto (fixed in 38922b1)."""
    for credentials in ("", "{}", [], ["apiKey"]):
        broken = {**payload, "credentials": credentials}
        assert check(broken, unknown_keys="ignore") != []
        with pytest.raises(BaseValidationError):
            CONVERTER.structure(broken, IntegrationResponseDto)


@NO_SHRINK
@given(integration_payloads())
def test_dump_handles_every_tlsOptions_that_parse_accepts(payload: dict[str, Any]) -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(5_000):
        node["k"] = {}
        node = node["k"]
    payload = {**payload, "credentials": {**payload["credentials"], "tlsOptions": deep}}
    assert dump(parse(payload))["credentials"]["tlsOptions"] is not None
