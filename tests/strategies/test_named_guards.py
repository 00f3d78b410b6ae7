"""The flags and channels the code's leading early exits test (``if not p["active"] or p["deleted"]:
return``, ``if p["channel"] != "sms": continue``) and its leading branches need are found, and the
payloads of that code pass those exits more often: the code past them is the code to test."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import _named, _named_wires
from strategies._generate import (
    GUARD_PASS_PERCENT,
    REQUIRED_CHANNEL_PERCENT,
    REQUIRED_CHANNELS,
    integration_payload,
)
from strategies._profile import make_profile
from strategies._source import RandomSource

FLAGS = sorted(_named_wires.flag_wires())
# How a term tests a flag, and whether the term is true when the flag is.
FORMS = (
    ('p["{w}"]', True),
    ('not p["{w}"]', False),
    ('p.get("{w}")', True),
    ('not payload.get("{w}", False)', False),
    ('p["{w}"] is False', False),
    ('p["{w}"] is not True', False),
    ('p["{w}"] == True', True),
    ('p["{w}"] != False', True),
    ("{w}", True),  # a variable the function assigned from the payload
)
EXITS = (
    "return None",
    "return",
    "continue",
    "raise ValueError",
    'return {"skipped": p.get("_id")}',
    "return 0",
)


def _guards_of(source: str) -> dict[str, bool | None]:
    return _named.guarded_flags(frozenset(_named.literals_in_source(source)))


@given(
    st.lists(
        st.tuples(st.sampled_from(FLAGS), st.sampled_from(FORMS)),
        min_size=1,
        max_size=3,
        unique_by=lambda t: t[0],
    ),
    st.sampled_from(EXITS),
)
def test_each_flag_of_a_leading_exit_must_be_false_to_go_on(
    terms: list[tuple[str, tuple[str, bool]]], leave: str
) -> None:
    test = " or ".join(form.format(w=wire) for wire, (form, _) in terms)
    reads = "".join(f'    {wire} = p["{wire}"]\n' for wire, _ in terms)
    loop = f"    for _ in [p]:\n        if {test}:\n            {leave}\n        send(p)\n"
    source = f'def route(p, payload):\n    """Doc."""\n{reads}{loop}'
    assert _guards_of(source) == {wire: not true_when_set for wire, (_, true_when_set) in terms}


@pytest.mark.parametrize(
    "source",
    [
        # Code before the exit runs on every payload.
        'def f(p):\n    assert not (p["active"] and p["deleted"])\n'
        '    if p["deleted"]:\n        return None\n',
        'def f(p):\n    log(p)\n    if not p["active"]:\n        return None\n',
        'def f(p):\n    port = int(p["credentials"]["port"])\n    if not p["active"]:\n        return port\n',
        # Not an exit, or which term is false is anyone's guess.
        'def f(p):\n    if p["active"] and p["primary"]:\n        return None\n',
        'def f(p):\n    if p["deleted"]:\n        return None\n    else:\n        return 1\n',
        # Not a flag of the contract.
        'def f(p):\n    if not p["credentials"].get("hmac"):\n        return None\n',
    ],
)
def test_what_is_no_leading_exit_guards_nothing(source: str) -> None:
    assert _guards_of(source) == {}


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (
            'def f(p):\n    if p["deleted"]:\n        return f"by {p[\'deletedBy\']}"\n    return "live"\n',
            {"deleted": True},
        ),
        (
            'def f(p):\n    if p["deleted"]:\n        when = p.get("deletedAt")\n        return when\n',
            {"deleted": True},
        ),
        (
            'def f(p):\n    if p["active"] and not p["deleted"]:\n        send(p)\n',
            {"active": True, "deleted": False},
        ),
        ('def f(p):\n    if p["active"] and p["channel"] == "sms":\n        send(p)\n', {"active": True}),
        ('def f(p):\n    if p["active"] or p["primary"]:\n        send(p)\n', {}),  # either will do
        (
            'def f(p):\n    if p["deleted"]:\n        audit(p)\n    else:\n        send(p)\n',
            {},
        ),  # both ways work
    ],
)
def test_a_leading_branch_that_does_the_work_needs_its_test_true(
    source: str, flags: dict[str, bool | None]
) -> None:
    assert _guards_of(source) == flags


def test_a_flag_exits_want_both_ways_takes_either() -> None:
    source = (
        'def f(p):\n    if p["deleted"]:\n        return\n\n'
        'def g(p):\n    if not p["deleted"]:\n        return\n'
    )
    assert _guards_of(source) == {"deleted": None}


def test_the_flags_are_read_from_the_declaration() -> None:
    assert {"active", "deleted", "primary"} <= set(FLAGS)


def _passing(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral], **fixed: bool) -> int:
    """Of 400 payloads, how many are active and not deleted."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(**fixed), named=True)  # type: ignore[arg-type]
    source = RandomSource(11)
    payloads = [integration_payload(source, profile) for _ in range(400)]
    return sum(p["active"] and not p["deleted"] for p in payloads)


