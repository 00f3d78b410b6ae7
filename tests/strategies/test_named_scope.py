"""What a test favours is what its own module imports names, not the whole session's modules."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from novu_contracts_hooks import TESTED_FROM
from strategies import _named
from strategies._named import imports_in_source
from tests.strategies._support import imported_package

APP = {
    "scoped_app/__init__.py": "",
    "scoped_app/push.py": 'def send(p):\n    return p["providerId"] == "fcm"\n',
    "scoped_app/sms.py": 'def send(p):\n    return p["providerId"] == "twilio"\n',
    "scoped_app/router.py": "from . import push\n\ndef route(p):\n    return push.send(p)\n",
    "test_scoped_router.py": "from scoped_app.router import route\n",
    "test_scoped_sms.py": "import scoped_app.sms as sms\n",
    "test_scoped_nothing.py": "import json\n",
}


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A local package of two consumers, a router over one of them, and a test module for each."""
    with imported_package(tmp_path, monkeypatch, APP):
        yield


def _named_in(*roots: str) -> frozenset[_named.NamedLiteral]:
    token = TESTED_FROM.set(roots)
    try:
        return _named.named_literals()
    finally:
        TESTED_FROM.reset(token)


@pytest.mark.usefixtures("app")
def test_a_test_favours_what_its_module_imports_through_other_modules() -> None:
    assert "fcm" in _named_in("test_scoped_router")  # via the router's relative import
    assert "twilio" not in _named_in("test_scoped_router")
    assert "twilio" in _named_in("test_scoped_sms")
    assert "fcm" not in _named_in("test_scoped_sms")


@pytest.mark.usefixtures("app")
def test_outside_a_test_or_where_its_imports_name_nothing_every_module_counts() -> None:
    assert {"fcm", "twilio"} <= _named_in()  # no test running (a script, a benchmark)
    assert {"fcm", "twilio"} <= _named_in("test_scoped_nothing")
    assert {"fcm", "twilio"} <= _named_in("not.a.loaded.module")


@pytest.mark.usefixtures("app")
def test_what_each_test_reaches_is_kept_only_until_another_module_is_imported(tmp_path: Path) -> None:
    """A session that imports as it goes would otherwise keep one entry per test and import."""
    for root in ("test_scoped_router", "test_scoped_sms"):
        _named_in(root)
    (tmp_path / "late_module.py").write_text("LATE = 1\n", encoding="utf-8")
    __import__("late_module")
    try:
        assert "fcm" in _named_in("test_scoped_router")
        assert len(_named._scanner._reachable) == 1
    finally:
        sys.modules.pop("late_module", None)


@pytest.mark.parametrize(
    ("source", "package", "expected"),
    [
        ("import a.b as c, d\n", "p", {"a.b", "d"}),
        ("from . import x, y as z\n", "p.q", {"p.q", "p.q.x", "p.q.y"}),
        ("from ..m import (\n    A,\n    B as C,\n)\n", "p.q", {"p.m", "p.m.A", "p.m.B"}),
        ("def f():\n    from .lazy import g  # inside a function\n", "p", {"p.lazy", "p.lazy.g"}),
        ("x = 'import nothing'\n", "p", set()),
    ],
)
def test_imports_are_read_with_relative_ones_resolved(source: str, package: str, expected: set[str]) -> None:
    assert imports_in_source(source, package) == expected


@given(st.text())
def test_any_text_reads_as_some_imports_without_raising(text: str) -> None:
    assert all(isinstance(name, str) and name for name in imports_in_source(text, "p.q"))
