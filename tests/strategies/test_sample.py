"""``sample_examples``: seeded, deterministic, valid, and independent of Hypothesis' state and settings."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from contracts import Channel
from strategies import sample_examples
from tests.strategies._support import NO_DEADLINE, assert_valid

seeds = st.integers() | st.text(max_size=20)
# Computed at import, outside any Hypothesis run, to compare with what runs inside one.
REFERENCE = {seed: sample_examples(seed, 3) for seed in range(8)}


@settings(NO_DEADLINE)
@given(seeds, st.integers(0, 4))
def test_same_seed_gives_equal_output(seed: int | str, count: int) -> None:
    """Two calls with the same seed and count return equal lists of ``count`` valid payloads."""
    first = sample_examples(seed, count)
    assert first == sample_examples(seed, count)
    assert len(first) == count
    for payload in first:
        assert_valid(payload)


@settings(NO_DEADLINE)
@given(seeds, seeds)
def test_different_seeds_give_different_output(a: int | str, b: int | str) -> None:
    """Distinct seeds give distinct samples (the seed is used as ``str(seed)``, so 1 and "1" agree)."""
    assume(str(a) != str(b))
    assert sample_examples(a, 3) != sample_examples(b, 3)


@settings(NO_DEADLINE)
@given(seeds, st.integers(0, 3), st.integers(0, 3))
def test_asking_for_more_extends_the_list(seed: int | str, count: int, more: int) -> None:
    """``sample_examples(s, n)`` is a prefix of ``sample_examples(s, n + k)``: fixtures grow stably."""
    assert sample_examples(seed, count + more)[:count] == sample_examples(seed, count)


def _scribble(value: object) -> None:
    """Mutate every container in ``value``, as a consumer normalising a payload in place might."""
    if isinstance(value, dict):
        for item in list(value.values()):
            _scribble(item)
        value["scribbled"] = True
    elif isinstance(value, list):
        for item in list(value):
            _scribble(item)
        if "scribbled" not in value:  # at most once, or a shared list would grow run after run
            value.append("scribbled")


# Not a @given test: a generator that shares a value between payloads fails it only once per
# process (the shared value stays mutated), which Hypothesis would chase as a flaky failure.
@pytest.mark.parametrize("seed", [*range(10), "shared"])
def test_payloads_share_no_mutable_value(seed: int | str) -> None:
    """Mutating generated payloads in place changes no payload generated afterwards."""
    first = sample_examples(seed, 12)
    before = [json.dumps(payload) for payload in first]
    _scribble(first)
    after = [json.dumps(payload) for payload in sample_examples(seed, 12)]
    # Indexes, not a diff: payloads hold 10k-character strings, too long for pytest to diff.
    assert [index for index, dumped in enumerate(after) if dumped != before[index]] == []


@settings(NO_DEADLINE)
@given(st.sampled_from(sorted(REFERENCE)), st.randoms(use_true_random=False), st.integers())
def test_output_ignores_hypothesis_and_global_random_state(seed: int, rnd: random.Random, noise: int) -> None:
    """Inside a ``@given`` run, with global ``random`` reseeded, the output equals the one made outside."""
    random.seed(noise)
    rnd.random()
    assert sample_examples(seed, 3) == REFERENCE[seed]


@settings(NO_DEADLINE)
@given(seeds, st.sampled_from(list(Channel)), st.booleans())
def test_constraints_apply(seed: int | str, channel: Channel, deleted: bool) -> None:
    """Keyword constraints are those of ``integration_payloads``."""
    for payload in sample_examples(seed, 3, channel=channel, deleted=deleted, edge_cases=False):
        assert payload["channel"] == channel.value
        assert payload["deleted"] is deleted
        assert_valid(payload)


FRESH_PROCESS = textwrap.dedent(
    """
    import json, sys
    from strategies import sample_examples
    print(json.dumps([sample_examples(seed, 3) for seed in range(8)]))
    """
)


def test_output_is_the_same_in_a_fresh_process_without_a_profile(tmp_path: Path) -> None:
    """A new interpreter (no conftest, no Hypothesis profile, other hash seed) produces the same samples."""
    environment = dict(os.environ, PYTHONHASHSEED="12345")
    environment.pop("HYPOTHESIS_PROFILE", None)
    environment.pop("CI", None)
    result = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [REFERENCE[seed] for seed in range(8)]
