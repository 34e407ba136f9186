"""Savings accounts and their money: open, deposit, withdraw, and the passbook.

Every balance change locks the account row first (SELECT ... FOR UPDATE; SQLite takes its write
lock at BEGIN), writes the transaction with the balance after it and the outbox event, and
commits once: no lost update, no balance without its transaction, no event without both. Money
routes opt into palli_common.idempotency, so a retried deposit is replayed, never taken twice.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import func, select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.identity import Identity, in_branches
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_common.pagination import PageParams
from palli_savings.adapters.tables import Consent, MemberLoan, Saver, SavingsAccount, SavingsHold, SavingsProduct, SavingsTransaction
from palli_savings.contracts import events as ev
from palli_savings.domain.interest import DEBIT_KINDS, signed
from palli_savings.domain.terms import TERM_KINDS
from palli_savings.domain.withdrawals import available, check_withdrawal
from palli_savings.service import dormancy, interest, terms
from palli_savings.service.backdating import check_backdate
from palli_savings.service.common import business_today, now
from palli_savings.service.facts import fact
from palli_savings.service.copies import OPEN_LOAN_STATUSES
from palli_savings.settings import SavingsSettings

async def lock_account(uow: UnitOfWork, account_id: uuid.UUID, who: Identity,
                       field: str = "account_id") -> tuple[SavingsAccount, SavingsProduct]:
    account = (await uow.session.scalars(select(SavingsAccount).where(SavingsAccount.id == account_id).with_for_update())).first()
    if account is None:
        raise NotFound(f"savings account {account_id} does not exist", field=field)
    who.check_branch(account.branch_id, "this account")
    product = await uow.session.get(SavingsProduct, account.product_id)
    return account, product


async def open_account(db: Database, who: Identity, *, member_id: uuid.UUID, product_id: uuid.UUID, opening_deposit: int,
                       on: date | None, settings: SavingsSettings, deposit_due: int | None = None,
                       backdate_reason: str | None = None, term_months: int | None = None, installment: int | None = None,
                       maturity_instruction: str | None = None) -> SavingsAccount:
    on = on or business_today()
    async with db.uow() as uow:
        s = uow.session
        member = await s.get(Saver, member_id)
        if member is None:
            raise ValidationFailed(f"member {member_id} is not known to savings (yet)", field="member_id")
        who.check_branch(member.branch_id, "this member")
        if member.status != "active":
            raise Conflict(f"only an active member may open an account; she is {member.status}", field="member_id")
        product = await s.get(SavingsProduct, product_id)
        if product is None or not product.active:
            raise ValidationFailed(f"savings product {product_id} does not exist or is retired", field="product_id")
        if product.kind not in TERM_KINDS and (term_months, installment, maturity_instruction) != (None, None, None):
            raise ValidationFailed(f"{product.code} is not a term deposit: no term, installment or maturity instruction",
                                   field="term_months" if term_months else "installment" if installment else "maturity_instruction")
        if product.kind != "dps" and opening_deposit < product.min_opening_balance:  # a DPS's minimum is its installment
            raise ValidationFailed(f"{product.code} opens with at least {format_poisha(product.min_opening_balance)} taka",
                                   field="opening_deposit")
        reason = check_backdate(settings, who, on, backdate_reason, field="opened_on")
        if product.kind == "compulsory":
            held = await s.scalar(select(SavingsAccount.id).where(
                SavingsAccount.member_id == member_id, SavingsAccount.kind == "compulsory", SavingsAccount.status != "closed"))
            if held is not None:
                raise Conflict(f"the member already has compulsory account {held}", field="product_id", extra={"account_id": str(held)})
        stamp = now()
        account = SavingsAccount(
            id=uuid7(), number=f"{product.code}-{uuid7().hex[-10:].upper()}", member_id=member_id, group_id=member.group_id,
            branch_id=member.branch_id, product_id=product.id, kind=product.kind, status="active", opened_on=on, last_active_on=on,
            deposit_due=product.deposit_due if deposit_due is None else deposit_due,
            created_by=who.subject, created_at=stamp, updated_at=stamp,
        )
        s.add(account)
        await s.flush()
        if product.kind in TERM_KINDS:
            await terms.set_term(s, account, product, term_months=term_months, installment=installment,
                                 instruction=maturity_instruction, opening_deposit=opening_deposit)
            await s.flush()
        uow.publish(fact(ev.AccountOpened, account, product, who.subject, on=on, backdate_reason=reason, **terms.term_fields(account)),
                    aggregate_id=account.id, aggregate_version=account.version)
        if opening_deposit:
            paid = await terms.check_credit(uow, account, opening_deposit, on) if product.kind == "dps" else []
            txn = await move(uow, account, product, who, kind="deposit", amount=opening_deposit, on=on, channel="cash", reference=None,
                             backdate_reason=reason)
            if paid:
                await terms.pay_installments(uow, account, product, paid, txn, who.subject)
        await uow.commit()
    return account


async def move(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, who: Identity, *, kind: str, amount: int,
                on: date, channel: str | None, reference: str | None, backdate_reason: str | None = None,
                event: type[ev.AccountFact] | None = None, **event_fields) -> SavingsTransaction:  # noqa: ANN003
    """Change the (locked) account's balance by one transaction and its event: `event` (default:
    deposit_received or withdrawal_paid by the kind) with `event_fields` beside the common ones."""
    account.balance += signed(kind, amount)
    account.version += 1
    account.updated_at = now()
    txn = SavingsTransaction(id=uuid7(), account_id=account.id, kind=kind, on=on, amount=amount, balance_after=account.balance,
                             channel=channel, reference=reference, backdate_reason=backdate_reason, created_by=who.subject,
                             created_at=now())
    uow.session.add(txn)
    await uow.session.flush()
    dormancy.touch(uow, account, product, who.subject, kind, on)
    cls = event or (ev.WithdrawalPaid if kind in DEBIT_KINDS else ev.DepositReceived)
    uow.publish(fact(cls, account, product, who.subject, on=on, amount=format_poisha(amount), channel=channel, reference=reference,
                      transaction_id=str(txn.id), backdate_reason=backdate_reason, **event_fields), aggregate_id=account.id,
                aggregate_version=account.version)
    if account.interest_posted_to is not None and on <= account.interest_posted_to:
        await interest.adjust_for(uow, account, product, who.subject, txn)  # a posted period is never recomputed
    return txn


async def last_on(uow: UnitOfWork, account_id: uuid.UUID) -> date | None:
    return await uow.session.scalar(select(func.max(SavingsTransaction.on)).where(SavingsTransaction.account_id == account_id))


async def ready_for_money(uow: UnitOfWork, account_id: uuid.UUID, who: Identity, on: date, settings: SavingsSettings,
                          backdate_reason: str | None, suspended_ok: bool = False) -> tuple[SavingsAccount, SavingsProduct, str | None]:
    """The account locked and active (or a suspended DPS catching up), `on` a date its history may
    take, and the back-dating reason to keep."""
    account, product = await lock_account(uow, account_id, who)
    if account.status != "active" and not (suspended_ok and account.status == "suspended"):
        raise Conflict(f"the account is {account.status}", field="status")
    reason = check_backdate(settings, who, on, backdate_reason, last=await last_on(uow, account.id))
    return account, product, reason


async def loan_lock(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct) -> None:
    """Compulsory savings (a product setting) stay while the member owes a loan."""
    if product.locked_while_loan_open:
        loan = await uow.session.scalar(select(MemberLoan.loan_id).where(
            MemberLoan.member_id == account.member_id, MemberLoan.status.in_(OPEN_LOAN_STATUSES)))
        if loan is not None:
            raise Conflict(f"{product.code} savings stay while the member owes loan {loan}", field="loan_id", extra={"loan_id": str(loan)})


async def check_can_take(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, *, amount: int, on: date,
                         count_this_month: bool) -> None:
    """What a withdrawal (or a transfer out) must respect: the loan lock, the lock-in, the minimum
    balance and holds, and (withdrawals only) the product's withdrawals a month."""
    if account.kind in TERM_KINDS:
        raise Conflict("a term deposit pays out at maturity, or when it is closed", field="account_id")
    dormancy.check_pays_out(account)
    this_month = 0
    if count_this_month:
        this_month = await uow.session.scalar(select(func.count()).select_from(SavingsTransaction).where(
            SavingsTransaction.account_id == account.id, SavingsTransaction.kind == "withdrawal",
            SavingsTransaction.on >= on.replace(day=1))) or 0
    await loan_lock(uow, account, product)
    check_withdrawal(amount=amount, balance=account.balance, on_hold=account.on_hold, min_balance=product.min_balance,
                     opened_on=account.opened_on, lock_in_days=product.lock_in_days, on=on, withdrawals_this_month=this_month,
                     max_per_month=product.max_withdrawals_per_month if count_this_month else None)


