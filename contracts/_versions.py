"""The contract versions this library knows, and the machinery each gets from its declaration."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

import attrs

from contracts import _models as models
from contracts import _models_3x as models_3x
from contracts._shape import ObjectShape, object_shape

if TYPE_CHECKING:
    import cattrs

    from contracts._checker import CheckFunction


@attrs.frozen
class Contract:
    """One version of the IntegrationResponseDto contract: its root class and derived tools."""

    version: str
    root: type
    description: str

    @property
    def shape(self) -> ObjectShape:
        return object_shape(self.root)

    @cached_property
    def checker(self) -> CheckFunction:
        from contracts._checker import compile_checker

        return compile_checker(self.root)

    @cached_property
    def converter(self) -> cattrs.Converter:
        """A converter for payloads ``check`` accepted (it trusts their types); ``make_converter`` checks."""
        import cattrs

        from contracts._converter import configure_converter

        # Used by parse_version after check(), so it may trust the JSON types.
        converter = cattrs.Converter(detailed_validation=False)
        configure_converter(converter, root=self.root, trusted=True)
        return converter

    def json_schema(self) -> dict[str, Any]:
        from contracts._schema import json_schema

        return json_schema(self.root)


DEFAULT_VERSION: Final = "0.7.0"

CONTRACTS: Final[dict[str, Contract]] = {
    "0.7.0": Contract("0.7.0", models.IntegrationResponseDto, "Novu SDK 0.7.0 (the default)"),
    "3.x": Contract("3.x", models_3x.IntegrationResponseDto, "Novu SDK 3.x (3.18, 2026)"),
}


def contract(version: str = DEFAULT_VERSION) -> Contract:
    """The contract of ``version`` (``"0.7.0"`` or ``"3.x"``); ``ValueError`` names the known ones."""
    try:
        return CONTRACTS[version]
    except KeyError:
        known = ", ".join(repr(v) for v in CONTRACTS)
        raise ValueError(f"unknown contract version {version!r}; known versions: {known}") from None


def library_version() -> str:
    """The installed novu-contracts version (of this library, not of a contract)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("novu-contracts")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
        return "0+unknown"
