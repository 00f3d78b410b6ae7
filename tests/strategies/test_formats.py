"""Value models: format hints, variant tables, hostile strings, per-version edge cases."""

from __future__ import annotations

import base64
import binascii
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import contracts
from contracts._declare import Format, field_format, optional
from contracts._models import Channel, CredentialsDto, FieldFilterPartDto, IntegrationResponseDto
from contracts._reading import lone_surrogates
from strategies import (
    _formats,
    coverage,
    edge_case_examples,
    edge_cases_in,
    integration_lists,
    integration_payloads,
    integration_responses,
    measure,
    sample_examples,
)
from strategies._formats import PHONES, REALISTIC, VARIANTS
from strategies._generate import MAX_CHILDREN, Profile, integration_payload, weighted_channels
from strategies._providers import providers_by_channel
from strategies._source import RandomSource
from strategies._text import HIGH_HALF, HOSTILE, HOSTILE_UNPAIRED, LOW_HALF, UNPAIRED_EVERY, hostile
from tests.strategies._support import declared_strings


def test_the_declaration_carries_formats() -> None:
    assert field_format(IntegrationResponseDto, "deleted_at") is Format.TIMESTAMP
    assert field_format(IntegrationResponseDto, "environment_id") is Format.OBJECT_ID
    assert field_format(CredentialsDto, "host") is Format.HOST
    assert field_format(FieldFilterPartDto, "value") is Format.CONDITION_VALUE
    assert field_format(IntegrationResponseDto, "channel") is None


def test_an_unknown_format_is_refused_at_declaration() -> None:
    with pytest.raises(ValueError, match="bogus"):
        optional("x", format="bogus")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", list(VARIANTS), ids=str)
def test_every_variant_is_a_new_string(fmt: Format) -> None:
    base = REALISTIC.get(fmt, "<fake-api-key-0001>" if fmt is Format.SECRET else "")
    base = {
        Format.TIMESTAMP: "2025-04-09T19:28:30.917Z",
        Format.OBJECT_ID: "6615a3c2f1e2d3c4b5a69788",
        Format.CONDITION_FIELD: "subscriber.plan",
        Format.CONDITION_VALUE: "pro",
    }.get(fmt, base)
    variants = list(dict.fromkeys(VARIANTS[fmt]))  # an interleaved table repeats its shorter kind
    values = [variant(base) for variant in variants]
    assert len(variants) >= 8
    assert all(isinstance(value, str) for value in values)
    assert sum(value != base for value in values) >= len(values) - 1
    assert len(set(values)) == len(values), "each variant is a different real-world form"


def test_hostile_strings_keep_the_realistic_value() -> None:
    attached = [hostile("SendGrid", entry) for entry in HOSTILE if entry[0] or entry[1]]
    assert all("SendGrid" in text for text in attached)
    assert any("\x00" in text for text in attached)
    assert any("{" in text for text in attached)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_family_and_flag_pair_is_covered_within_100_examples(seed: int) -> None:
    report = coverage(examples=100, seed=seed)
    assert report.missing() == []


@settings(max_examples=50, deadline=None)
@given(integration_payloads(contract="3.x"))
def test_formatted_payloads_stay_valid_under_3x(payload: dict[str, object]) -> None:
    assert not [v for v in contracts.check(payload, contract="3.x") if v.severity is contracts.Severity.ERROR]


def test_edge_cases_follow_the_contract_version() -> None:
    """3.x makes channel and credentials optional: its absent-optionals example has neither."""
    examples = dict(edge_case_examples(contract="3.x"))
    absent = examples["absent-optionals"]
    assert "channel" not in absent
    assert "credentials" not in absent
    assert "absent-optionals" in edge_cases_in(absent, contract="3.x")
    for name, payload in examples.items():
        errors = [
            v for v in contracts.check(payload, contract="3.x") if v.severity is contracts.Severity.ERROR
        ]
        assert errors == [], name


@settings(max_examples=60, deadline=None)
@given(integration_payloads(edge_cases=False, realistic=False, contract="3.x"))
def test_no_edge_case_means_no_whitespace_only_string(payload: dict[str, object]) -> None:
    """``edge_cases=False``: strings with no generation rule (all, without realism) are never blank."""
    assert all(text.strip() for text in declared_strings(payload))


