"""Redaction of captured API responses: secrets out, everything else kept, so they can be committed.

What is replaced, anywhere in the document (a payload, a list, an envelope, any depth):
- every non-empty string under ``credentials`` or under a key named like a secret
  (``contracts._secrets.is_secret_key``: password, pass, token, secret, auth,
  apiKey, privateKey, ... in camel, snake or kebab case), nested objects included;
- every string holding a known secret format (``SECRET_FORMATS``: vendor keys, JWTs,
  PEM/PGP keys, URLs with a userinfo password, ...) or a long high-entropy token;
- every object key that itself looks like a secret, by a stable placeholder key.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs

from contracts._secrets import OBJECT_ID, SECRET_FORMATS, is_secret_key, looks_secret
from contracts._secrets import object_id as make_object_id

__all__ = [
    "OBJECT_ID",
    "SECRET_FORMATS",
    "Redaction",
    "is_secret_key",
    "looks_secret",
    "placeholder",
    "placeholder_key",
    "redact",
]

CREDENTIALS_KEY = "credentials"


@attrs.frozen
class Redaction:
    """What ``redact`` changed: a count of replaced values per key name, and of replaced keys."""

    replaced: Counter[str]
    pseudonymised_ids: int = 0
    replaced_keys: int = 0

    @property
    def total(self) -> int:
        return sum(self.replaced.values()) + self.replaced_keys


def placeholder(key: str) -> str:
    """The fake value a redacted string becomes: ``<redacted:apiKey>``.

    The angle brackets mark it as a placeholder, which secret scanners skip.
    """
    return f"<redacted:{key}>"


def placeholder_key(number: int) -> str:
    """The key an object key that is itself a secret becomes: ``<redacted-key-1>``."""
    return f"<redacted-key-{number}>"


class _IdPseudonyms:
    """Maps each ObjectId to a low-entropy stand-in with the same timestamp; equal ids stay equal."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}

    def __call__(self, object_id: str) -> str:
        if object_id not in self.mapping:
            self.mapping[object_id] = make_object_id(int(object_id[:8], 16), len(self.mapping) + 1)
        return self.mapping[object_id]


class _KeyPlaceholders:
    """Maps each secret used as a key to a placeholder key; equal secrets get equal placeholders."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}

    def __call__(self, secret: str, *objects: dict[Any, Any]) -> str:
        if secret not in self.mapping:
            self.mapping[secret] = placeholder_key(len(self.mapping) + 1)
        key = self.mapping[secret]
        while any(key in keys for keys in objects):  # never merge two keys of one object
            key = f"{key[:-1]}+>"
        return key


def redact(document: Any, *, keep_ids: bool = False) -> tuple[Any, Redaction]:
    """A copy of ``document`` with every credential value and every secret-looking string replaced.

    Strings become ``<redacted:KEY>``; numbers, booleans and nulls keep their value (their
    JSON type is part of the contract); keys that are secrets become ``<redacted-key-N>``;
    objects and arrays are walked, so the shape of the document is unchanged. Works on one
    payload, a list, or the ``{"data": ...}`` envelope, at any depth (iteratively).

    24-hex ObjectIds are not secrets, but secret scanners flag them for their entropy:
    unless ``keep_ids``, each becomes a stand-in that keeps its timestamp, and equal ids
    stay equal, so references between records survive.
    """
    pseudonyms = _IdPseudonyms()
    key_placeholders = _KeyPlaceholders()
    replaced: Counter[str] = Counter()
    root: list[Any] = [None]
    # (source value, container to fill, key in it, key name for placeholders, inside a secret)
    stack: list[tuple[Any, Any, Any, str, bool]] = [(document, root, 0, "value", False)]
    while stack:
        value, target, slot, name, secret_zone = stack.pop()
        if isinstance(value, dict):
            copy: dict[Any, Any] = {}
            target[slot] = copy
            children: list[tuple[Any, Any, Any, str, bool]] = []
            for key, child in value.items():
                child_name, inside = name, secret_zone
                if isinstance(key, str):
                    inside = inside or is_secret_key(key)
                    if looks_secret(key):
                        key = key_placeholders(key, copy, value)
                        inside = True
                        child_name = key[1:-1]
                    else:
                        child_name = key
                copy[key] = None
                children.append((child, copy, key, child_name, inside))
            stack.extend(reversed(children))  # popped in document order: numbering follows the text
        elif isinstance(value, list):
            items: list[Any] = [None] * len(value)
            target[slot] = items
            stack.extend(
                (child, items, index, name, secret_zone) for index, child in reversed(list(enumerate(value)))
            )
        elif isinstance(value, str) and ((secret_zone and value != "") or looks_secret(value)):
            target[slot] = placeholder(name)
            replaced[name] += 1
        elif isinstance(value, str) and not keep_ids and OBJECT_ID.fullmatch(value):
            target[slot] = pseudonyms(value)
        else:
            target[slot] = value
    return root[0], Redaction(replaced, len(pseudonyms.mapping), len(key_placeholders.mapping))
