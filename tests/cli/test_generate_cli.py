"""``novu-contracts generate`` as installed: exit statuses, messages and files (real subprocesses)."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from contracts import load_fixtures
from strategies import EDGE_CASES
from tests.fixtures._helpers import files_of, read_json, run_cli


def test_generate_writes_a_loadable_set_and_reports_what_it_wrote(tmp_path: Path) -> None:
    out = tmp_path / "set"
    result = run_cli("generate", "--seed", "7", "--count", "3", "--kind", "all", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert (
        f"wrote 3 valid, {len(EDGE_CASES)} edge, 3 invalid, 3 list fixtures to {out} (seed 7)"
        in result.stderr
    )
    manifest = read_json(out / "manifest.json")
    assert manifest["seed"] == 7
    assert manifest["counts"] == {"valid": 3, "edge": len(EDGE_CASES), "invalid": 3, "list": 3}
    assert len(load_fixtures(out)) == 9 + len(EDGE_CASES)


def test_generate_defaults_to_20_valid_edge_and_invalid_fixtures_with_seed_0(tmp_path: Path) -> None:
    result = run_cli("generate", "--out", tmp_path / "set")
    assert result.returncode == 0, result.stderr
    manifest = read_json(tmp_path / "set" / "manifest.json")
    assert manifest["seed"] == 0
    assert manifest["counts"] == {"valid": 20, "edge": len(EDGE_CASES), "invalid": 20}


def test_generate_is_byte_identical_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    for name, hash_seed in (("a", "1"), ("b", "2")):
        result = run_cli(
            "generate",
            *("--seed", "cross", "--count", "6", "--kind", "all", "--out", tmp_path / name),
            env={"PYTHONHASHSEED": hash_seed},
        )
        assert result.returncode == 0, result.stderr
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")


def test_generate_jsonl_is_byte_identical_across_processes(tmp_path: Path) -> None:
    for name, hash_seed in (("a", "3"), ("b", "4")):
        args = ("--format", "jsonl", "--count", "6", "--kind", "all", "--out", tmp_path / name)
        result = run_cli("generate", *args, env={"PYTHONHASHSEED": hash_seed})
        assert result.returncode == 0, result.stderr
    assert set(files_of(tmp_path / "a")) == {f"{k}.jsonl" for k in ("valid", "edge", "invalid", "list")} | {
        "manifest.json"
    }
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")


def test_python_dash_m_contracts_runs_the_same_command(tmp_path: Path) -> None:
    via_module = subprocess.run(
        [sys.executable, "-m", "strategies", "generate", "--count", "2", "--out", str(tmp_path / "m")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert via_module.returncode == 0, via_module.stderr
    assert run_cli("generate", "--count", "2", "--out", tmp_path / "s").returncode == 0
    assert files_of(tmp_path / "m") == files_of(tmp_path / "s")


@pytest.mark.parametrize("seed", ["12", "-3", "release-2024", "émoji🔔"])
def test_the_manifest_command_reproduces_the_set(tmp_path: Path, seed: str) -> None:
    first = run_cli(
        "generate", "--seed", seed, "--count", "4", "--kind", "valid,list", "--out", tmp_path / "a"
    )
    assert first.returncode == 0, first.stderr
    argv = shlex.split(read_json(tmp_path / "a" / "manifest.json")["command"])
    assert argv[:2] == ["novu-contracts", "generate"]
    again = run_cli(*argv[1:], "--out", tmp_path / "b")
    assert again.returncode == 0, again.stderr
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")


def test_the_manifest_command_reproduces_a_set_whose_seed_has_a_space(tmp_path: Path) -> None:
    first = run_cli(
        "generate", "--seed", "spring release", "--count", "2", "--kind", "valid", "--out", tmp_path / "a"
    )
    assert first.returncode == 0, first.stderr
    argv = shlex.split(read_json(tmp_path / "a" / "manifest.json")["command"])
    again = run_cli(*argv[1:], "--out", tmp_path / "b")
    assert again.returncode == 0, again.stderr
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")


def test_generate_help_exits_0_and_describes_the_manifest_and_file_names() -> None:
    result = run_cli("generate", "--help")
    assert result.returncode == 0
    assert "manifest.json" in result.stdout
    assert "valid/0007-email-sendgrid.json" in result.stdout
    assert "--force" in result.stdout


def test_the_top_level_help_lists_generate_and_redact() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "generate" in result.stdout
    assert "redact" in result.stdout


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--kind", "valid,nope"], r"--kind 'valid,nope'"),
        (["--kind", ""], r"--kind"),
        (["--count", "-5"], r"-5 is negative"),
        (["--count", "ten"], r"'ten' is not a whole number"),
        (["--list-size", "-1"], r"-1 is negative"),
        (["--channel", "email,fax"], r"fax"),
        (["--format", "yaml"], r"invalid choice: 'yaml'"),
        ([], r"the following arguments are required: --out"),
    ],
)
def test_bad_options_exit_2_with_usage_and_a_message(
    tmp_path: Path, options: list[str], message: str
) -> None:
    out = tmp_path / "out"
    args = [*options] if not options else [*options, "--out", str(out)]
    result = run_cli("generate", *args)
    assert result.returncode == 2
    assert result.stderr.startswith("usage: novu-contracts generate")
    assert re.search(message, result.stderr), result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_foreign_non_empty_directory_exits_2_suggesting_force_and_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("hand-written\n")
    result = run_cli("generate", "--count", "1", "--out", tmp_path)
    assert result.returncode == 2
    assert "--force" in result.stderr
    assert "manifest.json" in result.stderr
    assert "Traceback" not in result.stderr
    assert files_of(tmp_path) == {"notes.md": b"hand-written\n"}


def test_force_writes_into_a_foreign_directory_and_keeps_its_files(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("hand-written\n")
    result = run_cli("generate", "--force", "--count", "1", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "notes.md").read_text() == "hand-written\n"
    assert (tmp_path / "manifest.json").is_file()


def test_rerunning_into_its_own_output_needs_no_force_and_drops_stale_files(tmp_path: Path) -> None:
    assert run_cli("generate", "--count", "10", "--out", tmp_path).returncode == 0
    (tmp_path / "README.md").write_text("ours\n")
    result = run_cli("generate", "--count", "5", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "valid").iterdir())) == 5
    assert len(list((tmp_path / "invalid").iterdir())) == 5
    assert (tmp_path / "README.md").read_text() == "ours\n"


def test_an_output_path_that_is_a_file_exits_2_with_a_message(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("x")
    result = run_cli("generate", "--out", target)
    assert result.returncode == 2
    assert "is not a directory" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_text() == "x"


def test_an_unwritable_output_path_exits_2_naming_it(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = run_cli("generate", "--count", "1", "--out", tmp_path / "file" / "sub")
    assert result.returncode == 2
    assert "cannot write" in result.stderr
    assert str(tmp_path / "file") in result.stderr
    assert "Traceback" not in result.stderr


def test_channel_option_restricts_valid_fixtures_to_those_channels(tmp_path: Path) -> None:
    result = run_cli(
        "generate", "--channel", "sms,chat", "--count", "12", "--kind", "valid", "--out", tmp_path
    )
    assert result.returncode == 0, result.stderr
    channels = {read_json(path)["channel"] for path in (tmp_path / "valid").glob("*.json")}
    assert channels <= {"sms", "chat"}
    assert all(re.match(r"\d{4}-(sms|chat)-", p.name) for p in (tmp_path / "valid").iterdir())
