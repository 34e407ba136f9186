"""Trace sampling by settings: every trace in development and test, a small share in production,
parent-based, and OpenTelemetry's own variables win when ops set them."""

from __future__ import annotations

import os

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased

from palli_common.observability import PRODUCTION_SAMPLE_RATIO as PRODUCTION_RATIO
from palli_common.observability import sample_ratio, sampler_for
from palli_gateway.settings import GatewaySettings


def settings(environment: str, **over: object) -> GatewaySettings:
    return GatewaySettings(environment=environment, key_secret="a-real-secret", **over)


@pytest.fixture
def no_otel_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither variable set, and neither left behind for the tests after (monkeypatch would keep a
    variable it never saw)."""
    for name in ("OTEL_TRACES_SAMPLER", "OTEL_TRACES_SAMPLER_ARG"):
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)


def test_ratio_by_environment_unless_set() -> None:
    assert sample_ratio(settings("development")) == sample_ratio(settings("test")) == 1.0
    assert sample_ratio(settings("production")) == PRODUCTION_RATIO <= 0.1
    assert sample_ratio(settings("production", trace_sample_ratio=0.5)) == 0.5
    assert sample_ratio(settings("test", trace_sample_ratio=0.0)) == 0.0


@pytest.mark.usefixtures("no_otel_env")
def test_the_tracer_provider_made_next_samples_parent_based_by_ratio() -> None:
    sampler = TracerProvider(sampler=sampler_for(settings("production", trace_sample_ratio=0.25))).sampler  # as setup_tracing makes it
    assert isinstance(sampler, ParentBased)
    root = sampler._root  # noqa: SLF001 - what a trace with no parent gets
    assert isinstance(root, TraceIdRatioBased) and root.rate == 0.25


@pytest.mark.usefixtures("no_otel_env")
def test_ops_setting_the_otel_sampler_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTEL_TRACES_SAMPLER", "always_off")
    assert sampler_for(settings("development")) is None  # the SDK reads the variable
    assert os.environ["OTEL_TRACES_SAMPLER"] == "always_off"
