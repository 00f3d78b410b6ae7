"""``proxy --record``: the recorder writes only inside its set, and reads its manifest like a fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts._recordings import endpoint_of
from strategies import sample_examples
from strategies._proxy_record import FixtureRecorder, RecordingError

LIST = endpoint_of("GET", "/v1/integrations")


def test_a_symlinked_recorded_directory_is_not_written_through(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "set"
    out.mkdir()
    (out / "recorded").symlink_to(outside, target_is_directory=True)
    assert LIST is not None
    outcome = FixtureRecorder(out, contract="0.7.0").record(
        LIST, "GET /v1/integrations", {"data": sample_examples(0, 1, edge_cases=False)}
    )
    assert outcome.startswith("not recorded")
    assert list(outside.iterdir()) == []


def test_a_manifest_with_nan_is_refused(tmp_path: Path) -> None:
    (tmp_path / "manifest.json").write_text('{"files": [], "x": NaN}', encoding="utf-8")
    with pytest.raises(RecordingError, match=r"manifest\.json"):
        FixtureRecorder(tmp_path, contract="0.7.0")
