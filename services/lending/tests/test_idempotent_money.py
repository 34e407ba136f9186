"""Money routes keep the caller's Idempotency-Key with the effect: a retry after any failure gets the
first answer back and never moves money twice (palli_common.idempotency)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date

import pytest

from palli_common.clock import business_today
from palli_common.db import UnitOfWork
from palli_common.testing.http import assert_problem
from palli_lending.testing import GEN_MC


async def _transactions(client, loan_id: str) -> list[dict]:
    return (await client.get(f"/v1/loans/{loan_id}/transactions", params={"limit": 200})).json()["items"]


async def test_a_retry_with_the_same_key_replays_the_first_answer_and_pays_once(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"amount": "200.00", "paid_on": business_today().isoformat(), "channel": "cash"}
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    assert first.status_code == 201, first.text
    again = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    assert again.status_code == 201 and again.content == first.content
    assert again.headers["idempotent-replayed"] == "true" and "idempotent-replayed" not in first.headers
    assert again.headers["etag"] == first.headers["etag"]
    repayments = [t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]
    assert len(repayments) == 1

    other = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={**body, "amount": "300.00"}, headers=key)
    assert_problem(other, 422, "Idempotency-Key")
    # the key is the caller's: another officer's same key is another request
    mine = await desk.manager.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    assert mine.status_code == 201 and "idempotent-replayed" not in mine.headers


async def test_concurrent_twins_with_one_key_pay_once(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"amount": "150.00", "paid_on": business_today().isoformat(), "channel": "cash"}
    key = {"Idempotency-Key": str(uuid.uuid4())}
    answers = await asyncio.gather(*(desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key) for _ in range(6)))
    assert sorted({r.status_code for r in answers}) <= [201, 409], [r.text for r in answers]
    firsts = [r for r in answers if r.status_code == 201 and "idempotent-replayed" not in r.headers]
    assert len(firsts) == 1
    assert all(r.content == firsts[0].content for r in answers if r.status_code == 201)
    assert len([t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]) == 1


async def test_an_answer_lost_before_its_commit_leaves_nothing_and_the_retry_pays_once(desk, seed, monkeypatch):
    """Key, effect and answer commit together: when the last step fails (the process dies, the
    database goes away) nothing was paid, and the retry with the same key pays, once."""
    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"amount": "120.00", "paid_on": business_today().isoformat(), "channel": "cash"}
    key = {"Idempotency-Key": str(uuid.uuid4())}

    async def crash(self) -> None:  # noqa: ANN001
        raise ConnectionResetError("the database went away at the commit")

    monkeypatch.setattr(UnitOfWork, "finish", crash)
    lost = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    assert_problem(lost, 503)
    assert lost.headers["retry-after"] == "1"
    monkeypatch.undo()
    assert not [t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]
    retry = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    assert retry.status_code == 201 and "idempotent-replayed" not in retry.headers
    again = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    assert again.headers["idempotent-replayed"] == "true" and again.content == retry.content
    assert len([t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]) == 1


async def test_a_failure_after_the_effect_rolls_it_back(desk, seed, monkeypatch):
    """A route that fails after its unit of work (here: building the answer) answers 500 and has
    moved no money: only a 2xx answer commits the effect."""
    from palli_lending.api import loans as loans_api

    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"amount": "90.00", "paid_on": business_today().isoformat(), "channel": "cash"}
    key = {"Idempotency-Key": str(uuid.uuid4())}

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("answer could not be built")

    monkeypatch.setattr(loans_api, "set_etag", broken)
    with pytest.raises(RuntimeError):
        await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    monkeypatch.undo()
    assert not [t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]
    retry = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    assert retry.status_code == 201 and "idempotent-replayed" not in retry.headers


async def test_a_keyed_disbursement_answers_with_its_own_schedule(desk, seed):
    """The answer is built before the commit: reads for it see the effect (the held unit's session)."""
    member = await seed.member(desk.group)
    r = await desk.officer.post("/v1/loans", json={"member_id": str(member.member_id), "product_id": GEN_MC, "principal": "5000.00",
                                                   "installments": 46, "frequency": "weekly"})
    assert r.status_code == 201, r.text
    loan_id = r.json()["id"]
    assert (await desk.manager.post(f"/v1/loans/{loan_id}/approve")).status_code == 200
    key = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"disbursed_on": business_today().isoformat(), "channel": "cash"}
    first = await desk.manager.post(f"/v1/loans/{loan_id}/disburse", json=body, headers=key)
    assert first.status_code == 200, first.text
    assert first.json()["status"] == "active" and len(first.json()["schedule"]) == 46
    again = await desk.manager.post(f"/v1/loans/{loan_id}/disburse", json=body, headers=key)
    assert again.headers["idempotent-replayed"] == "true" and again.content == first.content
    assert (await desk.manager.get(f"/v1/loans/{loan_id}")).json()["status"] == "active"


async def test_a_refused_request_keeps_no_key(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group))
    key = {"Idempotency-Key": str(uuid.uuid4())}
    bad = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "-1.00", "paid_on": business_today().isoformat()}, headers=key)
    assert_problem(bad, 422, "amount")
    ok = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "1.00", "paid_on": business_today().isoformat()}, headers=key)
    assert ok.status_code == 201 and "idempotent-replayed" not in ok.headers


async def test_partners_must_send_a_key_and_keys_are_bounded(desk, seed, client_as):
    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"amount": "100.00", "paid_on": business_today().isoformat(), "channel": "mobile_wallet", "reference": "BK1"}
    async with client_as(roles=[], scopes=["lending:write"], partner="bkash", branches=[desk.group.branch_id]) as partner:
        assert_problem(await partner.post(f"/v1/loans/{loan['id']}/repayments", json=body), 400, "Idempotency-Key")
    for bad in ("x" * 256, "tab\tkey", " padded"):
        r = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers={"Idempotency-Key": bad})
        assert_problem(r, 422, "Idempotency-Key")
    assert not [t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]
