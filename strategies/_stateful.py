"""Stateful tests: random sequences of integration writes against the stub, checked after every step.

    class MirrorMachine(NovuStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.mirror = Mirror(self.novu_client())

        def consumer_sync(self) -> None:
            self.mirror.sync()

        def check_consumer(self, integrations: list[dict[str, Any]]) -> None:
            assert self.mirror.ids() == {item["_id"] for item in integrations}

    TestMirror = MirrorMachine.TestCase

The machine talks to the stub in process (``NovuStub.answer``), so hundreds of runs take seconds.
A failure shrinks to a short program of the rules below, e.g. ``integrations_0 =
state.create(active=True, identifier=None, provider_id='sendgrid', then_sync=True)`` then
``state.deactivate(integration=integrations_0, then_sync=True)``: a write drawn with
``then_sync=True`` runs the consumer's sync right after it.
"""

from __future__ import annotations

import contextlib
import itertools
import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Final, Generic, TypeVar

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    multiple,
    precondition,
    rule,
)

from contracts import check
from contracts._models import Channel
from contracts._reading import encode
from strategies._mock import DEFAULT_BASE_URLS, Transport
from strategies._providers import provider
from strategies._stub import NovuStub
from strategies._stub_core import StubCall
from strategies._stub_routes import CHANNELS_WITH_PRIMARY

if TYPE_CHECKING:
    import httpx
    import novu_py

JsonDict = dict[str, Any]
ConsumerT = TypeVar("ConsumerT")


# What an integration keeps for life, whatever is written to it (SERVER-SEMANTICS: PUT ignores
# providerId and channel; soft delete keeps the record).
_FIXED_KEYS: Final = ("_id", "_organizationId", "providerId", "channel", "createdAt")
_CONDITION: Final = {
    "isNegated": False,
    "type": "BOOLEAN",
    "value": "AND",
    "children": [{"field": "tier", "value": "gold", "operator": "EQUAL", "on": "subscriber"}],
}
_NAMES = st.sampled_from(["Mail", "Alerts", "Billing", "Ünïcode ✉"])
# Two providers of each channel with a primary, and two without; each one's channel comes from
# Novu's provider list. Few identifiers, so that they collide (409).
_PROVIDER_IDS: Final = ("sendgrid", "mailgun", "twilio", "plivo", "slack", "fcm")
_IDENTIFIERS: Final = ("billing", "alerts")
# Every write may run the consumer's sync right after it. A parameter, not only the sync_consumer
# rule: Hypothesis' swarm testing turns whole rules off per run, and a run without the sync rule (half
# of them) or without create (then nothing but syncs) could never catch a consumer bug. Measured on the
# example project's sticky-primary mirror, 300 seeds: see CHANGELOG.
_THEN_SYNC: Final = st.booleans()


def _ticking_clock() -> Callable[[], datetime]:
    """A clock one second later at every reading: stub timestamps independent of the wall clock."""
    ticks = itertools.count()
    start = datetime(2025, 1, 1, tzinfo=UTC)
    return lambda: start + timedelta(seconds=next(ticks))


class ServerInvariantError(AssertionError):
    """The stub broke a rule of the real server: names the rule and the integrations involved."""


