"""Training's copy of members, kept from `members.member` events (tolerant reader: payloads as
dicts). A member who is a participant has her details refreshed with it: the impact reports count
her where she lives now."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import update

from palli_common.consumer import Handler
from palli_common.copies import upsert_copy
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_training.adapters.tables import MemberCopy, Participant


async def on_member_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    p = envelope.payload
    fields = {"branch_id": uuid.UUID(p["branch_id"]), "name_en": p["name_en"], "name_bn": p["name_bn"], "gender": p["gender"],
              "date_of_birth": date.fromisoformat(str(p["date_of_birth"])), "division": p.get("division") or "",
              "district": p.get("district") or "", "upazila": p.get("upazila") or "", "status": p["status"]}
    if await upsert_copy(uow, MemberCopy, "member_id", envelope, fields):
        await uow.session.execute(update(Participant).where(Participant.member_id == uuid.UUID(envelope.aggregate_id)).values(
            branch_id=fields["branch_id"], name=fields["name_en"], name_bn=fields["name_bn"], gender=fields["gender"],
            date_of_birth=fields["date_of_birth"], division=fields["division"], district=fields["district"], upazila=fields["upazila"]))


HANDLERS: dict[str, Handler] = {"members.member.*": on_member_event}
