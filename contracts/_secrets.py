"""What a secret looks like: known token formats, secret-sounding key names, high-entropy tokens.

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

import attrs


@attrs.frozen
class SecretFormat:
    """One known shape of secret, found anywhere inside a string."""

    name: str
    regex: str
    flags: int = 0

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled ``regex`` (compiled on first use, then from ``re``'s cache: imports stay cheap)."""
        return re.compile(self.regex, self.flags)


def _format(name: str, pattern: str, flags: int = 0) -> SecretFormat:
    return SecretFormat(name, pattern, flags)


# Keep each pattern at least as broad as what scanners flag: over-redaction costs a
# fixture a readable value, under-redaction leaks a credential into a repository.
SECRET_FORMATS: tuple[SecretFormat, ...] = (
    _format("Novu stored secret", r"nvsk\.[0-9a-f]+:[0-9a-f]+"),
    _format("URL with a userinfo password", r"://\S*:\S+@"),
    _format("JSON Web Token", r"eyJ[\w=-]{2,}\.[\w=-]{2,}"),
    _format("Bearer token", r"\bBearer\s+\S+", re.IGNORECASE),
    _format("Basic auth header", r"\bBasic\s+[A-Za-z0-9+/=]{8,}"),
    _format("PEM private key", r"BEGIN[ A-Z0-9]*PRIVATE KEY"),
    _format("PGP private key block", r"BEGIN PGP PRIVATE KEY BLOCK"),
    _format("PuTTY private key", r"PuTTY-User-Key-File-\d"),
    _format("Stripe key", r"(?:sk|pk|rk)_(?:live|test)_\w{8,}|(?:r|s)k_live_[0-9a-zA-Z]{8,}"),
    _format("Stripe webhook secret", r"whsec_[A-Za-z0-9+/=]{16,}"),
    _format("Slack token", r"xox[abposr]-[\w-]+|xapp-\d+-[\w-]+", re.IGNORECASE),
    _format("Slack webhook", r"hooks\.slack\.com/(?:services|workflows|triggers)/[\w/-]+", re.IGNORECASE),
    _format("Discord webhook", r"discord(?:app)?\.com/api/webhooks/\d+/[\w-]+", re.IGNORECASE),
    _format("Discord bot token", r"[MNO][\w-]{23,25}\.[\w-]{6}\.[\w-]{27}"),
    _format("AWS access key id", r"(?:A3T[A-Z0-9]|ABIA|ACCA|AKIA|ASIA)[0-9A-Z]{16}"),
    _format(
        "AWS secret access key",
        r"aws.{0,20}?(?:key|pwd|pw|password|pass|token).{0,20}?[0-9a-zA-Z/+]{40}",
        re.IGNORECASE,
    ),
    _format("SendGrid API key", r"SG\.[\w-]{16,}\.[\w-]{16,}"),
    _format("Twilio account SID or API key", r"(?:AC|SK)[a-z0-9]{32}"),
    _format("GitHub token", r"gh[pousr]_\w{30,}|github_pat_\w{22,}"),
    _format(
        "GitLab token",
        r"(?:glpat|gldt|glft|glsoat|glrt|glcbt|glimt|glptt|glagent|gloas)-[\w-]{20,}|GR1348941[\w-]{20,}",
    ),
    _format("npm token", r"npm_[A-Za-z0-9]{36}|_authToken\s*=\s*\S+"),
    _format("PyPI token", r"pypi-AgE[\w-]{50,}"),
    _format("OpenAI API key", r"sk-[\w-]*T3BlbkFJ[\w-]*|sk-(?:proj|svcacct|admin)-[\w-]{20,}"),
    _format("Anthropic API key", r"sk-ant-[\w-]{20,}"),
    _format("Mailchimp API key", r"[0-9a-z]{32}-us\d{1,2}"),
    _format("Mailgun API key", r"key-[0-9a-zA-Z]{32}"),
    _format("Telegram bot token", r"\d{8,10}:[\w-]{35}"),
    _format("Square token", r"sq0(?:csp|atp)-[\w\\-]{22,}|EAAA[\w-]{60}"),
    _format("Google API key", r"AIza[\w-]{35}"),
    _format("Artifactory token", r"(?:^|[\s=:\"])(?:AKC[a-zA-Z0-9]{10,}|AP[\dA-F][a-zA-Z0-9]{8,})"),
    _format("Azure storage key", r"AccountKey=[A-Za-z0-9+/=]{20,}|[?&]sig=[\w%+/=-]{16,}"),
    _format("Shopify token", r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}"),
    _format("DigitalOcean token", r"do[por]_v1_[a-f0-9]{64}"),
    _format("Hugging Face token", r"hf_[A-Za-z]{30,}"),
    _format("Postman API key", r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
    _format("SoftLayer API URL", r"api\.softlayer\.com/soap/v3(?:\.1)?/[a-z0-9]{64}", re.IGNORECASE),
    _format(
        "secret assigned in text",
        r"(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|private[_-]?key|access[_-]?key)"
        r"\w*[\"']?\s*(?::=|=|:)\s*[\"']?[^\s\"'<>{}$][^\s\"']*",
        re.IGNORECASE,
    ),
)


@functools.cache
def _any_format() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """All formats as two patterns (case-sensitive, case-insensitive): one search per string, not 37.

    Compiled on first use: importing ``contracts`` stays cheap.
    """
    sensitive = [f.regex for f in SECRET_FORMATS if not f.flags & re.IGNORECASE]
    insensitive = [f.regex for f in SECRET_FORMATS if f.flags & re.IGNORECASE]
    return (
        re.compile("|".join(f"(?:{p})" for p in sensitive)),
        re.compile("|".join(f"(?:{p})" for p in insensitive), re.IGNORECASE),
    )


OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")
_TOKEN = re.compile(r"[A-Za-z0-9+/=_]{20,}")  # not "-": slugs like identifiers are not secrets
_HEX = re.compile(r"^[0-9a-fA-F]+$")
_BASE64 = re.compile(r"^[A-Za-z0-9+/=_-]+$")
# Below the thresholds secret scanners use (detect-secrets: 3.0 bits for hex, 4.5 for base64).
_HEX_ENTROPY = 3.0
_TOKEN_ENTROPY = 4.0
_BASE64_ENTROPY = 4.3


def secret_formats(value: str) -> list[str]:
    """The names of the known formats found in ``value`` (for messages and tests)."""
    return [f.name for f in SECRET_FORMATS if f.pattern.search(value)]


def looks_secret(value: str) -> bool:
    """Whether a string holds a secret: a known format, or a long high-entropy token, anywhere in it."""
    if any(pattern.search(value) for pattern in _any_format()):
        return True
    if OBJECT_ID.match(value):
        return False
    if _HEX.match(value) and _hex_entropy(value) > _HEX_ENTROPY:
        return True  # a whole hex string, as scanners judge it
    if _BASE64.match(value) and _entropy(value) >= _BASE64_ENTROPY:
        return True  # a whole base64(url) string, dashes included
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
    "signingkey",
    "token",
)
"""Found inside run-together lower-case names too (``smtppassword``, ``xapikey``)."""

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def name_words(key: str) -> list[str]:
    """The lower-case words of a camel, snake, kebab or dotted key: ``X-Api-Key`` is ``x api key``."""
    return [word.lower() for word in _WORDS.findall(key)]


def is_secret_key_name(key: str) -> bool:
    """Whether values under a key of this name are secrets (case-insensitive, any word separator)."""
    words = name_words(key)
    if SECRET_NAME_WORDS.intersection(words):
        return True
    pairs = itertools.pairwise(words)
    if any(word in ("key", "keys") and before in SECRET_KEY_QUALIFIERS for before, word in pairs):
        return True
    squashed = "".join(words)
    return any(part in squashed for part in SECRET_NAME_PARTS) or squashed.endswith(("pass", "auth"))
