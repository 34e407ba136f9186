"""Money routes keep the caller's Idempotency-Key with the effect: a retry after any failure gets the
first answer back and never moves money twice (palli_common.idempotency)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date

import pytest

from palli_common import idempotency
from palli_common.testing.http import assert_problem


async def _transactions(client, loan_id: str) -> list[dict]:
    return (await client.get(f"/v1/loans/{loan_id}/transactions", params={"limit": 200})).json()["items"]


async def test_a_retry_with_the_same_key_replays_the_first_answer_and_pays_once(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"amount": "200.00", "paid_on": date.today().isoformat(), "channel": "cash"}
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
    body = {"amount": "150.00", "paid_on": date.today().isoformat(), "channel": "cash"}
    key = {"Idempotency-Key": str(uuid.uuid4())}
    answers = await asyncio.gather(*(desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key) for _ in range(6)))
    assert sorted({r.status_code for r in answers}) <= [201, 409], [r.text for r in answers]
    firsts = [r for r in answers if r.status_code == 201 and "idempotent-replayed" not in r.headers]
    assert len(firsts) == 1
    assert all(r.content == firsts[0].content for r in answers if r.status_code == 201)
    assert len([t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]) == 1


async def test_an_answer_lost_after_the_commit_is_never_a_second_payment(desk, seed, monkeypatch):
    """The service committed, then died before storing its answer: the key is already beside the
    effect, so a retry cannot pay again (409 until the answer exists; here it never will)."""
    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"amount": "120.00", "paid_on": date.today().isoformat(), "channel": "cash"}
    key = {"Idempotency-Key": str(uuid.uuid4())}

    async def crash(*_args) -> None:
        raise ConnectionResetError("the process died after its commit")

    monkeypatch.setattr(idempotency, "_store", crash)
    with pytest.raises(ConnectionResetError):
        await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    monkeypatch.undo()
    retry = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers=key)
    assert_problem(retry, 409, "Idempotency-Key")
    assert len([t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]) == 1


async def test_a_refused_request_keeps_no_key(desk, seed):
    loan = await desk.active_loan(await seed.member(desk.group))
    key = {"Idempotency-Key": str(uuid.uuid4())}
    bad = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "-1.00", "paid_on": date.today().isoformat()}, headers=key)
    assert_problem(bad, 422, "amount")
    ok = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json={"amount": "1.00", "paid_on": date.today().isoformat()}, headers=key)
    assert ok.status_code == 201 and "idempotent-replayed" not in ok.headers


async def test_partners_must_send_a_key_and_keys_are_bounded(desk, seed, client_as):
    loan = await desk.active_loan(await seed.member(desk.group))
    body = {"amount": "100.00", "paid_on": date.today().isoformat(), "channel": "mobile_wallet", "reference": "BK1"}
    async with client_as(roles=[], scopes=["lending:write"], partner="bkash", branches=[desk.group.branch_id]) as partner:
        assert_problem(await partner.post(f"/v1/loans/{loan['id']}/repayments", json=body), 400, "Idempotency-Key")
    for bad in ("x" * 256, "tab\tkey", " padded"):
        r = await desk.officer.post(f"/v1/loans/{loan['id']}/repayments", json=body, headers={"Idempotency-Key": bad})
        assert_problem(r, 422, "Idempotency-Key")
    assert not [t for t in await _transactions(desk.officer, loan["id"]) if t["kind"] == "repayment"]
