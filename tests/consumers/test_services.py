"""The second consumer suite (``tests.consumers.services``): a fast regression subset.

``test_consumers`` checks that each of its cases is well formed, with the designed suite's.

The benchmark (``benchmarks.bench_bug_finding``) measures the whole suite over 5 seeds; here
one seed per bug keeps the generator from losing its reach, and two seeds of every control
keep it free of false alarms.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
from hypothesis import given

from strategies import integration_payloads
from tests.consumers.bugs import ConsumerCase
from tests.consumers.services import SERVICE_BUGS
from tests.consumers.test_consumers import DEFAULT_RUN, FIND_ONLY

CASE_IDS = [case.name for case in SERVICE_BUGS]


def test_sixteen_distinct_cases() -> None:
    assert len(SERVICE_BUGS) == 16
    assert len(set(CASE_IDS)) == len(SERVICE_BUGS)


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.parametrize("case", SERVICE_BUGS, ids=CASE_IDS)
def test_strategy_finds_the_bug(case: ConsumerCase) -> None:
    @FIND_ONLY
    @hypothesis.seed(0)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        case.buggy(payload)

    with pytest.raises(Exception):  # noqa: B017, PT011 - any failure of the buggy consumer is the find
        consume()


@pytest.mark.parametrize("seed", [0, 1])
def test_controls_never_fail(seed: int) -> None:
    @DEFAULT_RUN
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        for case in SERVICE_BUGS:
            try:
                case.fixed(payload)
            except Exception as error:
                error.add_note(f"raised by the fixed control of {case.name!r}")
                raise

    consume()
