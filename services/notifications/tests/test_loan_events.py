"""Loan events -> messages (service/loan_events.py, compose.py): one per event, rendered in the
member's language, suppressed for members who must get none, held until the contact is known."""

from __future__ import annotations

import uuid

import pytest

from palli_lending.contracts import events as loan
from palli_members.contracts import events as ev
from palli_notifications.consumers import CONSUMERS
from palli_notifications.domain.templates import MESSAGE_TYPES
from palli_notifications.service.loan_events import on_loan_event


def test_the_lending_consumer_takes_exactly_the_messaged_types():
    messaged = {t for t in MESSAGE_TYPES if t.startswith("lending.")}
    assert set(CONSUMERS["notifications-lending"]) == messaged
    lending_types = {c.event_type for c in vars(loan).values() if isinstance(c, type) and issubclass(c, loan.LoanFact) and c is not loan.LoanFact}
    assert messaged < lending_types  # every messaged type is a real lending event


async def test_disbursement_gives_one_bangla_message_with_bangla_digits(db, apply_event, make_member_event, make_loan_event,
                                                                       messages_of, outbox_events, history, phone):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid))
    event = make_loan_event(mid)
    assert await apply_event(event) is True
    [m] = await messages_of(mid)
    assert m.body == ("প্রিয় রহিমা খাতুন, আপনার ১২,৫০০.০০ টাকা ঋণ ২৩/১১/২০২৬ তারিখে বিতরণ করা হয়েছে। কিস্তি ১,২৫০.০০ টাকা, "
                      "প্রথম কিস্তি ০৮/১২/২০২৬। পল্লী")
    assert (m.status, m.language, m.to, m.encoding, m.segments, m.source_event_id, m.source_event_type) == (
        "queued", "bn", phone(mid), "UCS-2", 2, event.id, "lending.loan.disbursed")
    assert len(m.reference) == 20 and m.next_attempt_at is not None
    assert await history(m.id) == ["queued"]
    [(kind, payload)] = await outbox_events(m.id)
    assert kind == "notifications.message.queued"
    assert (payload["status"], payload["segments"], payload["encoding"], payload["source_event_id"]) == ("queued", 2, "UCS-2", str(event.id))
    assert "body" not in payload and "to" not in payload  # personal data stays here

    assert await apply_event(event) is False  # redelivered: the inbox skips it
    async with db.uow() as uow:  # even with the inbox bypassed, no second message
        await on_loan_event(uow, event)
        await uow.commit()
    assert len(await messages_of(mid)) == 1


async def test_english_member_gets_english_with_ascii_digits(apply_event, make_member_event, make_loan_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid, language="en"))
    await apply_event(make_loan_event(mid, cls=loan.RepaymentReceived, amount="1250.00", principal="1000.00", interest="250.00",
                                      outstanding_principal="11500.00", outstanding_interest="1250.00"))
    [m] = await messages_of(mid)
    assert m.body == "Dear Rahima Khatun, we received Tk 1,250.00 on 23/11/2026. Loan balance: Tk 12,750.00. Thank you, Palli"
    assert (m.language, m.encoding, m.segments) == ("en", "GSM-7", 1)


@pytest.mark.parametrize(("member", "reason"), [
    ({"sms_consent": False}, "opted_out"),
    ({"cls": ev.MemberExited, "status": "exited", "reason": "left"}, "member_exited"),
])
async def test_members_who_must_get_nothing_get_a_suppressed_message(apply_event, make_member_event, make_loan_event, messages_of,
                                                                    outbox_events, dispatch, scripted, phone, member, reason):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid, **member))
    await apply_event(make_loan_event(mid))
    [m] = await messages_of(mid)
    assert (m.status, m.reason, m.body, m.reference) == ("suppressed", reason, None, None)
    assert [k for k, _ in await outbox_events(m.id)] == ["notifications.message.suppressed"]
    provider = scripted(phone(mid))
    await dispatch(provider)
    assert provider.calls == []


async def test_message_is_held_until_the_contact_arrives(apply_event, make_member_event, make_loan_event, messages_of, history, outbox_events):
    mid = uuid.uuid4()
    await apply_event(make_loan_event(mid, cls=loan.LoanOverdue))
    [m] = await messages_of(mid)
    assert (m.status, m.reason, m.body) == ("held", "contact_unknown", None)
    assert await outbox_events(m.id) == []
    await apply_event(make_member_event(mid, language="en"))
    [m] = await messages_of(mid)
    assert m.status == "queued"
    assert m.body == "Dear Rahima Khatun, Tk 280.00 of your loan is 3 days overdue. Please pay at your next meeting. Palli"
    assert await history(m.id) == ["held", "queued"]


async def test_held_message_of_a_member_who_opted_out_is_suppressed(apply_event, make_member_event, make_loan_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_loan_event(mid, cls=loan.LoanClosed))
    await apply_event(make_member_event(mid, sms_consent=False))
    [m] = await messages_of(mid)
    assert (m.status, m.reason) == ("suppressed", "opted_out")


async def test_opting_out_stops_queued_messages_and_a_new_number_is_followed(apply_event, make_member_event, make_loan_event, messages_of):
    a, b = uuid.uuid4(), uuid.uuid4()
    for mid in (a, b):
        await apply_event(make_member_event(mid))
        await apply_event(make_loan_event(mid))
    await apply_event(make_member_event(a, 2, cls=ev.MemberUpdated, changed=["sms_consent"], sms_consent=False))
    await apply_event(make_member_event(b, 2, cls=ev.MemberUpdated, changed=["mobile"], mobile="+8801999999999"))
    [ma], [mb] = await messages_of(a), await messages_of(b)
    assert (ma.status, ma.reason) == ("suppressed", "opted_out")
    assert (mb.status, mb.to) == ("queued", "+8801999999999")


async def test_events_members_are_not_told_about_make_no_message(apply_event, make_member_event, make_loan_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid))
    assert await apply_event(make_loan_event(mid, cls=loan.LoanWrittenOff)) is False
    assert await messages_of(mid) == []


async def test_a_malformed_loan_event_fails_and_writes_nothing(apply_event, make_member_event, make_loan_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid))
    bad = make_loan_event(mid, cls=loan.RepaymentReceived)
    bad.payload["amount"] = "1.234"
    with pytest.raises(ValueError):
        await apply_event(bad)
    assert await messages_of(mid) == []
    assert await apply_event(make_loan_event(mid, cls=loan.RepaymentReceived)) is True  # the consumer goes on with the next


async def test_a_contact_committed_while_a_loan_event_is_applied_still_releases_its_message(
    db, apply_event, make_member_event, make_loan_event, messages_of,
):
    """The members and lending consumers run side by side: the contact's transaction waits for the
    loan event's (a per-member lock), so it sees the held message and queues it."""
    import asyncio

    mid = uuid.uuid4()
    async with db.uow() as uow:
        await on_loan_event(uow, make_loan_event(mid))  # no contact yet: held, not committed
        contact_arrives = asyncio.create_task(apply_event(make_member_event(mid)))
        await asyncio.sleep(0.2)
        assert not contact_arrives.done()  # waits for the loan event's transaction
        await uow.commit()
    await contact_arrives
    [m] = await messages_of(mid)
    assert m.status == "queued"
