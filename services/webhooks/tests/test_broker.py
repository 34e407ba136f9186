"""The whole path on a real broker: lending's envelope on `lending.loan`, the service's consumer
queues it, its worker POSTs it signed to a real receiver on 127.0.0.1; the broker handing the same
event over twice still makes one delivery."""

from __future__ import annotations

import asyncio

import httpx

from palli_common.events import encode_envelope
from palli_common.kafka import make_producer
from palli_webhooks.main import create_app
from palli_webhooks.testing import Receiver, register


async def _until(check, timeout: float = 30.0) -> None:  # noqa: ANN001
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.1)


async def test_an_event_from_the_broker_reaches_the_partner_signed_and_once(kafka, settings, internal_keys, partner_id, helper,
                                                                           make_loan_event):
    running = settings.model_copy(update={"kafka_bootstrap_servers": kafka.bootstrap, "kafka_enable_idempotence": kafka.idempotence,
                                          "consumers_enabled": True, "worker_enabled": True, "worker_poll_seconds": 0.1})
    holder: dict[str, str] = {}
    async with Receiver(lambda header, body: helper.verify_signature(holder["secret"], header, body)) as rx:
        # other tests' endpoints share this database: they get a canned 200, not a DNS lookup
        http = httpx.AsyncClient(mounts={"http://127.0.0.1": httpx.AsyncHTTPTransport(),
                                         "all://": httpx.MockTransport(lambda r: httpx.Response(200))}, timeout=5.0)
        app = create_app(running, http=http)
        try:
            async with app.router.lifespan_context(app):
                headers = internal_keys.headers(partner=partner_id, subject=partner_id, roles=(), scopes=["loans:read"])
                async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://webhooks", headers=headers) as c:
                    endpoint = await register(c, url=rx.url, types=["lending.loan.disbursed"])
                holder["secret"] = endpoint["secret"]
                lending = next(r for r in app.state.runtime.consumers if r.name == "webhooks-lending")
                await asyncio.wait_for(lending.ready.wait(), 60)
                event = make_loan_event()
                producer = make_producer(running)
                await producer.start()
                try:
                    for _ in range(2):  # at-least-once: the broker may hand the same event over twice
                        await producer.send_and_wait("lending.loan", value=encode_envelope(event.model_dump(mode="json")),
                                                     key=event.aggregate_id.encode(), headers=event.kafka_headers())
                finally:
                    await producer.stop()
                await _until(lambda: any(r.event["id"] == str(event.id) for r in rx.requests if r.verified))
                await asyncio.sleep(1.0)  # more passes of the worker and the consumer: nothing more may come
        finally:
            await app.state.runtime.db.dispose()
    ours = [r for r in rx.requests if r.event["id"] == str(event.id)]
    assert len(ours) == 1 and ours[0].verified and ours[0].event_type == "lending.loan.disbursed"
    assert ours[0].event["data"]["branch_id"] == event.payload["branch_id"]
