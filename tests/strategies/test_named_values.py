"""Values of a format the code under test writes out whole (its organization's id) come up under @given."""

from __future__ import annotations

import ast

import hypothesis
import pytest
from hypothesis import given
from hypothesis import strategies as st

import strategies
from contracts import Format
from strategies import _named, _named_wires
from strategies._named import literals_in_source, named_values

OUR_ORGANIZATION = "6615a3c2f1e2d3c4b5a69702"
KNOWN_ENVIRONMENTS = ("6615a3c2f1e2d3c4b5a69701", "6615a3c2f1e2d3c4b5a69703")
ID_FIELDS = ("_id", "_environmentId", "_organizationId", "deletedBy")
hex_ids = st.text("0123456789abcdef", min_size=24, max_size=24)


@given(hex_ids, st.sampled_from(["x = {v!r}", "d = {{{v!r}: 1}}", "if a != {v!r}: pass", "f({v!r})"]))
def test_an_object_id_literal_is_found_wherever_it_is_written(value: str, template: str) -> None:
    assert value in literals_in_source(template.format(v=value))


@pytest.mark.parametrize(
    "source",
    [
        "x = '6615A3C2F1E2D3C4B5A69702'",  # upper case: not how the API writes ids
        "x = '6615a3c2f1e2d3c4b5a6970'",  # 23 digits
        "x = '6615a3c2f1e2d3c4b5a697020'",  # 25 digits
        "x = 'org 6615a3c2f1e2d3c4b5a69702'",  # inside a longer string
        "x = b'6615a3c2f1e2d3c4b5a69702'",  # bytes
        "x = 6615",
    ],
)
def test_only_a_whole_object_id_string_counts(source: str) -> None:
    assert literals_in_source(source) == set()


@given(st.sets(hex_ids, max_size=20), st.sets(st.sampled_from(["fcm", "twilio", "eu", "x"])))
def test_named_values_are_sorted_and_only_of_their_format(ids: set[str], others: set[str]) -> None:
    found = named_values(frozenset(ids | others))
    assert found == ({Format.OBJECT_ID: tuple(sorted(ids))} if ids else {})


