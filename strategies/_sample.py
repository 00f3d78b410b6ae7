"""``sample_payloads``: payloads from a seeded ``random.Random``, without Hypothesis."""

from __future__ import annotations

from typing import Any

from strategies import _generate
from strategies._generate import JsonDict
from strategies._profile import make_profile
from strategies._source import RandomSource


def sample_payloads(seed: int | str, count: int, **constraints: Any) -> list[JsonDict]:
    """``count`` payloads from a seeded ``random.Random`` instead of Hypothesis.

    The same generator as ``integration_payloads``, without shrinking; the output depends
    only on ``seed`` and this library's version, which is what fixture files need.
    """
    source = RandomSource(seed)
    profile = make_profile(**constraints)
    return [_generate.integration_payload(source, profile) for _ in range(count)]
