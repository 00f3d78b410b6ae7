"""``HypothesisSource``: the ``Source`` of generation under ``@given``, so that failures shrink."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Protocol, TypeVar, cast

from hypothesis import strategies as st

T = TypeVar("T")


@cache
def _integers(low: int, high: int) -> st.SearchStrategy[int]:
    # Built once per range: constructing a strategy costs more than drawing from it.
    return _unwrapped(st.integers(low, high))


@cache
def _texts(alphabet: str, min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return _unwrapped(st.text(alphabet=alphabet, min_size=min_size, max_size=max_size))


@cache
def _binaries(size: int) -> st.SearchStrategy[bytes]:
    return _unwrapped(st.binary(min_size=size, max_size=size))


@cache
def _widths(sizes: tuple[int, ...]) -> tuple[int, ...]:
    """The bytes each of ``sizes`` takes in a ``several`` choice."""
    if any(size < 1 for size in sizes):
        raise ValueError(f"empty range in {sizes}")
    return tuple(max(1, ((size - 1).bit_length() + 7) // 8) for size in sizes)


def _unwrapped(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T]:
    # Hypothesis wraps built-in strategies lazily and unwraps them on every draw; unwrap once.
    inner: st.SearchStrategy[T] = getattr(strategy, "wrapped_strategy", strategy)
    return inner


class _Choices(Protocol):
    """The part of Hypothesis' per-example choice recorder that ``HypothesisSource`` uses."""

    def draw_integer(self, min_value: int, max_value: int) -> int: ...

    def draw_boolean(self, p: float) -> bool: ...

    def draw_bytes(self, min_size: int, max_size: int) -> bytes: ...


_VERDICTS: dict[type, bool] = {}
"""Per recorder class: may ``HypothesisSource`` use its ``draw_integer``, ``draw_boolean``, ``draw_bytes``?"""


def _choices(draw: Callable[[st.SearchStrategy[Any]], Any]) -> _Choices | None:
    """The choice recorder behind a composite's ``draw``, if this Hypothesis exposes a usable one.

    Drawing a number through a strategy costs about twice as much as asking the recorder
    for it (each strategy draw opens and closes a span), and a payload makes dozens of
    such draws.  The recorder is not public API, so its class is probed once (both methods
    present, and callable as we call them); anything unexpected, then or at a later call
    (``_distrust``), means ``None``, and every draw goes through public strategies: slower,
    but equivalent.
    """
    recorder = getattr(draw, "__self__", None)
    if recorder is None:
        return None
    kind = type(recorder)
    verdict = _VERDICTS.get(kind)
    if verdict is None:
        verdict = _VERDICTS[kind] = _fits(kind)
    return cast(_Choices, recorder) if verdict else None


def _fits(kind: type) -> bool:
    """Do ``kind``'s methods take the arguments ``HypothesisSource`` passes?"""
    try:
        inspect.signature(getattr(kind, "draw_integer")).bind(None, 0, 1)  # noqa: B009 - may be absent
        inspect.signature(getattr(kind, "draw_boolean")).bind(None, 0.5)  # noqa: B009
        inspect.signature(getattr(kind, "draw_bytes")).bind(None, 1, 1)  # noqa: B009
    except (AttributeError, TypeError, ValueError):
        return False
    return True


def _distrust(recorder: object) -> None:
    """The recorder misbehaved after passing the probe: strategies from now on, in this process."""
    _VERDICTS[type(recorder)] = False


class HypothesisSource:
    """A ``Source`` over Hypothesis' ``draw``: generation becomes shrinkable."""

    def __init__(self, draw: Callable[[st.SearchStrategy[Any]], Any]) -> None:
        self._draw = draw
        self._choices = _choices(draw)

    def integer(self, low: int, high: int) -> int:
        if high < low:  # as random.randint does; the recorder would only stop the example
            raise ValueError(f"empty range: {low}..{high}")
        # Drawn as an offset from ``low``: Hypothesis shrinks integers towards 0, not towards ``low``.
        if self._choices is not None:
            try:
                offset: object = self._choices.draw_integer(0, high - low)
            except TypeError:  # a changed signature that the probe could not see
                offset = None
            if type(offset) is int and 0 <= offset <= high - low:
                return low + offset
            self._give_up_fast_path()
        drawn: int = self._draw(_integers(0, high - low))
        return low + drawn

    def chance(self, percent: int) -> bool:
        if self._choices is not None:
            try:
                flag: object = self._choices.draw_boolean(percent / 100)
            except TypeError:
                flag = None
            if type(flag) is bool:
                return flag
            self._give_up_fast_path()
        # Drawn as 0..99 so that the shrink target (0) means "no".
        return bool(self._draw(_integers(0, 99)) >= 100 - percent)

    def _give_up_fast_path(self) -> None:
        assert self._choices is not None
        _distrust(self._choices)
        self._choices = None

    def pick(self, options: Sequence[T]) -> T:
        return options[self.integer(0, len(options) - 1)]

    def several(self, sizes: Sequence[int]) -> list[int]:
        widths = _widths(tuple(sizes))
        if not widths:
            return []
        total = sum(widths)
        raw = self._raw_bytes(total)
        values, at = [], 0
        for size, width in zip(sizes, widths, strict=True):
            # Scaled, not taken modulo: a byte shrunk to 0 is 0, and a bigger byte never a smaller value.
            values.append(int.from_bytes(raw[at : at + width], "big") * size >> 8 * width)
            at += width
        return values

    def _raw_bytes(self, size: int) -> bytes:
        if self._choices is not None:
            try:
                raw: object = self._choices.draw_bytes(size, size)
            except TypeError:
                raw = None
            if type(raw) is bytes and len(raw) == size:
                return raw
            self._give_up_fast_path()
        drawn: bytes = self._draw(_binaries(size))
        return drawn

    def text(self, alphabet: str, min_size: int, max_size: int) -> str:
        value: str = self._draw(_texts(alphabet, min_size, max_size))
        return value
