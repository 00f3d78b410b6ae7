"""Code that looks for a PEM block (``"-----BEGIN PRIVATE KEY-----" in key``) meets PEM secrets more
often, labelled as it looks for them; other code never meets a private key's header."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from strategies import _formats, _named
from strategies._generate import integration_payload
from strategies._profile import make_profile
from strategies._source import RandomSource

LABELS = ("PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY", "CERTIFICATE", "OPENSSH PRIVATE KEY")


def _scan(source: str) -> set[_named.NamedLiteral]:
    return _named.literals_in_source(source)


@given(st.sampled_from(LABELS), st.sampled_from(["{h!r} in key", "key.startswith({h!r})"]))
def test_a_header_the_code_looks_for_names_its_label(label: str, use: str) -> None:
    header = f"-----BEGIN {label}-----"
    found = _scan(f"def read(key):\n    return {use.format(h=header)}\n")
    assert _named.pem_labels(frozenset(found)) == (label,)
    assert _named.Check("pem") in found


def test_a_pattern_of_any_header_is_a_pem_check_without_a_label() -> None:
    found = _scan('import re\nPEM = re.compile(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \\1-----")\n')
    assert _named.Check("pem") in found
    assert _named.pem_labels(frozenset(found)) == ()


@pytest.mark.parametrize("source", ["KEY = 'BEGIN PRIVATE KEY'\n", "X = '-----END CERTIFICATE-----'\n"])
def test_no_header_no_pem_check(source: str) -> None:
    assert _named.Check("pem") not in _scan(source)


@given(st.text(), st.sampled_from(LABELS))
@example("secret", "PRIVATE KEY")
def test_relabelled_changes_only_the_block_lines(secret: str, label: str) -> None:
    pem = _formats._pem(secret, "\r\n")
    relabelled = _formats.relabelled(pem, label)
    assert relabelled.startswith(f"-----BEGIN {label}-----\r\n")
    assert relabelled.endswith(f"-----END {label}-----\r\n")
    assert relabelled.splitlines()[1:-1] == pem.splitlines()[1:-1]


def _secrets(literals: frozenset[_named.NamedLiteral], seed: int, count: int = 300) -> list[str]:
    """The APNs secret keys of ``count`` payloads generated as for code that names ``literals``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_named, "named_literals", lambda: literals)
        profile = attrs.evolve(make_profile(provider_id="apns"), named=True)
        source = RandomSource(seed)
        payloads = [integration_payload(source, profile) for _ in range(count)]
    return [json.dumps(p.get("credentials", {}).get("secretKey")) for p in payloads]


def test_code_that_looks_for_a_private_key_meets_one() -> None:
    named: frozenset[_named.NamedLiteral] = frozenset({_named.PemLabel("PRIVATE KEY"), _named.Check("pem")})
    secrets = _secrets(named, seed=3)
    with_header = sum("-----BEGIN PRIVATE KEY-----" in s for s in secrets)
    assert with_header >= 30  # of 300: half the payloads take the code's checks, most of them odd formats
    assert sum("\\r\\n-----END PRIVATE KEY-----" in s for s in secrets) >= 10  # Windows line endings too


@given(st.integers(0, 2**32))
def test_other_code_never_meets_a_private_key_header(seed: int) -> None:
    # A private key's header trips secret scanners: fixtures and other tests never carry one.
    nothing: frozenset[_named.NamedLiteral] = frozenset()
    assert not any("PRIVATE KEY" in s for s in _secrets(nothing, seed, count=20))
