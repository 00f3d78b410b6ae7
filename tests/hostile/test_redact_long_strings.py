"""Secret formats stay linear on hostile strings: long runs built to make regexes backtrack.

The subprocess timeout only guards against a hang (a cubic search on these takes hours);
no test measures time.
"""

from __future__ import annotations

import json
from pathlib import Path

from contracts._redact import redact
from tests.fixtures._helpers import run_cli

# Each repeats a format's prefix without ever completing it (or completes it only at the very end).
UNITS = [
    "://:",
    "://a:",
    "eyJ",
    "eyJa.",
    "nvsk.a",
    "SG.",
    "sk-",
    "BEGIN ",
    "password",
    "token=",
    "xoxb-",
    "Bearer ",
    "aws key ",
    "1234567890",
    "Maaaaaaaaaaaaaaaaaaaaaaaaaa.",
    "a" * 31 + "-us",
    "ACa",
    "aA1+/",
]
SIZE = 400_000  # quadratic searches take minutes here, linear ones seconds


def test_redacting_long_hostile_strings_finishes(tmp_path: Path) -> None:
    document: dict[str, object] = {
        f"field{index}": unit * (SIZE // len(unit)) for index, unit in enumerate(UNITS)
    }
    document["keys"] = {unit * (SIZE // len(unit)): 1 for unit in UNITS[:4]}
    path = tmp_path / "long.json"
    path.write_text(json.dumps(document), "utf-8")
    result = run_cli("redact", path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == redact(document)[0]
