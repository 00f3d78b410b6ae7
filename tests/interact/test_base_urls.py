"""Which URLs the mocks intercept, and the stub target each one maps to."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from strategies._mock import DEFAULT_BASE_URLS, BaseUrl, mock_novu, parse_base_urls, target_of

SEGMENTS = st.text(alphabet="abcxyz0129-_.%~", min_size=1, max_size=8)
PATHS = st.lists(SEGMENTS, max_size=4).map(lambda parts: "/" + "/".join(parts))
QUERIES = st.one_of(st.just(""), st.text(alphabet="abc=&%20", min_size=1, max_size=10))


@given(prefix=st.sampled_from(["", "/novu", "/a/b"]), path=PATHS, query=QUERIES)
@example(prefix="/novu", path="/", query="")
def test_a_url_under_the_base_maps_to_its_path_and_query(prefix: str, path: str, query: str) -> None:
    base = BaseUrl.parse(f"https://Example.COM:8443{prefix}/")
    raw = prefix + path + (f"?{query}" if query else "")
    expected = path + (f"?{query}" if query else "")
    assert base.target("https", "example.com", 8443, raw) == expected


@pytest.mark.parametrize(
    ("scheme", "host", "port", "raw_path"),
    [
        ("http", "api.novu.co", None, "/v1/integrations"),  # another scheme
        ("https", "api.novu.com", None, "/v1/integrations"),  # another host
        ("https", "api.novu.co", 8443, "/v1/integrations"),  # another port
        ("https", "evil-api.novu.co", None, "/"),
    ],
)
def test_other_origins_are_not_intercepted(scheme: str, host: str, port: int | None, raw_path: str) -> None:
    assert target_of(parse_base_urls(DEFAULT_BASE_URLS), scheme, host, port, raw_path) is None


def test_a_prefix_matches_whole_segments_only() -> None:
    base = BaseUrl.parse("http://proxy/novu")
    assert base.target("http", "proxy", 80, "/novux/v1/integrations") is None
    assert base.target("http", "proxy", 80, "/novu?x=1") == "/?x=1"
    assert base.target("http", "proxy", None, "/novu/v1/integrations") == "/v1/integrations"


def test_the_default_port_may_be_spelled_out() -> None:
    spelled, implied = BaseUrl.parse("https://api.novu.co:443"), BaseUrl.parse("https://API.novu.co/")
    assert (spelled.scheme, spelled.host, spelled.port, spelled.prefix) == ("https", "api.novu.co", 443, "")
    assert (implied.scheme, implied.host, implied.port, implied.prefix) == ("https", "api.novu.co", 443, "")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("api.novu.co", "expected http(s)://host[:port][/prefix]"),
        ("ftp://api.novu.co", "expected http(s)://host[:port][/prefix]"),
        ("https://", "expected http(s)://host[:port][/prefix]"),
        ("https://api.novu.co?x=1", "no query, fragment or credentials allowed"),
        ("https://user:secret@api.novu.co", "no query, fragment or credentials allowed"),
        ("https://api.novu.co:99999", "out of range"),
        ("https://api.novu.co:port", "base URL 'https://api.novu.co:port'"),
    ],
)
def test_bad_base_urls_are_refused_with_the_url_and_the_form(url: str, message: str) -> None:
    with pytest.raises(ValueError, match="base URL") as raised:
        parse_base_urls([url])
    assert message in str(raised.value)


def test_one_url_spelled_two_ways_is_intercepted_once() -> None:
    bases = parse_base_urls(["https://API.novu.co:443/", "https://api.novu.co"])
    assert [base.text for base in bases] == ["https://API.novu.co:443/"]


def test_a_single_string_or_nothing_is_refused() -> None:
    with pytest.raises(TypeError, match=r"use \('https://api.novu.co',\)"):
        parse_base_urls("https://api.novu.co")
    with pytest.raises(ValueError, match="base_urls is empty"):
        parse_base_urls([])
    with pytest.raises(TypeError, match="a base URL must be a str, got 5"):
        parse_base_urls([5])  # type: ignore[list-item]


def test_an_unknown_transport_is_refused_before_anything_is_patched() -> None:
    with pytest.raises(ValueError, match="transport='urllib3': use one of 'respx', 'responses'"):  # noqa: SIM117
        with mock_novu(transport="urllib3"):  # type: ignore[arg-type]
            pass
