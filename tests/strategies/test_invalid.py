"""``invalid_payloads``: each payload breaks the contract in exactly the one labelled way, at any depth."""

from __future__ import annotations

import re
from random import Random
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, example, find, given, settings
from hypothesis import strategies as st

from contracts import Channel, Code, ContractError, check, parse
from strategies import EDGE_CASES, ExpectedViolation, edge_cases_in, invalid_payloads, measure
from tests.strategies._support import NO_DEADLINE, errors_of

Pair = tuple[Any, ExpectedViolation]

DEPTHS: dict[str, re.Pattern[str]] = {
    "root": re.compile(r""),
    "top-level": re.compile(r"/[^/]+"),
    "credentials": re.compile(r"/credentials/[^/]+"),
    "condition": re.compile(r"/conditions/\d+"),
    "condition-key": re.compile(r"/conditions/\d+/[^/]+"),
    "child": re.compile(r"/conditions/\d+/children/\d+"),
    "child-key": re.compile(r"/conditions/\d+/children/\d+/[^/]+"),
}
# Every (depth, code) the contract makes possible: a root or an array item can be of the wrong
# type or null but not missing; credentials keys are all optional; enums sit at the top level
# (channel), in conditions (type, value) and in children (operator, on).
KEYED_CODES = (Code.MISSING, Code.TYPE, Code.NULL, Code.ENUM)
REACHABLE = {
    ("root", Code.TYPE),
    ("root", Code.NULL),
    *((depth, code) for depth in ("top-level", "condition-key", "child-key") for code in KEYED_CODES),
    *((depth, code) for depth in ("credentials", "condition", "child") for code in (Code.TYPE, Code.NULL)),
}
MINIMAL: dict[str, Any] = {
    "_environmentId": "",
    "_organizationId": "",
    "name": "",
    "identifier": "",
    "providerId": "",
    "channel": "email",
    "credentials": {},
    "active": False,
    "deleted": False,
    "primary": False,
}


def depth_of(path: str) -> str:
    """Which of ``DEPTHS`` a JSON Pointer is at."""
    return next(name for name, pattern in DEPTHS.items() if pattern.fullmatch(path))


def test_reachable_combinations_are_the_twenty_expected() -> None:
    """20 combinations: 2 at the root, 4 per keyed depth, 2 per array-item or credentials depth."""
    assert len(REACHABLE) == 2 + 3 * 4 + 3 * 2
    assert all(code in (Code.MISSING, Code.TYPE, Code.NULL, Code.ENUM) for _, code in REACHABLE)


@example(pair=(None, ExpectedViolation("", Code.NULL)))
@example(pair=({**MINIMAL, "channel": "EMAIL"}, ExpectedViolation("/channel", Code.ENUM)))
@example(pair=({**MINIMAL, "conditions": [None]}, ExpectedViolation("/conditions/0", Code.NULL)))
@settings(NO_DEADLINE)
@given(invalid_payloads())
def test_check_reports_exactly_the_expected_violation(pair: Pair) -> None:
    """``check`` finds one error, at ``expected.path`` with ``expected.code``; ``parse`` refuses it."""
    payload, expected = pair
    assert errors_of(payload) == [(expected.path, expected.code)]
    with pytest.raises(ContractError) as raised:
        parse(payload)
    assert [(v.path, v.code) for v in raised.value.violations] == [(expected.path, expected.code)]


@settings(NO_DEADLINE)
@given(st.data(), st.none() | st.sampled_from(list(Channel)), st.booleans(), st.booleans())
def test_exactness_holds_under_every_option(
    data: st.DataObject, channel: Channel | None, extra_keys: bool, edge_cases: bool
) -> None:
    """``channel``, ``extra_keys`` and ``edge_cases`` do not spoil the one-violation guarantee."""
    payload, expected = data.draw(
        invalid_payloads(channel=channel, extra_keys=extra_keys, edge_cases=edge_cases)
    )
    assert errors_of(payload) == [(expected.path, expected.code)]
    if channel is not None and expected.path not in ("", "/channel") and isinstance(payload, dict):
        assert payload["channel"] == channel.value


@settings(NO_DEADLINE)
@given(invalid_payloads())
def test_labels_name_the_place_and_the_code(pair: Pair) -> None:
    """``label`` is file-name friendly and ends with the code; ``to_json`` round-trips the fields."""
    _, expected = pair
    assert "/" not in expected.label
    assert expected.label.endswith(f"-{expected.code.value}")
    assert expected.to_json() == {"path": expected.path, "code": expected.code.value}


@settings(NO_DEADLINE)
@given(invalid_payloads())
def test_edge_case_detection_survives_invalid_payloads(pair: Pair) -> None:
    """``edge_cases_in`` never raises on a broken payload, whatever sits where (it feeds failure reports)."""
    payload, _ = pair
    if isinstance(payload, dict):
        assert set(edge_cases_in(payload)) <= {edge_case.name for edge_case in EDGE_CASES}


@example(pair=({**MINIMAL, "channel": []}, ExpectedViolation("/channel", Code.TYPE)))
@settings(NO_DEADLINE)
@given(invalid_payloads())
def test_edge_case_measurement_survives_invalid_payloads(pair: Pair) -> None:
    """``measure`` never raises on a broken payload: it counts what it can and skips the rest."""
    payload, _ = pair
    assert measure([payload]).examples == 1


@pytest.mark.filterwarnings("ignore:Generating overly large repr")  # find() reprs what it found
def test_every_code_is_reachable_at_every_depth() -> None:
    """Within a few thousand examples, all 20 (depth, code) combinations appear, each exactly reported.

    Drawn in one generate-only run that stops as soon as everything has been seen; the
    exactness of ``check`` is asserted on every pair drawn on the way.
    """
    seen: set[tuple[str, Code]] = set()
    wrong: list[tuple[Any, ExpectedViolation, list[tuple[str, Code]]]] = []

    def everything_seen(pair: Pair) -> bool:
        payload, expected = pair
        seen.add((depth_of(expected.path), expected.code))
        found = errors_of(payload)
        if found != [(expected.path, expected.code)]:
            wrong.append((payload, expected, found))
        return seen >= REACHABLE

    find(
        invalid_payloads(),
        everything_seen,
        settings=settings(
            max_examples=6000,
            phases=[Phase.generate],
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
        random=Random(0),
    )
    assert seen >= REACHABLE
    assert wrong == []
    # Nothing outside the table: e.g. never "missing" at the root or inside credentials.
    assert seen <= REACHABLE


@settings(NO_DEADLINE)
@given(invalid_payloads())
def test_the_broken_payload_is_invalid_even_ignoring_unknown_keys(pair: Pair) -> None:
    """The one violation is an error under every ``unknown_keys`` policy (never an unknown-key warning)."""
    payload, expected = pair
    for policy in ("ignore", "warn", "error"):
        codes = {(v.path, v.code) for v in check(payload, unknown_keys=policy)}
        assert (expected.path, expected.code) in codes


@settings(NO_DEADLINE)
@given(invalid_payloads(contract="3.x"))
def test_3x_invalid_payloads_carry_exactly_the_expected_violation(pair: Pair) -> None:
    """Under ``contract="3.x"`` the one expected violation is what the 3.x check reports."""
    payload, expected = pair
    assert errors_of(payload, contract="3.x") == [(expected.path, expected.code)]
