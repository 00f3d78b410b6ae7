"""Example sync job: mirror Novu's integrations into this service's own table, with each channel's primary.

The mailer reads ``primary("email")`` instead of asking Novu on every send, so the mirror must
follow what the server does, including what people forget:

- deleting an integration removes it from ``GET /v1/integrations``, so it must leave the mirror;
- deactivating or deleting the primary integration leaves the channel *without* a primary: the
  server does not pick another one (a later set-primary or create does).

``IntegrationMirror`` gets both right. ``StickyPrimaryMirror`` is the deliberately buggy version
the stateful test catches: it keeps the last primary it saw when no integration is primary any more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import novu_py

PRIMARY_CHANNELS = ("email", "sms")  # Only these channels have a primary integration in Novu.


@dataclass(frozen=True, slots=True)
class MirroredIntegration:
    """One row of the mirror table."""

    id: str
    identifier: str
    provider_id: str
    channel: str
    active: bool


class IntegrationMirror:
    """Novu's integrations, mirrored by ``sync()`` into ``rows`` (a dict standing in for a table)."""

    def __init__(self, client: novu_py.Novu) -> None:
        self.client = client
        self.rows: dict[str, MirroredIntegration] = {}
        self.primaries: dict[str, str] = {}

    def sync(self) -> None:
        """One pass: replace the mirror with what Novu lists now."""
        listed = self.client.integrations.list().result
        rows: dict[str, MirroredIntegration] = {}
        primaries: dict[str, str] = {}
        for item in listed:
            if item.id is None:
                continue  # Novu always sends _id; a row without one could never be updated.
            channel = item.channel.value
            row = MirroredIntegration(item.id, item.identifier, item.provider_id, channel, item.active)
            rows[item.id] = row
            if channel in PRIMARY_CHANNELS and item.active and item.primary:
                primaries[channel] = item.id
        self.rows, self.primaries = rows, self._primaries(primaries)

    def _primaries(self, listed: dict[str, str]) -> dict[str, str]:
        """The primaries to keep after a sync: exactly those listed now."""
        return listed

    def ids(self) -> set[str]:
        return set(self.rows)

    def primary(self, channel: str) -> str | None:
        """The id of the channel's primary integration, or None if it has none."""
        return self.primaries.get(channel)


class StickyPrimaryMirror(IntegrationMirror):
    """DELIBERATELY BUGGY: assumes a channel that had a primary always has one.

    When a sync lists no primary for a channel, it keeps the previous one, so after the primary
    is deactivated or deleted the mailer goes on sending through it.
    """

    def _primaries(self, listed: dict[str, str]) -> dict[str, str]:
        return {**self.primaries, **listed}
