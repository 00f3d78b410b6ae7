"""A module's source cut into its top-level definitions, so that a test reaching a few of them is
read for what those few name (``_named``), not for the whole module."""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Collection, Iterator


def _bound_names(node: ast.stmt) -> Iterator[str]:
    """The module-level names ``node`` defines or assigns."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        yield node.name
    elif isinstance(node, ast.Assign):
        for target in node.targets:
            yield from (name.id for name in ast.walk(target) if isinstance(name, ast.Name))
    elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(node.target, ast.Name):
        yield node.target.id


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """Module-level statements, those under a module-level ``if`` or ``try`` included (a definition
    made only on some Python version, or only if an import works)."""
    for node in body:
        if isinstance(node, ast.If):
            yield from _statements(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            yield from _statements(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                yield from _statements(handler.body)
        else:
            yield node


def line_key(line: int) -> str:
    """The key ``top_level_sources`` gives the statement on ``line`` too: a lambda has no name of its
    own (``route = lambda p: ...`` is ``<lambda>`` wherever it is imported), only a line."""
    return f"<line {line}>"


def top_level_sources(tree: ast.Module, text: str) -> dict[str, list[str]]:
    """Each module-level name of ``tree`` (parsed from ``text``): the source of the statements that
    bind it, dedented (decorators included); and each line of a binding statement (``line_key``)."""
    lines = text.splitlines(keepends=True)
    found: dict[str, list[str]] = {}
    for node in _statements(tree.body):
        names = list(_bound_names(node))
        if not names or node.end_lineno is None:
            continue
        first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", ()))])
        source = textwrap.dedent("".join(lines[first - 1 : node.end_lineno]))
        for name in [*names, *map(line_key, range(first, node.end_lineno + 1))]:
            found.setdefault(name, []).append(source)
    return found


def source_of(sources: dict[str, list[str]], names: Collection[str]) -> str:
    """The source of the definitions of ``names`` (those ``sources`` has), as one module's text."""
    parts = dict.fromkeys(source for name in sorted(names) for source in sources.get(name, ()))
    return "\n\n".join(parts)
