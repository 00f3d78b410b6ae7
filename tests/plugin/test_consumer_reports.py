"""``verify_consumer`` and ``consumer_test``: what they accept, what they reject, and what they report."""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
from typing import Any

import pytest
from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

import contracts
from contracts import CredentialsDto, IntegrationResponseDto
from contracts._shape import object_shape
from strategies import ConsumerContractError, consumer_test, verify_consumer

pytest_plugins = ["pytester"]

Payload = dict[str, Any]
QUICK = 25
"""max_examples of the runs that are expected to pass: enough to exercise them, fast."""

REQUIRED_KEYS = {f.wire for f in object_shape(IntegrationResponseDto).fields if f.required}
OPTIONAL_KEYS = {f.wire for f in object_shape(IntegrationResponseDto).fields if not f.required}
REQUIRED_CREDENTIALS = {f.wire for f in object_shape(CredentialsDto).fields if f.required}


# --- consumers ----------------------------------------------------------------------------------


def first_condition(payload: Payload) -> object:
    """Buggy: ``conditions`` is optional (absent) and may be empty."""
    return payload["conditions"][0]


def first_condition_safely(payload: Payload) -> object:
    conditions = payload.get("conditions") or [None]
    return conditions[0]


def names(payloads: list[Payload]) -> list[str]:
    assert isinstance(payloads, list)
    return [payload["name"] for payload in payloads]


def validating(payload: Any) -> contracts.IntegrationResponseDto:
    try:
        return contracts.parse(payload)
    except contracts.ContractError as error:
        raise ValueError(f"bad integration: {error}") from error


def accepting_everything(payload: Any) -> None:
    return None


def crashing_on_bad_data(payload: Any) -> contracts.IntegrationResponseDto:
    try:
        return contracts.parse(payload)
    except contracts.ContractError as error:
        raise KeyError(str(error)) from error


# --- the report of a consumer that fails on a valid payload -----------------------------------


@pytest.fixture(scope="module")
def report() -> ConsumerContractError:
    with pytest.raises(ConsumerContractError) as raised:
        verify_consumer(first_condition, max_examples=100)
    return raised.value


def block_after(message: str, header: str, end: str) -> str:
    start = message.index(header + "\n") + len(header) + 1
    return message[start : message.index("\n" + end, start)]


def test_report_names_the_consumer_and_what_happened(report: ConsumerContractError) -> None:
    assert str(report).startswith("first_condition failed on a payload the contract allows")


def test_report_has_the_minimal_payload_as_pretty_json(report: ConsumerContractError) -> None:
    text = block_after(str(report), "minimal failing payload:", "pin it in your test with:")
    payload = json.loads(text)
    assert text == json.dumps(payload, indent=2, ensure_ascii=False)
    assert payload == report.payload
    assert contracts.check(payload) == []
    # Minimal: every required key, no optional one (nor any unknown key), empty credentials.
    assert set(payload) == REQUIRED_KEYS
    assert not set(payload) & OPTIONAL_KEYS
    assert set(payload["credentials"]) == REQUIRED_CREDENTIALS == set()


def test_report_names_the_edge_cases_and_the_exception(report: ConsumerContractError) -> None:
    message = str(report)
    assert "absent-optionals" in report.edge_cases
    (line,) = [line for line in message.splitlines() if line.lstrip().startswith("named edge case")]
    assert "absent-optionals" in line
    assert isinstance(report.error, KeyError)
    assert "exception: KeyError: 'conditions'" in message
    assert f"in {first_condition.__name__}" in message


def test_report_has_an_example_line_that_evaluates_to_the_payload(report: ConsumerContractError) -> None:
    message = str(report)
    printed = textwrap.dedent(message[message.index("pin it in your test with:\n") :].split("\n", 1)[1])
    assert printed == report.example_line
    assert printed.startswith("@example(payload=")

    # It parses as a decorator, and its argument is a literal equal to the payload ...
    tree = ast.parse(printed + "\ndef test(payload):\n    pass\n")
    (function,) = tree.body
    assert isinstance(function, ast.FunctionDef)
    (decorator,) = function.decorator_list
    assert isinstance(decorator, ast.Call)
    assert isinstance(decorator.func, ast.Name)
    assert decorator.func.id == "example"
    (keyword,) = decorator.keywords
    assert ast.literal_eval(keyword.value) == report.payload

    # ... and pasted under @given, Hypothesis runs the test on exactly that payload.
    seen: list[Any] = []
    namespace: dict[str, Any] = {"example": example, "given": given, "settings": settings}
    namespace.update(st=st, Phase=Phase, seen=seen)
    source = "@settings(phases=[Phase.explicit], database=None)\n@given(payload=st.none())\n"
    exec(source + printed + "\ndef pinned(payload):\n    seen.append(payload)\n", namespace)
    namespace["pinned"]()
    assert seen == [report.payload]


