"""Hypothesis profiles: ``dev`` (default, quick), ``ci`` (more examples; chosen when CI is set) and ``floor``.

``floor`` is for CI's second pass on the oldest supported Hypothesis: that pass checks that our
strategies still work there, not that a property holds over many examples (the main pass did that),
so tests without settings of their own draw fewer examples. Tests whose claim needs a number of
examples (coverage within 100, frequencies) fix it themselves and are unaffected.
"""

import os

from hypothesis import HealthCheck, settings

# No deadline in any profile: a deadline is a timed assertion, and on a loaded machine (CI, or
# many test processes sharing two cores) the heavier per-example tests exceed 200 ms at random.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile(
    "floor", max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
