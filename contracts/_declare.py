"""The vocabulary the contract is declared in: wire-keyed attrs fields and the free-form JSON marker."""

from __future__ import annotations

from typing import Annotated, Any, Final

import attrs

WIRE_KEY: Final = "novu_contracts.wire"
DESCRIPTION: Final = "novu_contracts.description"


class FreeFormJson:
    """Marks a field whose value is any JSON object, with no rule on its keys or values."""

    def __repr__(self) -> str:
        return "FreeFormJson()"


FREE_FORM: Final = FreeFormJson()

JsonObject = Annotated[dict[str, Any], FREE_FORM]
"""A JSON object with any keys and any JSON values (e.g. ``tlsOptions``)."""


def required(wire: str, description: str = "") -> Any:
    """Declare a field whose wire key must be present."""
    return attrs.field(metadata={WIRE_KEY: wire, DESCRIPTION: description})


def optional(wire: str, description: str = "") -> Any:
    """Declare a field whose wire key may be absent (``None`` in Python, omitted on the wire)."""
    return attrs.field(default=None, metadata={WIRE_KEY: wire, DESCRIPTION: description})
