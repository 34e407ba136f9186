"""Due dates of a repayment schedule.

Nominal dates
    weekly / fortnightly: on the samity's meeting weekday (`meeting_weekday`; when None, the weekday
        of `first_due_on`, else of the disbursement). The first is `first_due_on` when given, else the
        first meeting weekday on or after max(disbursed_on + min_days_to_first, disbursed_on + one
        period); then every 7 / 14 days.
    monthly: on the disbursement's day of the month, clamped to the month's end (31 Jan -> 29 Feb ->
        31 Mar), the first one the first such date at least `min_days_to_first` after disbursement.
        With `first_due_on`, on that date's day of the month instead (as Fineract seeds the schedule
        from repaymentsStartingFromDate).
    at_end: disbursed_on + term_months (clamped the same way), or `first_due_on`.

`first_due_on` must be at least `min_days_to_first` after disbursement and, for weekly/fortnightly
loans with a meeting weekday, fall on it.

Holidays and the weekend (Friday in Bangladesh)
    A nominal date that is blocked moves forward; the dates after it keep their nominal dates.
    weekly / fortnightly: blocked = a holiday (the group chose its meeting day, Friday included). It
        moves to the next meeting weekday that is not a holiday, when that is still before the next
        installment's nominal date (always so for fortnightly loans, whose groups meet weekly). For
        weekly loans the next meeting day is the next installment's own date, so the installment
        moves instead to the first working day (neither a holiday nor a Friday) after the holiday,
        keeping one installment per date.
    monthly / at_end: blocked = a holiday or a Friday; moves to the next day that is neither.
    Dates stay strictly increasing: should a run of holidays push a date onto or past the next one,
    that next date moves to the first working day after it (only then does a shift carry over).
"""

from __future__ import annotations

from datetime import date, timedelta

from palli_lending.domain.schedule_terms import Frequency, ScheduleError, ScheduleTerms, normalise_terms

__all__ = ["FRIDAY", "add_months", "due_dates", "next_working_day"]

FRIDAY = 4  # date.weekday() of Friday, Bangladesh's weekly holiday

_ONE_DAY = timedelta(days=1)
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_STEP_DAYS = {Frequency.WEEKLY: 7, Frequency.FORTNIGHTLY: 14}


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def add_months(start: date, months: int, day: int | None = None) -> date:
    """`start` moved by `months` calendar months, on `day` (default: start's day), clamped to the month's end."""
    years, month0 = divmod(start.month - 1 + months, 12)
    year, month = start.year + years, month0 + 1
    return date(year, month, min(day or start.day, _days_in_month(year, month)))


def next_working_day(after: date, holidays: frozenset[date]) -> date:
    """The first day after `after` that is neither a holiday nor a Friday."""
    day = after + _ONE_DAY
    while day in holidays or day.weekday() == FRIDAY:
        day += _ONE_DAY
    return day


def due_dates(terms: ScheduleTerms) -> list[date]:
    """The installments' due dates, holidays applied; raises ScheduleError for bad terms."""
    return due_dates_of_valid_terms(normalise_terms(terms))


def due_dates_of_valid_terms(terms: ScheduleTerms) -> list[date]:
    """due_dates() for terms that normalise_terms() already returned (skips re-validation)."""
    return _apply_holidays(_nominal_dates(terms), terms)


def _check_first_due(terms: ScheduleTerms, first: date) -> None:
    earliest = terms.disbursed_on + timedelta(days=terms.min_days_to_first)
    if first < earliest:
        raise ScheduleError(
            "first_due_on",
            f"{first.isoformat()} is less than {terms.min_days_to_first} days after disbursement on "
            f"{terms.disbursed_on.isoformat()}; the earliest allowed is {earliest.isoformat()}",
        )


def _nominal_dates(terms: ScheduleTerms) -> list[date]:
    disbursed = terms.disbursed_on
    first = terms.first_due_on
    n = terms.installments
    frequency = terms.frequency
    if first is not None:
        _check_first_due(terms, first)

    step = _STEP_DAYS.get(frequency)
    if step is not None:
        weekday = terms.meeting_weekday
        if first is not None:
            if weekday is not None and first.weekday() != weekday:
                raise ScheduleError(
                    "first_due_on",
                    f"{first.isoformat()} is not on the meeting day (weekday {weekday}, 0 = Monday)",
                )
        else:
            if weekday is None:
                weekday = disbursed.weekday()
            start = disbursed + timedelta(days=max(terms.min_days_to_first, step))
            first = start + timedelta(days=(weekday - start.weekday()) % 7)
        stride = timedelta(days=step)
        return [first + stride * k for k in range(n)]

    if frequency is Frequency.MONTHLY:
        if first is not None:
            seed, offset = first, 0
        else:
            seed, offset = disbursed, 1
            earliest = disbursed + timedelta(days=terms.min_days_to_first)
            while add_months(disbursed, offset) < earliest:
                offset += 1
        day = seed.day
        return [add_months(seed, offset + k, day) for k in range(n)]

    # AT_END
    if first is None:
        first = add_months(disbursed, terms.term_months or 0)
        if first < disbursed + timedelta(days=terms.min_days_to_first):
            raise ScheduleError(
                "term_months",
                f"{terms.term_months} months is shorter than the {terms.min_days_to_first} days required to the first installment",
            )
    return [first]


def _apply_holidays(nominal: list[date], terms: ScheduleTerms) -> list[date]:
    holidays = terms.holidays
    meeting_based = terms.frequency in _STEP_DAYS
    if not holidays and meeting_based:
        return nominal
    result: list[date] = []
    previous: date | None = None
    last = len(nominal) - 1
    for k, day in enumerate(nominal):
        if day in holidays:
            if meeting_based:
                moved = day + timedelta(days=7)
                while moved in holidays:
                    moved += timedelta(days=7)
                if k < last and moved >= nominal[k + 1]:
                    moved = next_working_day(day, holidays)
            else:
                moved = next_working_day(day, holidays)
        elif not meeting_based and day.weekday() == FRIDAY:
            moved = next_working_day(day, holidays)
        else:
            moved = day
        if previous is not None and moved <= previous:
            moved = next_working_day(previous, holidays)
        result.append(moved)
        previous = moved
    return result
