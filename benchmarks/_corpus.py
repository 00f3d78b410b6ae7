"""A seeded corpus of realistic, valid ``IntegrationResponseDto`` payloads for the benchmarks.

Temporary: it will be replaced by the library's Hypothesis strategies. It follows the
"What real responses look like" notes of the contract: 24-hex ObjectIds, each provider's
own channel and credential keys (from ``strategies/data/providers.json``), identifiers
made as ``<slug of name>-<short id>``, ``conditions`` defaulting to ``[]``, the extra keys
``createdAt``/``updatedAt``/``__v``, and about 10% soft-deleted records.
"""

from __future__ import annotations

import json
import random
import re
import string
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib.resources import files
from typing import Any

import contracts

_SHORT_ID = string.ascii_letters + string.digits
_EPOCH = datetime(2023, 1, 1, tzinfo=UTC)
_SPAN_SECONDS = 2 * 365 * 24 * 3600
_FIELDS = ("subscriber.email", "subscriber.locale", "payload.plan", "payload.region", "payload.tier")
# Only email and sms integrations get ``primary`` set by the server.
_PRIMARY_CHANNELS = frozenset({"email", "sms"})


@cache
def _providers() -> tuple[tuple[str, str, str, tuple[str, ...]], ...]:
    """(id, channel, displayName, credential keys the contract declares) of every provider."""
    text = (files("strategies") / "data" / "providers.json").read_text(encoding="utf-8")
    declared = _credential_types()
    return tuple(
        (
            provider["id"],
            provider["channel"],
            provider["displayName"],
            # Form keys outside the 0.7.0 CredentialsDto (apiVersion, contentType, ...) are left out.
            tuple(c["key"] for c in provider["credentials"] if c["key"] in declared),
        )
        for provider in json.loads(text)["providers"]
    )


@cache
def _credential_types() -> dict[str, str]:
    """Wire key -> JSON type of every CredentialsDto key, from the contract's JSON Schema."""
    properties = contracts.json_schema()["$defs"]["CredentialsDto"]["properties"]
    return {key: prop["type"] for key, prop in properties.items()}


def _object_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(96):024x}"


def _timestamp(rng: random.Random, after: datetime | None = None) -> datetime:
    start = after or _EPOCH
    return start + timedelta(seconds=rng.randrange(_SPAN_SECONDS), milliseconds=rng.randrange(1000))


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _slug(name: str) -> str:
    """Novu-like slug: camel case split, lower case, runs of other characters become one dash."""
    split = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", name)
    return re.sub(r"[^a-z0-9]+", "-", split.lower()).strip("-")


def _fake(rng: random.Random, key: str) -> str:
    return f"fake-{key}-{''.join(rng.choices(_SHORT_ID, k=rng.randint(8, 24)))}"


def _credential_value(rng: random.Random, key: str, json_type: str) -> Any:
    if json_type == "boolean":
        return rng.random() < 0.5
    if json_type == "object":
        return {"rejectUnauthorized": rng.random() < 0.5, "minVersion": "TLSv1.2"}
    if key == "port":
        return rng.choice(("25", "465", "587", "2525"))
    if key.endswith("Url") or key == "externalLink":
        return f"https://fake-{rng.choice(('hooks', 'api', 'cdn'))}.example.com/{rng.getrandbits(32):08x}"
    return _fake(rng, key)


def _credentials(rng: random.Random, keys: tuple[str, ...]) -> dict[str, Any]:
    if not keys:
        return {}
    chosen = rng.sample(keys, rng.randint(1, min(len(keys), 4)))
    types = _credential_types()
    return {key: _credential_value(rng, key, types[key]) for key in chosen}


def _condition(rng: random.Random) -> dict[str, Any]:
    return {
        "isNegated": rng.random() < 0.2,
        "type": rng.choice(list(contracts.BuilderFieldType)).value,
        "value": rng.choice(list(contracts.StepFilterValue)).value,
        "children": [
            {
                "field": rng.choice(_FIELDS),
                "value": _fake(rng, "value"),
                "operator": rng.choice(list(contracts.Operator)).value,
                "on": rng.choice(list(contracts.On)).value,
            }
            for _ in range(rng.randint(0, 3))
        ],
    }


def realistic_payload(rng: random.Random, environments: list[tuple[str, str]]) -> dict[str, Any]:
    """One realistic, valid payload; ``environments`` is a pool of (organization id, environment id)."""
    provider_id, channel, display_name, keys = rng.choice(_providers())
    organization_id, environment_id = rng.choice(environments)
    name = display_name if rng.random() < 0.7 else f"{display_name} {rng.choice(('Prod', 'EU', 'backup'))}"
    created = _timestamp(rng)
    updated = _timestamp(rng, after=created) if rng.random() < 0.6 else created
    payload: dict[str, Any] = {
        "_id": _object_id(rng),
        "_environmentId": environment_id,
        "_organizationId": organization_id,
        "name": name,
        "identifier": f"{_slug(name)}-{''.join(rng.choices(_SHORT_ID, k=8))}",
        "providerId": provider_id,
        "channel": channel,
        "credentials": _credentials(rng, keys),
        "active": rng.random() < 0.8,
        "deleted": False,
        "primary": channel in _PRIMARY_CHANNELS and rng.random() < 0.4,
        "conditions": [_condition(rng) for _ in range(rng.randint(0, 2))],
        "createdAt": _iso(created),
        "updatedAt": _iso(updated),
        "__v": 0,
    }
    if rng.random() < 0.1:
        payload["deleted"] = True
        payload["deletedAt"] = _iso(_timestamp(rng, after=updated))
        if rng.random() < 0.3:
            payload["deletedBy"] = _object_id(rng)
    return payload


def realistic_corpus(count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` realistic, valid payloads; the same ``(count, seed)`` always gives the same corpus."""
    rng = random.Random(seed)
    organizations = [_object_id(rng) for _ in range(max(1, count // 50))]
    environments = [(org, _object_id(rng)) for org in organizations for _ in range(2)]
    return [realistic_payload(rng, environments) for _ in range(count)]
