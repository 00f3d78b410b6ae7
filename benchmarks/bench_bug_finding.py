"""How fast each payload generator finds consumer bugs, over the suites of ``tests.consumers.suites``.

Run ``python -m benchmarks.bench_bug_finding [--seeds 5] [--examples 100] [--source NAME]...
[--suite NAME]... [--separate] [--isolated]``.

Suites:

- ``designed`` (``tests.consumers.bugs``): the bugs the generator was designed around;
- ``services`` (``tests.consumers.services``): realistic consumers each given one plausible
  mistake, written apart from the generator's tables, the way the held-out suites are written;
- every other suite of ``tests.consumers.suites.SUITES`` (``operations``, ..., ``iac``): written
  that way from the contract documents alone, by authors who never saw the generator, and first
  measured after it was built (since then they are seen, so no longer held out).

Every suite is imported into one process. By default the providers and ids ``ours`` favours as
named by the code under test (``strategies._named``) are those of the code the running test reaches
(``strategies._reach``): the suite's consumers, which one run's test calls. With a Hypothesis that
does not say which test runs (older than 6.135), they are those all the suites name: more than one
service's code would. ``--isolated`` scopes them to each suite's own module, as in a service whose
tests import only its own code (Hypothesis' own pool of literals still holds every module's).

Sources (each a Hypothesis strategy of wire dicts):

- ``ours``: ``strategies.integration_payloads()``;
- ``hypothesis-jsonschema``: ``from_schema(contracts.json_schema())``;
- ``polyfactory``: a ``ModelFactory`` over novu-py's ``IntegrationResponseDto``, seeded by a
  seed Hypothesis draws (one instance per example), dumped with ``by_alias=True,
  exclude_none=True, mode="json"`` to a wire dict.

For every source and seed, one ``@given`` run generates ``--examples`` examples
(``phases=[Phase.generate]``, ``database=None``, ``deadline=None``) and calls every buggy
consumer and every fixed control on each example, recording the index (1-based) of the first
example each one fails on: one test of a whole module of consumers. The test body itself never
fails, so for the peers the examples generated are exactly those a separate run per consumer would
see up to its first failure (in the generate phase Hypothesis' choices depend on the outcomes only
once an example fails). ``--separate`` runs each buggy consumer in its own ``@given`` run instead:
one test per consumer, in which ours favours what that consumer names, not what all of its suite
does (``benchmarks.bench_pytest_cases`` does the same under pytest).

A bug not found within ``--examples`` counts as ``--examples + 1``. A control that fails on some
seed is a false alarm (and is reported as such even if the failing payload is contract-invalid,
which is also counted).

Targets for ``ours``: every bug found on every seed, no false alarm, and a mean number of
examples to first failure of at most 5 on ``designed`` and ``services``, at most 10 (the
held-out goal) on the other sixteen.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs
import hypothesis
from hypothesis import given
from hypothesis import strategies as st

from benchmarks._peers import run_in_peer_env
from benchmarks._sources import (
    OURS,
    SOURCE_NAMES,
    Payload,
    is_valid,
    run_settings,
    source,
    versions_line,
)
from strategies import _named
from tests.consumers.bugs import ConsumerCase
from tests.consumers.suites import IN_REPO, SUITES

TARGET_MEAN: dict[str, float] = {suite: 5.0 if suite in IN_REPO else 10.0 for suite in SUITES}
"""Ours, per suite: at most 5 on the two in-repo suites, the held-out goal (10) on the rest."""


@attrs.define
class SeedRun:
    """First failing example of every consumer in one run (``None``: never failed)."""

    first_bug: dict[str, int | None]
    first_alarm: dict[str, int | None]
    alarm_on_invalid: dict[str, bool]
    examples: int


def run_together(
    strategy: st.SearchStrategy[Payload], cases: Sequence[ConsumerCase], seed: int, examples: int
) -> SeedRun:
    """One run of ``examples`` examples, every buggy and fixed consumer called on each."""
    run = SeedRun(
        first_bug=dict.fromkeys((c.name for c in cases), None),
        first_alarm=dict.fromkeys((c.name for c in cases), None),
        alarm_on_invalid=dict.fromkeys((c.name for c in cases), False),
        examples=0,
    )

    @run_settings(examples)
    @hypothesis.seed(seed)
    @given(strategy)
    def body(payload: Payload) -> None:
        run.examples += 1
        for case in cases:
            if run.first_bug[case.name] is None and _fails(case.buggy, payload):
                run.first_bug[case.name] = run.examples
            if run.first_alarm[case.name] is None and _fails(case.fixed, payload):
                run.first_alarm[case.name] = run.examples
                run.alarm_on_invalid[case.name] = not is_valid(payload)

    body()
    return run


def _fails(consumer: Callable[[Payload], object], payload: Payload) -> bool:
    try:
        consumer(payload)
    except Exception:
        return True
    return False


def run_separately(
    strategy: st.SearchStrategy[Payload], case: ConsumerCase, seed: int, examples: int
) -> int | None:
    """The 1-based index of the first example the buggy consumer fails on, in its own run."""
    count = 0
    first: int | None = None

    @run_settings(examples)
    @hypothesis.seed(seed)
    @given(strategy)
    def body(payload: Payload) -> None:
        nonlocal count, first
        count += 1
        try:
            case.buggy(payload)
        except Exception:
            if first is None:
                first = count
            raise

    with contextlib.suppress(Exception):  # the failure is the measurement
        body()
    return first


@attrs.define
class SourceResult:
    name: str
    examples: int
    per_bug: dict[str, list[int]]
    """Examples to first failure per seed; ``examples + 1`` for a miss."""
    alarms: dict[str, int]
    """Seeds on which the control failed."""
    alarms_invalid: int
    seconds: float

    @property
    def miss(self) -> int:
        return self.examples + 1

    def found_every_seed(self, bug: str) -> bool:
        return all(n <= self.examples for n in self.per_bug[bug])

    @property
    def mean(self) -> float:
        return statistics.fmean(n for counts in self.per_bug.values() for n in counts)


@contextlib.contextmanager
def names_of(cases: Sequence[ConsumerCase]) -> Iterator[None]:
    """Ours favours only the providers the suite's own module names, as in a service importing only it.

    Hypothesis' own pool of literals still holds every imported module's: only ``strategies._named``
    is scoped (the one place where what is imported changes our generator).
    """
    modules = {sys.modules[case.buggy.__module__] for case in cases}
    ids = frozenset().union(*(_named._module_literals(module) for module in modules))
    saved = _named.named_literals
    _named.named_literals = lambda: ids
    try:
        yield
    finally:
        _named.named_literals = saved


def measure(
    name: str,
    cases: Sequence[ConsumerCase],
    seeds: Sequence[int],
    examples: int,
    *,
    separate: bool,
    isolated: bool = False,
) -> SourceResult:
    if isolated and name == OURS:
        with names_of(cases):
            return measure(name, cases, seeds, examples, separate=separate)
    strategy = source(name)
    result = SourceResult(
        name=name,
        examples=examples,
        per_bug={case.name: [] for case in cases},
        alarms={case.name: 0 for case in cases},
        alarms_invalid=0,
        seconds=0.0,
    )
    start = time.perf_counter()
    for seed in seeds:
        run = run_together(strategy, cases, seed, examples)
        for case in cases:
            first = run.first_bug[case.name]
            if separate:
                alone = run_separately(strategy, case, seed, examples)
                if alone != first:
                    print(f"  note: {name} seed {seed} {case.name}: together {first}, alone {alone}")
                first = alone
            result.per_bug[case.name].append(first if first is not None else result.miss)
            if run.first_alarm[case.name] is not None:
                result.alarms[case.name] += 1
                result.alarms_invalid += run.alarm_on_invalid[case.name]
    result.seconds = time.perf_counter() - start
    return result


def print_result(result: SourceResult, seeds: int) -> None:
    found = sum(result.found_every_seed(bug) for bug in result.per_bug)
    alarms = sum(result.alarms.values())
    print(f"\n== {result.name} ({result.seconds:.1f} s)")
    print(f"bugs found on every seed: {found} of {len(result.per_bug)}")
    print(f"mean examples to first failure: {result.mean:.2f} (a miss counts as {result.miss})")
    invalid = f" ({result.alarms_invalid} on contract-invalid payloads)" if result.alarms_invalid else ""
    print(f"false alarms (control failed, runs of {len(result.per_bug) * seeds}): {alarms}{invalid}")
    width = max(len(bug) for bug in result.per_bug)
    print(f"  {'bug':<{width}}  found  mean   per seed  | control alarms")
    for bug, counts in result.per_bug.items():
        hits = sum(n <= result.examples for n in counts)
        per_seed = " ".join("miss" if n > result.examples else str(n) for n in counts)
        print(
            f"  {bug:<{width}}  {hits}/{len(counts)}  {statistics.fmean(counts):6.1f}  {per_seed}"
            f"  | {result.alarms[bug]}"
        )


def print_summary(suite: str, results: Sequence[SourceResult | str]) -> bool:
    """The summary table of one suite; whether ours met its targets."""
    print(f"\nsummary: suite {suite}")
    count = len(SUITES[suite])
    print(f"  {'source':<22} {'found/' + str(count):>8} {'mean':>7} {'alarms':>6}")
    for result in results:
        if isinstance(result, str):
            print(f"  {result.partition(':')[0]:<22} did not run")
            continue
        found = sum(result.found_every_seed(bug) for bug in result.per_bug)
        alarms = sum(result.alarms.values())
        print(f"  {result.name:<22} {found:>5}/{count:<2} {result.mean:>7.2f} {alarms:>6}")
    ours = next((r for r in results if isinstance(r, SourceResult) and r.name == OURS), None)
    if ours is None:
        return True
    met = (
        all(ours.found_every_seed(bug) for bug in ours.per_bug)
        and ours.mean <= TARGET_MEAN[suite]
        and not sum(ours.alarms.values())
    )
    verdict = "met" if met else "MISSED"
    target = TARGET_MEAN[suite]
    print(f"  targets for ours (all found on every seed, mean <= {target:g}, no alarm): {verdict}")
    return met


def measure_here(
    names: Sequence[str],
    suites: Sequence[str],
    seeds: Sequence[int],
    examples: int,
    *,
    separate: bool,
    isolated: bool = False,
) -> dict[str, list[SourceResult | str]]:
    """Every source of ``names`` on every suite, in this interpreter; a source that fails says why."""
    by_suite: dict[str, list[SourceResult | str]] = {}
    for suite in suites:
        results: list[SourceResult | str] = []
        for name in names:
            try:
                results.append(
                    measure(name, SUITES[suite], seeds, examples, separate=separate, isolated=isolated)
                )
            except Exception as error:  # a peer broken in this environment: reported, not fatal
                if name == OURS:
                    raise
                results.append(f"{name}: could not run here: {type(error).__name__}: {error}")
        by_suite[suite] = results
    return by_suite


def measure_peers_apart(
    names: Sequence[str], suites: Sequence[str], seeds: Sequence[int], examples: int
) -> dict[str, list[SourceResult | str]]:
    """The peers, measured in their own pinned venv (``benchmarks._peers``) over the same protocol."""
    arguments = [f"--seeds={len(seeds)}", f"--examples={examples}"]
    arguments += [f"--source={name}" for name in names] + [f"--suite={suite}" for suite in suites]
    answer = run_in_peer_env("benchmarks.bench_bug_finding", arguments)
    if isinstance(answer, str):
        return {suite: [f"{name}: {answer}" for name in names] for suite in suites}
    print(f"(peers measured in their own environment: {answer['versions']})")
    return {
        suite: [SourceResult(**item) if isinstance(item, dict) else item for item in answer["results"][suite]]
        for suite in suites
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seeds", type=int, default=5, help="seeds 0..N-1 (default 5)")
    parser.add_argument("--examples", type=int, default=100, help="examples per run (default 100)")
    parser.add_argument("--source", action="append", choices=SOURCE_NAMES, help="default: all")
    parser.add_argument("--suite", action="append", choices=list(SUITES), help="default: all")
    parser.add_argument("--separate", action="store_true", help="one run per buggy consumer")
    parser.add_argument(
        "--isolated",
        action="store_true",
        help="ours favours only the providers and ids each suite's own module names, as a service"
        " importing only its own code would (default: those all the suites name, as in one process)",
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="measure the peers in this interpreter too (default: in their own pinned venv)",
    )
    parser.add_argument("--json-out", type=Path, help=argparse.SUPPRESS)  # the peers' subprocess protocol
    args = parser.parse_args(argv)
    seeds = list(range(args.seeds))
    names = args.source or list(SOURCE_NAMES)
    suites = args.suite or list(SUITES)
    print(versions_line())
    scope = "each suite's own module" if args.isolated else "what each suite's test reaches"
    print(f"seeds {seeds}, {args.examples} examples per run, generate phase only")
    print(f"providers and ids favoured by ours as named by the code: {scope} (see --isolated)")
    here = names if args.in_process else [name for name in names if name == OURS]
    apart = [] if args.in_process else [name for name in names if name != OURS]
    by_suite = measure_here(
        here, suites, seeds, args.examples, separate=args.separate, isolated=args.isolated
    )
    if apart:
        for suite, results in measure_peers_apart(apart, suites, seeds, args.examples).items():
            by_suite[suite] += results
    if args.json_out is not None:
        results_json = {
            suite: [attrs.asdict(r) if isinstance(r, SourceResult) else r for r in results]
            for suite, results in by_suite.items()
        }
        args.json_out.write_text(json.dumps({"versions": versions_line(), "results": results_json}))
        return 0
    for suite, results in by_suite.items():
        print(f"\n#### suite {suite}: {len(SUITES[suite])} bugs")
        for result in results:
            if isinstance(result, str):
                print(f"\n== {result}")
            else:
                print_result(result, len(seeds))
    for suite, results in by_suite.items():
        print_summary(suite, results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
