"""``proxy --record DIR``: each checked integrations response, redacted, as a fixture ``contracts`` loads.

The set is the one ``novu-contracts generate`` writes (``manifest.json`` + one JSON file per
fixture), each entry marked ``"recorded": true`` with its request line and time; a
conforming list is a ``list`` fixture, one integration a ``valid`` one, and one integration
with exactly one violation an ``invalid`` one with that violation expected (what
``contracts._fixtures.load`` verifies). Only bodies are written, redacted first: never a
header, a query string or a credential in clear.
"""

from __future__ import annotations

import re
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from contracts._about import library_version
from contracts._checker import check, errors
from contracts._files import write_atomically
from contracts._fixture_format import MAX_FILE_BYTES, OutputDirectoryError, read_json, refuse_links
from contracts._fixtures import MANIFEST, FixtureError
from contracts._reading import dumps
from contracts._recordings import Endpoint
from contracts._redact import redact

GENERATOR = "novu-contracts proxy"
DIRECTORY = "recorded"


class RecordingError(ValueError):
    """``--record DIR`` holds a manifest.json we cannot add to."""


class FixtureRecorder:
    """Appends recorded responses to the fixture set in ``directory`` (thread-safe, each write atomic)."""

    def __init__(self, directory: Path, *, contract: str) -> None:
        self.directory = directory
        self.contract = contract
        self._lock = threading.Lock()
        self._manifest = self._existing_manifest()

    def _existing_manifest(self) -> dict[str, Any]:
        path = self.directory / MANIFEST
        if not path.exists():
            return {
                "generator": GENERATOR,
                "version": library_version(),
                "contract": self.contract,
                "files": [],
            }
        try:  # bounded and confined like every fixture read
            manifest = read_json(path, max_bytes=MAX_FILE_BYTES)
        except FixtureError as error:
            raise RecordingError(f"{path}: cannot add to it: {error}") from error
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
            raise RecordingError(f"{path}: not a novu-contracts manifest (no 'files' list)")
        return manifest

    def record(self, endpoint: Endpoint, request_line: str, body: Any) -> str:
        """Write the redacted ``{"data": ...}`` body as a fixture; returns what happened, for the log."""
        if endpoint.body == "bool" or not isinstance(body, dict) or "data" not in body:
            return "not recorded: not an integrations body"
        redacted, _ = redact(body)
        data = redacted["data"]
        entry: dict[str, Any]
        if endpoint.body == "list":
            if not isinstance(data, list) or any(
                errors(check(item, contract=self.contract)) for item in data
            ):
                return "not recorded: a list fixture must conform (check the violations above)"
            entry, payload = {"kind": "list"}, redacted
        else:
            found = errors(check(data, contract=self.contract))
            if len(found) > 1:
                return f"not recorded: {len(found)} violations (an invalid fixture carries exactly one)"
            entry, payload = {"kind": "valid"}, data
            if found:
                entry = {"kind": "invalid", "expected": {"path": found[0].path, "code": found[0].code.value}}
        moment = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        with self._lock:
            number = len(self._manifest["files"])
            slug = re.sub(r"[^a-z0-9]+", "-", request_line.lower().split("?")[0]).strip("-")[:60]
            name = f"{number:04d}-{slug}"
            entry = {
                "file": f"{DIRECTORY}/{name}.json",
                **entry,
                "name": name,
                "contract": self.contract,
                "recorded": True,
                "request": request_line,
                "recorded_at": moment,
            }
            try:
                refuse_links(self.directory, entry["file"])
            except OutputDirectoryError as error:
                return f"not recorded: {error}"
            write_atomically(
                self.directory / entry["file"], (dumps(payload, indent=2) + "\n").encode("utf-8")
            )
            self._manifest["files"].append(entry)
            write_atomically(
                self.directory / MANIFEST, (dumps(self._manifest, indent=2) + "\n").encode("utf-8")
            )
        return f"recorded as {entry['file']} ({entry['kind']})"
