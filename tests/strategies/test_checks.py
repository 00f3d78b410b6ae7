"""The checks the code under test makes on strings (``str.isdigit``, ``ipaddress``)
make the variants that trip them come up more often, in that code's tests only."""

from __future__ import annotations

import json
import re
import struct
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlsplit

import attrs
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from strategies import _formats, _named, _named_checks, _text
from strategies._generate import CHECKED_PERCENT, FOCUSED_CHECKS, _Draw, integration_payload
from strategies._profile import make_profile
from strategies._source import RandomSource

CALLS = {
    "digits": (
        "value.isdigit()",
        "str(v).isnumeric()",
        "v.strip().isdecimal()",
        r"re.fullmatch(r'[\da-f]{24}', v)",
    ),
    "ip": ("ipaddress.ip_address(v)", "ip_network(v)", "socket.inet_aton(v)"),
    "interpolation": (
        "configparser.ConfigParser()",
        "SafeConfigParser(strict=False)",
        "(f'[{v}] ' + b) % host",
    ),
    "placeholders": ("string.Template(v).substitute(b)", "Template(v)"),
    "url": ("urlsplit(v).port", "urllib.parse.urlparse(v)", "b.port or 443"),
    "json": ("json.loads(v)", "loads(b).get('project_id')"),
    "range": (
        "v.astimezone(host)",
        "datetime.fromisoformat(v).astimezone()",
        "v.replace(year=v.year + 7)",
        "d.replace(month=b, day=1)",
    ),
    "newline": ("re.compile(r'^[0-9a-f]{24}$')", "re.match('^x$', v)", "PATTERN.search(r'[0-9]+$', v)"),
    "replacement": ("re.sub(r'[{]name[}]', v, b)", "PATTERN.sub(v['name'], b)", "re.subn('x', str(v), b)"),
    "idna": ("v.encode('idna')", "codecs.encode(v, 'IDNA')", "idna.encode(v)"),
    "zone": ("ZoneInfo(v)", "zoneinfo.ZoneInfo(v.strip())"),
    "address": (
        "Address(display_name=b, addr_spec=v)",
        "formataddr((b, v))",
        "Address(username=v, domain=b)",
    ),
    "yaml": ("yaml.safe_load(v)", "safe_load(b)", "yaml.load(v, Loader=b)"),
    "bytes": ("struct.pack('>I', v)", "struct.Struct('16s')", "struct.pack_into(b, v, 0)"),
    "decimal": ("Decimal(v)", "decimal.Decimal(str(v))"),
    "option": ("parser.parse_args(['--identifier', v])", "getopt.getopt(v, 'i:')", "p.parse_known_args(b)"),
    "query": ("parse_qs(v.query, strict_parsing=True)", "urllib.parse.parse_qsl(b)"),
}
# The format tables with variants of each family (every family trips something in each of them).
TABLES = {
    "digits": (_formats._PHONES, _formats._PORTS, _formats._NUMBERS),
    "ip": (_formats._HOSTS, _formats._URLS, _formats._EMAILS),
    "interpolation": (_formats._SECRETS,),
    "placeholders": (_formats._SECRETS,),
    "url": (_formats._URLS, _formats._HOSTS),
    "json": (_formats._JSON_DOCUMENTS, _formats._SECRETS),
    "range": (_formats._TIMESTAMPS,),
    "newline": (_formats._OBJECT_IDS, _formats._SECRETS),
    "replacement": (_formats._SECRETS,),
    "idna": (_formats._HOSTS, _formats._URLS, _formats._EMAILS),
    "zone": (_formats._TIME_ZONES, _formats._CONDITION_VALUES),
    "address": (_formats._EMAILS,),
    "yaml": (_formats._SECRETS,),
    "bytes": (_formats._SECRETS, _formats._PORTS),
    "decimal": (_formats._NUMBERS,),
    "query": (_formats._URLS,),
}


@given(st.sampled_from(sorted(CALLS)), st.data())
def test_a_check_the_code_calls_is_found(family: str, data: st.DataObject) -> None:
    call = data.draw(st.sampled_from(CALLS[family]))
    found = _named.literals_in_source(f"import ipaddress, socket\n\ndef f(v, host, b):\n    return {call}\n")
    assert _named.checked_families(frozenset(found)) == {family}


