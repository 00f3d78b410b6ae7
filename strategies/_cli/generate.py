"""``novu-contracts generate``: write a deterministic JSON fixture set."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from contracts._models import Channel
from contracts._versions import CONTRACTS, DEFAULT_VERSION
from strategies._cli._arguments import whole_number

DESCRIPTION = """\
Write JSON fixtures of the IntegrationResponseDto contract into --out:

  valid/0007-email-sendgrid.json          valid payloads (realistic, with edge cases mixed in)
  edge/deleted-without-deletedAt.json     one payload per named edge case
  invalid/0003-channel-enum.json          payloads breaking the contract in exactly one way
  list/0002-4-items.json                  list-endpoint bodies, {"data": [...]}
  manifest.json                           version, seed, counts, and for each invalid
                                          fixture the expected violation (path and code)

The same --seed and library version give byte-identical files on any machine,
whatever Hypothesis version is installed. The new manifest goes first (as
manifest.pending.json), then each file atomically, then manifest.json; a
directory that is not empty and holds no manifest of ours is refused unless
--force, and so is a symbolic link below --out. Regenerating into a previous
output replaces it (files it no longer has are removed). An interrupted or killed
run, even a first one, leaves a set that still loads; just run the command again
(it removes what the stopped run left: orphaned files and .tmp files).
"""

EPILOG = """\
examples:
  novu-contracts generate --out fixtures
  novu-contracts generate --count 100 --seed 7 --kind valid,invalid --channel email --out tests/data
  novu-contracts generate --kind list --list-size 10 --format jsonl --out build/lists
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write deterministic JSON fixtures (valid, edge, invalid, list)",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="output directory")
    parser.add_argument(
        "--count", type=whole_number, default=20, metavar="N", help="fixtures per kind (default: 20)"
    )
    parser.add_argument("--seed", default="0", metavar="S", help="seed, any string (default: 0)")
    parser.add_argument(
        "--kind",
        default="valid,edge,invalid",
        metavar="KINDS",
        help="comma-separated: valid, edge, invalid, list, or all (default: valid,edge,invalid)",
    )
    parser.add_argument(
        "--channel", type=_channels, metavar="CHANNELS", help="comma-separated channels (default: all)"
    )
    parser.add_argument(
        "--format", choices=("json", "jsonl"), default="json", help="a file per fixture, or a .jsonl per kind"
    )
    parser.add_argument(
        "--list-size", type=whole_number, default=5, metavar="N", help="max items per list (default: 5)"
    )
    parser.add_argument(
        "--contract",
        default=DEFAULT_VERSION,
        choices=tuple(CONTRACTS),
        help="contract version (default: %(default)s)",
    )
    parser.add_argument(
        "--force", action="store_true", help="write into a non-empty directory that is not ours"
    )
    parser.set_defaults(run=run, parser=parser)


def _channels(text: str) -> tuple[Channel, ...]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    known = {channel.value: channel for channel in Channel}
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"{text!r}: use a comma-separated list of {', '.join(known)} (unknown: {', '.join(unknown)})"
            if unknown
            else f"{text!r} names no channel; use a comma-separated list of {', '.join(known)}"
        )
    return tuple(dict.fromkeys(known[name] for name in names))


def run(args: argparse.Namespace) -> int:
    from strategies import _fixture_writer as fixtures

    kinds_text = [k.strip() for k in args.kind.split(",") if k.strip()]
    kinds = fixtures.KINDS if kinds_text == ["all"] else tuple(kinds_text)
    unknown = [k for k in kinds if k not in fixtures.KINDS]
    if unknown or not kinds:
        args.parser.error(
            f"--kind {args.kind!r}: use a comma-separated list of {', '.join(fixtures.KINDS)} or all"
        )
    seed: int | str = int(args.seed) if args.seed.lstrip("-").isdigit() else args.seed
    try:
        request = fixtures.Request(
            out=args.out,
            seed=seed,
            count=args.count,
            kinds=kinds,
            channels=args.channel,
            format=args.format,
            list_size=args.list_size,
            force=args.force,
            contract=args.contract,
        )
        long_run = sys.stderr.isatty() and not os.environ.get("CI") and args.count >= 200
        manifest = fixtures.generate(request, progress=fixtures.print_progress if long_run else None)
    except fixtures.OutputDirectoryError as error:
        print(f"novu-contracts generate: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(
            f"novu-contracts generate: error: cannot write {error.filename}: {error.strerror}",
            file=sys.stderr,
        )
        return 2
    counts = ", ".join(f"{n} {kind}" for kind, n in manifest["counts"].items())
    print(f"wrote {counts} fixtures to {args.out} (seed {seed})", file=sys.stderr)
    return 0
