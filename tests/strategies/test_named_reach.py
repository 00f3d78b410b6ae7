"""Outside pytest, what a test favours is what the code it reaches by reference names."""

from __future__ import annotations

import inspect
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import hypothesis.control
import pytest
from hypothesis import given
from hypothesis import strategies as st

from novu_contracts_hooks import TESTED_FROM
from strategies import _named, _reach
from strategies._providers import providers
from tests.strategies._support import imported_package

# Every test of this module runs a script's @given test, with no pytest test module in charge.
SCRIPT = """
from hypothesis import given, settings
import strategies
from strategies import _named
import reach_app.sms as sms
import reach_app.big as big
from reach_app.big import lambda_route
from reach_app import router, lazy
from reach_app.push import send as push_send


class Case:
    def __init__(self, consumer):
        self.consumer = consumer

    def run(self, payload):
        return self.consumer(payload)


CASES = [Case(sms.send), Case(push_send)]


def seen_by(body):
    seen = []

    @settings(max_examples=1, database=None)
    @given(strategies.integration_payloads())
    def test(payload):
        body(payload)
        seen.append(_named.named_literals())

    test()
    return seen[0]


def calls_sms():
    return seen_by(lambda p: sms.send(p))


def calls_router():
    return seen_by(lambda p: router.route(p))


def harness(index):
    case = CASES[index]
    return seen_by(lambda p: case.run(p))


def calls_nothing():
    return seen_by(lambda p: None)


def names_a_lazy_attribute():
    return seen_by(lambda p: None if p else lazy.anything)


def calls_one_function_of_many():
    return seen_by(lambda p: big.email_route(p))


def calls_a_table_reader():
    return seen_by(lambda p: big.sms_route(p))


def calls_a_lambda():
    return seen_by(lambda p: lambda_route(p))


def holds_an_example(provider_id):
    example = {"providerId": provider_id, "name": "x"}  # data, not source: built by the caller
    return seen_by(lambda p: (example, big.plain(p)))


def holds_a_table(provider_ids):
    return seen_by(lambda p: (provider_ids, big.email_route(p)))
"""

APP = {
    "reach_app/__init__.py": "",
    "reach_app/push.py": 'def send(p):\n    return p["providerId"] == "fcm"\n',
    "reach_app/sms.py": 'def send(p):\n    return p["providerId"] == "twilio"\n',
    "reach_app/router.py": "from . import push\n\n\ndef route(p):\n    return push.send(p)\n",
    "reach_app/lazy.py": "def __getattr__(name):\n    raise AssertionError(name)\n",
    "reach_app/big.py": (
        'def email_route(p):\n    return p["providerId"] == "sendgrid"\n\n\n'
        'def sms_route(p):\n    return _SENDERS.get(p["providerId"])\n\n\n'
        '_SENDERS = {"plivo": "+15550100"}\n\n\n'
        "def plain(p):\n    return p\n\n\n"
        '@staticmethod\ndef unused(p):\n    return p["providerId"] == "mailgun"\n\n\n'
        'lambda_route = lambda p: p["providerId"] == "mailjet"  # noqa: E731\n'
    ),
    "reach_script.py": SCRIPT,
}
# Not literals: this module names no provider.
PUSH, SMS = "".join(("f", "cm")), "".join(("twil", "io"))
SENDGRID, PLIVO, MAILGUN = "".join(("send", "grid")), "".join(("pli", "vo")), "".join(("mail", "gun"))
MAILJET = "".join(("mail", "jet"))

FINDS_THE_TEST = "wrapped_test" in inspect.signature(hypothesis.control.BuildContext.__init__).parameters
needs_the_running_test = pytest.mark.skipif(
    not FINDS_THE_TEST, reason="this Hypothesis does not say which test runs"
)


@pytest.fixture
def script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[_Unscoped]:
    """A local package of two consumers, a router over one, and a script testing them; no pytest scope."""
    with imported_package(tmp_path, monkeypatch, APP):
        yield _Unscoped(sys.modules["reach_script"])


class _Unscoped:
    """The script's functions, called as in a script: with no pytest test module in charge."""

    def __init__(self, module: types.ModuleType) -> None:
        self.module = module

    def __getattr__(self, name: str) -> Callable[..., frozenset[_named.NamedLiteral]]:
        function = getattr(self.module, name)

        def unscoped(*args: object) -> frozenset[_named.NamedLiteral]:
            token = TESTED_FROM.set(())  # the plugin set this test's module; a script has none
            try:
                return function(*args)  # type: ignore[no-any-return]
            finally:
                TESTED_FROM.reset(token)

        return unscoped


@needs_the_running_test
def test_a_script_test_favours_what_the_code_it_calls_names(script: Any) -> None:
    assert SMS in script.calls_sms()
    assert PUSH not in script.calls_sms()


@needs_the_running_test
def test_the_reach_follows_functions_through_the_modules_they_use(script: Any) -> None:
    assert PUSH in script.calls_router()  # router.route -> push (a module global) -> push.send
    assert SMS not in script.calls_router()


@needs_the_running_test
def test_a_harness_looping_over_cases_favours_the_case_under_test(script: Any) -> None:
    assert SMS in script.harness(0)  # closure -> a local object -> its consumer
    assert PUSH not in script.harness(0)
    assert PUSH in script.harness(1)
    assert SMS not in script.harness(1)


@needs_the_running_test
def test_a_test_of_one_function_favours_what_that_function_names(script: Any) -> None:
    found = script.calls_one_function_of_many()
    assert SENDGRID in found
    assert not {PLIVO, MAILGUN} & found  # named by the module, not by the function the test calls


