"""Tests of ``notifier.fetch_sender`` with the official client against the ``novu_stub`` fixture.

``novu_stub`` is a running stub of Novu's integrations API on 127.0.0.1 (standard library only),
empty at the start of each test; ``add()`` stores a payload, ``requests`` logs what it answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import novu_py

from notifier import choose_sender, fetch_sender

if TYPE_CHECKING:
    from strategies._stub import NovuStub

FAKE_KEY = "fake-key"  # The stub accepts any key; a real one never belongs in a test.


def client(stub: NovuStub) -> novu_py.Novu:
    return novu_py.Novu(server_url=stub.url, secret_key=FAKE_KEY)


def test_no_integrations_no_sender(novu_stub: NovuStub) -> None:
    assert fetch_sender(client(novu_stub)) is None
    assert [(r.method, r.path, r.status) for r in novu_stub.requests] == [("GET", "/v1/integrations", 200)]


def test_the_primary_email_integration_is_chosen(
    novu_stub: NovuStub, integration_payloads: list[dict[str, Any]]
) -> None:
    # Five generated payloads (deterministic for this test), made live email integrations;
    # the third is the primary one. The stub gives each a fresh _id.
    for index, payload in enumerate(integration_payloads):
        email = {**payload, "channel": "email", "active": True, "deleted": False, "primary": index == 2}
        email.pop("_id", None)
        novu_stub.add(email)
    stored = novu_stub.integrations()

    config = fetch_sender(client(novu_stub))

    assert config is not None
    assert config.integration_id == stored[2]["_id"]
    assert config == choose_sender(stored)  # The client's round trip loses nothing notifier uses.


def test_inactive_and_other_channels_are_ignored(
    novu_stub: NovuStub, integration_payload: dict[str, Any]
) -> None:
    payload = {key: value for key, value in integration_payload.items() if key != "_id"}
    novu_stub.add({**payload, "channel": "sms", "active": True, "deleted": False, "primary": True})
    novu_stub.add({**payload, "channel": "email", "active": False, "deleted": False, "primary": True})
    assert fetch_sender(client(novu_stub)) is None
