"""What counts as secret, once for the whole library: redaction, generation and the stub use this.

``SECURE_CREDENTIALS`` is a fact about Novu (its ``secure-credentials.ts``: the credentials
it stores encrypted as ``nvsk.<iv>:<cipher>``); ``SECRET_KEY_NAME`` is the wider notion of a
key *name* that says its value is secret, which every one of them also matches.
"""

from __future__ import annotations

import re
from typing import Final

SECURE_CREDENTIALS: Final = ("apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount")
"""The credential keys Novu stores encrypted and echoes in that form in write replies."""

SECRET_KEY_NAME: Final = re.compile(
    r"key|secret|pass|pwd|token|auth|sid|account|credential|private|signature|session|cookie|bearer",
    re.IGNORECASE,
)
"""Key names whose values are secrets (anywhere in a document: redaction; in credentials: generation)."""


def is_secret_key(name: str) -> bool:
    """Does a key named ``name`` hold a secret?"""
    return SECRET_KEY_NAME.search(name) is not None


def object_id(seconds: int, counter: int) -> str:
    """A 24-hex MongoDB ObjectId as the API makes them: a timestamp, zeroed middle bytes, a counter.

    The middle bytes (per-process random in MongoDB) are zero, which keeps the ids'
    entropy low enough that secret scanners do not take them for keys.
    """
    return f"{seconds:08x}{0:010x}{counter % 0x1000000:06x}"
