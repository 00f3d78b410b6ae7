"""Recorded HTTP traffic: vcrpy / pytest-recording cassettes and HAR 1.2 files, read as interactions.

A recording is untrusted input: YAML is loaded with a safe loader (``!!binary`` is the only
non-JSON tag it needs), compressed bodies are inflated up to a bound, and every structural
problem names the place in the file (``interactions[3].response.status``).
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from collections.abc import Iterator, Mapping
from typing import Any, Final, Literal
from urllib.parse import urlsplit

import attrs

from contracts._reading import UnreadableJsonError, loads
from contracts._yaml import load_yaml

Format = Literal["cassette", "har"]

MAX_BODY_BYTES: Final = 32 * 1024 * 1024
"""A recorded body that inflates beyond this many bytes is not read (a decompression bomb)."""

_GZIP_MAGIC = b"\x1f\x8b"


class UnreadableRecordingError(UnreadableJsonError):
    """A file that is not a cassette or HAR file we can read; the reason names the place in it."""


@attrs.frozen
class Interaction:
    """One recorded request and its response, the response body decoded (``Content-Encoding`` undone)."""

    index: int
    method: str
    url: str
    status: int
    response_headers: tuple[tuple[str, str], ...]
    body: bytes | None
    """The response body, inflated; ``None`` if the recording holds none (or it could not be read)."""
    body_problem: str | None = None
    """Why ``body`` is ``None`` although the response had one (corrupt gzip, too large, ...)."""

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"

    @property
    def request_line(self) -> str:
        """``METHOD /path``: the query string is left out, as it may hold keys or tokens."""
        return f"{self.method} {self.path}"

    def header(self, name: str) -> str | None:
        """The first value of response header ``name`` (case-insensitive), or ``None``."""
        wanted = name.lower()
        return next((value for key, value in self.response_headers if key.lower() == wanted), None)


@attrs.frozen
class Recording:
    """The interactions of one recording file, in recorded order."""

    source: str
    format: Format
    interactions: tuple[Interaction, ...]


# --- reading ------------------------------------------------------------------------------------


def parse_document(text: str, source: str) -> Any:
    """The JSON or YAML document in ``text`` (JSON when it starts like JSON)."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        return loads(text, source)
    return load_yaml(text, source)


def detect_format(document: object) -> Format | None:
    """``"cassette"`` for ``{"interactions": [...]}``, ``"har"`` for ``{"log": {"entries": [...]}}``."""
    if isinstance(document, dict):
        if isinstance(document.get("interactions"), list):
            return "cassette"
        log = document.get("log")
        if isinstance(log, dict) and isinstance(log.get("entries"), list):
            return "har"
    return None


def read_recording(document: object, source: str, fmt: Format | None = None) -> Recording:
    """The recording in ``document`` (parsed JSON/YAML); ``fmt=None`` detects the format."""
    found = detect_format(document)
    fmt = fmt or found
    if fmt is None or found != fmt:
        wanted = {"cassette": 'an object with an "interactions" list', "har": 'an object with "log.entries"'}
        expected = wanted[fmt] if fmt else "a vcrpy cassette or a HAR file"
        raise UnreadableRecordingError(source, f"not a recording: expected {expected}")
    interactions = _cassette(document, source) if fmt == "cassette" else _har(document, source)
    return Recording(source, fmt, tuple(interactions))


def _cassette(document: Any, source: str) -> Iterator[Interaction]:
    for index, interaction in enumerate(document["interactions"]):
        where = f"interactions[{index}]"
        request = _object(interaction, "request", source, where)
        response = _object(interaction, "response", source, where)
        status = _object(response, "status", source, f"{where}.response")
        headers = tuple(_cassette_headers(response.get("headers"), source, f"{where}.response.headers"))
        body = response.get("body")
        raw = body.get("string") if isinstance(body, dict) else None
        content = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
        if content is not None and not isinstance(content, bytes):
            raise _bad(source, f"{where}.response.body.string", "a string or !!binary", content)
        yield _interaction(
            index,
            _text(request, "method", source, f"{where}.request").upper(),
            _text(request, "uri", source, f"{where}.request"),
            _integer(status, "code", source, f"{where}.response.status"),
            headers,
            content,
        )


def _cassette_headers(headers: object, source: str, where: str) -> Iterator[tuple[str, str]]:
    if headers is None:
        return
    if not isinstance(headers, dict):
        raise _bad(source, where, "an object of header lists", headers)
    for name, values in headers.items():
        for value in values if isinstance(values, list) else [values]:
            if not isinstance(value, str | int):
                raise _bad(source, f"{where}.{name}", "strings", value)
            yield str(name), str(value)


def _har(document: Any, source: str) -> Iterator[Interaction]:
    for index, entry in enumerate(document["log"]["entries"]):
        where = f"log.entries[{index}]"
        request = _object(entry, "request", source, where)
        response = _object(entry, "response", source, where)
        headers = []
        for position, header in enumerate(response.get("headers") or []):
            at = f"{where}.response.headers[{position}]"
            headers.append((_text(header, "name", source, at), _text(header, "value", source, at)))
        content = response.get("content")
        text = content.get("text") if isinstance(content, dict) else None
        body: bytes | None = None
        if isinstance(text, str):
            if isinstance(content, dict) and content.get("encoding") == "base64":
                try:
                    body = base64.b64decode(text, validate=False)
                except (binascii.Error, ValueError):
                    raise _bad(source, f"{where}.response.content.text", "base64", text) from None
            else:
                body = text.encode("utf-8", "surrogatepass")
        elif text is not None:
            raise _bad(source, f"{where}.response.content.text", "a string", text)
        yield _interaction(
            index,
            _text(request, "method", source, f"{where}.request").upper(),
            _text(request, "url", source, f"{where}.request"),
            _integer(response, "status", source, f"{where}.response"),
            tuple(headers),
            body,
        )


