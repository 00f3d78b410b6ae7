"""``novu-contracts drift`` and ``diff``: differences that matter to consumers, with exit 1 when breaking."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from contracts._drift import (
    MAX_SCHEMA_DEPTH,
    MAX_SCHEMA_NODES,
    Difference,
    Impact,
    SchemaError,
    diff,
    drift,
)
from contracts._reading import DEFAULT_MAX_BYTES, UnreadableJsonError, loads, read_text
from contracts._versions import CONTRACTS, DEFAULT_VERSION
from contracts._yaml import MAX_ALIAS_EXPANSION, load_yaml
from strategies._cli._input import add_max_bytes_argument

CLASSIFICATION = """\
Each difference is classified for consumers written against the first side:
  breaking  a key they may read became optional or went away (a required one), a
            type changed, a value may now be null, an enum gained values an
            exhaustive consumer does not know (or stopped being an enum)
  safe      a new key, a key that became required, enum values removed

exit status: 0 nothing breaking, 1 breaking differences, 2 unusable input.
"""


def add_parser(subparsers: Any) -> None:
    drift_parser = subparsers.add_parser(
        "drift",
        help="compare the contract with a provider's OpenAPI document",
        description="Compare the contract with a component schema of a provider's OpenAPI 3.x document (JSON"
        " or YAML; $refs resolved, cycles handled), field by field, nested types included.\n\n"
        "The document is untrusted input: at most --max-bytes are read, YAML aliases may add\n"
        f"at most {MAX_ALIAS_EXPANSION} values, resolved $refs are memoised and at most\n"
        f"{MAX_SCHEMA_NODES} schema objects are expanded, {MAX_SCHEMA_DEPTH} levels deep; beyond that,\n"
        "with a schema keyword of the wrong type ('required: 5') or a $ref loop that never\n"
        "reaches a schema, the exit status is 2.\n\n" + CLASSIFICATION,
        epilog="example:\n  novu-contracts drift novu-openapi.json --component IntegrationResponseDto",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    drift_parser.add_argument(
        "document", metavar="OPENAPI_FILE", help="an OpenAPI 3.x document (.json, .yaml)"
    )
    drift_parser.add_argument(
        "--component", default="IntegrationResponseDto", help="component schema name (default: %(default)s)"
    )
    drift_parser.add_argument(
        "--contract",
        default=DEFAULT_VERSION,
        choices=tuple(CONTRACTS),
        help="contract version (default: %(default)s)",
    )
    drift_parser.add_argument("--format", choices=("text", "json"), default="text")
    add_max_bytes_argument(drift_parser)
    drift_parser.set_defaults(run=run_drift)

    diff_parser = subparsers.add_parser(
        "diff",
        help="the consumer-breaking changes between two contract versions",
        description="Compare two contract versions known to this library.\n\n" + CLASSIFICATION,
        epilog="example:\n  novu-contracts diff 0.7.0 3.x",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    diff_parser.add_argument("old", choices=tuple(CONTRACTS), metavar="OLD", help="the version consumers use")
    diff_parser.add_argument(
        "new", choices=tuple(CONTRACTS), metavar="NEW", help="the version they will meet"
    )
    diff_parser.add_argument("--format", choices=("text", "json"), default="text")
    diff_parser.set_defaults(run=run_diff)


def _report(title: str, differences: list[Difference], output_format: str) -> int:
    breaking = sum(1 for d in differences if d.impact is Impact.BREAKING)
    status = 1 if breaking else 0
    if output_format == "json":
        summary = {"differences": len(differences), "breaking": breaking, "exit": status}
        json.dump(
            {"compared": title, "differences": [d.to_json() for d in differences], "summary": summary},
            sys.stdout,
            indent=2,
        )
        print()
        return status
    print(title)
    for difference in differences:
        print(f"  {difference}")
    noun = "difference" if len(differences) == 1 else "differences"
    print(f"{len(differences)} {noun}: {breaking} breaking, {len(differences) - breaking} safe")
    return status


def _load_document(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    text = read_text(Path(name), max_bytes=max_bytes)
    if name.lower().endswith((".yaml", ".yml")):
        return load_yaml(text, name)
    return loads(text, name)


def run_drift(args: argparse.Namespace) -> int:
    try:
        document = _load_document(args.document, max_bytes=args.max_bytes)
        differences = drift(document, component=args.component, contract=args.contract)
    except UnreadableJsonError as error:
        print(f"{error.source}: error: {error.reason}", file=sys.stderr)
        return 2
    except SchemaError as error:
        print(f"{args.document}: error: {error}", file=sys.stderr)
        return 2
    title = f"drift: contract {args.contract} vs {args.document} #/components/schemas/{args.component}"
    return _report(title, differences, args.format)


def run_diff(args: argparse.Namespace) -> int:
    return _report(f"diff: contract {args.old} -> {args.new}", diff(args.new, contract=args.old), args.format)
