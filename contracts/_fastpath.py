"""Optimistic fast paths for ``check`` and ``parse``, compiled from the shape tree.

Both handle only the common case: exact JSON types (``dict``, ``list``, ``str``, ``bool``,
finite ``float``, ...), string keys, every required key present. On anything else they give
up by raising (any exception, ``UncommonPayloadError`` or not), and the caller redoes the work on the full
path (``contracts._checker``'s reporting checker, the cattrs converter), which is the
reference: a fast path must accept a subset of what the full path accepts, with the same result.

- The fast checker reports nothing but unknown-key warnings, deferred
  (``contracts._errors.defer``) so that a payload full of server-added keys stays cheap.
- The builder checks and builds in one walk: an attrs instance made without ``__init__``,
  by filling its ``__dict__``; optional fields whose default is also a class attribute
  (``contracts._declare.class_defaults``) are stored only when the payload has them.
  Classes where that would differ from ``__init__`` (slots, validators, converters,
  ``__attrs_post_init__``) are built by calling the class.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from contracts import _report
from contracts._errors import Severity, Violation, defer
from contracts._shape import (
    ArrayShape,
    BooleanShape,
    EnumShape,
    FieldShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    StringShape,
    object_shape,
    object_shapes,
)

FastCheck = Callable[[object, list[Violation], Any], None]
Build = Callable[[object], Any]

# Objects with at least this many keys, all optional, are walked by the payload's keys rather
# than by probing every declared key (credentials: 42 declared, ~2 sent).
SPARSE_FROM = 8


class UncommonPayloadError(Exception):
    """The payload is not in the fast path's common case; the full path takes over."""


def is_sparse(shape: ObjectShape) -> bool:
    return len(shape.fields) >= SPARSE_FROM and not any(field.required for field in shape.fields)


def copy_plain_json(value: object) -> dict[str, Any]:
    """A deep copy of a free-form JSON object of exact JSON types only; ``UncommonPayloadError`` if not.

    Iterative (any depth); a container met twice (shared or cyclic) gives up too.
    """
    if type(value) is not dict:
        raise UncommonPayloadError
    root: dict[str, Any] = {}
    seen = {id(value)}
    stack: list[tuple[Any, Any]] = [(value, root)]
    pending = stack.append
    while stack:
        source, target = stack.pop()
        if type(target) is dict:
            for key, child in source.items():
                kind = type(child)
                if kind is dict or kind is list:
                    if id(child) in seen:
                        raise UncommonPayloadError
                    seen.add(id(child))
                    copied: Any = {} if kind is dict else []
                    pending((child, copied))
                    child = copied
                elif not (
                    kind is str
                    or kind is int
                    or kind is bool
                    or child is None
                    or (kind is float and child - child == 0.0)  # inf and nan fail
                ):
                    raise UncommonPayloadError
                if type(key) is not str:
                    raise UncommonPayloadError
                target[key] = child
        else:
            append = target.append
            for child in source:
                kind = type(child)
                if kind is dict or kind is list:
                    if id(child) in seen:
                        raise UncommonPayloadError
                    seen.add(id(child))
                    copied = {} if kind is dict else []
                    pending((child, copied))
                    child = copied
                elif not (
                    kind is str
                    or kind is int
                    or kind is bool
                    or child is None
                    or (kind is float and child - child == 0.0)  # inf and nan fail
                ):
                    raise UncommonPayloadError
                append(child)
    return root


