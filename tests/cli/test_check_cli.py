"""The ``novu-contracts`` console script, run for real in a subprocess: exit status and messages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from contracts import json_schema
from contracts._reading import lone_surrogates
from strategies import integration_payloads
from tests._sites import replaced

SCRIPT: Final = shutil.which("novu-contracts")
COMMAND: Final = [SCRIPT] if SCRIPT else [sys.executable, "-m", "strategies"]
"""The installed console script; ``python -m strategies`` when it is not on PATH."""


def run(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def payloads() -> list[dict[str, Any]]:
    """Four valid payloads from the generator (one run of it, reproducible), as real JSON.

    Without lone surrogates, which check reports as warnings (tests/hostile/test_parsing.py).
    """
    found: list[dict[str, Any]] = []

    @settings(
        max_examples=40,
        database=None,
        derandomize=True,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(integration_payloads())
    def collect(payload: dict[str, Any]) -> None:
        if not lone_surrogates(payload):
            found.append(json.loads(json.dumps(payload)))

    collect()
    assert len(found) >= 4
    return found[:4]


def write(directory: Path, name: str, value: object) -> str:
    (directory / name).write_text(json.dumps(value), encoding="utf-8")
    return name


def write_jsonl(directory: Path, name: str, values: list[object], *, blank_after: int | None = None) -> str:
    lines = [json.dumps(value) for value in values]
    if blank_after is not None:
        lines.insert(blank_after, "")
    (directory / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return name


def test_a_valid_single_payload_file_exits_0(tmp_path: Path, payloads: list[dict[str, Any]]) -> None:
    result = run("check", write(tmp_path, "one.json", payloads[0]), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")


@pytest.mark.parametrize(
    "shape", ["array", "envelope of an array", "envelope of one payload"], ids=lambda shape: shape
)
def test_valid_arrays_and_data_envelopes_exit_0(
    tmp_path: Path, payloads: list[dict[str, Any]], shape: str
) -> None:
    document: object = {
        "array": payloads,
        "envelope of an array": {"data": payloads},
        "envelope of one payload": {"data": payloads[0]},
    }[shape]
    result = run("check", write(tmp_path, "list.json", document), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, ""), result.stderr


def test_a_valid_jsonl_file_exits_0(tmp_path: Path, payloads: list[dict[str, Any]]) -> None:
    name = write_jsonl(tmp_path, "batch.jsonl", list(payloads), blank_after=1)
    result = run("check", name, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, ""), result.stderr


def test_valid_stdin_exits_0(tmp_path: Path, payloads: list[dict[str, Any]]) -> None:
    result = run("check", "-", cwd=tmp_path, stdin=json.dumps(payloads))
    assert (result.returncode, result.stdout) == (0, ""), result.stderr


def test_an_invalid_array_item_exits_1_naming_file_index_and_path(
    tmp_path: Path, payloads: list[dict[str, Any]]
) -> None:
    items = [*payloads[:2], replaced(payloads[2], ("name",), 5), payloads[3]]
    result = run("check", write(tmp_path, "list.json", items), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "list.json[2]: /name: error[type] expected string, got the number 5"
    ]


def test_an_invalid_jsonl_line_exits_1_naming_file_line_and_path(
    tmp_path: Path, payloads: list[dict[str, Any]]
) -> None:
    items: list[object] = [*payloads[:2], replaced(payloads[2], ("active",), "true")]
    result = run("check", write_jsonl(tmp_path, "batch.jsonl", items, blank_after=1), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["batch.jsonl:4: /active: error[type] expected boolean, got 'true'"]


def test_invalid_stdin_exits_1_naming_stdin(tmp_path: Path, payloads: list[dict[str, Any]]) -> None:
    broken = replaced(payloads[0], ("credentials",), [])
    result = run("check", "-", cwd=tmp_path, stdin=json.dumps(broken))
    assert result.returncode == 1
    assert result.stdout.startswith("<stdin>: /credentials: error[type] ")


def test_format_json_output_parses_and_carries_the_violations(
    tmp_path: Path, payloads: list[dict[str, Any]]
) -> None:
    items = [payloads[0], replaced(payloads[1], ("channel",), "EMAIL")]
    result = run("check", "--format", "json", write(tmp_path, "list.json", items), cwd=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    (file_report,) = report["files"]
    assert file_report["file"] == "list.json"
    assert file_report["items"][0]["violations"] == []
    (violation,) = file_report["items"][1]["violations"]
    assert {key: violation[key] for key in ("path", "code", "severity")} == {
        "path": "/channel",
        "code": "enum",
        "severity": "error",
    }
    assert "did you mean 'email'" in violation["message"]
    assert report["summary"]["exit"] == 1


@pytest.mark.parametrize(("mode", "status"), [("ignore", 0), ("warn", 0), ("error", 1)])
def test_unknown_keys_fail_only_when_asked(
    tmp_path: Path, payloads: list[dict[str, Any]], mode: str, status: int
) -> None:
    name = write(tmp_path, "one.json", {**payloads[0], "createdAt": "2025-05-01T00:00:00Z"})
    result = run("check", "--unknown-keys", mode, name, cwd=tmp_path)
    assert result.returncode == status
    assert ("/createdAt" in result.stdout) is (mode != "ignore")


def test_malformed_json_exits_2_with_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('{\n  "name": "x",\n  "active": ]\n}\n', encoding="utf-8")
    result = run("check", "bad.json", cwd=tmp_path)
    assert result.returncode == 2
    assert "bad.json" in result.stderr
    assert "line 3, column 13" in result.stderr


def test_malformed_jsonl_exits_2_with_the_file_line(tmp_path: Path, payloads: list[dict[str, Any]]) -> None:
    (tmp_path / "bad.jsonl").write_text(json.dumps(payloads[0]) + '\n{"name": \n', encoding="utf-8")
    result = run("check", "bad.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert "bad.jsonl" in result.stderr
    assert "line 2, column" in result.stderr


def test_a_missing_file_exits_2_naming_it(tmp_path: Path) -> None:
    result = run("check", "no-such-file.json", cwd=tmp_path)
    assert result.returncode == 2
    assert "no-such-file.json" in result.stderr


def test_unusable_input_wins_over_violations(tmp_path: Path, payloads: list[dict[str, Any]]) -> None:
    name = write(tmp_path, "one.json", replaced(payloads[0], ("name",), 5))
    result = run("check", name, "no-such-file.json", cwd=tmp_path)
    assert result.returncode == 2
    assert "one.json: /name" in result.stdout


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["schema", "--help"]], ids=" ".join)
def test_help_exits_0(tmp_path: Path, args: list[str]) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 0
    assert "usage: novu-contracts" in result.stdout


def test_schema_prints_the_json_schema(tmp_path: Path) -> None:
    result = run("schema", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()


def test_a_jsonl_line_with_a_raw_line_separator_in_a_string_is_one_line(
    tmp_path: Path, payloads: list[dict[str, Any]]
) -> None:
    """Regression: str.splitlines() also breaks at U+2028, U+2029 and U+0085, which json.dumps(...,
    ensure_ascii=False) leaves raw inside strings; such a valid file was reported as malformed (exit 2)."""
    lines = [json.dumps({**payload, "name": "a\u2028b\x85c"}, ensure_ascii=False) for payload in payloads]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("check", "batch.jsonl", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, ""), result.stderr
