"""``redact --in-place`` through symlinks and with modes; written files honour the umask."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from contracts._files import write_atomically
from tests.fixtures._helpers import run_cli
from tests.hostile._cli import no_traceback, run_shell
from tests.hostile._planted import planted

SECRET = planted("SendGrid API key", "files")


def captured(path: Path) -> Path:
    path.write_text(json.dumps({"name": "Acme", "credentials": {"apiKey": SECRET.text}}) + "\n", "utf-8")
    return path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_in_place_through_a_symlink_redacts_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = captured(tmp_path / "real" / "captured.json")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    result = run_cli("redact", "--in-place", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert link.resolve() == target.resolve()
    assert SECRET.secret not in target.read_text("utf-8")
    assert json.loads(target.read_text("utf-8"))["credentials"] == {"apiKey": "<redacted:apiKey>"}
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["captured.json"]  # no temporary left


def test_in_place_through_a_chain_of_symlinks_redacts_the_final_target(tmp_path: Path) -> None:
    target = captured(tmp_path / "captured.json")
    (tmp_path / "one.json").symlink_to(target)
    (tmp_path / "two.json").symlink_to(tmp_path / "one.json")
    assert run_cli("redact", "--in-place", tmp_path / "two.json").returncode == 0
    assert (tmp_path / "two.json").is_symlink()
    assert (tmp_path / "one.json").is_symlink()
    assert SECRET.secret not in target.read_text("utf-8")


def test_in_place_on_a_dangling_symlink_exits_2_naming_it(tmp_path: Path) -> None:
    link = tmp_path / "gone.json"
    link.symlink_to(tmp_path / "absent.json")
    result = run_cli("redact", "--in-place", link)
    assert result.returncode == 2
    assert f"{link}: error: cannot read" in result.stderr
    assert no_traceback(result)


@pytest.mark.parametrize("permissions", [0o600, 0o640, 0o644, 0o755])
def test_in_place_keeps_the_mode_of_the_file(tmp_path: Path, permissions: int) -> None:
    path = captured(tmp_path / "captured.json")
    path.chmod(permissions)
    assert run_cli("redact", "--in-place", path).returncode == 0
    assert mode(path) == permissions
    assert SECRET.secret not in path.read_text("utf-8")


def test_in_place_through_a_symlink_keeps_the_mode_of_the_target(tmp_path: Path) -> None:
    target = captured(tmp_path / "captured.json")
    target.chmod(0o640)
    (tmp_path / "link.json").symlink_to(target)
    assert run_cli("redact", "--in-place", tmp_path / "link.json").returncode == 0
    assert mode(target) == 0o640


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_generated_fixtures_honour_the_umask(tmp_path: Path, umask: int) -> None:
    out = tmp_path / "out"
    result = run_shell(f"umask {umask:03o}; {{cli}} generate --out {out} --count 2")
    assert result.returncode == 0, result.stderr
    files = [p for p in out.rglob("*") if p.is_file()]
    assert files
    assert {mode(p) for p in files} == {0o666 & ~umask}


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_write_atomically_gives_new_files_the_umask_mode_or_the_given_one(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        write_atomically(tmp_path / "new.json", b"{}")
        write_atomically(tmp_path / "given.json", b"{}", mode=0o604)
    finally:
        os.umask(old)
    assert mode(tmp_path / "new.json") == 0o666 & ~umask
    assert mode(tmp_path / "given.json") == 0o604


def test_in_place_refuses_a_file_with_another_hard_link_and_changes_nothing(tmp_path: Path) -> None:
    path = captured(tmp_path / "captured.json")
    other = tmp_path / "other-name.json"
    os.link(path, other)
    before = path.read_bytes()
    result = run_cli("redact", "--in-place", path)
    assert result.returncode == 2
    assert f"{path}: error: not rewritten: it has 2 hard links" in result.stderr
    assert path.read_bytes() == other.read_bytes() == before
