"""The fixture-set format, in one place: the manifest, its files, reading, writing and recovery.

A set is a directory with ``manifest.json`` (``files``: one entry per fixture, naming its
``file``, ``kind`` and, in ``.jsonl`` files, its ``line``) and the files it lists.
``contracts._fixtures.load`` reads sets through this module; ``strategies._fixture_writer``
only supplies the payloads and the manifest's description of them to ``write_set``.

Reading treats a set as hostile: every path stays inside the set's directory (no ``..``,
no absolute path, no symbolic link resolving outside), only regular files are read (a
FIFO or a device is refused, never waited on), each file at most ``max_bytes``, and
every manifest value is type-checked, so a bad set is a ``FixtureError`` naming the file
and the entry, never a ``TypeError``, a hang or a read elsewhere.

Writing is restartable: the new manifest goes first, as ``manifest.pending.json`` with
each file's SHA-256, then each file atomically, then ``manifest.json``.  A run stopped
anywhere leaves a set that loads (``described_manifest`` takes each replaced file's
entries from the pending manifest), and the next run recognises what it left (its
pending manifest, its ``.tmp`` files) and removes what is no longer listed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
from collections.abc import Callable, Sequence
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Final

import attrs

from contracts._errors import Code
from contracts._files import write_atomically
from contracts._reading import UnreadableJsonError, decode, dumps, json_lines, loads
from contracts._versions import CONTRACTS, DEFAULT_VERSION

MANIFEST: Final = "manifest.json"
PENDING_MANIFEST: Final = "manifest.pending.json"
"""The next manifest, written before any file it describes (see the module docstring)."""
GENERATOR: Final = "novu-contracts"
"""The manifest's ``generator``: sets with another one are not ours to replace."""
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
"""The default cap on each file of a set that is read (64 MiB); ``load(max_file_bytes=...)`` changes it."""

_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")
"""What ``write_atomically`` leaves behind if the process is killed mid-write."""


class FixtureError(ValueError):
    """A fixture set that cannot be used; the message names the file (and entry or line) at fault."""


class OutputDirectoryError(Exception):
    """The output directory holds files this tool did not write (use ``force`` to write anyway)."""


def encode(value: Any, *, indent: int | None) -> bytes:
    """A fixture file's bytes: UTF-8 JSON, newline-ended (``indent=None``: one ``.jsonl`` line)."""
    return (dumps(value, indent=indent, allow_nan=False) + "\n").encode("utf-8")


# --- reading --------------------------------------------------------------------------------


def member(root: Path, relative: object, where: str) -> Path:
    """The path a manifest names, if it stays inside ``root``; else ``FixtureError`` at ``where``."""
    if not isinstance(relative, str) or not relative or "\0" in relative:
        raise FixtureError(f"{where}: 'file' must be a relative path (a non-empty string), got {relative!r}")
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(relative).is_absolute():
        raise FixtureError(f"{where}: 'file' must be relative to the set's directory, got {relative!r}")
    if ".." in PurePosixPath(relative.replace("\\", "/")).parts:
        raise FixtureError(f"{where}: 'file' must not leave the set's directory ('..'), got {relative!r}")
    path = root / relative
    if not path.resolve().is_relative_to(root.resolve()):
        raise FixtureError(f"{where}: {path} resolves outside the set's directory (a symbolic link?)")
    return path


