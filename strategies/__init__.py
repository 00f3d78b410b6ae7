"""Hypothesis strategies for the Novu ``IntegrationResponseDto`` contract: valid, edge-case and invalid.

Names are imported on first use (PEP 562), so that ``strategies.pytest_plugin``, which
pytest loads in every run, can live here without importing Hypothesis.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from strategies.consumer import ConsumerContractError, consumer_test, verify_consumer
    from strategies.coverage_report import Coverage, coverage, measure
    from strategies.edge_cases import EDGE_CASES, EdgeCase, edge_case_payloads, edge_cases_in
    from strategies.invalid import ExpectedViolation, invalid_payloads
    from strategies.payloads import (
        credentials_dtos,
        field_filter_part_dtos,
        integration_lists,
        integration_payloads,
        integration_responses,
        sample_payloads,
        step_filter_dtos,
    )

_HOMES = {
    "ConsumerContractError": "strategies.consumer",
    "consumer_test": "strategies.consumer",
    "verify_consumer": "strategies.consumer",
    "Coverage": "strategies.coverage_report",
    "coverage": "strategies.coverage_report",
    "measure": "strategies.coverage_report",
    "EDGE_CASES": "strategies.edge_cases",
    "EdgeCase": "strategies.edge_cases",
    "edge_case_payloads": "strategies.edge_cases",
    "edge_cases_in": "strategies.edge_cases",
    "ExpectedViolation": "strategies.invalid",
    "invalid_payloads": "strategies.invalid",
    "credentials_dtos": "strategies.payloads",
    "field_filter_part_dtos": "strategies.payloads",
    "integration_lists": "strategies.payloads",
    "integration_payloads": "strategies.payloads",
    "integration_responses": "strategies.payloads",
    "sample_payloads": "strategies.payloads",
    "step_filter_dtos": "strategies.payloads",
}

__all__ = [
    "EDGE_CASES",
    "ConsumerContractError",
    "Coverage",
    "EdgeCase",
    "ExpectedViolation",
    "consumer_test",
    "coverage",
    "credentials_dtos",
    "edge_case_payloads",
    "edge_cases_in",
    "field_filter_part_dtos",
    "integration_lists",
    "integration_payloads",
    "integration_responses",
    "invalid_payloads",
    "measure",
    "sample_payloads",
    "step_filter_dtos",
    "verify_consumer",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'strategies' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
