"""Declaring a contract version as the changes to another: fields reused, changed or added.

A delta names only what differs. Every field of the base it does not mention is reused as
is (type, wire key, description and all other metadata, in the base's order), so a field
added to the base reaches the derived class with no edit here::

    @delta_of(v07.IntegrationResponseDto)
    class IntegrationResponseDto:
        \"\"\"One integration, as Novu API 3.x returns it.\"\"\"

        channel: Channel | None = changed(note="Absent for agent-kind integrations.")
        kind: Kind | None = optional("kind", "Delivery or agent integration.")

- A *changed* field (``changed()``) keeps the base field's metadata (format hint included);
  its annotation is its new type, and it is optional exactly when that type allows ``None``
  (as ``_shape`` reads optionality). ``note`` is appended to the description; ``format``
  replaces the base's format hint.
- An *added* field is declared as usual (``required()`` / ``optional()``); it goes right
  after the field declared before it in the delta, or after every base field if it comes first.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any, Union

import attrs

from contracts._declare import DESCRIPTION, FORMAT, WIRE_KEY, Format, class_defaults


@attrs.frozen
class _Changed:
    note: str
    format: Format | None


def changed(*, note: str = "", format: Format | None = None) -> Any:
    """Mark a base field whose type changes; ``note`` is appended to its description and
    ``format`` (if given) replaces its format hint, which is otherwise kept."""
    return _Changed(note, None if format is None else Format(format))


def delta_of(base: type) -> Callable[[type], type]:
    """A class decorator: the frozen, keyword-only attrs class ``base`` plus the body's changes."""

    def derive(body: type) -> type:
        return _derive(base, body)

    return derive


def rebase(derived: type, *, onto: type) -> type:
    """The delta ``derived`` was declared with, applied to ``onto`` instead of its base."""
    body: type = derived.__dict__["__delta_body__"]
    return _derive(onto, body)


def _derive(base: type, body: type) -> type:
    base_hints = typing.get_type_hints(base, include_extras=True)
    body_hints = typing.get_type_hints(body, include_extras=True)
    base_fields = {attribute.name: attribute for attribute in attrs.fields(base)}
    _refuse_strays(body, body_hints)
    declared: dict[str, tuple[Any, Any]] = {}  # name -> (hint, field)
    added_after: dict[str | None, list[str]] = {}
    previous: str | None = None
    for name, hint in body_hints.items():
        value = body.__dict__.get(name, attrs.NOTHING)
        if name in base_fields:
            if not isinstance(value, _Changed):
                raise TypeError(
                    f"{body.__qualname__}.{name} is already declared by {base.__qualname__}: "
                    f"mark what changes with changed(), or leave it out to reuse it"
                )
            declared[name] = (hint, _changed_field(base_fields[name], hint, value))
        else:
            if WIRE_KEY not in getattr(value, "metadata", {}):  # changed(), a plain default, or nothing
                raise TypeError(
                    f"{body.__qualname__}.{name} is not a field of {base.__qualname__}: "
                    f"declare it with required() or optional()"
                )
            declared[name] = (hint, value)
            added_after.setdefault(previous, []).append(name)
        previous = name
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {
        "__module__": body.__module__,
        "__qualname__": body.__qualname__,
        "__doc__": body.__doc__,
        "__annotations__": annotations,
        "__delta_body__": body,  # for rebase()
    }

    def place(name: str, hint: Any, field: Any) -> None:
        annotations[name] = hint
        namespace[name] = field
        for added in added_after.get(name, ()):
            place(added, *declared[added])

    for name, attribute in base_fields.items():
        hint, field = declared.get(name, (base_hints[name], _reused_field(attribute)))
        place(name, hint, field)
    for added in added_after.get(None, ()):
        place(added, *declared[added])
    # As the base's declarations: not slotted, optional defaults as class attributes (see class_defaults).
    cls: type = class_defaults(attrs.frozen(kw_only=True, slots=False)(type(body.__name__, (), namespace)))
    return cls


def _refuse_strays(body: type, hints: dict[str, Any]) -> None:
    """A delta body holds annotated fields and a docstring; anything else would be silently lost."""
    strays = [name for name in vars(body) if name not in hints and not name.startswith("__")]
    if strays:
        raise TypeError(f"{body.__qualname__}: a delta's fields need their type as an annotation: {strays}")


def _reused_field(attribute: attrs.Attribute[Any], **changes: Any) -> Any:
    """A field declared exactly like ``attribute`` (metadata and all), with ``changes`` applied."""
    options: dict[str, Any] = {
        "default": attribute.default,
        "validator": attribute.validator,
        "repr": attribute.repr,
        # A comparison key given as eq=/order= is kept on the Attribute apart from the flag.
        "eq": getattr(attribute, "eq_key", None) or attribute.eq,
        "order": getattr(attribute, "order_key", None) or attribute.order,
        "hash": attribute.hash,
        "init": attribute.init,
        "metadata": dict(attribute.metadata),
        "converter": attribute.converter,
        "kw_only": attribute.kw_only,
        "alias": attribute.alias,
    }
    options.update(changes)
    return attrs.field(**options)


def _changed_field(attribute: attrs.Attribute[Any], hint: Any, change: _Changed) -> Any:
    metadata = dict(attribute.metadata)
    if change.note:
        metadata[DESCRIPTION] = " ".join(filter(None, [metadata.get(DESCRIPTION, ""), change.note]))
    if change.format is not None:
        metadata[FORMAT] = change.format
    default = None if _allows_none(hint) else attrs.NOTHING
    return _reused_field(attribute, default=default, metadata=metadata)


def _allows_none(hint: Any) -> bool:
    if typing.get_origin(hint) is typing.Annotated:
        return _allows_none(typing.get_args(hint)[0])
    return typing.get_origin(hint) in (Union, types.UnionType) and type(None) in typing.get_args(hint)
