"""Consumer verification: run a consumer on what the contract allows; report failures usably."""

from __future__ import annotations

import contextlib
import contextvars
import copy
import functools
import pprint
import traceback
from collections.abc import Callable, Iterator
from typing import Any, overload

import hypothesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contracts._reading import dumps
from contracts._versions import DEFAULT_VERSION
from strategies._edge_cases import edge_case_examples, edge_cases_in
from strategies._invalid import ExpectedViolation, invalid_payloads
from strategies._payloads import integration_lists, integration_payloads

Consumer = Callable[[Any], object]
Rejections = type[BaseException] | tuple[type[BaseException], ...]


_DEFAULT_CONTRACT = contextvars.ContextVar("novu_contracts_default_contract", default=DEFAULT_VERSION)


@contextlib.contextmanager
def default_contract(version: str) -> Iterator[None]:
    """Within the block, ``verify_consumer`` without ``contract=`` verifies against ``version``.

    The pytest plugin wraps each test in it for ``--novu-contract``.
    """
    token = _DEFAULT_CONTRACT.set(version)
    try:
        yield
    finally:
        _DEFAULT_CONTRACT.reset(token)


class ConsumerContractError(AssertionError):
    """A consumer failed on a payload the contract allows, or did not cleanly reject one it forbids."""

    def __init__(
        self,
        summary: str,
        payload: Any,
        error: BaseException | None,
        *,
        expected: str = "",
        contract: str = DEFAULT_VERSION,
    ) -> None:
        self.payload = payload
        self.error = error
        self.edge_cases = _edge_cases_of(payload, contract)
        lines = [summary]
        if self.edge_cases:
            lines.append(
                f"  named edge case{'s' if len(self.edge_cases) > 1 else ''}: {', '.join(self.edge_cases)}"
            )
        if expected:
            lines.append(f"  the payload breaks the contract: {expected}")
        if error is not None:
            lines.append(f"  exception: {type(error).__qualname__}: {error}")
            frames = traceback.extract_tb(error.__traceback__)
            if frames:
                last = frames[-1]
                lines.append(f"    at {last.filename}:{last.lineno} in {last.name}")
        lines.append("minimal failing payload:")
        lines.append(_pretty(payload))
        lines.append("pin it in your test with:")
        prefix = "@example(payload="
        literal = pprint.pformat(payload, width=100 - len(prefix), sort_dicts=False)
        self.example_line = prefix + literal.replace("\n", "\n" + " " * len(prefix)) + ")"
        lines.append("  " + self.example_line.replace("\n", "\n  "))
        super().__init__("\n".join(lines))


def _edge_cases_of(payload: Any, contract: str) -> list[str]:
    items = payload if isinstance(payload, list) else [payload]
    names = [
        name for item in items if isinstance(item, dict) for name in edge_cases_in(item, contract=contract)
    ]
    return list(dict.fromkeys(names))


def _pretty(payload: Any) -> str:
    try:
        return dumps(payload, indent=2)
    except (TypeError, ValueError):
        return pprint.pformat(payload, width=100, sort_dicts=False)


def _settings(max_examples: int | None) -> settings:
    changes: dict[str, Any] = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
    if max_examples is not None:
        changes["max_examples"] = max_examples
    return settings(settings.default, **changes)


def _run(test: Callable[[], None], seed: int | None) -> None:
    (hypothesis.seed(seed)(test) if seed is not None else test)()


