"""Fixtures of the interaction tests: a guard that fails any test opening a socket."""

from __future__ import annotations

import socket

import pytest


class SocketOpenedError(AssertionError):
    """A test that promised to stay in process reached for the network."""


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every attempt to connect a socket fails the test: in-process mocks must never need one."""

    def refuse(self: socket.socket, *args: object) -> None:
        raise SocketOpenedError(f"a socket tried to connect to {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