# --- what passes and what fails ----------------------------------------------------------------


def test_a_correct_consumer_passes() -> None:
    verify_consumer(first_condition_safely, max_examples=QUICK)


def test_lists_passes_lists() -> None:
    seen: list[Any] = []

    def consumer(payloads: list[Payload]) -> None:
        seen.append(payloads)
        names(payloads)

    verify_consumer(consumer, lists=True, max_examples=QUICK)
    assert seen
    assert all(isinstance(value, list) for value in seen)
    assert any(value for value in seen), "some lists must have items"


def test_lists_report_a_failing_list() -> None:
    with pytest.raises(ConsumerContractError) as raised:
        verify_consumer(lambda payloads: payloads[0], lists=True, max_examples=QUICK)
    assert raised.value.payload == []
    assert isinstance(raised.value.error, IndexError)


def test_invalid_passes_a_consumer_that_rejects_bad_data() -> None:
    verify_consumer(validating, invalid=True, rejects=ValueError, max_examples=QUICK)


def test_invalid_with_lists_passes_a_consumer_that_rejects_bad_items() -> None:
    def consumer(payloads: list[Any]) -> list[contracts.IntegrationResponseDto]:
        return [validating(payload) for payload in payloads]

    verify_consumer(consumer, lists=True, invalid=True, rejects=ValueError, max_examples=QUICK)


def test_invalid_fails_a_consumer_that_accepts_everything() -> None:
    with pytest.raises(ConsumerContractError) as raised:
        verify_consumer(accepting_everything, invalid=True, rejects=ValueError, max_examples=QUICK)
    message = str(raised.value)
    assert "accepted a payload that breaks the contract" in message
    assert "instead of raising ValueError" in message
    assert "the payload breaks the contract:" in message
    assert raised.value.error is None
    assert [v for v in contracts.check(raised.value.payload) if v.severity is contracts.Severity.ERROR]


def test_invalid_fails_a_consumer_that_crashes_on_bad_data() -> None:
    with pytest.raises(ConsumerContractError) as raised:
        verify_consumer(crashing_on_bad_data, invalid=True, rejects=ValueError, max_examples=QUICK)
    message = str(raised.value)
    assert "crashed on a payload that breaks the contract instead of raising ValueError" in message
    assert isinstance(raised.value.error, KeyError)
    assert "exception: KeyError:" in message


def test_invalid_needs_rejects() -> None:
    with pytest.raises(TypeError, match="rejects="):
        verify_consumer(validating, invalid=True)


# --- consumer_test ------------------------------------------------------------------------------


def test_consumer_test_called_on_a_consumer() -> None:
    test_passing = consumer_test(first_condition_safely, max_examples=QUICK)
    test_failing = consumer_test(first_condition, max_examples=QUICK)

    assert test_passing.__name__ == "first_condition_safely"
    assert list(inspect.signature(test_passing).parameters) == []
    test_passing()
    with pytest.raises(ConsumerContractError, match="first_condition failed"):
        test_failing()


def test_consumer_test_as_a_decorator() -> None:
    @consumer_test(invalid=True, rejects=ValueError, max_examples=QUICK)
    def test_validates(payload: Any) -> None:
        validating(payload)

    assert test_validates.__name__ == "test_validates"
    assert list(inspect.signature(test_validates).parameters) == [], "payload must not look like a fixture"
    test_validates()


CONSUMER_TESTS = """
import contracts
from strategies import consumer_test


def handle(payload):
    return payload["conditions"][0]


def handle_safely(payload):
    return (payload.get("conditions") or [None])[0]


test_handle = consumer_test(handle)
test_handle_safely = consumer_test(handle_safely, max_examples=25)


@consumer_test(invalid=True, rejects=ValueError, max_examples=25)
def test_validates(payload):
    try:
        contracts.parse(payload)
    except contracts.ContractError as error:
        raise ValueError(str(error)) from error
"""


@pytest.mark.plugin
@pytest.mark.slow
def test_pytest_collects_and_runs_consumer_tests(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_consumer=CONSUMER_TESTS)

    result = pytester.runpytest_subprocess("-v", timeout=120)

    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "test_consumer.py::test_handle FAILED*",
            "test_consumer.py::test_handle_safely PASSED*",
            "test_consumer.py::test_validates PASSED*",
        ]
    )
    result.stdout.fnmatch_lines(["FAILED test_consumer.py::test_handle - *ConsumerContract*"])
    output = result.stdout.str()
    assert "fixture 'payload' not found" not in output
    for expected in (
        "handle failed on a payload the contract allows",
        "absent-optionals",
        "exception: KeyError: 'conditions'",
        "minimal failing payload:",
        '  "providerId": ',
        "@example(payload={",
    ):
        assert expected in output, expected
