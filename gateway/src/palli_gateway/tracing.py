"""Which requests the gateway traces. A recorded span tree costs about a millisecond of CPU per
request, so production records a small share of traces and development and test record all.

Parent-based: a request that arrives inside a sampled trace is recorded, one in an unsampled trace
is not, and a new trace is recorded with probability `trace_sample_ratio` (palli_common.observability). The services follow
the gateway's decision through the traceparent header it sends them.

The ratio reaches OpenTelemetry as its own OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG, which the
tracer provider made by palli_common's setup_tracing reads; set there by ops, they win.
"""

from __future__ import annotations

import os

from palli_common.observability import PRODUCTION_SAMPLE_RATIO as PRODUCTION_RATIO  # noqa: F401
from palli_common.observability import sample_ratio
from palli_gateway.settings import GatewaySettings

SAMPLER = "parentbased_traceidratio"


def configure_sampling(settings: GatewaySettings) -> None:
    """Call before setup_tracing: the provider reads the sampler when it is made."""
    os.environ.setdefault("OTEL_TRACES_SAMPLER", SAMPLER)
    os.environ.setdefault("OTEL_TRACES_SAMPLER_ARG", repr(sample_ratio(settings)))
