"""Redacting cassettes and HAR files: planted secrets in every position are gone, the format still loads."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts._recording_redact import redact_recording
from contracts._recordings import inflate, parse_document, read_recording
from contracts._responses import check_recording
from tests.traffic._builders import Encoding, Exchange, cassette, har

SECRETS = st.sampled_from(
    [
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
        "SG.Zq3kR8vN2mW5xT7yP1aB4c.Dk9fH2jL6nQ0sU3wY7zA1cE4gI8kM2oR5tV9xB3dF",
        "nvsk.0a1b2c3d4e5f60718293a4b5c6d7e8f9:9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "xoxb-123456789012-abcdefABCDEF",
        "Zk2LqX8mP4tR7vW1yB6cD0eG5hJ3nQ9s",
    ]
)
ENCODINGS = st.sampled_from(["identity", "gzip", "deflate"])
INTEGRATION: dict[str, Any] = {
    "_environmentId": "5f3a5c1e9d1b2c0012345678",
    "_organizationId": "5f3a5c1e9d1b2c0012345679",
    "name": "SendGrid",
    "identifier": "send-grid-abc",
    "providerId": "sendgrid",
    "channel": "email",
    "credentials": {},
    "active": True,
    "deleted": False,
    "primary": True,
}


def planted(secret: str, where: str) -> dict[str, Any]:
    body = copy.deepcopy(INTEGRATION)
    if where == "credentials":
        body["credentials"] = {"apiKey": secret, "user": "someone"}
    elif where == "unknown-key":
        body["webhookToken"] = secret
    else:
        body["name"] = f"note: {secret}"
    return {"data": [body]}


@settings(deadline=None)  # compression and YAML round trips vary with machine load
@given(secret=SECRETS, encoding=ENCODINGS, where=st.sampled_from(["credentials", "unknown-key", "text"]))
def test_cassette_secrets_are_gone_in_every_position_and_it_still_loads(
    secret: str, encoding: Encoding, where: str
) -> None:
    exchange = Exchange(
        "GET", "/v1/integrations", 200, planted(secret, where), encoding, query=f"token={secret}&page=2"
    )
    document = cassette(
        [exchange], request_headers={"Authorization": [f"ApiKey {secret}"], "Cookie": ["sid=abc"]}
    )
    document["interactions"][0]["response"]["headers"]["Set-Cookie"] = [f"session={secret}; HttpOnly"]
    redacted, total = redact_recording(document, "cassette")
    assert total >= 4
    text = yaml.safe_dump(redacted)
    vcr_yaml = pytest.importorskip("vcr.serializers.yamlserializer")
    loaded = vcr_yaml.deserialize(text)  # vcrpy itself still reads it
    interaction = loaded["interactions"][0]
    raw = interaction["response"]["body"]["string"]
    raw = raw if isinstance(raw, bytes) else raw.encode()
    if encoding == "gzip":
        assert raw.startswith(b"\x1f\x8b")  # compressed again, as recorded
    body = inflate(raw, encoding)
    assert interaction["response"]["headers"]["Content-Length"] == [str(len(raw))]
    for place in (text, body.decode()):
        assert secret not in place
    assert interaction["request"]["headers"]["Cookie"] == ["<redacted:Cookie>"]
    assert "page=2" in interaction["request"]["uri"]
    report = check_recording(read_recording(parse_document(text, "c"), "c"), contract="0.7.0")
    assert report.valid, report.lines()


@given(
    secret=SECRETS, base64_bodies=st.booleans(), where=st.sampled_from(["credentials", "unknown-key", "text"])
)
def test_har_secrets_are_gone_in_every_position(secret: str, base64_bodies: bool, where: str) -> None:
    exchange = Exchange("GET", "/v1/integrations", 200, planted(secret, where), query=f"api_key={secret}")
    document = har([exchange], base64_bodies=base64_bodies)
    request = document["log"]["entries"][0]["request"]
    request["headers"] = [{"name": "Authorization", "value": f"Bearer {secret}"}]
    request["queryString"] = [{"name": "api_key", "value": secret}]
    request["cookies"] = [{"name": "sid", "value": "plain"}]
    request["postData"] = {
        "mimeType": "application/json",
        "text": json.dumps({"credentials": {"token": secret}}),
    }
    redacted, _ = redact_recording(document, "har")
    text = json.dumps(redacted)
    assert secret not in text
    content = redacted["log"]["entries"][0]["response"]["content"]
    body = base64.b64decode(content["text"]) if base64_bodies else content["text"].encode()
    assert secret not in body.decode()
    assert content["size"] == len(body)
    assert redacted["log"]["entries"][0]["request"]["cookies"][0]["value"] == "<redacted:cookie>"
    assert check_recording(read_recording(redacted, "h"), contract="0.7.0").valid


def test_the_redact_command_rewrites_a_har_file_in_place_as_har(tmp_path: Any) -> None:
    from tests.cli.test_check_cli import run

    secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
    document = har(
        [Exchange("GET", "/v1/integrations", 200, planted(secret, "credentials"))], base64_bodies=True
    )
    document["log"]["entries"][0]["request"]["headers"] = [
        {"name": "Authorization", "value": f"ApiKey {secret}"}
    ]
    (tmp_path / "t.har").write_text(json.dumps(document))
    result = run("redact", "--in-place", "t.har", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert secret not in (tmp_path / "t.har").read_text()
    assert run("check", "t.har", cwd=tmp_path).returncode == 0
    (tmp_path / "bad.har").write_text('{"log": {}}')
    refused = run("redact", "--in-place", "bad.har", cwd=tmp_path)
    assert refused.returncode == 2
    assert "bad.har: error: not a recording" in refused.stderr
