"""novu-py 1.0.0, the official SDK, as an independent oracle for ``check`` and ``parse``.

Every payload we accept, novu-py accepts with the same values.  Payloads of a wrong JSON type
are rejected by both, except where pydantic's lax mode accepts them; each such difference
has its own test below, asserting that novu-py accepts and we reject.
"""

from __future__ import annotations

import typing
from enum import Enum
from typing import Any, Final

import pydantic
from hypothesis import given
from hypothesis import strategies as st
from novu_py.models import IntegrationResponseDto as NovuDto

from contracts import Code, check, parse
from contracts._shape import (
    ArrayShape,
    BooleanShape,
    EnumShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    StringShape,
)
from strategies import integration_payloads
from tests._sites import ROOT, Mutation, Site, all_paths, get, mutations, placed, pointer, removed, replaced

LAX_BOOLEAN_STRINGS: Final = (
    "true",
    "false",
    "True",
    "FALSE",
    "yes",
    "no",
    "on",
    "off",
    "1",
    "0",
    "t",
    "f",
    "y",
    "n",
)
"""Strings pydantic's lax mode reads as booleans (case-insensitively); the contract wants JSON booleans."""
LAX_BOOLEAN_NUMBERS: Final = (0, 1, 0.0, 1.0, -0.0)


def novu_accepts(payload: object) -> bool:
    try:
        NovuDto.model_validate(payload)
    except pydantic.ValidationError:
        return False
    return True


def errors_of(payload: object) -> list[Any]:
    return check(payload, unknown_keys="ignore")


def attribute_names(model: type[pydantic.BaseModel]) -> dict[str, str]:
    """novu-py's attribute name for each wire key (its alias, or the name when it has none)."""
    return {info.alias or name: name for name, info in model.model_fields.items()}


def assert_same(shape: Shape, ours: object, theirs: object, where: str = "") -> None:
    """Our parsed value and novu-py's agree; walks the contract, so every field is compared."""
    if ours is None:
        assert theirs is None, where
    elif isinstance(shape, ObjectShape):
        assert isinstance(theirs, pydantic.BaseModel), where
        names = attribute_names(type(theirs))
        assert set(names) == shape.wire_keys, f"{where}: novu-py declares other keys"
        for field in shape.fields:
            assert_same(
                field.shape,
                getattr(ours, field.name),
                getattr(theirs, names[field.wire]),
                f"{where}/{field.wire}",
            )
    elif isinstance(shape, ArrayShape):
        assert isinstance(ours, list)
        assert isinstance(theirs, list), where
        assert len(theirs) == len(ours), where
        for index, (mine, its) in enumerate(zip(ours, theirs, strict=True)):
            assert_same(shape.items, mine, its, f"{where}/{index}")
    elif isinstance(shape, EnumShape):
        assert isinstance(ours, Enum)
        assert isinstance(theirs, Enum), where
        assert theirs.value == ours.value, where
    elif isinstance(shape, FreeObjectShape):
        # novu-py keeps an empty TLSOptions model: the content is lost (see the laxness test below).
        assert isinstance(theirs, pydantic.BaseModel), where
    else:
        assert isinstance(shape, (StringShape, BooleanShape))
        assert type(theirs) is type(ours), where
        assert theirs == ours, where


@given(integration_payloads())
def test_every_payload_we_accept_novu_py_accepts_with_equal_values(payload: dict[str, Any]) -> None:
    assert errors_of(payload) == []
    assert_same(ROOT, parse(payload), NovuDto.model_validate(payload))


def pydantic_is_lax(mutation: Mutation) -> bool:
    """Whether novu-py accepts this contract-breaking edit (each case is its own test below)."""
    if mutation.kind != "type":
        return False
    value, field = mutation.value, mutation.site.field
    if value is None:
        return not field.required
    if isinstance(field.shape, BooleanShape):
        if isinstance(value, str):
            return value.lower() in {text.lower() for text in LAX_BOOLEAN_STRINGS}
        return type(value) in (int, float) and value in (0, 1)
    return False


@given(mutations(integration_payloads()))
def test_wrong_types_missing_keys_and_bad_enums_are_rejected_by_both_except_where_pydantic_is_lax(
    mutation: Mutation,
) -> None:
    assert errors_of(mutation.payload) != []
    assert novu_accepts(mutation.payload) is pydantic_is_lax(mutation)


@given(integration_payloads(), st.data())
def test_both_reject_a_number_or_boolean_for_a_string(payload: dict[str, Any], data: st.DataObject) -> None:
    """Not a difference: pydantic v2 does not coerce numbers to strings (``port`` included)."""
    value = data.draw(st.integers() | st.floats() | st.booleans())
    for where, path in all_paths(payload):
        if isinstance(where.field.shape, StringShape):
            with placed(payload, path, value):
                assert [v.path for v in errors_of(payload)] == [pointer(path)]
                assert not novu_accepts(payload), pointer(path)


