"""Loading a fixture set written by ``novu-contracts generate`` (no Hypothesis needed)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from contracts._reading import UnreadableJsonError, json_lines, loads, read_text
from contracts.checker import check, errors
from contracts.converter import parse_version
from contracts.errors import Code
from contracts.models import IntegrationResponseDto
from contracts.versions import CONTRACTS, DEFAULT_VERSION

MANIFEST = "manifest.json"
PENDING_MANIFEST = "manifest.pending.json"
"""Where ``generate --format jsonl`` writes the new manifest before replacing any ``.jsonl`` file."""


class FixtureError(ValueError):
    """A fixture set that cannot be used; the message names the file (and line) at fault."""


@attrs.frozen
class Fixture:
    """One fixture: where it is, its raw JSON, and what it means."""

    file: Path
    kind: str
    name: str
    payload: Any
    """The JSON as stored (for ``list`` fixtures, the ``{"data": [...]}`` body)."""
    line: int | None = None
    edge_case: str | None = None
    expected_path: str | None = None
    expected_code: Code | None = None
    contract: str = DEFAULT_VERSION

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line is not None else str(self.file)

    def instance(self) -> IntegrationResponseDto | Any:
        """The parsed instance of a valid or edge fixture (of its set's contract version)."""
        return parse_version(self.payload, self.contract)

    def instances(self) -> list[IntegrationResponseDto | Any]:
        """The parsed items of a list fixture (of its set's contract version)."""
        return [parse_version(item, self.contract) for item in self.payload["data"]]


@attrs.frozen
class FixtureSet:
    """Every fixture of a directory, by kind, in manifest order."""

    directory: Path
    manifest: dict[str, Any]
    fixtures: tuple[Fixture, ...]

    def of_kind(self, kind: str) -> tuple[Fixture, ...]:
        return tuple(f for f in self.fixtures if f.kind == kind)

    @property
    def valid(self) -> tuple[Fixture, ...]:
        return self.of_kind("valid")

    @property
    def edge(self) -> tuple[Fixture, ...]:
        return self.of_kind("edge")

    @property
    def invalid(self) -> tuple[Fixture, ...]:
        return self.of_kind("invalid")

    @property
    def lists(self) -> tuple[Fixture, ...]:
        return self.of_kind("list")

    def __iter__(self) -> Iterator[Fixture]:
        return iter(self.fixtures)

    def __len__(self) -> int:
        return len(self.fixtures)


def load(directory: str | Path, *, verify: bool = True) -> FixtureSet:
    """Load the fixture set in ``directory``; raises ``FixtureError`` naming the file at fault.

    With ``verify`` (the default) every fixture is checked against the contract and the
    manifest: valid, edge and list fixtures must have no violation, and each invalid
    fixture exactly the violation its manifest entry records.
    """
    root = Path(directory)
    manifest = _json(root / MANIFEST)
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
        raise FixtureError(f"{root / MANIFEST}: not a novu-contracts manifest (no 'files' list)")
    version = manifest.get("contract", DEFAULT_VERSION)
    if version not in CONTRACTS:
        raise FixtureError(f"{root / MANIFEST}: unknown contract version {version!r}")
    documents: dict[str, Any] = {}
    fixtures = []
    for position, entry in enumerate(_entries_for_files_on_disk(root, manifest)):
        fixture = attrs.evolve(_fixture(root, entry, position, documents), contract=version)
        if verify:
            _verify(fixture, version)
        fixtures.append(fixture)
    return FixtureSet(root, manifest, tuple(fixtures))


def _sha256_of(path: Path) -> str | None:
    """The hex SHA-256 of the file at ``path``, or None if it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _entries_for_files_on_disk(root: Path, manifest: dict[str, Any]) -> list[Any]:
    """The manifest's entries, with those of each ``.jsonl`` file a regeneration had already
    replaced (before it was interrupted) taken from the pending manifest it wrote first.

    A ``.jsonl`` file's lines are described only by the manifest, so the previous manifest
    cannot describe a new file.  Each file is replaced whole, so each matches one of the two
    manifests' digests.
    """
    entries: list[Any] = manifest["files"]
    try:
        pending = loads(read_text(root / PENDING_MANIFEST), str(root / PENDING_MANIFEST))
    except (UnreadableJsonError, OSError):
        return entries
    if not isinstance(pending, dict) or not isinstance(pending.get("files"), list):
        return entries
    digests, pending_digests = manifest.get("sha256"), pending.get("sha256")
    if not isinstance(digests, dict) or not isinstance(pending_digests, dict):
        return entries
    replaced = {
        name
        for name, digest in pending_digests.items()
        if isinstance(name, str)
        and digests.get(name) != digest
        and name in digests
        and _sha256_of(root / name) == digest
    }
    if not replaced:
        return entries
    from_pending: dict[str, list[Any]] = {name: [] for name in replaced}
    for entry in pending["files"]:
        if isinstance(entry, dict) and entry.get("file") in from_pending:
            from_pending[entry["file"]].append(entry)
    result: list[Any] = []
    for entry in entries:
        name = entry.get("file") if isinstance(entry, dict) else None
        if name not in replaced:
            result.append(entry)
        elif name in from_pending:  # the replaced file's entries, once, where its first one stood
            result += from_pending.pop(name)
    return result


def _json(path: Path) -> Any:
    try:
        return loads(read_text(path), str(path))
    except UnreadableJsonError as error:
        raise FixtureError(str(error)) from error


def _jsonl_line(path: Path, line: int, documents: dict[str, Any]) -> Any:
    key = str(path)
    if key not in documents:
        try:
            documents[key] = json_lines(read_text(path))
        except UnreadableJsonError as error:
            raise FixtureError(str(error)) from error
    lines = documents[key]
    if not 1 <= line <= len(lines):
        raise FixtureError(f"{path}: the manifest points at line {line}, the file has {len(lines)}")
    try:
        return loads(lines[line - 1], f"{path}", line_offset=line - 1)
    except UnreadableJsonError as error:
        raise FixtureError(str(error)) from error


def _fixture(root: Path, entry: Any, position: int, documents: dict[str, Any]) -> Fixture:
    where = f"{root / MANIFEST}: files[{position}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or "kind" not in entry:
        raise FixtureError(f"{where}: each entry needs 'file' and 'kind'")
    path = root / entry["file"]
    line = entry.get("line")
    payload = _jsonl_line(path, line, documents) if isinstance(line, int) else _json(path)
    expected = entry.get("expected") or {}
    try:
        code = Code(expected["code"]) if expected else None
    except (ValueError, KeyError, TypeError):
        raise FixtureError(f"{where}: 'expected' needs a 'path' and a known 'code'") from None
    return Fixture(
        file=path,
        kind=str(entry["kind"]),
        name=str(entry.get("name") or Path(entry["file"]).stem),
        payload=payload,
        line=line if isinstance(line, int) else None,
        edge_case=entry.get("edge_case"),
        expected_path=expected.get("path") if expected else None,
        expected_code=code,
    )


def _verify(fixture: Fixture, version: str) -> None:
    if fixture.kind == "invalid":
        found = [(v.path, v.code) for v in errors(check(fixture.payload, contract=version))]
        wanted = [(fixture.expected_path, fixture.expected_code)]
        if found != wanted:
            raise FixtureError(
                f"{fixture.where}: the manifest expects {wanted[0][1]} at {wanted[0][0]!r},"
                f" the payload has {found or 'no violation'}"
            )
        return
    items = (
        fixture.payload.get("data") if fixture.kind == "list" and isinstance(fixture.payload, dict) else None
    )
    if fixture.kind == "list" and not isinstance(items, list):
        raise FixtureError(f'{fixture.where}: a list fixture holds {{"data": [...]}}')
    for index, item in enumerate(items if items is not None else [fixture.payload]):
        violations = errors(check(item, contract=version))
        if violations:
            at = f" item {index}" if items is not None else ""
            listed = "; ".join(str(v) for v in violations[:5])
            raise FixtureError(f"{fixture.where}{at}: breaks the contract: {listed}")
