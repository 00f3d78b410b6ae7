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
"""

from __future__ import annotations

import ast
import re
import site
import sys
import sysconfig
import threading
from collections.abc import Collection, Iterator, Sequence
from functools import cache
from pathlib import Path
from types import ModuleType

import attrs

import contracts
import novu_contracts_hooks
from contracts import Format
from contracts._declare import field_format
from contracts._models import Channel
from contracts._shape import (
    ArrayShape,
    BooleanShape,
    EnumShape,
    FieldShape,
    ObjectShape,
    StringShape,
    object_shapes,
)
from contracts._versions import CONTRACTS, on_forget
from novu_contracts_hooks import TESTED_FROM, TESTED_WITH
from strategies._formats import SPLIT
from strategies._providers import Provider, providers
from strategies._reach import ReachCache, Reached, running_test
from strategies._segments import source_of, top_level_sources

# Bigger files are generated code or data, not a consumer's branches.
MAX_SOURCE_BYTES = 2_000_000


# A literal collection naming more providers than this is a table of them all (display names, a
# registry), not the few a branch handles; its entries say nothing about what the code tests.
TABLE_SIZE = 8
# A nested table's rows (each within TABLE_SIZE) name at most this many times as many keys together.
ROWS = 2


# Literals taken for a format only when they are unmistakably of it: a random ObjectId is never
# the consumer's own, while a realistic host or URL is as good as the code's.
CODE_FORMATS: dict[Format, re.Pattern[str]] = {
    Format.OBJECT_ID: re.compile(r"[0-9a-f]{24}"),
}


# Formats whose fields take the literals the code compares them with (``==``, ``in``, ``startswith``,
# ``endswith``): free-form enough that any such literal is one of their values. Not the structured
# ones: ``"@" in sender`` names no sender.
COMPARED_FORMATS = frozenset({Format.CONDITION_FIELD})

# Calls that leave which field a value came from unchanged, for ``payload["field"].lower() == ...``.
_SAME_FIELD_METHODS = frozenset(
    {"lower", "upper", "strip", "lstrip", "rstrip", "casefold", "removeprefix", "removesuffix"}
)
# Calls whose item is a part of the field: ``field.rsplit(".", 1)[-1] == "timezone"`` names it.
_PART_METHODS = frozenset({"split", "rsplit", "partition", "rpartition"})


@attrs.frozen
class Compared:
    """A literal the code compares the field ``wire`` with (one of ``named_literals()``)."""

    wire: str
    value: str


# The one field whose compared literals are not drawn as its values but weigh its choice: a
# provider the code branches on (``if payload["providerId"] != "fcm": return``) guards a bug more
# often than one it only writes in data (an example payload, a label).
BRANCHED_WIRE = "providerId"


@attrs.frozen
class Unlisted:
    """A value of the enum field ``wire`` that a collection of its other values leaves out."""

    wire: str
    value: str


@attrs.frozen
class ReadKey:
    """A credential key the code reads (``credentials["hmac"]``, ``.get("tlsOptions")``) that few
    providers send: the code's branch on it is about those providers, whether or not it names them."""

    key: str


@attrs.frozen
class Check:
    """A family of standard-library checks the code makes on strings (``str.isdigit``,
    ``ipaddress.ip_address``), whose quirks the generator's variants of that family
    (``_formats.Trap``) trip."""

    family: str


@attrs.frozen
class Subscripted:
    """A credential key or an optional top-level key the code reads with no fallback
    (``credentials["apiKey"]``, ``payload["conditions"]``). The contract makes the key optional, so
    its absence is where that code's ``KeyError`` is."""

    key: str


@attrs.frozen
class Guard:
    """The value of the boolean field ``wire`` that the code's early exit needs to go on
    (``if not p["active"] or p["deleted"]: return`` needs active true, deleted false): the code past
    it, and its bugs, see only payloads that pass."""

    wire: str
    value: bool


@attrs.frozen
class Required:
    """A value of the enum field ``wire`` that the code's early exit needs to go on (``if
    p["channel"] != "sms": return``, ``... not in ("sms", "push")``): the code past it sees only those."""

    wire: str
    value: str


@attrs.frozen
class PemLabel:
    """The label of a PEM block the code looks for (``"-----BEGIN PRIVATE KEY-----" in key``): the
    payload's PEM secrets carry it, so the code goes on to parse them."""

    label: str


# A PEM block's first line, anywhere in a string (a constant or a regular expression).
_PEM_BEGIN = re.compile(r"-----BEGIN ([A-Z0-9]+(?: [A-Z0-9]+)*)-----")


@attrs.frozen
class Unset:
    """A credential an early exit leaves on when it is set (``if credentials.get("region"): return
    region_of(...)``): the code past it, and its bugs, see only payloads without it."""

    key: str


NamedLiteral = str | Compared | Unlisted | ReadKey | Check | Subscripted | Guard | Required | PemLabel | Unset
"""What the scan finds: a provider id or a format's value as written, a compared literal, an enum
value a table of the others leaves out, a credential key of few providers that the code reads, a
family of checks the code makes, a credential key it reads with no fallback, a flag or enum value an
early exit needs, or a PEM label it looks for."""