GUARDED = frozenset({_named.Guard("active", True), _named.Guard("deleted", False)})


def test_half_the_payloads_of_guarded_code_pass_its_exits(monkeypatch: pytest.MonkeyPatch) -> None:
    without = _passing(monkeypatch, frozenset())
    with_guards = _passing(monkeypatch, GUARDED)
    assert without < 100  # most payloads are deleted (the "deleted" feature)
    assert with_guards >= 400 * GUARD_PASS_PERCENT // 100


def test_a_passing_payload_takes_a_flag_wanted_both_ways_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    both = frozenset(
        {_named.Guard("deleted", True), _named.Guard("deleted", False), _named.Guard("active", True)}
    )
    live = _passing(monkeypatch, both)
    assert _passing(monkeypatch, frozenset()) < live < _passing(monkeypatch, GUARDED)


def test_a_flag_the_profile_fixes_wins_over_the_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _passing(monkeypatch, GUARDED, deleted=True) == 0
    assert _passing(monkeypatch, GUARDED, active=False) == 0


@pytest.mark.parametrize(
    ("test", "required"),
    [
        ('p["channel"] != "sms"', {"sms"}),
        ('p.get("channel") not in ("sms", "push") or not p["active"]', {"sms", "push"}),
        ('channel.lower() != "chat"', {"chat"}),
        ('p["channel"] == "sms"', set()),  # which channel goes on is anyone's guess
        ('p["channel"] not in CHANNELS', set()),  # a constant: not read here
        ('p["providerId"] != "fcm"', set()),  # not an enum: the provider has weights of its own
    ],
)
def test_an_enum_value_a_leading_exit_needs_is_found(test: str, required: set[str]) -> None:
    source = (
        f'def f(p):\n    channel = p["channel"]\n    if {test}:\n        return None\n    return send(p)\n'
    )
    literals = frozenset(_named.literals_in_source(source))
    assert _named.required_values(literals, "channel") == required


def _share(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral], channel: str) -> int:
    """Of 400 payloads, how many are on ``channel``."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    source = RandomSource(5)
    profile = attrs.evolve(make_profile(), named=True)
    return sum(integration_payload(source, profile)["channel"] == channel for _ in range(400))


@pytest.mark.parametrize("channel", ["in_app", "push", "sms"])
def test_a_channel_an_exit_needs_comes_up_in_at_least_its_share(
    monkeypatch: pytest.MonkeyPatch, channel: str
) -> None:
    required = frozenset({_named.Required("channel", channel)})
    assert _share(monkeypatch, required, channel) >= 400 * (REQUIRED_CHANNEL_PERCENT - 10) // 100
    assert _share(monkeypatch, required, channel) > _share(monkeypatch, frozenset(), channel)


def test_exits_wanting_many_channels_lift_none(monkeypatch: pytest.MonkeyPatch) -> None:
    many = frozenset(_named.Required("channel", c) for c in ("sms", "push", "chat")[: REQUIRED_CHANNELS + 1])
    assert _share(monkeypatch, many, "push") == _share(monkeypatch, frozenset(), "push")


def test_a_branch_that_does_the_work_on_some_channels_needs_them() -> None:
    source = 'def f(p):\n    if p["active"] and p["channel"] in ("sms", "push"):\n        send(p)\n'
    assert _named.required_values(frozenset(_named.literals_in_source(source)), "channel") == {"sms", "push"}


LOOP = (
    "_COMPARISONS = frozenset({{'LARGER', 'SMALLER'}})\n\n"
    "def f(p):\n    for condition in p.get('conditions', []):\n        if {test}:\n            continue\n"
    "        for child in condition['children']:\n            use(child)\n"
)


@pytest.mark.parametrize(
    ("test", "wire", "values"),
    [
        ('condition["type"] != "NUMBER"', "type", {"NUMBER"}),
        ('condition.get("type") not in ("DATE", "TEXT")', "type", {"DATE", "TEXT"}),
        ('condition["children"][0]["operator"] not in _COMPARISONS', "operator", {"LARGER", "SMALLER"}),
        ('condition["type"] != "SOMETHING"', "type", set()),  # no value of the enum
        ('condition["type"] == "NUMBER"', "type", set()),  # which type goes on is anyone's guess
    ],
)
def test_an_exit_in_a_loop_over_conditions_needs_its_enum_values(
    test: str, wire: str, values: set[str]
) -> None:
    literals = frozenset(_named.literals_in_source(LOOP.format(test=test)))
    assert _named.exit_values(literals).get(wire, set()) == values


def test_an_exit_in_a_loop_over_conditions_needs_its_flags() -> None:
    source = LOOP.format(test='condition.get("type") != "NUMBER" or condition.get("isNegated") is True')
    literals = frozenset(_named.literals_in_source(source))
    assert _guards_of(source) == {"isNegated": False}
    assert _named.exit_values(literals) == {"type": {"NUMBER"}}


def test_the_fields_of_listed_objects_are_read_from_the_declaration() -> None:
    assert "isNegated" in _named.listed_flag_wires()
    assert {"secure", "requireTls"}.isdisjoint(_named.listed_flag_wires())  # credentials: no list
    assert "NUMBER" in _named_wires.nested_enum_values()["type"]


def _conditions(
    monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]
) -> list[list[dict[str, object]]]:
    """The conditions of each of 400 payloads made for code naming ``literals``."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    source, profile = RandomSource(17), attrs.evolve(make_profile(conditions=True), named=True)
    payloads = [integration_payload(source, profile) for _ in range(400)]
    return [[c for c in p.get("conditions") or [] if isinstance(c, dict)] for p in payloads]


