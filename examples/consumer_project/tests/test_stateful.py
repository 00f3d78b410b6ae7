"""Stateful tests of the ``mirror`` sync job with ``strategies.novu_state_machine``.

The machine creates, renames, activates, deactivates, makes primary and deletes integrations
on an in-process stub of Novu in random order, running the sync job between the writes. After
each sync, ``mirror_matches`` relates the mirror to what the API lists.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis.stateful import run_state_machine_as_test
from strategies import NovuStateMachine, ServerInvariantError, novu_state_machine

from mirror import PRIMARY_CHANNELS, IntegrationMirror, StickyPrimaryMirror


def mirror_matches(mirror: IntegrationMirror, integrations: list[dict[str, Any]]) -> None:
    """The mirror holds every listed integration, and each channel's primary as Novu has it."""
    assert mirror.ids() == {item["_id"] for item in integrations}
    for channel in PRIMARY_CHANNELS:
        primaries = [
            item["_id"]
            for item in integrations
            if item["channel"] == channel and item["active"] and item["primary"]
        ]
        expected = primaries[0] if primaries else None
        assert mirror.primary(channel) == expected, (
            f"the mirror's {channel} primary is {mirror.primary(channel)}; Novu lists {expected}"
        )


def mirror_of(mirror_class: type[IntegrationMirror]) -> type[NovuStateMachine]:
    return novu_state_machine(
        consumer=lambda machine: mirror_class(machine.novu_client()),
        sync=IntegrationMirror.sync,
        invariant=mirror_matches,
        name=f"{mirror_class.__name__}Machine",
    )


# The fixed sync job: run as an ordinary test, with this project's Hypothesis settings.
TestIntegrationMirror = mirror_of(IntegrationMirror).TestCase


def test_the_machine_catches_the_sticky_primary_bug() -> None:
    """The buggy mirror fails within the default settings, shrunk to a few readable steps."""
    with pytest.raises(
        AssertionError, match=r"the mirror's (email|sms) primary is [0-9a-f]{24}; Novu"
    ) as raised:
        run_state_machine_as_test(mirror_of(StickyPrimaryMirror))
    assert not isinstance(raised.value, ServerInvariantError)  # the consumer's fault, not the stub's
    program = [note for note in getattr(raised.value, "__notes__", []) if "state." in note]
    steps = [line.strip() for note in program for line in note.splitlines() if "state." in line]
    # e.g. integrations_0 = state.create(active=True, identifier=None, provider_id='sendgrid', then_sync=True)
    #      state.delete(integration=integrations_0, then_sync=True)
    assert any("sync_consumer()" in step or "then_sync=True" in step for step in steps)
    assert len([step for step in steps if "invariants" not in step]) <= 8, steps
