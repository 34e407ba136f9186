"""For tests and benchmarks that need borrowers without running members: groups and members
written into lending's own copies, as the members-event consumer would keep them; active
loans opened for them through the API; and one branch's desk of staff (`Desk`)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime, timedelta

import httpx

from palli_common.clock import business_today
from palli_common.db import Database
from palli_lending.adapters.tables import GroupCopy, MemberCopy


async def seed_borrowers(db_url: str, n: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """One active samity in a new branch with `n` active women members: (branch id, member ids)."""
    branch_id, _, members = await seed_samity(db_url, n)
    return branch_id, members


async def seed_samity(db_url: str, n: int) -> tuple[uuid.UUID, uuid.UUID, list[uuid.UUID]]:
    """One active samity in a new branch with `n` active women members: (branch id, group id, member ids)."""
    db = Database(db_url)
    group_id, branch_id, stamp = uuid.uuid4(), uuid.uuid4(), datetime.now(UTC)
    members = [uuid.uuid4() for _ in range(n)]
    try:
        async with db.sessions() as s:
            s.add(GroupCopy(group_id=group_id, branch_id=branch_id, name="Shapla samity", meeting_day="sunday", status="active",
                            aggregate_version=1, updated_at=stamp))
            await s.flush()
            s.add_all(MemberCopy(member_id=m, branch_id=branch_id, group_id=group_id, name_en="Rahima", name_bn="রহিমা", gender="female",
                                 mobile="+8801712345678", status="active", aggregate_version=1, updated_at=stamp) for m in members)
            await s.commit()
    finally:
        await db.dispose()
    return branch_id, group_id, members


OFFICER, MANAGER, OTHER_MANAGER = "officer-1", "manager-1", "manager-2"
BACKDATED = "entered late from the branch's paper register"  # the reason tests give for dates beyond the window


async def product_id(client: httpx.AsyncClient, code: str) -> str:
    r = await client.get("/v1/loan-products", params={"limit": 200})
    assert r.status_code == 200, r.text
    return next(p["id"] for p in r.json()["items"] if p["code"] == code)


class Desk:
    """One branch's staff: a field officer and two managers, each with their own identity."""

    def __init__(self, client_as, branch_id: uuid.UUID):  # noqa: ANN001
        self.officer = client_as(roles=["field_officer"], branches=[branch_id], subject=OFFICER)
        self.manager = client_as(roles=["branch_manager"], branches=[branch_id], subject=MANAGER)
        self.other = client_as(roles=["branch_manager"], branches=[branch_id], subject=OTHER_MANAGER)

    async def __aenter__(self) -> "Desk":
        for c in (self.officer, self.manager, self.other):
            await c.__aenter__()
        return self

    async def __aexit__(self, *exc: object) -> None:
        for c in (self.officer, self.manager, self.other):
            await c.__aexit__(*exc)

    async def active_loan(self, member, code: str = "GEN-MC", principal: str = "10000.00", installments: int = 46,  # noqa: ANN001
                          frequency: str = "weekly", days_ago: int = 60) -> dict:
        """Applied by the officer, approved and disbursed `days_ago` by a manager (with a back-dating reason)."""
        pid = await product_id(self.officer, code)
        r = await self.officer.post("/v1/loans", json={
            "member_id": str(member.member_id), "product_id": pid, "principal": principal, "installments": installments,
            "frequency": frequency, "purpose": "a milk cow",
        })
        assert r.status_code == 201, r.text
        loan = r.json()
        r = await self.manager.post(f"/v1/loans/{loan['id']}/approve", json={"note": "group guarantees"})
        assert r.status_code == 200, r.text
        r = await self.manager.post(f"/v1/loans/{loan['id']}/disburse", json={
            "disbursed_on": (business_today() - timedelta(days=days_ago)).isoformat(), "channel": "mobile_wallet", "reference": "BK7X2Q9",
            "backdate_reason": BACKDATED})
        assert r.status_code == 200, r.text
        return r.json()


GEN_MC = "1e4d0000-0000-4000-8000-000000000001"  # seeded by migration 0002


async def open_loans(officer: httpx.AsyncClient, approver: httpx.AsyncClient, members: list[uuid.UUID], *,
                     principal: str = "100000.00") -> list[str]:
    """A 46-week GEN-MC loan per member, applied by `officer`, approved and disbursed (cash, 20
    days ago, with a back-dating reason) by `approver`, a manager and another person (maker-checker): the loan ids."""

    async def one(member: uuid.UUID) -> str:
        r = await officer.post("/v1/loans", json={"member_id": str(member), "product_id": GEN_MC, "principal": principal,
                                                  "installments": 46, "frequency": "weekly"})
        r.raise_for_status()
        loan_id = r.json()["id"]
        (await approver.post(f"/v1/loans/{loan_id}/approve")).raise_for_status()
        on = (business_today() - timedelta(days=20)).isoformat()
        (await approver.post(f"/v1/loans/{loan_id}/disburse", json={"disbursed_on": on, "channel": "cash",
                                                                              "backdate_reason": BACKDATED})).raise_for_status()
        return loan_id

    return list(await asyncio.gather(*(one(m) for m in members)))
