"""Cost of the pytest plugin: ``pytest --collect-only`` on 200 trivial tests, with and without it.

    python -m benchmarks.bench_plugin_import [--runs 15]

Runs alternate (with, without, with, ...) so machine noise hits both sides alike;
the medians are compared. Target: under 5% overhead.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TESTS = 200


def _make_repo(root: Path) -> None:
    body = "\n\n".join(
        f"def test_{index}() -> None:\n    assert {index} == {index}" for index in range(TESTS)
    )
    (root / "test_trivial.py").write_text(body + "\n")
    (root / "pytest.ini").write_text("[pytest]\n")


def _time(root: Path, extra: list[str]) -> float:
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *extra]
    start = time.perf_counter()
    subprocess.run(command, cwd=root, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        _make_repo(root)
        with_plugin: list[float] = []
        without_plugin: list[float] = []
        _time(root, [])  # warm the file system cache
        for _ in range(args.runs):
            with_plugin.append(_time(root, []))
            without_plugin.append(_time(root, ["-p", "no:novu_contracts"]))
    on, off = statistics.median(with_plugin), statistics.median(without_plugin)
    print(f"pytest --collect-only, {TESTS} trivial tests, median of {args.runs} runs each")
    print(f"  with the plugin:        {on * 1000:8.1f} ms")
    print(f"  with -p no:novu_contracts: {off * 1000:5.1f} ms")
    print(f"  overhead:               {(on / off - 1) * 100:+8.1f} %   (target: under 5 %)")


if __name__ == "__main__":
    main()
