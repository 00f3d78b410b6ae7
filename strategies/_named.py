"""Values the code under test names: found in its source, the way Hypothesis finds constants.

A consumer that handles one provider says so in its code (``if integration["providerId"] ==
"fcm"``, ``{"ses": ..., "sns": ...}.get(provider_id)``), and its bugs hide behind that branch.
Hypothesis draws strings from the literals of local modules now and then; this is the same
idea for the one field where it matters most, with ``providerId``'s own vocabulary. A literal
in a table of many providers (a display-name map, a registry of all of them) does not count: it
names every provider and favours none.

The same holds for values of a format the code writes out whole: its own organization's id, the
environments it knows. A tenant check (``if payload["_organizationId"] != OUR_ORG: return``) hides
every bug after it from random ids; the generator draws such literals for fields of their format.
And for what the code compares a free-form field with: ``child["field"].endswith("appVersion")``
names the condition field its branch reads, which no vocabulary of field names can guess.

A table keyed by some of an enum's values (``{"email": ..., "sms": ..., "push": ...}[channel]``)
says which it handles; the values it leaves out are where its ``KeyError`` is. Those come up more.

An early exit at the top of a function (``if not p["active"] or p["deleted"]: return``, ``if
p["channel"] != "sms": continue``) says which payloads the rest of it sees, and a branch doing the
work (``if p["active"] and not p["deleted"]: return route(p)``) which payloads enter it: half the
payloads pass such exits (``Guard``), and the channels they need come up more (``Required``).

"Local" means a ``.py`` file outside the standard library, site-packages and this library.
What counts is what the running test reaches: the functions it calls, the tables they read, the
data it holds (``_reach``). Failing that, under pytest, the local modules the running test's module
(and its conftests) import, directly or through each other: one test module's providers do not
dilute another's.
Modules are read once each (a change in ``len(sys.modules)`` triggers a look at the new ones),
so a draw costs one length check.

The scan is split by what it reads: the kinds of literal it finds (``_named_kinds``), what the contracts
say about wires (``_named_wires``), the small syntax-tree readers shared (``_named_ast``), the checks the
code makes (``_named_checks``) and its early exits (``_named_guards``). This module reads the sources and
answers for them; the kinds and the constants callers use are re-exported here (``_named.Check``,
``_named.KEY_OWNERS``).
"""

from __future__ import annotations

import ast
import re
import site
import sys
import sysconfig
import threading
from collections.abc import Collection, Mapping, Sequence
from functools import cache
from pathlib import Path
from types import ModuleType

import attrs

import contracts
import novu_contracts_hooks
from contracts import Format
from contracts._models import Channel
from contracts._versions import on_forget
from novu_contracts_hooks import TESTED_FROM, TESTED_WITH
from strategies import _named_guards
from strategies._formats import FREE_MEMBERS
from strategies._named_ast import FUNCTION_NODES, Function, string, strings, wire_aliases, wire_read
from strategies._named_ast import TABLE_SIZE as TABLE_SIZE
from strategies._named_checks import STRICT_ENCODE, checks, encoded, makes_checks
from strategies._named_combos import combinations
from strategies._named_kinds import BRANCHED_WIRE
from strategies._named_kinds import Check as Check
from strategies._named_kinds import Combination as Combination
from strategies._named_kinds import Compared as Compared
from strategies._named_kinds import Encoded as Encoded
from strategies._named_kinds import Guard as Guard
from strategies._named_kinds import Member as Member
from strategies._named_kinds import NamedLiteral as NamedLiteral
from strategies._named_kinds import PemLabel as PemLabel
from strategies._named_kinds import ReadKey as ReadKey
from strategies._named_kinds import Required as Required
from strategies._named_kinds import Subscripted as Subscripted
from strategies._named_kinds import Unlisted as Unlisted
from strategies._named_kinds import Unset as Unset
from strategies._named_wires import COMPARED_FORMATS as COMPARED_FORMATS
from strategies._named_wires import KEY_OWNERS as KEY_OWNERS
from strategies._named_wires import (
    compared_wires,
    credential_flags,
    enum_wires,
    flag_wires,
    indexable_keys,
    key_owners,
    nested_enum_values,
    provider_ids,
    required_wires,
    string_wires,
    subscript_pattern,
)
from strategies._named_wires import listed_flag_wires as listed_flag_wires
from strategies._providers import Provider, providers
from strategies._reach import ReachCache, Reached, running_test
from strategies._segments import source_of, top_level_sources

# Bigger files are generated code or data, not a consumer's branches.
MAX_SOURCE_BYTES = 2_000_000


# A nested table's rows (each within TABLE_SIZE) name at most this many times as many keys together.
ROWS = 2


