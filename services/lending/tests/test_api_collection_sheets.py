"""A samity meeting of 30 members: the sheet shows each member's dues; posting it once moves the
money once; replaying it with the same key moves nothing; a bad line is refused alone."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, timedelta

import pytest

from palli_common.clock import business_today
from palli_common.testing.http import assert_problem
from palli_lending.testing import BACKDATED


async def _loan(officer, manager, member, pid: str, disbursed_on: date) -> dict:  # noqa: ANN001
    r = await officer.post("/v1/loans", json={"member_id": str(member.member_id), "product_id": pid, "principal": "5000.00",
                                             "installments": 46, "frequency": "weekly"})
    assert r.status_code == 201, r.text
    loan_id = r.json()["id"]
    assert (await manager.post(f"/v1/loans/{loan_id}/approve")).status_code == 200
    r = await manager.post(f"/v1/loans/{loan_id}/disburse", json={"disbursed_on": disbursed_on.isoformat(), "channel": "cash",
                                                                              "backdate_reason": BACKDATED})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.fixture
async def meeting(client_as, seed):
    group = await seed.group(meeting_day="sunday")
    members = [await seed.member(group) for _ in range(30)]
    officer = client_as(roles=["field_officer"], branches=[group.branch_id], subject="officer-sheet")
    manager = client_as(roles=["branch_manager"], branches=[group.branch_id], subject="manager-sheet")
    async with officer, manager:
        r = await officer.get("/v1/loan-products", params={"limit": 200})
        pid = next(p["id"] for p in r.json()["items"] if p["code"] == "GEN-MC")
        disbursed_on = business_today() - timedelta(days=40)
        loans = list(await asyncio.gather(*(_loan(officer, manager, m, pid, disbursed_on) for m in members)))
        due_dates = [date.fromisoformat(i["due_on"]) for i in loans[0]["schedule"]]
        meeting_on = max(d for d in due_dates if d <= business_today())
        # the last meeting may be beyond an officer's back-dating window: its manager enters it, with a reason
        yield manager, group, loans, meeting_on


async def test_sheet_shows_dues_and_posting_is_idempotent(meeting):
    manager, group, loans, meeting_on = meeting
    sheet = (await manager.get("/v1/collection-sheets", params={"group_id": str(group.group_id), "meeting_on": meeting_on.isoformat()})).json()
    assert len(sheet["lines"]) == 30 and sheet["meeting_day"] == "sunday"
    installment = loans[0]["schedule"][0]["total"]
    for line in sheet["lines"]:
        assert line["installment_due"] == installment and line["savings_due"] is None
        assert float(line["total_due"]) >= float(installment)
    body = {"group_id": str(group.group_id), "meeting_on": meeting_on.isoformat(), "backdate_reason": BACKDATED,
            "lines": [{"loan_id": line["loan_id"], "amount": line["total_due"]} for line in sheet["lines"]]}
    key = {"Idempotency-Key": f"meeting-{uuid.uuid4()}"}
    first = await manager.post("/v1/collection-sheets", json=body, headers=key)
    assert first.status_code == 201, first.text
    result = first.json()
    assert result["posted"] == 30 and result["refused"] == 0

    again = await manager.post("/v1/collection-sheets", json=body, headers=key)
    assert again.status_code == 200 and again.headers["idempotent-replayed"] == "true" and again.json() == result
    for loan in loans[:3]:
        detail = (await manager.get(f"/v1/loans/{loan['id']}")).json()
        assert detail["transaction_count"] == 2  # disbursement + one repayment: nothing doubled
    after = (await manager.get("/v1/collection-sheets", params={"group_id": str(group.group_id), "meeting_on": meeting_on.isoformat()})).json()
    assert {line["total_due"] for line in after["lines"]} == {"0.00"}
    changed = {**body, "lines": body["lines"][:29]}
    assert_problem(await manager.post("/v1/collection-sheets", json=changed, headers=key), 422, "Idempotency-Key")


async def test_a_refused_line_does_not_undo_the_others(meeting):
    manager, group, loans, meeting_on = meeting
    lines = [{"loan_id": loans[0]["id"], "amount": "100.00"}, {"loan_id": loans[1]["id"], "amount": "999999.00"},
             {"loan_id": str(uuid.uuid4()), "amount": "5.00"}]
    r = await manager.post("/v1/collection-sheets", json={"group_id": str(group.group_id), "meeting_on": meeting_on.isoformat(), "lines": lines,
                                                            "backdate_reason": BACKDATED},
                           headers={"Idempotency-Key": f"k-{uuid.uuid4()}"})
    assert r.status_code == 201, r.text
    statuses = [line["status"] for line in r.json()["lines"]]
    assert statuses == ["posted", "refused", "refused"] and r.json()["collected"] == "100.00"
    assert (await manager.get(f"/v1/loans/{loans[1]['id']}")).json()["transaction_count"] == 1
    assert_problem(await manager.post("/v1/collection-sheets", json={"group_id": str(group.group_id), "meeting_on": meeting_on.isoformat(),
                                                                    "lines": lines}), 422, "idempotency-key")
    assert_problem(await manager.post("/v1/collection-sheets", json={"group_id": str(group.group_id), "meeting_on": meeting_on.isoformat(),
                                                                    "lines": []}, headers={"Idempotency-Key": "x"}), 422, "lines")
