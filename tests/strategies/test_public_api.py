"""The ``strategies`` package's public names: sorted, all present, and the objects they name."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import strategies

CORE = {
    "EDGE_CASES",
    "Coverage",
    "EdgeCase",
    "ExpectedViolation",
    "coverage",
    "credentials_dtos",
    "edge_case_examples",
    "edge_cases_in",
    "field_filter_part_dtos",
    "integration_lists",
    "integration_payloads",
    "integration_responses",
    "invalid_payloads",
    "measure",
    "sample_examples",
    "step_filter_dtos",
    # the stub (issue 13): its class, its transport-neutral call and answer, its faults
    "Fault",
    "NovuStub",
    "StubAnswer",
    "StubCall",
    "StubRequest",
}


def isort_style(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: SCREAMING_SNAKE_CASE constants, then CamelCase classes, then the rest."""
    if len(name) > 1 and name.isupper():
        return 0, name
    return (1 if name[:1].isupper() else 2), name


def test_isort_style_order_can_tell_unsorted_lists() -> None:
    """The order used below is the house one and rejects a plainly unsorted list."""
    assert sorted(["measure", "Coverage", "EDGE_CASES"], key=isort_style) == [
        "EDGE_CASES",
        "Coverage",
        "measure",
    ]
    assert sorted(["b", "a"], key=isort_style) != ["b", "a"]


def test_all_is_sorted_and_unique() -> None:
    """``__all__`` is sorted (isort style, as ruff's RUF022 wants it) and lists each name once."""
    assert strategies.__all__ == sorted(strategies.__all__, key=isort_style)
    assert len(set(strategies.__all__)) == len(strategies.__all__)


def test_all_lists_the_documented_names() -> None:
    """Every documented strategy and helper is public."""
    assert set(strategies.__all__) >= CORE


@pytest.mark.parametrize("name", strategies.__all__)
def test_every_public_name_exists(name: str) -> None:
    """``strategies.<name>`` resolves, appears in ``dir()``, and ``from strategies import *`` binds it."""
    assert getattr(strategies, name) is not None
    assert name in dir(strategies)
    namespace: dict[str, object] = {}
    exec("from strategies import *", namespace)
    assert name in namespace


def test_unknown_names_raise_attribute_error() -> None:
    """A name that is not public raises ``AttributeError`` (so ``hasattr`` works)."""
    with pytest.raises(AttributeError):
        _ = strategies.no_such_strategy
    assert not hasattr(strategies, "no_such_strategy")


NAMES_IN_ORDER = textwrap.dedent(
    """
    import inspect, json, sys
    import strategies
    order = sys.argv[2:]
    modules = []
    for name in order:
        if sys.argv[1] == "fresh":  # each name looked up first, on a newly imported package
            for module in [m for m in sys.modules if m == "strategies" or m.startswith("strategies.")]:
                del sys.modules[module]
            import strategies
        if inspect.ismodule(getattr(strategies, name)):
            modules.append(name)
    print(json.dumps(modules))
    """
)


def modules_among(names: list[str], *, fresh: bool, cwd: Path) -> list[str]:
    """Which of ``names``, looked up in that order (each on a fresh import if ``fresh``), are modules."""
    result = subprocess.run(
        [sys.executable, "-c", NAMES_IN_ORDER, "fresh" if fresh else "shared", *names],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
    )
    assert result.returncode == 0, result.stderr
    modules: list[str] = json.loads(result.stdout)
    return modules


def test_each_public_name_looked_up_first_is_not_a_module(tmp_path: Path) -> None:
    """On a fresh import, every public name (functions, classes, constants) is the object, not a module."""
    assert modules_among(strategies.__all__, fresh=True, cwd=tmp_path) == []


def test_public_names_looked_up_in_all_order_are_not_modules(tmp_path: Path) -> None:
    """Looked up in ``__all__`` order (``Coverage`` before ``coverage``), no public name is a module."""
    assert modules_among(strategies.__all__, fresh=False, cwd=tmp_path) == []


def test_public_callables_are_documented() -> None:
    """Every public function and class has a docstring."""
    undocumented = [
        name
        for name in strategies.__all__
        if (inspect.isfunction(obj := getattr(strategies, name)) or inspect.isclass(obj)) and not obj.__doc__
    ]
    assert undocumented == []


SURFACE = frozenset(
    {
        "AsyncNovuHttpxTransport",
        "ConsumerContractError",
        "Coverage",
        "EDGE_CASES",
        "EdgeCase",
        "ExpectedViolation",
        "Fault",
        "NotMockedError",
        "NovuHttpxTransport",
        "NovuStateMachine",
        "NovuStub",
        "ServerInvariantError",
        "StubAnswer",
        "StubCall",
        "StubRequest",
        "consumer_test",
        "coverage",
        "credentials_dtos",
        "edge_case_examples",
        "edge_cases_in",
        "field_filter_part_dtos",
        "integration_lists",
        "integration_payloads",
        "integration_responses",
        "invalid_payloads",
        "measure",
        "mock_novu",
        "novu_state_machine",
        "sample_examples",
        "step_filter_dtos",
        "verify_consumer",
    }
)
"""The whole public surface of ``strategies``: a new or dropped name is a decision, so it fails here."""


def test_the_public_surface_is_pinned() -> None:
    assert set(strategies.__all__) == SURFACE
