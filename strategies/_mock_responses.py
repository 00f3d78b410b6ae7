"""The stub in process for ``requests``: a ``responses`` mock whose callbacks ask the stub.

    with mock_novu(stub, transport="responses"):
        requests.get("https://api.novu.co/v1/integrations", headers={"Authorization": f"ApiKey {KEY}"})

A delayed reply is slept; a dropped connection raises ``requests.ConnectionError`` wrapping the
``RemoteDisconnected`` the HTTP stub's dropped connection gives. Requests to other hosts get responses' own
``ConnectionError`` ("Connection refused by Responses"): nothing passes through to the network.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from strategies._mock import BaseUrl, NotMockedError, target_of

try:
    import requests
    import responses
    import urllib3
except ImportError as error:
    raise ImportError(
        "transport='responses' needs requests and responses:"
        " python -m pip install 'novu-contracts[responses]'"
    ) from error

if TYPE_CHECKING:
    from strategies._stub import NovuStub
    from strategies._stub_core import StubCall

_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def _url_pattern(base: BaseUrl) -> re.Pattern[str]:
    """Every URL under ``base``, with or without its default port spelled out."""
    default = {"http": 80, "https": 443}[base.scheme]
    port = f"(?::{base.port})" + ("?" if base.port == default else "")
    host = "(?i:" + re.escape(base.host) + ")"
    return re.compile(f"^{base.scheme}://{host}{port}{re.escape(base.prefix)}(?:[/?#]|$)")


def _body(request: requests.PreparedRequest) -> bytes:
    body: Any = request.body
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if isinstance(body, bytes):
        return body
    if hasattr(body, "read"):
        data = body.read()
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)
    return b"".join(chunk.encode("utf-8") if isinstance(chunk, str) else chunk for chunk in body)


def stub_call(request: requests.PreparedRequest, bases: tuple[BaseUrl, ...]) -> StubCall:
    """A prepared ``requests`` request as the stub's call; raises ``NotMockedError`` off the bases."""
    from strategies._stub_core import StubCall

    parts = urlsplit(request.url or "")
    raw_path = parts.path + (f"?{parts.query}" if parts.query else "")
    target = target_of(bases, parts.scheme, parts.hostname or "", parts.port, raw_path)
    if target is None:
        raise NotMockedError(f"{request.method} {request.url}", bases)
    headers = [(str(name), str(value)) for name, value in request.headers.items()]
    return StubCall(str(request.method), target, headers, _body(request))


@contextlib.contextmanager
def responses_mock(stub: NovuStub, bases: tuple[BaseUrl, ...]) -> Iterator[responses.RequestsMock]:
    """A started ``responses.RequestsMock`` sending ``bases`` to ``stub``."""

    def callback(request: requests.PreparedRequest) -> Any:
        # Headers go back as a list of pairs (responses accepts it, though typed as a Mapping):
        # a repeated header survives.
        answer = stub.answer(stub_call(request, bases))
        if answer.delay > 0:
            time.sleep(answer.delay)
        if answer.drop:
            hang_up = http.client.RemoteDisconnected("Remote end closed connection without response")
            raise requests.ConnectionError(
                urllib3.exceptions.ProtocolError("Connection aborted.", hang_up), request=request
            )
        return answer.status, list(answer.headers), answer.body

    mock = responses.RequestsMock(assert_all_requests_are_fired=False)
    for base in bases:
        pattern = _url_pattern(base)
        for method in _METHODS:
            mock.add_callback(method, pattern, callback=callback, content_type=None)
    with mock:
        yield mock