@needs_the_running_test
def test_a_module_level_lambda_is_found_by_its_line(script: Any) -> None:
    found = script.calls_a_lambda()  # imported under its name, but its own name is <lambda>
    assert MAILJET in found
    assert not {SENDGRID, PLIVO, MAILGUN} & found


@needs_the_running_test
def test_the_module_tables_a_function_reads_count(script: Any) -> None:
    found = script.calls_a_table_reader()
    assert PLIVO in found
    assert not {SENDGRID, MAILGUN} & found


@needs_the_running_test
def test_the_data_a_test_holds_names_providers(script: Any) -> None:
    assert SENDGRID in script.holds_an_example(SENDGRID)  # a case's example payload
    assert PLIVO in script.holds_an_example(PLIVO)
    assert not {SENDGRID, MAILGUN} & script.holds_an_example(PLIVO)


@needs_the_running_test
def test_a_table_of_many_providers_held_as_data_names_none(script: Any) -> None:
    table = [p.id for p in providers() if p.id != SENDGRID][: _named.TABLE_SIZE + 1]
    found = script.holds_a_table(table)
    assert SENDGRID in found  # what the function it calls names
    assert not set(table) & found
    assert {PLIVO, SENDGRID} <= script.holds_a_table([*table[:1], PLIVO])  # a few: named


def test_a_test_that_reaches_no_name_favours_every_module(script: Any) -> None:
    assert {PUSH, SMS} <= script.calls_nothing()


@needs_the_running_test
def test_the_walk_reads_a_module_namespace_without_its_getattr(script: Any) -> None:
    script.names_a_lazy_attribute()  # lazy.__getattr__ raises: the walk never calls it


def test_without_a_running_test_every_module_counts(script: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """An older Hypothesis (no ``wrapped_test``) or a moved one: the walk is skipped, as before it existed."""
    monkeypatch.setattr(hypothesis.control, "current_build_context", lambda: types.SimpleNamespace())
    assert _reach.running_test() is None
    assert {PUSH, SMS} <= script.calls_sms()

    def moved() -> object:
        raise AttributeError("moved")

    monkeypatch.setattr(hypothesis.control, "current_build_context", moved)
    assert _reach.running_test() is None
    assert {PUSH, SMS} <= script.calls_sms()


def test_outside_any_test_nothing_runs() -> None:
    assert _reach.running_test() is None


def _all_local(name: str) -> bool:
    return True


def test_the_walk_is_bounded_however_much_the_test_holds() -> None:
    many = [types.SimpleNamespace(value=i) for i in range(_reach.MAX_OBJECTS * 20)]

    def test() -> int:
        return len(many)

    walk = _reach._Walk(_all_local)
    walk.run(test)
    assert len(walk.seen) <= _reach.MAX_OBJECTS
    assert len(walk.pending) <= 2 * _reach.MAX_OBJECTS


def _function_of(depth: int) -> Callable[[], object]:
    """A chain of ``depth`` closures, each calling the next."""
    inner: Callable[[], object] = lambda: None  # noqa: E731
    for _ in range(depth):
        inner = (lambda f: lambda: f())(inner)
    return inner


_GRAPHS = st.recursive(
    st.none() | st.integers() | st.text(max_size=3) | st.integers(0, 12).map(_function_of),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=2), inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | inner.map(lambda value: types.SimpleNamespace(value=value))
    ),
    max_leaves=20,
)


@given(_GRAPHS)
def test_any_object_graph_is_walked_without_raising(graph: object) -> None:
    def test() -> object:
        return graph

    modules = _reach.reached(test, _all_local).modules
    assert __name__ in modules  # the test function's own module, whatever it holds
    assert modules <= {__name__}


@needs_the_running_test
def test_under_pytest_the_reach_comes_before_the_test_modules_imports(script: Any) -> None:
    """The plugin's scope (what the test module imports) counts only where the reach names nothing."""
    token = TESTED_FROM.set(("reach_script",))  # it imports every module of reach_app
    try:
        assert SMS in script.module.calls_sms()
        assert PUSH not in script.module.calls_sms()
        assert {PUSH, SMS, SENDGRID} <= script.module.calls_nothing()
    finally:
        TESTED_FROM.reset(token)


def test_what_the_test_is_passed_is_reached_too() -> None:
    def test() -> None:
        return None

    def consumer() -> None:
        return None

    assert (__name__, "test_what_the_test_is_passed_is_reached_too") in _reach.reached(test, _all_local).names
    passed = _reach.reached(test, _all_local, (types.SimpleNamespace(run=consumer),))
    assert consumer.__qualname__.startswith("test_what_the_test_is_passed_is_reached_too")
    assert passed.modules == {__name__}
    cache = _reach.ReachCache()
    assert cache.get(test, _all_local, ("a",)).strings == (frozenset({"a"}),)
    assert cache.get(test, _all_local, ("b",)).strings == (frozenset({"b"}),)  # other arguments: walked again


def test_what_a_test_collects_as_it_runs_is_not_its_data(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def test() -> None:
        seen.append(f"drawn {len(seen)}")

    cache = _reach.ReachCache()
    assert cache.get(test, _all_local).strings == ()
    test()
    monkeypatch.setitem(sys.modules, "a_module_imported_meanwhile", types.ModuleType("m"))
    assert cache.get(test, _all_local).strings == ()  # walked again, with the data it started with
    assert _reach.reached(test, _all_local).strings == (frozenset({"drawn 0"}),)


def test_the_strings_kept_are_bounded_however_many_the_test_holds() -> None:
    corpus = [[f"{i}-{j}" for j in range(_reach.MAX_OBJECTS)] for i in range(50)]

    def test() -> int:
        return len(corpus)

    found = _reach.reached(test, _all_local)
    assert sum(map(len, found.strings)) <= 2 * _reach.MAX_OBJECTS
