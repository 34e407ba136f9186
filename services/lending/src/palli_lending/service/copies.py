"""Lending's copies of other services' aggregates: members' groups and members (`members.group`,
`members.member`), their savings accounts (`savings.account`) and training credentials
(`training.credential`). Event-carried state: every event is a full snapshot, so each one simply
replaces the copy.

Handlers run inside the consumer's unit of work, after its inbox row (so a redelivered event is
never applied twice). Events of one aggregate arrive in order on their partition, but a replay
from the dead-letter topic can bring an old one back late: a copy only moves forward, to an event
with a higher `aggregate_version` than the one it holds; anything older or equal is ignored.

The payload is read as a dict (tolerant reader): lending does not import the other services'
packages, it relies on the fields of their published contracts (palli_members.contracts.events,
palli_savings.contracts.events, palli_training.contracts.events).
"""

from __future__ import annotations

import uuid
from typing import Any

from palli_common.copies import upsert_copy
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_common.money import to_poisha
from palli_lending.adapters.tables import GroupCopy, MemberCopy, SavingsCopy, CredentialCopy

GROUP_EVENTS = (
    "members.group.formed",
    "members.group.updated",
    "members.group.activated",
    "members.group.suspended",
    "members.group.dissolved",
)
MEMBER_EVENTS = (
    "members.member.registered",
    "members.member.activated",
    "members.member.updated",
    "members.member.made_dormant",
    "members.member.reactivated",
    "members.member.transferred",
    "members.member.exited",
)


def _uuid(value: Any) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


def _group_fields(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "branch_id": uuid.UUID(p["branch_id"]),
        "name": p["name"],
        "meeting_day": p["meeting_day"],
        "field_officer_id": _uuid(p.get("field_officer_id")),
        "status": p["status"],
    }


def _member_fields(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "branch_id": uuid.UUID(p["branch_id"]),
        "group_id": uuid.UUID(p["group_id"]),
        "name_en": p["name_en"],
        "name_bn": p["name_bn"],
        "gender": p["gender"],
        "mobile": p["mobile"],
        "status": p["status"],
    }


async def on_group_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Any `members.group.*` snapshot: formed, updated, activated, suspended, dissolved."""
    await upsert_copy(uow, GroupCopy, "group_id", envelope, _group_fields(envelope.payload))


async def on_member_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Any `members.member.*` snapshot: registered, activated, updated, made dormant, reactivated,
    transferred (the snapshot carries the new group and branch), exited."""
    await upsert_copy(uow, MemberCopy, "member_id", envelope, _member_fields(envelope.payload))


async def on_savings_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Any `savings.account.*` fact: each carries the account's balance, status and deposit due after it."""
    p = envelope.payload
    await upsert_copy(uow, SavingsCopy, "account_id", envelope, {
        "member_id": uuid.UUID(p["member_id"]), "number": p["number"], "kind": p["kind"], "status": p["status"],
        "balance": to_poisha(p["balance"]), "deposit_due": to_poisha(p.get("deposit_due") or "0.00"),
    })


async def on_credential_event(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """Any `training.credential.*` fact (issued, revoked): each carries the holder, the programme's
    code and the credential's status. A credential held by someone who is not a member
    (`member_id` null) is no concern of lending's and is skipped."""
    p = envelope.payload
    member_id = _uuid(p.get("member_id"))
    if member_id is None:
        return
    await upsert_copy(uow, CredentialCopy, "credential_id", envelope, {
        "member_id": member_id, "programme_code": p["programme_code"], "status": p["status"],
    })


SAVINGS_HANDLERS = {"savings.account.*": on_savings_event}
TRAINING_HANDLERS = {"training.credential.*": on_credential_event}

HANDLERS = {
    **{event_type: on_group_event for event_type in GROUP_EVENTS},
    **{event_type: on_member_event for event_type in MEMBER_EVENTS},
}
