"""``contracts.__all__``: sorted, complete and public."""

from __future__ import annotations

import re

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
