"""``generate``, ``serve``, the stub and the fixture writer run without Hypothesis.

Each runs in a fresh interpreter where ``import hypothesis`` fails, so an import of
Hypothesis anywhere on their path (even an indirect one) fails the test.
"""

from __future__ import annotations

import json
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# ``sys.modules[name] = None`` makes every later ``import name`` raise ImportError.
BLOCK = "import sys; sys.modules['hypothesis'] = None; "
TIMEOUT = 120
MAIN = "from strategies._cli import main; sys.exit(main(sys.argv[1:]))"


def run_blocked(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK + code, *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def test_the_block_works() -> None:
    """The guard of every test below: with the block, importing Hypothesis fails."""
    result = run_blocked("import hypothesis")
    assert result.returncode != 0
    assert "import of hypothesis halted" in result.stderr


@pytest.mark.parametrize(
    "module", ["strategies._stub", "strategies._fixture_writer", "strategies._sample", "strategies._cli"]
)
def test_importing_runs_without_hypothesis(module: str) -> None:
    result = run_blocked(f"import {module}; print('hypothesis' in sys.modules and sys.modules['hypothesis'])")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() in ("False", "None")


def test_generate_writes_every_kind_without_hypothesis(tmp_path: Path) -> None:
    out = tmp_path / "set"
    result = run_blocked(
        MAIN,
        *("generate", "--kind", "all", "--count", "3", "--channel", "email,sms", "--out", str(out)),
    )
    assert result.returncode == 0, result.stderr
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert set(manifest["counts"]) == {"valid", "edge", "invalid", "list"}
    assert manifest["counts"]["valid"] == 3


def test_generate_refuses_an_unknown_channel_without_hypothesis(tmp_path: Path) -> None:
    result = run_blocked(
        MAIN,
        *("generate", "--channel", "email,fax", "--out", str(tmp_path / "set")),
    )
    assert result.returncode == 2
    assert "fax" in result.stderr
    assert "Traceback" not in result.stderr


def test_sample_payloads_and_the_stub_run_without_hypothesis() -> None:
    code = (
        "from strategies._sample import sample_payloads; from strategies._stub import NovuStub;"
        " stub = NovuStub(); print(len(stub.seed_generated(4, 1)), len(sample_payloads(1, 2)))"
    )
    result = run_blocked(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["4", "2"]


def test_serve_starts_and_stops_without_hypothesis() -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", BLOCK + MAIN, "serve", "--port", "0", "--count", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            ready = selector.select(TIMEOUT)
        assert ready, process.stderr.read() if process.stderr else ""
        assert process.stdout.readline().startswith("http://127.0.0.1:")
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 0, stderr
        assert "Traceback" not in stderr
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
