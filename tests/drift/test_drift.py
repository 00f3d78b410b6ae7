"""``contracts.drift``: the provider's OpenAPI component against contract 0.7.0.

The shipped document differs from the contract in exactly two known, safe ways
(``deletedAt`` and ``deletedBy`` are required there). Every other test mutates a deep
copy of that document in one way and expects exactly one more difference, with the
right path, ``Change`` and ``Impact``. Expectations come from ``CONTRACT.md``, not from
the library's own declaration.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from contracts import Change, Difference, Impact, SchemaError, drift

DOCUMENT_PATH = Path(__file__).resolve().parents[1] / "data" / "novu-openapi.sdk.json"
DOCUMENT_TEXT = DOCUMENT_PATH.read_text("utf-8")
DOCUMENT: dict[str, Any] = json.loads(DOCUMENT_TEXT)

Triple = tuple[str, Change, Impact]
Schemas = dict[str, Any]

KNOWN: list[Triple] = [
    ("deletedAt", Change.BECAME_REQUIRED, Impact.SAFE),
    ("deletedBy", Change.BECAME_REQUIRED, Impact.SAFE),
]

# CONTRACT.md, IntegrationResponseDto: the keys consumers may rely on being present.
CONTRACT_REQUIRED = frozenset(
    {
        "_environmentId",
        "_organizationId",
        "name",
        "identifier",
        "providerId",
        "channel",
        "credentials",
        "active",
        "deleted",
        "primary",
    }
)
CONTRACT_OPTIONAL = frozenset({"_id", "deletedAt", "deletedBy", "conditions"})
TOP_LEVEL_KEYS = sorted(CONTRACT_REQUIRED | CONTRACT_OPTIONAL)

# Top-level properties with a plain ``type`` in the document (no ``$ref``).
TYPED_KEYS = [key for key in TOP_LEVEL_KEYS if key != "credentials"]
SCALAR_TYPES = {
    "_id": "string",
    "_environmentId": "string",
    "_organizationId": "string",
    "name": "string",
    "identifier": "string",
    "providerId": "string",
    "channel": "string",
    "active": "boolean",
    "deleted": "boolean",
    "deletedAt": "string",
    "deletedBy": "string",
    "primary": "boolean",
    "conditions": "array",
}
JSON_TYPES = ("string", "integer", "number", "boolean", "array", "object")

# (component, property, drift path) of every enum the contract declares.
ENUM_SITES = [
    ("IntegrationResponseDto", "channel", "channel"),
    ("StepFilter", "type", "conditions[].type"),
    ("StepFilter", "value", "conditions[].value"),
    ("FieldFilterPart", "operator", "conditions[].children[].operator"),
    ("FieldFilterPart", "on", "conditions[].children[].on"),
]
ENUM_SITE_IDS = [path for _, _, path in ENUM_SITES]


def triples(differences: list[Difference]) -> list[Triple]:
    return sorted((d.path, d.change, d.impact) for d in differences)


def mutated(mutate: Callable[[Schemas], object]) -> dict[str, Any]:
    """A deep copy of the shipped document with ``mutate`` applied to ``components.schemas``."""
    document: dict[str, Any] = json.loads(DOCUMENT_TEXT)  # a fresh parse: a deep copy, 10x faster
    mutate(document["components"]["schemas"])
    return document


def integration(schemas: Schemas) -> dict[str, Any]:
    component: dict[str, Any] = schemas["IntegrationResponseDto"]
    return component


def prop(schemas: Schemas, component: str, key: str) -> dict[str, Any]:
    schema: dict[str, Any] = schemas[component]["properties"][key]
    return schema


def the_one_more(document: dict[str, Any]) -> Difference:
    """The single difference ``document`` adds to the two known ones (which must still be there)."""
    found = drift(document)
    known = [d for d in found if (d.path, d.change, d.impact) in KNOWN]
    assert triples(known) == KNOWN, f"the known deletedAt/deletedBy drift changed: {found}"
    extra = [d for d in found if d not in known]
    assert len(extra) == 1, f"expected exactly one more difference, got {extra}"
    return extra[0]


def assert_one_more(document: dict[str, Any], path: str, change: Change, impact: Impact) -> Difference:
    difference = the_one_more(document)
    assert (difference.path, difference.change, difference.impact) == (path, change, impact), difference
    return difference


# --- the shipped document ----------------------------------------------------------------------


def test_shipped_document_differs_only_in_deleted_at_and_deleted_by_becoming_required() -> None:
    differences = drift(DOCUMENT)
    assert triples(differences) == KNOWN
    for difference in differences:
        assert "contract 0.7.0" in difference.detail
        assert "IntegrationResponseDto" in difference.detail


def test_drift_leaves_the_document_unchanged() -> None:
    document = copy.deepcopy(DOCUMENT)
    drift(document)
    assert document == DOCUMENT


def test_shipped_document_against_3x_only_differs_safely() -> None:
    """Against 3.x the document is the older side: everything it lacks was optional there."""
    found = triples(drift(DOCUMENT, contract="3.x"))
    assert all(impact is Impact.SAFE for _, _, impact in found), found
    assert ("channel", Change.BECAME_REQUIRED, Impact.SAFE) in found
    assert ("credentials", Change.BECAME_REQUIRED, Impact.SAFE) in found
    assert ("kind", Change.KEY_REMOVED, Impact.SAFE) in found
    assert ("configurations", Change.KEY_REMOVED, Impact.SAFE) in found
    assert ("credentials.appSid", Change.KEY_REMOVED, Impact.SAFE) in found


# --- top-level keys ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(set(TOP_LEVEL_KEYS) - {"deletedAt", "deletedBy"}))
def test_removing_a_top_level_key_is_breaking_exactly_when_the_contract_requires_it(key: str) -> None:
    def remove(schemas: Schemas) -> None:
        del integration(schemas)["properties"][key]
        integration(schemas)["required"] = [k for k in integration(schemas)["required"] if k != key]

    impact = Impact.BREAKING if key in CONTRACT_REQUIRED else Impact.SAFE
    difference = assert_one_more(mutated(remove), key, Change.KEY_REMOVED, impact)
    assert ("optional" in difference.detail) is (key in CONTRACT_OPTIONAL)


@pytest.mark.parametrize("key", ["deletedAt", "deletedBy"])
def test_removing_deleted_at_or_by_replaces_its_known_drift_with_a_safe_removal(key: str) -> None:
    def remove(schemas: Schemas) -> None:
        del integration(schemas)["properties"][key]
        integration(schemas)["required"].remove(key)

    other = [triple for triple in KNOWN if triple[0] != key]
    assert triples(drift(mutated(remove))) == sorted([*other, (key, Change.KEY_REMOVED, Impact.SAFE)])


def test_removing_only_the_property_of_a_required_key_is_breaking() -> None:
    """``name`` left in ``required`` but gone from ``properties``: the key is still gone."""
    document = mutated(lambda s: integration(s)["properties"].pop("name"))
    assert_one_more(document, "name", Change.KEY_REMOVED, Impact.BREAKING)


@settings(max_examples=30, deadline=None)
@given(
    key=st.text(min_size=1, max_size=12).filter(lambda k: k not in TOP_LEVEL_KEYS),
    json_type=st.sampled_from(JSON_TYPES),
    required=st.booleans(),
)
@example(key="kind", json_type="string", required=False)
def test_a_new_key_is_safe_whether_optional_or_required(key: str, json_type: str, required: bool) -> None:
    def add(schemas: Schemas) -> None:
        integration(schemas)["properties"][key] = {"type": json_type}
        if required:
            integration(schemas)["required"].append(key)

    difference = assert_one_more(mutated(add), key, Change.KEY_ADDED, Impact.SAFE)
    assert ("required" if required else "optional") in difference.detail


REQUIRED_IN_BOTH = sorted(CONTRACT_REQUIRED)


@pytest.mark.parametrize("key", REQUIRED_IN_BOTH)
def test_a_required_key_becoming_optional_is_breaking(key: str) -> None:
    document = mutated(lambda s: integration(s)["required"].remove(key))
    difference = assert_one_more(document, key, Change.BECAME_OPTIONAL, Impact.BREAKING)
    assert "may be absent" in difference.detail


@pytest.mark.parametrize("key", ["deletedAt", "deletedBy"])
def test_deleted_at_or_by_becoming_optional_resolves_its_known_drift(key: str) -> None:
    document = mutated(lambda s: integration(s)["required"].remove(key))
    assert triples(drift(document)) == [triple for triple in KNOWN if triple[0] != key]


@pytest.mark.parametrize("key", ["_id", "conditions"])
def test_an_optional_key_becoming_required_is_safe(key: str) -> None:
    document = mutated(lambda s: integration(s)["required"].append(key))
    assert_one_more(document, key, Change.BECAME_REQUIRED, Impact.SAFE)


# --- types, enums, nullability -----------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(key=st.sampled_from(TYPED_KEYS), new_type=st.sampled_from(JSON_TYPES))
@example(key="name", new_type="integer")
def test_a_changed_type_is_breaking(key: str, new_type: str) -> None:
    current = SCALAR_TYPES[key]
    assume(new_type != current)
    document = mutated(lambda s: prop(s, "IntegrationResponseDto", key).update(type=new_type))
    difference = assert_one_more(document, key, Change.TYPE_CHANGED, Impact.BREAKING)
    assert current in difference.detail
    assert new_type in difference.detail


def test_an_array_becoming_an_object_is_a_type_change_not_a_lost_item_type() -> None:
    document = mutated(lambda s: integration(s)["properties"].update(conditions={"type": "object"}))
    assert_one_more(document, "conditions", Change.TYPE_CHANGED, Impact.BREAKING)


@pytest.mark.parametrize(("component", "key", "path"), ENUM_SITES, ids=ENUM_SITE_IDS)
@settings(max_examples=10, deadline=None)
@given(values=st.lists(st.text(min_size=1, max_size=10), min_size=1, max_size=3, unique=True))
def test_enum_values_added_are_breaking(component: str, key: str, path: str, values: list[str]) -> None:
    existing = set(DOCUMENT["components"]["schemas"][component]["properties"][key]["enum"])
    added = [value for value in values if value not in existing]
    if not added:
        added = ["x-new"]
    document = mutated(lambda s: prop(s, component, key)["enum"].extend(added))
    difference = assert_one_more(document, path, Change.ENUM_VALUES_ADDED, Impact.BREAKING)
    for value in added:
        assert repr(value) in difference.detail


def test_an_agent_channel_is_a_breaking_enum_addition() -> None:
    document = mutated(lambda s: prop(s, "IntegrationResponseDto", "channel")["enum"].append("agent"))
    difference = assert_one_more(document, "channel", Change.ENUM_VALUES_ADDED, Impact.BREAKING)
    assert "'agent'" in difference.detail


@pytest.mark.parametrize(("component", "key", "path"), ENUM_SITES, ids=ENUM_SITE_IDS)
@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_enum_values_removed_are_safe(component: str, key: str, path: str, data: st.DataObject) -> None:
    values: list[str] = DOCUMENT["components"]["schemas"][component]["properties"][key]["enum"]
    removed = data.draw(
        st.lists(st.sampled_from(values), min_size=1, max_size=len(values) - 1, unique=True), label="removed"
    )
    document = mutated(lambda s: prop(s, component, key).update(enum=[v for v in values if v not in removed]))
    difference = assert_one_more(document, path, Change.ENUM_VALUES_REMOVED, Impact.SAFE)
    for value in removed:
        assert repr(value) in difference.detail


def test_an_enum_dropped_is_breaking() -> None:
    document = mutated(lambda s: prop(s, "IntegrationResponseDto", "channel").pop("enum"))
    assert_one_more(document, "channel", Change.ENUM_DROPPED, Impact.BREAKING)


@pytest.mark.parametrize("key", ["name", "providerId", "credentials.region"])
def test_an_enum_introduced_on_a_free_string_is_safe(key: str) -> None:
    component, name = (
        ("CredentialsDto", "region") if key.startswith("credentials.") else ("IntegrationResponseDto", key)
    )
    document = mutated(lambda s: prop(s, component, name).update(enum=["sendgrid", "mailgun"]))
    difference = assert_one_more(document, key, Change.ENUM_INTRODUCED, Impact.SAFE)
    assert "'mailgun'" in difference.detail


@pytest.mark.parametrize(
    "component", ["IntegrationResponseDto", "CredentialsDto", "StepFilter", "FieldFilterPart"]
)
def test_an_object_schema_without_its_type_keyword_is_still_an_object(component: str) -> None:
    document = mutated(lambda s: s[component].pop("type"))
    assert triples(drift(document)) == KNOWN


def _nullable(schema: dict[str, Any], style: str, null_first: bool) -> dict[str, Any]:
    if style == "openapi-3.0":
        return {**schema, "nullable": True}
    if style == "openapi-3.1":
        types = ["null", schema["type"]] if null_first else [schema["type"], "null"]
        return {**schema, "type": types}
    options = [schema, {"type": "null"}]  # anyOf with a null branch
    return {"anyOf": options[::-1] if null_first else options}


@settings(max_examples=40, deadline=None)
@given(
    key=st.sampled_from(TYPED_KEYS),
    style=st.sampled_from(["openapi-3.0", "openapi-3.1", "anyOf-null"]),
    null_first=st.booleans(),
)
@example(key="name", style="openapi-3.0", null_first=False)
@example(key="name", style="openapi-3.1", null_first=False)
def test_a_key_becoming_nullable_is_breaking(key: str, style: str, null_first: bool) -> None:
    def make_nullable(schemas: Schemas) -> None:
        properties = integration(schemas)["properties"]
        properties[key] = _nullable(properties[key], style, null_first)

    difference = assert_one_more(mutated(make_nullable), key, Change.BECAME_NULLABLE, Impact.BREAKING)
    assert "null" in difference.detail


def test_a_ref_made_nullable_through_all_of_is_breaking() -> None:
    def make_nullable(schemas: Schemas) -> None:
        integration(schemas)["properties"]["credentials"] = {
            "allOf": [{"$ref": "#/components/schemas/CredentialsDto"}],
            "nullable": True,
        }

    assert_one_more(mutated(make_nullable), "credentials", Change.BECAME_NULLABLE, Impact.BREAKING)


# --- nested components: CredentialsDto, StepFilter, FieldFilterPart ----------------------------

NESTED: list[tuple[str, Callable[[Schemas], object], str, Change, Impact]] = [
    (
        "credentials-port-number",
        lambda s: prop(s, "CredentialsDto", "port").update(type="number"),
        "credentials.port",
        Change.TYPE_CHANGED,
        Impact.BREAKING,
    ),
    (
        "credentials-new-key",
        lambda s: s["CredentialsDto"]["properties"].update(appSid={"type": "string"}),
        "credentials.appSid",
        Change.KEY_ADDED,
        Impact.SAFE,
    ),
    (
        "credentials-optional-key-removed",
        lambda s: s["CredentialsDto"]["properties"].pop("apiKey"),
        "credentials.apiKey",
        Change.KEY_REMOVED,
        Impact.SAFE,
    ),
    (
        "credentials-key-required",
        lambda s: s["CredentialsDto"].update(required=["apiKey"]),
        "credentials.apiKey",
        Change.BECAME_REQUIRED,
        Impact.SAFE,
    ),
    (
        "credentials-secure-nullable",
        lambda s: prop(s, "CredentialsDto", "secure").update(nullable=True),
        "credentials.secure",
        Change.BECAME_NULLABLE,
        Impact.BREAKING,
    ),
    (
        "step-filter-is-negated-optional",
        lambda s: s["StepFilter"]["required"].remove("isNegated"),
        "conditions[].isNegated",
        Change.BECAME_OPTIONAL,
        Impact.BREAKING,
    ),
    (
        "step-filter-children-removed",
        lambda s: (s["StepFilter"]["properties"].pop("children"), s["StepFilter"]["required"].pop()),
        "conditions[].children",
        Change.KEY_REMOVED,
        Impact.BREAKING,
    ),
    (
        "step-filter-value-xor",
        lambda s: prop(s, "StepFilter", "value")["enum"].append("XOR"),
        "conditions[].value",
        Change.ENUM_VALUES_ADDED,
        Impact.BREAKING,
    ),
    (
        "field-filter-part-operator-is-defined",
        lambda s: prop(s, "FieldFilterPart", "operator")["enum"].append("IS_DEFINED"),
        "conditions[].children[].operator",
        Change.ENUM_VALUES_ADDED,
        Impact.BREAKING,
    ),
    (
        "field-filter-part-on-tenant",
        lambda s: prop(s, "FieldFilterPart", "on")["enum"].append("tenant"),
        "conditions[].children[].on",
        Change.ENUM_VALUES_ADDED,
        Impact.BREAKING,
    ),
    (
        "field-filter-part-operator-loses-in",
        lambda s: prop(s, "FieldFilterPart", "operator")["enum"].remove("IN"),
        "conditions[].children[].operator",
        Change.ENUM_VALUES_REMOVED,
        Impact.SAFE,
    ),
    (
        "field-filter-part-field-integer",
        lambda s: prop(s, "FieldFilterPart", "field").update(type="integer"),
        "conditions[].children[].field",
        Change.TYPE_CHANGED,
        Impact.BREAKING,
    ),
    (
        "field-filter-part-value-optional",
        lambda s: s["FieldFilterPart"]["required"].remove("value"),
        "conditions[].children[].value",
        Change.BECAME_OPTIONAL,
        Impact.BREAKING,
    ),
    (
        "field-filter-part-items-nullable",
        lambda s: prop(s, "StepFilter", "children").update(
            items={"allOf": [{"$ref": "#/components/schemas/FieldFilterPart"}], "nullable": True}
        ),
        "conditions[].children[]",
        Change.BECAME_NULLABLE,
        Impact.BREAKING,
    ),
]


@pytest.mark.parametrize(
    ("mutate", "path", "change", "impact"), [case[1:] for case in NESTED], ids=[case[0] for case in NESTED]
)
def test_a_nested_change_is_reported_at_its_path(
    mutate: Callable[[Schemas], object], path: str, change: Change, impact: Impact
) -> None:
    assert_one_more(mutated(mutate), path, change, impact)


# --- $ref forms and cycles ---------------------------------------------------------------------

REF_SITES: list[tuple[str, Callable[[Schemas], dict[str, Any]]]] = [
    ("credentials", lambda s: integration(s)["properties"]["credentials"]),
    ("conditions[]", lambda s: integration(s)["properties"]["conditions"]["items"]),
    ("conditions[].children[]", lambda s: prop(s, "StepFilter", "children")["items"]),
]


@pytest.mark.parametrize("site", [site for site, _ in REF_SITES] + ["all"])
@pytest.mark.parametrize(
    "siblings", [{}, {"description": "wrapped, as NestJS writes it"}], ids=["bare", "described"]
)
def test_a_ref_wrapped_in_all_of_makes_no_difference(site: str, siblings: dict[str, str]) -> None:
    def wrap(schemas: Schemas) -> None:
        for name, locate in REF_SITES:
            if site in (name, "all"):
                schema = locate(schemas)
                reference = schema.pop("$ref")
                schema.update({"allOf": [{"$ref": reference}], **siblings})

    document = mutated(wrap)
    assert document != DOCUMENT
    assert triples(drift(document)) == KNOWN


def test_a_component_referencing_itself_through_a_property_is_a_new_key() -> None:
    def self_reference(schemas: Schemas) -> None:
        schemas["CredentialsDto"]["properties"]["fallback"] = {"$ref": "#/components/schemas/CredentialsDto"}

    assert_one_more(mutated(self_reference), "credentials.fallback", Change.KEY_ADDED, Impact.SAFE)


def test_the_root_component_referencing_itself_is_a_new_key() -> None:
    def self_reference(schemas: Schemas) -> None:
        integration(schemas)["properties"]["parent"] = {"$ref": "#/components/schemas/IntegrationResponseDto"}

    assert_one_more(mutated(self_reference), "parent", Change.KEY_ADDED, Impact.SAFE)


def test_a_component_referencing_itself_through_an_array_is_a_new_key() -> None:
    def self_reference(schemas: Schemas) -> None:
        schemas["StepFilter"]["properties"]["groups"] = {
            "type": "array",
            "items": {"$ref": "#/components/schemas/StepFilter"},
        }

    assert_one_more(mutated(self_reference), "conditions[].groups", Change.KEY_ADDED, Impact.SAFE)


def test_two_components_referencing_each_other_are_handled() -> None:
    def mutual(schemas: Schemas) -> None:
        schemas["Loop"] = {
            "type": "object",
            "properties": {"back": {"$ref": "#/components/schemas/CredentialsDto"}},
        }
        schemas["CredentialsDto"]["properties"]["loop"] = {"$ref": "#/components/schemas/Loop"}

    assert_one_more(mutated(mutual), "credentials.loop", Change.KEY_ADDED, Impact.SAFE)


def test_a_pure_ref_loop_is_a_schema_error_naming_the_loop() -> None:
    # A $ref to a $ref back to itself describes no value: neither "safe" nor "breaking" would be true.
    def loop(schemas: Schemas) -> None:
        schemas["A"] = {"$ref": "#/components/schemas/B"}
        schemas["B"] = {"allOf": [{"$ref": "#/components/schemas/A"}]}
        schemas["CredentialsDto"]["properties"]["odd"] = {"$ref": "#/components/schemas/A"}

    with pytest.raises(SchemaError, match=r"\$ref cycle A -> B -> A never reaches a schema"):
        drift(mutated(loop))


def test_a_string_replaced_by_a_cyclic_ref_is_a_breaking_type_change() -> None:
    def cyclic(schemas: Schemas) -> None:
        schemas["FieldFilterPart"]["properties"]["field"] = {"$ref": "#/components/schemas/FieldFilterPart"}

    assert_one_more(mutated(cyclic), "conditions[].children[].field", Change.TYPE_CHANGED, Impact.BREAKING)


# --- unusable documents ------------------------------------------------------------------------


def _case_variants(name: str) -> st.SearchStrategy[str]:
    flips = st.lists(st.booleans(), min_size=len(name), max_size=len(name))
    return flips.map(lambda bits: "".join(c.swapcase() if b else c for c, b in zip(name, bits, strict=True)))


@settings(max_examples=25, deadline=None)
@given(
    name=_case_variants("IntegrationResponseDto").filter(lambda n: n != "IntegrationResponseDto")
    | st.sampled_from(["IntegrationResponse", "IntegrationResponseDTO", "IntegrationsResponseDto"])
)
def test_a_missing_component_raises_schema_error_naming_similar_components(name: str) -> None:
    with pytest.raises(SchemaError) as raised:
        drift(DOCUMENT, component=name)
    message = str(raised.value)
    assert repr(name) in message
    assert "IntegrationResponseDto" in message.split("similar names:", 1)[-1]


def test_a_typo_early_in_the_component_name_still_names_the_similar_component() -> None:
    with pytest.raises(SchemaError, match=r"similar names: .*IntegrationResponseDto"):
        drift(DOCUMENT, component="IntergationResponseDto")


@pytest.mark.parametrize(
    "document", [None, [], {"openapi": "3.0.0"}, {"components": {}}, {"components": {"schemas": []}}]
)
def test_a_document_without_component_schemas_raises_schema_error(document: Any) -> None:
    with pytest.raises(SchemaError, match=r"components\.schemas"):
        drift(document)


@pytest.mark.parametrize(
    "reference", ["#/components/schemas/Gone", "other.yaml#/components/schemas/CredentialsDto"]
)
def test_an_unresolvable_ref_raises_schema_error_naming_it(reference: str) -> None:
    document = mutated(lambda s: integration(s)["properties"].update(credentials={"$ref": reference}))
    with pytest.raises(SchemaError) as raised:
        drift(document)
    assert repr(reference) in str(raised.value)


def test_a_key_losing_its_type_is_reported_as_breaking() -> None:
    document = mutated(lambda s: prop(s, "IntegrationResponseDto", "name").pop("type"))
    difference = the_one_more(document)
    assert (difference.path, difference.impact) == ("name", Impact.BREAKING)
