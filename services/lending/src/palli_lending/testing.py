"""For tests and benchmarks that need borrowers without running members: groups and members
written into lending's own copies, as the members-event consumer would keep them; and active
loans opened for them through the API."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime, timedelta

import httpx

from palli_common.db import Database
from palli_lending.adapters.tables import GroupCopy, MemberCopy


async def seed_borrowers(db_url: str, n: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """One active samity in a new branch with `n` active women members: (branch id, member ids)."""
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
    return branch_id, members


GEN_MC = "1e4d0000-0000-4000-8000-000000000001"  # seeded by migration 0002


async def open_loans(officer: httpx.AsyncClient, approver: httpx.AsyncClient, members: list[uuid.UUID], *,
                     principal: str = "100000.00") -> list[str]:
    """A 46-week GEN-MC loan per member, applied by `officer`, approved and disbursed (cash, 20
    days ago) by `approver`, who must be another person (maker-checker): the loan ids."""

    async def one(member: uuid.UUID) -> str:
        r = await officer.post("/v1/loans", json={"member_id": str(member), "product_id": GEN_MC, "principal": principal,
                                                  "installments": 46, "frequency": "weekly"})
        r.raise_for_status()
        loan_id = r.json()["id"]
        (await approver.post(f"/v1/loans/{loan_id}/approve")).raise_for_status()
        on = (date.today() - timedelta(days=20)).isoformat()
        (await approver.post(f"/v1/loans/{loan_id}/disburse", json={"disbursed_on": on, "channel": "cash"})).raise_for_status()
        return loan_id

    return list(await asyncio.gather(*(one(m) for m in members)))
