"""The marketplace's copy of members, from `members.member` events: producers are members."""

from __future__ import annotations

import uuid

from palli_common.consumer import Handler
from palli_common.copies import upsert_copy
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_marketplace.adapters.tables import MarketMemberCopy


async def on_member_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    p = envelope.payload
    await upsert_copy(uow, MarketMemberCopy, "member_id", envelope, {
        "branch_id": uuid.UUID(p["branch_id"]), "name_en": p["name_en"], "name_bn": p["name_bn"], "status": p["status"]})


HANDLERS: dict[str, Handler] = {"members.member.*": on_member_event}
