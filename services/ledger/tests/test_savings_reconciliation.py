"""Savings reconciliation: per branch and kind, the member-savings accounts against the balances
savings published; clean when every event is booked, the difference shown when one is not."""

from __future__ import annotations

import uuid
from datetime import date

from palli_common.events import new_event
from palli_common.testing.http import assert_problem
from palli_lending.contracts import events as lev
from palli_savings.contracts import events as sev


class Account:
    """One savings account's events in order, each carrying the balance after it (as savings sends them)."""

    def __init__(self, branch_id: uuid.UUID, kind: str, member_id: uuid.UUID | None = None) -> None:
        self.id, self.branch_id, self.kind, self.member_id = uuid.uuid4(), branch_id, kind, member_id or uuid.uuid4()
        self.version, self.balance = 1, 0

    def event(self, cls, amount: str, change: int, channel: str | None = "cash", **extra):  # noqa: ANN001, ANN003
        self.version += 1
        self.balance += change
        fact = cls(account_id=str(self.id), number=f"{self.kind[:2].upper()}-1", member_id=str(self.member_id), group_id=str(uuid.uuid4()),
                   branch_id=str(self.branch_id), product_id=str(uuid.uuid4()), product_code="GS", kind=self.kind, status="active",
                   on=date(2026, 11, 3), amount=amount, balance=f"{self.balance / 100:.2f}", channel=channel, **extra)
        return new_event(fact, aggregate_id=self.id, aggregate_version=self.version)


async def _reconcile(client, branch_id: uuid.UUID) -> dict:  # noqa: ANN001
    r = await client.get("/v1/ledger/reconciliation/savings", params={"branch_id": str(branch_id)})
    assert r.status_code == 200, r.text
    return r.json()


async def test_booked_savings_reconcile_per_branch_and_kind(apply_event, client):
    branch = uuid.uuid4()
    gs, vs = Account(branch, "compulsory"), Account(branch, "voluntary")
    vs.member_id = gs.member_id
    events = [gs.event(sev.DepositReceived, "500.00", 50_000), vs.event(sev.DepositReceived, "300.00", 30_000, channel="bank"),
              gs.event(sev.WithdrawalPaid, "120.00", -12_000),
              gs.event(sev.InterestPosted, "2.46", 246, channel=None, period_start=date(2026, 11, 1), period_end=date(2026, 11, 30)),
              vs.event(sev.TransferredOut, "100.00", -10_000, channel="transfer", to_account_id=str(gs.id), to_kind="compulsory"),
              gs.event(sev.TransferredIn, "100.00", 10_000, channel="transfer", from_account_id=str(vs.id), from_kind="voluntary"),
              vs.event(sev.AccountClosed, "200.00", -20_000, channel="cash")]
    for event in events:
        await apply_event(event)
    await apply_event(events[0])  # a redelivery changes nothing
    body = await _reconcile(client, branch)
    assert body["clean"] is True and body["difference"] == "0.00" and body["accounts_checked"] == 2
    assert [(k["account_code"], k["accounts"], k["ledger"], k["savings"]) for k in body["by_kind"]] == [
        ("2110", 1, "482.46", "482.46"), ("2120", 1, "0.00", "0.00")]


async def test_a_disbursement_to_savings_reconciles_once_lending_books_it(apply_event, client):
    branch = uuid.uuid4()
    vs = Account(branch, "voluntary")
    credited = vs.event(sev.DepositReceived, "20000.00", 2_000_000, channel="loan_disbursement")
    await apply_event(credited)  # savings' half posts nothing: lending's disbursement books Cr 2120
    body = await _reconcile(client, branch)
    assert body["clean"] is False and body["difference"] == "-20000.00"
    assert [(k["account_code"], k["ledger"], k["savings"], k["difference"]) for k in body["by_kind"]] == [
        ("2120", "0.00", "20000.00", "-20000.00")]
    loan_id = uuid.uuid4()
    disbursed = lev.LoanDisbursed(loan_id=str(loan_id), member_id=str(vs.member_id), group_id=str(uuid.uuid4()), branch_id=str(branch),
                                  product_id=str(uuid.uuid4()), product_code="GEN-MC", status="active", loan_principal="20000.00",
                                  on=date(2026, 11, 3), amount="20000.00", principal="20000.00", channel="savings", reference=vs.id.hex,
                                  first_due_on=date(2026, 11, 10), installment_amount="480.00", total_interest="2080.00",
                                  outstanding_principal="20000.00")
    await apply_event(new_event(disbursed, aggregate_id=loan_id, aggregate_version=3))
    assert (await _reconcile(client, branch))["clean"] is True


async def test_a_branch_caller_sees_only_their_branch(client_as):
    async with client_as(roles=["accountant"], branches=[uuid.uuid4()]) as c:
        assert_problem(await c.get("/v1/ledger/reconciliation/savings", params={"branch_id": str(uuid.uuid4())}), 403)
        assert_problem(await c.get("/v1/ledger/reconciliation/savings", params={"branch_id": "not-a-branch"}), 422, "branch_id")
