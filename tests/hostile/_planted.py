"""Secrets of known formats, built at run time from random parts (no real-looking secret in this file).

Each builder takes a ``random.Random`` and returns a ``Planted``: the string to plant and
the part of it that must never survive redaction.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from typing import NamedTuple

from hypothesis import strategies as st

HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


class Planted(NamedTuple):
    text: str
    secret: str  # what must not survive (the whole text, or its secret part)


def _pick(rnd: random.Random, alphabet: str, size: int) -> str:
    return "".join(rnd.choice(alphabet) for _ in range(size))


def _whole(make: Callable[[random.Random], str]) -> Callable[[random.Random], Planted]:
    def build(rnd: random.Random) -> Planted:
        text = make(rnd)
        return Planted(text, text)

    return build


def _url_password(scheme: str, user: str, host: str) -> Callable[[random.Random], Planted]:
    def build(rnd: random.Random) -> Planted:
        password = _pick(rnd, ALNUM, 14)
        return Planted(f"{scheme}://{user}:{password}@{host}", password)

    return build


def _pem(label: str) -> Callable[[random.Random], Planted]:
    def build(rnd: random.Random) -> Planted:
        body = _pick(rnd, B64, 64)
        return Planted(f"-----BEGIN {label}-----\n{body}\n-----END {label}-----\n", body)

    return build


FORMATS: dict[str, Callable[[random.Random], Planted]] = {
    "SendGrid API key": _whole(lambda r: "SG." + _pick(r, B64URL, 22) + "." + _pick(r, B64URL, 43)),
    "Twilio account SID": _whole(lambda r: "AC" + _pick(r, HEX, 32)),
    "Twilio API key": _whole(lambda r: "SK" + _pick(r, HEX, 32)),
    "AWS access key id": _whole(lambda r: "AKIA" + _pick(r, UPPER_DIGITS, 16)),
    "AWS secret access key": _whole(lambda r: _pick(r, B64, 40)),
    "Slack bot token": _whole(
        lambda r: (
            "xoxb-"
            + _pick(r, string.digits, 11)
            + "-"
            + _pick(r, string.digits, 12)
            + "-"
            + _pick(r, ALNUM, 24)
        )
    ),
    "Slack webhook": _whole(
        lambda r: (
            "https://hooks.slack.com/services/T"
            + _pick(r, UPPER_DIGITS, 8)
            + "/B"
            + _pick(r, UPPER_DIGITS, 10)
            + "/"
            + _pick(r, ALNUM, 24)
        )
    ),
    "Discord webhook": _whole(
        lambda r: (
            "https://discord.com/api/webhooks/" + _pick(r, string.digits, 18) + "/" + _pick(r, B64URL, 68)
        )
    ),
    "Discord bot token": _whole(
        lambda r: "M" + _pick(r, B64URL, 23) + "." + _pick(r, B64URL, 6) + "." + _pick(r, B64URL, 27)
    ),
    "PEM RSA private key": _pem("RSA PRIVATE KEY"),
    "PEM OpenSSH private key": _pem("OPENSSH PRIVATE KEY"),
    "PGP private key block": _pem("PGP PRIVATE KEY BLOCK"),
    "JSON Web Token": _whole(
        lambda r: "eyJ" + _pick(r, B64URL, 20) + ".eyJ" + _pick(r, B64URL, 30) + "." + _pick(r, B64URL, 43)
    ),
    "GitHub personal token": _whole(lambda r: "ghp_" + _pick(r, ALNUM, 36)),
    "GitHub fine-grained token": _whole(
        lambda r: "github_pat_" + _pick(r, ALNUM, 22) + "_" + _pick(r, ALNUM, 59)
    ),
    "GitLab token": _whole(lambda r: "glpat-" + _pick(r, B64URL, 20)),
    "Stripe secret key": _whole(lambda r: "sk_" + "live_" + _pick(r, ALNUM, 24)),
    "Stripe restricted key": _whole(lambda r: "rk_" + "live_" + _pick(r, ALNUM, 24)),
    "Stripe webhook secret": _whole(lambda r: "whsec_" + _pick(r, ALNUM, 32)),
    "npm token": _whole(lambda r: "npm_" + _pick(r, ALNUM, 36)),
    "PyPI token": _whole(lambda r: "pypi-AgEIcHlwaS5vcmc" + _pick(r, B64URL, 70)),
    "OpenAI API key": _whole(lambda r: "sk-" + _pick(r, ALNUM, 20) + "T3BlbkFJ" + _pick(r, ALNUM, 20)),
    "Anthropic API key": _whole(lambda r: "sk-ant-api03-" + _pick(r, B64URL, 80)),
    "Mailchimp API key": _whole(lambda r: _pick(r, HEX, 32) + "-us" + str(r.randint(1, 20))),
    "Mailgun API key": _whole(lambda r: "key-" + _pick(r, HEX, 32)),
    "Telegram bot token": _whole(lambda r: _pick(r, string.digits, 9) + ":" + _pick(r, B64URL, 35)),
    "Square OAuth secret": _whole(lambda r: "sq0csp-" + _pick(r, B64URL, 43)),
    "Google API key": _whole(lambda r: "AIza" + _pick(r, B64URL, 35)),
    "Azure storage connection string": _whole(
        lambda r: "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=" + _pick(r, B64, 86) + "==;"
    ),
    "Shopify token": _whole(lambda r: "shpat_" + _pick(r, HEX, 32)),
    "DigitalOcean token": _whole(lambda r: "dop_v1_" + _pick(r, HEX, 64)),
    "Hugging Face token": _whole(lambda r: "hf_" + _pick(r, string.ascii_letters, 34)),
    "Artifactory token": _whole(lambda r: "AKCp" + _pick(r, ALNUM, 69)),
    "Postman API key": _whole(lambda r: "PMAK-" + _pick(r, HEX, 24) + "-" + _pick(r, HEX, 34)),
    "Novu stored secret": _whole(lambda r: "nvsk." + _pick(r, HEX, 32) + ":" + _pick(r, HEX, 32)),
    "Bearer token": _whole(lambda r: "Bearer " + _pick(r, ALNUM, 40)),
    "postgres URL password": _url_password("postgres", "admin", "db.internal:5432/app"),
    "https URL password": _url_password("https", "deploy", "git.acme-corp.io/repo.git"),
    "high-entropy token": _whole(lambda r: _pick(r, ALNUM, 40)),
}


def planted(name: str, seed: object) -> Planted:
    """The secret of format ``name`` for ``seed`` (reproducible)."""
    return FORMATS[name](random.Random(f"{name}:{seed}"))


def planted_secrets() -> st.SearchStrategy[Planted]:
    """A secret of any known format."""
    return st.tuples(st.sampled_from(sorted(FORMATS)), st.integers(0, 2**32)).map(lambda pair: planted(*pair))
