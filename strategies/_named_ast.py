"""Small readers of syntax trees that the scan's modules (``_named``, ``_named_checks``, ``_named_guards``)
share: string literals, the wire a node reads (``x["field"]``, ``x.get("field").lower()``) and the
variables holding one, a function with its nodes."""

from __future__ import annotations

import ast
from collections.abc import Collection, Sequence

# A literal collection naming more providers than this is a table of them all (display names, a
# registry), not the few a branch handles; its entries say nothing about what the code tests.
TABLE_SIZE = 8


# Calls that leave which field a value came from unchanged, for ``payload["field"].lower() == ...``.
_SAME_FIELD_METHODS = frozenset(
    {"lower", "upper", "strip", "lstrip", "rstrip", "casefold", "removeprefix", "removesuffix"}
)
# Calls whose item is a part of the field: ``field.rsplit(".", 1)[-1] == "timezone"`` names it.
_PART_METHODS = frozenset({"split", "rsplit", "partition", "rpartition"})


FUNCTION_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
Function = tuple[ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, list[ast.AST]]
"""A function's node and every node within it."""


def wire_aliases(
    function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
    body: Sequence[ast.AST],
    wires: Collection[str],
) -> dict[str, str]:
    """Variable -> the wire name it holds: assigned a read of it (``field, value = f(c, "field"), ...``,
    ``lowered = field.lower()``, in two rounds for one step of indirection), or a parameter named as it.

    ``body``: every node of ``function``.
    """
    aliases = {arg.arg: arg.arg for arg in function.args.args if arg.arg in wires}
    # (target, value) of each assignment of one target, annotated or not (``field: str = c["field"]``).
    assignments = [
        (node.targets[0], node.value)
        for node in body
        if isinstance(node, ast.Assign) and len(node.targets) == 1
    ] + [
        (node.target, node.value)
        for node in body
        if isinstance(node, ast.AnnAssign) and node.value is not None
    ]
    for _ in range(2):
        for target, value in assignments:
            pairs = (
                zip(target.elts, value.elts, strict=True)
                if isinstance(target, ast.Tuple)
                and isinstance(value, ast.Tuple)
                and len(target.elts) == len(value.elts)
                and not any(isinstance(e, ast.Starred) for e in (*target.elts, *value.elts))
                else [(target, value)]
            )
            for name, read in pairs:
                wire = wire_read(read, aliases) if isinstance(name, ast.Name) else None
                if isinstance(name, ast.Name) and wire is not None:
                    aliases[name.id] = wire
    return aliases


def wire_read(node: ast.expr, aliases: dict[str, str]) -> str | None:
    """The wire name ``node`` reads, if any: ``x["field"]``, ``x.get("field")``, a helper's read
    (``text_of(x, "field")``), a variable holding one, through case and strip methods and a part of
    it (``x["field"].rsplit(".", 1)[-1]``)."""
    while True:
        if isinstance(node, ast.NamedExpr):
            node = node.value  # if region := credentials.get("region"):
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr != "get":
            if node.func.attr not in _SAME_FIELD_METHODS:
                return None
            node = node.func.value
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute)
            and node.value.func.attr in _PART_METHODS
        ):
            node = node.value.func.value  # field.rsplit(".", 1)[-1]: a part of the field
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
            if len(node.args) != 1:
                return None
            node = node.args[0]
        else:
            break
    if isinstance(node, ast.Subscript):
        return string(node.slice)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and node.args
    ):
        return string(node.args[0])
    if isinstance(node, ast.Name):
        return aliases.get(node.id)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) >= 2:
        return string(node.args[-1])  # a helper reading it: text_of(child, "field")
    return None


def string(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def strings(node: ast.expr, constants: dict[str, list[str]]) -> list[str]:
    """The string literal ``node`` is, or those of the tuple, list or set it writes out or names."""
    if isinstance(node, ast.Name):
        return constants.get(node.id, [])  # each within its size (_named._module_collections, _module_tables)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        if len(node.elts) > TABLE_SIZE:  # a table of them all: see TABLE_SIZE
            return []
        return [value for value in map(string, node.elts) if value is not None]
    value = string(node)
    return [] if value is None else [value]
