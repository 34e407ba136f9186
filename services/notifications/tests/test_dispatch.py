"""The dispatcher (service/dispatch.py): sends, retries with backoff, failures, resends, and a crash
between claim and record that must not send twice."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from palli_notifications.adapters.sms import SendOutcome
from palli_notifications.adapters.tables import Message
from palli_notifications.service.dispatch import claim_due, record_outcome


async def queued_message(apply_event, make_member_event, make_loan_event, messages_of, **member) -> Message:  # noqa: ANN001
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid, **member))
    await apply_event(make_loan_event(mid))
    [m] = await messages_of(mid)
    assert m.status == "queued"
    return m


async def test_recording_provider_sends_once_and_reports_delivered(apply_event, make_member_event, make_loan_event, messages_of,
                                                                   dispatch, message, recorded, history, outbox_events):
    m = await queued_message(apply_event, make_member_event, make_loan_event, messages_of)
    assert await dispatch() >= 1
    sent = await message(m.id)
    assert (sent.status, sent.attempts, sent.provider, sent.lease_until) == ("delivered", 1, "recording", None)
    assert sent.sent_at is not None and sent.delivered_at is not None
    [row] = await recorded(m.reference)
    assert (row.to, row.body, row.encoding, row.segments, row.provider_message_id) == (
        m.to, m.body, "UCS-2", 2, sent.provider_message_id)
    assert await history(m.id) == ["queued", "sending", "sent", "delivered"]
    assert [k.rsplit(".", 1)[1] for k, _ in await outbox_events(m.id)] == ["queued", "sent", "delivered"]
    await dispatch()
    assert (await message(m.id)).attempts == 1 and len(await recorded(m.reference)) == 1  # nothing goes twice


async def test_transient_failure_is_retried_with_backoff_then_sent(apply_event, make_member_event, make_loan_event, messages_of,
                                                                   dispatch, scripted, message, history, settings):
    m = await queued_message(apply_event, make_member_event, make_loan_event, messages_of)
    provider = scripted(m.to, SendOutcome.transient("gateway timed out"))
    t0 = datetime.now(UTC)
    await dispatch(provider, now=t0)
    retry = await message(m.id)
    assert (retry.status, retry.attempts, retry.last_error) == ("queued", 1, "gateway timed out")
    base = settings.sms_backoff_seconds
    assert t0 + timedelta(seconds=base) <= retry.next_attempt_at <= t0 + timedelta(seconds=base * 1.25)
    await dispatch(provider, now=t0 + timedelta(seconds=base / 2))  # not due yet
    assert len(provider.calls) == 1
    await dispatch(provider, now=t0 + timedelta(seconds=base * 1.25 + 0.01))
    done = await message(m.id)
    assert (done.status, done.attempts, done.last_error, done.provider_message_id) == ("sent", 2, None, f"gw-{m.reference}-2")
    assert [c.reference for c in provider.calls] == [m.reference, m.reference]  # a retry keeps its reference
    assert await history(m.id) == ["queued", "sending", "retry", "sending", "sent"]


async def test_permanent_failure_fails_at_once_and_a_resend_sends_it(apply_event, make_member_event, make_loan_event, messages_of,
                                                                     dispatch, scripted, message, history, outbox_events, client_as):
    m = await queued_message(apply_event, make_member_event, make_loan_event, messages_of)
    provider = scripted(m.to, SendOutcome.permanent("gateway refused (4003): invalid msisdn"))
    await dispatch(provider)
    failed = await message(m.id)
    assert (failed.status, failed.attempts, failed.last_error) == ("failed", 1, "gateway refused (4003): invalid msisdn")
    events = await outbox_events(m.id)
    assert events[-1][0] == "notifications.message.failed" and events[-1][1]["error"] == failed.last_error

    async with client_as(roles=["field_officer"], branches=[m.branch_id], subject="officer-7") as officer:
        r = await officer.post(f"/v1/notifications/messages/{m.id}/resend")
        assert r.status_code == 200, r.text
        assert (r.json()["status"], r.json()["attempts"], r.json()["resends"]) == ("queued", 0, 1)
        again = await officer.post(f"/v1/notifications/messages/{m.id}/resend")
        assert again.status_code == 409  # only a failed message can be resent
    resent = await message(m.id)
    assert resent.reference != m.reference and len(resent.reference) == 20  # the gateway refused the old one
    await dispatch(provider)
    assert (await message(m.id)).status == "sent"
    assert [c.reference for c in provider.calls] == [m.reference, resent.reference]
    assert await history(m.id) == ["queued", "sending", "failed", "resend", "queued", "sending", "sent"]
    async with client_as(roles=["admin"]) as admin:
        detail = (await admin.get(f"/v1/notifications/messages/{m.id}")).json()
    assert [h["actor"] for h in detail["history"] if h["status"] == "resend"] == ["officer-7"]


async def test_attempts_run_out_after_transient_failures(apply_event, make_member_event, make_loan_event, messages_of, dispatch,
                                                        scripted, message, settings):
    m = await queued_message(apply_event, make_member_event, make_loan_event, messages_of)
    provider = scripted(m.to, *[SendOutcome.transient("HTTP 503")] * settings.sms_max_attempts)
    at = datetime.now(UTC)
    for _ in range(settings.sms_max_attempts):
        await dispatch(provider, now=at)
        at += timedelta(hours=1)
    gone = await message(m.id)
    assert (gone.status, gone.attempts, gone.last_error) == ("failed", settings.sms_max_attempts, "HTTP 503")
    await dispatch(provider, now=at)
    assert len(provider.calls) == settings.sms_max_attempts


async def test_a_crash_between_claim_and_record_resends_with_the_same_reference_once(
    db, app, settings, apply_event, make_member_event, make_loan_event, messages_of, dispatch, message, recorded, history,
):
    m = await queued_message(apply_event, make_member_event, make_loan_event, messages_of)
    t0 = datetime.now(UTC)
    claims = [c for c in await claim_due(db, settings, t0) if c.message_id == m.id]
    [claim] = claims
    await app.state.sms_provider.send(claim.sms)  # the gateway took it... and the process died before recording
    stuck = await message(m.id)
    assert (stuck.status, stuck.attempts) == ("sending", 1)
    await dispatch(now=t0 + timedelta(seconds=settings.sms_lease_seconds / 2))  # lease still held: left alone
    assert (await message(m.id)).status == "sending"
    await dispatch(now=t0 + timedelta(seconds=settings.sms_lease_seconds + 1))
    done = await message(m.id)
    assert (done.status, done.attempts, done.reference) == ("delivered", 2, m.reference)
    assert len(await recorded(m.reference)) == 1  # the provider dedupes by reference: the member got one SMS
    assert await history(m.id) == ["queued", "sending", "sending", "sent", "delivered"]
    # the dead process's outcome, should it ever arrive, is dropped: the newer claim recorded its own
    await record_outcome(db, settings, "recording", claim, SendOutcome.permanent("late"), datetime.now(UTC))
    assert (await message(m.id)).status == "delivered"


async def test_a_lease_that_expires_on_the_last_attempt_fails_the_message(db, settings, apply_event, make_member_event,
                                                                          make_loan_event, messages_of, dispatch, scripted, message):
    m = await queued_message(apply_event, make_member_event, make_loan_event, messages_of)
    t0 = datetime.now(UTC)
    async with db.sessions() as s:
        await s.execute(update(Message).where(Message.id == m.id).values(
            status="sending", attempts=settings.sms_max_attempts, lease_until=t0 - timedelta(seconds=1)))
        await s.commit()
    provider = scripted(m.to)
    await dispatch(provider, now=t0)
    gone = await message(m.id)
    assert gone.status == "failed" and "no answer" in gone.last_error
    assert provider.calls == []


async def test_a_provider_that_raises_leaves_the_message_to_retry(apply_event, make_member_event, make_loan_event, messages_of,
                                                                  dispatch, message):
    m = await queued_message(apply_event, make_member_event, make_loan_event, messages_of)

    class Broken:
        name = "broken"

        async def send(self, sms):  # noqa: ANN001, ANN202
            raise RuntimeError("bug")

    await dispatch(Broken())
    retry = await message(m.id)
    assert (retry.status, retry.attempts) == ("queued", 1) and "RuntimeError: bug" in retry.last_error


async def test_the_background_dispatcher_sends_a_new_message_without_being_asked(settings, internal_keys, make_member_event,
                                                                               make_loan_event, phone):
    """The app's lifespan runs the dispatcher; a commit that queues a message wakes it."""
    import asyncio

    from palli_common.consumer import ConsumerRunner
    from palli_notifications.consumers import CONSUMERS
    from palli_notifications.main import create_app

    app = create_app(settings.model_copy(update={"dispatcher_enabled": True, "dispatch_poll_seconds": 30.0}))
    db = app.state.runtime.db
    mid = uuid.uuid4()
    async with app.router.lifespan_context(app):
        for name, table in CONSUMERS.items():
            runner = ConsumerRunner(name, db, settings, table)
            for envelope in (make_member_event(mid), make_loan_event(mid)):
                if envelope.type in table:
                    await runner._apply(table[envelope.type], envelope)
        for _ in range(200):
            async with db.sessions() as s:
                status = (await s.get(Message, (await _id_of(s, mid)))).status
            if status == "delivered":
                break
            await asyncio.sleep(0.02)
        assert status == "delivered"
    assert app.state.dispatcher._task.done()


async def _id_of(session, member_id):  # noqa: ANN001, ANN202
    from sqlalchemy import select

    return (await session.scalars(select(Message.id).where(Message.member_id == member_id))).one()


async def test_two_dispatchers_side_by_side_send_each_message_once(apply_event, make_member_event, make_loan_event, messages_of,
                                                                  dispatch, scripted, message):
    import asyncio

    m = await queued_message(apply_event, make_member_event, make_loan_event, messages_of)
    provider = scripted(m.to)
    await asyncio.gather(*(dispatch(provider) for _ in range(4)))
    assert len(provider.calls) == 1 and (await message(m.id)).attempts == 1
