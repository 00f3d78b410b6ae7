"""The contract as a tree of JSON shapes, derived from the attrs declaration in ``contracts._models``.

The converter, checker, JSON Schema and strategies all walk this tree, so none of
them keeps its own list of fields or enum values.
"""

from __future__ import annotations

import types
import typing
from enum import StrEnum
from typing import Any, Union

import attrs

from contracts._declare import DESCRIPTION, WIRE_KEY, FreeFormJson


@attrs.frozen
class StringShape:
    """A JSON string."""

    json_type = "string"


@attrs.frozen
class BooleanShape:
    """A JSON boolean."""

    json_type = "boolean"


@attrs.frozen
class EnumShape:
    """A JSON string from a closed set of values."""

    enum: type[StrEnum]
    values: tuple[str, ...] = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(lambda self: tuple(m.value for m in self.enum), takes_self=True),
    )
    json_type = "string"


@attrs.frozen
class FreeObjectShape:
    """A JSON object with any keys and any JSON values."""

    json_type = "object"


@attrs.frozen
class ArrayShape:
    """A JSON array whose items all have one shape."""

    items: Shape
    json_type = "array"


@attrs.frozen
class FieldShape:
    """One key of a JSON object: its Python name, wire key, optionality and value shape."""

    name: str
    wire: str
    required: bool
    shape: Shape
    description: str


@attrs.frozen
class ObjectShape:
    """A JSON object declared by an attrs class."""

    cls: type
    fields: tuple[FieldShape, ...]
    json_type = "object"

    @property
    def name(self) -> str:
        return self.cls.__name__

    @property
    def wire_keys(self) -> frozenset[str]:
        return frozenset(field.wire for field in self.fields)


Shape = StringShape | BooleanShape | EnumShape | FreeObjectShape | ArrayShape | ObjectShape


_SHAPES: dict[type, ObjectShape] = {}


def object_shape(cls: type) -> ObjectShape:
    """The shape of an attrs class from ``contracts._models`` (cached: the declaration is immutable)."""
    shape = _SHAPES.get(cls)
    if shape is None:
        shape = _SHAPES[cls] = _build_shape(cls)
    return shape


def forget_shapes(root: type, *, keep: set[type]) -> None:
    """Drop the cached shapes of ``root`` and the classes it reaches, except those in ``keep``."""
    for cls in [shape.cls for shape in object_shapes(root)]:
        if cls not in keep:
            _SHAPES.pop(cls, None)


def _build_shape(cls: type) -> ObjectShape:
    hints = typing.get_type_hints(cls, include_extras=True)
    fields = []
    for attribute in attrs.fields(cls):
        hint, is_optional = _strip_none(hints[attribute.name])
        fields.append(
            FieldShape(
                name=attribute.name,
                wire=attribute.metadata[WIRE_KEY],
                required=not is_optional,
                shape=_shape_of(hint),
                description=attribute.metadata.get(DESCRIPTION, ""),
            )
        )
    return ObjectShape(cls, tuple(fields))


def _strip_none(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (Union, types.UnionType):
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(members) == 1:
            return members[0], len(members) != len(typing.get_args(hint))
    return hint, False


def _shape_of(hint: Any) -> Shape:
    if typing.get_origin(hint) is typing.Annotated:
        if any(isinstance(extra, FreeFormJson) for extra in hint.__metadata__):
            return FreeObjectShape()
        return _shape_of(typing.get_args(hint)[0])
    if hint is str:
        return StringShape()
    if hint is bool:
        return BooleanShape()
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return EnumShape(hint)
    if typing.get_origin(hint) is list:
        return ArrayShape(_shape_of(typing.get_args(hint)[0]))
    if attrs.has(hint):
        return object_shape(hint)
    raise TypeError(f"the contract declaration uses {hint!r}, which has no JSON shape")


def object_shapes(root: type) -> tuple[ObjectShape, ...]:
    """Every object shape reachable from ``root``, root first, each once, in declaration order."""
    seen: dict[type, ObjectShape] = {}

    def visit(shape: Shape) -> None:
        if isinstance(shape, ObjectShape) and shape.cls not in seen:
            seen[shape.cls] = shape
            for field in shape.fields:
                visit(field.shape)
        elif isinstance(shape, ArrayShape):
            visit(shape.items)

    visit(object_shape(root))
    return tuple(seen.values())
