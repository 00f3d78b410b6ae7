"""``check``: every contract violation of a payload, with JSON Pointer paths.

Two checkers are compiled once per contract from ``contracts._shape`` into plain Python:
the fast one (``contracts._fastpath``) handles valid payloads of exact JSON types, reporting
only unknown keys (as deferred warnings); on anything else it gives up and the full one below
(one function per object type) finds and describes every violation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from contracts import _report
from contracts import _versions as versions
from contracts._errors import Severity, Violation, defer
from contracts._fastpath import FastCheck, compile_fast_checker, is_sparse
from contracts._shape import (
    ArrayShape,
    BooleanShape,
    EnumShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    StringShape,
    object_shape,
    object_shapes,
)
from contracts._versions import DEFAULT_VERSION

UnknownKeys = Literal["ignore", "warn", "error"]
_SEVERITY: dict[str, Severity | None] = {
    "ignore": None,
    "warn": Severity.WARNING,
    "error": Severity.ERROR,
}

CheckFunction = Callable[[object, object, list[Violation], "Severity | None"], None]
"""``(payload, path, out, unknown_severity)``; ``path`` is ``""`` or a deferred path (``_report.pointer``)."""


class _Compiler:
    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {
            "_M": object(),
            "_r": _report,
            "_esc": _report.pointer_token,
            "_pp": _report.pointer,
            "_error": Severity.ERROR,
            "_V": Violation,
            "_new": object.__new__,
            "_defer": defer,
            "_unknown_fields": _report.unknown_key_fields,
        }
        self.lines: list[str] = []

    def constant(self, prefix: str, value: object) -> str:
        name = f"_{prefix}{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    def value(self, shape: Shape, var: str, path: str, depth: int, *, required: bool) -> None:
        """Emit the checks of ``var`` against ``shape``; ``path`` is an expression for its (deferred) path.

        Path strings are built (``_pp``) only where a violation is reported.
        """
        if isinstance(shape, (StringShape, BooleanShape)):
            py = "str" if isinstance(shape, StringShape) else "bool"
            self.emit(depth, f"if type({var}) is not {py}:")
            if isinstance(shape, StringShape):
                # str subclasses (e.g. enum members) serialise as JSON strings: accept them.
                self.emit(depth + 1, f"if not isinstance({var}, str):")
                depth += 1
            self.emit(
                depth + 1,
                f"out.append(_r.mismatch(_pp({path}), {var}, {shape.json_type!r}, required={required}))",
            )
        elif isinstance(shape, EnumShape):
            members = self.constant("values", frozenset(shape.values))
            enum = self.constant("enum", shape.enum)
            self.emit(depth, f"if type({var}) is not str or {var} not in {members}:")
            self.emit(depth + 1, f"_v = _r.bad_enum(_pp({path}), {var}, {enum})")
            self.emit(depth + 1, "if _v is not None: out.append(_v)")
        elif isinstance(shape, FreeObjectShape):
            self.emit(depth, f"if type({var}) is not dict or not _r.is_plain_json({var}):")
            self.emit(depth + 1, f"_r.free_json(out, _pp({path}), {var}, required={required})")
        elif isinstance(shape, ObjectShape):
            self.emit(depth, f"_check_{shape.name}({var}, {path}, out, unknown)")
        elif isinstance(shape, ArrayShape):
            self.emit(depth, f"if type({var}) is not list and not isinstance({var}, list):")
            self.emit(depth + 1, f"out.append(_r.mismatch(_pp({path}), {var}, 'array', required={required}))")
            self.emit(depth, "else:")
            item, index, item_path = f"_item{depth}", f"_i{depth}", f"_p{depth}"
            self.emit(depth + 1, f"{item_path} = {path}")
            self.emit(depth + 1, f"for {index}, {item} in enumerate({var}):")
            self.value(shape.items, item, f"({item_path}, {index})", depth + 2, required=True)
        else:  # pragma: no cover - shape.py rejects anything else
            raise TypeError(shape)

    def object(self, shape: ObjectShape) -> None:
        self.emit(0, f"def _check_{shape.name}(v, path, out, unknown):")
        # Exact type first (the fast path); dict subclasses (OrderedDict via json hooks) are objects too.
        self.emit(1, "if type(v) is not dict and not isinstance(v, dict):")
        self.emit(2, "out.append(_r.mismatch(_pp(path), v, 'object', required=True))")
        self.emit(2, "return")
        if is_sparse(shape):
            self._sparse_object(shape)
        else:
            self._dense_object(shape)
        self.emit(0, "")

    def _unknown(self, depth: int, key: str) -> None:
        """Report ``key``, known not to be declared; string keys get a deferred warning."""
        self.emit(depth, f"if type({key}) is not str:")
        self.emit(depth + 1, f"out.append(_r.unknown_key(_pp(path), {key}, unknown or _error))")
        self.emit(depth, "elif unknown is not None:")
        self.emit(depth + 1, "_w = _new(_V)")
        self.emit(depth + 1, f"_defer(_w, (_unknown_fields, path, {key}, unknown))")
        self.emit(depth + 1, "out.append(_w)")

    def _dense_object(self, shape: ObjectShape) -> None:
        # n counts the declared keys present; any other key is unknown.
        self.emit(1, f"n = {sum(field.required for field in shape.fields)}")
        for field in shape.fields:
            step = repr("/" + _report.pointer_token(field.wire))
            self.emit(1, f"x = v.get({field.wire!r}, _M)")
            if field.required:
                self.emit(1, "if x is _M:")
                expected = _expected(field.shape)
                self.emit(2, "n -= 1")
                self.emit(2, f"out.append(_r.missing(_pp((path, {step})), {field.wire!r}, {expected!r}))")
            else:
                self.emit(1, "if x is not _M:")
                self.emit(2, "n += 1")
            if not field.required:
                self.value(field.shape, "x", f"(path, {step})", 2, required=False)
            else:
                self.emit(1, "else:")
                self.value(field.shape, "x", f"(path, {step})", 2, required=True)
        known = self.constant("known", shape.wire_keys)
        self.emit(1, "if n != len(v):")
        self.emit(2, "if unknown is None:")
        # Only non-string keys are reported: find them without a Python loop over every key.
        self.emit(3, f"for k in v.keys() - {known}:")
        self.emit(4, "if type(k) is not str: break")
        self.emit(3, "else: return")
        self.emit(2, "for k in v:")
        self.emit(3, f"if k not in {known}:")
        self._unknown(4, "k")

    def _sparse_object(self, shape: ObjectShape) -> None:
        groups: dict[Shape, list[str]] = {}
        for field in shape.fields:
            groups.setdefault(field.shape, []).append(field.wire)
        kinds = self.constant(
            "kinds", {wire: index for index, keys in enumerate(groups.values()) for wire in keys}
        )
        # The exact type a valid value of each key has, where that type alone makes it valid.
        exact = {
            field.wire: str if isinstance(field.shape, StringShape) else bool
            for field in shape.fields
            if isinstance(field.shape, (StringShape, BooleanShape))
        }
        exact_of = self.constant("exact", exact.get)
        self.emit(1, "for k, x in v.items():")
        self.emit(2, f"if type(x) is {exact_of}(k): continue")
        self.emit(2, f"kind = {kinds}.get(k)")
        for index, member_shape in enumerate(groups):
            self.emit(2, f"{'if' if index == 0 else 'elif'} kind == {index}:")
            self.value(member_shape, "x", "(path, '/' + _esc(k))", 3, required=False)
        self.emit(2, "else:")
        self._unknown(3, "k")


def _expected(shape: Shape) -> str:
    if isinstance(shape, EnumShape):
        return _report.one_of(shape.values)
    if isinstance(shape, ArrayShape):
        return "array"
    return shape.json_type


def compile_checker(root: type) -> CheckFunction:
    """Compile the check function of an attrs class declared like ``contracts._models``."""
    compiler = _Compiler()
    for shape in object_shapes(root):
        compiler.object(shape)
    source = "\n".join(compiler.lines)
    code = compile(source, f"<novu-contracts checker for {root.__name__}>", "exec")
    exec(code, compiler.namespace)  # noqa: S102 - source generated above from the declaration
    function: CheckFunction = compiler.namespace[f"_check_{object_shape(root).name}"]
    return function


_COMPILED: dict[type, tuple[FastCheck, CheckFunction]] = {}
"""The fast and the full check function of each contract root, built on first use."""
versions.on_forget(lambda forgotten: _COMPILED.pop(forgotten.root, None))


def checkers(contract: str) -> tuple[FastCheck, CheckFunction]:
    """The fast and the full check function of contract ``contract`` (``ValueError`` if unknown)."""
    root = versions.root_of(contract)
    pair = _COMPILED.get(root)
    if pair is None:
        pair = _COMPILED[root] = compile_fast_checker(root), compile_checker(root)
    return pair


def check_function(contract: str) -> CheckFunction:
    """The compiled (full) check function of contract version ``contract`` (``ValueError`` if unknown)."""
    return checkers(contract)[1]


# The default contract's, compiled at import (as users expect) and reached without a lookup: its
# version never leaves the registry.
_DEFAULT = checkers(DEFAULT_VERSION)


def check(
    payload: object, *, unknown_keys: UnknownKeys = "warn", contract: str = DEFAULT_VERSION
) -> list[Violation]:
    """Every violation of the IntegrationResponseDto contract in ``payload``; ``[]`` if it is valid.

    Never raises, whatever ``payload`` is. Unknown keys are allowed by the contract and are
    reported as warnings by default; ``unknown_keys="error"`` makes them errors and
    ``"ignore"`` leaves them out. ``contract`` picks the version (``"0.7.0"``, ``"3.x"``).
    """
    fast, full = _DEFAULT if contract == DEFAULT_VERSION else checkers(contract)
    out: list[Violation] = []
    try:
        severity = _SEVERITY[unknown_keys]
        try:
            fast(payload, out, severity)
            return out
        except Exception:  # not the common case (or invalid): the full checker says what and where
            out.clear()
        full(payload, "", out, severity)
    except Exception as error:  # e.g. a user-defined str subclass whose __eq__ raises
        out.append(_report.uncheckable(payload, error))
    return out


def errors(violations: list[Violation]) -> list[Violation]:
    """Only the violations that break the contract (not the warnings)."""
    return [violation for violation in violations if violation.severity is Severity.ERROR]
