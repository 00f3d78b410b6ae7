"""Reading payload files for the CLI: ``.json`` (one payload or an array), ``.jsonl`` and stdin."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import attrs

from contracts._reading import UnreadableJsonError, decode, json_lines, loads, read_text

UnusableInputError = UnreadableJsonError


@attrs.frozen
class Item:
    """One payload from an input, with where it came from (for messages)."""

    source: str
    value: object
    index: int | None = None  # position in a JSON array, or None for a lone payload
    line: int | None = None  # line in a JSONL file

    @property
    def where(self) -> str:
        if self.line is not None:
            return f"{self.source}:{self.line}"
        if self.index is not None:
            return f"{self.source}[{self.index}]"
        return self.source


def unwrap_envelope(document: object) -> object:
    """The body inside the API's ``{"data": ...}`` envelope, or ``document`` if it has none."""
    if isinstance(document, dict) and len(document) == 1 and "data" in document:
        return document["data"]
    return document


def read_document_text(name: str) -> tuple[str, str]:
    """``(source name, text)`` of file ``name``, ``-`` being stdin."""
    if name == "-":
        try:
            return "<stdin>", decode(sys.stdin.buffer.read(), "<stdin>")
        except OSError as error:
            raise UnreadableJsonError("<stdin>", f"cannot read: {error}") from error
    return name, read_text(Path(name))


def read_items(name: str, *, jsonl: bool | None = None) -> Iterator[Item]:
    """The payloads in file ``name`` (``-`` is stdin); raises ``UnusableInputError`` with line and column."""
    source, text = read_document_text(name)
    if jsonl is None:
        jsonl = name.endswith(".jsonl")
    if jsonl:
        for number, line in enumerate(json_lines(text), start=1):
            if line.strip():
                value = unwrap_envelope(loads(line, source, line_offset=number - 1))
                yield Item(source, value, line=number)
        return
    document = unwrap_envelope(loads(text, source))
    if isinstance(document, list):
        for index, value in enumerate(document):
            yield Item(source, value, index=index)
    else:
        yield Item(source, document)
