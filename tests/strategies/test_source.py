"""``HypothesisSource``: the fast path (Hypothesis' choice recorder) and the fallback (strategies).

Both paths must keep the ``Source`` contract: values in range, and every draw shrinking to
its first, simplest answer.  The fast path must actually be taken with the Hypothesis this
project installs, or generation silently runs at half speed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

from strategies import _generate, _hypothesis_source
from strategies._hypothesis_source import HypothesisSource
from strategies._profile import make_profile
from strategies._source import RandomSource
from tests.strategies._support import assert_valid

SHRINK = settings(database=None, derandomize=True, max_examples=500, suppress_health_check=list(HealthCheck))
Draws = tuple[int, bool, str]


def _source(draw: st.DrawFn, *, fast: bool) -> HypothesisSource:
    # A plain function (not the composite's bound ``draw``) hides the recorder: the fallback path.
    return HypothesisSource(draw if fast else lambda strategy: draw(strategy))


@st.composite
def _draws(draw: st.DrawFn, fast: bool, low: int, high: int, percent: int) -> Draws:
    source = _source(draw, fast=fast)
    return source.integer(low, high), source.chance(percent), source.pick(("first", "second", "third"))


@st.composite
def _path_taken(draw: st.DrawFn, fast: bool) -> bool:
    return _source(draw, fast=fast)._choices is not None


@st.composite
def _payload(draw: st.DrawFn, fast: bool) -> dict[str, Any]:
    return _generate.integration_payload(_source(draw, fast=fast), make_profile())


@given(fast=_path_taken(fast=True), fallback=_path_taken(fast=False))
def test_a_composite_draw_takes_the_fast_path_and_a_plain_function_the_fallback(
    fast: bool, fallback: bool
) -> None:
    assert fast is True
    assert fallback is False


@given(data=st.data(), low=st.integers(-50, 50), width=st.integers(0, 100), percent=st.integers(1, 99))
def test_both_paths_draw_within_their_bounds(data: st.DataObject, low: int, width: int, percent: int) -> None:
    high = low + width
    for fast in (True, False):
        number, flag, picked = data.draw(_draws(fast, low, high, percent))
        assert low <= number <= high
        assert isinstance(flag, bool)
        assert picked in ("first", "second", "third")


def test_both_paths_shrink_every_draw_to_its_simplest_answer() -> None:
    for fast in (True, False):
        simplest: Draws = find(_draws(fast, 3, 90, 50), lambda _: True, settings=SHRINK)
        assert simplest == (3, False, "first")


def test_both_paths_shrink_a_range_around_zero_to_its_low_end() -> None:
    for fast in (True, False):
        assert find(_draws(fast, -7, 7, 50), lambda _: True, settings=SHRINK)[0] == -7


def test_both_paths_shrink_a_needed_value_to_its_least() -> None:
    needs: Callable[[Draws], bool] = lambda drawn: drawn[0] >= 40 and drawn[1]  # noqa: E731
    for fast in (True, False):
        assert find(_draws(fast, 0, 100, 30), needs, settings=SHRINK)[:2] == (40, True)


@settings(max_examples=50, deadline=None)
@given(fast_payload=_payload(fast=True), fallback_payload=_payload(fast=False))
def test_both_paths_generate_valid_payloads(
    fast_payload: dict[str, Any], fallback_payload: dict[str, Any]
) -> None:
    assert_valid(fast_payload)
    assert_valid(fallback_payload)


@st.composite
def _chances(draw: st.DrawFn, fast: bool, percent: int) -> list[bool]:
    source = _source(draw, fast=fast)
    return [source.chance(percent) for _ in range(100)]


def _share_of_yes(fast: bool, percent: int) -> float:
    drawn: list[bool] = []

    @settings(max_examples=40, database=None, derandomize=True)
    @given(flags=_chances(fast, percent))
    def collect(flags: list[bool]) -> None:
        drawn.extend(flags)

    collect()
    return sum(drawn) / len(drawn)


def test_both_paths_say_yes_about_as_often_as_asked() -> None:
    for fast in (True, False):
        # Loose bounds: Hypothesis also tries the all-"no" simplest case and its neighbours.
        assert _share_of_yes(fast, 10) < 0.3
        assert _share_of_yes(fast, 90) > 0.5


@st.composite
def _empty_pick(draw: st.DrawFn, fast: bool) -> object:
    return _source(draw, fast=fast).pick(())


def test_both_paths_refuse_an_empty_range() -> None:
    for fast in (True, False):
        with pytest.raises(ValueError, match="empty range"):
            find(_empty_pick(fast), lambda _: True, settings=SHRINK)


# --- the guard around the fast path: a changed Hypothesis falls back, never breaks ----------


class _Recorder:
    """Stands in for Hypothesis' recorder: ``draw`` is real, the fast-path methods are the test's."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._real = draw

    def draw(self, strategy: st.SearchStrategy[Any]) -> Any:
        return self._real(strategy)


