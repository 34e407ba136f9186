"""Accounts and their money: open for an active member, deposits and withdrawals under the row lock
and the caller's key, the passbook's running balance, and refusals that name what stands in the way."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta

from sqlalchemy import func, select

from palli_common.clock import business_today
from palli_common.tables import OutboxRecord
from palli_common.testing.http import assert_problem

from .conftest import DPS, GS, VS, events_of as _events, lending_events as _lending


async def test_an_active_member_opens_one_compulsory_account_with_a_first_deposit(app, client, member, open_account):
    member_id, branch_id = await member()
    account = await open_account(member_id, GS, "50.00")
    assert (account["kind"], account["status"], account["balance"], account["branch_id"]) == ("compulsory", "active", "50.00", str(branch_id))
    assert account["number"].startswith("GS-")
    assert await _events(app, account["id"]) == ["savings.account.opened", "savings.account.deposit_received"]
    r = await client.post("/v1/savings/accounts", json={"member_id": str(member_id), "product_id": GS})
    assert_problem(r, 409, "product_id")
    assert r.json()["account_id"] == account["id"]
    # a voluntary account beside it is fine
    assert (await open_account(member_id, VS))["kind"] == "voluntary"


async def test_only_active_members_known_to_savings_may_open(client, member):
    applicant, _ = await member(status="applicant")
    assert_problem(await client.post("/v1/savings/accounts", json={"member_id": str(applicant), "product_id": GS}), 409, "member_id")
    assert_problem(await client.post("/v1/savings/accounts", json={"member_id": str(uuid.uuid4()), "product_id": GS}), 422, "member_id")
    active, _ = await member()
    assert_problem(await client.post("/v1/savings/accounts", json={"member_id": str(active), "product_id": str(uuid.uuid4())}), 422, "product_id")
    # a DPS saves at least the product's minimum a month
    assert_problem(await client.post("/v1/savings/accounts", json={"member_id": str(active), "product_id": DPS, "term_months": 36,
                                                                   "installment": "10.00", "opening_deposit": "10.00"}), 422, "installment")


async def test_deposits_and_withdrawals_keep_the_passbook_running(app, client, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, VS)
    path = f"/v1/savings/accounts/{account['id']}"
    for amount in ("100.00", "35.50"):
        r = await client.post(f"{path}/deposits", json={"amount": amount})
        assert r.status_code == 201, r.text
    w = await client.post(f"{path}/withdrawals", json={"amount": "20.25", "channel": "mobile_wallet", "reference": "BK99"})
    assert w.status_code == 201, w.text
    assert (w.json()["kind"], w.json()["balance_after"]) == ("withdrawal", "115.25")
    got = await client.get(path)
    assert got.json()["balance"] == "115.25" and got.headers["etag"] == f'"{got.json()["version"]}"'
    page = (await client.get(f"{path}/transactions", params={"limit": 2})).json()
    assert [t["balance_after"] for t in page["items"]] == ["100.00", "135.50"]
    rest = (await client.get(f"{path}/transactions", params={"cursor": page["next_cursor"]})).json()
    assert [t["balance_after"] for t in rest["items"]] == ["115.25"] and rest["next_cursor"] is None
    assert (await _events(app, account["id"]))[-1] == "savings.account.withdrawal_paid"


async def test_a_withdrawal_never_takes_what_is_not_there(client, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, VS, "40.00")
    path = f"/v1/savings/accounts/{account['id']}"
    r = await client.post(f"{path}/withdrawals", json={"amount": "40.01"})
    problem = assert_problem(r, 409, "amount")
    assert problem["available"] == "40.00"
    assert (await client.get(path)).json()["balance"] == "40.00"
    assert len((await client.get(f"{path}/transactions")).json()["items"]) == 1


async def test_concurrent_withdrawals_never_overdraw(client, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, GS, "100.00")
    path = f"/v1/savings/accounts/{account['id']}"
    answers = await asyncio.gather(*(client.post(f"{path}/withdrawals", json={"amount": "30.00"}) for _ in range(6)))
    assert sorted(r.status_code for r in answers) == [201, 201, 201, 409, 409, 409]
    assert (await client.get(path)).json()["balance"] == "10.00"


async def test_a_retried_deposit_with_one_key_is_taken_once(client, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, GS)
    path = f"/v1/savings/accounts/{account['id']}"
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = await client.post(f"{path}/deposits", json={"amount": "20.00"}, headers=key)
    again = await client.post(f"{path}/deposits", json={"amount": "20.00"}, headers=key)
    assert first.status_code == again.status_code == 201 and again.content == first.content
    assert again.headers["idempotent-replayed"] == "true"
    assert_problem(await client.post(f"{path}/deposits", json={"amount": "25.00"}, headers=key), 422, "Idempotency-Key")
    assert (await client.get(path)).json()["balance"] == "20.00"


async def test_partners_must_send_a_key_to_move_money(client_as, member, open_account):
    member_id, branch_id = await member()
    account = await open_account(member_id, GS)
    async with client_as(roles=[], scopes=["savings:write"], partner="bkash", branches=[branch_id]) as partner:
        r = await partner.post(f"/v1/savings/accounts/{account['id']}/deposits", json={"amount": "20.00", "channel": "mobile_wallet"})
    assert_problem(r, 400, "Idempotency-Key")


async def test_dates_stay_in_the_window_and_in_order(client, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, VS)
    path = f"/v1/savings/accounts/{account['id']}/deposits"
    today = business_today()
    assert_problem(await client.post(path, json={"amount": "5.00", "on": (today + timedelta(days=2)).isoformat()}), 422, "on")
    assert_problem(await client.post(path, json={"amount": "5.00", "on": (today - timedelta(days=5)).isoformat()}), 422, "backdate_reason")
    assert (await client.post(path, json={"amount": "5.00"})).status_code == 201
    # history keeps its order: nothing dated before the last transaction, even with a reason
    assert_problem(await client.post(path, json={"amount": "5.00", "on": (today - timedelta(days=1)).isoformat()}), 422, "on")
    assert [t["amount"] for t in (await client.get(f"/v1/savings/accounts/{account['id']}/transactions")).json()["items"]] == ["5.00"]


async def test_a_manager_dates_money_back_with_a_reason_an_officer_only_a_day(client, client_as, member):
    member_id, branch_id = await member()
    today = business_today()
    week_ago, reason = (today - timedelta(days=7)).isoformat(), "entered late from the branch's paper register"
    opening = {"member_id": str(member_id), "product_id": VS, "opening_deposit": "100.00", "opened_on": week_ago}
    async with client_as(roles=["field_officer"], branches=[branch_id]) as officer:
        assert_problem(await officer.post("/v1/savings/accounts", json={**opening, "backdate_reason": reason}), 403, "opened_on")
        assert (await officer.get("/v1/savings/accounts", params={"member_id": str(member_id)})).json()["items"] == []
    assert_problem(await client.post("/v1/savings/accounts", json={**opening, "opened_on": (today - timedelta(days=400)).isoformat(),
                                                                    "backdate_reason": reason}), 422, "opened_on")
    r = await client.post("/v1/savings/accounts", json={**opening, "backdate_reason": f"  {reason} "})
    assert r.status_code == 201, r.text
    account = r.json()
    assert account["opened_on"] == week_ago
    path = f"/v1/savings/accounts/{account['id']}"
    async with client_as(roles=["field_officer"], branches=[branch_id]) as officer:
        assert_problem(await officer.post(f"{path}/deposits", json={"amount": "5.00", "on": (today - timedelta(days=3)).isoformat(),
                                                                     "backdate_reason": reason}), 403, "on")
        yesterday = await officer.post(f"{path}/deposits", json={"amount": "5.00", "on": (today - timedelta(days=1)).isoformat()})
        assert yesterday.status_code == 201 and yesterday.json()["backdate_reason"] is None
    rows = (await client.get(f"{path}/transactions")).json()["items"]
    assert [(t["on"], t["amount"], t["balance_after"], t["backdate_reason"]) for t in rows] == [
        (week_ago, "100.00", "100.00", reason), ((today - timedelta(days=1)).isoformat(), "5.00", "105.00", None)]


async def test_another_branch_sees_nothing(client_as, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, GS, "10.00")
    async with client_as(roles=["field_officer"], branches=[uuid.uuid4()]) as stranger:
        assert_problem(await stranger.get(f"/v1/savings/accounts/{account['id']}"), 403)
        assert_problem(await stranger.post(f"/v1/savings/accounts/{account['id']}/deposits", json={"amount": "1.00"}), 403)
        assert account["id"] not in [a["id"] for a in (await stranger.get("/v1/savings/accounts")).json()["items"]]


async def test_bad_money_input_is_422_naming_the_field_and_moves_nothing(app, client, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, VS, "10.00")
    path = f"/v1/savings/accounts/{account['id']}"
    for body, field in [({"amount": 5}, "amount"), ({"amount": "1e9"}, "amount"), ({"amount": "0.00"}, "amount"),
                        ({"amount": "-5.00"}, "amount"), ({"amount": "1.001"}, "amount"), ({"amount": "5.00", "channel": "gold"}, "channel"),
                        ({"amount": "5.00", "on": "9999-12-20"}, "on"), ({"amount": "5.00", "extra": 1}, "extra")]:
        assert_problem(await client.post(f"{path}/deposits", json=body), 422, field)
    assert_problem(await client.get(f"{path}/transactions", params={"cursor": "garbage"}), 422, "cursor")
    assert (await client.get(path)).json()["balance"] == "10.00"
    async with app.state.runtime.db.sessions() as s:
        count = await s.scalar(select(func.count()).select_from(OutboxRecord).where(OutboxRecord.key == account["id"]))
    assert count == 2  # opened and the first deposit


async def test_a_hold_keeps_money_from_withdrawal_until_released(app, client, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, VS, "100.00")
    path = f"/v1/savings/accounts/{account['id']}"
    held = await client.post(f"{path}/holds", json={"amount": "70.00", "reason": "pledged for loan L-1"})
    assert held.status_code == 201, held.text
    assert (await client.get(path)).json()["on_hold"] == "70.00"
    assert assert_problem(await client.post(f"{path}/withdrawals", json={"amount": "30.01"}), 409, "amount")["available"] == "30.00"
    assert assert_problem(await client.post(f"{path}/holds", json={"amount": "30.01", "reason": "more"}), 409, "amount")["available"] == "30.00"
    r = await client.post(f"{path}/holds/{held.json()['id']}/release")
    assert r.status_code == 200 and r.json()["status"] == "released"
    assert_problem(await client.post(f"{path}/holds/{held.json()['id']}/release"), 409, "hold_id")
    assert_problem(await client.post(f"{path}/holds/{uuid.uuid4()}/release"), 404)
    assert (await client.post(f"{path}/withdrawals", json={"amount": "100.00"})).status_code == 201
    assert [h["status"] for h in (await client.get(f"{path}/holds")).json()] == ["released"]
    events = await _events(app, account["id"])
    assert events[-3:] == ["savings.account.amount_held", "savings.account.hold_released", "savings.account.withdrawal_paid"]
    for body, field in [({"amount": "0.00", "reason": "x"}, "amount"), ({"amount": "5.00"}, "reason"), ({"amount": "5.00", "reason": " "}, "reason")]:
        assert_problem(await client.post(f"{path}/holds", json=body), 422, field)


async def test_compulsory_savings_stay_while_she_owes_a_loan(app, client, member, open_account):
    """From lending's events (through the consumer, inbox and all): GS is locked while a loan is open."""
    from palli_lending.contracts import events as lev

    member_id, branch_id = await member()
    gs, vs = await open_account(member_id, GS, "100.00"), await open_account(member_id, VS, "100.00")
    loan_id = uuid.uuid4()
    deliver = _lending(app, member_id, branch_id, loan_id)
    await deliver(lev.LoanApplied, 1, "applied", annual_rate="24.00", installments=46, frequency="weekly")
    problem = assert_problem(await client.post(f"/v1/savings/accounts/{gs['id']}/withdrawals", json={"amount": "10.00"}), 409, "loan_id")
    assert problem["loan_id"] == str(loan_id)
    assert (await client.post(f"/v1/savings/accounts/{vs['id']}/withdrawals", json={"amount": "10.00"})).status_code == 201
    await deliver(lev.LoanClosed, 9, "closed")
    assert (await client.post(f"/v1/savings/accounts/{gs['id']}/withdrawals", json={"amount": "10.00"})).status_code == 201


