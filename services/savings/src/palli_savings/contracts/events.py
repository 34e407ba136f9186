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
    event_type = "savings.account.opened"


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
