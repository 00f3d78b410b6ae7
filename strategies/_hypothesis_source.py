"""``HypothesisSource``: the ``Source`` of generation under ``@given``, so that failures shrink."""

from __future__ import annotations

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


def _choices(draw: Callable[[st.SearchStrategy[Any]], Any]) -> _Choices | None:
    """The choice recorder behind a composite's ``draw``, if this Hypothesis exposes it.

    Drawing a number through a strategy costs about twice as much as asking the recorder
    for it (each strategy draw opens and closes a span), and a payload makes dozens of
    such draws.  The recorder is not public API, so anything unexpected means ``None``
    and every draw goes through strategies, which is slower but equivalent.
    """
    recorder = getattr(draw, "__self__", None)
    if all(callable(getattr(recorder, name, None)) for name in ("draw_integer", "draw_boolean")):
        return cast(_Choices, recorder)
    return None


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
            return low + self._choices.draw_integer(0, high - low)
        offset: int = self._draw(_integers(0, high - low))
        return low + offset

    def chance(self, percent: int) -> bool:
        if self._choices is not None:
            return self._choices.draw_boolean(percent / 100)
        # Drawn as 0..99 so that the shrink target (0) means "no".
        return bool(self._draw(_integers(0, 99)) >= 100 - percent)

    def pick(self, options: Sequence[T]) -> T:
        return options[self.integer(0, len(options) - 1)]

    def text(self, alphabet: str, min_size: int, max_size: int) -> str:
        value: str = self._draw(_texts(alphabet, min_size, max_size))
        return value
