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


def load_yaml(text: str, source: str) -> Any:
    """The document in ``text``; ``UnreadableJsonError`` (with line and column) if it is not YAML."""
    try:
        return yaml.load(text, Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as error:
        raise UnreadableJsonError(source, f"malformed YAML: {error}") from error
