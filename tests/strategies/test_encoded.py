"""A field the code under test encodes with no error handler ends, more often, in what its codec refuses:
a lone surrogate for UTF-8 (a JSON string may hold one), ``€`` for ASCII and Latin-1."""

from __future__ import annotations

from typing import Literal

import attrs
import pytest

from strategies import _named
from strategies._generate import integration_payload
from strategies._profile import make_profile
from strategies._source import RandomSource
from strategies._text import HIGH_HALF

# codec argument as written -> what trips it (None: the encode refuses nothing a payload holds)
Codec = Literal["utf", "narrow"]
CODECS: dict[str, Codec | None] = {
    "": "utf",
    "'utf-8'": "utf",
    "'UTF8'": "utf",
    "encoding='utf_8'": "utf",
    "'utf-16'": "utf",
    "'latin-1'": "narrow",
    "'iso-8859-1'": "narrow",
    "'ascii'": "narrow",
    "'utf-8', 'surrogatepass'": None,
    "'latin-1', 'surrogatepass'": "narrow",  # lets surrogates through, not €
    "'utf-8', 'surrogateescape'": "utf",  # passes only the surrogates it made
    "'utf-8', 'strict'": "utf",
    "errors='strict'": "utf",
    "**options": None,
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


@pytest.mark.parametrize("codec", sorted(CODECS))
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("wire", sorted(READS))
def test_a_strict_encode_of_a_field_is_found_with_what_trips_its_codec(
    codec: str, form: str, wire: str
) -> None:
    source = "import hashlib\n\ndef f(p, options):\n" + form.format(read=READS[wire], codec=codec) + "\n"
    family = CODECS[codec]
    found = _encoded(source)
    assert {e for e in found if e.wire == wire} == (
        set() if family is None else {_named.Encoded(wire, family)}
    )


@pytest.mark.parametrize(
    "source",
    [
        "def f(p):\n    return 'fixed'.encode()\n",
        "def f(p, other):\n    return other.encode('latin-1')\n",
        # a helper encoding whatever it is given: its parameter's name is no field read
        "def to_bytes(value):\n    return value.encode()\n",
        "def header(name, value):\n    return f'{name}: {value}'.encode('latin-1')\n",
    ],
)
def test_an_encode_of_what_no_field_holds_is_not_found(source: str) -> None:
    assert _encoded(source) == set()


@pytest.mark.parametrize(
    ("source", "found"),
    [
        # nothing but the encode says the module is worth parsing (the cheap look must not skip it)
        ("def f(row):\n    n = row['name']\n    return n.encode(errors='strict')\n", ("name", "utf")),
        ("def f(row):\n    n = row['name']\n    return n.encode('us_ascii')\n", ("name", "narrow")),
        (
            "def f(row):\n    n: str = row['name'] or row['identifier']\n    return n.encode()\n",
            ("identifier", "utf"),
        ),
    ],
)
def test_an_encode_alone_makes_the_module_read(source: str, found: tuple[str, Codec]) -> None:
    wire, codec = found
    assert _named.Encoded(wire, codec) in _encoded(source)


def _ending_in(
    monkeypatch: pytest.MonkeyPatch,
    literals: frozenset[_named.NamedLiteral],
    key: str,
    end: str,
    *,
    edge: bool,
    unpaired: bool = True,
) -> int:
    """Of 400 Twilio payloads made for code naming ``literals``, how many have credential ``key`` ending in
    ``end`` (inside the brackets a secret may come in)."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(provider_id="twilio", edge_cases=edge), named=True, unpaired=unpaired)
    source = RandomSource(3)
    count = 0
    for _ in range(400):
        value = integration_payload(source, profile).get("credentials", {}).get(key)
        count += isinstance(value, str) and end in value  # secrets come bracketed: <fake-…>
    return count


@pytest.mark.parametrize(("codec", "end"), [("utf", HIGH_HALF), ("narrow", "€")])
def test_a_field_the_code_encodes_ends_in_what_its_codec_refuses_more_often(
    monkeypatch: pytest.MonkeyPatch, codec: Codec, end: str
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
    narrow = frozenset({_named.Encoded("token", "narrow")})
    for end in ("€", HIGH_HALF):
        assert _ending_in(monkeypatch, both, "token", end, edge=True) == _ending_in(
            monkeypatch, narrow, "token", end, edge=True
        )


def test_a_narrow_codec_meets_euro_signs_without_lone_surrogates(monkeypatch: pytest.MonkeyPatch) -> None:
    """``€`` is plain text: a profile without lone surrogates (orjson users) still gets it."""
    narrow = frozenset({_named.Encoded("token", "narrow")})
    without = _ending_in(monkeypatch, frozenset(), "token", "€", edge=True, unpaired=False)
    assert _ending_in(monkeypatch, narrow, "token", "€", edge=True, unpaired=False) > 3 * max(without, 1)
    utf = frozenset({_named.Encoded("token", "utf")})
    assert _ending_in(monkeypatch, utf, "token", HIGH_HALF, edge=True, unpaired=False) == 0


def test_without_edge_cases_an_encode_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    for end in ("€", HIGH_HALF):
        assert (
            _ending_in(monkeypatch, frozenset({_named.Encoded("token", "narrow")}), "token", end, edge=False)
            == 0
        )


def _unusual_digits(value: str) -> bool:
    return any(character.isdigit() and not character.isascii() for character in value)


def test_a_trap_for_the_codes_checks_comes_without_the_codecs_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """Code that checks a sender's digits (a ``\\d`` pattern) and then encodes it as ASCII: the digit trap
    comes intact, as a ``€`` after it would have the check refuse it before the encode."""
    literals = frozenset({_named.Encoded("from", "narrow"), _named.Check("digits")})
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(provider_id="twilio", edge_cases=True), named=True)
    source = RandomSource(5)
    senders = [integration_payload(source, profile).get("credentials", {}).get("from") for _ in range(600)]
    trapped = [s for s in senders if isinstance(s, str) and _unusual_digits(s)]
    others = [s for s in senders if isinstance(s, str) and not _unusual_digits(s)]
    assert trapped
    assert not [s for s in trapped if s.endswith("€")]
    assert [s for s in others if s.endswith("€")]  # the codec's end still comes on other values