# Literals taken for a format only when they are unmistakably of it: a random ObjectId is never
# the consumer's own, while a realistic host or URL is as good as the code's.
CODE_FORMATS: dict[Format, re.Pattern[str]] = {
    Format.OBJECT_ID: re.compile(r"[0-9a-f]{24}"),
}


# A PEM block's first line, anywhere in a string (a constant or a regular expression).
_PEM_BEGIN = re.compile(r"-----BEGIN ([A-Z0-9]+(?: [A-Z0-9]+)*)-----")


def _unlisted(collections: list[_Collection]) -> set[Unlisted]:
    """The enum values each table of at least two of the others (and nothing else) leaves out.

    A collection passed to a call (``parametrize("channel", ["email", "sms"])``, ``print(...)``) is no
    table, but the constructors that build one (``frozenset({...})``) are.
    """
    found: set[Unlisted] = set()
    enums = enum_wires()
    for collection in collections:
        if collection.call_argument:
            continue
        written = {string(entry) if entry is not None else None for entry in collection.entries}
        if len(written) < 2 or None in written:
            continue
        for wire, values in enums:
            if written < values:
                found.update(Unlisted(wire, value) for value in values - written)
    return found


def _subscripted(functions: Sequence[Function]) -> set[Subscripted]:
    """The credential and optional top-level keys a function reads with no fallback (``x["key"]``,
    ``x.get("key").strip()``) and never looks for otherwise (``"key" in x``, ``x.get("key")`` alone): a
    read after those is guarded."""
    keys = indexable_keys()
    found: set[Subscripted] = set()
    for _, body in functions:
        indexed: set[str | None] = set()
        unguarded: set[int] = set()  # the .get calls whose result is used as if it were there
        for node in body:
            if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
                indexed.add(string(node.slice))
            call = _bare_get(node.value) if isinstance(node, ast.Subscript | ast.Attribute) else None
            if call is not None:
                indexed.add(string(call.args[0]))
                unguarded.add(id(call))
        guards = [node for node in body if id(node) not in unguarded]
        looked_for = {read.key for read in _read_keys(guards, keys, subscripts=False)}
        found.update(Subscripted(key) for key in indexed if key in keys and key not in looked_for)
    return found


