"""Paying producers what they are owed. A payout settles her balance (or part of it, on demand):
the open entries become its statement, her outstanding advances are recovered from it first
(oldest first), and the rest is paid the way she chose: into her voluntary savings (savings
credits it from the event), to her mobile wallet, or in cash. The payout, its entries, the
recovery and the event commit together, under her producer row's lock, so two payouts cannot both
pay the same taka.

A settlement run pays every producer owed at least the run's minimum, in chunks of producers, each
chunk its own transaction: a run cut short is simply run again (who was paid owes nothing now)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select, update

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.mobile import normalise_mobile
from palli_common.money import format_poisha
from palli_marketplace.adapters.tables import Advance, Payout, Producer, ProducerEntry, SettlementRun
from palli_marketplace.contracts import events as ev
from palli_marketplace.service import balances
from palli_marketplace.service.common import business_today, now

CHUNK = 200  # producers per transaction in a settlement run


async def choose_destination(db: Database, who: Identity, producer_id: uuid.UUID, body: dict) -> Producer:
    channel = body["channel"]
    if channel == "savings" and body.get("savings_account_id") is None:
        raise ValidationFailed("a payout into savings names her voluntary savings account", field="savings_account_id")
    wallet = normalise_mobile(body["wallet"], "wallet") if channel == "mobile_wallet" and body.get("wallet") else None
    if channel == "mobile_wallet" and wallet is None:
        raise ValidationFailed("a payout to a mobile wallet names its number", field="wallet")
    async with db.uow() as uow:
        producer = await _producer(uow.session, who, producer_id)
        producer.payout_channel = channel
        producer.payout_savings_account_id = body.get("savings_account_id") if channel == "savings" else None
        producer.payout_wallet = wallet
        await uow.commit()
    return producer


async def _producer(s, who: Identity, producer_id: uuid.UUID, lock: bool = False) -> Producer:  # noqa: ANN001
    query = select(Producer).where(Producer.id == producer_id)
    producer = (await s.scalars(query.with_for_update() if lock else query)).first()
    if producer is None:
        raise NotFound(f"producer {producer_id} does not exist", field="producer_id")
    who.check_branch(producer.branch_id, "this producer")
    return producer


async def pay_on_demand(db: Database, who: Identity, producer_id: uuid.UUID, amount: int | None) -> Payout:
    async with db.uow() as uow:
        producer = await _producer(uow.session, who, producer_id, lock=True)
        if producer.payout_channel is None:
            raise Conflict("she has not chosen how she is paid: set her payout destination first", field="producer_id")
        if producer.balance <= 0:
            raise Conflict(f"she is owed nothing now (balance {format_poisha(producer.balance)})", field="producer_id")
        if amount is not None and amount > producer.balance:
            raise Conflict(f"she is owed {format_poisha(producer.balance)}", field="amount", extra={"balance": format_poisha(producer.balance)})
        payout = await pay(uow, who, producer, amount or producer.balance, business_today())
        await uow.commit()
    return payout


async def pay(uow: UnitOfWork, who: Identity, producer: Producer, gross: int, on: date, run_id: uuid.UUID | None = None) -> Payout:
    """Pay `gross` of her (locked) balance; the caller commits."""
    s = uow.session
    payout_id = uuid7()
    recovered = await _recover_advances(uow, producer.id, gross)
    await s.execute(update(ProducerEntry).where(ProducerEntry.producer_id == producer.id, ProducerEntry.payout_id.is_(None))
                    .values(payout_id=payout_id).execution_options(synchronize_session=False))
    statement = await _statement(uow, payout_id)
    payout = Payout(id=payout_id, producer_id=producer.id, member_id=producer.member_id, branch_id=producer.branch_id, run_id=run_id, on=on,
                    gross=gross, advance_recovered=recovered, amount=gross - recovered, channel=producer.payout_channel,
                    reference=producer.payout_wallet, savings_account_id=producer.payout_savings_account_id, statement=statement,
                    created_by=who.subject, created_at=now())
    s.add(payout)
    await s.flush()
    standing = await balances.apply(uow, [balances.Change(producer.id, "payout", -gross)], reference=f"payout {payout_id}", on=on,
                                    payout_id=payout_id)
    uow.publish(ev.PayoutPaid(
        payout_id=str(payout_id), producer_id=str(producer.id), member_id=str(producer.member_id), branch_id=str(producer.branch_id), on=on,
        gross=format_poisha(gross), advance_recovered=format_poisha(recovered), amount=format_poisha(gross - recovered),
        channel=payout.channel, reference=payout.reference,
        savings_account_id=str(payout.savings_account_id) if payout.savings_account_id else None, statement=statement,
        balances=standing, actor=who.subject), aggregate_id=payout_id, aggregate_version=1)
    return payout


async def _recover_advances(uow: UnitOfWork, producer_id: uuid.UUID, gross: int) -> int:
    left = gross
    for advance in (await uow.session.scalars(select(Advance).where(Advance.producer_id == producer_id, Advance.recovered < Advance.amount)
                                              .order_by(Advance.on, Advance.id).with_for_update())).all():
        take = min(left, advance.amount - advance.recovered)
        if take == 0:
            break
        advance.recovered += take
        left -= take
    return gross - left


async def _statement(uow: UnitOfWork, payout_id: uuid.UUID) -> dict:
    e = ProducerEntry
    rows = (await uow.session.execute(select(e.kind, func.count(), func.coalesce(func.sum(e.amount), 0), func.coalesce(func.sum(e.units), 0),
                                             func.min(e.on), func.max(e.on)).where(e.payout_id == payout_id).group_by(e.kind))).all()
    by_kind = {kind: (count, int(amount), int(units)) for kind, count, amount, units, _, _ in rows}
    days = [d for row in rows for d in row[4:6] if d is not None]
    sale = by_kind.get("sale", (0, 0, 0))
    return {"from": min(days).isoformat() if days else None, "to": max(days).isoformat() if days else None, "sales": sale[0],
            "units": sale[2], "sales_share": format_poisha(sale[1]), "purchases": format_poisha(by_kind.get("purchase", (0, 0, 0))[1]),
            "refunds": format_poisha(-by_kind.get("refund", (0, 0, 0))[1])}


async def settle(db: Database, who: Identity, minimum: int, branch_id: uuid.UUID | None = None) -> SettlementRun:
    """Pay every producer (in the caller's branches, or `branch_id`) owed at least `minimum`."""
    if branch_id is not None:
        who.check_branch(branch_id, "this branch")
    run = SettlementRun(id=uuid7(), on=business_today(), minimum=minimum, created_by=who.subject, started_at=now())
    owed = select(Producer.id).where(Producer.balance >= max(minimum, 1))
    if branch_id is not None:
        owed = owed.where(Producer.branch_id == branch_id)
    elif who.branch_ids is not None:
        owed = owed.where(Producer.branch_id.in_(who.branch_ids))
    async with db.sessions() as s:
        due = list((await s.scalars(owed.where(Producer.payout_channel.is_not(None)).order_by(Producer.id))).all())
        run.skipped = await s.scalar(select(func.count()).select_from(owed.where(Producer.payout_channel.is_(None)).subquery())) or 0
    async with db.uow() as uow:
        uow.session.add(run)
        await uow.commit()
    paid, total = 0, 0
    for start in range(0, len(due), CHUNK):
        async with db.uow() as uow:
            for producer in (await uow.session.scalars(select(Producer).where(Producer.id.in_(due[start:start + CHUNK]))
                                                       .order_by(Producer.id).with_for_update())).all():
                gross = producer.balance
                if gross < max(minimum, 1):
                    continue  # paid on demand meanwhile
                await pay(uow, who, producer, gross, run.on, run.id)
                paid, total = paid + 1, total + gross
            await uow.session.execute(update(SettlementRun).where(SettlementRun.id == run.id).values(payouts=paid, total=total))
            await uow.commit()
    async with db.uow() as uow:
        await uow.session.execute(update(SettlementRun).where(SettlementRun.id == run.id).values(finished_at=now()))
        await uow.commit()
    async with db.sessions() as s:
        return await s.get(SettlementRun, run.id)


async def payouts_of(db: Database, who: Identity, producer_id: uuid.UUID) -> list[Payout]:
    async with db.sessions() as s:
        await _producer(s, who, producer_id)
        return list((await s.scalars(select(Payout).where(Payout.producer_id == producer_id)
                                              .order_by(Payout.on.desc(), Payout.id.desc()).limit(500))).all())


async def payout(db: Database, who: Identity, payout_id: uuid.UUID) -> Payout:
    async with db.sessions() as s:
        found = await s.get(Payout, payout_id)
        if found is None:
            raise NotFound(f"payout {payout_id} does not exist", field="payout_id")
        who.check_branch(found.branch_id, "this payout")
    return found


async def account(db: Database, who: Identity, producer_id: uuid.UUID) -> tuple[Producer, int, list[ProducerEntry], list[Payout]]:
    """Her statement: the producer (balance, payout choice), advances outstanding, the entries not
    yet paid, and her latest payouts."""
    from palli_marketplace.service.advances import outstanding

    async with db.sessions() as s:
        producer = await _producer(s, who, producer_id)
        open_entries = list((await s.scalars(select(ProducerEntry).where(ProducerEntry.producer_id == producer_id, ProducerEntry.payout_id.is_(None))
                                             .order_by(ProducerEntry.on, ProducerEntry.id).limit(1000))).all())
        latest = list((await s.scalars(select(Payout).where(Payout.producer_id == producer_id).order_by(Payout.on.desc(), Payout.id.desc())
                                       .limit(20))).all())
        return producer, await outstanding(s, producer_id), open_entries, latest
