"""The ``novu-contracts`` pytest plugin, run the way a user's repository runs it.

Every run is a ``pytester`` subprocess (``python -m pytest`` in a temporary project without a
conftest, unless a test writes one), so the plugin is loaded from the installed ``pytest11``
entry point exactly as in a consumer's repository, never with ``-p``. To keep the runs fast,
unrelated plugins installed alongside (Faker, pytest-benchmark, ...) are switched off with
``-p no:NAME``, except in the discovery test; Hypothesis' and xdist's plugins stay on.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import inspect
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import hypothesis.control
import pytest

from contracts import Severity, check

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.plugin

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
OPTIONS = {"--novu-seed", "--novu-max-examples", "--novu-fixtures", "--novu-list-size", "--novu-contract"}
OPTIONS |= {"--novu-check-cassettes"}  # strategies/_cassette_check.py
HEAVY = ("hypothesis", "cattrs", "http.server", "contracts", "strategies")
"""What loading the plugin must not import: pytest loads it in every run of every project (and a
host project may have its own ``contracts`` or ``strategies``, which ours must not shadow)."""
TIMEOUT = 120


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A temporary project whose pytest runs find plugins as a user's do: by entry point."""
    for name in (
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD",
        "PYTEST_PLUGINS",
        "PYTEST_ADDOPTS",
        "PYTEST_XDIST_WORKER",
        "PYTEST_XDIST_WORKER_COUNT",
        "PYTEST_XDIST_TESTRUNUID",
        "PYTHONPATH",
    ):
        monkeypatch.delenv(name, raising=False)
    assert pytester.plugins == []
    return pytester


def _other_plugins() -> list[str]:
    """``-p no:NAME`` for every installed pytest plugin these runs do not need (faster runs)."""
    keep = {"novu_contracts", "hypothesispytest", "xdist", "xdist.looponfail"}
    names = sorted({ep.name for ep in importlib.metadata.entry_points(group="pytest11")} - keep)
    return [arg for name in names for arg in ("-p", f"no:{name}")]


OTHER_PLUGINS_OFF = _other_plugins()


def run(project: pytest.Pytester, *args: str, all_plugins: bool = False) -> pytest.RunResult:
    """``python -m pytest ARGS`` in ``project``; other projects' plugins are off unless ``all_plugins``."""
    off = [] if all_plugins else OTHER_PLUGINS_OFF
    return project.runpytest_subprocess(*off, *args, timeout=TIMEOUT)


def contract_errors(payload: Any) -> list[str]:
    return [str(v) for v in check(payload) if v.severity is Severity.ERROR]


# --- discovery --------------------------------------------------------------------------------

VALUE_FIXTURES = """
from contracts import IntegrationResponseDto, Severity, check, parse


def errors(payload):
    return [str(v) for v in check(payload) if v.severity is Severity.ERROR]


def test_payload(integration_payload):
    assert isinstance(integration_payload, dict)
    assert errors(integration_payload) == []


def test_response(integration_payload, integration_response):
    assert isinstance(integration_response, IntegrationResponseDto)
    assert integration_response == parse(integration_payload)


def test_payloads(integration_payloads):
    assert len(integration_payloads) == {size}
    assert all(errors(payload) == [] for payload in integration_payloads)
"""


def test_loaded_from_the_entry_point_without_conftest(project: pytest.Pytester) -> None:
    project.makepyfile(VALUE_FIXTURES.format(size=5))
    assert not list(project.path.rglob("conftest.py"))

    result = run(project, all_plugins=True)

    result.assert_outcomes(passed=3)
    version = importlib.metadata.version("novu-contracts")
    result.stdout.fnmatch_lines([f"plugins: *novu-contracts-{version}*"])


