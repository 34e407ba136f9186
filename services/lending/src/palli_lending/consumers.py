"""The events lending reacts to: members' groups and members, members' savings accounts and their
training credentials, kept as local copies for eligibility and the collection sheet."""

from palli_common.consumer import Handler
from palli_common.db import UnitOfWork
from palli_common.events import EventEnvelope
from palli_lending.service.copies import HANDLERS, SAVINGS_HANDLERS, TRAINING_HANDLERS, on_savings_event
from palli_lending.service.savings_repayments import on_savings_withdrawal



async def on_withdrawal(uow: UnitOfWork, envelope: EventEnvelope) -> None:
    """A withdrawal updates her account's copy; one for a loan (channel loan_repayment) repays it."""
    await on_savings_event(uow, envelope)
    await on_savings_withdrawal(uow, envelope)


CONSUMERS: dict[str, dict[str, Handler]] = {
    "lending-members": dict(HANDLERS),
    "lending-savings": {**SAVINGS_HANDLERS, "savings.account.withdrawal_paid": on_withdrawal},
    "lending-training": dict(TRAINING_HANDLERS),
}
