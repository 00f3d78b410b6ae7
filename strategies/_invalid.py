"""Invalid payloads that break the contract in exactly one labelled way, at any depth."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from contracts import _versions as versions
from contracts._errors import Code
from contracts._models import Channel
from contracts._shape import ArrayShape, EnumShape, ObjectShape, Shape
from contracts._versions import DEFAULT_VERSION
from strategies import _generate
from strategies._generate import JsonDict, Profile
from strategies._profile import make_profile
from strategies._source import Source

if TYPE_CHECKING:
    from hypothesis import strategies as st

T = TypeVar("T")


@attrs.frozen
class ExpectedViolation:
    """The one violation an invalid payload carries: where (JSON Pointer) and what (``Code``)."""

    path: str
    code: Code

    @property
    def label(self) -> str:
        """A file-name friendly label, e.g. ``conditions-0-type-enum``."""
        where = self.path.strip("/").replace("/", "-").replace("~1", "-").replace("~0", "~")
        return f"{where or 'payload'}-{self.code.value}"

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "code": self.code.value}


@attrs.frozen
class _Site:
    """A place in a payload that can be broken: the container, its key, the pointer and the shape."""

    container: Any
    key: str | int
    path: str
    shape: Shape
    required: bool


_WRONG_TYPES: dict[str, tuple[Any, ...]] = {
    "string": (0, True, [], {}, 1.5),
    "boolean": ("true", 1, 0, "false", []),
    "object": ("", [], 0, True),
    "array": ("", {}, 0, False),
}


def _choose_site(source: Source, payload: JsonDict, root: ObjectShape) -> _Site:
    """Walk down from the root: pick a key (required keys first, in declared order), then break
    it or, where it holds an object or array, go one level deeper.

    Choosing by path rather than by index in a flat list keeps a choice meaning the same
    place while the rest of the payload shrinks, and reaches deep places as often as shallow.
    """
    value: Any = payload
    shape: ObjectShape = root
    path = ""
    while True:
        fields = [f for f in shape.fields if f.required] + [
            f for f in shape.fields if not f.required and f.wire in value
        ]
        nested = [f for f in fields if _has_content(value.get(f.wire), f.shape)]
        deeper = source.chance(50)  # drawn even with nothing nested, so shrinking keeps later draws aligned
        if not (nested and deeper):
            # Enum keys count twice: they can break in more ways (unknown or wrong-case values).
            field = source.pick(fields + [f for f in fields if isinstance(f.shape, EnumShape)])
            return _Site(value, field.wire, f"{path}/{field.wire}", field.shape, field.required)
        field = source.pick(nested)
        path, item = f"{path}/{field.wire}", value[field.wire]
        if isinstance(field.shape, ObjectShape):
            value, shape = item, field.shape
            continue
        assert isinstance(field.shape, ArrayShape)
        index = source.integer(0, len(item) - 1)
        if isinstance(field.shape.items, ObjectShape) and source.chance(70):
            value, shape, path = item[index], field.shape.items, f"{path}/{index}"
            continue
        return _Site(item, index, f"{path}/{index}", field.shape.items, True)


def _has_content(item: Any, shape: Shape) -> bool:
    """Whether ``item`` holds something of ``shape`` to break inside it."""
    if isinstance(shape, ObjectShape):
        return isinstance(item, dict) and any(f.required or f.wire in item for f in shape.fields)
    return isinstance(shape, ArrayShape) and isinstance(item, list) and bool(item)


def _bad_enum_value(source: Source, shape: EnumShape, current: str) -> str:
    values = set(shape.values)
    candidates = [current.swapcase(), current.replace("_", "-"), "CONTAINS", "x-unknown", current + " "]
    usable = [c for c in candidates if c not in values]
    return source.pick(usable)


def break_payload(
    source: Source, payload: JsonDict, *, contract: str = DEFAULT_VERSION
) -> tuple[Any, ExpectedViolation]:
    """Break ``payload`` (a valid one, modified in place) in one way; the result and its violation."""
    if source.chance(5):
        replacement = source.pick(([payload], "", 0, None, True))
        code = Code.NULL if replacement is None else Code.TYPE
        return replacement, ExpectedViolation("", code)
    site = _choose_site(source, payload, versions.contract(contract).shape)
    kinds = ["type", "null"]
    if site.required and isinstance(site.key, str):
        kinds.append("missing")
    if isinstance(site.shape, EnumShape):
        kinds += ["enum", "enum"]
    kind = source.pick(kinds)
    container: Any = site.container
    if kind == "missing":
        del container[site.key]
        return payload, ExpectedViolation(site.path, Code.MISSING)
    if kind == "null":
        container[site.key] = None
        return payload, ExpectedViolation(site.path, Code.NULL)
    if kind == "enum":
        assert isinstance(site.shape, EnumShape)
        container[site.key] = _bad_enum_value(source, site.shape, container[site.key])
        return payload, ExpectedViolation(site.path, Code.ENUM)
    json_type = "object" if isinstance(site.shape, ObjectShape) else site.shape.json_type
    container[site.key] = copy.deepcopy(source.pick(_WRONG_TYPES[json_type]))
    return payload, ExpectedViolation(site.path, Code.TYPE)


_PLAN_SIZE = 24


class _Plan:
    """A ``Source`` over values drawn up front.

    The choices of where and how to break are drawn *before* the payload, so that while
    Hypothesis shrinks the payload (which changes how many draws it takes) they keep
    meaning the same thing. Each value shrinks to 0, which means the first option.
    """

    def __init__(self, source: Source) -> None:
        self._values = source.several((0x10000,) * _PLAN_SIZE)
        self._next = 0

    def _value(self) -> int:
        value = self._values[self._next] if self._next < len(self._values) else 0
        self._next += 1
        return value

    def integer(self, low: int, high: int) -> int:
        return low + self._value() % (high - low + 1)

    def chance(self, percent: int) -> bool:
        return self._value() % 100 >= 100 - percent

    def pick(self, options: Sequence[T]) -> T:
        return options[self._value() % len(options)]

    def several(self, sizes: Sequence[int]) -> list[int]:
        return [self._value() % size for size in sizes]

    def text(self, alphabet: str, min_size: int, max_size: int) -> str:
        raise NotImplementedError("breaking a payload draws no text")


def invalid_payload(source: Source, profile: Profile) -> tuple[Any, ExpectedViolation]:
    """One valid payload drawn with ``profile``, then broken in exactly one way."""
    plan = _Plan(source)
    payload = _generate.integration_payload(source, profile)
    return break_payload(plan, payload, contract=profile.contract)


@cache
def _invalid_strategy() -> Any:
    # Made on first use: the fixture writer imports this module and must not import Hypothesis.
    from hypothesis import strategies as st

    from strategies._hypothesis_source import HypothesisSource

    @st.composite
    def invalid(draw: st.DrawFn, profile: Profile) -> tuple[Any, ExpectedViolation]:
        return invalid_payload(HypothesisSource(draw), profile)

    return invalid


def invalid_payloads(
    *,
    channel: Channel | str | Iterable[Channel | str] | None = None,
    extra_keys: bool = True,
    edge_cases: bool = True,
    contract: str = DEFAULT_VERSION,
) -> st.SearchStrategy[tuple[Any, ExpectedViolation]]:
    """``(payload, expected_violation)`` pairs: payloads that break the contract in exactly one way.

    The break is a missing required key, a wrong JSON type, a null, an unknown or
    wrong-case enum value, or a non-object/non-array where one is required, at any
    depth (also the payload itself). ``contracts.check`` reports exactly that one error.
    """
    profile = make_profile(channel=channel, extra_keys=extra_keys, edge_cases=edge_cases, contract=contract)
    strategy: st.SearchStrategy[tuple[Any, ExpectedViolation]] = _invalid_strategy()(profile)
    return strategy
