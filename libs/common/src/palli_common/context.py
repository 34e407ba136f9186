"""Per-request / per-event context: the correlation id travels unchanged from the gateway's
request id through every event it causes; the causation id is the request or event at hand."""

from __future__ import annotations

from contextvars import ContextVar

correlation_id: ContextVar[str | None] = ContextVar("correlation_id", default=None)
causation_id: ContextVar[str | None] = ContextVar("causation_id", default=None)