def test_the_entry_points_live_under_a_name_no_host_shadows() -> None:
    """pytest11 and hypothesis load from novu_contracts_hooks, which the wheel ships beside our packages."""
    loaded = {
        (ep.group, ep.name): ep.value
        for group in ("pytest11", "hypothesis")
        for ep in importlib.metadata.entry_points(group=group)
        if ep.dist is not None and ep.dist.name == "novu-contracts"
    }
    assert loaded == {
        ("pytest11", "novu_contracts"): "novu_contracts_hooks.pytest_plugin",
        ("hypothesis", "novu-contracts"): "novu_contracts_hooks:hypothesis_setup",
    }
    wheel = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["hatch"]["build"]["targets"]
    assert "novu_contracts_hooks" in wheel["wheel"]["packages"]


def test_disabled_with_p_no(project: pytest.Pytester) -> None:
    project.makepyfile("def test_payload(integration_payload):\n    pass\n")

    result = run(project, "-p", "no:novu_contracts")

    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'integration_payload' not found*"])
    result.stdout.no_fnmatch_line("plugins: *novu-contracts*")


# --- deterministic values ---------------------------------------------------------------------

RECORDING = """
import json
from pathlib import Path

OUT = Path(__file__).parent / "out" / "{label}"


def save(name, value):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / (name + ".json")).write_text(json.dumps(value, sort_keys=True))


def test_one(integration_payload, integration_payloads):
    save("one", {{"payload": integration_payload, "payloads": integration_payloads}})


def test_two(integration_payload, integration_payloads):
    save("two", {{"payload": integration_payload, "payloads": integration_payloads}})
"""


def recorded(project: pytest.Pytester, label: str, *args: str) -> tuple[dict[str, Any], pytest.RunResult]:
    """Run the two recording tests (as ``test_values.py``); returns what each saw, and the run."""
    project.makepyfile(test_values=RECORDING.format(label=label))
    result = run(project, *args)
    result.assert_outcomes(passed=2)
    out = project.path / "out" / label
    values = {name: json.loads((out / f"{name}.json").read_text()) for name in ("one", "two")}
    shutil.rmtree(out)
    return values, result


@pytest.mark.slow
def test_values_are_valid_and_deterministic_per_test_and_seed(project: pytest.Pytester) -> None:
    first, _ = recorded(project, "first")
    again, _ = recorded(project, "again")
    seed_1, _ = recorded(project, "seed-1", "--novu-seed", "1", "--novu-list-size", "3")
    xdist, xdist_run = recorded(project, "xdist", "-n", "2")
    project.makeini("[pytest]\nnovu_seed = 1\n")
    ini_seed_1, _ = recorded(project, "ini-seed-1", "--novu-list-size", "3")

    for value in (*first.values(), *seed_1.values()):
        assert contract_errors(value["payload"]) == []
        assert all(contract_errors(payload) == [] for payload in value["payloads"])
    assert again == first, "the same test on the same seed must see the same values"
    assert first["one"] != first["two"], "two tests must see different values"
    assert seed_1["one"]["payload"] != first["one"]["payload"]
    assert seed_1["two"]["payload"] != first["two"]["payload"]
    xdist_run.stdout.fnmatch_lines(["*2 workers*"])
    assert xdist == first, "values must not depend on xdist or its workers"
    assert ini_seed_1 == seed_1, "the novu_seed ini value must act as --novu-seed"
    assert [len(v["payloads"]) for v in (*first.values(), *seed_1.values())] == [5, 5, 3, 3]


# --- novu_fixtures ----------------------------------------------------------------------------

USES_FIXTURES = """
def test_fixtures(novu_fixtures):
    assert novu_fixtures.directory.name == "{name}"
    assert len(novu_fixtures) == len(novu_fixtures.manifest["files"]) > 0
    assert novu_fixtures.valid and novu_fixtures.edge and novu_fixtures.invalid and novu_fixtures.lists
"""


def test_novu_fixtures_reads_fixtures_dir_by_default(project: pytest.Pytester) -> None:
    shutil.copytree(FIXTURES, project.path / "fixtures")
    project.makepyfile(USES_FIXTURES.format(name="fixtures"))
    run(project).assert_outcomes(passed=1)


