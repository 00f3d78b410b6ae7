"""The two kinds of format variant, and the provider pick by credential shape."""

from __future__ import annotations

import itertools
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from contracts._declare import Format
from contracts._models import Channel
from strategies import measure
from strategies._formats import HAS_STRUCTURE, REALISTIC, VARIANTS, Interleaved
from strategies._generate import (
    _UNICODE,
    FEATURE_PERCENT,
    FEATURES,
    Profile,
    _Draw,
    _feature_percent,
    _Styled,
    integration_payload,
)
from strategies._providers import credential_shape_groups, providers_by_channel
from strategies._source import RandomSource
from strategies._text import (
    HOSTILE,
    HUGE_MIN,
    LEADING,
    LONG_MIN,
    LONG_SHIFTS,
    LONG_UNITS,
    NON_ASCII,
    WHITESPACE,
    hostile,
    huge_text,
    long_text,
)

BASES = {
    **REALISTIC,
    Format.TIMESTAMP: "2025-04-09T19:28:30.917Z",
    Format.OBJECT_ID: "6615a3c2f1e2d3c4b5a69788",
}


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


@given(start=st.integers(0, 10_000), kinds=st.integers(0, 2**16), picks=st.integers(1, 12))
def test_picks_within_a_payload_keep_to_the_kind_of_the_first(start: int, kinds: int, picks: int) -> None:
    draw = _Draw(RandomSource(0), Profile(), root=None)  # type: ignore[arg-type]
    draw.start, draw.kinds = start, kinds
    for fmt in HAS_STRUCTURE:
        table = VARIANTS[fmt]
        assert isinstance(table, Interleaved)
        chosen = [draw.table_pick(table) for _ in range(picks)]
        kind = set(table.structureless) if chosen[0] in table.structureless else set(table.unusual)
        assert all(variant in kind for variant in chosen)


def _first_kind(draw: _Draw, fmt: Format) -> str:
    table = VARIANTS[fmt]
    assert isinstance(table, Interleaved)
    return "structureless" if draw.table_pick(table) in table.structureless else "unusual"


@pytest.mark.parametrize(("first", "second"), itertools.combinations(sorted(HAS_STRUCTURE), 2))
def test_any_two_formats_meet_in_every_pair_of_kinds(first: Format, second: Format) -> None:
    """A blank region with a URL without a scheme, an ISO date with a numeric id: pairwise coverage."""
    source = RandomSource(7)
    seen = set()
    for _ in range(64):
        draw = _Draw(source, Profile(), root=None)  # type: ignore[arg-type]
        draw.start, draw.kinds = source.integer(0, 10_000), source.integer(0, 2**16 - 1)
        seen.add((_first_kind(draw, first), _first_kind(draw, second)))
    assert len(seen) == 4


def test_payloads_draw_the_kinds_an_id_and_a_date_without_structure_meet() -> None:
    """Through ``integration_payload``: the two formats' leading kinds differ, so under one parity for
    every table an id and a date that both lack their structure were rare (33 in 2,000; now 261)."""
    source, both = RandomSource(5), 0
    for _ in range(2000):
        payload = integration_payload(source, Profile(deleted=True))
        object_id, deleted_at = payload.get("_id"), payload.get("deletedAt")
        if object_id and deleted_at:
            lacking = (
                not HAS_STRUCTURE[Format.OBJECT_ID](object_id),
                not HAS_STRUCTURE[Format.TIMESTAMP](deleted_at),
            )
            both += all(lacking)
    assert both >= 120, both


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


def test_coverage_counts_values_with_and_without_their_formats_structure() -> None:
    sms = {**_TWILIO_PAYLOAD, "credentials": {"from": "Acme", "accountSid": "<fake-sid>"}}
    email = {**_TWILIO_PAYLOAD, "channel": "email", "providerId": "sendgrid", "credentials": {"from": "a@b"}}
    report = measure([sms, email])
    assert report.formats["phone"] == {"with": 0, "without": 1}
    assert report.formats["email"] == {"with": 1, "without": 0}
    assert report.formats["object-id"] == {"with": 2, "without": 0}
    assert "format:phone=with" in report.missing()
    assert "format:email=without" in report.missing()


