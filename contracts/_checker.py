"""``check``: every contract violation of a payload, with JSON Pointer paths.

The checker is compiled once per contract from ``contracts._shape`` into plain Python
functions (one per object type) so that a valid payload costs a handful of type
tests per key; violations are only built on the slow path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from contracts import _report
from contracts import _versions as versions
from contracts._errors import Severity, Violation
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
# Objects with at least this many keys, all optional, are checked by walking the
# payload's keys rather than probing every declared key (credentials: 42 declared, ~4 sent).
_SPARSE_FROM = 8

CheckFunction = Callable[[object, str, list[Violation], "Severity | None"], None]


class _Compiler:
    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {"_M": object(), "_r": _report, "_esc": _report.pointer_token}
        self.lines: list[str] = []

    def constant(self, prefix: str, value: object) -> str:
        name = f"_{prefix}{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def emit(self, depth: int, line: str) -> None:
        self.lines.append("    " * depth + line)

    def value(self, shape: Shape, var: str, path: str, depth: int, *, required: bool) -> None:
        """Emit the checks of ``var`` against ``shape``; ``path`` is an expression for its pointer."""
        if isinstance(shape, (StringShape, BooleanShape)):
            py = "str" if isinstance(shape, StringShape) else "bool"
            self.emit(depth, f"if type({var}) is not {py}:")
            if isinstance(shape, StringShape):
                # str subclasses (e.g. enum members) serialise as JSON strings: accept them.
                self.emit(depth + 1, f"if not isinstance({var}, str):")
                depth += 1
            self.emit(
                depth + 1,
                f"out.append(_r.mismatch({path}, {var}, {shape.json_type!r}, required={required}))",
            )
        elif isinstance(shape, EnumShape):
            members = self.constant("values", frozenset(shape.values))
            enum = self.constant("enum", shape.enum)
            self.emit(depth, f"if type({var}) is not str or {var} not in {members}:")
            self.emit(depth + 1, f"_v = _r.bad_enum({path}, {var}, {enum})")
            self.emit(depth + 1, "if _v is not None: out.append(_v)")
        elif isinstance(shape, FreeObjectShape):
            self.emit(depth, f"_r.free_json(out, {path}, {var}, required={required})")
        elif isinstance(shape, ObjectShape):
            self.emit(depth, f"_check_{shape.name}({var}, {path}, out, unknown)")
        elif isinstance(shape, ArrayShape):
            self.emit(depth, f"if type({var}) is not list and not isinstance({var}, list):")
            self.emit(depth + 1, f"out.append(_r.mismatch({path}, {var}, 'array', required={required}))")
            self.emit(depth, "else:")
            item, index = f"_item{depth}", f"_i{depth}"
            self.emit(depth + 1, f"for {index}, {item} in enumerate({var}):")
            self.value(shape.items, item, f"{path} + '/' + str({index})", depth + 2, required=True)
        else:  # pragma: no cover - shape.py rejects anything else
            raise TypeError(shape)

    def object(self, shape: ObjectShape) -> None:
        self.emit(0, f"def _check_{shape.name}(v, path, out, unknown):")
        # Exact type first (the fast path); dict subclasses (OrderedDict via json hooks) are objects too.
        self.emit(1, "if type(v) is not dict and not isinstance(v, dict):")
        self.emit(2, "out.append(_r.mismatch(path, v, 'object', required=True))")
        self.emit(2, "return")
        sparse = len(shape.fields) >= _SPARSE_FROM and not any(f.required for f in shape.fields)
        if sparse:
            self._sparse_object(shape)
        else:
            self._dense_object(shape)
        self.emit(0, "")

    def _dense_object(self, shape: ObjectShape) -> None:
        self.emit(1, "n = 0")
        for field in shape.fields:
            pointer = repr("/" + _report.pointer_token(field.wire))
            self.emit(1, f"x = v.get({field.wire!r}, _M)")
            self.emit(1, "if x is _M:")
            if field.required:
                expected = _expected(field.shape)
                self.emit(2, f"out.append(_r.missing(path + {pointer}, {field.wire!r}, {expected!r}))")
            else:
                self.emit(2, "pass")
            self.emit(1, "else:")
            self.emit(2, "n += 1")
            self.value(field.shape, "x", f"path + {pointer}", 2, required=field.required)
        known = self.constant("known", shape.wire_keys)
        self.emit(1, "if n != len(v):")
        self.emit(2, "for k in v:")
        self.emit(3, f"if k not in {known} and (unknown is not None or type(k) is not str):")
        self.emit(4, "out.append(_r.unknown_key(path, k, unknown or _error))")
        self.namespace["_error"] = Severity.ERROR

    def _sparse_object(self, shape: ObjectShape) -> None:
        groups: dict[Shape, list[str]] = {}
        for field in shape.fields:
            groups.setdefault(field.shape, []).append(field.wire)
        kinds = self.constant(
            "kinds", {wire: index for index, keys in enumerate(groups.values()) for wire in keys}
        )
        self.emit(1, "for k, x in v.items():")
        self.emit(2, f"kind = {kinds}.get(k)")
        for index, member_shape in enumerate(groups):
            self.emit(2, f"{'if' if index == 0 else 'elif'} kind == {index}:")
            self.value(member_shape, "x", "path + '/' + _esc(k)", 3, required=False)
        self.emit(2, "elif unknown is not None or type(k) is not str:")
        self.emit(3, "out.append(_r.unknown_key(path, k, unknown or _error))")
        self.namespace["_error"] = Severity.ERROR


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


_COMPILED: dict[type, CheckFunction] = {}
"""The compiled check function of each contract root, built on first use."""
versions.on_forget(lambda forgotten: _COMPILED.pop(forgotten.root, None))


def check_function(contract: str) -> CheckFunction:
    """The compiled check function of contract version ``contract`` (``ValueError`` if unknown)."""
    root = versions.root_of(contract)
    function = _COMPILED.get(root)
    if function is None:
        function = _COMPILED[root] = compile_checker(root)
    return function


def check(
    payload: object, *, unknown_keys: UnknownKeys = "warn", contract: str = DEFAULT_VERSION
) -> list[Violation]:
    """Every violation of the IntegrationResponseDto contract in ``payload``; ``[]`` if it is valid.

    Never raises, whatever ``payload`` is. Unknown keys are allowed by the contract and are
    reported as warnings by default; ``unknown_keys="error"`` makes them errors and
    ``"ignore"`` leaves them out. ``contract`` picks the version (``"0.7.0"``, ``"3.x"``).
    """
    function = check_function(contract)
    out: list[Violation] = []
    try:
        function(payload, "", out, _SEVERITY[unknown_keys])
    except Exception as error:  # e.g. a user-defined str subclass whose __eq__ raises
        out.append(_report.uncheckable(payload, error))
    return out


def errors(violations: list[Violation]) -> list[Violation]:
    """Only the violations that break the contract (not the warnings)."""
    return [violation for violation in violations if violation.severity is Severity.ERROR]
