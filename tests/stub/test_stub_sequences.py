"""Random sequences of calls: never a 500 from the stub itself, every reply within the contract."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import contracts
from strategies._stub import NovuStub
from tests.stub._helpers import KEY, Api

PROVIDERS = st.sampled_from(
    [("sendgrid", "email"), ("mailgun", "email"), ("twilio", "sms"), ("slack", "chat")]
)
BODIES = st.fixed_dictionaries(
    {},
    optional={
        "active": st.booleans(),
        "name": st.sampled_from(["", "N"]),
        "identifier": st.sampled_from(["a", "b"]),
        "credentials": st.sampled_from([{}, {"apiKey": "<k>"}]),
        "conditions": st.just([]),
        "_environmentId": st.sampled_from(["e" * 24, "f" * 24]),
    },
)
CALLS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), PROVIDERS, BODIES),
        st.tuples(st.just("update"), st.integers(0, 5), BODIES),
        st.tuples(st.just("set-primary"), st.integers(0, 5), st.none()),
        st.tuples(st.just("delete"), st.integers(0, 5), st.none()),
        st.tuples(st.just("list"), st.none(), st.none()),
    ),
    max_size=15,
)


def within_contract(item: Any) -> bool:
    written = item if "credentials" in item else {**item, "credentials": {}}  # the known quirk
    return contracts.check(written, unknown_keys="ignore") == []


@settings(max_examples=60, deadline=None)
@given(calls=CALLS, contract_only=st.booleans())
def test_any_sequence_keeps_the_stub_sound(calls: list[tuple[str, Any, Any]], contract_only: bool) -> None:
    api = Api(NovuStub(secret_key=KEY, contract_only=contract_only))
    ids: list[str] = []
    for kind, target, body in calls:
        if kind == "create":
            (provider, channel) = target
            reply = api("POST", "/v1/integrations", {"providerId": provider, "channel": channel, **body})
        elif kind == "list":
            reply = api("GET", "/v1/integrations")
        elif not ids:
            continue
        else:
            integration = ids[target % len(ids)]
            path = f"/v1/integrations/{integration}" + ("/set-primary" if kind == "set-primary" else "")
            method = {"update": "PUT", "set-primary": "POST", "delete": "DELETE"}[kind]
            reply = api(method, path, body)
        assert reply.status < 500, reply.json
        if reply.status < 300:
            data = reply.data
            assert all(within_contract(item) for item in (data if isinstance(data, list) else [data]))
            if kind == "create":
                ids.append(data["_id"])
    live = api.listed()
    assert len({item["_id"] for item in live}) == len(live)
    assert all(item["deleted"] is False for item in live)
