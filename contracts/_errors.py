"""Violations of the contract and the one exception that carries them."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

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
    NOT_UNICODE = "not_unicode"  # a lone surrogate escape ("\\ud800") in a key or string


class Severity(StrEnum):
    """Errors break the contract; warnings (unknown keys) are allowed by it but worth knowing."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
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


class ContractError(ValueError):
    """A payload breaks the contract; ``violations`` lists every problem found, not only the first."""

    def __init__(self, violations: Iterable[Violation]) -> None:
        self.violations = tuple(violations)
        count = len(self.violations)
        lines = [f"{count} contract violation{'s' if count != 1 else ''}:"]
        lines.extend(f"  {violation}" for violation in self.violations)
        super().__init__("\n".join(lines))
