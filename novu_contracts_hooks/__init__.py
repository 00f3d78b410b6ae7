"""The entry points novu-contracts runs inside *other* projects' processes.

``novu_contracts_hooks.pytest_plugin`` (entry point ``pytest11``) loads in every pytest run
of every project that has novu-contracts installed, and ``hypothesis_setup`` (entry point
``hypothesis``) runs inside every ``import hypothesis``.  Both live under this unique
top-level name because ``contracts`` and ``strategies`` are common names: a host project
with its own ``strategies.py`` or ``contracts/`` must still be able to load pytest and
Hypothesis.  Nothing here imports ``contracts`` or ``strategies`` before
``foreign_packages()`` says that those names are ours.
"""

from __future__ import annotations

import importlib.util
import sys
from contextvars import ContextVar
from pathlib import Path

PACKAGES = ("contracts", "strategies")
"""Our import packages, whose names another project may also use."""

_HOME = Path(__file__).resolve().parent.parent  # where our packages sit beside this one

TESTED_FROM: ContextVar[tuple[str, ...]] = ContextVar("novu_contracts_tested_from", default=())
"""The modules of the pytest test running now (its own, then its conftests'), set by the plugin.

``strategies._named`` favours what the code these modules import names, so that a test of one
consumer is not diluted by every provider the session's other test modules name.
"""

TESTED_WITH: ContextVar[tuple[object, ...]] = ContextVar("novu_contracts_tested_with", default=())
"""The arguments pytest passes the test running now (its parametrized values and fixtures), set by
the plugin: ``@pytest.mark.parametrize("consumer", [route, bill])`` names the code under test in
arguments, where no reference in the test's own code reaches it (``strategies._reach``)."""


def _location(name: str) -> Path | None:
    """Where ``import name`` finds (or found) its module, without importing it."""
    module = sys.modules.get(name)
    if module is not None:
        found = getattr(module, "__file__", None)
        places = list(getattr(module, "__path__", []))
    else:
        try:
            spec = importlib.util.find_spec(name)  # a top-level name: imports nothing
        except (ImportError, ValueError):
            return None
        if spec is None:
            return None
        found, places = spec.origin, list(spec.submodule_search_locations or [])
    if found:
        return Path(found)
    return Path(places[0]) if places else None  # a namespace package has no file


def foreign_packages() -> dict[str, str]:
    """Which of ``PACKAGES`` resolve to someone else's module: ``{name: where it is}`` (empty: all ours)."""
    foreign: dict[str, str] = {}
    for name in PACKAGES:
        location = _location(name)
        if location is None:
            foreign[name] = "not importable"
        elif location.resolve() != _HOME / name / "__init__.py":
            foreign[name] = str(location)
    return foreign


def shadowing_message(foreign: dict[str, str]) -> str:
    """One line: which names are taken, by what, and the way out."""
    taken = "; ".join(f"'{name}' is {where}" for name, where in foreign.items())
    return (
        f"novu-contracts is disabled in this run: {taken}, not novu-contracts' own package"
        " (rename yours, or pass -p no:novu_contracts to silence this)"
    )


def hypothesis_setup() -> None:
    """``hypothesis`` entry point: register our classes with ``st.from_type``, if the packages are ours.

    Runs inside ``import hypothesis``; with someone else's ``strategies`` or ``contracts`` on
    ``sys.path`` it registers nothing rather than import the wrong module (or break Hypothesis).
    """
    if foreign_packages():
        return
    from strategies._registration import register_types

    register_types()
