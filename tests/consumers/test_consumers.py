"""``integration_payloads()`` finds every consumer bug of ``bugs.BUGS`` and never fails a fixed control.

Each bug must be found within Hypothesis' default ``max_examples=100`` on several seeds, so
that finding it is a property of the strategy and not of one lucky seed. The runs that expect
a failure skip the shrink and explain phases: they do not change whether (or on which example)
the failure is found, only how long the test takes.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
from hypothesis import Phase, given, settings

import contracts
from strategies import integration_payloads
from tests.consumers.bugs import BUGS, HAPPY_PATH, ConsumerCase
from tests.consumers.suites import SUITES
from tests.consumers.tooling import AS_WRITTEN as TOOLING_AS_WRITTEN

SEEDS = [0, 1, 2]
DEFAULT_RUN = settings(max_examples=100, database=None, deadline=None)
FIND_ONLY = settings(
    DEFAULT_RUN,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target],
    report_multiple_bugs=False,
)
CASE_IDS = [case.name for case in BUGS]
EVERY_CASE = [
    case
    for name, suite in SUITES.items()
    for case in (TOOLING_AS_WRITTEN if name == "tooling" else suite)  # tooling's cases as written
]
"""Every suite's cases as written; each is checked for being well formed."""
EVERY_ID = [case.name for case in EVERY_CASE]


def errors(payload: dict[str, Any]) -> list[contracts.Violation]:
    return [v for v in contracts.check(payload) if v.severity is contracts.Severity.ERROR]


def test_sixteen_distinct_cases() -> None:
    assert len(BUGS) == 16
    assert len(set(CASE_IDS)) == len(BUGS)
    assert all(case.buggy is not case.fixed for case in BUGS)


def test_happy_path_is_valid() -> None:
    assert errors(HAPPY_PATH) == []


@pytest.mark.parametrize("case", EVERY_CASE, ids=EVERY_ID)
def test_bug_hides_on_the_happy_path(case: ConsumerCase) -> None:
    """The payload the author tested with works: the bug needs an edge case to show."""
    case.buggy(HAPPY_PATH)
    case.fixed(HAPPY_PATH)


@pytest.mark.parametrize("case", EVERY_CASE, ids=EVERY_ID)
def test_example_is_valid_and_triggers_only_the_bug(case: ConsumerCase) -> None:
    assert errors(case.example) == [], "the triggering payload must be one the contract allows"
    with pytest.raises(case.raises):
        case.buggy(case.example)
    case.fixed(case.example)


# Without shrinking the failing example is reported as drawn, 10k-character strings and all.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("case", BUGS, ids=CASE_IDS)
def test_strategy_finds_the_bug(case: ConsumerCase, seed: int) -> None:
    @FIND_ONLY
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        case.buggy(payload)

    with pytest.raises(case.raises):
        consume()


@pytest.mark.parametrize("seed", SEEDS)
def test_controls_never_fail(seed: int) -> None:
    """Every fixed control on every example (one run per seed: 16 separate runs would cost 16x)."""

    @DEFAULT_RUN
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        for case in BUGS:
            try:
                case.fixed(payload)
            except Exception as error:
                error.add_note(f"raised by the fixed control of {case.name!r}")
                raise

    consume()
