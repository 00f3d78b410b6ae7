"""The named edge cases of the contract: how to recognise each in a payload, and one payload of each."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

import attrs

from contracts._models import Channel
from contracts._shape import ObjectShape, StringShape
from contracts._versions import DEFAULT_VERSION, contract
from strategies import _text
from strategies._generate import API_EXTRA_KEYS, JsonDict, Profile, integration_payload
from strategies._providers import provider
from strategies._source import RandomSource

_RTL = set("אבגדהוזחטיכלמנסעפצקרשתءابتثجحخدذرزسشصضطظعغفقكلمنهوي\u202e\u202b")


@attrs.frozen
class EdgeCase:
    """An edge case the contract allows and consumers tend to forget."""

    name: str
    description: str
    detect: Callable[[JsonDict], bool]
    apply: Callable[[JsonDict], None]
    """Turn a realistic payload (modified in place) into an instance of this edge case."""


def _declared_strings(payload: JsonDict, root: ObjectShape) -> Iterator[str]:
    """Every string at a declared string position, at any depth."""
    stack: list[tuple[Any, ObjectShape]] = [(payload, root)]
    while stack:
        value, shape = stack.pop()
        for field in shape.fields:
            item = value.get(field.wire)
            if isinstance(field.shape, StringShape) and isinstance(item, str):
                yield item
            elif isinstance(field.shape, ObjectShape) and isinstance(item, dict):
                stack.append((item, field.shape))
            elif isinstance(item, list) and hasattr(field.shape, "items"):
                items_shape = field.shape.items
                if isinstance(items_shape, ObjectShape):
                    stack.extend((element, items_shape) for element in item if isinstance(element, dict))


def _any_string(root: ObjectShape, test: Callable[[str], bool]) -> Callable[[JsonDict], bool]:
    return lambda payload: any(test(text) for text in _declared_strings(payload, root))


def _set_top_strings(root: ObjectShape, value: str) -> Callable[[JsonDict], None]:
    def apply(payload: JsonDict) -> None:
        for field in root.fields:
            if isinstance(field.shape, StringShape) and field.wire in payload:
                payload[field.wire] = value

    return apply


def _optional_top_keys(root: ObjectShape) -> tuple[str, ...]:
    return tuple(f.wire for f in root.fields if not f.required)


def _depth(value: Any) -> int:
    depth, level = 0, [value]
    while level:
        children = [
            c for v in level if isinstance(v, dict | list) for c in (v.values() if isinstance(v, dict) else v)
        ]
        depth += 1
        level = [c for c in children if isinstance(c, dict | list)]
    return depth


def _conditions(payload: JsonDict) -> list[Any]:
    conditions = payload.get("conditions")
    return conditions if isinstance(conditions, list) else []


def _set(key: str, value: Any) -> Callable[[JsonDict], None]:
    return lambda payload: payload.__setitem__(key, copy.deepcopy(value))


def _delete(*keys: str) -> Callable[[JsonDict], None]:
    def apply(payload: JsonDict) -> None:
        for key in keys:
            payload.pop(key, None)

    return apply


def _then(*steps: Callable[[JsonDict], None]) -> Callable[[JsonDict], None]:
    def apply(payload: JsonDict) -> None:
        for step in steps:
            step(payload)

    return apply


def _condition(children: int) -> JsonDict:
    child = {"field": "subscriber.plan", "value": "pro", "operator": "EQUAL", "on": "subscriber"}
    return {
        "isNegated": False,
        "type": "TEXT",
        "value": "AND",
        "children": [dict(child) for _ in range(children)],
    }


def _credentials_of(root: ObjectShape) -> ObjectShape:
    shape = next(f.shape for f in root.fields if f.wire == "credentials")
    assert isinstance(shape, ObjectShape)
    return shape


def _credentials(payload: JsonDict) -> JsonDict:
    """The payload's credentials object, added as ``{}`` where a contract version makes it optional."""
    credentials: JsonDict = payload.setdefault("credentials", {})
    return credentials