async def test_a_loan_disbursed_to_savings_lands_in_her_account_once(app, client, member, open_account):
    from palli_lending.contracts import events as lev

    member_id, branch_id = await member()
    vs = await open_account(member_id, VS)
    loan_id = uuid.uuid4()
    deliver = _lending(app, member_id, branch_id, loan_id)
    disbursed = dict(status="active", on=business_today(), amount="20000.00", principal="20000.00", channel="savings", reference=vs["number"],
                     first_due_on=business_today() + timedelta(days=7), installment_amount="480.00", total_interest="2080.00")
    envelope = await deliver(lev.LoanDisbursed, 3, **disbursed)
    # the broker redelivers it: the inbox keeps it to one deposit
    from types import SimpleNamespace

    from palli_common.consumer import ConsumerRunner
    from palli_savings.consumers import CONSUMERS

    runtime = app.state.runtime
    await ConsumerRunner("savings-lending", runtime.db, runtime.settings, CONSUMERS["savings-lending"]).process(SimpleNamespace(
        value=envelope.model_dump_json().encode(), key=str(loan_id).encode(), headers=[], topic=envelope.topic, partition=0, offset=1))
    items = (await client.get(f"/v1/savings/accounts/{vs['id']}/transactions")).json()["items"]
    assert [(t["kind"], t["amount"], t["channel"], t["reference"]) for t in items] == [("deposit", "20000.00", "loan_disbursement", str(loan_id))]
    assert (await client.get(f"/v1/savings/accounts/{vs['id']}")).json()["balance"] == "20000.00"


