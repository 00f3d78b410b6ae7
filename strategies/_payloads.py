"""The public strategies for valid payloads, instances and list responses."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

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
from contracts._versions import DEFAULT_VERSION
from strategies import _generate
from strategies._generate import JsonDict, Profile
from strategies._hypothesis_source import HypothesisSource
from strategies._lists import Primaries, list_payload
from strategies._profile import make_profile


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
    lone_surrogates: bool = True,
) -> st.SearchStrategy[JsonDict]:
    """Valid wire payloads (dicts, as the API sends them) of ``IntegrationResponseDto``.

    Realistic by default (real provider ids of the channel, their credential keys, 24-hex
    ids, ``deletedAt`` when deleted) and rich in the edge cases the contract allows
    (empty, blank, non-ASCII, RTL, emoji and 10k+ strings, absent optionals, ``{}``
    credentials, non-numeric ports, unknown provider ids, many conditions, unknown keys).

    Keyword constraints: ``channel`` (one or several), ``provider_id`` (one or several),
    ``active`` / ``deleted`` / ``primary`` fixed to True or False, ``conditions`` (True: at
    least one, False: none), ``extra_keys`` (unknown keys the real API adds),
    ``realistic`` and ``edge_cases`` (turn either off), ``contract`` (``"0.7.0"`` or ``"3.x"``),
    ``lone_surrogates`` (False when your JSON reader refuses ``"\\ud83d"``, as orjson does).
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
    # The providers and ids the tests' code names; lone surrogates, which JSON allows.
    return _payloads(attrs.evolve(profile, named=True, unpaired=lone_surrogates))


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
    lone_surrogates: bool = True,
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
        lone_surrogates=lone_surrogates,
    )
    return payloads.map(lambda payload: parse(payload, contract=contract))


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
    lone_surrogates: bool = True,
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
    return _lists(attrs.evolve(profile, named=True, unpaired=lone_surrogates), options)


@cache
def _converter() -> cattrs.Converter:
    return make_converter(detailed_validation=False)


@st.composite
def _credentials(draw: st.DrawFn) -> CredentialsDto:
    profile = Profile(extra_keys=False, unpaired=True)
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
