"""The events the marketplace reacts to: members (producers are members)."""

from palli_common.consumer import Handler
from palli_marketplace.service.copies import HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {"marketplace-members": dict(HANDLERS)}
