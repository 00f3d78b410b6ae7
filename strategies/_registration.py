"""Registers every contract version's classes with ``st.from_type`` (``hypothesis`` entry point).

The classes come from the contract registry: each version's root class and every attrs
class nested in it (its shape tree), so a new version or a new nested class is
registered without a line here.  Kept lazy: it runs inside ``import hypothesis`` of every
process that has this package installed (through ``novu_contracts_hooks.hypothesis_setup``,
which first checks that ``strategies`` and ``contracts`` are ours), so no generator module is
imported until a strategy is resolved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from hypothesis import strategies as st


def registered_classes() -> dict[type, tuple[str, type]]:
    """``{class: (contract version, its root class)}`` for every class of every version.

    A class shared by several versions is generated as part of the first (the default).
    """
    from contracts._shape import object_shapes
    from contracts._versions import CONTRACTS

    classes: dict[type, tuple[str, type]] = {}
    for version, entry in CONTRACTS.items():
        for shape in object_shapes(entry.root):
            classes.setdefault(shape.cls, (version, entry.root))
    return classes


def register_types() -> None:
    """Tell ``st.from_type`` how to build each class of ``registered_classes()``."""
    from hypothesis import strategies as st

    for cls, (version, root) in registered_classes().items():
        st.register_type_strategy(cls, _resolver(cls, version, root))


def _resolver(cls: type, version: str, root: type) -> Callable[[type], st.SearchStrategy[Any]]:
    # Hypothesis calls this with the type asked for, which may be a supertype (from_type(object)).
    def resolve(_: type) -> st.SearchStrategy[Any]:
        from hypothesis import strategies as st

        from strategies._payloads import integration_responses

        if cls is root:
            return integration_responses(contract=version)
        # A nested class: an instance found inside a generated integration, with conditions so
        # that condition classes are there to be found (most of the time).
        found = integration_responses(contract=version, conditions=True).map(
            lambda integration: list(_instances(integration, cls))
        )
        return found.filter(bool).flatmap(st.sampled_from)

    return resolve


def _instances(value: Any, cls: type) -> Iterator[Any]:
    """Every instance of ``cls`` in an attrs object tree, parents before children."""
    if isinstance(value, cls):
        yield value
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _instances(getattr(value, field.name), cls)
    elif isinstance(value, list):
        for item in value:
            yield from _instances(item, cls)