class _Missing(_Recorder):
    """A Hypothesis without ``draw_integer`` / ``draw_boolean``."""


class _Renamed(_Recorder):
    """A Hypothesis whose ``draw_integer`` takes other (required) arguments."""

    def draw_integer(self, *, lower: int, upper: int) -> int:
        raise AssertionError("a changed signature must be caught by the probe, not called")

    def draw_boolean(self, p: float) -> bool:
        raise AssertionError("not called either: the probe looks at every method")

    def draw_bytes(self, min_size: int, max_size: int) -> bytes:
        raise AssertionError("not called either: the probe looks at every method")


class _RaisesTypeError(_Recorder):
    """Signatures that fit, but a ``TypeError`` when called (e.g. a new required keyword)."""

    calls = 0

    def draw_integer(self, min_value: int, max_value: int) -> int:
        type(self).calls += 1
        raise TypeError("draw_integer() missing 1 required keyword-only argument: 'weights'")

    def draw_boolean(self, p: float) -> bool:
        type(self).calls += 1
        raise TypeError("draw_boolean() missing 1 required keyword-only argument: 'forced'")

    def draw_bytes(self, min_size: int, max_size: int) -> bytes:
        type(self).calls += 1
        raise TypeError("draw_bytes() missing 1 required keyword-only argument: 'forced'")


class _OutOfRange(_Recorder):
    """Methods that answer, but not what was asked for (changed behaviour)."""

    def draw_integer(self, min_value: int, max_value: int) -> int:
        return max_value + 1000

    def draw_boolean(self, p: float) -> bool:
        return "yes"  # type: ignore[return-value]

    def draw_bytes(self, min_size: int, max_size: int) -> bytes:
        return b""


class _ShortBytes(_Recorder):
    """The real ``draw_integer`` and ``draw_boolean``, but a ``draw_bytes`` that answers too short."""

    def draw_integer(self, min_value: int, max_value: int) -> int:
        real: int = self._real.__self__.draw_integer(min_value, max_value)  # type: ignore[attr-defined]
        return real

    def draw_boolean(self, p: float) -> bool:
        real: bool = self._real.__self__.draw_boolean(p)  # type: ignore[attr-defined]
        return real

    def draw_bytes(self, min_size: int, max_size: int) -> bytes:
        return b"\x01"


@pytest.fixture(autouse=True)
def _fresh_verdicts() -> None:
    """Each test probes the stand-in recorders anew (verdicts are kept per class, per process)."""
    for recorder in (_Missing, _Renamed, _RaisesTypeError, _OutOfRange, _ShortBytes):
        _hypothesis_source._VERDICTS.pop(recorder, None)


@st.composite
def _guarded(draw: st.DrawFn, recorder: type[_Recorder]) -> tuple[bool, Draws, bool]:
    source = HypothesisSource(recorder(draw).draw)
    probed = source._choices is not None
    drawn = (source.integer(3, 90), source.chance(50), source.pick(("first", "second", "third")))
    return probed, drawn, source._choices is not None


@pytest.mark.parametrize(
    ("recorder", "probed"),
    [(_Missing, False), (_Renamed, False), (_RaisesTypeError, True), (_OutOfRange, True)],
    ids=["missing-attribute", "changed-signature", "TypeError-when-called", "changed-behaviour"],
)
def test_a_changed_recorder_falls_back_to_strategies(recorder: type[_Recorder], probed: bool) -> None:
    """Caught by the probe (once) or at the first call; then values stay in range and shrink as ever."""
    assert _hypothesis_source._fits(recorder) is probed
    _, drawn, still_fast = find(_guarded(recorder), lambda _: True, settings=SHRINK)
    assert still_fast is False
    assert drawn == (3, False, "first"), "the fallback keeps shrinking to the simplest draws"
    again, _, _ = find(_guarded(recorder), lambda _: True, settings=SHRINK)
    assert again is False, "a recorder class found wanting is not used again"