class _Emitter:
    def __init__(self) -> None:
        self.namespace: dict[str, Any] = {
            "Uncommon": UncommonPayloadError,
            "_plain": _report.is_plain_json,
            "_copy": copy_plain_json,
            "_new": object.__new__,
            "_V": Violation,
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

    def function(self, name: str) -> Any:
        code = compile("\n".join(self.lines), f"<novu-contracts {name}>", "exec")
        exec(code, self.namespace)  # noqa: S102 - source generated here from the declaration
        return self.namespace[name]


@attrs.frozen
class _Path:
    """Where the generated code is, as a Python expression of its (deferred) JSON Pointer path.

    ``text`` is the path itself where it is known when compiling (no array above): the root's
    ``""`` and the fixed paths below it. Unknown-key warnings there are memoised per key, since
    real payloads repeat the same few (``createdAt``, ``__v``, ...).
    """

    expr: str
    text: str | None = None

    @classmethod
    def known(cls, text: str) -> _Path:
        return cls(repr(text), text)

    def step(self, token: str) -> _Path:
        if self.text is not None:
            return _Path.known(self.text + token)
        return _Path(f"({self.expr}, {token!r})")


MEMO_SIZE = 256
"""Warnings memoised per fixed path (and severity): the first this many keys; others made afresh."""


class _FastChecker(_Emitter):
    """Generates the fast checker: the root object with every nested object inlined (a Python call
    costs as much as checking a few keys), plus a function per object for recursive declarations.
    """

    def __init__(self) -> None:
        super().__init__()
        self.namespace["_WARNING"] = Severity.WARNING

    def value(self, shape: Shape, var: str, path: _Path, depth: int, inlined: tuple[Shape, ...]) -> None:
        """Give up unless ``var`` is a common-case valid ``shape``; warn of unknown keys inside."""
        if isinstance(shape, StringShape):
            self.emit(depth, f"if type({var}) is not str: raise Uncommon")
        elif isinstance(shape, BooleanShape):
            self.emit(depth, f"if type({var}) is not bool: raise Uncommon")
        elif isinstance(shape, EnumShape):
            members = self.constant("values", frozenset(shape.values))
            self.emit(depth, f"if type({var}) is not str or {var} not in {members}: raise Uncommon")
        elif isinstance(shape, FreeObjectShape):
            self.emit(depth, f"if type({var}) is not dict or not _plain({var}): raise Uncommon")
        elif isinstance(shape, ObjectShape):
            if shape in inlined:  # a recursive declaration: call the object's own function
                self.emit(depth, f"_fast_{shape.name}({var}, {path.expr}, out, unknown)")
            else:
                self.object_body(shape, var, path, depth, (*inlined, shape))
        elif isinstance(shape, ArrayShape):
            self.emit(depth, f"if type({var}) is not list: raise Uncommon")
            item, index, base = f"item{depth}", f"i{depth}", f"p{depth}"
            self.emit(depth, f"{base} = {path.expr}")
            self.emit(depth, f"for {index}, {item} in enumerate({var}):")
            self.value(shape.items, item, _Path(f"({base}, {index})"), depth + 1, inlined)
        else:  # pragma: no cover - shape.py rejects anything else
            raise TypeError(shape)

    def memo(self, depth: int, path: _Path, memo: str) -> None:
        """Bind ``memo`` to the warnings memoised at ``path`` for this severity, if ``path`` is fixed."""
        if path.text is not None:
            warnings, errors = self.constant("memo", {}), self.constant("memo", {})
            self.emit(depth, f"{memo} = {warnings} if unknown is _WARNING else {errors}")

    def warn(self, depth: int, key: str, path: _Path, memo: str) -> None:
        """Append the warning for the unknown string ``key`` (``unknown`` is not None)."""
        make = f"_defer(w, (_unknown_fields, {path.expr}, {key}, unknown))"
        if path.text is not None:
            self.emit(depth, f"w = {memo}.get({key})")
            self.emit(depth, "if w is None:")
            self.emit(depth + 1, "w = _new(_V)")
            self.emit(depth + 1, make)
            # Full: keep what it has (the keys seen first are the ones every payload carries).
            self.emit(depth + 1, f"if len({memo}) < {MEMO_SIZE}: {memo}[{key}] = w")
        else:
            self.emit(depth, "w = _new(_V)")
            self.emit(depth, make)
        self.emit(depth, "out.append(w)")

    def object_function(self, shape: ObjectShape) -> None:
        self.emit(0, f"def _fast_{shape.name}(v, path, out, unknown):")
        self.object_body(shape, "v", _Path("path"), 1, (shape,))
        self.emit(0, "")

    def root_function(self, shape: ObjectShape) -> None:
        self.emit(0, "def _fast_root(v, out, unknown):")
        self.object_body(shape, "v", _Path.known(""), 1, (shape,))
        self.emit(0, "")

    def object_body(
        self, shape: ObjectShape, var: str, path: _Path, depth: int, inlined: tuple[Shape, ...]
    ) -> None:
        self.emit(depth, f"if type({var}) is not dict: raise Uncommon")
        if is_sparse(shape):
            self._sparse(shape, var, path, depth, inlined)
        else:
            self._dense(shape, var, path, depth, inlined)

    def _dense(self, shape: ObjectShape, v: str, path: _Path, depth: int, inlined: tuple[Shape, ...]) -> None:
        """Probe each declared key, in declaration order as the full checker (so warnings come in
        its order); then, if the object has other keys, find them.
        """
        level = len(inlined)
        x, n, k = f"x{level}", f"n{level}", f"k{level}"
        all_required = all(field.required for field in shape.fields)
        if not all_required:
            self.emit(depth, f"{n} = {sum(field.required for field in shape.fields)}")
        for field in shape.fields:
            inner = path.step("/" + _report.pointer_token(field.wire))
            at = depth
            if not field.required:
                self.emit(depth, f"if {field.wire!r} in {v}:")
                self.emit(depth + 1, f"{n} += 1")
                at = depth + 1
            self.emit(at, f"{x} = {v}[{field.wire!r}]")
            self.value(field.shape, x, inner, at, inlined)
        known = self.constant("known", shape.wire_keys)
        self.emit(depth, f"if {len(shape.fields) if all_required else n} != len({v}):")
        self.emit(depth + 1, "if unknown is None:")  # only a key of another type is reported
        self.emit(depth + 2, f"for {k} in {v}:")
        self.emit(depth + 3, f"if type({k}) is not str: raise Uncommon")
        self.emit(depth + 1, "else:")
        # The unknown keys, searched from the end (where servers and generators add them) until
        # all are found, then reported in key order.
        rest, found = f"r{level}", f"u{level}"
        memo = f"m{level}"
        self.memo(depth + 2, path, memo)
        self.emit(depth + 2, f"{rest} = len({v}) - {len(shape.fields) if all_required else n}")
        self.emit(depth + 2, f"if {rest} == 1:")  # the common case: no list to keep them in order
        self.emit(depth + 3, f"for {k} in reversed({v}):")
        self.emit(depth + 4, f"if {k} not in {known}: break")
        self.emit(depth + 3, f"if type({k}) is not str: raise Uncommon")
        self.warn(depth + 3, k, path, memo)
        self.emit(depth + 2, "else:")
        self.emit(depth + 3, f"{found} = []")
        self.emit(depth + 3, f"for {k} in reversed({v}):")
        self.emit(depth + 4, f"if {k} not in {known}:")
        self.emit(depth + 5, f"{found}.append({k})")
        self.emit(depth + 5, f"{rest} -= 1")
        self.emit(depth + 5, f"if not {rest}: break")
        self.emit(depth + 3, f"for {k} in reversed({found}):")
        self.emit(depth + 4, f"if type({k}) is not str: raise Uncommon")
        self.warn(depth + 4, k, path, memo)

    def _sparse(
        self, shape: ObjectShape, v: str, path: _Path, depth: int, inlined: tuple[Shape, ...]
    ) -> None:
        """One pass over the payload's keys (few of the many declared): a lookup and a type test each."""
        level = len(inlined)
        x, k, kind = f"x{level}", f"k{level}", f"s{level}"
        exact, others = _exact_types(shape.fields)
        # Per wire key: the exact type that alone makes its value valid, or the index of its check.
        indices = {field.wire: i for i, field in enumerate(others)}
        spec = self.constant("spec", {**exact, **indices}.get)
        memo = f"m{level}"
        self.memo(depth, path, memo)
        self.emit(depth, f"for {k}, {x} in {v}.items():")
        self.emit(depth + 1, f"{kind} = {spec}({k})")
        self.emit(depth + 1, f"if type({x}) is {kind}: continue")
        self.emit(depth + 1, f"if {kind} is None:")
        self.emit(depth + 2, f"if type({k}) is not str: raise Uncommon")
        self.emit(depth + 2, "if unknown is not None:")
        self.warn(depth + 3, k, path, memo)
        for index, field in enumerate(others):
            self.emit(depth + 1, f"elif {kind} == {index}:")
            inner = path.step("/" + _report.pointer_token(field.wire))
            self.value(field.shape, x, inner, depth + 2, inlined)
        self.emit(depth + 1, "else: raise Uncommon")  # a declared key whose value has another type


def _exact_types(fields: tuple[FieldShape, ...]) -> tuple[dict[str, type], list[FieldShape]]:
    """The exact Python type that alone makes a value of each string or boolean key valid; the rest."""
    exact: dict[str, type] = {}
    others = []
    for field in fields:
        if isinstance(field.shape, StringShape):
            exact[field.wire] = str
        elif isinstance(field.shape, BooleanShape):
            exact[field.wire] = bool
        else:
            others.append(field)
    return exact, others


def compile_fast_checker(root: type) -> FastCheck:
    """The fast checker of the contract declared by ``root``: ``(payload, out, unknown_severity)``."""
    checker = _FastChecker()
    for shape in object_shapes(root):
        checker.object_function(shape)
    checker.root_function(object_shape(root))
    function: FastCheck = checker.function("_fast_root")
    return function


class _Builder(_Emitter):
    """Generates the builder: the root object with every nested object inlined, as the fast checker,
    plus a function per object for recursive declarations.
    """

    def __init__(self, *, strict: bool) -> None:
        super().__init__()
        self.strict = strict
        self.items: dict[Shape, str] = {}

    def value(self, shape: Shape, var: str, depth: int, inlined: tuple[Shape, ...]) -> str:
        """Give up unless ``var`` is a common-case valid ``shape``; return the expression of its value."""
        level = len(inlined)
        if isinstance(shape, StringShape):
            self.emit(depth, f"if type({var}) is not str: raise Uncommon")
            return var
        if isinstance(shape, BooleanShape):
            self.emit(depth, f"if type({var}) is not bool: raise Uncommon")
            return var
        if isinstance(shape, EnumShape):
            members = self.constant("members", dict(shape.enum._value2member_map_))
            self.emit(depth, f"if type({var}) is not str: raise Uncommon")
            return f"{members}[{var}]"  # KeyError: not a member, give up
        if isinstance(shape, FreeObjectShape):
            return f"_copy({var})"
        if isinstance(shape, ObjectShape):
            if shape in inlined:  # a recursive declaration: call the object's own function
                return f"_build_{shape.name}({var})"
            self.object_body(shape, var, depth, (*inlined, shape))
            return f"o{level + 1}"
        if isinstance(shape, ArrayShape):
            self.emit(depth, f"if type({var}) is not list: raise Uncommon")
            if not isinstance(shape.items, ObjectShape) or shape.items in inlined:
                return f"list(map({self.item(shape.items)}, {var}))"
            items, item = f"l{level}", f"item{level}"
            self.emit(depth, f"{items} = []")
            self.emit(depth, f"for {item} in {var}:")
            self.object_body(shape.items, item, depth + 1, (*inlined, shape.items))
            self.emit(depth + 1, f"{items}.append(o{level + 1})")
            return items
        raise TypeError(shape)  # pragma: no cover - shape.py rejects anything else

    def item(self, shape: Shape) -> str:
        """The name of a function that checks and converts one array item of ``shape``."""
        if isinstance(shape, ObjectShape):
            return f"_build_{shape.name}"
        if shape not in self.items:
            name = self.constant("item", None)
            self.items[shape] = name
            body = _Builder(strict=self.strict)
            body.namespace = self.namespace
            body.emit(0, f"def {name}(x):")
            body.emit(1, f"return {body.value(shape, 'x', 1, ())}")
            self.lines[:0] = [*body.lines, ""]
        return self.items[shape]

    def object_function(self, shape: ObjectShape, name: str) -> None:
        self.emit(0, f"def {name}(v):")
        self.object_body(shape, "v", 1, (shape,))
        self.emit(1, "return o1")
        self.emit(0, "")

    def object_body(self, shape: ObjectShape, v: str, depth: int, inlined: tuple[Shape, ...]) -> None:
        """Check ``v`` and leave the instance it describes in ``o<level>``."""
        level = len(inlined)
        o, d = f"o{level}", f"d{level}"
        self.emit(depth, f"if type({v}) is not dict: raise Uncommon")
        free = _absent_is_free(shape.cls)
        cls = self.constant("cls", shape.cls)
        if free is None:  # built by calling the class: absent means its default
            self.emit(depth, f"{d} = {{}}")
        else:  # filled in place (cheaper than building a dict, then copying it in)
            self.emit(depth, f"{o} = _new({cls})")
            self.emit(depth, f"{d} = {o}.__dict__")
            stored = {
                field.name: attrs.fields_dict(shape.cls)[field.name].default
                for field in shape.fields
                if not field.required and field.name not in free
            }
            if stored:
                self.emit(depth, f"{d}.update({self.constant('defaults', stored)})")
        if is_sparse(shape):
            self._sparse(shape, v, depth, inlined)
        else:
            self._dense(shape, v, depth, inlined)
        if free is None:
            self.emit(depth, f"{o} = {cls}(**{d})")

    def _dense(self, shape: ObjectShape, v: str, depth: int, inlined: tuple[Shape, ...]) -> None:
        level = len(inlined)
        x, n, k, d = f"x{level}", f"n{level}", f"k{level}", f"d{level}"
        all_required = all(field.required for field in shape.fields)
        if not all_required:
            self.emit(depth, f"{n} = {sum(field.required for field in shape.fields)}")
        for field in shape.fields:
            at = depth
            if not field.required:
                self.emit(depth, f"if {field.wire!r} in {v}:")
                self.emit(depth + 1, f"{n} += 1")
                at = depth + 1
            self.emit(at, f"{x} = {v}[{field.wire!r}]")
            self.emit(at, f"{d}[{field.name!r}] = {self.value(field.shape, x, at, inlined)}")
        self.emit(depth, f"if {len(shape.fields) if all_required else n} != len({v}):")
        if self.strict:
            self.emit(depth + 1, "raise Uncommon")  # unknown keys are violations: the full path says so
        else:
            self.emit(depth + 1, f"for {k} in {v}:")  # a key of another type is a violation
            self.emit(depth + 2, f"if type({k}) is not str: raise Uncommon")

    def _sparse(self, shape: ObjectShape, v: str, depth: int, inlined: tuple[Shape, ...]) -> None:
        level = len(inlined)
        x, k, kind, d = f"x{level}", f"k{level}", f"s{level}", f"d{level}"
        exact, others = _exact_types(shape.fields)
        exact_of = self.constant("exact", exact.get)
        names = self.constant("names", {field.wire: field.name for field in shape.fields})
        kinds = self.constant("kinds", {field.wire: index for index, field in enumerate(others)}.get)
        self.emit(depth, f"for {k}, {x} in {v}.items():")
        self.emit(depth + 1, f"if type({x}) is {exact_of}({k}):")
        self.emit(depth + 2, f"{d}[{names}[{k}]] = {x}")
        self.emit(depth + 2, "continue")
        self.emit(depth + 1, f"{kind} = {kinds}({k})")
        self.emit(depth + 1, f"if {kind} is None:")
        if self.strict:
            self.emit(depth + 2, "raise Uncommon")
        else:
            self.emit(depth + 2, f"if type({k}) is not str or {k} in {names}: raise Uncommon")
        for index, field in enumerate(others):
            self.emit(depth + 1, f"elif {kind} == {index}:")
            self.emit(depth + 2, f"{d}[{field.name!r}] = {self.value(field.shape, x, depth + 2, inlined)}")


def _absent_is_free(cls: type) -> frozenset[str] | None:
    """The fields of ``cls`` an instance may leave out of its ``__dict__`` (their default is a class
    attribute); ``None`` if instances must be made by calling the class.
    """
    if any("__slots__" in vars(klass) for klass in cls.__mro__[:-1]):
        return None  # slotted fields live outside __dict__
    if any(hasattr(cls, hook) for hook in ("__attrs_post_init__", "__attrs_pre_init__")):
        return None
    fields = attrs.fields(cls)
    if any(
        f.converter is not None or f.validator is not None or not f.init or f.alias != f.name for f in fields
    ):
        return None
    return frozenset(
        f.name
        for f in fields
        if f.default is not attrs.NOTHING
        and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
        and getattr(cls, f.name, _ABSENT) is f.default
    )


_ABSENT = object()


def compile_builder(root: type, *, strict: bool) -> Build:
    """The fused check-and-build of ``root`` from a payload; unknown keys give up when ``strict``."""
    builder = _Builder(strict=strict)
    for shape in object_shapes(root):
        builder.object_function(shape, f"_build_{shape.name}")
    builder.object_function(object_shape(root), "_build_root")
    function: Build = builder.function("_build_root")
    return function
