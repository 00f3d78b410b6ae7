"""The payload corpora ``bench_validation`` times validators on: three kinds of valid payloads.

- ``real-server``: what the real Novu server sends (its ``GET`` lists and write replies): every
  channel in turn, realistic provider credentials, ``deleted: false`` and never ``deletedAt``
  (soft-deleted records are invisible), ``conditions`` always present, and the keys the server
  adds that the contract does not declare: ``createdAt``, ``updatedAt``, ``__v``, ``priority``,
  sometimes ``removeNovuBranding``, ``connected``, ``_parentId``; write replies also ``id`` and
  encrypted secrets (``nvsk.<hex>:<hex>``); condition and child items their own ``_id``.
- ``unknown-keys``: small payloads from a walk of the JSON Schema, shaped like the output of
  ``hypothesis_jsonschema.from_schema(contracts.json_schema())`` (0.23.1, measured on 1000
  examples with Hypothesis 6.100; it fails on the current Hypothesis): every required key, a few
  optional ones (1 in 4 at the top, 1 in 20 of the credentials' 42), short odd strings (control
  characters, lone surrogates) and, in every object, unknown keys (as many: 1.6 at the top and
  2.3 in credentials on average; keys of 0 to 11 characters, about as repetitive) with mostly
  nested JSON values.
- ``sample_examples``: ``strategies.sample_examples`` with its defaults (edge cases on:
  10k-character strings, many conditions, odd unknown keys, ...).

Every corpus depends only on its seed.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from typing import Any

import contracts
from strategies import sample_examples

Payload = dict[str, Any]

_HEX = "0123456789abcdef"
_SECRET_KEYS = ("apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount")
# Characters of hypothesis' text(): ASCII, controls, Latin-1, anything (lone surrogates too).
_ODD = "0aA~/_-.= é\u00a0\u00dd中🚀\u200b\x00\x14\x9e\udc80"
# Unknown keys per object, as hypothesis-jsonschema draws them: a mean of 1.6 in objects with
# few declared keys (the top, conditions), 2.3 in credentials (42 declared).
_UNKNOWN_COUNTS = (0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5)
_UNKNOWN_COUNTS_WIDE = (0, 0, 0, 1, 1, 2, 2, 3, 4, 5, 6)


def _object_id(rng: random.Random) -> str:
    return "".join(rng.choices(_HEX, k=24))


def _iso(rng: random.Random) -> str:
    return (
        f"20{rng.randint(21, 26)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
        f"T{rng.randint(0, 23):02}:{rng.randint(0, 59):02}:{rng.randint(0, 59):02}.{rng.randint(0, 999):03}Z"
    )


def _encrypted(value: str) -> str:
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
    return f"nvsk.{digest[:32]}:{digest[32:]}"


def real_server_payloads(seed: int, count: int) -> list[Payload]:
    """``count`` payloads as the real server sends them (see the module docstring)."""
    channels = list(contracts.Channel)
    each = -(-count // len(channels))
    per_channel = [
        sample_examples(f"{seed}-{channel.value}", each, channel=channel, edge_cases=False)
        for channel in channels
    ]
    rng = random.Random(f"real-server-{seed}")
    corpus = []
    for index in range(count):
        payload = per_channel[index % len(channels)][index // len(channels)]
        corpus.append(_as_the_server_sends(rng, payload))
    return corpus


def _as_the_server_sends(rng: random.Random, generated: Payload) -> Payload:
    declared = contracts.json_schema()["properties"]
    payload = {key: value for key, value in generated.items() if key in declared}
    write_reply = rng.random() < 0.2
    payload["deleted"] = False
    payload.pop("deletedAt", None)
    payload.pop("deletedBy", None)
    payload.setdefault("_id", _object_id(rng))
    conditions = payload.setdefault("conditions", [])
    for condition in conditions:
        condition["_id"] = _object_id(rng)
        for child in condition["children"]:
            child["_id"] = _object_id(rng)
            if write_reply:
                child["id"] = child["_id"]
        if write_reply:
            condition["id"] = condition["_id"]
    created = _iso(rng)
    payload.update(createdAt=created, updatedAt=created, __v=0, priority=rng.randint(0, 3))
    if rng.random() < 0.2:
        payload["removeNovuBranding"] = rng.random() < 0.5
    if payload["channel"] == "in_app" and rng.random() < 0.5:
        payload["connected"] = True
    if rng.random() < 0.1:
        payload["_parentId"] = _object_id(rng)
    if write_reply:
        payload["id"] = payload["_id"]
        credentials = payload["credentials"]
        for key in _SECRET_KEYS:
            if isinstance(credentials.get(key), str) and credentials[key]:
                credentials[key] = _encrypted(credentials[key])
    return payload  # GET lists come from lean queries: ``_id`` is there, ``id`` is not


def unknown_key_payloads(seed: int, count: int) -> list[Payload]:
    """``count`` small payloads rich in unknown keys, walked from the JSON Schema."""
    rng = random.Random(f"unknown-keys-{seed}")
    schema = contracts.json_schema()
    keys: list[str] = []
    return [_instance(rng, schema, schema, keys) for _ in range(count)]


def _unknown_key(rng: random.Random, keys: list[str]) -> str:
    """As Hypothesis draws them: often ``""``, often one drawn before, otherwise fresh text.

    Measured on hypothesis-jsonschema's output: 15% of unknown keys are ``""`` and 28% of
    them are distinct.
    """
    roll = rng.random()
    if roll < 0.15:
        return ""
    if roll < 0.75 and keys:
        return rng.choice(keys)
    key = _text(rng)
    keys.append(key)
    return key


def _text(rng: random.Random) -> str:
    return "".join(rng.choices(_ODD, k=rng.choice((0, 1, 2, 3, 4, 5, 7, 9, 11))))


def _json_value(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(10)
    if choice == 0:
        return None
    if choice == 1:
        return rng.random() < 0.5
    if choice == 2:
        return rng.randint(-(2**40), 2**40) if rng.random() < 0.5 else rng.uniform(-1e6, 1e6)
    if choice == 3:
        return _text(rng)
    size = 0 if depth >= 2 else rng.choice((0, 1, 2, 3))
    if choice < 7:
        return [_json_value(rng, depth + 1) for _ in range(size)]
    return {_text(rng): _json_value(rng, depth + 1) for _ in range(size)}


def _instance(rng: random.Random, node: dict[str, Any], root: dict[str, Any], keys: list[str]) -> Any:
    if "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[1]]
    if "enum" in node:
        return rng.choice(node["enum"])
    kind = node.get("type")
    if kind == "string":
        return _text(rng)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "array":
        return [_instance(rng, node["items"], root, keys) for _ in range(rng.choice((0, 0, 0, 0, 0, 1, 2)))]
    assert kind == "object", node
    properties = node.get("properties", {})
    required = set(node.get("required", ()))
    wide = len(properties) >= 20
    optional = 0.05 if wide else 0.25
    result = {
        key: _instance(rng, sub, root, keys)
        for key, sub in properties.items()
        if key in required or rng.random() < optional
    }
    for _ in range(rng.choice(_UNKNOWN_COUNTS_WIDE if wide else _UNKNOWN_COUNTS)):
        key = _unknown_key(rng, keys)
        if key not in properties:
            result[key] = _json_value(rng)
    return result


def sample_corpus(seed: int, count: int) -> list[Payload]:
    """``strategies.sample_examples(seed, count)`` with its defaults (edge cases on)."""
    return sample_examples(seed, count)


CORPORA: dict[str, Callable[[int, int], list[Payload]]] = {
    "real-server": real_server_payloads,
    "unknown-keys": unknown_key_payloads,
    "sample_examples": sample_corpus,
}
"""Corpus builders by name: ``(seed, count) -> payloads``."""
