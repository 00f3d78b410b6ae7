"""Loading a fixture set written by ``novu-contracts generate`` (no Hypothesis needed).

The format itself (manifest, confined reading, recovery of interrupted runs) is
``contracts._fixture_format``; this module turns a set into ``Fixture`` objects and
verifies them against the contract.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from contracts._checker import check, errors
from contracts._converter import parse
from contracts._errors import Code
from contracts._fixture_format import (
    MANIFEST,
    MAX_FILE_BYTES,
    PENDING_MANIFEST,
    Entry,
    FixtureError,
    JsonLines,
    described_manifest,
    entry,
    manifest_contract,
    member,
    read_json,
)
from contracts._models import IntegrationResponseDto
from contracts._versions import DEFAULT_VERSION

__all__ = [  # the format's names that callers of this module use
    "MANIFEST",
    "MAX_FILE_BYTES",
    "PENDING_MANIFEST",
    "Fixture",
    "FixtureError",
    "FixtureSet",
    "described_manifest",
    "load",
]


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


def load(directory: str | Path, *, verify: bool = True, max_file_bytes: int = MAX_FILE_BYTES) -> FixtureSet:
    """Load the fixture set in ``directory``; raises ``FixtureError`` naming the file at fault.

    With ``verify`` (the default) every fixture is checked against the contract and the
    manifest: valid, edge and list fixtures must have no violation, and each invalid
    fixture exactly the violation its manifest entry records.  Nothing outside
    ``directory`` is read, nor any file that is not a regular one, nor any file over
    ``max_file_bytes`` (default ``MAX_FILE_BYTES``, 64 MiB).
    """
    root = Path(directory)
    manifest = described_manifest(root, max_bytes=max_file_bytes)
    default = manifest_contract(manifest, str(root / MANIFEST))
    records = JsonLines(max_file_bytes)
    fixtures = []
    for position, raw in enumerate(manifest["files"]):
        where = f"{root / MANIFEST}: files[{position}]"
        described = entry(raw, where)
        # Entries taken from a pending manifest name their own contract (see described_manifest).
        version = described.contract or default
        path = member(root, described.file, where)
        if described.line is not None:
            payload = records.record(path, described.line)
        else:
            payload = read_json(path, max_bytes=max_file_bytes)
        fixture = _fixture(path, described, payload, version, raw)
        if verify:
            _verify(fixture, version)
        fixtures.append(fixture)
    return FixtureSet(root, manifest, tuple(fixtures))


def _fixture(path: Path, described: Entry, payload: Any, version: str, raw: Any) -> Fixture:
    return Fixture(
        file=path,
        kind=described.kind,
        name=described.name or Path(described.file).stem,
        payload=payload,
        line=described.line,
        edge_case=described.edge_case,
        expected_path=described.expected_path,
        expected_code=described.expected_code,
        contract=version,
        **_recorded(raw),
    )


def _recorded(entry: Any) -> dict[str, Any]:
    """The optional keys of a recorded entry (absent from generated sets, which stay as they were)."""
    if not isinstance(entry, dict) or entry.get("recorded") is not True:
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
