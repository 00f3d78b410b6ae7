"""The IntegrationResponseDto contract (Novu SDK 0.7.0), declared once.

Every other part of the library (wire converter, checker, JSON Schema, strategies,
fixtures) derives field names, wire keys, optionality and enum values from the
classes below.  Adding a field here is the whole change.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

import attrs

from contracts._declare import JsonObject, class_defaults, optional, required


class Channel(StrEnum):
    """The channel an integration delivers through."""

    IN_APP = "in_app"
    EMAIL = "email"
    SMS = "sms"
    CHAT = "chat"
    PUSH = "push"


class BuilderFieldType(StrEnum):
    """``StepFilterDto.type`` (``BuilderFieldTypeEnum`` in the API)."""

    BOOLEAN = "BOOLEAN"
    TEXT = "TEXT"
    DATE = "DATE"
    NUMBER = "NUMBER"
    STATEMENT = "STATEMENT"
    LIST = "LIST"
    MULTI_LIST = "MULTI_LIST"
    GROUP = "GROUP"


class StepFilterValue(StrEnum):
    """How the children of a condition combine (``StepFilterDtoValue`` in the API)."""

    AND = "AND"
    OR = "OR"


class Operator(StrEnum):
    """The comparison a ``FieldFilterPartDto`` applies."""

    LARGER = "LARGER"
    SMALLER = "SMALLER"
    LARGER_EQUAL = "LARGER_EQUAL"
    SMALLER_EQUAL = "SMALLER_EQUAL"
    EQUAL = "EQUAL"
    NOT_EQUAL = "NOT_EQUAL"
    ALL_IN = "ALL_IN"
    ANY_IN = "ANY_IN"
    NOT_IN = "NOT_IN"
    BETWEEN = "BETWEEN"
    NOT_BETWEEN = "NOT_BETWEEN"
    LIKE = "LIKE"
    NOT_LIKE = "NOT_LIKE"
    IN = "IN"


class On(StrEnum):
    """What a ``FieldFilterPartDto`` reads its field from."""

    SUBSCRIBER = "subscriber"
    PAYLOAD = "payload"


KNOWN_PROVIDER_DRIFT: Final[dict[type[StrEnum], dict[str, str]]] = {
    On: {"tenant": "real Novu data uses on='tenant', which the 0.7.0 contract does not allow"},
    Operator: {
        "IS_DEFINED": "real Novu data uses operator 'IS_DEFINED', which the 0.7.0 contract does not allow"
    },
}
"""Values real Novu responses are known to carry outside the contract; checks name them as drift."""

KNOWN_SERVER_OMISSIONS: Final[dict[str, str]] = {
    "credentials": "the real server's POST, PUT and set-primary replies omit an empty credentials object"
    " (Mongoose's minimize); GET replies show {}",
}
"""Required keys real Novu replies are known to leave out (by wire key); checks name them as drift."""


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class FieldFilterPartDto:
    """One comparison inside a condition."""

    field: str = required("field", "The field the comparison reads.")
    value: str = required("value", "The value the field is compared with.")
    operator: Operator = required("operator", "The comparison to apply.")
    on: On = required("on", "Whether the field is read from the subscriber or the payload.")


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class StepFilterDto:
    """A condition attached to an integration."""

    is_negated: bool = required("isNegated", "Whether the result of the condition is negated.")
    type: BuilderFieldType = required("type", "The kind of value the condition works on.")
    value: StepFilterValue = required("value", "How the children combine.")
    children: list[FieldFilterPartDto] = required("children", "The comparisons; may be empty.")


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class CredentialsDto:
    """The provider credentials of an integration; every key is optional and ``{}`` is valid."""

    api_key: str | None = optional("apiKey")
    user: str | None = optional("user")
    secret_key: str | None = optional("secretKey")
    domain: str | None = optional("domain")
    password: str | None = optional("password")
    host: str | None = optional("host")
    port: str | None = optional("port", "Port number, sent as a string.")
    secure: bool | None = optional("secure")
    region: str | None = optional("region")
    account_sid: str | None = optional("accountSid")
    message_profile_id: str | None = optional("messageProfileId")
    token: str | None = optional("token")
    from_: str | None = optional("from")
    sender_name: str | None = optional("senderName")
    project_name: str | None = optional("projectName")
    application_id: str | None = optional("applicationId")
    client_id: str | None = optional("clientId")
    require_tls: bool | None = optional("requireTls")
    ignore_tls: bool | None = optional("ignoreTls")
    tls_options: JsonObject | None = optional(
        "tlsOptions", "Free-form TLS options passed to the provider SDK."
    )
    base_url: str | None = optional("baseUrl")
    webhook_url: str | None = optional("webhookUrl")
    redirect_url: str | None = optional("redirectUrl")
    hmac: bool | None = optional("hmac")
    service_account: str | None = optional("serviceAccount")
    ip_pool_name: str | None = optional("ipPoolName")
    api_key_request_header: str | None = optional("apiKeyRequestHeader")
    secret_key_request_header: str | None = optional("secretKeyRequestHeader")
    id_path: str | None = optional("idPath")
    date_path: str | None = optional("datePath")
    api_token: str | None = optional("apiToken")
    authenticate_by_token: bool | None = optional("authenticateByToken")
    authentication_token_key: str | None = optional("authenticationTokenKey")
    instance_id: str | None = optional("instanceId")
    alert_uid: str | None = optional("alertUid")
    title: str | None = optional("title")
    image_url: str | None = optional("imageUrl")
    state: str | None = optional("state")
    external_link: str | None = optional("externalLink")
    channel_id: str | None = optional("channelId")
    phone_number_identification: str | None = optional("phoneNumberIdentification")
    access_key: str | None = optional("accessKey")


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class IntegrationResponseDto:
    """One integration, as an element of ``GET /v1/integrations`` returns it."""

    id: str | None = optional(
        "_id",
        "The unique identifier of the integration record in the database. This is automatically generated.",
    )
    environment_id: str = required(
        "_environmentId",
        "The unique identifier for the environment associated with this integration."
        " This links to the Environment collection.",
    )
    organization_id: str = required(
        "_organizationId",
        "The unique identifier for the organization that owns this integration."
        " This links to the Organization collection.",
    )
    name: str = required(
        "name",
        "The name of the integration, which is used to identify it in the user interface.",
    )
    identifier: str = required(
        "identifier",
        "A unique string identifier for the integration, often used for API calls or internal references.",
    )
    provider_id: str = required(
        "providerId",
        'The identifier for the provider of the integration (e.g., "mailgun", "twilio").',
    )
    channel: Channel = required(
        "channel",
        "The channel type for the integration,"
        " which defines how the integration communicates (e.g., email, SMS).",
    )
    credentials: CredentialsDto = required(
        "credentials",
        "The credentials required for the integration to function,"
        " including API keys and other sensitive information.",
    )
    active: bool = required(
        "active",
        "Indicates whether the integration is currently active."
        " An active integration will process events and messages.",
    )
    deleted: bool = required(
        "deleted",
        "Indicates whether the integration has been marked as deleted (soft delete).",
    )
    deleted_at: str | None = optional(
        "deletedAt",
        "The timestamp indicating when the integration was deleted."
        " This is set when the integration is soft deleted.",
    )
    deleted_by: str | None = optional(
        "deletedBy",
        "The identifier of the user who performed the deletion of this integration. Useful for audit trails.",
    )
    primary: bool = required(
        "primary",
        "Indicates whether this integration is marked as primary."
        " A primary integration is often the default choice for processing.",
    )
    conditions: list[StepFilterDto] | None = optional(
        "conditions",
        "An array of conditions associated with the integration"
        " that may influence its behavior or processing logic.",
    )
