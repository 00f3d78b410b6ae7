"""Is the ``contracts`` package on ``sys.path`` ours?  (A common name: another package may shadow it.)"""

from __future__ import annotations

import importlib.util
from pathlib import Path

OURS = Path(__file__).resolve().parent.parent / "contracts"


def foreign_contracts_package() -> Path | None:
    """The location of a ``contracts`` package that is not novu-contracts' own, else ``None``.

    Looked up without importing it (``find_spec`` of a top-level name imports nothing).
    """
    spec = importlib.util.find_spec("contracts")
    origin = Path(spec.origin).resolve().parent if spec and spec.origin else None
    if origin == OURS:
        return None
    return origin if origin is not None else Path("<not found>")