@pytest.mark.parametrize(
    ("family", "call"), [(family, call) for family, calls in CALLS.items() for call in calls]
)
def test_the_cheap_look_before_parsing_lets_every_check_through(family: str, call: str) -> None:
    """A module whose text ``makes_checks`` passes over is never parsed: each call must get through it."""
    imports = "from ipaddress import ip_network\n" if family == "ip" else ""  # how a bare ip_network comes
    assert _named_checks.makes_checks(f"{imports}\ndef f(v, host, b):\n    return {call}\n")


@pytest.mark.parametrize(
    "source",
    [
        "def f(v):\n    return v.encode('ascii')\n",  # most code encodes some field: no signal
        "isdigit = str.isdigit\n",  # named, not called
        "def f(v):\n    return configparser.ConfigParser(interpolation=None)\n",  # reads no template
        "NOTE = 'call .isdigit() on it'\n",  # prose
        "def f(v):\n    return '%s: ok' % v\n",  # a template of its own: the value is no template
        "def f(v):\n    return ('%s' + ': ok') % v\n",  # the same, joined from literals
        "def f(v):\n    return re.fullmatch(r'[0-9a-f]{24}$', v)\n",  # fullmatch: no newline passes
        "def f(v):\n    return re.match(r'^cost \\$', v)\n",  # an escaped dollar: no anchor
        "def f(v):\n    return re.match(r'^[0-9a-f]{24}\\Z', v)\n",  # \\Z: no newline passes
        "def f(v):\n    return re.sub(r'\\s+', ' ', v)\n",  # a literal replacement
        "def f(v, n):\n    return re.sub(r'x', lambda m: n, v)\n",  # a function: no escapes read
        "def f(frame, other):\n    return frame.sub(other)\n",  # pandas' subtraction
        "def f(v):\n    return v.encode('utf-8')\n",
        "def f(v):\n    return log('idna', v)\n",  # the codec's name, but no codec call
        "def f(v):\n    return Address(v)\n",  # a class of the code's own
        "def f(v):\n    return re.fullmatch(r'\\d+', v, re.ASCII)\n",  # \\d of ASCII digits only
        "def f(v):\n    return pickle.load(v)\n",  # a load that is no YAML
        "def f(v):\n    return v.load()\n",
        "def f(frame):\n    return frame.pack()\n",  # a method of the code's own, not struct's
        "def f(v):\n    return v.replace('-', '/')\n",  # str.replace: no date moved
    ],
)
def test_a_call_that_checks_nothing_narrow_is_no_check(source: str) -> None:
    assert _named.checked_families(frozenset(_named.literals_in_source(source))) == frozenset()


@pytest.mark.parametrize("family", sorted(TABLES))
def test_each_family_has_variants_in_its_tables_and_keeps_their_order(family: str) -> None:
    for table in TABLES[family]:
        trapped = _formats.trapped(table, frozenset({family}))
        assert trapped
        assert all(isinstance(v, _formats.Trap) and v.trips(frozenset({family})) for v in trapped)
        kinds = (table.structureless, table.unusual) if isinstance(table, _formats.Interleaved) else (table,)
        for kind in kinds:
            positions = [kind.index(v) for v in dict.fromkeys(trapped) if v in kind]
            assert positions == sorted(positions)
    if family != "range":
        assert _formats.trapped(_formats._TIMESTAMPS, frozenset({family})) == ()


def test_traps_of_both_kinds_take_turns() -> None:
    """Values without the format's structure keep half the picks, however few of them trip the check."""
    table = _formats._JSON_DOCUMENTS
    trapped = _formats.trapped(table, frozenset({"json"}))
    kinds = [v in table.structureless for v in trapped]
    assert kinds == [i % 2 == 0 for i in range(len(trapped))]
    assert set(trapped) == {v for v in table if isinstance(v, _formats.Trap)}