# Methods and functions whose quirks a family of variants trips, by the family.
_DIGIT_METHODS = frozenset({"isdigit", "isnumeric", "isdecimal"})
_IP_CALLS = frozenset(
    {"ip_address", "ip_network", "ip_interface", "IPv4Address", "IPv6Address", "inet_aton", "inet_pton"}
)

# Calls that read a value as a template, by the family of what trips them: ``%`` interpolation (unless
# told ``interpolation=None``), ``$`` placeholders.
_TEMPLATE_CALLS = {
    "ConfigParser": "interpolation",
    "SafeConfigParser": "interpolation",
    "Template": "placeholders",
}

# Calls that split a URL into parts (``.port`` reads one): what trips them is a ``url`` trap.
_URL_CALLS = frozenset({"urlsplit", "urlparse"})
# Calls that parse a JSON document (a service account): a ``json`` trap parses, but to no object.
_JSON_CALLS = frozenset({"loads"})
# Calls that move a date-time by an offset: a ``range`` trap (year 1 or 9999) leaves datetime's range.
_RANGE_CALLS = frozenset({"astimezone"})
# Calls that take a regular expression: ``\d`` in one matches every Unicode digit (Arabic-Indic ones too,
# which ``int`` reads and ``bytes.fromhex`` refuses) unless the ASCII flag is given: a ``digits`` check.
_REGEX_CALLS = frozenset({"compile", "match", "search", "fullmatch", "findall", "finditer", "split", "sub"})
# Calls that take a regular expression: one anchored with ``$`` (not ``fullmatch``, not ``\Z``) also
# matches before a trailing newline, which a ``newline`` trap has.
_PATTERN_CALLS = frozenset({"compile", "match", "search"})
# A cheap look for a string used as a ``%`` template: a closing quote or parenthesis, then ``%``.
_TEMPLATE_MOD = re.compile(r"[\"')]\s*%\s*[\w(]")
# Calls that substitute matches (``re.sub``, a compiled pattern's ``.sub``): a replacement that is a
# value, not a literal or a function, reads its backslashes as escapes (``\\U`` is a ``re.error``).
_SUB_CALLS = frozenset({"sub", "subn"})
# Calls that load a time zone by its key: a ``zone`` trap is a key refused with a ValueError.
_ZONE_CALLS = frozenset({"ZoneInfo"})
# Calls that build an address header (``email.headerregistry.Address``, ``email.utils.formataddr``): an
# ``address`` trap is not ASCII, which they refuse (a defect, a ``UnicodeEncodeError``) where SMTP would.
_ADDRESS_CALLS = frozenset({"formataddr"})
_ADDRESS_KEYWORDS = frozenset({"addr_spec", "username"})
# The codec whose labels must be 1 to 63 characters long: an ``idna`` trap has an empty or a longer one.
_IDNA = "idna"
# Calls that take a codec's name: ``value.encode("idna")``, ``codecs.encode(value, "IDNA")``.
_CODEC_CALLS = frozenset({"encode", "decode"})
# Calls that read YAML (``yaml.safe_load``): a ``yaml`` trap is a value it reads as a number, not a string.
_YAML_CALLS = frozenset({"safe_load", "safe_load_all", "load", "load_all", "full_load"})
_YAML = "yaml"
# Calls that pack binary fields (``struct.pack``): their sizes count bytes, and a ``bytes`` trap is a value
# that fits a limit counted in characters and not one counted in bytes.
_PACK_CALLS = frozenset({"pack", "pack_into", "Struct"})
_STRUCT = "struct"
# Splits whose parts the code unpacks into names: a ``split:<separator>`` check, and its traps are the
# variants with more or fewer of the separator than the realistic value has (``_formats.trapped``).
_SPLIT_CALLS = frozenset({"split", "rsplit"})
MAX_SEPARATOR = 3
# Calls that read a decimal number: a ``decimal`` trap is one it reads and then cannot compare or round.
_DECIMAL_CALLS = frozenset({"Decimal"})
# A cheap look for such an unpacking: ``a, b = ....split(``.
_UNPACK_SPLIT = re.compile(r"\w\s*,\s*\w+\s*[\])]?\s*=\s*[^=\n]*\.r?split\(")
# A cheap look for a pattern anchored at its end: ``$`` before a closing quote.
_END_ANCHOR = re.compile(r"\$[\"']")

# A credential key sent by at most this many providers says which ones the code that reads it is about.
KEY_OWNERS = 3


def _every_field() -> Iterator[tuple[ObjectShape, FieldShape]]:
    """Every field of every object of every contract version, with the object it is in (the callers cache
    what they make of it, cleared when a contract is forgotten)."""
    for known in CONTRACTS.values():
        for shape in object_shapes(known.root):
            for field in shape.fields:
                yield shape, field


@cache
def _enum_wires() -> tuple[tuple[str, frozenset[str]], ...]:
    """(wire name, values) of every enum field (any contract) of three values or more, each enum once.

    Two values listed of two leave none out, and one listed says nothing about a table. Two enums
    that share a wire name stay apart: listing all of one leaves out nothing of the other.
    """
    enums: dict[tuple[str, type], frozenset[str]] = {}
    for _, field in _every_field():
        if isinstance(field.shape, EnumShape) and len(field.shape.values) > 2:
            enums[field.wire, field.shape.enum] = frozenset(field.shape.values)
    return tuple((wire, values) for (wire, _), values in enums.items())


