"""The ``novu-contracts`` command line: one module per subcommand, each imported when used."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from contracts._about import library_version

SUBCOMMANDS = ("check", "drift", "generate", "proxy", "redact", "schema", "serve")  # drift also adds diff

DESCRIPTION = """\
Contract tests and fixtures for the Novu API's IntegrationResponseDto
(what GET /v1/integrations returns, one element).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="novu-contracts",
        description=DESCRIPTION,
        epilog="Run 'novu-contracts COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {library_version()}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(f"strategies._cli.{name}").add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``novu-contracts`` console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except KeyboardInterrupt:
        print("novu-contracts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return status
