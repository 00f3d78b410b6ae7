"""Upgrading consumers from contract 0.7.0 to 3.x with ``verify_consumer(fn, contract=...)``.

A consumer that reads ``payload["channel"]`` is correct for 0.7.0 and broken for 3.x
(agent-kind integrations have no channel); ``verify_consumer`` must say so with a
minimal payload, and must pass a tolerant consumer under both versions.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import contracts
from contracts._checker import errors
from strategies import ConsumerContractError, verify_consumer

SEEDS = [0, 1]


def reads_channel(payload: dict[str, Any]) -> str:
    channel: str = payload["channel"]
    return channel.upper()


def reads_credentials(payload: dict[str, Any]) -> list[str]:
    return sorted(payload["credentials"])


def tolerant(payload: dict[str, Any]) -> tuple[str, list[str]]:
    channel: str = payload.get("channel", "unknown")
    credentials: dict[str, Any] = payload.get("credentials", {})
    return channel.upper(), sorted(credentials)


def shown_payload(message: str) -> Any:
    """The JSON payload printed after "minimal failing payload:" in a ``ConsumerContractError``."""
    shown = message.split("minimal failing payload:\n", 1)[1].split("\npin it in your test with:", 1)[0]
    return json.loads(shown)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_consumer_reading_channel_passes_under_0_7_0(seed: int) -> None:
    verify_consumer(reads_channel, seed=seed, max_examples=60)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_consumer_reading_channel_fails_under_3x_with_a_minimal_payload_without_channel(seed: int) -> None:
    with pytest.raises(ConsumerContractError) as raised:
        verify_consumer(reads_channel, contract="3.x", seed=seed, max_examples=60)
    failure = raised.value
    assert isinstance(failure.error, KeyError)
    assert failure.error.args == ("channel",)
    assert "KeyError: 'channel'" in str(failure)
    shown = shown_payload(str(failure))
    assert shown == failure.payload
    assert "channel" not in shown
    # Minimal: only the keys 3.x requires, and valid under 3.x (but not under 0.7.0).
    assert set(shown) == {
        "_environmentId",
        "_organizationId",
        "name",
        "identifier",
        "providerId",
        "active",
        "deleted",
        "primary",
    }
    assert errors(contracts.check(shown, contract="3.x")) == []
    assert errors(contracts.check(shown)) != []
    assert "'channel'" not in failure.example_line


def test_a_consumer_reading_credentials_fails_under_3x() -> None:
    with pytest.raises(ConsumerContractError) as raised:
        verify_consumer(reads_credentials, contract="3.x", seed=0, max_examples=60)
    assert "credentials" not in raised.value.payload
    verify_consumer(reads_credentials, seed=0, max_examples=60)


@pytest.mark.parametrize("contract", ["0.7.0", "3.x"])
def test_a_tolerant_consumer_passes_both_versions(contract: str) -> None:
    verify_consumer(tolerant, contract=contract, seed=0, max_examples=60)


def _strict_3x_reader(payload: Any) -> str:
    """A correct 3.x consumer: rejects what 3.x forbids, tolerates what it allows."""
    if errors(contracts.check(payload, contract="3.x")):
        raise ValueError("not a 3.x IntegrationResponseDto")
    channel: str = payload.get("channel", "unknown")
    return channel


def test_a_strict_0_7_0_reader_verifies_under_0_7_0() -> None:
    def strict_0_7_0_reader(payload: Any) -> str:
        if errors(contracts.check(payload)):
            raise ValueError("not a 0.7.0 IntegrationResponseDto")
        channel: str = payload["channel"]
        return channel

    verify_consumer(strict_0_7_0_reader, invalid=True, rejects=ValueError, seed=1, max_examples=100)


def test_a_correct_3x_reader_verifies_under_3x_with_invalid_payloads() -> None:
    verify_consumer(
        _strict_3x_reader, contract="3.x", invalid=True, rejects=ValueError, seed=1, max_examples=100
    )
