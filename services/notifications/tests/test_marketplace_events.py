"""The marketplace's advances and payouts -> one Bangla (or English) SMS each to the producer: how
much, where it went (her savings, her wallet, cash) and, for a payout, the sales it settles and what
it recovered of her advances (said only when it recovered something)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from palli_common.events import new_event
from palli_marketplace.contracts import events as mkt
from palli_notifications.consumers import CONSUMERS
from palli_notifications.domain.templates import MARKETPLACE_TYPES

BRANCH = uuid.uuid4()


def payout(member_id: uuid.UUID, amount: str = "1500.00", advance_recovered: str = "0.00", channel: str = "savings", **extra):  # noqa: ANN003, ANN201
    fact = mkt.PayoutPaid(**{
        "payout_id": str(uuid.uuid4()), "producer_id": str(uuid.uuid4()), "member_id": str(member_id), "branch_id": str(BRANCH),
        "on": date(2026, 11, 23), "gross": "2000.00", "advance_recovered": advance_recovered, "amount": amount, "channel": channel,
        "savings_account_id": str(uuid.uuid4()) if channel == "savings" else None,
        "statement": {"from": "2026-11-01", "to": "2026-11-22", "sales": 12, "units": 30, "sales_share": "2000.00"}, **extra})
    return new_event(fact, aggregate_id=uuid.UUID(fact.payout_id), aggregate_version=1)


def advance(member_id: uuid.UUID, channel: str = "mobile_wallet", reference: str | None = "01712345678"):  # noqa: ANN201
    fact = mkt.AdvancePaid(advance_id=str(uuid.uuid4()), lot_id=str(uuid.uuid4()), producer_id=str(uuid.uuid4()), member_id=str(member_id),
                           branch_id=str(BRANCH), on=date(2026, 11, 23), amount="800.00", channel=channel, reference=reference)
    return new_event(fact, aggregate_id=uuid.UUID(fact.advance_id), aggregate_version=1)


def test_the_marketplace_consumer_takes_advances_and_payouts():
    assert set(CONSUMERS["notifications-marketplace"]) == set(MARKETPLACE_TYPES) == {mkt.AdvancePaid.event_type, mkt.PayoutPaid.event_type}
    assert not set(MARKETPLACE_TYPES) & set(CONSUMERS["notifications-lending"])


@pytest.mark.parametrize(("event", "bangla"), [
    (lambda m: payout(m, advance_recovered="500.00"),
     "প্রিয় রহিমা খাতুন, ২৩/১১/২০২৬ তারিখে পণ্যের পাওনা থেকে ১,৫০০.০০ টাকা আপনার সঞ্চয় হিসাবে পরিশোধ করা হয়েছে। বিক্রি ১২টি। "
     "অগ্রিম বাবদ ৫০০.০০ টাকা কাটা হয়েছে। পল্লী"),
    (lambda m: payout(m, channel="mobile_wallet", reference="01712345678"),
     "প্রিয় রহিমা খাতুন, ২৩/১১/২০২৬ তারিখে পণ্যের পাওনা থেকে ১,৫০০.০০ টাকা আপনার মোবাইল ওয়ালেটে (01712345678) পরিশোধ করা হয়েছে। "
     "বিক্রি ১২টি। পল্লী"),
    (lambda m: payout(m, amount="0.00", advance_recovered="2000.00", channel="cash"),  # her sales only repaid her advance
     "প্রিয় রহিমা খাতুন, ২৩/১১/২০২৬ তারিখে পণ্যের পাওনা থেকে ০.০০ টাকা নগদে পরিশোধ করা হয়েছে। বিক্রি ১২টি। অগ্রিম বাবদ ২,০০০.০০ টাকা কাটা হয়েছে। পল্লী"),
    (lambda m: advance(m),
     "প্রিয় রহিমা খাতুন, ২৩/১১/২০২৬ তারিখে আপনার অর্ডারের অগ্রিম ৮০০.০০ টাকা আপনার মোবাইল ওয়ালেটে (01712345678) পরিশোধ করা হয়েছে; "
     "পরের বিক্রির পাওনা থেকে তা কাটা হবে। পল্লী"),
])
async def test_each_advance_and_payout_is_one_bangla_sms(event, bangla, apply_event, make_member_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid))
    envelope = event(mid)
    assert await apply_event(envelope) is True
    assert await apply_event(envelope) is False  # redelivered: still one message
    [m] = await messages_of(mid)
    assert (m.body, m.status, m.language, m.source_event_type, m.branch_id, m.loan_id) == (bangla, "queued", "bn", envelope.type, BRANCH, None)


async def test_english_members_get_english(apply_event, make_member_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid, language="en"))
    await apply_event(payout(mid, advance_recovered="500.00"))
    await apply_event(advance(mid, channel="cash", reference=None))
    assert [m.body for m in await messages_of(mid)] == [
        "Dear Rahima Khatun, Tk 1,500.00 for your goods was paid into your savings account on 23/11/2026. Sales: 12. "
        "Advance recovered: Tk 500.00. Palli",
        "Dear Rahima Khatun, an advance of Tk 800.00 on your order was paid in cash on 23/11/2026; it will be recovered from your sales. Palli"]


async def test_a_payout_naming_no_branch_takes_her_contacts_and_a_channel_without_words_is_refused(apply_event, make_member_event,
                                                                                                  messages_of):
    mid = uuid.uuid4()
    with pytest.raises(ValueError, match="names no branch"):  # no contact either: refused (parked), never a message without a branch
        await apply_event(payout(mid, branch_id=None))
    await apply_event(make_member_event(mid))
    await apply_event(payout(mid, branch_id=None))
    [m] = await messages_of(mid)
    assert (m.branch_id, m.status) == (uuid.UUID(int=1), "queued")
    with pytest.raises(ValueError, match="no words for payout channel 'bank'"):
        await apply_event(payout(mid, channel="bank"))
    assert len(await messages_of(mid)) == 1
