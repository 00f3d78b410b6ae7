"""``list_payload``: one list-endpoint response body, from any ``Source`` (no Hypothesis here)."""

from __future__ import annotations

from typing import Literal

import attrs

from strategies import _generate
from strategies._generate import JsonDict, Profile
from strategies._source import Source

Primaries = Literal["any", "at_most_one", "exactly_one"]


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
    count = source.integer(min_size, max_size)
    if not mixed_channels:
        profile = attrs.evolve(profile, channels=(source.pick(profile.channels),))
    items = [_generate.integration_payload(source, profile) for _ in range(count)]
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
