"""Reading OpenAPI documents written in YAML 1.2 (what current tools emit) with PyYAML (YAML 1.1)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from contracts._reading import UnreadableJsonError

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when PyYAML has it


class _Yaml12Loader(_BASE):  # type: ignore[misc]
    """A safe loader whose booleans are YAML 1.2's: ``on``/``off``/``yes``/``no`` stay strings.

    Under YAML 1.1 rules the FieldFilterPart key ``on:`` would load as ``True``.
    """


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BASE.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


MAX_ALIAS_EXPANSION = 1_000_000
"""How many values YAML aliases may add when expanded (a 1 KB "billion laughs" adds billions)."""


def load_yaml(text: str, source: str) -> Any:
    """The document in ``text``; ``UnreadableJsonError`` (with line and column) if it is not YAML.

    Aliases load as shared objects, cheap in memory but not to walk: a document whose
    aliases expand to more than ``MAX_ALIAS_EXPANSION`` extra values, or whose alias
    contains itself, is refused before anything walks it.
    """
    try:
        document = yaml.load(text, Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        raise UnreadableJsonError(source, f"malformed YAML: {error}") from error
    except RecursionError as error:
        raise UnreadableJsonError(source, "YAML nested too deeply to read") from error
    _check_aliases(document, source)
    return document


def _children(node: dict[Any, Any] | list[Any]) -> list[Any]:
    return list(node.values()) if isinstance(node, dict) else node


def _check_aliases(document: Any, source: str) -> None:
    """Refuse self-containing aliases and alias expansion beyond ``MAX_ALIAS_EXPANSION`` (iteratively)."""
    expanded: dict[int, int] = {}  # id of a container -> its size with every alias expanded
    distinct = 0  # the size with each shared container counted once
    path: set[int] = set()  # containers being walked: meeting one again is a cycle
    stack: list[tuple[Any, bool]] = [(document, False)]
    while stack:
        node, finished = stack.pop()
        if not isinstance(node, dict | list):
            continue
        key = id(node)
        if finished:
            path.discard(key)
            expanded[key] = 1 + sum(expanded.get(id(child), 1) for child in _children(node))
            continue
        if key in expanded:
            continue
        if key in path:
            raise UnreadableJsonError(source, "a YAML alias contains itself: the document is infinite")
        path.add(key)
        distinct += 1 + len(node)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    if expanded.get(id(document), 1) - distinct > MAX_ALIAS_EXPANSION:
        raise UnreadableJsonError(
            source,
            f"YAML aliases expand to more than {MAX_ALIAS_EXPANSION} extra values (an alias bomb?)",
        )