def _bare_get(node: ast.expr) -> ast.Call | None:
    """``node`` if it is ``x.get(key)``, with no default."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and len(node.args) == 1
        and not node.keywords
    ):
        return node
    return None


@cache
def _key_read_pattern() -> re.Pattern[str]:
    """A cheap look for ``_read_keys``: a key of ``key_owners`` quoted as a subscript or a call's first
    argument, or before ``in``. Most such keys are common words ("host", "title", "state"): quoted
    anywhere, they would send many modules of a big repo to the parser for nothing."""
    quoted = "[\"'](?:" + "|".join(map(re.escape, sorted(key_owners(), key=len, reverse=True))) + ")[\"']"
    return re.compile(rf"[\[(]\s*{quoted}|{quoted}\s+(?:not\s+)?in\b")


def _read_keys(nodes: Sequence[ast.AST], keys: Collection[str], *, subscripts: bool = True) -> set[ReadKey]:
    """The keys of ``keys`` that ``nodes`` read: ``x["key"]`` (unless not ``subscripts``),
    ``x.get("key")``, ``"key" in x``."""
    found: set[ReadKey] = set()
    for node in nodes:
        read: str | None = None
        if isinstance(node, ast.Subscript):
            if not subscripts:
                continue
            read = string(node.slice)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            if node.func.attr in ("get", "pop", "setdefault"):
                read = string(node.args[0])
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In | ast.NotIn):
            read = string(node.left)
        if read is not None and read in keys:
            found.add(ReadKey(read))
    return found


@attrs.frozen
class _Collection:
    """A list, tuple or set literal's entries, or a dict literal's keys (``None`` for ``**spread``)."""

    entries: list[ast.expr | None]
    call_argument: bool
    """Passed to a call other than a collection constructor."""


_CONSTRUCTORS = frozenset({"frozenset", "set", "tuple", "list", "dict", "sorted"})


def _collections(nodes: Sequence[ast.AST]) -> list[_Collection]:
    """Every collection literal among ``nodes``."""
    arguments: set[int] = set()
    found: list[tuple[ast.AST, list[ast.expr | None]]] = []
    for node in nodes:
        if isinstance(node, ast.Call) and not (
            isinstance(node.func, ast.Name) and node.func.id in _CONSTRUCTORS
        ):
            arguments.update(map(id, [*node.args, *(keyword.value for keyword in node.keywords)]))
        elif isinstance(node, ast.List | ast.Tuple | ast.Set):
            found.append((node, list(node.elts)))
        elif isinstance(node, ast.Dict):
            found.append((node, list(node.keys)))
    return [_Collection(entries, id(node) in arguments) for node, entries in found]


def _table_members(collections: list[_Collection], known: frozenset[str]) -> set[int]:
    """The ``id()`` of every provider-id literal that is an entry of a table of providers."""
    members: set[int] = set()
    for collection in collections:
        named = [e for e in collection.entries if isinstance(e, ast.Constant) and e.value in known]
        if len(named) > TABLE_SIZE:
            members.update(map(id, named))
    return members


def literals_in_source(text: str) -> set[NamedLiteral]:
    """What ``text`` names (``NamedLiteral``): provider ids (tables of providers aside), format values,
    compared literals, left-out enum values, keys read, checks, exits, PEM labels, strict encodes and
    free-form members."""
    known = provider_ids()
    wires = {*compared_wires(), BRANCHED_WIRE}
    keys = key_owners()
    # A cheap look first: most modules name nothing, and parsing each would slow a big repo's first draw.
    if (
        not any(provider_id in text for provider_id in known)
        and not _key_read_pattern().search(text)
        and not subscript_pattern().search(text)
        and not makes_checks(text)
        and not STRICT_ENCODE.search(text)
        and not any(pattern.search(text) for pattern in CODE_FORMATS.values())
        and not any(
            f'"{wire}"' in text or f"'{wire}'" in text for wire in (*wires, *flag_wires(), *required_wires())
        )
        and not _enum_quoted(text)
        and "-----BEGIN " not in text
        and not _MEMBER_READ.search(text)
        and not _FLAG_TUPLE.search(text)
    ):
        return set()
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return set()
    # One walk for every pass below: walking is most of the cost of reading a big module.
    nodes = list(ast.walk(tree))
    collections = _collections(nodes)
    tables = _table_members(collections, known)
    found: set[NamedLiteral] = set()
    for node in nodes:
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if node.value in known:
            if id(node) not in tables:
                found.add(node.value)
        elif any(pattern.fullmatch(node.value) for pattern in CODE_FORMATS.values()):
            found.add(node.value)
        if "-----BEGIN " in node.value:  # a PEM header, or a pattern of one: the code reads PEM blocks
            found.add(Check("pem"))  # PEM secrets in half the payloads, as for the other checks
            found.update(PemLabel(label) for label in _PEM_BEGIN.findall(node.value))
    # Each function with its own nodes: one walk of each, shared by the passes that need a function.
    functions = [(node, list(ast.walk(node))) for node in nodes if isinstance(node, FUNCTION_NODES)]
    found.update(_compared(tree, functions, wires))
    found.update(_unlisted(collections))
    found.update(_read_keys(nodes, keys))
    found.update(_subscripted(functions))
    found.update(checks(nodes))
    found.update(_named_guards.guards(functions, _module_collections(tree)))
    found.update(encoded(functions, string_wires()))
    found.update(_members(nodes))
    found.update(combinations(_module_values(tree, ast.Dict), functions, credential_flags()))
    return found


# A cheap look for ``combinations``: a tuple starting with a boolean (a key of a table of flag combinations).
_FLAG_TUPLE = re.compile(r"\(\s*(?:True|False)\s*,")


_MEMBER_KEYS = frozenset(key for key, _ in FREE_MEMBERS)
# A cheap look for ``_members``: a member's name quoted as a call's first argument or before ``in``.
_QUOTED_MEMBER = "[\"'](?:" + "|".join(sorted(_MEMBER_KEYS)) + ")[\"']"
_MEMBER_READ = re.compile(rf"\(\s*{_QUOTED_MEMBER}|{_QUOTED_MEMBER}\s+(?:not\s+)?in\b")


def _members(nodes: Sequence[ast.AST]) -> set[Member]:
    """The free-form members ``nodes`` read with ``.get`` and never index: a member indexed anywhere
    (``tls["rejectUnauthorized"]``) may be the bug, and is left to come and go."""
    read = {found.key for found in _read_keys(nodes, _MEMBER_KEYS, subscripts=False)}
    indexed = {
        key for node in nodes if isinstance(node, ast.Subscript) and (key := string(node.slice)) is not None
    }
    return {Member(key) for key in read - indexed}


def data_ids(groups: Collection[frozenset[str]]) -> set[NamedLiteral]:
    """The provider ids among strings held by data (each group: the strings of one collection or
    object), tables of providers aside as in source. Not format values: an example payload's ids
    and timestamps are the example's, not values the code singles out."""
    known = provider_ids()
    found: set[NamedLiteral] = set()
    for group in groups:
        ids = group & known
        if len(ids) <= TABLE_SIZE:
            found |= ids
    return found


