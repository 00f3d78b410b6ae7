"""What the contract declarations say about wires, derived once: the enum, flag, compared, listed and
optional fields the scan (``_named``) looks for, and the credential keys the providers send. A cache made
from the contracts is cleared when a contract is forgotten (``on_forget``, beside its function)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from contracts import Format
from contracts._declare import field_format
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
from strategies._providers import providers

# Formats whose fields take the literals the code compares them with (``==``, ``in``, ``startswith``,
# ``endswith``): free-form enough that any such literal is one of their values. Not the structured
# ones: ``"@" in sender`` names no sender.
COMPARED_FORMATS = frozenset({Format.CONDITION_FIELD})


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
def enum_wires() -> tuple[tuple[str, frozenset[str]], ...]:
    """(wire name, values) of every enum field (any contract) of three values or more, each enum once.

    Two values listed of two leave none out, and one listed says nothing about a table. Two enums
    that share a wire name stay apart: listing all of one leaves out nothing of the other.
    """
    enums: dict[tuple[str, type], frozenset[str]] = {}
    for _, field in _every_field():
        if isinstance(field.shape, EnumShape) and len(field.shape.values) > 2:
            enums[field.wire, field.shape.enum] = frozenset(field.shape.values)
    return tuple((wire, values) for (wire, _), values in enums.items())


on_forget(lambda _: enum_wires.cache_clear())


@cache
def compared_wires() -> dict[str, Format]:
    """The wire name of every string field (any contract) whose format is in ``COMPARED_FORMATS``."""
    wires: dict[str, Format] = {}
    for shape, field in _every_field():
        fmt = field_format(shape.cls, field.name)
        if isinstance(field.shape, StringShape) and fmt in COMPARED_FORMATS:
            wires[field.wire] = fmt
    return wires


on_forget(lambda _: compared_wires.cache_clear())


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


def flag_wires() -> frozenset[str]:
    """The boolean fields at the top and of the objects in lists: the flags an exit may test."""
    return _top_level_wires(BooleanShape) | listed_flag_wires()


def required_wires() -> frozenset[str]:
    """The enum fields, top-level and in conditions: those an exit may need one value of (``if
    p["channel"] != "sms": return``, ``if condition["type"] != "NUMBER": continue``)."""
    return _top_level_wires(EnumShape) | frozenset(nested_enum_values())


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


def nested_enum_values() -> dict[str, frozenset[str]]:
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


@cache
def provider_ids() -> frozenset[str]:
    return frozenset(p.id for p in providers())


@cache
def key_owners() -> dict[str, frozenset[str]]:
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
def text_credential_keys() -> frozenset[str]:
    """The credential keys some provider sends whose values are strings (not ``secure`` and the other
    flags: steering code past a chain of flag exits starved the branches in between)."""
    strings = {field.wire for _, field in _every_field() if isinstance(field.shape, StringShape)}
    return _credential_keys() & frozenset(strings)


on_forget(lambda _: text_credential_keys.cache_clear())


@cache
def credential_flags() -> frozenset[str]:
    """The credential keys some provider sends whose values are booleans (``secure``, ``requireTls``, ...)."""
    flags = {field.wire for _, field in _every_field() if isinstance(field.shape, BooleanShape)}
    return _credential_keys() & frozenset(flags)


on_forget(lambda _: credential_flags.cache_clear())


@cache
def string_wires() -> frozenset[str]:
    """Every string field's wire, top-level, nested or a credential: what a strict encode may read."""
    return frozenset(field.wire for _, field in _every_field() if isinstance(field.shape, StringShape))


on_forget(lambda _: string_wires.cache_clear())


@cache
def _optional_wires() -> frozenset[str]:
    """The top-level keys some contract version makes optional (``_id``, ``conditions``, ...)."""
    return frozenset(
        field.wire for known in CONTRACTS.values() for field in known.shape.fields if not field.required
    )


on_forget(lambda _: _optional_wires.cache_clear())


def indexable_keys() -> frozenset[str]:
    """The keys whose absence ``_named._subscripted`` looks for: credential keys and optional top-level
    keys."""
    return _credential_keys() | _optional_wires()


@cache
def subscript_pattern() -> re.Pattern[str]:
    """A cheap look for ``_named._subscripted``: a key of ``indexable_keys`` quoted as a subscript or
    ``get``'s only argument."""
    quoted = "|".join(map(re.escape, sorted(indexable_keys(), key=len, reverse=True)))
    return re.compile(rf"(?:\[|\bget\()\s*[\"'](?:{quoted})[\"']\s*[\])]")


on_forget(lambda _: subscript_pattern.cache_clear())
