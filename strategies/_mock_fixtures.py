"""pytest fixtures of the in-process mocks, declared by the plugin; they import nothing until used.

Override ``novu_base_urls`` in a ``conftest.py`` to intercept your own Novu URL as well.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from strategies._stub import NovuStub


@pytest.fixture
def novu_base_urls() -> tuple[str, ...]:
    """The base URLs ``novu_respx`` and ``novu_responses`` intercept (default: Novu's US and EU API)."""
    from strategies._mock import DEFAULT_BASE_URLS

    return DEFAULT_BASE_URLS


@pytest.fixture
def novu_respx(novu_base_urls: tuple[str, ...]) -> Iterator[NovuStub]:
    """An empty stub answering every httpx client (novu-py's too) in process; needs the respx extra."""
    pytest.importorskip("respx", reason="novu_respx needs respx: pip install 'novu-contracts[respx]'")
    from strategies._mock import mock_novu

    with mock_novu(transport="respx", base_urls=novu_base_urls) as stub:
        yield stub


@pytest.fixture
def novu_responses(novu_base_urls: tuple[str, ...]) -> Iterator[NovuStub]:
    """An empty stub answering every ``requests`` call in process; needs the responses extra."""
    pytest.importorskip(
        "responses", reason="novu_responses needs responses: pip install 'novu-contracts[responses]'"
    )
    from strategies._mock import mock_novu

    with mock_novu(transport="responses", base_urls=novu_base_urls) as stub:
        yield stub
