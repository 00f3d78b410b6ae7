"""The vocabulary the contract is declared in: wire-keyed attrs fields, formats, the free-form JSON marker."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Final, TypeVar

import attrs

WIRE_KEY: Final = "novu_contracts.wire"
DESCRIPTION: Final = "novu_contracts.description"
FORMAT: Final = "novu_contracts.format"


class Format(StrEnum):
    """What a string field means in practice, beyond "any string": plain data, never a validation rule.

    The contract still allows any string; generators read the hint to draw realistic values
    and the real-world variants of that format a careless parser rejects.
    """

    OBJECT_ID = "object-id"
    """A MongoDB ObjectId as the API sends it (24 lower-case hex digits)."""
    IDENTIFIER = "identifier"
    """A slug-like key chosen by people or derived from a name (``sendgrid-x8Kd2bQ1``)."""
    NAME = "name"
    """A human-readable name shown in a UI."""
    TIMESTAMP = "timestamp"
    """A point in time, ISO-8601 as the API writes it."""
    HOST = "host"
    """A host name or IP address."""
    PORT = "port"
    """A TCP port number, sent as a string."""
    URL = "url"
    """An absolute URL."""
    EMAIL = "email"
    """An e-mail address."""
    PHONE = "phone"
    """A phone number or an SMS sender id."""
    REGION = "region"
    """A provider's region or data-centre code (``us-east-1``, ``eu``)."""
    CONDITION_FIELD = "condition-field"
    """The field a condition reads (``subscriber.plan``)."""
    CONDITION_VALUE = "condition-value"
    """The value a condition compares with, whatever the operator."""
    SECRET = "secret"  # noqa: S105 - the name of a format, not a secret
    """A credential: key, token, password, account id."""
    TEXT = "text"
    """Free text with no further structure."""
    JSON = "json"
    """A JSON document in a string (an FCM service account), read by parsing it."""
    CONNECTION_STRING = "connection-string"
    """``name=value`` settings joined by ``;`` (Azure Communication Services' ``endpoint=...;accesskey=...``),
    which code splits into its settings."""


class FreeFormJson:
    """Marks a field whose value is any JSON object, with no rule on its keys or values."""

    def __repr__(self) -> str:
        return "FreeFormJson()"


FREE_FORM: Final = FreeFormJson()

_Class = TypeVar("_Class", bound=type)

JsonObject = Annotated[dict[str, Any], FREE_FORM]
"""A JSON object with any keys and any JSON values (e.g. ``tlsOptions``)."""


def _metadata(wire: str, description: str, format: Format | None) -> dict[str, Any]:
    metadata: dict[str, Any] = {WIRE_KEY: wire, DESCRIPTION: description}
    if format is not None:
        metadata[FORMAT] = Format(format)
    return metadata


def required(wire: str, description: str = "", *, format: Format | None = None) -> Any:
    """Declare a field whose wire key must be present; ``format`` says what a string means."""
    return attrs.field(metadata=_metadata(wire, description, format))


def optional(wire: str, description: str = "", *, format: Format | None = None) -> Any:
    """Declare a field whose wire key may be absent (``None`` in Python, omitted on the wire)."""
    return attrs.field(default=None, metadata=_metadata(wire, description, format))


def field_format(cls: type, name: str) -> Format | None:
    """The format hint of the attrs field ``name`` of ``cls`` (``None``: no hint)."""
    hint: Format | None = attrs.fields_dict(cls)[name].metadata.get(FORMAT)
    return hint


def class_defaults(cls: _Class) -> _Class:
    """Make the ``None`` default of each optional field of an attrs class (not slotted) a class
    attribute too, so that an instance ``parse`` builds stores only the keys the payload has.

    Reading an absent field then finds the class attribute: the same value ``__init__`` would
    have stored, so equality, hashing, repr, ``attrs.evolve``, pickling and ``attrs.asdict``
    cannot tell the two instances apart.
    """
    for field in attrs.fields(cls):
        if field.default is None:
            setattr(cls, field.name, None)
    return cls
