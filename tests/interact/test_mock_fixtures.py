"""The ``novu_respx`` / ``novu_responses`` fixtures, through ``pytester`` as a user meets them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

MOCK_LIBRARIES = ("httpx", "respx", "requests", "responses")


def run(pytester: pytest.Pytester) -> pytest.RunResult:
    return pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-p", "no:randomly", "-n", "0", timeout=120
    )


def test_the_fixtures_answer_from_an_empty_stub(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import httpx
        import requests

        AUTH = {"Authorization": "ApiKey k"}


        def test_respx(novu_respx):
            reply = httpx.post(
                "https://api.novu.co/v1/integrations",
                json={"providerId": "fcm", "channel": "push"},
                headers=AUTH,
            )
            assert reply.status_code == 201
            assert [r["providerId"] for r in novu_respx.integrations()] == ["fcm"]


        def test_responses(novu_responses):
            reply = requests.get("https://eu.api.novu.co/v1/integrations", headers=AUTH)
            assert (reply.status_code, reply.json()) == (200, {"data": []})
            assert [r.path for r in novu_responses.requests] == ["/v1/integrations"]
        """
    )
    run(pytester).assert_outcomes(passed=2)


def test_novu_base_urls_is_overridden_in_a_conftest(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import pytest


        @pytest.fixture
        def novu_base_urls():
            return ("http://novu.test:3000/api",)
        """
    )
    pytester.makepyfile(
        """
        import httpx
        import pytest
        import respx


        def test_own_url(novu_respx):
            url = "http://novu.test:3000/api/v1/integrations"
            reply = httpx.get(url, headers={"Authorization": "ApiKey k"})
            assert reply.status_code == 200
            assert novu_respx.requests[0].path == "/v1/integrations"
            with pytest.raises(respx.models.AllMockedAssertionError):
                httpx.get("https://api.novu.co/v1/integrations")
        """
    )
    run(pytester).assert_outcomes(passed=1)


def test_a_missing_extra_skips_with_the_install_command(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(
        """
        import sys

        sys.modules["respx"] = None  # as if the respx extra were not installed
        """
    )
    pytester.makepyfile("def test_needs_respx(novu_respx):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-n", "0", "-rs", timeout=120)
    result.assert_outcomes(skipped=1)
    assert "novu_respx needs respx: pip install 'novu-contracts[respx]'" in result.stdout.str()


def test_loading_the_plugin_imports_no_http_library(tmp_path: Path) -> None:
    code = (
        "import json, sys, novu_contracts_hooks.pytest_plugin;"
        f" print(json.dumps([m for m in {list(MOCK_LIBRARIES)!r} if m in sys.modules]))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert json.loads(completed.stdout) == []
