"""Hypothesis settings shared by the test modules (on top of the profile loaded in ``conftest.py``)."""

from __future__ import annotations

from typing import Final

from hypothesis import Phase, settings

PER_SITE: Final = settings(max_examples=max(5, settings().max_examples // 20))
"""For tests parametrized over many cases: a twentieth of the profile's examples each (at least 5)."""

EVERY_SITE: Final = settings(deadline=None)
"""For tests that check every field of a payload per example: their time grows with the payload
(hundreds of checks for one with many conditions), so a loaded machine would trip the deadline."""

NO_SHRINK: Final = settings(
    max_examples=3, phases=[Phase.explicit, Phase.generate], report_multiple_bugs=False, database=None
)
"""For tests whose failures need no shrinking (pinned regressions): fail fast."""