def _tripping(
    monkeypatch: pytest.MonkeyPatch,
    literals: frozenset[_named.NamedLiteral],
    *,
    provider_id: str,
    key: str,
    seed: int,
    trips: Callable[[str], bool],
) -> int:
    """Of 400 payloads of ``provider_id`` made for code naming ``literals``, how many have a string
    credential ``key`` that ``trips``."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(provider_id=provider_id), named=True)
    source = RandomSource(seed)
    count = 0
    for _ in range(400):
        value = integration_payload(source, profile).get("credentials", {}).get(key)
        count += isinstance(value, str) and trips(value)
    return count


def _digit_trapped_senders(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]) -> int:
    """Of 400 Twilio payloads, how many send from a number with a digit outside ASCII."""

    def trips(sender: str) -> bool:
        return any(c.isdigit() and not c.isascii() for c in sender)

    return _tripping(monkeypatch, literals, provider_id="twilio", key="from", seed=7, trips=trips)


def test_code_that_tests_digits_meets_digit_traps_more_often(monkeypatch: pytest.MonkeyPatch) -> None:
    assert CHECKED_PERCENT > 0
    without = _digit_trapped_senders(monkeypatch, frozenset())
    with_check = _digit_trapped_senders(monkeypatch, frozenset({_named.Check("digits")}))
    assert with_check >= 2 * max(without, 1)


@given(st.integers(0, 2**32), st.sampled_from(sorted(CALLS)))
def test_without_edge_cases_a_check_changes_no_payload(seed: int, family: str) -> None:
    profile = attrs.evolve(make_profile(edge_cases=False), named=True)

    def payloads(literals: frozenset[_named.NamedLiteral]) -> list[object]:
        saved = _named.named_literals
        _named.named_literals = lambda: literals
        try:
            source = RandomSource(seed)
            return [integration_payload(source, profile) for _ in range(5)]
        finally:
            _named.named_literals = saved

    assert payloads(frozenset({_named.Check(family)})) == payloads(frozenset())


def _template_trapped_passwords(
    monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]
) -> int:
    """Of 400 Custom SMTP payloads, how many have a password a template reader trips on."""
    return _tripping(
        monkeypatch, literals, provider_id="nodemailer", key="password", seed=5, trips=lambda p: "%" in p
    )


def test_code_that_reads_values_as_templates_meets_their_syntax_more_often(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    without = _template_trapped_passwords(monkeypatch, frozenset())
    with_check = _template_trapped_passwords(monkeypatch, frozenset({_named.Check("interpolation")}))
    assert with_check >= 1.5 * max(without, 1)  # measured: 20 and 122 of 400


@pytest.mark.parametrize("unpaired", [False, True])
@pytest.mark.parametrize(("family", "syntax"), [("interpolation", "%"), ("placeholders", "$")])
def test_a_template_reader_takes_only_hostile_picks_with_its_syntax(
    unpaired: bool, family: str, syntax: str
) -> None:
    draw = _Draw(RandomSource(0), attrs.evolve(make_profile(), unpaired=unpaired), root=None)  # type: ignore[arg-type]
    everything = draw.hostile_table
    draw.traps = frozenset({family})
    picks = draw.hostile_table
    assert picks
    assert all(syntax in "".join(entry) for entry in picks)
    assert [entry for entry in everything if entry in picks] == list(picks)  # in table order
    draw.traps = frozenset({"digits"})
    assert draw.hostile_table == everything


def _unreadable_ports(monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]) -> int:
    """Of 400 Push Webhook payloads, how many have a webhook URL that ``urlsplit`` or its ``.port`` refuse."""

    def trips(url: str) -> bool:
        try:
            urlsplit(url).port  # noqa: B018 (reading it is the check)
        except ValueError:
            return True
        return False

    return _tripping(monkeypatch, literals, provider_id="push-webhook", key="webhookUrl", seed=3, trips=trips)


def test_code_that_splits_urls_meets_unreadable_ports_more_often(monkeypatch: pytest.MonkeyPatch) -> None:
    without = _unreadable_ports(monkeypatch, frozenset())
    with_check = _unreadable_ports(monkeypatch, frozenset({_named.Check("url")}))
    assert with_check >= 2 * max(without, 1)  # measured: 37 and 149 of 400


def _documents_of_another_shape(
    monkeypatch: pytest.MonkeyPatch, literals: frozenset[_named.NamedLiteral]
) -> int:
    """Of 400 FCM payloads, how many have a service account that parses to no object, or to one
    whose ``project_id`` is missing or no string."""

    def trips(document: str) -> bool:
        try:
            parsed = json.loads(document)
        except (ValueError, RecursionError):
            return False
        return not isinstance(parsed, dict) or not isinstance(parsed.get("project_id"), str)

    return _tripping(monkeypatch, literals, provider_id="fcm", key="serviceAccount", seed=4, trips=trips)


def test_code_that_parses_json_meets_documents_of_another_shape_more_often(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    without = _documents_of_another_shape(monkeypatch, frozenset())
    with_check = _documents_of_another_shape(monkeypatch, frozenset({_named.Check("json")}))
    # Measured: 55 and 79 of 400. Invalid JSON is common either way (half the documents come in the
    # stored form a write reply carries); the trap moves the rest to documents that parse.
    assert with_check >= 1.1 * max(without, 1)


def _count(
    monkeypatch: pytest.MonkeyPatch,
    literals: frozenset[_named.NamedLiteral],
    trips: Callable[[dict[str, object]], bool],
    seed: int,
) -> int:
    """Of 400 payloads made for code naming ``literals``, how many ``trips``."""
    monkeypatch.setattr(_named, "named_literals", lambda: literals)
    profile = attrs.evolve(make_profile(), named=True)
    source = RandomSource(seed)
    return sum(trips(integration_payload(source, profile)) for _ in range(400))


def _at_range_end(payload: dict[str, object]) -> bool:
    stamps = (payload.get(key) for key in ("createdAt", "updatedAt", "deletedAt"))
    return any(isinstance(s, str) and s[:4] in ("0001", "9999") for s in stamps)


def _id_with_newline(payload: dict[str, object]) -> bool:
    value = payload.get("_id")
    return isinstance(value, str) and value.endswith("\n")


def _host_idna_refuses(payload: dict[str, object]) -> bool:
    credentials = payload.get("credentials")
    if not isinstance(credentials, dict):
        return False
    for key in ("host", "domain"):
        value = credentials.get(key)
        if isinstance(value, str):
            try:
                value.encode("idna")
            except UnicodeError:
                return True
    return False


@pytest.mark.parametrize(
    ("family", "trips"),
    [("range", _at_range_end), ("newline", _id_with_newline), ("idna", _host_idna_refuses)],
)
def test_code_that_shifts_dates_or_anchors_patterns_meets_what_trips_it_more_often(
    monkeypatch: pytest.MonkeyPatch, family: str, trips: Callable[[dict[str, object]], bool]
) -> None:
    without = _count(monkeypatch, frozenset(), trips, seed=11)
    with_check = _count(monkeypatch, frozenset({_named.Check(family)}), trips, seed=11)
    # measured: range 22 and 165, newline 20 and 153, idna 59 and 179 of 400
    assert with_check >= 2.5 * max(without, 1)


def _yaml_reads_a_number(value: str) -> bool:
    try:
        return isinstance(yaml.safe_load(value), int | float)
    except yaml.YAMLError:
        return False  # refused, not retyped


def _longer_in_bytes(value: str) -> bool:
    """Within a limit of 8 characters, past one of 15 bytes (an SMPP password, a system id)."""
    return len(value) <= 8 and len(value.encode("utf-8", "surrogatepass")) > 15


@pytest.mark.parametrize(
    ("family", "trips", "measured"),
    [("yaml", _yaml_reads_a_number, (54, 162)), ("bytes", _longer_in_bytes, (13, 132))],
)
def test_code_that_loads_yaml_or_packs_bytes_meets_what_trips_it_more_often(
    monkeypatch: pytest.MonkeyPatch, family: str, trips: Callable[[str], bool], measured: tuple[int, int]
) -> None:
    """A Gupshup login that YAML reads as a number, or one that fits 8 characters and not 15 bytes."""
    counts = [
        _tripping(monkeypatch, literals, provider_id="gupshup", key="user", seed=9, trips=trips)
        for literals in (frozenset(), frozenset({_named.Check(family)}))
    ]
    assert counts[1] >= 2.5 * max(counts[0], 1), (counts, measured)


def test_code_making_many_checks_meets_their_traps_only_among_odd_formats(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A module of many consumers (more than FOCUSED_CHECKS families) is about none in particular: its
    payloads keep realistic values outside "odd-formats"."""
    others = ("digits", "ip", "json", "pem", "range", "zone")[: FOCUSED_CHECKS + 1]
    focused = _count(monkeypatch, frozenset({_named.Check("idna")}), _host_idna_refuses, seed=11)
    many = frozenset(_named.Check(family) for family in ("idna", *others))
    unfocused = _count(monkeypatch, many, _host_idna_refuses, seed=11)
    without = _count(monkeypatch, frozenset(), _host_idna_refuses, seed=11)
    assert unfocused < focused  # measured: 59 without the check, 179 with it alone, 105 with six
    assert unfocused < 2 * max(without, 1)


