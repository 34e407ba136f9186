"""Who did what: one audit row per request through the gateway. Rows are plain dicts of the
audit_log columns (no ORM object per request), queued in memory and written in batches by a
background task (one Core INSERT per batch, not one per request), and the queue is flushed when
the gateway stops. A crash can lose at most `flush_seconds` of rows; while
the database is down rows wait in memory, up to `max_queued`, after which the oldest are dropped
(and counted in the log) rather than the gateway running out of memory."""

from __future__ import annotations

import asyncio
import contextlib

import structlog
from typing import Any

from palli_common.db import Database
from palli_gateway.tables import AuditEntry

AUDIT_INSERT = AuditEntry.__table__.insert()  # type: ignore[attr-defined]

log = structlog.get_logger(__name__)


class AuditWriter:
    def __init__(self, db: Database, *, flush_seconds: float = 0.2, max_batch: int = 1000, max_queued: int = 200_000):
        self.db = db
        self.flush_seconds = flush_seconds
        self.max_batch = max_batch
        self.max_queued = max_queued
        self.dropped = 0
        self._rows: list[dict[str, Any]] = []
        self._task: asyncio.Task | None = None
        self._wake = asyncio.Event()

    def record(self, row: dict[str, Any]) -> None:
        """`row`: a value for every audit_log column."""
        self._rows.append(row)
        if len(self._rows) > self.max_queued:
            overflow = len(self._rows) - self.max_queued
            del self._rows[:overflow]
            self.dropped += overflow
            log.error("audit_rows_dropped", dropped=self.dropped, queued=len(self._rows))
        if len(self._rows) >= self.max_batch:
            self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="audit-writer")

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.flush_seconds)
            self._wake.clear()
            await self.flush()

    async def flush(self) -> None:
        while self._rows:
            batch, self._rows = self._rows[: self.max_batch], self._rows[self.max_batch :]
            try:
                async with self.db.engine.begin() as connection:
                    await connection.execute(AUDIT_INSERT, batch)
            except Exception:  # noqa: BLE001 - keep the rows and retry on the next tick
                log.exception("audit_flush_failed", rows=len(batch))
                self._rows[:0] = batch
                return

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.flush()
