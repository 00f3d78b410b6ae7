"""The ``no_sockets`` guard is real: with it, even the stub's own HTTP server cannot be reached."""

from __future__ import annotations

import httpx
import pytest

from strategies._stub import NovuStub
from tests.interact.conftest import SocketOpenedError


def test_the_guard_refuses_a_real_connection(no_sockets: None) -> None:
    with NovuStub() as stub, pytest.raises(SocketOpenedError):
        httpx.get(f"{stub.url}/v1/integrations")
