"""``integration_payloads`` and ``integration_responses``: valid, constrained, realistic, no real secrets."""

from __future__ import annotations

import base64
import json
import re

from hypothesis import assume, example, find, given, settings
from hypothesis import strategies as st

from contracts import Channel, IntegrationResponseDto, contract, dump, parse
from strategies import edge_cases_in, integration_payloads, integration_responses
from strategies._generate import MAX_SLUGGED_NAME, _Draw, _identifier
from strategies._profile import make_profile
from strategies._providers import Provider, provider, providers
from strategies._source import RandomSource
from tests.strategies._support import (
    CREDENTIAL_KEYS,
    FAKE_SECRET,
    ID_KEYS,
    IDENTIFIER_SUFFIX,
    NO_DEADLINE,
    OBJECT_ID,
    PLACEHOLDER,
    TOP_KEYS,
    JsonDict,
    assert_valid,
    declared_strings,
    errors_of,
    is_iso_timestamp,
    is_scanner_safe,
    is_scanner_safe_document,
    is_scanner_safe_settings,
    looks_like_real_secret,
    secret_members,
    secret_values,
    slug,
    unknown_keys,
)

CHANNEL_NAMES = [channel.value for channel in Channel]
channels = st.sampled_from(list(Channel)) | st.sampled_from(CHANNEL_NAMES)
known_providers = st.sampled_from(providers())

# Edge cases a realistic payload must never show once edge_cases=False (structural facts of
# real data, such as an empty condition list or a primary-but-inactive record, stay allowed).
STRING_AND_SHAPE_EDGE_CASES = frozenset(
    {
        "empty-strings",
        "whitespace-only-strings",
        "very-long-strings",
        "non-ascii-strings",
        "rtl-strings",
        "emoji-strings",
        "deleted-without-deletedAt",
        "non-iso-deletedAt",
        "live-with-deletedAt",
        "credentials-with-every-key",
        "non-numeric-port",
        "nested-tlsOptions",
        "unknown-providerId",
        "many-conditions",
    }
)


# --- validity ----------------------------------------------------------------------------------


@settings(NO_DEADLINE, max_examples=1000)
@given(integration_payloads())
def test_every_payload_satisfies_the_contract_and_novu_py(payload: JsonDict) -> None:
    """No error-severity violation from ``contracts.check``, plain JSON, and novu-py 1.0.0 parses it."""
    assert_valid(payload)


