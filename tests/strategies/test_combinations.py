"""A table keyed by combinations of credential flags that leaves some out (``MODES[(require, ignore)]``
with no ``(True, True)``): that code's payloads take a combination it leaves out more often."""

from __future__ import annotations

import attrs
import pytest

from strategies import _named
from strategies._generate import integration_payload
from strategies._profile import make_profile
from strategies._source import RandomSource

TABLE = "MODES = {(False, False): 'opportunistic', (True, False): 'required', (False, True): 'plain'}\n\n"


def _combinations(source: str) -> set[_named.Combination]:
    return {found for found in _named.literals_in_source(source) if isinstance(found, _named.Combination)}


@pytest.mark.parametrize(
    "lookup",
    [
        "MODES[(c.get('requireTls', False), c.get('ignoreTls', False))]",
        "MODES[(bool(c.get('requireTls')), bool(c.get('ignoreTls')))]",
        "MODES[(c.get('requireTls') is True, c.get('ignoreTls') is True)]",
        "MODES.get((c['requireTls'], c['ignoreTls']), 'plain')",
    ],
)
def test_a_flag_combination_a_table_leaves_out_is_found(lookup: str) -> None:
    source = TABLE + f"def mode(c):\n    return {lookup}\n"
    assert _combinations(source) == {_named.Combination(("requireTls", "ignoreTls"), (True, True))}


@pytest.mark.parametrize(
    "source",
    [
        # every combination there
        "MODES = {(False, False): 1, (True, False): 2, (False, True): 3, (True, True): 4}\n\n"
        "def mode(c):\n    return MODES[(c.get('requireTls'), c.get('ignoreTls'))]\n",
        # looked up with what is no credential flag
        TABLE + "def mode(c, a, b):\n    return MODES[(a, b)]\n",
        TABLE + "def mode(p):\n    return MODES[(p['name'], p['identifier'])]\n",
        # keys that are not all booleans
        "MODES = {(False, 'x'): 1}\n\ndef mode(c):\n    return MODES[(c['requireTls'], c['ignoreTls'])]\n",
        # a table of more flags than a branch switches on (MAX_FLAGS)
        "MODES = {(False, False, False, False, False): 1}\n\ndef mode(c):\n"
        "    return MODES[(c['secure'], c['requireTls'], c['ignoreTls'], c['hmac'], c['secure'])]\n",
    ],
)
def test_no_combination_where_none_is_left_out_of_flags(source: str) -> None:
    assert _combinations(source) == set()


def _both_on(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral], *, edge: bool) -> int:
    """Of 400 Custom SMTP payloads, how many have both requireTls and ignoreTls on."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(provider_id="nodemailer", edge_cases=edge), named=True)
    source = RandomSource(4)
    count = 0
    for _ in range(400):
        credentials = integration_payload(source, profile).get("credentials", {})
        count += credentials.get("requireTls") is True and credentials.get("ignoreTls") is True
    return count


def test_that_codes_payloads_take_the_combination_more_often(monkeypatch: pytest.MonkeyPatch) -> None:
    left_out = frozenset({_named.Combination(("requireTls", "ignoreTls"), (True, True))})
    without = _both_on(monkeypatch, frozenset(), edge=True)
    with_table = _both_on(monkeypatch, left_out, edge=True)
    # measured: 68 and 170 of 400 (a quarter of the combinations by chance; half the payloads take it)
    assert with_table >= 2 * max(without, 1), (without, with_table)
    assert _both_on(monkeypatch, left_out, edge=False) == _both_on(monkeypatch, frozenset(), edge=False)
