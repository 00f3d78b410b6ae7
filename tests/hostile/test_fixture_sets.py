"""Hostile fixture sets and output directories: ``load`` stays inside its directory, ``generate`` too.

``contracts._fixtures.load`` refuses (``FixtureError``) manifest paths that leave the set,
files that are not regular or are too large, and malformed manifests of any shape;
``generate`` never writes through a symbolic link, and takes up what an interrupted or
killed run left behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import contracts._files
from contracts import _fixture_format as fmt
from contracts import _fixtures as loader
from strategies import _fixture_writer as gen
from strategies._cli import main

KINDS: tuple[gen.Kind, ...] = ("valid", "invalid", "list")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pristine") / "set"
    gen.generate(gen.Request(out=out, seed="hostile", count=2, kinds=KINDS))
    return out


@pytest.fixture
def fixture_dir(pristine: Path, tmp_path: Path) -> Path:
    """A fresh copy of a small generated set, inside ``tmp_path / "inside"``, free to break."""
    copy = tmp_path / "inside" / "set"
    shutil.copytree(pristine, copy)
    return copy


def manifest_of(directory: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((directory / "manifest.json").read_text("utf-8"))
    return manifest


def rewrite(directory: Path, manifest: dict[str, Any]) -> None:
    (directory / "manifest.json").write_text(json.dumps(manifest), "utf-8")


def point_first_valid_entry_at(directory: Path, file: str) -> None:
    manifest = manifest_of(directory)
    first = next(entry for entry in manifest["files"] if entry["kind"] == "valid")
    first["file"] = file
    rewrite(directory, manifest)


def load_error(directory: Path, **options: Any) -> str:
    with pytest.raises(loader.FixtureError) as raised:
        loader.load(directory, **options)
    return str(raised.value)


def outside_copy_of_a_valid_fixture(directory: Path) -> Path:
    """A valid payload outside the set: reading it would succeed, so only confinement refuses it."""
    valid = next(e for e in manifest_of(directory)["files"] if e["kind"] == "valid")
    outside = directory.parent.parent / "secret.json"
    shutil.copy(directory / valid["file"], outside)
    return outside


# --- load(): confined to its directory ------------------------------------------------------


@pytest.mark.parametrize("dots", ["../../secret.json", "valid/../../../secret.json", "..\\..\\secret.json"])
def test_a_manifest_path_with_dot_dot_is_refused(fixture_dir: Path, dots: str) -> None:
    outside_copy_of_a_valid_fixture(fixture_dir)
    point_first_valid_entry_at(fixture_dir, dots)
    message = load_error(fixture_dir)
    assert "files[" in message
    assert "'..'" in message


def test_an_absolute_manifest_path_is_refused(fixture_dir: Path) -> None:
    outside = outside_copy_of_a_valid_fixture(fixture_dir)
    point_first_valid_entry_at(fixture_dir, str(outside))
    assert "must be relative" in load_error(fixture_dir)


def test_a_symbolic_link_to_a_file_outside_is_refused(fixture_dir: Path) -> None:
    outside = outside_copy_of_a_valid_fixture(fixture_dir)
    (fixture_dir / "valid" / "link.json").symlink_to(outside)
    point_first_valid_entry_at(fixture_dir, "valid/link.json")
    assert "resolves outside the set's directory" in load_error(fixture_dir)


def test_a_symbolic_link_to_a_device_is_refused(fixture_dir: Path) -> None:
    (fixture_dir / "valid" / "zero.json").symlink_to("/dev/zero")
    point_first_valid_entry_at(fixture_dir, "valid/zero.json")
    assert "resolves outside the set's directory" in load_error(fixture_dir)


def test_a_manifest_that_is_a_link_to_outside_is_refused(fixture_dir: Path) -> None:
    outside = fixture_dir.parent / "manifest.json"
    (fixture_dir / "manifest.json").rename(outside)
    (fixture_dir / "manifest.json").symlink_to(outside)
    assert "resolves outside the set's directory" in load_error(fixture_dir)


def test_a_symbolic_link_inside_the_set_still_loads(fixture_dir: Path) -> None:
    manifest = manifest_of(fixture_dir)
    first = next(entry for entry in manifest["files"] if entry["kind"] == "valid")
    (fixture_dir / "valid" / "alias.json").symlink_to(fixture_dir / first["file"])
    first["file"] = "valid/alias.json"
    rewrite(fixture_dir, manifest)
    assert loader.load(fixture_dir).valid[0].file == fixture_dir / "valid" / "alias.json"


LOAD_A_FIFO = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from contracts._fixtures import FixtureError, load

    directory = Path(sys.argv[1])
    os.mkfifo(directory / "valid" / "fifo.json")
    try:
        load(directory)
    except FixtureError as error:
        print(error)
    """
)


