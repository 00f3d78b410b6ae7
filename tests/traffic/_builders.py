"""Recordings built in tests: vcrpy cassettes (YAML or JSON) and HAR 1.2 files around chosen bodies."""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from typing import Any, Literal

import attrs
import yaml

Encoding = Literal["identity", "gzip", "deflate"]
Shape = Literal["cassette-yaml", "cassette-json", "har", "har-base64"]


@attrs.frozen
class Exchange:
    """One recorded request and response; ``body`` is a JSON value, or raw bytes when it is not JSON."""

    method: str
    path: str
    status: int
    body: Any
    encoding: Encoding = "identity"
    host: str = "api.novu.co"
    query: str = ""

    def raw(self) -> bytes:
        data = self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()
        if self.encoding == "gzip":
            return gzip.compress(data, mtime=0)
        if self.encoding == "deflate":
            return zlib.compress(data)
        return data

    @property
    def url(self) -> str:
        return f"https://{self.host}{self.path}" + (f"?{self.query}" if self.query else "")

    def response_headers(self) -> list[tuple[str, str]]:
        headers = [
            ("Content-Type", "application/json; charset=utf-8"),
            ("Content-Length", str(len(self.raw()))),
        ]
        if self.encoding != "identity":
            headers.append(("Content-Encoding", self.encoding))
        return headers


def cassette(
    exchanges: list[Exchange], *, request_headers: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    """A vcrpy cassette (format version 1); compressed bodies stay bytes (``!!binary`` in YAML)."""
    interactions = []
    for exchange in exchanges:
        raw = exchange.raw()
        headers: dict[str, list[str]] = {}
        for name, value in exchange.response_headers():
            headers.setdefault(name, []).append(value)
        interactions.append(
            {
                "request": {
                    "body": None,
                    "headers": dict(request_headers or {}),
                    "method": exchange.method,
                    "uri": exchange.url,
                },
                "response": {
                    "body": {"string": raw if exchange.encoding != "identity" else raw.decode()},
                    "headers": headers,
                    "status": {"code": exchange.status, "message": "OK"},
                },
            }
        )
    return {"interactions": interactions, "version": 1}


def har(exchanges: list[Exchange], *, base64_bodies: bool = False) -> dict[str, Any]:
    """A HAR 1.2 log; ``content.text`` holds the decoded body (base64 when asked), as browsers save it."""
    entries = []
    for exchange in exchanges:
        data = exchange.body if isinstance(exchange.body, bytes) else json.dumps(exchange.body).encode()
        content: dict[str, Any] = {"size": len(data), "mimeType": "application/json"}
        if base64_bodies:
            content.update(text=base64.b64encode(data).decode(), encoding="base64")
        else:
            content["text"] = data.decode()
        entries.append(
            {
                "startedDateTime": "2026-01-01T00:00:00.000Z",
                "time": 1,
                "request": {
                    "method": exchange.method,
                    "url": exchange.url,
                    "httpVersion": "HTTP/1.1",
                    "headers": [],
                    "queryString": [],
                    "cookies": [],
                    "headersSize": -1,
                    "bodySize": 0,
                },
                "response": {
                    "status": exchange.status,
                    "statusText": "OK",
                    "httpVersion": "HTTP/1.1",
                    "headers": [{"name": n, "value": v} for n, v in exchange.response_headers()],
                    "cookies": [],
                    "content": content,
                    "redirectURL": "",
                    "headersSize": -1,
                    "bodySize": len(data),
                },
                "cache": {},
                "timings": {"send": 0, "wait": 1, "receive": 0},
            }
        )
    return {"log": {"version": "1.2", "creator": {"name": "tests", "version": "1"}, "entries": entries}}


def recording_text(exchanges: list[Exchange], shape: Shape) -> str:
    """The file text of a recording of ``exchanges`` in ``shape``."""
    if shape == "cassette-yaml":
        return yaml.safe_dump(cassette(exchanges), sort_keys=False)
    if shape == "cassette-json":
        return json.dumps(cassette(exchanges), indent=2)
    return json.dumps(har(exchanges, base64_bodies=shape == "har-base64"), indent=2)
