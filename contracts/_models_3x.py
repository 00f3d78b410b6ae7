"""The IntegrationResponseDto contract as of Novu SDK 3.x (3.18, 2026), declared as a delta of 0.7.0.

Only the differences are written here (``contracts._delta``): ``channel`` and ``credentials``
became optional, ``kind`` and ``configurations`` are new, and ``CredentialsDto`` gained keys.
Every other field, its description and metadata are 0.7.0's, so a field added to 0.7.0
reaches 3.x too. Unchanged nested types (``StepFilterDto``, ``FieldFilterPartDto``) and every
enum but ``Kind`` are 0.7.0's own.
"""

from __future__ import annotations

from enum import StrEnum

import attrs

from contracts import _models as v07
from contracts._declare import class_defaults, optional
from contracts._delta import changed, delta_of
from contracts._models import Channel


class Kind(StrEnum):
    """What an integration is for; absent means ``delivery``. Agent integrations have no channel."""

    DELIVERY = "delivery"
    AGENT = "agent"


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class ConfigurationsDto:
    """Integration settings beyond credentials."""

    inbound_webhook_enabled: bool | None = optional(
        "inboundWebhookEnabled", "Whether inbound webhooks are on."
    )
    inbound_webhook_signing_key: str | None = optional(
        "inboundWebhookSigningKey", "The key inbound webhook requests are signed with."
    )


@delta_of(v07.CredentialsDto)
class CredentialsDto:
    """The provider credentials of an integration (3.x: every 0.7.0 key plus these)."""

    app_sid: str | None = optional("appSid")
    sender_id: str | None = optional("senderId")
    tenant_id: str | None = optional("tenantId")
    app_io_base_url: str | None = optional("appIOBaseUrl")
    signing_secret: str | None = optional("signingSecret")
    outbound_integration_id: str | None = optional("outboundIntegrationId")
    outbound_connected_at: str | None = optional("outboundConnectedAt")
    whats_next_completed_at: str | None = optional("whatsNextCompletedAt", "An ISO-8601 timestamp.")
    from_address_override: str | None = optional("fromAddressOverride")
    email_slug_prefix: str | None = optional("emailSlugPrefix")
    external_environment_id: str | None = optional("externalEnvironmentId")
    external_vault_id: str | None = optional("externalVaultId")
    external_workspace_id: str | None = optional("externalWorkspaceId")
    use_from_address_override: bool | None = optional("useFromAddressOverride")


@delta_of(v07.IntegrationResponseDto)
class IntegrationResponseDto:
    """One integration, as Novu API 3.x returns it."""

    channel: Channel | None = changed(note="Absent for agent-kind integrations.")
    kind: Kind | None = optional("kind", "Delivery or agent integration; absent means delivery.")
    credentials: CredentialsDto | None = changed(note="Omitted for API-key-authenticated callers.")
    configurations: ConfigurationsDto | None = optional("configurations", "Integration settings.")
