"""Hypothesis settings shared by the test modules (on top of the profile loaded in ``conftest.py``)."""

from __future__ import annotations

from typing import Final

from hypothesis import Phase, settings

PER_SITE: Final = settings(max_examples=max(5, settings().max_examples // 20))
"""For tests parametrized over many cases: a twentieth of the profile's examples each (at least 5)."""

NO_SHRINK: Final = settings(
    max_examples=3, phases=[Phase.explicit, Phase.generate], report_multiple_bugs=False, database=None
)
"""For tests whose failures need no shrinking (pinned regressions): fail fast."""
