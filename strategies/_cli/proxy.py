"""``novu-contracts proxy``: a validating, recording proxy in front of Novu (or the stub)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from contracts._versions import CONTRACTS, DEFAULT_VERSION
from strategies._cli._running import run_until_signalled
from strategies._cli.serve import _port

DESCRIPTION = """\
Forward every request to --upstream (the real Novu API, or the stub) and stream
the answer back, checking each answer of Novu's integrations endpoints on its way:
the {"data": ...} envelope and the integrations in it, or Novu's error body for
a 4xx/5xx. Each violation is logged on stderr with its request line and JSON
Pointer (one JSON object per line with --log-format json). Point your client's
server URL at the proxy's URL, printed on stdout.

--strict turns a violating answer into a 502 whose body carries the report, so
a consumer's test run stops at the first drift. --record DIR writes each checked
answer, redacted, into a fixture set (manifest.json + recorded/*.json) that
contracts' fixture loader and the novu_fixtures pytest fixture read; entries are
marked "recorded" with their request line and time. Only bodies are recorded,
redacted: never a header, a query string or a credential in clear.

An upstream that is down gives a clean 502, one that does not answer within
--timeout seconds a 504. Ctrl-C or SIGTERM stops the proxy (exit 0); exit 2 if
the address cannot be bound or DIR cannot be added to.
"""

EPILOG = """\
examples:
  novu-contracts proxy --upstream https://api.novu.co --port 4010
  novu-contracts proxy --upstream https://eu.api.novu.co --strict --contract 3.x
  novu-contracts proxy --upstream https://api.novu.co --record tests/recorded --log-format json
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "proxy",
        help="a proxy to Novu that checks (and records) integrations responses as they pass",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--upstream", required=True, metavar="URL", help="where to forward (http:// or https://)"
    )
    parser.add_argument(
        "--host", default="127.0.0.1", metavar="H", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=0, metavar="P", help="port; 0 picks a free one (default: 0)"
    )
    parser.add_argument(
        "--record", type=Path, metavar="DIR", help="write checked answers as a fixture set here"
    )
    parser.add_argument(
        "--strict", action="store_true", help="answer 502 with the report instead of a violating answer"
    )
    parser.add_argument(
        "--contract",
        default=DEFAULT_VERSION,
        choices=tuple(CONTRACTS),
        help="contract version (default: 0.7.0)",
    )
    parser.add_argument("--log-format", choices=("text", "json"), default="text", help="stderr log format")
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=30.0,
        metavar="S",
        help="upstream timeout in seconds (default: 30)",
    )
    parser.set_defaults(run=run, parser=parser)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"{value:g} is not between 0 and 3600 seconds")
    return value


def run(args: argparse.Namespace) -> int:
    from strategies._proxy import NovuProxy
    from strategies._proxy_record import RecordingError

    try:
        proxy = NovuProxy(
            args.upstream,
            host=args.host,
            port=args.port,
            strict=args.strict,
            contract=args.contract,
            record=args.record,
            log_format=args.log_format,
            timeout=args.timeout,
        )
    except RecordingError as error:
        print(f"novu-contracts proxy: error: {error}", file=sys.stderr)
        return 2
    except ValueError as error:
        args.parser.error(str(error))
    try:
        proxy.start()
    except OSError as error:
        print(
            f"novu-contracts proxy: error: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr
        )
        return 2
    mode = f"contract {args.contract}, {'strict' if args.strict else 'logging'}"
    return run_until_signalled("proxy", proxy.url, f"{proxy.url} -> {proxy.upstream} ({mode})", proxy.stop)
