"""The official TypeScript SDK, ``@novu/api`` 1.0.0, against the HTTP stub (optional: needs node).

Skipped unless ``node`` runs and ``@novu/api`` is installed in the ``node_modules`` folder named by
``NOVU_CONTRACTS_NODE_MODULES`` (or the global one): tests never reach a registry. Like novu-py,
@novu/api rejects the real server's 201 from set-primary and its write replies without
``credentials``, so those two steps fail against the default (real-server) mode only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from strategies._stub import NovuStub

SCRIPT = Path(__file__).parent / "node" / "integrations.mjs"
KEY = "node-test-key"


def node_modules() -> Path | None:
    """A ``node_modules`` folder holding ``@novu/api``, or ``None``."""
    if shutil.which("node") is None:
        return None
    candidates = [os.environ.get("NOVU_CONTRACTS_NODE_MODULES", "")]
    if shutil.which("npm") is not None:
        found = subprocess.run(["npm", "root", "-g"], capture_output=True, text=True, timeout=60, check=False)
        candidates.append(found.stdout.strip())
    for candidate in filter(None, candidates):
        if (Path(candidate) / "@novu" / "api" / "package.json").is_file():
            return Path(candidate)
    return None


MODULES = node_modules()
pytestmark = pytest.mark.skipif(
    MODULES is None, reason="node or @novu/api (NOVU_CONTRACTS_NODE_MODULES) missing"
)


@pytest.mark.parametrize("contract_only", [False, True], ids=["real-server-quirks", "contract-only"])
def test_novu_api_drives_the_integrations_api(tmp_path: Path, contract_only: bool) -> None:
    assert MODULES is not None
    (tmp_path / "node_modules").symlink_to(MODULES, target_is_directory=True)
    script = tmp_path / SCRIPT.name
    shutil.copyfile(SCRIPT, script)
    with NovuStub(seed=3, secret_key=KEY, contract_only=contract_only) as stub:
        stub.seed_generated(3, seed=3, edge_cases=False)
        result = subprocess.run(
            ["node", str(script), stub.url, KEY, str(contract_only).lower()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=tmp_path,
        )
    assert result.returncode == 0, result.stderr
    steps = {line["step"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert steps["list"] == {"step": "list", "ok": True, "count": 3}
    assert steps["create"]["ok"]
    assert steps["create"]["primary"] is True
    assert steps["update"] == {"step": "update", "ok": True, "name": "Mail"}
    assert steps["list-active"]["ok"]
    # the push integration remains in both modes: in the default one @novu/api failed only to parse it
    assert steps["delete"] == {"step": "delete", "ok": True, "count": 1}
    assert steps["wrong-key"] == {"step": "wrong-key", "ok": False, "error": "ErrorDto", "status": 401}
    if contract_only:
        assert steps["set-primary"] == {"step": "set-primary", "ok": True, "primary": True}
        assert steps["create-without-credentials"]["ok"]
    else:
        assert steps["set-primary"] == {
            "step": "set-primary",
            "ok": False,
            "error": "SDKError",
            "status": 201,
        }
        assert steps["create-without-credentials"]["error"] == "SDKValidationError"