def test_a_fifo_is_refused_without_waiting_for_a_writer(fixture_dir: Path) -> None:
    point_first_valid_entry_at(fixture_dir, "valid/fifo.json")
    # In a child process: on failure, the open() of a FIFO would wait for a writer forever.
    result = subprocess.run(
        [sys.executable, "-c", LOAD_A_FIFO, str(fixture_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "fifo.json: not a regular file" in result.stdout


def test_a_device_is_not_a_regular_file() -> None:
    with pytest.raises(loader.FixtureError, match="not a regular file"):
        fmt.read_bytes(Path("/dev/zero"), max_bytes=1024)


def test_a_file_over_the_size_cap_is_refused_and_the_cap_is_configurable(fixture_dir: Path) -> None:
    assert loader.MAX_FILE_BYTES == 64 * 1024 * 1024
    largest = max(path.stat().st_size for path in fixture_dir.rglob("*.json"))
    message = load_error(fixture_dir, max_file_bytes=largest - 1)
    assert f"over the {largest - 1}-byte cap" in message
    assert "max_file_bytes" in message
    assert len(loader.load(fixture_dir, max_file_bytes=largest)) == len(manifest_of(fixture_dir)["files"])


def test_a_huge_fixture_file_is_refused_at_the_default_cap(fixture_dir: Path) -> None:
    valid = next(e for e in manifest_of(fixture_dir)["files"] if e["kind"] == "valid")
    with (fixture_dir / valid["file"]).open("r+b") as handle:
        handle.truncate(loader.MAX_FILE_BYTES + 1)  # sparse: no disk space used
    assert f"over the {loader.MAX_FILE_BYTES}-byte cap" in load_error(fixture_dir)


# --- load(): a malformed manifest is a FixtureError, whatever its shape ---------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 10**6) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=6,
)
ENTRY_KEYS = ("file", "kind", "line", "name", "edge_case", "expected", "contract")
TOP_KEYS = ("files", "contract", "sha256", "generator", "format")


@st.composite
def malformed_manifests(draw: st.DrawFn, original: dict[str, Any]) -> dict[str, Any]:
    """``original`` with a few values replaced by arbitrary JSON, at the top or in entries."""
    manifest: dict[str, Any] = json.loads(json.dumps(original))
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            manifest[draw(st.sampled_from(TOP_KEYS))] = draw(JSON_VALUES)
        elif isinstance(manifest.get("files"), list) and manifest["files"]:
            index = draw(st.integers(0, len(manifest["files"]) - 1))
            target = manifest["files"][index]
            key = draw(st.sampled_from(ENTRY_KEYS))
            if isinstance(target, dict):
                target[key] = draw(JSON_VALUES)
            else:
                manifest["files"][index] = draw(JSON_VALUES)
    return manifest


def _valid_manifest() -> dict[str, Any]:
    return {
        "generator": "novu-contracts",
        "contract": "0.7.0",
        "format": "json",
        "files": [{"file": "valid/a.json", "kind": "valid"}, {"file": "invalid/b.json", "kind": "invalid"}],
    }


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(manifest=malformed_manifests(_valid_manifest()), pending=st.booleans())
@example(
    manifest={**_valid_manifest(), "files": [{"file": "valid/a.json", "kind": "valid", "line": True}]},
    pending=False,
)
@example(manifest={**_valid_manifest(), "contract": ["0.7.0"]}, pending=False)
@example(
    manifest={**_valid_manifest(), "files": [{"file": ["valid/a.json"], "kind": "valid"}]}, pending=False
)
@example(
    manifest={**_valid_manifest(), "files": [{"file": "valid/a.json", "kind": ["valid"]}]}, pending=False
)
@example(
    manifest={**_valid_manifest(), "files": [{"file": "valid/a.json", "kind": "valid", "contract": {}}]},
    pending=False,
)
@example(
    manifest={**_valid_manifest(), "files": [{"file": "a", "kind": "invalid", "expected": "x"}]},
    pending=False,
)
@example(
    manifest={**_valid_manifest(), "files": [{"file": "a", "kind": "invalid", "expected": {"code": []}}]},
    pending=False,
)
@example(manifest={**_valid_manifest(), "sha256": ["x"]}, pending=False)
@example(manifest={**_valid_manifest(), "files": [{"file": ["valid/a.json"], "kind": "valid"}]}, pending=True)
def test_a_malformed_manifest_is_a_fixture_error_never_another_exception(
    tmp_path: Path, manifest: dict[str, Any], pending: bool
) -> None:
    """Also beside the pending manifest of an interrupted run, which ``load`` reconciles with it."""
    directory = tmp_path / "set"
    shutil.rmtree(directory, ignore_errors=True)
    (directory / "valid").mkdir(parents=True)
    (directory / "invalid").mkdir()
    (directory / "valid" / "a.json").write_text("{}")
    (directory / "invalid" / "b.json").write_text("{}")
    (directory / "manifest.json").write_text(json.dumps(manifest))
    if pending:
        digest = hashlib.sha256(b"{}").hexdigest()
        pending_manifest = {**_valid_manifest(), "sha256": {"valid/a.json": digest, "invalid/b.json": digest}}
        (directory / "manifest.pending.json").write_text(json.dumps(pending_manifest))
    try:
        loader.load(directory)
    except loader.FixtureError as error:
        message = str(error)
    else:
        return
    assert "manifest.json" in message or str(directory) in message


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ({"file": "valid/a.json", "kind": "valid", "line": True}, "'line' must be a line number"),
        ({"file": "valid/a.json", "kind": "valid", "line": 0}, "'line' must be a line number"),
        ({"file": "valid/a.json", "kind": ["valid"]}, "'kind' must be a string"),
        ({"file": "valid/a.json", "kind": "valid", "name": ["a"]}, "'name' must be a string"),
        ({"file": "valid/a.json", "kind": "valid", "contract": "9.9"}, "unknown contract version '9.9'"),
    ],
)
def test_a_malformed_entry_is_named_with_its_field(tmp_path: Path, entry: dict[str, Any], words: str) -> None:
    (tmp_path / "valid").mkdir()
    (tmp_path / "valid" / "a.json").write_text("{}")
    rewrite(tmp_path, {**_valid_manifest(), "files": [entry]})
    message = load_error(tmp_path)
    assert "files[0]" in message
    assert words in message


