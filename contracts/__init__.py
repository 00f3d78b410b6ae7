"""The Novu ``IntegrationResponseDto`` contract: models, wire converter, checker and JSON Schema."""

from contracts._checker import check
from contracts._converter import configure_converter, dump, make_converter, parse, parse_version
from contracts._errors import Code, ContractError, Severity, Violation
from contracts._models import (
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
from contracts._redact import Redaction, redact
from contracts._schema import json_schema
from contracts._versions import CONTRACTS, DEFAULT_VERSION, Contract, contract

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
    "Redaction",
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
    "redact",
]
