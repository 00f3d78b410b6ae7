"""Planted defects in cassettes and HAR files are reported at their interaction and JSON Pointer."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contracts._errors import Code, Severity
from contracts._recordings import parse_document, read_recording
from contracts._responses import check_recording
from strategies import integration_payloads, invalid_payloads
from tests.traffic._builders import Encoding, Exchange, Shape, recording_text

SHAPES: tuple[Shape, ...] = ("cassette-yaml", "cassette-json", "har", "har-base64")
ID = "5f3a5c1e9d1b2c0012345678"

Planted = tuple[int, str, Code]  # (interaction index, JSON Pointer in the body, code)


@st.composite
def exchanges(draw: st.DrawFn, *, shape: Shape) -> tuple[Exchange, list[Planted], bool]:
    """One interaction; what it plants (at index -1, set later) and whether it is an integrations call."""
    encodings: list[Encoding] = ["identity"] if shape == "cassette-json" else ["identity", "gzip", "deflate"]
    encoding = draw(st.sampled_from(encodings))
    kind = draw(st.sampled_from(["other", "list", "list-bad", "one", "one-bad", "error", "error-bad"]))
    host = draw(st.sampled_from(["api.novu.co", "eu.api.novu.co", "127.0.0.1:3000"]))
    if kind == "other":
        path = draw(
            st.sampled_from(
                ["/v1/subscribers", "/v1/events/trigger", "/v2/integrations", "/v1/integrationsx"]
            )
        )
        return Exchange("GET", path, 200, {"data": []}, encoding, host), [], False
    if kind.startswith("list"):
        items = draw(st.lists(integration_payloads(), max_size=3))
        planted: list[Planted] = []
        if kind == "list-bad":
            bad, expected = draw(invalid_payloads())
            position = draw(st.integers(0, len(items)))
            items.insert(position, bad)
            planted.append((-1, f"/data/{position}{expected.path}", expected.code))
        method, path = draw(
            st.sampled_from(
                [
                    ("GET", "/v1/integrations"),
                    ("GET", "/v1/integrations/active"),
                    ("DELETE", f"/v1/integrations/{ID}"),
                ]
            )
        )
        return Exchange(method, path, 200, {"data": items}, encoding, host), planted, True
    if kind.startswith("one"):
        method, path, status = draw(
            st.sampled_from([("POST", "/v1/integrations", 201), ("PUT", f"/v1/integrations/{ID}", 200),
                             ("POST", f"/v1/integrations/{ID}/set-primary", 201)])
        )  # fmt: skip
        if kind == "one-bad":
            payload, expected = draw(invalid_payloads())
            return (
                Exchange(method, path, status, {"data": payload}, encoding, host),
                [(-1, f"/data{expected.path}", expected.code)],
                True,
            )
        return (
            Exchange(method, path, status, {"data": draw(integration_payloads())}, encoding, host),
            [],
            True,
        )
    body: dict[str, Any] = {
        "statusCode": 404,
        "timestamp": "2026-01-01T00:00:00.000Z",
        "path": f"/v1/integrations/{ID}",
        "message": "Entity not found",
        "error": "Not Found",
    }
    planted = []
    if kind == "error-bad":
        key = draw(st.sampled_from(["statusCode", "timestamp", "path", "message"]))
        del body[key]
        planted.append((-1, f"/{key}", Code.MISSING))
    return Exchange("PUT", f"/v1/integrations/{ID}", 404, body, encoding, host), planted, True


@st.composite
def recordings(draw: st.DrawFn) -> tuple[str, Shape, list[Planted], set[int], int]:
    shape = draw(st.sampled_from(SHAPES))
    drawn = draw(st.lists(exchanges(shape=shape), min_size=1, max_size=5))
    planted = [
        (index, path, code) for index, (_, plants, _) in enumerate(drawn) for (_, path, code) in plants
    ]
    checked = {index for index, (_, _, flag) in enumerate(drawn) if flag}
    text = recording_text([exchange for exchange, _, _ in drawn], shape)
    return text, shape, planted, checked, len(drawn)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], deadline=None)
@given(recordings())
def test_planted_defects_are_found_at_their_interaction_and_pointer(
    case: tuple[str, Shape, list[Planted], set[int], int],
) -> None:
    text, shape, planted, checked, total = case
    recording = read_recording(parse_document(text, "r"), "r")
    assert recording.format == ("cassette" if shape.startswith("cassette") else "har")
    report = check_recording(recording, contract="0.7.0")
    found = {
        (item.index, violation.path, violation.code)
        for item in report.checked
        for violation in item.violations
        if violation.severity is Severity.ERROR
    }
    assert found == set(planted)
    assert {item.index for item in report.checked} == checked
    assert report.skipped == total - len(checked)
    assert report.valid == (not planted)
