"""Member and group status machines, and the small enums members and groups use."""

from __future__ import annotations

import datetime
import enum

from palli_common.errors import Conflict


class MemberStatus(str, enum.Enum):
    APPLICANT = "applicant"
    ACTIVE = "active"
    DORMANT = "dormant"
    EXITED = "exited"


class GroupStatus(str, enum.Enum):
    FORMING = "forming"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    DISSOLVED = "dissolved"


# Exited and dissolved are final: history stays, but nothing moves out of them.
MEMBER_TRANSITIONS: dict[MemberStatus, frozenset[MemberStatus]] = {
    MemberStatus.APPLICANT: frozenset({MemberStatus.ACTIVE, MemberStatus.EXITED}),
    MemberStatus.ACTIVE: frozenset({MemberStatus.DORMANT, MemberStatus.EXITED}),
    MemberStatus.DORMANT: frozenset({MemberStatus.ACTIVE, MemberStatus.EXITED}),
    MemberStatus.EXITED: frozenset(),
}

GROUP_TRANSITIONS: dict[GroupStatus, frozenset[GroupStatus]] = {
    GroupStatus.FORMING: frozenset({GroupStatus.ACTIVE, GroupStatus.DISSOLVED}),
    GroupStatus.ACTIVE: frozenset({GroupStatus.SUSPENDED, GroupStatus.DISSOLVED}),
    GroupStatus.SUSPENDED: frozenset({GroupStatus.ACTIVE, GroupStatus.DISSOLVED}),
    GroupStatus.DISSOLVED: frozenset(),
}


def _ensure(kind: str, transitions: dict, current: enum.Enum, target: enum.Enum) -> None:
    # .value, not the member: str() of a (str, Enum) member is "MemberStatus.ACTIVE".
    if current == target:
        raise Conflict(f"the {kind} is already {current.value}", field="status")
    if target not in transitions[current]:
        article = "an" if current.value[0] in "aeiou" else "a"
        raise Conflict(f"{article} {current.value} {kind} cannot become {target.value}", field="status")


def ensure_member_transition(current: MemberStatus, target: MemberStatus) -> None:
    _ensure("member", MEMBER_TRANSITIONS, current, target)


def ensure_group_transition(current: GroupStatus, target: GroupStatus) -> None:
    _ensure("group", GROUP_TRANSITIONS, current, target)


class Gender(str, enum.Enum):
    FEMALE = "female"
    MALE = "male"
    THIRD_GENDER = "third_gender"  # hijra, legally recognised as a third gender in Bangladesh since 2013


class Language(str, enum.Enum):
    """The language a member reads messages in (SMS reminders, receipts); Bangla unless they ask."""

    BN = "bn"
    EN = "en"


class Weekday(str, enum.Enum):
    """Meeting days, in Bangladesh's week order (Saturday first; Friday is the weekly holiday)."""

    SATURDAY = "saturday"
    SUNDAY = "sunday"
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"

    @property
    def python_weekday(self) -> int:
        """The number datetime.date.weekday() gives this day (Monday 0 ... Sunday 6)."""
        return _PYTHON_WEEKDAY[self]

    @classmethod
    def of(cls, day: datetime.date) -> Weekday:
        return next(w for w, n in _PYTHON_WEEKDAY.items() if n == day.weekday())


_PYTHON_WEEKDAY = {
    Weekday.MONDAY: 0,
    Weekday.TUESDAY: 1,
    Weekday.WEDNESDAY: 2,
    Weekday.THURSDAY: 3,
    Weekday.FRIDAY: 4,
    Weekday.SATURDAY: 5,
    Weekday.SUNDAY: 6,
}
