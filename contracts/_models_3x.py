"""The IntegrationResponseDto contract as of Novu SDK 3.x (3.18, 2026), declared beside 0.7.0.

Differences from 0.7.0: ``channel`` and ``credentials`` became optional; ``kind`` and
``configurations`` are new; ``CredentialsDto`` gained keys.  Unchanged nested types
(``StepFilterDto``, ``FieldFilterPartDto``) and every enum but ``Kind`` are 0.7.0's own;
descriptions of unchanged fields are read from the 0.7.0 declaration.
"""

from __future__ import annotations

from enum import StrEnum

import attrs

from contracts import _models as v07
from contracts._declare import DESCRIPTION, class_defaults, optional, required
from contracts._models import Channel, StepFilterDto


def _described(cls: type, name: str) -> str:
    description: str = getattr(attrs.fields(cls), name).metadata[DESCRIPTION]
    return description


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


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class CredentialsDto(v07.CredentialsDto):
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


_V07 = v07.IntegrationResponseDto


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class IntegrationResponseDto:
    """One integration, as Novu API 3.x returns it."""

    id: str | None = optional("_id", _described(_V07, "id"))
    environment_id: str = required("_environmentId", _described(_V07, "environment_id"))
    organization_id: str = required("_organizationId", _described(_V07, "organization_id"))
    name: str = required("name", _described(_V07, "name"))
    identifier: str = required("identifier", _described(_V07, "identifier"))
    provider_id: str = required("providerId", _described(_V07, "provider_id"))
    channel: Channel | None = optional(
        "channel", _described(_V07, "channel") + " Absent for agent-kind integrations."
    )
    kind: Kind | None = optional("kind", "Delivery or agent integration; absent means delivery.")
    credentials: CredentialsDto | None = optional(
        "credentials", _described(_V07, "credentials") + " Omitted for API-key-authenticated callers."
    )
    configurations: ConfigurationsDto | None = optional("configurations", "Integration settings.")
    active: bool = required("active", _described(_V07, "active"))
    deleted: bool = required("deleted", _described(_V07, "deleted"))
    deleted_at: str | None = optional("deletedAt", _described(_V07, "deleted_at"))
    deleted_by: str | None = optional("deletedBy", _described(_V07, "deleted_by"))
    primary: bool = required("primary", _described(_V07, "primary"))
    conditions: list[StepFilterDto] | None = optional("conditions", _described(_V07, "conditions"))