_TWILIO_PAYLOAD = {
    "_id": "6615a3c2f1e2d3c4b5a69788",
    "_environmentId": "6615a3c2f1e2d3c4b5a69701",
    "_organizationId": "6615a3c2f1e2d3c4b5a69702",
    "name": "Twilio",
    "identifier": "twilio-x8Kd2bQ1",
    "providerId": "twilio",
    "channel": "sms",
    "active": True,
    "deleted": False,
    "primary": False,
}


def _styles(source: RandomSource) -> _Styled:
    """A payload's text styles, their yes/no choices drawn as the generator draws them (half the time)."""
    more_long, huge, reverse = (source.chance(50) for _ in range(3))
    return _Styled.draw(source, more_long, huge, reverse)


@given(seed=st.integers(0, 2**32))
def test_the_text_styles_that_are_on_each_get_a_field(seed: int) -> None:
    """With long, unicode and blank all on, the name is long and other fields get the other two.

    A structured value's over-long forms are variants of its format, not this style's.  Which of
    the other two comes first is drawn per payload.
    """
    source = RandomSource(seed)
    draw = _Draw(source, Profile(), root=None)  # type: ignore[arg-type]
    draw.features = frozenset({"long", "unicode", "blank"})
    draw.styled = _styles(source)
    labels = [draw.string(lambda: "Acme", "label") for _ in range(2)]
    texts = [draw.string(lambda: "Acme") for _ in range(2)]
    senders = [draw.string(lambda: "+15005550006", fmt=Format.PHONE) for _ in range(2)]
    assert len(labels[0]) >= 10_000
    assert labels[1] in (WHITESPACE if draw.styled.reverse else _UNICODE)
    for values in (texts, senders):
        assert any(text in WHITESPACE for text in values)
        assert any(text in _UNICODE for text in values)


@given(seed=st.integers(0, 2**32))
def test_with_long_off_the_name_is_blank_or_non_ascii_as_often(seed: int) -> None:
    source = RandomSource(seed)
    firsts = []
    for _ in range(40):
        draw = _Draw(source, Profile(), root=None)  # type: ignore[arg-type]
        draw.features = frozenset({"unicode", "blank"})
        draw.styled = _styles(source)
        firsts.append(draw.string(lambda: "Acme", "label"))
    assert any(name in WHITESPACE for name in firsts)
    assert any(name in _UNICODE for name in firsts)


@given(seed=st.integers(0, 2**32))
def test_boolean_credentials_meet_in_every_combination(seed: int) -> None:
    source = RandomSource(seed)
    profile = Profile(provider_ids=("nodemailer",))
    flags = ("secure", "requireTls", "ignoreTls")
    seen = set()
    for _ in range(200):
        credentials = integration_payload(source, profile).get("credentials", {})
        if all(flag in credentials for flag in flags):
            seen.add(tuple(credentials[flag] for flag in flags))
    assert len(seen) == 8, "every combination of the three TLS flags within 200 payloads"


@pytest.mark.parametrize("unit", LONG_UNITS)
def test_a_long_string_is_10000_characters_or_more_whatever_its_unit(unit: str) -> None:
    # Found by the text-style test: "abc é " made 1666 x 6 = 9,996 characters.
    assert len(long_text(unit, 0)) >= LONG_MIN
    assert len(long_text(unit, 0)) < LONG_MIN + len(unit)


@pytest.mark.parametrize("unit", [unit for unit in LONG_UNITS if len(unit.encode("utf-8")) in (2, 4)])
@given(cut=st.integers(1, 4096))
def test_some_shift_of_a_long_multibyte_unit_splits_a_character_at_any_byte_cut(unit: str, cut: int) -> None:
    """Round cuts (64, 80, 256) fall on "é"'s and "🔔"'s character boundaries unless something shifts them."""

    def splits(text: str) -> bool:
        try:
            text.encode("utf-8")[:cut].decode("utf-8")
        except UnicodeDecodeError:
            return True
        return False

    assert any(splits(long_text(unit, extra)) for extra in range(LONG_SHIFTS))
    assert long_text(unit, 0).startswith(unit), "the simplest long string has no shift"


def test_a_huge_string_is_past_256_kib_in_characters_and_in_bytes() -> None:
    huge = huge_text(0)
    assert len(huge) == len(huge.encode("utf-8")) == HUGE_MIN > 256 * 1024


