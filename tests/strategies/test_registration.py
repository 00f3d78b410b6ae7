"""``st.from_type`` knows the contract's classes, through the ``hypothesis`` entry point alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts import (
    CONTRACTS,
    CredentialsDto,
    FieldFilterPartDto,
    IntegrationResponseDto,
    Severity,
    StepFilterDto,
    check,
    contract,
    dump,
    make_converter,
    parse,
)
from contracts._shape import object_shapes
from strategies._registration import registered_classes
from tests.strategies._support import NO_DEADLINE, errors_of

CONVERTER = make_converter()
# What the registration hook (run by every ``import hypothesis``) must not import before resolving a type.
GENERATOR_MODULES = {
    "strategies._payloads",
    "strategies._generate",
    "strategies._edge_cases",
    "strategies._invalid",
    "strategies._coverage",
}


@settings(NO_DEADLINE)
@given(st.from_type(IntegrationResponseDto))
def test_from_type_gives_valid_integrations(integration: IntegrationResponseDto) -> None:
    """``from_type(IntegrationResponseDto)`` gives instances whose wire form is valid and parses back."""
    assert isinstance(integration, IntegrationResponseDto)
    assert errors_of(dump(integration)) == []
    assert parse(dump(integration)) == integration


@settings(NO_DEADLINE)
@given(st.from_type(CredentialsDto))
def test_from_type_gives_credentials(credentials: CredentialsDto) -> None:
    """``from_type(CredentialsDto)`` gives instances that round-trip through the wire converter."""
    assert isinstance(credentials, CredentialsDto)
    assert CONVERTER.structure(CONVERTER.unstructure(credentials), CredentialsDto) == credentials


@settings(NO_DEADLINE)
@given(st.from_type(StepFilterDto))
def test_from_type_gives_conditions(condition: StepFilterDto) -> None:
    """``from_type(StepFilterDto)`` gives conditions with typed children that round-trip."""
    assert isinstance(condition, StepFilterDto)
    assert all(isinstance(child, FieldFilterPartDto) for child in condition.children)
    assert CONVERTER.structure(CONVERTER.unstructure(condition), StepFilterDto) == condition


@settings(NO_DEADLINE)
@given(st.from_type(FieldFilterPartDto))
def test_from_type_gives_comparisons(child: FieldFilterPartDto) -> None:
    """``from_type(FieldFilterPartDto)`` gives comparisons that round-trip."""
    assert isinstance(child, FieldFilterPartDto)
    assert CONVERTER.structure(CONVERTER.unstructure(child), FieldFilterPartDto) == child


@settings(NO_DEADLINE)
@given(st.from_type(tuple[IntegrationResponseDto, StepFilterDto | None]))
def test_from_type_composes_inside_generic_types(
    pair: tuple[IntegrationResponseDto, StepFilterDto | None],
) -> None:
    """The registration also resolves inside ``tuple[...]`` and unions (as ``@given`` type hints need)."""
    integration, condition = pair
    assert isinstance(integration, IntegrationResponseDto)
    assert condition is None or isinstance(condition, StepFilterDto)


REGISTERED = registered_classes()
ROOT_3X = contract("3.x").root


def test_every_class_of_every_version_is_registered() -> None:
    """Derived from the registry: each version's root and every attrs class nested in it."""
    expected = {shape.cls for entry in CONTRACTS.values() for shape in object_shapes(entry.root)}
    assert set(REGISTERED) == expected
    assert ROOT_3X in REGISTERED
    assert ROOT_3X is not IntegrationResponseDto
    assert {version for version, _ in REGISTERED.values()} == set(CONTRACTS)


@pytest.mark.parametrize("cls", list(REGISTERED), ids=lambda cls: f"{REGISTERED[cls][0]}-{cls.__name__}")
def test_from_type_builds_every_registered_class(cls: type) -> None:
    @settings(NO_DEADLINE, max_examples=5)
    @given(st.from_type(cls))
    def builds(value: object) -> None:
        assert type(value) is cls

    builds()


@settings(NO_DEADLINE)
@given(st.from_type(ROOT_3X))
def test_from_type_on_the_3x_class_gives_valid_3x_integrations(integration: object) -> None:
    """The issue's case: ``st.from_type`` on the 3.x class raised ``InvalidArgument``."""
    assert type(integration) is ROOT_3X
    payload = dump(integration)
    assert [v for v in check(payload, contract="3.x") if v.severity is Severity.ERROR] == []


FRESH_PROCESS = textwrap.dedent(
    """
    import json, sys, warnings
    warnings.simplefilter("ignore")
    import hypothesis, contracts
    from hypothesis import strategies as st

    before = sorted(m for m in sys.modules if m.startswith("strategies."))
    integration = st.from_type(contracts.IntegrationResponseDto).example()
    print(json.dumps({
        "instance": isinstance(integration, contracts.IntegrationResponseDto),
        "valid": not [v for v in contracts.check(contracts.dump(integration)) if v.severity == "error"],
        "before": before,
        "after": "strategies._payloads" in sys.modules,
    }))
    """
)


def run_fresh(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``FRESH_PROCESS`` in a new interpreter, outside the repository (no conftest, no profile)."""
    environment = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"} | env
    return subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env=environment,
    )


@pytest.mark.slow
def test_the_entry_point_registers_the_strategies_in_a_fresh_process(tmp_path: Path) -> None:
    """Importing only hypothesis and contracts, ``from_type(...).example()`` gives a valid instance.

    The registration hook is lazy: no generator module is imported until the type is resolved.
    """
    result = run_fresh(tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["instance"] is True
    assert report["valid"] is True
    assert "strategies._registration" in report["before"]
    assert not set(report["before"]) & GENERATOR_MODULES
    assert report["after"] is True


@pytest.mark.slow
def test_without_plugins_from_type_cannot_build_an_integration(tmp_path: Path) -> None:
    """With ``HYPOTHESIS_NO_PLUGINS=1`` the same script fails: the entry point is what makes it work."""
    result = run_fresh(tmp_path, HYPOTHESIS_NO_PLUGINS="1")
    assert result.returncode != 0
    assert "InvalidArgument" in result.stderr
