"""Events on `lending.loan` and `lending.collection_sheet`. Each loan event carries the loan's member, group, branch and product, the
amounts of the fact split into principal, interest and penalty (decimal taka strings), the channel
and what is still outstanding, so the ledger and notifications need nothing else."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from palli_common.events import EventContract


class LoanFact(EventContract):
    loan_id: str
    member_id: str
    group_id: str
    branch_id: str
    product_id: str
    product_code: str
    status: str
    on: date | None = None  # the business date of the fact
    loan_principal: str  # the loan's principal, decimal taka
    amount: str = "0.00"  # what moved in this fact
    principal: str = "0.00"
    interest: str = "0.00"
    penalty: str = "0.00"
    channel: str | None = None  # cash, mobile_wallet, savings
    reference: str | None = None
    transaction_id: str | None = None
    outstanding_principal: str = "0.00"
    outstanding_interest: str = "0.00"
    outstanding_penalty: str = "0.00"
    actor: str | None = None  # who did it (subject)
    backdate_reason: str | None = None  # a money fact dated beyond the back-dating window: why


class LoanApplied(LoanFact):
    event_type = "lending.loan.applied"
    annual_rate: str
    installments: int
    frequency: str


class LoanApproved(LoanFact):
    event_type = "lending.loan.approved"


class LoanRejected(LoanFact):
    event_type = "lending.loan.rejected"
    reason: str


class LoanWithdrawn(LoanFact):
    event_type = "lending.loan.withdrawn"
    reason: str | None = None


class LoanDisbursed(LoanFact):
    event_type = "lending.loan.disbursed"
    first_due_on: date
    installment_amount: str
    total_interest: str


class RepaymentReceived(LoanFact):
    event_type = "lending.loan.repayment_received"


class RepaymentRefused(LoanFact):
    """Savings debited her voluntary account to repay this loan (`reference`: the savings
    transaction, `savings_account_id`), and lending could not take it (the loan closed meanwhile,
    more than is owed...). Nothing was applied or booked; savings puts the money back."""

    event_type = "lending.loan.repayment_refused"
    savings_account_id: str
    reason: str


class RepaymentReversed(LoanFact):
    event_type = "lending.loan.repayment_reversed"
    reverses_transaction_id: str
    reason: str


class RepaymentReallocated(LoanFact):
    """A reversal re-spread a still-standing repayment or prepayment: how its split moved, as signed
    decimal taka (they sum to zero: the money is the same, only what it paid changed)."""

    event_type = "lending.loan.repayment_reallocated"
    principal_delta: str
    interest_delta: str
    penalty_delta: str
    reversal_id: str  # the reversal that caused it


class LoanPrepaid(LoanFact):
    event_type = "lending.loan.prepaid"
    interest_waived: str


class LoanClosed(LoanFact):
    event_type = "lending.loan.closed"


class LoanWriteOffRequested(LoanFact):
    event_type = "lending.loan.write_off_requested"
    reason: str


class LoanWrittenOff(LoanFact):
    event_type = "lending.loan.written_off"
    reason: str
    requested_by: str


class LoanOverdue(LoanFact):
    event_type = "lending.loan.overdue"
    days_past_due: int
    overdue_principal: str
    overdue_interest: str


class LoanClassificationChanged(LoanFact):
    event_type = "lending.loan.classification_changed"
    previous: str
    classification: str
    provision_percent: str
    days_past_due: int


class SheetSavings(BaseModel):
    """One member's savings brought to the meeting, for her account in savings."""

    model_config = ConfigDict(frozen=True)
    member_id: str
    account_id: str
    amount: str  # decimal taka


class CollectionSheetPosted(EventContract):
    """A meeting's collection sheet was posted: the loan lines are lending's own events; the
    savings lines are for savings to credit (its consumer `savings-lending`), so one POST reaches
    both services without a distributed transaction."""

    event_type = "lending.collection_sheet.posted"
    collection_sheet_id: str
    group_id: str
    branch_id: str
    meeting_on: date
    channel: str = "cash"
    posted_by: str
    savings: list[SheetSavings]
