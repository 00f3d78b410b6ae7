"""The ``novu-contracts`` pytest plugin (entry point ``pytest11``, name ``novu_contracts``).

pytest loads this module in every run of every project that has the package installed,
so it is cheap and harmless there: it imports neither Hypothesis, cattrs nor an HTTP
server, and not even ``contracts`` or ``strategies`` (a host project may have modules of
those names; importing ours would shadow theirs).  Each fixture imports what it needs
when used, after checking that those names resolve to our packages; if they do not, the
run says so in one line and only a test that uses one of our fixtures fails.

Layout: options, then configuration, then fixtures, one section each; a new option goes
into ``pytest_addoption``'s group and a new fixture into the last section, calling
``_require_own_packages`` first.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from novu_contracts_hooks import TESTED_FROM, TESTED_WITH, foreign_packages, shadowing_message

if TYPE_CHECKING:
    from contracts._fixtures import FixtureSet
    from strategies._stub import NovuStub

# The in-process mock fixtures (novu_respx, novu_responses, novu_base_urls) live with the mocks;
# declaring them here registers them. That module imports only pytest.

GROUP = "novu-contracts"
DEFAULT_FIXTURES = "fixtures"
_WARNED = pytest.StashKey[bool]()


# --- options --------------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup(GROUP, "novu-contracts: Novu IntegrationResponseDto contract testing")
    group.addoption(
        "--novu-seed",
        default=None,
        metavar="SEED",
        help="seed of the integration_* fixtures' values (default: the novu_seed ini value, else 0);"
        " each test gets its own values derived from this seed and its node id",
    )
    group.addoption(
        "--novu-max-examples",
        type=int,
        default=None,
        metavar="N",
        help="max_examples of Hypothesis tests (applied on top of the active Hypothesis profile)",
    )
    group.addoption(
        "--novu-fixtures",
        default=None,
        metavar="DIR",
        help="directory of the novu_fixtures fixture"
        f" (default: the novu_fixtures ini value, else {DEFAULT_FIXTURES}/)",
    )
    group.addoption(
        "--novu-list-size",
        type=int,
        default=None,
        metavar="N",
        help="number of payloads in the integration_payloads fixture (default: 5)",
    )
    group.addoption(
        "--novu-contract",
        default=None,
        metavar="VERSION",
        help="contract version of verify_consumer / consumer_test and the integration_* fixtures"
        " (0.7.0 or 3.x; default: the novu_contract ini value, else 0.7.0): run with 3.x to see what"
        " the next Novu version breaks",
    )
    parser.addini("novu_contract", "contract version (see --novu-contract)", default="")
    # --- cassette check (strategies/_cassette_check.py) ---
    group.addoption(
        "--novu-check-cassettes",
        action="store_true",
        default=None,
        help="after each test that used a pytest-recording cassette, check the cassette's integrations"
        " responses against the contract and fail the test with the report (ini: novu_check_cassettes)",
    )
    parser.addini("novu_check_cassettes", "check used cassettes (see --novu-check-cassettes)", type="bool")
    parser.addini("novu_seed", "seed of the integration_* fixtures (see --novu-seed)", default="0")
    parser.addini("novu_fixtures", "directory of the novu_fixtures fixture (see --novu-fixtures)", default="")


# --- configuration --------------------------------------------------------------------------


@pytest.hookimpl(trylast=True)  # after Hypothesis' own plugin has loaded --hypothesis-profile
def pytest_configure(config: pytest.Config) -> None:
    max_examples = config.getoption("--novu-max-examples")
    if max_examples is not None and max_examples < 1:
        raise pytest.UsageError(f"--novu-max-examples must be at least 1, got {max_examples}")
    _apply_max_examples(config)
    if _warn_if_shadowed(config):
        return
    version = _chosen_contract(config)
    if version:
        from contracts._versions import CONTRACTS  # only when the option is given

        if version not in CONTRACTS:
            raise pytest.UsageError(f"--novu-contract {version!r}: use one of {', '.join(CONTRACTS)}")


def pytest_collection_finish(session: pytest.Session) -> None:
    # Collection imported the host's modules: a 'strategies' of theirs may only now be on sys.path.
    _warn_if_shadowed(session.config)


def _warn_if_shadowed(config: pytest.Config) -> bool:
    """True if our package names are someone else's; says so once per run (not per xdist worker)."""
    foreign = foreign_packages()
    if not foreign:
        return False
    if not config.stash.get(_WARNED, False) and not hasattr(config, "workerinput"):
        config.stash[_WARNED] = True
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        message = f"warning: {shadowing_message(foreign)}"
        if reporter is not None:
            reporter.write_line(message, yellow=True, bold=True)
        else:
            print(message, file=sys.stderr)
    return True