@settings(NO_DEADLINE)
@given(
    st.data(),
    st.sampled_from([None, True, False]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_payloads_are_valid_under_any_combination_of_switches(
    data: st.DataObject, conditions: bool | None, extra_keys: bool, realistic: bool, edge_cases: bool
) -> None:
    """Any mix of ``conditions``, ``extra_keys``, ``realistic`` and ``edge_cases`` gives valid payloads."""
    strategy = integration_payloads(
        conditions=conditions, extra_keys=extra_keys, realistic=realistic, edge_cases=edge_cases
    )
    assert_valid(data.draw(strategy))


# --- keyword constraints -------------------------------------------------------------------------


@settings(NO_DEADLINE)
@given(st.data(), channels)
def test_one_channel_fixes_the_channel(data: st.DataObject, channel: Channel | str) -> None:
    """``channel=c`` (a ``Channel`` or its string value) gives ``payload["channel"] == c`` every time."""
    payload = data.draw(integration_payloads(channel=channel))
    assert payload["channel"] == Channel(channel).value
    assert_valid(payload)


@settings(NO_DEADLINE)
@given(st.data(), st.lists(channels, min_size=1, max_size=5))
def test_several_channels_restrict_the_channel(data: st.DataObject, wanted: list[Channel | str]) -> None:
    """``channel=[a, b]`` gives only channels among ``a`` and ``b``."""
    payload = data.draw(integration_payloads(channel=wanted))
    assert payload["channel"] in {Channel(c).value for c in wanted}


@settings(NO_DEADLINE)
@given(st.data(), known_providers)
def test_a_known_provider_id_fixes_provider_and_channel(data: st.DataObject, chosen: Provider) -> None:
    """``provider_id`` of a real provider gives that ``providerId`` on that provider's channel."""
    payload = data.draw(integration_payloads(provider_id=chosen.id))
    assert payload["providerId"] == chosen.id
    assert payload["channel"] == chosen.channel.value
    assert_valid(payload)


@settings(NO_DEADLINE)
@given(st.data(), st.text(max_size=20), st.none() | channels)
def test_an_unknown_provider_id_is_used_as_is(
    data: st.DataObject, provider_id: str, channel: Channel | str | None
) -> None:
    """An id Novu never had (any string) is generated verbatim, on any channel asked for."""
    assume(provider(provider_id) is None)
    payload = data.draw(integration_payloads(provider_id=provider_id, channel=channel))
    assert payload["providerId"] == provider_id
    if channel is not None:
        assert payload["channel"] == Channel(channel).value


@settings(NO_DEADLINE)
@given(st.data(), st.lists(known_providers, min_size=1, max_size=4, unique=True))
def test_several_provider_ids_restrict_the_provider_id(data: st.DataObject, chosen: list[Provider]) -> None:
    """``provider_id=[a, b]`` gives only ``a`` or ``b``, on one of their channels."""
    payload = data.draw(integration_payloads(provider_id=[p.id for p in chosen]))
    assert payload["providerId"] in {p.id for p in chosen}
    assert payload["channel"] in {p.channel.value for p in chosen}


@settings(NO_DEADLINE)
@given(st.data())
def test_several_provider_ids_keep_each_provider_on_its_own_channel(data: st.DataObject) -> None:
    """In realistic mode the providerId drawn from several belongs to the channel of the same payload."""
    payload = data.draw(integration_payloads(provider_id=["sendgrid", "twilio"], edge_cases=False))
    found = provider(payload["providerId"])
    assert found is not None
    assert found.channel.value == payload["channel"]


@settings(NO_DEADLINE)
@given(st.data())
def test_a_known_provider_id_keeps_that_providers_name_and_credential_keys(data: st.DataObject) -> None:
    """``provider_id='sendgrid'`` in realistic mode looks like a SendGrid integration, as without it."""
    sendgrid = provider("sendgrid")
    assert sendgrid is not None
    payload = data.draw(integration_payloads(provider_id="sendgrid", edge_cases=False))
    assert payload["name"] == sendgrid.display_name
    assert set(payload["credentials"]) == set(sendgrid.credential_keys)


@settings(NO_DEADLINE)
@given(st.data(), st.sampled_from(["active", "deleted", "primary"]), st.booleans())
def test_active_deleted_primary_can_be_fixed(data: st.DataObject, key: str, value: bool) -> None:
    """``active=``, ``deleted=`` or ``primary=`` True/False fixes that boolean in every payload."""
    payload = data.draw(integration_payloads(**{key: value}))  # type: ignore[arg-type]
    assert payload[key] is value
    assert_valid(payload)


@settings(NO_DEADLINE)
@given(integration_payloads(conditions=True))
def test_conditions_true_gives_at_least_one_condition(payload: JsonDict) -> None:
    """``conditions=True``: the key is present with one condition or more."""
    assert len(payload["conditions"]) >= 1


@settings(NO_DEADLINE)
@given(integration_payloads(conditions=False))
def test_conditions_false_gives_no_condition(payload: JsonDict) -> None:
    """``conditions=False``: the key is absent or ``[]``."""
    assert payload.get("conditions", []) == []


@settings(NO_DEADLINE)
@given(integration_payloads(extra_keys=False))
def test_extra_keys_false_gives_no_unknown_key(payload: JsonDict) -> None:
    """``extra_keys=False``: no key outside the contract, at the top level or inside credentials."""
    assert unknown_keys(payload) == set()
    assert set(payload) <= TOP_KEYS
    assert set(payload["credentials"]) <= CREDENTIAL_KEYS


@settings(NO_DEADLINE)
@given(integration_payloads(realistic=False))
def test_realistic_false_makes_no_realistic_ids_or_timestamps(payload: JsonDict) -> None:
    """``realistic=False``: no 24-hex ObjectId and no ISO timestamp anywhere; still valid."""
    assert not any(OBJECT_ID.fullmatch(text) for text in declared_strings(payload))
    assert not is_iso_timestamp(payload.get("deletedAt", ""))
    assert_valid(payload)


@settings(NO_DEADLINE)
@given(integration_payloads(realistic=False, edge_cases=False))
def test_realistic_false_without_edge_cases_gives_short_plain_strings(payload: JsonDict) -> None:
    """``realistic=False, edge_cases=False``: every string is at most 12 characters of ``[a-z0-9 _-]``.

    Secret-ish credentials are the same strings inside a ``<...>`` placeholder.
    """
    for text in declared_strings(payload):
        if PLACEHOLDER.fullmatch(text):
            text = text[1:-1]
        assert len(text) <= 12
        assert set(text) <= set("abcdefghijklmnopqrstuvwxyz0123456789-_ ")


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False))
def test_edge_cases_false_gives_no_string_or_shape_edge_case(payload: JsonDict) -> None:
    """``edge_cases=False``: no odd strings, odd deletion fields, odd credentials, unknown provider, ..."""
    assert not set(edge_cases_in(payload)) & STRING_AND_SHAPE_EDGE_CASES
    assert all(text.strip() and text.isascii() and len(text) < 1000 for text in declared_strings(payload))


