"""Branch scope: which branches the caller may see and change, as the gateway's identity says.

The one way the members service applies it (routes pass `CurrentIdentity` down as `who`):

- `check(who, target, what)`: a single record (a Branch, Staff, Group or Member row, or a branch id
  from a request) must lie in the caller's branches, else 403 (`Identity.check_branch`).
  `common.load(..., who=who)` calls it on the row it loaded, before the If-Match check.
- `check_all_branches(who, action)`: actions only head-office scope may take (opening a branch).
- lists are filtered in SQL with `palli_common.identity.in_branches(query, column, who, requested)`,
  so cursor pagination counts only what the caller may see; an explicit branch filter outside the
  scope is 403 rather than an empty page.

Reference data (administrative areas) needs only an authenticated caller.
"""

from __future__ import annotations

import uuid

from palli_common.errors import Forbidden
from palli_common.identity import Identity
from palli_members.adapters.tables import Branch, Group, Member, Staff

Scoped = Branch | Staff | Group | Member


def branch_of(target: Scoped | uuid.UUID) -> uuid.UUID:
    """The branch a record belongs to (a branch belongs to itself)."""
    if isinstance(target, uuid.UUID):
        return target
    if isinstance(target, Branch):
        return target.id
    return target.branch_id


def check(who: Identity, target: Scoped | uuid.UUID, what: str) -> None:
    """403 unless `target` (a record or a branch id) lies in the caller's branches."""
    who.check_branch(branch_of(target), what)


def check_all_branches(who: Identity, action: str) -> None:
    if not who.all_branches:
        raise Forbidden(f"{action} needs access to every branch; your scope is limited to some branches")