def _every_credential(credentials: ObjectShape) -> Callable[[JsonDict], None]:
    def apply(payload: JsonDict) -> None:
        values: dict[str, Any] = {"tlsOptions": {"rejectUnauthorized": False}, "port": "587"}
        for field in credentials.fields:
            default: Any = (
                False if field.shape.json_type == "boolean" else f"<fake-{_text.slug(field.wire)}-0001>"
            )
            _credentials(payload)[field.wire] = values.get(field.wire, default)

    return apply


def _nested(depth: int) -> JsonDict:
    node: JsonDict = {"rejectUnauthorized": False}
    for level in range(depth):
        node = {f"level{depth - level}": node, "ciphers": ["TLS_AES_128_GCM_SHA256"]}
    return node


@cache
def edge_cases(contract_version: str = DEFAULT_VERSION) -> tuple[EdgeCase, ...]:
    """Every named edge case of a contract version, in a stable order (derived from its declaration)."""
    root = contract(contract_version).shape
    credentials = _credentials_of(root)
    return (
        EdgeCase(
            "empty-strings",
            "a string field is ''",
            _any_string(root, lambda s: s == ""),
            _set_top_strings(root, ""),
        ),
        EdgeCase(
            "whitespace-only-strings",
            "a string field holds only whitespace",
            _any_string(root, lambda s: (s != "" and s.strip() == "") or s in _text.WHITESPACE),
            _set_top_strings(root, " \t "),
        ),
        EdgeCase(
            "very-long-strings",
            f"a string field of {_text.LONG_MIN:,}+ characters",
            _any_string(root, lambda s: len(s) >= _text.LONG_MIN),
            _set("name", "x" * _text.LONG_MIN),
        ),
        EdgeCase(
            "non-ascii-strings",
            "a string field with non-ASCII characters",
            _any_string(root, lambda s: not s.isascii()),
            _set("identifier", "café-crème-Zoë"),
        ),
        EdgeCase(
            "rtl-strings",
            "a string field with right-to-left text",
            _any_string(root, lambda s: any(c in _RTL for c in s)),
            _set("name", "שלום עולם"),
        ),
        EdgeCase(
            "emoji-strings",
            "a string field with emoji",
            _any_string(root, lambda s: any(ord(c) >= 0x1F000 for c in s)),
            _set("name", "🔔 alerts 🚀"),
        ),
        EdgeCase(
            "absent-optionals",
            "no optional top-level key is present",
            lambda p: not any(key in p for key in _optional_top_keys(root)),
            lambda p: _delete(*_optional_top_keys(root))(p),
        ),
        EdgeCase(
            "deleted-without-deletedAt",
            "deleted is true but deletedAt is absent",
            lambda p: p.get("deleted") is True and "deletedAt" not in p,
            _then(_set("deleted", True), _delete("deletedAt")),
        ),
        EdgeCase(
            "deleted-without-deletedBy",
            "deleted is true but deletedBy is absent",
            lambda p: p.get("deleted") is True and "deletedBy" not in p,
            _then(_set("deleted", True), _set("deletedAt", "2025-04-09T19:28:30.917Z"), _delete("deletedBy")),
        ),
        EdgeCase(
            "non-iso-deletedAt",
            "deletedAt is not an ISO-8601 timestamp",
            lambda p: isinstance(p.get("deletedAt"), str) and not _text.is_iso_timestamp(p["deletedAt"]),
            _then(_set("deleted", True), _set("deletedAt", _text.NON_ISO_DATES[0])),
        ),
        EdgeCase(
            "live-with-deletedAt",
            "deleted is false yet deletedAt is present",
            lambda p: p.get("deleted") is False and "deletedAt" in p,
            _then(_set("deleted", False), _set("deletedAt", "2025-04-09T19:28:30.917Z")),
        ),
        EdgeCase(
            "empty-credentials",
            "credentials is {}",
            lambda p: p.get("credentials") == {},
            _set("credentials", {}),
        ),
        EdgeCase(
            "credentials-with-every-key",
            "credentials carries every declared key",
            lambda p: (
                isinstance(p.get("credentials"), dict)
                and all(k in p["credentials"] for k in credentials.wire_keys)
            ),
            _every_credential(credentials),
        ),
        EdgeCase(
            "non-numeric-port",
            "credentials.port is a string that is not a plain decimal port number",
            lambda p: (
                isinstance(p.get("credentials"), dict)
                and isinstance(p["credentials"].get("port"), str)
                and not (p["credentials"]["port"].isascii() and p["credentials"]["port"].isdigit())
            ),
            lambda p: _credentials(p).__setitem__("port", "smtp"),
        ),
        EdgeCase(
            "nested-tlsOptions",
            "credentials.tlsOptions nests objects or arrays",
            lambda p: (
                isinstance(p.get("credentials"), dict) and _depth(p["credentials"].get("tlsOptions")) >= 2
            ),
            lambda p: _credentials(p).__setitem__("tlsOptions", _nested(4)),
        ),
        EdgeCase(
            "unknown-providerId",
            "providerId is not one of Novu's providers",
            lambda p: isinstance(p.get("providerId"), str) and provider(p["providerId"]) is None,
            _set("providerId", "acme-mailer"),
        ),
        EdgeCase(
            "empty-conditions",
            "conditions is []",
            lambda p: p.get("conditions") == [],
            _set("conditions", []),
        ),
        EdgeCase(
            "condition-with-empty-children",
            "a condition has children: []",
            lambda p: any(isinstance(c, dict) and c.get("children") == [] for c in _conditions(p)),
            _set("conditions", [_condition(0)]),
        ),
        EdgeCase(
            "many-conditions",
            "10 or more conditions",
            lambda p: len(_conditions(p)) >= 10,
            _set("conditions", [_condition(1) for _ in range(12)]),
        ),
        EdgeCase(
            "unknown-top-level-keys",
            "keys outside the contract at the top level (the real API sends createdAt, updatedAt, __v)",
            lambda p: any(k not in root.wire_keys for k in p),
            lambda p: p.update(
                {"createdAt": "2025-04-09T19:28:30.917Z", "updatedAt": "2025-04-09T19:28:30.917Z", "__v": 0}
            ),
        ),
        EdgeCase(
            "unknown-credential-keys",
            "keys outside the contract inside credentials",
            lambda p: (
                isinstance(p.get("credentials"), dict)
                and any(k not in credentials.wire_keys for k in p["credentials"])
            ),
            lambda p: _credentials(p).__setitem__("apiVersion", "fake-extra-value"),
        ),
        EdgeCase(
            "primary-but-inactive",
            "primary is true while active is false",
            lambda p: p.get("primary") is True and p.get("active") is False,
            _then(_set("primary", True), _set("active", False)),
        ),
    )


