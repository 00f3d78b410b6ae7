"""The benchmarks' pinned peer environment is rebuilt when what it installs changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import _peers


def test_the_stamp_follows_pyproject_so_stale_entry_points_are_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The venv holds an editable install of this project: moved entry points break it.
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project.entry-points.pytest11]\nnovu_contracts = "old.place"\n')
    monkeypatch.setattr(_peers, "ROOT", tmp_path)
    before = _peers._stamp()
    assert _peers._stamp() == before
    pyproject.write_text('[project.entry-points.pytest11]\nnovu_contracts = "new.place"\n')
    assert _peers._stamp() != before
