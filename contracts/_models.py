"""The IntegrationResponseDto contract (Novu SDK 0.7.0), declared once.

Every other part of the library (wire converter, checker, JSON Schema, strategies,
fixtures) derives field names, wire keys, optionality and enum values from the
classes below.  Adding a field here is the whole change.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

import attrs

from contracts._declare import Format, JsonObject, class_defaults, optional, required


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

    field: str = required("field", "The field the comparison reads.", format=Format.CONDITION_FIELD)
    value: str = required("value", "The value the field is compared with.", format=Format.CONDITION_VALUE)
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

    api_key: str | None = optional("apiKey", format=Format.SECRET)
    user: str | None = optional("user", format=Format.SECRET)
    secret_key: str | None = optional("secretKey", format=Format.SECRET)
    domain: str | None = optional("domain", format=Format.HOST)
    password: str | None = optional("password", format=Format.SECRET)
    host: str | None = optional("host", format=Format.HOST)
    port: str | None = optional("port", "Port number, sent as a string.", format=Format.PORT)
    secure: bool | None = optional("secure")
    region: str | None = optional("region", format=Format.REGION)
    account_sid: str | None = optional("accountSid", format=Format.SECRET)
    message_profile_id: str | None = optional("messageProfileId", format=Format.SECRET)
    token: str | None = optional("token", format=Format.SECRET)
    from_: str | None = optional("from")  # e-mail or phone by channel: see strategies/data/providers.json
    sender_name: str | None = optional("senderName", format=Format.NAME)
    project_name: str | None = optional("projectName", format=Format.NAME)
    application_id: str | None = optional("applicationId", format=Format.SECRET)
    client_id: str | None = optional("clientId", format=Format.SECRET)
    require_tls: bool | None = optional("requireTls")
    ignore_tls: bool | None = optional("ignoreTls")
    tls_options: JsonObject | None = optional(
        "tlsOptions", "Free-form TLS options passed to the provider SDK."
    )
    base_url: str | None = optional("baseUrl", format=Format.URL)
    webhook_url: str | None = optional("webhookUrl", format=Format.URL)
    redirect_url: str | None = optional("redirectUrl", format=Format.URL)
    hmac: bool | None = optional("hmac")
    service_account: str | None = optional("serviceAccount", format=Format.JSON)
    ip_pool_name: str | None = optional("ipPoolName", format=Format.NAME)
    api_key_request_header: str | None = optional("apiKeyRequestHeader", format=Format.TEXT)
    secret_key_request_header: str | None = optional("secretKeyRequestHeader", format=Format.TEXT)
    id_path: str | None = optional("idPath", format=Format.TEXT)
    date_path: str | None = optional("datePath", format=Format.TEXT)
    api_token: str | None = optional("apiToken", format=Format.SECRET)
    authenticate_by_token: bool | None = optional("authenticateByToken")
    authentication_token_key: str | None = optional("authenticationTokenKey", format=Format.SECRET)
    instance_id: str | None = optional("instanceId", format=Format.SECRET)
    alert_uid: str | None = optional("alertUid", format=Format.SECRET)
    title: str | None = optional("title", format=Format.NAME)
    image_url: str | None = optional("imageUrl", format=Format.URL)
    state: str | None = optional("state", format=Format.TEXT)
    external_link: str | None = optional("externalLink", format=Format.URL)
    channel_id: str | None = optional("channelId", format=Format.IDENTIFIER)
    phone_number_identification: str | None = optional("phoneNumberIdentification", format=Format.PHONE)
    access_key: str | None = optional("accessKey", format=Format.SECRET)


@class_defaults
@attrs.frozen(kw_only=True, slots=False)
class IntegrationResponseDto:
    """One integration, as an element of ``GET /v1/integrations`` returns it."""

    id: str | None = optional(
        "_id",
        "The unique identifier of the integration record in the database. This is automatically generated.",
        format=Format.OBJECT_ID,
    )
    environment_id: str = required(
        "_environmentId",
        "The unique identifier for the environment associated with this integration."
        " This links to the Environment collection.",
        format=Format.OBJECT_ID,
    )
    organization_id: str = required(
        "_organizationId",
        "The unique identifier for the organization that owns this integration."
        " This links to the Organization collection.",
        format=Format.OBJECT_ID,
    )
    name: str = required(
        "name",
        "The name of the integration, which is used to identify it in the user interface.",
        format=Format.NAME,
    )
    identifier: str = required(
        "identifier",
        "A unique string identifier for the integration, often used for API calls or internal references.",
        format=Format.IDENTIFIER,
    )
    provider_id: str = required(
        "providerId",
        'The identifier for the provider of the integration (e.g., "mailgun", "twilio").',
        format=Format.IDENTIFIER,
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
        format=Format.TIMESTAMP,
    )
    deleted_by: str | None = optional(
        "deletedBy",
        "The identifier of the user who performed the deletion of this integration. Useful for audit trails.",
        format=Format.OBJECT_ID,
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