def verify_consumer(
    consumer: Consumer,
    *,
    lists: bool = False,
    invalid: bool = False,
    rejects: Rejections = (),
    max_examples: int | None = None,
    seed: int | None = None,
    contract: str | None = None,
    **constraints: Any,
) -> None:
    """Run ``consumer`` on valid and edge-case payloads, and on invalid ones when ``invalid`` is set.

    ``consumer`` takes one wire payload (a list of them with ``lists=True``). It must not
    raise on anything the contract allows; with ``invalid=True`` it must reject every
    payload that breaks the contract by raising one of ``rejects``. ``contract`` is the
    version to verify against (default: the pytest option ``--novu-contract``, else 0.7.0):
    ``contract="3.x"`` shows what the next API version breaks. ``constraints`` go to
    ``integration_payloads`` (e.g. ``channel="email"``). Raises ``ConsumerContractError``
    with the minimal failing payload, its named edge cases and an ``@example`` line.
    """
    __tracebackhide__ = True  # pytest: show the report, not this function's source
    if invalid and not rejects:
        raise TypeError("invalid=True needs rejects=<the exception type(s) your consumer raises on bad data>")
    version = contract or _DEFAULT_CONTRACT.get()
    constraints["contract"] = version
    strategy: st.SearchStrategy[Any] = (
        integration_lists(**constraints) if lists else integration_payloads(**constraints)
    )
    name = getattr(consumer, "__qualname__", repr(consumer))
    failure: list[tuple[Any, BaseException]] = []

    @_settings(max_examples)
    @given(strategy)
    def valid(payload: Any) -> None:
        try:
            consumer(copy.deepcopy(payload))
        except Exception as error:
            failure[:] = [(payload, error)]
            raise

    try:
        _run(valid, seed)
    except Exception as error:
        payload, cause = failure[0] if failure else (None, error)
        raise ConsumerContractError(
            f"{name} failed on a payload the contract allows", payload, cause, contract=version
        ) from error

    for edge_case, payload in edge_case_examples(contract=version):
        argument = [payload] if lists else payload
        try:
            consumer(copy.deepcopy(argument))
        except Exception as error:
            summary = f"{name} failed on the named edge case {edge_case!r}"
            raise ConsumerContractError(summary, argument, error, contract=version) from error

    if invalid:
        _verify_rejections(consumer, name, rejects, max_examples, seed, lists, version)


def _verify_rejections(
    consumer: Consumer,
    name: str,
    rejects: Rejections,
    max_examples: int | None,
    seed: int | None,
    lists: bool,
    version: str,
) -> None:
    __tracebackhide__ = True
    failure: list[tuple[Any, BaseException | None, ExpectedViolation]] = []

    @_settings(max_examples)
    @given(invalid_payloads(contract=version))
    def invalid(case: tuple[Any, ExpectedViolation]) -> None:
        payload, expected = case
        argument = [payload] if lists else payload
        try:
            consumer(copy.deepcopy(argument))
        except rejects:
            return
        except Exception as error:
            failure[:] = [(argument, error, expected)]
            raise
        failure[:] = [(argument, None, expected)]
        raise AssertionError("accepted a payload that breaks the contract")

    try:
        _run(invalid, seed)
    except Exception as error:
        if not failure:
            raise
        argument, cause, expected = failure[0]
        wanted = rejects.__name__ if isinstance(rejects, type) else " or ".join(r.__name__ for r in rejects)
        what = "crashed on" if cause is not None else "accepted"
        summary = f"{name} {what} a payload that breaks the contract instead of raising {wanted}"
        raise ConsumerContractError(
            summary,
            argument,
            cause,
            expected=f"{expected.code.value} at {expected.path or '/'}",
            contract=version,
        ) from error


@overload
def consumer_test(consumer: Consumer, **options: Any) -> Callable[[], None]: ...
@overload
def consumer_test(consumer: None = None, **options: Any) -> Callable[[Consumer], Callable[[], None]]: ...
def consumer_test(
    consumer: Consumer | None = None, **options: Any
) -> Callable[[], None] | Callable[[Consumer], Callable[[], None]]:
    """A pytest test that runs ``verify_consumer`` on ``consumer``; also usable as a decorator.

    ``test_handler = consumer_test(handle)``, or::

        @consumer_test(invalid=True, rejects=ValueError)
        def test_handle(payload):
            handle(payload)
    """

    def make(function: Consumer) -> Callable[[], None]:
        @functools.wraps(function)
        def test() -> None:
            __tracebackhide__ = True
            verify_consumer(function, **options)

        # pytest must not treat the wrapped function's ``payload`` parameter as a fixture.
        del test.__wrapped__
        test.__signature__ = None  # type: ignore[attr-defined]
        return test

    return make(consumer) if consumer is not None else make
