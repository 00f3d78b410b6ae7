"""Redaction of captured API responses: secrets out, everything else kept, so they can be committed."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import attrs

from contracts._secrets import SECRET_KEY_NAME as SECRET_KEY_NAME  # key names that hold secrets
from contracts._secrets import object_id as make_object_id

# Secrets by shape, found anywhere inside a string: Novu's stored form, JWTs, bearer tokens,
# PEM private keys, well-known vendor key prefixes.
SECRET_VALUE = re.compile(
    r"nvsk\.[0-9a-f]+:[0-9a-f]+|eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*|\bBearer\s+\S+|"
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----|\b(sk|pk|rk)_(live|test)_\w{8,}|\bxox[abposr]-[\w-]{8,}|"
    r"\bAKIA[0-9A-Z]{16}\b|\bSG\.[\w-]{16,}\.[\w-]{16,}|\bAC[0-9a-f]{32}\b|\bgh[pousr]_\w{30,}"
)
OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")
_TOKEN = re.compile(r"[A-Za-z0-9+/=_]{20,}")  # not "-": slugs like identifiers are not secrets
_HEX = re.compile(r"^[0-9a-fA-F]+$")
# Below the thresholds secret scanners use (detect-secrets: 3.0 bits for hex, 4.5 for base64).
_HEX_ENTROPY = 3.0
_TOKEN_ENTROPY = 4.0
CREDENTIALS_KEY = "credentials"


@attrs.frozen
class Redaction:
    """What ``redact`` changed: a count of replaced values per JSON Pointer-ish place."""

    replaced: Counter[str]
    pseudonymised_ids: int = 0

    @property
    def total(self) -> int:
        return sum(self.replaced.values())


def placeholder(key: str) -> str:
    """The fake value a redacted string becomes: ``<redacted:apiKey>``.

    The angle brackets mark it as a placeholder, which secret scanners skip.
    """
    return f"<redacted:{key}>"


def looks_secret(value: str) -> bool:
    """Whether a string holds a secret: a known token shape, or a long high-entropy token, anywhere in it."""
    if SECRET_VALUE.search(value):
        return True
    for token in _TOKEN.findall(value):
        if OBJECT_ID.match(token):
            continue
        mixed = any(c.isdigit() for c in token) and any(c.isalpha() for c in token)
        threshold = _HEX_ENTROPY if _HEX.match(token) else _TOKEN_ENTROPY if mixed else None
        if threshold is not None and _entropy(token) >= threshold:
            return True
    return False


def _entropy(value: str) -> float:
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


class _IdPseudonyms:
    """Maps each ObjectId to a low-entropy stand-in with the same timestamp; equal ids stay equal."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}

    def __call__(self, object_id: str) -> str:
        if object_id not in self.mapping:
            self.mapping[object_id] = make_object_id(int(object_id[:8], 16), len(self.mapping) + 1)
        return self.mapping[object_id]


def redact(document: Any, *, keep_ids: bool = False) -> tuple[Any, Redaction]:
    """A copy of ``document`` with every credential value and every secret-looking string replaced.

    Strings become ``<redacted:KEY>``; numbers, booleans and nulls keep their value (they
    carry no secret and their JSON type is part of the contract); objects and arrays are
    walked, so the shape of the document is unchanged. Works on one payload, a list, or
    the ``{"data": ...}`` envelope, at any depth (iteratively).

    24-hex ObjectIds are not secrets, but secret scanners flag them for their entropy:
    unless ``keep_ids``, each becomes a stand-in that keeps its timestamp, and equal ids
    stay equal, so references between records survive.
    """
    pseudonyms = _IdPseudonyms()
    replaced: Counter[str] = Counter()
    root: list[Any] = [None]
    # (source value, container to fill, key in it, key name for placeholders, inside credentials)
    stack: list[tuple[Any, Any, Any, str, bool]] = [(document, root, 0, "value", False)]
    while stack:
        value, target, slot, name, secret_zone = stack.pop()
        if isinstance(value, dict):
            copy: dict[Any, Any] = {}
            target[slot] = copy
            for key, child in value.items():
                copy[key] = None
                inside = secret_zone or key == CREDENTIALS_KEY
                stack.append((child, copy, key, str(key) if isinstance(key, str) else name, inside))
        elif isinstance(value, list):
            items: list[Any] = [None] * len(value)
            target[slot] = items
            for index, child in enumerate(value):
                stack.append((child, items, index, name, secret_zone))
        elif isinstance(value, str) and (
            (secret_zone and value != "") or (SECRET_KEY_NAME.search(name) and value) or looks_secret(value)
        ):
            target[slot] = placeholder(name)
            replaced[name] += 1
        elif isinstance(value, str) and not keep_ids and OBJECT_ID.match(value):
            target[slot] = pseudonyms(value)
        else:
            target[slot] = value
    return root[0], Redaction(replaced, len(pseudonyms.mapping))