@given(integration_payloads(), st.data())
def test_both_reject_enum_values_in_the_wrong_case(payload: dict[str, Any], data: st.DataObject) -> None:
    """Not a difference: novu-py's enums are exact, like ours (``EMAIL``, ``and``, ``Subscriber``)."""
    for where, path in all_paths(payload):
        if isinstance(where.field.shape, EnumShape):
            value = data.draw(st.sampled_from(where.field.shape.values).map(str.swapcase))
            with placed(payload, path, value):
                assert [v.code for v in errors_of(payload)] == [Code.ENUM]
                assert not novu_accepts(payload), pointer(path)


# The differences: novu-py accepts, the contract (and we) reject.


def optional_sites(payload: dict[str, Any]) -> list[tuple[Site, tuple[str | int, ...]]]:
    return [(where, path) for where, path in all_paths(payload) if not where.field.required]


@given(integration_payloads())
def test_difference_novu_py_accepts_null_for_every_optional_key(payload: dict[str, Any]) -> None:
    """``"deletedAt": null``, ``"conditions": null``, ``"credentials": {"apiKey": null}``, ...: the contract
    says an optional key is absent, never null."""
    for _, path in optional_sites(payload):
        with placed(payload, path, None):
            assert [(v.path, v.code) for v in errors_of(payload)] == [(pointer(path), Code.NULL)]
            assert novu_accepts(payload), pointer(path)


@given(integration_payloads(), st.sampled_from(LAX_BOOLEAN_STRINGS))
def test_difference_novu_py_accepts_strings_like_true_for_booleans(
    payload: dict[str, Any], value: str
) -> None:
    for where, path in all_paths(payload):
        if isinstance(where.field.shape, BooleanShape):
            with placed(payload, path, value):
                assert [(v.path, v.code) for v in errors_of(payload)] == [(pointer(path), Code.TYPE)]
                assert novu_accepts(payload), pointer(path)
                read = NovuDto.model_validate(payload).model_dump(by_alias=True)
                assert get(read, path) is (value.lower() in ("true", "yes", "on", "1", "t", "y"))


@given(integration_payloads(), st.sampled_from(LAX_BOOLEAN_NUMBERS))
def test_difference_novu_py_accepts_0_and_1_for_booleans(payload: dict[str, Any], value: float) -> None:
    for where, path in all_paths(payload):
        if isinstance(where.field.shape, BooleanShape):
            with placed(payload, path, value):
                assert [(v.path, v.code) for v in errors_of(payload)] == [(pointer(path), Code.TYPE)]
                assert novu_accepts(payload), pointer(path)
                assert get(NovuDto.model_validate(payload).model_dump(by_alias=True), path) is (value == 1)


@given(integration_payloads(), st.dictionaries(st.text(), st.integers() | st.text(), min_size=1, max_size=3))
def test_difference_novu_py_silently_empties_tlsOptions(
    payload: dict[str, Any], options: dict[str, Any]
) -> None:
    """TLSOptions is a pydantic model without fields, so every key is dropped as an "extra"."""
    payload = {**payload, "credentials": {**payload["credentials"], "tlsOptions": options}}
    assert parse(payload).credentials.tls_options == options
    theirs = NovuDto.model_validate(payload).credentials.tls_options
    assert theirs is not None
    assert theirs.model_dump() == {}


def _models(annotation: object) -> list[type[pydantic.BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return [annotation]
    return [model for argument in typing.get_args(annotation) for model in _models(argument)]


def novu_models() -> dict[type, type[pydantic.BaseModel]]:
    """novu-py's model class for each of our classes, found by walking both declarations together."""
    found: dict[type, type[pydantic.BaseModel]] = {ROOT.cls: NovuDto}
    pending = [ROOT]
    while pending:
        shape = pending.pop()
        model = found[shape.cls]
        for field in shape.fields:
            inner = field.shape
            while isinstance(inner, ArrayShape):
                inner = inner.items
            if isinstance(inner, ObjectShape):
                annotation = model.model_fields[attribute_names(model)[field.wire]].annotation
                (found[inner.cls],) = _models(annotation)
                pending.append(inner)
    return found


NOVU_MODELS: Final = novu_models()


@given(integration_payloads())
def test_difference_novu_py_accepts_its_python_names_instead_of_wire_keys(payload: dict[str, Any]) -> None:
    """``populate_by_name=True``: ``environment_id`` for ``_environmentId``, ``id`` for ``_id`` (a key the
    API's write replies really send), ``api_key`` for ``apiKey``, ``is_negated`` for ``isNegated``...
    We report the missing key of a required field and ignore the unknown key of an optional one."""
    for where, path in all_paths(payload):
        python_name = attribute_names(NOVU_MODELS[where.owner.cls])[where.field.wire]
        if python_name == where.field.wire or where.field.wire not in get(payload, path[:-1]):
            continue
        value = get(payload, path)
        renamed = replaced(removed(payload, path), (*path[:-1], python_name), value)
        violations = errors_of(renamed)
        if where.field.required:
            assert [(v.path, v.code) for v in violations] == [(pointer(path), Code.MISSING)]
        else:
            assert violations == []
        assert novu_accepts(renamed), pointer(path)
        if not isinstance(value, (dict, list)):
            assert get(NovuDto.model_validate(renamed).model_dump(by_alias=True), path) == value