class NovuStateMachine(RuleBasedStateMachine):
    """Random create / update / activate / deactivate / set-primary / delete against a stub.

    After every step it checks what the real server guarantees (SERVER-SEMANTICS.md): listed
    integrations pass the contract; deleted ones are never listed; ids and the fields an
    integration keeps for life are stable; the active list is the list's active part; at most one
    active primary per environment and channel in email and sms, and none elsewhere; identifiers
    unique per environment; a refused write changes nothing.

    Plug in a consumer by overriding ``consumer_sync`` (run as a rule of its own, and right after
    each write drawn with ``then_sync=True``) and ``check_consumer`` (called right after each sync
    with the integrations the API lists), or use ``novu_state_machine``. ``self.stub`` is the stub;
    ``novu_client()`` and ``httpx_client()`` reach it in process. Set ``transport = "respx"`` or
    ``"responses"`` to intercept every httpx or requests client during a run instead.
    """

    transport: ClassVar[Transport | None] = None
    """``"respx"`` / ``"responses"``: intercept every such client (``base_urls``) during a run."""
    base_urls: ClassVar[Sequence[str]] = DEFAULT_BASE_URLS

    integrations = Bundle("integrations")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Hypothesis' explain phase traces every line the client and the stub run, which made
        # shrinking a failure ten times slower (minutes); its report names library lines anyway.
        # Built here, when the test module is imported, so the settings inherit the active profile.
        test_case = cls.TestCase
        phases = [phase for phase in test_case.settings.phases if phase is not Phase.explain]
        test_case.settings = settings(test_case.settings, phases=phases)

    def __init__(self) -> None:
        super().__init__()
        self.stub = self.make_stub()
        self._fixed: dict[str, tuple[Any, ...]] = {}
        self._deleted: set[str] = set()
        self._resources = contextlib.ExitStack()
        if self.transport is not None:
            from strategies._mock import mock_novu

            self._resources.enter_context(
                mock_novu(self.stub, transport=self.transport, base_urls=self.base_urls)
            )

    def make_stub(self) -> NovuStub:
        """The stub of one run: empty, seeded, with a clock that ticks a second per reading.

        Override it to start from stored integrations (``stub.add``) or another stub mode; keep
        the clock off the wall (timestamps decide what a step changes, and a replayed failure
        must change the same).
        """
        return NovuStub(seed=0, clock=_ticking_clock())

    def teardown(self) -> None:
        self._resources.close()

    # --- what a consumer uses ---------------------------------------------------------------

    @property
    def api_key(self) -> str:
        """The API key the machine and its clients send: one the run's stub accepts."""
        return self.stub.authorization.removeprefix("ApiKey ")

    @property
    def base_url(self) -> str:
        """The URL to give a client: the first of ``base_urls``."""
        return self.base_urls[0]

    def httpx_client(self) -> httpx.Client:
        """An ``httpx.Client`` on ``base_url`` answered by the stub in process (closed at teardown)."""
        import httpx

        from strategies._mock_httpx import NovuHttpxTransport

        transport = NovuHttpxTransport(self.stub, base_urls=self.base_urls)
        client = httpx.Client(transport=transport, base_url=self.base_url)
        return self._resources.enter_context(client)

    def async_httpx_client(self) -> httpx.AsyncClient:
        """``httpx_client()`` for async code; an ``httpx.AsyncClient`` on ``base_url``."""
        import httpx

        from strategies._mock_httpx import AsyncNovuHttpxTransport

        transport = AsyncNovuHttpxTransport(self.stub, base_urls=self.base_urls)
        return httpx.AsyncClient(transport=transport, base_url=self.base_url)

    def novu_client(self) -> novu_py.Novu:
        """A ``novu_py.Novu`` client answered by the stub in process (sync and async), without retries."""
        import novu_py
        from novu_py import utils

        no_retries = utils.RetryConfig("none", utils.BackoffStrategy(0, 0, 0, 0), False)
        # Both clients given: novu-py would otherwise build a real AsyncClient (and its TLS context).
        return novu_py.Novu(
            secret_key=self.api_key,
            server_url=self.base_url,
            client=self.httpx_client(),
            async_client=self.async_httpx_client(),
            retry_config=no_retries,
        )

    def consumer_sync(self) -> None:
        """Run the consumer once (e.g. one pass of a sync job). Override it; the default has none."""

    def check_consumer(self, integrations: list[JsonDict]) -> None:
        """Assert the consumer's state against ``integrations`` (what ``GET /v1/integrations`` lists)."""

    def _has_consumer(self) -> bool:
        return type(self).consumer_sync is not NovuStateMachine.consumer_sync

    # --- talking to the stub ----------------------------------------------------------------

    def call(self, method: str, path: str, body: JsonDict | None = None) -> tuple[int, Any]:
        """One request to the stub, in process: its status and parsed JSON body."""
        headers = [("Authorization", self.stub.authorization)]
        raw = b""
        if body is not None:
            headers.append(("Content-Type", "application/json"))
            raw = encode(body)
        answer = self.stub.answer(StubCall(method, path, headers, raw))
        return answer.status, json.loads(answer.body) if answer.body else None

    def listed(self, path: str = "/v1/integrations") -> list[JsonDict]:
        status, body = self.call("GET", path)
        if status != 200:
            raise ServerInvariantError(f"GET {path} answered {status}: {body!r}")
        items: list[JsonDict] = body["data"]
        return items

    def _write(self, method: str, path: str, body: JsonDict | None = None) -> tuple[int, Any]:
        """A write; a refused one (4xx) must leave the listed integrations exactly as they were."""
        before = self.listed()
        status, reply = self.call(method, path, body)
        if status >= 500:
            raise ServerInvariantError(f"{method} {path} answered {status}: {reply!r}")
        if status >= 400 and self.listed() != before:
            raise ServerInvariantError(f"{method} {path} was refused ({status}) but changed the list")
        return status, reply

    def _expect(self, what: str, status: int, reply: Any, *allowed: int) -> None:
        if status not in allowed:
            raise ServerInvariantError(f"{what}: expected status {allowed}, got {status}: {reply!r}")

    def _record(self, integration: str) -> JsonDict:
        """The listed record of a live integration the last write succeeded on."""
        for item in self.listed():
            if item["_id"] == integration:
                return item
        raise ServerInvariantError(f"live integrations are no longer listed: [{integration!r}]")

    # --- rules ------------------------------------------------------------------------------

    @rule(
        target=integrations,
        provider_id=st.sampled_from(_PROVIDER_IDS),
        active=st.booleans(),
        identifier=st.none() | st.sampled_from(_IDENTIFIERS),
        then_sync=_THEN_SYNC,
    )
    def create(self, provider_id: str, active: bool, identifier: str | None, then_sync: bool) -> Any:
        created = self._create(provider_id, active, identifier)
        self._sync_if(then_sync)
        return created

    def _create(self, provider_id: str, active: bool, identifier: str | None) -> Any:
        known = provider(provider_id)
        channel = known.channel.value if known else Channel.EMAIL.value
        body: JsonDict = {"providerId": provider_id, "channel": channel, "active": active}
        if identifier is not None:
            body["identifier"] = identifier
        status, reply = self._write("POST", "/v1/integrations", body)
        self._expect("create", status, reply, 201, 400, 409)
        if status != 201:
            return multiple()
        created = reply["data"]
        new_id = created["_id"]
        if new_id in self._fixed or created.get("id", new_id) != new_id:
            raise ServerInvariantError(f"create gave a reused or inconsistent id: {created!r}")
        if (created["providerId"], created["channel"], created["active"]) != (provider_id, channel, active):
            raise ServerInvariantError(f"create did not store what was sent ({body!r}): {created!r}")
        return new_id

    @rule(
        integration=integrations,
        name=st.none() | _NAMES,
        identifier=st.none() | st.sampled_from(_IDENTIFIERS),
        then_sync=_THEN_SYNC,
    )
    def update(self, integration: str, name: str | None, identifier: str | None, then_sync: bool) -> None:
        body = {key: value for key, value in (("name", name), ("identifier", identifier)) if value}
        status, reply = self._write("PUT", f"/v1/integrations/{integration}", body)
        # 400 "No properties found for update" (nothing to set), 409 an identifier in use.
        self._expect_live_or_404("update", integration, status, reply, 200, 400, 409)
        if status == 200 and name is not None and self._record(integration)["name"] != name:
            raise ServerInvariantError(f"update: {integration} is not listed as {name!r}")
        self._sync_if(then_sync)

    @rule(integration=integrations, then_sync=_THEN_SYNC)
    def activate(self, integration: str, then_sync: bool) -> None:
        self._set_active(integration, True)
        self._sync_if(then_sync)

    @rule(integration=integrations, then_sync=_THEN_SYNC)
    def deactivate(self, integration: str, then_sync: bool) -> None:
        self._set_active(integration, False)
        self._sync_if(then_sync)

    def _set_active(self, integration: str, active: bool) -> None:
        what = "activate" if active else "deactivate"
        status, reply = self._write("PUT", f"/v1/integrations/{integration}", {"active": active})
        self._expect_live_or_404(what, integration, status, reply, 200)
        if status != 200:
            return
        record = self._record(integration)
        if record["active"] is not active:
            raise ServerInvariantError(f"{what}: {integration} is listed with active={record['active']}")
        if not active and record["channel"] in CHANNELS_WITH_PRIMARY and record.get("primary"):
            # SERVER-SEMANTICS, PUT: email/sms, active true->false gives primary:false.
            raise ServerInvariantError(f"deactivate: {integration} is still primary")

    @rule(integration=integrations, then_sync=_THEN_SYNC)
    def add_condition(self, integration: str, then_sync: bool) -> None:
        body = {"conditions": [_CONDITION]}
        status, reply = self._write("PUT", f"/v1/integrations/{integration}", body)
        self._expect_live_or_404("add_condition", integration, status, reply, 200)
        self._sync_if(then_sync)

    @rule(integration=integrations, then_sync=_THEN_SYNC)
    def set_primary(self, integration: str, then_sync: bool) -> None:
        status, reply = self._write("POST", f"/v1/integrations/{integration}/set-primary")
        self._expect_live_or_404("set_primary", integration, status, reply, 200, 201, 400)
        if status in (200, 201):
            self._check_primary(integration)
        self._sync_if(then_sync)

    def _check_primary(self, integration: str) -> None:
        record = self._record(integration)
        if record["channel"] not in CHANNELS_WITH_PRIMARY:
            raise ServerInvariantError(f"set_primary: {record['channel']} has no primary, yet it answered")
        if not (record["primary"] and record["active"]):
            raise ServerInvariantError(f"set_primary: {integration} is not listed as active and primary")

    @rule(integration=integrations, then_sync=_THEN_SYNC)
    def delete(self, integration: str, then_sync: bool) -> None:
        status, reply = self._write("DELETE", f"/v1/integrations/{integration}")
        self._expect_live_or_404("delete", integration, status, reply, 200, 400)
        if status == 200:
            self._deleted.add(integration)
            if integration in {item["_id"] for item in reply["data"]}:
                raise ServerInvariantError(f"delete: the reply still lists {integration}")
        self._sync_if(then_sync)

    @precondition(lambda self: self._has_consumer())
    @rule()
    def sync_consumer(self) -> None:
        self.consumer_sync()
        self.check_consumer(self.listed())

    def _sync_if(self, then_sync: bool) -> None:
        """A write's ``then_sync=True``: the consumer's sync right after it (none without a consumer)."""
        if then_sync and self._has_consumer():
            self.server_invariants()  # so a stub fault is blamed on the stub, not on the consumer
            self.sync_consumer()

    def _expect_live_or_404(self, what: str, integration: str, status: int, reply: Any, *ok: int) -> None:
        """Writes to a deleted integration answer 404; to a live one, one of ``ok``."""
        if integration in self._deleted:
            self._expect(f"{what} of deleted {integration}", status, reply, 404)
        else:
            self._expect(f"{what} of {integration}", status, reply, *ok)

    # --- the server's invariants ------------------------------------------------------------

    @invariant()
    def server_invariants(self) -> None:
        listed = self.listed()
        ids = [item["_id"] for item in listed]
        if len(set(ids)) != len(ids):
            raise ServerInvariantError(f"an integration is listed twice: {ids}")
        for item in listed:
            violations = check(item, unknown_keys="ignore")
            if violations:
                raise ServerInvariantError(f"{item['_id']} breaks the contract: {violations}")
            if item["deleted"] is not False or "deletedAt" in item:
                raise ServerInvariantError(f"{item['_id']} is listed as deleted")
            fixed = tuple(item.get(key) for key in _FIXED_KEYS)
            if self._fixed.setdefault(item["_id"], fixed) != fixed:
                raise ServerInvariantError(f"{item['_id']} changed a field it keeps for life: {fixed}")
        if self._deleted & set(ids):
            raise ServerInvariantError(f"deleted integrations are listed: {sorted(self._deleted & set(ids))}")
        missing = set(self._fixed) - self._deleted - set(ids)
        if missing:
            raise ServerInvariantError(f"live integrations are no longer listed: {sorted(missing)}")
        if self.listed("/v1/integrations/active") != [item for item in listed if item["active"] is True]:
            raise ServerInvariantError("GET /v1/integrations/active is not the active part of the list")
        self._one_primary_per_group(listed)
        self._unique_identifiers(listed)

    @staticmethod
    def _one_primary_per_group(listed: list[JsonDict]) -> None:
        groups: dict[tuple[str, str], list[str]] = {}
        for item in listed:
            if not item.get("primary"):
                continue
            if item["channel"] not in CHANNELS_WITH_PRIMARY:
                raise ServerInvariantError(f"{item['_id']} is primary in {item['channel']}, which has none")
            if item["active"]:
                groups.setdefault((item["_environmentId"], item["channel"]), []).append(item["_id"])
        for (environment, channel), primaries in groups.items():
            if len(primaries) > 1:
                raise ServerInvariantError(
                    f"{len(primaries)} active primaries in {channel}"
                    f" of environment {environment}: {primaries}"
                )

    @staticmethod
    def _unique_identifiers(listed: list[JsonDict]) -> None:
        seen: dict[tuple[str, str], str] = {}
        for item in listed:
            key = (item["_environmentId"], item["identifier"])
            if key in seen:
                raise ServerInvariantError(
                    f"identifier {item['identifier']!r} is used twice in environment"
                    f" {item['_environmentId']}: {seen[key]} and {item['_id']}"
                )
            seen[key] = item["_id"]


