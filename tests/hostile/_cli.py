"""Running the real console script under a shell, for what only a shell sets up (``<&-``, ``umask``)."""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

from tests.fixtures._helpers import cli_command


def run_shell(
    line: str, *, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``line`` with ``sh``; ``{cli}`` in it stands for the installed ``novu-contracts``."""
    return subprocess.run(
        ["sh", "-c", line.format(cli=shlex.join(cli_command()))],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> bool:
    return "Traceback" not in result.stderr and "Traceback" not in result.stdout
