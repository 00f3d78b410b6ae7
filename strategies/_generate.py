"""Payload generation, written once against ``Source`` and derived from ``contracts.shape``.

Fields without a rule below get a value from their declared shape alone, so a field
added to the contract is generated without touching this module.  The rules add
realism (ids, provider ids that belong to the channel, the provider's credential
keys, ``deletedAt`` when deleted) and make the edge cases frequent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from contracts.models import Channel
from contracts.shape import (
    ArrayShape,
    BooleanShape,
    EnumShape,
    FieldShape,
    FreeObjectShape,
    ObjectShape,
    Shape,
    StringShape,
)
from contracts.versions import DEFAULT_VERSION, contract
from strategies import _text
from strategies._source import Source
from strategies.providers import Provider, providers_by_channel

JsonDict = dict[str, Any]

# Keys the real API adds to every record (CONTRACT.md); not part of the contract.
API_EXTRA_KEYS = ("createdAt", "updatedAt", "__v", "priority", "connected")
ODD_EXTRA_KEYS = ("", "x-custom", "ключ", "_internal", "nested")
UNKNOWN_PROVIDER_IDS = ("acme-mailer", "", "SENDGRID", "sendgrid ", "novu-v2")


@attrs.frozen(kw_only=True)
class Profile:
    """What to generate: the keyword constraints of the public strategies, checked already."""

    channels: tuple[Channel, ...] = tuple(Channel)
    provider_ids: tuple[str, ...] | None = None
    active: bool | None = None
    deleted: bool | None = None
    primary: bool | None = None
    conditions: bool | None = None
    extra_keys: bool = True
    realistic: bool = True
    edge_cases: bool = True
    contract: str = DEFAULT_VERSION


@attrs.define
class _Draw:
    """One payload being drawn: the source, the profile and the choices other fields depend on."""

    source: Source
    profile: Profile
    root: ObjectShape
    channel: Channel = Channel.IN_APP
    provider: Provider | None = None
    deleted: bool = False

    def string(self, realistic: Callable[[], str]) -> str:
        return _text.string(
            self.source, realistic, is_realistic=self.profile.realistic, edge_cases=self.profile.edge_cases
        )

    def boolean(self, fixed: bool | None = None) -> bool:
        return fixed if fixed is not None else self.source.chance(50)


def integration_payload(source: Source, profile: Profile) -> JsonDict:
    """One wire payload of ``IntegrationResponseDto``."""
    draw = _Draw(source, profile, contract(profile.contract).shape)
    draw.channel = source.pick(profile.channels)
    draw.provider = _provider(draw)
    draw.deleted = draw.boolean(profile.deleted) if profile.deleted is not None else source.chance(35)
    payload = _object(draw, draw.root, _TOP_RULES)
    if profile.extra_keys and source.chance(50):
        _add_extra_keys(draw, payload)
    return payload


def _provider(draw: _Draw) -> Provider | None:
    candidates = providers_by_channel()[draw.channel]
    if draw.profile.provider_ids is not None:
        return None
    if not draw.profile.realistic or (draw.profile.edge_cases and draw.source.chance(15)):
        return None
    return draw.source.pick(candidates) if candidates else None


def _provider_id(draw: _Draw) -> str:
    if draw.profile.provider_ids is not None:
        return draw.source.pick(draw.profile.provider_ids)
    if draw.provider is not None:
        return draw.provider.id
    if draw.profile.realistic:
        return draw.source.pick(UNKNOWN_PROVIDER_IDS)
    return draw.source.text(_text.PLAIN, 0, 12)


def _name(draw: _Draw) -> str:
    default = draw.provider.display_name if draw.provider else "Custom integration"
    return draw.string(lambda: default)


# A rule decides how often an optional key is present (percent) and how its value is made.
@attrs.frozen
class _Rule:
    value: Callable[[_Draw], Any] | None = None
    presence: Callable[[_Draw], bool] | None = None


def _deleted_at(draw: _Draw) -> str:
    if draw.profile.edge_cases and draw.source.chance(30):
        return draw.source.pick(_text.NON_ISO_DATES)
    return draw.string(lambda: _text.timestamp(draw.source))


def _deleted_at_present(draw: _Draw) -> bool:
    # Deleted records usually carry deletedAt; live ones never do (unless edge cases are on).
    if draw.deleted:
        return draw.source.chance(50) if draw.profile.edge_cases else True
    return draw.profile.edge_cases and draw.source.chance(10)


def _deleted_by_present(draw: _Draw) -> bool:
    if draw.deleted:
        return draw.source.chance(40)
    return draw.profile.edge_cases and draw.source.chance(5)


def _conditions(draw: _Draw) -> list[JsonDict]:
    source, wanted = draw.source, draw.profile.conditions
    low = 1 if wanted else 0
    count = 0 if wanted is False else source.integer(low, 3)
    if wanted is not False and draw.profile.edge_cases and source.chance(20):
        count = source.integer(10, 14)
    condition_shape = _item_shape(draw.root, "conditions")
    return [_object(draw, condition_shape, _CONDITION_RULES) for _ in range(count)]


def _conditions_present(draw: _Draw) -> bool:
    if draw.profile.conditions is not None:
        return draw.profile.conditions or draw.source.chance(50)
    return draw.source.chance(60)


def _children(draw: _Draw) -> list[JsonDict]:
    source = draw.source
    count = source.integer(0, 3)
    child_shape = _item_shape(_item_shape(draw.root, "conditions"), "children")
    return [_object(draw, child_shape, _CHILD_RULES) for _ in range(count)]


def _object_id_string(draw: _Draw) -> str:
    return draw.string(lambda: _text.object_id(draw.source))


_TOP_RULES: dict[str, _Rule] = {
    "_id": _Rule(_object_id_string, lambda d: d.source.chance(85)),
    "_environmentId": _Rule(_object_id_string),
    "_organizationId": _Rule(_object_id_string),
    "name": _Rule(_name),
    "identifier": _Rule(lambda d: d.string(lambda: _text.identifier(d.source, _name(d)))),
    "providerId": _Rule(_provider_id),
    # Presence rules only apply where a version makes the key optional (3.x: channel, credentials).
    "channel": _Rule(lambda d: d.channel.value, lambda d: d.source.chance(85)),
    "credentials": _Rule(lambda d: _credentials(d), lambda d: d.source.chance(85)),
    "active": _Rule(lambda d: d.boolean(d.profile.active)),
    "deleted": _Rule(lambda d: d.deleted),
    "deletedAt": _Rule(_deleted_at, _deleted_at_present),
    "deletedBy": _Rule(_object_id_string, _deleted_by_present),
    "primary": _Rule(lambda d: d.boolean(d.profile.primary)),
    "conditions": _Rule(_conditions, _conditions_present),
}
_FIELD_NAMES = ("subscriber.plan", "payload.tier", "locale", "isOnline", "tenant.id", "country")
_CONDITION_RULES: dict[str, _Rule] = {"children": _Rule(_children)}
_CHILD_RULES: dict[str, _Rule] = {
    "field": _Rule(lambda d: d.string(lambda: d.source.pick(_FIELD_NAMES))),
    "value": _Rule(lambda d: d.string(lambda: d.source.pick(("pro", "free", "de", "true", "42")))),
}


def _object(draw: _Draw, shape: ObjectShape, rules: dict[str, _Rule]) -> JsonDict:
    """A JSON object of ``shape``: each field by its rule, or generically by its declared shape."""
    result: JsonDict = {}
    for field in shape.fields:
        rule = rules.get(field.wire, _Rule())
        if not field.required:
            present = rule.presence(draw) if rule.presence else draw.source.chance(50)
            if not present:
                continue
        result[field.wire] = rule.value(draw) if rule.value else _value(draw, field.shape)
    return result


def _value(draw: _Draw, shape: Shape) -> Any:
    """A value of ``shape`` with no field-specific realism."""
    if isinstance(shape, StringShape):
        return draw.string(lambda: draw.source.text(_text.PLAIN, 1, 12))
    if isinstance(shape, BooleanShape):
        return draw.boolean()
    if isinstance(shape, EnumShape):
        return draw.source.pick(shape.values)
    if isinstance(shape, FreeObjectShape):
        return json_object(draw.source, depth=draw.source.integer(0, 3) if draw.profile.edge_cases else 0)
    if isinstance(shape, ArrayShape):
        return [_value(draw, shape.items) for _ in range(draw.source.integer(0, 3))]
    return _object(draw, shape, {})


def _item_shape(shape: ObjectShape, wire: str) -> ObjectShape:
    """The item shape of the array field ``wire`` of ``shape``."""
    field = next(f for f in shape.fields if f.wire == wire)
    assert isinstance(field.shape, ArrayShape)
    assert isinstance(field.shape.items, ObjectShape)
    return field.shape.items


# --- credentials ---------------------------------------------------------------------------

_CREDENTIAL_VALUES: dict[str, Callable[[Source, Channel], str]] = {
    "from": lambda s, c: "+15005550006" if c is Channel.SMS else "no-reply@example.com",
    "senderName": lambda s, c: s.pick(("Example Inc", "Acme Alerts", "Support")),
    "port": lambda s, c: s.pick(("587", "465", "25", "2525")),
    "host": lambda s, c: "smtp.example.com",
    "domain": lambda s, c: "mg.example.com",
    "region": lambda s, c: s.pick(("us-east-1", "eu", "us")),
    "user": lambda s, c: s.pick(("apikey", "postmaster@example.com")),
    "baseUrl": lambda s, c: "https://api.example.com",
    "webhookUrl": lambda s, c: "https://hooks.example.com/fake/webhook",
    "redirectUrl": lambda s, c: "https://app.example.com/oauth/callback",
    "imageUrl": lambda s, c: "https://cdn.example.com/logo.png",
    "externalLink": lambda s, c: "https://status.example.com",
}
NON_NUMERIC_PORTS = ("", "smtp", "587 ", "-1", "65536", "٥٨٧", "5e2")


# Credential keys secret scanners (and people) read as secrets.
_SECRET_KEY = re.compile(r"key|secret|pass|pwd|token|auth|sid|account|credential|private", re.IGNORECASE)


def fake_secret(source: Source, key: str) -> str:
    """An obviously fake credential value: ``<fake-api-key-0042>``.

    The angle brackets mark it as a placeholder, so secret scanners skip it.
    """
    return f"<fake-{_text.slug(key)}-{source.integer(0, 9999):04d}>"


def scanner_safe(key: str, value: str) -> str:
    """``value`` for a secret-named ``key``, bracketed as a placeholder unless it already is one."""
    if not _SECRET_KEY.search(key) or len(value) < 2 or (value.startswith("<") and value.endswith(">")):
        return value
    if not any(c.isascii() and c.isalpha() for c in value):
        return value
    return f"<{value}>"


def _credential_value(draw: _Draw, field: FieldShape) -> Any:
    source = draw.source
    if field.wire == "port" and draw.profile.edge_cases and source.chance(50):
        return source.pick(NON_NUMERIC_PORTS)
    if isinstance(field.shape, StringShape):
        maker = _CREDENTIAL_VALUES.get(field.wire)
        if maker is not None:
            return scanner_safe(field.wire, draw.string(lambda: maker(source, draw.channel)))
        return scanner_safe(field.wire, draw.string(lambda: fake_secret(source, field.wire)))
    if isinstance(field.shape, FreeObjectShape):
        depth = source.integer(1, 6) if draw.profile.edge_cases and source.chance(50) else 0
        return json_object(source, depth=depth)
    return _value(draw, field.shape)


def _credentials(draw: _Draw) -> JsonDict:
    """The provider's credential keys usually; ``{}``, every key or extra keys as edge cases."""
    source = draw.source
    credentials_shape = next(f.shape for f in draw.root.fields if f.wire == "credentials")
    assert isinstance(credentials_shape, ObjectShape)
    fields = credentials_shape.fields
    by_wire = {field.wire: field for field in fields}
    provider_keys = draw.provider.credential_keys if draw.provider else ()
    wanted: list[str] = list(provider_keys)
    if draw.profile.edge_cases:
        mode = source.integer(0, 9)
        if mode == 0:
            wanted = []
        elif mode in (6, 7):
            # Two bitmask draws instead of one draw per key: each key is added about 25% of the time.
            mask = source.integer(0, 2 ** len(fields) - 1) & source.integer(0, 2 ** len(fields) - 1)
            wanted += [f.wire for i, f in enumerate(fields) if f.wire not in wanted and mask >> i & 1]
            if "port" not in wanted:
                wanted.append("port")
        elif mode == 8:
            wanted = [field.wire for field in fields]
    elif not draw.profile.realistic:
        mask = source.integer(0, 2 ** len(fields) - 1) & source.integer(0, 2 ** len(fields) - 1)
        wanted = [f.wire for i, f in enumerate(fields) if mask >> i & 1]
    credentials = {wire: _credential_value(draw, by_wire[wire]) for wire in wanted}
    if draw.profile.extra_keys and source.chance(20):
        extras = draw.provider.extra_credential_keys if draw.provider else ()
        for key in extras or ("apiVersion",):
            credentials[key] = draw.string(lambda: "fake-extra-value")
    return credentials