def _chosen_contract(config: pytest.Config) -> str:
    """``--novu-contract``, else the ini value; "" when neither is given."""
    version: str = config.getoption("--novu-contract") or config.getini("novu_contract")
    return version


def _apply_max_examples(config: pytest.Config) -> None:
    max_examples = config.getoption("--novu-max-examples")
    if max_examples is None:
        return
    # Only now, because the user asked for it, is Hypothesis imported.
    from hypothesis import settings

    current = settings.default
    if current is None or current.max_examples != max_examples:
        settings.register_profile("novu-contracts", parent=settings.default, max_examples=max_examples)
        settings.load_profile("novu-contracts")


def pytest_collectstart(collector: pytest.Collector) -> None:
    # Before each module is imported (and its @given tests bind their settings), undo any
    # profile a conftest loaded in the meantime. Free when the option is not given.
    if collector.config.getoption("--novu-max-examples") is not None:
        _apply_max_examples(collector.config)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    token = TESTED_FROM.set(_test_modules(item))
    arguments = getattr(item, "funcargs", None)
    with_token = TESTED_WITH.set(tuple(arguments.values()) if isinstance(arguments, dict) else ())
    try:
        # verify_consumer() / consumer_test called in this test use --novu-contract unless told otherwise.
        version = _chosen_contract(item.config)
        if not version or foreign_packages():
            return (yield)
        from strategies._consumer import default_contract

        with default_contract(version):
            return (yield)
    finally:
        TESTED_WITH.reset(with_token)
        TESTED_FROM.reset(token)


_CONFTESTS: dict[Path, tuple[str, ...]] = {}  # a test folder -> its conftest modules (loaded at collection)
_TEST_MODULES: dict[str, tuple[str, ...]] = {}  # a test module's file -> it and its conftests


def _test_modules(item: pytest.Item) -> tuple[str, ...]:
    """The module of ``item`` and the conftests above it: where the code a test exercises is imported.

    Worked out once per test module (this runs around every test call).
    """
    module = getattr(item, "module", None)
    file = getattr(module, "__file__", None)
    if module is None or not isinstance(file, str):
        return ()
    if file not in _TEST_MODULES:
        folder = Path(file).resolve().parent
        if folder not in _CONFTESTS:
            _CONFTESTS[folder] = tuple(
                name
                for name, loaded in list(sys.modules.items())
                if isinstance(where := getattr(loaded, "__file__", None), str)
                and Path(where).name == "conftest.py"
                and folder.is_relative_to(Path(where).resolve().parent)
            )
        _TEST_MODULES[file] = (module.__name__, *_CONFTESTS[folder])
    return _TEST_MODULES[file]


# --- fixtures -------------------------------------------------------------------------------


def _require_own_packages(request: pytest.FixtureRequest) -> None:
    """Fail the test that uses one of our fixtures, clearly, when our package names are taken."""
    foreign = foreign_packages()
    if foreign:
        pytest.fail(f"fixture {request.fixturename!r}: {shadowing_message(foreign)}", pytrace=False)


def _contract(request: pytest.FixtureRequest) -> str:
    from contracts._versions import DEFAULT_VERSION

    return _chosen_contract(request.config) or DEFAULT_VERSION


def _seed(request: pytest.FixtureRequest) -> str:
    option = request.config.getoption("--novu-seed")
    base = option if option is not None else request.config.getini("novu_seed")
    # Per-test values that do not depend on test order or on the xdist worker.
    digest = hashlib.sha256(f"{base}:{request.node.nodeid}".encode()).hexdigest()[:16]
    return f"{base}:{digest}"


