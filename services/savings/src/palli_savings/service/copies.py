"""Savings' copies of members and of their loans, kept from `members.member` and `lending.loan`
events: deposits are taken only from members (MRA), an account opens only for an active one, and
compulsory savings stay locked while she owes a loan. Payloads are read as dicts (tolerant
reader): savings imports neither the members nor the lending package."""

from __future__ import annotations

import uuid

from palli_common.consumer import Handler
from palli_common.copies import upsert_copy
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_savings.adapters.tables import MemberLoan, Saver


async def on_member_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Any `members.member.*` snapshot; a transfer carries her new group and branch."""
    p = envelope.payload
    fields = {"branch_id": uuid.UUID(p["branch_id"]), "group_id": uuid.UUID(p["group_id"]), "name_en": p["name_en"],
              "name_bn": p["name_bn"], "status": p["status"]}
    await upsert_copy(uow, Saver, "member_id", envelope, fields)


# A loan is open from application until it is closed, written off, rejected or withdrawn.
OPEN_LOAN_STATUSES = ("applied", "approved", "active")


async def keep_loan(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Any `lending.loan.*` event: every one carries the loan's member and status."""
    p = envelope.payload
    await upsert_copy(uow, MemberLoan, "loan_id", envelope, {"member_id": uuid.UUID(p["member_id"]), "status": p["status"]})


HANDLERS: dict[str, Handler] = {"members.member.*": on_member_event}
