"""``check`` never raises, whatever it is given, and ``parse`` raises nothing but ``ContractError``."""

from __future__ import annotations

import collections
import contextlib
import json
import math
import threading
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, TypeVar

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from contracts import Code, ContractError, Severity, Violation, check, parse
from contracts._checker import UnknownKeys
from contracts._shape import EnumShape, StringShape
from strategies import integration_payloads
from tests._settings import NO_SHRINK
from tests._sites import Site, accepted_type, all_paths, get, json_values, placed, pointer, replaced

T = TypeVar("T")
UNKNOWN_KEY_MODES: Final[tuple[UnknownKeys, ...]] = ("ignore", "warn", "error")
SHORT: Final = 200
DEPTH: Final = 100_000
TLS: Final = ("credentials", "tlsOptions")


class Opaque:
    """An object with no JSON meaning."""


NOT_JSON_SCALARS: Final = (
    st.binary()
    | st.sets(st.integers(), max_size=3)
    | st.frozensets(st.text(), max_size=3)
    | st.tuples(st.integers())
    | st.complex_numbers()
    | st.decimals(allow_nan=True)
    | st.fractions()
    | st.dates()
    | st.builds(Opaque)
    | st.sampled_from([math.nan, math.inf, -math.inf, Ellipsis, NotImplemented, object(), type, print])
)
NON_STRING_KEYS: Final = st.integers() | st.none() | st.booleans() | st.floats() | st.tuples(st.integers())
BUILTIN_OBJECTS: Final = st.one_of(
    *(
        st.from_type(kind)
        for kind in (int, float, complex, str, bytes, bytearray, range, slice, type, Decimal)
    )
)
"""``st.from_type(object)``-ish junk (``st.from_type(object)`` itself is broken here: see the last test)."""
JUNK: Final = st.recursive(
    BUILTIN_OBJECTS | NOT_JSON_SCALARS | json_values(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text() | NON_STRING_KEYS, inner, max_size=3)
        | st.tuples(inner)
    ),
    max_leaves=6,
)


def assert_well_formed(violations: object) -> None:
    assert isinstance(violations, list)
    for violation in violations:
        assert isinstance(violation, Violation)
        assert isinstance(violation.code, Code)
        assert isinstance(violation.severity, Severity)
        assert all(isinstance(text, str) for text in (violation.path, violation.message, violation.actual))
        assert violation.path == "" or violation.path.startswith("/")


def parse_raises_only_contract_error(payload: object) -> None:
    with contextlib.suppress(ContractError):
        parse(payload)


def fits(value: object, where: Site) -> bool:
    """Whether ``value`` has the Python type ``check`` accepts at ``where`` (str subclasses count)."""
    wanted = accepted_type(where.field.shape)
    if wanted in (str, dict, list):
        return isinstance(value, wanted)
    return type(value) is wanted


@given(JUNK)
@example(b"{}")
@example({1: "x", None: 2, (1, 2): 3})
@example(collections.OrderedDict())
@example(Decimal("NaN"))
@example(Fraction(1, 3))
def test_check_never_raises_on_any_python_value(junk: object) -> None:
    for mode in UNKNOWN_KEY_MODES:
        violations = check(junk, unknown_keys=mode)
        assert_well_formed(violations)
        if not isinstance(junk, dict):  # dict subclasses (OrderedDict) are JSON objects too
            assert [v.path for v in violations] == [""]
    parse_raises_only_contract_error(junk)


@given(json_values())
@example([])
@example("a string")
@example(5)
@example(None)
def test_a_json_value_that_is_not_an_object_is_one_violation_at_the_root(value: object) -> None:
    violations = check(value)
    assert_well_formed(violations)
    if not isinstance(value, dict):
        assert [(v.path, v.code) for v in violations] == [("", Code.NULL if value is None else Code.TYPE)]
        with pytest.raises(ContractError):
            parse(value)
    else:
        parse_raises_only_contract_error(value)


@given(integration_payloads(), NOT_JSON_SCALARS | BUILTIN_OBJECTS)
def test_junk_at_any_declared_field_is_reported_there_not_raised(
    payload: dict[str, Any], junk: object
) -> None:
    """Bytes, sets, NaN, objects... where a string, boolean, enum, object or array is expected: a violation
    at that path (for a string or enum field exactly one, ``type`` or ``not_json``, shortly described)."""
    for where, path in all_paths(payload):
        with placed(payload, path, junk):
            violations = check(payload, unknown_keys="ignore")
            assert_well_formed(violations)
            parse_raises_only_contract_error(payload)
        if fits(junk, where):
            continue
        assert pointer(path) in {v.path for v in violations}
        assert all(v.severity is Severity.ERROR for v in violations)
        if isinstance(where.field.shape, (StringShape, EnumShape)):
            assert [v.path for v in violations] == [pointer(path)]
            assert violations[0].code in (Code.TYPE, Code.NOT_JSON)
            assert len(violations[0].actual) < SHORT