on_forget(lambda _: _enum_wires.cache_clear())


def _unlisted(collections: list[_Collection]) -> set[Unlisted]:
    """The enum values each table of at least two of the others (and nothing else) leaves out.

    A collection passed to a call (``parametrize("channel", ["email", "sms"])``, ``print(...)``) is no
    table, but the constructors that build one (``frozenset({...})``) are.
    """
    found: set[Unlisted] = set()
    enums = _enum_wires()
    for collection in collections:
        if collection.call_argument:
            continue
        written = {_string(entry) if entry is not None else None for entry in collection.entries}
        if len(written) < 2 or None in written:
            continue
        for wire, values in enums:
            if written < values:
                found.update(Unlisted(wire, value) for value in values - written)
    return found


@cache
def _compared_wires() -> dict[str, Format]:
    """The wire name of every string field (any contract) whose format is in ``COMPARED_FORMATS``."""
    wires: dict[str, Format] = {}
    for shape, field in _every_field():
        fmt = field_format(shape.cls, field.name)
        if isinstance(field.shape, StringShape) and fmt in COMPARED_FORMATS:
            wires[field.wire] = fmt
    return wires


on_forget(lambda _: _compared_wires.cache_clear())


@cache
def _top_level_wires(kind: type) -> frozenset[str]:
    """The wire name of every field of shape ``kind`` at the top of a contract (any version)."""
    return frozenset(
        field.wire
        for known in CONTRACTS.values()
        for field in known.shape.fields
        if isinstance(field.shape, kind)
    )


on_forget(lambda _: _top_level_wires.cache_clear())


def _flag_wires() -> frozenset[str]:
    """The boolean fields at the top and of the objects in lists: the flags an exit may test."""
    return _top_level_wires(BooleanShape) | listed_flag_wires()


def _required_wires() -> frozenset[str]:
    """The enum fields, top-level and in conditions: those an exit may need one value of (``if
    p["channel"] != "sms": return``, ``if condition["type"] != "NUMBER": continue``)."""
    return _top_level_wires(EnumShape) | frozenset(_nested_enum_values())


@cache
def _listed_fields() -> tuple[FieldShape, ...]:
    """The fields of the objects in lists (conditions and their children), every contract version: code
    loops over those, and an exit in its loop (``if condition["type"] != "NUMBER": continue``) skips one."""
    found: list[FieldShape] = []
    for _, field in _every_field():
        if isinstance(field.shape, ArrayShape) and isinstance(field.shape.items, ObjectShape):
            found.extend(field.shape.items.fields)
    return tuple(found)


on_forget(lambda _: _listed_fields.cache_clear())


def _nested_enum_values() -> dict[str, frozenset[str]]:
    """The values of each enum field of the objects in lists (a condition's ``type``), by wire name."""
    found: dict[str, frozenset[str]] = {}
    for field in _listed_fields():
        if isinstance(field.shape, EnumShape):
            found[field.wire] = found.get(field.wire, frozenset()) | frozenset(field.shape.values)
    return found


@cache
def listed_flag_wires() -> frozenset[str]:
    """The boolean fields of the objects in lists (a condition's ``isNegated``)."""
    return frozenset(field.wire for field in _listed_fields() if isinstance(field.shape, BooleanShape))


on_forget(lambda _: listed_flag_wires.cache_clear())


# Statements that leave the code's path: an ``if`` holding only one (or a call, then one) is an exit.
_EXITS = (ast.Return, ast.Continue, ast.Break, ast.Raise)
# Statements that may come before a guard: a docstring, reads into variables.
_BEFORE_GUARDS = (ast.Expr, ast.Assign, ast.AnnAssign)


def _guards(functions: Sequence[_Function], constants: dict[str, list[str]]) -> set[Guard | Required | Unset]:
    """The flag and enum values the leading ``if`` statements of ``functions`` (and of their loops)
    need: an exit's ``if a or not b or c != "sms": return`` each term false (not an exit's ``and``:
    which term is false is anyone's guess), a branch doing the work (``if p["deleted"]: return
    audit(p)``) each term of its ``and`` true. Only at the top, after reads: code before them (an
    ``assert``, a call) runs on every payload, and may be where the bug is. ``constants``: the module's
    named collections (``if child["operator"] not in _COMPARISONS: continue``)."""
    wires = _flag_wires() | _required_wires() | _text_credential_keys()
    found: set[Guard | Required | Unset] = set()
    for function, body in functions:
        if isinstance(function, ast.Lambda):
            continue
        aliases = _aliases(function, body, wires)
        blocks = [function.body, *(node.body for node in body if isinstance(node, ast.For | ast.AsyncFor))]
        for block in blocks:
            for statement in block:
                if isinstance(statement, ast.If):
                    found.update(_unset(statement, aliases, wires))
                if isinstance(statement, ast.If) and _is_exit(statement):
                    found.update(_guarded(statement.test, aliases, wires, constants))
                    continue
                if isinstance(statement, ast.If) and not statement.orelse:
                    # The work is in the branch (``if p["active"] and not p["deleted"]: return route(p)``).
                    found.update(_entered(statement.test, aliases, wires, constants))
                if not isinstance(statement, _BEFORE_GUARDS) or _calls(statement, body):
                    break
    return found