async def deposit(db: Database, who: Identity, account_id: uuid.UUID, *, amount: int, on: date | None, channel: str,
                  reference: str | None, settings: SavingsSettings,
                  backdate_reason: str | None = None) -> tuple[SavingsAccount, SavingsTransaction]:
    on = on or business_today()
    if amount <= 0:
        raise ValidationFailed("a deposit must be more than zero", field="amount")
    async with db.uow() as uow:
        account, product, reason = await ready_for_money(uow, account_id, who, on, settings, backdate_reason, suspended_ok=True)
        paid = await terms.check_credit(uow, account, amount, on)
        txn = await move(uow, account, product, who, kind="deposit", amount=amount, on=on, channel=channel, reference=reference,
                         backdate_reason=reason)
        if paid:
            await terms.pay_installments(uow, account, product, paid, txn, who.subject)
        await uow.commit()
    return account, txn


async def withdraw(db: Database, who: Identity, account_id: uuid.UUID, *, amount: int, on: date | None, channel: str,
                   reference: str | None, settings: SavingsSettings,
                   backdate_reason: str | None = None) -> tuple[SavingsAccount, SavingsTransaction]:
    on = on or business_today()
    if amount <= 0:
        raise ValidationFailed("a withdrawal must be more than zero", field="amount")
    async with db.uow() as uow:
        account, product, reason = await ready_for_money(uow, account_id, who, on, settings, backdate_reason)
        await check_can_take(uow, account, product, amount=amount, on=on, count_this_month=True)
        txn = await move(uow, account, product, who, kind="withdrawal", amount=amount, on=on, channel=channel, reference=reference,
                         backdate_reason=reason)
        await uow.commit()
    return account, txn


