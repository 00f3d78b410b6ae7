"""``integration_lists``: list-endpoint responses of the right size, ids, primaries and channels."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable

from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from contracts import Channel
from strategies import integration_lists
from tests.strategies._support import NO_DEADLINE, JsonDict, assert_valid

# Lists multiply the cost of a payload; small sizes find the same bugs.
SMALL = 4


def channel_counts(items: list[JsonDict], key: str = "primary") -> Counter[str]:
    """How many items of each channel have ``key`` true."""
    return Counter(item["channel"] for item in items if item[key])


@settings(NO_DEADLINE)
@given(st.data(), st.integers(0, SMALL), st.integers(0, SMALL))
def test_sizes_stay_within_bounds_and_items_are_valid(data: st.DataObject, low: int, extra: int) -> None:
    """``min_size <= len(list) <= max_size``, and every item is a valid payload."""
    items = data.draw(integration_lists(min_size=low, max_size=low + extra))
    assert low <= len(items) <= low + extra
    for item in items:
        assert_valid(item)


@settings(NO_DEADLINE)
@given(integration_lists(min_size=2, max_size=SMALL + 2, unique_ids=True))
def test_unique_ids_gives_distinct_ids(items: list[JsonDict]) -> None:
    """``unique_ids=True`` (the default): no two items share an ``_id``."""
    ids = [item["_id"] for item in items if "_id" in item]
    assert len(ids) == len(set(ids))


@settings(NO_DEADLINE)
@given(integration_lists(min_size=2, max_size=SMALL + 2, primaries="at_most_one"))
def test_at_most_one_primary_per_channel(items: list[JsonDict]) -> None:
    """``primaries="at_most_one"``: no channel has two primary integrations."""
    assert all(count <= 1 for count in channel_counts(items).values())
    for item in items:
        assert_valid(item)


@settings(NO_DEADLINE)
@given(integration_lists(min_size=1, max_size=SMALL + 2, primaries="exactly_one"))
def test_exactly_one_primary_per_channel(items: list[JsonDict]) -> None:
    """``primaries="exactly_one"``: every channel present has exactly one primary integration."""
    present = {item["channel"] for item in items}
    counts = channel_counts(items)
    assert set(counts) == present
    assert all(count == 1 for count in counts.values())
    for item in items:
        assert_valid(item)


@settings(NO_DEADLINE)
@given(integration_lists(min_size=1, max_size=SMALL + 2, mixed_channels=False))
def test_mixed_channels_false_gives_one_channel(items: list[JsonDict]) -> None:
    """``mixed_channels=False``: every item is on the same channel."""
    assert len({item["channel"] for item in items}) == 1


@settings(NO_DEADLINE)
@given(
    st.data(),
    st.sampled_from(["any", "at_most_one", "exactly_one"]),
    st.booleans(),
    st.none() | st.sets(st.sampled_from(list(Channel)), min_size=1),
    st.sampled_from([None, True, False]),
)
def test_options_combine(
    data: st.DataObject,
    primaries: str,
    mixed_channels: bool,
    channels: set[Channel] | None,
    deleted: bool | None,
) -> None:
    """Every combination of list options and item constraints holds at once."""
    items = data.draw(
        integration_lists(
            max_size=SMALL,
            primaries=primaries,  # type: ignore[arg-type]
            mixed_channels=mixed_channels,
            channel=channels,
            deleted=deleted,
        )
    )
    assert len(items) <= SMALL
    ids = [item["_id"] for item in items if "_id" in item]
    assert len(ids) == len(set(ids))
    if channels is not None:
        assert {item["channel"] for item in items} <= {c.value for c in channels}
    if not mixed_channels:
        assert len({item["channel"] for item in items}) <= 1
    if deleted is not None:
        assert all(item["deleted"] is deleted for item in items)
    counts = channel_counts(items)
    if primaries == "at_most_one":
        assert all(count <= 1 for count in counts.values())
    elif primaries == "exactly_one":
        assert counts == Counter({item["channel"] for item in items})
    for item in items:
        assert_valid(item)


def _found(predicate: Callable[[list[JsonDict]], bool]) -> list[JsonDict]:
    """A list with ``predicate`` within 300 examples (``find`` raises if there is none)."""
    quiet = settings(database=None, max_examples=300, suppress_health_check=list(HealthCheck))
    return find(integration_lists(min_size=2, max_size=SMALL), predicate, settings=quiet)


def test_lists_hold_duplicate_and_near_duplicate_identifiers() -> None:
    """The same identifier twice, and identifiers equal only after case-folding or normalising."""
    _found(lambda items: len({i["identifier"] for i in items}) < len(items))
    _found(
        lambda items: (
            len({unicodedata.normalize("NFC", i["identifier"]).casefold().strip() for i in items})
            < len({i["identifier"] for i in items})
        )
    )


def test_lists_hold_one_identifier_in_two_environments() -> None:
    _found(
        lambda items: any(
            a["identifier"] == b["identifier"] and a["_environmentId"] != b["_environmentId"]
            for a in items
            for b in items
        )
    )


def test_lists_hold_all_deleted_and_several_primaries_per_channel() -> None:
    _found(lambda items: all(item["deleted"] for item in items))
    _found(lambda items: any(count >= 2 for count in channel_counts(items).values()))
