"""What the strategy tests check payloads against: the contract, novu-py, and realism facts.

Kept independent of the generator's internals: the facts below come from CONTRACT.md
(24-hex ids, ISO-8601 timestamps, the identifier slug) and from what a secret scanner
would flag, not from ``strategies._text`` or ``strategies._generate``.
"""

from __future__ import annotations

import base64
import json
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from novu_py.models import IntegrationResponseDto as NovuIntegration

from contracts import Code, CredentialsDto, IntegrationResponseDto, Severity, check
from contracts._shape import ArrayShape, ObjectShape, StringShape, object_shape

JsonDict = dict[str, Any]

TOP_KEYS = object_shape(IntegrationResponseDto).wire_keys
CREDENTIAL_KEYS = object_shape(CredentialsDto).wire_keys
OPTIONAL_TOP_KEYS = frozenset(f.wire for f in object_shape(IntegrationResponseDto).fields if not f.required)
ID_KEYS = ("_id", "_environmentId", "_organizationId", "deletedBy")
SECRET_KEYS = ("apiKey", "secretKey", "token", "password", "apiToken", "serviceAccount", "accessKey")

OBJECT_ID = re.compile(r"[0-9a-f]{24}")
ISO_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:\d\d)")
IDENTIFIER_SUFFIX = re.compile(r"-[0-9A-Za-z]{8}")
# How generated secret-ish credentials must look: a ``<...>`` placeholder (``<fake-api-key-0042>``
# when realistic), which scanners skip, unless the value is too short or letterless to spell a secret.
PLACEHOLDER = re.compile(r"<.+>", re.DOTALL)
FAKE_SECRET = re.compile(r"<fake-[a-z0-9]+(-[a-z0-9]+)*-\d{4}>")
# Formats real secret scanners (gitleaks, trufflehog, GitHub push protection) recognise.
REAL_SECRET_FORMATS = re.compile(
    r"(AKIA|ASIA)[0-9A-Z]{16}"  # AWS access key id
    r"|SG\.[\w-]{16,}\.[\w-]{16,}"  # SendGrid
    r"|xox[abposr]-[0-9A-Za-z-]{10,}"  # Slack
    r"|(sk|rk|pk)_(live|test)_[0-9A-Za-z]{10,}"  # Stripe
    r"|gh[pousr]_[0-9A-Za-z]{20,}"  # GitHub
    r"|\b(AC|SK)[0-9a-f]{32}\b"  # Twilio
    r"|AIza[0-9A-Za-z_-]{35}"  # Google API key
    r"|eyJ[\w-]{10,}\.eyJ[\w-]{10,}\."  # JWT
    r"|-----BEGIN [A-Z ]*PRIVATE KEY-----"
)

# Slow-ish strategies (thousands of draws per payload, 10k-character strings): no deadline flakiness.
NO_DEADLINE = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def errors_of(payload: object, *, contract: str = "0.7.0") -> list[tuple[str, Code]]:
    """``(path, code)`` of every error-severity violation ``contracts.check`` reports."""
    return [(v.path, v.code) for v in check(payload, contract=contract) if v.severity is Severity.ERROR]


def assert_valid(payload: Any) -> None:
    """The payload is plain JSON, breaks no rule of the contract, and novu-py 1.0.0 accepts it."""
    assert errors_of(payload) == []
    assert json.loads(json.dumps(payload)) == payload
    NovuIntegration.model_validate(payload)


def unknown_keys(payload: JsonDict) -> set[str]:
    """Keys outside the contract, at the top level and inside ``credentials``, as JSON Pointers."""
    return {v.path for v in check(payload, unknown_keys="warn") if v.code is Code.UNKNOWN_KEY}


def declared_strings(payload: JsonDict) -> list[str]:
    """Every string at a position the contract declares as a string (enums excluded)."""
    found: list[str] = []
    stack: list[tuple[Any, ObjectShape]] = [(payload, object_shape(IntegrationResponseDto))]
    while stack:
        value, shape = stack.pop()
        for field in shape.fields:
            item = value.get(field.wire)
            if isinstance(field.shape, StringShape) and isinstance(item, str):
                found.append(item)
            elif isinstance(field.shape, ObjectShape) and isinstance(item, dict):
                stack.append((item, field.shape))
            elif isinstance(field.shape, ArrayShape) and isinstance(field.shape.items, ObjectShape):
                items_shape = field.shape.items
                stack.extend((element, items_shape) for element in item or ())
    return found