def _unset(statement: ast.If, aliases: dict[str, str], wires: frozenset[str]) -> set[Unset]:
    """The text credential a leading ``if`` of one term tests, when the ``if`` leaves (its last statement
    returns, raises, continues or breaks) and the rare side is past it or in it: the code past ``if
    region: return ...``, and the fallback in ``if not region: return fallback(...)``. A credential is set
    in most payloads; an exit that leaves plainly when it is unset (``if not region: return``) needs
    nothing more."""
    leaves = isinstance(statement.body[-1], _EXITS)
    if statement.orelse or not leaves or isinstance(statement.test, ast.BoolOp):
        return set()
    flag = _flag_test(statement.test, aliases)
    if flag is None or flag[0] not in _text_credential_keys() & wires:
        return set()
    return {Unset(flag[0])} if flag[1] or not _is_exit(statement) else set()


def _is_exit(statement: ast.If) -> bool:
    """Whether ``statement`` leaves at once: a plain value returned (no call but ``.get``, no
    subscript), or a raise, continue or break; a call (a log line) may come first."""
    if statement.orelse or len(statement.body) > 2:
        return False
    *before, last = statement.body
    if any(not isinstance(step, ast.Expr) for step in before) or not isinstance(last, _EXITS):
        return False
    return not isinstance(last, ast.Return) or last.value is None or not _works(last.value)


def _works(node: ast.AST) -> bool:
    """Whether ``node`` does work a bug can hide in: a subscript, or a call other than ``.get``."""
    return any(
        isinstance(inner, ast.Subscript)
        or (
            isinstance(inner, ast.Call)
            and not (isinstance(inner.func, ast.Attribute) and inner.func.attr == "get")
        )
        for inner in ast.walk(node)
    )


def _calls(statement: ast.stmt, body: Sequence[ast.AST]) -> bool:
    """Whether ``statement`` (before a guard) does work beyond reading: a call other than ``.get``, or
    a subscript used in more than a read (``int(p["port"])``, ``p["a"] + 1``). A docstring or a read
    does not, nor a helper's read (``credentials = _credentials(payload)``; see ``_helper_read``)."""
    value = statement.value if isinstance(statement, ast.Expr | ast.Assign | ast.AnnAssign) else None
    if isinstance(statement, ast.Assign) and _helper_read(statement, body):
        return False
    return value is not None and _works(value) and not _reads(value)


def _helper_read(statement: ast.Assign, body: Sequence[ast.AST]) -> bool:
    """Whether ``statement`` binds one name to a call of a function by its name with names alone
    (``credentials = _credentials(payload)``) and the function (``body``) only reads that name further
    (``credentials.get("region")``, ``credentials["host"]``): a read through a helper, not work."""
    value, targets = statement.value, statement.targets
    if not (len(targets) == 1 and isinstance(targets[0], ast.Name) and isinstance(value, ast.Call)):
        return False
    if not (isinstance(value.func, ast.Name) and value.args and not value.keywords):
        return False
    if not all(isinstance(arg, ast.Name) for arg in value.args):
        return False
    name = targets[0].id
    loads = sum(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) for n in body)
    reads = sum(
        isinstance(n, ast.Subscript | ast.Attribute)
        and isinstance(n.value, ast.Name)
        and n.value.id == name
        and (isinstance(n, ast.Subscript) or n.attr == "get")
        for n in body
    )
    return loads == reads


def _reads(node: ast.expr) -> bool:
    """Whether ``node`` only reads: subscripts, ``.get`` calls, names and constants."""
    return all(
        isinstance(
            inner, ast.Subscript | ast.Name | ast.Constant | ast.Load | ast.Attribute | ast.Tuple | ast.Dict
        )
        or (
            isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "get"
        )
        for inner in ast.walk(node)
    )


_Constants = dict[str, list[str]]


def _guarded(
    test: ast.expr, aliases: dict[str, str], wires: frozenset[str], constants: _Constants
) -> set[Guard | Required | Unset]:
    """The flag and enum values that make every term of the exit's ``or`` false."""
    terms = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or) else [test]
    return {found for term in terms for found in _needed(term, aliases, wires, constants, holds=False)}


def _entered(
    test: ast.expr, aliases: dict[str, str], wires: frozenset[str], constants: _Constants
) -> set[Guard | Required | Unset]:
    """The flag and enum values that make every term of a branch's ``and`` true."""
    terms = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    return {found for term in terms for found in _needed(term, aliases, wires, constants, holds=True)}


def _needed(
    term: ast.expr, aliases: dict[str, str], wires: frozenset[str], constants: _Constants, *, holds: bool
) -> set[Guard | Required | Unset]:
    """The flag value, the enum values, or the credential left unset, that make ``term`` true (``holds``)
    or false."""
    flag = _flag_test(term, aliases)
    if flag is not None and flag[0] in _flag_wires() & wires:
        return {Guard(flag[0], flag[1] == holds)}
    enum = _enum_test(term, aliases, constants)
    if enum is not None and enum[0] in _required_wires() & wires and enum[2] == holds:
        return {Required(enum[0], value) for value in enum[1]}
    return set()


