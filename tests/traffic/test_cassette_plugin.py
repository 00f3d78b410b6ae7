"""``--novu-check-cassettes``: a test whose cassette breaks the contract fails, in replay and record."""

from __future__ import annotations

import pytest
import yaml

from tests.plugin.test_plugin import OTHER_PLUGINS_OFF, TIMEOUT
from tests.traffic._builders import Exchange, cassette

pytest_plugins = ["pytester"]
pytest.importorskip("pytest_recording")

_PAIRS = zip(OTHER_PLUGINS_OFF[::2], OTHER_PLUGINS_OFF[1::2], strict=True)
PLUGINS = [arg for pair in _PAIRS if pair[1] != "no:recording" for arg in pair]
VALID = {
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
REPLAYED = """
import json
import urllib.request

import pytest


@pytest.mark.vcr
def test_lists_integrations():
    with urllib.request.urlopen("https://api.novu.co/v1/integrations") as answer:
        assert json.load(answer)["data"]
"""


def write_cassette(pytester: pytest.Pytester, *, channel: str) -> None:
    exchanges = [
        Exchange("GET", "/v1/integrations", 200, {"data": [VALID, {**VALID, "channel": channel}]}, "gzip"),
    ]
    directory = pytester.path / "cassettes" / "test_replayed"
    directory.mkdir(parents=True)
    (directory / "test_lists_integrations.yaml").write_text(yaml.safe_dump(cassette(exchanges)))
    pytester.makepyfile(test_replayed=REPLAYED)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs find plugins by entry point, as in a user's project (no inherited xdist or addopts)."""
    for name in ("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "PYTEST_PLUGINS", "PYTEST_ADDOPTS", "PYTEST_XDIST_WORKER",
                 "PYTEST_XDIST_WORKER_COUNT", "PYTEST_XDIST_TESTRUNUID", "PYTHONPATH"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_subprocess(*PLUGINS, "-p", "no:cacheprovider", *args, timeout=TIMEOUT)


def test_a_replayed_cassette_with_a_defect_fails_the_test_with_the_report(pytester: pytest.Pytester) -> None:
    write_cassette(pytester, channel="sms-ish")
    result = run(pytester, "--novu-check-cassettes")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*the cassette this test used breaks the contract:*",
            "cassettes/test_replayed/test_lists_integrations.yaml#0 GET /v1/integrations (200):"
            " /data/1/channel: error?enum? expected one of*",
        ]
    )
    run(pytester).assert_outcomes(passed=1)  # off unless asked


def test_a_clean_cassette_passes_and_the_ini_key_turns_the_check_on(pytester: pytest.Pytester) -> None:
    write_cassette(pytester, channel="email")
    run(pytester, "--novu-check-cassettes").assert_outcomes(passed=1)
    (pytester.path / "cassettes/test_replayed/test_lists_integrations.yaml").unlink()
    (pytester.path / "cassettes/test_replayed").rmdir()
    write_cassette(pytester, channel="EMAIL")
    pytester.makeini("[pytest]\nnovu_check_cassettes = true\n")
    run(pytester).assert_outcomes(failed=1)


RECORDED = """
import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

BODY = json.dumps({"data": [{"name": 5}]}).encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, *args):
        pass


@pytest.fixture
def upstream():
    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.vcr
def test_records(upstream):
    with urllib.request.urlopen(upstream + "/v1/integrations") as answer:
        assert json.load(answer)["data"]
"""


def test_a_recording_run_is_checked_too(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_recorded=RECORDED)
    result = run(pytester, "--novu-check-cassettes", "--record-mode=once")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*#0 GET /v1/integrations (200): /data/0/name: error?type? expected string*"]
    )
    assert (pytester.path / "cassettes" / "test_recorded" / "test_records.yaml").is_file()
