"""``contracts.__all__``: sorted, complete and public."""

from __future__ import annotations

import inspect
import re
import types
from pathlib import Path

import pytest

import contracts


def isort_key(name: str) -> tuple[int, list[int | str]]:
    """Ruff's RUF022 ("isort-style") order: SCREAMING_CASE, then CamelCase, then the rest; natural within."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def test_all_is_sorted() -> None:
    assert contracts.__all__ == sorted(contracts.__all__, key=isort_key)


def test_all_has_no_duplicates() -> None:
    assert len(set(contracts.__all__)) == len(contracts.__all__)


def test_every_name_in_all_exists() -> None:
    assert [name for name in contracts.__all__ if not hasattr(contracts, name)] == []


def test_all_holds_no_private_names() -> None:
    assert [name for name in contracts.__all__ if name.startswith("_")] == []


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from contracts import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(contracts.__all__)


def test_the_core_api_is_public() -> None:
    core = {"check", "parse", "dump", "make_converter", "json_schema", "ContractError", "Violation", "Code"}
    assert core <= set(contracts.__all__)


PUBLIC = [
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


def test_the_public_surface_is_exactly_this() -> None:
    """Adding or removing a public name is a decision: change this list, and the CHANGELOG."""
    assert contracts.__all__ == PUBLIC


def test_every_public_name_resolves_to_a_value_from_a_private_module() -> None:
    for name in PUBLIC:
        value = getattr(contracts, name)
        home = getattr(value, "__module__", None)
        if home is not None and isinstance(value, type | types.FunctionType):
            assert home.startswith("contracts._"), (name, home)


def test_versions_are_chosen_with_one_keyword_everywhere() -> None:
    for function in (
        contracts.check,
        contracts.parse,
        contracts.dump,
        contracts.make_converter,
        contracts.configure_converter,
        contracts.json_schema,
        contracts.drift,
        contracts.diff,
    ):
        parameters = inspect.signature(function).parameters
        assert parameters["contract"].kind is inspect.Parameter.KEYWORD_ONLY, function
        assert not {"root", "version"} & set(parameters), function


def test_contracts_cannot_be_changed() -> None:
    with pytest.raises(TypeError):
        contracts.CONTRACTS["4.0"] = contracts.contract()  # type: ignore[index]


def test_trusting_converters_are_not_public() -> None:
    assert "trusted" not in inspect.signature(contracts.configure_converter).parameters
    assert "parse_version" not in dir(contracts)


def test_every_module_of_contracts_is_private() -> None:
    """One import path per name: the implementation modules are ``_name``, only the package is public."""
    package = Path(contracts.__file__).parent
    public = [
        path.name
        for path in package.iterdir()
        if not path.name.startswith(("_", "."))
        and (path.suffix == ".py" or path.is_dir())
        and path.name != "py.typed"
    ]
    assert public == []
