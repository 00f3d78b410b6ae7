"""Reading payload files for the CLI: ``.json`` (one payload or an array), ``.jsonl`` and stdin.

Input is untrusted: at most ``--max-bytes`` are read, only regular files (or stdin), and
what only the JSON text shows (duplicate keys, lone surrogates) travels with each item
as violations.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from contracts._errors import Violation
from contracts._reading import (
    DEFAULT_MAX_BYTES,
    UnreadableJsonError,
    decode,
    json_lines,
    loads_tracking_duplicates,
    read_stream,
    read_text,
    text_violations,
)
from strategies._cli._arguments import whole_number

UnusableInputError = UnreadableJsonError
STDIN = "<stdin>"


@attrs.frozen
class Item:
    """One payload from an input, with where it came from (for messages)."""

    source: str
    value: object
    index: int | None = None  # position in a JSON array, or None for a lone payload
    line: int | None = None  # line in a JSONL file
    violations: tuple[Violation, ...] = ()  # what the text shows: duplicate keys, lone surrogates

    @property
    def where(self) -> str:
        if self.line is not None:
            return f"{self.source}:{self.line}"
        if self.index is not None:
            return f"{self.source}[{self.index}]"
        return self.source


def add_max_bytes_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--max-bytes`` option: the size cap of each input."""
    parser.add_argument(
        "--max-bytes",
        type=whole_number,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="refuse inputs larger than N bytes (default: %(default)s, 64 MiB)",
    )


def tolerate_surrogates_on_stdout() -> None:
    """Echoed keys and values may hold lone surrogates: write them escaped instead of crashing."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")


def unwrap_envelope(document: object) -> object:
    """The body inside the API's ``{"data": ...}`` envelope, or ``document`` if it has none."""
    if isinstance(document, dict) and len(document) == 1 and "data" in document:
        return document["data"]
    return document


def read_document_text(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """``(source name, text)`` of file ``name``, ``-`` being stdin; at most ``max_bytes`` are read."""
    if name == "-":
        if sys.stdin is None:  # started with stdin closed (``<&-``)
            raise UnreadableJsonError(STDIN, "cannot read: stdin is closed")
        try:
            stream = sys.stdin.buffer
        except (AttributeError, ValueError) as error:
            raise UnreadableJsonError(STDIN, "cannot read: stdin is closed") from error
        return STDIN, decode(read_stream(stream, STDIN, max_bytes=max_bytes), STDIN)
    return name, read_text(Path(name), max_bytes=max_bytes)


def _relative(violations: list[Violation], prefix: str) -> tuple[Violation, ...]:
    """The violations under ``prefix`` (a pointer to an item), with paths relative to the item."""
    return tuple(
        attrs.evolve(v, path=v.path[len(prefix) :])
        for v in violations
        if v.path == prefix or v.path.startswith(f"{prefix}/")
    )


def read_items(name: str, *, jsonl: bool | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The payloads in file ``name`` (``-`` is stdin); raises ``UnusableInputError`` with line and column."""
    source, text = read_document_text(name, max_bytes=max_bytes)
    if jsonl is None:
        jsonl = name.endswith(".jsonl")
    if jsonl:
        yield from jsonl_items(source, text)
        return
    document, duplicates = loads_tracking_duplicates(text, source)
    yield from document_items(source, text, document, duplicates)


def jsonl_items(source: str, text: str) -> Iterator[Item]:
    """The payloads of JSON Lines ``text``, one a line (blank lines skipped)."""
    for number, line in enumerate(json_lines(text), start=1):
        if line.strip():
            document, duplicates = loads_tracking_duplicates(line, source, line_offset=number - 1)
            for item in document_items(source, line, document, duplicates, split=False):
                yield attrs.evolve(item, line=number)


def document_items(
    source: str, text: str, document: object, duplicates: list[str], *, split: bool = True
) -> Iterator[Item]:
    """The payloads of one parsed JSON ``document`` (an envelope, a list, split if asked, or one payload).

    A ``{"data": ...}`` envelope whose ``data`` key is duplicated is not unwrapped: which
    body it holds is ambiguous, so the document is checked as it stands.
    """
    violations = text_violations(text, document, duplicates)
    value = unwrap_envelope(document) if "/data" not in duplicates else document
    prefix = "/data" if value is not document else ""
    if split and isinstance(value, list):
        for index, child in enumerate(value):
            yield Item(source, child, index=index, violations=_relative(violations, f"{prefix}/{index}"))
    else:
        yield Item(source, value, violations=_relative(violations, prefix))
