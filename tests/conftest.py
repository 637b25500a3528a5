import os

from hypothesis import HealthCheck, settings

# Property-based tests are sized for a 2-core machine: the whole suite stays < 10 minutes.
settings.register_profile(
    "default",
    max_examples=int(os.environ.get("MEVSCALAR_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,  # reproducible CI: the same examples every run
    print_blob=True,
)
settings.load_profile("default")