def _enum_test(
    term: ast.expr, aliases: dict[str, str], constants: _Constants
) -> tuple[str, list[str], bool] | None:
    """(wire, values, whether ``term`` is true when the field holds one of them) for ``x["channel"] ==
    "sms"``, ``!=``, and ``x.get("channel") in ("sms", "push")`` (or a module's named set), ``not in``."""
    if not (isinstance(term, ast.Compare) and len(term.ops) == 1):
        return None
    operator, values = term.ops[0], _strings(term.comparators[0], constants)
    if isinstance(operator, ast.Eq | ast.NotEq) and len(values) != 1:
        return None
    if not isinstance(operator, ast.Eq | ast.NotEq | ast.In | ast.NotIn):
        return None
    wire = _wire_read(term.left, aliases)
    if wire is None or not values:
        return None
    return wire, values, isinstance(operator, ast.Eq | ast.In)


def _flag_test(term: ast.expr, aliases: dict[str, str]) -> tuple[str, bool] | None:
    """(wire, the value that makes ``term`` true) for ``x["flag"]``, ``not x.get("flag")``,
    ``flag is False``, ``x["flag"] != True`` and the like."""
    true_when = True
    while isinstance(term, ast.UnaryOp) and isinstance(term.op, ast.Not):
        true_when, term = not true_when, term.operand
    if isinstance(term, ast.Compare):
        other = term.comparators[0]
        if len(term.ops) != 1 or not isinstance(other, ast.Constant) or not isinstance(other.value, bool):
            return None
        if isinstance(term.ops[0], ast.Is | ast.Eq):
            true_when = true_when == other.value
        elif isinstance(term.ops[0], ast.IsNot | ast.NotEq):
            true_when = true_when != other.value
        else:
            return None
        term = term.left
    wire = _wire_read(term, aliases)
    return None if wire is None else (wire, true_when)


@cache
def _provider_ids() -> frozenset[str]:
    return frozenset(p.id for p in providers())


@cache
def _key_owners() -> dict[str, frozenset[str]]:
    """Each credential key that at most ``KEY_OWNERS`` providers send: the ids of those providers."""
    owners: dict[str, set[str]] = {}
    for known in providers():
        for key in known.credential_keys:
            owners.setdefault(key, set()).add(known.id)
    return {key: frozenset(ids) for key, ids in owners.items() if len(ids) <= KEY_OWNERS}


@cache
def _credential_keys() -> frozenset[str]:
    """Every credential key some provider sends."""
    return frozenset(key for known in providers() for key in known.credential_keys)


@cache
def _text_credential_keys() -> frozenset[str]:
    """The credential keys some provider sends whose values are strings (not ``secure`` and the other
    flags: steering code past a chain of flag exits starved the branches in between)."""
    strings = {field.wire for _, field in _every_field() if isinstance(field.shape, StringShape)}
    return _credential_keys() & frozenset(strings)


on_forget(lambda _: _text_credential_keys.cache_clear())


@cache
def _optional_wires() -> frozenset[str]:
    """The top-level keys some contract version makes optional (``_id``, ``conditions``, ...)."""
    return frozenset(
        field.wire for known in CONTRACTS.values() for field in known.shape.fields if not field.required
    )


on_forget(lambda _: _optional_wires.cache_clear())


def _indexable_keys() -> frozenset[str]:
    """The keys whose absence ``_subscripted`` looks for: credential keys and optional top-level keys."""
    return _credential_keys() | _optional_wires()


@cache
def _subscript_pattern() -> re.Pattern[str]:
    """A cheap look for ``_subscripted``: a key of ``_indexable_keys`` quoted as a subscript or ``get``'s
    only argument."""
    quoted = "|".join(map(re.escape, sorted(_indexable_keys(), key=len, reverse=True)))
    return re.compile(rf"(?:\[|\bget\()\s*[\"'](?:{quoted})[\"']\s*[\])]")


on_forget(lambda _: _subscript_pattern.cache_clear())


def _subscripted(functions: Sequence[_Function]) -> set[Subscripted]:
    """The credential and optional top-level keys a function reads with no fallback (``x["key"]``,
    ``x.get("key").strip()``) and never looks for otherwise (``"key" in x``, ``x.get("key")`` alone): a
    read after those is guarded."""
    keys = _indexable_keys()
    found: set[Subscripted] = set()
    for _, body in functions:
        indexed: set[str | None] = set()
        unguarded: set[int] = set()  # the .get calls whose result is used as if it were there
        for node in body:
            if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
                indexed.add(_string(node.slice))
            call = _bare_get(node.value) if isinstance(node, ast.Subscript | ast.Attribute) else None
            if call is not None:
                indexed.add(_string(call.args[0]))
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