# --- instances -------------------------------------------------------------------------------------


@settings(NO_DEADLINE)
@given(integration_responses())
def test_responses_round_trip_through_dump_and_parse(integration: IntegrationResponseDto) -> None:
    """``integration_responses()`` gives instances; ``parse(dump(x)) == x`` and ``dump(x)`` is valid."""
    assert isinstance(integration, IntegrationResponseDto)
    payload = dump(integration)
    assert parse(payload) == integration
    assert dump(parse(payload)) == payload
    assert errors_of(payload) == []


@settings(NO_DEADLINE)
@given(st.data(), channels, st.booleans(), st.booleans())
def test_responses_honour_the_keyword_constraints(
    data: st.DataObject, channel: Channel | str, deleted: bool, conditions: bool
) -> None:
    """``integration_responses`` passes ``channel``, ``deleted`` and ``conditions`` through."""
    integration = data.draw(integration_responses(channel=channel, deleted=deleted, conditions=conditions))
    assert integration.channel is Channel(channel)
    assert integration.deleted is deleted
    assert bool(integration.conditions) is conditions


# --- realism ----------------------------------------------------------------------------------------


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False))
def test_realistic_provider_belongs_to_the_channel(payload: JsonDict) -> None:
    """Realistic, no edge cases: providerId is a real provider of the payload's channel."""
    found = provider(payload["providerId"])
    assert found is not None
    assert found.channel.value == payload["channel"]


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False))
def test_realistic_ids_are_object_ids(payload: JsonDict) -> None:
    """Realistic, no edge cases: ``_id``, ``_environmentId``, ``_organizationId``, ``deletedBy``: 24-hex."""
    for key in ID_KEYS:
        if key in payload:
            assert OBJECT_ID.fullmatch(payload[key]), (key, payload[key])
    if "id" in payload:  # write replies carry id, equal to _id
        assert payload["id"] == payload["_id"]


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False, extra_keys=False))
def test_realistic_credential_keys_are_the_providers(payload: JsonDict) -> None:
    """Realistic, no edge cases: credentials use a subset of the keys the provider's form sets."""
    found = provider(payload["providerId"])
    assert found is not None
    assert set(payload["credentials"]) <= set(found.credential_keys)


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False))
def test_realistic_declared_credential_keys_stay_the_providers_with_extra_keys(payload: JsonDict) -> None:
    """With unknown keys on, the contract's credential keys still come from the provider's form."""
    found = provider(payload["providerId"])
    assert found is not None
    declared = {k for k in payload["credentials"] if f"/credentials/{k}" not in unknown_keys(payload)}
    assert declared <= set(found.credential_keys)


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False))
def test_realistic_deletion_fields_follow_the_soft_delete_rules(payload: JsonDict) -> None:
    """Live records carry no deletedAt/deletedBy; deleted ones carry an ISO-8601 deletedAt."""
    if payload["deleted"]:
        assert is_iso_timestamp(payload["deletedAt"]), payload["deletedAt"]
    else:
        assert "deletedAt" not in payload
        assert "deletedBy" not in payload


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False))
def test_realistic_name_and_identifier(payload: JsonDict) -> None:
    """The name is the provider's display name; identifier is ``<slug of name>-<8 alphanumerics>``."""
    found = provider(payload["providerId"])
    assert found is not None
    assert payload["name"] == found.display_name
    prefix = slug(payload["name"])
    assert payload["identifier"].startswith(prefix)
    assert IDENTIFIER_SUFFIX.fullmatch(payload["identifier"][len(prefix) :])


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False, extra_keys=True))
def test_realistic_extra_keys_look_like_the_real_apis(payload: JsonDict) -> None:
    """createdAt/updatedAt are ISO-8601 and ``__v`` is a number when the real API's extra keys are added."""
    for key in ("createdAt", "updatedAt"):
        if key in payload:
            assert is_iso_timestamp(payload[key])
    if "__v" in payload:
        assert type(payload["__v"]) is int


