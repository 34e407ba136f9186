import datetime

import pytest
from palli_common.errors import Conflict

from palli_members.domain.lifecycle import (
    Gender,
    GroupStatus,
    MemberStatus,
    Weekday,
    ensure_group_transition,
    ensure_member_transition,
)

M, G = MemberStatus, GroupStatus

MEMBER_ALLOWED = [
    (M.APPLICANT, M.ACTIVE),
    (M.APPLICANT, M.EXITED),
    (M.ACTIVE, M.DORMANT),
    (M.DORMANT, M.ACTIVE),
    (M.ACTIVE, M.EXITED),
    (M.DORMANT, M.EXITED),
]
GROUP_ALLOWED = [
    (G.FORMING, G.ACTIVE),
    (G.FORMING, G.DISSOLVED),
    (G.ACTIVE, G.SUSPENDED),
    (G.SUSPENDED, G.ACTIVE),
    (G.ACTIVE, G.DISSOLVED),
    (G.SUSPENDED, G.DISSOLVED),
]


@pytest.mark.parametrize("current, target", MEMBER_ALLOWED)
def test_allowed_member_transitions(current, target):
    ensure_member_transition(current, target)


@pytest.mark.parametrize("current, target", GROUP_ALLOWED)
def test_allowed_group_transitions(current, target):
    ensure_group_transition(current, target)


@pytest.mark.parametrize(
    "current, target",
    [(c, t) for c in M for t in M if (c, t) not in MEMBER_ALLOWED],
)
def test_every_other_member_transition_refused(current, target):
    with pytest.raises(Conflict) as exc:
        ensure_member_transition(current, target)
    assert exc.value.field == "status"


@pytest.mark.parametrize(
    "current, target",
    [(c, t) for c in G for t in G if (c, t) not in GROUP_ALLOWED],
)
def test_every_other_group_transition_refused(current, target):
    with pytest.raises(Conflict) as exc:
        ensure_group_transition(current, target)
    assert exc.value.field == "status"


def test_refusal_details_read_plainly():
    with pytest.raises(Conflict) as exc:
        ensure_member_transition(M.DORMANT, M.APPLICANT)
    assert exc.value.detail == "a dormant member cannot become applicant"
    with pytest.raises(Conflict) as exc:
        ensure_member_transition(M.EXITED, M.ACTIVE)
    assert exc.value.detail == "an exited member cannot become active"
    with pytest.raises(Conflict) as exc:
        ensure_group_transition(G.ACTIVE, G.ACTIVE)
    assert exc.value.detail == "the group is already active"


def test_statuses_are_strings():
    assert MemberStatus("dormant") is M.DORMANT
    assert GroupStatus("forming") == "forming"
    assert [g.value for g in Gender] == ["female", "male", "third_gender"]


def test_week_starts_on_saturday():
    assert [w.value for w in Weekday] == [
        "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
    ]


def test_weekday_maps_to_python_weekday():
    saturday = datetime.date(2024, 1, 6)
    for offset, day in enumerate(Weekday):
        date = saturday + datetime.timedelta(days=offset)
        assert day.python_weekday == date.weekday()
        assert Weekday.of(date) is day
