"""The stub's store and the rules of Novu's integrations endpoints (SERVER-SEMANTICS.md, section by section).

``Integrations`` holds the records and answers each route with a ``Reply`` or raises an
``ApiError``. It knows nothing of HTTP, auth or faults (``strategies._stub`` does those) and is
not thread-safe: the stub calls it under its lock. ``quirks=False`` (the stub's
``contract_only=True``) replaces the real server's departures from its document by what the
document says.
"""

from __future__ import annotations

import copy
import hashlib
import random
import re
from collections.abc import Callable, Iterator
from typing import Any, Final

import attrs

import contracts
from contracts._secrets import SECURE_CREDENTIALS, stored_form
from contracts._secrets import object_id as make_object_id
from contracts._shape import ObjectShape
from strategies._providers import STORED_UNDECLARED_KEYS, provider
from strategies._stub_bodies import create_fields, request_fields, update_fields
from strategies._stub_errors import (
    bad_request,
    command_error,
    conflict,
    internal_error,
    not_found,
)
from strategies._text import ALNUM, slug

JsonDict = dict[str, Any]

# Credential keys Novu stores encrypted; write replies and the DELETE list show them as "nvsk.".
SECRET_CREDENTIALS: Final = SECURE_CREDENTIALS
CHANNELS_WITH_PRIMARY: Final = frozenset({"email", "sms"})
# Providers implementing getMessageId and parseEventBody (SERVER-SEMANTICS "webhook ... status").
WEBHOOK_PROVIDERS: Final = frozenset(
    {
        ("email", p)
        for p in ("sendgrid", "mailjet", "mandrill", "postmark", "sendinblue", "ses", "netcore", "emailjs")
    }
    | {("sms", p) for p in ("twilio", "plivo", "telnyx", "termii", "ring-central")}
)
_UNDELETABLE_PROVIDERS: Final = frozenset({"novu-email", "novu-sms"})
_OBJECT_ID = re.compile(r"[0-9a-fA-F]{24}")
_SHORTID_ALPHABET: Final = ALNUM + "_-"


@attrs.frozen
class Reply:
    """A successful reply before encoding: status and JSON body (already enveloped)."""

    status: int
    body: Any


class ObjectIds:
    """24-hex MongoDB ObjectIds from a seeded generator: a timestamp, then a counter.

    The middle (per-process random) bytes are zero, as in ``strategies._text.object_id``,
    so that secret scanners do not take the ids for keys.
    """

    def __init__(self, rng: random.Random) -> None:
        self._seconds = rng.randint(1_577_836_800, 1_767_225_600)  # 2020 .. 2026
        self._counter = rng.randint(0, 0xFFFFFF)

    def __next__(self) -> str:
        self._counter += 1
        if self._counter > 0xFFFFFF:
            self._counter, self._seconds = 0, self._seconds + 1
        return make_object_id(self._seconds, self._counter)


def stored_secret(value: str) -> str:
    """The ``nvsk.<iv>:<ciphertext>`` form of a secret credential (fake and stable: no encryption)."""
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
    return stored_form(digest[:32], digest[32:])


