"""``NovuStateMachine``: it passes on the stub, and each server invariant catches a stub that breaks it."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import rule, run_state_machine_as_test

from strategies import NovuStateMachine, ServerInvariantError, novu_state_machine
from strategies._stateful import _ticking_clock
from strategies._stub import NovuStub
from strategies._stub_core import StubAnswer, StubCall

QUICK = settings(
    max_examples=40,
    deadline=None,
    database=None,
    phases=[phase for phase in Phase if phase is not Phase.explain],
    suppress_health_check=list(HealthCheck),
    report_multiple_bugs=False,
)
Json = dict[str, Any]
Breakage = Callable[[NovuStub, StubCall, Json], Json]


def test_the_machine_passes_on_the_stub() -> None:
    run_state_machine_as_test(NovuStateMachine, settings=QUICK)  # type: ignore[no-untyped-call,unused-ignore]


def test_the_machine_passes_through_the_respx_transport(no_sockets: None) -> None:
    class ViaRespx(NovuStateMachine):
        transport = "respx"

    run_state_machine_as_test(ViaRespx, settings=settings(QUICK, max_examples=10))  # type: ignore[no-untyped-call,unused-ignore]


def test_a_requests_consumer_through_the_responses_transport(no_sockets: None) -> None:
    import requests

    class RequestsMirror(NovuStateMachine):
        transport = "responses"

        def __init__(self) -> None:
            super().__init__()
            self.mirrored: list[str] = []

        def consumer_sync(self) -> None:
            reply = requests.get(
                f"{self.base_url}/v1/integrations", headers={"Authorization": f"ApiKey {self.api_key}"}
            )
            reply.raise_for_status()
            self.mirrored = [item["_id"] for item in reply.json()["data"]]

        def check_consumer(self, integrations: list[Json]) -> None:
            assert self.mirrored == [item["_id"] for item in integrations]

    run_state_machine_as_test(RequestsMirror, settings=settings(QUICK, max_examples=10))  # type: ignore[no-untyped-call,unused-ignore]


# --- a stub that breaks one rule of the server: every invariant must notice --------------------


def _listing(call: StubCall) -> bool:
    """Both lists: each breakage changes items alike in both, so only its own invariant trips."""
    return call.method == "GET" and call.target in ("/v1/integrations", "/v1/integrations/active")


def lists_deleted(stub: NovuStub, call: StubCall, body: Json) -> Json:
    if call.target == "/v1/integrations":
        body["data"] += [{**r, "deleted": True} for r in stub.integrations() if r["deleted"]]
    return body


def forgets_the_first(stub: NovuStub, call: StubCall, body: Json) -> Json:
    if _listing(call):
        first = min((record["_id"] for record in stub.integrations()), default=None)
        body["data"] = [item for item in body["data"] if item["_id"] != first]
    return body


def all_active_email_primary(stub: NovuStub, call: StubCall, body: Json) -> Json:
    if _listing(call):
        for item in body["data"]:
            item["primary"] = item["primary"] or (item["channel"] == "email" and item["active"])
    return body


def chat_primary(stub: NovuStub, call: StubCall, body: Json) -> Json:
    if _listing(call):
        for item in body["data"]:
            item["primary"] = item["primary"] or item["channel"] == "chat"
    return body


def one_identifier(stub: NovuStub, call: StubCall, body: Json) -> Json:
    if _listing(call):
        for item in body["data"]:
            item["identifier"] = "same"
    return body


def moving_created_at(stub: NovuStub, call: StubCall, body: Json) -> Json:
    if _listing(call):
        for item in body["data"]:
            item["createdAt"] = f"2020-01-01T00:00:{len(stub.integrations()) % 60:02d}.000Z"
    return body


def all_listed_as_active(stub: NovuStub, call: StubCall, body: Json) -> Json:
    if call.target == "/v1/integrations/active":
        return {"data": [r for r in stub.integrations() if not r["deleted"]]}
    return body


def breaks_the_contract(stub: NovuStub, call: StubCall, body: Json) -> Json:
    if _listing(call):
        for item in body["data"]:
            item["active"] = "yes"
    return body


BREAKAGES: dict[str, tuple[Breakage, str]] = {
    "lists deleted integrations": (lists_deleted, "is listed twice|listed as deleted"),
    "forgets a live integration": (forgets_the_first, "no longer listed"),
    "two active primaries": (all_active_email_primary, "active primaries in email"),
    "a primary where none exists": (chat_primary, "is primary in chat, which has none"),
    "duplicate identifiers": (one_identifier, "identifier 'same' is used twice"),
    "a field kept for life changes": (moving_created_at, "changed a field it keeps for life"),
    "the active list is not the active part": (all_listed_as_active, "not the active part of the list"),
    "breaks the contract": (breaks_the_contract, "breaks the contract"),
}


def machine_with(breakage: Callable[[NovuStub, StubCall, Json], Json]) -> type[NovuStateMachine]:
    class BrokenStub(NovuStub):
        def answer(self, call: StubCall) -> StubAnswer:
            answer = super().answer(call)
            if answer.status != 200 or not answer.body:
                return answer
            body = breakage(self, call, json.loads(answer.body))
            return attrs.evolve(answer, body=json.dumps(body).encode())

    class Machine(NovuStateMachine):
        def make_stub(self) -> NovuStub:
            return BrokenStub(seed=0, clock=_ticking_clock())  # deterministic, so replays agree

    return Machine


@pytest.mark.parametrize(("breakage", "message"), BREAKAGES.values(), ids=list(BREAKAGES))
def test_each_invariant_catches_a_stub_that_breaks_it(breakage: Breakage, message: str) -> None:
    with pytest.raises(ServerInvariantError, match=message):
        run_state_machine_as_test(machine_with(breakage), settings=QUICK)  # type: ignore[no-untyped-call,unused-ignore]


def test_a_refused_write_must_change_nothing() -> None:
    class AppliesThenRefuses(NovuStub):
        def answer(self, call: StubCall) -> StubAnswer:
            answer = super().answer(call)
            return attrs.evolve(answer, status=400) if call.method == "PUT" else answer

    class Machine(NovuStateMachine):
        def make_stub(self) -> NovuStub:
            return AppliesThenRefuses(seed=0, clock=_ticking_clock())  # deterministic, so replays agree

    with pytest.raises(ServerInvariantError, match=r"was refused \(400\) but changed the list"):
        run_state_machine_as_test(Machine, settings=QUICK)  # type: ignore[no-untyped-call,unused-ignore]


def test_a_server_error_fails_the_step() -> None:
    class Crashes(NovuStub):
        def answer(self, call: StubCall) -> StubAnswer:
            answer = super().answer(call)
            return attrs.evolve(answer, status=500) if call.method == "DELETE" else answer

    class Machine(NovuStateMachine):
        def make_stub(self) -> NovuStub:
            return Crashes(seed=0, clock=_ticking_clock())  # deterministic, so replays agree

    with pytest.raises(ServerInvariantError, match=r"DELETE /v1/integrations/[0-9a-f]{24} answered 500"):
        run_state_machine_as_test(Machine, settings=QUICK)  # type: ignore[no-untyped-call,unused-ignore]


def test_failures_shrink_to_a_short_readable_program() -> None:
    with pytest.raises(ServerInvariantError) as raised:
        # Derandomized: the same shrunk program on every run, so its length is a fixed fact.
        run_state_machine_as_test(machine_with(lists_deleted), settings=settings(QUICK, derandomize=True))  # type: ignore[no-untyped-call,unused-ignore]
    steps = [
        line.strip()
        for note in getattr(raised.value, "__notes__", [])
        for line in note.splitlines()
        if line.strip().startswith(("state.", "integrations_")) and "invariants" not in line
    ]
    # Create one, delete it: the deleted one is listed. Hypothesis' shrinker sometimes leaves a few
    # no-op steps (each turned into the simplest rule, activate) it cannot delete; still short.
    assert len(steps) <= 8, steps
    assert steps[0].startswith("integrations_0 = state.create(")
    assert any(step.startswith("state.delete(integration=integrations_0,") for step in steps)


# --- the consumer hooks -----------------------------------------------------------------------


class Counting(NovuStateMachine):
    syncs: ClassVar[list[int]] = []

    def consumer_sync(self) -> None:
        type(self).syncs.append(len(self.listed()))

    def check_consumer(self, integrations: list[Json]) -> None:
        live = [record for record in self.stub.integrations() if not record["deleted"]]
        assert [item["_id"] for item in integrations] == [record["_id"] for record in live]


def test_the_consumer_runs_between_writes_and_is_checked_against_the_list() -> None:
    Counting.syncs.clear()
    run_state_machine_as_test(Counting, settings=QUICK)  # type: ignore[no-untyped-call,unused-ignore]
    assert Counting.syncs
    assert max(Counting.syncs) > 0  # Some syncs saw integrations the machine had created.


@given(
    rule_name=st.sampled_from(["update", "activate", "deactivate", "add_condition", "set_primary", "delete"])
)
def test_a_write_with_then_sync_runs_the_consumer_right_after_it(rule_name: str) -> None:
    # A parameter of every write, so swarm testing (which turns whole rules off) cannot drop the syncs.
    Counting.syncs.clear()
    machine = Counting()
    try:
        created = machine.create(provider_id="sendgrid", active=True, identifier=None, then_sync=False)
        assert Counting.syncs == []
        machine.create(provider_id="slack", active=True, identifier=None, then_sync=True)
        assert Counting.syncs == [2]
        write = getattr(machine, rule_name)
        write(
            **({"name": "Mail", "identifier": None} if rule_name == "update" else {}),
            integration=created,
            then_sync=False,
        )
        assert Counting.syncs == [2]
        write(
            **({"name": "Billing", "identifier": None} if rule_name == "update" else {}),
            integration=created,
            then_sync=True,
        )
        assert Counting.syncs == [2, 1 if rule_name == "delete" else 2]
    finally:
        machine.teardown()


def test_without_a_consumer_then_sync_does_nothing() -> None:
    class CheckOnly(NovuStateMachine):  # no consumer_sync: nothing to sync, so nothing to check
        def check_consumer(self, integrations: list[Json]) -> None:
            raise AssertionError("checked a consumer that never synced")

    machine = CheckOnly()
    try:
        machine.create(provider_id="sendgrid", active=True, identifier=None, then_sync=True)
    finally:
        machine.teardown()


def test_without_a_consumer_no_sync_step_is_taken() -> None:
    class Plain(NovuStateMachine):
        @rule()
        def sync_consumer(self) -> None:
            raise AssertionError("unreachable: the base machine's sync rule must not run")

    # The base machine's precondition keeps its own sync rule off; a rule a user adds runs.
    with pytest.raises(AssertionError, match="unreachable"):
        run_state_machine_as_test(Plain, settings=QUICK)  # type: ignore[no-untyped-call,unused-ignore]
    run_state_machine_as_test(NovuStateMachine, settings=settings(QUICK, max_examples=5))  # type: ignore[no-untyped-call,unused-ignore]


def test_the_factory_wires_consumer_sync_and_invariant() -> None:
    seen: list[tuple[int, int]] = []

    def invariant(consumer: list[Json], integrations: list[Json]) -> None:
        seen.append((len(consumer), len(integrations)))
        assert consumer == integrations

    machine = novu_state_machine(
        consumer=lambda machine: [],
        sync=lambda mirror: None,
        invariant=invariant,
        name="EmptyMirror",
    )
    assert machine.__name__ == "EmptyMirror"
    with pytest.raises(AssertionError):
        run_state_machine_as_test(machine, settings=QUICK)  # type: ignore[no-untyped-call,unused-ignore]
    assert seen[-1][0] == 0 < seen[-1][1]  # It failed once the stub listed something.


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"consumer": None}, TypeError, "consumer must be callable, got None"),
        ({"sync": "sync"}, TypeError, "sync must be callable, got 'sync'"),
        ({"name": "my machine"}, ValueError, "name must be a Python identifier"),
    ],
)
def test_the_factory_refuses_bad_arguments(
    arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    valid: dict[str, Any] = {"consumer": list, "sync": len, "invariant": print}
    with pytest.raises(error, match=message):
        novu_state_machine(**{**valid, **arguments})


def test_the_explain_phase_is_off_by_default_and_the_profile_kept() -> None:
    class Sub(NovuStateMachine):
        pass

    assert Phase.explain not in Sub.TestCase.settings.phases
    assert Phase.shrink in Sub.TestCase.settings.phases
    assert Sub.TestCase.settings.max_examples == settings().max_examples
    assert Sub.TestCase.settings.deadline is None
