"""Named edge cases: one valid payload each, detected by ``edge_cases_in``, all reachable by ``@given``."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts import BuilderFieldType, Channel, On, Operator, StepFilterValue
from strategies import EDGE_CASES, Coverage, coverage, edge_case_examples, edge_cases_in, measure
from tests.strategies._support import NO_DEADLINE, JsonDict, assert_valid

NAMES = [edge_case.name for edge_case in EDGE_CASES]
PAYLOADS = edge_case_examples()
SEEDS = range(5)
ENUM_POSITIONS = {
    "channel": Channel,
    "conditions[].type": BuilderFieldType,
    "conditions[].value": StepFilterValue,
    "conditions[].children[].operator": Operator,
    "conditions[].children[].on": On,
}
# Applying one edge case necessarily makes these others true as well.
IMPLIED = {
    "empty-strings": {"unknown-providerId"},  # providerId is a string field too
    "whitespace-only-strings": {"unknown-providerId"},
    "rtl-strings": {"non-ascii-strings"},
    "emoji-strings": {"non-ascii-strings"},
    "deleted-without-deletedAt": {"deleted-without-deletedBy"},
    "non-iso-deletedAt": {"deleted-without-deletedBy"},
}


@cache
def default_coverage(seed: int) -> Coverage:
    """What a fresh ``@given(integration_payloads())`` test with 100 examples sees, for one seed."""
    return coverage(examples=100, seed=seed)


def test_one_payload_per_named_edge_case_in_order() -> None:
    """``edge_case_examples()`` names each ``EDGE_CASES`` entry exactly once, in order; names are unique."""
    assert [name for name, _ in PAYLOADS] == NAMES
    assert len(set(NAMES)) == len(NAMES)
    assert all(edge_case.description for edge_case in EDGE_CASES)


@pytest.mark.parametrize(("name", "payload"), PAYLOADS, ids=NAMES)
def test_edge_case_payload_is_valid_and_detected(name: str, payload: JsonDict) -> None:
    """Each named payload is valid (contract and novu-py) and ``edge_cases_in`` finds its own name."""
    assert_valid(payload)
    assert name in edge_cases_in(payload)


@pytest.mark.parametrize("channel", list(Channel), ids=[c.value for c in Channel])
def test_edge_case_examples_on_a_chosen_channel(channel: Channel) -> None:
    """``edge_case_examples(channel=c)``: the same names, every payload on ``c``, valid and detected."""
    payloads = edge_case_examples(channel=channel.value)
    assert [name for name, _ in payloads] == NAMES
    for name, payload in payloads:
        assert payload["channel"] == channel.value
        assert_valid(payload)
        assert name in edge_cases_in(payload)


def test_edge_case_examples_are_fresh_copies() -> None:
    """Mutating one returned payload does not leak into the next call (no shared nested state)."""
    first = edge_case_examples()
    first[0][1]["credentials"]["mutated"] = True
    first[-1][1]["conditions"].append("mutated")
    assert edge_case_examples() == PAYLOADS


def test_edge_case_examples_show_no_unrelated_edge_case() -> None:
    """Besides its own name (and what it implies), a named payload is an instance of no other edge case."""
    unrelated = {
        name: sorted(set(edge_cases_in(payload)) - {name} - IMPLIED.get(name, set()))
        for name, payload in PAYLOADS
    }
    assert unrelated == {name: [] for name in NAMES}


@settings(NO_DEADLINE)
@given(st.sampled_from(PAYLOADS), st.sampled_from(EDGE_CASES))
def test_applying_an_edge_case_makes_it_detectable(named: tuple[str, JsonDict], edge_case: Any) -> None:
    """``EdgeCase.apply`` on any named payload makes ``detect`` true, and the payload stays valid."""
    _, payload = named
    payload = {**payload, "credentials": dict(payload["credentials"])}
    edge_case.apply(payload)
    assert edge_case.detect(payload)
    assert_valid(payload)


def test_default_100_examples_reach_every_enum_value_and_edge_case() -> None:
    """For seeds 0..4, ``coverage(examples=100, seed=s)`` reports nothing missing."""
    missing = {seed: default_coverage(seed).missing() for seed in SEEDS}
    assert missing == {seed: [] for seed in SEEDS}


def test_500_examples_reach_every_enum_value_and_edge_case() -> None:
    """Everything is reachable: ``coverage(examples=500)`` sees every enum value and named edge case."""
    report = coverage(examples=500, seed=0)
    assert report.examples == 500
    assert report.missing() == []


def test_coverage_lists_every_enum_value_and_edge_case() -> None:
    """The report has a count for every declared enum value and every named edge case."""
    report = default_coverage(0)
    assert set(report.edge_cases) == set(NAMES)
    assert set(report.enum_values) == set(ENUM_POSITIONS)
    for where, enum in ENUM_POSITIONS.items():
        assert list(report.enum_values[where]) == [member.value for member in enum]


def test_coverage_is_deterministic_for_a_seed() -> None:
    """The same seed gives the same counts (fixed seed, no example database)."""
    assert coverage(examples=20, seed=3) == coverage(examples=20, seed=3)


@pytest.mark.parametrize("seed", SEEDS)
def test_coverage_str_lists_the_counts(seed: int) -> None:
    """``str(coverage)`` has a header, ``value=count`` per enum position, a line per edge case, a verdict."""
    report = default_coverage(seed)
    text = str(report)
    lines = text.splitlines()
    assert lines[0] == "coverage over 100 examples"
    for where, counts in report.enum_values.items():
        assert f"  {where}: " + ", ".join(f"{value}={n}" for value, n in counts.items()) in lines
    for name, n in report.edge_cases.items():
        assert f"  edge case {name}: {n}" in lines
    missing = report.missing()
    assert lines[-1] == (f"  never seen: {', '.join(missing)}" if missing else "  everything seen")


def test_measure_counts_exactly() -> None:
    """``measure`` counts enum values per position and edge cases per payload, and ignores non-objects."""
    by_name = dict(PAYLOADS)
    payloads: list[Any] = [by_name["empty-credentials"], by_name["many-conditions"], None, [], "x"]
    report = measure(payloads)
    assert report.examples == 5
    for name in NAMES:
        assert report.edge_cases[name] == sum(name in edge_cases_in(p) for p in payloads[:2])
    assert report.edge_cases["empty-credentials"] >= 1
    assert report.edge_cases["many-conditions"] >= 1
    conditions = len(by_name["many-conditions"]["conditions"]) + len(
        by_name["empty-credentials"]["conditions"]
    )
    assert sum(report.enum_values["conditions[].value"].values()) == conditions
    assert report.enum_values["channel"][by_name["many-conditions"]["channel"]] == 2
    assert sum(report.enum_values["channel"].values()) == 2