def _checks(nodes: Sequence[ast.AST]) -> set[Check]:
    """The families of checks ``nodes`` call: digit tests (and ``\\d`` patterns), IP address parsing,
    values read as templates or ``re.sub`` replacements, URL splitting, JSON parsing, date-time shifts,
    ``$``-anchored patterns, the ``idna`` codec, time-zone keys, address headers, YAML, binary packing,
    decimal numbers.
    (Not encoding to ASCII or Latin-1: most modules do, for some field or other, so it would favour
    nothing in particular.)"""
    found: set[Check] = set()
    for node in nodes:
        if isinstance(node, ast.Attribute) and node.attr == "port" and isinstance(node.ctx, ast.Load):
            found.add(Check("url"))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and _built_string(node.left):
            # (f"[{name}] " + LINE) % fields: the name is read as a template
            found.add(Check("interpolation"))
        elif isinstance(node, ast.Assign) and (separator := _unpacked_split(node)) is not None:
            found.add(Check(SPLIT + separator))  # geo, area, number = region.split("-")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (
            func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        )
        if name in _DIGIT_METHODS and isinstance(func, ast.Attribute):
            found.add(Check("digits"))
        elif name in _IP_CALLS or (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "ipaddress"
        ):
            found.add(Check("ip"))
        elif name in _TEMPLATE_CALLS and not any(k.arg == "interpolation" for k in node.keywords):
            found.add(Check(_TEMPLATE_CALLS[name]))
        elif name in _URL_CALLS:
            found.add(Check("url"))
        elif name in _JSON_CALLS:
            found.add(Check("json"))
        elif name in _RANGE_CALLS:
            found.add(Check("range"))
        elif name in _REGEX_CALLS and node.args and _unicode_digits(node):
            found.add(Check("digits"))
        if name in _PATTERN_CALLS and node.args and _end_anchored(node.args[0]):
            found.add(Check("newline"))
        elif name in _SUB_CALLS and isinstance(func, ast.Attribute) and _value_replacement(func, node.args):
            found.add(Check("replacement"))
        elif (name in _CODEC_CALLS and any(_names_idna(a) for a in node.args)) or _module_call(func, _IDNA):
            found.add(Check("idna"))  # value.encode("idna"), codecs.encode(value, "idna"), idna.encode(value)
        elif name in _ZONE_CALLS:
            found.add(Check("zone"))
        elif name in _ADDRESS_CALLS or (
            name == "Address" and any(k.arg in _ADDRESS_KEYWORDS for k in node.keywords)
        ):
            found.add(Check("address"))
        elif name in _YAML_CALLS and (_module_call(func, _YAML) or name.startswith("safe_")):
            found.add(Check("yaml"))  # yaml.safe_load(text), safe_load(text) imported from yaml
        elif name in _PACK_CALLS and (_module_call(func, _STRUCT) or name == "Struct"):
            found.add(Check("bytes"))  # struct.pack(">I", n), struct.Struct("16s")
        elif name in _DECIMAL_CALLS:
            found.add(Check("decimal"))
    return found


def _module_call(func: ast.expr, module: str) -> bool:
    """Whether ``func`` is a function of ``module`` called through its name (``yaml.safe_load``)."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == module


def _unpacked_split(node: ast.Assign) -> str | None:
    """The separator of a ``split`` unpacked into names (``name, value = part.split("=")``, no maxsplit): a
    value with one more or one fewer of it is a ``ValueError`` there."""
    target, value = node.targets[0], node.value
    if not (isinstance(target, ast.Tuple | ast.List) and isinstance(value, ast.Call)):
        return None
    if len(target.elts) < 2 or any(isinstance(element, ast.Starred) for element in target.elts):
        return None  # first, *rest = ...: any count fits
    func = value.func
    if not (isinstance(func, ast.Attribute) and func.attr in _SPLIT_CALLS and value.args):
        return None
    if len(value.args) > 1 or value.keywords:
        return None  # a maxsplit: one more separator fits, and values without one are common anyway
    separator = _string(value.args[0])
    return separator if separator and len(separator) <= MAX_SEPARATOR else None


def _names_idna(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.lower() == _IDNA


def _value_replacement(func: ast.Attribute, args: list[ast.expr]) -> bool:
    """Whether a ``sub`` call's replacement (``re.sub(p, repl, s)``, ``pattern.sub(repl, s)``) is a value:
    neither a literal nor a function written in place."""
    module_level = isinstance(func.value, ast.Name) and func.value.id == "re"
    at = 1 if module_level else 0
    if len(args) < at + 2:
        return False
    return not isinstance(args[at], ast.Constant | ast.Lambda | ast.JoinedStr)


def _unicode_digits(call: ast.Call) -> bool:
    r"""Whether ``call`` takes a pattern literal with ``\d`` and no ASCII flag (``re.A``, ``(?a)``)."""
    pattern = call.args[0]
    if not (isinstance(pattern, ast.Constant) and isinstance(pattern.value, str)):
        return False
    flags = [*call.args[1:], *(k.value for k in call.keywords)]
    ascii_flag = any(
        isinstance(n, ast.Attribute) and n.attr in ("A", "ASCII") for f in flags for n in ast.walk(f)
    )
    return "\\d" in pattern.value and "(?a" not in pattern.value and not ascii_flag


def _end_anchored(node: ast.expr) -> bool:
    """Whether ``node`` is a pattern literal ending in an unescaped ``$``."""
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    body = node.value.removesuffix("$")
    return body != node.value and (len(body) - len(body.rstrip("\\"))) % 2 == 0


def _built_string(node: ast.expr) -> bool:
    """Whether ``node`` builds a string from values (an f-string with a field, or text joined with ``+``
    to something that is not a literal): as a ``%`` template, it reads those values as syntax."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.FormattedValue) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        sides = (node.left, node.right)
        return any(_built_string(side) for side in sides) or (
            any(_string(side) is not None for side in sides)
            and not all(isinstance(side, ast.Constant) for side in sides)
        )
    return False


