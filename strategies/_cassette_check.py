"""``--novu-check-cassettes``: check the vcrpy cassette each pytest-recording test used, after the test.

The plugin calls ``check_test`` from its ``pytest_runtest_makereport`` hook, only when the
option (or the ``novu_check_cassettes`` ini key) is on; this module is imported then, and
it never imports vcrpy itself: the cassette object comes from pytest-recording's ``vcr``
fixture. The cassette's interactions are read from memory, so a recording run (where the
file is written after the test) is checked as well as a replay.
"""

from __future__ import annotations

import importlib.util
import os
from typing import Any

import pytest

from contracts._reading import UnreadableJsonError
from contracts._recordings import read_recording
from contracts._responses import check_recording
from contracts._versions import CONTRACTS, DEFAULT_VERSION

OPTION = "--novu-check-cassettes"
_WARNED = pytest.StashKey[bool]()


def check_test(item: pytest.Item, report: pytest.TestReport) -> None:
    """Fail ``report`` (the test's call phase) with every violation in the cassette the test used."""
    cassette = getattr(item, "funcargs", {}).get("vcr")
    if cassette is None:
        if importlib.util.find_spec("pytest_recording") is None and not item.config.stash.get(_WARNED, False):
            item.config.stash[_WARNED] = True
            item.warn(
                pytest.PytestConfigWarning(
                    f"{OPTION} needs pytest-recording: pip install 'novu-contracts[recording]'"
                )
            )
        return
    problems = cassette_problems(cassette, contract=_contract(item.config))
    if not problems:
        return
    text = f"novu-contracts: the cassette this test used breaks the contract:\n{problems}"
    if report.passed:
        report.outcome = "failed"
        report.longrepr = text
    else:
        report.sections.append(("novu-contracts cassette check", text))


def cassette_problems(cassette: Any, *, contract: str) -> str:
    """The report lines for a vcrpy ``Cassette``'s interactions; ``""`` when they all conform."""
    source = os.path.relpath(str(cassette._path)) if getattr(cassette, "_path", None) else "<cassette>"
    interactions = []
    for request, response in list(cassette.data):
        interactions.append({"request": {"method": request.method, "uri": request.uri}, "response": response})
    try:
        recording = read_recording({"interactions": interactions}, source, "cassette")
    except UnreadableJsonError as error:
        return f"{source}: unreadable: {error.reason}"
    return "\n".join(check_recording(recording, contract=contract).lines())


def _contract(config: pytest.Config) -> str:
    version = config.getoption("--novu-contract", None) or config.getini("novu_contract") or ""
    return version if version in CONTRACTS else DEFAULT_VERSION