async def test_a_disbursement_to_someone_elses_account_is_refused_not_credited(app, client, member, open_account):
    import pytest

    from palli_lending.contracts import events as lev
    from palli_savings.service.loan_events import NotCreditable, on_loan_event

    member_id, branch_id = await member()
    other, _ = await member()
    theirs = await open_account(other, VS)
    loan_id = uuid.uuid4()
    from palli_common.events import new_event

    fact = lev.LoanDisbursed(loan_id=str(loan_id), member_id=str(member_id), group_id=str(uuid.uuid4()), branch_id=str(branch_id),
                             product_id=str(uuid.uuid4()), product_code="JAGORON", status="active", loan_principal="20000.00",
                             amount="20000.00", channel="savings", reference=theirs["number"], first_due_on=business_today(),
                             installment_amount="480.00", total_interest="2080.00")
    with pytest.raises(NotCreditable):
        async with app.state.runtime.db.uow() as uow:
            await on_loan_event(uow, new_event(fact, aggregate_id=loan_id, aggregate_version=3))
            await uow.commit()
    assert (await client.get(f"/v1/savings/accounts/{theirs['id']}")).json()["balance"] == "0.00"
    # nor into her own compulsory savings: the books take a disbursement to savings as voluntary (2120)
    own_gs = await open_account(member_id, GS)
    with pytest.raises(NotCreditable):
        async with app.state.runtime.db.uow() as uow:
            await on_loan_event(uow, new_event(fact.model_copy(update={"reference": own_gs["number"]}), aggregate_id=loan_id,
                                               aggregate_version=3))
            await uow.commit()
    assert (await client.get(f"/v1/savings/accounts/{own_gs['id']}")).json()["balance"] == "0.00"


async def test_the_passbook_downloads_as_csv_with_its_running_balance(client, member, open_account):
    member_id, _ = await member()
    account = await open_account(member_id, VS, "100.00")
    path = f"/v1/savings/accounts/{account['id']}"
    await client.post(f"{path}/withdrawals", json={"amount": "30.50", "reference": "নগদ"})
    r = await client.get(f"{path}/transactions", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert account["number"] in r.headers["content-disposition"]
    assert r.content.startswith(b"\xef\xbb\xbf")
    lines = r.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "date,kind,amount,balance_after,channel,reference,transaction_id,account_number"
    assert [line.split(",")[1:5] for line in lines[1:]] == [["deposit", "100.00", "100.00", "cash"], ["withdrawal", "30.50", "69.50", "cash"]]
    assert lines[2].split(",")[5] == "নগদ"
    same = await client.get(f"{path}/transactions", headers={"Accept": "text/csv"})
    assert same.content == r.content
    assert_problem(await client.get(f"{path}/transactions", params={"format": "xml"}), 422, "format")
    assert_problem(await client.get(f"/v1/savings/accounts/{uuid.uuid4()}/transactions", params={"format": "csv"}), 404)
