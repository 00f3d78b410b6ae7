"""Payloads per second of ``contracts.check`` and ``contracts.parse`` against other validators.

Run ``python -m benchmarks.bench_validation [--count 5000] [--seed 0] [--repeats 7]``.

Every validator is called once per payload on the same seeded corpus of realistic, valid
payloads (``strategies.sample_examples(seed, count, edge_cases=False)``: the library's own
generator, realistic mode). Before any timing the corpus is asserted
valid for every validator, and each validator gets one warm-up pass. Timed passes then run
round-robin (one pass of each validator per round) so that drift of the machine spreads over
all of them, and the best pass of each counts. As ``timeit`` does, the garbage collector is
off during a timed pass (``--gc`` keeps it on).

Targets: ``check`` at least as fast as fastjsonschema's compiled validator, and ``parse`` at
least as fast as novu-py's pydantic ``IntegrationResponseDto.model_validate``.
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from typing import Any

import fastjsonschema
import jsonschema
import novu_py.models

import contracts
from strategies import sample_examples

Payload = dict[str, Any]
Validator = Callable[[Payload], object]


def _check_ignore(payload: Payload) -> object:
    return contracts.check(payload, unknown_keys="ignore")


def validators() -> dict[str, Validator]:
    """The validators timed, by row label; every one takes one payload."""
    schema = contracts.json_schema()
    fast: Validator = fastjsonschema.compile(schema)
    draft: Validator = jsonschema.Draft202012Validator(schema).is_valid
    return {
        "contracts.check": contracts.check,
        "contracts.check(unknown_keys='ignore')": _check_ignore,
        "contracts.parse": contracts.parse,
        "fastjsonschema (compiled)": fast,
        "jsonschema Draft202012Validator.is_valid": draft,
        "novu-py IntegrationResponseDto.model_validate": novu_py.models.IntegrationResponseDto.model_validate,
    }


# (numerator, denominator, target): the numerator must reach the denominator's rate when a target.
RATIOS: tuple[tuple[str, str, bool], ...] = (
    ("contracts.check", "fastjsonschema (compiled)", True),
    ("contracts.parse", "novu-py IntegrationResponseDto.model_validate", True),
    ("contracts.check(unknown_keys='ignore')", "fastjsonschema (compiled)", False),
    ("contracts.check", "jsonschema Draft202012Validator.is_valid", False),
    ("contracts.parse", "fastjsonschema (compiled)", False),
    ("contracts.parse", "contracts.check(unknown_keys='ignore')", False),
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
        if contracts.dump(contracts.parse(payload)) != known_only(payload, schema):
            problems.append("contracts.dump(contracts.parse(payload)) differs from the payload")
        if not schema_validator.is_valid(payload):
            problems.append("jsonschema rejects it")
        funcs["fastjsonschema (compiled)"](payload)  # raises JsonSchemaValueException if invalid
        novu_py.models.IntegrationResponseDto.model_validate(payload)  # raises ValidationError if invalid
        if problems:
            raise AssertionError(f"corpus payload {index} is not valid: {'; '.join(problems)}")


def known_only(payload: Payload, schema: dict[str, Any]) -> Payload:
    """``payload`` without keys the contract does not declare (top level and credentials)."""
    known = {k: v for k, v in payload.items() if k in schema["properties"]}
    declared = schema["$defs"]["CredentialsDto"]["properties"]
    known["credentials"] = {k: v for k, v in payload["credentials"].items() if k in declared}
    return known


def time_pass(func: Validator, corpus: Sequence[Payload], *, keep_gc: bool) -> float:
    """Seconds for one call of ``func`` per payload of ``corpus``."""
    gc.collect()
    gc_was_enabled = gc.isenabled()
    if not keep_gc:
        gc.disable()
    try:
        start = time.perf_counter()
        for payload in corpus:
            func(payload)
        return time.perf_counter() - start
    finally:
        if gc_was_enabled:
            gc.enable()


def measure(
    funcs: dict[str, Validator], corpus: Sequence[Payload], *, repeats: int, keep_gc: bool
) -> dict[str, float]:
    """Best time of ``repeats`` timed passes per validator, after one warm-up pass each."""
    for func in funcs.values():
        time_pass(func, corpus, keep_gc=keep_gc)
    best = dict.fromkeys(funcs, float("inf"))
    for _ in range(repeats):
        for name, func in funcs.items():
            best[name] = min(best[name], time_pass(func, corpus, keep_gc=keep_gc))
    return best


def report(best: dict[str, float], count: int) -> str:
    """The results table, the ratios and the targets, as text."""
    rate = {name: count / seconds for name, seconds in best.items()}
    reference = rate["fastjsonschema (compiled)"]
    width = max(len(name) for name in best)
    header = f"{'payloads/s':>12}  {'us/payload':>10}  {'best pass':>10}  {'vs fastjs':>9}"
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
        ratio = rate[numerator] / rate[denominator]
        verdict = ("  target >= 1.00: " + ("MET" if ratio >= 1 else "MISSED")) if target else ""
        lines.append(f"  {f'{numerator} / {denominator}':<{label_width}}  {ratio:6.2f}{verdict}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--count", type=int, default=5000, help="payloads in the corpus (default 5000)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the corpus (default 0)")
    parser.add_argument("--repeats", type=int, default=7, help="timed passes per validator (default 7)")
    parser.add_argument("--gc", action="store_true", help="keep the garbage collector on while timing")
    args = parser.parse_args(argv)
    if args.count < 1 or args.repeats < 1:
        parser.error("--count and --repeats must be at least 1")

    corpus = sample_examples(args.seed, args.count, edge_cases=False)
    funcs = validators()
    assert_valid(corpus, funcs)
    best = measure(funcs, corpus, repeats=args.repeats, keep_gc=args.gc)

    packages = ", ".join(
        f"{name} {version(name)}" for name in ("attrs", "cattrs", "fastjsonschema", "jsonschema", "pydantic")
    )
    print(
        f"corpus: {args.count} realistic valid payloads, seed {args.seed}; best of {args.repeats}"
        f" passes after a warm-up; gc {'on' if args.gc else 'off'} while timing"
    )
    print(f"Python {platform.python_version()} ({sys.implementation.name}); {packages}")
    print()
    print(report(best, args.count))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
