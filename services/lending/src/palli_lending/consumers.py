"""The events lending reacts to: members' groups and members, and members' savings accounts, kept as
local copies for eligibility and the collection sheet."""

from palli_common.consumer import Handler
from palli_lending.service.copies import HANDLERS, SAVINGS_HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {"lending-members": dict(HANDLERS), "lending-savings": dict(SAVINGS_HANDLERS)}
