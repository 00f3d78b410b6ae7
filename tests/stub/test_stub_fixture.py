"""The ``novu_stub`` fixture's options (secret key, contract-only) by indirect parametrization."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USES_OPTIONS = """
import json
import urllib.error
import urllib.request

import pytest


def status(stub, path, key):
    request = urllib.request.Request(stub.url + path, headers={"Authorization": f"ApiKey {key}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize("novu_stub", [{"secret_key": "k1", "contract_only": True}], indirect=True)
def test_options_reach_the_stub(novu_stub):
    assert novu_stub.contract_only
    assert status(novu_stub, "/v1/integrations", "k1") == 200
    assert status(novu_stub, "/v1/integrations", "k2") == 401
    assert status(novu_stub, "/v1/integrations/abc", "k1") == 405  # contract-only: no Express 404


def test_defaults_accept_any_key_and_faults_work(novu_stub):
    assert not novu_stub.contract_only
    novu_stub.fail("GET /v1/integrations", status=503, times=1)
    assert [status(novu_stub, "/v1/integrations", "any") for _ in range(2)] == [503, 200]
"""


def test_the_fixture_takes_options(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "PYTEST_PLUGINS", "PYTEST_ADDOPTS", "PYTHONPATH"):
        monkeypatch.delenv(name, raising=False)
    pytester.makepyfile(USES_OPTIONS)
    result = pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:xdist", timeout=120)
    result.assert_outcomes(passed=2)
