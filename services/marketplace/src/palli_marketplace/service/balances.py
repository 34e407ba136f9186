"""What producers are owed (2310): each change is an entry and an atomic update of her balance,
in the caller's transaction, producers taken in id order (a sale with two producers' goods and a
payout never wait on each other in a circle). The returned `balances` go on the event, so the
ledger can reconcile 2310 with them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import update

from palli_common.db import UnitOfWork
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_marketplace.adapters.tables import Producer, ProducerEntry
from palli_marketplace.service.common import now


@dataclass
class Change:
    producer_id: uuid.UUID
    kind: str  # sale | purchase | refund | payout
    amount: int  # signed poisha
    units: int = 0


async def apply(uow: UnitOfWork, changes: list[Change], *, reference: str, on: date, payout_id: uuid.UUID | None = None) -> list[dict]:
    """Book the changes (one entry each; one balance update per producer) and say each producer's
    balance and its version after them."""
    s = uow.session
    by_producer: dict[uuid.UUID, int] = {}
    for change in changes:
        by_producer[change.producer_id] = by_producer.get(change.producer_id, 0) + change.amount
        s.add(ProducerEntry(id=uuid7(), producer_id=change.producer_id, kind=change.kind, amount=change.amount, units=change.units,
                            reference=reference, on=on, payout_id=payout_id, created_at=now()))
    balances = []
    for producer_id in sorted(by_producer):
        balance, version = (await s.execute(
            update(Producer).where(Producer.id == producer_id)
            .values(balance=Producer.balance + by_producer[producer_id], balance_version=Producer.balance_version + 1)
            .returning(Producer.balance, Producer.balance_version).execution_options(synchronize_session=False))).one()
        balances.append({"producer_id": str(producer_id), "balance": format_poisha(balance), "version": version})
    await s.flush()
    return balances
