"""``novu-contracts serve``: run the stub Novu integrations API until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType
from typing import Any

from strategies._cli._arguments import whole_number

DESCRIPTION = """\
Serve an in-memory stub of Novu's integrations API over HTTP, seeded with
--count generated integrations, for contract tests of consumers in any language.
The URL goes to stdout (one line, e.g. http://127.0.0.1:50123), so a test
harness can read it; point your Novu client's server URL at it.

  GET    /v1/integrations                    200, every integration that is not deleted
  GET    /v1/integrations/active             200, the active ones
  POST   /v1/integrations                    201, create (providerId and channel required)
  PUT    /v1/integrations/{id}               200, update name/identifier/active/credentials/conditions
  DELETE /v1/integrations/{id}               200, soft delete; returns the remaining integrations
  POST   /v1/integrations/{id}/set-primary   200, primary within its channel and environment

Bodies are wrapped in {"data": ...} as the real API's are, and every integration
sent passes the contract. Errors are JSON like Novu's ErrorDto: 404 unknown id
or route, 405 wrong method, 400 malformed JSON, 422 invalid body (with
"errors" per field, like ValidationErrorDto). Write replies (POST, PUT,
set-primary) carry "id" and secret credentials in Novu's encrypted "nvsk." form.
The same --seed gives the same integrations and ids. Ctrl-C or SIGTERM stops it
(exit 0); exit 2 if the address cannot be bound.
"""

EPILOG = """\
examples:
  novu-contracts serve                                   # 10 integrations, a free port
  novu-contracts serve --port 4010 --count 50 --seed 7
  novu-contracts serve > stub-url.txt &                  # a harness reads the URL from the file
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run a stub Novu integrations API (HTTP) for consumer tests",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--host", default="127.0.0.1", metavar="H", help="address to listen on (default: 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=0, metavar="P", help="port; 0 picks a free one (default: 0)"
    )
    parser.add_argument("--seed", default="0", metavar="S", help="seed, any string (default: 0)")
    parser.add_argument(
        "--count", type=whole_number, default=10, metavar="N", help="generated integrations (default: 10)"
    )
    parser.add_argument(
        "--no-edge-cases",
        dest="edge_cases",
        action="store_false",
        help="generate tame strings only (no empty, blank, RTL, emoji or 10k-character values)",
    )
    parser.set_defaults(run=run, parser=parser)


def _port(text: str) -> int:
    value = whole_number(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0..65535)")
    return value


def run(args: argparse.Namespace) -> int:
    from strategies._stub import NovuStub

    seed: int | str = int(args.seed) if args.seed.lstrip("-").isdigit() else args.seed
    stub = NovuStub(host=args.host, port=args.port, seed=seed)
    stub.seed_generated(args.count, seed, edge_cases=args.edge_cases)
    try:
        stub.start()
    except OSError as error:
        print(
            f"novu-contracts serve: error: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr
        )
        return 2
    stopping = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    # Handlers instead of KeyboardInterrupt: Ctrl-C and SIGTERM are the normal way to stop, so exit 0.
    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(stub.url, flush=True)
        print(
            f"novu-contracts serve: {args.count} integrations (seed {seed}) at {stub.url}; Ctrl-C to stop",
            file=sys.stderr,
            flush=True,
        )
        while not stopping.wait(0.5):
            pass  # A timed wait lets the signal handlers run promptly on every platform.
    finally:
        stub.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("novu-contracts serve: stopped", file=sys.stderr)
    return 0
