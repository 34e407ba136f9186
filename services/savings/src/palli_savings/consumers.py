"""The events savings reacts to: members, kept as local copies."""

from palli_common.consumer import Handler
from palli_savings.service.copies import HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {"savings-members": dict(HANDLERS)}
