"""For tests and benchmarks that need borrowers without running members: groups and members
written into lending's own copies, as the members-event consumer would keep them."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

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
