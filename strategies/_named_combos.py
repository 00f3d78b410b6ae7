"""Tables keyed by combinations of flags (``MODES = {(False, False): ..., (True, False): ...}`` looked up with
``MODES[(creds.get("requireTls"), creds.get("ignoreTls"))]``): the combinations a table leaves out are where
its ``KeyError`` is, as the enum values a table leaves out are (``Unlisted``). Each is a ``Combination``."""

from __future__ import annotations

import ast
import itertools
from collections.abc import Collection, Sequence

from strategies._named_ast import Function, wire_aliases, wire_read
from strategies._named_kinds import Combination

# Tables of more flags than this are data, not a branch on a few switches.
MAX_FLAGS = 4


def combinations(
    tables: Sequence[tuple[str, ast.expr]], functions: Sequence[Function], flags: Collection[str]
) -> set[Combination]:
    """The flag combinations each module-level ``tables`` entry keyed by tuples of booleans leaves out,
    for the flags of ``flags`` that each of ``functions`` looks it up with."""
    missing = {name: left_out for name, table in tables if (left_out := _left_out(table))}
    if not missing:
        return set()
    found: set[Combination] = set()
    for function, body in functions:
        aliases = wire_aliases(function, body, flags)
        for node in body:
            lookup = _lookup(node)
            if lookup is None or lookup[0] not in missing:
                continue
            name, key = lookup
            wires = [_flag_read(element, aliases) for element in key.elts]
            if len(wires) != len(missing[name][0]) or any(w is None or w not in flags for w in wires):
                continue
            found.update(
                Combination(tuple(w for w in wires if w is not None), values) for values in missing[name]
            )
    return found


def _left_out(table: ast.expr) -> list[tuple[bool, ...]]:
    """The boolean tuples a dict keyed only by boolean tuples of one length does not have."""
    if not isinstance(table, ast.Dict) or not table.keys:
        return []
    keys: set[tuple[bool, ...]] = set()
    for key in table.keys:
        if not isinstance(key, ast.Tuple) or not key.elts:
            return []
        values = [
            element.value
            for element in key.elts
            if isinstance(element, ast.Constant) and isinstance(element.value, bool)
        ]
        if len(values) != len(key.elts):
            return []
        keys.add(tuple(values))
    sizes = {len(key) for key in keys}
    if len(sizes) != 1 or (size := sizes.pop()) > MAX_FLAGS:
        return []
    return [values for values in itertools.product((False, True), repeat=size) if values not in keys]


def _lookup(node: ast.AST) -> tuple[str, ast.Tuple] | None:
    """(table, key) for ``TABLE[(a, b)]`` or ``TABLE.get((a, b))``."""
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.ctx, ast.Load)
        and isinstance(node.value, ast.Name)
    ):
        table, key = node.value.id, node.slice
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Name)
        and node.args
    ):
        table, key = node.func.value.id, node.args[0]
    else:
        return None
    return (table, key) if isinstance(key, ast.Tuple) else None


def _flag_read(node: ast.expr, aliases: dict[str, str]) -> str | None:
    """The flag ``node`` reads: ``c.get("secure")``, ``c.get("secure", False)``, ``bool(...)`` of one, or
    ``... is True`` / ``== True``."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "bool"
        and node.args
    ):
        node = node.args[0]
    elif (
        isinstance(node, ast.Compare)
        and len(node.ops) == 1
        and isinstance(node.ops[0], ast.Is | ast.Eq)
        and isinstance(node.comparators[0], ast.Constant)
        and node.comparators[0].value is True
    ):
        node = node.left
    return wire_read(node, aliases)