def _enum_quoted(text: str) -> bool:
    """Whether ``text`` quotes two values of one enum (a cheap look for ``_unlisted``): one pass."""
    enums = enum_wires()
    quoted = set(_quoted_pattern(frozenset().union(*(values for _, values in enums))).findall(text))
    return len(quoted) >= 2 and any(len(quoted & values) >= 2 for _, values in enums)


@cache
def _quoted_pattern(values: frozenset[str]) -> re.Pattern[str]:
    """Any of ``values`` in quotes."""
    longest_first = sorted(values, key=len, reverse=True)
    return re.compile("[\"'](" + "|".join(map(re.escape, longest_first)) + ")[\"']")


def _compared(tree: ast.AST, functions: Sequence[Function], wires: Collection[str]) -> set[Compared]:
    """The literals each of ``functions`` (of ``tree``) compares a field of ``wires`` with, directly or
    through a variable."""
    constants = _module_collections(tree)
    module_tables = _module_tables(tree)
    nested = any(name.endswith(_INNER) for name in module_tables)  # else no function has inner tables
    found: set[Compared] = set()
    for function, body in functions:
        aliases = wire_aliases(function, body, wires)
        tables = {**module_tables, **_inner_tables(body, module_tables)} if nested else module_tables
        for node in body:
            for wire, literal in _comparisons(node, aliases, constants, tables):
                if wire in wires:
                    found.add(Compared(wire, literal))
    return found


def _module_collections(tree: ast.AST) -> dict[str, list[str]]:
    """Module-level names bound to a collection of string literals (``_LOCALE_FIELDS = frozenset({...})``)."""
    return {name: strings(value, {}) for name, value in _module_values(tree, (ast.Tuple, ast.List, ast.Set))}


def _module_tables(tree: ast.AST) -> dict[str, list[str]]:
    """Module-level names bound to a dict: its string keys; under ``NAME[]``, those of the dicts it maps
    to (a nested table); under ``NAME(i)``, the strings at position ``i`` of its tuple keys (a table keyed
    by ``(on, field)``)."""
    tables: dict[str, list[str]] = {}
    for name, value in _module_values(tree, ast.Dict):
        if not isinstance(value, ast.Dict):  # for the type checker: _module_values gives only these
            continue
        keys = _keys([value])
        if len(keys) <= TABLE_SIZE:
            tables[name] = keys
        inner = [entry for entry in value.values if isinstance(entry, ast.Dict)]
        # Each row of a nested table is one table (a lookup reads one): their keys together may be more.
        merged = _keys(inner)
        if inner and all(len(row.keys) <= TABLE_SIZE for row in inner) and len(merged) <= ROWS * TABLE_SIZE:
            tables[name + _INNER] = merged
        tuples = [key for key in value.keys if isinstance(key, ast.Tuple)]
        if tuples and len(tuples) == len(value.keys) <= TABLE_SIZE:
            for position in range(min(len(key.elts) for key in tuples)):
                tables[_position(name, position)] = list(
                    dict.fromkeys(s for key in tuples if (s := string(key.elts[position])) is not None)
                )
    return tables


def _position(table: str, position: int) -> str:
    """The name under which ``_module_tables`` keeps the strings at ``position`` of a table's tuple keys."""
    return f"{table}({position})"


def _module_values(tree: ast.AST, kinds: type | tuple[type, ...]) -> list[tuple[str, ast.expr]]:
    """(name, value) for each module-level assignment of a value of ``kinds`` to a name."""
    found: list[tuple[str, ast.expr]] = []
    for statement in tree.body if isinstance(tree, ast.Module) else ():
        target, value = None, None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign):
            target, value = statement.target, statement.value
        value = _unwrapped(value)
        if isinstance(target, ast.Name) and value is not None and isinstance(value, kinds):
            found.append((target.id, value))
    return found


# The suffix under which _module_tables keeps a table's inner tables' keys.
_INNER = "[]"


def _keys(tables: list[ast.Dict]) -> list[str]:
    """The string keys of ``tables``, each once, in order."""
    keys = (string(key) for table in tables for key in table.keys if key is not None)
    return list(dict.fromkeys(key for key in keys if key is not None))


def _inner_tables(body: Sequence[ast.AST], tables: dict[str, list[str]]) -> dict[str, list[str]]:
    """A function's variables bound to one entry of a nested table of ``tables`` (``row = TABLE.get(on,
    {})``, or ``TABLE[on]``): the keys its entries have. ``body``: every node of the function."""
    found: dict[str, list[str]] = {}
    for node in body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target, value = node.targets[0], node.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "get":
            table: ast.expr = value.func.value
        elif isinstance(value, ast.Subscript):
            table = value.value
        else:
            continue
        if isinstance(target, ast.Name) and isinstance(table, ast.Name) and table.id + _INNER in tables:
            found[target.id] = tables[table.id + _INNER]
    return found


