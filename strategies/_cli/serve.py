"""``novu-contracts serve``: run the stub Novu integrations API until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from strategies._cli._arguments import whole_number
from strategies._cli._running import run_until_signalled
from strategies._faults import FAULT_SYNTAX, Fault, parse_fault

DESCRIPTION = """\
Serve an in-memory stub of Novu's integrations API over HTTP, seeded with
--count generated integrations, for contract tests of consumers in any language.
The URL goes to stdout (one line, e.g. http://127.0.0.1:50123), so a test
harness can read it; point your Novu client's server URL at it.

  GET    /v1/integrations                    200, the organization's integrations
  GET    /v1/integrations/active             200, the active ones
  POST   /v1/integrations                    201, create (providerId and channel required)
  PUT    /v1/integrations/{id}               200, update; 400 if nothing changes
  DELETE /v1/integrations/{id}               200, soft delete; the environment's remaining ones
  POST   /v1/integrations/{id}/set-primary   201, primary within its channel and environment
  GET    /v1/integrations/webhook/provider/{id}/status   200, {"data": true|false}

Every request needs "Authorization: ApiKey <key>" (401 otherwise, with Novu's
error body); --secret-key KEY accepts only KEY, else any non-empty key. The
stub behaves like the real server, quirks included (write replies omit an empty
"credentials", set-primary answers 201, a malformed id on PUT/DELETE is a 500,
a duplicate identifier a 409, an update without changes a 400, a wrong method a
404); --contract-only answers as Novu's OpenAPI document says instead. Bodies
are {"data": ...}; errors are Novu's JSON error bodies (422 for invalid bodies).
The same --seed gives the same integrations, ids and fault dice. Ctrl-C or
SIGTERM stops it (exit 0); exit 2 if the address cannot be bound or an option
is malformed.
"""

EPILOG = f"""\
faults (--fault, repeatable; the first matching one fires):
{FAULT_SYNTAX}

examples:
  novu-contracts serve                                   # 10 integrations, a free port
  novu-contracts serve --port 4010 --count 50 --seed 7 --secret-key test-key
  novu-contracts serve --fault 'GET /v1/integrations=429x2' --fault '*=503,p=0.05'
  novu-contracts serve --contract-only                   # as the OpenAPI document says
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
    parser.add_argument(
        "--secret-key",
        metavar="KEY",
        help="the one API key accepted (Authorization: ApiKey KEY); default: any non-empty key",
    )
    parser.add_argument(
        "--contract-only",
        action="store_true",
        help="switch the real server's quirks off and answer as the OpenAPI document says",
    )
    parser.add_argument(
        "--contract", default="0.7.0", metavar="V", help="contract version served (default: 0.7.0)"
    )
    parser.add_argument(
        "--fault",
        dest="faults",
        type=_fault,
        action="append",
        default=[],
        metavar="ROUTE=EFFECT",
        help="inject a fault, e.g. 'GET /v1/integrations=429x2' (syntax below)",
    )
    parser.set_defaults(run=run, parser=parser)


def _fault(text: str) -> Fault:
    try:
        return parse_fault(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _port(text: str) -> int:
    value = whole_number(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0..65535)")
    return value


def run(args: argparse.Namespace) -> int:
    from strategies._stub import NovuStub

    seed: int | str = int(args.seed) if args.seed.lstrip("-").isdigit() else args.seed
    try:
        stub = NovuStub(
            host=args.host,
            port=args.port,
            seed=seed,
            secret_key=args.secret_key,
            contract_only=args.contract_only,
            contract=args.contract,
        )
    except ValueError as error:
        print(f"novu-contracts serve: error: {error}", file=sys.stderr)
        return 2
    stub.seed_generated(args.count, seed, edge_cases=args.edge_cases)
    for fault in args.faults:
        stub.add_fault(fault)
    if not _is_loopback(args.host):
        print(
            f"novu-contracts serve: warning: listening on {args.host}, not a loopback address: anyone who"
            " can reach it can read and change the stub's data",
            file=sys.stderr,
        )
    try:
        stub.start()
    except OSError as error:
        print(
            f"novu-contracts serve: error: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr
        )
        return 2
    banner = f"{args.count} integrations (seed {seed}) at {stub.url}"
    return run_until_signalled("serve", stub.url, banner, stub.stop)
