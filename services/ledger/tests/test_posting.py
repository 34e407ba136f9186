"""Posting lending events into the journal: every seeded rule's accounts and amounts, balance,
idempotency, refusals that name the fix (and post once the fix is made), product sub-accounts
opened on first use, the loan positions reconciliation reads, and immutable lines."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from palli_ledger.adapters.tables import Account, JournalEntry, JournalLine, LoanPosition
from palli_ledger.domain.rules import PostingRefused
from palli_ledger.service.posting import post_event

CHANNEL_ACCOUNT = {"cash": "1110", "mobile_wallet": "1130", "savings": "2120"}


def balanced(lines: list[tuple[str, int, int]]) -> bool:
    return sum(d for _, d, _ in lines) == sum(c for _, _, c in lines) > 0


@pytest.mark.parametrize("channel", ["cash", "mobile_wallet", "savings"])
async def test_disbursement_debits_the_product_portfolio_and_credits_the_channel(channel, make_loan_event, apply_event, posted_for, outbox_of):
    event = make_loan_event("lending.loan.disbursed", product_code="ME", channel=channel, principal="50000.00",
                            amount="50000.00", outstanding_principal="50000.00", on=date(2026, 10, 5), reference="BK7X2Q9")
    await apply_event(event)
    entry, lines = await posted_for(event.id)
    assert lines == [("1310-ME", 5_000_000, 0), (CHANNEL_ACCOUNT[channel], 0, 5_000_000)] and balanced(lines)
    assert (entry.kind, entry.status, entry.total, entry.posted_on) == ("event", "posted", 5_000_000, date(2026, 10, 5))
    assert entry.aggregate_id == event.aggregate_id and str(entry.branch_id) == event.payload["branch_id"]
    assert entry.correlation_id == event.correlation_id and entry.rule_id is not None and entry.reference == "BK7X2Q9"
    [(kind, payload)] = await outbox_of(entry.id)
    assert kind == "ledger.journal.posted"
    assert payload["total"] == "50000.00" and payload["source_event_id"] == str(event.id)
    assert payload["lines"] == [{"account_code": "1310-ME", "debit": "50000.00", "credit": "0.00"},
                                {"account_code": CHANNEL_ACCOUNT[channel], "debit": "0.00", "credit": "50000.00"}]


@pytest.mark.parametrize("event_type", ["lending.loan.repayment_received", "lending.loan.prepaid"])
@pytest.mark.parametrize("channel", ["cash", "mobile_wallet", "savings"])
async def test_collections_split_principal_interest_and_penalty(event_type, channel, make_loan_event, apply_event, posted_for, db):
    event = make_loan_event(event_type, channel=channel, amount="1150.50", principal="1000.00", interest="120.50", penalty="30.00")
    await apply_event(event)
    entry, lines = await posted_for(event.id)
    assert lines == [(CHANNEL_ACCOUNT[channel], 115_050, 0), ("1310-GEN-MC", 0, 100_000), ("4110", 0, 12_050), ("4120", 0, 3_000)]
    assert balanced(lines) and entry.total == 115_050
    async with db.sessions() as s:  # every line carries the entry's branch, date and loan
        rows = (await s.execute(select(JournalLine.branch_id, JournalLine.posted_on, JournalLine.aggregate_id)
                                .where(JournalLine.entry_id == entry.id))).all()
    assert {(str(b), on.isoformat(), a) for b, on, a in rows} == {
        (event.payload["branch_id"], event.payload["on"], event.payload["loan_id"])}


async def test_a_repayment_without_penalty_has_no_penalty_line(make_loan_event, apply_event, posted_for):
    event = make_loan_event("lending.loan.repayment_received", channel="cash", amount="250.00", principal="220.00", interest="30.00")
    await apply_event(event)
    _, lines = await posted_for(event.id)
    assert lines == [("1110", 25_000, 0), ("1310-GEN-MC", 0, 22_000), ("4110", 0, 3_000)]


async def test_a_reversed_repayment_is_the_mirror(make_loan_event, apply_event, posted_for):
    event = make_loan_event("lending.loan.repayment_reversed", channel="mobile_wallet", amount="1150.00", principal="1000.00",
                            interest="120.00", penalty="30.00", reverses_transaction_id=str(uuid.uuid4()), reason="bounced")
    await apply_event(event)
    _, lines = await posted_for(event.id)
    assert lines == [("1310-GEN-MC", 100_000, 0), ("4110", 12_000, 0), ("4120", 3_000, 0), ("1130", 0, 115_000)]
    assert balanced(lines)


async def test_a_write_off_takes_only_the_principal_off_the_books(make_loan_event, apply_event, posted_for):
    # no provision held for this loan, so all of it is loss (test_provisions.py: one that holds some)
    event = make_loan_event("lending.loan.written_off", product_code="WE", channel=None, amount="4300.00", principal="4000.00",
                            interest="300.00", status="written_off", outstanding_principal="0.00")
    await apply_event(event)
    _, lines = await posted_for(event.id)
    assert lines == [("5130", 400_000, 0), ("1310-WE", 0, 400_000)]


# a close posts only the release of a provision held, and this loan holds none (test_provisions.py)
@pytest.mark.parametrize("event_type", ["lending.loan.applied", "lending.loan.approved", "lending.loan.overdue", "lending.loan.closed"])
async def test_events_that_move_no_money_post_nothing_but_are_seen(event_type, make_loan_event, apply_event, posted_for, db):
    event = make_loan_event(event_type, status="approved", amount="999.00")
    await apply_event(event)
    assert await posted_for(event.id) == (None, [])
    async with db.sessions() as s:
        position = await s.get(LoanPosition, event.aggregate_id)
    assert position is not None and position.status == "approved"


async def test_a_duplicate_event_posts_once_even_past_the_inbox(make_loan_event, apply_event, posted_for, db):
    event = make_loan_event("lending.loan.disbursed", channel="cash", principal="8000.00", amount="8000.00")
    await apply_event(event)
    await apply_event(event)  # redelivered: the inbox skips it
    for _ in range(2):  # and straight to the handler: source_event_id is unique
        async with db.uow() as uow:
            await post_event(uow, event)
            await uow.commit()
    async with db.sessions() as s:
        entries = (await s.scalars(select(JournalEntry).where(JournalEntry.aggregate_id == event.aggregate_id))).all()
    assert len(entries) == 1
    _, lines = await posted_for(event.id)
    assert len(lines) == 2


async def test_no_rule_for_a_channel_is_refused_then_posts_once_the_rule_exists(make_loan_event, apply_event, posted_for, client, db, books):
    event = make_loan_event("lending.loan.repayment_received", channel="bank", amount="500.00", principal="500.00")
    with pytest.raises(PostingRefused) as refused:
        await apply_event(event)
    message = str(refused.value)
    assert "lending.loan.repayment_received" in message and "channel bank" in message and "POST /v1/ledger/posting-rules" in message
    assert await posted_for(event.id) == (None, [])
    async with db.sessions() as s:  # nothing half-written: the loan position rolled back with the refusal
        assert await s.get(LoanPosition, event.aggregate_id) is None

    r = await books.post("/v1/ledger/posting-rules", json={
        "event_type": "lending.loan.repayment_received", "channel": "bank", "description": "Repayment into the bank account",
        "lines": [{"side": "debit", "account": "1120", "amount": "amount"}, {"side": "credit", "account": "1310-{product_code}", "amount": "principal"},
                  {"side": "credit", "account": "4110", "amount": "interest"}, {"side": "credit", "account": "4120", "amount": "penalty"}]})
    assert r.status_code == 200, r.text
    await apply_event(event)  # replayed from the DLQ
    _, lines = await posted_for(event.id)
    assert lines == [("1120", 50_000, 0), ("1310-GEN-MC", 0, 50_000)]


async def test_a_new_event_type_is_refused_until_a_rule_is_added(make_loan_event, apply_event, posted_for, client, books):
    event = make_loan_event("lending.loan.fee_charged", channel="cash", amount="50.00")
    with pytest.raises(PostingRefused, match="lending.loan.fee_charged with channel cash"):
        await apply_event(event)
    r = await books.post("/v1/ledger/posting-rules", json={
        "event_type": "lending.loan.fee_charged", "channel": None, "description": "Loan processing fee",
        "lines": [{"side": "debit", "account": "1110", "amount": "amount"}, {"side": "credit", "account": "4130", "amount": "amount"}]})
    assert r.status_code == 200, r.text
    await apply_event(event)  # the null-channel rule takes any channel without one of its own
    _, lines = await posted_for(event.id)
    assert lines == [("1110", 5_000, 0), ("4130", 0, 5_000)]


async def test_an_unbalanced_result_is_refused_naming_both_totals(make_loan_event, apply_event, posted_for, client, books):
    event_type = f"lending.loan.odd_{uuid.uuid4().hex[:8]}"
    r = await books.post("/v1/ledger/posting-rules", json={
        "event_type": event_type, "description": "debits the amount, credits only the principal",
        "lines": [{"side": "debit", "account": "1110", "amount": "amount"}, {"side": "credit", "account": "1310-{product_code}", "amount": "principal"}]})
    assert r.status_code == 200, r.text
    event = make_loan_event(event_type, amount="120.00", principal="100.00")
    with pytest.raises(PostingRefused, match=r"debits 120\.00, credits 100\.00"):
        await apply_event(event)
    assert await posted_for(event.id) == (None, [])


async def test_a_rule_change_applies_to_later_events_only(make_loan_event, apply_event, posted_for, client, books):
    event_type = f"lending.loan.grant_{uuid.uuid4().hex[:8]}"
    r = await books.post("/v1/ledger/posting-rules", json={
        "event_type": event_type, "description": "a grant received in cash",
        "lines": [{"side": "debit", "account": "1110", "amount": "amount"}, {"side": "credit", "account": "4130", "amount": "amount"}]})
    rule = r.json()
    first = make_loan_event(event_type, amount="10.00")
    await apply_event(first)
    r = await books.patch(f"/v1/ledger/posting-rules/{rule['id']}", headers={"If-Match": r.headers["ETag"]}, json={
        "lines": [{"side": "debit", "account": "1120", "amount": "amount"}, {"side": "credit", "account": "4130", "amount": "amount"}]})
    assert r.status_code == 200, r.text
    second = make_loan_event(event_type, amount="20.00")
    await apply_event(second)
    assert (await posted_for(first.id))[1] == [("1110", 1_000, 0), ("4130", 0, 1_000)]
    assert (await posted_for(second.id))[1] == [("1120", 2_000, 0), ("4130", 0, 2_000)]


async def test_a_new_product_gets_its_portfolio_sub_account_on_first_posting(make_loan_event, apply_event, posted_for, db):
    code = f"NEW{uuid.uuid4().hex[:6].upper()}"
    for _ in range(2):  # the second posting finds it
        event = make_loan_event("lending.loan.disbursed", product_code=code, channel="cash", principal="7000.00", amount="7000.00")
        await apply_event(event)
        assert (await posted_for(event.id))[1] == [(f"1310-{code}", 700_000, 0), ("1110", 0, 700_000)]
    async with db.sessions() as s:
        account = (await s.scalars(select(Account).where(Account.code == f"1310-{code}"))).one()
    assert (account.type, account.parent_code, account.is_header, account.active) == ("asset", "1310", False, True)
    assert account.name == f"Loan portfolio — {code}" and account.name_bn == f"ঋণ পোর্টফোলিও — {code}"


@pytest.mark.parametrize("payload, expected", [
    ({"principal": "abc"}, "principal is 'abc'"),
    ({"principal": "-5.00"}, "principal is '-5.00'"),
    ({"principal": "1.005"}, "principal is '1.005'"),
    ({"principal": None}, "principal is None"),
    ({"product_code": "gen mc"}, "product_code"),
    ({"on": "2026-02-30"}, "on is '2026-02-30'"),
    ({"branch_id": "branch-7"}, "branch_id is 'branch-7'"),
])
async def test_a_malformed_event_is_refused_saying_what_is_wrong(payload, expected, make_loan_event, apply_event, posted_for):
    event = make_loan_event("lending.loan.disbursed", channel="cash", principal="100.00", amount="100.00")
    event.payload.update(payload)
    with pytest.raises(PostingRefused, match="lending.loan.disbursed") as refused:
        await apply_event(event)
    assert expected in str(refused.value)
    assert await posted_for(event.id) == (None, [])


async def test_an_inactive_or_header_account_refuses_the_posting(make_loan_event, apply_event, client, db, books):
    r = await books.post("/v1/ledger/accounts", json={"code": f"4199-{uuid.uuid4().hex[:6].upper()}", "name": "Sundry income",
                                                       "type": "income", "parent_code": "4000"})
    code = r.json()["code"]
    event_type = f"lending.loan.sundry_{uuid.uuid4().hex[:8]}"
    r = await books.post("/v1/ledger/posting-rules", json={"event_type": event_type, "description": "sundry", "lines": [
        {"side": "debit", "account": "1110", "amount": "amount"}, {"side": "credit", "account": code, "amount": "amount"}]})
    assert r.status_code == 200, r.text
    r = await books.patch(f"/v1/ledger/accounts/{code}", json={"active": False})
    assert r.status_code == 200 and r.json()["active"] is False
    with pytest.raises(PostingRefused, match=f"account {code} is inactive"):
        await apply_event(make_loan_event(event_type, amount="5.00"))
    async with db.uow() as uow:  # a rule edited by hand to name a header
        await uow.session.execute(text("UPDATE posting_rules SET lines = :l WHERE event_type = :t"), {
            "t": event_type, "l": '[{"side": "debit", "account": "1100", "amount": "amount"}, {"side": "credit", "account": "4130", "amount": "amount"}]'})
        await uow.commit()
    with pytest.raises(PostingRefused, match="1100 is a header"):
        await apply_event(make_loan_event(event_type, amount="5.00"))


async def test_posted_on_falls_back_to_the_dhaka_day_of_the_event(make_loan_event, apply_event, posted_for):
    event = make_loan_event("lending.loan.repayment_received", channel="cash", amount="10.00", principal="10.00")
    event.payload["on"] = None
    event = event.model_copy(update={"occurred_at": datetime(2026, 11, 1, 20, 30, tzinfo=UTC)})  # 02:30 on 2 Nov in Dhaka
    await apply_event(event)
    entry, _ = await posted_for(event.id)
    assert entry.posted_on == date(2026, 11, 2)


async def test_the_newest_loan_version_wins_the_position(make_loan_event, apply_event, db):
    loan_id, branch = str(uuid.uuid4()), str(uuid.uuid4())

    async def position() -> LoanPosition:
        async with db.sessions() as s:
            return await s.get(LoanPosition, loan_id)

    await apply_event(make_loan_event("lending.loan.repayment_received", loan_id=loan_id, branch_id=branch, version=4, channel="cash",
                                      amount="2000.00", principal="2000.00", outstanding_principal="8000.00", product_code="AGRI"))
    await apply_event(make_loan_event("lending.loan.approved", loan_id=loan_id, branch_id=branch, version=2, status="approved",
                                      outstanding_principal="0.00", product_code="AGRI"))  # late: older than what we have
    p = await position()
    assert (p.outstanding_principal, p.aggregate_version, p.status, p.product_code, str(p.branch_id)) == (800_000, 4, "active", "AGRI", branch)
    await apply_event(make_loan_event("lending.loan.written_off", loan_id=loan_id, branch_id=branch, version=5, status="written_off",
                                      principal="8000.00", amount="8000.00", outstanding_principal="0.00", product_code="AGRI"))
    p = await position()
    assert (p.outstanding_principal, p.aggregate_version, p.status) == (0, 5, "written_off")


async def test_postgresql_refuses_to_change_or_delete_posted_lines(ledger_db_url, make_loan_event, apply_event, posted_for, db):
    if not ledger_db_url.startswith("postgresql"):
        pytest.skip("the immutability triggers are PostgreSQL's")
    event = make_loan_event("lending.loan.disbursed", channel="cash", principal="100.00", amount="100.00")
    await apply_event(event)
    entry, _ = await posted_for(event.id)
    for sql in ("UPDATE journal_lines SET debit = debit + 1 WHERE entry_id = :e", "DELETE FROM journal_lines WHERE entry_id = :e",
                "UPDATE journal_entries SET total = 1 WHERE id = :e", "DELETE FROM journal_entries WHERE id = :e"):
        async with db.uow() as uow:
            with pytest.raises(Exception, match="immutable"):
                await uow.session.execute(text(sql), {"e": entry.id})
    assert (await posted_for(event.id))[1] == [("1310-GEN-MC", 10_000, 0), ("1110", 0, 10_000)]
