"""``make_profile``: the keyword constraints of every generator, checked once and turned into a ``Profile``.

No Hypothesis here (``generate``, ``serve`` and the stub use it too); only a refused
argument imports Hypothesis, to raise its ``InvalidArgument`` as every strategy does.
"""

from __future__ import annotations

from collections.abc import Iterable

from contracts._models import Channel
from contracts._versions import CONTRACTS, DEFAULT_VERSION
from strategies._generate import Profile
from strategies._providers import provider as known_provider


def invalid_argument(message: str) -> Exception:
    """Hypothesis' ``InvalidArgument(message)``, imported only when an argument is refused."""
    from hypothesis.errors import InvalidArgument

    return InvalidArgument(message)


def _channels(channel: Channel | str | Iterable[Channel | str] | None) -> tuple[Channel, ...]:
    if channel is None:
        return tuple(Channel)
    values = [channel] if isinstance(channel, str) else list(channel)
    if not values:
        raise invalid_argument("channel=[] leaves nothing to generate; pass None for every channel")
    result = []
    for value in values:
        try:
            result.append(Channel(value))
        except ValueError:
            allowed = ", ".join(repr(c.value) for c in Channel)
            raise invalid_argument(f"channel={value!r} is not a Channel; use one of {allowed}") from None
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
        raise invalid_argument(f"contract={contract!r}; known versions: {', '.join(map(repr, CONTRACTS))}")
    channels = _channels(channel)
    provider_ids: tuple[str, ...] | None = None
    if provider_id is not None:
        provider_ids = (provider_id,) if isinstance(provider_id, str) else tuple(provider_id)
        if not provider_ids:
            raise invalid_argument("provider_id=[] leaves nothing to generate; pass None for any provider")
        known = [p for p in map(known_provider, provider_ids) if p is not None]
        if realistic and known and len(known) == len(provider_ids):
            provider_channels = tuple(dict.fromkeys(p.channel for p in known))
            usable = tuple(c for c in channels if c in provider_channels)
            if not usable:
                owners = ", ".join(c.value for c in provider_channels)
                raise invalid_argument(
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
            raise invalid_argument(f"{name}={value!r} must be True, False or None (either)")
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