EDGE_CASES: tuple[EdgeCase, ...] = edge_cases()
"""Every named edge case of the default contract version, in a stable order."""

assert set(API_EXTRA_KEYS) >= {"createdAt", "updatedAt", "__v"}


def base_payload(channel: Channel | None = None, *, contract: str = DEFAULT_VERSION) -> JsonDict:
    """The realistic payload each named edge case is applied to (same on every machine)."""
    channels = (channel,) if channel is not None else tuple(Channel)
    profile = Profile(
        edge_cases=False,
        extra_keys=False,
        deleted=False,
        active=True,
        primary=False,
        channels=channels,
        contract=contract,
    )
    payload = integration_payload(RandomSource("edge-case-base"), profile)
    payload["conditions"] = [_condition(1)]  # one ordinary condition, so condition edge cases are visible
    return payload


def edge_case_examples(
    *, channel: Channel | str | None = None, contract: str = DEFAULT_VERSION
) -> list[tuple[str, JsonDict]]:
    """One payload per named edge case of ``contract``, as ``(name, payload)`` (a list, not a strategy).

    For ``pytest.mark.parametrize``; ``channel`` puts every payload on that channel (default: a
    fixed realistic one).
    """
    result = []
    for edge_case in edge_cases(contract):
        payload = base_payload(Channel(channel) if channel is not None else None, contract=contract)
        edge_case.apply(payload)
        result.append((edge_case.name, payload))
    return result


def edge_cases_in(payload: JsonDict, *, contract: str = DEFAULT_VERSION) -> list[str]:
    """The names of the edge cases of ``contract`` that ``payload`` is an instance of."""
    return [edge_case.name for edge_case in edge_cases(contract) if edge_case.detect(payload)]
