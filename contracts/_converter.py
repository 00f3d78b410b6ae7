"""The wire converter: JSON payloads <-> attrs instances, with strict JSON types.

cattrs' defaults coerce (``str(5)``, ``bool("false")``); the hooks here do not: a value
of the wrong JSON type raises, as does ``null`` in an optional key (absent is the
contract's "optional", not null).  Wire keys and optionality come from ``contracts._shape``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Literal, overload

import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from contracts import _versions as versions
from contracts._checker import check, errors
from contracts._errors import ContractError
from contracts._fastpath import Build, compile_builder
from contracts._models import IntegrationResponseDto
from contracts._report import short
from contracts._shape import (
    ArrayShape,
    BooleanShape,
    EnumShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    StringShape,
    object_shapes,
)
from contracts._versions import DEFAULT_VERSION

Hook = Callable[[Any, Any], Any]


def _structure_string(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    raise TypeError(f"expected string, got {short(value)}")


def _structure_boolean(value: Any, _: Any) -> bool:
    if type(value) is bool:
        return value
    raise TypeError(f"expected boolean, got {short(value)}")


def _structure_free_object(value: Any, _: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return copy_json(value)  # the instance must not share (and see changes to) the caller's dict
    raise TypeError(f"expected object, got {short(value)}")


def _unstructure_free_object(value: dict[str, Any]) -> dict[str, Any]:
    return copy_json(value)


def copy_json(value: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of a JSON object, made iteratively: free-form objects may nest without limit."""
    root: dict[str, Any] = {}
    stack: list[tuple[Any, Any]] = [(value, root)]
    while stack:
        source, target = stack.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, child in items:
            if isinstance(child, dict | list):
                copied: Any = {} if isinstance(child, dict) else [None] * len(child)
                stack.append((child, copied))
                child = copied
            if isinstance(target, dict):
                target[key] = child
            else:
                target[key] = child
    return root


def _enum_value(member: StrEnum) -> str:
    return member.value


def _enum_hook(enum: type[StrEnum]) -> Hook:
    def structure_enum(value: Any, _: Any) -> StrEnum:
        if isinstance(value, str):
            return enum(value)
        raise TypeError(f"expected a {enum.__name__} string, got {short(value)}")

    return structure_enum


def _array_hook(items: Hook) -> Hook:
    def structure_array(value: Any, _: Any) -> list[Any]:
        if isinstance(value, list):
            return [items(item, None) for item in value]
        raise TypeError(f"expected array, got {short(value)}")

    return structure_array


def _hook(shape: Shape, converter: cattrs.Converter, *, trusted: bool) -> Hook | None:
    """The structure hook of a field of ``shape``; ``None`` leaves it to cattrs (plain ``str(x)``...).

    ``trusted`` hooks skip the type checks, for payloads ``check`` has just passed.
    """
    if isinstance(shape, StringShape):
        return None if trusted else _structure_string
    if isinstance(shape, BooleanShape):
        return None if trusted else _structure_boolean
    if isinstance(shape, EnumShape):
        return _trusted_enum_hook(shape.enum) if trusted else _enum_hook(shape.enum)
    if isinstance(shape, FreeObjectShape):
        return _structure_free_object
    if isinstance(shape, ArrayShape):
        items = _hook(shape.items, converter, trusted=trusted)
        assert items is not None, "arrays of strings or booleans are not part of the contract"
        if trusted:
            return lambda value, _: [items(item, None) for item in value]
        return _array_hook(items)
    # Nested classes are registered first (see configure_converter), so bind their hook directly.
    nested: Hook = converter.get_structure_hook(shape.cls)
    return nested


def _trusted_enum_hook(enum: type[StrEnum]) -> Hook:
    members = enum._value2member_map_  # a dict lookup; Enum(value) costs several times more

    return lambda value, _: members[value]


def configure_converter(
    converter: cattrs.Converter, *, contract: str = DEFAULT_VERSION, forbid_unknown_keys: bool = False
) -> None:
    """Teach ``converter`` the wire form of contract ``contract`` and every class it contains.

    The hooks check JSON types strictly; ``forbid_unknown_keys`` makes keys outside the
    contract an error.
    """
    _configure(converter, versions.root_of(contract), forbid_unknown_keys=forbid_unknown_keys, trusted=False)


def _configure(converter: cattrs.Converter, root: type, *, forbid_unknown_keys: bool, trusted: bool) -> None:
    """Register the hooks of ``root``; ``trusted`` drops the type checks (only after ``check`` passed)."""
    for shape in reversed(object_shapes(root)):  # innermost first: outer hooks bind inner ones
        _register(converter, shape, forbid_unknown_keys=forbid_unknown_keys, trusted=trusted)


