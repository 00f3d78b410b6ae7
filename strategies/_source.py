"""Where generated payloads get their randomness from.

The generators in this package are written once against ``Source``.  Under
``@given`` the source is Hypothesis' ``draw`` (``strategies._hypothesis_source``, so
failures shrink); for fixture files, the stub and ``sample_examples`` it is a seeded
``random.Random``, so their output depends only on the seed and this library's
version, never on which Hypothesis release is installed.  This module imports no
Hypothesis: ``generate``, ``serve`` and the stub run without it.
Every method shrinks (under Hypothesis) towards its first, simplest answer.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")


class Source(Protocol):
    def integer(self, low: int, high: int) -> int:
        """An integer in ``[low, high]``; shrinks to ``low``."""

    def chance(self, percent: int) -> bool:
        """True about ``percent`` % of the time; shrinks to False."""

    def pick(self, options: Sequence[T]) -> T:
        """One of ``options``; shrinks to the first."""

    def several(self, sizes: Sequence[int]) -> list[int]:
        """An integer in ``range(size)`` for each of ``sizes``, made as one choice; each shrinks to 0.

        Under Hypothesis one choice costs about as much as one ``integer``, whatever it holds.
        """

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

    def several(self, sizes: Sequence[int]) -> list[int]:
        return [self._random.randrange(size) for size in sizes]

    def text(self, alphabet: str, min_size: int, max_size: int) -> str:
        size = self._random.randint(min_size, max_size)
        return "".join(self._random.choices(alphabet, k=size))