@given(st.text(alphabet="ab[]{}0-9^.*+?", max_size=12), st.integers(0, 3))
def test_a_pattern_is_end_anchored_when_its_last_dollar_is_not_escaped(body: str, backslashes: int) -> None:
    pattern = body + "\\" * backslashes + "$"
    source = f"import re\n\ndef f(v):\n    return re.match({pattern!r}, v)\n"
    found = _named.checked_families(frozenset(_named.literals_in_source(source)))
    assert ("newline" in found) == (backslashes % 2 == 0)


@pytest.mark.parametrize(
    ("statement", "family"),
    [
        ("geo, area, number = v.split('-')", "split:-"),
        ("name, value = part.strip().split('=')", "split:="),
        ("[local, domain] = v.rsplit('@')", "split:@"),
        ("host, port = b['host'].split(':')", "split::"),
    ],
)
def test_a_split_unpacked_into_names_is_a_check_of_its_separator(statement: str, family: str) -> None:
    found = _named.literals_in_source(f"def f(v, part, b):\n    {statement}\n    return v\n")
    assert _named.checked_families(frozenset(found)) == {family}


@pytest.mark.parametrize(
    "statement",
    [
        "parts = v.split('-')",  # kept whole: any count fits
        "first, *rest = v.split('-')",
        "a, b = v.partition('-')[::2]",  # partition never fails
        "a, b = v.split()",  # no separator named
        "a, b = v.split(' and then ')",  # a phrase, not a separator
        "local, domain = v.rsplit('@', 1)",  # a maxsplit: one more fits
        "key, value = v.split('=', maxsplit=1)",
    ],
)
def test_a_split_any_count_fits_is_no_check(statement: str) -> None:
    found = _named.literals_in_source(f"def f(v):\n    {statement}\n    return v\n")
    assert _named.checked_families(frozenset(found)) == frozenset()