def _unwrapped(value: ast.expr | None) -> ast.expr | None:
    """The collection inside ``frozenset({...})``, ``tuple([...])`` and the like; else ``value``."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and len(value.args) == 1:
        return value.args[0] if value.func.id in ("frozenset", "set", "tuple", "list") else value
    return value


def _comparisons(
    node: ast.AST, aliases: dict[str, str], constants: dict[str, list[str]], tables: dict[str, list[str]]
) -> list[tuple[str, str]]:
    """(wire name, literal) for each comparison ``node`` makes of a field read with a literal, and each
    key of a table (``tables``: name -> keys) it looks the field up in (``TABLE.get(field)``, ``field in
    TABLE``)."""
    pairs: list[tuple[str, str]] = []
    if isinstance(node, ast.Compare):
        operands = [node.left, *node.comparators]
        for index, operand in enumerate(operands):
            wire = wire_read(operand, aliases)
            if wire is None:
                continue
            for other_index, other in enumerate(operands):
                # A collection counts only as what the field is looked up in: (a, b) == x names no field.
                looked_up_in = other_index > index and isinstance(
                    node.ops[other_index - 1], ast.In | ast.NotIn
                )
                is_collection = isinstance(other, ast.Tuple | ast.List | ast.Set | ast.Name)
                if other_index != index and (looked_up_in or not is_collection):
                    pairs += [(wire, literal) for literal in strings(other, constants)]
                if looked_up_in and isinstance(other, ast.Name) and wire != BRANCHED_WIRE:
                    pairs += [(wire, literal) for literal in strings(other, tables)]
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("startswith", "endswith")
        and len(node.args) == 1
    ):
        wire = wire_read(node.func.value, aliases)
        if wire is not None:
            pairs += [(wire, literal) for literal in strings(node.args[0], constants)]
    elif (lookup := _table_lookup(node)) is not None:
        # A field looked up in a table of the code's (TABLE.get(field), TABLE[field]) is compared with
        # each of its keys: the entry found, or none, is the branch.
        table, key = lookup
        # A tuple key (TABLE.get((child["on"], child["field"]))): each part against its position's keys.
        parts = (
            [(element, ast.Name(id=_position(table.id, i))) for i, element in enumerate(key.elts)]
            if isinstance(key, ast.Tuple)
            else [(key, table)]
        )
        for part, keys in parts:
            wire = wire_read(part, aliases)
            # Not the provider: a table keyed by it is mostly data (a label, an adapter per provider), and
            # favouring every provider it names left each bug behind one of them fewer payloads (measured).
            if wire is not None and wire != BRANCHED_WIRE:
                pairs += [(wire, literal) for literal in strings(keys, tables)]
    return pairs


def _table_lookup(node: ast.AST) -> tuple[ast.Name, ast.expr] | None:
    """(table, key) for ``table.get(key, ...)`` or ``table[key]`` read from a named table; for a row of a
    nested one (``TABLE[on].get(key)``, ``TABLE.get(on, {})[key]``), the table is ``TABLE[]``: the keys
    its rows have."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and node.args
    ):
        table, key = _table_name(node.func.value), node.args[0]
    elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
        table, key = _table_name(node.value), node.slice
    else:
        return None
    return None if table is None else (table, key)


def _table_name(node: ast.expr) -> ast.Name | None:
    """``node`` if it names a table, ``TABLE[]`` if it reads a row of the named table ``TABLE``."""
    if isinstance(node, ast.Name):
        return node
    row_of = None
    if isinstance(node, ast.Subscript):
        row_of = node.value
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
        row_of = node.func.value
    return ast.Name(id=row_of.id + _INNER) if isinstance(row_of, ast.Name) else None


def ids_in_source(text: str) -> set[str]:
    """Provider ids written as string literals in ``text`` (Python source), tables of providers aside."""
    known = provider_ids()
    return {literal for literal in literals_in_source(text) if isinstance(literal, str) and literal in known}