@given(seed=st.integers(0, 2**32))
def test_only_the_first_long_label_may_be_huge(seed: int) -> None:
    """One huge field passes any size limit; a second would only slow the consumer down."""
    source = RandomSource(seed)
    draw = _Draw(source, Profile(), root=None)  # type: ignore[arg-type]
    draw.features = frozenset({"long"})
    draw.styled = attrs.evolve(_styles(source), huge=True, more_long=True)
    first, second = (draw.string(lambda: "Acme", "label") for _ in range(2))
    assert len(first) >= HUGE_MIN
    assert LONG_MIN <= len(second) < HUGE_MIN


def test_a_payload_with_the_long_feature_is_sometimes_huge() -> None:
    source = RandomSource(7)
    sizes = [len(json.dumps(integration_payload(source, Profile()))) for _ in range(300)]
    assert any(size > 256 * 1024 for size in sizes)
    assert sum(size > 256 * 1024 for size in sizes) < len(sizes) / 4, "huge is the exception"


@given(seed=st.integers(0, 2**32))
def test_active_and_primary_meet_in_every_pair_when_not_deleted(seed: int) -> None:
    source = RandomSource(seed)
    seen = set()
    for _ in range(120):
        payload = integration_payload(source, Profile(deleted=False))
        seen.add((payload["active"], payload["primary"]))
    assert seen == {(False, False), (False, True), (True, False), (True, True)}


def test_fixed_flags_hold_whatever_the_pair_drawn() -> None:
    source = RandomSource(3)
    for _ in range(50):
        payload = integration_payload(source, Profile(active=True, primary=False))
        assert (payload["active"], payload["primary"]) == (True, False)


@given(seed=st.integers(0, 2**32))
def test_a_realistic_condition_field_belongs_to_what_it_is_read_from(seed: int) -> None:
    source = RandomSource(seed)
    children = [
        child
        for _ in range(20)
        for condition in integration_payload(source, Profile(edge_cases=False, conditions=True))["conditions"]
        for child in condition["children"]
    ]
    for child in children:
        prefix = child["field"].split(".")[0]
        assert prefix not in {"subscriber", "payload"} or prefix == child["on"], child


def test_coverage_counts_huge_strings() -> None:
    huge = {**_TWILIO_PAYLOAD, "name": huge_text(0)}
    assert measure([huge]).string_families["huge"] == 1
    assert measure([_TWILIO_PAYLOAD]).string_families["huge"] == 0


def test_a_condition_compares_one_field_twice_now_and_then() -> None:
    """A range (seats LARGER 1 and SMALLER 10) is two children of one field: about one condition in six."""

    def ranges(payload: dict[str, object]) -> int:
        conditions = payload.get("conditions") or []
        assert isinstance(conditions, list)
        return sum(
            len(c["children"]) >= 2
            and c["children"][0].get("field") == c["children"][1].get("field")
            and c["children"][0].get("on") == c["children"][1].get("on")
            for c in conditions
        )

    payloads = strategies.sample_examples(3, 300, conditions=True)
    assert sum(map(ranges, payloads)) >= 30


def test_the_hostile_families_hold_unicode_line_separators() -> None:
    """U+2028, U+2029 and NEL end a line for str.splitlines and JavaScript; JSON writes them raw."""
    attached = ["".join(entry) for entry in HOSTILE]
    for separator in ("\u2028", "\u2029", "\x85"):
        assert any(separator in text for text in attached), repr(separator)


@pytest.mark.parametrize("fmt", [Format.HOST, Format.URL, Format.EMAIL, Format.PHONE, Format.SECRET])
def test_a_structured_format_has_a_value_past_255_characters(fmt: Format) -> None:
    """A VARCHAR(255), a length byte, a DNS name: every limit careless code assumes has a value past it."""
    realistic = REALISTIC.get(fmt, "<fake-api-key-0001>")
    assert any(len(variant(realistic)) > 255 for variant in VARIANTS[fmt])


def test_non_ascii_names_hold_one_that_grows_when_upper_cased() -> None:
    """A width checked before ``.upper()`` (a fixed-width record) overflows on ß: "GROSS" is longer."""
    assert any(len(name.upper()) > len(name) for name in NON_ASCII)
    assert any(len(name.casefold()) > len(name) for name in NON_ASCII)