def _makes_checks(text: str) -> bool:
    """A cheap look for ``_checks``: the name of one of its calls in ``text``, or a ``%`` after a string."""
    words = (
        *_DIGIT_METHODS,
        *("ipaddress", "inet_", ".port"),
        *_TEMPLATE_CALLS,
        *_URL_CALLS,
        *_JSON_CALLS,
        *_RANGE_CALLS,
        *(f".{call}(" for call in _SUB_CALLS),
        _IDNA,
        _IDNA.upper(),
        *_ZONE_CALLS,
        r"\d",
        *_ADDRESS_CALLS,
        "addr_spec",
        "username=",
        "safe_load",
        f"{_YAML}.",
        f"{_STRUCT}.",
        "Struct(",
        *_DECIMAL_CALLS,
    )
    return (
        any(word in text for word in words)
        or _TEMPLATE_MOD.search(text) is not None
        or _END_ANCHOR.search(text) is not None
        or _UNPACK_SPLIT.search(text) is not None
    )


@cache
def _key_read_pattern() -> re.Pattern[str]:
    """A cheap look for ``_read_keys``: a key of ``_key_owners`` quoted as a subscript or a call's first
    argument, or before ``in``. Most such keys are common words ("host", "title", "state"): quoted
    anywhere, they would send many modules of a big repo to the parser for nothing."""
    quoted = "[\"'](?:" + "|".join(map(re.escape, sorted(_key_owners(), key=len, reverse=True))) + ")[\"']"
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
            read = _string(node.slice)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            if node.func.attr in ("get", "pop", "setdefault"):
                read = _string(node.args[0])
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In | ast.NotIn):
            read = _string(node.left)
        if read is not None and read in keys:
            found.add(ReadKey(read))
    return found