@given(
    payload=integration_payloads(),
    where=st.sampled_from([(), ("credentials",), TLS]),
    extra=st.dictionaries(NON_STRING_KEYS, json_values(), min_size=1, max_size=3),
)
def test_non_string_keys_are_not_json_violations_in_every_mode(
    payload: dict[str, Any], where: tuple[str, ...], extra: dict[Any, Any]
) -> None:
    """At the top level, in credentials or inside tlsOptions: one ``not_json`` error per such key, at the
    object's path, even with ``unknown_keys="ignore"``."""
    if where:
        broken = replaced(payload, where, {**get(payload, where[:-1]).get(where[-1], {}), **extra})
    else:
        broken = {**payload, **extra}
    for mode in UNKNOWN_KEY_MODES:
        violations = check(broken, unknown_keys=mode)
        assert_well_formed(violations)
        not_json = [v for v in violations if v.code is Code.NOT_JSON]
        assert len(not_json) == len(extra)
        assert {v.path for v in not_json} == {pointer(where)}
        assert all(v.severity is Severity.ERROR for v in not_json)
    with pytest.raises(ContractError):
        parse(broken)


def nested(depth: int, bottom: object, *, arrays: bool = False) -> tuple[object, str]:
    """``depth`` nested objects (or arrays), built iteratively, with ``bottom`` innermost; and its path."""
    node: object = bottom
    for _ in range(depth):
        node = [node] if arrays else {"k": node}
    return node, ("/0" if arrays else "/k") * depth


@pytest.fixture(scope="module")
def deep_payload() -> dict[str, Any]:
    """One valid payload (from the generator) to hang deep structures into."""
    found: list[dict[str, Any]] = []

    @settings(max_examples=1, database=None)
    @given(integration_payloads())
    def take(payload: dict[str, Any]) -> None:
        found.append(payload)

    take()
    return found[0]


@pytest.mark.parametrize("arrays", [False, True], ids=["objects", "arrays"])
def test_a_100000_deep_tlsOptions_is_valid(deep_payload: dict[str, Any], arrays: bool) -> None:
    deep, _ = nested(DEPTH, "leaf", arrays=arrays)
    payload = replaced(deep_payload, TLS, {"k": deep})
    assert check(payload, unknown_keys="ignore") == []
    if not arrays:
        assert parse(payload).credentials.tls_options is not None  # (== would recurse 100,000 deep)


@pytest.mark.parametrize(("bottom", "arrays"), [(math.nan, False), ({1, 2}, True)], ids=["nan", "set"])
def test_a_non_json_value_100000_deep_in_tlsOptions_is_one_not_json_violation_at_its_deep_path(
    deep_payload: dict[str, Any], bottom: object, arrays: bool
) -> None:
    deep, path = nested(DEPTH, bottom, arrays=arrays)
    payload = replaced(deep_payload, TLS, {"k": deep})
    violations = check(payload, unknown_keys="ignore")
    assert [(v.path, v.code) for v in violations] == [("/credentials/tlsOptions/k" + path, Code.NOT_JSON)]
    assert len(violations[0].actual) < SHORT
    with pytest.raises(ContractError):
        parse(payload)


