"""The stub's transport-neutral surface: one request in (``StubCall``), one answer out (``StubAnswer``).

``NovuStub.answer`` maps a ``StubCall`` to a ``StubAnswer`` with no socket involved; the threaded
HTTP server, the httpx/respx transport and the ``responses`` registry are adapters over it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Final

import attrs


class Headers(Mapping[str, str]):
    """Read-only HTTP headers whose look-ups ignore case; iteration gives the names as sent."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        self._items: dict[str, tuple[str, str]] = {}
        for name, value in pairs:
            lowered = name.lower()
            if lowered in self._items:  # Repeated headers fold into one, as RFC 9110 allows.
                first_name, first_value = self._items[lowered]
                self._items[lowered] = (first_name, f"{first_value}, {value}")
            else:
                self._items[lowered] = (name, value)

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mapping):
            return NotImplemented
        return {k.lower(): v for k, v in self.items()} == {str(k).lower(): v for k, v in other.items()}

    def __hash__(self) -> int:
        return hash(frozenset((k.lower(), v) for k, v in self.items()))

    def __repr__(self) -> str:
        return f"Headers({dict(self.items())!r})"


def _headers(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> Headers:
    return value if isinstance(value, Headers) else Headers(value)


@attrs.frozen
class StubCall:
    """One request to the stub, as any transport sees it.

    ``target`` is the path plus query string (``"/v1/integrations?x=1"``); ``headers`` look-ups
    ignore case; ``body`` is the raw request body (``b""`` when there is none).
    """

    method: str
    target: str
    headers: Mapping[str, str] = attrs.field(factory=Headers, converter=_headers)
    body: bytes = b""


@attrs.frozen
class StubAnswer:
    """The stub's answer to one ``StubCall``.

    ``delay`` is how long (seconds) the transport waits before answering (a latency fault);
    ``drop`` asks it to drop the connection instead of answering (a dropped-connection fault;
    ``status`` is then 0 and means nothing).
    ``headers`` include ``Content-Type`` and ``Content-Length``; for ``HEAD`` the body is empty
    and ``Content-Length`` is the length a ``GET`` would have had.
    """

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    delay: float = 0.0
    drop: bool = False

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or ``None``."""
        lowered = name.lower()
        return next((value for key, value in self.headers if key.lower() == lowered), None)


JSON_CONTENT_TYPE: Final = "application/json; charset=utf-8"
