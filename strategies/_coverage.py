"""Which enum values, named edge cases, string families and flag pairs a strategy actually produces."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from datetime import UTC, datetime
from typing import Any

import attrs
import hypothesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from contracts._declare import Format, field_format
from contracts._models import Channel
from contracts._reading import lone_surrogates
from contracts._shape import ArrayShape, EnumShape, ObjectShape, StringShape, object_shapes
from contracts._versions import CONTRACTS, DEFAULT_VERSION, contract
from strategies import _named, _text
from strategies._edge_cases import edge_cases, edge_cases_in
from strategies._formats import HAS_STRUCTURE
from strategies._providers import provider, providers

# Payloads a format must come up in before a kind of its values (with or without its structure) that
# never did counts as missing: each kind comes in about half of them.
FORMAT_SEEN = 8


@attrs.frozen
class Coverage:
    """Counts over a sample of payloads: enum values per position, and named edge cases."""

    examples: int
    enum_values: dict[str, dict[str, int]]
    """Position (e.g. ``conditions[].children[].operator``) -> value -> count; every declared value listed."""
    edge_cases: dict[str, int]
    """Edge case name -> count; every named edge case listed."""
    string_families: dict[str, int] = attrs.field(factory=dict)
    """Hostile-string family (``control``, ``csv``, ``combining``, ...) -> payloads with such a string."""
    pairs: dict[str, dict[str, int]] = attrs.field(factory=dict)
    """Flag pair (``active+deleted``) -> combination (``true+false``) -> count; every combination listed."""
    formats: dict[str, dict[str, int]] = attrs.field(factory=dict)
    """Format (``email``) -> ``with`` / ``without`` its structure (an ``@``) -> payloads with such a value.

    In ``missing()``, a format that only one provider's credential carries (Azure's connection string,
    in two or three payloads of a hundred) only once it has come up in ``FORMAT_SEEN`` payloads.
    """
    named: dict[str, int] = attrs.field(factory=dict)
    """Provider id, ObjectId or compared condition field your code names (``strategies._named``) ->
    payloads carrying it.

    Not in ``missing()``: a provider of a channel the strategy leaves out is never drawn, rightly.
    """
    relations: dict[str, int] = attrs.field(factory=dict)
    """Pair of values the server's habits keep apart but the contract allows (``RELATIONS``) -> payloads
    with it. Not in ``missing()``: a strategy fixed to one provider or without edge cases rightly has none.
    """

    def missing(self) -> list[str]:
        """What never appeared: ``position=value``, edge case names, string families, ``pair=combination``."""
        unseen = [
            f"{where}={value}"
            for where, counts in self.enum_values.items()
            for value, n in counts.items()
            if not n
        ]
        unseen += [name for name, n in self.edge_cases.items() if not n]
        unseen += [f"strings:{name}" for name, n in self.string_families.items() if not n]
        unseen += [
            f"format:{name}={kind}"
            for name, counts in self.formats.items()
            if name not in _one_provider_formats() or sum(counts.values()) >= FORMAT_SEEN
            for kind, n in counts.items()
            if not n
        ]
        return unseen + [
            f"{pair}={combination}"
            for pair, counts in self.pairs.items()
            for combination, n in counts.items()
            if not n
        ]

    def __str__(self) -> str:
        lines = [f"coverage over {self.examples} examples"]
        for where, counts in self.enum_values.items():
            lines.append(f"  {where}: " + ", ".join(f"{value}={n}" for value, n in counts.items()))
        lines.extend(f"  edge case {name}: {n}" for name, n in self.edge_cases.items())
        if self.string_families:
            lines.append("  strings: " + ", ".join(f"{name}={n}" for name, n in self.string_families.items()))
        for pair, counts in self.pairs.items():
            lines.append(f"  pair {pair}: " + ", ".join(f"{c}={n}" for c, n in counts.items()))
        for name, counts in self.formats.items():
            lines.append(f"  format {name}: " + ", ".join(f"{kind}={n}" for kind, n in counts.items()))
        if self.relations:
            lines.append("  relations: " + ", ".join(f"{name}={n}" for name, n in self.relations.items()))
        if self.named:
            lines.append(
                "  named by your code: " + ", ".join(f"{value}={n}" for value, n in self.named.items())
            )
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


# A domain's empty label (``a..b``, a leading dot) or one past 63 characters: the idna codec refuses both.
_IDNA_REFUSED = re.compile(r"(?:^|[@/.])\.[\w-]|[\w-]\.\.[\w-]|(?:^|[@/.])[\w-]{64,}\.[a-z]")
# String families real code trips on, by what a string contains (see strategies._text).
STRING_FAMILIES: dict[str, Callable[[str], bool]] = {
    "control": lambda s: any(c < " " or c == "\x7f" for c in s),
    "csv": lambda s: any(c in s for c in ',"\r\n'),
    "format": lambda s: "{" in s or "%" in s,
    "regex": lambda s: any(c in s for c in "()[]*+?\\|"),
    "sql-shell": lambda s: any(t in s for t in ("'", ";", "--", "$(", "`")),
    "markup": lambda s: "<" in s or "&" in s,
    "path-url": lambda s: "/" in s or "#" in s or "?" in s,
    "combining": lambda s: any("\u0300" <= c <= "\u036f" for c in s),
    "zero-width": lambda s: any(c in s for c in "\u200b\u200d\ufeff"),
    "astral": lambda s: any(ord(c) > 0xFFFF for c in s),
    "rtl": lambda s: any("\u0590" <= c <= "\u08ff" or c in "\u202e\u202b" for c in s),
    "case-fold": lambda s: s.casefold() != s.lower(),
    "lone-surrogate": lambda s: bool(lone_surrogates(s)),  # JSON allows one; UTF-8 refuses it
    "look-alike": lambda s: (
        re.fullmatch(r"-?[0-9.e]+|NaN|Infinity|true|false|True|False|null|None", s) is not None
    ),
    "bytes-long": lambda s: len(s.encode("utf-8", "surrogatepass")) > _text.ONE_BYTE_LENGTH >= len(s),
    "past-255": lambda s: _text.ONE_BYTE_LENGTH < len(s) < _text.LONG_MIN,
    "chars-long": lambda s: len(s) >= _text.LONG_MIN,
    "huge": lambda s: len(s) >= _text.HUGE_MIN,  # past a message queue's size limit
    "formula": lambda s: s[:1] in ("=", "+", "-", "@"),  # a spreadsheet formula, a command-line option
    "trailing-newline": lambda s: s.endswith("\n"),  # what a pattern anchored with $ lets through
    "label-idna-refuses": lambda s: _IDNA_REFUSED.search(s) is not None,  # an empty or 64+ character label
}
FLAG_PAIRS = (("active", "deleted"), ("active", "primary"), ("deleted", "primary"))
_COMBINATIONS = tuple(f"{a}+{b}" for a, b in itertools.product(("true", "false"), repeat=2))


def _strings(payload: Any, shape: ObjectShape) -> Iterator[str]:
    for field in shape.fields:
        value = payload.get(field.wire) if isinstance(payload, dict) else None
        inner = field.shape.items if isinstance(field.shape, ArrayShape) else field.shape
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(inner, StringShape) and isinstance(item, str):
                yield item
            elif isinstance(inner, ObjectShape):
                yield from _strings(item, inner)


def _formatted(
    payload: Any,
    shape: ObjectShape,
    credential_formats: dict[str, Format],
    wanted: Collection[Format] = HAS_STRUCTURE.keys(),
) -> Iterator[tuple[Format, str]]:
    """(format, value) for every string of ``payload`` whose format is ``wanted`` (``HAS_STRUCTURE``'s).

    A credential's format is its provider's word for it where ``providers.json`` has one.
    """
    for field in shape.fields:
        value = payload.get(field.wire) if isinstance(payload, dict) else None
        inner = field.shape.items if isinstance(field.shape, ArrayShape) else field.shape
        for item in value if isinstance(value, list) else [value]:
            if isinstance(inner, StringShape) and isinstance(item, str):
                fmt = credential_formats.get(field.wire) or field_format(shape.cls, field.name)
                if fmt is not None and fmt in wanted:
                    yield fmt, item
            elif isinstance(inner, ObjectShape):
                formats = credential_formats if field.wire == "credentials" else {}
                yield from _formatted(item, inner, formats, wanted)


def _credential_formats(payload: dict[str, Any]) -> dict[str, Format]:
    known = provider(payload["providerId"]) if isinstance(payload.get("providerId"), str) else None
    return known.credential_formats if known is not None else {}


def _stamp(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else None
    except ValueError:
        return None
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=UTC)


def _updated_first(payload: dict[str, Any]) -> bool:
    created, updated = _stamp(payload.get("createdAt")), _stamp(payload.get("updatedAt"))
    return created is not None and updated is not None and updated < created


def _other_channels_provider(payload: dict[str, Any]) -> bool:
    known = provider(payload["providerId"]) if isinstance(payload.get("providerId"), str) else None
    return known is not None and known.channel.value != payload.get("channel")


RELATIONS: dict[str, Callable[[dict[str, Any]], bool]] = {
    "provider-of-another-channel": _other_channels_provider,
    "deletedBy-while-live": lambda p: p.get("deleted") is False and "deletedBy" in p,
    "deletedAt-while-live": lambda p: p.get("deleted") is False and "deletedAt" in p,
    "updatedAt-before-createdAt": _updated_first,
}
"""Pairs of values the server's habits keep apart but the contract allows, by name."""


def measure(payloads: list[Any], *, contract: str = DEFAULT_VERSION) -> Coverage:
    """Count enum values, named edge cases, string families and flag pairs in ``payloads`` (wire dicts)."""
    root = _root(contract)
    positions = _enum_positions(root)
    enum_values = {where: dict.fromkeys(shape.values, 0) for where, shape in positions.items()}
    edge_case_counts = dict.fromkeys((edge_case.name for edge_case in edge_cases(contract)), 0)
    families = dict.fromkeys(STRING_FAMILIES, 0)
    pairs = {f"{a}+{b}": dict.fromkeys(_COMBINATIONS, 0) for a, b in FLAG_PAIRS}
    formats = {fmt.value: {"with": 0, "without": 0} for fmt in HAS_STRUCTURE}
    named, named_formats = _named_counts()
    relations = dict.fromkeys(RELATIONS, 0)
    for payload in payloads:
        for where, counts in enum_values.items():
            for value in _values_at(payload, where):
                if isinstance(value, str) and value in counts:
                    counts[value] += 1
        if not isinstance(payload, dict):
            continue
        for name in edge_cases_in(payload, contract=contract):
            edge_case_counts[name] += 1
        for name, holds in RELATIONS.items():
            relations[name] += holds(payload)
        texts = list(_strings(payload, root))
        for family, test in STRING_FAMILIES.items():
            families[family] += any(map(test, texts))
        for a, b in FLAG_PAIRS:
            if isinstance(payload.get(a), bool) and isinstance(payload.get(b), bool):
                pairs[f"{a}+{b}"][f"{str(payload[a]).lower()}+{str(payload[b]).lower()}"] += 1
        kinds = {
            (fmt.value, "with" if HAS_STRUCTURE[fmt](value) else "without")
            for fmt, value in _formatted(payload, root, _credential_formats(payload))
        }
        for name, kind in kinds:
            formats[name][kind] += 1
        carried = {value for _, value in _formatted(payload, root, {}, named_formats)}
        if isinstance(payload.get("providerId"), str):  # invalid payloads hold anything
            carried.add(payload["providerId"])
        for value in named.keys() & carried:
            named[value] += 1
    return Coverage(
        len(payloads), enum_values, edge_case_counts, families, pairs, formats, named, relations=relations
    )


def _named_counts() -> tuple[dict[str, int], frozenset[Format]]:
    """A zero count for each provider and value the code under test names (providers first); their formats."""
    literals = _named.named_literals()
    values = _named.named_values(literals)
    named = [p.id for p in _named.named_providers(literals, tuple(Channel))]
    named += [value for of_format in values.values() for value in of_format]
    return dict.fromkeys(named, 0), frozenset(values)


def _one_provider_formats() -> frozenset[str]:
    """The formats no declared field (of any contract version) has and one provider's credentials carry."""
    declared = {
        field_format(shape.cls, field.name)
        for known in CONTRACTS.values()
        for shape in object_shapes(known.shape.cls)
        for field in shape.fields
    }
    carriers = Counter(fmt for known in providers() for fmt in set(known.credential_formats.values()))
    return frozenset(fmt.value for fmt, n in carriers.items() if n == 1 and fmt not in declared)


def _root(version: str) -> ObjectShape:
    return contract(version).shape


def coverage(
    strategy: st.SearchStrategy[Any] | None = None,
    *,
    examples: int = 100,
    seed: int = 0,
    contract: str = DEFAULT_VERSION,
) -> Coverage:
    """Run ``strategy`` (default ``integration_payloads(contract=contract)``) as ``@given`` would; count.

    Uses Hypothesis' generate phase only, with a fixed seed and no example database, so the
    report is what a fresh ``@given`` test with ``max_examples=examples`` would see. Enum
    values and edge cases are those of ``contract``.
    """
    if strategy is None:
        from strategies._payloads import integration_payloads

        strategy = integration_payloads(contract=contract)
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
    return measure(seen, contract=contract)
