"""The stub's API-key guard, as Novu's (SERVER-SEMANTICS "Auth"): every endpoint, four 401s."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from strategies._stub import ENDPOINTS, NovuStub
from tests.stub._helpers import KEY, Api


def _target(path: str) -> str:
    return path.replace("{id}", "0" * 24)


@pytest.mark.parametrize(("method", "path"), [(m, p) for m, p, _ in ENDPOINTS])
@pytest.mark.parametrize(
    ("authorization", "message", "has_error"),
    [
        (None, "Missing authorization header", True),
        ("Token x", 'Invalid authentication scheme: "Token"', True),
        ("Bearer eyJ.x.y", 'Invalid authentication scheme: "Bearer"', True),
        ("ApiKey", "Unauthorized", False),
        ("ApiKey    ", "Unauthorized", False),
        ("ApiKey wrong", "API Key not found", True),
    ],
)
def test_every_endpoint_refuses_bad_keys_with_novus_401(
    method: str, path: str, authorization: str | None, message: str, has_error: bool
) -> None:
    """SERVER-SEMANTICS "Auth": no header, another scheme, an empty key and an unknown key are 401s."""
    stub = NovuStub(secret_key=KEY)
    reply = Api(stub, authorization=authorization)(method, _target(path), {"name": "x"})
    assert reply.status == 401
    assert reply.message == message
    assert ("error" in reply.json) is has_error
    assert reply.json["ctx"] == (
        {"error": "Unauthorized", "statusCode": 401} if has_error else {"statusCode": 401}
    )
    assert stub.integrations() == []


@given(key=st.text(min_size=1).filter(str.strip).filter(lambda k: " " not in k.strip()))
@example(key="k")
def test_without_a_configured_key_any_non_empty_key_is_accepted(key: str) -> None:
    """Issue 10: with no ``secret_key``, any non-empty key passes; a missing header is still a 401."""
    stub = NovuStub()
    assert Api(stub, authorization=f"ApiKey {key}")("GET", "/v1/integrations").status == 200
    assert Api(stub, authorization=None)("GET", "/v1/integrations").status == 401


@given(key=st.text(min_size=1).filter(lambda k: k.strip() != KEY))
def test_with_a_configured_key_only_that_key_passes(key: str) -> None:
    stub = NovuStub(secret_key=KEY)
    assert Api(stub, authorization=f"ApiKey {KEY}")("GET", "/v1/integrations").status == 200
    assert Api(stub, authorization=f"ApiKey {key}")("GET", "/v1/integrations").status == 401


def test_unknown_routes_are_404_before_auth() -> None:
    """Nest matches the route before its guard runs: an unknown path is a 404 even without a key."""
    assert Api(NovuStub(), authorization=None)("GET", "/v1/nope").status == 404


def test_the_key_never_reaches_a_reply_or_the_log() -> None:
    stub = NovuStub(secret_key=KEY)
    replies = [Api(stub, authorization=f"ApiKey {k}")("GET", "/v1/integrations") for k in (KEY, "wrong-key")]
    assert all(KEY.encode() not in r.answer.body and b"wrong-key" not in r.answer.body for r in replies)
    assert KEY not in repr(stub.requests)
    assert "wrong-key" not in repr(stub.requests)


def test_an_empty_secret_key_is_refused() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        NovuStub(secret_key="  ")


def test_authorization_property_gives_an_accepted_header() -> None:
    for stub in (NovuStub(), NovuStub(secret_key=KEY)):
        assert Api(stub, authorization=stub.authorization)("GET", "/v1/integrations").status == 200
