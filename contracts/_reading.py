"""Reading JSON with errors that name the source, the line and the column."""

from __future__ import annotations

import json
from pathlib import Path


class UnreadableJsonError(ValueError):
    """A file or text that cannot be read as JSON."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


def loads(text: str, source: str, *, line_offset: int = 0) -> object:
    """``json.loads`` whose errors say where (``source``, line, column) and why."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableJsonError(
            source, f"malformed JSON at line {error.lineno + line_offset}, column {error.colno}: {error.msg}"
        ) from error
    except RecursionError as error:
        raise UnreadableJsonError(source, "JSON nested too deeply to read") from error
    except ValueError as error:  # e.g. an integer longer than Python's digit limit
        raise UnreadableJsonError(source, f"unreadable JSON: {error}") from error


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of ``data`` (a BOM is dropped)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableJsonError(source, f"not UTF-8 text (byte {error.start}: {error.reason})") from error


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableJsonError(str(path), f"cannot read: {error.strerror or error}") from error
    return decode(data, str(path))


def json_lines(text: str) -> list[str]:
    """The lines of a JSON Lines text.

    Split on ``\n`` only: ``str.splitlines`` also breaks at U+2028, U+2029 and U+0085,
    which may stand unescaped inside JSON strings.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def dumps(value: object, *, indent: int | None = None, allow_nan: bool = True) -> str:
    """JSON text that is always encodable as UTF-8.

    Non-ASCII characters are written as themselves, unless the value holds a lone
    surrogate (``json.loads`` accepts ``"\\ud800"``), which only survives escaped.
    """
    text = json.dumps(value, indent=indent, ensure_ascii=False, allow_nan=allow_nan)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, indent=indent, ensure_ascii=True, allow_nan=allow_nan)
    return text


def encode(value: object, *, indent: int | None = None) -> bytes:
    """``dumps(value)`` as UTF-8 bytes: the library's one JSON encoder, for files and HTTP bodies."""
    return dumps(value, indent=indent).encode("utf-8")
