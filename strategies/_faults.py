"""Faults on demand: one ``Fault`` value for ``NovuStub.fail``, the fixture and ``serve --fault``.

A fault matches a route (``"GET /v1/integrations"``, ``"/v1/integrations/{id}"``, ``"*"``) and
replaces the answer with Novu's error body for a status, delays it, garbles its body or drops the
connection; for the next ``times`` matching calls, or each with ``probability`` under the stub's seed.
"""

from __future__ import annotations

import random
import re
from typing import Final

import attrs

BODY_KINDS: Final = ("truncated-json", "html")
"""The malformed bodies a fault can send instead of the JSON one."""

FAULT_SYNTAX: Final = """\
  ROUTE=EFFECT[,EFFECT...]
    ROUTE  *  |  METHOD *  |  METHOD /path  |  /path   ({name} matches one path segment)
    EFFECT STATUS[xN]       answer STATUS with Novu's error body (429 adds Retry-After and
                            the RateLimit-* headers)
           drop[xN]         drop the connection without answering
           xN               only the next N matching calls (default: every one)
           p=P              each matching call with probability P (under --seed)
           latency=SECONDS  wait this long before answering
           retry-after=SECONDS
           body=truncated-json | body=html   send a malformed body instead
  e.g.  'GET /v1/integrations=429x2'   '*=503,p=0.1'   'POST /v1/integrations=latency=1.5'
        '*=502,body=html'   'DELETE /v1/integrations/{id}=drop'"""

_METHODS: Final = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_TEMPLATE_PART = re.compile(r"\{[^/{}]*\}")


def _route_pattern(route: str) -> tuple[str | None, re.Pattern[str] | None]:
    """``(method or None, path regex or None)`` of a route; ``ValueError`` for a malformed one."""
    text = route.strip()
    method: str | None = None
    path = text
    if " " in text:
        method, _, path = text.partition(" ")
        method, path = method.upper(), path.strip()
        if method not in _METHODS:
            raise ValueError(f"unknown method {method!r} in route {route!r}; use one of {sorted(_METHODS)}")
    if path == "*":
        return method, None
    if not path.startswith("/"):
        raise ValueError(f"route {route!r} must be '*', 'METHOD *', 'METHOD /path' or '/path'")
    parts = _TEMPLATE_PART.split(path.rstrip("/") or "/")
    regex = "[^/]+".join(re.escape(part) for part in parts)
    return method, re.compile(regex)


def _check_route(instance: Fault, attribute: attrs.Attribute[str], value: str) -> None:
    _route_pattern(value)