@pytest.mark.parametrize(
    ("table", "separator", "expected", "left_out"),
    [
        (_formats._REGIONS, "-", {"us-gov-west-1", "global", "us_east_1", ""}, {"eu-west-1", "cn-north-1"}),
        (_formats._EMAILS, "@", {'"a@b"@example.com', "Example Inc", "ada"}, {"ADA@EXAMPLE.COM"}),
        (_formats._HOSTS, ":", {"2001:db8::25", "smtp.example.com:2525"}, {"localhost", "192.0.2.25"}),
    ],
)
def test_a_split_trap_has_more_or_fewer_of_the_separator_than_the_realistic_value(
    table: tuple[_formats.Variant, ...], separator: str, expected: set[str], left_out: set[str]
) -> None:
    base = _formats._table_bases()[id(table)]
    made = {variant(base) for variant in _formats.trapped(table, frozenset({_formats.SPLIT + separator}))}
    assert expected <= made
    assert not left_out & made


def test_a_condition_value_by_its_operator_counts_against_a_realistic_value_of_its_kind() -> None:
    """``low, high = value.split(",")`` on a BETWEEN value: the forms it refuses, not "5,1" or "a,b"."""
    table = _formats.OPERATOR_VALUES["BETWEEN"]
    made = [variant("") for variant in _formats.trapped(table, frozenset({_formats.SPLIT + ","}))]
    assert made == ["1-5", "1", "", "1,,5"]
    assert all(id(table) in _formats._table_bases() for table in _formats.OPERATOR_VALUES.values())


