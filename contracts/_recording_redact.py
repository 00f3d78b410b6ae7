"""Redacting recordings (vcrpy cassettes, HAR 1.2) in their own format, so that they still replay.

Every value that may hold a secret becomes one *slot*: header values, cookies, query
parameters, path segments, request and response bodies (inflated first, re-compressed as
recorded). All slots of a recording go through one ``contracts._redact.redact`` call, so a
24-hex id gets the same stand-in in a URL as in the bodies, and a replayed client that
reads an id from a list finds the recorded ``PUT /v1/integrations/{id}`` again.
"""

from __future__ import annotations

import base64
import binascii
import functools
import gzip
import json
import zlib
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import attrs

from contracts._reading import dumps
from contracts._recordings import Format, inflate
from contracts._redact import placeholder, redact
from contracts._secrets import ALWAYS_SECRET_HEADERS


@attrs.define
class _Slot:
    name: str
    value: Any
    put: Callable[[Any], None]


@attrs.define
class _Body:
    """A body as recorded (bytes, maybe compressed) and how to write a changed one back."""

    data: bytes
    encoding: str | None
    as_text: bool
    put: Callable[[bytes | str], None]
    length_headers: list[Callable[[int], None]] = attrs.Factory(list)


def redact_recording(document: Any, fmt: Format, *, keep_ids: bool = False) -> tuple[Any, int]:
    """Redact the parsed recording ``document`` in place; returns it and the number of values replaced."""
    slots: list[_Slot] = []
    forced = 0
    entries = document["interactions"] if fmt == "cassette" else document["log"]["entries"]
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        walk = _cassette_slots if fmt == "cassette" else _har_slots
        for slot in walk(entry):
            if slot.name.lower() in ALWAYS_SECRET_HEADERS or slot.name == "\0cookie":
                slot.put(placeholder(slot.name.lstrip("\0")))
                forced += 1
            else:
                slots.append(slot)
    redacted, redaction = redact([{slot.name: slot.value} for slot in slots], keep_ids=keep_ids)
    for slot, new in zip(slots, redacted, strict=True):
        if new[slot.name] != slot.value:
            slot.put(new[slot.name])
    return document, redaction.total + forced


# --- vcrpy cassettes ------------------------------------------------------------------------------


def _cassette_slots(interaction: dict[str, Any]) -> Iterator[_Slot]:
    request = interaction.get("request")
    response = interaction.get("response")
    if isinstance(request, dict):
        yield from _header_map_slots(request.get("headers"))
        if isinstance(request.get("uri"), str):
            yield from _url_slots(request["uri"], _setter(request, "uri"))
        body = request.get("body")
        if isinstance(body, str | bytes):
            yield from _body_slots(_Body(_bytes(body), None, isinstance(body, str), _setter(request, "body")))
    if isinstance(response, dict):
        headers = response.get("headers")
        yield from _header_map_slots(headers)
        body = response.get("body")
        raw = body.get("string") if isinstance(body, dict) else None
        if isinstance(raw, str | bytes) and isinstance(body, dict):
            recorded = _Body(_bytes(raw), _header(headers), isinstance(raw, str), _setter(body, "string"))
            if isinstance(headers, dict):
                for name, values in headers.items():
                    if str(name).lower() == "content-length" and isinstance(values, list):
                        recorded.length_headers.append(functools.partial(_set_every, values))
            yield from _body_slots(recorded)


def _header_map_slots(headers: object) -> Iterator[_Slot]:
    if not isinstance(headers, dict):
        return
    for name, values in headers.items():
        if isinstance(values, list):
            for index, value in enumerate(values):
                if isinstance(value, str):
                    yield _Slot(str(name), value, _setter(values, index))
        elif isinstance(values, str):
            yield _Slot(str(name), values, _setter(headers, name))


def _header(headers: object) -> str | None:
    if isinstance(headers, dict):
        for name, values in headers.items():
            if str(name).lower() == "content-encoding":
                value = values[0] if isinstance(values, list) and values else values
                return value if isinstance(value, str) else None
    elif isinstance(headers, list):
        for header in headers:
            if isinstance(header, dict) and str(header.get("name", "")).lower() == "content-encoding":
                value = header.get("value")
                return value if isinstance(value, str) else None
    return None


# --- HAR --------------------------------------------------------------------------------------------


