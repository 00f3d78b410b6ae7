"""The two kinds of format variant, and the provider pick by credential shape."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contracts._declare import Format
from contracts._models import Channel
from strategies._formats import REALISTIC, VARIANTS, Interleaved
from strategies._generate import (
    FEATURE_PERCENT,
    FEATURES,
    Profile,
    _Draw,
    _feature_percent,
)
from strategies._providers import credential_shape_groups, providers_by_channel
from strategies._source import RandomSource
from strategies._text import HOSTILE, LEADING, hostile

BASES = {
    **REALISTIC,
    Format.TIMESTAMP: "2025-04-09T19:28:30.917Z",
    Format.OBJECT_ID: "6615a3c2f1e2d3c4b5a69788",
}


def _iso_8601(value: str) -> bool:
    try:
        datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def _absolute_url(value: str) -> bool:
    try:
        parts = urlsplit(value)
        return bool(parts.scheme) and parts.hostname is not None
    except ValueError:
        return False


_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")
HAS_STRUCTURE: dict[Format, Callable[[str], bool]] = {
    Format.TIMESTAMP: _iso_8601,
    Format.OBJECT_ID: lambda v: re.fullmatch("[0-9a-fA-F]{24}", v.strip()) is not None,
    Format.HOST: lambda v: "." in v and all(_LABEL.fullmatch(label) for label in v.split(".")),
    Format.PORT: lambda v: v.strip().isascii() and v.strip().isdigit(),
    Format.URL: _absolute_url,
    Format.EMAIL: lambda v: "@" in v,
    Format.PHONE: lambda v: re.sub(r"[\s().+-]", "", v).isascii() and re.sub(r"[\s().+-]", "", v).isdigit(),
    Format.REGION: lambda v: re.fullmatch(r"[a-z]{2}(-[a-z]+)+-\d", v) is not None,
}
"""What a careless parser assumes of each format; the structureless kind never has it."""


@pytest.mark.parametrize("fmt", list(HAS_STRUCTURE), ids=str)
def test_the_structureless_kind_lacks_what_careless_parsers_assume(fmt: Format) -> None:
    table = VARIANTS[fmt]
    assert isinstance(table, Interleaved)
    assert HAS_STRUCTURE[fmt](BASES[fmt]), "the realistic value has the structure"
    assert [v(BASES[fmt]) for v in table.structureless if HAS_STRUCTURE[fmt](v(BASES[fmt]))] == []


@pytest.mark.parametrize("fmt", list(HAS_STRUCTURE), ids=str)
def test_each_kind_is_half_of_the_table_and_alternates(fmt: Format) -> None:
    table = VARIANTS[fmt]
    assert isinstance(table, Interleaved)
    kinds = [set(table.structureless), set(table.unusual)]
    lead = 0 if table[0] in kinds[0] else 1
    assert all(variant in kinds[(lead + i) % 2] for i, variant in enumerate(table))
    assert set(table) == kinds[0] | kinds[1], "every listed variant is in the table"


@given(start=st.integers(0, 10_000), picks=st.integers(1, 12))
def test_picks_within_a_payload_keep_to_the_kind_of_the_first(start: int, picks: int) -> None:
    draw = _Draw(RandomSource(0), Profile(), root=None)  # type: ignore[arg-type]
    draw.start = start
    for fmt in HAS_STRUCTURE:
        table = VARIANTS[fmt]
        assert isinstance(table, Interleaved)
        chosen = [draw.table_pick(table) for _ in range(picks)]
        kind = set(table.structureless) if chosen[0] in table.structureless else set(table.unusual)
        assert all(variant in kind for variant in chosen)


def test_the_simplest_start_picks_the_leading_kind_for_every_field() -> None:
    draw = _Draw(RandomSource(0), Profile(), root=None)  # type: ignore[arg-type]
    for fmt in HAS_STRUCTURE:
        table = VARIANTS[fmt]
        assert [draw.table_pick(table) for _ in range(3)] == [table[0], table[2], table[4]]


def test_hostile_strings_lead_with_characters_that_change_meaning() -> None:
    leading = {hostile("name", entry)[0] for entry in HOSTILE if entry[0] in LEADING}
    assert leading == set(LEADING)


@pytest.mark.parametrize("channel", list(Channel), ids=str)
def test_credential_shape_groups_partition_the_channel_by_key_set(channel: Channel) -> None:
    groups = credential_shape_groups(channel)
    flat = [provider for group in groups for provider in group]
    assert sorted(p.id for p in flat) == sorted(p.id for p in providers_by_channel()[channel])
    shapes = [frozenset(group[0].credential_keys) for group in groups]
    assert len(set(shapes)) == len(groups), "one group per key set"
    assert all(
        frozenset(p.credential_keys) == shape
        for group, shape in zip(groups, shapes, strict=True)
        for p in group
    )


def test_a_provider_with_a_credential_shape_of_its_own_is_not_outweighed_by_lookalikes() -> None:
    email = credential_shape_groups(Channel.EMAIL)
    ses = next(group for group in email if any(p.id == "ses" for p in group))
    usual = max(email, key=len)
    # One pick of a group each: ses is as likely as all the providers of the usual form together.
    assert len(ses) == 1
    assert len(usual) > 1


def test_features_that_take_information_away_are_on_less_often() -> None:
    masking = {"unknown-provider", "sparse-credentials"}
    assert {f for f in FEATURES if _feature_percent(f) < FEATURE_PERCENT} == masking
    assert FEATURE_PERCENT > 50