def read_bytes(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; else ``FixtureError`` naming ``path``.

    Opened without blocking, so a FIFO is refused instead of waited on; the size is
    taken from the open file, so it cannot grow between the check and the read.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise FixtureError(f"{path}: cannot read: {error.strerror or error}") from error
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise FixtureError(f"{path}: not a regular file (a FIFO, device or directory); refused")
        if status.st_size > max_bytes:
            raise FixtureError(
                f"{path}: {status.st_size} bytes, over the {max_bytes}-byte cap (load(max_file_bytes=...))"
            )
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FixtureError(f"{path}: over the {max_bytes}-byte cap (load(max_file_bytes=...))")
    return data


def read_json(path: Path, *, max_bytes: int) -> Any:
    """The JSON document in ``path`` (read as ``read_bytes`` does)."""
    try:
        return loads(decode(read_bytes(path, max_bytes=max_bytes), str(path)), str(path))
    except UnreadableJsonError as error:
        raise FixtureError(str(error)) from error


class JsonLines:
    """The lines of ``.jsonl`` files, each file read once per ``load``."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._files: dict[Path, list[str]] = {}

    def record(self, path: Path, line: int) -> Any:
        lines = self._files.get(path)
        if lines is None:
            try:
                text = decode(read_bytes(path, max_bytes=self._max_bytes), str(path))
            except UnreadableJsonError as error:
                raise FixtureError(str(error)) from error
            lines = self._files[path] = json_lines(text)
        if not 1 <= line <= len(lines):
            raise FixtureError(f"{path}: the manifest points at line {line}, the file has {len(lines)}")
        try:
            return loads(lines[line - 1], str(path), line_offset=line - 1)
        except UnreadableJsonError as error:
            raise FixtureError(str(error)) from error


@attrs.frozen
class Entry:
    """One manifest entry, type-checked: which file (and line), what kind, what it expects."""

    file: str
    kind: str
    line: int | None = None
    name: str | None = None
    edge_case: str | None = None
    expected_path: str | None = None
    expected_code: Code | None = None
    contract: str | None = None
    """Set on entries taken from a pending manifest: the contract of the run that wrote them."""


def _optional_string(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise FixtureError(f"{where}: {key!r} must be a string, got {value!r}")
    return value


def entry(raw: object, where: str) -> Entry:
    """A manifest entry checked field by field; ``FixtureError`` at ``where`` names the field at fault."""
    if not isinstance(raw, dict) or not isinstance(raw.get("file"), str) or "kind" not in raw:
        raise FixtureError(f"{where}: each entry needs 'file' and 'kind'")
    kind = raw["kind"]
    if not isinstance(kind, str):
        raise FixtureError(f"{where}: 'kind' must be a string, got {kind!r}")
    line = raw.get("line")
    if line is not None and (type(line) is not int or line < 1):
        raise FixtureError(f"{where}: 'line' must be a line number (1 or more), got {line!r}")
    expected = raw.get("expected")
    path = code = None
    if expected is not None and expected != {}:
        if not isinstance(expected, dict) or not isinstance(expected.get("path"), str):
            raise FixtureError(f"{where}: 'expected' needs a 'path' and a known 'code'")
        path = expected["path"]
        try:
            code = Code(expected["code"])
        except (KeyError, ValueError, TypeError):
            raise FixtureError(f"{where}: 'expected' needs a 'path' and a known 'code'") from None
    version = _optional_string(raw, "contract", where)
    if version is not None and version not in CONTRACTS:
        raise FixtureError(f"{where}: unknown contract version {version!r}")
    return Entry(
        file=raw["file"],
        kind=kind,
        line=line,
        name=_optional_string(raw, "name", where),
        edge_case=_optional_string(raw, "edge_case", where),
        expected_path=path,
        expected_code=code,
        contract=version,
    )


def manifest_contract(manifest: dict[str, Any], where: str) -> str:
    """The set's contract version (``contract``, default 0.7.0), checked."""
    version = manifest.get("contract", DEFAULT_VERSION)
    if not isinstance(version, str) or version not in CONTRACTS:
        raise FixtureError(f"{where}: unknown contract version {version!r}")
    return version


def described_manifest(directory: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> dict[str, Any]:
    """``manifest.json`` as it describes the files now on disk.

    A run writes its manifest first, as ``manifest.pending.json``, with each file's
    SHA-256; a run interrupted after that leaves files the previous manifest does not
    describe.  Each file is replaced whole, so a file whose bytes match the pending digest
    is the new one: its entries (each naming its contract) and digest come from there.
    """
    root = Path(directory)
    manifest = read_json(member(root, MANIFEST, str(root)), max_bytes=max_bytes)
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
        raise FixtureError(f"{root / MANIFEST}: not a novu-contracts manifest (no 'files' list)")
    recorded = manifest.get("sha256")
    if recorded is not None and not _is_digest_table(recorded):
        raise FixtureError(f"{root / MANIFEST}: 'sha256' must map file names to hex digests")
    pending = _pending_manifest(root, max_bytes)
    if pending is None:
        return manifest
    pending_digests: dict[str, str] = pending["sha256"]
    digests: dict[str, str] = recorded or {}  # older manifests have none
    listed = {name for name in map(_file_of, manifest["files"]) if name is not None}
    replaced = {
        name
        for name, digest in pending_digests.items()
        if name in listed and digests.get(name) != digest and _sha256_of(root, name, max_bytes) == digest
    }
    if not replaced:
        return manifest
    contract = pending["contract"]
    from_pending: dict[str, list[Any]] = {name: [] for name in replaced}
    for raw in pending["files"]:
        if raw["file"] in from_pending:
            from_pending[raw["file"]].append({**raw, "contract": contract})
    files: list[Any] = []
    for raw in manifest["files"]:
        name = _file_of(raw)
        if name not in replaced:
            files.append(raw)
        elif name in from_pending:  # the replaced file's entries, once, where its first one stood
            files += from_pending.pop(name)
    return {**manifest, "files": files, "sha256": {**digests, **{n: pending_digests[n] for n in replaced}}}


def _file_of(raw: object) -> str | None:
    """The ``file`` of a manifest entry, if the entry is well-formed enough to have one."""
    name = raw.get("file") if isinstance(raw, dict) else None
    return name if isinstance(name, str) else None


def _is_digest_table(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(digest, str) for digest in value.values())


def _pending_manifest(root: Path, max_bytes: int) -> dict[str, Any] | None:
    """The pending manifest an interrupted run left, if it is usable (else it is ignored)."""
    try:
        pending = read_json(member(root, PENDING_MANIFEST, str(root)), max_bytes=max_bytes)
        if not isinstance(pending, dict) or not isinstance(pending.get("files"), list):
            return None
        if not _is_digest_table(pending.get("sha256")):
            return None
        contract = manifest_contract(pending, str(root / PENDING_MANIFEST))
        for position, raw in enumerate(pending["files"]):
            entry(raw, f"{root / PENDING_MANIFEST}: files[{position}]")
    except FixtureError:
        return None
    return {**pending, "contract": contract}


def _sha256_of(root: Path, name: str, max_bytes: int) -> str | None:
    """The hex SHA-256 of the set's file ``name``, or None if it cannot be read (or is not the set's)."""
    try:
        return hashlib.sha256(read_bytes(member(root, name, str(root)), max_bytes=max_bytes)).hexdigest()
    except FixtureError:
        return None


# --- writing --------------------------------------------------------------------------------


def write_set(
    out: Path,
    files: Sequence[tuple[str, bytes]],
    manifest: dict[str, Any],
    *,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Write ``files`` (relative path, bytes) and ``manifest`` into ``out``; returns the manifest written.

    Refuses (``OutputDirectoryError``) a non-empty directory that is not ours unless
    ``force``, and any symbolic link among the directories it writes into. ``manifest``
    gets the SHA-256 of each ``.jsonl`` file (whose lines only the manifest describes).
    """
    previous = _previous_files(out, force=force)
    for relative, _ in files:
        refuse_links(out, relative)
    _settle_interrupted_run(out)
    digests = {relative: hashlib.sha256(data).hexdigest() for relative, data in files}
    jsonl = {name: digest for name, digest in digests.items() if name.endswith(".jsonl")}
    final = {**manifest, "sha256": jsonl} if jsonl else dict(manifest)
    write_atomically(out / PENDING_MANIFEST, encode({**manifest, "sha256": digests}, indent=2))
    for done, (relative, data) in enumerate(files, start=1):
        refuse_links(out, relative)  # checked again: the directory is not ours alone
        write_atomically(out / relative, data)
        if progress is not None:
            progress(done, len(files))
    write_atomically(out / MANIFEST, encode(final, indent=2))
    (out / PENDING_MANIFEST).unlink(missing_ok=True)
    _remove_leftovers(out, previous - set(digests), keep={*digests, MANIFEST})
    return final


def refuse_links(out: Path, relative: str) -> None:
    """Refuse to write ``relative`` through a symbolic link (or a non-directory) below ``out``."""
    directory = out
    for part in PurePosixPath(relative).parts[:-1]:
        directory = directory / part
        if directory.is_symlink() or (directory.exists() and not directory.is_dir()):
            raise OutputDirectoryError(
                f"{directory} is a symbolic link or not a directory; refusing to write through it"
                " (remove it, or choose another --out)"
            )


def _listed_by_us(manifest_path: Path) -> set[str] | None:
    """The files a manifest of ours lists; None if ``manifest_path`` is missing, foreign or unreadable."""
    try:
        manifest = read_json(manifest_path, max_bytes=MAX_FILE_BYTES)
    except FixtureError:
        return None
    if not isinstance(manifest, dict) or manifest.get("generator") != GENERATOR:
        return None
    files = manifest.get("files")
    return {name for name in map(_file_of, files) if name is not None} if isinstance(files, list) else set()


def check_output_directory(out: Path, *, force: bool = False) -> None:
    """Refuse ``out`` before any work is done (``write_set`` checks again)."""
    _previous_files(out, force=force)


def _previous_files(out: Path, *, force: bool) -> set[str]:
    """The files a previous run of ours listed (to replace), after refusing a foreign non-empty directory.

    Ours: a manifest of ours, or, without ``manifest.json``, the pending manifest of an
    interrupted first run, or nothing but the ``.tmp`` file of a run killed while writing
    that pending manifest.
    """
    if not out.exists():
        return set()
    if not out.is_dir():
        raise OutputDirectoryError(f"{out} exists and is not a directory")
    listed = _listed_by_us(out / MANIFEST)
    pending = _listed_by_us(out / PENDING_MANIFEST)
    has_manifest = (out / MANIFEST).exists()
    if listed is not None or (pending is not None and not has_manifest):
        return (listed or set()) | (pending or set())
    if force or all(_is_temporary_of(path.name, {PENDING_MANIFEST}) for path in out.iterdir()):
        return set()
    raise OutputDirectoryError(
        f"{out} is not empty and was not written by novu-contracts (no {MANIFEST} of ours);"
        " choose an empty directory or pass --force to write into it anyway"
    )


def _is_temporary_of(name: str, names: set[str]) -> bool:
    match = _TEMPORARY.match(name)
    return match is not None and match["name"] in names


def _settle_interrupted_run(out: Path) -> None:
    """Make ``manifest.json`` describe the files an interrupted run left, remove the ones it does
    not describe, and drop the pending manifest, so that this run can write its own."""
    if not (out / PENDING_MANIFEST).is_file():
        return
    try:
        settled = described_manifest(out)
    except FixtureError:  # no usable manifest.json: the interrupted run was a first one
        described: set[str] = set()
    else:
        write_atomically(out / MANIFEST, encode(settled, indent=2))
        described = {name for name in map(_file_of, settled["files"]) if name is not None}
    # Written by the interrupted run, described by no manifest now: a later run could not tell them.
    orphans = (_listed_by_us(out / PENDING_MANIFEST) or set()) - described
    _remove_leftovers(out, orphans, keep=described)
    (out / PENDING_MANIFEST).unlink()


def _remove_leftovers(out: Path, stale: set[str], keep: set[str]) -> None:
    """Remove files an earlier run listed that this one does not, and ``.tmp`` files of killed writes.

    Only regular files inside ``out``, never through a symbolic link: a manifest is data.
    """
    root = out.resolve()
    directories = {root}
    for relative in (*stale, *keep):
        path = out / relative
        with contextlib.suppress(FixtureError, OutputDirectoryError):
            member(out, relative, str(out))
            refuse_links(out, relative)
            directories.add(path.parent.resolve())
            removable = (
                relative in stale and relative not in keep and relative not in (MANIFEST, PENDING_MANIFEST)
            )
            if removable and path.is_file() and not path.is_symlink():
                path.unlink()
    names = {PurePosixPath(relative).name for relative in (*stale, *keep, PENDING_MANIFEST)}
    for directory in directories:
        if not directory.is_relative_to(root) or not directory.is_dir():
            continue
        for path in directory.iterdir():
            if _is_temporary_of(path.name, names) and path.is_file() and not path.is_symlink():
                path.unlink()