def is_iso_timestamp(text: str) -> bool:
    """An ISO-8601 date-time with a zone, as the API writes ``deletedAt`` and ``createdAt``."""
    if not ISO_TIMESTAMP.fullmatch(text):
        return False
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def slug(name: str) -> str:
    """CONTRACT.md's identifier slug: camel case split, lower case, other characters as '-'."""
    split = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", name)
    return re.sub(r"[^a-z0-9]+", "-", split.lower()).strip("-")


def is_scanner_safe(text: str) -> bool:
    """A ``<...>`` placeholder, one character at most, or without any ASCII letter (blank, digits, CJK)."""
    return (
        PLACEHOLDER.fullmatch(text) is not None
        or len(text) < 2
        or not any(c.isascii() and c.isalpha() for c in text)
    )


# A quoted member whose name says "key", "secret", "token" or "password", in JSON or Python's repr.
_SECRET_MEMBER = re.compile(
    r"""(\\?["'])(\w*(?:key|secret|token|password)(?:_id)?)\1\s*:\s*(\\?["'])(.*?)\3""", re.IGNORECASE
)


def secret_members(document: str) -> list[str]:
    """The values of the secret-named members written in ``document`` (a JSON text, maybe encoded twice)."""
    return [match[4] for match in _SECRET_MEMBER.finditer(document)]


def is_scanner_safe_document(text: str) -> bool:
    """A JSON document (a service account) whose secret members are all placeholders, or scanner-safe text."""
    if text.startswith("nvsk."):  # the stored form: hex of fake data
        return re.fullmatch(r"nvsk\.[0-9a-f]{32}:[0-9a-f]*", text) is not None
    if text.lstrip("\ufeff").startswith(("{", "[", '"')) or text == "null":
        return all(PLACEHOLDER.fullmatch(value) for value in secret_members(text))
    return is_scanner_safe(text)


def is_scanner_safe_settings(text: str) -> bool:
    """A connection string (Azure SMS's ``accessKey``: ``endpoint=...;accesskey=<base64>``, in any of its
    variants) whose key is base64 of placeholder text; its other settings are no secret."""
    for part in text.strip().strip('"').split(";"):
        name, _, value = part.strip().partition("=")
        if name.lower() != "accesskey":
            continue
        try:
            decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True)
        except ValueError:
            return False
        if not decoded.startswith(b"<fake-"):
            return False
    return True


def secret_values(payload: JsonDict) -> list[tuple[str, str]]:
    """``(key, value)`` of the secret-ish credential keys present in ``payload``."""
    credentials = payload["credentials"]
    return [(key, credentials[key]) for key in SECRET_KEYS if key in credentials]


def looks_like_real_secret(text: str) -> bool:
    """Whether a secret scanner would recognise ``text`` as a real credential of a known vendor."""
    return REAL_SECRET_FORMATS.search(text) is not None


def scan_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give this test a named-literal scan of its own, leaving the session's as it was.

    It starts from the modules the session's scan has read (their text is the same): reading them
    afresh took seconds per test once the eighty consumer suites were imported.
    """
    from strategies import _named

    session = _named._scanner
    session.current()
    scanner = _named._Scanner()
    # Only modules still imported: a module an earlier test dropped may have left its id to a new one.
    scanner._seen = {id(module) for module in sys.modules.values()} & session._seen
    scanner._read = {name: read for name, read in session._read.items() if name in sys.modules}
    scanner.ids = frozenset().union(*(read.literals for read in scanner._read.values()))
    monkeypatch.setattr(_named, "_scanner", scanner)


@contextmanager
def imported_package(
    root: Path, monkeypatch: pytest.MonkeyPatch, files: Mapping[str, str]
) -> Iterator[list[str]]:
    """Write ``files`` (path -> source) under ``root``, import each as a module, and forget them after.

    Yields the modules' dotted names. The named-literal scan is the test's own (``scan_apart``).
    """
    scan_apart(monkeypatch)
    for name, text in files.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(root))
    names = [n.removesuffix(".py").removesuffix("/__init__").replace("/", ".") for n in files]
    try:
        for name in names:
            __import__(name)
        yield names
    finally:
        for name in names:
            sys.modules.pop(name, None)
