"""Tests of ``notifier`` over the committed fixture set ``fixtures/``, through the ``novu_fixtures`` fixture.

The set was written (from the novu-contracts repository root) by::

    novu-contracts generate --seed 0 --count 5 --kind all --out examples/consumer_project/fixtures

``novu_fixtures`` loads it (checking every file against the contract and the manifest) from the
``novu_fixtures`` directory of ``pytest.ini``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from contracts import ContractError, FixtureSet

from notifier import IntegrationDataError, choose_sender, parse_integration, sender_config

GENERATE = ["generate", "--seed", "0", "--count", "5", "--kind", "all"]


def as_email(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload on the email channel, the one ``notifier`` sends through."""
    return {**payload, "channel": "email"}


def test_the_set_has_every_kind(novu_fixtures: FixtureSet) -> None:
    assert len(novu_fixtures.valid) == len(novu_fixtures.invalid) == len(novu_fixtures.lists) == 5
    assert {fixture.edge_case for fixture in novu_fixtures.edge} >= {"absent-optionals", "non-numeric-port"}


def test_every_valid_and_edge_fixture_gives_a_sender_config(novu_fixtures: FixtureSet) -> None:
    for fixture in (*novu_fixtures.valid, *novu_fixtures.edge):
        config = sender_config(parse_integration(fixture.payload))
        assert config.identifier == fixture.payload["identifier"], fixture.where
        assert config.sender_name, fixture.where


def test_edge_cases_on_the_email_channel(novu_fixtures: FixtureSet) -> None:
    for fixture in novu_fixtures.edge:
        payload = as_email(fixture.payload)
        config = choose_sender([payload])
        usable = payload["active"] and not payload["deleted"]
        assert (config is not None) == usable, fixture.where


def test_named_edge_cases(novu_fixtures: FixtureSet) -> None:
    edge = {fixture.edge_case: fixture.payload for fixture in novu_fixtures.edge}
    assert sender_config(parse_integration(edge["absent-optionals"])).integration_id is None
    assert sender_config(parse_integration(edge["non-numeric-port"])).port is None
    assert sender_config(parse_integration(edge["credentials-with-every-key"])).port == int(
        edge["credentials-with-every-key"]["credentials"]["port"]
    )


def test_every_invalid_fixture_raises_our_error(novu_fixtures: FixtureSet) -> None:
    for fixture in novu_fixtures.invalid:
        with pytest.raises(IntegrationDataError) as raised:
            parse_integration(fixture.payload)
        # The cause names the one violation the manifest records for this fixture.
        cause = raised.value.__cause__
        assert isinstance(cause, ContractError), fixture.where
        found = [(v.path, v.code) for v in cause.violations]
        assert found == [(fixture.expected_path, fixture.expected_code)], fixture.where


def test_every_list_fixture_gives_a_usable_sender_or_none(novu_fixtures: FixtureSet) -> None:
    for fixture in novu_fixtures.lists:
        items = [as_email(item) for item in fixture.payload["data"]]
        config = choose_sender(items)
        usable = [item for item in items if item["active"] and not item["deleted"]]
        assert (config is None) == (not usable), fixture.where
        if config is not None:
            primaries = [item for item in usable if item["primary"]]
            assert config.identifier == (primaries or usable)[0]["identifier"], fixture.where


def test_the_set_is_what_the_installed_generator_writes(novu_fixtures: FixtureSet, tmp_path: Path) -> None:
    """Fails when an upgrade of novu-contracts changes generation: regenerate with the command above."""
    fresh = tmp_path / "fixtures"
    subprocess.run(
        [sys.executable, "-m", "strategies", *GENERATE, "--out", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed = {p.relative_to(novu_fixtures.directory): p for p in novu_fixtures.directory.rglob("*.json")}
    generated = {p.relative_to(fresh): p for p in fresh.rglob("*.json")}
    assert sorted(committed) == sorted(generated)
    stale = [str(name) for name in committed if committed[name].read_bytes() != generated[name].read_bytes()]
    assert stale == [], f"stale fixtures (regenerate them): {stale}"
