"""Violations of the contract and the one exception that carries them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

import attrs


class Code(StrEnum):
    """What kind of rule a payload broke (machine-readable, stable across releases)."""

    MISSING = "missing"
    TYPE = "type"
    NULL = "null"
    ENUM = "enum"
    UNKNOWN_KEY = "unknown_key"
    NOT_JSON = "not_json"
    DUPLICATE_KEY = "duplicate_key"  # a key twice in one object: parsers disagree on which value wins
    NOT_UNICODE = "not_unicode"  # a lone surrogate escape ("\\ud800"): a warning, JSON allows it


class Severity(StrEnum):
    """Errors break the contract; warnings (unknown keys, lone surrogates) are allowed but worth knowing."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen(slots=False)
class Violation:
    """One place where a payload departs from the contract.

    ``path`` is a JSON Pointer (RFC 6901) to the offending value, or to where a missing
    key should be; ``""`` is the payload itself.
    """

    path: str
    code: Code
    message: str
    expected: str
    actual: str
    severity: Severity = Severity.ERROR

    # Not slotted (attrs' slots) so that ``check`` can make a violation whose fields are computed
    # on first access (see ``deferred``): real payloads carry many unknown keys, and formatting
    # a warning for each costs more than checking the whole payload. The one slot holds what
    # computes them; ``__dict__`` holds the fields, as in any attrs class without slots.
    __slots__ = ("__dict__", "__weakref__", "_deferred")

    def __getattr__(self, name: str) -> Any:
        try:
            if name.startswith("__"):
                raise AttributeError(name)
            fill, *arguments = _DEFERRED_SLOT.__get__(self)
        except AttributeError:  # not deferred (or no longer): a genuinely missing name
            raise AttributeError(f"{type(self).__qualname__!r} object has no attribute {name!r}") from None
        self.__dict__.update(fill(*arguments))
        with contextlib.suppress(AttributeError):  # a concurrent first access deleted it already
            _DEFERRED_SLOT.__delete__(self)
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(f"{type(self).__qualname__!r} object has no attribute {name!r}") from None

    def __getstate__(self) -> dict[str, Any]:
        self.path  # noqa: B018 - computes the fields of a deferred violation
        return self.__dict__

    def __str__(self) -> str:
        return f"{self.path or '(root)'}: {self.message}"

    def to_json(self) -> dict[str, str]:
        """The violation as a JSON object, for ``--format json`` and fixture manifests."""
        return {
            "path": self.path,
            "code": self.code.value,
            "severity": self.severity.value,
            "message": self.message,
            "expected": self.expected,
            "actual": self.actual,
        }


_DEFERRED_SLOT: Any = Violation.__dict__["_deferred"]
defer: Callable[[Violation, tuple[Any, ...]], None] = _DEFERRED_SLOT.__set__
"""``defer(object.__new__(Violation), (fill, *arguments))`` makes a violation whose fields are
``fill(*arguments)``, computed on first access to any of them; once read it is indistinguishable
from one built directly (equality, hashing, repr, pickling, ``attrs.evolve``). ``fill`` must
return every field and must not raise. (The checker inlines this on its hot path.)"""


class ContractError(ValueError):
    """A payload breaks the contract; ``violations`` lists every problem found, not only the first."""

    def __init__(self, violations: Iterable[Violation]) -> None:
        self.violations = tuple(violations)
        count = len(self.violations)
        lines = [f"{count} contract violation{'s' if count != 1 else ''}:"]
        lines.extend(f"  {violation}" for violation in self.violations)
        super().__init__("\n".join(lines))
