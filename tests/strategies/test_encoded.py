"""A field the code under test encodes with no error handler ends, more often, in what its codec refuses:
a lone surrogate for UTF-8 (a JSON string may hold one), ``€`` for ASCII and Latin-1."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from strategies import _named
from strategies._generate import integration_payload
from strategies._profile import make_profile
from strategies._source import RandomSource
from strategies._text import HIGH_HALF

# codec argument as written -> what trips it (None: the encode refuses nothing a payload holds)
CODECS = {
    "": "utf",
    "'utf-8'": "utf",
    "'UTF8'": "utf",
    "encoding='utf_8'": "utf",
    "'utf-16'": "utf",
    "'latin-1'": "narrow",
    "'iso-8859-1'": "narrow",
    "'ascii'": "narrow",
    "'utf-8', 'surrogatepass'": None,
    "'utf-8', errors='replace'": None,
    "'latin-1', 'ignore'": None,
    "'utf-8', errors='strict'": "utf",
    "'idna'": None,
    "'cp1252'": None,
}
# How the code comes to encode a field: {read} is the read, {codec} the arguments.
FORMS = (
    "    return {read}.encode({codec})",
    "    value = {read}\n    return value.encode({codec})",
    "    value = {read}.strip()\n    return hashlib.sha256(value.encode({codec}))",
    "    return f\"{{p['_id']}}:{{{read}}}\".encode({codec})",
    "    pair = 'x:' + {read}\n    return pair.encode({codec})",
    "    value = {read} or p['_id'] or ''\n    return value.encode({codec})",
)
READS = {
    "secretKey": "p['credentials'].get('secretKey')",
    "name": "p['name']",
    "token": "p['credentials']['token']",
}


def _encoded(source: str) -> set[_named.Encoded]:
    return {found for found in _named.literals_in_source(source) if isinstance(found, _named.Encoded)}


@given(st.sampled_from(sorted(CODECS)), st.sampled_from(FORMS), st.sampled_from(sorted(READS)))
@example(codec="'utf-8', 'surrogatepass'", form=FORMS[0], wire="secretKey")  # the fix: nothing to trip
def test_a_strict_encode_of_a_field_is_found_with_what_trips_its_codec(
    codec: str, form: str, wire: str
) -> None:
    source = "import hashlib\n\ndef f(p):\n" + form.format(read=READS[wire], codec=codec) + "\n"
    family = CODECS[codec]
    found = _encoded(source)
    assert {e for e in found if e.wire == wire} == (
        set() if family is None else {_named.Encoded(wire, family)}
    )


def test_an_encode_of_what_no_field_holds_is_not_found() -> None:
    assert _encoded("def f(p):\n    return 'fixed'.encode()\n") == set()
    assert _encoded("def f(p, other):\n    return other.encode('latin-1')\n") == set()


def _ending_in(
    monkeypatch: pytest.MonkeyPatch,
    literals: frozenset[_named.NamedLiteral],
    key: str,
    end: str,
    *,
    edge: bool,
) -> int:
    """Of 400 Twilio payloads made for code naming ``literals``, how many have credential ``key`` ending in
    ``end`` (inside the brackets a secret may come in)."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(provider_id="twilio", edge_cases=edge), named=True, unpaired=True)
    source = RandomSource(3)
    count = 0
    for _ in range(400):
        value = integration_payload(source, profile).get("credentials", {}).get(key)
        count += isinstance(value, str) and end in value  # secrets come bracketed: <fake-…>
    return count


@pytest.mark.parametrize(("codec", "end"), [("utf", HIGH_HALF), ("narrow", "€")])
def test_a_field_the_code_encodes_ends_in_what_its_codec_refuses_more_often(
    monkeypatch: pytest.MonkeyPatch, codec: str, end: str
) -> None:
    without = _ending_in(monkeypatch, frozenset(), "token", end, edge=True)
    with_encode = _ending_in(
        monkeypatch, frozenset({_named.Encoded("token", codec)}), "token", end, edge=True
    )
    # measured: a lone surrogate 28 and 68 of 400 (hostile picks carry some), € 0 and 41
    assert with_encode >= 2 * max(without, 1), (without, with_encode)
    # another field is not favoured
    other = _ending_in(monkeypatch, frozenset({_named.Encoded("token", codec)}), "accountSid", end, edge=True)
    assert other < with_encode / 2, (other, with_encode)


def test_a_field_both_narrow_and_utf_codecs_read_ends_in_text_the_utf_one_takes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The buggy code encodes as Latin-1, the fix as UTF-8: a lone surrogate would trip the fix too."""
    both = frozenset({_named.Encoded("token", "utf"), _named.Encoded("token", "narrow")})
    assert _ending_in(monkeypatch, both, "token", "€", edge=True) > 40
    assert _ending_in(monkeypatch, both, "token", HIGH_HALF, edge=True) < 40


def test_without_edge_cases_an_encode_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    for end in ("€", HIGH_HALF):
        assert (
            _ending_in(monkeypatch, frozenset({_named.Encoded("token", "narrow")}), "token", end, edge=False)
            == 0
        )
