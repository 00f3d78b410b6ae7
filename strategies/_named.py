"""Values the code under test names: found in its source, the way Hypothesis finds constants.

A consumer that handles one provider says so in its code (``if integration["providerId"] ==
"fcm"``, ``{"ses": ..., "sns": ...}.get(provider_id)``), and its bugs hide behind that branch.
Hypothesis draws strings from the literals of local modules now and then; this is the same
idea for the one field where it matters most, with ``providerId``'s own vocabulary. A literal
in a table of many providers (a display-name map, a registry of all of them) does not count: it
names every provider and favours none.

The same holds for values of a format the code writes out whole: its own organization's id, the
environments it knows. A tenant check (``if payload["_organizationId"] != OUR_ORG: return``) hides
every bug after it from random ids; the generator draws such literals for fields of their format.

"Local" means a ``.py`` file outside the standard library, site-packages and this library.
Modules are read once each (a change in ``len(sys.modules)`` triggers a look at the new ones),
so a draw costs one length check.
"""

from __future__ import annotations

import ast
import re
import site
import sys
import sysconfig
import threading
from functools import cache
from pathlib import Path
from types import ModuleType

import contracts
from contracts import Format
from contracts._models import Channel
from strategies._providers import Provider, providers

# Bigger files are generated code or data, not a consumer's branches.
MAX_SOURCE_BYTES = 2_000_000


# A literal collection naming more providers than this is a table of them all (display names, a
# registry), not the few a branch handles; its entries say nothing about what the code tests.
TABLE_SIZE = 8


# Literals taken for a format only when they are unmistakably of it: a random ObjectId is never
# the consumer's own, while a realistic host or URL is as good as the code's.
CODE_FORMATS: dict[Format, re.Pattern[str]] = {
    Format.OBJECT_ID: re.compile(r"[0-9a-f]{24}"),
}


@cache
def _provider_ids() -> frozenset[str]:
    return frozenset(p.id for p in providers())


def _table_members(tree: ast.AST, known: frozenset[str]) -> set[int]:
    """The ``id()`` of every provider-id literal that is an entry of a table of providers."""
    members: set[int] = set()
    for node in ast.walk(tree):
        entries: list[ast.expr | None] = []
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            entries = list(node.elts)
        elif isinstance(node, ast.Dict):
            entries = list(node.keys)
        named = [e for e in entries if isinstance(e, ast.Constant) and e.value in known]
        if len(named) > TABLE_SIZE:
            members.update(map(id, named))
    return members


def literals_in_source(text: str) -> set[str]:
    """The provider ids (tables of providers aside) and format values ``text`` writes as literals."""
    known = _provider_ids()
    # A cheap look first: most modules name nothing, and parsing each would slow a big repo's first draw.
    if not any(provider_id in text for provider_id in known) and not any(
        pattern.search(text) for pattern in CODE_FORMATS.values()
    ):
        return set()
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return set()
    tables = _table_members(tree, known)
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if node.value in known:
            if id(node) not in tables:
                found.add(node.value)
        elif any(pattern.fullmatch(node.value) for pattern in CODE_FORMATS.values()):
            found.add(node.value)
    return found


def ids_in_source(text: str) -> set[str]:
    """Provider ids written as string literals in ``text`` (Python source), tables of providers aside."""
    return literals_in_source(text) & _provider_ids()


@cache
def _library_roots() -> tuple[Path, ...]:
    """Folders whose modules are not the code under test."""
    paths = sysconfig.get_paths()
    roots = [paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib") if key in paths]
    roots += site.getsitepackages() if hasattr(site, "getsitepackages") else []
    roots.append(site.getusersitepackages())
    roots += [str(Path(__file__).parent), str(Path(contracts.__file__).parent)]  # this library
    return tuple(Path(root).resolve() for root in roots if root)


def is_local(path: Path) -> bool:
    """Whether ``path`` (a resolved ``.py`` file) belongs to the code under test."""
    if "site-packages" in path.parts or "dist-packages" in path.parts:
        return False
    return not any(path.is_relative_to(root) for root in _library_roots())


def _module_literals(module: ModuleType) -> set[str]:
    file = getattr(module, "__file__", None)
    if not isinstance(file, str) or not file.endswith(".py"):
        return set()
    try:
        path = Path(file).resolve()
        if not is_local(path) or not path.is_file() or path.stat().st_size > MAX_SOURCE_BYTES:
            return set()
        return literals_in_source(path.read_text("utf-8", errors="replace"))
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a symlink loop (resolve, 3.11)
        return set()


class _Scanner:
    """What the modules imported so far name; each module is read once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: set[int] = set()
        self._modules = -1
        self.ids: frozenset[str] = frozenset()

    def current(self) -> frozenset[str]:
        if len(sys.modules) == self._modules:
            return self.ids
        with self._lock:
            modules = len(sys.modules)
            found: set[str] = set()
            for module in list(sys.modules.values()):
                if id(module) not in self._seen:
                    self._seen.add(id(module))
                    found |= _module_literals(module)
            if not found <= self.ids:
                self.ids = self.ids | found
            self._modules = modules  # last: another thread sees the count only with the whole scan
        return self.ids


_scanner = _Scanner()


def named_literals() -> frozenset[str]:
    """Every provider id and format value the local modules imported so far write as a literal."""
    return _scanner.current()


@cache
def named_providers(literals: frozenset[str], channels: tuple[Channel, ...]) -> tuple[Provider, ...]:
    """The providers ``literals`` name on ``channels``, in ``data/providers.json`` order."""
    return tuple(p for p in providers() if p.id in literals and p.channel in channels)


@cache
def named_values(literals: frozenset[str]) -> dict[Format, tuple[str, ...]]:
    """The values of each format among ``literals``, sorted (the same order in every process)."""
    by_format = {fmt: tuple(sorted(v for v in literals if p.fullmatch(v))) for fmt, p in CODE_FORMATS.items()}
    return {fmt: values for fmt, values in by_format.items() if values}
