"""Valid payloads generated per second: our strategies against hypothesis-jsonschema and polyfactory.

Run ``python -m benchmarks.bench_generation [--examples 300] [--rounds 3] [--seed 0]``.

Every Hypothesis-driven source is timed the same way: one ``@given`` test with
``max_examples=--examples``, ``phases=[Phase.generate]``, ``database=None``, ``deadline=None``
and a fixed seed, whose body only keeps the payload; the wall time of the whole run counts.
Sources (the same as ``benchmarks.bench_bug_finding``):

- ``ours``: ``strategies.integration_payloads()``;
- ``hypothesis-jsonschema``: ``from_schema(contracts.json_schema())``;
- ``polyfactory``: novu-py's ``IntegrationResponseDto`` ``ModelFactory``, one instance per example
  from a seed Hypothesis draws, dumped to the wire dict.

For reference, without Hypothesis: ``strategies.sample_payloads`` (seeded ``random.Random``) and a
plain loop of polyfactory ``build()`` calls after one ``seed_random``.

After timing, every payload is checked with ``contracts.check``: only valid payloads count.
Each source gets one untimed warm-up run. Then ``--rounds`` rounds run, round ``i`` with seed
``--seed + i`` for every source (the cost of a run depends on the seed), one run of each source
per round so that load on the machine spreads over all of them; a rate is the total of valid
payloads over the total time of all rounds. The rate is by wall time; the rate by CPU time of
this process is printed beside it, since it is less sensitive to other processes competing for
the machine.

Targets: ours >= 20x hypothesis-jsonschema, and ahead of polyfactory.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from typing import Any

import hypothesis
from hypothesis import given
from hypothesis import strategies as st

import contracts
import strategies
from benchmarks.bench_bug_finding import NovuIntegrationFactory, run_settings, sources

Payload = dict[str, Any]
Generator = Callable[[int, int], list[Payload]]
"""``(seed, count) -> payloads``."""

OURS = "ours"
JSONSCHEMA = "hypothesis-jsonschema"
POLYFACTORY = "polyfactory"
SAMPLE = "ours: strategies.sample_payloads (no Hypothesis)"
POLY_LOOP = "polyfactory: build() loop (no Hypothesis)"

# (numerator, denominator, target ratio or None)
RATIOS: tuple[tuple[str, str, float | None], ...] = (
    (OURS, JSONSCHEMA, 20.0),
    (OURS, POLYFACTORY, 1.0),
    (SAMPLE, POLY_LOOP, None),
    (SAMPLE, OURS, None),
)


def through_hypothesis(strategy: st.SearchStrategy[Payload]) -> Generator:
    def generate(seed: int, count: int) -> list[Payload]:
        payloads: list[Payload] = []

        @run_settings(count)
        @hypothesis.seed(seed)
        @given(strategy)
        def body(payload: Payload) -> None:
            payloads.append(payload)

        body()
        return payloads

    return generate


def polyfactory_loop(seed: int, count: int) -> list[Payload]:
    NovuIntegrationFactory.seed_random(seed)
    return [
        NovuIntegrationFactory.build().model_dump(by_alias=True, exclude_none=True, mode="json")
        for _ in range(count)
    ]


def generators() -> dict[str, Generator]:
    by_source = {name: through_hypothesis(strategy) for name, strategy in sources().items()}
    return {
        OURS: by_source["ours"],
        JSONSCHEMA: by_source["hypothesis-jsonschema"],
        POLYFACTORY: by_source["polyfactory"],
        SAMPLE: strategies.sample_payloads,
        POLY_LOOP: polyfactory_loop,
    }


def count_valid(payloads: Sequence[Payload]) -> int:
    return sum(
        not any(v.severity is contracts.Severity.ERROR for v in contracts.check(payload))
        for payload in payloads
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--examples", type=int, default=300, help="payloads per run (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, seeds seed..seed+N-1 (default 3)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(
        f"Python {sys.version.split()[0]}, hypothesis {version('hypothesis')},"
        f" hypothesis-jsonschema {version('hypothesis-jsonschema')}, polyfactory {version('polyfactory')},"
        f" novu-py {version('novu-py')}"
    )
    seeds = list(range(args.seed, args.seed + args.rounds))
    print(f"{args.examples} payloads per run, one run per seed {seeds}, generate phase only")
    funcs = generators()
    for generate in funcs.values():
        generate(args.seed + args.rounds, 10)  # warm-up: strategy construction, caches, imports
    wall = dict.fromkeys(funcs, 0.0)
    cpu = dict.fromkeys(funcs, 0.0)
    total = dict.fromkeys(funcs, 0)
    valid = dict.fromkeys(funcs, 0)
    for seed in seeds:
        for name, generate in funcs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            payloads = generate(seed, args.examples)
            wall[name] += time.perf_counter() - start
            cpu[name] += time.process_time() - start_cpu
            total[name] += len(payloads)
            valid[name] += count_valid(payloads)
    rate = {name: valid[name] / wall[name] for name in funcs}
    rate_cpu = {name: valid[name] / cpu[name] for name in funcs}
    width = max(map(len, funcs))
    print(f"\n  {'generator':<{width}}  {'payloads':>8}  {'valid':>6}  {'valid/s':>9}  {'valid/cpu-s':>11}")
    for name in funcs:
        counts = f"{total[name]:>8}  {valid[name]:>6}"
        print(f"  {name:<{width}}  {counts}  {rate[name]:>9.1f}  {rate_cpu[name]:>11.1f}")
    print()
    for numerator, denominator, target in RATIOS:
        ratio = rate[numerator] / rate[denominator]
        cpu_ratio = rate_cpu[numerator] / rate_cpu[denominator]
        verdict = ""
        if target is not None:
            verdict = f"  (target >= {target:g}x: {'met' if ratio >= target else 'MISSED'})"
        print(f"  {numerator} / {denominator}: {ratio:.1f}x (by CPU time {cpu_ratio:.1f}x){verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
