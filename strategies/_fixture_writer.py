"""Deterministic JSON fixture sets: valid, named edge-case, invalid and list-endpoint payloads.

Generation draws from ``RandomSource`` (a seeded ``random.Random``), not from
Hypothesis: the same seed and library version give byte-identical files on any
machine, whatever Hypothesis release is installed.  Each fixture has its own
seed (``<seed>:<kind>:<index>``), so ``--count 21`` starts with the 20 files of
``--count 20``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shlex
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

import attrs

from contracts._about import library_version
from contracts._files import write_atomically
from contracts._fixtures import MANIFEST, PENDING_MANIFEST, FixtureError, described_manifest
from contracts._models import Channel
from contracts._versions import DEFAULT_VERSION
from strategies._edge_cases import EDGE_CASES, edge_case_payloads
from strategies._generate import Profile, integration_payload
from strategies._invalid import invalid_payload
from strategies._payloads import list_payload, make_profile
from strategies._source import RandomSource

Kind = Literal["valid", "edge", "invalid", "list"]
KINDS: tuple[Kind, ...] = ("valid", "edge", "invalid", "list")
GENERATOR = "novu-contracts"


class OutputDirectoryError(Exception):
    """The output directory holds files this tool did not write (use ``force`` to write anyway)."""


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
    return make_profile(channel=request.channels, contract=request.contract)


def _fixtures(request: Request) -> Iterable[_Fixture]:
    profile = _profile(request)
    for kind in request.kinds:
        if kind == "edge":
            descriptions = {edge_case.name: edge_case.description for edge_case in EDGE_CASES}
            for name, payload in edge_case_payloads(
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


def _encode(value: Any, *, indent: int | None) -> bytes:
    text = json.dumps(value, indent=indent, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def _check_output_directory(request: Request) -> set[str]:
    """The files a previous run listed (to replace), after refusing a foreign non-empty directory."""
    out = request.out
    if not out.exists():
        return set()
    if not out.is_dir():
        raise OutputDirectoryError(f"{out} exists and is not a directory")
    listed = _listed_by_us(out / MANIFEST)
    # Without a manifest, a pending one is what an interrupted --format jsonl run left.
    pending = _listed_by_us(out / PENDING_MANIFEST)
    if listed is not None or (pending is not None and not (out / MANIFEST).exists()):
        return (listed or set()) | (pending or set())
    if any(out.iterdir()) and not request.force:
        raise OutputDirectoryError(
            f"{out} is not empty and was not written by novu-contracts (no {MANIFEST} of ours);"
            " choose an empty directory or pass --force to write into it anyway"
        )
    return set()


def _listed_by_us(manifest_path: Path) -> set[str] | None:
    """The files a manifest of ours lists; None if ``manifest_path`` is missing, foreign or unreadable."""
    try:
        manifest = json.loads(manifest_path.read_text("utf-8"))
        if manifest.get("generator") == GENERATOR:
            return {entry["file"] for entry in manifest.get("files", [])}
    except (ValueError, OSError, KeyError, TypeError, AttributeError):
        pass
    return None


def _settle_interrupted_run(out: Path) -> None:
    """Make ``manifest.json`` describe the files an interrupted --format jsonl run left, and drop
    its pending manifest, so that this run can write its own (see ``described_manifest``)."""
    if not (out / PENDING_MANIFEST).is_file():
        return
    with contextlib.suppress(FixtureError):
        write_atomically(out / MANIFEST, _encode(described_manifest(out), indent=2))
    (out / PENDING_MANIFEST).unlink()


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

    Every file is written atomically and the manifest last, so an interrupted run
    leaves only whole files and the previous manifest.  With ``format="jsonl"`` the new
    manifest is first written as ``manifest.pending.json``, and ``contracts._fixtures.load``
    describes each ``.jsonl`` file an interrupted run already replaced from it.
    """
    previous = _check_output_directory(request)
    fixtures = list(_fixtures(request))
    _settle_interrupted_run(request.out)
    entries: list[dict[str, Any]] = []
    written: set[str] = set()
    files: dict[str, bytes] = {}  # .jsonl files, written once the pending manifest is
    if request.format == "json":
        for done, fixture in enumerate(fixtures, start=1):
            relative = f"{fixture.kind}/{fixture.name}.json"
            write_atomically(request.out / relative, _encode(fixture.body, indent=2))
            entries.append({"file": relative, "kind": fixture.kind, **fixture.about})
            written.add(relative)
            if progress is not None:
                progress(done, len(fixtures))
    else:
        for kind in request.kinds:
            records = [f for f in fixtures if f.kind == kind]
            relative = f"{kind}.jsonl"
            files[relative] = b"".join(_encode(record.body, indent=None) for record in records)
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
    if files:
        manifest["sha256"] = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
        # A .jsonl file's lines are described only by the manifest: write the new manifest first
        # (as pending), so that a run interrupted after replacing some files leaves a loadable set.
        write_atomically(request.out / PENDING_MANIFEST, _encode(manifest, indent=2))
        for done, (relative, data) in enumerate(files.items(), start=1):
            write_atomically(request.out / relative, data)
            written.add(relative)
            if progress is not None:
                progress(done, len(files))
    write_atomically(request.out / MANIFEST, _encode(manifest, indent=2))
    (request.out / PENDING_MANIFEST).unlink(missing_ok=True)
    root = request.out.resolve()
    for stale in sorted(previous - written):
        stale_path = (request.out / stale).resolve()
        # A manifest is data: never let one of its paths reach outside the output directory.
        manifests = (root / MANIFEST, root / PENDING_MANIFEST)
        if stale_path.is_relative_to(root) and stale_path not in manifests and stale_path.is_file():
            stale_path.unlink()
    return manifest


def print_progress(done: int, total: int) -> None:
    """A one-line progress bar on stderr."""
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()
