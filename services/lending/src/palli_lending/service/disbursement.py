"""Disbursement: the approved loan is paid out on a date through a channel, and its schedule is
fixed from that date (meeting day, holidays, the regulator's 15 days to the first installment)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from palli_common.db import Database
from palli_common.errors import ValidationFailed
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.money import format_poisha, to_poisha
from palli_lending.adapters.tables import GroupCopy, LoanInstallment, LoanTransaction
from palli_lending.contracts.events import LoanDisbursed
from palli_lending.service.backdating import check_backdate
from palli_lending.service.common import bump, fact, load_loan, now, product_of, publish, require_status
from palli_lending.service.holidays import holiday_set
from palli_lending.service.terms import schedule_for
from palli_lending.settings import LendingSettings

CHANNELS = ("cash", "mobile_wallet", "savings")


async def disburse(
    db: Database, loan_id: uuid.UUID, who: Identity, *, on: date, channel: str, reference: str | None,
    first_due_on: date | None, expected_version: int | None, backdate_reason: str | None, settings: LendingSettings,
) -> tuple:
    if channel not in CHANNELS:
        raise ValidationFailed(f"channel must be one of {', '.join(CHANNELS)}", field="channel")
    if channel != "cash" and not (reference and reference.strip()):
        what = "the wallet transaction reference" if channel == "mobile_wallet" else "the member's savings account"
        raise ValidationFailed(f"give {what}", field="reference")
    async with db.uow() as uow:
        loan = await load_loan(uow, loan_id, who, lock=True, expected_version=expected_version)
        require_status(loan, "approved", action="disburse")
        backdate_reason = await check_backdate(uow.session, settings, who, on, backdate_reason, field="disbursed_on")
        product = await product_of(uow, loan)
        group = await uow.session.get(GroupCopy, loan.group_id)
        holidays = await holiday_set(uow.session, on, on + timedelta(days=6 * 366))
        schedule = schedule_for(
            product, principal=loan.principal, rate=loan.annual_rate, installments=loan.installments, frequency=loan.frequency,
            term_months=loan.term_months, disbursed_on=on, meeting_day=group.meeting_day if group else None, holidays=holidays,
            first_due_on=first_due_on,
        )
        for item in schedule.installments:
            uow.session.add(LoanInstallment(
                loan_id=loan.id, number=item.number, due_on=item.due_on, principal=to_poisha(item.principal),
                interest=to_poisha(item.interest),
            ))
        transaction = LoanTransaction(
            id=uuid7(), loan_id=loan.id, kind="disbursement", on=on, amount=loan.principal, principal=loan.principal,
            channel=channel, reference=reference, backdate_reason=backdate_reason, created_by=who.subject, created_at=now(),
        )
        uow.session.add(transaction)
        loan.status = "active"
        loan.disbursed_on, loan.disbursement_channel, loan.disbursement_reference = on, channel, reference
        loan.outstanding_principal = loan.principal
        loan.outstanding_interest = to_poisha(schedule.total_interest)
        loan.next_due_on = schedule.installments[0].due_on
        loan.last_money_on = on
        loan.transaction_count += 1
        bump(loan)
        payload = fact(loan, product, on=on, principal=loan.principal, channel=channel, reference=reference,
                       transaction_id=transaction.id, actor=who.subject, backdate_reason=backdate_reason)
        publish(uow, loan, LoanDisbursed, {
            **payload, "first_due_on": schedule.installments[0].due_on,
            "installment_amount": format_poisha(to_poisha(schedule.installments[0].total)),
            "total_interest": format_poisha(to_poisha(schedule.total_interest)),
        })
        await uow.commit()
        return loan, transaction