def test_the_real_recorder_passes_the_probe() -> None:
    """Else generation would silently run at half speed on the Hypothesis this project installs."""
    assert find(_path_taken(fast=True), lambda _: True, settings=SHRINK) is True
    assert all(_hypothesis_source._VERDICTS.values())


def test_a_recorder_that_raises_type_error_is_asked_once() -> None:
    _RaisesTypeError.calls = 0
    find(_guarded(_RaisesTypeError), lambda _: True, settings=SHRINK)
    assert _RaisesTypeError.calls == 1


@settings(max_examples=20, deadline=None)
@given(_guarded(_RaisesTypeError), _guarded(_Renamed))
def test_fallback_values_stay_within_bounds(
    raising: tuple[bool, Draws, bool], renamed: tuple[bool, Draws, bool]
) -> None:
    for _, (number, flag, picked), _ in (raising, renamed):
        assert 3 <= number <= 90
        assert isinstance(flag, bool)
        assert picked in ("first", "second", "third")


# --- several: many small choices as one -------------------------------------------------------

SIZES = (100, 100, 7, 2, 171_360, 2**16)


@st.composite
def _several(draw: st.DrawFn, fast: bool, sizes: tuple[int, ...]) -> list[int]:
    return _source(draw, fast=fast).several(sizes)


@given(data=st.data(), sizes=st.lists(st.integers(1, 2**40), max_size=8).map(tuple))
def test_both_paths_draw_several_values_within_their_sizes(
    data: st.DataObject, sizes: tuple[int, ...]
) -> None:
    for fast in (True, False):
        values = data.draw(_several(fast, sizes))
        assert len(values) == len(sizes)
        assert all(0 <= value < size for value, size in zip(values, sizes, strict=True))


def test_both_paths_shrink_several_values_each_to_zero() -> None:
    for fast in (True, False):
        assert find(_several(fast, SIZES), lambda _: True, settings=SHRINK) == [0] * len(SIZES)


def test_both_paths_shrink_one_needed_value_to_its_least_and_the_others_to_zero() -> None:
    for fast in (True, False):
        shrunk = find(_several(fast, SIZES), lambda values: values[1] >= 40, settings=SHRINK)
        assert shrunk == [0, 40, 0, 0, 0, 0]


def test_both_paths_give_every_value_of_a_small_size() -> None:
    for fast in (True, False):
        for wanted in range(7):

            def hits(values: list[int], wanted: int = wanted) -> bool:
                return values[2] == wanted

            assert find(_several(fast, SIZES), hits, settings=SHRINK)[2] == wanted


@pytest.mark.parametrize("fast", [True, False])
def test_both_paths_refuse_an_empty_size_and_take_no_sizes_without_a_choice(fast: bool) -> None:
    with pytest.raises(ValueError, match="empty range"):
        find(_several(fast, (3, 0)), lambda _: True, settings=SHRINK)
    assert find(_several(fast, ()), lambda _: True, settings=SHRINK) == []


@given(seed=st.integers(0, 2**32), sizes=st.lists(st.integers(1, 2**20), max_size=8).map(tuple))
def test_a_random_source_draws_several_values_within_their_sizes_and_again_for_its_seed(
    seed: int, sizes: tuple[int, ...]
) -> None:
    values = RandomSource(seed).several(sizes)
    assert all(0 <= value < size for value, size in zip(values, sizes, strict=True))
    assert RandomSource(seed).several(sizes) == values


@st.composite
def _several_guarded(draw: st.DrawFn) -> tuple[list[int], bool]:
    source = HypothesisSource(_ShortBytes(draw).draw)
    values = source.several(SIZES)
    return values, source._choices is not None


def test_a_recorder_whose_bytes_come_back_wrong_falls_back_for_several() -> None:
    assert _hypothesis_source._fits(_ShortBytes) is True
    values, still_fast = find(_several_guarded(), lambda _: True, settings=SHRINK)
    assert still_fast is False
    assert values == [0] * len(SIZES)
