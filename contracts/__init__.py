"""The Novu ``IntegrationResponseDto`` contract: models, wire converter, checker and JSON Schema."""

from contracts.checker import check
from contracts.converter import configure_converter, dump, make_converter, parse, parse_version
from contracts.errors import Code, ContractError, Severity, Violation
from contracts.models import (
    BuilderFieldType,
    Channel,
    CredentialsDto,
    FieldFilterPartDto,
    IntegrationResponseDto,
    On,
    Operator,
    StepFilterDto,
    StepFilterValue,
)
from contracts.schema import json_schema
from contracts.versions import CONTRACTS, DEFAULT_VERSION, Contract, contract

__all__ = [
    "CONTRACTS",
    "DEFAULT_VERSION",
    "BuilderFieldType",
    "Channel",
    "Code",
    "Contract",
    "ContractError",
    "CredentialsDto",
    "FieldFilterPartDto",
    "IntegrationResponseDto",
    "On",
    "Operator",
    "Severity",
    "StepFilterDto",
    "StepFilterValue",
    "Violation",
    "check",
    "configure_converter",
    "contract",
    "dump",
    "json_schema",
    "make_converter",
    "parse",
    "parse_version",
]