def test_the_regions_a_three_part_unpacking_refuses_come_up_in_code_that_makes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``geo, area, number = region.split("-")`` after a look for ``us-``: a GovCloud region."""

    def trips(payload: dict[str, object]) -> bool:
        credentials = payload.get("credentials")
        region = credentials.get("region") if isinstance(credentials, dict) else None
        if not isinstance(region, str) or re.match("[a-z]{2}-", region) is None:
            return False
        return region.count("-") != 2

    # Over three seeds: one seed's 400 payloads hold a couple of dozen such regions, too few to compare.
    counts = [
        sum(_count(monkeypatch, literals | {"ses"}, trips, seed=seed) for seed in (1, 2, 3))
        for literals in (frozenset(), frozenset({_named.Check(_formats.SPLIT + "-")}))
    ]
    assert counts[1] >= 1.6 * max(counts[0], 1), counts  # measured: 51 and 138 of 1,200


@given(st.sampled_from(_formats.trapped(_formats._TIMESTAMPS, frozenset({"range"}))))
def test_each_range_trap_leaves_the_calendar_when_moved(trap: _formats.Variant) -> None:
    """Moved by a day either way, or by a year (a leap day has no anniversary), each range trap fails."""
    moment = datetime.fromisoformat(trap("2025-04-09T19:28:30.917Z").replace("Z", "+00:00"))
    failures = 0
    moves: list[Callable[[], datetime]] = [
        lambda: moment + timedelta(days=1),
        lambda: moment - timedelta(days=1),
        lambda: moment.replace(year=moment.year + 1),
    ]
    for move in moves:
        try:
            move()
        except (OverflowError, ValueError):
            failures += 1
    assert failures >= 1


@given(
    st.sampled_from(_formats.trapped(_formats._PORTS, frozenset({"bytes"}))),
    st.sampled_from(["!H", ">H", "H"]),
)
def test_each_port_bytes_trap_overflows_a_16_bit_field(trap: _formats.Variant, layout: str) -> None:
    with pytest.raises(struct.error):
        struct.pack(layout, int(trap("587")))


@given(
    st.sampled_from(_formats.trapped(_formats._HOSTS, frozenset({"url"}))), st.sampled_from(["smtp", "https"])
)
def test_each_host_url_trap_makes_a_url_whose_port_cannot_be_read(
    trap: _formats.Variant, scheme: str
) -> None:
    """A host put into a URL after a scheme, with a port after it: ``.port`` raises on each url trap."""
    with pytest.raises(ValueError, match="Port could not be cast"):
        _ = urlsplit(f"{scheme}://{trap('smtp.example.com')}:587").port


@given(st.sampled_from(_formats.trapped(_formats._URLS, frozenset({"query"}))))
def test_each_query_trap_has_fields_strict_parsing_refuses_and_lenient_parsing_drops(
    trap: _formats.Variant,
) -> None:
    query = urlsplit(trap("https://api.example.com/v1/hooks")).query
    with pytest.raises(ValueError, match="bad query field"):
        parse_qsl(query, strict_parsing=True)
    assert len(parse_qsl(query)) < len(query.split("&"))


@pytest.mark.parametrize("unpaired", [False, True])
def test_a_command_line_parser_takes_only_hostile_picks_that_start_as_an_option(unpaired: bool) -> None:
    """Code that parses a command line meets hostile values starting with "-": argparse reads the value
    after ``--identifier`` as an option of its own."""
    draw = _Draw(RandomSource(0), attrs.evolve(make_profile(), unpaired=unpaired), root=None)  # type: ignore[arg-type]
    draw.traps = frozenset({"option"})
    picks = draw.hostile_table
    assert picks
    assert all(_text.hostile("smtp", entry).lstrip(_text.LOW_HALF).startswith("-") for entry in picks)
