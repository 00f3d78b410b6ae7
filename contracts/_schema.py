"""The contract as a JSON Schema (Draft 2020-12), derived from ``contracts._shape``."""

from __future__ import annotations

from typing import Any

from contracts._shape import (
    ArrayShape,
    EnumShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    object_shape,
    object_shapes,
)
from contracts._versions import DEFAULT_VERSION, root_of

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(*, contract: str = DEFAULT_VERSION) -> dict[str, Any]:
    """A Draft 2020-12 JSON Schema of contract ``contract``; nested classes are under ``$defs``.

    Unknown keys are allowed (the contract does), so no ``additionalProperties`` is set.
    A new dictionary on every call: the caller may change it.
    """
    root = root_of(contract)
    top = object_shape(root)
    schema: dict[str, Any] = {"$schema": DIALECT, "title": top.name}
    schema.update(_object(top))
    nested = {shape.name: _object(shape) for shape in object_shapes(root)[1:]}
    if nested:
        schema["$defs"] = nested
    return schema


def _object(shape: ObjectShape) -> dict[str, Any]:
    properties = {}
    for field in shape.fields:
        property_schema = _value(field.shape)
        if field.description:
            property_schema["description"] = field.description
        properties[field.wire] = property_schema
    result: dict[str, Any] = {"type": "object", "properties": properties}
    required = [field.wire for field in shape.fields if field.required]
    if required:
        result["required"] = required
    if shape.cls.__doc__:
        result["description"] = shape.cls.__doc__.strip().splitlines()[0]
    return result


def _value(shape: Shape) -> dict[str, Any]:
    if isinstance(shape, ObjectShape):
        return {"$ref": f"#/$defs/{shape.name}"}
    if isinstance(shape, ArrayShape):
        return {"type": "array", "items": _value(shape.items)}
    if isinstance(shape, EnumShape):
        return {"type": "string", "enum": list(shape.values)}
    if isinstance(shape, FreeObjectShape):
        return {"type": "object"}
    return {"type": shape.json_type}
