"""The events notifications reacts to: members' contacts, and the loan, savings and marketplace events members are told about."""

from palli_common.consumer import Handler
from palli_notifications.service.contacts import MEMBER_EVENTS, on_member_event
from palli_notifications.service.loan_events import HANDLERS as LOAN_HANDLERS
from palli_notifications.service.loan_events import MARKETPLACE_HANDLERS, SAVINGS_HANDLERS

CONSUMERS: dict[str, dict[str, Handler]] = {
    "notifications-members": {event_type: on_member_event for event_type in MEMBER_EVENTS},
    "notifications-lending": dict(LOAN_HANDLERS),
    "notifications-savings": dict(SAVINGS_HANDLERS),
    "notifications-marketplace": dict(MARKETPLACE_HANDLERS),
}
