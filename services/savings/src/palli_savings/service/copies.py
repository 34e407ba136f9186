"""Savings' copies of members, kept from `members.member` events: deposits are taken only from
members (MRA), and an account opens only for an active one. The payload is read as a dict
(tolerant reader): savings does not import the members package."""

from __future__ import annotations

import uuid

from palli_common.consumer import Handler
from palli_common.copies import upsert_copy
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_savings.adapters.tables import Saver


async def on_member_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Any `members.member.*` snapshot; a transfer carries her new group and branch."""
    p = envelope.payload
    fields = {"branch_id": uuid.UUID(p["branch_id"]), "group_id": uuid.UUID(p["group_id"]), "name_en": p["name_en"],
              "name_bn": p["name_bn"], "status": p["status"]}
    await upsert_copy(uow, Saver, "member_id", envelope, fields)


HANDLERS: dict[str, Handler] = {"members.member.*": on_member_event}
