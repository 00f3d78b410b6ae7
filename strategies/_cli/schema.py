"""``novu-contracts schema``: print the contract's JSON Schema."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from contracts._schema import json_schema
from contracts._versions import CONTRACTS


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print the contract's JSON Schema (Draft 2020-12)",
        description="Print the IntegrationResponseDto JSON Schema (Draft 2020-12), derived from the "
        "same declaration as the checker. Pipe it to a file for other-language validators.",
    )
    parser.add_argument(
        "--contract", default="0.7.0", choices=tuple(CONTRACTS), help="contract version (default: 0.7.0)"
    )
    parser.add_argument("--indent", type=int, default=2, help="indentation (default: 2; 0 for one line)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    json.dump(json_schema(contract=args.contract), sys.stdout, indent=args.indent or None, ensure_ascii=False)
    print()
    return 0
