"""Members' copies of lending's loans, kept from `lending.loan` events, so members can refuse a
transfer to another branch while a loan is open: the loan, its schedule and its books belong to the
branch that lent, and moving the member alone would leave them behind.

Every loan event carries the loan's member, branch and status (event-carried state), so each one
replaces the copy when it is newer (`aggregate_version`); an old event replayed late is ignored.
The payload is read as a dict (tolerant reader): members does not import the lending package.

A loan applied in lending moments before a transfer commits here is not yet in the copy (the event
is on its way): lending's own eligibility then sees the member in her new branch. The window is the
relay's delay; closing it fully would need a synchronous call, which the services avoid by design.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select

from palli_common.consumer import Handler
from palli_common.copies import upsert_copy
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_members.adapters.tables import LoanCopy

# A loan is open from application until it is closed, written off, rejected or withdrawn.
OPEN_LOAN_STATUSES = ("applied", "approved", "active")


async def on_loan_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Any `lending.loan.*` event: keep the loan's member, branch and status."""
    p = envelope.payload
    fields = {"member_id": uuid.UUID(p["member_id"]), "branch_id": uuid.UUID(p["branch_id"]), "status": p["status"]}
    await upsert_copy(uow, LoanCopy, "loan_id", envelope, fields)


async def open_loan(uow: UnitOfWork, member_id: uuid.UUID) -> LoanCopy | None:
    """The member's oldest open loan, if any."""
    query = (
        select(LoanCopy)
        .where(LoanCopy.member_id == member_id, LoanCopy.status.in_(OPEN_LOAN_STATUSES))
        .order_by(LoanCopy.updated_at, LoanCopy.loan_id)
    )
    return (await uow.session.scalars(query)).first()


HANDLERS: dict[str, Handler] = {"lending.loan.*": on_loan_event}