def _register(
    converter: cattrs.Converter, shape: ObjectShape, *, forbid_unknown_keys: bool, trusted: bool
) -> None:
    structure_overrides = {
        field.name: override(rename=field.wire, struct_hook=_hook(field.shape, converter, trusted=trusted))
        for field in shape.fields
    }
    unstructure_overrides = {
        field.name: override(
            rename=field.wire,
            omit_if_default=not field.required,
            unstruct_hook=_unstructure_free_object if isinstance(field.shape, FreeObjectShape) else None,
        )
        for field in shape.fields
    }
    generated: Callable[[Any, Any], Any] = make_dict_structure_fn(
        shape.cls,
        converter,
        _cattrs_forbid_extra_keys=forbid_unknown_keys,
        **structure_overrides,  # type: ignore[arg-type]
    )

    def structure_object(value: Any, kind: Any) -> Any:
        # cattrs' generated code only probes keys, so "" or [] would pass for an all-optional object.
        if not isinstance(value, dict):
            raise TypeError(f"expected object, got {short(value)}")
        return generated(value, kind)

    converter.register_structure_hook(shape.cls, generated if trusted else structure_object)
    for field in shape.fields:
        if isinstance(field.shape, EnumShape):
            # Plain strings on the wire, not StrEnum members that merely compare equal.
            converter.register_unstructure_hook(field.shape.enum, _enum_value)
    converter.register_unstructure_hook(
        shape.cls,
        make_dict_unstructure_fn(shape.cls, converter, **unstructure_overrides),  # type: ignore[arg-type]
    )


def make_converter(
    *,
    contract: str = DEFAULT_VERSION,
    forbid_unknown_keys: bool = False,
    detailed_validation: bool = True,
) -> cattrs.Converter:
    """A new cattrs ``Converter`` for the wire form of contract ``contract`` (strict JSON types, wire keys).

    ``forbid_unknown_keys`` makes keys outside the contract an error; by default they are
    ignored, as a tolerant reader should. Structure to ``contracts.contract(contract).root``.
    """
    converter = cattrs.Converter(
        detailed_validation=detailed_validation, forbid_extra_keys=forbid_unknown_keys
    )
    configure_converter(converter, contract=contract, forbid_unknown_keys=forbid_unknown_keys)
    return converter


_TRUSTED: dict[type, cattrs.Converter] = {}
"""Per contract root, the converter ``parse`` structures with once ``check`` passed (it trusts types)."""
versions.on_forget(lambda forgotten: _TRUSTED.pop(forgotten.root, None))


def _trusted(root: type) -> cattrs.Converter:
    converter = _TRUSTED.get(root)
    if converter is None:
        converter = cattrs.Converter(detailed_validation=False)
        _configure(converter, root, forbid_unknown_keys=False, trusted=True)
        _TRUSTED[root] = converter
    return converter


_BUILDERS: dict[tuple[type, bool], Build] = {}
"""Per contract root and ``strict``, the fused check-and-build (``contracts._fastpath``)."""
versions.on_forget(
    lambda forgotten: [_BUILDERS.pop((forgotten.root, strict), None) for strict in (False, True)]
)


def _builder(contract: str, strict: bool) -> Build:
    """The builder of contract ``contract`` (``ValueError`` if unknown), compiled on first use."""
    key = versions.root_of(contract), strict
    build = _BUILDERS.get(key)
    if build is None:
        build = _BUILDERS[key] = compile_builder(key[0], strict=strict)
    return build


# The default contract's, compiled at import and reached without a lookup (the version stays).
_DEFAULT_BUILDERS = (_builder(DEFAULT_VERSION, False), _builder(DEFAULT_VERSION, True))


@overload
def parse(
    payload: object, *, contract: Literal["0.7.0"] = ..., strict: bool = ...
) -> IntegrationResponseDto: ...
@overload
def parse(payload: object, *, contract: str, strict: bool = ...) -> Any: ...
def parse(payload: object, *, contract: str = DEFAULT_VERSION, strict: bool = False) -> Any:
    """Validate a wire payload and build the instance of contract ``contract`` it describes.

    Raises ``ContractError`` listing every violation. Unknown keys are ignored unless
    ``strict`` is true, when they are violations too. Returns an instance of
    ``contracts.contract(contract).root`` (``IntegrationResponseDto`` for 0.7.0, the default).
    """
    build = _DEFAULT_BUILDERS[strict] if contract == DEFAULT_VERSION else _builder(contract, strict)
    try:
        result = build(payload)
    except Exception:  # not the common case (or invalid): check, then cattrs
        result = None
    if result is not None:
        return result
    root = versions.root_of(contract)
    violations = errors(check(payload, unknown_keys="error" if strict else "ignore", contract=contract))
    if violations:
        raise ContractError(violations)
    return _trusted(root).structure(payload, root)


def dump(integration: Any, *, contract: str | None = None) -> dict[str, Any]:
    """The wire payload of ``integration``; absent optionals are omitted.

    ``contract`` is the version ``integration`` belongs to; by default, the one whose root
    class it is an instance of. ``TypeError`` if it is not an instance of that root.
    """
    cls = type(integration)
    if contract is not None and cls is not versions.root_of(contract):
        raise TypeError(_not_an_instance(integration, contract))
    converter = _TRUSTED.get(cls)
    if converter is None:
        if cls not in _known_roots():
            raise TypeError(_not_an_instance(integration, contract))
        converter = _trusted(cls)
    payload: dict[str, Any] = converter.unstructure(integration)
    return payload


def _known_roots() -> set[type]:
    return {known.root for known in versions.CONTRACTS.values()}


def _not_an_instance(integration: Any, contract: str | None) -> str:
    got = f"got {type(integration)!r}"
    if contract is None:
        return f"dump() takes an IntegrationResponseDto of a known contract version, {got}"
    return f"dump(contract={contract!r}) takes that contract's IntegrationResponseDto, {got}"
