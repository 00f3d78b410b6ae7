"""Reading payload files for the CLI: ``.json`` (one payload or an array), ``.jsonl`` and stdin."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs


class UnusableInputError(Exception):
    """A file that cannot be read or is not JSON; the CLI exits 2."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


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


def read_items(name: str, *, jsonl: bool | None = None) -> Iterator[Item]:
    """The payloads in file ``name`` (``-`` is stdin); raises ``UnusableInputError`` with line and column."""
    text = _read_text(name)
    source = "<stdin>" if name == "-" else name
    if jsonl is None:
        jsonl = name.endswith(".jsonl")
    if jsonl:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                value = unwrap_envelope(_loads(line, source, line_offset=number - 1))
                yield Item(source, value, line=number)
        return
    document = unwrap_envelope(_loads(text, source))
    if isinstance(document, list):
        for index, value in enumerate(document):
            yield Item(source, value, index=index)
    else:
        yield Item(source, document)


def unwrap_envelope(document: object) -> object:
    """The body inside the API's ``{"data": ...}`` envelope, or ``document`` if it has none."""
    if isinstance(document, dict) and len(document) == 1 and "data" in document:
        return document["data"]
    return document


def _read_text(name: str) -> str:
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise UnusableInputError(name, f"cannot read: {error.strerror or error}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnusableInputError(name, f"not UTF-8 text (byte {error.start}: {error.reason})") from error


def _loads(text: str, source: str, *, line_offset: int = 0) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UnusableInputError(
            source, f"malformed JSON at line {error.lineno + line_offset}, column {error.colno}: {error.msg}"
        ) from error
    except RecursionError as error:
        raise UnusableInputError(source, "JSON nested too deeply to read") from error
    except ValueError as error:  # e.g. an integer longer than Python's digit limit
        raise UnusableInputError(source, f"unreadable JSON: {error}") from error
