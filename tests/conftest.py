"""Hypothesis profiles: ``dev`` (default, quick) and ``ci`` (more examples; chosen when CI is set)."""

import os

from hypothesis import HealthCheck, settings

# No deadline in either profile: a deadline is a timed assertion, and on a loaded machine (CI, or
# many test processes sharing two cores) the heavier per-example tests exceed 200 ms at random.
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
