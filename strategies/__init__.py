"""Hypothesis strategies for the Novu ``IntegrationResponseDto`` contract: valid, edge-case and invalid.

Names are imported on first use (PEP 562): importing the package imports no Hypothesis.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from strategies._consumer import ConsumerContractError, consumer_test, verify_consumer
    from strategies._coverage import Coverage, coverage, measure
    from strategies._edge_cases import EDGE_CASES, EdgeCase, edge_case_payloads, edge_cases_in
    from strategies._invalid import ExpectedViolation, invalid_payloads
    from strategies._payloads import (
        credentials_dtos,
        field_filter_part_dtos,
        integration_lists,
        integration_payloads,
        integration_responses,
        step_filter_dtos,
    )
    from strategies._sample import sample_payloads

_HOMES = {
    "ConsumerContractError": "strategies._consumer",
    "consumer_test": "strategies._consumer",
    "verify_consumer": "strategies._consumer",
    "Coverage": "strategies._coverage",
    "coverage": "strategies._coverage",
    "measure": "strategies._coverage",
    "EDGE_CASES": "strategies._edge_cases",
    "EdgeCase": "strategies._edge_cases",
    "edge_case_payloads": "strategies._edge_cases",
    "edge_cases_in": "strategies._edge_cases",
    "ExpectedViolation": "strategies._invalid",
    "invalid_payloads": "strategies._invalid",
    "credentials_dtos": "strategies._payloads",
    "field_filter_part_dtos": "strategies._payloads",
    "integration_lists": "strategies._payloads",
    "integration_payloads": "strategies._payloads",
    "integration_responses": "strategies._payloads",
    "sample_payloads": "strategies._sample",
    "step_filter_dtos": "strategies._payloads",
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
