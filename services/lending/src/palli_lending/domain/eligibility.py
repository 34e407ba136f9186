"""Who may borrow under a product: pure rules over lending's copies of the member and the group.

A product's `eligibility` JSON (every key optional; a missing key takes the default below):

    {"genders": ["female"] | null,          # null: anyone
     "max_active_loans": 1,                 # open loans (applied, approved, active) a member may hold
     "member_statuses": ["active"],
     "group_statuses": ["active"],
     "min_compulsory_savings": "500.00" | null,   # decimal taka
     "required_training": "ENTERPRISE-BASICS" | null}

The last two rest on facts other services own, passed in `facts` from lending's copies of their
events (the service fills it: service/products.py):

    {"compulsory_savings": int poisha,   # absent when savings has published no compulsory account of hers
     "trainings": set[str]}              # programme codes of her training credentials still issued

A member with no compulsory savings account known to lending is refused with a "... not known yet"
reason, rather than lent to as if the rule were met. Trainings need no such reason: lending receives
every credential training issues or revokes, so no credential known means none held, and a member
without the required one is refused as not having completed it (a missing "trainings" key reads as
the empty set). Training codes are compared ignoring case ("enterprise-basics" is "ENTERPRISE-BASICS").
A product that leaves either rule null is unaffected.

`check` returns (field, reason) pairs, empty when the member is eligible. The field is always the
application's `member_id`: every rule is about the member (their group included).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from palli_common.money import format_poisha, to_poisha
from palli_lending.adapters.tables import GroupCopy, MemberCopy

FIELD = "member_id"

DEFAULT_RULES: dict[str, Any] = {
    "genders": None,
    "max_active_loans": 1,
    "member_statuses": ["active"],
    "group_statuses": ["active"],
    "min_compulsory_savings": None,
    "required_training": None,
}

GENDER_WORDS = {"female": "women", "male": "men"}


def rules_of(product_rules: dict[str, Any] | None) -> dict[str, Any]:
    """The product's rules with defaults filled in (a stored product may predate a key)."""
    merged = dict(DEFAULT_RULES)
    merged.update({k: v for k, v in (product_rules or {}).items() if k in DEFAULT_RULES})
    return merged


STATUS_WORDS = {"applicant": "an applicant", "exited": "exited (no longer a member)"}  # others read as they are
GROUP_WORDS = {"forming": "still forming (not yet active)"}


def _listing(words: list[str]) -> str:
    return " or ".join(words)


def check(
    product_rules: dict[str, Any] | None,
    member: MemberCopy | None,
    group: GroupCopy | None,
    active_loans: int,
    facts: dict[str, Any] | None,
) -> list[tuple[str, str]]:
    """Every reason the member may not borrow under a product with these rules; [] means eligible."""
    rules = rules_of(product_rules)
    facts = facts or {}
    if member is None:
        return [(FIELD, "member unknown to lending (no members event received yet)")]
    reasons: list[tuple[str, str]] = []

    statuses = rules["member_statuses"] or ["active"]
    if member.status not in statuses:
        reasons.append((FIELD, f"member is {STATUS_WORDS.get(member.status, member.status)}, not {_listing(statuses)}"))

    genders = rules["genders"]
    if genders and member.gender not in genders:
        who = _listing([GENDER_WORDS.get(g, g) for g in genders])
        reasons.append((FIELD, f"product is for {who} members"))

    if group is None:
        reasons.append((FIELD, "member's group unknown to lending (no members event received yet)"))
    else:
        group_statuses = rules["group_statuses"] or ["active"]
        if group.status not in group_statuses:
            reasons.append((FIELD, f"member's group is {GROUP_WORDS.get(group.status, group.status)}"))

    limit = rules["max_active_loans"]
    if limit is not None and active_loans >= limit:
        noun = "loan" if active_loans == 1 else "loans"
        reasons.append((FIELD, f"member already has {active_loans} active {noun} (the limit is {limit})"))

    minimum = rules["min_compulsory_savings"]
    if minimum is not None:
        needed = to_poisha(Decimal(str(minimum)))
        held = facts.get("compulsory_savings")
        if held is None:
            reasons.append((FIELD, "member's compulsory savings are not known yet (no compulsory savings account published by savings)"))
        elif held < needed:
            reasons.append((FIELD, f"member's compulsory savings are {format_poisha(held)} taka, "
                                   f"the product needs {format_poisha(needed)}"))

    training = rules["required_training"]
    if training:
        done = {code.casefold() for code in facts.get("trainings") or ()}
        if training.casefold() not in done:
            reasons.append((FIELD, f"member has not completed the training {training!r}"))

    return reasons
