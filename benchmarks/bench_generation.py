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

For reference, without Hypothesis: ``strategies.sample_examples`` (seeded ``random.Random``) and a
plain loop of polyfactory ``build()`` calls after one ``seed_random``.

The peers run in their own pinned venv (``benchmarks._peers``: hypothesis-jsonschema 0.23.1
needs Hypothesis < 6.170.10), one subprocess per round over the same protocol, so our own
generator is timed on the Hypothesis our users get; ``--in-process`` times them here instead.
A peer that cannot run is reported, and our figures still print.

After timing, every payload is checked with ``contracts.check``: only valid payloads count.
Each source gets one untimed warm-up run per round. ``--rounds`` rounds run, round ``i`` with seed
``--seed + i`` for every source (the cost of a run depends on the seed), one run of each source
per round so that load on the machine spreads over all of them; a rate is the total of valid
payloads over the total time of all rounds. The rate is by wall time; the rate by CPU time of
this process is printed beside it, since it is less sensitive to other processes competing for
the machine.

The peers' venv also times ours (``ours, on the peers' Hypothesis``): the same Hypothesis release
on both sides of that ratio, so a faster or slower Hypothesis cannot make it.

Targets: ours >= 20x hypothesis-jsonschema (on our Hypothesis and on theirs), and ahead of polyfactory.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import hypothesis
from hypothesis import given
from hypothesis import strategies as st

import contracts
import strategies
from benchmarks._peers import run_in_peer_env
from benchmarks._sources import novu_integration_factory, run_settings, source, versions_line

Payload = dict[str, Any]
Generator = Callable[[int, int], list[Payload]]
"""``(seed, count) -> payloads``."""

OURS = "ours"
JSONSCHEMA = "hypothesis-jsonschema"
POLYFACTORY = "polyfactory"
SAMPLE = "ours: strategies.sample_examples (no Hypothesis)"
POLY_LOOP = "polyfactory: build() loop (no Hypothesis)"
OURS_BESIDE_PEERS = "ours, on the peers' Hypothesis"
PEER_GENERATORS = (JSONSCHEMA, POLYFACTORY, POLY_LOOP)

