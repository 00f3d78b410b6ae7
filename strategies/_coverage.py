"""Which enum values and named edge cases a strategy actually produces."""

from __future__ import annotations

from typing import Any

import attrs
import hypothesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from contracts._models import IntegrationResponseDto
from contracts._shape import ArrayShape, EnumShape, ObjectShape, object_shape
from strategies._edge_cases import EDGE_CASES, edge_cases_in


@attrs.frozen
class Coverage:
    """Counts over a sample of payloads: enum values per position, and named edge cases."""

    examples: int
    enum_values: dict[str, dict[str, int]]
    """Position (e.g. ``conditions[].children[].operator``) -> value -> count; every declared value listed."""
    edge_cases: dict[str, int]
    """Edge case name -> count; every named edge case listed."""

    def missing(self) -> list[str]:
        """What never appeared: ``position=value`` for enum values, names for edge cases."""
        unseen = [
            f"{where}={value}"
            for where, counts in self.enum_values.items()
            for value, n in counts.items()
            if not n
        ]
        return unseen + [name for name, n in self.edge_cases.items() if not n]

    def __str__(self) -> str:
        lines = [f"coverage over {self.examples} examples"]
        for where, counts in self.enum_values.items():
            lines.append(f"  {where}: " + ", ".join(f"{value}={n}" for value, n in counts.items()))
        lines.extend(f"  edge case {name}: {n}" for name, n in self.edge_cases.items())
        missing = self.missing()
        lines.append(f"  never seen: {', '.join(missing)}" if missing else "  everything seen")
        return "\n".join(lines)


def _enum_positions(shape: ObjectShape, prefix: str = "") -> dict[str, EnumShape]:
    positions: dict[str, EnumShape] = {}
    for field in shape.fields:
        where = f"{prefix}{field.wire}"
        inner = field.shape.items if isinstance(field.shape, ArrayShape) else field.shape
        suffix = "[]" if isinstance(field.shape, ArrayShape) else ""
        if isinstance(inner, EnumShape):
            positions[where + suffix] = inner
        elif isinstance(inner, ObjectShape):
            positions.update(_enum_positions(inner, f"{where}{suffix}."))
    return positions


def _values_at(payload: Any, where: str) -> list[Any]:
    values = [payload]
    for part in where.split("."):
        key, many = (part[:-2], True) if part.endswith("[]") else (part, False)
        found = [v[key] for v in values if isinstance(v, dict) and key in v]
        values = [item for v in found if isinstance(v, list) for item in v] if many else found
    return values


def measure(payloads: list[Any]) -> Coverage:
    """Count enum values and named edge cases in ``payloads`` (wire dicts)."""
    positions = _enum_positions(object_shape(IntegrationResponseDto))
    enum_values = {where: dict.fromkeys(shape.values, 0) for where, shape in positions.items()}
    edge_cases = dict.fromkeys((edge_case.name for edge_case in EDGE_CASES), 0)
    for payload in payloads:
        for where, counts in enum_values.items():
            for value in _values_at(payload, where):
                if isinstance(value, str) and value in counts:
                    counts[value] += 1
        for name in edge_cases_in(payload) if isinstance(payload, dict) else ():
            edge_cases[name] += 1
    return Coverage(len(payloads), enum_values, edge_cases)


def coverage(
    strategy: st.SearchStrategy[Any] | None = None, *, examples: int = 100, seed: int = 0
) -> Coverage:
    """Run ``strategy`` (default ``integration_payloads()``) as ``@given`` would and count what it made.

    Uses Hypothesis' generate phase only, with a fixed seed and no example database, so the
    report is what a fresh ``@given`` test with ``max_examples=examples`` would see.
    """
    if strategy is None:
        from strategies._payloads import integration_payloads

        strategy = integration_payloads()
    seen: list[Any] = []

    @hypothesis.seed(seed)
    @settings(
        max_examples=examples,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(payload: Any) -> None:
        seen.append(payload)

    collect()
    return measure(seen)
