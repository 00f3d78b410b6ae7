"""The validating proxy, with the stub (or a tiny local server) upstream and novu-py or urllib consuming."""

from __future__ import annotations

import io
import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from contracts._fixtures import load
from strategies._proxy import NovuProxy
from strategies._stub import NovuStub

novu_py = pytest.importorskip("novu_py")
from novu_py.utils import BackoffStrategy, RetryConfig  # noqa: E402  (after the skip)

API_KEY = "nv_live_3f9aZk2LqX8mP4tR7vW1yB6cD0eG5hJ"
SENDGRID_KEY = "SG.Zq3kR8vN2mW5xT7yP1aB4c.Dk9fH2jL6nQ0sU3wY7zA1cE4gI8kM2oR5tV9xB3dF"
BAD_LIST = json.dumps({"data": [{"name": 5}]}).encode()


def conversation(novu: Any) -> list[Any]:
    created = novu.integrations.create(
        create_integration_request_dto={
            "provider_id": "sendgrid",
            "channel": "email",
            "credentials": {"api_key": SENDGRID_KEY},
            "active": True,
        }
    ).result
    listed = novu.integrations.list().result
    novu.integrations.update(integration_id=created.id, update_integration_request_dto={"name": "Mail"})
    primary = novu.integrations.set_as_primary(integration_id=created.id).result
    remaining = novu.integrations.delete(integration_id=created.id).result
    return [len(listed), primary.primary, len(remaining)]


def get(url: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": "ApiKey fake-key"})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def upstream() -> Iterator[Callable[[Callable[[BaseHTTPRequestHandler], None]], str]]:
    """Start a tiny local HTTP server answering with the given function; its URL."""
    servers: list[ThreadingHTTPServer] = []
    release = threading.Event()

    def start(answer: Callable[[BaseHTTPRequestHandler], None]) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                answer(self)

            def log_message(self, *args: Any) -> None:
                pass

        Handler.release = release  # type: ignore[attr-defined]
        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    release.set()
    for server in servers:
        server.shutdown()
        server.server_close()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, *, chunked: bool = False) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    if chunked:
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for piece in (body[:3], body[3:]):
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
        handler.wfile.write(b"0\r\n\r\n")
        return
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_a_clean_conversation_passes_through_and_is_recorded_redacted(tmp_path: Path) -> None:
    log = io.StringIO()
    with NovuStub(contract_only=True) as stub:  # novu-py cannot read the real server's 201 (set-primary)
        stub.seed_generated(3, seed=5, edge_cases=False)
        direct = conversation(novu_py.Novu(server_url=stub.url, secret_key=API_KEY))
    with NovuStub(contract_only=True) as stub:  # novu-py cannot read the real server's 201 (set-primary)
        stub.seed_generated(3, seed=5, edge_cases=False)
        with NovuProxy(stub.url, strict=True, record=tmp_path / "set", log=log) as proxy:
            through = conversation(novu_py.Novu(server_url=proxy.url, secret_key=API_KEY))
            assert get(proxy.url + "/v1/nothing-here")[0] == 404  # other routes pass through as they are
    assert through == direct
    assert "error[" not in log.getvalue()
    fixtures = load(tmp_path / "set")
    assert [f.request for f in fixtures] == [
        "POST /v1/integrations",
        "GET /v1/integrations",
        "PUT /v1/integrations/" + fixtures.fixtures[2].request.rsplit("/", 1)[1],  # type: ignore[union-attr]
        fixtures.fixtures[3].request,
        fixtures.fixtures[4].request,
    ]
    assert all(f.recorded and f.recorded_at for f in fixtures)
    assert [f.kind for f in fixtures] == ["valid", "list", "valid", "valid", "list"]
    assert fixtures.fixtures[3].request.endswith("/set-primary")  # type: ignore[union-attr]
    written = "".join(path.read_text() for path in (tmp_path / "set").rglob("*.json"))
    for secret in (API_KEY, SENDGRID_KEY, "nvsk.", "ApiKey"):
        assert secret not in written


