"""``list_payload``: one list-endpoint response body, from any ``Source`` (no Hypothesis here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import attrs

from strategies import _generate
from strategies._generate import JsonDict, Profile
from strategies._source import Source

Primaries = Literal["any", "at_most_one", "exactly_one"]

# Relations between the items of one list that consumers of lists forget, drawn first (like a
# payload's features), one boolean each.
LIST_RELATIONS = (
    "duplicate-identifier",  # the last item repeats the first one's identifier, or nearly
    "other-environment",  # the second item: the first one's identifier, in another environment
    "all-deleted",  # every item soft-deleted
    "several-primaries",  # every item of the first item's channel primary (with primaries="any")
)
NEAR_DUPLICATES: tuple[Callable[[str], tuple[str, str]], ...] = (
    lambda s: (s, s),  # the very same identifier
    lambda s: (s, s.upper()),  # differs in case only
    lambda s: (s + "-é", s + "-e\u0301"),  # equal after Unicode normalisation (NFC / NFD)
    lambda s: (s, s + " "),  # trailing whitespace
    lambda s: (s + "-straße", s + "-STRASSE"),  # equal after case-folding, not after lower()
)
"""(first item's identifier, last item's) from the first one's: equal, or equal after normalising."""


def list_payload(
    source: Source,
    profile: Profile,
    *,
    min_size: int,
    max_size: int,
    unique_ids: bool,
    primaries: Primaries,
    mixed_channels: bool,
) -> list[JsonDict]:
    """One list-endpoint response body (the array inside ``{"data": ...}``)."""
    relations = (
        frozenset(relation for relation in LIST_RELATIONS if source.chance(50))
        if profile.edge_cases
        else frozenset()
    )
    count = source.integer(min_size, max_size)
    if not mixed_channels:
        profile = attrs.evolve(profile, channels=(source.pick(profile.channels),))
    items = [_generate.integration_payload(source, profile) for _ in range(count)]
    _relate(source, profile, items, relations, primaries)
    if unique_ids:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item.get("_id") in seen:
                item["_id"] = f"{index + 1:024x}"
            if "_id" in item:
                seen.add(item["_id"])
    first_of_channel: dict[str, JsonDict] = {}
    for item in items:
        leader = first_of_channel.setdefault(item.get("channel", ""), item)
        if primaries == "exactly_one":
            item["primary"] = item is leader
        elif primaries == "at_most_one" and item["primary"]:
            if leader is not item and leader["primary"]:
                item["primary"] = False
            else:
                first_of_channel[item.get("channel", "")] = item
    return items


def _relate(
    source: Source, profile: Profile, items: list[JsonDict], relations: frozenset[str], primaries: Primaries
) -> None:
    """Apply the drawn relations between items (each item stays a valid payload)."""
    if len(items) >= 2 and "duplicate-identifier" in relations:
        pair = source.pick(NEAR_DUPLICATES)(items[0]["identifier"])
        items[0]["identifier"], items[-1]["identifier"] = pair
    if len(items) >= 2 and "other-environment" in relations:
        first, second = items[0], items[1]
        second["identifier"] = first["identifier"]
        if second["_environmentId"] == first["_environmentId"]:
            second["_environmentId"] = first["_environmentId"] + "0"
    if profile.deleted is None and "all-deleted" in relations:
        for item in items:
            item["deleted"] = True
    if items and primaries == "any" and "several-primaries" in relations:
        channel = items[0].get("channel")
        for item in items:
            if item.get("channel") == channel:
                item["primary"] = True
