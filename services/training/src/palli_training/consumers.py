"""The events training reacts to: members (kept as a local copy)."""

from palli_common.consumer import Handler
from palli_training.service.copies import HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {"training-members": dict(HANDLERS)}
