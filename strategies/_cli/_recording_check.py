"""``novu-contracts check`` on recordings: reading any input format, and checking cassettes and HAR files."""

from __future__ import annotations

import sys
from typing import Any, cast

import attrs

from contracts._checker import UnknownKeys
from contracts._reading import json_lines, loads
from contracts._recordings import Format, Recording, detect_format, parse_document, read_recording
from contracts._responses import check_recording
from contracts._versions import CONTRACTS, DEFAULT_VERSION
from strategies._cli._input import Item, read_document_text, unwrap_envelope

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


def read_input(name: str, format_in: str) -> Recording | list[Item]:
    """The recording in file ``name``, or its payloads; ``UnreadableJsonError`` if it is unusable."""
    source, text = read_document_text(name)
    if format_in == "jsonl" or (format_in == "auto" and name.endswith(".jsonl")):
        items = []
        for number, line in enumerate(json_lines(text), start=1):
            if line.strip():
                items.append(
                    Item(source, unwrap_envelope(loads(line, source, line_offset=number - 1)), line=number)
                )
        return items
    if format_in == "json" or (format_in == "auto" and not name.endswith(_RECORDING_SUFFIXES)):
        document = loads(text, source)
    else:
        document = parse_document(text, source)
    if format_in in ("cassette", "har"):
        return read_recording(document, source, cast(Format, format_in))
    if format_in == "auto" and detect_format(document) is not None:
        return read_recording(document, source)
    if format_in == "auto" and name.endswith(_RECORDING_SUFFIXES):
        return read_recording(document, source)  # raises: says what a recording looks like
    body = unwrap_envelope(document)
    if isinstance(body, list):
        return [Item(source, value, index=index) for index, value in enumerate(body)]
    return [Item(source, body)]


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