async def repay_loan(db: Database, who: Identity, account_id: uuid.UUID, *, loan_id: uuid.UUID, amount: int, on: date | None,
                     consent: dict, settings: SavingsSettings) -> tuple[SavingsAccount, SavingsTransaction, Consent]:
    """Debit her voluntary savings for her loan, with her consent recorded; lending applies it from
    the event (service/savings_repayments.py there) or refuses it, and then the money comes back."""
    on = on or business_today()
    if amount <= 0:
        raise ValidationFailed("a repayment must be more than zero", field="amount")
    async with db.uow() as uow:
        account, product, _ = await ready_for_money(uow, account_id, who, on, settings, None)
        if account.kind != "voluntary":
            raise Conflict("a loan is repaid from voluntary savings only (the books take it from 2120)", field="account_id")
        loan = await uow.session.get(MemberLoan, loan_id)
        if loan is None or loan.member_id != account.member_id:
            raise Conflict(f"loan {loan_id} is not one of hers that savings knows of", field="loan_id")
        if loan.status != "active":
            raise Conflict(f"loan {loan_id} is {loan.status}; only an active loan takes a repayment", field="loan_id")
        dormancy.check_pays_out(account)
        check_withdrawal(amount=amount, balance=account.balance, on_hold=account.on_hold, min_balance=product.min_balance,
                         opened_on=account.opened_on, lock_in_days=product.lock_in_days, on=on, withdrawals_this_month=0, max_per_month=None)
        txn = await move(uow, account, product, who, kind="loan_repayment", amount=amount, on=on, channel="loan_repayment",
                         reference=str(loan_id))
        agreed = Consent(id=uuid7(), account_id=account.id, member_id=account.member_id, loan_id=loan_id, transaction_id=txn.id,
                         recorded_by=who.subject, recorded_at=now(), **consent)
        uow.session.add(agreed)
        await uow.commit()
    return account, txn, agreed


def _after_id(page: PageParams) -> uuid.UUID:
    try:
        return uuid.UUID(str(page.after[0]))
    except (ValueError, IndexError):
        raise ValidationFailed("cursor is not one this API issued", field="cursor") from None


async def get_account(db: Database, who: Identity, account_id: uuid.UUID) -> SavingsAccount:
    async with db.sessions() as s:
        account = await s.get(SavingsAccount, account_id)
    if account is None:
        raise NotFound(f"savings account {account_id} does not exist", field="account_id")
    who.check_branch(account.branch_id, "this account")
    return account