class _ConsumerMachine(NovuStateMachine, Generic[ConsumerT]):
    """What ``novu_state_machine`` builds: the consumer's parts as class attributes."""

    make_consumer: ClassVar[Callable[[NovuStateMachine], Any]]
    sync: ClassVar[Callable[[Any], object]]
    relation: ClassVar[Callable[[Any, list[JsonDict]], object]]

    def __init__(self) -> None:
        super().__init__()
        self.consumer: ConsumerT = type(self).make_consumer(self)

    def consumer_sync(self) -> None:
        type(self).sync(self.consumer)

    def check_consumer(self, integrations: list[JsonDict]) -> None:
        type(self).relation(self.consumer, integrations)


def novu_state_machine(
    *,
    consumer: Callable[[NovuStateMachine], ConsumerT],
    sync: Callable[[ConsumerT], object],
    invariant: Callable[[ConsumerT, list[JsonDict]], object],
    transport: Transport | None = None,
    name: str = "NovuConsumerMachine",
) -> type[NovuStateMachine]:
    """A ``NovuStateMachine`` for one consumer; use its ``.TestCase`` as a test.

    ``consumer(machine)`` builds the consumer for a run (``machine.novu_client()`` gives it a
    client); ``sync(consumer)`` runs it once; ``invariant(consumer, integrations)`` asserts its
    state against what the API lists, right after each sync.
    """
    for label, value in (("consumer", consumer), ("sync", sync), ("invariant", invariant)):
        if not callable(value):
            raise TypeError(f"{label} must be callable, got {value!r}")
    if not name.isidentifier():
        raise ValueError(f"name must be a Python identifier (it names the test), got {name!r}")
    namespace = {
        "make_consumer": staticmethod(consumer),
        "sync": staticmethod(sync),
        "relation": staticmethod(invariant),
        "transport": transport,
        "__doc__": f"State machine of {getattr(consumer, '__qualname__', consumer)!s}.",
    }
    return type(name, (_ConsumerMachine,), namespace)
