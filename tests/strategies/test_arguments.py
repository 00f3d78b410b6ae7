"""Impossible arguments raise ``InvalidArgument`` when the strategy is made, naming the argument."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from contracts import Channel, check
from strategies import (
    integration_lists,
    integration_payloads,
    integration_responses,
    invalid_payloads,
    sample_examples,
)
from strategies._providers import Provider, providers

T = TypeVar("T")
CHANNEL_VALUES = {channel.value for channel in Channel}
# Generate only: the first example is the answer, shrinking it would only cost time.
ONE = settings(
    database=None,
    max_examples=1,
    derandomize=True,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
)


def draw_one(strategy: st.SearchStrategy[T]) -> T:
    """One example: a strategy that is made but never drawn from proves nothing about its arguments."""
    return find(strategy, lambda _: True, settings=ONE)


# Every public entry point that takes ``channel``, called without drawing anything.
MAKERS: dict[str, Callable[..., Any]] = {
    "integration_payloads": integration_payloads,
    "integration_responses": integration_responses,
    "integration_lists": integration_lists,
    "invalid_payloads": invalid_payloads,
    "sample_examples": lambda **kwargs: sample_examples(0, 1, **kwargs),
}
ITEM_MAKERS = {name: make for name, make in MAKERS.items() if name != "invalid_payloads"}


def assert_rejected(make: Callable[[], object], *words: str) -> None:
    """``make()`` raises ``InvalidArgument`` at once, and the message contains every one of ``words``."""
    with pytest.raises(InvalidArgument) as raised:
        make()
    for word in words:
        assert word in str(raised.value)


@pytest.mark.parametrize("maker", MAKERS.values(), ids=MAKERS.keys())
@pytest.mark.parametrize("channel", ["EMAIL", "In_App", "e-mail", "", "sms "])
def test_unknown_channel_is_rejected(maker: Callable[..., Any], channel: str) -> None:
    """A channel outside the enum (also wrong case, e.g. ``"EMAIL"``) is refused, naming ``channel``."""
    assert_rejected(lambda: maker(channel=channel), "channel=", repr(channel))


@given(st.text().filter(lambda text: text not in CHANNEL_VALUES), st.lists(st.sampled_from(list(Channel))))
def test_any_non_channel_string_is_rejected_even_among_good_ones(text: str, good: list[Channel]) -> None:
    """One bad value in a list of channels is enough to refuse the whole argument."""
    assert_rejected(lambda: integration_payloads(channel=[*good, text]), "channel=")


@pytest.mark.parametrize("maker", MAKERS.values(), ids=MAKERS.keys())
def test_empty_channel_list_is_rejected(maker: Callable[..., Any]) -> None:
    """``channel=[]`` leaves nothing to generate."""
    assert_rejected(lambda: maker(channel=[]), "channel=[]")


@pytest.mark.parametrize("maker", ITEM_MAKERS.values(), ids=ITEM_MAKERS.keys())
def test_provider_of_another_channel_is_rejected(maker: Callable[..., Any]) -> None:
    """``provider_id="sendgrid", channel="sms"``: SendGrid is an email provider."""
    assert_rejected(lambda: maker(provider_id="sendgrid", channel="sms"), "provider_id=", "channel=", "email")


@given(st.sampled_from(providers()), st.sampled_from(list(Channel)), st.data())
def test_every_provider_is_rejected_on_every_other_channel(
    chosen: Provider, channel: Channel, data: st.DataObject
) -> None:
    """Any real provider with any channel but its own is refused; with its own channel it is accepted."""
    if channel is chosen.channel:
        payload = data.draw(integration_payloads(provider_id=chosen.id, channel=channel))
        assert (payload["providerId"], payload["channel"]) == (chosen.id, channel.value)
    else:
        assert_rejected(lambda: integration_payloads(provider_id=chosen.id, channel=channel), "provider_id=")


def test_provider_of_another_channel_is_allowed_when_not_realistic() -> None:
    """``realistic=False`` lifts the provider/channel pairing (the contract itself ties nothing)."""
    payload = draw_one(integration_payloads(provider_id="sendgrid", channel="sms", realistic=False))
    assert (payload["providerId"], payload["channel"]) == ("sendgrid", "sms")


@pytest.mark.parametrize("maker", ITEM_MAKERS.values(), ids=ITEM_MAKERS.keys())
def test_empty_provider_list_is_rejected(maker: Callable[..., Any]) -> None:
    """``provider_id=[]`` leaves nothing to generate."""
    assert_rejected(lambda: maker(provider_id=[]), "provider_id=[]")


@given(st.integers(0, 100), st.integers(1, 100))
def test_min_size_above_max_size_is_rejected(max_size: int, excess: int) -> None:
    """``min_size > max_size`` is refused, naming both."""
    assert_rejected(
        lambda: integration_lists(min_size=max_size + excess, max_size=max_size), "min_size", "max_size"
    )


@given(st.integers(max_value=-1))
def test_negative_min_size_is_rejected(min_size: int) -> None:
    """A negative ``min_size`` is refused."""
    assert_rejected(lambda: integration_lists(min_size=min_size), "min_size")


@pytest.mark.parametrize("primaries", ["one", "ANY", "", "exactly-one", None, 1])
def test_bad_primaries_is_rejected(primaries: Any) -> None:
    """``primaries`` must be ``"any"``, ``"at_most_one"`` or ``"exactly_one"``."""
    assert_rejected(lambda: integration_lists(primaries=primaries), "primaries=")


@pytest.mark.parametrize("key", ["active", "deleted", "primary"])
@pytest.mark.parametrize("value", ["true", 1, 0, "yes"])
def test_non_boolean_flags_are_rejected(key: str, value: Any) -> None:
    """``active`` / ``deleted`` / ``primary`` accept only True, False or None."""
    flags: dict[str, Any] = {key: value}
    assert_rejected(lambda: integration_payloads(**flags), f"{key}=")


@pytest.mark.parametrize("maker", MAKERS.values(), ids=MAKERS.keys())
def test_unknown_contract_version_is_rejected(maker: Callable[..., Any]) -> None:
    """``contract`` must name a known version."""
    assert_rejected(lambda: maker(contract="9.9"), "contract=")


@pytest.mark.parametrize("value", ["no", 0, 1])
def test_non_boolean_conditions_is_rejected(value: object) -> None:
    """``conditions`` accepts only True, False or None, like the other flags."""
    assert_rejected(lambda: integration_payloads(conditions=value), "conditions=")  # type: ignore[arg-type]


def test_valid_arguments_are_accepted() -> None:
    """The counterpart: every argument at a legal value makes a strategy that draws what it says."""
    payload = draw_one(
        integration_payloads(
            channel=[Channel.EMAIL, "sms"],
            provider_id=["sendgrid", "twilio"],
            active=True,
            deleted=False,
            primary=None,
            conditions=True,
            extra_keys=False,
            realistic=True,
            edge_cases=False,
        )
    )
    assert payload["channel"] in {"email", "sms"}
    assert payload["providerId"] in {"sendgrid", "twilio"}
    assert (payload["active"], payload["deleted"]) == (True, False)
    assert payload["conditions"]
    items = draw_one(integration_lists(min_size=3, max_size=3, primaries="exactly_one", mixed_channels=False))
    assert len(items) == 3
    assert len({item["channel"] for item in items}) == 1
    assert [item["primary"] for item in items].count(True) == 1
    broken, expected = draw_one(invalid_payloads(channel="push", extra_keys=False, edge_cases=False))
    assert (expected.path, expected.code) in {(v.path, v.code) for v in check(broken)}