@cache
def _library_roots() -> tuple[Path, ...]:
    """Folders whose modules are not the code under test."""
    paths = sysconfig.get_paths()
    roots = [paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib") if key in paths]
    roots += site.getsitepackages() if hasattr(site, "getsitepackages") else []
    roots.append(site.getusersitepackages())
    ours = (__file__, contracts.__file__, novu_contracts_hooks.__file__)
    roots += [str(Path(file).parent) for file in ours if file]  # this library
    return tuple(Path(root).resolve() for root in roots if root)


def is_local(path: Path) -> bool:
    """Whether ``path`` (a resolved ``.py`` file) belongs to the code under test."""
    if "site-packages" in path.parts or "dist-packages" in path.parts:
        return False
    return not any(path.is_relative_to(root) for root in _library_roots())


def _local_source(module: ModuleType) -> str | None:
    """The text of ``module``'s ``.py`` file if it is the code under test (local, readable, not huge)."""
    file = getattr(module, "__file__", None)
    if not isinstance(file, str) or not file.endswith(".py"):
        return None
    try:
        path = Path(file).resolve()
        if not is_local(path) or not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
            return None
        return path.read_text("utf-8", errors="replace")
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a symlink loop (resolve, 3.11)
        return None


def _module_literals(module: ModuleType) -> set[NamedLiteral]:
    text = _local_source(module)
    return set() if text is None else literals_in_source(text)


# Import statements, read with a pattern rather than a parse: every local module is read for them,
# and parsing each would slow a big repo's first draw (see literals_in_source).
_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)|import[ \t]+([^\n#;]*))", re.M
)


def imports_in_source(text: str, package: str) -> set[str]:
    """The modules ``text`` imports (and ``from m import x``'s ``m.x``, in case ``x`` is a module).

    ``package`` resolves relative imports (the importing module's ``__package__``).
    """
    found: set[str] = set()
    for base, names, plain in _IMPORT.findall(text):
        if not base:
            found.update(name.split(" as ")[0].strip() for name in plain.split(","))
            continue
        dots = len(base) - len(base.lstrip("."))
        if dots:
            parent = package.rsplit(".", dots - 1)[0] if dots > 1 else package
            base = ".".join(part for part in (parent, base[dots:]) if part)
        found.add(base)
        imported = (name.split(" as ")[0].strip() for name in names.strip("()").split(","))
        found.update(f"{base}.{name}" for name in imported if name)
    return {name for name in found if name and " " not in name}


@attrs.frozen
class _Read:
    """What one local module names, and which modules it imports."""

    literals: frozenset[NamedLiteral]
    imports: frozenset[str]


class _Scanner:
    """What the modules imported so far name; each module is read once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: set[int] = set()
        self._modules = -1
        self._read: dict[str, _Read] = {}  # local modules by name
        self._reachable: dict[tuple[tuple[str, ...], int], frozenset[NamedLiteral]] = {}
        self._own: dict[tuple[frozenset[str], int], frozenset[NamedLiteral]] = {}
        self._sources: dict[str, dict[str, list[str]]] = {}  # top-level sources, by local module
        self._scoped: dict[tuple[Reached, int], frozenset[NamedLiteral]] = {}
        self.ids: frozenset[NamedLiteral] = frozenset()

    def current(self) -> frozenset[NamedLiteral]:
        if len(sys.modules) == self._modules:
            return self.ids
        with self._lock:
            modules = len(sys.modules)
            found: set[NamedLiteral] = set()
            for name, module in list(sys.modules.items()):
                if id(module) not in self._seen:
                    self._seen.add(id(module))
                    text = _local_source(module)
                    if text is None:
                        continue
                    literals = literals_in_source(text)
                    package = getattr(module, "__package__", None) or name
                    self._read[name] = _Read(frozenset(literals), frozenset(imports_in_source(text, package)))
                    found |= literals
            if not found <= self.ids:
                self.ids = self.ids | found
            self._modules = modules  # last: another thread sees the count only with the whole scan
        return self.ids

    def is_read(self, name: str) -> bool:
        """Whether ``name`` is a local module read so far."""
        return name in self._read

    def own(self, names: frozenset[str]) -> frozenset[NamedLiteral]:
        """What the local modules ``names`` themselves name (their imports aside)."""
        self.current()
        key = (names, self._modules)
        if self._own and next(iter(self._own))[1] != self._modules:
            self._own.clear()  # as in reachable
        if key not in self._own:
            # One object per set of modules: the caches keyed by the literals hash it once.
            read = (self._read[name].literals for name in names if name in self._read)
            self._own[key] = frozenset().union(*read)
        return self._own[key]

    def scoped(self, reached: Reached) -> frozenset[NamedLiteral]:
        """What the top-level definitions ``reached`` names (each module's read as one text), and the
        provider ids of the data it holds: a test of one function favours that function's providers."""
        self.current()
        key = (reached, self._modules)
        if self._scoped and next(iter(self._scoped))[1] != self._modules:
            self._scoped.clear()  # as in reachable
        if key not in self._scoped:
            by_module: dict[str, set[str]] = {}
            for module, name in reached.names:
                if module in self._read:
                    by_module.setdefault(module, set()).add(name)
            found = data_ids(reached.strings)
            for module, names in by_module.items():
                found |= literals_in_source(source_of(self._top_level(module), names))
            self._scoped[key] = frozenset(found)
        return self._scoped[key]

    def _top_level(self, name: str) -> dict[str, list[str]]:
        if name not in self._sources:
            module = sys.modules.get(name)
            text = _local_source(module) if module is not None else None
            try:
                tree = ast.parse(text) if text is not None else None
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                tree = None
            self._sources[name] = {} if tree is None or text is None else top_level_sources(tree, text)
        return self._sources[name]

    def reachable(self, roots: tuple[str, ...]) -> frozenset[NamedLiteral]:
        """What the local modules ``roots`` import, directly or through other local modules, name."""
        self.current()
        key = (roots, self._modules)
        if self._reachable and next(iter(self._reachable))[1] != self._modules:
            self._reachable.clear()  # computed before a module was imported: stale, and unbounded else
        if key not in self._reachable:
            seen: set[str] = set()
            pending = [root for root in roots if root in self._read]
            while pending:
                name = pending.pop()
                if name not in seen:
                    seen.add(name)
                    pending.extend(other for other in self._read[name].imports if other in self._read)
            self._reachable[key] = frozenset().union(*(self._read[name].literals for name in seen))
        return self._reachable[key]


_scanner = _Scanner()
_reach_cache = ReachCache()


def named_literals() -> frozenset[NamedLiteral]:
    """The provider ids, format values, compared literals and left-out enum values of the code under test.

    First, what the running Hypothesis test reaches by reference (``_reach``) from its code and from
    the arguments pytest passes it: the top-level definitions of local modules it calls and reads,
    and the provider ids of the data it holds.
    A test of one consumer favours what that consumer names, however much its module names else.
    When that names nothing: under pytest (the plugin says which test module runs), the local
    modules that module and its conftests import, transitively; elsewhere (a script), the local
    modules the test reaches, whole. When neither finds a name: every local module imported so far.
    """
    everything = _scanner.current()
    test = running_test()
    reached = _reach_cache.get(test, _scanner.is_read, TESTED_WITH.get()) if test is not None else None
    if reached is not None:
        scoped = _scanner.scoped(reached)
        if scoped:
            return scoped
    roots = TESTED_FROM.get()
    if roots:
        return _scanner.reachable(roots) or everything
    if reached is None:
        return everything
    return _scanner.own(reached.modules) or everything


@cache
def named_providers(literals: frozenset[NamedLiteral], channels: tuple[Channel, ...]) -> tuple[Provider, ...]:
    """The providers ``literals`` name on ``channels`` (by id or by a key only few send), in
    ``data/providers.json`` order."""
    named = {literal for literal in literals if isinstance(literal, str)}
    named |= _key_read_providers(literals) | _prefix_providers(literals)
    return tuple(p for p in providers() if p.id in named and p.channel in channels)


@cache
def _prefix_providers(literals: frozenset[NamedLiteral]) -> frozenset[str]:
    """The providers whose id starts with a literal the code compares ``providerId`` with that is no
    id itself (``provider_id.startswith("infobip")``): a branch on a family of few providers."""
    known = provider_ids()
    found: set[str] = set()
    for literal in literals:
        if isinstance(literal, Compared) and literal.wire == BRANCHED_WIRE and literal.value not in known:
            family = {id_ for id_ in known if len(literal.value) >= 3 and id_.startswith(literal.value)}
            if len(family) <= KEY_OWNERS:
                found |= family
    return frozenset(found)


@cache
def _key_read_providers(literals: frozenset[NamedLiteral]) -> frozenset[str]:
    """The providers that send a credential key the code reads (a key only few send): those of them
    the code names by id if any (its ``region`` is its own SES's), else all of them."""
    owners = key_owners()
    by_id = {literal for literal in literals if isinstance(literal, str)}
    found: set[str] = set()
    for literal in literals:
        if isinstance(literal, ReadKey):
            senders = owners.get(literal.key, frozenset())
            found |= (senders & by_id) or senders
    return frozenset(found)


@cache
def branched_providers(literals: frozenset[NamedLiteral]) -> frozenset[str]:
    """The provider ids among ``literals`` that the code compares ``providerId`` with (or a prefix of
    theirs), and those that send a key it reads: a branch on ``credentials["hmac"]`` is one on the
    providers that send it."""
    known = provider_ids()
    compared = frozenset(
        literal.value
        for literal in literals
        if isinstance(literal, Compared) and literal.wire == BRANCHED_WIRE and literal.value in known
    )
    return compared | _key_read_providers(literals) | _prefix_providers(literals)


@cache
def named_values(literals: frozenset[NamedLiteral]) -> dict[Format, tuple[str, ...]]:
    """The values of each format among ``literals``, sorted (the same order in every process)."""
    by_format: dict[Format, set[str]] = {}
    for literal in literals:
        if isinstance(literal, Compared):
            fmt = compared_wires().get(literal.wire)
            if fmt is not None:
                by_format.setdefault(fmt, set()).add(literal.value)
            continue
        if not isinstance(literal, str):
            continue
        for fmt, pattern in CODE_FORMATS.items():
            if pattern.fullmatch(literal):
                by_format.setdefault(fmt, set()).add(literal)
    return {fmt: tuple(sorted(values)) for fmt, values in sorted(by_format.items())}


@cache
def missing_combinations(literals: frozenset[NamedLiteral]) -> tuple[Combination, ...]:
    """The flag combinations the code's tables leave out (``Combination``), in a fixed order."""
    return tuple(
        sorted((c for c in literals if isinstance(c, Combination)), key=lambda c: (c.wires, c.values))
    )


@cache
def read_members(literals: frozenset[NamedLiteral]) -> frozenset[str]:
    """The free-form members the code reads with a fallback (``Member``)."""
    return frozenset(literal.key for literal in literals if isinstance(literal, Member))


@cache
def encoded_wires(literals: frozenset[NamedLiteral]) -> Mapping[str, frozenset[str]]:
    """The string fields the code encodes with no error handler (``Encoded``), each with its codecs."""
    codecs: dict[str, set[str]] = {}
    for literal in literals:
        if isinstance(literal, Encoded):
            codecs.setdefault(literal.wire, set()).add(literal.codec)
    return {wire: frozenset(found) for wire, found in codecs.items()}


@cache
def unset_keys(literals: frozenset[NamedLiteral]) -> frozenset[str]:
    """The credential keys an early exit among ``literals`` needs unset (``Unset``)."""
    return frozenset(literal.key for literal in literals if isinstance(literal, Unset))


@cache
def pem_labels(literals: frozenset[NamedLiteral]) -> tuple[str, ...]:
    """The PEM labels among ``literals`` (``PemLabel``), sorted."""
    return tuple(sorted({literal.label for literal in literals if isinstance(literal, PemLabel)}))


@cache
def checked_families(literals: frozenset[NamedLiteral]) -> frozenset[str]:
    """The families of checks (``Check``) among ``literals``."""
    return frozenset(literal.family for literal in literals if isinstance(literal, Check))


@cache
def subscripted_keys(literals: frozenset[NamedLiteral]) -> frozenset[str]:
    """The credential and optional top-level keys among ``literals`` that the code reads with no
    fallback (``Subscripted``)."""
    return frozenset(literal.key for literal in literals if isinstance(literal, Subscripted))


@cache
def guarded_flags(literals: frozenset[NamedLiteral]) -> dict[str, bool | None]:
    """Each flag an early exit among ``literals`` guards on: the value that goes on, or None where
    exits want both (many consumers at once)."""
    wanted: dict[str, set[bool]] = {}
    for literal in literals:
        if isinstance(literal, Guard):
            wanted.setdefault(literal.wire, set()).add(literal.value)
    return {wire: values.pop() if len(values) == 1 else None for wire, values in sorted(wanted.items())}


@cache
def required_values(literals: frozenset[NamedLiteral], wire: str) -> frozenset[str]:
    """The values of the enum field ``wire`` that an early exit among ``literals`` needs to go on."""
    return frozenset(
        literal.value for literal in literals if isinstance(literal, Required) and literal.wire == wire
    )


@cache
def exit_values(literals: frozenset[NamedLiteral]) -> dict[str, frozenset[str]]:
    """Per enum field below the top (a condition's ``type``), the values of it that the early exits among
    ``literals`` need (``if condition["type"] != "NUMBER": continue``)."""
    nested = nested_enum_values()
    found: dict[str, frozenset[str]] = {}
    for literal in literals:
        if isinstance(literal, Required) and literal.value in nested.get(literal.wire, ()):
            found[literal.wire] = found.get(literal.wire, frozenset()) | {literal.value}
    return found


on_forget(lambda _: exit_values.cache_clear())


@cache
def unlisted_values(literals: frozenset[NamedLiteral], wire: str) -> frozenset[str]:
    """The values of the enum field ``wire`` that a table among ``literals``' sources leaves out."""
    return frozenset(
        literal.value for literal in literals if isinstance(literal, Unlisted) and literal.wire == wire
    )
