"""Repayment reallocations: a reversal in lending re-spread a standing repayment, and the ledger
moves the difference between the portfolio and interest (or penalty) income, in either direction,
never with a negative line; after lending's own event sequence the books agree with lending."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from palli_ledger.adapters.tables import JournalLine
from palli_ledger.domain.rules import PostingRefused

REALLOCATED = "lending.loan.repayment_reallocated"


@pytest.mark.parametrize(("deltas", "expected"), [
    ({"principal_delta": "-74.56", "interest_delta": "74.56"}, [("1310-ME", 7456, 0), ("4110", 0, 7456)]),
    ({"principal_delta": "74.56", "interest_delta": "-74.56"}, [("1310-ME", 0, 7456), ("4110", 7456, 0)]),
    ({"principal_delta": "30.00", "penalty_delta": "-30.00"}, [("1310-ME", 0, 3000), ("4120", 3000, 0)]),
])
async def test_a_reallocation_moves_money_between_portfolio_and_income_either_way(deltas, expected, make_loan_event, apply_event, posted_for):
    event = make_loan_event(REALLOCATED, product_code="ME", channel="cash", **{"principal_delta": "0.00", "interest_delta": "0.00",
                                                                               "penalty_delta": "0.00", **deltas})
    await apply_event(event)
    _, lines = await posted_for(event.id)
    assert lines == expected


@pytest.mark.parametrize(("deltas", "names"), [
    ({"principal_delta": "-74.56", "interest_delta": "seventy"}, "interest_delta"),
    ({"principal_delta": "-74.56", "interest_delta": "70.00", "penalty_delta": "0.00"}, "do not balance"),
    ({"principal_delta": "-74.56", "interest_delta": "74.56"}, "penalty_delta"),
    ({"principal_delta": -74.56, "interest_delta": "74.56"}, "principal_delta"),
])
async def test_a_malformed_reallocation_is_refused(deltas, names, make_loan_event, apply_event):
    with pytest.raises(PostingRefused, match=names):
        await apply_event(make_loan_event(REALLOCATED, channel="cash", **deltas))


# What lending published for an ME loan of 50000.00: two installments repaid, prepaid, closed, then
# the first repayment reversed (services/lending/tests/test_reversal_replay.py makes the same story).
STORY = [
    ("lending.loan.disbursed", "mobile_wallet", {"principal": "50000.00", "amount": "50000.00", "outstanding_principal": "50000.00"}),
    ("lending.loan.repayment_received", "cash", {"principal": "3727.98", "interest": "1000.00", "amount": "4727.98",
                                                 "outstanding_principal": "46272.02"}),
    ("lending.loan.repayment_received", "cash", {"principal": "3802.54", "interest": "925.44", "amount": "4727.98",
                                                 "outstanding_principal": "42469.48"}),
    ("lending.loan.prepaid", "cash", {"principal": "42469.48", "amount": "42469.48", "outstanding_principal": "0.00", "interest_waived": "0.00"}),
    ("lending.loan.closed", None, {"status": "closed"}),
    ("lending.loan.repayment_reversed", "cash", {"principal": "3727.98", "interest": "1000.00", "amount": "4727.98",
                                                 "outstanding_principal": "4727.98"}),
    (REALLOCATED, "cash", {"principal_delta": "-74.56", "interest_delta": "74.56", "penalty_delta": "0.00", "outstanding_principal": "4727.98"}),
    (REALLOCATED, "cash", {"principal_delta": "-925.44", "interest_delta": "925.44", "penalty_delta": "0.00", "outstanding_principal": "4727.98"}),
]


async def test_after_a_reversal_on_a_prepaid_loan_the_books_hold_what_lending_holds(make_loan_event, apply_event, db, client):
    loan_id, branch_id = str(uuid.uuid4()), str(uuid.uuid4())
    for version, (event_type, channel, payload) in enumerate(STORY, start=3):
        await apply_event(make_loan_event(event_type, loan_id=loan_id, branch_id=branch_id, product_code="ME", channel=channel,
                                          version=version, on=date(2026, 12, 5), **payload))

    async def balance(code: str) -> int:  # debit minus credit for this loan
        async with db.sessions() as s:
            return (await s.execute(select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0))
                                    .where(JournalLine.aggregate_id == loan_id, JournalLine.account_code == code))).scalar_one()

    assert await balance("1310-ME") == 472_798  # lending: outstanding principal 4727.98
    assert -await balance("4110") == 192_544  # lending: interest paid 1000.00 + 925.44 by the standing two
    r = await client.get("/v1/ledger/reconciliation/loans", params={"branch_id": branch_id})
    assert r.status_code == 200, r.text
    assert r.json()["clean"] is True and r.json()["ledger_total"] == "4727.98"
