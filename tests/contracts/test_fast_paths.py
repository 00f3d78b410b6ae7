"""The fast paths of ``check`` and ``parse`` agree with the full ones on every payload.

``contracts._fastpath`` handles the common case and gives up on anything else; the full
checker (``compile_checker``) and the cattrs converter are the reference. Payloads here are
valid, invalid and valid-but-unusual (str subclasses, dict subclasses, shared containers,
non-string keys), for both contract versions and every ``unknown_keys`` mode.
"""

from __future__ import annotations

import collections
import copy
import math
import pickle
from typing import Any, Final

import attrs
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from contracts import (
    CONTRACTS,
    ContractError,
    CredentialsDto,
    Severity,
    Violation,
    check,
    contract,
    parse,
)
from contracts._checker import _SEVERITY, UnknownKeys, checkers, errors
from contracts._converter import _trusted
from contracts._declare import class_defaults, optional, required
from contracts._fastpath import UncommonPayloadError, _absent_is_free, compile_builder, copy_plain_json
from contracts._shape import object_shape
from strategies import integration_payloads, invalid_payloads
from tests._sites import json_values

VERSIONS: Final = tuple(CONTRACTS)
MODES: Final[tuple[UnknownKeys, ...]] = ("ignore", "warn", "error")
MINIMAL: Final = {
    "_environmentId": "e",
    "_organizationId": "o",
    "name": "n",
    "identifier": "i",
    "providerId": "sendgrid",
    "channel": "email",
    "credentials": {},
    "active": True,
    "deleted": False,
    "primary": False,
}


class Text(str):
    """A str subclass: valid where a string is, and not the fast path's common case."""


class Mapping(dict[str, Any]):
    """A dict subclass: an object, and not the fast path's common case."""


class Number(int):
    """An int subclass: a JSON number inside free-form objects, not the common case."""


def _tweaks(draw: st.DrawFn, value: Any, budget: list[int]) -> Any:
    """``value`` with some of its parts replaced by unusual ones (drawn), walked top-down."""
    if budget[0] <= 0:
        return value
    if isinstance(value, dict):
        items = {key: _tweaks(draw, child, budget) for key, child in value.items()}
        choice = draw(st.integers(0, 9))
        if choice == 0:
            budget[0] -= 1
            return Mapping(items)
        if choice == 1:
            budget[0] -= 1
            items[draw(st.sampled_from([Text("odd"), Text("name"), 5, None, ("t",)]))] = "x"
        elif choice == 2 and items:
            budget[0] -= 1
            shared: dict[str, Any] = {"shared": [1]}
            first = next(iter(items))
            if isinstance(items[first], dict):
                items[first] = {**items[first], "a": shared, "b": shared}
        return items
    if isinstance(value, list):
        return [_tweaks(draw, child, budget) for child in value]
    if isinstance(value, str) and draw(st.integers(0, 9)) == 0:
        budget[0] -= 1
        return Text(value)
    return value


@st.composite
def unusual(draw: st.DrawFn, payloads: st.SearchStrategy[Any]) -> Any:
    """Payloads from ``payloads``, with up to three parts made unusual."""
    return _tweaks(draw, draw(payloads), [draw(st.integers(0, 3))])


def payloads(version: str) -> st.SearchStrategy[Any]:
    valid = integration_payloads(contract=version)
    invalid = invalid_payloads(contract=version).map(lambda pair: pair[0])
    return st.one_of(valid, invalid, unusual(valid), unusual(invalid), json_values())


CASES: Final = st.sampled_from(VERSIONS).flatmap(lambda v: st.tuples(st.just(v), payloads(v)))
"""``(contract version, payload)``."""


def full_check(payload: object, unknown_keys: UnknownKeys, version: str) -> list[Violation]:
    """The reference: ``check`` with the full checker only."""
    out: list[Violation] = []
    checkers(version)[1](payload, "", out, _SEVERITY[unknown_keys])
    return out


def reference_parse(payload: object, strict: bool, version: str) -> Any:
    """The reference: ``check``, then the cattrs converter."""
    found = errors(full_check(payload, "error" if strict else "ignore", version))
    if found:
        raise ContractError(found)
    root = contract(version).root
    return _trusted(root).structure(payload, root)


def outcome(function: Any, *args: Any) -> tuple[str, Any]:
    try:
        return "value", function(*args)
    except ContractError as error:
        return "error", error.violations


@given(CASES, st.sampled_from(MODES))
@example(("0.7.0", {**MINIMAL, "credentials": {Text("apiKey"): 5}}), "ignore")
@example(("0.7.0", {**MINIMAL, "__v": 0, Text("createdAt"): 1}), "ignore")
@example(("3.x", {**MINIMAL, "conditions": [{"_id": 1, Text("x"): 2}]}), "warn")
@example(("0.7.0", collections.OrderedDict(a=1)), "warn")
def test_check_reports_what_the_full_checker_reports_in_the_same_order(
    case: tuple[str, Any], unknown_keys: UnknownKeys
) -> None:
    version, payload = case
    fast = check(payload, unknown_keys=unknown_keys, contract=version)
    full = full_check(payload, unknown_keys, version)
    assert fast == full
    assert [repr(v) for v in fast] == [repr(v) for v in full]