def _check_status(instance: Fault, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not (isinstance(value, int) and 400 <= value <= 599):
        raise ValueError(f"status must be an error status 400..599 (got {value!r})")


@attrs.frozen
class Fault:
    """What to do instead of (or on top of) the normal answer to the calls matching ``route``.

    ``status``: answer it with Novu's error body for that status (the request has no effect);
    ``retry_after``: seconds for the ``Retry-After`` header; ``latency``: seconds to wait first;
    ``body``: ``"truncated-json"`` or ``"html"`` in place of the JSON body; ``drop``: close the
    connection without answering (no effect either); ``times``: only the next N matching calls
    (with ``probability``: the next N times it fires); ``probability``: each matching call with this
    chance, drawn from the stub's seeded generator.
    """

    route: str = attrs.field(validator=_check_route)
    status: int | None = attrs.field(default=None, validator=_check_status)
    retry_after: int | None = attrs.field(default=None, kw_only=True)
    times: int | None = attrs.field(default=None, kw_only=True)
    probability: float | None = attrs.field(default=None, kw_only=True)
    latency: float = attrs.field(default=0.0, kw_only=True)
    body: str | None = attrs.field(default=None, kw_only=True)
    drop: bool = attrs.field(default=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.times is not None and (type(self.times) is not int or self.times < 1):
            raise ValueError(f"times must be a whole number >= 1 (got {self.times!r})")
        if self.probability is not None and not (0.0 <= self.probability <= 1.0):
            raise ValueError(f"probability must be between 0 and 1 (got {self.probability!r})")
        if not (self.latency >= 0.0):
            raise ValueError(f"latency must be seconds >= 0 (got {self.latency!r})")
        if self.retry_after is not None and (type(self.retry_after) is not int or self.retry_after < 0):
            raise ValueError(f"retry_after must be whole seconds >= 0 (got {self.retry_after!r})")
        if self.body is not None and self.body not in BODY_KINDS:
            raise ValueError(f"body must be one of {', '.join(map(repr, BODY_KINDS))} (got {self.body!r})")
        if self.drop and (self.status is not None or self.body is not None):
            raise ValueError("a dropped connection sends no status or body; drop=True goes alone")
        if not (self.status or self.drop or self.body or self.latency or self.retry_after is not None):
            raise ValueError("a fault needs an effect: status=, latency=, body=, drop=True or retry_after=")

    def matches(self, method: str, path: str) -> bool:
        """Whether a call of ``method`` to ``path`` (no query string) is one this fault targets."""
        want_method, pattern = _route_pattern(self.route)
        if want_method is not None and want_method != method:
            return False
        return pattern is None or pattern.fullmatch(path.rstrip("/") or "/") is not None


@attrs.define
class _Armed:
    """A fault in the plan and how many more calls it fires for (``None``: every one)."""

    fault: Fault
    remaining: int | None


class FaultPlan:
    """The stub's active faults in the order added (not thread-safe: the stub calls it under its lock)."""

    def __init__(self, seed: int | str) -> None:
        self._rng = random.Random(f"novu-stub-faults:{seed}")  # noqa: S311 - fault dice, not secrets
        self._armed: list[_Armed] = []

    def add(self, fault: Fault) -> None:
        self._armed.append(_Armed(fault, fault.times))

    def clear(self) -> None:
        self._armed.clear()

    @property
    def faults(self) -> list[Fault]:
        return [armed.fault for armed in self._armed]

    def pick(self, method: str, path: str) -> Fault | None:
        """The first active fault that fires for this call (using up one of its times), else ``None``."""
        for armed in self._armed:
            if not armed.fault.matches(method, path):
                continue
            probability = armed.fault.probability
            if probability is not None and self._rng.random() >= probability:
                continue
            if armed.remaining is not None:
                armed.remaining -= 1
                if armed.remaining == 0:
                    self._armed.remove(armed)
            return armed.fault
        return None


def parse_fault(text: str) -> Fault:
    """A ``Fault`` from ``serve --fault``'s mini-language (``FAULT_SYNTAX``); ``ValueError`` if malformed."""
    route, equals, spec = text.partition("=")
    if not equals or not route.strip() or not spec.strip():
        raise ValueError(f"{text!r} is not ROUTE=EFFECT (e.g. 'GET /v1/integrations=429x2')")
    options: dict[str, object] = {}
    for token in (part.strip() for part in spec.split(",")):
        _parse_effect(token, options, text)
    try:
        return Fault(route.strip(), **options)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise ValueError(f"{text!r}: {error}") from None


_COUNTED = re.compile(r"(?P<what>\d{3}|drop)?(?:x(?P<times>\d+))?")


def _parse_effect(token: str, options: dict[str, object], text: str) -> None:
    key, equals, value = token.partition("=")
    try:
        if equals:
            name = {
                "p": "probability",
                "latency": "latency",
                "retry-after": "retry_after",
                "body": "body",
            }.get(key.strip().lower())
            if name is None:
                raise ValueError(f"unknown option {key!r}")
            parse = {"probability": float, "latency": float, "retry_after": int, "body": str}[name]
            options[name] = parse(value.strip())
            return
        match = _COUNTED.fullmatch(token.lower())
        if not token or match is None:
            raise ValueError(f"unknown effect {token!r}")
        if match["what"] == "drop":
            options["drop"] = True
        elif match["what"]:
            options["status"] = int(match["what"])
        if match["times"]:
            options["times"] = int(match["times"])
    except ValueError as error:
        raise ValueError(f"{text!r}: {error}; the syntax is\n{FAULT_SYNTAX}") from None