def test_a_violating_answer_is_logged_with_request_line_and_pointer(upstream: Any) -> None:
    url = upstream(lambda handler: send(handler, 200, BAD_LIST, chunked=True))
    log = io.StringIO()
    with NovuProxy(url, log=log) as proxy:
        status, body = get(proxy.url + "/v1/integrations?page=1")
    assert (status, body) == (200, BAD_LIST)  # passed on as it came
    assert (
        "novu-contracts proxy: GET /v1/integrations (200): /data/0/name: error[type] expected string"
        in log.getvalue()
    )
    assert "/data/0/channel: error[missing]" in log.getvalue()


def test_strict_refuses_a_violating_answer_with_a_502_carrying_the_report(upstream: Any) -> None:
    url = upstream(lambda handler: send(handler, 200, BAD_LIST))
    log = io.StringIO()
    with NovuProxy(url, strict=True, log=log, log_format="json") as proxy:
        status, body = get(proxy.url + "/v1/integrations/active")
        no_retries = RetryConfig("none", BackoffStrategy(1, 1, 1.0, 1), retry_connection_errors=False)
        novu = novu_py.Novu(server_url=proxy.url, secret_key="k", retry_config=no_retries)
        with pytest.raises(Exception, match="502"):  # novu-py's own error type varies by status
            novu.integrations.list()
    report = json.loads(body)
    assert status == 502
    assert report["statusCode"] == 502
    assert report["upstreamStatus"] == 200
    assert ("/data/0/name", "type") in {(v["path"], v["code"]) for v in report["violations"]}
    first = json.loads(log.getvalue().splitlines()[0])
    assert first["request"] == "GET /v1/integrations/active"
    assert first["status"] == 200


def test_an_upstream_that_is_down_gives_a_clean_502() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # bound, never listening: connections are refused
        with NovuProxy(f"http://127.0.0.1:{port}", log=io.StringIO()) as proxy:
            status, body = get(proxy.url + "/v1/integrations")
    assert status == 502
    answer = json.loads(body)
    assert answer["statusCode"] == 502
    assert "unreachable" in answer["message"]


def test_a_slow_upstream_gives_a_504_within_the_timeout(upstream: Any) -> None:
    def slow(handler: BaseHTTPRequestHandler) -> None:
        handler.release.wait(30)  # type: ignore[attr-defined]

    url = upstream(slow)
    with NovuProxy(url, timeout=0.3, log=io.StringIO()) as proxy:
        status, body = get(proxy.url + "/v1/integrations")
    assert status == 504
    assert json.loads(body)["statusCode"] == 504


def test_the_proxy_command_prints_its_url_forwards_and_stops_on_sigterm(tmp_path: Path) -> None:
    import signal
    import subprocess

    from tests.cli.test_check_cli import COMMAND

    with NovuStub(contract_only=True) as stub:  # novu-py cannot read the real server's 201 (set-primary)
        stub.seed_generated(2, seed=1, edge_cases=False)
        process = subprocess.Popen(
            [*COMMAND, "proxy", "--upstream", stub.url, "--record", str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            status, body = get(url + "/v1/integrations")
            assert status == 200
            assert len(json.loads(body)["data"]) == 2
        finally:
            process.send_signal(signal.SIGTERM)
            _, errors = process.communicate(timeout=60)
    assert process.returncode == 0, errors
    assert "GET /v1/integrations (200): recorded as recorded/0000-get-v1-integrations.json (list)" in errors
    assert load(tmp_path).lists[0].recorded


def test_the_proxy_command_refuses_a_record_dir_it_cannot_add_to(tmp_path: Path) -> None:
    from tests.cli.test_check_cli import run

    (tmp_path / "manifest.json").write_text("[1, 2")
    result = run("proxy", "--upstream", "http://127.0.0.1:9", "--record", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert "manifest.json: cannot add to it" in result.stderr
    assert "Traceback" not in result.stderr
    bad = run("proxy", "--upstream", "ftp://x", cwd=tmp_path)
    assert bad.returncode == 2
    assert "--upstream must be an http:// or https:// URL" in bad.stderr


def test_credentials_in_the_upstream_url_never_reach_logs_or_answers() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        log = io.StringIO()
        with NovuProxy(f"http://admin:s3cr3t-pass@127.0.0.1:{port}", log=log) as proxy:
            status, body = get(proxy.url + "/v1/integrations")
    assert status == 502
    assert "s3cr3t-pass" not in body.decode() + log.getvalue()
    assert f"http://127.0.0.1:{port}" in body.decode()