def test_one_unknown_key_is_found_wherever_it_is_in_its_object() -> None:
    """An object with one unknown key takes its own branch: the key first, last or alone."""
    child = {"field": "f", "value": "v", "operator": "EQUAL", "on": "payload"}
    condition = {"isNegated": False, "type": "BOOLEAN", "value": "AND", "children": [child]}
    cases = [
        {"createdAt": 1, **MINIMAL},
        {**MINIMAL, "createdAt": 1},
        {**MINIMAL, "conditions": [{"_id": "c", **condition}]},
        {
            **MINIMAL,
            "conditions": [{**condition, "children": [{**child, "_id": "x"}, {"_id": "y", **child}]}],
        },
        {**MINIMAL, Text("createdAt"): 1},
    ]
    for payload, unknown in zip(cases, [1, 1, 1, 2, 1], strict=True):
        for mode in MODES:
            fast = check(payload, unknown_keys=mode)
            assert fast == full_check(payload, mode, "0.7.0")
            assert [repr(v) for v in fast] == [repr(v) for v in full_check(payload, mode, "0.7.0")]
        assert len(check(payload)) == unknown
        if all(type(key) is str for key in payload):  # the fast checker itself reports them
            out: list[Violation] = []
            checkers("0.7.0")[0](payload, out, Severity.WARNING)
            assert out == check(payload)
    paths = [v.path for v in check(cases[3])]
    assert paths == ["/conditions/0/children/0/_id", "/conditions/0/children/1/_id"]


def assert_indistinguishable(fast: Any, reference: Any) -> None:
    """Equality, hashing, repr, ``attrs.evolve``, pickling, ``attrs.asdict`` and copies agree."""
    assert fast == reference
    assert (fast != reference) is False
    assert repr(fast) == repr(reference)
    assert attrs.asdict(fast) == attrs.asdict(reference)
    assert attrs.evolve(fast) == reference
    assert pickle.loads(pickle.dumps(fast)) == reference
    assert copy.deepcopy(fast) == reference
    assert copy.copy(fast) == reference
    for name in attrs.fields_dict(type(fast)):
        assert getattr(fast, name) == getattr(reference, name)
    assert hash_or_error(fast) == hash_or_error(reference)
    nested = getattr(fast, "credentials", None), getattr(reference, "credentials", None)
    assert hash_or_error(nested[0]) == hash_or_error(nested[1])


def hash_or_error(value: object) -> object:
    try:
        return hash(value)
    except TypeError as error:  # list fields (conditions): unhashable either way
        return str(error)


@given(CASES, st.booleans())
def test_parse_builds_what_check_and_the_converter_build(case: tuple[str, Any], strict: bool) -> None:
    version, payload = case
    fast = outcome(lambda p: parse(p, contract=version, strict=strict), payload)
    reference = outcome(reference_parse, payload, strict, version)
    assert fast[0] == reference[0]
    if fast[0] == "error":
        assert fast[1] == reference[1]
    else:
        assert type(fast[1]) is type(reference[1])
        assert_indistinguishable(fast[1], reference[1])


@given(integration_payloads())
def test_parse_of_the_default_contract_is_parse_of_0_7_0(payload: dict[str, Any]) -> None:
    assert_indistinguishable(parse(payload), parse(payload, contract="0.7.0"))


@given(integration_payloads(extra_keys=False))
def test_absent_optionals_cost_nothing_in_a_parsed_instance(payload: dict[str, Any]) -> None:
    """The instance stores the keys the payload sent; absent ones read as ``None`` from the class."""
    built = parse(payload)
    assert len(vars(built.credentials)) == len(payload["credentials"])
    assert len(vars(built)) == len(payload)
    for field in attrs.fields(type(built.credentials)):
        expected = vars(built.credentials).get(field.name, None)
        assert getattr(built.credentials, field.name) == expected


def test_a_parsed_instance_is_frozen_like_one_built_normally() -> None:
    built = parse(MINIMAL)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.name = "x"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.credentials.api_key = "x"  # type: ignore[misc]


def eager(path: str, key: str, severity: Severity) -> Violation:
    """The warning for ``key`` as built directly (not deferred)."""
    from contracts._report import unknown_key

    return unknown_key(path, key, severity)


