"""``drift`` on hostile OpenAPI documents: alias bombs, ``$ref`` fan-out and loops, wrong types, depth.

Each ends in a result or in exit 2 with a message naming the file, never in exit 1
("breaking"), a traceback or a hang (the subprocess timeout only guards against one).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contracts._drift import MAX_SCHEMA_DEPTH, SchemaError, drift
from tests.fixtures._helpers import capped, run_cli
from tests.hostile._cli import no_traceback

PREFIX = "#/components/schemas/"


def document(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.0.0", "components": {"schemas": schemas}}


def outcome(openapi: Any) -> str:
    """``"compared"``, or the ``SchemaError`` message (any other exception fails the test)."""
    try:
        drift(openapi)
    except SchemaError as error:
        return str(error)
    return "compared"


def write(path: Path, value: Any) -> Path:
    path.write_text(json.dumps(value, separators=(",", ":")), "utf-8")
    return path


def fan_out(levels: int, ways: int = 10) -> dict[str, Any]:
    """Each level's schema has ``ways`` properties, all a ``$ref`` to the next level: ways**levels paths."""
    schemas: dict[str, Any] = {}
    names = ["IntegrationResponseDto", *(f"L{level}" for level in range(1, levels + 1))]
    for name, child in itertools.pairwise(names):
        schemas[name] = {
            "type": "object",
            "properties": {f"p{i}": {"$ref": PREFIX + child} for i in range(ways)},
        }
    schemas[names[-1]] = {"type": "string"}
    return document(schemas)


def test_a_4kb_document_fanning_out_10_ways_per_level_finishes(tmp_path: Path) -> None:
    path = write(tmp_path / "fan.json", fan_out(levels=8))
    assert path.stat().st_size <= 4096
    result = run_cli("drift", path)  # 10**8 paths without memoised $refs
    assert result.returncode in (0, 1), result.stderr
    assert "differences" in result.stdout


def test_fan_out_through_distinct_schemas_per_level_finishes() -> None:
    # Every schema of a level refers to every schema of the next: paths multiply, schemas do not.
    schemas: dict[str, Any] = {}
    levels, width = 12, 6
    for level in range(levels):
        for index in range(width):
            children = {f"c{j}": {"$ref": f"{PREFIX}S{level + 1}_{j}"} for j in range(width)}
            schemas[f"S{level}_{index}"] = {"type": "object", "properties": children}
    schemas.update({f"S{levels}_{j}": {"type": "integer"} for j in range(width)})
    schemas["IntegrationResponseDto"] = {"type": "object", "properties": {"root": {"$ref": PREFIX + "S0_0"}}}
    assert drift(document(schemas))


def test_a_clique_of_mutually_recursive_schemas_ends_in_a_result_or_a_schema_error() -> None:
    names = [f"N{i}" for i in range(12)]
    schemas: dict[str, Any] = {
        name: {"type": "object", "properties": {other: {"$ref": PREFIX + other} for other in names}}
        for name in names
    }
    schemas["IntegrationResponseDto"] = {"type": "object", "properties": {"n": {"$ref": PREFIX + "N0"}}}
    result = outcome(document(schemas))
    assert result == "compared" or "schema objects to expand" in result, result


ALIAS_BOMB = "\n".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(
            f"{name}: &{name} [{','.join([f'*{previous}'] * 9)}]"
            for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
        ),
        "components:",
        "  schemas:",
        "    IntegrationResponseDto: {type: object, properties: {x: {allOf: *i}}}",
        "",
    ]
)


def test_a_yaml_alias_bomb_fails_fast_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(ALIAS_BOMB, "utf-8")
    assert path.stat().st_size <= 1400
    result = run_cli("drift", path)
    assert result.returncode == 2
    assert f"{path}: error: YAML aliases expand to more than" in result.stderr
    assert no_traceback(result)


def test_a_yaml_alias_containing_itself_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "self.yaml"
    path.write_text(
        "components: &c\n  schemas:\n    IntegrationResponseDto: {properties: {x: *c}}\n", "utf-8"
    )
    result = run_cli("drift", path)
    assert result.returncode == 2
    assert f"{path}: error: a YAML alias contains itself" in result.stderr


def test_a_few_legitimate_yaml_aliases_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(
        "components:\n  schemas:\n    IntegrationResponseDto:\n      type: object\n"
        "      properties: {a: &s {type: string}, b: *s}\n",
        "utf-8",
    )
    assert run_cli("drift", path).returncode in (0, 1)


