"""The standard-library checks the code under test makes on strings (``str.isdigit``, ``ipaddress``, a
pattern anchored with ``$``, ``urlsplit``, ``struct.pack``, a ``split`` unpacked into names, ...): each
family found is a ``Check``, whose quirks the generator's variants of that family trip (``_formats.Trap``).
And the fields it encodes with no error handler (``secret.encode("utf-8")``): each an ``Encoded``."""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from typing import Literal

from strategies._formats import SPLIT
from strategies._named_ast import Function, string, wire_aliases, wire_read
from strategies._named_kinds import Check, Encoded

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
# Calls that move a date-time by an offset: a ``range`` trap (year 1 or 9999) leaves datetime's range, and
# a leap day moved by years (``replace(year=...)``) lands on a day that does not exist.
_RANGE_CALLS = frozenset({"astimezone"})
_CALENDAR_KEYWORDS = frozenset({"year", "month"})
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
# Calls that parse a command line (argparse, getopt): an ``option`` value starts with "-", which they read as
# an option rather than as the value of the one before it.
_OPTION_CALLS = frozenset({"parse_args", "parse_known_args", "parse_intermixed_args", "getopt", "gnu_getopt"})
# Calls that parse a URL's query string: a ``query`` trap has a bare flag (``?debug``) and an empty field
# (``&&``), which strict parsing refuses and lenient parsing drops.
_QUERY_CALLS = frozenset({"parse_qs", "parse_qsl"})
# Calls that read a decimal number: a ``decimal`` trap is one it reads and then cannot compare or round.
_DECIMAL_CALLS = frozenset({"Decimal"})
# A cheap look for such an unpacking: ``a, b = ....split(``.
_UNPACK_SPLIT = re.compile(r"\w\s*,\s*\w+\s*[\])]?\s*=\s*[^=\n]*\.r?split\(")
# A cheap look for a pattern anchored at its end: ``$`` before a closing quote.
_END_ANCHOR = re.compile(r"\$[\"']")


