"""Property tests of ``notifier`` with the library's Hypothesis strategies and ``verify_consumer``."""

from __future__ import annotations

from typing import Any

import contracts
import pytest
from hypothesis import given
from strategies import (
    ExpectedViolation,
    consumer_test,
    integration_lists,
    integration_payloads,
    invalid_payloads,
    verify_consumer,
)

from notifier import (
    IntegrationDataError,
    choose_sender,
    parse_integration,
    primary_email_integration,
    sender_config,
)

Payload = dict[str, Any]


@given(integration_payloads(channel="email"))
def test_sender_config_of_any_email_integration(payload: Payload) -> None:
    config = sender_config(parse_integration(payload))
    assert config.provider_id == payload["providerId"]
    assert config.sender_name.strip() == config.sender_name != ""
    assert config.port is None or 0 < config.port < 65536


@given(integration_lists())
def test_choose_sender_picks_a_usable_email_integration(payloads: list[Payload]) -> None:
    config = choose_sender(payloads)
    usable = [p for p in payloads if p["channel"] == "email" and p["active"] and not p["deleted"]]
    assert (config is None) == (not usable)
    if config is not None:
        assert config.identifier in {p["identifier"] for p in usable}


@given(integration_lists(min_size=1, primaries="exactly_one", channel="email", active=True, deleted=False))
def test_the_primary_integration_wins(payloads: list[Payload]) -> None:
    (primary,) = [p for p in payloads if p["primary"]]
    chosen = primary_email_integration(contracts.parse(p) for p in payloads)
    assert chosen == contracts.parse(primary)


@given(invalid_payloads())
def test_bad_data_raises_our_own_error(case: tuple[Any, ExpectedViolation]) -> None:
    payload, expected = case
    with pytest.raises(IntegrationDataError, match="breaks the contract") as raised:
        parse_integration(payload)
    cause = raised.value.__cause__
    assert isinstance(cause, contracts.ContractError)
    assert (expected.path, expected.code) in [(v.path, v.code) for v in cause.violations]


def test_choose_sender_honours_the_contract() -> None:
    """Valid lists never crash it; lists with an item that breaks the contract raise our error."""
    verify_consumer(choose_sender, lists=True, invalid=True, rejects=IntegrationDataError)


def email_sender_config(payload: Payload) -> None:
    sender_config(parse_integration(payload))


# The same check as a one-line test: every email payload the contract allows gives a sender config.
test_sender_config_honours_the_contract = consumer_test(email_sender_config, channel="email")


@consumer_test(invalid=True, rejects=IntegrationDataError)
def test_parse_integration_honours_the_contract(payload: Payload) -> None:
    parse_integration(payload)
