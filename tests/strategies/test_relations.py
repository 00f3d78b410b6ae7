"""Pairs of values the server's habits keep apart but the contract allows come up within a few payloads.

A known provider on another channel's integration, deletedAt / deletedBy on a live integration,
an updatedAt before its createdAt: each is a combination code assumes away.
"""

from __future__ import annotations

from datetime import datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

import strategies
from strategies import _text
from strategies._providers import provider
from strategies._source import RandomSource
from tests.strategies._support import JsonDict, assert_valid

SAMPLE = 400


def _sample(seed: int) -> list[JsonDict]:
    return strategies.sample_examples(seed=seed, count=SAMPLE)


def _on_another_channel(payload: JsonDict) -> bool:
    known = provider(payload["providerId"]) if isinstance(payload.get("providerId"), str) else None
    return known is not None and known.channel.value != payload["channel"]


def _stamp(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None


@settings(max_examples=5, deadline=None)
@given(st.integers(0, 2**16))
def test_a_known_provider_turns_up_on_another_channel(seed: int) -> None:
    crossed = [p for p in _sample(seed) if _on_another_channel(p)]
    assert len(crossed) >= SAMPLE // 100  # about one payload in forty
    for payload in crossed:
        assert_valid(payload)


@settings(max_examples=5, deadline=None)
@given(st.integers(0, 2**16))
def test_a_live_integration_carries_deletion_traces_now_and_then(seed: int) -> None:
    live = [p for p in _sample(seed) if p["deleted"] is False]
    traced = [p for p in live if "deletedBy" in p or "deletedAt" in p]
    assert len(traced) * 100 >= 15 * len(live)


@settings(max_examples=5, deadline=None)
@given(st.integers(0, 2**16))
def test_updated_at_comes_equal_later_and_earlier_than_created_at(seed: int) -> None:
    orders: set[int] = set()
    for payload in _sample(seed):
        created, updated = _stamp(payload.get("createdAt")), _stamp(payload.get("updatedAt"))
        if created is not None and updated is not None:
            orders.add((updated > created) - (updated < created))
    assert orders == {-1, 0, 1}


def test_updated_at_comes_earlier_only_with_edge_cases() -> None:
    for payload in strategies.sample_examples(seed=3, count=SAMPLE, edge_cases=False):
        created, updated = _stamp(payload.get("createdAt")), _stamp(payload.get("updatedAt"))
        assert created is None or updated is None or updated >= created


@example(seconds=-(2020 - 999) * 366 * 86400, seed=0)  # year 999: strftime would write "999"
@given(st.integers(-(2**40), 2**40), st.integers(0, 2**32))
def test_a_shifted_timestamp_keeps_its_form_or_stays_as_it_was(seconds: int, seed: int) -> None:
    stamp = _text.timestamp(RandomSource(seed))
    moved = _text.shifted(stamp, seconds)
    assert moved == stamp or (len(moved) == len(stamp) and _stamp(moved) is not None)
    assert _text.shifted("not a time", seconds) == "not a time"


def test_coverage_counts_each_relation_in_a_default_run() -> None:
    counted = strategies.coverage().relations
    assert set(counted) == {
        "provider-of-another-channel",
        "deletedBy-while-live",
        "deletedAt-while-live",
        "updatedAt-before-createdAt",
    }
    assert all(n > 0 for n in counted.values())
    assert "relations: " in str(strategies.coverage(examples=5))


def test_coverage_counts_no_relation_without_edge_cases() -> None:
    counted = strategies.coverage(strategies.integration_payloads(edge_cases=False)).relations
    assert counted["updatedAt-before-createdAt"] == counted["provider-of-another-channel"] == 0
