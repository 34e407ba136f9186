"""Events the members service publishes (topics `members.branch`, `members.staff`, `members.group`,
`members.member`). Each carries a full snapshot so consumers keep their own read models without
calling back (event-carried state transfer). NIDs are deliberately left out: no consumer needs
them, and personal identifiers should not be copied across the platform."""

from __future__ import annotations

from datetime import date

from palli_common.events import EventContract


class BranchSnapshot(EventContract):
    branch_id: str
    code: str
    name: str
    division: str
    district: str
    upazila: str


class BranchOpened(BranchSnapshot):
    event_type = "members.branch.opened"


class BranchUpdated(BranchSnapshot):
    event_type = "members.branch.updated"


class StaffSnapshot(EventContract):
    staff_id: str
    branch_id: str
    name: str
    role: str
    mobile: str
    active: bool


class StaffRegistered(StaffSnapshot):
    event_type = "members.staff.registered"


class StaffUpdated(StaffSnapshot):
    event_type = "members.staff.updated"


class GroupSnapshot(EventContract):
    group_id: str
    branch_id: str
    name: str
    meeting_day: str
    meeting_place: str
    formation_date: date
    field_officer_id: str | None
    leader_id: str | None
    secretary_id: str | None
    member_limit: int
    status: str


class GroupFormed(GroupSnapshot):
    event_type = "members.group.formed"


class GroupUpdated(GroupSnapshot):
    event_type = "members.group.updated"
    changed: list[str]


class GroupActivated(GroupSnapshot):
    event_type = "members.group.activated"


class GroupSuspended(GroupSnapshot):
    event_type = "members.group.suspended"
    reason: str | None = None


class GroupDissolved(GroupSnapshot):
    event_type = "members.group.dissolved"
    reason: str | None = None


class MemberSnapshot(EventContract):
    member_id: str
    branch_id: str
    group_id: str
    name_bn: str
    name_en: str
    gender: str
    date_of_birth: date
    mobile: str
    division: str
    district: str
    upazila: str
    union: str | None
    household_monthly_income: str  # decimal taka, as everywhere in JSON
    land_holding_decimals: str
    status: str
    joined_on: date
    # Messaging preferences (added in place, so with defaults: an event published before them meant these).
    language: str = "bn"  # "bn" | "en"
    sms_consent: bool = True


class MemberRegistered(MemberSnapshot):
    event_type = "members.member.registered"


class MemberActivated(MemberSnapshot):
    event_type = "members.member.activated"


class MemberUpdated(MemberSnapshot):
    event_type = "members.member.updated"
    changed: list[str]


class MemberMadeDormant(MemberSnapshot):
    event_type = "members.member.made_dormant"
    reason: str | None = None


class MemberReactivated(MemberSnapshot):
    event_type = "members.member.reactivated"


class MemberTransferred(MemberSnapshot):
    event_type = "members.member.transferred"
    from_group_id: str
    from_branch_id: str
    reason: str | None = None


class MemberExited(MemberSnapshot):
    event_type = "members.member.exited"
    reason: str
