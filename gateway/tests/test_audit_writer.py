"""The audit writer keeps rows while the database is down and bounds what it keeps."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import func, select

from palli_common.db import Database
from palli_gateway.audit import AuditWriter
from palli_gateway.tables import AuditEntry


def entry(n: int) -> dict:
    return dict(id=uuid.uuid4(), at=datetime.now(UTC), subject=None, username=None, client_id=None, method="GET", route="/v1/members",
                path=f"/v1/members?n={n}", status=200, request_id=str(n), address=None, duration_ms=1.0)


async def test_rows_wait_for_the_database_and_the_queue_is_bounded(tmp_path):
    import asyncio

    from palli_common.migrations import upgrade

    url = f"sqlite+aiosqlite:///{tmp_path}/gw.db"
    await asyncio.to_thread(upgrade, "palli_gateway", url)
    down = AuditWriter(Database(f"sqlite+aiosqlite:///{tmp_path}/missing/dir/nothing.db"), max_queued=50)
    for n in range(80):
        down.record(entry(n))
    await down.flush()  # fails: the rows stay queued, the newest 50
    assert down.dropped == 30 and [r["request_id"] for r in down._rows][:1] == ["30"]

    db = Database(url)
    try:
        up = AuditWriter(db, max_batch=20)
        up._rows = list(down._rows)
        await up.flush()
        async with db.sessions() as s:
            assert await s.scalar(select(func.count()).select_from(AuditEntry)) == 50
        assert up._rows == []
    finally:
        await db.dispose()
        await down.db.dispose()