@settings(NO_DEADLINE)
@given(integration_payloads(edge_cases=False))
def test_realistic_secret_credentials_are_fake_placeholders(payload: JsonDict) -> None:
    """Realistic, no edge cases: every secret-ish credential reads ``<fake-<key slug>-NNNN>``.

    A service account is a JSON object whose own secrets (its private key) read that way, or its
    stored form (``nvsk.<iv>:<cipher>``, as write replies carry it, hex of fake data).
    """
    for key, value in secret_values(payload):
        if key == "serviceAccount" and value.startswith("nvsk."):
            assert re.fullmatch(r"nvsk\.[0-9a-f]{32}:[0-9a-f]+", value), value
        elif key == "serviceAccount":
            assert isinstance(json.loads(value), dict), value
            members = secret_members(value)
            assert members, value
            assert all(FAKE_SECRET.fullmatch(member) for member in members), value
        elif ";" in value:  # a connection string (Azure SMS): its key is base64 of placeholder text
            settings = dict(part.partition("=")[::2] for part in value.split(";"))
            assert settings.keys() == {"endpoint", "accesskey"}, value
            assert base64.b64decode(settings["accesskey"], validate=True).startswith(b"<fake-"), value
        else:
            assert FAKE_SECRET.fullmatch(value), (key, value)


@example(payload={"credentials": {"apiKey": "<fake-api-key-0042>", "token": "", "password": "a"}})
@example(payload={"credentials": {"accessKey": "日本語の名前", "apiToken": "<ocabgaaawdf5>"}})
@example(  # found by Hypothesis 6.170.27: a variant of Azure SMS's connection string
    payload={
        "credentials": {
            "accessKey": "Endpoint=https://example-sms.communication.azure.com/;AccessKey="
            "PGZha2UtYWNzLWFjY2Vzcy1rZXktMDAwMT48ZmFrZS1hY3MtYWNjZXNzLWtleS0wMDAxPjxmYWtlLWFjcy1hYw=="
        }
    }
)
@settings(NO_DEADLINE)
@given(
    st.one_of(
        integration_payloads(),
        integration_payloads(realistic=False),
        integration_payloads(realistic=False, edge_cases=False),
    )
)
def test_secret_credentials_are_placeholders_or_letterless_edge_cases(payload: JsonDict) -> None:
    """In every mode, a secret-ish credential is a ``<...>`` placeholder, or too short/letterless to be one.

    (Before the scanner-safe change, ``realistic=False`` gave raw ``apiKey: "ocabgaaawdf5"``.)
    """
    for key, value in secret_values(payload):
        if key == "serviceAccount":
            assert is_scanner_safe_document(value), value
        elif ";" in value:  # a connection string (Azure SMS), left unbracketed so its settings can be read
            assert is_scanner_safe_settings(value), (key, value)
        else:
            assert is_scanner_safe(value), (key, value)


