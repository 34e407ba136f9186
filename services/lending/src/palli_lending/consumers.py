"""The events lending reacts to: members' groups and members, kept as local copies for eligibility."""

from palli_common.consumer import Handler
from palli_lending.service.copies import HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {"lending-members": dict(HANDLERS)}