class Integrations:
    """The records of one organization and the endpoints' rules over them."""

    def __init__(
        self,
        *,
        contract: str,
        rng: random.Random,
        now: Callable[[], str],
        quirks: bool,
    ) -> None:
        self.contract = contract
        self.records: dict[str, JsonDict] = {}
        self.quirks = quirks
        self._rng = rng
        self._ids = ObjectIds(rng)
        self.organization_id = next(self._ids)
        self.environment_id = next(self._ids)  # the API key's environment
        self._now = now
        credentials = next(f for f in contracts.contract(contract).shape.fields if f.wire == "credentials")
        assert isinstance(credentials.shape, ObjectShape)
        self._stored_credential_keys = credentials.shape.wire_keys | STORED_UNDECLARED_KEYS

    def fresh_id(self) -> str:
        while (identifier := next(self._ids)) in self.records:
            pass
        return identifier

    def live(self) -> Iterator[JsonDict]:
        return (r for r in self.records.values() if r.get("deleted") is not True)

    # --- GET /v1/integrations, GET /v1/integrations/active ------------------------------------

    def list_all(self, raw: bytes) -> Reply:
        """The whole organization's live integrations, decrypted, no ``id``, in natural order."""
        return Reply(200, {"data": [_read_form(r) for r in self.live()]})

    def list_active(self, raw: bytes) -> Reply:
        return Reply(200, {"data": [_read_form(r) for r in self.live() if r.get("active") is True]})

    # --- POST /v1/integrations ----------------------------------------------------------------

    def create(self, raw: bytes) -> Reply:
        fields = request_fields(raw, create_fields(self.contract), null_is_absent=self.quirks)
        provider_id: str = fields["providerId"]
        channel: str = fields["channel"]
        environment = fields.get("_environmentId", self.environment_id)
        if provider_id == "novu" and channel == "in_app" and self._find(environment, "novu", "in_app"):
            raise bad_request("One environment can only have one In app provider")
        if provider_id in _UNDELETABLE_PROVIDERS:
            # The stub has no Novu demo credentials, like a self-hosted server without them.
            raise bad_request(f"Creating Novu integration for {provider_id} provider is not allowed")
        identifier = fields.get("identifier")
        if (
            self.quirks
            and identifier
            and any(r["identifier"] == identifier and r["_environmentId"] == environment for r in self.live())
        ):
            raise conflict("Integration with identifier already exists")
        known = provider(provider_id)
        name = fields.get("name", known.display_name if known else provider_id[:1].upper() + provider_id[1:])
        now = self._now()
        record: JsonDict = {
            "_id": self.fresh_id(),
            "_environmentId": environment,
            "_organizationId": self.organization_id,
            **{k: v for k, v in fields.items() if k not in ("check", "_environmentId")},
            "name": name,
            "identifier": identifier or self._identifier(name),
            "credentials": self._storable_credentials(fields.get("credentials", {})),
            "active": fields.get("active", False),
            "deleted": False,
            "primary": False,
            "priority": 0,
            "conditions": self._with_subdocument_ids(fields.get("conditions", [])),
            "createdAt": now,
            "updatedAt": now,
            "__v": 0,
        }
        self._refuse_uncontracted(record)  # before any side effect on the others
        if record["active"] and channel in CHANNELS_WITH_PRIMARY:
            highest = self._highest_active(record)
            if highest is not None and highest.get("primary") is True:
                record["priority"] = _priority(highest)
                highest["priority"] = _priority(highest) + 1
            else:
                record["primary"] = True
                record["priority"] = _priority(highest) + 1 if highest is not None else 1
        self.records[record["_id"]] = record
        return Reply(201, {"data": self._write_form(record)})

    # --- PUT /v1/integrations/{id} ------------------------------------------------------------

    def update(self, raw: bytes, integration_id: str) -> Reply:
        if not self.quirks and not raw.strip():
            raise bad_request("the request body is missing; send the fields to update as a JSON object")
        fields = request_fields(
            raw, update_fields(self.contract), null_is_absent=self.quirks
        )  # the pipe runs before the lookup
        record = self._by_id(integration_id, entity=True)
        identifier = fields.get("identifier")
        if (
            self.quirks
            and identifier is not None
            and identifier != record["identifier"]
            and any(r["identifier"] == identifier and r is not record for r in self.live())
        ):
            raise conflict("Integration with identifier already exists")
        changes = self._changes(record, fields)
        if not changes:
            if self.quirks:
                raise bad_request("No properties found for update")
            return Reply(200, {"data": self._write_form(record)})
        candidate = {**record, **changes}
        if "credentials" in changes:
            candidate["credentials"] = self._storable_credentials(changes["credentials"])
        if "conditions" in changes:
            candidate["conditions"] = self._with_subdocument_ids(changes["conditions"])
        self._refuse_uncontracted(candidate)
        was_active = record.get("active") is True
        record.update(candidate, updatedAt=self._now())
        if record["channel"] in CHANNELS_WITH_PRIMARY and "active" in changes:
            if record["active"] is True and not was_active:
                highest = self._highest_active(record)
                if highest is not None and highest.get("primary") is True:
                    record["priority"] = _priority(highest)
                    highest["priority"] = _priority(highest) + 1
                else:
                    record["priority"] = _priority(highest) + 1 if highest is not None else 1
            elif record["active"] is not True and was_active:
                record.update(primary=False, priority=0)
                self._renumber(record["_environmentId"], record["channel"])
        if changes.get("conditions") and record.get("primary") is True:
            record["primary"] = False  # the renumbering after it uses the wrong environment id: a no-op
        return Reply(200, {"data": self._write_form(record)})

    def _changes(self, record: JsonDict, fields: JsonDict) -> JsonDict:
        """What an update sets, as UpdateIntegration counts changes (SERVER-SEMANTICS "PUT ... Errors")."""
        changes: JsonDict = {}
        for key, value in fields.items():
            if key == "check":
                continue
            if key == "name" and not value:
                continue  # only a truthy name counts
            if key in ("identifier", "removeNovuBranding") and value == record.get(key):
                continue
            changes[key] = value
        return changes

    # --- POST /v1/integrations/{id}/set-primary ------------------------------------------------

    def set_primary(self, raw: bytes, integration_id: str) -> Reply:
        status = 201 if self.quirks else 200
        if not _OBJECT_ID.fullmatch(integration_id):
            raise command_error("integrationId", "integrationId must be a mongodb id", integration_id)
        record = self.records.get(integration_id)
        if record is None or record.get("deleted") is True:
            raise not_found(f"Integration with id {integration_id} not found")
        if record["channel"] not in CHANNELS_WITH_PRIMARY:
            raise bad_request(f"Channel {record['channel']} does not support primary")
        if record.get("primary") is True:
            return Reply(status, {"data": self._write_form(record)})
        now = self._now()
        for other in self._peers(record):
            if other.get("active") is True and other.get("primary") is True:
                other.update(primary=False, updatedAt=now)
        record.update(active=True, primary=True, conditions=[], updatedAt=now)
        self._renumber(record["_environmentId"], record["channel"], first=record)
        return Reply(status, {"data": self._write_form(record)})

    # --- DELETE /v1/integrations/{id} ----------------------------------------------------------

    def delete(self, raw: bytes, integration_id: str) -> Reply:
        record = self._by_id(integration_id, entity=True)
        if record["providerId"] in _UNDELETABLE_PROVIDERS or record["channel"] == "in_app":
            raise bad_request("Novu demo integration or In-App integration cannot be deleted")
        now = self._now()
        record.update(deleted=True, deletedAt=now, updatedAt=now)
        if record["channel"] in CHANNELS_WITH_PRIMARY:
            self._renumber(record["_environmentId"], record["channel"])
        remaining = [r for r in self.live() if r["_environmentId"] == self.environment_id]
        return Reply(200, {"data": [_encrypted(_read_form(r)) for r in remaining]})

    # --- GET /v1/integrations/webhook/provider/{providerOrIntegrationId}/status ---------------

    def webhook_status(self, raw: bytes, value: str) -> Reply:
        if provider(value) is not None:
            record = next(
                (
                    r
                    for r in self.live()
                    if r["providerId"] == value
                    and r["_environmentId"] == self.environment_id
                    and "credentials" in r
                ),
                None,
            )
        else:
            if not _OBJECT_ID.fullmatch(value) and self.quirks:
                raise internal_error()  # Mongo's CastError is not mapped
            record = self.records.get(value)
            if record is not None and (
                record.get("deleted") is True or record["_environmentId"] != self.environment_id
            ):
                record = None
        if record is None:
            raise not_found(f"Integration for {value} was not found")
        if not record.get("credentials"):
            raise bad_request(f"Integration {record['_id']} doesn't have credentials set up")
        if record["channel"] not in CHANNELS_WITH_PRIMARY:
            raise bad_request(f"Webhook for {record['providerId']}-{record['channel']} is not supported yet")
        return Reply(200, {"data": (record["channel"], record["providerId"]) in WEBHOOK_PROVIDERS})

    # --- helpers -------------------------------------------------------------------------------

    def _by_id(self, integration_id: str, *, entity: bool) -> JsonDict:
        """The live record with this ``_id``; a malformed id is Mongo's unmapped CastError (500)."""
        if not _OBJECT_ID.fullmatch(integration_id) and self.quirks:
            raise internal_error()
        record = self.records.get(integration_id)
        if record is None or record.get("deleted") is True:
            raise not_found(f"Entity with id {integration_id} not found")
        return record

    def _find(self, environment: str, provider_id: str, channel: str) -> JsonDict | None:
        return next(
            (
                r
                for r in self.live()
                if (r["_environmentId"], r["providerId"], r["channel"]) == (environment, provider_id, channel)
            ),
            None,
        )

    def _peers(self, record: JsonDict) -> list[JsonDict]:
        """Live integrations in ``record``'s environment and channel, itself excluded."""
        return [
            r
            for r in self.live()
            if r is not record
            and r["_environmentId"] == record["_environmentId"]
            and r["channel"] == record["channel"]
        ]

    def _highest_active(self, record: JsonDict) -> JsonDict | None:
        active = [r for r in self._peers(record) if r.get("active") is True]
        return max(active, key=_priority, default=None)

    def _renumber(self, environment: str, channel: str, *, first: JsonDict | None = None) -> None:
        """Active integrations of one environment and channel get priorities n..1 (``first`` gets n)."""
        active = [
            r
            for r in self.live()
            if r["_environmentId"] == environment and r["channel"] == channel and r.get("active") is True
        ]
        ordered = sorted((r for r in active if r is not first), key=_priority, reverse=True)
        if first is not None:
            ordered.insert(0, first)
        for position, record in enumerate(ordered):
            record["priority"] = len(ordered) - position

    def _identifier(self, name: str) -> str:
        """``slugify(name)-<shortid>``, as the real API makes identifiers."""
        length = self._rng.randint(7, 14)
        return f"{slug(name)}-{''.join(self._rng.choices(_SHORTID_ALPHABET, k=length))}"

    def _storable_credentials(self, credentials: JsonDict) -> JsonDict:
        """Credentials as Mongo keeps them: keys outside its schema dropped silently."""
        return {k: v for k, v in credentials.items() if k in self._stored_credential_keys}

    def _with_subdocument_ids(self, conditions: list[Any]) -> list[Any]:
        """Conditions and their children as Mongoose stores them: each sub-document gets an ``_id``."""
        stored = copy.deepcopy(conditions)
        for condition in stored:
            if isinstance(condition, dict):
                condition.setdefault("_id", self.fresh_id())
                for child in condition.get("children") or ():
                    if isinstance(child, dict):
                        child.setdefault("_id", self.fresh_id())
        return stored

    def _refuse_uncontracted(self, record: JsonDict) -> None:
        """The stub never stores what breaks the contract; Mongoose would cast or store it (a difference)."""
        for violation in contracts.check(record, unknown_keys="ignore", contract=self.contract):
            if violation.severity is contracts.Severity.ERROR:
                where = violation.path.lstrip("/").replace("/", ".")
                raise bad_request(f"Integration validation failed: {where}: {violation.message}")

    def _write_form(self, record: JsonDict) -> JsonDict:
        """What POST, PUT and set-primary send: ``id``s, encrypted secrets, no empty credentials."""
        reply = _encrypted(copy.deepcopy(record))
        reply["id"] = reply["_id"]
        for condition in reply.get("conditions") or ():
            if isinstance(condition, dict) and "_id" in condition:
                condition["id"] = condition["_id"]
                for child in condition.get("children") or ():
                    if isinstance(child, dict) and "_id" in child:
                        child["id"] = child["_id"]
        if self.quirks and reply.get("credentials") == {}:
            del reply["credentials"]  # Mongoose's minimize drops the empty object
        return reply


def _priority(record: JsonDict) -> int:
    value = record.get("priority", 0)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _read_form(record: JsonDict) -> JsonDict:
    return copy.deepcopy(record)


def _encrypted(record: JsonDict) -> JsonDict:
    credentials = record.get("credentials")
    if isinstance(credentials, dict):
        record["credentials"] = {
            key: stored_secret(value)
            if key in SECRET_CREDENTIALS and isinstance(value, str) and value
            else value
            for key, value in credentials.items()
        }
    return record
