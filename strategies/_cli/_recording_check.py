"""``novu-contracts check`` on recordings: reading any input format, and checking cassettes and HAR files."""

from __future__ import annotations

import sys
from typing import Any, cast

import attrs

from contracts._checker import UnknownKeys
from contracts._reading import loads_tracking_duplicates
from contracts._recordings import Format, Recording, detect_format, parse_document, read_recording
from contracts._responses import check_recording
from contracts._versions import CONTRACTS, DEFAULT_VERSION
from strategies._cli._input import Item, document_items, jsonl_items, read_document_text

RECORDING_HELP = """
Recordings are read too: vcrpy / pytest-recording cassettes (YAML or JSON) and
HAR 1.2 files, recognised by their content (--format-in forces a format). Every
interaction with Novu's integrations endpoints (GET /v1/integrations[/active],
POST /v1/integrations, PUT and DELETE /v1/integrations/{id}, POST .../set-primary,
GET .../webhook/provider/{id}/status; on any host) is checked: a 2xx body must be
the {"data": ...} envelope around the integration(s), a 4xx/5xx body Novu's
error shape (statusCode, timestamp, path, message). Other interactions are
counted as skipped. A violation reads FILE#INTERACTION METHOD /path (STATUS):
/json/pointer/in/the/body: what is wrong. --contract auto checks every contract
version and says which ones each recording conforms to.
"""

_RECORDING_SUFFIXES = (".yaml", ".yml", ".har")


def read_input(name: str, format_in: str, *, max_bytes: int) -> Recording | list[Item]:
    """The recording in file ``name``, or its payloads; ``UnreadableJsonError`` if it is unusable."""
    source, text = read_document_text(name, max_bytes=max_bytes)
    if format_in == "jsonl" or (format_in == "auto" and name.endswith(".jsonl")):
        return list(jsonl_items(source, text))
    if format_in == "json" or (format_in == "auto" and not name.endswith(_RECORDING_SUFFIXES)):
        document, duplicates = loads_tracking_duplicates(text, source)
    else:
        document, duplicates = parse_document(text, source), []
    if format_in in ("cassette", "har"):
        return read_recording(document, source, cast(Format, format_in))
    if format_in == "auto" and detect_format(document) is not None:
        return read_recording(document, source)
    if format_in == "auto" and name.endswith(_RECORDING_SUFFIXES):
        return read_recording(document, source)  # raises: says what a recording looks like
    return list(document_items(source, text, document, duplicates))


@attrs.frozen
class Outcome:
    """What checking one recording found: its JSON report and the counts for the summary."""

    report: dict[str, Any]
    checked: int
    invalid: int


def check_recording_file(
    recording: Recording, *, contract: str, unknown_keys: UnknownKeys, text: bool
) -> Outcome:
    """Check ``recording`` (against every version for ``contract="auto"``), printing text lines if asked."""
    versions = list(CONTRACTS) if contract == "auto" else [contract]
    reports = [check_recording(recording, contract=v, unknown_keys=unknown_keys) for v in versions]
    conforming = [report.contract for report in reports if report.valid]
    main = next((r for r in reports if r.contract == DEFAULT_VERSION), reports[0]) if not conforming else None
    first = reports[0]
    if text:
        for report in reports:
            prefix = f"[contract {report.contract}] " if contract == "auto" else ""
            for line in report.lines():
                print(prefix + line)
        skipped = f", {first.skipped} other interaction{'s' if first.skipped != 1 else ''} skipped"
        print(
            f"{recording.source}: {recording.format}, {len(first.checked)} checked{skipped}", file=sys.stderr
        )
        if contract == "auto":
            verdict = ", ".join(conforming) if conforming else "no contract version"
            print(f"{recording.source}: conforms to {verdict}")
    summary: dict[str, Any] = {
        "format": recording.format,
        "skipped": first.skipped,
        "interactions": [item.to_json() for item in (main or reports[0]).checked],
    }
    if contract == "auto":
        summary["conforms_to"] = conforming
        summary["contracts"] = {r.contract: [item.to_json() for item in r.checked] for r in reports}
    invalid = 0 if conforming else sum(not item.valid for item in (main or first).checked)
    return Outcome(summary, len(first.checked), invalid)
