"""``novu-contracts check``: validate payload files against the contract."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from contracts._checker import check
from contracts._errors import Severity
from contracts._versions import CONTRACTS
from strategies._cli._input import UnusableInputError, add_max_bytes_argument, tolerate_surrogates_on_stdout
from strategies._cli._recording_check import RECORDING_HELP, check_recording_file, read_input

DESCRIPTION = """\
Check Novu IntegrationResponseDto payloads against the contract and report every
violation with its JSON Pointer path.

FILE is a .json file holding one payload or an array of payloads (what the list
endpoints return), a .jsonl file with one payload per line, or - for stdin.
A {"data": ...} envelope, as the API sends it, is unwrapped.

exit status: 0 every payload is valid, 1 contract violations, 2 unusable input
(unreadable file, not a regular file, larger than --max-bytes, malformed JSON
such as a bare NaN; the message gives line and column). A key repeated in one
object (parsers disagree on which value wins) is a violation, duplicate_key. A
lone surrogate escape such as "\\ud800" is a warning, not_unicode: JSON allows
it, but strict UTF-8 encoding raises on it.
"""
DESCRIPTION += RECORDING_HELP

EPILOG = """\
examples:
  novu-contracts check response.json
  curl -s ... | novu-contracts check -
  novu-contracts check --unknown-keys error --format json captured/*.jsonl
  novu-contracts check --contract auto tests/cassettes/*.yaml traffic.har
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check payload files against the contract",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="a .json or .jsonl file, or - for stdin")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--unknown-keys",
        choices=("ignore", "warn", "error"),
        default="ignore",
        help="keys outside the contract (the API adds createdAt, __v, ...) are allowed by it: "
        "ignore them (default), warn, or count them as errors",
    )
    parser.add_argument(
        "--contract",
        default="0.7.0",
        choices=(*CONTRACTS, "auto"),
        help="contract version (default: 0.7.0); auto checks recordings against every version and"
        " reports which ones each conforms to",
    )
    parser.add_argument("--jsonl", action="store_true", help="read every FILE (and stdin) as JSON Lines")
    parser.add_argument(
        "--format-in",
        choices=("auto", "json", "jsonl", "cassette", "har"),
        default="auto",
        help="what FILE holds (default: auto, from the extension and the content)",
    )
    add_max_bytes_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    tolerate_surrogates_on_stdout()
    reports: list[dict[str, Any]] = []
    unusable = invalid = checked = 0
    recordings = 0
    for name in args.files:
        file_report: dict[str, Any] = {"file": "<stdin>" if name == "-" else name, "items": []}
        reports.append(file_report)
        try:
            loaded = read_input(name, "jsonl" if args.jsonl else args.format_in, max_bytes=args.max_bytes)
            if not isinstance(loaded, list):  # a cassette or HAR file
                recordings += 1
                outcome = check_recording_file(
                    loaded,
                    contract=args.contract,
                    unknown_keys=args.unknown_keys,
                    text=args.format == "text",
                )
                file_report.update(outcome.report)
                checked += outcome.checked
                invalid += outcome.invalid
                continue
            if args.contract == "auto":
                raise UnusableInputError(
                    file_report["file"], "--contract auto is for recordings (cassettes, HAR)"
                )
            for item in loaded:
                checked += 1
                violations = [
                    *item.violations,
                    *check(item.value, unknown_keys=args.unknown_keys, contract=args.contract),
                ]
                has_errors = any(v.severity is Severity.ERROR for v in violations)
                invalid += has_errors
                file_report["items"].append(
                    {
                        "index": item.index,
                        "line": item.line,
                        "valid": not has_errors,
                        "violations": [v.to_json() for v in violations],
                    }
                )
                if args.format == "text":
                    for violation in violations:
                        print(
                            f"{item.where}: {violation.path or '(root)'}: "
                            f"{violation.severity}[{violation.code}] {violation.message}"
                        )
        except UnusableInputError as error:
            unusable += 1
            file_report["error"] = error.reason
            if args.format == "text":
                print(f"{error.source}: error: {error.reason}", file=sys.stderr)
    status = 2 if unusable else 1 if invalid else 0
    if args.format == "json":
        summary = {"checked": checked, "invalid": invalid, "unusable_files": unusable, "exit": status}
        json.dump({"files": reports, "summary": summary}, sys.stdout, indent=2)
        print()
    else:
        noun = (
            ("response" if checked == 1 else "responses")
            if recordings
            else ("payload" if checked == 1 else "payloads")
        )
        tail = f", {unusable} unusable file{'s' if unusable != 1 else ''}" if unusable else ""
        print(f"{checked} {noun} checked: {invalid} invalid{tail}", file=sys.stderr)
    return status
