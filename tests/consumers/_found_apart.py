"""Which written-apart bugs ``integration_payloads`` finds on a seed, measured in a fresh interpreter.

Hypothesis draws some strings from the literals of every local module imported so far, so what a
run finds depends on what the process imported before it (other tests, under xdist any of them).
A fresh interpreter that imports only the suites makes the measurement the same wherever it runs.

Run as ``python -m tests.consumers._found_apart SEED``: prints the names found, as JSON.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import hypothesis
from hypothesis import HealthCheck, given, settings

from strategies import _named, integration_payloads
from tests.consumers.bugs import ConsumerCase
from tests.consumers.suites import WRITTEN_APART

CASES = [case for suite in WRITTEN_APART.values() for case in suite]
SUITE_NAMED = frozenset().union(
    *(_named._module_literals(sys.modules[name]) for name in {case.buggy.__module__ for case in CASES})
)
"""The providers and ids the suites' code names, as a session importing only them would favour."""
DEFAULT_RUN = settings(
    max_examples=100, database=None, deadline=None, suppress_health_check=list(HealthCheck)
)
"""A default run: 100 examples."""


def found(cases: list[ConsumerCase], seed: int) -> set[str]:
    """The cases whose buggy consumer raises one of its exceptions within one default run."""
    names: set[str] = set()

    @DEFAULT_RUN
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        for case in cases:
            if case.name not in names:
                try:
                    case.buggy(payload)
                except case.raises:
                    names.add(case.name)
                except Exception:  # another failure first is not this bug (as in the benchmark)
                    pass

    saved = _named.named_literals
    _named.named_literals = lambda: SUITE_NAMED  # whatever else is imported, the suites' names only
    try:
        consume()
    finally:
        _named.named_literals = saved
    return names


if __name__ == "__main__":
    print(json.dumps(sorted(found(CASES, int(sys.argv[1])))))