def test_channels_with_more_providers_come_up_more_often() -> None:
    weighted = weighted_channels(tuple(Channel))
    assert weighted[: len(Channel)] == tuple(Channel)  # the simplest pick is still the first channel
    counts = {channel: weighted.count(channel) for channel in Channel}
    assert min(counts.values()) >= 1
    by_providers = sorted(Channel, key=lambda channel: len(providers_by_channel()[channel]))
    assert [counts[channel] for channel in by_providers] == sorted(counts.values())
    assert counts[by_providers[-1]] > counts[by_providers[0]]
    assert weighted_channels((Channel.PUSH,)) == (Channel.PUSH,) * counts[Channel.PUSH]


def test_odd_formats_payloads_carry_conditions_with_up_to_five_children() -> None:
    odd_with_conditions = odd = 0
    widest = 0
    for seed in range(400):
        source = RandomSource(seed)
        odd_formats = source.chance(50)  # the first draw of a payload is "odd-formats"
        payload = integration_payload(RandomSource(seed), Profile())
        children = [len(condition["children"]) for condition in payload.get("conditions", [])]
        widest = max([widest, *children])
        if odd_formats:
            odd += 1
            odd_with_conditions += bool(children)
    assert widest == MAX_CHILDREN == 5
    assert odd_with_conditions / odd > 0.66  # 0.61 without the bias (0.70 with it)


def test_a_payload_with_conditions_often_holds_a_group_without_children() -> None:
    """An empty group is allowed: code taking a condition's first or largest child meets one in about two
    thirds of the payloads with conditions (one in three before "conditions" emptied one)."""
    with_conditions = with_empty = 0
    for seed in range(600):
        conditions = integration_payload(RandomSource(seed), Profile()).get("conditions") or []
        with_conditions += bool(conditions)
        with_empty += any(condition["children"] == [] for condition in conditions)
    assert with_empty / with_conditions > 0.55


@given(integration_payloads(channel=Channel.SMS, edge_cases=False))
@settings(max_examples=60)
def test_an_sms_sender_is_a_number_of_some_country(payload: dict[str, object]) -> None:
    credentials = payload["credentials"]
    assert isinstance(credentials, dict)
    assert credentials.get("from", PHONES[0]) in PHONES


def test_realistic_sms_senders_span_many_calling_codes() -> None:
    """Code that maps a sender's calling code to a market meets countries its table lacks."""
    senders = set()
    for seed in range(200):
        payload = integration_payload(RandomSource(seed), Profile(channels=(Channel.SMS,), edge_cases=False))
        senders.add(payload["credentials"].get("from"))
    assert len(senders & set(PHONES)) >= 12
    assert len({number[:3] for number in PHONES}) == len(PHONES)  # one per country (and calling-code prefix)


def test_a_payload_without_conditions_leaves_the_key_out_about_as_often_as_it_sends_an_empty_list() -> None:
    """``conditions`` is optional: code indexing ``payload["conditions"]`` needs it absent, code indexing
    its first item needs ``[]``; each comes in about one payload in eight (absent was one in forty)."""
    absent = empty = 0
    for seed in range(600):
        payload = integration_payload(RandomSource(seed), Profile())
        absent += "conditions" not in payload
        empty += payload.get("conditions") == []
    # 8 %: about three standard deviations below either rate.
    assert absent > 48
    assert empty > 48


def test_a_live_integration_is_mostly_active() -> None:
    """The "deleted" feature is on in most payloads, so a payload that is not deleted is active two
    times in three (two in five before): the live, active integration most code is written for."""
    live = live_active = 0
    for seed in range(600):
        payload = integration_payload(RandomSource(seed), Profile())
        if not payload["deleted"]:
            live += 1
            live_active += payload["active"]
    assert live > 100
    assert live_active / live > 0.55


def test_an_id_is_now_and_then_past_255_characters() -> None:
    """Under "long", each of the three ids is past 255 characters in one payload of eight (none was): an id
    from another system, where code keeps ids in CHAR(24), a 64-byte BLAKE2 key or a one-byte length."""
    over = dict.fromkeys(("_id", "_environmentId", "_organizationId"), 0)
    for seed in range(800):
        payload = integration_payload(RandomSource(seed), Profile())
        for key in over:
            value = payload.get(key)
            over[key] += isinstance(value, str) and 255 < len(value) < 10_000
    # About 70 each (70 % with the feature, one in eight of those): 40 is over three deviations below.
    assert min(over.values()) > 40, over


