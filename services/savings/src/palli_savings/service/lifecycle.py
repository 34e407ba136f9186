"""An account's life beyond deposits and withdrawals: transfers between her accounts, blocking,
and closure with payout.

Two accounts are locked in id order (every caller the same order, so two transfers the other way
round wait, never deadlock); each leg is a transaction and an event on its own account, committed
together. A closure first settles interest to the day before (the job's own arithmetic,
service/interest.settle), then pays out the whole balance.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, ValidationFailed
from palli_common.identity import Identity
from palli_common.money import format_poisha
from palli_savings.adapters.tables import SavingsAccount, SavingsProduct, SavingsTransaction
from palli_savings.contracts import events as ev
from palli_savings.service import dormancy, interest, terms
from palli_savings.service.accounts import check_can_take, last_on, loan_lock, lock_account, move
from palli_savings.service.backdating import check_backdate
from palli_savings.service.common import business_today, now
from palli_savings.service.facts import fact
from palli_savings.settings import SavingsSettings

Locked = tuple[SavingsAccount, SavingsProduct]


async def _lock_pair(uow: UnitOfWork, who: Identity, source_id: uuid.UUID, target_id: uuid.UUID) -> tuple[Locked, Locked]:
    if source_id == target_id:
        raise ValidationFailed("money moves to another account", field="to_account_id")
    first, second = sorted((source_id, target_id))
    locked = {first: await lock_account(uow, first, who, field="account_id" if first == source_id else "to_account_id"),
              second: await lock_account(uow, second, who, field="account_id" if second == source_id else "to_account_id")}
    source, target = locked[source_id], locked[target_id]
    if target[0].member_id != source[0].member_id:
        raise Conflict("money moves between the same member's accounts only", field="to_account_id")
    if target[0].status != "active":
        raise Conflict(f"the account it goes to is {target[0].status}", field="to_account_id")
    return source, target


async def _check_on(uow: UnitOfWork, settings: SavingsSettings, who: Identity, on: date, reason: str | None,
                    *accounts: SavingsAccount) -> str | None:
    last = [d for d in [await last_on(uow, a.id) for a in accounts] if d is not None]
    return check_backdate(settings, who, on, reason, last=max(last) if last else None)


async def transfer(db: Database, who: Identity, account_id: uuid.UUID, *, to_account_id: uuid.UUID, amount: int, on: date | None,
                   reference: str | None, settings: SavingsSettings,
                   backdate_reason: str | None = None) -> tuple[SavingsAccount, SavingsTransaction, SavingsTransaction]:
    """Move `amount` from this account to another of hers: the withdrawal rules hold on this side
    (loan lock, lock-in, minimum balance, holds), not the product's withdrawals a month."""
    on = on or business_today()
    if amount <= 0:
        raise ValidationFailed("a transfer must be more than zero", field="amount")
    async with db.uow() as uow:
        (source, source_product), (target, target_product) = await _lock_pair(uow, who, account_id, to_account_id)
        if source.status != "active":
            raise Conflict(f"the account is {source.status}", field="status")
        reason = await _check_on(uow, settings, who, on, backdate_reason, source, target)
        await check_can_take(uow, source, source_product, amount=amount, on=on, count_this_month=False)
        out, into = await move_between(uow, who, source, source_product, target, target_product, amount=amount, on=on,
                                       reference=reference, reason=reason)
        await uow.commit()
    return source, out, into


async def move_between(uow: UnitOfWork, who: Identity, source: SavingsAccount, source_product: SavingsProduct, target: SavingsAccount,
                       target_product: SavingsProduct, *, amount: int, on: date, reference: str | None,
                       reason: str | None) -> tuple[SavingsTransaction, SavingsTransaction]:
    """The two legs of a transfer between two locked accounts of hers (rules already checked on the
    source); a DPS takes whole installments, a fixed deposit nothing."""
    paid = await terms.check_credit(uow, target, amount, on)
    out = await move(uow, source, source_product, who, kind="transfer_out", amount=amount, on=on, channel="transfer",
                     reference=reference or target.number, backdate_reason=reason, event=ev.TransferredOut,
                     to_account_id=str(target.id), to_kind=target.kind)
    into = await move(uow, target, target_product, who, kind="transfer_in", amount=amount, on=on, channel="transfer",
                      reference=reference or source.number, backdate_reason=reason, event=ev.TransferredIn,
                      from_account_id=str(source.id), from_kind=source.kind)
    if paid:
        await terms.pay_installments(uow, target, target_product, paid, into, who.subject)
    return out, into


async def _set_status(db: Database, who: Identity, account_id: uuid.UUID, *, from_status: str, to_status: str, reason: str,
                      event: type[ev.AccountFact]) -> SavingsAccount:
    async with db.uow() as uow:
        account, product = await lock_account(uow, account_id, who)
        if account.status != from_status:
            raise Conflict(f"the account is {account.status}, not {from_status}", field="status")
        account.status, account.version, account.updated_at = to_status, account.version + 1, now()
        await uow.session.flush()
        uow.publish(fact(event, account, product, who.subject, on=business_today(), reason=reason), aggregate_id=account.id,
                    aggregate_version=account.version)
        await uow.commit()
    return account