# (numerator, denominator, target ratio or None)
RATIOS: tuple[tuple[str, str, float | None], ...] = (
    (OURS, JSONSCHEMA, 20.0),
    (OURS_BESIDE_PEERS, JSONSCHEMA, 20.0),
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
    factory = novu_integration_factory()
    factory.seed_random(seed)
    return [factory.build().model_dump(by_alias=True, exclude_none=True, mode="json") for _ in range(count)]


def generator(name: str) -> Generator:
    if name == SAMPLE:
        return strategies.sample_examples
    if name == POLY_LOOP:
        return polyfactory_loop
    return through_hypothesis(source(name))


def count_valid(payloads: Sequence[Payload]) -> int:
    return sum(
        not any(v.severity is contracts.Severity.ERROR for v in contracts.check(payload))
        for payload in payloads
    )


Timing = dict[str, float]
"""``wall``, ``cpu`` (seconds), ``total``, ``valid`` (payloads) of one or more runs."""


def time_round(names: Sequence[str], seed: int, examples: int) -> dict[str, Timing | str]:
    """One timed run of each generator in this interpreter (each warmed up once, untimed)."""
    timings: dict[str, Timing | str] = {}
    for name in names:
        try:
            generate = generator(name)
            generate(seed + 10_000, 10)  # warm-up: strategy construction, caches, imports
            start, start_cpu = time.perf_counter(), time.process_time()
            payloads = generate(seed, examples)
            wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
        except Exception as error:  # a peer broken in this environment: reported, not fatal
            if name in (OURS, SAMPLE):
                raise
            timings[name] = f"could not run here: {type(error).__name__}: {error}"
            continue
        timings[name] = {"wall": wall, "cpu": cpu, "total": len(payloads), "valid": count_valid(payloads)}
    return timings


def time_peers_apart(names: Sequence[str], seed: int, examples: int) -> tuple[dict[str, Timing | str], str]:
    """One timed round of the peers in their own pinned venv (``benchmarks._peers``), with ours there
    too (``OURS_BESIDE_PEERS``: the same Hypothesis as the peers); and that venv's versions line."""
    arguments = [f"--only={name}" for name in (*names, OURS)] + [f"--seed={seed}", f"--examples={examples}"]
    answer = run_in_peer_env("benchmarks.bench_generation", arguments)
    if isinstance(answer, str):
        return dict.fromkeys((*names, OURS_BESIDE_PEERS), answer), ""
    timings: dict[str, Timing | str] = answer["timings"]
    timings[OURS_BESIDE_PEERS] = timings.pop(OURS)
    return timings, str(answer["versions"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--examples", type=int, default=300, help="payloads per run (default 300)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, seeds seed..seed+N-1 (default 3)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="time the peers in this interpreter too (default: in their own pinned venv)",
    )
    # The peers' subprocess protocol: one round of the named generators, timings as JSON.
    parser.add_argument("--only", action="append", help=argparse.SUPPRESS)
    parser.add_argument("--json-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.json_out is not None:
        timings = time_round(args.only or PEER_GENERATORS, args.seed, args.examples)
        args.json_out.write_text(json.dumps({"versions": versions_line(), "timings": timings}))
        return 0
    print(versions_line())
    seeds = list(range(args.seed, args.seed + args.rounds))
    print(f"{args.examples} payloads per run, one run per seed {seeds}, generate phase only")
    names = [OURS, JSONSCHEMA, POLYFACTORY, SAMPLE, POLY_LOOP]
    if not args.in_process:
        names.insert(1, OURS_BESIDE_PEERS)
    peer_versions = ""
    totals: dict[str, Timing] = {
        name: dict.fromkeys(("wall", "cpu", "total", "valid"), 0.0) for name in names
    }
    failed: dict[str, str] = {}
    for seed in seeds:
        here = names if args.in_process else [OURS, SAMPLE]
        rounds = time_round(here, seed, args.examples)
        if not args.in_process:
            apart, peer_versions = time_peers_apart(PEER_GENERATORS, seed, args.examples)
            rounds |= apart
        for name, timing in rounds.items():
            if isinstance(timing, str):
                failed[name] = timing
            else:
                for key, value in timing.items():
                    totals[name][key] += value
    rate = {n: t["valid"] / t["wall"] for n, t in totals.items() if n not in failed and t["wall"]}
    rate_cpu = {n: t["valid"] / t["cpu"] for n, t in totals.items() if n not in failed and t["cpu"]}
    if peer_versions:
        print(f"the peers' venv: {peer_versions}")
    width = max(map(len, names))
    print(f"\n  {'generator':<{width}}  {'payloads':>8}  {'valid':>6}  {'valid/s':>9}  {'valid/cpu-s':>11}")
    for name in names:
        if name in failed:
            print(f"  {name:<{width}}  did not run: {failed[name]}")
            continue
        counts = f"{int(totals[name]['total']):>8}  {int(totals[name]['valid']):>6}"
        print(f"  {name:<{width}}  {counts}  {rate[name]:>9.1f}  {rate_cpu[name]:>11.1f}")
    print()
    for numerator, denominator, target in RATIOS:
        if numerator not in rate or denominator not in rate:
            absent = " and ".join(name for name in (numerator, denominator) if name not in rate)
            print(f"  {numerator} / {denominator}: not measured ({absent} did not run)")
            continue
        ratio = rate[numerator] / rate[denominator]
        cpu_ratio = rate_cpu[numerator] / rate_cpu[denominator]
        verdict = ""
        if target is not None:
            verdict = f"  (target >= {target:g}x: {'met' if ratio >= target else 'MISSED'})"
        print(f"  {numerator} / {denominator}: {ratio:.1f}x (by CPU time {cpu_ratio:.1f}x){verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
