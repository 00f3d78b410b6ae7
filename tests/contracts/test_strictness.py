"""``check`` and ``parse`` hold every field, at every depth, to its exact JSON type and enum values."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contracts import Code, ContractError, IntegrationResponseDto, Severity, check, parse
from contracts._shape import EnumShape, FreeObjectShape, object_shapes
from strategies import integration_payloads
from tests._settings import NO_SHRINK, PER_SITE
from tests._sites import (
    ABSENT,
    JSON_TYPES,
    SITES,
    Mutation,
    Site,
    all_paths,
    locate,
    mutations,
    obvious_wrong_values,
    placed,
    pointer,
    replaced,
    site,
    wrong_json_values,
    wrong_values,
)


def errors_of(payload: object) -> list[Any]:
    return check(payload, unknown_keys="ignore")


def draw_located(data: st.DataObject, where: Site) -> tuple[dict[str, Any], tuple[str | int, ...]]:
    """A valid payload in which ``where`` has an enclosing object, and one concrete path of it."""
    payload = data.draw(integration_payloads().filter(lambda p: bool(locate(p, where))), label="payload")
    return payload, data.draw(st.sampled_from(locate(payload, where)), label="path")


def test_the_sites_cover_every_declared_field_at_every_depth() -> None:
    """The site list the tests below walk is derived from the declaration, nested objects included."""
    declared = sum(len(shape.fields) for shape in object_shapes(IntegrationResponseDto))
    assert len(SITES) == len({str(s) for s in SITES}) == declared
    assert {"/credentials/tlsOptions", "/conditions/*/isNegated", "/conditions/*/children/*/on"} <= {
        str(s) for s in SITES
    }


@given(integration_payloads(), st.data())
def test_a_wrong_json_type_at_any_field_is_exactly_one_violation_at_its_path(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    """At every declared field present in the payload (or addable to it), at every depth: a number for
    a string, "true"/1 for a boolean, a string for an object or array, ... give one ``type`` violation;
    null gives one ``null`` violation."""
    drawn = {declared: data.draw(wrong_json_values(declared), label=declared) for declared in JSON_TYPES}
    for where, path in all_paths(payload):
        for value in [*obvious_wrong_values(where.field.shape), drawn[where.field.shape.json_type]]:
            with placed(payload, path, value):
                violations = errors_of(payload)
            expected = (pointer(path), Code.NULL if value is None else Code.TYPE, Severity.ERROR)
            assert [(v.path, v.code, v.severity) for v in violations] == [expected], value


@given(integration_payloads())
def test_removing_a_key_at_any_depth_is_one_missing_violation_if_required_and_fine_if_optional(
    payload: dict[str, Any],
) -> None:
    for where, path in all_paths(payload):
        with placed(payload, path, ABSENT):
            violations = errors_of(payload)
        if where.field.required:
            expected = [(pointer(path), Code.MISSING, "absent")]
            assert [(v.path, v.code, v.actual) for v in violations] == expected
            assert repr(where.field.wire) in violations[0].message
        else:
            assert violations == [], pointer(path)


@given(integration_payloads())
def test_null_in_an_optional_key_says_the_key_must_be_absent(payload: dict[str, Any]) -> None:
    """Except in tlsOptions: that known bug is pinned in the next test."""
    for where, path in all_paths(payload):
        if not where.field.required and not isinstance(where.field.shape, FreeObjectShape):
            with placed(payload, path, None):
                (violation,) = errors_of(payload)
            assert (violation.path, violation.code, violation.actual) == (pointer(path), Code.NULL, "null")
            assert "(an optional key must be absent, never null)" in violation.message


@NO_SHRINK
@given(integration_payloads())
def test_null_in_tlsOptions_says_the_key_must_be_absent(payload: dict[str, Any]) -> None:
    broken = replaced(payload, ("credentials", "tlsOptions"), None)
    (violation,) = errors_of(broken)
    assert (violation.path, violation.code) == ("/credentials/tlsOptions", Code.NULL)
    assert "(an optional key must be absent, never null)" in violation.message


@given(integration_payloads(), st.text())
def test_every_enum_field_accepts_each_of_its_values_and_no_other_string(
    payload: dict[str, Any], text: str
) -> None:
    """Any other string is exactly one ``enum`` violation whose ``expected`` lists the values."""
    for where, path in all_paths(payload):
        if not isinstance(where.field.shape, EnumShape):
            continue
        values = where.field.shape.values
        for value in values:
            with placed(payload, path, value):
                assert errors_of(payload) == [], (pointer(path), value)
        if text not in values:
            with placed(payload, path, text):
                violations = errors_of(payload)
            assert [(v.path, v.code) for v in violations] == [(pointer(path), Code.ENUM)]
            assert all(repr(allowed) in violations[0].expected for allowed in values)


NEAR_MISSES = [
    ("/channel", "EMAIL", "did you mean 'email'? values are case-sensitive"),
    ("/channel", "in-app", "did you mean 'in_app'"),
    ("/channel", "Sms", "did you mean 'sms'"),
    ("/conditions/*/value", "and", "did you mean 'AND'"),
    ("/conditions/*/type", "multi-list", "did you mean 'MULTI_LIST'"),
    ("/conditions/*/children/*/operator", "CONTAINS", None),
    ("/conditions/*/children/*/operator", "equal", "did you mean 'EQUAL'"),
    ("/conditions/*/children/*/on", "Payload", "did you mean 'payload'"),
]


@pytest.mark.parametrize(("template", "value", "hint"), NEAR_MISSES)
@PER_SITE
@given(data=st.data())
def test_near_miss_enum_values_are_rejected_with_a_hint_when_one_fits(
    template: str, value: str, hint: str | None, data: st.DataObject
) -> None:
    payload, path = draw_located(data, site(template))
    with placed(payload, path, value):
        violations = errors_of(payload)
    assert [(v.path, v.code, v.actual) for v in violations] == [(pointer(path), Code.ENUM, repr(value))]
    if hint is None:
        assert "did you mean" not in violations[0].message
    else:
        assert hint in violations[0].message
    assert "known provider drift" not in violations[0].message


@pytest.mark.parametrize(
    ("template", "value"),
    [("/conditions/*/children/*/on", "tenant"), ("/conditions/*/children/*/operator", "IS_DEFINED")],
)
@PER_SITE
@given(data=st.data())
def test_known_provider_drift_is_rejected_and_named_as_such(
    template: str, value: str, data: st.DataObject
) -> None:
    payload, path = draw_located(data, site(template))
    with placed(payload, path, value):
        violations = errors_of(payload)
        with pytest.raises(ContractError):
            parse(payload)
    assert [(v.path, v.code) for v in violations] == [(pointer(path), Code.ENUM)]
    assert "known provider drift" in violations[0].message
    assert repr(value) in violations[0].message
    assert "did you mean" not in violations[0].message


def test_contract_error_is_a_value_error() -> None:
    assert issubclass(ContractError, ValueError)


@given(integration_payloads(), st.data())
def test_parse_raises_one_contract_error_listing_every_violation(
    payload: dict[str, Any], data: st.DataObject
) -> None:
    places = data.draw(st.lists(st.sampled_from(all_paths(payload)), min_size=1, max_size=4), label="places")
    broken = payload
    for where, path in places:
        try:
            broken = replaced(broken, path, data.draw(wrong_values(where.field.shape)))
        except (KeyError, IndexError, TypeError):  # an enclosing value was already replaced
            continue
    expected = errors_of(broken)
    assert expected != []
    with pytest.raises(ContractError) as raised:
        parse(broken)
    assert list(raised.value.violations) == expected
    lines = str(raised.value).splitlines()
    count = len(expected)
    assert lines[0] == f"{count} contract violation{'s' if count != 1 else ''}:"
    assert lines[1:] == [f"  {violation.path or '(root)'}: {violation.message}" for violation in expected]


@given(mutations(integration_payloads()))
def test_parse_rejects_exactly_what_check_reports_as_errors(mutation: Mutation) -> None:
    expected = errors_of(mutation.payload)
    assert expected != []
    with pytest.raises(ContractError) as raised:
        parse(mutation.payload)
    assert list(raised.value.violations) == expected


def test_the_text_of_a_small_contract_error_is_pinned() -> None:
    payload = {
        "_environmentId": "e",
        "_organizationId": "o",
        "name": "n",
        "identifier": "i",
        "providerId": "p",
        "channel": "EMAIL",
        "credentials": {"port": 25},
        "active": "true",
        "deleted": False,
        "primary": False,
        "deletedAt": None,
        "conditions": [{"isNegated": False, "type": "TEXT", "value": "AND", "children": [{}]}],
    }
    with pytest.raises(ContractError) as raised:
        parse(payload)
    assert str(raised.value) == (
        "8 contract violations:\n"
        "  /channel: expected one of 'in_app', 'email', 'sms', 'chat', 'push'; got 'EMAIL'"
        " (did you mean 'email'? values are case-sensitive)\n"
        "  /credentials/port: expected string, got the number 25\n"
        "  /active: expected boolean, got 'true'\n"
        "  /deletedAt: expected string, got null (an optional key must be absent, never null)\n"
        "  /conditions/0/children/0/field: missing required key 'field' (expected string)\n"
        "  /conditions/0/children/0/value: missing required key 'value' (expected string)\n"
        "  /conditions/0/children/0/operator: missing required key 'operator' (expected one of 'LARGER',"
        " 'SMALLER', 'LARGER_EQUAL', 'SMALLER_EQUAL', 'EQUAL', 'NOT_EQUAL', 'ALL_IN', 'ANY_IN', 'NOT_IN',"
        " 'BETWEEN', 'NOT_BETWEEN', 'LIKE', 'NOT_LIKE', 'IN')\n"
        "  /conditions/0/children/0/on: missing required key 'on' (expected one of 'subscriber', 'payload')"
    )


def test_the_text_of_a_single_violation_error_is_singular() -> None:
    with pytest.raises(ContractError) as raised:
        parse([])
    assert str(raised.value) == "1 contract violation:\n  (root): expected object, got an array of 0 items"
