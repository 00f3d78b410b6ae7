"""The early exits and guards at the top of the code under test's functions (``if not p["active"]:
return``, ``if p["channel"] != "sms": continue``, ``if credentials.get("region"): return ...``): the flag
values (``Guard``), enum values (``Required``) and unset credentials (``Unset``) that the code past them,
or in them, sees."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from strategies._named_ast import Function, strings, wire_aliases, wire_read
from strategies._named_kinds import Guard, Required, Unset
from strategies._named_wires import flag_wires, required_wires, text_credential_keys

# Statements that leave the code's path: an ``if`` holding only one (or a call, then one) is an exit.
_EXITS = (ast.Return, ast.Continue, ast.Break, ast.Raise)
# Statements that may come before a guard: a docstring, reads into variables.
_BEFORE_GUARDS = (ast.Expr, ast.Assign, ast.AnnAssign)


def guards(functions: Sequence[Function], constants: dict[str, list[str]]) -> set[Guard | Required | Unset]:
    """The flag and enum values the leading ``if`` statements of ``functions`` (and of their loops)
    need: an exit's ``if a or not b or c != "sms": return`` each term false (not an exit's ``and``:
    which term is false is anyone's guess), a branch doing the work (``if p["deleted"]: return
    audit(p)``) each term of its ``and`` true. Only at the top, after reads: code before them (an
    ``assert``, a call) runs on every payload, and may be where the bug is. ``constants``: the module's
    named collections (``if child["operator"] not in _COMPARISONS: continue``)."""
    wires = flag_wires() | required_wires() | text_credential_keys()
    found: set[Guard | Required | Unset] = set()
    for function, body in functions:
        if isinstance(function, ast.Lambda):
            continue
        aliases = wire_aliases(function, body, wires)
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
    if flag is None or flag[0] not in text_credential_keys() & wires:
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
    if flag is not None and flag[0] in flag_wires() & wires:
        return {Guard(flag[0], flag[1] == holds)}
    enum = _enum_test(term, aliases, constants)
    if enum is not None and enum[0] in required_wires() & wires and enum[2] == holds:
        return {Required(enum[0], value) for value in enum[1]}
    return set()


def _enum_test(
    term: ast.expr, aliases: dict[str, str], constants: _Constants
) -> tuple[str, list[str], bool] | None:
    """(wire, values, whether ``term`` is true when the field holds one of them) for ``x["channel"] ==
    "sms"``, ``!=``, and ``x.get("channel") in ("sms", "push")`` (or a module's named set), ``not in``."""
    if not (isinstance(term, ast.Compare) and len(term.ops) == 1):
        return None
    operator, values = term.ops[0], strings(term.comparators[0], constants)
    if isinstance(operator, ast.Eq | ast.NotEq) and len(values) != 1:
        return None
    if not isinstance(operator, ast.Eq | ast.NotEq | ast.In | ast.NotIn):
        return None
    wire = wire_read(term.left, aliases)
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
    wire = wire_read(term, aliases)
    return None if wire is None else (wire, true_when)