def test_novu_fixtures_option_wins_over_the_ini_value(project: pytest.Pytester) -> None:
    shutil.copytree(FIXTURES, project.path / "golden")
    project.makeini("[pytest]\nnovu_fixtures = missing\n")
    project.makepyfile(USES_FIXTURES.format(name="golden"))
    run(project, "--novu-fixtures", "golden").assert_outcomes(passed=1)


@pytest.mark.parametrize("ini", [None, "golden"], ids=["default", "ini"])
def test_a_missing_fixtures_dir_fails_clearly(project: pytest.Pytester, ini: str | None) -> None:
    """Without the directory (the default one, or the ini's), the message says how to make it."""
    if ini is not None:
        project.makeini(f"[pytest]\nnovu_fixtures = {ini}\n")
    project.makepyfile(USES_FIXTURES.format(name="fixtures"))

    result = run(project)

    result.assert_outcomes(errors=1)
    output = result.stdout.str()
    assert "novu_fixtures:" in output
    assert f"novu-contracts generate --out {project.path / (ini or 'fixtures')}" in output
    assert "Traceback" not in output


# --- novu_stub --------------------------------------------------------------------------------

USES_STUB = """
import json
import urllib.error
import urllib.request

import pytest

from strategies._stub import NovuStub

SEEN = []


def get(url):
    request = urllib.request.Request(url + "/v1/integrations", headers={"Authorization": "ApiKey test"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, json.load(response)


def test_running_and_empty(novu_stub, integration_payload):
    assert isinstance(novu_stub, NovuStub)
    assert novu_stub.url.startswith("http://127.0.0.1:")
    assert novu_stub.integrations() == []
    payload = {key: value for key, value in integration_payload.items() if key != "_id"}
    stored = novu_stub.add({**payload, "deleted": False})
    assert novu_stub.integrations() == [stored]
    assert get(novu_stub.url) == (200, {"data": [stored]})
    assert [(r.method, r.path, r.status) for r in novu_stub.requests] == [("GET", "/v1/integrations", 200)]
    SEEN.append(novu_stub.url)


def test_fresh_for_each_test_and_stopped_after_it(novu_stub):
    assert novu_stub.integrations() == []
    assert novu_stub.requests == []
    (previous,) = SEEN
    if previous != novu_stub.url:  # The OS may hand the same port out again.
        with pytest.raises(urllib.error.URLError):
            get(previous)
"""


def test_novu_stub(project: pytest.Pytester) -> None:
    project.makepyfile(USES_STUB)
    run(project).assert_outcomes(passed=2)


# --- --novu-max-examples ----------------------------------------------------------------------


COUNTED = """
from hypothesis import given, strategies as st

CALLS = []


@given(st.integers())
def test_counted(number):
    CALLS.append(number)


def test_count():
    assert len(CALLS) == 7, len(CALLS)
"""


def test_max_examples_option(project: pytest.Pytester) -> None:
    project.makepyfile(COUNTED)
    run(project, "--novu-max-examples", "7").assert_outcomes(passed=2)


MANY = """
from hypothesis import settings

settings.register_profile("many", max_examples=30)
"""


@pytest.mark.parametrize("how", ["--hypothesis-profile", "conftest-in-a-subdirectory"])
def test_max_examples_survives_a_profile_loaded_later(project: pytest.Pytester, how: str) -> None:
    if how == "--hypothesis-profile":
        project.makeconftest(MANY)
        project.makepyfile(COUNTED)
        args: tuple[str, ...] = ("--hypothesis-profile", "many")
    else:
        sub = project.mkpydir("sub")
        (sub / "conftest.py").write_text(MANY + 'settings.load_profile("many")\n')
        (sub / "test_counted.py").write_text(COUNTED)
        args = ()
    run(project, "--novu-max-examples", "7", *args).assert_outcomes(passed=2)


def test_max_examples_below_one_is_a_usage_error(project: pytest.Pytester) -> None:
    project.makepyfile("def test_nothing():\n    pass\n")
    result = run(project, "--novu-max-examples", "0")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--novu-max-examples must be at least 1, got 0*"])


