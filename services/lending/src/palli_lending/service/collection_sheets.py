"""The weekly samity meeting: what each member owes on the meeting date (installments, arrears and
her savings due), and posting everything collected in one transaction. A sheet is posted once per
`Idempotency-Key`: replaying it returns the first result and moves no money; each line is checked
before anything of it is written, so one refused line (an overpayment, a closed loan) is reported
without undoing the others. The loans are locked and their open installments read with one
statement each, and every accepted line is written together (on PostgreSQL in one statement).

Savings lines are not posted here: lending checks them against its copies of her accounts and
writes them into one `lending.collection_sheet.posted` event in the sheet's own transaction (the
outbox); savings consumes it and credits each account once (its inbox). One POST reaches both
services, no service is called synchronously, and nothing needs a distributed transaction."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from palli_common.db import Database
from palli_common.errors import DomainError, NotFound, ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha, to_poisha
from palli_lending.adapters.tables import CollectionSheet, GroupCopy, Loan, LoanInstallment, MemberCopy, SavingsCopy
from palli_lending.contracts import events as ev
from palli_lending.service.common import now
from palli_lending.service.repayments import (
    RepaymentWrites, backdate_reason_for, lock_loans, open_installments_of, products_of, refuse_savings_channel, repayment,
)
from palli_lending.settings import LendingSettings


@dataclass(frozen=True)
class Line:
    loan_id: uuid.UUID
    amount: int
    channel: str = "cash"
    reference: str | None = None


@dataclass(frozen=True)
class SavingsLine:
    account_id: uuid.UUID
    amount: int


def _savings_due(accounts: list[SavingsCopy]) -> dict[str, Any]:
    """Her live compulsory account's due this meeting (the first one opened), and every live account."""
    live = [a for a in accounts if a.status == "active"]
    compulsory = next((a for a in live if a.kind == "compulsory"), None)
    return {
        "savings_due": format_poisha(compulsory.deposit_due) if compulsory else None,
        "savings_account_id": str(compulsory.account_id) if compulsory else None,
        "savings_accounts": [{"account_id": str(a.account_id), "number": a.number, "kind": a.kind, "deposit_due": format_poisha(a.deposit_due),
                              "balance": format_poisha(a.balance)} for a in live],
    }


async def _group(session: Any, group_id: uuid.UUID, who: Identity) -> GroupCopy:
    group = await session.get(GroupCopy, group_id)
    if group is None:
        raise NotFound(f"no group {group_id} (lending learns groups from members events)")
    who.check_branch(group.branch_id, "this group")
    return group


async def sheet(db: Database, group_id: uuid.UUID, meeting_on: date, who: Identity) -> dict[str, Any]:
    """Per member and loan: the installment due at this meeting and what is overdue from before."""
    async with db.sessions() as s:
        group = await _group(s, group_id, who)
        members = {m.member_id: m for m in (await s.execute(
            select(MemberCopy).where(MemberCopy.group_id == group_id, MemberCopy.status.in_(("active", "dormant"))).order_by(MemberCopy.name_en)
        )).scalars()}
        loans = list((await s.execute(select(Loan).where(Loan.group_id == group_id, Loan.status == "active").order_by(Loan.id))).scalars())
        rows = (await s.execute(
            select(LoanInstallment).where(LoanInstallment.loan_id.in_([loan.id for loan in loans]), LoanInstallment.due_on <= meeting_on,
                                          LoanInstallment.completed_on.is_(None))
        )).scalars().all() if loans else []
        savings: dict[uuid.UUID, list[SavingsCopy]] = {}
        if members:
            for a in (await s.execute(select(SavingsCopy).where(SavingsCopy.member_id.in_(list(members)))
                                      .order_by(SavingsCopy.account_id))).scalars():
                savings.setdefault(a.member_id, []).append(a)
    owed: dict[uuid.UUID, dict[str, int]] = {}
    for i in rows:
        left = i.principal + i.interest + i.penalty - i.waived_interest - i.paid_principal - i.paid_interest - i.paid_penalty
        bucket = owed.setdefault(i.loan_id, {"due": 0, "overdue": 0})
        # what falls due in the week up to this meeting is this week's installment; older dues are arrears
        bucket["due" if (meeting_on - i.due_on).days < 7 else "overdue"] += left
    lines = []
    for loan in loans:
        member = members.get(loan.member_id)
        due = owed.get(loan.id, {"due": 0, "overdue": 0})
        lines.append({
            "member_id": str(loan.member_id), "member_name": member.name_en if member else None,
            "member_name_bn": member.name_bn if member else None, "loan_id": str(loan.id),
            "installment_due": format_poisha(due["due"]), "overdue": format_poisha(due["overdue"]),
            "total_due": format_poisha(due["due"] + due["overdue"]),
            "outstanding": format_poisha(loan.outstanding_principal + loan.outstanding_interest + loan.outstanding_penalty),
            **_savings_due(savings.get(loan.member_id, [])),
        })
    without_loans = [
        {"member_id": str(m.member_id), "member_name": m.name_en, "member_name_bn": m.name_bn, **_savings_due(savings.get(m.member_id, []))}
        for m in members.values() if m.member_id not in {loan.member_id for loan in loans}
    ]
    total = sum(v["due"] + v["overdue"] for v in owed.values())
    savings_total = sum(to_poisha(x["savings_due"]) for x in [*lines, *without_loans] if x["savings_due"] is not None)
    return {"savings_due": format_poisha(savings_total), "group_id": str(group.group_id), "group_name": group.name, "branch_id": str(group.branch_id), "meeting_on": meeting_on,
            "meeting_day": group.meeting_day, "lines": lines, "members_without_loans": without_loans, "total_due": format_poisha(total)}


