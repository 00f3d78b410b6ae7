"""A module cut into its top-level definitions: each name's source is its own, and parses alone."""

from __future__ import annotations

import ast
import textwrap

from hypothesis import example, given
from hypothesis import strategies as st

from strategies._segments import line_key, source_of, top_level_sources

MODULE = textwrap.dedent(
    """
    import functools

    TABLE = {"a": 1}
    LIMIT: int = 3
    COUNT = 0
    COUNT += 1
    FIRST, (SECOND, THIRD) = 1, (2, 3)


    @functools.cache
    def decorated(p):
        return TABLE[p]


    class Handler:
        def handle(self, p):
            return p


    if LIMIT:
        def only_if(p):
            return p
    else:
        def only_if(p):
            return None

    try:
        import fast as imported_alias
    except ImportError:
        def fallback(p):
            return p
    """
)


def _sources() -> dict[str, list[str]]:
    return top_level_sources(ast.parse(MODULE), MODULE)


def test_each_kind_of_definition_is_found_by_its_name() -> None:
    sources = _sources()
    assert {"TABLE", "LIMIT", "COUNT", "FIRST", "SECOND", "THIRD", "decorated", "Handler"} <= set(sources)
    assert {"only_if", "fallback"} <= set(sources)  # under a module-level if / try
    assert "handle" not in sources  # a method is its class'
    assert len(sources["COUNT"]) == 2  # bound twice: both statements
    assert len(sources["only_if"]) == 2


def test_a_definition_keeps_its_decorators_and_parses_alone() -> None:
    text = source_of(_sources(), ["decorated"])
    assert text.startswith("@functools.cache")
    assert "TABLE = " not in text
    ast.parse(text)


def test_a_statement_is_found_by_any_of_its_lines_too() -> None:
    text = "x = 1\n\nroute = (\n    lambda p: p\n)\n"
    sources = top_level_sources(ast.parse(text), text)
    assert (
        source_of(sources, [line_key(4)])
        == source_of(sources, ["route"])
        == "route = (\n    lambda p: p\n)\n"
    )
    assert source_of(sources, [line_key(2)]) == ""  # a blank line between statements


def test_names_it_lacks_add_nothing() -> None:
    assert source_of(_sources(), ["missing", "handle"]) == ""


_NAMES = st.sampled_from(["alpha", "beta", "gamma"])
_STATEMENTS = st.one_of(
    st.builds("def {}(p):\n    return {!r}\n".format, _NAMES, st.text(max_size=5)),
    st.builds("{} = {!r}\n".format, _NAMES, st.text(max_size=5)),
    st.builds("class {}:\n    x = {!r}\n".format, _NAMES, st.integers()),
    st.builds("if {}:\n    {} = 1\n".format, _NAMES, _NAMES),
)


@given(st.lists(_STATEMENTS, max_size=6), st.lists(_NAMES, max_size=3))
@example(["if alpha:\n    alpha = 1\n"], ["alpha"])
def test_any_module_cuts_into_parts_that_parse(statements: list[str], wanted: list[str]) -> None:
    text = "\n".join(statements)
    sources = top_level_sources(ast.parse(text), text)
    cut = source_of(sources, wanted)
    ast.parse(cut)
    for name in set(wanted) & set(sources):
        assert all(part in cut for part in sources[name])
