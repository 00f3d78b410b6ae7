"""Value models beyond single fields: JSON documents in credentials, and condition values by meaning."""

from __future__ import annotations

import base64
import json
import re
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts import Format
from contracts._declare import field_format
from contracts._models import CredentialsDto
from strategies import integration_payloads
from strategies._formats import (
    REALISTIC,
    VALUE_MODELS,
    VARIANTS,
    Interleaved,
    encrypted,
    field_value_model,
    type_value_model,
)
from strategies._generate import Profile, integration_payload
from strategies._profile import make_profile
from strategies._providers import providers
from strategies._source import RandomSource
from tests.strategies._support import NO_DEADLINE, assert_valid

JsonDict = dict[str, Any]


def _parsed(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def test_a_service_account_is_declared_a_json_document() -> None:
    assert field_format(CredentialsDto, "service_account") is Format.JSON


def test_the_realistic_document_is_an_object_with_a_project() -> None:
    document = _parsed(REALISTIC[Format.JSON])
    assert isinstance(document, dict)
    assert document["project_id"] == "example-project"


def test_the_document_table_has_forms_that_are_no_object_and_objects_odd_to_read() -> None:
    table = VARIANTS[Format.JSON]
    assert isinstance(table, Interleaved)
    base = REALISTIC[Format.JSON]
    assert all(not isinstance(_parsed(variant(base)), dict) for variant in table.structureless)
    readable = [_parsed(variant(base).lstrip("\ufeff")) for variant in table.unusual]
    # Without a string project, though most still parse to an object.
    assert sum(isinstance(doc, dict) for doc in readable) >= len(readable) - 1
    assert all(
        not isinstance(doc, dict) or not isinstance(doc.get("project_id"), str) for doc in readable[:2]
    )
    with pytest.raises(RecursionError):
        json.loads(next(v(base) for v in table.structureless if v(base).startswith("[[")))


@settings(NO_DEADLINE, max_examples=60)
@given(integration_payloads(provider_id="fcm"))
def test_fcm_payloads_stay_valid(payload: JsonDict) -> None:
    assert_valid(payload)


def _settings(text: str) -> dict[str, str]:
    """A connection string's settings, as careful code reads them."""
    pairs = (part.partition("=") for part in text.strip().strip('"').split(";") if part.strip())
    return {name.strip().lower(): value.strip() for name, _, value in pairs}


def test_azure_sms_says_its_access_key_is_a_connection_string() -> None:
    """The provider's word (providers.json), not the declaration: accessKey is a bare key elsewhere."""
    (azure,) = (known for known in providers() if known.id == "azure-sms")
    assert azure.credential_formats["accessKey"] is Format.CONNECTION_STRING
    assert field_format(CredentialsDto, "access_key") is Format.SECRET


def test_the_realistic_connection_string_has_an_endpoint_and_a_padded_key() -> None:
    found = _settings(REALISTIC[Format.CONNECTION_STRING])
    assert found["endpoint"].startswith("https://")
    # 64 bytes, so it ends in "==" as real ones do
    assert len(base64.b64decode(found["accesskey"], validate=True)) == 64
    assert found["accesskey"].endswith("==")


def test_azure_sms_payloads_carry_connection_strings_and_their_variants() -> None:
    source, profile = RandomSource(3), make_profile(provider_id="azure-sms")
    keys = [integration_payload(source, profile).get("credentials", {}).get("accessKey") for _ in range(300)]
    strings = [key for key in keys if isinstance(key, str)]
    padded = sum("accesskey=" in key.lower() and key.rstrip('"\r\n;').endswith("==") for key in strings)
    assert padded >= 40  # measured: 53 of 300 (the rest: no key, blank, or other variants)
    assert sum(";" not in key for key in strings) >= 30  # a bare key, the endpoint alone, blank
    assert len({key.lower() for key in strings}) >= 10


def test_fcm_service_accounts_cover_objects_and_other_json() -> None:
    source, kinds = RandomSource(3), set()
    for _ in range(400):
        payload = integration_payload(source, Profile(provider_ids=("fcm",)))
        account = payload.get("credentials", {}).get("serviceAccount")
        if isinstance(account, str):
            kinds.add(type(_parsed(account)).__name__)
    assert {"dict", "str", "list", "NoneType"} <= kinds


@pytest.mark.parametrize(
    ("field", "meaning"),
    [
        ("subscriber.timezone", "time-zone"),
        ("timeZone", "time-zone"),
        ("payload.tz", "time-zone"),
        ("locale", "locale"),
        ("subscriber.email", "email"),
        ("payload.createdAt", "timestamp"),
        ("subscriber.isOnline", "flag"),
        ("isEmailVerified", "flag"),  # a question: a flag, whatever it names
        ("hasPhone", "flag"),
        ("deliveryZone", None),  # a zone is a time zone next to "time" only
        ("subscriber.plan", None),
        ("tier", None),
    ],
)
def test_a_field_name_says_what_its_value_means(field: str, meaning: str | None) -> None:
    assert field_value_model(field) is (VALUE_MODELS[meaning] if meaning else None)


def test_a_condition_type_says_what_its_values_mean() -> None:
    assert type_value_model("BOOLEAN") is VALUE_MODELS["flag"]
    assert type_value_model("DATE") is VALUE_MODELS["timestamp"]
    assert type_value_model("TEXT") is None
    assert type_value_model(None) is None


@pytest.mark.parametrize("meaning", list(VALUE_MODELS))
def test_every_model_has_distinct_forms_of_its_realistic_value(meaning: str) -> None:
    model = VALUE_MODELS[meaning]
    values = [variant(model.realistic[0]) for variant in dict.fromkeys(model.variants)]
    assert all(isinstance(value, str) for value in values)
    assert len(set(values)) == len(values)
    assert len(values) >= 8


def _zone_outcomes() -> tuple[int, int]:
    """(forms ``ZoneInfo`` refuses outright, forms it reads) of the time-zone table."""
    model = VALUE_MODELS["time-zone"]
    refused, read = 0, 0
    for variant in dict.fromkeys(model.variants):
        try:
            ZoneInfo(variant(model.realistic[0]))
            read += 1
        except ValueError:  # not ZoneInfoNotFoundError: an absolute or escaping path, or blank
            refused += 1
        except KeyError:  # ZoneInfoNotFoundError: a key no zone database has
            pass
    return refused, read


def test_time_zone_forms_include_keys_zoneinfo_refuses() -> None:
    """Refused before any zone database is read, so this holds on every host."""
    assert _zone_outcomes()[0] >= 2


@pytest.mark.skipif(not available_timezones(), reason="no time-zone database on this host")
def test_time_zone_forms_include_keys_zoneinfo_reads() -> None:
    assert _zone_outcomes()[1] >= 4


def _zone_values(payload: JsonDict) -> list[str]:
    return [
        child["value"]
        for condition in payload.get("conditions", [])
        for child in condition["children"]
        if child["field"] == "timezone" and child["operator"] == "EQUAL"
    ]


@st.composite
def _with_named_zone_field(draw: st.DrawFn) -> JsonDict:
    from strategies import _named

    literals = frozenset({_named.Compared("field", "timezone")})
    saved = _named.named_literals
    _named.named_literals = lambda: literals
    try:
        payload: JsonDict = draw(integration_payloads())
    finally:
        _named.named_literals = saved
    return payload


def test_a_field_the_code_names_is_compared_for_equality_with_values_of_its_meaning() -> None:
    """Code that reads ``"timezone"`` children gets zone values on EQUAL, refused keys among them."""
    seen: list[str] = []

    @settings(NO_DEADLINE, max_examples=300, database=None)
    @given(_with_named_zone_field())
    def collect(payload: JsonDict) -> None:
        seen.extend(_zone_values(payload))

    collect()
    assert any(value.startswith("/") for value in seen), seen[:20]
    assert {"Europe/Berlin", "UTC", "Asia/Calcutta"} & set(seen), seen[:20]


def test_the_stored_form_reads_as_novu_writes_it() -> None:
    assert re.fullmatch(r"nvsk\.[0-9a-f]{32}:[0-9a-f]+", encrypted(REALISTIC[Format.JSON]))
    table = VARIANTS[Format.JSON]
    stored = [v(REALISTIC[Format.JSON]) for v in table if v(REALISTIC[Format.JSON]).startswith("nvsk.")]
    assert stored
    assert not any(re.search(r"\d{8}:", value) for value in stored), "read as a Telegram bot token"


def test_realistic_fcm_payloads_carry_the_document_and_its_stored_form() -> None:
    """A GET's decrypted document and a write reply's encrypted one, even without edge cases."""
    source, forms = RandomSource(11), set()
    for _ in range(100):
        payload = integration_payload(source, Profile(provider_ids=("fcm",), edge_cases=False))
        account = payload.get("credentials", {}).get("serviceAccount")
        if isinstance(account, str):
            forms.add("stored" if account.startswith("nvsk.") else type(_parsed(account)).__name__)
    assert forms == {"stored", "dict"}


def test_a_realistic_azure_payload_carries_the_connection_string_as_it_is() -> None:
    """Not bracketed as other secrets are: code that reads its settings finds them (the key in it is base64
    of placeholder text, which a scanner does not flag: tests/fixtures/test_secret_scan.py)."""
    profile = make_profile(provider_id="azure-sms", edge_cases=False)
    keys = {
        integration_payload(RandomSource(seed), profile)["credentials"].get("accessKey") for seed in range(20)
    }
    assert keys == {REALISTIC[Format.CONNECTION_STRING]}
