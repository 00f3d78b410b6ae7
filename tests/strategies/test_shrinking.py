"""Failing properties shrink to the simplest payload that still fails.

``hypothesis.find`` shrinks exactly as a failing ``@given`` test does; ``derandomize`` makes
each search reproducible.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, find, settings

from contracts import Channel
from strategies import _named, integration_payloads, invalid_payloads
from strategies._providers import credential_shape_groups, providers
from tests.strategies._support import OPTIONAL_TOP_KEYS, TOP_KEYS, JsonDict, assert_valid, errors_of

SHRINK = settings(
    database=None,
    derandomize=True,
    max_examples=2000,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


# What a big repository's code names: every provider (twenty branched on), ids, condition fields.
RICH_NAMED = frozenset(
    {p.id for p in providers()}
    | {_named.Compared("providerId", p.id) for p in providers()[:20]}
    | {f"6615a3c2f1e2d3c4b5a697{i:02x}" for i in range(12)}
    | {_named.Compared("field", name) for name in ("appVersion", "locale", "subscriber.country", "cartTotal")}
)


@pytest.fixture(autouse=True)
def nothing_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same draws whatever this process imported (see ``strategies._named``); named values have
    tests of their own, and ``test_shrinking_past_what_the_code_names`` below."""
    monkeypatch.setattr(_named, "named_literals", frozenset)


def shrunk(predicate: Callable[[JsonDict], bool], **constraints: Any) -> JsonDict:
    """The minimal payload of ``integration_payloads(**constraints)`` satisfying ``predicate``."""
    payload: JsonDict = find(integration_payloads(**constraints), predicate, settings=SHRINK)
    assert_valid(payload)
    return payload


def simplest(channel: Channel, **overrides: Any) -> JsonDict:
    """The simplest payload of a channel: empty strings, no optional key, ``{}`` credentials.

    Its flags are a live primary that is not active: the pair code most often assumes away.
    """
    payload: JsonDict = {
        "_environmentId": "",
        "_organizationId": "",
        "name": "",
        "identifier": "",
        "providerId": credential_shape_groups(channel)[0][0].id,  # the usual credential form
        "channel": channel.value,
        "credentials": {},
        "active": False,
        "deleted": False,
        "primary": True,
    }
    return {**payload, **overrides}


def assert_minimal_strings(payload: JsonDict) -> None:
    """Top-level strings are short ASCII, and no key outside the contract is present."""
    for key, value in payload.items():
        if isinstance(value, str):
            assert len(value) <= 24, key
            assert value.isascii(), key
    assert set(payload) <= TOP_KEYS


def test_a_channel_predicate_shrinks_to_the_simplest_payload() -> None:
    """``channel == "email"``: no optional key, short ASCII strings, ``{}`` credentials, no unknown key."""
    payload = shrunk(lambda p: p["channel"] == "email")
    assert not OPTIONAL_TOP_KEYS & set(payload)
    assert_minimal_strings(payload)
    assert payload["credentials"] == {}
    assert payload == simplest(Channel.EMAIL)


def test_a_condition_predicate_shrinks_to_one_condition_without_children() -> None:
    """Needing a condition gives exactly one condition, with no child, and nothing else optional."""
    payload = shrunk(lambda p: len(p.get("conditions", [])) >= 1)
    assert len(payload["conditions"]) == 1
    assert len(payload["conditions"][0]["children"]) <= 1
    assert set(payload) - {"conditions"} == set(simplest(Channel.IN_APP))
    condition = {"isNegated": False, "type": "BOOLEAN", "value": "AND", "children": []}
    assert payload == simplest(Channel.IN_APP, conditions=[condition])


def test_a_child_predicate_shrinks_to_one_condition_with_one_minimal_child() -> None:
    """Needing a comparison gives one condition with one child: empty strings, first operator and ``on``."""
    payload = shrunk(lambda p: any(c["children"] for c in p.get("conditions", [])), conditions=True)
    child = {"field": "", "value": "", "operator": "LARGER", "on": "subscriber"}
    condition = {"isNegated": False, "type": "BOOLEAN", "value": "AND", "children": [child]}
    assert payload == simplest(Channel.IN_APP, conditions=[condition])


def test_a_long_name_predicate_shrinks_to_exactly_10000_characters() -> None:
    """Needing a 10,000+ character name gives exactly 10,000 ``x``, and every other field minimal."""
    payload = shrunk(lambda p: len(p["name"]) >= 10_000)
    assert len(payload["name"]) == 10_000
    assert payload == simplest(Channel.IN_APP, name="x" * 10_000)


def test_a_deleted_predicate_keeps_deletedAt_out() -> None:
    """``deleted is True`` alone does not drag in ``deletedAt``/``deletedBy`` (the contract ties nothing)."""
    payload = shrunk(lambda p: p["deleted"] is True)
    assert payload == simplest(Channel.IN_APP, deleted=True)


def test_an_invalid_payload_shrinks_to_a_top_level_break() -> None:
    """Any invalid payload whose error is a missing key shrinks to the first required key missing."""
    payload, expected = find(invalid_payloads(), lambda pair: pair[1].code == "missing", settings=SHRINK)
    assert expected.path == "/_environmentId"
    assert errors_of(payload) == [("/_environmentId", expected.code)]
    assert payload == {k: v for k, v in simplest(Channel.IN_APP).items() if k != "_environmentId"}


def test_shrinking_past_what_the_code_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Providers, ids and condition fields the code names shrink away when the failure does not need them."""
    monkeypatch.setattr(_named, "named_literals", lambda: RICH_NAMED)
    payload = shrunk(lambda p: any(c["children"] for c in p.get("conditions", [])), conditions=True)
    child = {"field": "", "value": "", "operator": "LARGER", "on": "subscriber"}
    condition = {"isNegated": False, "type": "BOOLEAN", "value": "AND", "children": [child]}
    assert payload == simplest(Channel.IN_APP, conditions=[condition])