@example(payload={"credentials": {"apiKey": "<fake-api-key-0001>"}})
@settings(NO_DEADLINE)
@given(
    st.one_of(
        integration_payloads(),
        integration_payloads(realistic=False),
        integration_payloads(edge_cases=False),
    )
)
def test_no_credential_value_has_a_real_secret_format(payload: JsonDict) -> None:
    """No credential string, in any mode, matches a vendor secret format a scanner would flag."""
    for key, value in payload["credentials"].items():
        if isinstance(value, str):
            assert not looks_like_real_secret(value), (key, value)


def test_the_secret_format_detector_can_fail() -> None:
    """The detector used above does flag real-looking secrets (so the property above can fail)."""
    assert looks_like_real_secret("SG." + "a" * 22 + "." + "b" * 43)
    assert looks_like_real_secret("AKIA" + "ABCDEFGHIJKLMNOP")
    assert not looks_like_real_secret("<fake-api-key-0001>")


# --- contract="3.x" ------------------------------------------------------------------------------


@settings(NO_DEADLINE)
@given(integration_payloads(contract="3.x"))
def test_3x_payloads_satisfy_the_3x_contract(payload: JsonDict) -> None:
    """``contract="3.x"`` payloads break no rule of the 3.x contract."""
    assert errors_of(payload, contract="3.x") == []


def test_3x_payloads_use_the_3x_optionality() -> None:
    """3.x made ``channel`` and ``credentials`` optional: the strategy does leave them out."""
    payload = find(
        integration_payloads(contract="3.x"),
        lambda p: "channel" not in p and "credentials" not in p,
        settings=settings(database=None, max_examples=2000, deadline=None),
    )
    assert errors_of(payload, contract="3.x") == []
    assert errors_of(payload) != []  # the same payload breaks 0.7.0


@settings(NO_DEADLINE)
@given(integration_responses(contract="3.x"))
def test_3x_responses_are_instances_of_the_3x_class(integration: object) -> None:
    """``integration_responses(contract="3.x")`` gives instances of the 3.x root class."""
    assert isinstance(integration, contract("3.x").root)


@settings(NO_DEADLINE)
@given(integration_payloads(contract="3.x", channel="sms"))
def test_3x_channel_constraint_holds_in_every_payload(payload: JsonDict) -> None:
    """Asking for ``channel="sms"`` under 3.x gives sms integrations, not channel-less ones."""
    assert payload.get("channel") == "sms"


def test_a_connection_string_is_scanner_safe_only_with_a_placeholder_key() -> None:
    placeholder = base64.b64encode(b"<fake-acs-access-key-0001>").decode()
    real = base64.b64encode(bytes(range(64))).decode()
    assert is_scanner_safe_settings(f'"Endpoint=https://x.example/;AccessKey={placeholder.rstrip("=")}"\r\n')
    assert not is_scanner_safe_settings(f"endpoint=https://x.example/;accesskey={real}")
    assert not is_scanner_safe_settings("accesskey=not base64!;endpoint=https://x.example/")


@given(st.text(max_size=MAX_SLUGGED_NAME + 40))
@example("水族館アラーム")  # no Latin letter or digit: an empty slug, so the identifier starts with "-"
@example("x" * (MAX_SLUGGED_NAME + 1))
def test_the_identifier_is_slugged_from_the_payloads_name(name: str) -> None:
    """As the server makes it: ``slugify(name) + "-" + shortid``, from the name the payload has (one too
    long for that is left to the provider's name)."""
    draw = _Draw(RandomSource(0), make_profile(edge_cases=False), root=None)  # type: ignore[arg-type]
    draw.name = name
    identifier = _identifier(draw)
    slugged = name if len(name) <= MAX_SLUGGED_NAME else "Custom integration"
    assert identifier.startswith(slug(slugged) + "-")
    assert IDENTIFIER_SUFFIX.fullmatch(identifier[len(slug(slugged)) :])
    if name == "水族館アラーム":
        assert identifier.startswith("-")
