"""Term deposits in service: opening with a term from the product's chart, the DPS schedule and its
installments, what a term deposit accepts, premature closure, and the daily run that marks missed
DPS installments and matures terms that are due.

Interest on a term is the interest job's (service/interest.py, at the account's locked rate, up to
the day before maturity); the projections and the premature recomputation use domain/terms.py,
the same arithmetic.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from palli_common.db import Database, UnitOfWork
from palli_common.errors import Conflict, ValidationFailed
from palli_common.identity import Identity, acting_for
from palli_common.ids import uuid7
from palli_common.money import format_poisha
from palli_savings.adapters.tables import DpsInstallment, SavingsAccount, SavingsProduct, SavingsTransaction, TermRate
from palli_savings.contracts import events as ev
from palli_savings.domain.interest import INTEREST_KINDS, signed
from palli_savings.domain.terms import ChartRow, add_months, chart_rate, dps_due_dates, penalised, term_interest
from palli_savings.service.common import business_today, now
from palli_savings.service.facts import fact

SYSTEM = Identity(subject="savings-term-run", kind="staff", roles=frozenset({"admin"}), scopes=frozenset(), branch_ids=None)


async def chart(s, product_id: uuid.UUID) -> list[ChartRow]:  # noqa: ANN001
    rows = (await s.scalars(select(TermRate).where(TermRate.product_id == product_id))).all()
    return [ChartRow(r.term_months, r.min_amount, r.effective_from, Decimal(r.annual_rate)) for r in rows]


def _projection(account: SavingsAccount, product: SavingsProduct, moves: list[tuple[date, int]], rate: Decimal, through: date) -> int:
    return term_interest(moves, opened_on=account.term_started_on or account.opened_on, through=through, annual_rate=rate, posting_period=product.posting_period,
                         method=product.interest_method, days_in_year=product.days_in_year, min_balance=product.min_balance_for_interest)


async def set_term(s, account: SavingsAccount, product: SavingsProduct, *, term_months: int | None, installment: int | None,  # noqa: ANN001
                   instruction: str | None, opening_deposit: int) -> None:
    """A new DPS or fixed deposit's term: checked against the product, the chart's rate locked, the
    maturity day and the maturity amount it will reach (every DPS installment paid on its day)."""
    if not product.terms_months:
        raise ValidationFailed(f"{product.code} has no terms to choose from yet", field="product_id")
    if term_months not in product.terms_months:
        raise ValidationFailed(f"{product.code} runs for {', '.join(map(str, product.terms_months))} months", field="term_months")
    if product.kind == "dps":
        if installment is None or installment < product.min_opening_balance or installment <= 0:
            raise ValidationFailed(f"a DPS saves at least {format_poisha(product.min_opening_balance)} taka a month", field="installment")
        if opening_deposit not in (0, installment):
            raise ValidationFailed("a DPS opens with its first installment (or nothing, paid at the first deposit)", field="opening_deposit")
        if instruction not in (None, "pay_to_voluntary"):
            raise ValidationFailed("a DPS is paid to her voluntary savings at maturity", field="maturity_instruction")
        amount = installment
    else:
        if installment is not None:
            raise ValidationFailed("a fixed deposit has no installments", field="installment")
        amount = opening_deposit
    rate = chart_rate(await chart(s, product.id), term_months=term_months, amount=amount, on=account.opened_on)
    if rate is None:
        raise ValidationFailed(f"{product.code}'s rate chart has no rate for {term_months} months", field="term_months")
    account.term_months, account.annual_rate, account.installment = term_months, rate, installment
    account.term_started_on = account.opened_on
    account.principal = None if product.kind == "dps" else opening_deposit
    account.maturity_on = add_months(account.opened_on, term_months)
    account.maturity_instruction = instruction or product.maturity_instruction or "pay_to_voluntary"
    last_day = account.maturity_on - timedelta(days=1)
    if product.kind == "dps":
        due = dps_due_dates(account.opened_on, term_months)
        account.maturity_amount = installment * term_months + _projection(account, product, [(d, installment) for d in due], rate, last_day)
        s.add_all(DpsInstallment(account_id=account.id, number=n, due_on=d, amount=installment) for n, d in enumerate(due, 1))
    else:
        account.maturity_amount = opening_deposit + _projection(account, product, [(account.opened_on, opening_deposit)], rate, last_day)


def term_fields(account: SavingsAccount) -> dict:
    """A term deposit's own fields as its opened event carries them (nothing for other kinds)."""
    if account.term_months is None:
        return {}
    return {"term_months": account.term_months, "annual_rate": f"{account.annual_rate}", "maturity_on": account.maturity_on,
            "maturity_amount": format_poisha(account.maturity_amount),
            "installment": format_poisha(account.installment) if account.installment is not None else None,
            "maturity_instruction": account.maturity_instruction}


