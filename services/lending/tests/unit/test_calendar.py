"""Due dates: meeting days, month ends, the regulator's 15 days, holidays and Fridays.

Calendar facts used below (2024): 1 Jan is a Monday; Sundays in early 2024 are 21 and 28 Jan,
4, 11, 18, 25 Feb, 3, 10, 17, 24, 31 Mar, 7, 14, 21, 28 Apr. Friday is Bangladesh's weekly holiday.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from palli_lending.domain.calendar import FRIDAY, add_months, due_dates, next_working_day
from palli_lending.domain.schedule import (
    Amortisation,
    Frequency,
    InterestMethod,
    ScheduleError,
    ScheduleTerms,
)

SUNDAY = 6


def terms(**changes) -> ScheduleTerms:
    base = ScheduleTerms(
        principal=Decimal("10000.00"),
        annual_rate=Decimal("24.00"),
        installments=12,
        frequency=Frequency.MONTHLY,
        interest_method=InterestMethod.DECLINING_BALANCE,
        amortisation=Amortisation.EQUAL_INSTALLMENTS,
        disbursed_on=date(2024, 1, 15),
    )
    return replace(base, **changes)


def weekly(**changes) -> ScheduleTerms:
    return terms(**{"frequency": Frequency.WEEKLY, "installments": 52, "meeting_weekday": SUNDAY, **changes})


# --- weekly and fortnightly: the meeting day and the first due date ------------------------------


def test_weekly_first_due_is_first_meeting_day_at_least_15_days_out():
    # Disbursed Monday 15 Jan; +15 days = Tuesday 30 Jan; the first Sunday on or after it is 4 Feb (20 days).
    dates = due_dates(weekly())
    assert dates[0] == date(2024, 2, 4)
    assert dates[1] == date(2024, 2, 11)
    # 52 installments, one a week: the last is 51 weeks after the first.
    assert len(dates) == 52
    assert dates[-1] == date(2024, 2, 4) + timedelta(weeks=51) == date(2025, 1, 26)
    assert all(later - earlier == timedelta(days=7) for earlier, later in zip(dates, dates[1:]))
    assert all(day.weekday() == SUNDAY for day in dates)


@pytest.mark.parametrize(
    ("disbursed_on", "first_due"),
    [
        (date(2024, 1, 20), date(2024, 2, 4)),  # Saturday + 15 = Sunday 4 Feb itself: exactly 15 days
        (date(2024, 1, 21), date(2024, 2, 11)),  # Sunday + 15 = Monday 5 Feb -> next Sunday, 21 days
        (date(2024, 1, 19), date(2024, 2, 4)),  # Friday + 15 = Saturday 3 Feb -> Sunday 4 Feb, 16 days
    ],
)
def test_weekly_first_due_never_earlier_than_15_days(disbursed_on, first_due):
    assert due_dates(weekly(disbursed_on=disbursed_on, installments=3))[0] == first_due


def test_weekly_first_due_is_at_least_one_period_when_the_minimum_is_shorter():
    # min 0 days: max(15 Jan + 0, 15 Jan + 7) = Monday 22 Jan -> Sunday 28 Jan.
    assert due_dates(weekly(min_days_to_first=0, installments=2)) == [date(2024, 1, 28), date(2024, 2, 4)]


def test_weekly_without_a_meeting_day_uses_the_disbursement_weekday():
    # Disbursed Monday 15 Jan: the first Monday on or after 30 Jan is 5 Feb (3 weeks).
    dates = due_dates(terms(frequency=Frequency.WEEKLY, installments=3))
    assert dates == [date(2024, 2, 5), date(2024, 2, 12), date(2024, 2, 19)]


def test_fortnightly_every_14_days_on_the_meeting_day():
    dates = due_dates(terms(frequency=Frequency.FORTNIGHTLY, installments=4, meeting_weekday=SUNDAY))
    assert dates == [date(2024, 2, 4), date(2024, 2, 18), date(2024, 3, 3), date(2024, 3, 17)]


def test_explicit_first_due_date_is_kept_and_followed_weekly():
    dates = due_dates(weekly(first_due_on=date(2024, 2, 11), installments=3))
    assert dates == [date(2024, 2, 11), date(2024, 2, 18), date(2024, 2, 25)]


def test_explicit_first_due_date_too_early_is_refused():
    # 28 Jan is only 13 days after 15 Jan.
    with pytest.raises(ScheduleError) as caught:
        due_dates(weekly(first_due_on=date(2024, 1, 28)))
    assert caught.value.field == "first_due_on"
    assert "2024-01-30" in str(caught.value)  # says the earliest date allowed


def test_explicit_first_due_date_must_be_on_the_meeting_day():
    with pytest.raises(ScheduleError) as caught:
        due_dates(weekly(first_due_on=date(2024, 2, 5)))  # a Monday; the samity meets on Sunday
    assert caught.value.field == "first_due_on"


def test_explicit_first_due_date_on_exactly_the_minimum_is_allowed():
    assert due_dates(weekly(first_due_on=date(2024, 1, 30), meeting_weekday=1, installments=1)) == [date(2024, 1, 30)]


# --- monthly ---------------------------------------------------------------------------------------


def test_monthly_keeps_the_day_of_month_clamped_to_month_end_and_skips_fridays():
    dates = due_dates(terms(disbursed_on=date(2024, 1, 31), installments=8))
    assert dates == [
        date(2024, 2, 29),  # leap February
        date(2024, 3, 31),  # back to the 31st: clamping one month does not carry over
        date(2024, 4, 30),
        date(2024, 6, 1),  # 31 May 2024 is a Friday -> Saturday 1 June
        date(2024, 6, 30),
        date(2024, 7, 31),
        date(2024, 8, 31),
        date(2024, 9, 30),
    ]


def test_monthly_first_due_at_least_the_minimum_days_away():
    # 29 Feb is 29 days after 31 Jan, short of 40: the first installment is the next month's.
    dates = due_dates(terms(disbursed_on=date(2024, 1, 31), installments=3, min_days_to_first=40))
    assert dates == [date(2024, 3, 31), date(2024, 4, 30), date(2024, 6, 1)]


def test_monthly_explicit_first_due_date_seeds_the_day_of_month():
    dates = due_dates(terms(disbursed_on=date(2024, 1, 31), installments=3, first_due_on=date(2024, 2, 20)))
    assert dates == [date(2024, 2, 20), date(2024, 3, 20), date(2024, 4, 20)]


def test_monthly_holiday_moves_to_next_working_day_not_a_friday():
    # Disbursed Wednesday 10 Jan: dues on the 10th. 10-11 Apr are holidays (Eid), 12 Apr is a Friday,
    # so April's installment falls on Saturday 13 Apr; May 10 is a Friday -> Saturday 11 May; June is untouched.
    dates = due_dates(terms(disbursed_on=date(2024, 1, 10), installments=5, holidays=frozenset({date(2024, 4, 10), date(2024, 4, 11)})))
    assert dates == [date(2024, 2, 10), date(2024, 3, 10), date(2024, 4, 13), date(2024, 5, 11), date(2024, 6, 10)]


# --- at_end ------------------------------------------------------------------------------------------


def test_at_end_is_term_months_after_disbursement():
    assert due_dates(terms(frequency=Frequency.AT_END, installments=1, term_months=9, disbursed_on=date(2024, 6, 10))) == [date(2025, 3, 10)]


def test_at_end_clamps_to_month_end_and_skips_friday():
    # 31 May 2024 + 9 months = 28 Feb 2025 (clamped), a Friday -> Saturday 1 March.
    assert due_dates(terms(frequency=Frequency.AT_END, installments=1, term_months=9, disbursed_on=date(2024, 5, 31))) == [date(2025, 3, 1)]


def test_at_end_term_shorter_than_the_minimum_is_refused():
    with pytest.raises(ScheduleError) as caught:
        due_dates(terms(frequency=Frequency.AT_END, installments=1, term_months=1, min_days_to_first=60))
    assert caught.value.field == "term_months"


# --- holidays on meeting days --------------------------------------------------------------------------


def test_weekly_holiday_moves_to_the_next_working_day_and_later_dates_stay():
    # Installment 7 is due Sunday 17 Mar 2024, a public holiday. The next meeting day (24 Mar) is
    # installment 8's own date, so installment 7 is collected on Monday 18 Mar instead.
    nominal = due_dates(weekly())
    dates = due_dates(weekly(holidays=frozenset({date(2024, 3, 17)})))
    assert nominal[6] == date(2024, 3, 17)
    assert dates[6] == date(2024, 3, 18)
    assert dates[:6] == nominal[:6] and dates[7:] == nominal[7:]


def test_weekly_last_installment_on_a_holiday_moves_to_the_next_meeting_day():
    # 26 Jan 2025, the last Sunday of the 52, is a holiday: nothing follows, so the next Sunday.
    dates = due_dates(weekly(holidays=frozenset({date(2025, 1, 26)})))
    assert dates[-1] == date(2025, 2, 2)


def test_fortnightly_holiday_moves_to_the_next_meeting_day():
    # Dues 4 Feb, 18 Feb, 3 Mar, 17 Mar (holiday), 31 Mar: the group meets again on 24 Mar.
    dates = due_dates(terms(frequency=Frequency.FORTNIGHTLY, installments=5, meeting_weekday=SUNDAY, holidays=frozenset({date(2024, 3, 17)})))
    assert dates == [date(2024, 2, 4), date(2024, 2, 18), date(2024, 3, 3), date(2024, 3, 24), date(2024, 3, 31)]


def test_week_long_holiday_keeps_dates_strictly_increasing():
    # Eid: 7-15 Apr 2024 (both 7 and 14 Apr, Sundays, are holidays). Installment 10 (7 Apr) goes to the
    # first working day after it, Tuesday 16 Apr (12 Apr is a Friday anyway); installment 11 (14 Apr)
    # would land there too, so it takes the next working day, Wednesday 17 Apr; 21 Apr stays.
    eid = frozenset(date(2024, 4, 7) + timedelta(days=k) for k in range(9))
    dates = due_dates(weekly(installments=14, holidays=eid))
    assert dates[8:] == [date(2024, 3, 31), date(2024, 4, 16), date(2024, 4, 17), date(2024, 4, 21), date(2024, 4, 28), date(2024, 5, 5)]


def test_first_due_date_on_a_holiday_moves_too():
    dates = due_dates(weekly(installments=2, holidays=frozenset({date(2024, 2, 4)})))
    assert dates == [date(2024, 2, 5), date(2024, 2, 11)]


# --- helpers ---------------------------------------------------------------------------------------------


def test_add_months_clamps_and_keeps_the_requested_day():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 2, 29), 1, day=31) == date(2024, 3, 31)
    assert add_months(date(2024, 11, 30), 3) == date(2025, 2, 28)
    assert add_months(date(2100, 1, 29), 1) == date(2100, 2, 28)  # 2100 is not a leap year
    assert add_months(date(2000, 1, 29), 1) == date(2000, 2, 29)  # 2000 is


def test_next_working_day_skips_holidays_and_fridays():
    # Wednesday 10 Apr 2024 -> 11 Apr holiday -> 12 Apr Friday -> Saturday 13 Apr.
    assert next_working_day(date(2024, 4, 10), frozenset({date(2024, 4, 11)})) == date(2024, 4, 13)
    assert next_working_day(date(2024, 4, 10), frozenset()) == date(2024, 4, 11)


def test_due_dates_validates_terms():
    with pytest.raises(ScheduleError) as caught:
        due_dates(weekly(meeting_weekday=7))
    assert caught.value.field == "meeting_weekday"


# --- property: every frequency, random holidays ----------------------------------------------------------


def test_random_holidays_never_hold_a_due_date_and_dates_stay_increasing():
    rng = random.Random(20240317)
    for _ in range(400):
        frequency = rng.choice([Frequency.WEEKLY, Frequency.FORTNIGHTLY, Frequency.MONTHLY, Frequency.AT_END])
        disbursed = date(2024, 1, 1) + timedelta(days=rng.randrange(730))
        count = 1 if frequency is Frequency.AT_END else rng.randint(1, 60)
        meeting = rng.choice([None, *range(7)])
        base = terms(
            frequency=frequency,
            installments=count,
            disbursed_on=disbursed,
            term_months=rng.randint(3, 12) if frequency is Frequency.AT_END else None,
            meeting_weekday=meeting,
            min_days_to_first=rng.choice([0, 15, 15, 21]),
        )
        nominal = due_dates(base)
        span = (nominal[-1] - disbursed).days + 60
        holidays = frozenset(disbursed + timedelta(days=rng.randrange(span)) for _ in range(rng.randint(0, span // 5)))
        dates = due_dates(replace(base, holidays=holidays))

        assert len(dates) == len(nominal)
        assert all(earlier < later for earlier, later in zip(dates, dates[1:]))
        assert (dates[0] - disbursed).days >= base.min_days_to_first
        assert not holidays.intersection(dates)
        meeting_based = frequency in (Frequency.WEEKLY, Frequency.FORTNIGHTLY)
        for k, (was, now) in enumerate(zip(nominal, dates)):
            assert now >= was
            blocked = was in holidays or (not meeting_based and was.weekday() == FRIDAY)
            pushed = k > 0 and dates[k - 1] >= was
            if not blocked and not pushed:
                assert now == was  # a date moves only for its own holiday, or when forced to stay after the one before
            if not meeting_based:
                assert now.weekday() != FRIDAY
        if meeting_based:
            weekday = meeting if meeting is not None else disbursed.weekday()
            assert all(was.weekday() == weekday for was in nominal)
