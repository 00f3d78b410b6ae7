"""Contract versions: ``diff`` between 0.7.0 and 3.x, and the 3.x machinery derived from one declaration.

Expectations come from ``IntegrationResponseDto-3.x.md``: ``channel`` and ``credentials``
became optional, ``kind`` (``delivery``/``agent``) and ``configurations`` are new, and
``CredentialsDto`` gained fourteen optional keys.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import contracts
from contracts import Change, Code, Difference, Impact, diff
from contracts._checker import errors
from contracts._shape import ArrayShape, ObjectShape, Shape
from strategies import ExpectedViolation, integration_payloads, invalid_payloads
from strategies._cli import main

V3 = "3.x"
VERSIONS = ["0.7.0", V3]
NEW_CREDENTIAL_KEYS = (
    "appSid",
    "senderId",
    "tenantId",
    "appIOBaseUrl",
    "signingSecret",
    "outboundIntegrationId",
    "outboundConnectedAt",
    "whatsNextCompletedAt",
    "fromAddressOverride",
    "emailSlugPrefix",
    "externalEnvironmentId",
    "externalVaultId",
    "externalWorkspaceId",
    "useFromAddressOverride",
)
KINDS = ("delivery", "agent")
GENERATED = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REACH = settings(deadline=None, database=None, derandomize=True, suppress_health_check=list(HealthCheck))

Triple = tuple[str, Change, Impact]


def triples(differences: list[Difference]) -> list[Triple]:
    return sorted((d.path, d.change, d.impact) for d in differences)


def errors_3x(payload: Any) -> list[tuple[str, Code]]:
    return [(v.path, v.code) for v in errors(contracts.check(payload, contract=V3))]


def known_only(value: Any, shape: Shape) -> Any:
    """``value`` without the keys the contract does not declare, at every depth."""
    if isinstance(shape, ObjectShape):
        fields = {field.wire: field.shape for field in shape.fields}
        return {key: known_only(item, fields[key]) for key, item in value.items() if key in fields}
    if isinstance(shape, ArrayShape):
        return [known_only(item, shape.items) for item in value]
    return value  # scalars, enums and free-form objects (tlsOptions) are kept whole


# --- diff ----------------------------------------------------------------------------------------


def test_diff_to_3x_reports_channel_and_credentials_optional_as_breaking_and_new_keys_as_safe() -> None:
    expected = [
        ("channel", Change.BECAME_OPTIONAL, Impact.BREAKING),
        ("credentials", Change.BECAME_OPTIONAL, Impact.BREAKING),
        ("kind", Change.KEY_ADDED, Impact.SAFE),
        ("configurations", Change.KEY_ADDED, Impact.SAFE),
        *((f"credentials.{key}", Change.KEY_ADDED, Impact.SAFE) for key in NEW_CREDENTIAL_KEYS),
    ]
    assert triples(diff(V3, contract="0.7.0")) == sorted(expected)


def test_diff_to_3x_names_the_versions_in_its_details() -> None:
    by_path = {d.path: d for d in diff(V3, contract="0.7.0")}
    assert "contract 0.7.0" in by_path["channel"].detail
    assert "contract 3.x" in by_path["channel"].detail
    assert "optional" in by_path["kind"].detail


@pytest.mark.parametrize("version", VERSIONS)
def test_a_version_does_not_differ_from_itself(version: str) -> None:
    assert diff(version, contract=version) == []


def test_diff_back_from_3x_to_0_7_0_is_all_safe_removals_and_requirements() -> None:
    """A consumer written for 3.x meets 0.7.0 data: optional keys it handles as absent, nothing else."""
    expected = [
        ("channel", Change.BECAME_REQUIRED, Impact.SAFE),
        ("credentials", Change.BECAME_REQUIRED, Impact.SAFE),
        ("kind", Change.KEY_REMOVED, Impact.SAFE),
        ("configurations", Change.KEY_REMOVED, Impact.SAFE),
        *((f"credentials.{key}", Change.KEY_REMOVED, Impact.SAFE) for key in NEW_CREDENTIAL_KEYS),
    ]
    assert triples(diff("0.7.0", contract=V3)) == sorted(expected)


def test_diff_of_an_unknown_version_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"'0\.7\.0', '3\.x'"):
        diff("4.0", contract="0.7.0")


# --- check(contract="3.x") -----------------------------------------------------------------------

CONFIGURATIONS = st.fixed_dictionaries(
    {}, optional={"inboundWebhookEnabled": st.booleans(), "inboundWebhookSigningKey": st.text(max_size=20)}
)


@GENERATED
@given(
    payload=integration_payloads(contract="0.7.0", extra_keys=False),
    drop=st.sets(st.sampled_from(["channel", "credentials"]), min_size=1),
    kind=st.none() | st.sampled_from(KINDS),
    configurations=st.none() | CONFIGURATIONS,
)
def test_3x_accepts_payloads_without_channel_or_credentials_and_with_kind_or_configurations(
    payload: dict[str, Any], drop: set[str], kind: str | None, configurations: dict[str, Any] | None
) -> None:
    for key in drop:
        del payload[key]
    if kind is not None:
        payload["kind"] = kind
    if configurations is not None:
        payload["configurations"] = configurations
    assert errors_3x(payload) == []
    # ... which 0.7.0 rejects for exactly the dropped keys: the versions really differ.
    assert sorted((v.path, v.code) for v in errors(contracts.check(payload))) == sorted(
        (f"/{key}", Code.MISSING) for key in drop
    )


@GENERATED
@given(
    payload=integration_payloads(contract=V3, extra_keys=False),
    kind=st.text(max_size=12).filter(lambda k: k not in KINDS),
)
def test_3x_rejects_a_kind_outside_its_enum(payload: dict[str, Any], kind: str) -> None:
    payload["kind"] = kind
    assert errors_3x(payload) == [("/kind", Code.ENUM)]


def test_3x_rejects_an_upper_case_agent_kind() -> None:
    payload = {**_minimal_3x(), "kind": "AGENT"}
    violations = errors(contracts.check(payload, contract=V3))
    assert [(v.path, v.code) for v in violations] == [("/kind", Code.ENUM)]
    assert "'agent'" in violations[0].message


@GENERATED
@given(
    payload=integration_payloads(contract=V3, extra_keys=False),
    configurations=st.sampled_from([[], "", 0, 1.5, True, ["inboundWebhookEnabled"]]),
)
def test_3x_rejects_configurations_that_are_not_an_object(
    payload: dict[str, Any], configurations: Any
) -> None:
    payload["configurations"] = configurations
    assert errors_3x(payload) == [("/configurations", Code.TYPE)]


def _minimal_3x() -> dict[str, Any]:
    return {
        "_environmentId": "e",
        "_organizationId": "o",
        "name": "n",
        "identifier": "i",
        "providerId": "p",
        "active": True,
        "deleted": False,
        "primary": False,
    }


@pytest.mark.parametrize(
    ("key", "value", "path", "code"),
    [
        ("configurations", [], "/configurations", Code.TYPE),
        ("configurations", None, "/configurations", Code.NULL),
        (
            "configurations",
            {"inboundWebhookEnabled": "true"},
            "/configurations/inboundWebhookEnabled",
            Code.TYPE,
        ),
        (
            "configurations",
            {"inboundWebhookSigningKey": 5},
            "/configurations/inboundWebhookSigningKey",
            Code.TYPE,
        ),
        ("kind", None, "/kind", Code.NULL),
        ("kind", "AGENT", "/kind", Code.ENUM),
        ("credentials", {"useFromAddressOverride": "yes"}, "/credentials/useFromAddressOverride", Code.TYPE),
        ("credentials", {"appSid": False}, "/credentials/appSid", Code.TYPE),
    ],
)
def test_3x_reports_each_violation_of_its_new_keys_at_its_path(
    key: str, value: Any, path: str, code: Code
) -> None:
    assert errors_3x({**_minimal_3x(), key: value}) == [(path, code)]


# --- strategies.integration_payloads(contract="3.x") ---------------------------------------------


@GENERATED
@given(integration_payloads(contract=V3))
def test_generated_3x_payloads_pass_the_3x_check(payload: dict[str, Any]) -> None:
    assert errors_3x(payload) == []


def _observed(strategy: st.SearchStrategy[Any], features: Any, examples: int) -> set[str]:
    """The feature names seen over ``examples`` deterministic draws of ``strategy`` (no shrinking)."""
    seen: set[str] = set()

    @settings(REACH, max_examples=examples)
    @given(strategy)
    def observe(value: Any) -> None:
        seen.update(features(value))

    observe()
    return seen


def _payload_features(payload: dict[str, Any]) -> set[str]:
    assert errors_3x(payload) == []
    found = {"without channel"} if "channel" not in payload else set()
    found |= {"without credentials"} if "credentials" not in payload else set()
    found |= {f"kind {payload['kind']}"} if "kind" in payload else set()
    found |= {"configurations"} if payload.get("configurations") else set()
    credentials = payload.get("credentials", {})
    found |= {"new credential key"} if any(key in credentials for key in NEW_CREDENTIAL_KEYS) else set()
    return found


def test_generated_3x_payloads_reach_every_3x_only_shape() -> None:
    seen = _observed(integration_payloads(contract=V3), _payload_features, 150)
    assert seen == {
        "without channel",
        "without credentials",
        "kind agent",
        "kind delivery",
        "configurations",
        "new credential key",
    }


@GENERATED
@given(integration_payloads(contract="0.7.0"))
def test_every_generated_0_7_0_payload_is_valid_under_3x(payload: dict[str, Any]) -> None:
    assert errors(contracts.check(payload)) == []
    assert errors_3x(payload) == []


@GENERATED
@given(integration_payloads(contract=V3))
def test_parse_3x_round_trips_through_dump(payload: dict[str, Any]) -> None:
    root = contracts.contract(V3).root
    instance = contracts.parse(payload, contract=V3)
    dumped = contracts.dump(instance)
    assert dumped == known_only(payload, contracts.contract(V3).shape)
    assert contracts.parse(dumped, contract=V3) == instance
    assert ("kind" in dumped) is (instance.kind is not None)
    assert type(instance) is root


def test_parse_3x_keeps_kind_and_configurations() -> None:
    payload = {**_minimal_3x(), "kind": "agent", "configurations": {"inboundWebhookEnabled": True}}
    instance = contracts.parse(payload, contract=V3)
    assert instance.kind == "agent"
    assert instance.channel is None
    assert instance.credentials is None
    assert instance.configurations.inbound_webhook_enabled is True
    assert contracts.dump(instance) == payload


def test_parse_3x_rejects_a_bad_kind() -> None:
    with pytest.raises(contracts.ContractError, match="/kind"):
        contracts.parse({**_minimal_3x(), "kind": "AGENT"}, contract=V3)


# --- the 3.x JSON Schema agrees with check(contract="3.x") ---------------------------------------

VALIDATOR = jsonschema.Draft202012Validator(contracts.json_schema(contract=V3))


def test_the_3x_json_schema_is_a_valid_draft_2020_12_schema_with_the_3x_keys() -> None:
    schema = contracts.json_schema(contract=V3)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "channel" not in schema["required"]
    assert "credentials" not in schema["required"]
    assert schema["properties"]["kind"]["enum"] == list(KINDS)


@GENERATED
@given(integration_payloads(contract=V3))
def test_the_3x_json_schema_accepts_generated_valid_payloads(payload: dict[str, Any]) -> None:
    assert VALIDATOR.is_valid(payload), next(VALIDATOR.iter_errors(payload)).message


@GENERATED
@given(invalid_payloads(contract=V3))
def test_the_3x_json_schema_rejects_generated_invalid_payloads(case: tuple[Any, ExpectedViolation]) -> None:
    payload, expected = case
    assert errors_3x(payload) != []
    assert not VALIDATOR.is_valid(payload), f"schema accepts a payload with {expected}"


# --- strategies.invalid_payloads(contract="3.x") -------------------------------------------------


@GENERATED
@given(invalid_payloads(contract=V3))
def test_invalid_3x_payloads_carry_exactly_the_labelled_violation(
    case: tuple[Any, ExpectedViolation],
) -> None:
    payload, expected = case
    assert errors_3x(payload) == [(expected.path, expected.code)]


def test_invalid_3x_payloads_reach_the_new_keys() -> None:
    def labels(case: tuple[Any, ExpectedViolation]) -> set[str]:
        return {f"{case[1].path} {case[1].code.value}"}

    seen = _observed(invalid_payloads(contract=V3), labels, 300)
    assert any(label.startswith("/kind ") for label in seen), sorted(seen)
    assert any(label.startswith("/configurations") for label in seen), sorted(seen)


# --- novu-contracts generate --contract 3.x ------------------------------------------------------


@pytest.fixture(scope="module")
def generated_3x(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fixtures-3x") / "set"
    status = main(
        ["generate", "--contract", V3, "--count", "15", "--kind", "all", "--seed", "3", "--out", str(out)]
    )
    assert status == 0
    return out


def test_generate_3x_writes_a_set_that_load_verifies(generated_3x: Path) -> None:
    loaded = contracts.load_fixtures(generated_3x)
    assert loaded.manifest["contract"] == V3
    assert {"valid", "edge", "invalid", "list"} <= {fixture.kind for fixture in loaded}
    for fixture in loaded.invalid:
        assert errors_3x(fixture.payload) == [(fixture.expected_path, fixture.expected_code)]


def test_generate_3x_writes_3x_only_payloads(generated_3x: Path) -> None:
    loaded = contracts.load_fixtures(generated_3x)
    valid = [fixture.payload for fixture in loaded.valid]
    assert any("channel" not in payload or "credentials" not in payload for payload in valid)
    assert any("kind" in payload or "configurations" in payload for payload in valid)


def test_a_3x_set_relabelled_0_7_0_fails_verification(generated_3x: Path, tmp_path: Path) -> None:
    """``load`` verifies against the manifest's version: 3.x-only payloads break 0.7.0."""
    copy = tmp_path / "relabelled"
    for source in generated_3x.rglob("*"):
        target = copy / source.relative_to(generated_3x)
        if source.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    manifest = json.loads((copy / "manifest.json").read_text("utf-8"))
    manifest["contract"] = "0.7.0"
    (copy / "manifest.json").write_text(json.dumps(manifest), "utf-8")
    with pytest.raises(contracts.FixtureError, match=r"breaks the contract|expects"):
        contracts.load_fixtures(copy)


def test_instances_of_a_3x_set_are_3x_instances(generated_3x: Path) -> None:
    loaded = contracts.load_fixtures(generated_3x)
    root = contracts.contract(V3).root
    for fixture in [*loaded.valid, *loaded.edge]:
        assert type(fixture.instance()) is root
    for fixture in loaded.lists:
        assert all(type(instance) is root for instance in fixture.instances())
