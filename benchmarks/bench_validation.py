"""Payloads per second of ``contracts.check`` and ``contracts.parse`` against other validators.

Run ``python -m benchmarks.bench_validation [--count 4000] [--seed 0] [--repeats 7] [--corpus NAME]``;
``--profile check|parse`` prints the top of a cProfile run instead of timing.

Every validator is called once per payload on each corpus of ``benchmarks.validation_corpora``
(real-server-shaped payloads, small payloads rich in unknown keys, ``strategies.sample_examples``
output; all valid). Before any timing each corpus is asserted valid for every validator, and each
validator gets one warm-up pass. Timed passes over slices of 500 payloads then run round-robin
(one pass of each validator per round) so that drift of the machine spreads over all of them,
every other round in reverse order so that none always runs right after the same one; per
slice the best pass of each counts, and the slices add up. Time is this thread's CPU time
(``time.thread_time``), so that other processes on a shared machine count less. As ``timeit``
does, the garbage collector is off during a timed pass (``--gc`` keeps it on).

Targets, on every corpus: ``check`` (default settings) at least 1.5x fastjsonschema's compiled
validator, and ``parse`` at least as fast as novu-py's pydantic
``IntegrationResponseDto.model_validate``.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import platform
import pstats
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from typing import Any

import fastjsonschema
import jsonschema
import novu_py.models

import contracts
from benchmarks.validation_corpora import CORPORA

Payload = dict[str, Any]
Validator = Callable[[Payload], object]

CHECK = "contracts.check"
PARSE = "contracts.parse"
FAST = "fastjsonschema (compiled)"
NOVU = "novu-py IntegrationResponseDto.model_validate"


def _check_ignore(payload: Payload) -> object:
    return contracts.check(payload, unknown_keys="ignore")


def validators() -> dict[str, Validator]:
    """The validators timed, by row label; every one takes one payload."""
    schema = contracts.json_schema()
    fast: Validator = fastjsonschema.compile(schema)
    draft: Validator = jsonschema.Draft202012Validator(schema).is_valid
    return {
        CHECK: contracts.check,
        "contracts.check(unknown_keys='ignore')": _check_ignore,
        PARSE: contracts.parse,
        FAST: fast,
        "jsonschema Draft202012Validator.is_valid": draft,
        NOVU: novu_py.models.IntegrationResponseDto.model_validate,
    }


# (numerator, denominator, target): the numerator's rate must reach target x the denominator's.
RATIOS: tuple[tuple[str, str, float | None], ...] = (
    (CHECK, FAST, 1.5),
    (PARSE, NOVU, 1.0),
    ("contracts.check(unknown_keys='ignore')", FAST, None),
    (CHECK, "jsonschema Draft202012Validator.is_valid", None),
    (PARSE, FAST, None),
    (PARSE, "contracts.check(unknown_keys='ignore')", None),
)


def assert_valid(corpus: Sequence[Payload], funcs: dict[str, Validator]) -> None:
    """Raise ``AssertionError`` unless every payload is valid for every validator (also under ``-O``)."""
    schema = contracts.json_schema()
    schema_validator = jsonschema.Draft202012Validator(schema)
    for index, payload in enumerate(corpus):
        problems = []
        if any(v.severity is contracts.Severity.ERROR for v in contracts.check(payload)):
            problems.append("contracts.check reports errors")
        if contracts.check(payload, unknown_keys="ignore"):
            problems.append("contracts.check(unknown_keys='ignore') reports violations")
        if contracts.dump(contracts.parse(payload)) != known_only(payload, schema, schema):
            problems.append("contracts.dump(contracts.parse(payload)) differs from the payload")
        if not schema_validator.is_valid(payload):
            problems.append("jsonschema rejects it")
        funcs[FAST](payload)  # raises JsonSchemaValueException if invalid
        novu_py.models.IntegrationResponseDto.model_validate(payload)  # raises ValidationError if invalid
        if problems:
            raise AssertionError(f"corpus payload {index} is not valid: {'; '.join(problems)}")


def known_only(value: Any, node: dict[str, Any], schema: dict[str, Any]) -> Any:
    """``value`` without the keys the contract does not declare, at any depth."""
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[1]]
    if "properties" in node:
        properties = node["properties"]
        return {k: known_only(v, properties[k], schema) for k, v in value.items() if k in properties}
    if "items" in node:
        return [known_only(item, node["items"], schema) for item in value]
    return value


def time_pass(func: Validator, corpus: Sequence[Payload], *, keep_gc: bool) -> float:
    """Seconds of this thread's CPU time for one call of ``func`` per payload of ``corpus``.

    As ``timeit``, with the garbage collector off (unless ``keep_gc``), after a collection so that
    no validator pays for another's garbage (cheap: ``main`` freezes the corpora first).
    """
    gc.collect()
    gc_was_enabled = gc.isenabled()
    if not keep_gc:
        gc.disable()
    try:
        start = time.thread_time()
        for payload in corpus:
            func(payload)
        return time.thread_time() - start
    finally:
        if gc_was_enabled:
            gc.enable()


SLICE = 500
"""Payloads per timed pass: short passes let the best of several skip the moments another
process had the CPU (the machine may be shared), and every payload still counts once."""


def measure(
    funcs: dict[str, Validator], corpus: Sequence[Payload], *, repeats: int, keep_gc: bool
) -> dict[str, float]:
    """Per validator, the sum over slices of the corpus of the best of ``repeats`` timed passes.

    One warm-up pass over the whole corpus each first; then, slice by slice, round-robin, every
    other round in reverse order: a pass right after a heavy validator (jsonschema, pydantic)
    starts on cold caches, so none may always follow the same one (measured: the ratio of
    ``check`` to fastjsonschema on the unknown-keys corpus went from 1.2x to 1.5x by the
    validator before it alone).
    """
    for func in funcs.values():
        time_pass(func, corpus, keep_gc=keep_gc)
    total = dict.fromkeys(funcs, 0.0)
    names = list(funcs)
    for start in range(0, len(corpus), SLICE):
        part = corpus[start : start + SLICE]
        best = dict.fromkeys(funcs, float("inf"))
        for round_ in range(repeats):
            for name in names if round_ % 2 == 0 else names[::-1]:
                best[name] = min(best[name], time_pass(funcs[name], part, keep_gc=keep_gc))
        for name in funcs:
            total[name] += best[name]
    return total


def ratio(best: dict[str, float], numerator: str, denominator: str) -> float:
    """Payloads per second of ``numerator`` over those of ``denominator`` (same corpus)."""
    return best[denominator] / best[numerator]


def report(best: dict[str, float], count: int) -> str:
    """The results table of one corpus and its ratios, as text."""
    rate = {name: count / seconds for name, seconds in best.items()}
    reference = rate[FAST]
    width = max(len(name) for name in best)
    header = f"{'payloads/s':>12}  {'us/payload':>10}  {'total':>10}  {'vs fastjs':>9}"
    lines = [
        f"{'validator':<{width}}  {header}",
        "-" * (width + 49),
    ]
    for name in sorted(best, key=lambda n: -rate[n]):
        lines.append(
            f"{name:<{width}}  {rate[name]:>12,.0f}  {1e6 / rate[name]:>10.2f}"
            f"  {best[name] * 1e3:>8.1f}ms  {rate[name] / reference:>8.2f}x"
        )
    lines += ["", "ratios (payloads/s of the first / of the second):"]
    label_width = max(len(f"{a} / {b}") for a, b, _ in RATIOS)
    for numerator, denominator, target in RATIOS:
        value = ratio(best, numerator, denominator)
        verdict = f"  target >= {target:.2f}: {'MET' if value >= target else 'MISSED'}" if target else ""
        lines.append(f"  {f'{numerator} / {denominator}':<{label_width}}  {value:6.2f}{verdict}")
    return "\n".join(lines)


def summary(results: dict[str, dict[str, float]]) -> str:
    """One line per corpus: the two target ratios (the README's table)."""
    lines = [f"{'corpus':<16}  {'check / fastjsonschema':>22}  {'parse / novu-py':>15}"]
    for name, best in results.items():
        check, parse = ratio(best, CHECK, FAST), ratio(best, PARSE, NOVU)
        lines.append(
            f"{name:<16}  {check:>21.2f}x{'' if check >= 1.5 else '!'}"
            f"  {parse:>14.2f}x{'' if parse >= 1.0 else '!'}"
        )
    return "\n".join([*lines, "(! marks a missed target: check >= 1.5x, parse >= 1.0x)"])


def profile(target: str, corpora: dict[str, list[Payload]], *, top: int = 20) -> None:
    """Print the ``top`` entries (by own time) of a cProfile run of ``check`` or ``parse``."""
    func: Validator = contracts.check if target == "check" else contracts.parse
    for name, corpus in corpora.items():
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(3):
            for payload in corpus:
                func(payload)
        profiler.disable()
        print(f"== {target} on {name}")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--count", type=int, default=4000, help="payloads per corpus (default 4000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the corpora (default 0)")
    parser.add_argument(
        "--repeats", type=int, default=7, help="timed passes per validator and slice (default 7)"
    )
    parser.add_argument("--gc", action="store_true", help="keep the garbage collector on while timing")
    parser.add_argument(
        "--corpus", choices=sorted(CORPORA), action="append", help="only this corpus (repeatable)"
    )
    parser.add_argument("--profile", choices=("check", "parse"), help="profile instead of timing")
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeats < 1:
        parser.error("--count and --repeats must be at least 1")

    names = args.corpus or list(CORPORA)
    corpora = {name: CORPORA[name](args.seed, args.count) for name in names}
    gc.freeze()  # the corpora live throughout: collections before each pass skip them
    if args.profile:
        profile(args.profile, corpora)
        return 0
    funcs = validators()
    packages = ", ".join(
        f"{name} {version(name)}" for name in ("attrs", "cattrs", "fastjsonschema", "jsonschema", "pydantic")
    )
    print(
        f"{args.count} valid payloads per corpus, seed {args.seed}; best of {args.repeats}"
        f" passes after a warm-up; gc {'on' if args.gc else 'off'} while timing"
    )
    print(f"Python {platform.python_version()} ({sys.implementation.name}); {packages}")
    results = {}
    for name, corpus in corpora.items():
        assert_valid(corpus, funcs)
        results[name] = measure(funcs, corpus, repeats=args.repeats, keep_gc=args.gc)
        print(f"\n== corpus {name}\n{report(results[name], args.count)}")
    print(f"\n{summary(results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
