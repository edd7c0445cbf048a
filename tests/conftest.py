"""Shared test settings: Hypothesis runs a bounded number of examples, with no deadline
(this machine is noisy; speed is measured by benchmarks, never by tests)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
settings.register_profile("dev", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("NEWSMETA_HYPOTHESIS", "ci"))
