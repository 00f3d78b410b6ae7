"""A credential key or an optional top-level key the code under test indexes with no fallback
(``credentials["tokenKey"]``, ``payload["conditions"]``) is missing more often in that code's tests: the
contract makes it optional, so its ``KeyError`` is there."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from contracts import contract
from contracts._shape import ObjectShape
from strategies import _named
from strategies._generate import _Draw, _without_one_read, integration_payload
from strategies._profile import make_profile
from strategies._providers import providers
from strategies._source import RandomSource

KEYS = sorted({key for p in providers() for key in p.credential_keys})
GUARDS = ("creds.get({k!r})", "{k!r} in creds", "{k!r} not in creds", "creds.pop({k!r}, None)")


def _subscripted(source: str) -> frozenset[str]:
    return _named.subscripted_keys(frozenset(_named.literals_in_source(source)))


# Read from the declaration: a field made optional there is looked for with no other change.
OPTIONAL = sorted(field.wire for field in contract().shape.fields if not field.required)
READS = ("creds[{k!r}]", "creds[{k!r}].split('.')", "creds.get({k!r}).strip()", "creds.get({k!r})[0]")


@given(st.sampled_from(KEYS), st.sampled_from(READS))
@example("authenticationTokenKey", READS[0])
def test_a_key_read_with_no_fallback_is_found(key: str, read: str) -> None:
    assert _subscripted(f"def read(creds):\n    return {read.format(k=key)}\n") == {key}


@given(st.sampled_from(OPTIONAL), st.sampled_from(READS))
@example("conditions", "payload[{k!r}][0]")
def test_an_optional_top_level_key_read_with_no_fallback_is_found(key: str, read: str) -> None:
    source = f"def read(payload):\n    return {read.replace('creds', 'payload').format(k=key)}\n"
    assert _subscripted(source) == {key}


def test_the_optional_top_level_keys_are_the_declared_ones() -> None:
    assert {"_id", "conditions", "deletedAt", "deletedBy"} <= set(OPTIONAL)
    assert not {"providerId", "channel", "active"} & set(OPTIONAL)


def _conditions_absent(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]) -> int:
    """Of 400 payloads, how many have no ``conditions`` key."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(), named=True)
    source = RandomSource(5)
    return sum("conditions" not in integration_payload(source, profile) for _ in range(400))


def test_code_that_indexes_an_optional_top_level_key_meets_its_absence_more_often(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    without = _conditions_absent(monkeypatch, frozenset())
    indexed = _conditions_absent(monkeypatch, frozenset({_named.Subscripted("conditions")}))
    assert indexed >= 2 * max(without, 1)
    assert indexed < 300  # still there in many payloads: the code's other bugs are past the read


@given(st.integers(0, 2**32))
def test_conditions_asked_for_are_never_left_out(seed: int) -> None:
    profile = attrs.evolve(make_profile(conditions=True), named=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_named, "named_literals", lambda: frozenset({_named.Subscripted("conditions")}))
        source = RandomSource(seed)
        assert all(integration_payload(source, profile)["conditions"] for _ in range(5))


@given(st.sampled_from(KEYS), st.sampled_from(GUARDS))
def test_a_key_the_same_function_looks_for_first_is_guarded(key: str, guard: str) -> None:
    body = f"    if {guard.format(k=key)}:\n        return creds[{key!r}]\n"
    assert _subscripted(f"def read(creds):\n{body}") == frozenset()
    # Another function's guard guards nothing here.
    other = f"def careful(creds):\n    return {guard.format(k=key)}\n\n"
    assert _subscripted(f"{other}def read(creds):\n    return creds[{key!r}]\n") == {key}


@pytest.mark.parametrize(
    "source",
    [
        "def write(creds):\n    creds['apiKey'] = 'x'\n",  # written, not read
        "def read(payload):\n    return payload['providerId']\n",  # no credential key
        "def read(creds, key):\n    return creds[key]\n",  # a variable
        "VALUE = CREDS['apiKey']\n",  # module level: no function to read it in
        "def read(creds):\n    del creds['apiKey']\n",
        "def read(creds):\n    return creds.get('apiKey', '').strip()\n",  # a default
        "def read(creds):\n    return (creds.get('apiKey') or '').strip()\n",
    ],
)
def test_no_read_of_a_credential_key_is_no_subscript(source: str) -> None:
    assert _subscripted(source) == frozenset()


def _missing_token_keys(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]) -> int:
    """Of 400 Generic SMS payloads, how many turn token authentication on without its token key."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(provider_id="generic-sms"), named=True)
    source = RandomSource(11)
    count = 0
    for _ in range(400):
        credentials = integration_payload(source, profile).get("credentials", {})
        count += (
            credentials.get("authenticateByToken") is True and "authenticationTokenKey" not in credentials
        )
    return count


def test_code_that_indexes_a_key_meets_its_absence_more_often(monkeypatch: pytest.MonkeyPatch) -> None:
    without = _missing_token_keys(monkeypatch, frozenset())
    indexed = _missing_token_keys(monkeypatch, frozenset({_named.Subscripted("authenticationTokenKey")}))
    assert indexed >= 2 * max(without, 1)


@given(st.lists(st.sampled_from(KEYS), unique=True), st.sets(st.sampled_from(KEYS)), st.integers(0, 2**32))
def test_one_indexed_key_at_most_goes_missing(wanted: list[str], indexed: set[str], seed: int) -> None:
    draw = _Draw(RandomSource(seed), make_profile(), ObjectShape(object, ()), subscripted=frozenset(indexed))
    kept = _without_one_read(draw, wanted)
    gone = set(wanted) - set(kept)
    assert len(gone) <= 1
    assert gone <= indexed
    assert [key for key in wanted if key not in gone] == kept


@given(st.integers(0, 2**32))
def test_without_edge_cases_an_indexed_key_changes_no_payload(seed: int) -> None:
    profile = attrs.evolve(make_profile(provider_id="generic-sms", edge_cases=False), named=True)

    def payloads(literals: frozenset[_named.NamedLiteral]) -> list[object]:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_named, "named_literals", lambda: literals)
            source = RandomSource(seed)
            return [integration_payload(source, profile) for _ in range(5)]

    for key in ("apiKey", "conditions"):
        assert payloads(frozenset({_named.Subscripted(key)})) == payloads(frozenset())
