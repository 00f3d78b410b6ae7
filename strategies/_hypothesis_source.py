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


def _unwrapped(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T]:
    # Hypothesis wraps built-in strategies lazily and unwraps them on every draw; unwrap once.
    inner: st.SearchStrategy[T] = getattr(strategy, "wrapped_strategy", strategy)
    return inner


class _Choices(Protocol):
    """The part of Hypothesis' per-example choice recorder that ``HypothesisSource`` uses."""

    def draw_integer(self, min_value: int, max_value: int) -> int: ...

    def draw_boolean(self, p: float) -> bool: ...


_VERDICTS: dict[type, bool] = {}
"""Per recorder class: may ``HypothesisSource`` use its ``draw_integer`` / ``draw_boolean``?"""


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

    def text(self, alphabet: str, min_size: int, max_size: int) -> str:
        value: str = self._draw(_texts(alphabet, min_size, max_size))
        return value
