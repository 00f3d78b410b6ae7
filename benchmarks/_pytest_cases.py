"""The consumer-bug suites as a pytest user tests them: one parametrized ``@given`` test per case.

Run by ``benchmarks.bench_pytest_cases`` (``python -m pytest`` in a subprocess, the plugin loaded by
its entry point), one seed per run. Each case's test stops at its first failure (the generate phase
only, so nothing shrinks), as a raising test would; the last test writes the example of each
case's first failure (``examples + 1`` for a miss) to the JSON file ``BENCH_OUT`` names.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck, Phase, given, settings

from strategies import integration_payloads
from tests.consumers.bugs import ConsumerCase
from tests.consumers.suites import SUITES

NAMES = os.environ.get("BENCH_SUITES", ",".join(SUITES)).split(",")
CASES = [case for name in NAMES for case in SUITES[name]]
SEED = int(os.environ.get("BENCH_SEED", "0"))
EXAMPLES = int(os.environ.get("BENCH_EXAMPLES", "100"))
_COUNTS: dict[str, int] = {}
_FIRST: dict[str, int] = {}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
@settings(
    max_examples=EXAMPLES,
    database=None,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)
@hypothesis.seed(SEED)
@given(payload=integration_payloads())
def test_case(case: ConsumerCase, payload: dict[str, Any]) -> None:
    _COUNTS[case.name] = _COUNTS.get(case.name, 0) + 1
    try:
        case.buggy(payload)
    except Exception:
        _FIRST.setdefault(case.name, _COUNTS[case.name])
        raise


def test_zz_write_the_first_failures() -> None:
    found = {case.name: _FIRST.get(case.name, EXAMPLES + 1) for case in CASES}
    Path(os.environ["BENCH_OUT"]).write_text(json.dumps(found), encoding="utf-8")
