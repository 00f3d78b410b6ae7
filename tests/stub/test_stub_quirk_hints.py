"""The stub's payload quirks are named by the checker as known drift (issue 13, item 1)."""

from __future__ import annotations

import contracts
from strategies._stub import NovuStub
from tests.stub._helpers import Api


def test_a_write_reply_without_credentials_is_named_as_known_drift() -> None:
    created = Api(NovuStub()).create(providerId="sendgrid", channel="email")
    assert "credentials" not in created
    (violation,) = contracts.check(created, unknown_keys="ignore")
    assert violation.path == "/credentials"
    assert "known provider drift" in violation.message
    assert "omit an empty credentials object" in violation.message


def test_other_missing_keys_get_no_drift_hint() -> None:
    created = Api(NovuStub()).create(providerId="sendgrid", channel="email", credentials={"apiKey": "<k>"})
    del created["name"]
    (violation,) = contracts.check(created, unknown_keys="ignore")
    assert "drift" not in violation.message
