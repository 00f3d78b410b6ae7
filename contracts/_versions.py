"""The contract versions this library knows: a read-only registry of version -> declaration root.

Nothing here builds a checker or a converter: those modules keep their own per-root caches
and ask to be told (``on_forget``) when a contract leaves the registry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import MappingProxyType
from typing import Final

import attrs

from contracts import _models as models
from contracts import _models_3x as models_3x
from contracts._shape import ObjectShape, forget_shapes, object_shape, object_shapes


@attrs.frozen
class Contract:
    """One version of the IntegrationResponseDto contract: its version, root class and description."""

    version: str
    root: type
    description: str

    @property
    def shape(self) -> ObjectShape:
        """The root's shape tree (``contracts._shape``), which every derived tool walks."""
        return object_shape(self.root)


DEFAULT_VERSION: Final = "0.7.0"

_REGISTRY: dict[str, Contract] = {
    "0.7.0": Contract("0.7.0", models.IntegrationResponseDto, "Novu SDK 0.7.0 (the default)"),
    "3.x": Contract("3.x", models_3x.IntegrationResponseDto, "Novu SDK 3.x (3.18, 2026)"),
}
CONTRACTS: Final = MappingProxyType(_REGISTRY)
"""Every known contract by version (read-only)."""

_FORGET: list[Callable[[Contract], object]] = []


def contract(version: str = DEFAULT_VERSION) -> Contract:
    """The contract of ``version`` (``"0.7.0"`` or ``"3.x"``); ``ValueError`` names the known ones."""
    try:
        return _REGISTRY[version]
    except (KeyError, TypeError):  # TypeError: an unhashable "version"
        raise ValueError(_unknown(version)) from None


def root_of(version: str) -> type:
    """The declaration root of ``version`` (the lookup every per-root cache keys on)."""
    try:
        return _REGISTRY[version].root
    except (KeyError, TypeError):
        raise ValueError(_unknown(version)) from None


def _unknown(version: object) -> str:
    known = ", ".join(repr(v) for v in _REGISTRY)
    return f"unknown contract version {version!r}; known versions: {known}"


def on_forget(callback: Callable[[Contract], object]) -> None:
    """Call ``callback`` with each contract that leaves the registry, so caches can drop it."""
    _FORGET.append(callback)


@contextmanager
def temporary_contract(version: str, root: type) -> Iterator[Contract]:
    """Register ``root`` as contract ``version`` for the ``with`` block (tests only).

    On exit the contract is removed and every cache derived from it is dropped, so nothing
    of it outlives the block. A version that is already registered is refused.
    """
    if version in _REGISTRY:
        raise ValueError(f"contract version {version!r} is already registered")
    entry = Contract(version, root, f"temporary contract {version}")
    _REGISTRY[version] = entry
    try:
        yield entry
    finally:
        del _REGISTRY[version]
        for forget in _FORGET:
            forget(entry)
        still_used = {shape.cls for known in _REGISTRY.values() for shape in object_shapes(known.root)}
        forget_shapes(root, keep=still_used)
