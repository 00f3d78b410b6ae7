"""Loading a fixture set written by ``novu-contracts generate`` (no Hypothesis needed)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from contracts._checker import check, errors
from contracts._converter import parse
from contracts._errors import Code
from contracts._models import IntegrationResponseDto
from contracts._reading import UnreadableJsonError, json_lines, loads, read_text
from contracts._versions import CONTRACTS, DEFAULT_VERSION

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
    recorded: bool = False
    """Recorded from real traffic (``novu-contracts proxy --record``), not generated."""
    request: str | None = None
    """For a recorded fixture: the request line it answered (``GET /v1/integrations``)."""
    recorded_at: str | None = None
    """For a recorded fixture: when (ISO 8601, UTC)."""

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line is not None else str(self.file)

    def instance(self) -> IntegrationResponseDto | Any:
        """The parsed instance of a valid or edge fixture (of its set's contract version)."""
        return parse(self.payload, contract=self.contract)

    def instances(self) -> list[IntegrationResponseDto | Any]:
        """The parsed items of a list fixture (of its set's contract version)."""
        return [parse(item, contract=self.contract) for item in self.payload["data"]]


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
    manifest = described_manifest(root)
    default = manifest.get("contract", DEFAULT_VERSION)
    if default not in CONTRACTS:
        raise FixtureError(f"{root / MANIFEST}: unknown contract version {default!r}")
    documents: dict[str, Any] = {}
    fixtures = []
    for position, entry in enumerate(manifest["files"]):
        # Entries taken from a pending manifest name their own contract (see described_manifest).
        version = entry.get("contract", default) if isinstance(entry, dict) else default
        if version not in CONTRACTS:
            raise FixtureError(f"{root / MANIFEST}: unknown contract version {version!r}")
        fixture = attrs.evolve(_fixture(root, entry, position, documents), contract=version)
        if verify:
            _verify(fixture, version)
        fixtures.append(fixture)
    return FixtureSet(root, manifest, tuple(fixtures))


def described_manifest(directory: str | Path) -> dict[str, Any]:
    """``manifest.json`` as it describes the files now on disk.

    A ``.jsonl`` file's lines are described only by the manifest, so ``generate --format
    jsonl`` writes the new manifest first, as ``manifest.pending.json``, with each file's
    SHA-256; a run interrupted after that leaves files the previous manifest does not
    describe.  Each file is replaced whole, so a file whose bytes match the pending digest
    is the new one: its entries (each naming its contract) and digest come from there.
    """
    root = Path(directory)
    manifest = _json(root / MANIFEST)
    if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
        raise FixtureError(f"{root / MANIFEST}: not a novu-contracts manifest (no 'files' list)")
    pending = _pending_manifest(root)
    if pending is None:
        return manifest
    pending_digests: dict[str, Any] = pending["sha256"]
    recorded = manifest.get("sha256")
    digests: dict[str, Any] = recorded if isinstance(recorded, dict) else {}  # older manifests have none
    listed = {entry.get("file") for entry in manifest["files"] if isinstance(entry, dict)}
    replaced = {
        name
        for name, digest in pending_digests.items()
        if name in listed and digests.get(name) != digest and _sha256_of(root / name) == digest
    }
    if not replaced:
        return manifest
    contract = pending.get("contract", DEFAULT_VERSION)
    from_pending: dict[str, list[Any]] = {name: [] for name in replaced}
    for entry in pending["files"]:
        if isinstance(entry, dict) and entry.get("file") in from_pending:
            from_pending[entry["file"]].append({**entry, "contract": contract})
    files: list[Any] = []
    for entry in manifest["files"]:
        name = entry.get("file") if isinstance(entry, dict) else None
        if name not in replaced:
            files.append(entry)
        elif name in from_pending:  # the replaced file's entries, once, where its first one stood
            files += from_pending.pop(name)
    return {**manifest, "files": files, "sha256": {**digests, **{n: pending_digests[n] for n in replaced}}}


def _pending_manifest(root: Path) -> dict[str, Any] | None:
    """The pending manifest an interrupted ``--format jsonl`` run left, if there is a usable one."""
    try:
        pending = loads(read_text(root / PENDING_MANIFEST), str(root / PENDING_MANIFEST))
    except (UnreadableJsonError, OSError):
        return None
    if not isinstance(pending, dict) or not isinstance(pending.get("files"), list):
        return None
    return pending if isinstance(pending.get("sha256"), dict) else None


def _sha256_of(path: Path) -> str | None:
    """The hex SHA-256 of the file at ``path``, or None if it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


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
        **_recorded(entry),
    )


def _recorded(entry: dict[str, Any]) -> dict[str, Any]:
    """The optional keys of a recorded entry (absent from generated sets, which stay as they were)."""
    if entry.get("recorded") is not True:
        return {}
    text = {key: entry.get(key) for key in ("request", "recorded_at")}
    return {"recorded": True, **{key: value for key, value in text.items() if isinstance(value, str)}}


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
