"""The events partners may subscribe to, and the scope each needs: the same scopes that let a
partner read those records through the API, so a webhook never tells a partner more than the API
would. Kept here as data (this service imports no other service); a test checks it against each
owning service's contracts/events.py, so a new event type there shows up as a failing test here.

A subscription names exact types (`lending.loan.disbursed`) or a family ending in `.*`
(`lending.loan.*`, `marketplace.*`, `marketplace.order.*`): every catalogue type under it.
"""

from __future__ import annotations

from collections.abc import Iterable

LOANS, MEMBERS, SAVINGS, MARKET, ORDERS = "loans:read", "members:read", "savings:read", "marketplace:read", "marketplace:orders"

_LOAN = ("applied", "approved", "rejected", "withdrawn", "disbursed", "repayment_received", "repayment_refused",
         "repayment_reversed", "repayment_reallocated", "prepaid", "closed", "write_off_requested", "written_off", "overdue",
         "classification_changed")
_MEMBER = ("registered", "activated", "updated", "made_dormant", "reactivated", "transferred", "exited")
_SAVINGS = ("opened", "deposit_received", "withdrawal_paid", "amount_held", "hold_released", "interest_posted",
            "interest_adjusted", "deposit_refused", "transferred_out", "transferred_in", "blocked", "unblocked", "closed",
            "interest_reversed", "dps_suspended", "dps_resumed", "matured", "renewed", "inactive", "dormant", "reactivated")
_MARKET = ("sale.recorded", "sale.refunded", "lot.checked", "stock.adjusted", "advance.paid", "payout.paid")
_ORDER = ("order.reserved", "order.fulfilled", "order.cancelled")

# event type -> partner scopes, any one of which lets a partner subscribe to it
EVENT_TYPES: dict[str, frozenset[str]] = {
    **{f"lending.loan.{t}": frozenset({LOANS}) for t in _LOAN},
    **{f"members.member.{t}": frozenset({MEMBERS}) for t in _MEMBER},
    **{f"savings.account.{t}": frozenset({SAVINGS}) for t in _SAVINGS},
    **{f"marketplace.{t}": frozenset({MARKET}) for t in _MARKET},
    # a partner's orders: its own only (see `partner_only`), with the scope that places them or the read scope
    **{f"marketplace.{t}": frozenset({MARKET, ORDERS}) for t in _ORDER},
}

# Types whose events go to a partner's endpoints only when the payload names that partner (`partner`):
# an order carries its customer's name and mobile number, which only the partner who took it may see.
PARTNER_ONLY_PREFIXES = ("marketplace.order.",)

# consumer group -> the event-type keys it handles (`<topic>.*`: every type on that topic)
TOPIC_KEYS: dict[str, tuple[str, ...]] = {
    "webhooks-lending": ("lending.loan.*",),
    "webhooks-members": ("members.member.*",),
    "webhooks-savings": ("savings.account.*",),
    "webhooks-marketplace": tuple(sorted({f"marketplace.{t.split('.')[0]}.*" for t in _MARKET + _ORDER})),
}


def expand(pattern: str) -> list[str]:
    """The catalogue types a subscription entry covers (empty: not a known type or family)."""
    if pattern.endswith(".*"):
        prefix = pattern[:-1]
        return sorted(t for t in EVENT_TYPES if t.startswith(prefix)) if prefix.count(".") >= 1 else []
    return [pattern] if pattern in EVENT_TYPES else []


def matches(patterns: Iterable[str], event_type: str) -> bool:
    return any(p == event_type or (p.endswith(".*") and event_type.startswith(p[:-1])) for p in patterns)


def allowed(event_type: str, scopes: Iterable[str]) -> bool:
    """Whether a partner holding `scopes` may receive `event_type`."""
    needed = EVENT_TYPES.get(event_type)
    return needed is not None and bool(needed & set(scopes))


def partner_only(event_type: str) -> bool:
    return event_type.startswith(PARTNER_ONLY_PREFIXES)
