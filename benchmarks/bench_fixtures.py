"""Fixture writing speed: ``novu-contracts generate`` for N valid payloads, against drawing them alone.

    python -m benchmarks.bench_fixtures [--count 10000] [--format json|jsonl]

Prints fixtures written per second and the ratio of generate time to the pure draw time
(the same generator, the same seeds, no files): writing should not dominate.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from strategies import _fixture_writer as fixtures
from strategies._generate import integration_payload
from strategies._profile import make_profile
from strategies._source import RandomSource


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--format", choices=("json", "jsonl"), default="json")
    args = parser.parse_args()
    profile = make_profile()

    start = time.perf_counter()
    for index in range(args.count):
        integration_payload(RandomSource(f"0:valid:{index}"), profile)
    draw_seconds = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as directory:
        request = fixtures.Request(
            out=Path(directory) / "out", count=args.count, kinds=("valid",), format=args.format
        )
        start = time.perf_counter()
        fixtures.generate(request)
        generate_seconds = time.perf_counter() - start
        size = sum(path.stat().st_size for path in request.out.rglob("*") if path.is_file())

    print(f"{args.count} valid fixtures, --format {args.format}, {size / 1e6:.1f} MB written")
    print(f"  draw only:  {draw_seconds:7.2f} s  {args.count / draw_seconds:9,.0f} payloads/s")
    print(f"  generate:   {generate_seconds:7.2f} s  {args.count / generate_seconds:9,.0f} fixtures/s")
    print(f"  generate / draw time: {generate_seconds / draw_seconds:.2f}  (writing should not dominate)")


if __name__ == "__main__":
    main()