def _har_slots(entry: dict[str, Any]) -> Iterator[_Slot]:
    request = entry.get("request")
    response = entry.get("response")
    if isinstance(request, dict):
        yield from _pair_slots(request.get("headers"))
        yield from _pair_slots(request.get("queryString"))
        yield from _pair_slots(request.get("cookies"), cookies=True)
        if isinstance(request.get("url"), str):
            yield from _url_slots(request["url"], _setter(request, "url"))
        post = request.get("postData")
        if isinstance(post, dict):
            yield from _pair_slots(post.get("params"))
            if isinstance(post.get("text"), str):
                yield from _body_slots(_Body(post["text"].encode("utf-8", "surrogatepass"), None, True,
                                             _setter(post, "text")))  # fmt: skip
    if isinstance(response, dict):
        headers = response.get("headers")
        yield from _pair_slots(headers)
        yield from _pair_slots(response.get("cookies"), cookies=True)
        content = response.get("content")
        if isinstance(content, dict) and isinstance(content.get("text"), str):
            yield from _har_content_slots(content, headers)


def _har_content_slots(content: dict[str, Any], headers: object) -> Iterator[_Slot]:
    text: str = content["text"]
    base64_text = content.get("encoding") == "base64"
    try:
        data = base64.b64decode(text) if base64_text else text.encode("utf-8", "surrogatepass")
    except (binascii.Error, ValueError):
        return

    def put(new: bytes | str) -> None:
        raw = new if isinstance(new, bytes) else new.encode("utf-8", "surrogatepass")
        content["text"] = (
            base64.b64encode(raw).decode("ascii") if base64_text else raw.decode("utf-8", "replace")
        )
        if isinstance(content.get("size"), int):
            content["size"] = len(raw)

    body = _Body(data, _header(headers), False, put)
    if _header(headers) is None and isinstance(headers, list):
        for header in headers:
            if isinstance(header, dict) and str(header.get("name", "")).lower() == "content-length":
                body.length_headers.append(functools.partial(_set_length, header))
    yield from _body_slots(body)


def _pair_slots(pairs: object, *, cookies: bool = False) -> Iterator[_Slot]:
    """``[{"name": ..., "value": ...}]`` lists (HAR headers, query strings, cookies, form params)."""
    if not isinstance(pairs, list):
        return
    for pair in pairs:
        if isinstance(pair, dict) and isinstance(pair.get("value"), str):
            name = "\0cookie" if cookies else str(pair.get("name", "value"))
            yield _Slot(name, pair["value"], _setter(pair, "value"))


# --- shared -------------------------------------------------------------------------------------------


def _url_slots(url: str, put: Callable[[str], None]) -> Iterator[_Slot]:
    """The path segments (ids get their stand-ins) and query parameters of ``url``, rebuilt on change."""
    parts = urlsplit(url)
    segments = parts.path.split("/")
    query = parse_qsl(parts.query, keep_blank_values=True)

    def rebuild() -> None:
        path = "/".join(quote(segment, safe="@:!$&'()*+,;=-._~%") for segment in segments)
        put(urlunsplit(parts._replace(path=path, query=urlencode(query))))

    def segment_put(index: int) -> Callable[[Any], None]:
        def put_segment(new: Any) -> None:
            segments[index] = str(new)
            rebuild()

        return put_segment

    def query_put(index: int) -> Callable[[Any], None]:
        def put_value(new: Any) -> None:
            query[index] = (query[index][0], str(new))
            rebuild()

        return put_value

    for index, segment in enumerate(segments):
        if segment:
            yield _Slot("path", segment, segment_put(index))
    for index, (key, value) in enumerate(query):
        yield _Slot(key, value, query_put(index))


def _body_slots(body: _Body) -> Iterator[_Slot]:
    """One slot for a body: its JSON value if it is JSON, else its text; bytes are left alone."""
    try:
        data = inflate(body.data, body.encoding)
    except ValueError:
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    try:
        value: Any = json.loads(text)
        is_json = True
    except (ValueError, RecursionError):
        value, is_json = text, False
    if text == "":
        return

    def put(new: Any) -> None:
        raw = (dumps(new) if is_json else str(new)).encode("utf-8", "surrogatepass")
        if data is not body.data:  # it was compressed: compress it again the way it was
            raw = _compress(raw, body.encoding or "", body.data)
        body.put(raw.decode("utf-8") if body.as_text else raw)
        for set_length in body.length_headers:
            set_length(len(raw))

    yield _Slot("body", value, put)


def _compress(data: bytes, encoding: str, original: bytes) -> bytes:
    if encoding.strip().lower() in ("gzip", "x-gzip"):
        return gzip.compress(data, mtime=0)
    zlib_wrapped = (
        len(original) >= 2 and original[0] & 0x0F == 8 and (original[0] << 8 | original[1]) % 31 == 0
    )
    compressor = zlib.compressobj(wbits=zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def _setter(container: Any, key: Any) -> Callable[[Any], None]:
    return functools.partial(_set_item, container, key)


def _set_item(container: Any, key: Any, value: Any) -> None:
    container[key] = value


def _set_every(values: list[Any], size: int) -> None:
    values[:] = [str(size)] * len(values)


def _set_length(header: dict[str, Any], size: int) -> None:
    header["value"] = str(size)


def _bytes(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