async def check_credit(uow: UnitOfWork, account: SavingsAccount, amount: int, on: date) -> list[DpsInstallment]:
    """What a term deposit takes in: a fixed deposit nothing after opening; a DPS whole installments,
    no more than are left, before maturity. The installments the credit pays (oldest first)."""
    if account.kind == "fixed_deposit":
        raise Conflict("a fixed deposit takes its principal at opening only; open another for more", field="account_id")
    if account.kind != "dps":
        return []
    if account.maturity_on is not None and on >= account.maturity_on:
        raise Conflict(f"the DPS matured on {account.maturity_on}", field="on")
    if amount % account.installment:
        raise Conflict(f"a DPS takes whole installments of {format_poisha(account.installment)} taka", field="amount")
    unpaid = list((await uow.session.scalars(select(DpsInstallment).where(
        DpsInstallment.account_id == account.id, DpsInstallment.paid_on.is_(None)).order_by(DpsInstallment.number)
        .limit(amount // account.installment + 1))).all())
    if amount // account.installment > len(unpaid):
        raise Conflict(f"only {len(unpaid)} installment(s) are left to pay", field="amount")
    return unpaid[: amount // account.installment]


async def pay_installments(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, paid: list[DpsInstallment],
                           txn: SavingsTransaction, actor: str) -> None:
    """Mark the installments a DPS credit paid; a suspended DPS no longer behind is active again."""
    for installment in paid:
        installment.paid_on, installment.transaction_id = txn.on, txn.id
    await uow.session.flush()
    if account.status == "suspended" and product.suspend_after_missed and \
            await missed(uow.session, account.id, business_today()) < product.suspend_after_missed:
        account.status, account.status_reason, account.version = "active", None, account.version + 1
        uow.publish(fact(ev.DpsResumed, account, product, actor, on=txn.on, reason="paid up again"),
                    aggregate_id=account.id, aggregate_version=account.version)


async def missed(s, account_id: uuid.UUID, on: date) -> int:  # noqa: ANN001
    """Installments left unpaid a whole month past their day (by `on`)."""
    rows = (await s.scalars(select(DpsInstallment.due_on).where(DpsInstallment.account_id == account_id,
                                                                 DpsInstallment.paid_on.is_(None), DpsInstallment.due_on < on))).all()
    return sum(1 for due_on in rows if add_months(due_on, 1) <= on)


def installment_status(i: DpsInstallment, today: date) -> str:
    if i.paid_on is not None:
        return "paid"
    if i.due_on > today:
        return "due"
    return "missed" if add_months(i.due_on, 1) <= today else "overdue"


async def installments(db: Database, account_id: uuid.UUID) -> list[DpsInstallment]:
    async with db.sessions() as s:
        return list((await s.scalars(select(DpsInstallment).where(DpsInstallment.account_id == account_id)
                                     .order_by(DpsInstallment.number))).all())


async def settle_premature(uow: UnitOfWork, account: SavingsAccount, product: SavingsProduct, actor: str, on: date) -> int:
    """Closing a term before maturity: its whole interest recomputed at the rate less the penalty
    (floored at 0) on what she actually deposited, to the day before `on`; the difference from
    what was posted is credited, or taken back (`interest_reversal`). Returns the signed poisha."""
    start = account.term_started_on or account.opened_on
    rows = (await uow.session.scalars(select(SavingsTransaction).where(SavingsTransaction.account_id == account.id,
                                                                       SavingsTransaction.on >= start)
                                      .order_by(SavingsTransaction.on, SavingsTransaction.id))).all()
    earned_kinds = (*INTEREST_KINDS, "interest_reversal")
    # a renewed term starts with what the last one left (the balance then is the balance now less what moved since)
    brought = account.balance - sum(signed(t.kind, t.amount) for t in rows)
    moves = [(start, brought)] * bool(brought) + [(t.on, signed(t.kind, t.amount)) for t in rows if t.kind not in earned_kinds]
    posted = sum(signed(t.kind, t.amount) for t in rows if t.kind in earned_kinds)
    rate = penalised(Decimal(account.annual_rate), Decimal(product.premature_penalty))
    due = _projection(account, product, moves, rate, on - timedelta(days=1))
    difference = due - posted
    account.interest_posted_to, account.interest_carry = on - timedelta(days=1), Decimal(0)
    if difference == 0:
        return 0
    from palli_savings.service.accounts import move  # accounts imports this module for deposits

    who = acting_for(actor)
    reference = f"premature closure at {rate}% (the term's {account.annual_rate}% less {product.premature_penalty})"
    if difference > 0:
        await move(uow, account, product, who, kind="interest", amount=difference, on=on, channel=None, reference=reference,
                   event=ev.InterestPosted, period_start=account.opened_on, period_end=on - timedelta(days=1))
    else:
        await move(uow, account, product, who, kind="interest_reversal", amount=-difference, on=on, channel=None, reference=reference,
                   event=ev.InterestReversed)
    return difference


@dataclass
class DayRun:
    on: date
    suspended: list[uuid.UUID] = field(default_factory=list)
    closed: list[uuid.UUID] = field(default_factory=list)
    matured: list[uuid.UUID] = field(default_factory=list)
    renewed: list[uuid.UUID] = field(default_factory=list)
    awaiting_payout: list[uuid.UUID] = field(default_factory=list)  # matured, no voluntary account to pay into
    inactive: list[uuid.UUID] = field(default_factory=list)  # service/dormancy.py
    dormant: list[uuid.UUID] = field(default_factory=list)


async def _voluntary_of(uow: UnitOfWork, member_id: uuid.UUID) -> SavingsAccount | None:
    return (await uow.session.scalars(select(SavingsAccount).where(
        SavingsAccount.member_id == member_id, SavingsAccount.kind == "voluntary", SavingsAccount.status == "active")
        .order_by(SavingsAccount.opened_on, SavingsAccount.id).limit(1))).first()


async def run(db: Database, result: DayRun) -> DayRun:
    """The term deposits' part of the daily run (safe to repeat for a day): DPS behind by the
    product's missed months is suspended, then closed early into her voluntary savings; terms due
    by the day mature."""
    on = result.on
    async with db.sessions() as s:
        dps = list((await s.scalars(select(SavingsAccount.id).where(
            SavingsAccount.kind == "dps", SavingsAccount.status.in_(("active", "suspended")),
            SavingsAccount.maturity_on > on))).all())
        due = list((await s.scalars(select(SavingsAccount.id).where(
            SavingsAccount.maturity_on <= on, SavingsAccount.status.in_(("active", "suspended", "blocked"))))).all())
    for account_id in dps:
        async with db.uow() as uow:
            await _check_missed(uow, account_id, on, result)
            await uow.commit()
    for account_id in due:
        async with db.uow() as uow:
            await _mature(uow, account_id, on, result)
            await uow.commit()
    return result


async def _locked(uow: UnitOfWork, account_id: uuid.UUID) -> tuple[SavingsAccount, SavingsProduct]:
    account = (await uow.session.scalars(select(SavingsAccount).where(SavingsAccount.id == account_id).with_for_update())).one()
    return account, await uow.session.get(SavingsProduct, account.product_id)


async def _check_missed(uow: UnitOfWork, account_id: uuid.UUID, on: date, result: DayRun) -> None:
    account, product = await _locked(uow, account_id)
    if account.status not in ("active", "suspended"):
        return
    behind = await missed(uow.session, account.id, on)
    if product.close_after_missed and behind >= product.close_after_missed:
        into = await _voluntary_of(uow, account.member_id)
        if into is not None:
            from palli_savings.service.lifecycle import close_locked

            await close_locked(uow, SYSTEM, account, product, into, on=on, channel="transfer",
                               reason=f"{behind} DPS installments missed", premature=True)
            result.closed.append(account.id)
            return
    if product.suspend_after_missed and behind >= product.suspend_after_missed and account.status == "active":
        account.status, account.status_reason, account.version = "suspended", f"{behind} installments missed", account.version + 1
        account.updated_at = now()
        uow.publish(fact(ev.DpsSuspended, account, product, SYSTEM.subject, on=on, reason=account.status_reason, missed=behind),
                    aggregate_id=account.id, aggregate_version=account.version)
        result.suspended.append(account.id)


async def _mature(uow: UnitOfWork, account_id: uuid.UUID, on: date, result: DayRun) -> None:
    from palli_savings.service import interest
    from palli_savings.service.lifecycle import move_between

    account, product = await _locked(uow, account_id)
    if account.status not in ("active", "suspended", "blocked") or account.maturity_on is None or account.maturity_on > on:
        return
    matured_on, frozen = account.maturity_on, account.status == "blocked"
    await interest.settle(uow, account, product, SYSTEM.subject, matured_on - timedelta(days=1))
    instruction = account.maturity_instruction or "pay_to_voluntary"
    account.status, account.version, account.updated_at = "matured", account.version + 1, now()
    uow.publish(fact(ev.AccountMatured, account, product, SYSTEM.subject, on=matured_on, amount=format_poisha(account.balance),
                     instruction=instruction, term_months=account.term_months, annual_rate=f"{account.annual_rate}"),
                aggregate_id=account.id, aggregate_version=account.version)
    result.matured.append(account.id)
    if frozen or instruction == "pay_to_voluntary":
        into = None if frozen else await _voluntary_of(uow, account.member_id)
        if into is None:
            result.awaiting_payout.append(account.id)  # a manager closes it with a payout (no penalty: it matured)
            return
        from palli_savings.service.lifecycle import close_locked

        await close_locked(uow, SYSTEM, account, product, into, on=matured_on, channel="transfer", reason="matured", premature=False)
        return
    interest_part = account.balance - (account.principal or 0)
    if instruction == "renew_principal" and interest_part > 0:
        into = await _voluntary_of(uow, account.member_id)
        if into is None:
            instruction = "renew_with_interest"  # nowhere to pay the interest: it stays and earns
        else:
            into_product = await uow.session.get(SavingsProduct, into.product_id)
            await move_between(uow, SYSTEM, account, product, into, into_product, amount=interest_part, on=matured_on,
                               reference=f"interest of the term to {matured_on}", reason=None)
    rate = chart_rate(await chart(uow.session, product.id), term_months=account.term_months, amount=account.balance, on=matured_on)
    account.annual_rate = rate if rate is not None else account.annual_rate
    account.principal = account.balance
    start = account.term_started_on = matured_on  # the new term starts the day the old one matured
    account.maturity_on = add_months(start, account.term_months)
    account.maturity_amount = account.balance + term_interest(
        [(start, account.balance)], opened_on=start, through=account.maturity_on - timedelta(days=1), annual_rate=account.annual_rate,
        posting_period=product.posting_period, method=product.interest_method, days_in_year=product.days_in_year,
        min_balance=product.min_balance_for_interest)
    account.status, account.version, account.updated_at = "active", account.version + 1, now()
    uow.publish(fact(ev.AccountRenewed, account, product, SYSTEM.subject, on=matured_on, amount=format_poisha(account.balance),
                     instruction=instruction, term_months=account.term_months, annual_rate=f"{account.annual_rate}",
                     maturity_on=account.maturity_on, maturity_amount=format_poisha(account.maturity_amount)),
                aggregate_id=account.id, aggregate_version=account.version)
    result.renewed.append(account.id)