@given(st.text(), st.sampled_from([Severity.WARNING, Severity.ERROR]), st.booleans())
@example("a/b~c", Severity.WARNING, True)
@example("x" * 10_000, Severity.ERROR, False)
def test_a_deferred_warning_is_indistinguishable_from_one_built_directly(
    key: str, severity: Severity, read_first: bool
) -> None:
    assume(key not in object_shape(CredentialsDto).wire_keys)
    payload = {**MINIMAL, "credentials": {key: 1}}
    (deferred,) = check(payload, unknown_keys="warn" if severity is Severity.WARNING else "error")
    direct = eager("/credentials", key, severity)
    if read_first:
        assert deferred.message == direct.message
    restored = pickle.loads(pickle.dumps(deferred))  # pickled before or after the first read
    for twin in (deferred, restored):
        assert twin == direct
        assert hash(twin) == hash(direct)
        assert repr(twin) == repr(direct)
        assert str(twin) == str(direct)
        assert twin.to_json() == direct.to_json()
        assert attrs.asdict(twin) == attrs.asdict(direct)
        assert attrs.evolve(twin, severity=Severity.ERROR) == attrs.evolve(direct, severity=Severity.ERROR)
        assert vars(twin) == vars(direct)


def test_a_deferred_warning_is_frozen_and_has_no_other_attribute() -> None:
    (warning,) = check({**MINIMAL, "createdAt": "x"})
    with pytest.raises(AttributeError, match="'Violation' object has no attribute 'nope'"):
        _ = warning.nope
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        warning.path = "/x"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="nope"):
        _ = warning.nope
    assert warning.path == "/createdAt"


def test_memoised_warnings_keep_their_severity_and_survive_a_full_memo() -> None:
    keys = [f"k{i}" for i in range(700)]
    payload = {**MINIMAL, **dict.fromkeys(keys, 0)}
    for _ in range(2):
        warned = check(payload)
        failed = check(payload, unknown_keys="error")
        assert [v.path for v in warned] == [f"/{key}" for key in keys]
        assert {v.severity for v in warned} == {Severity.WARNING}
        assert {v.severity for v in failed} == {Severity.ERROR}
    assert check(payload) == warned


@given(json_values().filter(lambda value: isinstance(value, dict)))
def test_a_free_form_copy_is_equal_and_shares_no_container(value: dict[str, Any]) -> None:
    copied = copy_plain_json(value)
    assert copied == value

    def containers(node: object) -> list[int]:
        found = []
        stack = [node]
        while stack:
            item = stack.pop()
            if isinstance(item, (dict, list)):
                found.append(id(item))
                stack.extend(item.values() if isinstance(item, dict) else item)
        return found

    assert not set(containers(copied)) & set(containers(value))


SHARED: Final[list[int]] = [1]
CYCLE: Final[dict[str, Any]] = {}
CYCLE["self"] = CYCLE


@pytest.mark.parametrize(
    "value",
    [
        {"a": SHARED, "b": SHARED},
        CYCLE,
        {"a": [math.nan]},
        {"a": math.inf},
        {"a": Text("x")},
        {"a": Number(1)},
        {"a": {1, 2}},
        {1: "x"},
        {Text("a"): 1},
        Mapping(),
        {"a": [Mapping()]},
    ],
    ids=lambda value: type(value).__name__,
)
def test_a_free_form_copy_gives_up_on_what_is_not_plain_json(value: object) -> None:
    with pytest.raises(UncommonPayloadError):
        copy_plain_json(value)


@attrs.frozen(kw_only=True)
class Slotted:
    """A declaration with slots: its instances have no ``__dict__`` to fill."""

    name: str = required("name")
    note: str | None = optional("note")


VALIDATED: list[str] = []


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class Validated:
    """A declaration whose ``__init__`` does more than store (a validator)."""

    name: str = attrs.field(
        metadata=required("name").metadata, validator=lambda _, __, value: VALIDATED.append(value)
    )
    note: str | None = optional("note")


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class Plain:
    """A declaration the builder fills directly."""

    name: str = required("name")
    note: str | None = optional("note")


def test_the_builder_fills_only_classes_whose_init_just_stores() -> None:
    assert _absent_is_free(Plain) == frozenset({"note"})
    assert _absent_is_free(Slotted) is None
    assert _absent_is_free(Validated) is None
    assert _absent_is_free(CredentialsDto) == frozenset(attrs.fields_dict(CredentialsDto))


@pytest.mark.parametrize("cls", [Plain, Slotted, Validated], ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("payload", [{"name": "a"}, {"name": "a", "note": "b"}])
def test_the_builder_builds_what_init_builds_for_any_class(cls: type, payload: dict[str, str]) -> None:
    VALIDATED.clear()
    built = compile_builder(cls, strict=False)({**payload, "unknown": 1})
    normal = cls(**payload)
    assert type(built) is cls
    assert_indistinguishable(built, normal)
    if cls is Validated:
        assert VALIDATED.count("a") == 2 + 1  # built, normal, and attrs.evolve in the comparison
    with pytest.raises(UncommonPayloadError):
        compile_builder(cls, strict=True)({**payload, "unknown": 1})
