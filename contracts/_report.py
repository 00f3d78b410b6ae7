"""Builders for violations, called only once the fast path has found something wrong."""

from __future__ import annotations

import math
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from contracts._errors import Code, Severity, Violation
from contracts._models import KNOWN_PROVIDER_DRIFT, KNOWN_SERVER_OMISSIONS

_SHORT = 60


def pointer_token(key: object) -> str:
    """Escape one JSON Pointer reference token (RFC 6901)."""
    text = str.__str__(key) if isinstance(key, str) else _safe_text(key)
    return text.replace("~", "~0").replace("/", "~1")


def _safe_text(value: object) -> str:
    try:
        return str(value)
    except Exception:  # a user type whose __str__ raises must not make check() raise
        return f"<{type(value).__qualname__}>"


def _quoted(text: str) -> str:
    """``repr`` of the first characters of a string (its own ``__repr__`` is never called)."""
    head = str.__getitem__(text, slice(0, _SHORT))
    quoted = str.__repr__(str(head)) if type(head) is not str else repr(head)
    size = str.__len__(text)
    return quoted if size <= _SHORT else f"{quoted}... ({size} chars)"


def short(value: object) -> str:
    """A bounded, never-raising description of any value (huge, deep or non-JSON)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = _quoted(value)
        return f"{text} (a {type(value).__qualname__})" if type(value) is not str else text
    if isinstance(value, dict):
        size = dict.__len__(value)
        return f"an object with {size} key{'s' if size != 1 else ''}"
    if isinstance(value, list):
        size = list.__len__(value)
        return f"an array of {size} item{'s' if size != 1 else ''}"
    if isinstance(value, int):
        digits = int.bit_length(value) * 0.30103
        return (
            f"the number {int.__repr__(value)}"
            if digits < _SHORT
            else f"a number of about {int(digits)} digits"
        )
    if isinstance(value, float):
        return f"the number {float.__repr__(value)}"
    return f"a Python {type(value).__qualname__}, not a JSON value"


def json_type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    return "non-JSON"


def mismatch(path: str, value: object, expected: str, *, required: bool) -> Violation:
    """The value at ``path`` has the wrong JSON type (or is null)."""
    if value is None:
        why = "" if required else " (an optional key must be absent, never null)"
        return Violation(path, Code.NULL, f"expected {expected}, got null{why}", expected, "null")
    actual = short(value)
    code = Code.TYPE if json_type_name(value) != "non-JSON" else Code.NOT_JSON
    return Violation(path, code, f"expected {expected}, got {actual}", expected, actual)


def missing(path: str, key: str, expected: str) -> Violation:
    message = f"missing required key {key!r} (expected {expected})"
    drift = KNOWN_SERVER_OMISSIONS.get(key)
    if drift is not None:
        message += f" (known provider drift: {drift})"
    return Violation(path, Code.MISSING, message, expected, "absent")


def bad_enum(path: str, value: object, enum: type[StrEnum]) -> Violation | None:
    """A violation for a value outside ``enum``, or ``None`` if it is a member after all."""
    values = [member.value for member in enum]
    expected = one_of(values)
    if not isinstance(value, str):
        return mismatch(path, value, f"a string, {expected}", required=True)
    if value in values:
        return None
    message = f"expected {expected}; got {short(value)}"
    drift = KNOWN_PROVIDER_DRIFT.get(enum, {}).get(value)
    if drift is not None:
        message += f" (known provider drift: {drift})"
    else:
        near = [v for v in values if _loose(v) == _loose(value)]
        if near:
            message += f" (did you mean {near[0]!r}? values are case-sensitive)"
    return Violation(path, Code.ENUM, message, expected, short(value))


def one_of(values: Iterable[str]) -> str:
    """How a violation names an enum's values: ``one of 'in_app', 'email', ...``."""
    return "one of " + ", ".join(repr(value) for value in values)


def _loose(text: str) -> str:
    return text.casefold().replace("-", "_").replace(" ", "_").strip()


def unknown_key(path: str, key: object, severity: Severity) -> Violation:
    """An unknown key at ``path``; a non-string key is an error whatever ``severity`` says."""
    if not isinstance(key, str):
        return Violation(
            path,
            Code.NOT_JSON,
            f"object key {short(key)} is not a string, so this is not a JSON object",
            "string keys",
            short(key),
        )
    return Violation(**unknown_key_fields(path, key, severity))