_FUNCTION_NODES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
_Function = tuple[ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, list[ast.AST]]
"""A function's node and every node within it."""


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
    """The provider ids (tables of providers aside), format values, compared literals and left-out
    enum values of ``text``."""
    known = _provider_ids()
    wires = {*_compared_wires(), BRANCHED_WIRE}
    keys = _key_owners()
    # A cheap look first: most modules name nothing, and parsing each would slow a big repo's first draw.
    if (
        not any(provider_id in text for provider_id in known)
        and not _key_read_pattern().search(text)
        and not _subscript_pattern().search(text)
        and not _makes_checks(text)
        and not any(pattern.search(text) for pattern in CODE_FORMATS.values())
        and not any(
            f'"{wire}"' in text or f"'{wire}'" in text
            for wire in (*wires, *_flag_wires(), *_required_wires())
        )
        and not _enum_quoted(text)
        and "-----BEGIN " not in text
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
    functions = [(node, list(ast.walk(node))) for node in nodes if isinstance(node, _FUNCTION_NODES)]
    found.update(_compared(tree, functions, wires))
    found.update(_unlisted(collections))
    found.update(_read_keys(nodes, keys))
    found.update(_subscripted(functions))
    found.update(_checks(nodes))
    found.update(_guards(functions, _module_collections(tree)))
    return found


def data_ids(groups: Collection[frozenset[str]]) -> set[NamedLiteral]:
    """The provider ids among strings held by data (each group: the strings of one collection or
    object), tables of providers aside as in source. Not format values: an example payload's ids
    and timestamps are the example's, not values the code singles out."""
    known = _provider_ids()
    found: set[NamedLiteral] = set()
    for group in groups:
        ids = group & known
        if len(ids) <= TABLE_SIZE:
            found |= ids
    return found


def _enum_quoted(text: str) -> bool:
    """Whether ``text`` quotes two values of one enum (a cheap look for ``_unlisted``): one pass."""
    enums = _enum_wires()
    quoted = set(_quoted_pattern(frozenset().union(*(values for _, values in enums))).findall(text))
    return len(quoted) >= 2 and any(len(quoted & values) >= 2 for _, values in enums)


@cache
def _quoted_pattern(values: frozenset[str]) -> re.Pattern[str]:
    """Any of ``values`` in quotes."""
    longest_first = sorted(values, key=len, reverse=True)
    return re.compile("[\"'](" + "|".join(map(re.escape, longest_first)) + ")[\"']")


def _compared(tree: ast.AST, functions: Sequence[_Function], wires: Collection[str]) -> set[Compared]:
    """The literals each of ``functions`` (of ``tree``) compares a field of ``wires`` with, directly or
    through a variable."""
    constants = _module_collections(tree)
    module_tables = _module_tables(tree)
    nested = any(name.endswith(_INNER) for name in module_tables)  # else no function has inner tables
    found: set[Compared] = set()
    for function, body in functions:
        aliases = _aliases(function, body, wires)
        tables = {**module_tables, **_inner_tables(body, module_tables)} if nested else module_tables
        for node in body:
            for wire, literal in _comparisons(node, aliases, constants, tables):
                if wire in wires:
                    found.add(Compared(wire, literal))
    return found


def _aliases(
    function: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
    body: Sequence[ast.AST],
    wires: Collection[str],
) -> dict[str, str]:
    """Variable -> the wire name it holds: assigned a read of it (``field, value = f(c, "field"), ...``,
    ``lowered = field.lower()``, in two rounds for one step of indirection), or a parameter named as it.

    ``body``: every node of ``function``.
    """
    aliases = {arg.arg: arg.arg for arg in function.args.args if arg.arg in wires}
    assignments = [node for node in body if isinstance(node, ast.Assign) and len(node.targets) == 1]
    for _ in range(2):
        for node in assignments:
            target, value = node.targets[0], node.value
            pairs = (
                zip(target.elts, value.elts, strict=True)
                if isinstance(target, ast.Tuple)
                and isinstance(value, ast.Tuple)
                and len(target.elts) == len(value.elts)
                and not any(isinstance(e, ast.Starred) for e in (*target.elts, *value.elts))
                else [(target, value)]
            )
            for name, read in pairs:
                wire = _wire_read(read, aliases) if isinstance(name, ast.Name) else None
                if isinstance(name, ast.Name) and wire is not None:
                    aliases[name.id] = wire
    return aliases


def _module_collections(tree: ast.AST) -> dict[str, list[str]]:
    """Module-level names bound to a collection of string literals (``_LOCALE_FIELDS = frozenset({...})``)."""
    return {name: _strings(value, {}) for name, value in _module_values(tree, (ast.Tuple, ast.List, ast.Set))}


def _module_tables(tree: ast.AST) -> dict[str, list[str]]:
    """Module-level names bound to a dict: its string keys; under ``NAME[]``, those of the dicts it maps
    to (a nested table)."""
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
    return tables


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
    keys = (_string(key) for table in tables for key in table.keys if key is not None)
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
            wire = _wire_read(operand, aliases)
            if wire is None:
                continue
            for other_index, other in enumerate(operands):
                # A collection counts only as what the field is looked up in: (a, b) == x names no field.
                looked_up_in = other_index > index and isinstance(
                    node.ops[other_index - 1], ast.In | ast.NotIn
                )
                is_collection = isinstance(other, ast.Tuple | ast.List | ast.Set | ast.Name)
                if other_index != index and (looked_up_in or not is_collection):
                    pairs += [(wire, literal) for literal in _strings(other, constants)]
                if looked_up_in and isinstance(other, ast.Name) and wire != BRANCHED_WIRE:
                    pairs += [(wire, literal) for literal in _strings(other, tables)]
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("startswith", "endswith")
        and len(node.args) == 1
    ):
        wire = _wire_read(node.func.value, aliases)
        if wire is not None:
            pairs += [(wire, literal) for literal in _strings(node.args[0], constants)]
    elif (lookup := _table_lookup(node)) is not None:
        # A field looked up in a table of the code's (TABLE.get(field), TABLE[field]) is compared with
        # each of its keys: the entry found, or none, is the branch.
        table, key = lookup
        wire = _wire_read(key, aliases)
        # Not the provider: a table keyed by it is mostly data (a label, an adapter per provider), and
        # favouring every provider it names left each bug behind one of them fewer payloads (measured).
        if wire is not None and wire != BRANCHED_WIRE:
            pairs += [(wire, literal) for literal in _strings(table, tables)]
    return pairs


def _table_lookup(node: ast.AST) -> tuple[ast.Name, ast.expr] | None:
    """(table, key) for ``table.get(key, ...)`` or ``table[key]`` read from a named table."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and isinstance(node.func.value, ast.Name)
        and node.args
    ):
        return node.func.value, node.args[0]
    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
        return (node.value, node.slice) if isinstance(node.value, ast.Name) else None
    return None


def _wire_read(node: ast.expr, aliases: dict[str, str]) -> str | None:
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
        return _string(node.slice)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and node.args
    ):
        return _string(node.args[0])
    if isinstance(node, ast.Name):
        return aliases.get(node.id)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) >= 2:
        return _string(node.args[-1])  # a helper reading it: text_of(child, "field")
    return None


def _string(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _strings(node: ast.expr, constants: dict[str, list[str]]) -> list[str]:
    """The string literal ``node`` is, or those of the tuple, list or set it writes out or names."""
    if isinstance(node, ast.Name):
        return constants.get(node.id, [])  # each within its size (_module_collections, _module_tables)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        if len(node.elts) > TABLE_SIZE:  # a table of them all: see TABLE_SIZE
            return []
        return [value for value in map(_string, node.elts) if value is not None]
    value = _string(node)
    return [] if value is None else [value]


def ids_in_source(text: str) -> set[str]:
    """Provider ids written as string literals in ``text`` (Python source), tables of providers aside."""
    known = _provider_ids()
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
    known = _provider_ids()
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
    owners = _key_owners()
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
    known = _provider_ids()
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
            fmt = _compared_wires().get(literal.wire)
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
    nested = _nested_enum_values()
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