def within(seconds: float, function: Callable[[], T]) -> T:
    """``function()``, failing the test if it has not returned after ``seconds`` (a hang)."""
    result: list[T] = []
    thread = threading.Thread(target=lambda: result.append(function()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    assert result, "raised (see the thread's traceback above)"
    return result[0]


@pytest.mark.parametrize("arrays", [False, True], ids=["object", "array"])
def test_a_cycle_in_tlsOptions_is_one_not_json_violation_not_a_hang(
    deep_payload: dict[str, Any], arrays: bool
) -> None:
    cycle: Any = [] if arrays else {}
    if arrays:
        cycle.append(cycle)
    else:
        cycle["self"] = cycle
    payload = replaced(deep_payload, TLS, {"a": cycle})
    violations = within(10, lambda: check(payload, unknown_keys="ignore"))
    inner = "/credentials/tlsOptions/a" + ("/0" if arrays else "/self")
    assert [(v.path, v.code) for v in violations] == [(inner, Code.NOT_JSON)]
    with pytest.raises(ContractError):
        parse(payload)


@pytest.mark.parametrize("key", ["a/b", "~", "~1", "", "x"])
def test_the_path_of_a_violation_inside_tlsOptions_escapes_the_keys(
    deep_payload: dict[str, Any], key: str
) -> None:
    payload = replaced(deep_payload, TLS, {key: [{key: math.inf}]})
    violations = check(payload, unknown_keys="ignore")
    token = key.replace("~", "~0").replace("/", "~1")
    assert [(v.path, v.code) for v in violations] == [
        (f"/credentials/tlsOptions/{token}/0/{token}", Code.NOT_JSON)
    ]


HUGE_STRING: Final = "x" * 10_000_000
HUGE_INT: Final = 10**5000


@pytest.mark.parametrize(
    "huge", [HUGE_STRING, HUGE_INT, -HUGE_INT], ids=["10MB string", "10**5000", "-10**5000"]
)
def test_a_huge_value_is_shortened_in_the_violation(deep_payload: dict[str, Any], huge: object) -> None:
    """As the payload itself, and at every declared field where its type is wrong."""
    assert len(check(huge)[0].actual) < SHORT
    checked = 0
    for where, path in all_paths(deep_payload):
        if fits(huge, where) and not isinstance(where.field.shape, EnumShape):
            continue
        with placed(deep_payload, path, huge):
            violations = check(deep_payload, unknown_keys="ignore")
        assert [v.path for v in violations] == [pointer(path)]
        assert len(violations[0].actual) < SHORT
        assert len(violations[0].message) < 2 * SHORT + len(violations[0].expected)
        checked += 1
    assert checked > 0


@pytest.mark.parametrize("huge", [HUGE_STRING, HUGE_INT], ids=["10MB string", "10**5000"])
def test_a_huge_value_inside_tlsOptions_is_valid(deep_payload: dict[str, Any], huge: object) -> None:
    assert check(replaced(deep_payload, TLS, {"big": huge, "list": [huge]}), unknown_keys="ignore") == []


def test_a_huge_unknown_key_is_shortened_in_actual(deep_payload: dict[str, Any]) -> None:
    violations = check({**deep_payload, HUGE_STRING: 1}, unknown_keys="error")
    assert [(v.code, v.path) for v in violations] == [(Code.UNKNOWN_KEY, "/" + HUGE_STRING)]
    assert len(violations[0].actual) < SHORT


def test_a_huge_unknown_key_is_shortened_in_the_message(deep_payload: dict[str, Any]) -> None:
    (violation,) = check({**deep_payload, HUGE_STRING: 1}, unknown_keys="warn")
    assert len(violation.message) < 2 * SHORT


class LoudFloat(float):
    """A float whose repr raises."""

    def __repr__(self) -> str:
        raise RuntimeError("repr")


class LoudStr(str):
    """A str whose repr raises."""

    __slots__ = ()

    def __repr__(self) -> str:
        raise RuntimeError("repr")


class LoudKey:
    """A hashable object whose str and repr raise."""

    def __repr__(self) -> str:
        raise RuntimeError("repr")

    __str__ = __repr__


@pytest.mark.parametrize(
    "make",
    [
        lambda p: {**p, "active": LoudFloat(1.0)},
        lambda p: {**p, "name": LoudFloat(1.0)},
        lambda p: {**p, "channel": LoudStr("EMAIL")},
        lambda p: {**p, "active": LoudStr("true")},
        lambda p: replaced(p, TLS, {LoudKey(): 1}),
    ],
    ids=["float->boolean", "float->string", "str->enum", "str->boolean", "key in tlsOptions"],
)
@NO_SHRINK
@given(payload=integration_payloads())
def test_check_never_raises_even_when_repr_raises(make: Any, payload: dict[str, Any]) -> None:
    assert_well_formed(check(make(payload)))


@NO_SHRINK
@given(integration_payloads())
def test_a_payload_read_into_ordered_dicts_checks_like_plain_dicts(payload: dict[str, Any]) -> None:
    text = json.dumps(payload)
    ordered = json.loads(text, object_pairs_hook=collections.OrderedDict)
    assert check(ordered) == check(json.loads(text))


@NO_SHRINK
@given(st.from_type(object))
def test_st_from_type_object_still_works_with_novu_contracts_installed(junk: object) -> None:
    assert_well_formed(check(junk))