def test_coverage_counts_strings_past_255_characters() -> None:
    payload = integration_payload(RandomSource(0), Profile(edge_cases=False))
    assert measure([payload]).string_families["past-255"] == 0
    assert (
        measure([{**payload, "_organizationId": "0123456789abcdef01234567" * 11}]).string_families["past-255"]
        == 1
    )


def test_the_servers_extra_keys_come_with_another_type_now_and_then() -> None:
    """``priority`` and the other keys the server adds are outside the contract: under "extra-keys" one
    of them may be null, a string, a list or an object (they always had the server's type before)."""
    retyped = sum(
        not isinstance(payload.get("priority", 0), int)
        for payload in (integration_payload(RandomSource(seed), Profile()) for seed in range(800))
    )
    # About 13 % (70 % with the feature, 5 of 26 picks): 60 of 800 is over three deviations below.
    assert retyped > 60


def test_condition_items_carry_the_servers_id_mostly() -> None:
    """The server stores conditions as subdocuments: each condition and child has an ``_id`` (none had)."""
    with_ids = with_conditions = 0
    for seed in range(600):
        payload = integration_payload(RandomSource(seed), Profile(conditions=True))
        items = [i for c in payload["conditions"] for i in (c, *c["children"])]
        with_conditions += 1
        with_ids += all("_id" in item for item in items)
        assert len({item.get("_id") for item in items if "_id" in item}) == sum("_id" in i for i in items)
    assert 0.45 < with_ids / with_conditions < 0.75
    without = integration_payload(RandomSource(0), Profile(conditions=True, extra_keys=False))
    assert not any("_id" in c for c in without["conditions"])


def _surrogate_fields(payload: dict[str, object]) -> set[str]:
    """The top-level keys under which ``payload`` holds a lone surrogate."""
    return {pointer.split("/")[1] for pointer in lone_surrogates(payload)}


def test_lone_surrogates_come_only_when_the_profile_allows_them() -> None:
    """JSON allows "\\ud83d": under Hypothesis (Profile.unpaired) ids, names and keys carry one now and
    then; seeded output (fixtures, the stub, sample_examples) never does."""
    fields: set[str] = set()
    carrying = 0
    for seed in range(400):
        payload = integration_payload(RandomSource(seed), Profile(unpaired=True))
        found = _surrogate_fields(payload)
        carrying += bool(found)
        fields |= found
        assert not _surrogate_fields(integration_payload(RandomSource(seed), Profile()))
    assert 0.2 < carrying / 400 < 0.9
    assert {"_environmentId", "name", "identifier", "credentials", "conditions"} <= fields
    assert not any(lone_surrogates(p) for p in sample_examples(0, 200))


@settings(max_examples=60, database=None)
@given(
    integration_payloads(lone_surrogates=False),
    integration_lists(lone_surrogates=False, max_size=3),
    integration_responses(lone_surrogates=False).map(contracts.dump),
)
def test_lone_surrogates_false_keeps_to_unicode_text(
    payload: object, items: object, instance: object
) -> None:
    assert [lone_surrogates(value) for value in (payload, items, instance)] == [[], [], []]


def test_the_unpaired_table_differs_from_the_hostile_one_only_by_lone_surrogates() -> None:
    assert len(HOSTILE_UNPAIRED) == len(HOSTILE)
    changed = [(a, b) for a, b in zip(HOSTILE, HOSTILE_UNPAIRED, strict=True) if a != b]
    assert len(changed) == 2 * len(HOSTILE) // UNPAIRED_EVERY
    for plain, unpaired in changed:
        assert "".join(unpaired).replace(HIGH_HALF, "").replace(LOW_HALF, "") == "".join(plain)


@given(st.text())
def test_a_jwt_secret_needs_its_claims_padding_back_and_holds_json_a_scanner_passes_over(secret: str) -> None:
    header, claims, signature = _formats._jwt(secret).split(".")
    assert "=" not in header + claims + signature
    with pytest.raises(binascii.Error):
        base64.urlsafe_b64decode(claims)  # as careless code decodes it
    decoded = json.loads(base64.urlsafe_b64decode(claims + "=" * (-len(claims) % 4)))
    assert set(decoded) == {"sub", "exp"}
    assert not header.startswith("eyJ")  # where secret scanners' JWT pattern starts
