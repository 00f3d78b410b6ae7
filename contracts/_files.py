"""Writing files so that a reader never sees half of one, even if the writer is interrupted."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from os import close, fchmod  # by name: the write path below is what tests swap `os` out in
from os import umask as os_umask
from pathlib import Path

_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process umask (read without changing it where ``/proc`` tells it)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text("ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    with _UMASK_LOCK:  # elsewhere: set and restore, the only portable way to read it
        umask = os_umask(0o022)
        os_umask(umask)
    return umask


def write_atomically(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same directory and a rename.

    The file gets permission bits ``mode`` if given, else what ``open()`` would give a new
    file: ``0o666`` less the umask (``tempfile`` alone would leave it ``0o600``).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            fchmod(descriptor, 0o666 & ~current_umask() if mode is None else mode)
        except BaseException:
            close(descriptor)
            raise
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:  # KeyboardInterrupt included: leave no temporary file behind
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
