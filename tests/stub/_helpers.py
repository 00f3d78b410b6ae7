"""Shared helpers of the stub tests: a stepping clock, an in-process JSON client, envelope checks."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

import contracts
from strategies._stub import NovuStub
from strategies._stub_core import StubAnswer, StubCall

OBJECT_ID = re.compile(r"[0-9a-f]{24}")
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
KEY = "test-key"
AUTH = {"Authorization": f"ApiKey {KEY}"}


class Clock:
    """A clock that moves one second per reading, so timestamps are deterministic and distinct."""

    def __init__(self) -> None:
        self.now = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def valid(item: Any) -> bool:
    """Whether ``item`` passes the contract (unknown keys, which the real API sends too, allowed)."""
    return contracts.check(item, unknown_keys="ignore") == []


@attrs.frozen
class Reply:
    """A decoded ``StubAnswer``: status, headers and the JSON body."""

    status: int
    json: Any
    answer: StubAnswer

    @property
    def data(self) -> Any:
        """The envelope's content, after checking the envelope."""
        assert isinstance(self.json, dict), (self.status, self.json)
        assert set(self.json) == {"data"}, (self.status, self.json)
        return self.json["data"]

    @property
    def message(self) -> str:
        assert self.status >= 400, self.json
        message: str = self.json["message"]
        return message


class Api:
    """A JSON client of ``NovuStub.answer``: no socket, the stub's key sent unless told otherwise."""

    def __init__(self, stub: NovuStub, *, authorization: str | None = f"ApiKey {KEY}") -> None:
        self.stub = stub
        self.authorization = authorization

    def __call__(self, method: str, target: str, body: Any = None, *, raw: bytes | None = None) -> Reply:
        headers = {"Authorization": self.authorization} if self.authorization is not None else {}
        content = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        answer = self.stub.answer(StubCall(method, target, headers, content))
        return Reply(answer.status, json.loads(answer.body) if answer.body else None, answer)

    def create(self, **body: Any) -> dict[str, Any]:
        reply = self("POST", "/v1/integrations", body)
        assert reply.status == 201, reply.json
        created: dict[str, Any] = reply.data
        return created

    def listed(self, path: str = "/v1/integrations") -> list[dict[str, Any]]:
        reply = self("GET", path)
        assert reply.status == 200, reply.json
        items: list[dict[str, Any]] = reply.data
        return items

    def get(self, integration_id: str) -> dict[str, Any]:
        return next(i for i in self.listed() if i["_id"] == integration_id)