def unknown_key_fields(path: object, key: str, severity: Severity) -> dict[str, Any]:
    """The fields of the violation for the unknown string ``key`` in the object at ``path``.

    The checker defers this (``contracts._errors.deferred``) until the violation is read.
    ``path`` may be a deferred path (see ``pointer``).
    """
    return {
        "path": f"{pointer(path)}/{pointer_token(key)}",
        "code": Code.UNKNOWN_KEY,
        "message": f"unknown key {_quoted(key)} (not in the contract; tolerant readers ignore it)",
        "expected": "a key of the contract",
        "actual": _quoted(key),
        "severity": severity,
    }


def pointer(path: object) -> str:
    """The JSON Pointer of a path as the checker passes it down: a string, or ``(parent, step)``.

    ``step`` is an escaped ``"/token"`` or an array index; building the string only when a
    violation is reported keeps array items cheap.
    """
    steps: list[str] = []
    while type(path) is tuple:
        path, step = path
        steps.append(step if type(step) is str else f"/{step}")
    assert type(path) is str
    return path + "".join(reversed(steps))


def is_plain_json(value: object) -> bool:
    """Whether ``value`` is a tree of exact JSON types (``dict``, ``list``, ``str``, ``int``, ``bool``,
    finite ``float``, ``None``) with string keys, no container twice: the fast path of ``free_json``.
    """
    stack = [value]
    push, pop = stack.append, stack.pop
    seen: set[int] = set()
    while stack:
        node = pop()
        if id(node) in seen:
            return False  # shared or cyclic: free_json tells which
        seen.add(id(node))
        if type(node) is dict:
            for key, child in node.items():
                if type(key) is not str:
                    return False
                kind = type(child)
                if kind is str or kind is bool or kind is int or child is None:
                    continue
                if kind is dict or kind is list:
                    push(child)
                elif kind is not float or child - child != 0.0:  # inf and nan fail
                    return False
        elif type(node) is list:
            for child in node:
                kind = type(child)
                if kind is str or kind is bool or kind is int or child is None:
                    continue
                if kind is dict or kind is list:
                    push(child)
                elif kind is not float or child - child != 0.0:
                    return False
        else:
            return False
    return True


def free_json(out: list[Violation], path: str, value: object, *, required: bool = True) -> None:
    """Report every non-JSON value inside a free-form object, iteratively (any depth, cycles too)."""
    if not isinstance(value, dict):
        out.append(mismatch(path, value, "object", required=required))
        return
    open_containers: set[int] = set()
    done: set[int] = set()  # containers already walked (shared ones are walked once)
    stack: list[tuple[object, str] | int] = [(value, path)]
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            open_containers.discard(item)
            continue
        node, where = item
        if isinstance(node, dict | list):
            if id(node) in done and id(node) not in open_containers:
                continue
            if id(node) in open_containers:
                out.append(
                    Violation(
                        where,
                        Code.NOT_JSON,
                        "a container that contains itself is not JSON",
                        "a JSON value",
                        "a cycle",
                    )
                )
                continue
            open_containers.add(id(node))
            done.add(id(node))
            stack.append(id(node))
            if isinstance(node, dict):
                for key, child in node.items():
                    if not isinstance(key, str):
                        out.append(unknown_key(where, key, Severity.ERROR))
                    stack.append((child, f"{where}/{pointer_token(key)}"))
            else:
                for index, child in enumerate(node):
                    stack.append((child, f"{where}/{index}"))
        elif isinstance(node, float) and not math.isfinite(node):
            out.append(
                Violation(
                    where, Code.NOT_JSON, f"{node!r} is not a JSON number", "a finite number", repr(node)
                )
            )
        elif node is not None and not isinstance(node, (str, int, float)):
            out.append(mismatch(where, node, "a JSON value", required=True))


def uncheckable(payload: object, error: Exception) -> Violation:
    """The payload holds a non-JSON value whose own methods failed while it was being checked."""
    return Violation(
        "",
        Code.NOT_JSON,
        f"could not check the payload: a non-JSON value raised {type(error).__qualname__}",
        "JSON values",
        short(payload),
    )
