"""Events on `savings.account`. Each carries the account's member, group, branch and product, the
amount of the fact and the balance after it (decimal taka strings), so the ledger and
notifications need nothing else."""

from __future__ import annotations

from datetime import date

from palli_common.events import EventContract


class AccountFact(EventContract):
    account_id: str
    number: str
    member_id: str
    group_id: str
    branch_id: str
    product_id: str
    product_code: str
    kind: str  # compulsory | voluntary | dps | fixed_deposit
    status: str
    on: date | None = None  # the business date of the fact
    amount: str = "0.00"
    balance: str = "0.00"  # after the fact
    deposit_due: str = "0.00"  # what she brings each meeting (the collection sheet shows it)
    channel: str | None = None
    reference: str | None = None
    transaction_id: str | None = None
    backdate_reason: str | None = None  # why `on` is beyond the back-dating window
    actor: str | None = None


class AccountOpened(AccountFact):
    """A term deposit's opening also carries its term, locked rate and projected maturity."""

    event_type = "savings.account.opened"
    term_months: int | None = None
    annual_rate: str | None = None
    maturity_on: date | None = None
    maturity_amount: str | None = None
    installment: str | None = None
    maturity_instruction: str | None = None


class DepositReceived(AccountFact):
    event_type = "savings.account.deposit_received"


class WithdrawalPaid(AccountFact):
    event_type = "savings.account.withdrawal_paid"


class AmountHeld(AccountFact):
    """`amount` set aside; `on_hold` is the account's total held after it."""

    event_type = "savings.account.amount_held"
    hold_id: str
    reason: str
    on_hold: str


class HoldReleased(AccountFact):
    event_type = "savings.account.hold_released"
    hold_id: str
    on_hold: str


class InterestPosted(AccountFact):
    """`amount` credited for the period, dated its last day (`on`)."""

    event_type = "savings.account.interest_posted"
    period_start: date
    period_end: date


class InterestAdjusted(AccountFact):
    """Money dated back into a posted period changed what it earned by `interest` (9 places,
    signed). Nothing moves now (`amount` is 0.00): the next posting pays or takes it back."""

    event_type = "savings.account.interest_adjusted"
    period_start: date
    period_end: date
    interest: str



class DepositRefused(AccountFact):
    """Savings collected at a meeting (lending's collection sheet, `reference` is the sheet) that the
    account could not take (blocked or closed since lending last heard of it). Nothing was credited
    or booked: the branch returns the cash or posts it to another of her accounts."""

    event_type = "savings.account.deposit_refused"
    reason: str


class TransferredOut(AccountFact):
    """`amount` moved from this account to another of hers (`to_account_id`, of `to_kind`): the
    ledger books it from this account's member-savings account to the other's, once."""

    event_type = "savings.account.transferred_out"
    to_account_id: str
    to_kind: str


class TransferredIn(AccountFact):
    """`amount` came in from another of her accounts (booked with its `transferred_out`)."""

    event_type = "savings.account.transferred_in"
    from_account_id: str
    from_kind: str


class AccountBlocked(AccountFact):
    """No money moves in or out until it is unblocked; it still earns interest."""

    event_type = "savings.account.blocked"
    reason: str


class AccountUnblocked(AccountFact):
    event_type = "savings.account.unblocked"
    reason: str


class AccountClosed(AccountFact):
    """Closed and paid out: `amount` (the balance with interest to the day before) by `channel`
    (cash, mobile_wallet, bank, or transfer into `to_account_id` of `to_kind`); `balance` is 0.00."""

    event_type = "savings.account.closed"
    reason: str | None = None
    interest: str = "0.00"  # interest settled at closure (also its own interest_posted event)
    to_account_id: str | None = None
    to_kind: str | None = None


class InterestReversed(AccountFact):
    """A term closed before maturity earns the rate less the penalty: `amount` of the interest
    already credited is taken back (the ledger reduces interest expense)."""

    event_type = "savings.account.interest_reversed"


class DpsSuspended(AccountFact):
    """`missed` installments are a month or more late (the product's limit): the DPS still takes
    its installments (catching up resumes it) and still earns, until the product closes it early."""

    event_type = "savings.account.dps_suspended"
    reason: str
    missed: int


class DpsResumed(AccountFact):
    event_type = "savings.account.dps_resumed"
    reason: str


class AccountMatured(AccountFact):
    """The term ended (`on`, its maturity day) with `amount` (the balance, interest to the day before);
    what follows is the `instruction`: paid to her voluntary savings (a `closed` event), or renewed."""

    event_type = "savings.account.matured"
    instruction: str
    term_months: int | None = None
    annual_rate: str | None = None


class AccountRenewed(AccountFact):
    """A new term from `on` with `amount` at the chart's rate then, to `maturity_on`."""

    event_type = "savings.account.renewed"
    instruction: str
    term_months: int | None = None
    annual_rate: str | None = None
    maturity_on: date | None = None
    maturity_amount: str | None = None


class AccountInactive(AccountFact):
    """No money of hers has moved since `last_active_on` for the product's inactive days."""

    event_type = "savings.account.inactive"
    last_active_on: date


class AccountDormant(AccountFact):
    """Idle for the product's dormant days: nothing is paid out until a manager reactivates it."""

    event_type = "savings.account.dormant"
    last_active_on: date


class AccountReactivated(AccountFact):
    event_type = "savings.account.reactivated"
    reason: str
    activity_was: str | None = None
