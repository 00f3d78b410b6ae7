"""``contracts._versions``: a read-only registry, and ``temporary_contract`` that leaves nothing behind."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import contracts
from contracts import _checker, _converter, _shape
from contracts import _models as v07
from contracts._declare import optional, required
from contracts._versions import temporary_contract

VERSION = "0.0.0-test"
UNKNOWN = r"unknown contract version '4\.0'; known versions: '0\.7\.0', '3\.x'"


@attrs.frozen(kw_only=True)
class Inner:
    """A nested object only the temporary contract knows."""

    flag: bool = required("flag")


@attrs.frozen(kw_only=True)
class Root:
    """A temporary root that shares ``StepFilterDto`` with the real contracts."""

    name: str = required("name")
    inner: Inner | None = optional("inner")
    conditions: list[v07.StepFilterDto] | None = optional("conditions")


def test_contracts_is_read_only() -> None:
    with pytest.raises(TypeError):
        contracts.CONTRACTS["4.0"] = contracts.contract()  # type: ignore[index]
    with pytest.raises(AttributeError):
        contracts.CONTRACTS.pop("3.x")  # type: ignore[attr-defined]
    assert list(contracts.CONTRACTS) == ["0.7.0", "3.x"]


def test_an_unknown_version_names_the_known_ones_everywhere() -> None:
    for call in (
        lambda: contracts.contract("4.0"),
        lambda: contracts.check({}, contract="4.0"),
        lambda: contracts.parse({}, contract="4.0"),
        lambda: contracts.json_schema(contract="4.0"),
        lambda: contracts.make_converter(contract="4.0"),
        lambda: contracts.drift({}, contract="4.0"),
        lambda: contracts.diff("3.x", contract="4.0"),
    ):
        with pytest.raises(ValueError, match=UNKNOWN):
            call()


@pytest.mark.parametrize("version", [None, 7, ["0.7.0"], "0.7", " 0.7.0"])
def test_a_version_that_is_not_a_known_string_is_a_value_error(version: Any) -> None:
    with pytest.raises(ValueError, match="unknown contract version"):
        contracts.check({}, contract=version)
    with pytest.raises(ValueError, match="unknown contract version"):
        contracts.contract(version)


def test_a_temporary_contract_is_usable_inside_the_block_and_gone_after_it() -> None:
    with temporary_contract(VERSION, Root) as registered:
        assert contracts.contract(VERSION) is registered
        assert registered.root is Root
        instance = contracts.parse({"name": "n", "inner": {"flag": True}}, contract=VERSION)
        assert contracts.dump(instance) == {"name": "n", "inner": {"flag": True}}
        assert [v.path for v in contracts.check({"inner": {}}, contract=VERSION)] == ["/name", "/inner/flag"]
    assert VERSION not in contracts.CONTRACTS
    with pytest.raises(ValueError, match="unknown contract version"):
        contracts.check({}, contract=VERSION)
    with pytest.raises(TypeError, match="known contract version"):
        contracts.dump(instance)


def test_nothing_of_a_temporary_contract_stays_cached() -> None:
    with temporary_contract(VERSION, Root):
        contracts.dump(contracts.parse({"name": "n"}, contract=VERSION))
        contracts.check({"name": "n"}, contract=VERSION)  # parse's fast path does not need the checker
        assert Root in _checker._COMPILED
        assert Root in _converter._TRUSTED
        assert (Root, False) in _converter._BUILDERS
        assert {Root, Inner} <= set(_shape._SHAPES)
    assert Root not in _checker._COMPILED
    assert Root not in _converter._TRUSTED
    assert (Root, False) not in _converter._BUILDERS
    assert not {Root, Inner} & set(_shape._SHAPES)
    # Shapes the registered contracts still use are kept.
    assert v07.StepFilterDto in _shape._SHAPES


def test_a_temporary_contract_is_removed_even_when_the_block_raises() -> None:
    def fail_inside() -> None:
        with temporary_contract(VERSION, Root):
            contracts.check({"name": "n"}, contract=VERSION)
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fail_inside()
    assert VERSION not in contracts.CONTRACTS
    assert Root not in _checker._COMPILED


def test_a_registered_version_cannot_be_replaced() -> None:
    with pytest.raises(ValueError, match=r"'3\.x' is already registered"), temporary_contract("3.x", Root):
        pass  # pragma: no cover
    assert contracts.contract("3.x").root is not Root
