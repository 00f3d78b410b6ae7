"""The kinds of literal the scan (``_named``) finds besides a provider id or a format's value as written:
what the code compares a field with, the enum values its tables leave out, the credential keys it reads,
the checks it makes, the values its early exits need, the PEM labels it looks for, the fields it encodes
strictly, the free-form members it reads, the flag combinations its tables leave out (``NamedLiteral``)."""

from __future__ import annotations

from typing import Literal

import attrs


@attrs.frozen
class Compared:
    """A literal the code compares the field ``wire`` with (one of ``named_literals()``)."""

    wire: str
    value: str


# The one field whose compared literals are not drawn as its values but weigh its choice: a
# provider the code branches on (``if payload["providerId"] != "fcm": return``) guards a bug more
# often than one it only writes in data (an example payload, a label).
BRANCHED_WIRE = "providerId"


@attrs.frozen
class Unlisted:
    """A value of the enum field ``wire`` that a collection of its other values leaves out."""

    wire: str
    value: str


@attrs.frozen
class ReadKey:
    """A credential key the code reads (``credentials["hmac"]``, ``.get("tlsOptions")``) that few
    providers send: the code's branch on it is about those providers, whether or not it names them."""

    key: str


@attrs.frozen
class Check:
    """A family of standard-library checks the code makes on strings (``str.isdigit``,
    ``ipaddress.ip_address``), whose quirks the generator's variants of that family
    (``_formats.Trap``) trip."""

    family: str


@attrs.frozen
class Subscripted:
    """A credential key or an optional top-level key the code reads with no fallback
    (``credentials["apiKey"]``, ``payload["conditions"]``). The contract makes the key optional, so
    its absence is where that code's ``KeyError`` is."""

    key: str


@attrs.frozen
class Guard:
    """The value of the boolean field ``wire`` that the code's early exit needs to go on
    (``if not p["active"] or p["deleted"]: return`` needs active true, deleted false): the code past
    it, and its bugs, see only payloads that pass."""

    wire: str
    value: bool


@attrs.frozen
class Required:
    """A value of the enum field ``wire`` that the code's early exit needs to go on (``if
    p["channel"] != "sms": return``, ``... not in ("sms", "push")``): the code past it sees only those."""

    wire: str
    value: str


@attrs.frozen
class PemLabel:
    """The label of a PEM block the code looks for (``"-----BEGIN PRIVATE KEY-----" in key``): the
    payload's PEM secrets carry it, so the code goes on to parse them."""

    label: str


@attrs.frozen
class Unset:
    """A credential an early exit leaves on when it is set (``if credentials.get("region"): return
    region_of(...)``): the code past it, and its bugs, see only payloads without it."""

    key: str


@attrs.frozen
class Encoded:
    """A string field the code encodes with no error handler (``hmac.new(secret.encode("utf-8"), ...)``,
    ``f"{sid}:{token}".encode("latin-1")``): ``codec`` is ``utf`` (a lone surrogate, which a JSON
    string may hold, trips it) or ``narrow`` (ASCII, Latin-1: any text beyond them does)."""

    wire: str
    codec: Literal["utf", "narrow"]


@attrs.frozen
class Member:
    """A member of a free-form object (``tlsOptions``) the code reads with a fallback and never indexes
    (``tls.get("rejectUnauthorized") is False``): its branch needs the member there."""

    key: str


@attrs.frozen
class Combination:
    """Values of the flags ``wires`` that a table keyed by their combinations leaves out
    (``MODES[(creds.get("requireTls"), creds.get("ignoreTls"))]`` with no ``(True, True)``)."""

    wires: tuple[str, ...]
    values: tuple[bool, ...]


NamedLiteral = (
    str
    | Compared
    | Unlisted
    | ReadKey
    | Check
    | Subscripted
    | Guard
    | Required
    | PemLabel
    | Unset
    | Encoded
    | Member
    | Combination
)
"""What the scan finds: a provider id or a format's value as written, a compared literal, an enum
value a table of the others leaves out, a credential key of few providers that the code reads, a
family of checks the code makes, a credential key it reads with no fallback, a flag or enum value an
early exit needs, a PEM label it looks for, a field it encodes strictly, or a free-form member it reads."""