def checks(nodes: Sequence[ast.AST]) -> set[Check]:
    """The families of checks ``nodes`` call: digit tests (and ``\\d`` patterns), IP address parsing,
    values read as templates or ``re.sub`` replacements, URL splitting, JSON parsing, date-time shifts,
    ``$``-anchored patterns, the ``idna`` codec, time-zone keys, address headers, YAML, binary packing,
    decimal numbers, command lines, query strings.
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
        elif name in _RANGE_CALLS or (
            name == "replace" and any(k.arg in _CALENDAR_KEYWORDS for k in node.keywords)
        ):
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
        elif name in _OPTION_CALLS:
            found.add(Check("option"))  # parser.parse_args(argv), getopt.getopt(argv, "i:")
        elif name in _QUERY_CALLS:
            found.add(Check("query"))  # parse_qsl(urlsplit(url).query, strict_parsing=True)
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
    separator = string(value.args[0])
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
            any(string(side) is not None for side in sides)
            and not all(isinstance(side, ast.Constant) for side in sides)
        )
    return False


def makes_checks(text: str) -> bool:
    """A cheap look for ``checks``: the name of one of its calls in ``text``, or a ``%`` after a string."""
    words = (
        *_DIGIT_METHODS,
        *("ipaddress", "inet_", ".port"),
        *_TEMPLATE_CALLS,
        *_URL_CALLS,
        *_JSON_CALLS,
        *_RANGE_CALLS,
        "year=",
        "month=",
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
        *_OPTION_CALLS,
        *_QUERY_CALLS,
    )
    return (
        any(word in text for word in words)
        or _TEMPLATE_MOD.search(text) is not None
        or _END_ANCHOR.search(text) is not None
        or _UNPACK_SPLIT.search(text) is not None
    )


# Codecs that refuse some text when no error handler is named, by what trips them (``Encoded.codec``):
# the UTF family a lone surrogate, the narrow ones anything beyond them.
_STRICT_CODECS: dict[str, Literal["utf", "narrow"]] = {
    **dict.fromkeys(("utf8", "utf16", "utf32"), "utf"),
    **dict.fromkeys(("ascii", "usascii", "latin1", "iso88591", "l1"), "narrow"),
}
# Error handlers that still raise on what trips each family: ``surrogateescape`` passes only the
# surrogates it made itself (U+DC80-U+DCFF), ``surrogatepass`` lets a UTF codec through but not a narrow one.
_STILL_RAISING: dict[str, frozenset[str]] = {
    "strict": frozenset({"utf", "narrow"}),
    "surrogateescape": frozenset({"utf", "narrow"}),
    "surrogatepass": frozenset({"narrow"}),
}
# A cheap look for ``encoded``: an encode naming no codec, one of those, or its arguments by keyword (the
# error handler is read from the tree).
STRICT_ENCODE = re.compile(
    r"\.encode\(\s*(?:\)|(?:encoding|errors)\s*=|[\"']"
    r"(?i:utf[-_]?(?:8|16|32)|ascii|us[-_]?ascii|latin[-_]?1|iso[-_]?8859[-_]?1|l1)[\"']\s*[,)])"
)


def encoded(functions: Sequence[Function], wires: frozenset[str]) -> set[Encoded]:
    """The string fields each of ``functions`` encodes with no error handler: read directly, through a
    variable, or written into an f-string or a concatenation that is encoded. A parameter named as a field
    (``def to_bytes(value)``) does not count: such helpers encode whatever they are given."""
    found: set[Encoded] = set()
    for function, body in functions:
        encoded_values = [pair for node in body if (pair := _strictly_encoded(node)) is not None]
        if not encoded_values:
            continue
        parameters = {arg.arg for arg in function.args.args}
        aliases = {
            name: wire
            for name, wire in wire_aliases(function, body, wires).items()
            if name not in parameters or name != wire
        }
        fallbacks = _fallbacks(body, aliases)
        for value, codec in encoded_values:
            read = _parts_read(value, aliases)
            read += [wire for name in _names(value) for wire in fallbacks.get(name, ())]
            found.update(Encoded(wire, codec) for wire in read if wire in wires)
    return found


def _fallbacks(body: Sequence[ast.AST], aliases: dict[str, str]) -> dict[str, list[str]]:
    """Variable -> the wires an ``or`` chain (``secret = c.get("secretKey") or c.get("apiKey")``) or a
    string put together (``pair = f"{c['accountSid']}:{c['token']}"``) assigned to it reads, annotated or
    not: any of them may be the one encoded."""
    found: dict[str, list[str]] = {}
    for node in body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        parts = value.values if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or) else [value]
        wires = [wire for part in parts for wire in _parts_read(part, aliases)]
        found.setdefault(target.id, []).extend(wires)
    return found


def _names(node: ast.expr) -> list[str]:
    """The variables ``node`` is or puts together (an f-string's, a ``+``'s parts)."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.JoinedStr):
        return [
            name
            for part in node.values
            if isinstance(part, ast.FormattedValue)
            for name in _names(part.value)
        ]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [*_names(node.left), *_names(node.right)]
    return []


def _strictly_encoded(node: ast.AST) -> tuple[ast.expr, Literal["utf", "narrow"]] | None:
    """What ``value.encode()``, ``value.encode("latin-1")`` encodes, and what trips its codec: no error
    handler, or one that still raises on it. Arguments the tree does not spell out (``**options``, a
    codec in a variable) count as handled."""
    if (
        not isinstance(node, ast.Call)
        or not isinstance(node.func, ast.Attribute)
        or node.func.attr != "encode"
        or len(node.args) > 2
    ):
        return None
    codec: ast.expr | None = node.args[0] if node.args else None
    handler: ast.expr | None = node.args[1] if len(node.args) > 1 else None
    for keyword in node.keywords:
        if keyword.arg == "encoding":
            codec = keyword.value
        elif keyword.arg == "errors":
            handler = keyword.value
        else:
            return None  # **options, or not str.encode
    name = "utf8" if codec is None else string(codec)
    errors = "strict" if handler is None else string(handler)
    family = None if name is None else _STRICT_CODECS.get(name.lower().replace("-", "").replace("_", ""))
    if family is None or errors is None or family not in _STILL_RAISING.get(errors, frozenset()):
        return None
    return node.func.value, family


def _parts_read(node: ast.expr, aliases: dict[str, str]) -> list[str]:
    """The wires ``node`` reads: itself, or the fields an f-string or a ``+`` of strings puts together."""
    if isinstance(node, ast.JoinedStr):
        return [
            wire
            for part in node.values
            if isinstance(part, ast.FormattedValue)
            for wire in _parts_read(part.value, aliases)
        ]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [*_parts_read(node.left, aliases), *_parts_read(node.right, aliases)]
    wire = wire_read(node, aliases)
    return [] if wire is None else [wire]
