"""The events savings reacts to: members and their loans (kept as local copies), loans disbursed
to savings, the savings collected on lending's collection sheets, training's micro-grants and the
marketplace's advances and payouts paid into a member's savings."""

from palli_common.consumer import Handler
from palli_savings.service.copies import HANDLERS
from palli_savings.service.grant_events import GRANT_HANDLERS
from palli_savings.service.loan_events import LOAN_HANDLERS
from palli_savings.service.market_events import MARKET_HANDLERS
from palli_savings.service.sheet_deposits import SHEET_HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {"savings-members": dict(HANDLERS), "savings-lending": {**LOAN_HANDLERS, **SHEET_HANDLERS},
                                               "savings-training": dict(GRANT_HANDLERS), "savings-marketplace": dict(MARKET_HANDLERS)}
