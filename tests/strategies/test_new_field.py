"""A field added to the declaration reaches both generators (Hypothesis and the seeded ``random.Random``).

The throwaway contract below is the 0.7.0 declaration plus one optional field with a format;
it is registered for the test only and removed afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest
from hypothesis import HealthCheck, find, settings

import contracts
from contracts._declare import Format, class_defaults, optional
from contracts._models import IntegrationResponseDto
from contracts._versions import temporary_contract
from strategies import integration_payloads, sample_examples

VERSION = "test-one-extra-field"


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class WithDataRegion(IntegrationResponseDto):
    """0.7.0 plus ``dataRegion``."""

    data_region: str | None = optional("dataRegion", "Where the data lives.", format=Format.REGION)


@pytest.fixture
def extra_field_contract() -> Iterator[str]:
    with temporary_contract(VERSION, WithDataRegion):
        yield VERSION


def test_seeded_generator_sees_the_new_field(extra_field_contract: str) -> None:
    payloads = sample_examples(0, 200, contract=extra_field_contract)
    regions = [p["dataRegion"] for p in payloads if "dataRegion" in p]
    assert regions, "the new optional field never appeared"
    assert all(isinstance(region, str) for region in regions)
    assert not any(
        v.severity is contracts.Severity.ERROR for p in payloads for v in contracts.check(p, contract=VERSION)
    )
    realistic = sample_examples(0, 50, contract=extra_field_contract, edge_cases=False)
    assert "us-east-1" in [p.get("dataRegion") for p in realistic], "a REGION field's realistic value"


def test_hypothesis_generator_sees_the_new_field(extra_field_contract: str) -> None:
    quiet = settings(database=None, suppress_health_check=list(HealthCheck), max_examples=200)
    found = find(
        integration_payloads(contract=extra_field_contract),
        lambda p: p.get("dataRegion", "us-east-1") not in ("us-east-1", ""),
        settings=quiet,
    )
    assert isinstance(found["dataRegion"], str)  # a variant of the region format, drawn by Hypothesis


def test_from_type_sees_the_new_field(extra_field_contract: str) -> None:
    """Registration is derived from the registry: a newly registered root resolves through it."""
    from hypothesis import strategies as st

    from strategies._registration import register_types

    register_types()
    quiet = settings(database=None, suppress_health_check=list(HealthCheck), max_examples=200)
    found = find(st.from_type(WithDataRegion), lambda i: i.data_region is not None, settings=quiet)
    assert isinstance(found, WithDataRegion)
    assert isinstance(found.data_region, str)
    violations = contracts.check(contracts.dump(found, contract=extra_field_contract), contract=VERSION)
    assert not [v for v in violations if v.severity is contracts.Severity.ERROR]