def test_a_malformed_top_level_contract_is_named(tmp_path: Path) -> None:
    rewrite(tmp_path, {**_valid_manifest(), "contract": ["0.7.0"]})
    assert "unknown contract version ['0.7.0']" in load_error(tmp_path)


# --- generate: never through a symbolic link ------------------------------------------------


def generate(out: Path, **options: Any) -> dict[str, Any]:
    options.setdefault("kinds", KINDS)
    options.setdefault("count", 2)
    return gen.generate(gen.Request(out=out, **options))


def test_generate_refuses_a_symlinked_subdirectory_and_writes_nothing_through_it(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    generate(out, seed="a")
    elsewhere.mkdir()
    shutil.rmtree(out / "valid")
    (out / "valid").symlink_to(elsewhere, target_is_directory=True)

    with pytest.raises(gen.OutputDirectoryError, match="symbolic link"):
        generate(out, seed="b")

    assert list(elsewhere.iterdir()) == []


def test_the_cli_refuses_a_symlinked_subdirectory_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    generate(out, seed="a")
    elsewhere.mkdir()
    shutil.rmtree(out / "invalid")
    (out / "invalid").symlink_to(elsewhere, target_is_directory=True)

    status = main(["generate", "--count", "2", "--kind", "valid,invalid,list", "--out", str(out)])

    error = capsys.readouterr().err
    assert status == 2
    assert f"{out / 'invalid'} is a symbolic link" in error
    assert "Traceback" not in error
    assert list(elsewhere.iterdir()) == []


def test_a_symlinked_subdirectory_in_a_new_output_directory_is_refused(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "invalid").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(gen.OutputDirectoryError, match="symbolic link"):
        generate(out, seed="b", force=True)
    assert list(elsewhere.iterdir()) == []


def test_stale_files_behind_a_symlink_are_never_deleted(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    generate(out, seed="a", kinds=("valid", "list"))
    shutil.copytree(out / "list", elsewhere)
    shutil.rmtree(out / "list")
    (out / "list").symlink_to(elsewhere, target_is_directory=True)
    before = sorted(path.name for path in elsewhere.iterdir())

    generate(out, seed="a", kinds=("valid",))  # the list files are stale now, but behind a link

    assert sorted(path.name for path in elsewhere.iterdir()) == before


# --- generate: interrupted and killed runs are taken up again -------------------------------


def _stopping_os(at_write: int, *, killed: bool) -> types.SimpleNamespace:
    """``os`` for ``contracts._files``: write number ``at_write`` stops before its rename.

    ``killed``: as SIGKILL would, the stop leaves its ``.tmp`` file (no cleanup runs).
    """
    writes = {"n": 0}

    def fdopen(descriptor: int, mode: str) -> Any:
        writes["n"] += 1
        return os.fdopen(descriptor, mode)

    def replace(source: str, destination: Any) -> None:
        if writes["n"] == at_write:
            raise KeyboardInterrupt
        os.replace(source, destination)

    def unlink(path: str) -> None:
        if not killed:
            os.unlink(path)

    return types.SimpleNamespace(fdopen=fdopen, replace=replace, unlink=unlink)


def _stopped(out: Path, at_write: int, *, killed: bool, **options: Any) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(contracts._files, "os", _stopping_os(at_write, killed=killed))
        with pytest.raises(KeyboardInterrupt):
            generate(out, **options)


def on_disk(out: Path) -> set[str]:
    return {str(path.relative_to(out)) for path in out.rglob("*") if path.is_file()}


def _assert_clean_set(out: Path) -> None:
    """Exactly the manifest and the files it lists: no orphan, no .tmp, no pending manifest."""
    listed = {entry["file"] for entry in manifest_of(out)["files"]}
    assert on_disk(out) == listed | {"manifest.json"}
    loader.load(out)


@pytest.mark.parametrize("killed", [False, True], ids=["interrupted", "killed"])
@pytest.mark.parametrize("fmt_name", ["json", "jsonl"])
@pytest.mark.parametrize("at_write", [1, 2, 4])
def test_an_interrupted_first_run_can_simply_be_rerun(
    tmp_path: Path, at_write: int, fmt_name: str, killed: bool
) -> None:
    out = tmp_path / "out"
    _stopped(out, at_write, killed=killed, seed="s", format=fmt_name)
    assert not (out / "manifest.json").exists()
    if killed:
        assert any(path.name.endswith(".tmp") for path in out.rglob("*"))

    manifest = generate(out, seed="s", format=fmt_name)  # no --force needed

    assert manifest["counts"] == {"valid": 2, "invalid": 2, "list": 2}
    _assert_clean_set(out)


@pytest.mark.parametrize("fmt_name", ["json", "jsonl"])
@pytest.mark.parametrize("at_write", [2, 3, 5])
def test_orphans_of_a_killed_regeneration_are_cleaned_on_the_next_run(
    tmp_path: Path, at_write: int, fmt_name: str
) -> None:
    out = tmp_path / "out"
    generate(out, seed="first", count=4, format=fmt_name)
    _stopped(out, at_write, killed=True, seed="second", count=3, format=fmt_name)
    loader.load(out)  # what the killed run left still loads

    generate(out, seed="third", count=2, format=fmt_name)

    _assert_clean_set(out)


def test_orphans_of_two_killed_regenerations_in_a_row_are_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(out, seed="first", count=4)
    _stopped(out, 4, killed=True, seed="second", count=4)
    _stopped(out, 4, killed=True, seed="third", count=3)
    loader.load(out)

    generate(out, seed="fourth", count=2)

    _assert_clean_set(out)


def test_a_malformed_manifest_of_ours_beside_a_pending_one_is_replaced_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "out"
    generate(out, seed="first")
    _stopped(out, 3, killed=True, seed="second")
    manifest = manifest_of(out)
    unlisted = manifest["files"][0]["file"]
    manifest["files"][0]["file"] = ["not", "a", "path"]
    manifest["files"].append("not an entry")
    rewrite(out, manifest)

    generate(out, seed="third")

    # The file the broken entry hid is listed nowhere now, so it is not ours to remove.
    (out / unlisted).unlink(missing_ok=True)
    _assert_clean_set(out)


def test_a_directory_holding_only_a_killed_pending_manifest_write_is_ours(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _stopped(out, 1, killed=True, seed="s")
    (leftover,) = out.iterdir()
    assert leftover.name.startswith(".manifest.pending.json.")
    generate(out, seed="s")
    _assert_clean_set(out)


def test_foreign_tmp_files_still_make_a_directory_foreign(tmp_path: Path) -> None:
    (tmp_path / ".notes.txt.abcdefgh.tmp").write_text("someone else's")
    with pytest.raises(gen.OutputDirectoryError, match="--force"):
        generate(tmp_path, seed="s")