def json_object(source: Source, *, depth: int) -> JsonDict:
    """A free-form JSON object (``tlsOptions``); ``depth`` levels of nesting at most."""
    if depth <= 0:
        return {"rejectUnauthorized": source.chance(50)} if source.chance(60) else {}
    result: JsonDict = {}
    for index in range(source.integer(1, 3)):
        kind = source.integer(0, 5)
        key = source.pick(("ca", "ciphers", "minVersion", "servername", "options", "nested"))
        value: Any
        if kind == 0:
            value = json_object(source, depth=depth - 1)
        elif kind == 1:
            value = [json_object(source, depth=depth - 1)]
        elif kind == 2:
            value = source.chance(50)
        elif kind == 3:
            value = source.integer(-(2**31), 2**31)
        elif kind == 4:
            value = None
        else:
            value = _text.edge_string(source) if source.chance(30) else "TLSv1.2"
        result[f"{key}{index}" if key in result else key] = value
    return result


def _add_extra_keys(draw: _Draw, payload: JsonDict) -> None:
    source = draw.source
    stamp = _text.timestamp(source)
    values: dict[str, Any] = {
        "createdAt": stamp,
        "updatedAt": stamp,
        "__v": 0,
        "priority": source.integer(0, 3),
        "connected": source.chance(50),
    }
    for key in API_EXTRA_KEYS:
        payload[key] = values[key]
    if "_id" in payload and source.chance(30):
        payload["id"] = payload["_id"]
    if draw.profile.edge_cases and source.chance(25):
        payload[source.pick(ODD_EXTRA_KEYS)] = source.pick(("value", 1, None, [], {"a": 1}))
