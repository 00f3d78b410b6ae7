"""``novu-contracts serve``: the stub as a stand-alone process, as consumers in other languages run it."""

from __future__ import annotations

import re
import selectors
import signal
import socket
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import contracts
from strategies._cli import main
from strategies._stub import ENDPOINTS

STARTUP_SECONDS = 30


def serve_command(*args: str) -> list[str]:
    """The installed console script next to this interpreter, else ``python -m strategies``."""
    script = Path(sysconfig.get_path("scripts")) / "novu-contracts"
    prefix = [str(script)] if script.exists() else [sys.executable, "-m", "strategies"]
    return [*prefix, "serve", *args]


def read_line(process: subprocess.Popen[str]) -> str:
    """The first stdout line, or a failure with the server's stderr if none comes in time."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(STARTUP_SECONDS):
            process.kill()
            pytest.fail(f"no URL within {STARTUP_SECONDS} s; stderr: {process.communicate()[1]}")
    return process.stdout.readline().strip()


KEY = "cli-test-key"
AUTH = {"Authorization": f"ApiKey {KEY}"}


@pytest.fixture
def server() -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        serve_command(
            "--port",
            "0",
            "--count",
            "5",
            "--seed",
            "1",
            "--secret-key",
            KEY,
            "--fault",
            "GET /v1/integrations/active=503x1",
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_prints_its_url_serves_and_stops_cleanly(
    server: subprocess.Popen[str], stop_signal: signal.Signals
) -> None:
    url = read_line(server)
    assert url.startswith("http://127.0.0.1:")
    response = httpx.get(f"{url}/v1/integrations", timeout=10, headers=AUTH)
    assert response.status_code == 200
    items = response.json()["data"]
    assert len(items) == 5
    assert all(contracts.check(item, unknown_keys="ignore") == [] for item in items)
    assert httpx.get(f"{url}/v1/nope", timeout=10, headers=AUTH).status_code == 404
    # --secret-key: only that key; --fault: the next list of active ones is a 503, then normal.
    wrong = httpx.get(f"{url}/v1/integrations", timeout=10, headers={"Authorization": "ApiKey other"})
    assert (wrong.status_code, wrong.json()["message"]) == (401, "API Key not found")
    assert [httpx.get(f"{url}/v1/integrations/active", headers=AUTH).status_code for _ in range(2)] == [
        503,
        200,
    ]

    server.send_signal(stop_signal)
    stdout, stderr = server.communicate(timeout=15)
    assert server.returncode == 0, stderr
    assert stdout == ""
    # Quiet: only the start and stop lines, no per-request log.
    assert [line.split(":")[0] for line in stderr.splitlines()] == ["novu-contracts serve"] * 2
    assert "stopped" in stderr


def test_help_lists_the_endpoints(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["serve", "--help"])
    assert raised.value.code == 0
    text = capsys.readouterr().out
    for method, path, _ in ENDPOINTS:
        assert re.search(rf"^  {method} +{re.escape(path)} ", text, re.MULTILINE), (method, path)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "serve" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["--port", "70000"],
        ["--port", "x"],
        ["--count", "-1"],
        ["--fault", "GET /v1/integrations"],
        ["--fault", "*=999"],
        ["--fault", "*=429,p=2"],
        ["--fault", "BREW /x=500"],
        ["--fault", "*=teapot"],
    ],
)
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["serve", *argv])
    assert raised.value.code == 2
    assert "serve: error" in capsys.readouterr().err


def test_a_busy_port_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--port", str(port), "--count", "0"]) == 2
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_bad_contract_and_empty_secret_key_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--contract", "9.9", "--count", "0"]) == 2
    assert "unknown contract version '9.9'" in capsys.readouterr().err
    assert main(["serve", "--secret-key", " ", "--count", "0"]) == 2
    assert "secret_key must be a non-empty key" in capsys.readouterr().err


def test_help_teaches_the_fault_language_and_auth(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    text = capsys.readouterr().out
    for needle in ("ROUTE=EFFECT", "STATUS[xN]", "p=P", "latency=SECONDS", "body=truncated-json", "drop[xN]"):
        assert needle in text
    for needle in ("--secret-key", "--contract-only", "ApiKey <key>"):
        assert needle in text


@pytest.mark.parametrize(("host", "warned"), [("127.0.0.1", False), ("::1", False), ("0.0.0.0", True)])
def test_a_host_that_is_not_loopback_is_warned_about(host: str, warned: bool) -> None:
    process = subprocess.Popen(
        serve_command("--host", host, "--port", "0", "--count", "0"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        read_line(process)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert ("not a loopback address" in stderr) is warned, stderr
