"""Reading untrusted JSON: bounded in size, strict about what JSON is, and with errors that say where.

Errors name the source, the line and the column. Beyond ``json.loads`` this refuses what
Python's parser lets through but JSON does not allow (bare ``NaN``/``Infinity``), never
reads more than a size cap (so ``/dev/zero`` or a FIFO cannot make it grow without
bound), and finds what JSON allows but parsers disagree on: duplicate object keys and
lone surrogates (``"\\ud800"``), reported by JSON Pointer.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from contracts._errors import Code, Severity, Violation

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""The default size cap of one input file (64 MiB), larger than any real API response or OpenAPI document."""


class UnreadableJsonError(ValueError):
    """A file or text that cannot be read as JSON."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class _NotJsonConstantError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def _refuse_constant(name: str) -> Any:
    raise _NotJsonConstantError(name)


# A JSON string, or one of the constants Python's parser accepts and JSON does not.
_CONSTANT_OUTSIDE_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*+"|(-?Infinity|NaN)', re.DOTALL)


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _constant_error(text: str, source: str, name: str, line_offset: int) -> UnreadableJsonError:
    reason = f"malformed JSON: {name} is not a JSON value (write null, or a number as a string)"
    for match in _CONSTANT_OUTSIDE_STRINGS.finditer(text):
        if match.group(1):
            line, column = _position(text, match.start(1))
            reason = (
                f"malformed JSON at line {line + line_offset}, column {column}: {match.group(1)} is not a"
                " JSON value (write null, or a number as a string)"
            )
            break
    return UnreadableJsonError(source, reason)


def _decode(
    text: str,
    source: str,
    line_offset: int,
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
) -> Any:
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=object_pairs_hook)
    except _NotJsonConstantError as error:
        raise _constant_error(text, source, error.name, line_offset) from None
    except json.JSONDecodeError as error:
        raise UnreadableJsonError(
            source, f"malformed JSON at line {error.lineno + line_offset}, column {error.colno}: {error.msg}"
        ) from error
    except RecursionError as error:
        raise UnreadableJsonError(source, "JSON nested too deeply to read") from error
    except ValueError as error:  # an integer longer than Python's digit limit
        for match in _LONG_NUMBER_OUTSIDE_STRINGS.finditer(text):
            if match.group(1):
                line, column = _position(text, match.start(1))
                raise UnreadableJsonError(
                    source,
                    f"unreadable JSON at line {line + line_offset}, column {column}: a number of"
                    f" {len(match.group(1))} digits, more than Python reads ({error})",
                ) from error
        raise UnreadableJsonError(source, f"unreadable JSON: {error}") from error


_LONG_NUMBER_OUTSIDE_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*+"|(\d{4301,}+)', re.DOTALL)


def loads(text: str, source: str, *, line_offset: int = 0) -> object:
    """``json.loads`` whose errors say where (``source``, line, column) and why; ``NaN`` is refused."""
    return _decode(text, source, line_offset)


def loads_tracking_duplicates(
    text: str, source: str = "<string>", *, line_offset: int = 0
) -> tuple[object, list[str]]:
    """``(value, pointers)``: the JSON value of ``text`` and the JSON Pointer of every duplicated key.

    Parsers disagree on which of two equal keys wins (Python keeps the last), so a
    document with ``{"channel": "bogus", "channel": "email"}`` means different things
    to different consumers. Each pointer names the key (``/conditions/0/field``), once
    per key however often it repeats, in document order.
    """
    repeated: dict[int, list[str]] = {}

    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            counts = Counter(key for key, _ in pairs)
            repeated[id(result)] = [key for key in result if counts[key] > 1]  # first-seen order
        return result

    value = _decode(text, source, line_offset, build)
    if not repeated:
        return value, []
    found: list[str] = []
    for where, node in _containers(value):
        if isinstance(node, dict) and id(node) in repeated:
            found.extend(f"{where}/{escape_pointer(key)}" for key in repeated[id(node)])
    return value, found


def escape_pointer(key: str | int) -> str:
    """One JSON Pointer reference token (RFC 6901)."""
    return str(key).replace("~", "~0").replace("/", "~1")


def _containers(value: object) -> Iterator[tuple[str, object]]:
    """Every object and array in ``value`` with its JSON Pointer, in document order (iteratively)."""
    stack: list[tuple[str, object]] = [("", value)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            yield where, node
            children = [(f"{where}/{escape_pointer(k)}", child) for k, child in node.items()]
        elif isinstance(node, list):
            yield where, node
            children = [(f"{where}/{index}", child) for index, child in enumerate(node)]
        else:
            continue
        stack.extend(reversed([(w, c) for w, c in children if isinstance(c, dict | list)]))


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def lone_surrogates(value: object) -> list[str]:
    """JSON Pointers of the keys and strings in ``value`` holding a lone surrogate (``"\\ud800"``).

    JSON's ``\\u`` escapes allow them, but they are not Unicode: no UTF-8 encoder, database
    or HTTP library downstream accepts them. The pointer of a key is the key's own.
    """
    if isinstance(value, str):
        return [] if _is_unicode(value) else [""]
    found: list[str] = []
    for where, node in _containers(value):
        if isinstance(node, dict):
            for key, child in node.items():
                if not _is_unicode(key) or (isinstance(child, str) and not _is_unicode(child)):
                    found.append(f"{where}/{escape_pointer(key)}")
        elif isinstance(node, list):
            found.extend(
                f"{where}/{index}"
                for index, child in enumerate(node)
                if isinstance(child, str) and not _is_unicode(child)
            )
    return found


def duplicate_key_violation(pointer: str) -> Violation:
    """The violation for a key that appears more than once in its object."""
    key = pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    return Violation(
        path=pointer,
        code=Code.DUPLICATE_KEY,
        message=f"duplicate key {key!r}: parsers disagree on which of its values wins; keep one",
        expected="each key once in its object",
        actual="the key more than once",
    )


def lone_surrogate_violation(pointer: str) -> Violation:
    """The warning for a key or string holding a lone surrogate.

    A warning, as unknown keys are: JSON's grammar allows the escape (half an emoji, as cutting
    a string by UTF-16 units in JavaScript leaves it), so the contract's ``string`` does too, and
    the strategies draw one; but it is not Unicode text, and strict UTF-8 encoding raises on it.
    """
    return Violation(
        path=pointer,
        code=Code.NOT_UNICODE,
        message=(
            "a lone surrogate (\\ud800-\\udfff) in a key or string: JSON allows it, but it is not"
            " Unicode text and strict UTF-8 encoding raises on it"
        ),
        expected="Unicode text",
        actual="a lone surrogate escape",
        severity=Severity.WARNING,
    )


def text_violations(text: str, value: object, duplicates: list[str]) -> list[Violation]:
    """The violations only the JSON text shows: duplicate keys and lone surrogates, by pointer."""
    found = [duplicate_key_violation(pointer) for pointer in duplicates]
    if _SURROGATE_ESCAPE.search(text):  # a lone surrogate can only come from a \u escape
        found.extend(lone_surrogate_violation(pointer) for pointer in lone_surrogates(value))
    return found


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def decode(data: bytes, source: str) -> str:
    """UTF-8 text of ``data`` (a BOM is dropped)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableJsonError(source, f"not UTF-8 text (byte {error.start}: {error.reason})") from error


