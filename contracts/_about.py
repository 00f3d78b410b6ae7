"""This library's own version (not a contract's)."""

from __future__ import annotations


def library_version() -> str:
    """The installed novu-contracts version (of this library, not of a contract)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("novu-contracts")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
        return "0+unknown"
