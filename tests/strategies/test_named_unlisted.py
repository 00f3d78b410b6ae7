"""Channels a table of the code under test leaves out come up more often under ``@given``."""

from __future__ import annotations

from enum import StrEnum

import attrs
import hypothesis
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from contracts import Channel, Operator
from contracts._declare import class_defaults, optional
from contracts._models import IntegrationResponseDto
from contracts._versions import temporary_contract
from strategies import _named, _named_wires
from strategies._generate import (
    UNLISTED_CHANNEL_PERCENT,
    Profile,
    _channel_table,
    _named_here,
    weighted_channels,
)
from strategies._named import Unlisted, literals_in_source, named_providers, unlisted_values
from strategies._providers import providers

CHANNELS = [channel.value for channel in Channel]
IDS = [p.id for p in providers()]
EXAMPLES = 300
TABLES = [
    "QUEUES = {{{entries}}}\n",  # keys of a dict
    "def route(payload):\n    return payload['channel'] in ({entries},)\n",  # a tuple it is looked up in
    "ROUTED = frozenset([{entries}])\n",
]


def _written(values: list[str], template: str) -> str:
    if template.startswith("QUEUES"):
        return template.format(entries=", ".join(f"{value!r}: 'q'" for value in values))
    return template.format(entries=", ".join(map(repr, values)))


@given(
    st.lists(st.sampled_from(CHANNELS), min_size=2, max_size=len(CHANNELS) - 1, unique=True),
    st.sampled_from(TABLES),
)
def test_the_channels_a_table_leaves_out_are_found(listed: list[str], template: str) -> None:
    literals = frozenset(literals_in_source(_written(listed, template)))
    assert unlisted_values(literals, "channel") == set(CHANNELS) - set(listed)


@pytest.mark.parametrize(
    "source",
    [
        f"ALL = {CHANNELS!r}",  # every channel: nothing left out
        "ONE = {'email': 1}",  # one value says nothing about a table
        "MIXED = ['email', 'sms', 'fax']",  # not only channels: some other list
        "ROWS = ['email', 'sms', None]",
        "SPLIT = 'email sms chat'",
        "def f(channel):\n    return channel == 'email' or channel == 'sms'",  # no collection
        "SPREAD = {'email': 1, 'sms': 2, **OTHERS}",  # keys it does not show
        "TWICE = ['email', 'email']",  # one value, written twice
        "@mark.parametrize('channel', ['email', 'sms'])\ndef test(channel): pass",  # test data, no table
        "print(('email', 'sms'))",
    ],
)
def test_only_a_collection_of_some_values_of_one_enum_counts(source: str) -> None:
    assert unlisted_values(frozenset(literals_in_source(source)), "channel") == frozenset()


@pytest.mark.parametrize(
    "source",
    [
        "QUEUES = {'email': 1, 'email': 2, 'sms': 3}",  # a repeated key is one value
        "ROUTED = frozenset(['email', 'sms'])",  # a constructor builds a table
        "ROUTED = sorted({'email', 'sms'})",
    ],
)
def test_email_and_sms_leave_out_the_rest(source: str) -> None:
    assert unlisted_values(frozenset(literals_in_source(source)), "channel") == {"chat", "push", "in_app"}


def test_other_enums_are_read_the_same_way() -> None:
    source = "SQL = {'EQUAL': '=', 'NOT_EQUAL': '<>', 'LARGER': '>'}"
    left_out = unlisted_values(frozenset(literals_in_source(source)), "operator")
    assert left_out == {operator.value for operator in Operator} - {"EQUAL", "NOT_EQUAL", "LARGER"}


@given(
    st.lists(st.sampled_from(sorted(IDS)), max_size=6, unique=True),
    st.lists(st.sampled_from(list(Channel)), min_size=1, max_size=3, unique=True),
)
def test_a_left_out_channel_gets_its_share_and_no_more(named_ids: list[str], left_out: list[Channel]) -> None:
    """Each left-out channel is lifted to UNLISTED_CHANNEL_PERCENT of the table with usual picks, placed
    after the usual entries (shrinking goes there first) and before the named providers."""
    named = named_providers(frozenset(named_ids), tuple(Channel))
    plain = _channel_table(tuple(Channel), named)
    table = _channel_table(tuple(Channel), named, frozenset(), tuple(left_out))
    usual = weighted_channels(tuple(Channel))
    added = table[len(usual) : len(table) - (len(plain) - len(usual))]
    assert table[: len(usual)] == plain[: len(usual)]
    assert table[len(usual) + len(added) :] == plain[len(usual) :]
    assert all(provider is None and channel in left_out for channel, provider in added)
    for channel in left_out:
        count = sum(1 for drawn, _ in table if drawn == channel)
        assert count * 100 >= UNLISTED_CHANNEL_PERCENT * len(table)
        if (channel, None) in added:  # lifted no further than needed
            assert (count - 1) * 100 < UNLISTED_CHANNEL_PERCENT * (len(table) - 1)