def _kind(mode: int) -> str:
    kinds = {
        stat.S_ISDIR: "a directory",
        stat.S_ISFIFO: "a FIFO (named pipe)",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
        stat.S_ISSOCK: "a socket",
    }
    return next((name for test, name in kinds.items() if test(mode)), "not a regular file")


def too_large(source: str, max_bytes: int) -> UnreadableJsonError:
    """The error for an input over the size cap."""
    return UnreadableJsonError(
        source, f"larger than the size cap of {max_bytes} bytes (raise it: --max-bytes, max_bytes=)"
    )


def read_stream(stream: BinaryIO, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """At most ``max_bytes`` from ``stream``; ``UnreadableJsonError`` if there is more."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        try:
            chunk = stream.read(min(1 << 20, max_bytes + 1 - size))
        except OSError as error:
            raise UnreadableJsonError(source, f"cannot read: {error.strerror or error}") from error
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise too_large(source, max_bytes)
    return b"".join(chunks)


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    FIFOs, devices and directories are refused before reading (``/dev/zero`` never
    ends, a FIFO may never answer): opened without blocking, checked with ``fstat``.
    """
    source = str(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise UnreadableJsonError(source, f"cannot read: {error.strerror or error}") from error
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableJsonError(source, f"cannot read: {_kind(mode)}, not a regular file")
        with os.fdopen(descriptor, "rb", buffering=0, closefd=False) as handle:
            return read_stream(handle, source, max_bytes=max_bytes)
    finally:
        os.close(descriptor)


def read_text(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The UTF-8 text of the regular file at ``path`` (see ``read_bytes``)."""
    return decode(read_bytes(path, max_bytes=max_bytes), str(path))


def json_lines(text: str) -> list[str]:
    """The lines of a JSON Lines text.

    Split on ``\n`` only: ``str.splitlines`` also breaks at U+2028, U+2029 and U+0085,
    which may stand unescaped inside JSON strings.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


# Characters that end a line for str.splitlines and JavaScript (not for JSON): escaped on the way
# out, so that any line-splitting reader keeps a JSONL record whole.  They can only be inside strings.
_LINE_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def dumps(value: object, *, indent: int | None = None, allow_nan: bool = True) -> str:
    """JSON text that is always encodable as UTF-8, one line per line ending.

    Non-ASCII characters are written as themselves, unless the value holds a lone
    surrogate (``json.loads`` accepts ``"\\ud800"``), which only survives escaped, and
    except U+2028, U+2029 and U+0085, which ``str.splitlines`` and JavaScript take for
    line endings.
    """
    text = json.dumps(value, indent=indent, ensure_ascii=False, allow_nan=allow_nan)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, indent=indent, ensure_ascii=True, allow_nan=allow_nan)
    for separator, escape in _LINE_SEPARATORS.items():
        if separator in text:
            text = text.replace(separator, escape)
    return text


def encode(value: object, *, indent: int | None = None) -> bytes:
    """``dumps(value)`` as UTF-8 bytes: the library's one JSON encoder, for files and HTTP bodies."""
    return dumps(value, indent=indent).encode("utf-8")
