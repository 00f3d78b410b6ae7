"""``novu-contracts redact``: make captured API responses safe to commit as fixtures."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path
from typing import Any

import yaml

from contracts._files import write_atomically
from contracts._reading import UnreadableJsonError, dumps, json_lines, loads
from contracts._recording_redact import redact_recording
from contracts._recordings import detect_format, parse_document
from contracts._redact import SECRET_FORMATS, redact
from strategies._cli._input import add_max_bytes_argument, read_document_text

DESCRIPTION = f"""\
Replace every credential value and every other secret, anywhere in the document,
with a placeholder of the same JSON type: strings become "<redacted:KEY>";
numbers, booleans and nulls stay. Secrets are: everything under a key named like
one, in any case style (password, smtpPass, passphrase, secret, token, auth,
apiKey, private_key, X-Access-Key, ...), and every string holding a known format
(URLs with a password, JWTs, bearer tokens, PEM/PGP keys, Novu's nvsk.* secrets,
SendGrid, Twilio, AWS, Slack, GitHub, Stripe, ... {len(SECRET_FORMATS)} formats) or a long
high-entropy token. An object key that is itself a secret becomes
"<redacted-key-N>".
24-hex ObjectIds become low-entropy stand-ins with the same timestamp (equal ids
stay equal) so secret scanners stay quiet; --keep-ids leaves them alone.
Everything else keeps its value. Works on .json (a payload, an array, or the
API's {{"data": ...}} envelope) and .jsonl files.

Recordings keep their format and still replay: in vcrpy / pytest-recording
cassettes (YAML or JSON) and HAR 1.2 files, the Authorization, Cookie and
Set-Cookie headers (and every other secret-looking header), cookies, query
parameters named like keys or tokens, and every secret in request and response
bodies (gzip and deflate bodies are inflated, redacted and compressed again,
Content-Length follows) are replaced; ids get the same stand-in in URLs as in
bodies, so recorded PUT /v1/integrations/{{id}} calls still match.

Without --in-place the redacted JSON goes to stdout (one FILE only). With it,
each FILE is replaced atomically and keeps its permission bits; a FILE that is a
symbolic link stays a link and the file it points to is redacted; a file with
several hard links is refused (exit 2): the other names would keep the secrets.
exit status: 0 done, 2 unusable input (unreadable, not a regular file, larger
than --max-bytes, malformed JSON: the message gives line and column).
"""

EPILOG = """\
examples:
  curl -s ... | novu-contracts redact - > tests/data/integrations.json
  novu-contracts redact --in-place captured/*.json
  novu-contracts redact --in-place tests/cassettes/*.yaml traffic.har
"""


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "redact",
        help="replace secrets in captured responses with fake placeholders",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a .json, .jsonl, cassette (.yaml, .json) or .har file, or - for stdin",
    )
    parser.add_argument("--in-place", action="store_true", help="rewrite each FILE (atomically)")
    parser.add_argument("--keep-ids", action="store_true", help="leave 24-hex ObjectIds unchanged")
    add_max_bytes_argument(parser)
    parser.set_defaults(run=run, parser=parser)


def _redacted_text(name: str, source: str, text: str, *, keep_ids: bool) -> tuple[str, int]:
    if name.endswith(".jsonl"):
        lines, total = [], 0
        for number, line in enumerate(json_lines(text), start=1):
            if not line.strip():
                lines.append(line)
                continue
            document, redaction = redact(loads(line, source, line_offset=number - 1), keep_ids=keep_ids)
            lines.append(dumps(document))
            total += redaction.total
        return "\n".join(lines) + "\n", total
    recording = name.endswith((".yaml", ".yml", ".har"))
    document = parse_document(text, source) if recording else loads(text, source)
    fmt = detect_format(document)
    if fmt is not None:
        document, total = redact_recording(document, fmt, keep_ids=keep_ids)
        if text.lstrip().startswith(("{", "[")):
            return dumps(document, indent=2) + "\n", total
        return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120), total
    if recording:
        raise UnreadableJsonError(source, "not a recording: expected a vcrpy cassette or a HAR file")
    document, redaction = redact(document, keep_ids=keep_ids)
    return dumps(document, indent=2) + "\n", redaction.total


class _RefusedError(Exception):
    """A file ``--in-place`` will not rewrite (the message says why)."""


def _rewrite(path: Path, data: bytes) -> None:
    """Replace the file at ``path`` with ``data``, keeping its mode; through a symlink, its target."""
    target = Path(os.path.realpath(path))  # a link stays a link: its target is what holds the secret
    status = os.stat(target)
    if status.st_nlink > 1:
        raise _RefusedError(
            f"it has {status.st_nlink} hard links: replacing it would leave the secrets under the other"
            " names (redact to stdout and move the result over each)"
        )
    write_atomically(target, data, mode=stat.S_IMODE(status.st_mode))


def run(args: argparse.Namespace) -> int:
    if not args.in_place and len(args.files) > 1:
        args.parser.error("several FILEs need --in-place (without it the result goes to stdout)")
    if args.in_place and "-" in args.files:
        args.parser.error("- (stdin) cannot be rewritten in place")
    status = 0
    for name in args.files:
        try:
            source, text = read_document_text(name, max_bytes=args.max_bytes)
            redacted, total = _redacted_text(name, source, text, keep_ids=args.keep_ids)
        except UnreadableJsonError as error:
            print(f"{error.source}: error: {error.reason}", file=sys.stderr)
            status = 2
            continue
        if args.in_place:
            try:
                _rewrite(Path(name), redacted.encode("utf-8"))
            except _RefusedError as error:
                print(f"{name}: error: not rewritten: {error}", file=sys.stderr)
                status = 2
                continue
            except OSError as error:
                print(f"{name}: error: cannot write: {error.strerror or error}", file=sys.stderr)
                status = 2
                continue
        else:
            sys.stdout.write(redacted)
        print(f"{source}: {total} value{'s' if total != 1 else ''} redacted", file=sys.stderr)
    return status