async def list_accounts(db: Database, who: Identity, page: PageParams, *, member_id: uuid.UUID | None,
                        branch_id: uuid.UUID | None) -> list[SavingsAccount]:
    query = in_branches(select(SavingsAccount), SavingsAccount.branch_id, who, branch_id)
    if member_id is not None:
        query = query.where(SavingsAccount.member_id == member_id)
    if page.after:
        query = query.where(SavingsAccount.id > _after_id(page))
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(SavingsAccount.id).limit(page.limit + 1))).all())


async def passbook(db: Database, who: Identity, account_id: uuid.UUID, page: PageParams) -> list[SavingsTransaction]:
    """The account's transactions oldest first, each with the balance after it (a running balance)."""
    await get_account(db, who, account_id)
    query = select(SavingsTransaction).where(SavingsTransaction.account_id == account_id)
    if page.after:
        query = query.where(SavingsTransaction.id > _after_id(page))
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(SavingsTransaction.id).limit(page.limit + 1))).all())


async def hold(db: Database, who: Identity, account_id: uuid.UUID, *, amount: int, reason: str) -> SavingsHold:
    """Set `amount` aside: it must be free now (balance less minimum and other holds)."""
    if amount <= 0:
        raise ValidationFailed("a hold must be more than zero", field="amount")
    async with db.uow() as uow:
        account, product = await lock_account(uow, account_id, who)
        if account.status == "closed":
            raise Conflict("the account is closed", field="status")
        free = available(balance=account.balance, on_hold=account.on_hold, min_balance=product.min_balance)
        if amount > free:
            raise Conflict(f"only {format_poisha(free)} taka is free to hold", field="amount", extra={"available": format_poisha(free)})
        stamp = now()
        held = SavingsHold(id=uuid7(), account_id=account.id, amount=amount, reason=reason, status="active", created_by=who.subject,
                           created_at=stamp)
        account.on_hold += amount
        account.version += 1
        account.updated_at = stamp
        uow.session.add(held)
        await uow.session.flush()
        uow.publish(fact(ev.AmountHeld, account, product, who.subject, on=business_today(), amount=format_poisha(amount), hold_id=str(held.id),
                          reason=reason, on_hold=format_poisha(account.on_hold)), aggregate_id=account.id, aggregate_version=account.version)
        await uow.commit()
    return held


async def release(db: Database, who: Identity, account_id: uuid.UUID, hold_id: uuid.UUID) -> SavingsHold:
    async with db.uow() as uow:
        account, product = await lock_account(uow, account_id, who)
        held = await uow.session.get(SavingsHold, hold_id)
        if held is None or held.account_id != account.id:
            raise NotFound(f"hold {hold_id} is not on this account", field="hold_id")
        if held.status != "active":
            raise Conflict("the hold was already released", field="hold_id")
        stamp = now()
        held.status, held.released_by, held.released_at = "released", who.subject, stamp
        account.on_hold -= held.amount
        account.version += 1
        account.updated_at = stamp
        await uow.session.flush()
        uow.publish(fact(ev.HoldReleased, account, product, who.subject, on=business_today(), amount=format_poisha(held.amount),
                          hold_id=str(held.id), on_hold=format_poisha(account.on_hold)), aggregate_id=account.id, aggregate_version=account.version)
        await uow.commit()
    return held


async def holds(db: Database, who: Identity, account_id: uuid.UUID) -> list[SavingsHold]:
    await get_account(db, who, account_id)
    async with db.sessions() as s:
        return list((await s.scalars(select(SavingsHold).where(SavingsHold.account_id == account_id).order_by(SavingsHold.id))).all())


async def passbook_rows(db: Database, who: Identity, account_id: uuid.UUID, batch: int = 1000):  # noqa: ANN201
    """Every transaction as CSV rows, oldest first, read in keyset batches (each its own short read)."""
    account = await get_account(db, who, account_id)
    yield ["date", "kind", "amount", "balance_after", "channel", "reference", "transaction_id", "account_number"]
    after: uuid.UUID | None = None
    while True:
        query = select(SavingsTransaction).where(SavingsTransaction.account_id == account_id)
        if after is not None:
            query = query.where(SavingsTransaction.id > after)
        async with db.sessions() as s:
            rows = list((await s.scalars(query.order_by(SavingsTransaction.id).limit(batch))).all())
        for t in rows:
            yield [t.on.isoformat(), t.kind, format_poisha(t.amount), format_poisha(t.balance_after), t.channel, t.reference, str(t.id),
                   account.number]
        if len(rows) < batch:
            return
        after = rows[-1].id
