"""The import layering: no module-level import circle, and ``contracts`` never reaches upward.

``contracts`` is the bottom layer: it must import without ``strategies``, Hypothesis or
pytest installed. ``strategies`` (generation, stub, fixture writer, CLI, plugin) sits on it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("contracts", "strategies")
Graph = dict[str, set[str]]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graphs(root: Path, packages: Iterable[str]) -> tuple[Graph, Graph]:
    """Each module's imports of modules in ``packages``: (module level, inside functions).

    Imports under ``if TYPE_CHECKING:`` never run and are left out. ``from package import name``
    counts as an import of ``package.name`` when that is a module, else of ``package``.
    """
    paths = {module_name(path, root): path for package in packages for path in (root / package).rglob("*.py")}
    module_level: Graph = {name: set() for name in paths}
    in_functions: Graph = {name: set() for name in paths}
    for name, path in paths.items():
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node, nested in _imports(tree, inside_function=False):
            targets = _targets(node, name, path.name == "__init__.py", set(paths))
            graph = in_functions if nested else module_level
            graph[name].update(target for target in targets if target in paths and target != name)
    return module_level, in_functions


def _imports(node: ast.AST, *, inside_function: bool) -> Iterable[tuple[ast.Import | ast.ImportFrom, bool]]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            yield from _imports_of(child.orelse, inside_function=inside_function)
            continue
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, inside_function
        nested = inside_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        yield from _imports(child, inside_function=nested)


def _imports_of(
    statements: list[ast.stmt], *, inside_function: bool
) -> Iterable[tuple[ast.Import | ast.ImportFrom, bool]]:
    for statement in statements:
        if isinstance(statement, ast.Import | ast.ImportFrom):
            yield statement, inside_function
        yield from _imports(statement, inside_function=inside_function)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _targets(
    node: ast.Import | ast.ImportFrom, importer: str, is_package: bool, modules: set[str]
) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        anchor = importer.split(".")
        anchor = anchor if is_package else anchor[:-1]
        anchor = anchor[: len(anchor) - (node.level - 1)]
        base = ".".join([*anchor, *([base] if base else [])])
    submodules = [f"{base}.{alias.name}" for alias in node.names]
    return [module if module in modules else base for module in submodules]


def find_cycle(graph: Mapping[str, set[str]]) -> list[str] | None:
    """One import circle of ``graph`` as ``[a, b, ..., a]``, or ``None``."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return None


MODULE_LEVEL, IN_FUNCTIONS = import_graphs(ROOT, PACKAGES)


def test_the_graph_covers_every_module_and_sees_known_edges() -> None:
    assert {"contracts._checker", "contracts._versions", "strategies._cli.generate"} <= set(MODULE_LEVEL)
    assert "contracts._versions" in MODULE_LEVEL["contracts._checker"]
    assert "contracts._models" in MODULE_LEVEL["contracts._models_3x"]  # from contracts import _models


def test_module_level_imports_have_no_circle() -> None:
    assert find_cycle(MODULE_LEVEL) is None


def test_contracts_has_no_circle_even_through_imports_inside_functions() -> None:
    combined = {
        module: MODULE_LEVEL[module] | IN_FUNCTIONS[module]
        for module in MODULE_LEVEL
        if module.split(".")[0] == "contracts"
    }
    assert find_cycle(combined) is None


def test_contracts_imports_nothing_from_strategies_at_any_level() -> None:
    upward = {
        (module, target)
        for graph in (MODULE_LEVEL, IN_FUNCTIONS)
        for module, targets in graph.items()
        if module.split(".")[0] == "contracts"
        for target in targets
        if target.split(".")[0] == "strategies"
    }
    assert upward == set()


def test_versions_is_a_pure_registry_that_imports_no_derived_tool() -> None:
    tools = {"contracts._checker", "contracts._converter", "contracts._schema", "contracts._drift"}
    assert (MODULE_LEVEL["contracts._versions"] | IN_FUNCTIONS["contracts._versions"]) & tools == set()


def test_a_circle_is_found_and_function_level_imports_are_kept_apart(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg import b\n")
    (package / "b.py").write_text("from . import c\n")
    (package / "c.py").write_text("import pkg.a\n\ndef late():\n    from pkg import d\n")
    (package / "d.py").write_text("import typing\nif typing.TYPE_CHECKING:\n    from pkg import a\n")
    module_level, in_functions = import_graphs(tmp_path, ["pkg"])
    assert find_cycle(module_level) == ["pkg.a", "pkg.b", "pkg.c", "pkg.a"]
    assert in_functions["pkg.c"] == {"pkg.d"}
    assert module_level["pkg.d"] == set()
    del module_level["pkg.c"]
    assert find_cycle(module_level) is None


BLOCKED = """
import sys

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"strategies", "hypothesis", "pytest", "_pytest"}:
            raise ImportError(f"blocked: {name}")
        return None

sys.meta_path.insert(0, Blocker())

import contracts

payload = {"_environmentId": "e", "_organizationId": "o", "name": "n", "identifier": "i",
           "providerId": "sendgrid", "channel": "email", "credentials": {}, "active": True,
           "deleted": False, "primary": False}
assert contracts.check(payload) == []
assert contracts.check(payload, contract="3.x") == []
assert contracts.dump(contracts.parse(payload)) == payload
assert contracts.parse(payload, contract="3.x").kind is None
assert contracts.json_schema()["title"] == "IntegrationResponseDto"
assert contracts.diff("3.x")
document = {"components": {"schemas": {"IntegrationResponseDto": contracts.json_schema()}}}
document["components"]["schemas"].update(document["components"]["schemas"]["IntegrationResponseDto"].pop("$defs"))
import json
document = json.loads(json.dumps(document).replace("#/$defs/", "#/components/schemas/"))
assert contracts.drift(document) == [], contracts.drift(document)
fixtures = contracts.load_fixtures(sys.argv[1])
assert fixtures.valid and fixtures.valid[0].instance()
contracts.redact(payload)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in {"strategies", "hypothesis", "pytest"})
assert loaded == [], loaded
print("ok")
"""


def test_contracts_works_with_strategies_hypothesis_and_pytest_blocked() -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(BLOCKED), str(ROOT / "fixtures")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "ok"), result.stderr


def test_the_blocker_really_blocks() -> None:
    """The subprocess above would pass vacuously if its blocker let imports through."""
    script = BLOCKED.split("import contracts")[0] + "import hypothesis\n"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert "ImportError: blocked: hypothesis" in result.stderr


@pytest.mark.parametrize("module", ["contracts._versions", "contracts._checker", "contracts._converter"])
def test_each_contracts_module_imports_on_its_own(module: str) -> None:
    """A fresh interpreter imports each module first without tripping over a partial import."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
