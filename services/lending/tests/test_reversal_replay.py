"""Reversing a repayment re-spreads every later money transaction that still stands (repayments
and a prepayment, with its waiver), and tells the ledger how each one's split changed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from palli_common.clock import business_today
from palli_common.money import to_poisha


def poisha(value: str) -> int:
    return to_poisha(Decimal(value))


async def prepaid_loan(desk, seed, **terms) -> tuple[dict, list[dict], dict]:  # noqa: ANN001, ANN003
    """A loan (GEN-MC unless `terms` say) disbursed 60 days ago, two installments repaid today, then prepaid today."""
    loan = await desk.active_loan(await seed.member(desk.group), **terms)
    today = business_today().isoformat()
    paid = []
    for installment in loan["schedule"][:2]:
        r = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": installment["total"], "paid_on": today})
        assert r.status_code == 201, r.text
        paid.append(r.json())
    q = (await desk.officer.get(f"/v1/loans/{loan['id']}/prepayment-quote")).json()
    r = await desk.officer.post(f"/v1/loans/{loan['id']}/prepay", json={"amount": q["total"], "paid_on": today})
    assert r.status_code == 200, r.text
    assert (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()["status"] == "closed"
    return loan, paid, r.json()


@pytest.mark.parametrize("which", [0, 1])
async def test_reversing_a_repayment_on_a_prepaid_loan_leaves_what_it_paid_owing(desk, seed, which):
    loan, paid, prepayment = await prepaid_loan(desk, seed)
    reversed_ = paid[which]
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/transactions/{reversed_['id']}/reverse", json={"reason": "bounced wallet payment"})
    assert r.status_code == 200, r.text
    after = (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()
    # the prepayment's waiver still stands, so the member owes exactly the reversed amount, all of it principal
    assert after["status"] == "active" and after["closed_on"] is None
    assert (after["outstanding_principal"], after["outstanding_interest"], after["outstanding_penalty"]) == (reversed_["amount"], "0.00", "0.00")
    txs = {t["id"]: t for t in (await desk.officer.get(f"/v1/loans/{loan['id']}/transactions")).json()["items"]}
    assert txs[prepayment["id"]]["reversed"] is False and txs[prepayment["id"]]["amount"] == prepayment["amount"]
    standing = [t for t in txs.values() if t["kind"] in ("repayment", "prepayment") and not t["reversed"]]
    assert sum(poisha(t["principal"]) for t in standing) == poisha(after["paid_principal"])
    assert sum(poisha(t["interest"]) for t in standing) == poisha(after["paid_interest"])

    r = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": reversed_["amount"], "paid_on": business_today().isoformat()})
    assert r.status_code == 201, r.text
    assert (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()["status"] == "closed"  # paying it again closes the loan


async def test_the_ledgers_view_from_the_events_matches_lending_after_a_reversal(desk, seed, outbox_events):
    # declining balance: each installment's interest differs, so the later repayment's split changes too
    loan, paid, prepayment = await prepaid_loan(desk, seed, code="ME", principal="50000.00", installments=12, frequency="monthly")
    r = await desk.manager.post(f"/v1/loans/{loan['id']}/transactions/{paid[0]['id']}/reverse", json={"reason": "counted twice"})
    assert r.status_code == 200, r.text
    events = await outbox_events(loan["id"])
    reallocated = {p["transaction_id"]: p for t, p in events if t == "lending.loan.repayment_reallocated"}
    assert set(reallocated) == {paid[1]["id"], prepayment["id"]}  # both still stand, both now pay different installments
    for p in reallocated.values():
        assert poisha(p["principal_delta"]) + poisha(p["interest_delta"]) + poisha(p["penalty_delta"]) == 0
        assert p["reversal_id"] == r.json()["id"] and p["product_code"] == "ME" and p["channel"] == "cash"
    assert poisha(reallocated[paid[1]["id"]]["interest_delta"]) > 0 > poisha(reallocated[paid[1]["id"]]["principal_delta"])
    # what the seeded posting rules make of these events: portfolio and interest income
    sign = {"lending.loan.disbursed": -1, "lending.loan.repayment_received": 1, "lending.loan.prepaid": 1, "lending.loan.repayment_reversed": -1}
    received_principal = sum(sign[t] * poisha(p["principal"]) for t, p in events if t in sign and t != "lending.loan.disbursed")
    received_principal += sum(poisha(p["principal_delta"]) for p in reallocated.values())
    interest_income = sum(sign[t] * poisha(p["interest"]) for t, p in events if t in sign and t != "lending.loan.disbursed")
    interest_income += sum(poisha(p["interest_delta"]) for p in reallocated.values())
    after = (await desk.officer.get(f"/v1/loans/{loan['id']}")).json()
    assert poisha(loan["principal"]) - received_principal == poisha(after["outstanding_principal"]) == poisha(events[-1][1]["outstanding_principal"])
    assert interest_income == poisha(after["paid_interest"])
    assert [t for t, _ in events][-3:] == ["lending.loan.repayment_reversed"] + ["lending.loan.repayment_reallocated"] * 2
    print("EVENTS", [(t, {k: p[k] for k in ("on", "status", "principal", "interest", "penalty", "outstanding_principal", "channel")} | {k: p[k] for k in p if k.endswith("_delta")}) for t, p in events])
