"""Example consumer of Novu's ``GET /v1/integrations``: pick the email integration to send with.

This is the "service code" of the example project. It does what real consumers do with the
list of integrations, in the way the contract demands:

- every payload is validated with ``contracts.parse``; bad data from the API becomes this
  service's own ``IntegrationDataError`` (a ``ValueError``), never a ``KeyError`` deep inside;
- optional keys (``_id``, ``deletedAt``, ``conditions``, every credential) may be *absent*;
- strings may be empty, blank, non-ASCII or very long; ``port`` is a string and may not be a number;
- several integrations of a channel may claim to be primary, or none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import contracts
from contracts import Channel, IntegrationResponseDto

if TYPE_CHECKING:
    import novu_py

DEFAULT_SENDER_NAME = "Notifications"
MAX_SENDER_NAME = 78  # What fits an email "From" display name without folding.


class IntegrationDataError(ValueError):
    """The integrations API sent data that breaks its contract; this service cannot use it."""


@dataclass(frozen=True, slots=True)
class SenderConfig:
    """What the mailer needs to send through one email integration."""

    integration_id: str | None
    identifier: str
    provider_id: str
    sender_name: str
    from_address: str | None
    host: str | None
    port: int | None
    has_api_key: bool


def parse_integration(payload: Any) -> IntegrationResponseDto:
    """One integration as received from the API, validated; raises ``IntegrationDataError``."""
    try:
        return contracts.parse(payload)
    except contracts.ContractError as error:
        raise IntegrationDataError(f"Novu sent an integration that breaks the contract: {error}") from error


def parse_integrations(payloads: Any) -> list[IntegrationResponseDto]:
    """The items of a list response (the ``data`` array), validated; raises ``IntegrationDataError``."""
    if not isinstance(payloads, list):
        raise IntegrationDataError(f"expected a list of integrations, got {type(payloads).__name__}")
    return [parse_integration(payload) for payload in payloads]


def primary_email_integration(
    integrations: Iterable[IntegrationResponseDto],
) -> IntegrationResponseDto | None:
    """The active, live email integration to send with: the first primary one, else the first one."""
    usable = [i for i in integrations if i.channel is Channel.EMAIL and i.active and not i.deleted]
    primaries = [i for i in usable if i.primary]
    if primaries:
        return primaries[0]
    return usable[0] if usable else None


def _port(value: str | None) -> int | None:
    # The contract sends the port as a string, and any string: "", "auto", "٣", or 10 000 digits.
    if value is None or not (value.isascii() and value.isdigit()) or len(value) > 5:
        return None
    port = int(value)
    return port if 0 < port < 65536 else None


def _sender_name(integration: IntegrationResponseDto) -> str:
    for candidate in (integration.credentials.sender_name, integration.name):
        text = " ".join((candidate or "").split())  # Blank, multi-line and padded names happen.
        if text:
            return text[:MAX_SENDER_NAME].rstrip()  # the cut may land just after a space
    return DEFAULT_SENDER_NAME


def sender_config(integration: IntegrationResponseDto) -> SenderConfig:
    """The mailer configuration of one integration."""
    credentials = integration.credentials
    return SenderConfig(
        integration_id=integration.id,
        identifier=integration.identifier,
        provider_id=integration.provider_id,
        sender_name=_sender_name(integration),
        from_address=credentials.from_ or None,
        host=credentials.host or None,
        port=_port(credentials.port),
        has_api_key=bool(credentials.api_key),
    )


def choose_sender(payloads: Any) -> SenderConfig | None:
    """The sender configuration for a list response's items, or None if no email integration is usable."""
    chosen = primary_email_integration(parse_integrations(payloads))
    return sender_config(chosen) if chosen is not None else None


def fetch_sender(client: novu_py.Novu) -> SenderConfig | None:
    """``choose_sender`` over what the official client returns for ``GET /v1/integrations``.

    novu-py gives pydantic models; they are turned back into wire payloads (aliases, absent
    optionals left out) and validated like any other payload.
    """
    response = client.integrations.list()
    payloads = [item.model_dump(mode="json", by_alias=True, exclude_unset=True) for item in response.result]
    return choose_sender(payloads)