async def _savings_lines(uow: Any, group: GroupCopy, sheet_id: uuid.UUID, meeting_on: date, savings: list[SavingsLine],
                         who: Identity) -> tuple[int, list[dict[str, Any]]]:
    """Check each savings line against lending's copies (an active account of a member of this
    group) and publish the accepted ones for savings to credit, in this transaction."""
    if not savings:
        return 0, []
    s = uow.session
    accounts = {a.account_id: a for a in (await s.execute(
        select(SavingsCopy).where(SavingsCopy.account_id.in_([x.account_id for x in savings])))).scalars()}
    members = {m.member_id: m for m in (await s.execute(
        select(MemberCopy).where(MemberCopy.member_id.in_([a.member_id for a in accounts.values()])))).scalars()} if accounts else {}
    accepted, results = [], []
    for line in savings:
        account = accounts.get(line.account_id)
        member = members.get(account.member_id) if account else None
        reason = ("no such savings account known to lending" if account is None else
                  "the account's member is not in this group" if member is None or member.group_id != group.group_id else
                  f"the account is {account.status}" if account.status != "active" else
                  "a savings deposit must be more than zero" if line.amount <= 0 else None)
        if reason:
            results.append({"account_id": str(line.account_id), "status": "refused", "reason": reason, "field": "savings"})
            continue
        accepted.append(ev.SheetSavings(member_id=str(account.member_id), account_id=str(account.account_id), amount=format_poisha(line.amount)))
        results.append({"account_id": str(line.account_id), "member_id": str(account.member_id), "status": "sent_to_savings",
                        "amount": format_poisha(line.amount)})
    if accepted:
        uow.publish(ev.CollectionSheetPosted(collection_sheet_id=str(sheet_id), group_id=str(group.group_id), branch_id=str(group.branch_id),
                                             meeting_on=meeting_on, posted_by=who.subject, savings=accepted),
                    aggregate_id=sheet_id, aggregate_version=1)
    return sum(to_poisha(a.amount) for a in accepted), results


def fingerprint(group_id: uuid.UUID, meeting_on: date, lines: list[Line], savings: list[SavingsLine] = ()) -> str:
    body = json.dumps([str(group_id), meeting_on.isoformat(), [[str(x.loan_id), x.amount, x.channel, x.reference] for x in lines],
                       *([[[str(x.account_id), x.amount] for x in savings]] if savings else [])])
    return hashlib.sha256(body.encode()).hexdigest()


