"""Real Novu providers (May 2025): id, channel, display name and the credential keys each one's form uses.

The facts ship as package data (``data/providers.json``); only keys the contract
declares in ``CredentialsDto`` are kept as the provider's credential keys.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

import attrs

from contracts._declare import Format
from contracts._models import Channel, CredentialsDto
from contracts._shape import object_shape


@attrs.frozen
class Provider:
    """One provider of a channel."""

    id: str
    channel: Channel
    display_name: str
    credential_keys: tuple[str, ...]
    """Wire keys of ``CredentialsDto`` the provider's form sets, in form order."""
    extra_credential_keys: tuple[str, ...]
    """Keys the provider sends that the contract does not declare (unknown keys on the wire)."""
    credential_formats: dict[str, Format] = attrs.field(factory=dict, eq=False, hash=False)
    """What a key's value means for this provider, where the contract's declaration cannot say."""


# Of the form keys the contract does not declare, only these survive Novu's storage (its Mongo
# schema drops the others on save): see the notes in data/providers.json.
STORED_UNDECLARED_KEYS = frozenset({"apiVersion"})


@cache
def providers() -> tuple[Provider, ...]:
    """Every provider in ``data/providers.json``, in source order."""
    document = json.loads(files("strategies").joinpath("data", "providers.json").read_text("utf-8"))
    declared = object_shape(CredentialsDto).wire_keys
    result = []
    for entry in document["providers"]:
        keys = [credential["key"] for credential in entry["credentials"]]
        result.append(
            Provider(
                id=entry["id"],
                channel=Channel(entry["channel"]),
                display_name=entry["displayName"],
                credential_keys=tuple(key for key in keys if key in declared),
                extra_credential_keys=tuple(
                    key for key in keys if key not in declared and key in STORED_UNDECLARED_KEYS
                ),
                credential_formats={
                    credential["key"]: Format(credential["format"])
                    for credential in entry["credentials"]
                    if "format" in credential
                },
            )
        )
    return tuple(result)


@cache
def providers_by_channel() -> dict[Channel, tuple[Provider, ...]]:
    """Providers grouped by channel, every channel present."""
    return {channel: tuple(p for p in providers() if p.channel is channel) for channel in Channel}


@cache
def credential_shape_groups(channel: Channel) -> tuple[tuple[Provider, ...], ...]:
    """The channel's providers grouped by the set of credential keys their forms use, largest first.

    Consumer code branches on what a provider's credentials look like (an SMTP host and port,
    an AWS region, a service-account document, a webhook secret), so each group is one
    equivalence class of providers: picking a group first gives a provider with a credential
    shape of its own as much weight as nine that share the usual ``apiKey``/``from`` form.
    """
    groups: dict[frozenset[str], list[Provider]] = {}
    for item in providers_by_channel()[channel]:
        groups.setdefault(frozenset(item.credential_keys), []).append(item)
    # The usual form first (the most providers; ties in source order): it is what shrinking keeps.
    return tuple(tuple(group) for group in sorted(groups.values(), key=len, reverse=True))


@cache
def provider(provider_id: str) -> Provider | None:
    """The provider with this id, or ``None`` if Novu had no such provider."""
    return next((p for p in providers() if p.id == provider_id), None)
