"""Differences between two JSON shapes of the contract, classified for consumers.

Used two ways: ``drift`` compares the contract with a provider's OpenAPI component
schema (will the API we meet still match what we test against?), and ``diff``
compares two contract versions (does our consumer survive the next one?).  Both
sides are first normalised from JSON Schema / OpenAPI 3.0 or 3.1 into ``Node``s, with
``$ref``s resolved and cycles cut.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

import attrs

from contracts._report import pointer_token, short
from contracts._schema import json_schema
from contracts._versions import DEFAULT_VERSION


class Impact(StrEnum):
    """What a difference means for code that consumes the API."""

    BREAKING = "breaking"
    SAFE = "safe"


class Change(StrEnum):
    """The kind of a difference (machine-readable)."""

    KEY_ADDED = "key_added"
    KEY_REMOVED = "key_removed"
    BECAME_OPTIONAL = "became_optional"
    BECAME_REQUIRED = "became_required"
    TYPE_CHANGED = "type_changed"
    ENUM_VALUES_ADDED = "enum_values_added"
    ENUM_VALUES_REMOVED = "enum_values_removed"
    ENUM_DROPPED = "enum_dropped"
    ENUM_INTRODUCED = "enum_introduced"
    BECAME_NULLABLE = "became_nullable"
    BECAME_NON_NULLABLE = "became_non_nullable"


# Changes that can break a consumer written against the old side. A removed key is
# breaking only if it was required (an optional one is already handled when absent).
_BREAKING = frozenset(
    {
        Change.BECAME_OPTIONAL,
        Change.TYPE_CHANGED,
        Change.ENUM_VALUES_ADDED,
        Change.ENUM_DROPPED,
        Change.BECAME_NULLABLE,
    }
)


@attrs.frozen
class Node:
    """A JSON shape reduced to what matters to consumers."""

    types: frozenset[str] = frozenset()  # empty: any JSON type
    nullable: bool = False
    enum: frozenset[str] | None = None
    properties: Mapping[str, tuple[bool, Node]] = attrs.field(factory=dict)  # key -> (required, node)
    items: Node | None = None
    cycle: str | None = None  # a $ref back into its own ancestry


@attrs.frozen
class Difference:
    """One difference at ``path`` (e.g. ``conditions[].children[].operator``)."""

    path: str
    change: Change
    impact: Impact
    detail: str

    def to_json(self) -> dict[str, str]:
        return {
            "path": self.path,
            "change": self.change.value,
            "impact": self.impact.value,
            "detail": self.detail,
        }

    def __str__(self) -> str:
        return f"{self.impact.value:<9} {self.path or '(root)'}: {self.detail}"


Resolver = Callable[[str], tuple[str, Any]]

MAX_SCHEMA_NODES = 100_000
"""How many schema objects one comparison may expand (``$ref``s resolved): bounds hostile documents."""
MAX_SCHEMA_DEPTH = 100
"""How deeply schema objects may nest (properties, items, allOf, ... and ``$ref``s) in one comparison."""


class SchemaError(ValueError):
    """A schema this module cannot read (an unresolvable ``$ref``, a wrong type, too large or too deep)."""


def normalise(schema: Any, resolve: Resolver, ancestry: tuple[str, ...] = (), *, where: str = "#") -> Node:
    """The ``Node`` of a JSON Schema / OpenAPI schema object.

    ``resolve`` maps a ``$ref`` to ``(name, schema)``; ``ancestry`` names the schemas
    being expanded (a ``$ref`` back into them is a cycle, kept as ``Node(cycle=name)``).
    Resolved references are memoised, so a document whose ``$ref``s fan out costs what
    its distinct schemas cost; at most ``MAX_SCHEMA_NODES`` objects are expanded and
    ``MAX_SCHEMA_DEPTH`` levels deep, else ``SchemaError``, which starts with the JSON
    Pointer (``where``: that of ``schema``) of the schema at fault.
    """
    return _Normaliser(resolve).node(schema, ancestry, (), 0, where)


class _Normaliser:
    """One normalisation: its memo of resolved references and its expansion budget."""

    def __init__(self, resolve: Resolver) -> None:
        self.resolve = resolve
        self.expanded = 0
        self.memo: dict[tuple[str, frozenset[str]], Node] = {}
        self.references: dict[str, frozenset[str]] = {}  # name -> names its schema refers to
        self.reachable: dict[str, frozenset[str]] = {}

    def node(
        self, schema: Any, ancestry: tuple[str, ...], chain: tuple[str, ...], depth: int, where: str
    ) -> Node:
        """``chain``: the ``$ref``s followed since the last properties/items step (a loop there is empty)."""
        if not isinstance(schema, dict):
            return Node()
        self.expanded += 1
        if self.expanded > MAX_SCHEMA_NODES:
            raise SchemaError(
                f"{where}: more than {MAX_SCHEMA_NODES} schema objects to expand ($refs resolved):"
                " too many to compare"
            )
        if depth > MAX_SCHEMA_DEPTH:
            raise SchemaError(
                f"{where}: schemas nested more than {MAX_SCHEMA_DEPTH} levels deep ($refs resolved)"
            )
        if "$ref" in schema:
            return self._reference(schema["$ref"], ancestry, chain, depth, where)
        if "allOf" in schema:
            parts = [
                self.node(part, ancestry, chain, depth + 1, f"{where}/allOf/{index}")
                for index, part in enumerate(_list(schema, "allOf", where))
            ]
            rest = {key: value for key, value in schema.items() if key != "allOf"}
            return _merge([*parts, self.node(rest, ancestry, chain, depth + 1, where)])
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                options = [
                    self.node(option, ancestry, chain, depth + 1, f"{where}/{keyword}/{index}")
                    for index, option in enumerate(_list(schema, keyword, where))
                ]
                non_null = [option for option in options if option.types != {"null"} or option.properties]
                merged = (
                    _merge(non_null)
                    if len(non_null) == 1
                    else Node(frozenset().union(*(o.types for o in non_null)))
                )
                return attrs.evolve(merged, nullable=merged.nullable or len(non_null) < len(options))
        return self._plain(schema, ancestry, depth, where)

    def _plain(self, schema: dict[str, Any], ancestry: tuple[str, ...], depth: int, where: str) -> Node:
        declared = schema.get("type")
        types = (
            {t for t in declared if isinstance(t, str)}
            if isinstance(declared, list)
            else {declared}
            if isinstance(declared, str)
            else set()
        )
        nullable = bool(schema.get("nullable")) or "null" in types
        enum = None
        if isinstance(schema.get("enum"), list):
            nullable = nullable or None in schema["enum"]
            enum = frozenset(str(value) for value in schema["enum"] if value is not None)
        required = set(_list(schema, "required", where, of=str))
        declared_properties = schema.get("properties") or {}
        if not isinstance(declared_properties, dict):
            raise SchemaError(
                f"{where}: 'properties' must be an object, got {_json_type(declared_properties)}"
            )
        properties = {
            str(key): (
                key in required,
                self.node(value, ancestry, (), depth + 1, f"{where}/properties/{pointer_token(key)}"),
            )
            for key, value in declared_properties.items()
        }
        if properties and not types:
            types = {"object"}
        items = (
            self.node(schema["items"], ancestry, (), depth + 1, f"{where}/items")
            if "items" in schema
            else None
        )
        if types == {"null"}:
            return Node(frozenset({"null"}))
        return Node(frozenset(types - {"null"}), nullable, enum, properties, items)

    def _reference(
        self, reference: Any, ancestry: tuple[str, ...], chain: tuple[str, ...], depth: int, where: str
    ) -> Node:
        if not isinstance(reference, str):
            raise SchemaError(f"{where}: '$ref' must be a string, got {_json_type(reference)}")
        try:
            name, target = self.resolve(reference)
        except SchemaError as error:
            raise SchemaError(f"{where}: {error}") from None
        if name in chain:
            loop = " -> ".join([*chain[chain.index(name) :], name])
            raise SchemaError(f"{where}: $ref cycle {loop} never reaches a schema")
        if name in ancestry:
            return Node(cycle=name)
        # What a schema becomes depends only on those ancestors it can reach again.
        key = (name, frozenset(ancestry) & self._reachable(name, target))
        if key not in self.memo:
            self.memo[key] = self.node(target, (*ancestry, name), (*chain, name), depth + 1, reference)
        return self.memo[key]

    def _reachable(self, name: str, schema: Any) -> frozenset[str]:
        """The names of every schema ``name`` refers to, directly or not (unresolvable ones skipped)."""
        if name not in self.reachable:
            seen: set[str] = set()
            pending = [(name, schema)]
            while pending:
                for reference in self._references(*pending.pop()):
                    try:
                        found, target = self.resolve(reference)
                    except SchemaError:
                        continue  # reported if the comparison ever gets there
                    if found not in seen:
                        seen.add(found)
                        pending.append((found, target))
            self.reachable[name] = frozenset(seen)
        return self.reachable[name]

    def _references(self, name: str, schema: Any) -> frozenset[str]:
        """Every ``$ref`` string anywhere inside ``schema`` (each shared YAML object walked once)."""
        if name not in self.references:
            found: set[str] = set()
            stack, visited = [schema], set()
            while stack:
                value = stack.pop()
                if id(value) in visited:
                    continue
                visited.add(id(value))
                if isinstance(value, dict):
                    if isinstance(value.get("$ref"), str):
                        found.add(value["$ref"])
                    stack.extend(value.values())
                elif isinstance(value, list):
                    stack.extend(value)
            self.references[name] = frozenset(found)
        return self.references[name]


def _list(schema: dict[str, Any], keyword: str, where: str, *, of: type | None = None) -> list[Any]:
    """``schema[keyword]`` (absent: empty), which must be an array (of ``of`` values, if given)."""
    value = schema.get(keyword, [])
    if not isinstance(value, list) or (of is not None and not all(isinstance(v, of) for v in value)):
        expected = f"an array of {'strings' if of is str else of.__name__}" if of else "an array"
        raise SchemaError(f"{where}: {keyword!r} must be {expected}, got {_json_type(value)}")
    return value


def _json_type(value: Any) -> str:
    if isinstance(value, list) and value:
        return f"an array holding {short(value[0])}"
    return short(value)


def _merge(nodes: list[Node]) -> Node:
    result = Node()
    for node in nodes:
        properties = dict(result.properties)
        for key, (required, child) in node.properties.items():
            was_required = properties[key][0] if key in properties else False
            properties[key] = (required or was_required, child)
        result = Node(
            result.types | node.types,
            result.nullable or node.nullable,
            node.enum if node.enum is not None else result.enum,
            properties,
            node.items or result.items,
            node.cycle or result.cycle,
        )
    return result


Sides = tuple[str, str]
_SIDES: Sides = ("before", "now")


def compare(old: Node, new: Node, path: str = "", *, sides: Sides = _SIDES) -> list[Difference]:
    """What changed from ``old`` (what consumers rely on) to ``new`` (what they will meet).

    ``sides`` names the two for messages, e.g. ``("the contract", "the provider's document")``.
    """
    if old.cycle or new.cycle:
        if old.cycle != new.cycle:
            return [_diff(path, Change.TYPE_CHANGED, f"recursive reference {old.cycle} became {new.cycle}")]
        return []
    found: list[Difference] = []
    if old.types != new.types:
        was, now = "/".join(sorted(old.types)) or "any type", "/".join(sorted(new.types)) or "any type"
        # Narrowing from "any type" to a type takes nothing from consumers; everything else can.
        found.append(_diff(path, Change.TYPE_CHANGED, f"type {was} became {now}", breaking=bool(old.types)))
    if not old.nullable and new.nullable:
        found.append(_diff(path, Change.BECAME_NULLABLE, "may now be null"))
    elif old.nullable and not new.nullable:
        found.append(_diff(path, Change.BECAME_NON_NULLABLE, "can no longer be null"))
    found.extend(_compare_enums(old, new, path))
    found.extend(_compare_properties(old, new, path, sides))
    if old.items is not None and new.items is not None:
        found.extend(compare(old.items, new.items, f"{path}[]", sides=sides))
    return found


def _compare_properties(old: Node, new: Node, path: str, sides: Sides) -> list[Difference]:
    before, now = sides
    found: list[Difference] = []
    for key in [*old.properties, *(k for k in new.properties if k not in old.properties)]:
        where = f"{path}.{key}" if path else key
        if key not in new.properties:
            required = old.properties[key][0]
            note = "" if required else " (it was optional: consumers already handle its absence)"
            detail = f"in {before}, not in {now}{note}"
            found.append(_diff(where, Change.KEY_REMOVED, detail, breaking=required))
        elif key not in old.properties:
            required = new.properties[key][0]
            detail = f"a new {'required' if required else 'optional'} key in {now}"
            found.append(_diff(where, Change.KEY_ADDED, detail))
        else:
            (was_required, old_child), (now_required, new_child) = old.properties[key], new.properties[key]
            if was_required and not now_required:
                detail = f"required in {before}, optional in {now} (may be absent)"
                found.append(_diff(where, Change.BECAME_OPTIONAL, detail))
            elif now_required and not was_required:
                found.append(_diff(where, Change.BECAME_REQUIRED, f"optional in {before}, required in {now}"))
            found.extend(compare(old_child, new_child, where, sides=sides))
    return found


def _compare_enums(old: Node, new: Node, path: str) -> list[Difference]:
    if old.enum is None and new.enum is None:
        return []
    if old.enum is None:
        return [_diff(path, Change.ENUM_INTRODUCED, f"now limited to {_values(new.enum)}")]
    if new.enum is None:
        return [
            _diff(path, Change.ENUM_DROPPED, f"no longer limited to {_values(old.enum)}: any value may come")
        ]
    found = []
    if added := new.enum - old.enum:
        detail = f"enum gained {_values(added)}, which an exhaustive consumer does not know"
        found.append(_diff(path, Change.ENUM_VALUES_ADDED, detail))
    if removed := old.enum - new.enum:
        found.append(_diff(path, Change.ENUM_VALUES_REMOVED, f"enum lost {_values(removed)}"))
    return found


def _values(values: frozenset[str] | None) -> str:
    return ", ".join(repr(value) for value in sorted(values or ()))


def _diff(path: str, change: Change, detail: str, *, breaking: bool | None = None) -> Difference:
    is_breaking = change in _BREAKING if breaking is None else breaking
    return Difference(path, change, Impact.BREAKING if is_breaking else Impact.SAFE, detail)


def contract_node(version: str) -> Node:
    """The ``Node`` of a contract version, from its JSON Schema."""
    schema = json_schema(contract=version)
    definitions = schema.get("$defs", {})

    def resolve(reference: str) -> tuple[str, Any]:
        name = reference.rsplit("/", 1)[-1]
        if not reference.startswith("#/$defs/") or name not in definitions:
            raise SchemaError(f"cannot resolve {reference!r}")
        return name, definitions[name]

    return normalise(schema, resolve, (schema.get("title", ""),))


def openapi_node(document: Any, component: str) -> Node:
    """The ``Node`` of ``components.schemas[component]`` of an OpenAPI 3.x document."""
    components = document.get("components") if isinstance(document, dict) else None
    schemas = components.get("schemas") if isinstance(components, dict) else None
    if not isinstance(schemas, dict):
        raise SchemaError("not an OpenAPI 3.x document: no components.schemas object")
    if component not in schemas:
        # A hint only: bounded, so a document with a million long names cannot stall the error.
        lowered = {str(name)[:200].lower(): str(name) for name in itertools.islice(schemas, 10_000)}
        close = difflib.get_close_matches(component.lower(), list(lowered), n=5, cutoff=0.6)
        contains = [str(name) for name in schemas if component.lower() in str(name).lower()]
        similar = list(dict.fromkeys([*(lowered[name] for name in close), *contains]))[:8]
        hint = f"; similar names: {', '.join(similar)}" if similar else ""
        raise SchemaError(f"no component schema named {component!r}{hint}")

    def resolve(reference: str) -> tuple[str, Any]:
        prefix = "#/components/schemas/"
        token = reference[len(prefix) :] if reference.startswith(prefix) else ""
        name = token.replace("~1", "/").replace("~0", "~")  # a JSON Pointer token (RFC 6901)
        if name not in schemas:
            raise SchemaError(
                f"cannot resolve {reference!r} (only local {prefix}... references are supported)"
            )
        return name, schemas[name]

    try:
        return normalise(schemas[component], resolve, (component,), where=f"#/components/schemas/{component}")
    except RecursionError:  # a backstop: MAX_SCHEMA_DEPTH stops well before Python's limit
        raise SchemaError("schemas nested too deeply to compare") from None


def drift(
    document: Any, *, component: str = "IntegrationResponseDto", contract: str = DEFAULT_VERSION
) -> list[Difference]:
    """How the provider's OpenAPI ``component`` differs from contract ``contract``, for consumers."""
    sides = (f"contract {contract}", f"the provider's {component}")
    return compare(contract_node(contract), openapi_node(document, component), sides=sides)


def diff(new: str, *, contract: str = DEFAULT_VERSION) -> list[Difference]:
    """How contract ``new`` differs from contract ``contract``, for consumers written against ``contract``.

    ``diff("3.x")``: what a consumer of 0.7.0 (the default) meets in 3.x.
    """
    sides = (f"contract {contract}", f"contract {new}")
    return compare(contract_node(contract), contract_node(new), sides=sides)