def test_conditions_take_the_values_an_exit_in_a_loop_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Half the payloads pass: all their conditions are NUMBER ones, and not negated."""
    needed: frozenset[_named.NamedLiteral] = frozenset(
        {_named.Required("type", "NUMBER"), _named.Guard("isNegated", False)}
    )

    def passing(each: list[list[dict[str, object]]]) -> int:
        wanted = {"type": "NUMBER", "isNegated": False}.items()
        return sum(bool(cs) and all(wanted <= c.items() for c in cs) for cs in each)

    without = passing(_conditions(monkeypatch, frozenset()))
    steered = passing(_conditions(monkeypatch, needed))
    assert steered >= 400 * (GUARD_PASS_PERCENT - 25) // 100 > 10 >= without, (without, steered)  # 3 and 144


def test_exits_needing_most_of_an_enum_steer_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    most = frozenset(_named.Required("type", t) for t in ("NUMBER", "TEXT", "DATE", "LIST", "BOOLEAN"))

    def numbers(each: list[list[dict[str, object]]]) -> int:
        return sum(c["type"] == "NUMBER" for cs in each for c in cs)

    assert numbers(_conditions(monkeypatch, most)) < 2 * numbers(_conditions(monkeypatch, frozenset()))


@pytest.mark.parametrize(
    ("body", "unset"),
    [
        ('region = creds.get("region")\n    if region:\n        return region.lower()', {"region"}),
        ('if region := creds.get("region"):\n        return region.lower()', {"region"}),
        # the fallback is the work
        ('if not creds.get("region"):\n        return fallback(p)', {"region"}),
        # goes on when set, as it mostly is
        ('if not creds.get("region"):\n        return None', set()),
        # a flag: not steered (chains of them starve the branches between)
        ('if creds.get("secure"):\n        return None', set()),
        # after a call: not leading
        ('log(creds)\n    if creds.get("region"):\n        return None', set()),
        ('sent = send(creds)\n    print(sent)\n    if creds.get("region"):\n        return None', set()),
        # a branch that does not leave: no code runs only when it is unset
        ('if creds.get("region"):\n        host = build(creds)', set()),
        # one term of several: which one decides is anyone's guess
        ('if p["active"] and creds.get("region"):\n        return route(p)', set()),
    ],
)
def test_a_credential_a_leading_if_tests_is_left_unset(body: str, unset: set[str]) -> None:
    source = f"def f(p):\n    creds = _credentials(p)\n    {body}\n    return route(p)\n"
    assert _named.unset_keys(frozenset(_named.literals_in_source(source))) == unset


def test_half_the_payloads_of_that_code_lack_the_credential(monkeypatch: pytest.MonkeyPatch) -> None:
    def without_region(literals: frozenset[_named.NamedLiteral]) -> int:
        monkeypatch.setattr(_named, "named_literals", lambda: literals)
        source, profile = RandomSource(23), attrs.evolve(make_profile(provider_id="ses"), named=True)
        payloads = [integration_payload(source, profile) for _ in range(400)]
        return sum("region" not in p.get("credentials", {}) for p in payloads)

    unset = without_region(frozenset({_named.Unset("region")}))
    assert unset >= 400 * (GUARD_PASS_PERCENT - 10) // 100 > 2 * without_region(frozenset()), unset
