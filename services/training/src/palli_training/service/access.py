"""Who may work with a cohort: admins and head-office staff everywhere; a branch's staff in their
branch's cohorts; a trainer (the `trainer` role) in the cohorts they facilitate; a partner
organisation (scope training:write) in its own cohorts. The gateway decides who reaches a route;
this decides which records."""

from __future__ import annotations

from palli_common.errors import Forbidden
from palli_common.identity import Identity
from palli_training.adapters.tables import Cohort, Facilitator


def may_manage(who: Identity, cohort: Cohort, facilitator: Facilitator | None) -> bool:
    if who.kind == "partner":
        return cohort.partner is not None and cohort.partner == who.partner
    if "admin" in who.roles:
        return True
    if "trainer" in who.roles and facilitator is not None and facilitator.subject == who.subject:
        return True
    if who.roles - {"trainer"}:
        return who.branch_ids is None or (cohort.branch_id is not None and cohort.branch_id in who.branch_ids)
    return False


def check_manages(who: Identity, cohort: Cohort, facilitator: Facilitator | None) -> None:
    if not may_manage(who, cohort, facilitator):
        raise Forbidden("this cohort is not one you facilitate or manage", field="cohort_id")
