"""Dormancy: an account whose own money (a deposit, withdrawal, transfer or repayment of hers, not
interest) has not moved for the product's days is marked inactive, then dormant. A dormant account
pays nothing out until a manager reactivates it (the fraud a quiet account invites: someone else
at the counter); any deposit of hers makes it active again. Interest runs on regardless.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from sqlalchemy import or_, select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict
from palli_common.identity import Identity
from palli_savings.adapters.tables import SavingsAccount, SavingsProduct
from palli_savings.contracts import events as ev
from palli_savings.service.common import now
from palli_savings.service.facts import fact

OWN_MONEY = ("deposit", "withdrawal", "transfer_in", "transfer_out", "loan_repayment")  # interest is not her activity


def touch(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, actor: str, kind: str, on: date) -> None:
    """Money of hers moved on `on`: remember the day; a deposit makes an idle account active again."""
    if kind not in OWN_MONEY:
        return
    account.last_active_on = max(on, account.last_active_on or on)
    if account.activity is not None and kind in ("deposit", "transfer_in"):
        reactivate(uow, account, product, actor, "a deposit of hers", on)


def reactivate(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, actor: str, reason: str, on: date) -> None:
    was = account.activity
    account.activity, account.version, account.updated_at = None, account.version + 1, now()
    uow.publish(fact(ev.AccountReactivated, account, product, actor, on=on, reason=reason, activity_was=was),
                aggregate_id=account.id, aggregate_version=account.version)


def check_pays_out(account: SavingsAccount) -> None:
    if account.activity == "dormant":
        raise Conflict("the account is dormant: a manager reactivates it (POST .../reactivate) before money leaves it", field="activity")


async def reactivate_account(db: Database, who: Identity, account_id: uuid.UUID, reason: str, on: date) -> SavingsAccount:
    from palli_savings.service.accounts import lock_account

    async with db.uow() as uow:
        account, product = await lock_account(uow, account_id, who)
        if account.activity is None:
            raise Conflict("the account is not inactive or dormant", field="activity")
        reactivate(uow, account, product, who.subject, reason, on)
        await uow.commit()
    return account


async def mark_idle(db: Database, on: date, inactive: list[uuid.UUID], dormant: list[uuid.UUID]) -> None:
    """Mark the accounts whose products' days have passed since their last activity (safe to repeat)."""
    async with db.sessions() as s:
        products = {p.id: p for p in (await s.scalars(select(SavingsProduct).where(
            or_(SavingsProduct.inactive_after_days.is_not(None), SavingsProduct.dormant_after_days.is_not(None))))).all()}
    for product in products.values():
        steps = [(days, state) for days, state in ((product.dormant_after_days, "dormant"), (product.inactive_after_days, "inactive"))
                 if days is not None]
        for days, state in steps:
            before = on - timedelta(days=days)
            already = ("dormant",) if state == "dormant" else ("inactive", "dormant")
            async with db.sessions() as s:
                due = list((await s.scalars(select(SavingsAccount.id).where(
                    SavingsAccount.product_id == product.id, SavingsAccount.status.in_(("active", "blocked")),
                    SavingsAccount.last_active_on <= before,
                    or_(SavingsAccount.activity.is_(None), SavingsAccount.activity.not_in(already))))).all())
            for account_id in due:
                async with db.uow() as uow:
                    account = (await uow.session.scalars(select(SavingsAccount).where(SavingsAccount.id == account_id)
                                                         .with_for_update())).one()
                    if account.activity in already or account.last_active_on is None or account.last_active_on > before:
                        continue  # she came back meanwhile
                    account.activity, account.version, account.updated_at = state, account.version + 1, now()
                    cls = ev.AccountDormant if state == "dormant" else ev.AccountInactive
                    uow.publish(fact(cls, account, product, "savings-daily-run", on=on, last_active_on=account.last_active_on),
                                aggregate_id=account.id, aggregate_version=account.version)
                    await uow.commit()
                (dormant if state == "dormant" else inactive).append(account_id)
