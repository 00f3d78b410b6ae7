"""A member of a free-form object (``tlsOptions``) that the code reads with a fallback is there, with its
usual value, in half that code's objects: its branch (``tls.get("rejectUnauthorized") is False``) runs."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import _named
from strategies._generate import integration_payload, json_object
from strategies._profile import make_profile
from strategies._source import RandomSource


def _members(source: str) -> frozenset[str]:
    return _named.read_members(frozenset(_named.literals_in_source(source)))


@pytest.mark.parametrize(
    "read",
    [
        'tls.get("rejectUnauthorized") is False',
        "tls.get('minVersion', 'TLSv1.2') == 'TLSv1'",
        '"ciphers" in tls',
        'tls.pop("servername", None)',
    ],
)
def test_a_member_read_with_a_fallback_is_found(read: str) -> None:
    source = f'def f(p):\n    tls = p["credentials"].get("tlsOptions") or {{}}\n    return {read}\n'
    key = next(key for key in ("rejectUnauthorized", "minVersion", "ciphers", "servername") if key in read)
    assert _members(source) == {key}


def test_a_member_indexed_anywhere_is_left_to_come_and_go() -> None:
    """The buggy ``tls["rejectUnauthorized"]`` and the fixed ``.get`` side by side: absence is the bug."""
    source = (
        "def buggy(tls):\n    return tls['rejectUnauthorized']\n\n"
        "def fixed(tls):\n    return tls.get('rejectUnauthorized', True)\n"
    )
    assert _members(source) == frozenset()


@given(st.integers(0, 2**32), st.integers(0, 4), st.booleans())
def test_a_member_read_is_at_the_outer_level_of_the_object_and_nothing_else_changes(
    seed: int, depth: int, odd: bool
) -> None:
    """With its first usual value (False), unless the drawn member replaced it with another type."""
    made = json_object(RandomSource(seed), depth=depth, odd=odd, read=frozenset({"rejectUnauthorized"}))
    plain = json_object(RandomSource(seed), depth=depth, odd=odd)
    assert "rejectUnauthorized" in made
    assert made.keys() - plain.keys() <= {"rejectUnauthorized"}
    assert {key: made[key] for key in plain if key != "rejectUnauthorized"} == {
        key: value for key, value in plain.items() if key != "rejectUnauthorized"
    }


def _holding(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]) -> int:
    """Of 400 Custom SMTP payloads, how many have a ``tlsOptions`` holding ``rejectUnauthorized: false``."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(provider_id="nodemailer"), named=True)
    source = RandomSource(5)
    count = 0
    for _ in range(400):
        tls = integration_payload(source, profile).get("credentials", {}).get("tlsOptions")
        count += isinstance(tls, dict) and tls.get("rejectUnauthorized") is False
    return count


def test_half_that_codes_objects_hold_the_member(monkeypatch: pytest.MonkeyPatch) -> None:
    without = _holding(monkeypatch, frozenset())
    with_read = _holding(monkeypatch, frozenset({_named.Member("rejectUnauthorized")}))
    # measured: 21 and 119 of 400 (362 hold an object; half of them is 181, less those replaced by the draw)
    assert with_read >= 4 * max(without, 1), (without, with_read)