def integration(**overrides: Any) -> dict[str, Any]:
    return document(
        {
            "IntegrationResponseDto": {
                "type": "object",
                "properties": {"name": {"type": "string"}},
                **overrides,
            }
        }
    )


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"required": 5}, "ROOT: 'required' must be an array of strings, got the number 5"),
        (
            {"required": [1]},
            "ROOT: 'required' must be an array of strings, got an array holding the number 1",
        ),
        ({"properties": ["name"]}, "ROOT: 'properties' must be an object, got an array holding 'name'"),
        ({"properties": {"x": {"$ref": 5}}}, "ROOT/properties/x: '$ref' must be a string, got the number 5"),
        ({"allOf": {"type": "object"}}, "ROOT: 'allOf' must be an array, got an object with 1 key"),
        ({"oneOf": "string"}, "ROOT: 'oneOf' must be an array, got 'string'"),
        (
            {"properties": {"a/b": {"$ref": PREFIX + "X"}}},
            "ROOT/properties/a~1b: cannot resolve '#/components/schemas/X'",
        ),
    ],
)
def test_wrong_schema_types_exit_2_naming_the_file_and_what_was_wrong(
    schema: dict[str, Any], message: str, tmp_path: Path
) -> None:
    path = write(tmp_path / "openapi.json", integration(**schema))
    result = run_cli("drift", path)
    assert result.returncode == 2, result.stdout
    root = PREFIX + "IntegrationResponseDto"
    assert f"{path}: error: {message.replace('ROOT', root)}" in result.stderr
    assert no_traceback(result)


def test_a_ref_loop_that_never_reaches_a_schema_exits_2(tmp_path: Path) -> None:
    schemas = {
        "IntegrationResponseDto": {"$ref": PREFIX + "A"},
        "A": {"$ref": PREFIX + "B"},
        "B": {"$ref": PREFIX + "A"},
    }
    path = write(tmp_path / "loop.json", document(schemas))
    result = run_cli("drift", path)
    assert result.returncode == 2
    assert f"{path}: error: {PREFIX}B: $ref cycle A -> B -> A never reaches a schema" in result.stderr


def test_a_component_referring_to_itself_exits_2(tmp_path: Path) -> None:
    path = write(
        tmp_path / "self.json",
        document({"IntegrationResponseDto": {"$ref": PREFIX + "IntegrationResponseDto"}}),
    )
    result = run_cli("drift", path)
    assert result.returncode in (1, 2)
    assert no_traceback(result)


def test_a_recursive_type_through_properties_is_still_compared() -> None:
    schemas = {
        "IntegrationResponseDto": {"type": "object", "properties": {"tree": {"$ref": PREFIX + "Tree"}}},
        "Tree": {
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$ref": PREFIX + "Tree"}}},
        },
    }
    assert any(d.path == "tree" for d in drift(document(schemas)))


def test_schemas_nested_deeper_than_the_bound_exit_2(tmp_path: Path) -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(MAX_SCHEMA_DEPTH + 50):
        schema = {"type": "object", "properties": {"x": schema}}
    path = write(tmp_path / "deep.json", document({"IntegrationResponseDto": schema}))
    result = run_cli("drift", path)
    assert result.returncode == 2
    assert f"{path}: error: {PREFIX}IntegrationResponseDto/properties/x/properties/x/" in result.stderr
    assert f"schemas nested more than {MAX_SCHEMA_DEPTH} levels deep" in result.stderr


def test_json_nested_beyond_the_parser_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "deeper.json"
    path.write_text(
        '{"components": {"schemas": {"IntegrationResponseDto": ' + "[" * 100_000 + "]" * 100_000 + "}}}"
    )
    result = run_cli("drift", path)
    assert result.returncode == 2
    assert f"{path}: error: JSON nested too deeply to read" in result.stderr


# --- any document -----------------------------------------------------------------------------------

NAMES = ["IntegrationResponseDto", "A", "B"]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from(["string", "object", "array", "null", "x"])
)
KEYWORDS = ["type", "properties", "required", "items", "$ref", "allOf", "oneOf", "anyOf", "enum", "nullable"]
REFS = st.sampled_from([PREFIX + name for name in NAMES] + ["#/nowhere"])
SCHEMAS: st.SearchStrategy[Any] = st.recursive(
    SCALARS | REFS,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(KEYWORDS) | st.text(max_size=3), children | REFS, max_size=4)
    ),
    max_leaves=20,
)


@capped(300)
@given(schemas=st.fixed_dictionaries(dict.fromkeys(NAMES, SCHEMAS)))
def test_any_document_gives_differences_or_a_schema_error_never_another_exception(
    schemas: dict[str, Any],
) -> None:
    result = outcome(document(schemas))
    assert result == "compared" or result.startswith("#"), result  # errors start with the schema's pointer


def test_a_ref_to_a_component_name_with_a_slash_is_resolved_as_a_json_pointer() -> None:
    schemas = {
        "IntegrationResponseDto": {"type": "object", "properties": {"x": {"$ref": PREFIX + "a~1b~0c"}}},
        "a/b~c": {"type": "string"},
    }
    assert outcome(document(schemas)) == "compared"
