"""Posting savings events (built from savings' own contracts): the member-savings account is
chosen by the product kind, cash channels by the channel, interest is an expense, and events that
move no money (or were booked with a loan's disbursement) post nothing."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from palli_common.events import new_event
from palli_ledger.domain.rules import PostingRefused
from palli_savings.contracts import events as sev

KIND_ACCOUNT = {"compulsory": "2110", "voluntary": "2120", "dps": "2130", "fixed_deposit": "2140"}


def savings_event(cls, *, kind: str = "compulsory", amount: str = "250.00", channel: str | None = "cash", **extra):  # noqa: ANN001, ANN003
    account_id = uuid.uuid4()
    fact = cls(account_id=str(account_id), number="GS-0001", member_id=str(uuid.uuid4()), group_id=str(uuid.uuid4()),
               branch_id=str(uuid.uuid4()), product_id=str(uuid.uuid4()), product_code="GS", kind=kind, status="active",
               on=date(2026, 11, 3), amount=amount, balance=amount, channel=channel, **extra)
    return new_event(fact, aggregate_id=account_id, aggregate_version=2)


@pytest.mark.parametrize("kind", list(KIND_ACCOUNT))
@pytest.mark.parametrize(("channel", "cash"), [("cash", "1110"), ("mobile_wallet", "1130"), ("bank", "1120")])
async def test_deposits_and_withdrawals_post_to_the_kinds_savings_account(kind, channel, cash, apply_event, posted_for):
    deposit = savings_event(sev.DepositReceived, kind=kind, channel=channel)
    await apply_event(deposit)
    entry, lines = await posted_for(deposit.id)
    assert lines == [(cash, 25_000, 0), (KIND_ACCOUNT[kind], 0, 25_000)]
    assert entry.aggregate_id == deposit.payload["account_id"] and entry.posted_on == date(2026, 11, 3)
    withdrawal = savings_event(sev.WithdrawalPaid, kind=kind, channel=channel, amount="40.50")
    await apply_event(withdrawal)
    assert (await posted_for(withdrawal.id))[1] == [(KIND_ACCOUNT[kind], 4_050, 0), (cash, 0, 4_050)]


async def test_interest_is_an_expense_credited_to_her_savings(apply_event, posted_for):
    event = savings_event(sev.InterestPosted, kind="voluntary", channel=None, amount="12.34", period_start=date(2026, 11, 1),
                          period_end=date(2026, 11, 30))
    await apply_event(event)
    assert (await posted_for(event.id))[1] == [("5110", 1_234, 0), ("2120", 0, 1_234)]


async def test_what_moves_no_money_here_posts_nothing(apply_event, posted_for):
    # lending's disbursement (channel savings) already booked Cr 2120 for this deposit
    events = [savings_event(sev.DepositReceived, kind="voluntary", channel="loan_disbursement", amount="20000.00"),
              savings_event(sev.AccountOpened, channel=None, amount="0.00"),
              savings_event(sev.AmountHeld, channel=None, hold_id=str(uuid.uuid4()), reason="pledged", on_hold="40.00"),
              savings_event(sev.InterestAdjusted, channel=None, amount="0.00", period_start=date(2026, 11, 1),
                            period_end=date(2026, 11, 30), interest="0.600000000")]
    for event in events:
        await apply_event(event)
        assert (await posted_for(event.id)) == (None, [])


async def test_an_unknown_kind_is_refused_naming_the_field(apply_event, posted_for):
    event = savings_event(sev.DepositReceived, kind="pension")
    with pytest.raises(PostingRefused, match="kind"):
        await apply_event(event)
    assert (await posted_for(event.id)) == (None, [])


async def test_a_rule_may_name_the_derived_savings_account(client_as):
    async with client_as(roles=["admin"]) as c:
        r = await c.post("/v1/ledger/posting-rules", json={
            "event_type": "savings.account.withdrawal_paid", "channel": "agent", "description": "Paid by an agent",
            "lines": [{"side": "debit", "account": "{savings_account}", "amount": "amount"},
                      {"side": "credit", "account": "1110", "amount": "amount"}]})
        assert r.status_code in (201, 202), r.text
        bad = await c.post("/v1/ledger/posting-rules", json={
            "event_type": "savings.account.withdrawal_paid", "channel": "agent2", "description": "x",
            "lines": [{"side": "debit", "account": "{member_savings}", "amount": "amount"},
                      {"side": "credit", "account": "1110", "amount": "amount"}]})
        assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "lines.0.account"


async def test_a_transfer_between_her_accounts_is_one_entry_from_one_kind_to_the_other(apply_event, posted_for):
    out = savings_event(sev.TransferredOut, kind="voluntary", channel="transfer", amount="120.00", to_account_id=str(uuid.uuid4()),
                        to_kind="compulsory")
    await apply_event(out)
    assert (await posted_for(out.id))[1] == [("2120", 12_000, 0), ("2110", 0, 12_000)]
    into = savings_event(sev.TransferredIn, kind="compulsory", channel="transfer", amount="120.00", from_account_id=str(uuid.uuid4()),
                         from_kind="voluntary")
    await apply_event(into)
    assert (await posted_for(into.id)) == (None, [])  # booked with its transfer out


@pytest.mark.parametrize(("channel", "counter"), [("cash", "1110"), ("bank", "1120"), ("transfer", "2120")])
async def test_a_closure_pays_out_the_balance_by_its_channel(channel, counter, apply_event, posted_for):
    extra = {"to_account_id": str(uuid.uuid4()), "to_kind": "voluntary"} if channel == "transfer" else {}
    closed = savings_event(sev.AccountClosed, kind="dps", channel=channel, amount="6150.40", interest="150.40", **extra)
    await apply_event(closed)
    assert (await posted_for(closed.id))[1] == [("2130", 615_040, 0), (counter, 0, 615_040)]


async def test_blocking_and_an_empty_closure_post_nothing(apply_event, posted_for):
    for event in (savings_event(sev.AccountBlocked, channel=None, amount="0.00", reason="court order"),
                  savings_event(sev.AccountUnblocked, channel=None, amount="0.00", reason="lifted"),
                  savings_event(sev.AccountClosed, channel="cash", amount="0.00")):
        await apply_event(event)
        assert (await posted_for(event.id)) == (None, [])


async def test_a_term_closed_early_gives_interest_back_to_the_expense(apply_event, posted_for):
    event = savings_event(sev.InterestReversed, kind="fixed_deposit", channel=None, amount="210.55")
    await apply_event(event)
    assert (await posted_for(event.id))[1] == [("2140", 21_055, 0), ("5110", 0, 21_055)]
    for quiet in (savings_event(sev.AccountMatured, kind="fixed_deposit", channel=None, instruction="renew_principal"),
                  savings_event(sev.AccountRenewed, kind="fixed_deposit", channel=None, instruction="renew_principal"),
                  savings_event(sev.DpsSuspended, kind="dps", channel=None, amount="0.00", reason="2 missed", missed=2),
                  savings_event(sev.DpsResumed, kind="dps", channel=None, amount="0.00", reason="paid up")):
        await apply_event(quiet)
        assert (await posted_for(quiet.id)) == (None, [])


@pytest.mark.parametrize(("channel", "credit"), [("cash", "1110"), ("mobile_wallet", "1130"), ("savings", "2120")])
async def test_a_projects_grant_is_a_training_expense_paid_by_its_channel(channel, credit, apply_event, posted_for):
    from palli_training.contracts import events as tev

    project_id = uuid.uuid4()
    fact = tev.GrantPaid(project_id=str(project_id), cohort_id=str(uuid.uuid4()), title="Bridge", status="approved", division="Dhaka",
                         district="Tangail", upazila="Mirzapur", grant="5000.00", amount="5000.00", channel=channel,
                         reference="TX1" if channel != "cash" else None, on=date(2026, 11, 3), payee_participant_id=str(uuid.uuid4()),
                         member_id=str(uuid.uuid4()), branch_id=str(uuid.uuid4()))
    event = new_event(fact, aggregate_id=project_id, aggregate_version=3)
    await apply_event(event)
    entry, lines = await posted_for(event.id)
    assert lines == [("5230", 500_000, 0), (credit, 0, 500_000)] and entry.posted_on == date(2026, 11, 3)
    # savings' half of a grant paid into her savings was booked here, with training's event
    deposit = savings_event(sev.DepositReceived, kind="voluntary", channel="grant", amount="5000.00")
    await apply_event(deposit)
    assert (await posted_for(deposit.id)) == (None, [])
