"""Programmes and their modules (seeded by migration 0002)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from palli_common.db import Database
from palli_common.errors import NotFound
from palli_training.adapters.tables import Module, Programme


async def listing(db: Database) -> list[tuple[Programme, list[Module]]]:
    async with db.sessions() as s:
        programmes = list((await s.scalars(select(Programme).order_by(Programme.code))).all())
        modules = (await s.scalars(select(Module).order_by(Module.programme_id, Module.position))).all()
    by = {p.id: [] for p in programmes}
    for m in modules:
        by.setdefault(m.programme_id, []).append(m)
    return [(p, by[p.id]) for p in programmes]


async def one(db: Database, programme_id: uuid.UUID) -> tuple[Programme, list[Module]]:
    async with db.sessions() as s:
        programme = await s.get(Programme, programme_id)
        if programme is None:
            raise NotFound(f"programme {programme_id} does not exist", field="programme_id")
        return programme, list((await s.scalars(select(Module).where(Module.programme_id == programme_id).order_by(Module.position))).all())
