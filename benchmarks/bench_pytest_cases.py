"""How fast ``integration_payloads()`` finds the consumer bugs under pytest, one test per case.

Run ``python -m benchmarks.bench_pytest_cases [--seeds 5] [--examples 100] [--suite NAME]...``.

``benchmarks.bench_bug_finding`` times every generator in one process, one ``@given`` run calling a
suite's consumers together (or, ``--separate``, one run each). Here each seed is a ``python -m
pytest`` run of ``benchmarks/_pytest_cases.py``, the plugin loaded by its entry point as in a user's
repository: every case is a parametrized ``@given`` test that stops at its first failure. What ours
favours then comes from the test's arguments (the case pytest passes), which the plugin hands over.
Ours only: the peers favour nothing, so their figures are those of ``bench_bug_finding``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tests.consumers.suites import IN_REPO, SUITES

HARNESS = Path(__file__).with_name("_pytest_cases.py")
ROOT = HARNESS.parent.parent
TIMEOUT = 3600
# Suites per pytest run: a session of the 1,300-odd failing cases at once ran into RecursionErrors
# inside Hypothesis' own setup after about 900 of them (6.155.2), every case after that failing on
# it; a test module holds one service's consumers, not all of them.
SUITES_PER_RUN = 8


def first_failures(suites: Sequence[str], seed: int, examples: int) -> dict[str, int]:
    """Each case's first failing example in one pytest run (``examples + 1``: not found)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "first.json"
        env = {
            **os.environ,
            "BENCH_SUITES": ",".join(suites),
            "BENCH_SEED": str(seed),
            "BENCH_EXAMPLES": str(examples),
            "BENCH_OUT": str(out),
        }
        command = [
            sys.executable,
            "-m",
            "pytest",
            str(HARNESS),
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
        ]
        run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT)
        if not out.exists():
            raise SystemExit(
                f"seed {seed}: the pytest run wrote no results\n{run.stdout[-2000:]}{run.stderr[-2000:]}"
            )
        found: dict[str, int] = json.loads(out.read_text(encoding="utf-8"))
        return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, default=5, help="seeds 0..N-1, one pytest run each (default 5)")
    parser.add_argument("--examples", type=int, default=100, help="max_examples per case (default 100)")
    parser.add_argument(
        "--suite", action="append", choices=sorted(SUITES), metavar="NAME", help="a suite (default: all)"
    )
    args = parser.parse_args(argv)
    suites = args.suite or list(SUITES)
    per_case: dict[str, list[int]] = {}
    for seed in range(args.seeds):
        for start in range(0, len(suites), SUITES_PER_RUN):
            chunk = suites[start : start + SUITES_PER_RUN]
            for name, first in first_failures(chunk, seed, args.examples).items():
                per_case.setdefault(name, []).append(first)
    meeting = []
    for suite in suites:
        counts = [per_case[case.name] for case in SUITES[suite]]
        found = sum(all(n <= args.examples for n in seeds) for seeds in counts)
        mean = statistics.fmean(n for seeds in counts for n in seeds)
        target = 5.0 if suite in IN_REPO else 10.0
        met = found == len(counts) and mean <= target
        meeting.append(met)
        missed = [
            case.name for case, seeds in zip(SUITES[suite], counts, strict=True) if max(seeds) > args.examples
        ]
        print(
            f"{suite:14s} {found}/{len(counts)} found on every seed, mean {mean:6.2f}"
            f"{'' if met else '  (target missed)'}{'  missed: ' + ', '.join(missed) if missed else ''}"
        )
    print(
        f"suites meeting their target: {sum(meeting)} of {len(suites)} "
        f"({args.seeds} seeds x {args.examples} examples, one pytest test per case)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
