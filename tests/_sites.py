"""Where the contract's fields sit in a payload, and surgery on payloads at those places.

Everything here is derived from ``contracts._shape``: no test keeps its own list of fields,
wire keys or enum values.  A *site* is one declared field at some depth, with ``*`` for
"any item of this array" (``/conditions/*/children/*/on``); a *path* is a concrete place in
one payload (``("conditions", 0, "children", 2, "on")``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any, Final

import attrs
from hypothesis import strategies as st

from contracts import IntegrationResponseDto
from contracts._shape import (
    ArrayShape,
    BooleanShape,
    EnumShape,
    FieldShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    StringShape,
    object_shape,
)

ROOT: Final = object_shape(IntegrationResponseDto)
ANY_ITEM: Final = "*"
Path = tuple[str | int, ...]
ABSENT: Final = object()
"""Given to :func:`placed` as the value: the key is removed for the block."""


@attrs.frozen
class Site:
    """One declared field at some depth of the contract."""

    template: tuple[str, ...]
    field: FieldShape
    owner: ObjectShape  # the object the field belongs to

    def __str__(self) -> str:
        return "/" + "/".join(self.template)


def _sites(shape: ObjectShape, prefix: tuple[str, ...]) -> Iterator[Site]:
    for field in shape.fields:
        template = (*prefix, field.wire)
        yield Site(template, field, shape)
        inner = field.shape
        while isinstance(inner, ArrayShape):
            inner, template = inner.items, (*template, ANY_ITEM)
        if isinstance(inner, ObjectShape):
            yield from _sites(inner, template)


SITES: Final = tuple(_sites(ROOT, ()))


def site(text: str) -> Site:
    """The site written as ``/conditions/*/value``."""
    (found,) = (candidate for candidate in SITES if str(candidate) == text)
    return found


def all_paths(payload: object) -> list[tuple[Site, Path]]:
    """Every (site, path) pair :func:`locate` finds in ``payload``."""
    return [(where, path) for where in SITES for path in locate(payload, where)]


def locate(payload: object, where: Site) -> list[Path]:
    """Every concrete path of ``where`` in ``payload`` whose enclosing object exists (the key may not)."""
    parents: list[tuple[Path, object]] = [((), payload)]
    for token in where.template[:-1]:
        step: list[tuple[Path, object]] = []
        for path, node in parents:
            if token == ANY_ITEM and isinstance(node, list):
                step.extend(((*path, index), item) for index, item in enumerate(node))
            elif isinstance(node, dict) and token in node:
                step.append(((*path, token), node[token]))
        parents = step
    return [(*path, where.template[-1]) for path, node in parents if isinstance(node, dict)]


def pointer(path: Path) -> str:
    """The RFC 6901 JSON Pointer of ``path``."""
    return "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in path)


def get(payload: Any, path: Path) -> Any:
    for token in path:
        payload = payload[token]
    return payload


def replaced(payload: Any, path: Path, value: object) -> Any:
    """A deep copy of ``payload`` with ``value`` at ``path`` (``value`` itself is not copied)."""
    result = copy.deepcopy(payload)
    get(result, path[:-1])[path[-1]] = value
    return result


@contextmanager
def placed(payload: Any, path: Path, value: object) -> Iterator[Any]:
    """``payload`` itself with ``value`` at ``path`` for the duration of the block (cheaper than a copy)."""
    parent, key = get(payload, path[:-1]), path[-1]
    before = parent.get(key, ABSENT)
    if value is ABSENT:
        parent.pop(key, None)
    else:
        parent[key] = value
    try:
        yield payload
    finally:
        if before is ABSENT:
            parent.pop(key, None)
        else:
            parent[key] = before


def removed(payload: Any, path: Path) -> Any:
    """A deep copy of ``payload`` without the key at ``path``."""
    result = copy.deepcopy(payload)
    del get(result, path[:-1])[path[-1]]
    return result


def known_only(payload: Any, shape: Shape = ROOT) -> Any:
    """``payload`` without the keys the contract does not declare, at every depth."""
    if isinstance(shape, ObjectShape):
        return {f.wire: known_only(payload[f.wire], f.shape) for f in shape.fields if f.wire in payload}
    if isinstance(shape, ArrayShape):
        return [known_only(item, shape.items) for item in payload]
    return payload


def json_type(value: object) -> str:
    """The JSON type of a JSON value (``bool`` is not a number)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


@cache
def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value (finite numbers, string keys)."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text()
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=6,
    )


JSON_TYPES: Final = ("string", "boolean", "object", "array")
"""The JSON types the contract declares (enums are strings)."""

# A value of each wrong JSON type, so every field always meets each of them.
_OBVIOUS: Final[dict[str, list[object]]] = {
    "string": [5, 1.5, True, {}, [], None],
    "boolean": ["true", "false", 1, 0, "", {}, [], None],
    "object": ["{}", "", 5, False, [], None],
    "array": ["[]", "", 5, True, {}, None],
}


def obvious_wrong_values(shape: Shape) -> list[object]:
    """Hand-picked values of a wrong JSON type for ``shape`` (null included, last)."""
    return _OBVIOUS[shape.json_type]


def wrong_values(shape: Shape) -> st.SearchStrategy[Any]:
    """JSON values whose JSON type is not the one ``shape`` declares (null included)."""
    return wrong_json_values(shape.json_type)


@cache
def wrong_json_values(declared: str) -> st.SearchStrategy[Any]:
    """JSON values whose JSON type is not ``declared`` (null included)."""
    return st.sampled_from(_OBVIOUS[declared]) | json_values().filter(
        lambda value: json_type(value) != declared
    )


def accepted_type(shape: Shape) -> type:
    """The Python type that carries ``shape``'s JSON type after ``json.loads``."""
    if isinstance(shape, (StringShape, EnumShape)):
        return str
    if isinstance(shape, BooleanShape):
        return bool
    if isinstance(shape, ArrayShape):
        return list
    assert isinstance(shape, (ObjectShape, FreeObjectShape))
    return dict


@attrs.frozen
class Mutation:
    """One contract-breaking edit of a valid payload."""

    kind: str  # "type" (wrong JSON type, null included), "missing" or "enum"
    site: Site
    path: Path
    payload: Any
    value: object = None


@st.composite
def mutations(draw: st.DrawFn, payloads: st.SearchStrategy[dict[str, Any]]) -> Mutation:
    """A valid payload broken at one declared place: wrong type, a removed required key, or a bad enum."""
    payload = draw(payloads)
    where, path = draw(st.sampled_from(all_paths(payload)))
    kinds = ["type"]
    if where.field.required and path[-1] in get(payload, path[:-1]):
        kinds.append("missing")
    if isinstance(where.field.shape, EnumShape):
        kinds.append("enum")
    kind = draw(st.sampled_from(kinds))
    if kind == "missing":
        return Mutation(kind, where, path, removed(payload, path))
    if kind == "enum":
        assert isinstance(where.field.shape, EnumShape)
        members = frozenset(where.field.shape.values)

        def outside(text: str) -> bool:
            return text not in members

        value: object = draw(st.text().filter(outside))
    else:
        value = draw(wrong_values(where.field.shape))
    return Mutation(kind, where, path, replaced(payload, path, value), value)
