"""The Novu ``IntegrationResponseDto`` contract: models, wire converter, checker, JSON Schema, drift.

Every user-facing name is importable from here; the modules behind them are private.
A contract version is always chosen with ``contract=`` (``"0.7.0"``, the default, or ``"3.x"``).
"""

from contracts._checker import check
from contracts._converter import configure_converter, dump, make_converter, parse
from contracts._declare import Format
from contracts._drift import Change, Difference, Impact, SchemaError, diff, drift
from contracts._errors import Code, ContractError, Severity, Violation
from contracts._fixtures import Fixture, FixtureError, FixtureSet
from contracts._fixtures import load as load_fixtures
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
from contracts._models_3x import ConfigurationsDto, Kind
from contracts._redact import Redaction, redact
from contracts._schema import json_schema
from contracts._versions import CONTRACTS, DEFAULT_VERSION, Contract, contract

__all__ = [
    "CONTRACTS",
    "DEFAULT_VERSION",
    "BuilderFieldType",
    "Change",
    "Channel",
    "Code",
    "ConfigurationsDto",
    "Contract",
    "ContractError",
    "CredentialsDto",
    "Difference",
    "FieldFilterPartDto",
    "Fixture",
    "FixtureError",
    "FixtureSet",
    "Format",
    "Impact",
    "IntegrationResponseDto",
    "Kind",
    "On",
    "Operator",
    "Redaction",
    "SchemaError",
    "Severity",
    "StepFilterDto",
    "StepFilterValue",
    "Violation",
    "check",
    "configure_converter",
    "contract",
    "diff",
    "drift",
    "dump",
    "json_schema",
    "load_fixtures",
    "make_converter",
    "parse",
    "redact",
]
