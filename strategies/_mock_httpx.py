"""The stub in process for httpx (and so novu-py): a transport for one client, a respx router for all.

    client = httpx.Client(transport=NovuHttpxTransport(stub))
    novu = novu_py.Novu(secret_key=KEY, client=client)  # talks to the stub, no socket

    with mock_novu(stub, transport="respx"):  # every httpx client, novu-py's own included
        novu_py.Novu(secret_key=KEY).integrations.list()

A reply the stub delays is slept (``anyio.sleep`` in the async transport); a dropped connection
raises ``httpx.RemoteProtocolError``, what httpx raises when the HTTP stub drops one.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from strategies._mock import DEFAULT_BASE_URLS, BaseUrl, NotMockedError, parse_base_urls, target_of

try:
    import httpx
except ImportError as error:  # pragma: no cover - the extra is installed in our CI
    raise ImportError("the httpx mock needs httpx: python -m pip install 'novu-contracts[httpx]'") from error

if TYPE_CHECKING:
    from strategies._stub import NovuStub
    from strategies._stub_core import StubAnswer, StubCall

DROPPED = "Server disconnected without sending a response."
"""The message of a dropped connection's ``httpx.RemoteProtocolError``: httpx's own, over HTTP."""


def stub_call(request: httpx.Request, bases: tuple[BaseUrl, ...]) -> StubCall:
    """An httpx request as the stub's transport-agnostic call; raises ``NotMockedError`` off the bases."""
    from strategies._stub_core import StubCall

    url = request.url
    target = target_of(bases, url.scheme, url.host, url.port, url.raw_path.decode("ascii"))
    if target is None:
        raise NotMockedError(f"{request.method} {url}", bases)
    return StubCall(request.method, target, request.headers.multi_items(), request.read())


def http_response(request: httpx.Request, answer: StubAnswer) -> httpx.Response:
    """The stub's answer as an httpx response; raises ``httpx.RemoteProtocolError`` if it drops."""
    if answer.drop:
        raise httpx.RemoteProtocolError(DROPPED, request=request)
    return httpx.Response(answer.status, headers=list(answer.headers), content=answer.body, request=request)


class NovuHttpxTransport(httpx.BaseTransport):
    """An httpx transport answering from ``stub`` in process: ``httpx.Client(transport=...)``.

    Requests outside ``base_urls`` raise ``NotMockedError`` (an ``AssertionError``): a test
    reaching for another host is a bug, never a reason to open a socket.
    """

    def __init__(self, stub: NovuStub, *, base_urls: Iterable[str] = DEFAULT_BASE_URLS) -> None:
        self.stub = stub
        self.base_urls = parse_base_urls(base_urls)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.stub.answer(stub_call(request, self.base_urls))
        if answer.delay > 0:
            time.sleep(answer.delay)
        return http_response(request, answer)


class AsyncNovuHttpxTransport(httpx.AsyncBaseTransport):
    """``NovuHttpxTransport`` for ``httpx.AsyncClient``: delays are awaited, never block the loop."""

    def __init__(self, stub: NovuStub, *, base_urls: Iterable[str] = DEFAULT_BASE_URLS) -> None:
        self.stub = stub
        self.base_urls = parse_base_urls(base_urls)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import anyio  # httpx's own dependency; asyncio or trio, whichever runs the client

        await request.aread()
        answer = self.stub.answer(stub_call(request, self.base_urls))
        if answer.delay > 0:
            await anyio.sleep(answer.delay)
        return http_response(request, answer)


@contextlib.contextmanager
def respx_router(stub: NovuStub, bases: tuple[BaseUrl, ...]) -> Iterator[object]:
    """A started respx router sending ``bases`` to ``stub``; any other request fails (no socket)."""
    try:
        import respx
    except ImportError as error:
        raise ImportError(
            "transport='respx' needs respx: python -m pip install 'novu-contracts[respx]'"
        ) from error

    transport = NovuHttpxTransport(stub, base_urls=[base.text for base in bases])
    router = respx.MockRouter(assert_all_called=False, assert_all_mocked=True)
    for base in bases:
        # respx matches the host and port; the path prefix is checked by the transport.
        router.route(scheme=base.scheme, host=base.host, port=base.port, name=base.text).mock(
            side_effect=transport.handle_request
        )
    with router:
        yield router
