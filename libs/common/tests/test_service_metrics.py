"""Every service assembled by create_service_app answers /metrics without a token, with each
family the dashboards read: requests and latency by route, outbox backlog and relay lag, consumer
lag and DLQ depth per group, and the events its commits produced."""

from __future__ import annotations

import httpx
from fastapi import APIRouter, Request

from palli_common.app import create_service_app
from palli_common.kafka import ensure_topics

FAMILIES = ("palli_http_requests_total", "palli_http_request_duration_seconds_bucket", "palli_outbox_backlog", "palli_relay_lag_seconds",
            "palli_consumer_lag", "palli_dlq_depth", "palli_business_events_total")


async def test_a_service_exposes_every_family_on_metrics(bb, settings, internal_keys, topic_prefix, kafka):
    topic = f"{topic_prefix}.thing"
    await ensure_topics(kafka.bootstrap, [topic])
    router = APIRouter()

    @router.post("/v1/things/{key}")
    async def make(key: str, request: Request) -> dict:
        async with request.app.state.runtime.db.uow() as uow:
            uow.add_envelope(bb.thing_event(topic_prefix, key))
            await uow.commit()
        return {"key": key}

    async def handle(uow, envelope) -> None:  # noqa: ANN001
        return None

    service = settings.model_copy(update={"service_name": "things", "internal_jwks": str(internal_keys.jwks_path), "relay_enabled": False,
                                          "metrics_broker_seconds": 0})
    app = create_service_app(service, title="things", description="", routers=[router],
                             consumers={f"{topic_prefix}-things": {f"{topic_prefix}.thing.happened": handle}})
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://things") as c:
            assert (await c.post("/v1/things/a", headers=internal_keys.headers())).status_code == 200
            assert (await c.post("/v1/things/b")).status_code == 401  # refused before any route: still counted
            scraped = await c.get("/metrics")  # no token
    finally:
        await app.state.runtime.db.dispose()
    assert scraped.status_code == 200 and scraped.headers["content-type"].startswith("text/plain")
    text = scraped.text
    for family in FAMILIES:
        assert any(line.startswith(family + "{") for line in text.splitlines()), family
    assert f'palli_business_events_total{{service="things",type="{topic_prefix}.thing.happened"}} 1.0' in text
    assert 'route="/v1/things/{key}",service="things",status="200"' in text
    assert f'palli_consumer_lag{{group="{topic_prefix}-things",service="things",topic="{topic}"}}' in text
    assert 'palli_metrics_broker_up{service="things"} 1.0' in text
