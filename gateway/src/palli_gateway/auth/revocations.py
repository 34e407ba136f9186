"""Access tokens revoked before they expire. Every replica keeps the live revocations in memory
and reloads them at most once a second, so a check costs no database round trip and a logout or
a disabled account takes effect everywhere within about a second."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from palli_common.db import Database
from palli_gateway.tables import Revocation


class Revocations:
    def __init__(self, db: Database, *, max_token_seconds: int, reload_seconds: float = 1.0):
        self.db = db
        self.max_token_seconds = max_token_seconds
        self.reload_seconds = reload_seconds
        self._keys: dict[str, datetime] = {}
        self._loaded_at = float("-inf")
        self._lock = asyncio.Lock()

    async def _reload(self) -> None:
        async with self._lock:
            if time.monotonic() - self._loaded_at < self.reload_seconds:
                return
            now = datetime.now(UTC)
            async with self.db.sessions() as session:
                rows = (await session.execute(select(Revocation).where(Revocation.expires_at > now))).scalars()
                self._keys = {r.key: r.revoked_at for r in rows}
            self._loaded_at = time.monotonic()

    async def is_revoked(self, claims: dict[str, Any]) -> bool:
        if time.monotonic() - self._loaded_at >= self.reload_seconds:
            await self._reload()
        if f"jti:{claims['jti']}" in self._keys or f"sid:{claims.get('sid')}" in self._keys:
            return True
        cut = self._keys.get(f"sub:{claims['sub']}")
        return cut is not None and claims["iat"] < cut.timestamp()

    async def revoke(self, session: Any, key: str, *, expires_at: datetime | None = None) -> None:
        """Within the caller's transaction; `sub:` revocations last as long as the longest token."""
        now = datetime.now(UTC)
        row = {"key": key, "revoked_at": now, "expires_at": expires_at or now + timedelta(seconds=self.max_token_seconds + 60)}
        insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
        statement = insert(Revocation).values(row)  # an upsert: two replicas may revoke the same session at once
        await session.execute(statement.on_conflict_do_update(index_elements=["key"], set_={"revoked_at": now, "expires_at": row["expires_at"]}))
        self._loaded_at = float("-inf")  # this replica sees it at once

    async def purge(self) -> None:
        async with self.db.sessions() as session:
            await session.execute(delete(Revocation).where(Revocation.expires_at <= datetime.now(UTC)))
            await session.commit()
