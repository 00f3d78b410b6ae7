"""Hypothesis strategies for the Novu ``IntegrationResponseDto`` contract: valid, edge-case and invalid."""

from strategies.coverage import Coverage, coverage, measure
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

__all__ = [
    "EDGE_CASES",
    "Coverage",
    "EdgeCase",
    "ExpectedViolation",
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
]
