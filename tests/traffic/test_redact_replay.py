"""Cassettes recorded with vcrpy against the stub, redacted, replay with novu-py and hold no secret."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from strategies._stub import NovuStub
from tests.cli.test_check_cli import run

vcr = pytest.importorskip("vcr")
novu_py = pytest.importorskip("novu_py")

API_KEY = "nv_live_3f9aZk2LqX8mP4tR7vW1yB6cD0eG5hJ"
SENDGRID_KEY = "SG.Zq3kR8vN2mW5xT7yP1aB4c.Dk9fH2jL6nQ0sU3wY7zA1cE4gI8kM2oR5tV9xB3dF"
PASSWORD = "hunter2-Qw7!zX9#mN4$"
SECRETS = (API_KEY, SENDGRID_KEY, PASSWORD, "nvsk.")


def conversation(novu: Any) -> list[Any]:
    """What the consumer does: create, list, update, set primary, delete; the answers it got."""
    created = novu.integrations.create(
        create_integration_request_dto={
            "provider_id": "sendgrid",
            "channel": "email",
            "credentials": {"api_key": SENDGRID_KEY, "password": PASSWORD},
            "active": True,
        }
    ).result
    listed = novu.integrations.list().result
    updated = novu.integrations.update(
        integration_id=created.id, update_integration_request_dto={"name": "Mail"}
    ).result
    primary = novu.integrations.set_as_primary(integration_id=created.id).result
    remaining = novu.integrations.delete(integration_id=created.id).result
    return [created.id, len(listed), updated.name, primary.primary, len(remaining)]


def replay(path: Path, serializer: str, conversation: Callable[[Any], list[Any]]) -> list[Any]:
    player = vcr.VCR(serializer=serializer, record_mode="none")
    with player.use_cassette(str(path)):
        return conversation(novu_py.Novu(server_url="http://127.0.0.1:9", secret_key="anything"))


@pytest.mark.parametrize(("name", "serializer"), [("c.yaml", "yaml"), ("c.json", "json")])
def test_a_redacted_cassette_still_replays_and_holds_no_secret(
    tmp_path: Path, name: str, serializer: str
) -> None:
    path = tmp_path / name
    with NovuStub(contract_only=True) as stub:  # novu-py cannot read the real server's 201 (set-primary)
        stub.seed_generated(2, seed=3, edge_cases=False)
        recorder = vcr.VCR(serializer=serializer, record_mode="all")
        with recorder.use_cassette(str(path)):
            recorded = conversation(novu_py.Novu(server_url=stub.url, secret_key=API_KEY))
        url = stub.url
    assert any(secret in path.read_text() for secret in SECRETS)  # the recording did leak

    result = run("redact", "--in-place", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = path.read_text()
    for secret in SECRETS:
        assert secret not in text
    assert "<redacted:authorization>" in text

    # The stub is gone: the answers can only come from the cassette, via the same URLs.
    replayed = replay(path, serializer, lambda novu: conversation_at(novu, url))
    assert replayed[1:] == recorded[1:]
    # Whatever stands in for the id, it stands in the URLs as in the bodies.
    assert f"/v1/integrations/{replayed[0]}/set-primary" in text
    assert run("check", name, cwd=tmp_path).returncode == 0


def conversation_at(novu: Any, url: str) -> list[Any]:
    return conversation(novu_py.Novu(server_url=url, secret_key="a-different-key"))


def test_redacting_twice_changes_nothing_more(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    with NovuStub(contract_only=True) as stub:  # novu-py cannot read the real server's 201 (set-primary)
        stub.seed_generated(2, seed=3, edge_cases=False)
        with vcr.VCR(serializer="json", record_mode="all").use_cassette(str(path)):
            conversation(novu_py.Novu(server_url=stub.url, secret_key=API_KEY))
    assert run("redact", "--in-place", "c.json", cwd=tmp_path).returncode == 0
    once = json.loads(path.read_text())
    assert run("redact", "--in-place", "--keep-ids", "c.json", cwd=tmp_path).returncode == 0
    assert json.loads(path.read_text()) == once
