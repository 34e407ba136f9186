"""The delivery worker: signed POSTs, retries with backoff until the window closes, secret rotation
with two signatures, replay on purpose, and no duplicate when the sender dies mid-delivery."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from palli_webhooks.testing import Receiver, register


def _url() -> str:
    return f"https://partner.example.org/hooks/{uuid.uuid4().hex}"


async def test_a_delivery_is_signed_and_sent_once(partner, apply_event, make_loan_event, deliver, deliveries_of, recorder, helper):
    url = _url()
    endpoint = await register(partner, url=url)
    event = make_loan_event()
    await apply_event(event)
    rx = recorder(url)
    async with rx.client() as http:
        assert await deliver(http) >= 1
        [request] = rx.requests
        [row] = await deliveries_of(endpoint["id"])
        assert request.headers["Palli-Webhook-Id"] == str(row.id)
        assert request.headers["Palli-Event-Type"] == "lending.loan.disbursed"
        assert request.headers["Palli-Event-Id"] == str(event.id)
        assert request.headers["content-type"] == "application/json"
        helper.verify_signature(endpoint["secret"], request.headers["Palli-Signature"], request.content)
        with pytest.raises(helper.SignatureError):
            helper.verify_signature("whsec_wrong", request.headers["Palli-Signature"], request.content)
        with pytest.raises(helper.SignatureError):
            helper.verify_signature(endpoint["secret"], request.headers["Palli-Signature"], request.content + b" ")
        body = json.loads(request.content)
        assert body["id"] == str(event.id) and body["type"] == event.type and body["data"] == event.payload
        assert "traceparent" not in body and "correlation_id" not in body
        assert (row.state, row.attempts, row.last_status_code) == ("delivered", 1, 200)
        await deliver(http)
        assert len(rx.requests) == 1  # delivered: never sent again
    log = (await partner.get(f"/v1/webhooks/endpoints/{endpoint['id']}/deliveries")).json()["items"]
    assert [(d["state"], d["attempts"], d["last_status_code"], d["next_attempt_at"]) for d in log] == [("delivered", 1, 200, None)]


async def test_failures_are_retried_with_backoff_then_delivered(partner, apply_event, make_loan_event, deliver, deliveries_of, recorder,
                                                              settings):
    url = _url()
    endpoint = await register(partner, url=url)
    await apply_event(make_loan_event())
    rx = recorder(url, 500, httpx.ConnectError("refused"))
    t0 = datetime.now(UTC)
    async with rx.client() as http:
        await deliver(http, now=t0)
        [row] = await deliveries_of(endpoint["id"])
        assert (row.state, row.attempts, row.last_status_code, row.last_error) == ("pending", 1, 500, "HTTP 500")
        first_delay = (row.next_attempt_at - t0).total_seconds()
        assert settings.backoff_seconds <= first_delay <= settings.backoff_seconds * 1.25 + 0.01
        await deliver(http, now=t0 + timedelta(seconds=first_delay - 1))
        assert len(rx.requests) == 1  # not due yet
        t1 = t0 + timedelta(seconds=first_delay)
        await deliver(http, now=t1)
        [row] = await deliveries_of(endpoint["id"])
        assert (row.state, row.attempts, row.last_status_code) == ("pending", 2, None)
        assert row.last_error.startswith("ConnectError")
        second_delay = (row.next_attempt_at - t1).total_seconds()
        assert 2 * settings.backoff_seconds <= second_delay <= 2 * settings.backoff_seconds * 1.25 + 0.01
        await deliver(http, now=row.next_attempt_at)
        [row] = await deliveries_of(endpoint["id"])
        assert (row.state, row.attempts, row.last_status_code, row.last_error) == ("delivered", 3, 200, None)
    ids = {r.headers["Palli-Webhook-Id"] for r in rx.requests}
    assert ids == {str(row.id)} and [r.headers["Palli-Webhook-Attempt"] for r in rx.requests] == ["1", "2", "3"]


async def test_a_delivery_fails_a_day_after_its_first_attempt(partner, apply_event, make_loan_event, deliver, deliveries_of, recorder):
    url = _url()
    endpoint = await register(partner, url=url)
    await apply_event(make_loan_event())
    rx = recorder(url, *([503] * 10))
    t0 = datetime.now(UTC)
    async with rx.client() as http:
        await deliver(http, now=t0)
        late = t0 + timedelta(hours=23, minutes=59, seconds=55)
        await deliver(http, now=late)  # the next try would fall past the day: failed now
        [row] = await deliveries_of(endpoint["id"])
        assert (row.state, row.attempts, row.next_attempt_at) == ("failed", 2, None)
        assert "gave up after 2 attempts in 24 h" in row.last_error
        await deliver(http, now=t0 + timedelta(days=2))
        assert len(rx.requests) == 2


async def test_a_rotated_secret_signs_beside_the_new_one_for_the_grace_period(partner, apply_event, make_loan_event, deliver, recorder,
                                                                             helper, settings):
    url = _url()
    endpoint = await register(partner, url=url)
    old = endpoint["secret"]
    new = (await partner.post(f"/v1/webhooks/endpoints/{endpoint['id']}/rotate-secret")).json()["secret"]
    rx = recorder(url)
    async with rx.client() as http:
        await apply_event(make_loan_event())
        await deliver(http)
        header = rx.requests[-1].headers["Palli-Signature"]
        assert header.count("v1=") == 2
        for secret in (old, new, [new, old], ["whsec_x", old]):
            helper.verify_signature(secret, header, rx.requests[-1].content)
        await apply_event(make_loan_event())
        await deliver(http, now=datetime.now(UTC) + timedelta(seconds=settings.secret_grace_seconds + 60))
        header = rx.requests[-1].headers["Palli-Signature"]
        assert header.count("v1=") == 1
        helper.verify_signature(new, header, rx.requests[-1].content, tolerance=0)
        with pytest.raises(helper.SignatureError):
            helper.verify_signature(old, header, rx.requests[-1].content, tolerance=0)


def test_the_partners_helper_refuses_old_and_malformed_signatures(helper):
    body, secret, t = b'{"id": "x"}', "whsec_abc", 1_800_000_000
    header = f"t={t},v1={helper.compute_signature(secret, t, body)}"
    assert helper.verify_signature(secret, header, body, now=t + 299) == t
    assert helper.verify_signature(secret, header, body.decode(), now=t - 299) == t
    with pytest.raises(helper.SignatureError, match="timestamp"):
        helper.verify_signature(secret, header, body, now=t + 301)
    for bad in ("", "v1=abc", f"t={t}", f"t=x,v1=ab", f"t={t},t={t},v1=ab", "garbage"):
        with pytest.raises(helper.SignatureError):
            helper.verify_signature(secret, bad, body, now=t)
    with pytest.raises(helper.SignatureError):
        helper.verify_signature([], header, body, now=t)


async def test_replay_sends_the_event_again_as_a_new_delivery(partner, client_as, apply_event, make_loan_event, deliver, deliveries_of,
                                                             recorder):
    url = _url()
    endpoint = await register(partner, url=url)
    event = make_loan_event()
    await apply_event(event)
    rx = recorder(url)
    async with rx.client() as http:
        await deliver(http)
        [first] = await deliveries_of(endpoint["id"])
        r = await partner.post(f"/v1/webhooks/deliveries/{first.id}/replay")
        assert r.status_code == 202, r.text
        replay = r.json()
        assert replay["replay_of"] == str(first.id) and replay["replay_number"] == 1 and replay["state"] == "pending"
        assert replay["event_id"] == str(event.id) and replay["id"] != str(first.id)
        again = (await partner.post(f"/v1/webhooks/deliveries/{replay['id']}/replay")).json()
        assert again["replay_of"] == str(first.id) and again["replay_number"] == 2  # a replay of a replay: of the first
        await deliver(http)
    assert sorted(r.headers["Palli-Webhook-Id"] for r in rx.requests) == sorted([str(first.id), replay["id"], again["id"]])
    assert {r.headers["Palli-Event-Id"] for r in rx.requests} == {str(event.id)}
    assert {r.content for r in rx.requests} == {rx.requests[0].content}
    log = (await partner.get(f"/v1/webhooks/endpoints/{endpoint['id']}/deliveries")).json()["items"]
    assert [(d["id"], d["state"], d["replay_number"]) for d in log] == [
        (again["id"], "delivered", 2), (replay["id"], "delivered", 1), (str(first.id), "delivered", 0)]
    assert len((await partner.get(f"/v1/webhooks/endpoints/{endpoint['id']}/deliveries", params={"limit": 2})).json()["items"]) == 2
    async with client_as(partner=f"other-{uuid.uuid4().hex[:6]}", scopes=["loans:read"]) as other:
        assert (await other.post(f"/v1/webhooks/deliveries/{first.id}/replay")).status_code == 404
    assert (await partner.post(f"/v1/webhooks/deliveries/{uuid.uuid4()}/replay")).status_code == 404


async def test_deleting_an_endpoint_cancels_what_waits(partner, apply_event, make_loan_event, deliver, deliveries_of, recorder):
    url = _url()
    endpoint = await register(partner, url=url)
    await apply_event(make_loan_event())
    await partner.delete(f"/v1/webhooks/endpoints/{endpoint['id']}")
    rx = recorder(url)
    async with rx.client() as http:
        await deliver(http)
    assert rx.requests == []
    [row] = await deliveries_of(endpoint["id"])
    assert row.state == "cancelled"
    first = (await deliveries_of(endpoint["id"]))[0]
    assert (await partner.post(f"/v1/webhooks/deliveries/{first.id}/replay")).status_code == 409


async def test_two_workers_at_once_send_each_delivery_once(partner, apply_event, make_loan_event, deliver, deliveries_of, recorder):
    url = _url()
    endpoint = await register(partner, url=url)
    for _ in range(6):
        await apply_event(make_loan_event())
    rx = recorder(url)
    async with rx.client() as one, rx.client() as two:
        await asyncio.gather(deliver(one), deliver(two), deliver(one))
    assert sorted(r.headers["Palli-Webhook-Id"] for r in rx.requests) == sorted(str(d.id) for d in await deliveries_of(endpoint["id"]))
    assert {d.state for d in await deliveries_of(endpoint["id"])} == {"delivered"}


def _local_only(real: httpx.AsyncBaseTransport) -> httpx.AsyncClient:
    """The worker's client for a real receiver on 127.0.0.1; other tests' endpoints (the database is
    shared) get a canned 200 instead of a DNS lookup."""
    return httpx.AsyncClient(mounts={"http://127.0.0.1": real, "all://": httpx.MockTransport(lambda r: httpx.Response(200))},
                             timeout=5.0, trust_env=False)


async def test_a_sender_dying_mid_delivery_makes_no_duplicate(partner, apply_event, make_loan_event, deliver, deliveries_of, helper,
                                                             settings):
    """A real receiver on 127.0.0.1 verifying signatures gets a lending.loan.disbursed; the worker is
    cancelled after the receiver got the request and before the row is marked delivered. After its
    lease the retry carries the same Palli-Webhook-Id, so the receiver's dedupe leaves one; a pass
    after the success sends nothing."""
    secret_holder: dict[str, str] = {}
    async with Receiver(lambda header, body: helper.verify_signature(secret_holder["secret"], header, body)) as rx:
        endpoint = await register(partner, url=rx.url, types=["lending.loan.disbursed"])
        secret_holder["secret"] = endpoint["secret"]
        event = make_loan_event()
        rx.hold = asyncio.Event()
        rx.hold.set()  # the first request waits for an answer that never comes: the sender dies first
        async with _local_only(httpx.AsyncHTTPTransport()) as http:
            await deliver(http)  # what other tests left due goes first: the pass that dies holds only ours
            await apply_event(event)
            t0 = datetime.now(UTC)
            sender = asyncio.create_task(deliver(http, now=t0))
            await asyncio.wait_for(rx.got_request.wait(), 10)
            await asyncio.sleep(0.2)  # any other claim of that pass records its outcome (its transaction is not ours to kill)
            sender.cancel()  # the crash: the receiver has the request, we never see its answer
            with pytest.raises(asyncio.CancelledError):
                await sender
            [row] = await deliveries_of(endpoint["id"])
            assert (row.state, row.attempts) == ("sending", 1)  # the attempt was stated before it was made
            assert row.sending_until == t0 + timedelta(seconds=settings.lease_seconds)

            rx.hold.clear()
            rx.release.set()  # the first request's handler finishes (its answer goes nowhere)
            await deliver(http, now=t0 + timedelta(seconds=settings.lease_seconds - 1))
            assert len(rx.requests) == 1  # still leased: nobody sends it
            await deliver(http, now=t0 + timedelta(seconds=settings.lease_seconds))
            [row] = await deliveries_of(endpoint["id"])
            assert (row.state, row.attempts, row.last_status_code) == ("delivered", 2, 200)

            await deliver(http, now=t0 + timedelta(days=1))  # delivered: another pass sends nothing
    assert [r.webhook_id for r in rx.requests] == [str(row.id), str(row.id)]
    assert [r.attempt for r in rx.requests] == ["1", "2"]
    assert all(r.verified for r in rx.requests) and {r.event_type for r in rx.requests} == {"lending.loan.disbursed"}
    assert list(rx.handled) == [str(row.id)]  # the receiver's dedupe by Palli-Webhook-Id: the event handled once
    handled = rx.handled[str(row.id)]
    assert handled["id"] == str(event.id) and handled["data"]["loan_id"] == event.payload["loan_id"]
    assert handled["data"]["amount"] == "12500.00"


async def test_a_stale_outcome_is_dropped(partner, apply_event, make_loan_event, db, settings, app, deliveries_of):
    """An answer that comes back after its lease was taken over records nothing: the newer attempt decides."""
    from palli_webhooks.service.delivery import Outcome, claim_due, record_outcome

    endpoint = await register(partner, url=_url())
    await apply_event(make_loan_event())
    t0 = datetime.now(UTC)
    first = [c for c in await claim_due(db, settings, app.state.secret_box, t0) if str(c.url) == endpoint["url"]]
    later = t0 + timedelta(seconds=settings.lease_seconds)
    second = [c for c in await claim_due(db, settings, app.state.secret_box, later) if str(c.url) == endpoint["url"]]
    assert first[0].delivery_id == second[0].delivery_id and (first[0].attempt, second[0].attempt) == (1, 2)
    await record_outcome(db, settings, first[0], Outcome(200, None), later)
    [row] = await deliveries_of(endpoint["id"])
    assert (row.state, row.attempts) == ("sending", 2)
    await record_outcome(db, settings, second[0], Outcome(500, "HTTP 500"), later)
    [row] = await deliveries_of(endpoint["id"])
    assert (row.state, row.last_status_code) == ("pending", 500)


async def test_a_host_that_resolves_into_a_private_network_is_not_called(partner, apply_event, make_loan_event, deliver, deliveries_of,
                                                                        recorder, settings, app, db):
    from palli_webhooks.service.delivery import deliver_once, refused_address

    async def resolver(answers):  # noqa: ANN001, ANN202
        async def resolve(host: str, port: int) -> list[str]:
            if isinstance(answers, Exception):
                raise answers
            return answers
        return resolve

    url = "https://hooks.partner.example.org/in"
    assert await refused_address(url, allow_local=False, resolve=await resolver(["93.184.215.14"])) is None
    for answer in (["10.0.0.7"], ["93.184.215.14", "127.0.0.1"], ["169.254.169.254"], ["fd00::1"], ["::ffff:10.0.0.1"]):
        assert "not a public address" in await refused_address(url, allow_local=False, resolve=await resolver(answer)), answer
    assert "cannot resolve" in await refused_address(url, allow_local=False, resolve=await resolver(OSError("no such host")))
    assert await refused_address("http://127.0.0.1:9/x", allow_local=True) is None
    assert "not a public address" in await refused_address("http://127.0.0.1:9/x", allow_local=False)

    # through the worker: a name that does not resolve here is not called, and is retried later
    endpoint = await register(partner, url=f"https://{uuid.uuid4().hex}.invalid/hooks")
    await apply_event(make_loan_event())
    rx = recorder(endpoint["url"])
    checking = settings.model_copy(update={"check_addresses": True})
    async with rx.client() as http:
        await deliver_once(db, http, checking, app.state.secret_box)
    assert rx.requests == []
    [row] = await deliveries_of(endpoint["id"])
    assert row.state == "pending" and row.last_error.startswith("cannot resolve") and row.attempts == 1