# --- --help -----------------------------------------------------------------------------------


def test_help_lists_every_option_in_the_group(project: pytest.Pytester) -> None:
    result = run(project, "--help")
    assert result.ret == 0
    lines = result.stdout.lines
    (start,) = [i for i, line in enumerate(lines) if line.startswith("novu-contracts:")]
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" "))
    option = re.compile(r"^\s+(--novu-[a-z-]+)")
    in_group = {m[1] for line in lines[start:end] if (m := option.match(line))}
    everywhere = {m[1] for line in lines if (m := option.match(line))}
    assert in_group == OPTIONS
    assert everywhere == OPTIONS, "every --novu-* option belongs in the novu-contracts group"
    ini_names = {line.split()[0] for line in lines if line.startswith("  novu_")}
    assert ini_names >= {"novu_seed", "novu_fixtures", "novu_contract"}


# --- lazy imports -----------------------------------------------------------------------------


def test_importing_the_plugin_imports_nothing_heavy(tmp_path: Path) -> None:
    code = (
        "import json, sys, novu_contracts_hooks.pytest_plugin;"
        f" print(json.dumps([m for m in {list(HEAVY)!r} if m in sys.modules]))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert json.loads(completed.stdout) == []


def test_a_run_without_novu_fixtures_imports_nothing_heavy(project: pytest.Pytester) -> None:
    project.makeconftest(
        f"""
        import json
        import sys

        HEAVY = {HEAVY!r}


        def pytest_collection_finish(session):
            loaded = sorted(
                name for name in sys.modules if any(name == h or name.startswith(h + ".") for h in HEAVY)
            )
            record = {{"plugin": "novu_contracts_hooks.pytest_plugin" in sys.modules, "heavy": loaded}}
            with open("modules.json", "w") as file:
                json.dump(record, file)
        """
    )
    project.makepyfile("def test_plain():\n    pass\n")

    run(project).assert_outcomes(passed=1)

    record = json.loads((project.path / "modules.json").read_text())
    assert record == {"plugin": True, "heavy": []}


# --- a host project with its own 'strategies' or 'contracts' ------------------------------------

HOST_STRATEGIES = """
from hypothesis import strategies as st

def small_numbers():
    return st.integers(0, 9)
"""

HOST_TESTS = """
from hypothesis import given

import {name}


@given({name}.small_numbers())
def test_the_hosts_own_module(number):
    assert 0 <= number <= 9


def test_plain():
    assert {name}.__file__.startswith({root!r})


def test_uses_our_fixture(integration_payload):
    pass
"""


def _host_project(project: pytest.Pytester, layout: str) -> None:
    """A host repository whose own top-level ``strategies.py`` or ``contracts/`` clashes with ours."""
    if layout == "strategies.py":
        project.makepyfile(strategies=HOST_STRATEGIES)
        name = "strategies"
    else:
        package = project.mkpydir("contracts")
        (package / "__init__.py").write_text(HOST_STRATEGIES)
        name = "contracts"
    (project.path / "tests").mkdir()
    (project.path / "tests" / "test_host.py").write_text(HOST_TESTS.format(name=name, root=str(project.path)))
    # The host's modules are importable as its layout makes them: from the rootdir.
    project.makeini("[pytest]\npythonpath = .\n")


def _console_script(project: pytest.Pytester, *args: str) -> pytest.RunResult:
    """``pytest ARGS`` through the console script (the rootdir is not on sys.path until collection)."""
    script = Path(sys.executable).parent / "pytest"
    return project.run(str(script), *OTHER_PLUGINS_OFF, *args, timeout=TIMEOUT)


@pytest.mark.parametrize("invocation", ["python -m pytest", "pytest"])
@pytest.mark.parametrize("layout", ["strategies.py", "contracts/"])
def test_a_host_with_its_own_package_of_our_name_runs_its_suite(
    project: pytest.Pytester, layout: str, invocation: str
) -> None:
    """One warning line, the host's own tests pass, and only a test using our fixture fails, clearly."""
    _host_project(project, layout)
    result = run(project) if invocation == "python -m pytest" else _console_script(project)

    result.assert_outcomes(passed=2, errors=1)
    output = result.stdout.str() + result.stderr.str()
    name = layout.rstrip("/").removesuffix(".py")
    assert output.count("warning: novu-contracts is disabled in this run") == 1, output
    assert f"'{name}' is {project.path}" in output
    result.stdout.fnmatch_lines(
        ["*fixture 'integration_payload': novu-contracts is disabled in this run*-p no:novu_contracts*"]
    )
    assert "Error while loading plugin" not in output
    assert "Traceback" not in output


def test_a_host_module_found_only_at_collection_is_reported_then(project: pytest.Pytester) -> None:
    """``strategies.py`` beside the tests: on sys.path only once pytest imports the test module."""
    tests = project.path / "tests"
    tests.mkdir()
    (tests / "strategies.py").write_text(HOST_STRATEGIES)
    (tests / "test_host.py").write_text(HOST_TESTS.format(name="strategies", root=str(tests)))

    result = _console_script(project)

    result.assert_outcomes(passed=2, errors=1)
    output = result.stdout.str()
    assert output.count("warning: novu-contracts is disabled in this run") == 1, output
    assert f"'strategies' is {tests / 'strategies.py'}" in output


@pytest.mark.slow
def test_a_host_without_our_fixtures_needs_nothing_else(project: pytest.Pytester) -> None:
    """Under xdist too, the host's suite passes; -p no:novu_contracts silences the warning."""
    _host_project(project, "strategies.py")
    test_file = project.path / "tests" / "test_host.py"
    test_file.write_text(test_file.read_text().split("\n\ndef test_uses_our_fixture")[0] + "\n")

    run(project, "-n", "2").assert_outcomes(passed=2)
    quiet = run(project, "-p", "no:novu_contracts")
    quiet.assert_outcomes(passed=2)
    assert "novu-contracts" not in quiet.stdout.str() + quiet.stderr.str()


@pytest.mark.parametrize("how", ["pythonpath-ini", "PYTHONPATH"])
def test_a_shadowing_contracts_package_elsewhere_is_named(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    local = project.path / "src" / "contracts"
    local.mkdir(parents=True)
    (local / "__init__.py").write_text('"""Some other project\'s contracts package."""\n')
    if how == "pythonpath-ini":
        project.makeini("[pytest]\npythonpath = src\n")
    else:
        monkeypatch.setenv("PYTHONPATH", str(project.path / "src"))
    project.makepyfile("def test_plain():\n    pass\n")

    result = run(project)

    result.assert_outcomes(passed=1)
    output = result.stdout.str()
    assert f"'contracts' is {local / '__init__.py'}, not novu-contracts' own package" in output
    assert "-p no:novu_contracts" in output


# --- --novu-contract: the upgrade check ---------------------------------------------------------

READS_CHANNEL = """
from strategies import consumer_test


@consumer_test(max_examples=50)
def test_route(payload):
    assert payload["channel"] in {"in_app", "email", "sms", "chat", "push"}


def test_fixture_follows_the_contract(integration_payload, integration_response):
    assert type(integration_response).__module__ == EXPECTED_MODULE
"""


@pytest.mark.parametrize(
    ("args", "module", "outcome"),
    [
        ((), "contracts._models", {"passed": 2}),
        (("--novu-contract", "3.x"), "contracts._models_3x", {"passed": 1, "failed": 1}),
        pytest.param(
            ("--novu-contract", "3.x", "-n", "2"),
            "contracts._models_3x",
            {"passed": 1, "failed": 1},
            marks=pytest.mark.slow,
        ),
    ],
    ids=["default", "3.x", "3.x-xdist"],
)
def test_novu_contract_option_runs_consumers_against_that_version(
    project: pytest.Pytester, args: tuple[str, ...], module: str, outcome: dict[str, int]
) -> None:
    """A consumer reading payload["channel"] passes under 0.7.0 and is reported under --novu-contract 3.x."""
    project.makepyfile(READS_CHANNEL.replace("EXPECTED_MODULE", repr(module)))
    result = run(project, *args)
    result.assert_outcomes(**outcome)
    if outcome.get("failed"):
        result.stdout.fnmatch_lines(["*failed on a payload the contract allows*", "*KeyError*channel*"])


def test_the_old_environment_variable_is_not_read(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plugin passes the version to verify_consumer itself; no environment variable chooses it."""
    monkeypatch.setenv("NOVU_CONTRACTS_CONTRACT", "3.x")
    project.makepyfile(READS_CHANNEL.replace("EXPECTED_MODULE", repr("contracts._models")))
    run(project).assert_outcomes(passed=2)


def test_an_unknown_novu_contract_is_a_usage_error(project: pytest.Pytester) -> None:
    project.makepyfile("def test_nothing():\n    pass\n")
    result = run(project, "--novu-contract", "2.0")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--novu-contract '2.0': use one of 0.7.0, 3.x*"])


# --- what a test favours ----------------------------------------------------------------------

SCOPED_TEST = """
from hypothesis import given, settings

from strategies import integration_payloads
from strategies._named import named_literals

import {app}

OTHER = "{other_reversed}"[::-1]  # not written out: this module's own literals count too
SEEN = []


def test_favours_what_this_module_imports_names():
    assert "{mine}" in named_literals()
    assert OTHER not in named_literals()


@settings(max_examples=100, database=None)
@given(integration_payloads())
def test_draws(payload):
    SEEN.append(payload["providerId"])


def test_drew_its_provider_often():
    assert SEEN.count("{mine}") >= 15
"""


def test_each_test_module_favours_the_providers_its_own_imports_name(project: pytest.Pytester) -> None:
    """Two consumers in one session: each test module's payloads favour its own consumer's provider."""
    project.makepyfile(
        push_app='def send(p):\n    return p["providerId"] == "fcm"\n',
        sms_app='def send(p):\n    return p["providerId"] == "twilio"\n',
        test_push=SCOPED_TEST.format(app="push_app", mine="fcm", other_reversed="oilowt"),
        test_sms=SCOPED_TEST.format(app="sms_app", mine="twilio", other_reversed="mcf"),
    )
    run(project, "-p", "no:randomly").assert_outcomes(passed=6)


# --- what a parametrized test favours -------------------------------------------------------------

CONSUMERS = """
def sms(payload):
    return payload["providerId"] == "twilio"


def push(payload):
    return payload["providerId"] == "fcm"
"""

PARAMETRIZED = """
import pytest
from hypothesis import given, settings

import consumers
from strategies import _named, integration_payloads

SEEN = {}


@pytest.mark.parametrize("consumer", [consumers.sms, consumers.push], ids=["sms", "push"])
@settings(max_examples=1, database=None)
@given(integration_payloads())
def test_consumer(consumer, payload):
    # Kept as text: SEEN is data this test reaches, whose provider ids would count.
    ids = sorted(x for x in _named.named_literals() if isinstance(x, str))
    SEEN[consumer.__name__] = "ids: " + " ".join(ids)


def test_each_case_favoured_its_own_consumer():
    assert SEEN == {"sms": "ids: twil" "io", "push": "ids: f" "cm"}
"""


@pytest.mark.skipif(
    "wrapped_test" not in inspect.signature(hypothesis.control.BuildContext.__init__).parameters,
    reason="this Hypothesis does not say which test runs",
)
def test_a_parametrized_consumer_is_what_its_case_favours(project: pytest.Pytester) -> None:
    """The consumer passed as a parameter is reached through the test's arguments, not its code."""
    project.makepyfile(consumers=CONSUMERS, test_parametrized=PARAMETRIZED)
    run(project, "-p", "no:randomly").assert_outcomes(passed=3)
