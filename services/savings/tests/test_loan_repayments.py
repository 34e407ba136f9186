"""Repaying her loan from her voluntary savings: only with her consent recorded, only for an active
loan of hers, never more than is free; the debit is evented for lending to apply, and a repayment
lending refuses comes back to her account."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select

from palli_common.clock import business_today
from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem
from palli_lending.contracts import events as lev
from palli_savings.adapters.tables import Consent

from .conftest import GS, VS
from .test_accounts import _lending

CONSENT = {"method": "thumbprint", "reference": "FORM-2291", "witness": "Shapla Begum (group leader)"}


async def _her_loan(app, member_id, branch_id) -> tuple[uuid.UUID, object]:  # noqa: ANN001
    loan_id = uuid.uuid4()
    deliver = _lending(app, member_id, branch_id, loan_id)
    await deliver(lev.LoanDisbursed, 3, "active", on=business_today(), amount="20000.00", principal="20000.00", channel="cash",
                  first_due_on=business_today() + timedelta(days=7), installment_amount="480.00", total_interest="2080.00")
    return loan_id, deliver


async def test_a_repayment_from_savings_needs_her_consent_and_is_evented_for_lending(app, client, member, open_account):
    member_id, branch_id = await member()
    vs = await open_account(member_id, VS, "1000.00")
    loan_id, deliver = await _her_loan(app, member_id, branch_id)
    path = f"/v1/savings/accounts/{vs['id']}/loan-repayments"
    assert_problem(await client.post(path, json={"loan_id": str(loan_id), "amount": "300.00"}), 422, "consent")
    assert_problem(await client.post(path, json={"loan_id": str(loan_id), "amount": "300.00", "consent": {"method": "nod"}}), 422,
                   "consent.method")
    r = await client.post(path, json={"loan_id": str(loan_id), "amount": "300.00", "consent": CONSENT})
    assert r.status_code == 201, r.text
    body = r.json()
    assert (body["kind"], body["amount"], body["balance_after"], body["channel"], body["reference"]) == (
        "loan_repayment", "300.00", "700.00", "loan_repayment", str(loan_id))
    async with app.state.runtime.db.sessions() as s:
        consent = await s.get(Consent, uuid.UUID(body["consent_id"]))
        [event] = (await s.scalars(select(OutboxRecord).where(OutboxRecord.key == vs["id"],
                                                             OutboxRecord.event_type == "savings.account.withdrawal_paid"))).all()
    assert (consent.method, consent.reference, consent.loan_id, str(consent.transaction_id)) == ("thumbprint", "FORM-2291", loan_id, body["id"])
    payload = event.envelope["payload"]
    assert (payload["channel"], payload["reference"], payload["amount"], payload["transaction_id"]) == (
        "loan_repayment", str(loan_id), "300.00", body["id"])

    # lending could not take it (say the loan closed meanwhile): the money comes back
    await deliver(lev.RepaymentRefused, 9, "closed", on=business_today(), amount="300.00", channel="savings", reference=body["id"],
                  savings_account_id=vs["id"], reason="cannot take a repayment on a loan that is closed")
    account = (await client.get(f"/v1/savings/accounts/{vs['id']}")).json()
    assert account["balance"] == "1000.00"
    last = (await client.get(f"/v1/savings/accounts/{vs['id']}/transactions")).json()["items"][-1]
    assert (last["kind"], last["channel"], last["reference"], last["amount"]) == ("deposit", "repayment_refund", body["id"], "300.00")


async def test_only_her_voluntary_savings_for_her_active_loan_and_only_what_is_free(app, client, member, open_account):
    member_id, branch_id = await member()
    vs = await open_account(member_id, VS, "100.00")
    gs = await open_account(member_id, GS, "100.00")
    loan_id, _ = await _her_loan(app, member_id, branch_id)
    other, other_branch = await member()
    theirs, _ = await _her_loan(app, other, other_branch)
    body = {"loan_id": str(loan_id), "amount": "50.00", "consent": CONSENT}
    assert_problem(await client.post(f"/v1/savings/accounts/{gs['id']}/loan-repayments", json=body), 409, "account_id")
    path = f"/v1/savings/accounts/{vs['id']}/loan-repayments"
    assert_problem(await client.post(path, json={**body, "loan_id": str(theirs)}), 409, "loan_id")
    assert_problem(await client.post(path, json={**body, "loan_id": str(uuid.uuid4())}), 409, "loan_id")
    r = await client.post(path, json={**body, "amount": "100.01"})
    assert_problem(r, 409, "amount")
    assert r.json()["available"] == "100.00"
    assert_problem(await client.post(path, json={**body, "amount": "0.00"}), 422, "amount")
    assert (await client.get(f"/v1/savings/accounts/{vs['id']}")).json()["balance"] == "100.00"  # nothing moved


async def test_a_projects_grant_paid_into_her_savings_is_credited_once(app, client, member, open_account):
    from types import SimpleNamespace

    import pytest

    from palli_common.consumer import ConsumerRunner
    from palli_common.events import EventEnvelope, new_event
    from palli_savings.consumers import CONSUMERS
    from palli_savings.service.loan_events import NotCreditable
    from palli_training.contracts import events as tev

    member_id, branch_id = await member()
    vs = await open_account(member_id, VS)
    runtime = app.state.runtime
    runner = ConsumerRunner("savings-training", runtime.db, runtime.settings, CONSUMERS["savings-training"])

    def grant(account_id: str, to: uuid.UUID):  # noqa: ANN202
        project_id = uuid.uuid4()
        fact = tev.GrantPaid(project_id=str(project_id), cohort_id=str(uuid.uuid4()), title="Bridge", status="approved", division="Dhaka",
                             district="Tangail", upazila="Mirzapur", grant="5000.00", amount="5000.00", channel="savings",
                             reference=account_id, on=business_today(), payee_participant_id=str(uuid.uuid4()), member_id=str(to),
                             branch_id=str(branch_id), savings_account_id=account_id)
        envelope = new_event(fact, aggregate_id=project_id, aggregate_version=3)
        return SimpleNamespace(value=envelope.model_dump_json().encode(), key=str(project_id).encode(), headers=[], topic=envelope.topic,
                               partition=0, offset=0)

    message = grant(vs["id"], member_id)
    await runner.process(message)
    await runner.process(message)  # redelivered: still one deposit
    items = (await client.get(f"/v1/savings/accounts/{vs['id']}/transactions")).json()["items"]
    assert [(t["kind"], t["amount"], t["channel"]) for t in items] == [("deposit", "5000.00", "grant")]
    other, _ = await member()
    with pytest.raises(NotCreditable):  # not her account: refused (the consumer parks it), never credited
        await runner._apply(runner.handlers["training.project.grant_paid"], EventEnvelope.model_validate_json(grant(vs["id"], other).value))
    assert (await client.get(f"/v1/savings/accounts/{vs['id']}")).json()["balance"] == "5000.00"
