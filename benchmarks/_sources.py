"""The payload generators the benchmarks compare, and how one run of each is set up.

Kept apart from ``benchmarks.bench_bug_finding`` so that timing generation imports no consumer
suite: what the code in the process names changes what ours favours (``strategies._named``),
and a user's test process holds its own code, not every suite's.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any, cast

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

import contracts
import strategies

Payload = dict[str, Any]

OURS = "ours"
PEERS = ("hypothesis-jsonschema", "polyfactory")
SOURCE_NAMES = (OURS, *PEERS)


@cache
def novu_integration_factory() -> Any:
    """polyfactory's factory for the official SDK's pydantic model (imported when first used)."""
    from novu_py.models import IntegrationResponseDto as NovuIntegration
    from polyfactory.factories.pydantic_factory import ModelFactory

    class NovuIntegrationFactory(ModelFactory[NovuIntegration]):
        __model__ = NovuIntegration

    return NovuIntegrationFactory


def polyfactory_payload(seed: int) -> Payload:
    """One polyfactory instance from ``seed``, as the wire dict the API would send."""
    factory = novu_integration_factory()
    factory.seed_random(seed)
    payload: Payload = factory.build().model_dump(by_alias=True, exclude_none=True, mode="json")
    return payload


def polyfactory_payloads() -> st.SearchStrategy[Payload]:
    """polyfactory driven by Hypothesis: one seed drawn, one instance built, per example."""
    return st.integers(0, 2**32 - 1).map(polyfactory_payload)


@cache
def source(name: str) -> st.SearchStrategy[Payload]:
    """The strategy compared under ``name`` (peers imported only when asked for)."""
    if name == OURS:
        return strategies.integration_payloads()
    if name == "hypothesis-jsonschema":
        from hypothesis_jsonschema import from_schema

        return cast(st.SearchStrategy[Payload], from_schema(contracts.json_schema()))
    return polyfactory_payloads()


def package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def versions_line() -> str:
    return (
        f"Python {sys.version.split()[0]}, hypothesis {package_version('hypothesis')},"
        f" hypothesis-jsonschema {package_version('hypothesis-jsonschema')},"
        f" polyfactory {package_version('polyfactory')}, novu-py {package_version('novu-py')}"
    )


def run_settings(examples: int) -> settings:
    """Generate phase only, nothing replayed from a database, no deadline, no health checks."""
    return settings(
        max_examples=examples,
        phases=[Phase.generate],
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )


def is_valid(payload: Payload) -> bool:
    return not any(v.severity is contracts.Severity.ERROR for v in contracts.check(payload))
