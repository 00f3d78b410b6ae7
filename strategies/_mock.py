"""In-process mocks of the stub: which URLs they intercept, and one entry point for every client library.

The adapters (``_mock_httpx`` for httpx and respx, ``_mock_responses`` for requests) only translate
a client's request into a ``StubCall`` and the stub's ``StubAnswer`` back: state, auth and faults
are the stub's, the same as over HTTP. This module imports neither httpx nor requests.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Final, Literal
from urllib.parse import urlsplit

import attrs

if TYPE_CHECKING:
    from strategies._stub import NovuStub

DEFAULT_BASE_URLS: Final = ("https://api.novu.co", "https://eu.api.novu.co")
"""What the mocks intercept unless told otherwise: Novu's US and EU API servers (novu-py's two)."""

Transport = Literal["respx", "responses"]
TRANSPORTS: Final[tuple[Transport, ...]] = ("respx", "responses")
_DEFAULT_PORTS: Final = {"http": 80, "https": 443}


@attrs.frozen
class BaseUrl:
    """One intercepted base URL: scheme, host, port and an optional path prefix (no trailing ``/``)."""

    scheme: str
    host: str
    port: int
    prefix: str
    text: str = attrs.field(eq=False)  # as given, for messages; equal URLs may be spelled apart

    @classmethod
    def parse(cls, url: str) -> BaseUrl:
        """``https://api.novu.co`` or ``http://proxy:8080/novu``; raises ``ValueError`` for anything else."""
        if not isinstance(url, str):
            raise TypeError(f"a base URL must be a str, got {url!r} (a {type(url).__name__})")
        parts = urlsplit(url.strip())
        if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
            raise ValueError(f"base URL {url!r}: expected http(s)://host[:port][/prefix]")
        if parts.query or parts.fragment or parts.username or parts.password:
            raise ValueError(f"base URL {url!r}: no query, fragment or credentials allowed")
        try:
            port = parts.port or _DEFAULT_PORTS[parts.scheme]
        except ValueError as error:  # "https://host:99999"
            raise ValueError(f"base URL {url!r}: {error}") from None
        return cls(parts.scheme, parts.hostname.lower(), port, parts.path.rstrip("/"), url.strip())

    def target(self, scheme: str, host: str, port: int | None, raw_path: str) -> str | None:
        """The stub's target (path and query) for a request URL's parts, or None if not under this URL."""
        port = port or _DEFAULT_PORTS.get(scheme)
        if (scheme, host.lower(), port) != (self.scheme, self.host, self.port):
            return None
        path, _, query = raw_path.partition("?")
        if path != self.prefix and not path.startswith(self.prefix + "/"):
            return None
        rest = path[len(self.prefix) :] or "/"
        return f"{rest}?{query}" if query else rest


def parse_base_urls(urls: Iterable[str]) -> tuple[BaseUrl, ...]:
    """Parsed, de-duplicated base URLs; raises ``ValueError`` if there are none."""
    if isinstance(urls, str):
        raise TypeError(f"base_urls must be a sequence of URLs, not one str: use ({urls!r},)")
    parsed = tuple(dict.fromkeys(BaseUrl.parse(url) for url in urls))
    if not parsed:
        raise ValueError("base_urls is empty: give at least one URL to intercept")
    return parsed


def target_of(
    bases: tuple[BaseUrl, ...], scheme: str, host: str, port: int | None, raw_path: str
) -> str | None:
    """The stub target of a request URL's parts under the first matching base URL, else None."""
    for base in bases:
        target = base.target(scheme, host, port, raw_path)
        if target is not None:
            return target
    return None


class NotMockedError(AssertionError):
    """A mock got a request for a URL outside its base URLs: the code under test went elsewhere."""

    def __init__(self, request: str, bases: tuple[BaseUrl, ...]) -> None:
        mocked = ", ".join(base.text for base in bases)
        super().__init__(
            f"{request} is not under the mocked Novu base URLs ({mocked}); no socket was opened."
            " Give the client one of those URLs, or add its URL to base_urls=..."
        )


@contextlib.contextmanager
def mock_novu(
    stub: NovuStub | None = None,
    *,
    transport: Transport = "respx",
    base_urls: Iterable[str] = DEFAULT_BASE_URLS,
) -> Iterator[NovuStub]:
    """Send every request a client library makes to ``base_urls`` to ``stub``, in process; yields the stub.

    ``transport="respx"`` intercepts every ``httpx`` client (novu-py's), ``"responses"`` every
    ``requests`` call; other hosts are refused by the mock, no socket is opened. With no
    ``stub``, a fresh ``NovuStub()`` is used. For one httpx client, pass
    ``NovuHttpxTransport(stub)`` as its ``transport=`` instead.
    """
    if transport not in TRANSPORTS:
        raise ValueError(f"transport={transport!r}: use one of {', '.join(map(repr, TRANSPORTS))}")
    bases = parse_base_urls(base_urls)
    if stub is None:
        from strategies._stub import NovuStub

        stub = NovuStub()
    if transport == "respx":
        from strategies._mock_httpx import respx_router

        with respx_router(stub, bases):
            yield stub
    else:
        from strategies._mock_responses import responses_mock

        with responses_mock(stub, bases):
            yield stub
