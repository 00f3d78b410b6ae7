"""Deterministic JSON fixture sets: valid, named edge-case, invalid and list-endpoint payloads.

Generation draws from ``RandomSource`` (a seeded ``random.Random``), not from
Hypothesis: the same seed and library version give byte-identical files on any
machine, whatever Hypothesis release is installed.  Each fixture has its own
seed (``<seed>:<kind>:<index>``), so ``--count 21`` starts with the 20 files of
``--count 20``.
"""

from __future__ import annotations

import re
import shlex
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

import attrs

from contracts._about import library_version
from contracts._fixture_format import (
    GENERATOR,
    OutputDirectoryError,
    check_output_directory,
    encode,
    write_set,
)
from contracts._models import Channel
from contracts._versions import DEFAULT_VERSION
from strategies._edge_cases import EDGE_CASES, edge_case_examples
from strategies._generate import Profile, integration_payload
from strategies._invalid import invalid_payload
from strategies._lists import list_payload
from strategies._profile import make_profile
from strategies._source import RandomSource

Kind = Literal["valid", "edge", "invalid", "list"]
KINDS: tuple[Kind, ...] = ("valid", "edge", "invalid", "list")
__all__ = ["GENERATOR", "KINDS", "Kind", "OutputDirectoryError", "Request", "generate", "print_progress"]


@attrs.frozen(kw_only=True)
class Request:
    """What to generate."""

    out: Path
    seed: int | str = 0
    count: int = 20
    kinds: tuple[Kind, ...] = ("valid", "edge", "invalid")
    channels: tuple[Channel, ...] | None = None
    format: Literal["json", "jsonl"] = "json"
    list_size: int = 5
    force: bool = False
    contract: str = DEFAULT_VERSION


@attrs.frozen
class _Fixture:
    kind: Kind
    name: str  # file name without extension, or the JSONL record's name
    body: Any
    about: dict[str, Any]


def _file_token(text: object) -> str:
    token = re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")[:40]
    return token or "unnamed"


def _profile(request: Request) -> Profile:
    # Huge labels (past 256 KiB) are for tests that generate; a committed file keeps to 10,000+.
    return attrs.evolve(make_profile(channel=request.channels, contract=request.contract), huge=False)


def _fixtures(request: Request) -> Iterable[_Fixture]:
    profile = _profile(request)
    for kind in request.kinds:
        if kind == "edge":
            descriptions = {edge_case.name: edge_case.description for edge_case in EDGE_CASES}
            for name, payload in edge_case_examples(
                channel=request.channels[0] if request.channels else None
            ):
                yield _Fixture(kind, name, payload, {"edge_case": name, "description": descriptions[name]})
            continue
        for index in range(request.count):
            source = RandomSource(f"{request.seed}:{kind}:{index}")
            if kind == "valid":
                payload = integration_payload(source, profile)
                channel = payload.get("channel", "no-channel")
                label = f"{_file_token(channel)}-{_file_token(payload['providerId'])}"
                yield _Fixture(kind, f"{index:04d}-{label}", payload, {})
            elif kind == "invalid":
                broken, expected = invalid_payload(source, profile)
                yield _Fixture(
                    kind, f"{index:04d}-{expected.label}", broken, {"expected": expected.to_json()}
                )
            else:
                items = list_payload(
                    source,
                    profile,
                    min_size=0,
                    max_size=request.list_size,
                    unique_ids=True,
                    primaries="at_most_one",
                    mixed_channels=True,
                )
                yield _Fixture(
                    kind, f"{index:04d}-{len(items)}-items", {"data": items}, {"items": len(items)}
                )


def command_line(request: Request) -> str:
    """The ``novu-contracts generate`` options that reproduce ``request`` (``--out`` left to the reader)."""
    parts = ["novu-contracts", "generate", "--seed", str(request.seed), "--count", str(request.count)]
    parts += ["--kind", ",".join(request.kinds), "--format", request.format]
    if "list" in request.kinds:
        parts += ["--list-size", str(request.list_size)]
    if request.contract != DEFAULT_VERSION:
        parts += ["--contract", request.contract]
    if request.channels is not None:
        parts += ["--channel", ",".join(channel.value for channel in request.channels)]
    return shlex.join(parts)


def generate(
    request: Request,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Write the fixture set ``request`` describes; returns the manifest (also written as manifest.json).

    This module makes the payloads and describes them; ``contracts._fixture_format.write_set``
    writes them (atomically, the manifest last, restartable after any interruption).
    """
    check_output_directory(request.out, force=request.force)
    fixtures = list(_fixtures(request))
    entries: list[dict[str, Any]] = []
    files: list[tuple[str, bytes]] = []
    if request.format == "json":
        for fixture in fixtures:
            relative = f"{fixture.kind}/{fixture.name}.json"
            files.append((relative, encode(fixture.body, indent=2)))
            entries.append({"file": relative, "kind": fixture.kind, **fixture.about})
    else:
        for kind in request.kinds:
            records = [f for f in fixtures if f.kind == kind]
            relative = f"{kind}.jsonl"
            files.append((relative, b"".join(encode(record.body, indent=None) for record in records)))
            for line, record in enumerate(records, start=1):
                entries.append(
                    {"file": relative, "line": line, "kind": kind, "name": record.name, **record.about}
                )
    counts = {kind: sum(1 for f in fixtures if f.kind == kind) for kind in request.kinds}
    manifest: dict[str, Any] = {
        "generator": GENERATOR,
        "version": library_version(),
        "contract": request.contract,
        "randomness": "Python random.Random seeded per fixture with '<seed>:<kind>:<index>';"
        " independent of the installed Hypothesis version",
        "seed": request.seed,
        "command": command_line(request),
        "format": request.format,
        "counts": counts,
        "files": entries,
    }
    return write_set(request.out, files, manifest, force=request.force, progress=progress)


def print_progress(done: int, total: int) -> None:
    """A one-line progress bar on stderr."""
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