async def block(db: Database, who: Identity, account_id: uuid.UUID, reason: str) -> SavingsAccount:
    """No money in or out (a dispute, a death, a court order) until unblocked; it still earns interest."""
    return await _set_status(db, who, account_id, from_status="active", to_status="blocked", reason=reason, event=ev.AccountBlocked)


async def unblock(db: Database, who: Identity, account_id: uuid.UUID, reason: str) -> SavingsAccount:
    return await _set_status(db, who, account_id, from_status="blocked", to_status="active", reason=reason, event=ev.AccountUnblocked)


async def close(db: Database, who: Identity, account_id: uuid.UUID, *, channel: str, to_account_id: uuid.UUID | None, on: date | None,
                reason: str | None, settings: SavingsSettings,
                backdate_reason: str | None = None) -> tuple[SavingsAccount, SavingsTransaction | None]:
    """Close and pay out everything: interest to the day before `on` first, then the balance by
    `channel` (or into another of her accounts). Refused while anything holds the money: a hold, the
    loan lock, the lock-in."""
    on = on or business_today()
    if (channel == "transfer") != (to_account_id is not None):
        raise ValidationFailed("to_account_id names the account to pay into, with channel transfer (and only then)", field="to_account_id")
    async with db.uow() as uow:
        if to_account_id is not None:
            (account, product), (target, target_product) = await _lock_pair(uow, who, account_id, to_account_id)
        else:
            account, product = await lock_account(uow, account_id, who)
            target = target_product = None
        if account.status not in ("active", "suspended", "matured"):
            raise Conflict(f"the account is {account.status}; unblock it first" if account.status == "blocked"
                           else f"the account is {account.status}", field="status")
        kept = await _check_on(uow, settings, who, on, backdate_reason, *[a for a in (account, target) if a is not None])
        dormancy.check_pays_out(account)
        if account.on_hold:
            raise Conflict(f"{format_poisha(account.on_hold)} taka is on hold: release the holds first", field="holds",
                           extra={"on_hold": format_poisha(account.on_hold)})
        await loan_lock(uow, account, product)
        if account.status != "matured" and product.lock_in_days and on < account.opened_on + timedelta(days=product.lock_in_days):
            raise Conflict(f"the account is locked in until {account.opened_on + timedelta(days=product.lock_in_days)}", field="on")
        premature = account.status != "matured" and account.maturity_on is not None and on < account.maturity_on
        payout = await close_locked(uow, who, account, product, target, on=on, channel=channel, reason=reason, premature=premature,
                                    backdate_reason=kept)
        await uow.commit()
    return account, payout


async def close_locked(uow: UnitOfWork, who: Identity, account: SavingsAccount, product: SavingsProduct, target: SavingsAccount | None, *,
                       on: date, channel: str, reason: str | None, premature: bool,
                       backdate_reason: str | None = None) -> SavingsTransaction | None:
    """Settle interest (a term closed before maturity: at the rate less the penalty), then pay out
    the whole balance by `channel` or into `target`; the account is closed."""
    if premature:
        earned = await terms.settle_premature(uow, account, product, who.subject, on)
    elif account.status == "matured":
        earned = 0  # interest was settled to the day before maturity
    else:
        earned = await interest.settle(uow, account, product, who.subject, on - timedelta(days=1))
    target_product = await uow.session.get(SavingsProduct, target.product_id) if target is not None else None
    paid = await terms.check_credit(uow, target, account.balance, on) if target is not None and account.balance else []
    account.status, account.closed_on = "closed", on
    extra = {"reason": reason, "interest": format_poisha(earned) if earned >= 0 else f"-{format_poisha(-earned)}",
             "to_account_id": str(target.id) if target else None, "to_kind": target.kind if target else None}
    if not account.balance:
        account.version, account.updated_at = account.version + 1, now()
        await uow.session.flush()
        uow.publish(fact(ev.AccountClosed, account, product, who.subject, on=on, channel=channel, backdate_reason=backdate_reason, **extra),
                    aggregate_id=account.id, aggregate_version=account.version)
        return None
    amount = account.balance
    payout = await move(uow, account, product, who, kind="closure", amount=amount, on=on, channel=channel,
                        reference=target.number if target else None, backdate_reason=backdate_reason, event=ev.AccountClosed, **extra)
    if target is not None:
        into = await move(uow, target, target_product, who, kind="transfer_in", amount=amount, on=on, channel="transfer",
                          reference=account.number, backdate_reason=backdate_reason, event=ev.TransferredIn, from_account_id=str(account.id),
                          from_kind=account.kind)
        if paid:
            await terms.pay_installments(uow, target, target_product, paid, into, who.subject)
    return payout
