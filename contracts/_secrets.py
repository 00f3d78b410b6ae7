"""What counts as secret, once for the whole library: redaction, generation and the stub use this.

Known token formats, secret-sounding key names, high-entropy tokens, and Novu's own list of
the credentials it stores encrypted.

``redact`` is judged by what survives it, so the formats here are at least as broad as
the detectors of common secret scanners (detect-secrets, gitleaks): a value a scanner
would flag must be caught here first.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from typing import Final

import attrs

SECURE_CREDENTIALS: Final = ("apiKey", "apiToken", "secretKey", "token", "password", "serviceAccount")
"""The credential keys Novu stores encrypted (its ``secure-credentials.ts``: ``nvsk.<iv>:<cipher>``)."""


ALWAYS_SECRET_HEADERS: Final = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "novu-api-key"}
)
"""HTTP headers whose whole value is a credential, whatever it looks like (lower case)."""


STORED_PREFIX: Final = "nvsk."
"""How a secret credential Novu stores encrypted begins (see ``stored_form``)."""


def stored_form(iv_hex: str, cipher_hex: str) -> str:
    """A secret credential as Novu stores it and its write replies carry: ``nvsk.<iv>:<cipher>``."""
    return f"{STORED_PREFIX}{iv_hex}:{cipher_hex}"


def object_id(seconds: int, counter: int) -> str:
    """A 24-hex MongoDB ObjectId as the API makes them: a timestamp, zeroed middle bytes, a counter.

    The middle bytes (per-process random in MongoDB) are zero, which keeps the ids'
    entropy low enough that secret scanners do not take them for keys.
    """
    return f"{seconds:08x}{0:010x}{counter % 0x1000000:06x}"


@attrs.frozen
class SecretFormat:
    """One known shape of secret, found anywhere inside a string: by ``regex``, or by ``finder``."""

    name: str
    regex: str = ""
    flags: int = 0
    finder: Callable[[str], bool] | None = None

    def search(self, value: str) -> bool:
        """Whether ``value`` holds a secret of this format."""
        if self.finder is not None:
            return self.finder(value)
        return re.compile(self.regex, self.flags).search(value) is not None  # re caches compiled patterns


def _format(name: str, pattern: str, flags: int = 0) -> SecretFormat:
    return SecretFormat(name, pattern, flags)


def _has_userinfo_password(value: str) -> bool:
    r"""``scheme://user:password@host``: in a run of non-space characters, ``://``, then ``:``, then ``@``.

    A linear scan: a regex such as ``://\S*:\S+@`` takes cubic time on ``"://:" * 10_000``.
    """
    for run in value.split():
        start = run.find("://")
        if start < 0:
            continue
        after = run[start + 3 :]
        colon = after.find(":")
        if colon >= 0 and after.find("@", colon + 2) >= 0:
            return True
    return False


_AWS_SECRET_SHAPE = re.compile(r"(?<![0-9a-zA-Z/+])[0-9a-zA-Z/+]{40}")


def _has_aws_secret(value: str) -> bool:
    """A 40-character base64 run in a string that mentions AWS (scanners look for both, near each other)."""
    return "aws" in value.lower() and _AWS_SECRET_SHAPE.search(value) is not None


# Keep each format at least as broad as what scanners flag: over-redaction costs a fixture
# a readable value, under-redaction leaks a credential into a repository. A format only
# has to tell that a secret is there (the whole string is replaced), so quantifiers are
# bounded and possessive, and a format starts at a literal (a lookbehind checks what comes
# before): on hostile strings every search stays linear in their length, and fast.
SECRET_FORMATS: tuple[SecretFormat, ...] = (
    _format("Novu stored secret", re.escape(STORED_PREFIX) + r"[0-9a-f]{1,256}+:[0-9a-f]"),
    SecretFormat("URL with a userinfo password", finder=_has_userinfo_password),
    _format("JSON Web Token", r"eyJ[\w=-]{2,300}+\.[\w=-]{2}"),
    _format("Bearer token", r"\bBearer\s{1,10}+\S", re.IGNORECASE),
    _format("Basic auth header", r"\bBasic\s{1,10}+[A-Za-z0-9+/=]{8}"),
    _format("PEM private key", r"BEGIN[ A-Z0-9]{0,40}PRIVATE KEY"),
    _format("PGP private key block", r"BEGIN PGP PRIVATE KEY BLOCK"),
    _format("PuTTY private key", r"PuTTY-User-Key-File-\d"),
    _format("Stripe key", r"(?:sk|pk|rk)_(?:live|test)_\w{8}"),
    _format("Stripe webhook secret", r"whsec_[A-Za-z0-9+/=]{16}"),
    _format("Slack token", r"xox[abposr]-[\w-]|xapp-\d{1,20}+-[\w-]", re.IGNORECASE),
    _format("Slack webhook", r"hooks\.slack\.com/(?:services|workflows|triggers)/[\w/-]", re.IGNORECASE),
    _format("Discord webhook", r"discord(?:app)?\.com/api/webhooks/\d{1,30}+/[\w-]", re.IGNORECASE),
    _format(
        "Discord bot token",
        r"\.(?:(?<=[MNO][\w-]{23}\.)|(?<=[MNO][\w-]{24}\.)|(?<=[MNO][\w-]{25}\.))[\w-]{6}\.[\w-]{27}",
    ),
    _format("AWS access key id", r"(?:A3T[A-Z0-9]|ABIA|ACCA|AKIA|ASIA)[0-9A-Z]{16}"),
    SecretFormat("AWS secret access key", finder=_has_aws_secret),
    _format("SendGrid API key", r"SG\.[\w-]{16,100}+\.[\w-]{16}"),
    _format("Twilio account SID or API key", r"(?:AC|SK)[a-z0-9]{32}"),
    _format("GitHub token", r"gh[pousr]_\w{30}|github_pat_\w{22}"),
    _format(
        "GitLab token",
        r"(?:glpat|gldt|glft|glsoat|glrt|glcbt|glimt|glptt|glagent|gloas)-[\w-]{20}|GR1348941[\w-]{20}",
    ),
    _format("npm token", r"npm_[A-Za-z0-9]{36}|_authToken\s{0,10}+=\s{0,10}+\S"),
    _format("PyPI token", r"pypi-AgE[\w-]{50}"),
    _format("OpenAI API key", r"sk-[\w-]{0,100}T3BlbkFJ|sk-(?:proj|svcacct|admin)-[\w-]{20}"),
    _format("Anthropic API key", r"sk-ant-[\w-]{20}"),
    _format("Mailchimp API key", r"-us\d(?<=[0-9a-z]{32}-us\d)"),
    _format("Mailgun API key", r"key-[0-9a-zA-Z]{32}"),
    _format("Telegram bot token", r":(?<=\d{8}:)[\w-]{35}"),
    _format("Square token", r"sq0(?:csp|atp)-[\w\\-]{22}|EAAA[\w-]{60}"),
    _format("Google API key", r"AIza[\w-]{35}"),
    _format("Artifactory token", r"(?<![^\s=:\"])(?:AKC[a-zA-Z0-9]{10}|AP[\dA-F][a-zA-Z0-9]{8})"),
    _format("Azure storage key", r"AccountKey=[A-Za-z0-9+/=]{20}|[?&]sig=[\w%+/=-]{16}"),
    _format("Shopify token", r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"),
    _format("DigitalOcean token", r"do[por]_v1_[a-f0-9]{64}"),
    _format("Hugging Face token", r"hf_[A-Za-z]{30}"),
    _format("Postman API key", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
    _format("SoftLayer API URL", r"api\.softlayer\.com/soap/v3(?:\.1)?/[a-z0-9]{64}", re.IGNORECASE),
    _format(
        "secret assigned in text",
        r"(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|private[_-]?key|access[_-]?key)"
        r"\w{0,30}+[\"']?\s{0,10}+(?::=|=|:)\s{0,10}+[\"']?[^\s\"'<>{}$]",
        re.IGNORECASE,
    ),
)


@functools.cache
def _searchers() -> tuple[Callable[[str], object], ...]:
    """Every format as few calls as possible: the regexes joined into two patterns, then the finders.

    Compiled on first use: importing ``contracts`` stays cheap.
    """
    regexes = [f for f in SECRET_FORMATS if f.finder is None]
    sensitive = "|".join(f"(?:{f.regex})" for f in regexes if not f.flags & re.IGNORECASE)
    insensitive = "|".join(f"(?:{f.regex})" for f in regexes if f.flags & re.IGNORECASE)
    finders = tuple(f.finder for f in SECRET_FORMATS if f.finder is not None)
    return (re.compile(sensitive).search, re.compile(insensitive, re.IGNORECASE).search, *finders)


OBJECT_ID = re.compile(r"[0-9a-f]{24}")  # fullmatch: "$" would also take a trailing newline
_TOKEN = re.compile(r"[A-Za-z0-9+/=_]{20,}")  # not "-": slugs like identifiers are not secrets
_HEX = re.compile(r"[0-9a-fA-F]+")
_BASE64 = re.compile(r"[A-Za-z0-9+/=_-]+")
# Below the thresholds secret scanners use (detect-secrets: 3.0 bits for hex, 4.5 for base64).
_HEX_ENTROPY = 3.0
_TOKEN_ENTROPY = 4.0
_BASE64_ENTROPY = 4.3


def secret_formats(value: str) -> list[str]:
    """The names of the known formats found in ``value`` (for messages and tests)."""
    return [f.name for f in SECRET_FORMATS if f.search(value)]


def looks_secret(value: str) -> bool:
    """Whether a string holds a secret: a known format, or a long high-entropy token, anywhere in it."""
    if any(search(value) for search in _searchers()):
        return True
    if OBJECT_ID.fullmatch(value):
        return False
    if _HEX.fullmatch(value) and _hex_entropy(value) > _HEX_ENTROPY:
        return True  # a whole hex string, as scanners judge it
    if _BASE64.fullmatch(value) and _entropy(value) >= _BASE64_ENTROPY:
        return True  # a whole base64(url) string, dashes included
    for token in _TOKEN.findall(value):
        if OBJECT_ID.fullmatch(token):
            continue
        mixed = any(c.isdigit() for c in token) and any(c.isalpha() for c in token)
        threshold = _HEX_ENTROPY if _HEX.fullmatch(token) else _TOKEN_ENTROPY if mixed else None
        if threshold is not None and _entropy(token) >= threshold:
            return True
    return False


def _entropy(value: str) -> float:
    counts = Counter(value)
    return -sum(n / len(value) * math.log2(n / len(value)) for n in counts.values())


def _hex_entropy(value: str) -> float:
    """Scanners discount all-digit strings (numbers are rarely secrets); judge them the same way."""
    entropy = _entropy(value)
    if value.isdigit() and len(value) > 1:
        entropy -= 1.2 / math.log2(len(value))
    return entropy


# --- key names ------------------------------------------------------------------------------------

SECRET_NAME_WORDS = frozenset(
    {
        "auth",
        "authorization",
        "bearer",
        "cookie",
        "credential",
        "credentials",
        "jwt",
        "oauth",
        "pass",
        "passcode",
        "passphrase",
        "passwd",
        "password",
        "private",
        "pwd",
        "secret",
        "secrets",
        "session",
        "signature",
        "token",
        "tokens",
    }
)
"""A key with one of these words in it (``smtpPass``, ``auth_header``, ``X-Auth``) holds a secret."""

SECRET_KEY_QUALIFIERS = frozenset(
    {
        "access",
        "account",
        "api",
        "app",
        "auth",
        "client",
        "db",
        "encryption",
        "license",
        "master",
        "priv",
        "private",
        "secret",
        "service",
        "signing",
        "ssh",
        "storage",
    }
)
"""``<qualifier> key`` names a secret: ``apiKey``, ``private_key``, ``signing-key``, ``AccessKey``."""

SECRET_NAME_PARTS = (
    "apikey",
    "accesskey",
    "authorization",
    "credential",
    "passphrase",
    "passwd",
    "password",
    "privatekey",
    "secret",
    "serviceaccount",
    "signingkey",
    "token",
)
"""Found inside run-together lower-case names too (``smtppassword``, ``xapikey``)."""

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def name_words(key: str) -> list[str]:
    """The lower-case words of a camel, snake, kebab or dotted key: ``X-Api-Key`` is ``x api key``."""
    return [word.lower() for word in _WORDS.findall(key)]


def is_secret_key(key: str) -> bool:
    """Whether values under a key of this name are secrets (case-insensitive, any word separator)."""
    words = name_words(key)
    if SECRET_NAME_WORDS.intersection(words):
        return True
    pairs = itertools.pairwise(words)
    if any(word in ("key", "keys") and before in SECRET_KEY_QUALIFIERS for before, word in pairs):
        return True
    squashed = "".join(words)
    return any(part in squashed for part in SECRET_NAME_PARTS) or squashed.endswith(("pass", "auth"))
