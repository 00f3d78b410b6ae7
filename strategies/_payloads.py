"""The public strategies for valid payloads, instances and list responses."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any, Literal

import attrs
import cattrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from contracts import make_converter, parse
from contracts._models import (
    Channel,
    CredentialsDto,
    FieldFilterPartDto,
    StepFilterDto,
)
from contracts._versions import CONTRACTS, DEFAULT_VERSION
from strategies import _generate
from strategies._generate import JsonDict, Profile
from strategies._providers import provider as known_provider
from strategies._source import HypothesisSource, RandomSource, Source

Primaries = Literal["any", "at_most_one", "exactly_one"]


def _channels(channel: Channel | str | Iterable[Channel | str] | None) -> tuple[Channel, ...]:
    if channel is None:
        return tuple(Channel)
    values = [channel] if isinstance(channel, str) else list(channel)
    if not values:
        raise InvalidArgument("channel=[] leaves nothing to generate; pass None for every channel")
    result = []
    for value in values:
        try:
            result.append(Channel(value))
        except ValueError:
            allowed = ", ".join(repr(c.value) for c in Channel)
            raise InvalidArgument(f"channel={value!r} is not a Channel; use one of {allowed}") from None
    return tuple(dict.fromkeys(result))


def make_profile(
    *,
    channel: Channel | str | Iterable[Channel | str] | None = None,
    provider_id: str | Iterable[str] | None = None,
    active: bool | None = None,
    deleted: bool | None = None,
    primary: bool | None = None,
    conditions: bool | None = None,
    extra_keys: bool = True,
    realistic: bool = True,
    edge_cases: bool = True,
    contract: str = DEFAULT_VERSION,
) -> Profile:
    """Check the keyword constraints once, up front, and turn them into a generation ``Profile``."""
    if contract not in CONTRACTS:
        raise InvalidArgument(f"contract={contract!r}; known versions: {', '.join(map(repr, CONTRACTS))}")
    channels = _channels(channel)
    provider_ids: tuple[str, ...] | None = None
    if provider_id is not None:
        provider_ids = (provider_id,) if isinstance(provider_id, str) else tuple(provider_id)
        if not provider_ids:
            raise InvalidArgument("provider_id=[] leaves nothing to generate; pass None for any provider")
        known = [p for p in map(known_provider, provider_ids) if p is not None]
        if realistic and known and len(known) == len(provider_ids):
            provider_channels = tuple(dict.fromkeys(p.channel for p in known))
            usable = tuple(c for c in channels if c in provider_channels)
            if not usable:
                owners = ", ".join(c.value for c in provider_channels)
                raise InvalidArgument(
                    f"provider_id={provider_id!r} belongs to {owners}, not to channel={channel!r};"
                    " drop one of them, or pass realistic=False"
                )
            channels = usable
            provider_ids = tuple(p.id for p in known if p.channel in usable)
    for name, value in (
        ("active", active),
        ("deleted", deleted),
        ("primary", primary),
        ("conditions", conditions),
    ):
        if value is not None and not isinstance(value, bool):
            raise InvalidArgument(f"{name}={value!r} must be True, False or None (either)")
    return Profile(
        channels=channels,
        provider_ids=provider_ids,
        active=active,
        deleted=deleted,
        primary=primary,
        conditions=conditions,
        extra_keys=extra_keys,
        realistic=realistic,
        edge_cases=edge_cases,
        contract=contract,
    )


@st.composite
def _payloads(draw: st.DrawFn, profile: Profile) -> JsonDict:
    return _generate.integration_payload(HypothesisSource(draw), profile)


def integration_payloads(
    *,
    channel: Channel | str | Iterable[Channel | str] | None = None,
    provider_id: str | Iterable[str] | None = None,
    active: bool | None = None,
    deleted: bool | None = None,
    primary: bool | None = None,
    conditions: bool | None = None,
    extra_keys: bool = True,
    realistic: bool = True,
    edge_cases: bool = True,
    contract: str = DEFAULT_VERSION,
) -> st.SearchStrategy[JsonDict]:
    """Valid wire payloads (dicts, as the API sends them) of ``IntegrationResponseDto``.

    Realistic by default (real provider ids of the channel, their credential keys, 24-hex
    ids, ``deletedAt`` when deleted) and rich in the edge cases the contract allows
    (empty, blank, non-ASCII, RTL, emoji and 10k+ strings, absent optionals, ``{}``
    credentials, non-numeric ports, unknown provider ids, many conditions, unknown keys).

    Keyword constraints: ``channel`` (one or several), ``provider_id`` (one or several),
    ``active`` / ``deleted`` / ``primary`` fixed to True or False, ``conditions`` (True: at
    least one, False: none), ``extra_keys`` (unknown keys the real API adds),
    ``realistic`` and ``edge_cases`` (turn either off), ``contract`` (``"0.7.0"`` or ``"3.x"``).
    """
    profile = make_profile(
        channel=channel,
        provider_id=provider_id,
        active=active,
        deleted=deleted,
        primary=primary,
        conditions=conditions,
        extra_keys=extra_keys,
        realistic=realistic,
        edge_cases=edge_cases,
        contract=contract,
    )
    return _payloads(profile)


def integration_responses(
    *,
    channel: Channel | str | Iterable[Channel | str] | None = None,
    provider_id: str | Iterable[str] | None = None,
    active: bool | None = None,
    deleted: bool | None = None,
    primary: bool | None = None,
    conditions: bool | None = None,
    realistic: bool = True,
    edge_cases: bool = True,
    contract: str = DEFAULT_VERSION,
) -> st.SearchStrategy[Any]:
    """Valid ``IntegrationResponseDto`` instances; the same constraints as ``integration_payloads``.

    Instances are of the class of ``contract`` (``contracts.contract(contract).root``).
    """
    payloads = integration_payloads(
        channel=channel,
        provider_id=provider_id,
        active=active,
        deleted=deleted,
        primary=primary,
        conditions=conditions,
        extra_keys=False,
        realistic=realistic,
        edge_cases=edge_cases,
        contract=contract,
    )
    return payloads.map(lambda payload: parse(payload, contract=contract))


def list_payload(
    source: Source,
    profile: Profile,
    *,
    min_size: int,
    max_size: int,
    unique_ids: bool,
    primaries: Primaries,
    mixed_channels: bool,
) -> list[JsonDict]:
    """One list-endpoint response body (the array inside ``{"data": ...}``)."""
    count = source.integer(min_size, max_size)
    if not mixed_channels:
        profile = attrs.evolve(profile, channels=(source.pick(profile.channels),))
    items = [_generate.integration_payload(source, profile) for _ in range(count)]
    if unique_ids:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item.get("_id") in seen:
                item["_id"] = f"{index + 1:024x}"
            if "_id" in item:
                seen.add(item["_id"])
    first_of_channel: dict[str, JsonDict] = {}
    for item in items:
        leader = first_of_channel.setdefault(item.get("channel", ""), item)
        if primaries == "exactly_one":
            item["primary"] = item is leader
        elif primaries == "at_most_one" and item["primary"]:
            if leader is not item and leader["primary"]:
                item["primary"] = False
            else:
                first_of_channel[item.get("channel", "")] = item
    return items


@st.composite
def _lists(draw: st.DrawFn, profile: Profile, options: dict[str, Any]) -> list[JsonDict]:
    return list_payload(HypothesisSource(draw), profile, **options)


def integration_lists(
    *,
    min_size: int = 0,
    max_size: int = 10,
    unique_ids: bool = True,
    primaries: Primaries = "any",
    mixed_channels: bool = True,
    channel: Channel | str | Iterable[Channel | str] | None = None,
    provider_id: str | Iterable[str] | None = None,
    active: bool | None = None,
    deleted: bool | None = None,
    conditions: bool | None = None,
    extra_keys: bool = True,
    realistic: bool = True,
    edge_cases: bool = True,
    contract: str = DEFAULT_VERSION,
) -> st.SearchStrategy[list[JsonDict]]:
    """List-endpoint responses: ``min_size``..``max_size`` payloads.

    ``unique_ids`` keeps every present ``_id`` distinct; ``primaries`` is ``"any"``,
    ``"at_most_one"`` or ``"exactly_one"`` primary per channel in the list;
    ``mixed_channels=False`` puts every item on one channel. The other keywords
    constrain each item as in ``integration_payloads``.
    """
    if not 0 <= min_size <= max_size:
        raise InvalidArgument(f"need 0 <= min_size <= max_size, got min_size={min_size}, max_size={max_size}")
    if primaries not in ("any", "at_most_one", "exactly_one"):
        raise InvalidArgument(f"primaries={primaries!r}; use 'any', 'at_most_one' or 'exactly_one'")
    profile = make_profile(
        channel=channel,
        provider_id=provider_id,
        active=active,
        deleted=deleted,
        conditions=conditions,
        extra_keys=extra_keys,
        realistic=realistic,
        edge_cases=edge_cases,
        contract=contract,
    )
    options = {
        "min_size": min_size,
        "max_size": max_size,
        "unique_ids": unique_ids,
        "primaries": primaries,
        "mixed_channels": mixed_channels,
    }
    return _lists(profile, options)


@cache
def _converter() -> cattrs.Converter:
    return make_converter(detailed_validation=False)


@st.composite
def _credentials(draw: st.DrawFn) -> CredentialsDto:
    profile = Profile(extra_keys=False)
    payload = _generate.integration_payload(HypothesisSource(draw), profile)
    result: CredentialsDto = _converter().structure(payload["credentials"], CredentialsDto)
    return result


def credentials_dtos() -> st.SearchStrategy[CredentialsDto]:
    """Valid ``CredentialsDto`` instances (as found inside generated integrations)."""
    return _credentials()


def step_filter_dtos() -> st.SearchStrategy[StepFilterDto]:
    """Valid ``StepFilterDto`` instances (conditions of generated integrations)."""
    return integration_responses(conditions=True).map(lambda r: (r.conditions or [])[0])


def field_filter_part_dtos() -> st.SearchStrategy[FieldFilterPartDto]:
    """Valid ``FieldFilterPartDto`` instances (children of generated conditions)."""
    return step_filter_dtos().filter(lambda c: bool(c.children)).map(lambda c: c.children[0])


def sample_payloads(seed: int | str, count: int, **constraints: Any) -> list[JsonDict]:
    """``count`` payloads from a seeded ``random.Random`` instead of Hypothesis.

    The same generator as ``integration_payloads``, without shrinking; the output depends
    only on ``seed`` and this library's version, which is what fixture files need.
    """
    source = RandomSource(seed)
    profile = make_profile(**constraints)
    return [_generate.integration_payload(source, profile) for _ in range(count)]