def _in_app_share(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]) -> int:
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    seen: list[bool] = []

    @hypothesis.seed(0)
    @hypothesis.settings(
        max_examples=EXAMPLES, phases=[hypothesis.Phase.generate], database=None, deadline=None
    )
    @given(strategies.integration_payloads())
    def consume(payload: dict[str, object]) -> None:
        seen.append(payload["channel"] == "in_app")

    consume()
    return sum(seen)


def test_a_channel_the_code_leaves_out_is_generated_more_often(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even when the code's providers pull toward their own channels (twilio: sms, ses: email)."""
    named = frozenset({"twilio", "ses"})
    without = _in_app_share(monkeypatch, named)
    with_table = _in_app_share(monkeypatch, named | {Unlisted("channel", "in_app")})
    # About 3-6 % without (one entry of 35, the first) and 12 % of the table with; the draws shift with
    # what the process has imported (Hypothesis' constant pool), so the bound between leaves room (over
    # seeds 0-69: 6-19 without, 31-56 with). The exact share is test_a_left_out_channel_gets_its_share.
    assert without < 0.08 * EXAMPLES <= with_table, (without, with_table)


class Tier(StrEnum):
    FREE = "free"
    TEAM = "team"
    ENTERPRISE = "enterprise"


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class WithTier(IntegrationResponseDto):
    """0.7.0 plus an enum field ``tier``."""

    tier: Tier | None = optional("tier", "The plan the integration belongs to.")


def test_a_new_enum_field_is_read_with_no_further_change() -> None:
    """The enums come from the declaration: a field added there is scanned for left-out values too."""
    with temporary_contract("test-enum-field", WithTier):
        _named_wires.enum_wires.cache_clear()  # read before the contract came: a registration has no hook
        literals = frozenset(literals_in_source("PRICES = {'free': 0, 'team': 10}"))
        assert unlisted_values(literals, "tier") == {"enterprise"}
    assert "tier" not in dict(_named_wires.enum_wires())  # dropped with the contract (on_forget)


@pytest.mark.parametrize("left_out", [4, 5])
def test_tables_that_leave_out_nearly_every_channel_favour_none(
    monkeypatch: pytest.MonkeyPatch, left_out: int
) -> None:
    """Many consumers' tables at once (all channels but one left out somewhere): no channel is lifted."""
    literals = frozenset(Unlisted("channel", channel.value) for channel in list(Channel)[:left_out])
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    assert _named_here(Profile(named=True))[2] == ()
    fewer = frozenset(list(literals)[: left_out - 2])
    monkeypatch.setattr(_named, "named_literals", lambda: fewer)
    assert len(_named_here(Profile(named=True))[2]) == left_out - 2


def test_a_narrower_profile_keeps_the_lift_of_one_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether tables disagree is a question of all channels, not of those a profile asks for."""
    literals = frozenset(literals_in_source("QUEUES = {'email': 1, 'sms': 2, 'chat': 3, 'push': 4}"))
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    assert _named_here(Profile(named=True))[2] == (Channel.IN_APP,)
    narrow = Profile(named=True, channels=(Channel.EMAIL, Channel.IN_APP))
    assert _named_here(narrow)[2] == (Channel.IN_APP,)
    assert _named_here(Profile(named=True, channels=(Channel.EMAIL,)))[2] == ()


def test_a_sender_name_beyond_the_providers_keys_takes_the_payloads_non_ascii_text() -> None:
    """The "credentials" feature adds every key; a name among them is non-ASCII under "unicode" too."""
    found = hypothesis.find(
        strategies.integration_payloads(channel="push"),
        lambda p: not str((p.get("credentials") or {}).get("senderName", "x")).isascii(),
        settings=hypothesis.settings(database=None, max_examples=500, deadline=None),
    )
    assert found["channel"] == "push"  # push providers have no senderName of their own
