"""Where generated payloads get their randomness from.

The generators in this package are written once against ``Source``.  Under
``@given`` the source is Hypothesis' ``draw`` (so failures shrink); for fixture
files it is a seeded ``random.Random``, so a fixture set depends only on the seed
and this library's version, never on which Hypothesis release is installed.
Every method shrinks (under Hypothesis) towards its first, simplest answer.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, Protocol, TypeVar

from hypothesis import strategies as st

T = TypeVar("T")


class Source(Protocol):
    def integer(self, low: int, high: int) -> int:
        """An integer in ``[low, high]``; shrinks to ``low``."""

    def chance(self, percent: int) -> bool:
        """True about ``percent`` % of the time; shrinks to False."""

    def pick(self, options: Sequence[T]) -> T:
        """One of ``options``; shrinks to the first."""

    def text(self, alphabet: str, min_size: int, max_size: int) -> str:
        """A string of characters from ``alphabet``; shrinks to short, early-alphabet strings."""


class RandomSource:
    """A ``Source`` over a seeded ``random.Random``: same seed, same output, on any machine."""

    def __init__(self, seed: int | str) -> None:
        self._random = random.Random(str(seed))  # noqa: S311 - test data, not secrets

    def integer(self, low: int, high: int) -> int:
        return self._random.randint(low, high)

    def chance(self, percent: int) -> bool:
        return self._random.randrange(100) < percent

    def pick(self, options: Sequence[T]) -> T:
        return options[self._random.randrange(len(options))]

    def text(self, alphabet: str, min_size: int, max_size: int) -> str:
        size = self._random.randint(min_size, max_size)
        return "".join(self._random.choices(alphabet, k=size))


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


class HypothesisSource:
    """A ``Source`` over Hypothesis' ``draw``: generation becomes shrinkable."""

    def __init__(self, draw: Callable[[st.SearchStrategy[Any]], Any]) -> None:
        self._draw = draw

    def integer(self, low: int, high: int) -> int:
        value: int = self._draw(_integers(low, high))
        return value

    def chance(self, percent: int) -> bool:
        # Drawn as 0..99 so that the shrink target (0) means "no".
        return bool(self._draw(_integers(0, 99)) >= 100 - percent)

    def pick(self, options: Sequence[T]) -> T:
        index: int = self._draw(_integers(0, len(options) - 1))
        return options[index]

    def text(self, alphabet: str, min_size: int, max_size: int) -> str:
        value: str = self._draw(_texts(alphabet, min_size, max_size))
        return value
