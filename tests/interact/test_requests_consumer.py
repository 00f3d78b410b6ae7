"""A ``requests``-based consumer runs against the stub through the ``responses`` adapter."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from strategies import mock_novu
from strategies._stub import NovuStub
from tests.interact._support import API_KEY

BASE = "https://api.novu.co"


def active_email_providers(session: requests.Session, base: str = BASE) -> list[str]:
    """The consumer: the provider ids of the active email integrations, via plain requests."""
    response = session.get(f"{base}/v1/integrations/active", headers={"Authorization": f"ApiKey {API_KEY}"})
    response.raise_for_status()
    return [item["providerId"] for item in response.json()["data"] if item["channel"] == "email"]


def create(session: requests.Session, body: dict[str, Any], base: str = BASE) -> requests.Response:
    return session.post(f"{base}/v1/integrations", json=body, headers={"Authorization": f"ApiKey {API_KEY}"})


def test_a_requests_consumer_sees_what_it_created(no_sockets: None) -> None:
    stub = NovuStub(seed=6)
    with mock_novu(stub, transport="responses"), requests.Session() as session:
        assert active_email_providers(session) == []
        assert (
            create(session, {"providerId": "sendgrid", "channel": "email", "active": True}).status_code == 201
        )
        assert create(session, {"providerId": "twilio", "channel": "sms", "active": True}).status_code == 201
        assert create(session, {"providerId": "mailgun", "channel": "email"}).status_code == 201
        assert active_email_providers(session) == ["sendgrid"]
    sent = stub.requests[1]
    assert (sent.method, sent.path, sent.body) == (
        "POST",
        "/v1/integrations",
        {"providerId": "sendgrid", "channel": "email", "active": True},
    )


def test_error_replies_arrive_as_the_stub_sent_them(no_sockets: None) -> None:
    stub = NovuStub(seed=6)
    with mock_novu(stub, transport="responses"), requests.Session() as session:
        response = create(session, {"channel": "email"})
    assert response.status_code == 422
    assert response.headers["Content-Type"] == "application/json; charset=utf-8"
    assert response.json()["path"] == "/v1/integrations"


def test_the_fixture_and_a_configured_base_url(novu_responses: NovuStub, no_sockets: None) -> None:
    with requests.Session() as session:
        assert create(session, {"providerId": "fcm", "channel": "push"}, "https://eu.api.novu.co").ok
    assert [r["providerId"] for r in novu_responses.integrations()] == ["fcm"]


def test_other_hosts_are_refused_not_fetched(novu_responses: NovuStub, no_sockets: None) -> None:
    for url in ("https://example.com/v1/integrations", "https://api.novu.co:8443/v1/integrations"):
        with pytest.raises(requests.ConnectionError, match="Connection refused by Responses"):
            requests.get(url, timeout=1)
    assert novu_responses.requests == []
