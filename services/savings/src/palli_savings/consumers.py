"""The events savings reacts to: members and their loans, kept as local copies."""

from palli_common.consumer import Handler
from palli_savings.service.copies import HANDLERS
from palli_savings.service.loan_events import LOAN_HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {"savings-members": dict(HANDLERS), "savings-lending": dict(LOAN_HANDLERS)}
