"""The vocabulary the contract is declared in: wire-keyed attrs fields and the free-form JSON marker."""

from __future__ import annotations

from typing import Annotated, Any, Final, TypeVar

import attrs

WIRE_KEY: Final = "novu_contracts.wire"
DESCRIPTION: Final = "novu_contracts.description"


class FreeFormJson:
    """Marks a field whose value is any JSON object, with no rule on its keys or values."""

    def __repr__(self) -> str:
        return "FreeFormJson()"


FREE_FORM: Final = FreeFormJson()

_Class = TypeVar("_Class", bound=type)

JsonObject = Annotated[dict[str, Any], FREE_FORM]
"""A JSON object with any keys and any JSON values (e.g. ``tlsOptions``)."""


def required(wire: str, description: str = "") -> Any:
    """Declare a field whose wire key must be present."""
    return attrs.field(metadata={WIRE_KEY: wire, DESCRIPTION: description})


def optional(wire: str, description: str = "") -> Any:
    """Declare a field whose wire key may be absent (``None`` in Python, omitted on the wire)."""
    return attrs.field(default=None, metadata={WIRE_KEY: wire, DESCRIPTION: description})


def class_defaults(cls: _Class) -> _Class:
    """Make the ``None`` default of each optional field of an attrs class (not slotted) a class
    attribute too, so that an instance ``parse`` builds stores only the keys the payload has.

    Reading an absent field then finds the class attribute: the same value ``__init__`` would
    have stored, so equality, hashing, repr, ``attrs.evolve``, pickling and ``attrs.asdict``
    cannot tell the two instances apart.
    """
    for field in attrs.fields(cls):
        if field.default is None:
            setattr(cls, field.name, None)
    return cls
