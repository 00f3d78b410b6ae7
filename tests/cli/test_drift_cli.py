"""``novu-contracts drift`` and ``diff``, run as the installed console script (a real subprocess)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml

DOCUMENT = Path(__file__).resolve().parents[1] / "data" / "novu-openapi.sdk.json"


def command() -> list[str]:
    """The ``novu-contracts`` script of this interpreter (else on PATH), else ``python -m strategies``."""
    script = shutil.which("novu-contracts", path=sysconfig.get_path("scripts")) or shutil.which(
        "novu-contracts"
    )
    return [script] if script else [sys.executable, "-m", "strategies"]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command(), *map(str, args)], capture_output=True, text=True, timeout=60, check=False
    )


def load_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(DOCUMENT.read_text("utf-8"))
    return document


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), "utf-8")
    return path


def difference_lines(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if line.startswith("  ")]


# --- drift -------------------------------------------------------------------------------------


def test_drift_of_the_shipped_document_exits_0_and_lists_deleted_at_and_deleted_by() -> None:
    result = run("drift", DOCUMENT)
    assert result.returncode == 0, result.stderr
    lines = difference_lines(result.stdout)
    assert len(lines) == 2
    assert lines[0].startswith("safe      deletedAt:")
    assert lines[1].startswith("safe      deletedBy:")
    assert "2 differences: 0 breaking, 2 safe" in result.stdout
    assert result.stderr == ""


def test_drift_with_a_breaking_change_exits_1_and_names_it(tmp_path: Path) -> None:
    document = load_document()
    document["components"]["schemas"]["IntegrationResponseDto"]["properties"]["channel"]["enum"].append(
        "agent"
    )
    result = run("drift", write_json(tmp_path / "openapi.json", document))
    assert result.returncode == 1, result.stderr
    breaking = [line for line in difference_lines(result.stdout) if line.startswith("breaking")]
    assert len(breaking) == 1
    assert breaking[0].startswith("breaking  channel:")
    assert "'agent'" in breaking[0]
    assert "3 differences: 1 breaking, 2 safe" in result.stdout


def test_drift_with_only_a_safe_change_exits_0(tmp_path: Path) -> None:
    document = load_document()
    document["components"]["schemas"]["IntegrationResponseDto"]["properties"]["kind"] = {"type": "string"}
    result = run("drift", write_json(tmp_path / "openapi.json", document))
    assert result.returncode == 0, result.stderr
    assert "3 differences: 0 breaking, 3 safe" in result.stdout


def test_drift_json_format_has_differences_and_summary(tmp_path: Path) -> None:
    document = load_document()
    document["components"]["schemas"]["IntegrationResponseDto"]["required"].remove("name")
    for path, status, breaking in [(DOCUMENT, 0, 0), (write_json(tmp_path / "o.json", document), 1, 1)]:
        result = run("drift", path, "--format", "json")
        assert result.returncode == status, result.stderr
        report = json.loads(result.stdout)
        assert report["summary"] == {"differences": 2 + breaking, "breaking": breaking, "exit": status}
        paths = {d["path"]: d for d in report["differences"]}
        assert paths["deletedAt"] == {
            "path": "deletedAt",
            "change": "became_required",
            "impact": "safe",
            "detail": paths["deletedAt"]["detail"],
        }
        assert paths["deletedBy"]["change"] == "became_required"
        if breaking:
            assert paths["name"]["change"] == "became_optional"
            assert paths["name"]["impact"] == "breaking"


def components_only() -> dict[str, Any]:
    """The shipped document reduced to what drift reads (YAML of the whole takes seconds to parse)."""
    document = load_document()
    return {"openapi": document["openapi"], "components": {"schemas": document["components"]["schemas"]}}


def same_result(json_path: Path, yaml_path: Path) -> None:
    from_json = run("drift", json_path, "--format", "json")
    from_yaml = run("drift", yaml_path, "--format", "json")
    assert from_yaml.returncode == from_json.returncode == 0, from_yaml.stderr
    as_json, as_yaml = json.loads(from_json.stdout), json.loads(from_yaml.stdout)
    assert len(as_yaml["differences"]) == 2
    assert as_yaml["differences"] == as_json["differences"]
    assert as_yaml["summary"] == as_json["summary"]


def test_drift_of_the_yaml_document_gives_the_same_result_as_json(tmp_path: Path) -> None:
    yaml_path = tmp_path / "openapi.yaml"
    yaml_path.write_text(yaml.safe_dump(load_document(), sort_keys=False), "utf-8")
    same_result(DOCUMENT, yaml_path)


def test_drift_reads_yml_as_yaml_too(tmp_path: Path) -> None:
    document = components_only()
    yaml_path = tmp_path / "openapi.yml"
    yaml_path.write_text(yaml.safe_dump(document), "utf-8")
    same_result(write_json(tmp_path / "openapi.json", document), yaml_path)


def test_drift_of_a_yaml_1_2_document_with_an_unquoted_on_key_exits_0(tmp_path: Path) -> None:
    text = yaml.safe_dump(components_only(), sort_keys=False)
    assert "'on':" in text  # PyYAML quotes it; YAML 1.2 writers do not
    yaml_path = tmp_path / "openapi.yaml"
    yaml_path.write_text(text.replace("'on':", "on:").replace("- 'on'", "- on"), "utf-8")
    result = run("drift", yaml_path)
    assert result.returncode == 0, result.stdout
    assert "True" not in result.stdout


def test_drift_of_a_missing_file_exits_2_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "openapi.json"
    result = run("drift", missing)
    assert result.returncode == 2
    assert str(missing) in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "text"),
    [("openapi.json", '{"components": {"schemas": '), ("openapi.yaml", "components: [unclosed\n")],
)
def test_drift_of_a_malformed_document_exits_2_naming_it(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    result = run("drift", path)
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert "malformed" in result.stderr
    assert "Traceback" not in result.stderr


def test_drift_of_an_unknown_component_exits_2_naming_the_file_and_similar_components() -> None:
    result = run("drift", DOCUMENT, "--component", "IntegrationResponse")
    assert result.returncode == 2
    assert str(DOCUMENT) in result.stderr
    assert "'IntegrationResponse'" in result.stderr
    assert "IntegrationResponseDto" in result.stderr
    assert "Traceback" not in result.stderr


def test_drift_of_a_document_without_components_exits_2_naming_it(tmp_path: Path) -> None:
    path = write_json(tmp_path / "not-openapi.json", {"openapi": "3.0.0", "paths": {}})
    result = run("drift", path)
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert "components.schemas" in result.stderr


def test_drift_against_3x_is_all_safe() -> None:
    result = run("drift", DOCUMENT, "--contract", "3.x", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["breaking"] == 0
    assert {"channel", "credentials", "kind", "configurations"} <= {d["path"] for d in report["differences"]}


# --- diff --------------------------------------------------------------------------------------


def test_diff_0_7_0_to_3x_exits_1_and_names_channel_and_credentials_as_breaking() -> None:
    result = run("diff", "0.7.0", "3.x")
    assert result.returncode == 1, result.stderr
    breaking = [line for line in difference_lines(result.stdout) if line.startswith("breaking")]
    assert len(breaking) == 2
    assert breaking[0].startswith("breaking  channel:")
    assert breaking[1].startswith("breaking  credentials:")
    assert "2 breaking" in result.stdout


def test_diff_json_format_matches_the_text_summary() -> None:
    result = run("diff", "0.7.0", "3.x", "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["summary"] == {"differences": 18, "breaking": 2, "exit": 1}
    assert [d["path"] for d in report["differences"] if d["impact"] == "breaking"] == [
        "channel",
        "credentials",
    ]


@pytest.mark.parametrize(("old", "new"), [("0.7.0", "0.7.0"), ("3.x", "3.x"), ("3.x", "0.7.0")])
def test_diff_without_breaking_changes_exits_0(old: str, new: str) -> None:
    result = run("diff", old, new)
    assert result.returncode == 0, result.stderr
    assert "0 breaking" in result.stdout


def test_diff_of_an_unknown_version_exits_2_naming_the_known_ones() -> None:
    result = run("diff", "0.7.0", "4.0")
    assert result.returncode == 2
    assert "'0.7.0'" in result.stderr
    assert "'3.x'" in result.stderr


# --- help --------------------------------------------------------------------------------------


@pytest.mark.parametrize("subcommand", ["drift", "diff"])
def test_help_exits_0_and_explains_breaking_versus_safe(subcommand: str) -> None:
    result = run(subcommand, "--help")
    assert result.returncode == 0
    text = result.stdout
    assert "breaking" in text
    assert "safe" in text
    assert "became optional" in text
    assert "a new key" in text
    assert "exit status: 0 nothing breaking, 1 breaking differences, 2 unusable input" in text