@pytest.fixture
def integration_payload(request: pytest.FixtureRequest) -> dict[str, Any]:
    """One valid wire payload, the same for this test on every run with the same seed."""
    _require_own_packages(request)
    from strategies._sample import sample_examples

    return sample_examples(_seed(request), 1, contract=_contract(request))[0]


@pytest.fixture
def integration_response(request: pytest.FixtureRequest, integration_payload: dict[str, Any]) -> Any:
    """``integration_payload`` parsed into an ``IntegrationResponseDto`` (of the ``--novu-contract``)."""
    _require_own_packages(request)
    from contracts import parse

    return parse(integration_payload, contract=_contract(request))


@pytest.fixture
def integration_payloads(request: pytest.FixtureRequest) -> list[dict[str, Any]]:
    """A list of valid payloads (``--novu-list-size``, default 5), deterministic per test."""
    _require_own_packages(request)
    from strategies._sample import sample_examples

    size = request.config.getoption("--novu-list-size")
    return sample_examples(_seed(request), 5 if size is None else size, contract=_contract(request))


@pytest.fixture
def novu_fixtures(request: pytest.FixtureRequest) -> FixtureSet:
    """The fixture set written by ``novu-contracts generate`` (``--novu-fixtures``, default ``fixtures/``)."""
    _require_own_packages(request)
    from contracts._fixtures import FixtureError, load

    # Like pytest's own options: a command-line path is relative to where pytest was started,
    # an ini path to the ini file's directory (the rootdir).
    option = request.config.getoption("--novu-fixtures")
    if option:
        directory = Path(request.config.invocation_params.dir) / option
    else:
        directory = Path(request.config.rootpath) / (
            request.config.getini("novu_fixtures") or DEFAULT_FIXTURES
        )
    try:
        return load(directory)
    except FixtureError as error:
        pytest.fail(
            f"novu_fixtures: {error}\n(make one with: novu-contracts generate --out {directory})",
            pytrace=False,
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """With --novu-check-cassettes: the cassette a test used is checked after it (see _cassette_check)."""
    report: pytest.TestReport = yield
    config = item.config
    wanted = config.getoption("--novu-check-cassettes") or config.getini("novu_check_cassettes")
    if call.when == "call" and wanted and not foreign_packages():
        from strategies._cassette_check import check_test

        check_test(item, report)
    return report


@pytest.fixture
def novu_stub(request: pytest.FixtureRequest) -> Iterator[NovuStub]:
    """A running stub of Novu's integrations API on 127.0.0.1, empty; seed it with ``.add()``.

    Options (``secret_key=``, ``contract_only=``, ``seed=``) by indirect parametrization:
    ``@pytest.mark.parametrize("novu_stub", [{"secret_key": "k"}], indirect=True)``.
    """
    _require_own_packages(request)
    from strategies._stub import NovuStub

    with NovuStub(**getattr(request, "param", {})) as stub:
        yield stub


@pytest.fixture
def novu_base_urls(request: pytest.FixtureRequest) -> tuple[str, ...]:
    """The base URLs ``novu_respx`` and ``novu_responses`` intercept (default: Novu's US and EU API).

    Override it in a ``conftest.py`` to intercept your own Novu URL as well.
    """
    _require_own_packages(request)
    from strategies._mock import DEFAULT_BASE_URLS

    return DEFAULT_BASE_URLS


@pytest.fixture
def novu_respx(request: pytest.FixtureRequest, novu_base_urls: tuple[str, ...]) -> Iterator[NovuStub]:
    """An empty stub answering every httpx client (novu-py's too) in process; needs the respx extra."""
    _require_own_packages(request)
    pytest.importorskip("respx", reason="novu_respx needs respx: pip install 'novu-contracts[respx]'")
    from strategies._mock import mock_novu

    with mock_novu(transport="respx", base_urls=novu_base_urls) as stub:
        yield stub


@pytest.fixture
def novu_responses(request: pytest.FixtureRequest, novu_base_urls: tuple[str, ...]) -> Iterator[NovuStub]:
    """An empty stub answering every ``requests`` call in process; needs the responses extra."""
    _require_own_packages(request)
    pytest.importorskip(
        "responses", reason="novu_responses needs responses: pip install 'novu-contracts[responses]'"
    )
    from strategies._mock import mock_novu

    with mock_novu(transport="responses", base_urls=novu_base_urls) as stub:
        yield stub
