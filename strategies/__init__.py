"""Hypothesis strategies for the Novu ``IntegrationResponseDto`` contract: valid, edge-case and invalid.

Names are imported on first use (PEP 562): importing the package imports no Hypothesis.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from strategies._consumer import ConsumerContractError, consumer_test, verify_consumer
    from strategies._coverage import Coverage, coverage, measure
    from strategies._edge_cases import EDGE_CASES, EdgeCase, edge_case_examples, edge_cases_in
    from strategies._faults import Fault
    from strategies._invalid import ExpectedViolation, invalid_payloads
    from strategies._mock import NotMockedError, mock_novu
    from strategies._mock_httpx import AsyncNovuHttpxTransport, NovuHttpxTransport
    from strategies._payloads import (
        credentials_dtos,
        field_filter_part_dtos,
        integration_lists,
        integration_payloads,
        integration_responses,
        step_filter_dtos,
    )
    from strategies._sample import sample_examples
    from strategies._stateful import NovuStateMachine, ServerInvariantError, novu_state_machine
    from strategies._stub import NovuStub, StubRequest
    from strategies._stub_core import StubAnswer, StubCall

_HOMES = {
    "ConsumerContractError": "strategies._consumer",
    "consumer_test": "strategies._consumer",
    "verify_consumer": "strategies._consumer",
    "Coverage": "strategies._coverage",
    "coverage": "strategies._coverage",
    "measure": "strategies._coverage",
    "EDGE_CASES": "strategies._edge_cases",
    "EdgeCase": "strategies._edge_cases",
    "edge_case_examples": "strategies._edge_cases",
    "edge_cases_in": "strategies._edge_cases",
    "ExpectedViolation": "strategies._invalid",
    "invalid_payloads": "strategies._invalid",
    "NotMockedError": "strategies._mock",
    "mock_novu": "strategies._mock",
    "AsyncNovuHttpxTransport": "strategies._mock_httpx",
    "NovuHttpxTransport": "strategies._mock_httpx",
    "credentials_dtos": "strategies._payloads",
    "field_filter_part_dtos": "strategies._payloads",
    "integration_lists": "strategies._payloads",
    "integration_payloads": "strategies._payloads",
    "integration_responses": "strategies._payloads",
    "sample_examples": "strategies._sample",
    "step_filter_dtos": "strategies._payloads",
    "NovuStateMachine": "strategies._stateful",
    "ServerInvariantError": "strategies._stateful",
    "novu_state_machine": "strategies._stateful",
    "Fault": "strategies._faults",
    "NovuStub": "strategies._stub",
    "StubRequest": "strategies._stub",
    "StubAnswer": "strategies._stub_core",
    "StubCall": "strategies._stub_core",
}

__all__ = [
    "EDGE_CASES",
    "AsyncNovuHttpxTransport",
    "ConsumerContractError",
    "Coverage",
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
