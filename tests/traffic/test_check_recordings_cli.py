"""``novu-contracts check`` on cassettes and HAR files, run as the real console script."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.cli.test_check_cli import run
from tests.traffic._builders import Exchange, recording_text

VALID: dict[str, Any] = {
    "_environmentId": "5f3a5c1e9d1b2c0012345678",
    "_organizationId": "5f3a5c1e9d1b2c0012345679",
    "name": "SendGrid",
    "identifier": "send-grid-abc",
    "providerId": "sendgrid",
    "channel": "email",
    "credentials": {"apiKey": "<fake>"},
    "active": True,
    "deleted": False,
    "primary": True,
}
ERROR = {"statusCode": 401, "timestamp": "2026-01-01T00:00:00Z", "path": "/v1/integrations", "message": "no"}


def exchanges(*, channel: str = "email") -> list[Exchange]:
    return [
        Exchange("GET", "/v1/subscribers", 200, {"data": []}),
        Exchange("GET", "/v1/integrations", 200, {"data": [VALID, {**VALID, "channel": channel}]}, "gzip"),
        Exchange("GET", "/v1/integrations", 401, ERROR),
    ]


@pytest.mark.parametrize(("name", "shape"), [("c.yaml", "cassette-yaml"), ("c.json", "cassette-json"),
                                             ("t.har", "har-base64")])  # fmt: skip
def test_a_planted_defect_is_reported_with_file_interaction_request_and_pointer(
    tmp_path: Path, name: str, shape: Any
) -> None:
    if shape == "cassette-json":
        recorded = [Exchange(e.method, e.path, e.status, e.body) for e in exchanges(channel="EMAIL")]
    else:
        recorded = exchanges(channel="EMAIL")
    (tmp_path / name).write_text(recording_text(recorded, shape))
    result = run("check", name, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(
        f"{name}#1 GET /v1/integrations (200): /data/1/channel: error[enum] expected one of"
    )
    assert "did you mean 'email'?" in result.stdout
    assert "2 checked, 1 other interaction skipped" in result.stderr


def test_a_clean_recording_passes_and_auto_names_the_versions_it_conforms_to(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(recording_text(exchanges(), "cassette-yaml"))
    assert run("check", "c.yaml", cwd=tmp_path).returncode == 0
    result = run("check", "--contract", "auto", "--format", "json", "c.yaml", cwd=tmp_path)
    report = json.loads(result.stdout)["files"][0]
    assert result.returncode in (0, 1)
    assert report["format"] == "cassette"
    assert report["skipped"] == 1
    assert set(report["contracts"]) == {"0.7.0", "3.x"}
    assert "0.7.0" in report["conforms_to"]


def test_an_error_body_that_is_not_novus_shape_is_a_violation(tmp_path: Path) -> None:
    broken = {"statusCode": 500, "message": ["a", 1]}
    (tmp_path / "t.har").write_text(
        recording_text([Exchange("DELETE", "/v1/integrations/x", 404, broken)], "har")
    )
    result = run("check", "t.har", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    missing = "/timestamp: error[missing] missing required key 'timestamp' of Novu's error body"
    assert any(line.endswith(missing) for line in lines)
    assert any(
        "/statusCode: error[enum] expected 404 (the response status), got 500" in line for line in lines
    )
    assert any("/message: error[type] expected string or array of strings" in line for line in lines)


def test_format_in_forces_a_format(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text(recording_text(exchanges(channel="EMAIL"), "cassette-yaml"))
    assert run("check", "--format-in", "cassette", "c.txt", cwd=tmp_path).returncode == 1
    result = run("check", "--format-in", "har", "c.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert 'c.txt: error: not a recording: expected an object with "log.entries"' in result.stderr


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("interactions: [\n", "malformed YAML"),
        ("!!python/object/apply:os.system ['true']\n", "could not determine a constructor"),
        ("interactions:\n- request: {method: GET}\n  response: {status: {code: 200}}\n",
         "interactions[0].request.uri: expected a string, got absent"),
        ("interactions:\n- request: {method: GET, uri: /}\n  response: {status: {code: '200'}}\n",
         "interactions[0].response.status.code: expected an integer, got '200'"),
    ],
)  # fmt: skip
def test_unusable_recordings_exit_2_with_the_place_named(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "c.yaml").write_text(text)
    result = run("check", "c.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert message in result.stderr


def test_a_corrupt_gzip_body_is_reported_not_raised(tmp_path: Path) -> None:
    document = yaml.safe_load(recording_text(exchanges(), "cassette-yaml"))
    document["interactions"][1]["response"]["body"]["string"] = b"\x1f\x8bnot gzip at all"
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(document))
    result = run("check", "c.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert (
        "c.yaml#1 GET /v1/integrations (200): (root): error[not_json] the gzip body is corrupt"
        in result.stdout
    )


def test_a_body_in_an_unsupported_encoding_is_named(tmp_path: Path) -> None:
    document = yaml.safe_load(recording_text(exchanges(), "cassette-yaml"))
    response = document["interactions"][1]["response"]
    response["body"]["string"] = b"\x8b\x05\x80brotli bytes"
    response["headers"]["Content-Encoding"] = ["br"]
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(document))
    result = run("check", "c.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "(root): error[not_json] the body's Content-Encoding 'br' cannot be read" in result.stdout


def test_a_gzip_bomb_is_refused_at_the_bound_not_inflated(tmp_path: Path) -> None:
    import gzip

    from contracts._recordings import MAX_BODY_BYTES

    document = yaml.safe_load(recording_text(exchanges(), "cassette-yaml"))
    document["interactions"][1]["response"]["body"]["string"] = gzip.compress(b"[" * (MAX_BODY_BYTES + 1))
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(document))
    result = run("check", "c.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert f"error[not_json] the gzip body inflates beyond {MAX_BODY_BYTES} bytes" in result.stdout
