"""Savings events -> Bangla (or English) SMS with the balance after the money moved: one per
deposit, withdrawal and interest credit, and when a term matures or an account is closed; holds
and adjustments are not messaged."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from palli_common.events import new_event
from palli_notifications.consumers import CONSUMERS
from palli_notifications.domain.templates import SAVINGS_TYPES
from palli_savings.contracts import events as sev


def savings_event(member_id: uuid.UUID, cls=sev.DepositReceived, amount: str = "250.00", balance: str = "1250.50", **extra):  # noqa: ANN001, ANN003
    account_id = uuid.uuid4()
    fact = cls(account_id=str(account_id), number="GS-01A24CC3C7", member_id=str(member_id), group_id=str(uuid.uuid4()),
               branch_id=str(uuid.uuid4()), product_id=str(uuid.uuid4()), product_code="GS", kind="compulsory", status="active",
               on=date(2026, 11, 23), amount=amount, balance=balance, channel="cash", **extra)
    return new_event(fact, aggregate_id=account_id, aggregate_version=2)


def test_the_savings_consumer_takes_deposits_withdrawals_and_interest():
    assert set(CONSUMERS["notifications-savings"]) == set(SAVINGS_TYPES) == {
        sev.DepositReceived.event_type, sev.WithdrawalPaid.event_type, sev.InterestPosted.event_type, sev.AccountMatured.event_type,
        sev.AccountClosed.event_type}


@pytest.mark.parametrize(("cls", "extra", "bangla"), [
    (sev.DepositReceived, {}, "প্রিয় রহিমা খাতুন, ২৩/১১/২০২৬ তারিখে আপনার সঞ্চয় হিসাব GS-01A24CC3C7-এ ২৫০.০০ টাকা জমা হয়েছে। স্থিতি ১,২৫০.৫০ টাকা। পল্লী"),
    (sev.WithdrawalPaid, {}, "প্রিয় রহিমা খাতুন, ২৩/১১/২০২৬ তারিখে আপনার সঞ্চয় হিসাব GS-01A24CC3C7 থেকে ২৫০.০০ টাকা উত্তোলন হয়েছে। স্থিতি ১,২৫০.৫০ টাকা। পল্লী"),
    (sev.InterestPosted, {"period_start": date(2026, 11, 1), "period_end": date(2026, 11, 30)},
     "প্রিয় রহিমা খাতুন, আপনার সঞ্চয় হিসাব GS-01A24CC3C7-এ ২৩/১১/২০২৬ পর্যন্ত মুনাফা ২৫০.০০ টাকা যোগ হয়েছে। স্থিতি ১,২৫০.৫০ টাকা। পল্লী"),
    (sev.AccountMatured, {"instruction": "pay_to_voluntary"},
     "প্রিয় রহিমা খাতুন, আপনার GS হিসাব GS-01A24CC3C7 ২৩/১১/২০২৬ তারিখে মেয়াদপূর্ণ হয়েছে: মুনাফাসহ ২৫০.০০ টাকা। পল্লী"),
    (sev.AccountClosed, {},
     "প্রিয় রহিমা খাতুন, ২৩/১১/২০২৬ তারিখে আপনার সঞ্চয় হিসাব GS-01A24CC3C7 বন্ধ হয়েছে; আপনাকে ২৫০.০০ টাকা পরিশোধ করা হয়েছে। পল্লী"),
])
async def test_each_money_event_is_one_bangla_sms_with_the_balance(cls, extra, bangla, apply_event, make_member_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid))
    event = savings_event(mid, cls, **extra)
    assert await apply_event(event) is True
    assert await apply_event(event) is False  # redelivered: still one message
    [m] = await messages_of(mid)
    assert (m.body, m.status, m.language, m.source_event_type, m.loan_id) == (bangla, "queued", "bn", cls.event_type, None)


async def test_english_members_get_english(apply_event, make_member_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid, language="en"))
    await apply_event(savings_event(mid, sev.WithdrawalPaid, amount="40.50", balance="9.50"))
    [m] = await messages_of(mid)
    assert m.body == "Dear Rahima Khatun, Tk 40.50 was withdrawn from your savings account GS-01A24CC3C7 on 23/11/2026. Balance: Tk 9.50. Palli"


async def test_holds_and_adjustments_are_not_messaged(apply_event, make_member_event, messages_of):
    mid = uuid.uuid4()
    await apply_event(make_member_event(mid))
    held = savings_event(mid, sev.AmountHeld, hold_id=str(uuid.uuid4()), reason="pledged", on_hold="40.00")
    assert await apply_event(held) is False
    assert await messages_of(mid) == []
