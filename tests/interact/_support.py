"""Shared values of the interaction tests."""

from __future__ import annotations

from typing import Final

API_KEY: Final = "fake-key"  # The mocks accept what the stub's HTTP server accepts; never a real key.
