"""Running a server from the command line until Ctrl-C or SIGTERM (``serve`` and ``proxy``)."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from types import FrameType


def run_until_signalled(command: str, url: str, banner: str, stop: Callable[[], None]) -> int:
    """Print ``url`` (stdout) and ``banner`` (stderr), wait for SIGINT or SIGTERM, ``stop()``; exit 0."""
    stopping = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stopping.set()

    # Handlers instead of KeyboardInterrupt: Ctrl-C and SIGTERM are the normal way to stop, so exit 0.
    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        print(url, flush=True)
        print(f"novu-contracts {command}: {banner}; Ctrl-C to stop", file=sys.stderr, flush=True)
        while not stopping.wait(0.5):
            pass  # A timed wait lets the signal handlers run promptly on every platform.
    finally:
        stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(f"novu-contracts {command}: stopped", file=sys.stderr)
    return 0
