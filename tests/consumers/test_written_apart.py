"""The suites written apart from the generator (operations, reporting, tooling, observability): regressions.

``test_consumers`` checks that each case is well formed. The benchmark measures both suites over
5 seeds; here one run per seed calls every buggy consumer on every example (as the benchmark does)
and pins the reach the generator has: each bug it finds on every benchmark seed must be found on
each seed here. The few it does not (consumers of one provider among sixty-nine, which a payload
is only about one time in fifty) are listed.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
from hypothesis import given

from strategies import integration_payloads
from tests.consumers.bugs import ConsumerCase
from tests.consumers.observability import OBSERVABILITY_BUGS
from tests.consumers.operations import OPERATIONS_BUGS
from tests.consumers.reporting import REPORTING_BUGS
from tests.consumers.test_consumers import DEFAULT_RUN
from tests.consumers.tooling import TOOLING_BUGS

SUITES = {
    "operations": OPERATIONS_BUGS,
    "reporting": REPORTING_BUGS,
    "tooling": TOOLING_BUGS,
    "observability": OBSERVABILITY_BUGS,
}
CASES = [case for suite in SUITES.values() for case in suite]
NOT_YET_WITHIN_100 = frozenset(
    {"fcm_project", "aws_client_config", "webhook_signature", "aws_cost_estimator_region"}
)
"""Bugs of one provider each: found on some seeds only (see the README's bug-finding table)."""


def _found(cases: list[ConsumerCase], seed: int) -> set[str]:
    found: set[str] = set()

    @DEFAULT_RUN
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        for case in cases:
            if case.name not in found:
                try:
                    case.buggy(payload)
                except case.raises:
                    found.add(case.name)
                except Exception:  # another failure first is not this bug (as in the benchmark)
                    pass

    consume()
    return found


@pytest.mark.parametrize("suite", list(SUITES.values()), ids=list(SUITES))
def test_distinct_cases(suite: list[ConsumerCase]) -> None:
    assert len(suite) >= 15
    assert len({case.name for case in suite}) == len(suite)


def test_the_unreached_list_names_real_cases() -> None:
    assert {case.name for case in CASES} >= NOT_YET_WITHIN_100


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_bug_but_the_listed_is_found_within_100_examples(seed: int) -> None:
    missed = {case.name for case in CASES} - NOT_YET_WITHIN_100 - _found(CASES, seed)
    assert missed == set()


@pytest.mark.parametrize("seed", [0, 1])
def test_controls_never_fail(seed: int) -> None:
    @DEFAULT_RUN
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        for case in CASES:
            try:
                case.fixed(payload)
            except Exception as error:
                error.add_note(f"raised by the fixed control of {case.name!r}")
                raise

    consume()