def _interaction(
    index: int, method: str, url: str, status: int, headers: tuple[tuple[str, str], ...], raw: bytes | None
) -> Interaction:
    interaction = Interaction(index, method, url, status, headers, raw)
    if raw is None:
        return interaction
    try:
        body = inflate(raw, interaction.header("Content-Encoding"))
    except ValueError as error:
        return attrs.evolve(interaction, body=None, body_problem=str(error))
    return attrs.evolve(interaction, body=body)


def inflate(data: bytes, encoding: str | None) -> bytes:
    """``data`` with a gzip or deflate ``Content-Encoding`` undone, at most ``MAX_BODY_BYTES``.

    A body recorded already decoded (vcrpy's ``decode_compressed_response``, HAR's
    ``content.text``) while the header still names the encoding is taken as it is.
    """
    coding = (encoding or "").strip().lower()
    if coding in ("gzip", "x-gzip") and data.startswith(_GZIP_MAGIC):
        return _bounded_inflate(data, zlib.MAX_WBITS | 16, "gzip")
    if coding == "deflate" and data and not _looks_like_json(data):
        try:
            return _bounded_inflate(data, zlib.MAX_WBITS, "deflate")
        except ValueError:  # "deflate" as some servers send it: raw, without the zlib header
            return _bounded_inflate(data, -zlib.MAX_WBITS, "deflate")
    if coding not in ("", "identity", "gzip", "x-gzip", "deflate") and not _looks_like_json(data):
        raise ValueError(f"the body's Content-Encoding {coding!r} cannot be read (only gzip and deflate)")
    if len(data) > MAX_BODY_BYTES:
        raise ValueError(f"the body exceeds {MAX_BODY_BYTES} bytes")
    return data


def _looks_like_json(data: bytes) -> bool:
    return data.lstrip()[:1] in (b"{", b"[", b'"')


def _bounded_inflate(data: bytes, wbits: int, name: str) -> bytes:
    inflater = zlib.decompressobj(wbits)
    try:
        out = inflater.decompress(data, MAX_BODY_BYTES + 1)
    except zlib.error as error:
        raise ValueError(f"the {name} body is corrupt ({error})") from None
    if len(out) > MAX_BODY_BYTES or inflater.unconsumed_tail:
        raise ValueError(f"the {name} body inflates beyond {MAX_BODY_BYTES} bytes")
    return out


_ABSENT: Final = object()


def _object(parent: object, key: str, source: str, where: str) -> Mapping[str, Any]:
    value = parent.get(key, _ABSENT) if isinstance(parent, dict) else _ABSENT
    if not isinstance(value, dict):
        raise _bad(source, f"{where}.{key}", "an object", value)
    return value


def _text(parent: Mapping[str, Any] | object, key: str, source: str, where: str) -> str:
    value = parent.get(key, _ABSENT) if isinstance(parent, dict) else _ABSENT
    if not isinstance(value, str):
        raise _bad(source, f"{where}.{key}", "a string", value)
    return value


def _integer(parent: Mapping[str, Any], key: str, source: str, where: str) -> int:
    value = parent.get(key, _ABSENT)
    if type(value) is not int:
        raise _bad(source, f"{where}.{key}", "an integer", value)
    return value


def _bad(source: str, where: str, expected: str, value: object) -> UnreadableRecordingError:
    from contracts._report import short

    found = "absent" if value is _ABSENT else short(value)
    return UnreadableRecordingError(source, f"{where}: expected {expected}, got {found}")


# --- Novu's integrations endpoints ---------------------------------------------------------------

BodyKind = Literal["list", "one", "bool"]


@attrs.frozen
class Endpoint:
    """One integrations route: what its successful ``{"data": ...}`` body holds."""

    method: str
    template: str
    body: BodyKind
    pattern: re.Pattern[str] = attrs.field(eq=False)


def _endpoint(method: str, template: str, body: BodyKind) -> Endpoint:
    regex = re.escape(template).replace(r"\{id\}", "[^/]+")
    return Endpoint(method, template, body, re.compile(regex + "/?"))


ENDPOINTS: Final = (
    _endpoint("GET", "/v1/integrations", "list"),
    _endpoint("GET", "/v1/integrations/active", "list"),
    _endpoint("POST", "/v1/integrations", "one"),
    _endpoint("PUT", "/v1/integrations/{id}", "one"),
    _endpoint("DELETE", "/v1/integrations/{id}", "list"),
    _endpoint("POST", "/v1/integrations/{id}/set-primary", "one"),
    _endpoint("GET", "/v1/integrations/webhook/provider/{id}/status", "bool"),
)
"""The integrations routes of Novu's API (method, path on any host, what ``data`` holds)."""


def endpoint_of(method: str, path: str) -> Endpoint | None:
    """The integrations endpoint that ``method`` ``path`` calls, or ``None`` (another API call)."""
    for endpoint in ENDPOINTS:
        if endpoint.method == method.upper() and endpoint.pattern.fullmatch(path):
            return endpoint
    return None
