"""``notifier.fetch_sender`` replayed from recorded traffic: a pytest-recording cassette, committed redacted.

``tests/cassettes/test_recorded/*.yaml`` was recorded with vcrpy from the official ``novu_py``
client, then made safe to commit with ``novu-contracts redact --in-place`` (the Authorization
header and every credential became ``<redacted:...>`` placeholders; the replay still works).
pytest-recording replays it (its default record mode, ``none``, never touches the network), and
``novu_check_cassettes = true`` in ``pytest.ini`` makes the novu-contracts plugin check it against
the contract after the test: when Novu changes and the cassette is re-recorded, a response that
breaks the contract fails this test with the file, interaction and JSON Pointer.
"""

from __future__ import annotations

import os

import pytest

pytest.importorskip("pytest_recording", reason="pip install 'novu-contracts[recording]' to run this example")

import novu_py

from notifier import fetch_sender


@pytest.mark.vcr
def test_the_recorded_primary_email_integration_is_chosen() -> None:
    # Only a re-recording run needs a real key; the redacted cassette answers any.
    key = os.environ.get("NOVU_SECRET_KEY", "fake-key")
    novu = novu_py.Novu(server_url="https://api.novu.co", secret_key=key)
    sender = fetch_sender(novu)
    assert sender is not None
    assert (sender.identifier, sender.provider_id) == ("sendgrid-main", "sendgrid")