async def post(db: Database, group_id: uuid.UUID, meeting_on: date, lines: list[Line], who: Identity, *, key: str,
               backdate_reason: str | None, settings: LendingSettings, savings: list[SavingsLine] = ()) -> tuple[dict[str, Any], bool]:
    """(result, replayed). One transaction for the whole meeting."""
    if not lines and not savings:
        raise ValidationFailed("a collection sheet needs at least one installment or savings line", field="lines")
    if len({x.loan_id for x in lines}) != len(lines):
        raise ValidationFailed("a loan appears twice on the sheet; put its collection on one line", field="lines")
    for i, x in enumerate(lines):
        refuse_savings_channel(x.channel, field=f"lines.{i}.channel")
    if len({x.account_id for x in savings}) != len(savings):
        raise ValidationFailed("a savings account appears twice on the sheet; put its deposit on one line", field="savings")
    digest = fingerprint(group_id, meeting_on, lines, savings)
    replay = await _stored(db, group_id, key, digest)
    if replay is not None:
        return replay, True
    try:
        return await _post(db, group_id, meeting_on, lines, list(savings), who, key, digest, backdate_reason, settings), False
    except IntegrityError:  # the same key posted concurrently and committed first
        replay = await _stored(db, group_id, key, digest)
        if replay is None:
            raise
        return replay, True


async def _stored(db: Database, group_id: uuid.UUID, key: str, digest: str) -> dict[str, Any] | None:
    async with db.sessions() as s:
        found = (await s.execute(select(CollectionSheet).where(CollectionSheet.group_id == group_id, CollectionSheet.idempotency_key == key))).scalar_one_or_none()
    if found is None:
        return None
    if found.fingerprint != digest:
        raise ValidationFailed("this Idempotency-Key was used for a different collection sheet", field="Idempotency-Key")
    return found.result


async def _post(db: Database, group_id: uuid.UUID, meeting_on: date, lines: list[Line], savings: list[SavingsLine], who: Identity, key: str,
                digest: str, backdate_reason: str | None, settings: LendingSettings) -> dict[str, Any]:
    async with db.uow() as uow:
        s = uow.session
        group = await _group(s, group_id, who)
        # one date for the whole meeting: checked once, refused as a whole
        backdate_reason = await backdate_reason_for(s, settings, who, meeting_on, backdate_reason, field="meeting_on")
        sheet_id = uuid7()
        # claim the key first: a concurrent duplicate fails on the unique index instead of posting twice
        record = CollectionSheet(id=sheet_id, group_id=group_id, branch_id=group.branch_id, meeting_on=meeting_on, idempotency_key=key,
                                 fingerprint=digest, result={}, posted_by=who.subject, created_at=now())
        s.add(record)
        await s.flush()
        # one lock order for every sheet (by id): no deadlocks between sheets; then every open
        # installment of those loans in one read, each line allocated in Python, and every
        # repayment written together (repayments.RepaymentWrites)
        locked = await lock_loans(s, [x.loan_id for x in lines]) if lines else {}
        products = await products_of(s, {loan.product_id for loan in locked.values()}) if locked else {}
        installments = await open_installments_of(s, {x.loan_id: x.amount for x in lines if x.loan_id in locked}) if locked else {}
        writes = RepaymentWrites(uow)
        results, collected = [], 0
        for line in lines:
            loan = locked.get(line.loan_id)
            if loan is None or loan.group_id != group_id:
                results.append({"loan_id": str(line.loan_id), "status": "refused", "reason": "no such loan in this group"})
                continue
            try:  # a refusal is raised before anything changes, so the line is simply left out
                transaction = repayment(loan, products[loan.product_id], who, installments[loan.id], writes, amount=line.amount,
                                        on=meeting_on, channel=line.channel, reference=line.reference, collection_sheet_id=sheet_id,
                                        backdate_reason=backdate_reason)
            except DomainError as exc:
                results.append({"loan_id": str(line.loan_id), "status": "refused", "reason": exc.detail, "field": exc.field})
                continue
            collected += line.amount
            results.append({
                "loan_id": str(line.loan_id), "status": "posted", "transaction_id": str(transaction["id"]), "amount": format_poisha(line.amount),
                "principal": format_poisha(transaction["principal"]), "interest": format_poisha(transaction["interest"]),
                "outstanding": format_poisha(loan.outstanding_principal + loan.outstanding_interest + loan.outstanding_penalty),
                "loan_status": loan.status,
            })
        await writes.write()
        saved, savings_results = await _savings_lines(uow, group, sheet_id, meeting_on, savings, who)
        result = {"collection_sheet_id": str(sheet_id), "group_id": str(group_id), "meeting_on": meeting_on.isoformat(),
                  "posted": sum(r["status"] == "posted" for r in results), "refused": sum(r["status"] == "refused" for r in results),
                  "collected": format_poisha(collected), "lines": results,
                  "savings_collected": format_poisha(saved), "savings": savings_results}
        record.result = result
        await uow.commit()
        return result