def _with_literals(monkeypatch: pytest.MonkeyPatch, *values: str) -> None:
    literals = frozenset(values)
    monkeypatch.setattr(_named, "named_literals", lambda: literals)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_codes_organization_id_comes_up_exactly(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Each id field takes one of the code's ids, unchanged, about one time in NAMED_VALUE_ODDS + 1."""
    _with_literals(monkeypatch, OUR_ORGANIZATION, *KNOWN_ENVIRONMENTS)
    seen: list[dict[str, object]] = []

    @hypothesis.seed(seed)
    @hypothesis.settings(max_examples=100, database=None, phases=[hypothesis.Phase.generate])
    @given(strategies.integration_payloads())
    def collect(payload: dict[str, object]) -> None:
        seen.append(payload)

    collect()
    ours = sum(p["_organizationId"] == OUR_ORGANIZATION for p in seen)
    # Expected about 100 / 3 / 3 = 11; a scan that found nothing gives 0, one value per payload 30+.
    assert 3 <= ours <= 25, ours
    guarded = [p for p in seen if p["_organizationId"] == OUR_ORGANIZATION]
    assert any(p["_environmentId"] not in KNOWN_ENVIRONMENTS for p in guarded)


def test_a_tenant_guarded_bug_is_found_and_shrinks_to_the_codes_id(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_literals(monkeypatch, OUR_ORGANIZATION, *KNOWN_ENVIRONMENTS)
    payload = hypothesis.find(
        strategies.integration_payloads(),
        lambda p: p["_organizationId"] == OUR_ORGANIZATION and p["_environmentId"] not in KNOWN_ENVIRONMENTS,
        settings=hypothesis.settings(database=None, derandomize=True, max_examples=300, deadline=None),
    )
    assert payload["_organizationId"] == OUR_ORGANIZATION
    assert payload.get("_id") not in (OUR_ORGANIZATION, *KNOWN_ENVIRONMENTS)  # only what the failure needs


@pytest.mark.parametrize("channel", ["email", "sms", "push"])
def test_a_failure_without_ids_shrinks_past_the_codes_ids(
    monkeypatch: pytest.MonkeyPatch, channel: str
) -> None:
    _with_literals(monkeypatch, OUR_ORGANIZATION, *KNOWN_ENVIRONMENTS)
    payload = hypothesis.find(
        strategies.integration_payloads(),
        lambda p: p["channel"] == channel,
        settings=hypothesis.settings(database=None, derandomize=True, max_examples=300, deadline=None),
    )
    assert not {payload.get(field) for field in ID_FIELDS} & {OUR_ORGANIZATION, *KNOWN_ENVIRONMENTS}


def test_coverage_counts_the_providers_and_ids_the_code_names(monkeypatch: pytest.MonkeyPatch) -> None:
    _with_literals(monkeypatch, "fcm", OUR_ORGANIZATION, KNOWN_ENVIRONMENTS[0])
    payloads = [
        {"providerId": "fcm", "_organizationId": OUR_ORGANIZATION},
        {"providerId": "ses", "_environmentId": KNOWN_ENVIRONMENTS[0], "_organizationId": OUR_ORGANIZATION},
        {"providerId": "fcm", "deletedBy": "x"},
        {"providerId": ["fcm"], "_id": {}},  # invalid payloads hold anything
        "not a payload",
    ]
    report = strategies.measure(payloads)
    assert report.named == {"fcm": 2, KNOWN_ENVIRONMENTS[0]: 1, OUR_ORGANIZATION: 2}
    assert "named by your code: fcm=2" in str(report)
    assert not any(OUR_ORGANIZATION in entry for entry in report.missing())


def test_a_module_that_names_nothing_is_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheap look before ``ast.parse``: a big repository's first draw reads every local module."""

    def parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed a module that names nothing")

    monkeypatch.setattr(ast, "parse", parse)
    assert literals_in_source("def handler(payload):\n    return payload['name'].upper()\n" * 50) == set()


# -- literals the code compares a free-form field with --------------------------------------------

field_names = st.from_regex(r"[a-z][A-Za-z0-9_.]{0,20}", fullmatch=True)
COMPARISONS = [
    'if child["field"] == {v!r}: pass',
    "if {v!r} != child.get('field'): pass",
    'if child["field"] in ({v!r}, "other"): pass',
    'if child["field"].lower().endswith({v!r}): pass',
    'if str(child.get("field", "")).startswith(({v!r}, "x")): pass',
    'field = child["field"]\n    if field.strip() == {v!r}: pass',
    'if {v!r} in child["field"]: pass',
    # A part of it: the code's literal as the whole field still takes the branch.
    'if child["field"].rsplit(".", 1)[-1].lower() == {v!r}: pass',
    # Read through a helper, unpacked, then changed: aliases followed one step.
    'name, value = text_of(child, "field"), text_of(child, "value")\n    lowered = name.lower()\n'
    "    if lowered.endswith({v!r}): pass",
]


def test_a_parameter_named_as_the_field_holds_it() -> None:
    """``def is_zone_field(field): return "timezone" in field.lower()``: called with the field elsewhere."""
    source = (
        'def is_zone_field(field):\n    return "timezone" in field.lower()\n\n\n'
        'def zones(child):\n    return is_zone_field(child["field"])\n'
    )
    assert _named.Compared("field", "timezone") in literals_in_source(source)


@given(field_names, st.sampled_from(COMPARISONS))
def test_a_literal_compared_with_a_condition_field_is_found(value: str, comparison: str) -> None:
    source = "def consumer(child):\n    " + comparison.format(v=value) + "\n"
    assert _named.Compared("field", value) in literals_in_source(source)


@pytest.mark.parametrize(
    "comparison",
    [
        'if child["name"] == "appVersion": pass',  # a field of another format (a name)
        'if ("appVersion", "x") == child["field"]: pass',  # a tuple is no field's value
        'if child["name"].split(".")[0] == "appVersion": pass',  # a part of another field
        'if lookup(child, "name") == "appVersion": pass',  # another field, through a helper
        'x = {"field": "appVersion"}',  # written, not compared
        '*rest, name = a, b, lookup(child, "field")\n    if name == "appVersion": pass',  # unpacked unevenly
        'if child["field"] == 1: pass',
    ],
)
def test_only_a_comparison_of_the_field_itself_counts(comparison: str) -> None:
    source = "def consumer(child):\n    " + comparison + "\n"
    assert not any(isinstance(literal, _named.Compared) for literal in literals_in_source(source))


def test_compared_fields_are_read_from_the_declaration() -> None:
    """Every string field of a compared format, in any contract, and no other field."""
    from contracts._declare import field_format
    from contracts._shape import StringShape, object_shapes
    from contracts._versions import CONTRACTS

    expected = {
        field.wire
        for known in CONTRACTS.values()
        for shape in object_shapes(known.root)
        for field in shape.fields
        if isinstance(field.shape, StringShape)
        and field_format(shape.cls, field.name) in _named.COMPARED_FORMATS
    }
    assert set(_named_wires.compared_wires()) == expected == {"field"}


@pytest.mark.parametrize("seed", [0, 1])
def test_a_compared_condition_field_comes_up_and_shrinks_away(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    literals = frozenset({_named.Compared("field", "appVersion")})
    monkeypatch.setattr(_named, "named_literals", lambda: literals)

    def fields(payload: dict[str, object]) -> list[object]:
        conditions = payload.get("conditions")
        groups = conditions if isinstance(conditions, list) else []
        return [child.get("field") for group in groups for child in group.get("children", [])]

    seen: list[dict[str, object]] = []

    @hypothesis.seed(seed)
    @hypothesis.settings(max_examples=100, database=None, phases=[hypothesis.Phase.generate])
    @given(strategies.integration_payloads())
    def collect(payload: dict[str, object]) -> None:
        seen.append(payload)

    collect()
    assert sum("appVersion" in fields(p) for p in seen) >= 10
    shrunk = hypothesis.find(
        strategies.integration_payloads(),
        lambda p: len(fields(p)) >= 2,
        settings=hypothesis.settings(database=None, derandomize=True, max_examples=300, deadline=None),
    )
    assert "appVersion" not in fields(shrunk)  # kept only where the failure needs it


def test_coverage_counts_the_condition_fields_the_code_compares(monkeypatch: pytest.MonkeyPatch) -> None:
    literals = frozenset({"fcm", _named.Compared("field", "appVersion")})
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    child = {"field": "appVersion", "value": "2", "operator": "LARGER", "on": "subscriber"}
    payloads = [
        {"providerId": "fcm", "conditions": [{"children": [child, child]}]},
        {"providerId": "ses", "conditions": [{"children": [{**child, "field": "plan"}]}]},
        {"providerId": "ses", "name": "appVersion"},  # a name, not a condition field
    ]
    assert strategies.measure(payloads).named == {"fcm": 1, "appVersion": 1}


@pytest.mark.parametrize(
    "constant",
    [
        "FIELDS = frozenset({{{v!r}, 'other'}})",
        "FIELDS: tuple[str, ...] = ({v!r}, 'other')",
        "FIELDS = [{v!r}]",
        "FIELDS = set(({v!r}, 'x'))",
    ],
)
def test_a_module_constant_the_field_is_looked_up_in_counts(constant: str) -> None:
    source = (
        constant.format(v="subscriber.locale") + "\n\ndef f(child):\n    return child['field'] in FIELDS\n"
    )
    assert _named.Compared("field", "subscriber.locale") in literals_in_source(source)


def test_a_module_constant_of_many_values_or_not_looked_up_in_does_not() -> None:
    many = ", ".join(repr(f"field{i}") for i in range(_named.TABLE_SIZE + 1))
    lookup = "\n\ndef f(child):\n    return child['field'] in MANY or child['field'] == FEW\n"
    source = f"MANY = ({many})\nFEW = ('locale',)" + lookup
    assert not any(isinstance(literal, _named.Compared) for literal in literals_in_source(source))


@pytest.mark.parametrize(
    "lookup",
    [
        "CONTEXT.get(child['field'])",
        "CONTEXT.get(child['field'], '')",
        "CONTEXT[child['field']]",
        "child['field'] in CONTEXT",
    ],
)
def test_a_field_looked_up_in_a_table_of_the_code_is_compared_with_its_keys(lookup: str) -> None:
    """A condition evaluator reading the field's value from its own context: each key is a branch."""
    source = (
        "CONTEXT = {'subscriber.plan': 'pro', 'payload.amount': '12', **EXTRA}\n\n"
        f"def actual(child):\n    return {lookup}\n"
    )
    found = {literal for literal in literals_in_source(source) if isinstance(literal, _named.Compared)}
    assert found == {_named.Compared("field", "subscriber.plan"), _named.Compared("field", "payload.amount")}


@pytest.mark.parametrize(
    "lookup",
    [
        "row = CREW.get(child['on'], {})\n    field = child['field']\n    return row.get(field)",
        "row = CREW[child['on']]\n    field = child['field']\n    return row.get(field)",
        # the row read in place, the field through an annotated variable
        "field: str = child['field']\n    return CREW[child['on']].get(field)",
        "return CREW.get(child['on'], {})[child['field']]",
        "return CREW[child['on']][child['field'].removeprefix('data.')]",
    ],
)
def test_a_field_looked_up_in_an_entry_of_a_nested_table_is_compared_with_its_keys(lookup: str) -> None:
    """``row = CREW.get(on, {}); row.get(field)``, ``CREW[on].get(field)``: the keys of every inner table."""
    source = (
        "CREW = {'subscriber': {'plan': 'pro', 'shift': 'night'}, 'payload': {'vessel': 'x'}}\n\n"
        f"def actual(child):\n    {lookup}\n"
    )
    found = {literal for literal in literals_in_source(source) if isinstance(literal, _named.Compared)}
    assert found == {_named.Compared("field", key) for key in ("plan", "shift", "vessel")}


@pytest.mark.parametrize(
    "lookup", ["CONTEXT.get((child['on'], child['field']))", "CONTEXT[(child['on'], child['field'])]"]
)
def test_a_field_looked_up_by_position_in_a_table_keyed_by_tuples_is_compared_with_those_keys(
    lookup: str,
) -> None:
    """``CONTEXT[(on, field)]``: the field against the second strings of the keys, and nothing else."""
    source = (
        "CONTEXT = {('subscriber', 'subscriber.plan'): 'pro', ('payload', 'payload.round'): '3'}\n\n"
        f"def actual(child):\n    return {lookup}\n"
    )
    found = {literal for literal in literals_in_source(source) if isinstance(literal, _named.Compared)}
    assert found == {_named.Compared("field", "subscriber.plan"), _named.Compared("field", "payload.round")}


def test_the_rows_of_a_nested_table_are_each_one_table() -> None:
    """Rows of five and four keys: each within TABLE_SIZE, so all nine count (a lookup reads one row)."""
    rows = [[f"s{i}" for i in range(5)], [f"p{i}" for i in range(4)]]
    assert len(rows[0]) + len(rows[1]) > _named.TABLE_SIZE
    table = {on: dict.fromkeys(keys, 1) for on, keys in zip("ab", rows, strict=True)}
    lookup = "row = T.get(child['on'], {})\n    return row.get(child['field'])"
    source = f"T = {table!r}\n\ndef f(child):\n    {lookup}\n"
    found = {literal for literal in literals_in_source(source) if isinstance(literal, _named.Compared)}
    assert found == {_named.Compared("field", key) for row in rows for key in row}


@pytest.mark.parametrize(
    "source",
    [
        # a table of many keys says nothing about what the code singles out (see TABLE_SIZE)
        "BIG = {" + ", ".join(f"'k{i}': 1" for i in range(_named.TABLE_SIZE + 1)) + "}\n\n"
        "def f(child):\n    return BIG.get(child['field'])\n",
        # a nested table whose rows, each small, name too many keys together (see ROWS)
        "T = {"
        + ", ".join(
            f"'r{r}': {{" + ", ".join(f"'k{r}_{i}': 1" for i in range(_named.TABLE_SIZE)) + "}"
            for r in range(_named.ROWS + 1)
        )
        + "}\n\ndef f(child):\n    row = T[child['on']]\n    return row.get(child['field'])\n",
        # a nested table with a row of many keys
        "T = {'a': {" + ", ".join(f"'k{i}': 1" for i in range(_named.TABLE_SIZE + 1)) + "}}\n\n"
        "def f(child):\n    row = T[child['on']]\n    return row.get(child['field'])\n",
        # the field written into a table, not looked up in it
        "CONTEXT = {'plan': 1}\n\ndef f(child):\n    CONTEXT[child['field']] = 2\n",
        # a table looked up with another field
        "CONTEXT = {'plan': 1}\n\ndef f(child):\n    return CONTEXT.get(child['name'])\n",
        # a local table of the same name as none at module level
        "def f(child):\n    context = {'plan': 1}\n    return context.get(child['field'])\n",
    ],
)
def test_a_table_not_looked_up_with_the_field_or_too_big_names_nothing(source: str) -> None:
    assert not any(isinstance(literal, _named.Compared) for literal in literals_in_source(source))


@pytest.mark.parametrize("lookup", ["SENDERS[payload['providerId']]", "payload['providerId'] in SENDERS"])
def test_a_table_keyed_by_provider_is_data_not_a_branch(lookup: str) -> None:
    """Favouring every provider such a table names dilutes the branches that guard bugs (measured)."""
    source = (
        "SENDERS = {'twilio': 'sms_twilio', 'sendgrid': 'mail_sendgrid'}\n\n"
        f"def route(payload):\n    return {lookup}\n"
    )
    assert _named.branched_providers(frozenset(literals_in_source(source))) == frozenset()
