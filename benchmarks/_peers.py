"""A pinned environment of their own for the peers the benchmarks compare against.

hypothesis-jsonschema 0.23.1 fails on Hypothesis >= 6.170.10 (``'many' object has no
attribute 'more'``), and our own code and tests use the newest Hypothesis. So the peers run
in a separate venv under ``.benchmarks/peers`` (created on first use, reused while the pins
and ``pyproject.toml`` are unchanged) with a constraints file that holds Hypothesis back, and
the benchmark talks to it through a subprocess running the same module with ``--in-process``,
over the same protocol: a JSON file of results. Our own figures never depend on it: a peer that
cannot run is reported as such.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".benchmarks" / "peers"
CONSTRAINTS = ("hypothesis>=6.100,<6.170.10",)
"""What the peers need held back (hypothesis-jsonschema 0.23.1 breaks on 6.170.10)."""
REQUIREMENTS = ("hypothesis-jsonschema==0.23.1", "polyfactory>=2.15", "novu-py==1.0.0")
INSTALL_TIMEOUT = 900
RUN_TIMEOUT = 3600


def _stamp() -> str:
    # pyproject.toml too: the venv holds an editable install of this project, whose entry points
    # (the pytest plugin, the Hypothesis hook) go stale when they move.
    pins = "\n".join(CONSTRAINTS + REQUIREMENTS).encode()
    return hashlib.sha256(pins + (ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]


def _python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _pip_install(constraints: Path) -> list[str]:
    return [str(_python()), "-m", "pip", "install", "--quiet", "-c", str(constraints)]


def peer_python() -> Path | str:
    """The peers' interpreter, created if needed; or why it could not be made (a sentence)."""
    stamp_file = VENV / "novu-contracts-peers.stamp"
    if _python().exists() and stamp_file.exists() and stamp_file.read_text() == _stamp():
        return _python()
    print(f"(creating the peers' pinned environment in {VENV}: {', '.join(CONSTRAINTS)})", flush=True)
    try:
        subprocess.run(
            [sys.executable, "-m", "venv", "--clear", str(VENV)], check=True, capture_output=True, timeout=300
        )
        constraints = VENV / "constraints.txt"
        constraints.write_text("\n".join(CONSTRAINTS) + "\n")
        subprocess.run(
            [*_pip_install(constraints), "-e", str(ROOT), *REQUIREMENTS],
            check=True,
            capture_output=True,
            timeout=INSTALL_TIMEOUT,
        )
    except (OSError, subprocess.SubprocessError) as error:
        detail = getattr(error, "stderr", b"") or b""
        last = detail.decode(errors="replace").strip().splitlines()[-1:] if detail else []
        return f"could not create {VENV}: {error}" + (f" ({last[0]})" if last else "")
    stamp_file.write_text(_stamp())
    return _python()


def run_in_peer_env(module: str, arguments: list[str]) -> Any:
    """Run ``python -m module --in-process --json-out FILE arguments`` in the peers' venv; its JSON.

    Returns the decoded JSON, or a string saying why the peers could not run.
    """
    python = peer_python()
    if isinstance(python, str):
        return python
    with tempfile.TemporaryDirectory() as directory:
        out = Path(directory) / "result.json"
        try:
            finished = subprocess.run(
                [str(python), "-m", module, "--in-process", "--json-out", str(out), *arguments],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=RUN_TIMEOUT,
            )
        except (OSError, subprocess.SubprocessError) as error:
            return f"the peers' run failed: {error}"
        if finished.returncode != 0 or not out.exists():
            lines = (finished.stderr or finished.stdout).strip().splitlines()
            return (
                f"the peers' run failed (exit {finished.returncode}): {lines[-1] if lines else 'no output'}"
            )
        return json.loads(out.read_text())
