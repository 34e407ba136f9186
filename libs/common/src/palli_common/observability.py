"""Traces (OpenTelemetry) and JSON logs carrying trace id, request id and correlation id."""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

import structlog
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.sdk.trace.sampling import ParentBased, Sampler, TraceIdRatioBased

from palli_common.settings import ServiceSettings

_configured: set[str] = set()


def _add_trace_ids(_logger: Any, _name: str, event: dict[str, Any]) -> dict[str, Any]:
    ctx = trace.get_current_span().get_span_context()
    if ctx.is_valid:
        event["trace_id"] = format(ctx.trace_id, "032x")
        event["span_id"] = format(ctx.span_id, "016x")
    return event


def setup_logging(settings: ServiceSettings) -> None:
    """One JSON line per log record, from structlog and the stdlib (uvicorn, aiokafka) alike."""
    shared = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.ExtraAdder(),
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _add_trace_ids,
    ]
    renderer = structlog.processors.JSONRenderer(ensure_ascii=False) if settings.log_json else structlog.dev.ConsoleRenderer()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    for noisy in ("aiokafka", "kafka", "httpx", "httpcore"):  # httpx logs every request at INFO
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )


PRODUCTION_SAMPLE_RATIO = 0.05


def sample_ratio(settings: ServiceSettings) -> float:
    """The share of new traces recorded: TRACE_SAMPLE_RATIO, else all in development and test and
    5% in production (a recorded span tree costs about a millisecond of CPU per request). A request
    inside a trace follows its parent's decision, so a service records what the gateway records."""
    if settings.trace_sample_ratio is not None:
        return settings.trace_sample_ratio
    return 1.0 if settings.environment in ("development", "test") else PRODUCTION_SAMPLE_RATIO


def sampler_for(settings: ServiceSettings) -> Sampler | None:
    """Parent-based at the settings' ratio; None when ops set OTEL_TRACES_SAMPLER (the SDK reads it)."""
    return None if os.environ.get("OTEL_TRACES_SAMPLER") else ParentBased(TraceIdRatioBased(sample_ratio(settings)))


def traces_url(endpoint: str) -> str:
    """OTEL_EXPORTER_OTLP_ENDPOINT is the collector's base URL (http://collector:4318), to which the
    OpenTelemetry spec adds /v1/traces; a full traces URL is kept as it is."""
    endpoint = endpoint.rstrip("/")
    return endpoint if endpoint.endswith("/v1/traces") else endpoint + "/v1/traces"


def setup_tracing(settings: ServiceSettings) -> None:
    """A tracer provider for the process; spans are exported over OTLP when an endpoint is set.
    Without one, spans are still created so trace ids reach logs and Kafka headers."""
    if "tracer" in _configured:
        return
    _configured.add("tracer")
    provider = TracerProvider(resource=Resource.create({"service.name": settings.service_name}), sampler=sampler_for(settings))
    if settings.otlp_endpoint:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=traces_url(settings.otlp_endpoint))))
    trace.set_tracer_provider(provider)
    from opentelemetry.instrumentation.aiokafka import AIOKafkaInstrumentor
    from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor

    HTTPXClientInstrumentor().instrument()
    # Producer and consumer client spans. The relay sends from inside a span continuing the
    # request's trace, so these hang under it; consumers read the first traceparent header (ours).
    AIOKafkaInstrumentor().instrument()


def instrument_engine(engine: Any) -> None:
    from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor

    SQLAlchemyInstrumentor().instrument(engine=engine.sync_engine)


def instrument_app(app: Any) -> None:
    """A server span per request. The ASGI send/receive sub-spans (one per body chunk) are left out:
    they told nothing the request span does not, at a third of the tracing cost of a request."""
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(app, excluded_urls="healthz,readyz", exclude_spans=["receive", "send"])
