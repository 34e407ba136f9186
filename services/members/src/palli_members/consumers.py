"""The events members reacts to: lending's loans, kept as local copies to guard transfers."""

from palli_common.consumer import Handler
from palli_members.service.loans import HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {"members-lending": dict(HANDLERS)}
