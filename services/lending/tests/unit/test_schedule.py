"""Repayment schedules as Apache Fineract's cumulative generator computes them, worked by hand.

Notation in the comments: r2(x) is x rounded HALF_EVEN to the poisha; i the rate per period.
Fineract divides the annual rate by 52 weeks or 12 months and by 100 to 19 significant digits.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import ROUND_DOWN, Decimal, localcontext
from fractions import Fraction

import pytest

from palli_lending.domain.calendar import due_dates
from palli_lending.domain.schedule import (
    PERIODS_PER_YEAR,
    Amortisation,
    Frequency,
    Installment,
    InterestMethod,
    Schedule,
    ScheduleError,
    ScheduleTerms,
    equivalent_rates,
    generate,
)

D = Decimal
CENT = D("0.01")
SUNDAY = 6
FLAT, DECLINING = InterestMethod.FLAT, InterestMethod.DECLINING_BALANCE
EQUAL_INSTALLMENTS, EQUAL_PRINCIPAL = Amortisation.EQUAL_INSTALLMENTS, Amortisation.EQUAL_PRINCIPAL


def monthly_declining(**changes) -> ScheduleTerms:
    base = ScheduleTerms(
        principal=D("10000.00"),
        annual_rate=D("24.00"),
        installments=12,
        frequency=Frequency.MONTHLY,
        interest_method=DECLINING,
        amortisation=EQUAL_INSTALLMENTS,
        disbursed_on=date(2024, 1, 10),
    )
    return replace(base, **changes)


def weekly_flat(**changes) -> ScheduleTerms:
    base = ScheduleTerms(
        principal=D("10000.00"),
        annual_rate=D("12.00"),
        installments=52,
        frequency=Frequency.WEEKLY,
        interest_method=FLAT,
        amortisation=EQUAL_INSTALLMENTS,
        disbursed_on=date(2024, 1, 15),
        meeting_weekday=SUNDAY,
    )
    return replace(base, **changes)


def rows(schedule: Schedule) -> list[tuple[str, str, str, str]]:
    return [(str(i.principal), str(i.interest), str(i.total), str(i.principal_balance_after)) for i in schedule.installments]


def check_consistent(schedule: Schedule, principal: Decimal) -> None:
    """The bookkeeping every schedule must satisfy, whatever its terms."""
    balance = principal
    for number, installment in enumerate(schedule.installments, start=1):
        assert installment.number == number
        assert installment.total == installment.principal + installment.interest
        balance -= installment.principal
        assert installment.principal_balance_after == balance
        for amount in (installment.principal, installment.interest, installment.total, installment.principal_balance_after):
            assert amount >= 0
            assert amount.as_tuple().exponent == -2  # exactly two places, "0.00" not "0"
    assert balance == 0
    assert schedule.total_principal == principal == sum(i.principal for i in schedule.installments)
    assert schedule.total_interest == sum(i.interest for i in schedule.installments)
    assert schedule.total_repayment == schedule.total_principal + schedule.total_interest
    assert all(a.due_on < b.due_on for a, b in zip(schedule.installments, schedule.installments[1:]))


def periodic_irr(principal: Decimal, totals: list[Decimal]) -> Decimal:
    """Independent check: bisection on the period rate i of sum(A_k / (1 + i)^k) = principal."""
    with localcontext() as ctx:
        ctx.prec = 40
        low, high = D(0), D(1)
        for _ in range(120):
            mid = (low + high) / 2
            present = sum(amount / (1 + mid) ** k for k, amount in enumerate(totals, start=1))
            low, high = (mid, high) if present > principal else (low, mid)
        return (low + high) / 2


# --- declining balance, equal installments -------------------------------------------------------------


def test_declining_10000_at_24_percent_12_monthly():
    # i = 24 / 12 / 100 = 0.02.
    # payment = 10000 x 0.02 / (1 - 1.02^-12) = 200 / 0.211506 = 945.5960 -> 945.60
    # 1: interest r2(10000.00 x 0.02) = 200.00, principal 945.60 - 200.00 = 745.60, balance 9254.40
    # 2: interest r2(9254.40 x 0.02 = 185.088) = 185.09, principal 760.51, balance 8493.89
    # 3: interest r2(8493.89 x 0.02 = 169.8778) = 169.88, principal 775.72, balance 7718.17
    # ...
    # 12: the remaining 927.01 with interest r2(927.01 x 0.02 = 18.5402) = 18.54: 945.55, not 945.60.
    schedule = generate(monthly_declining())
    assert rows(schedule) == [
        ("745.60", "200.00", "945.60", "9254.40"),
        ("760.51", "185.09", "945.60", "8493.89"),
        ("775.72", "169.88", "945.60", "7718.17"),
        ("791.24", "154.36", "945.60", "6926.93"),
        ("807.06", "138.54", "945.60", "6119.87"),
        ("823.20", "122.40", "945.60", "5296.67"),
        ("839.67", "105.93", "945.60", "4457.00"),
        ("856.46", "89.14", "945.60", "3600.54"),
        ("873.59", "72.01", "945.60", "2726.95"),
        ("891.06", "54.54", "945.60", "1835.89"),
        ("908.88", "36.72", "945.60", "927.01"),
        ("927.01", "18.54", "945.55", "0.00"),
    ]
    assert schedule.total_principal == D("10000.00")
    assert schedule.total_interest == D("1347.15")  # 11 x 945.60 + 945.55 - 10000
    assert schedule.total_repayment == D("11347.15")
    # A declining-balance loan's APR is its nominal rate; EAR = 1.02^12 - 1 = 26.824%.
    assert schedule.annual_percentage_rate == D("24.00")
    assert schedule.effective_annual_rate == D("26.82")
    check_consistent(schedule, D("10000.00"))


def test_due_dates_of_the_schedule_come_from_the_calendar():
    # Disbursed Wednesday 10 Jan 2024: the 10th of each month, but 10 May 2024 and 10 Jan 2025 are
    # Fridays, so those installments fall due on Saturday the 11th.
    schedule = generate(monthly_declining())
    assert [i.due_on for i in schedule.installments] == due_dates(monthly_declining())
    assert schedule.installments[0].due_on == date(2024, 2, 10)
    assert schedule.installments[3].due_on == date(2024, 5, 11)
    assert schedule.installments[11].due_on == date(2025, 1, 11)


def test_declining_equal_principal():
    # principal r2(10000 / 12 = 833.333) = 833.33 each, the last 10000 - 11 x 833.33 = 833.37;
    # interest on the balance: 200.00, r2(9166.67 x 0.02 = 183.3334) = 183.33, r2(8333.34 x 0.02) = 166.67 ...
    schedule = generate(monthly_declining(amortisation=EQUAL_PRINCIPAL))
    assert rows(schedule)[:3] == [
        ("833.33", "200.00", "1033.33", "9166.67"),
        ("833.33", "183.33", "1016.66", "8333.34"),
        ("833.33", "166.67", "1000.00", "7500.01"),
    ]
    assert rows(schedule)[-1] == ("833.37", "16.67", "850.04", "0.00")  # r2(833.37 x 0.02 = 16.6674)
    assert schedule.total_interest == D("1300.00")
    assert schedule.annual_percentage_rate == D("24.00")
    check_consistent(schedule, D("10000.00"))


def test_fortnightly_rate_is_two_weeks_of_a_52_week_year():
    # Fineract: i = 24 / 52 / 100 x 2 = 0.00923076923076923076 (19 digits);
    # first interest r2(10000 x i = 92.3076...) = 92.31.
    schedule = generate(
        ScheduleTerms(D("10000.00"), D("24"), 26, Frequency.FORTNIGHTLY, DECLINING, EQUAL_INSTALLMENTS, date(2024, 1, 15), meeting_weekday=SUNDAY)
    )
    first = schedule.installments[0]
    assert first.interest == D("92.31")
    assert first.total == D("434.38")  # pmt(0.0092307..., 26, 10000) = 434.38
    assert schedule.installments[1].interest == D("89.15")  # r2(9657.93 x 0.0092307... = 89.150)
    assert schedule.annual_percentage_rate == D("24.00")
    check_consistent(schedule, D("10000.00"))


# --- flat ------------------------------------------------------------------------------------------


def test_flat_12_percent_52_weekly():
    # Interest for the term: 10000 x 12/52/100 x 52 weeks = 1200.00, spread r2(1200 / 52 = 23.0769) = 23.08.
    # Principal r2(10000 / 52 = 192.3077) = 192.31.
    # Last: principal 10000 - 51 x 192.31 = 192.19, interest 1200.00 - 51 x 23.08 = 22.92.
    schedule = generate(weekly_flat())
    assert len(schedule.installments) == 52
    assert rows(schedule)[0] == ("192.31", "23.08", "215.39", "9807.69")
    assert rows(schedule)[50] == ("192.31", "23.08", "215.39", "192.19")
    assert rows(schedule)[51] == ("192.19", "22.92", "215.11", "0.00")
    assert schedule.total_interest == D("1200.00")
    assert schedule.total_repayment == D("11200.00")
    check_consistent(schedule, D("10000.00"))


def test_flat_12_percent_weekly_apr_is_about_22_7_percent():
    # 12% flat on the original principal, repaid weekly, costs about twice as much on the declining
    # balance. Independent check: bisection on the weekly rate of 51 x 215.39 + 215.11 against 10000.
    schedule = generate(weekly_flat())
    weekly_rate = periodic_irr(D("10000.00"), [i.total for i in schedule.installments])
    assert (weekly_rate * 52 * 100).quantize(CENT) == schedule.annual_percentage_rate == D("22.71")
    assert (((1 + weekly_rate) ** 52 - 1) * 100).quantize(CENT) == schedule.effective_annual_rate == D("25.43")
    assert D("22") < schedule.annual_percentage_rate < D("23")


@pytest.mark.parametrize(
    ("installments", "total_interest", "per_installment", "last"),
    [
        # 10000 x 12/52/100 x 46 weeks = 1061.538 -> 1061.54; r2(1061.54 / 46 = 23.0770) = 23.08;
        # principal r2(10000 / 46 = 217.391) = 217.39; last: 10000 - 45 x 217.39 = 217.45 and
        # 1061.54 - 45 x 23.08 = 22.94.
        (46, "1061.54", ("217.39", "23.08", "240.47"), ("217.45", "22.94", "240.39")),
        # 10000 x 12/52/100 x 50 = 1153.846 -> 1153.85; r2(1153.85 / 50 = 23.077) = 23.08;
        # principal 200.00; last interest 1153.85 - 49 x 23.08 = 22.93.
        (50, "1153.85", ("200.00", "23.08", "223.08"), ("200.00", "22.93", "222.93")),
    ],
)
def test_flat_12_percent_46_or_50_weekly(installments, total_interest, per_installment, last):
    # Fineract charges flat interest for the loan's term, here the installments' span in weeks.
    schedule = generate(weekly_flat(installments=installments))
    assert len(schedule.installments) == installments
    assert schedule.total_interest == D(total_interest)
    assert rows(schedule)[0][:3] == per_installment
    assert rows(schedule)[-1][:3] == last
    assert D("22") < schedule.annual_percentage_rate < D("23")
    check_consistent(schedule, D("10000.00"))


def test_flat_interest_follows_fineracts_19_digit_rate():
    # Exactly, 1007.50 x 12 x 23 / 5200 = 53.475, which HALF_EVEN would round to 53.48. Fineract takes
    # 12 / 52 = 0.2307692307692307692 (19 digits), / 100, x 23 = 0.053076923076923076916, and
    # 1007.50 x that = 53.474999999999999992..., so it charges 53.47.
    schedule = generate(weekly_flat(principal=D("1007.50"), installments=23))
    assert schedule.total_interest == D("53.47")
    check_consistent(schedule, D("1007.50"))


def test_flat_equal_principal_is_the_same_as_flat():
    a = generate(weekly_flat())
    b = generate(weekly_flat(amortisation=EQUAL_PRINCIPAL))
    assert rows(a) == rows(b)


# --- the meeting day and a holiday ---------------------------------------------------------------------


def test_52_weekly_on_sunday_with_a_holiday_moves_one_date_not_the_money():
    # Sunday 17 March 2024 (installment 7) is a public holiday: collected Monday 18 March; the amounts,
    # which Fineract computes per whole period, do not change.
    plain = generate(weekly_flat())
    holiday = generate(weekly_flat(holidays=frozenset({date(2024, 3, 17)})))
    assert plain.installments[6].due_on == date(2024, 3, 17)
    assert holiday.installments[6].due_on == date(2024, 3, 18)
    assert [i.due_on for i in holiday.installments[7:]] == [i.due_on for i in plain.installments[7:]]
    assert rows(holiday) == rows(plain)
    assert holiday.installments[0].due_on == date(2024, 2, 4)  # first Sunday at least 15 days after Monday 15 Jan
    assert all(i.due_on.weekday() == SUNDAY for k, i in enumerate(holiday.installments) if k != 6)


# --- grace ------------------------------------------------------------------------------------------------


def test_principal_grace_3_months_declining():
    # Installments 1-3 pay interest only: r2(10000 x 0.02) = 200.00.
    # The payment is the annuity over the other 9: 10000 x 0.02 / (1 - 1.02^-9) = 200 / 0.163245 = 1225.15.
    # 4: interest 200.00, principal 1025.15, balance 8974.85; 5: interest r2(179.497) = 179.50 ...
    # 12: the remaining 1201.15 + r2(1201.15 x 0.02 = 24.023) = 24.02 -> 1225.17.
    schedule = generate(monthly_declining(grace_on_principal=3))
    assert rows(schedule)[:5] == [
        ("0.00", "200.00", "200.00", "10000.00"),
        ("0.00", "200.00", "200.00", "10000.00"),
        ("0.00", "200.00", "200.00", "10000.00"),
        ("1025.15", "200.00", "1225.15", "8974.85"),
        ("1045.65", "179.50", "1225.15", "7929.20"),
    ]
    assert rows(schedule)[-1] == ("1201.15", "24.02", "1225.17", "0.00")
    assert schedule.total_interest == D("1626.37")
    assert schedule.annual_percentage_rate == D("24.00")  # interest-only grace keeps the declining rate
    check_consistent(schedule, D("10000.00"))


def test_principal_grace_flat():
    # Flat interest still runs over all 52 weeks (23.08 each); principal over the other 49:
    # r2(10000 / 49 = 204.0816) = 204.08, the last 10000 - 48 x 204.08 = 204.16.
    schedule = generate(weekly_flat(grace_on_principal=3))
    assert rows(schedule)[:4] == [
        ("0.00", "23.08", "23.08", "10000.00"),
        ("0.00", "23.08", "23.08", "10000.00"),
        ("0.00", "23.08", "23.08", "10000.00"),
        ("204.08", "23.08", "227.16", "9795.92"),
    ]
    assert rows(schedule)[-1] == ("204.16", "22.92", "227.08", "0.00")
    assert schedule.total_interest == D("1200.00")
    check_consistent(schedule, D("10000.00"))


def test_moratorium_flat_two_weeks_without_interest_or_principal():
    # grace_on_interest = grace_on_principal = 2: the first two installments are 0.00.
    # Interest charged (Fineract calculateTotalInterestCharged): 1200.00 - 2 x r2(1200 / 52) = 1200.00 - 46.16
    # = 1153.84, spread over the other 50: r2(23.0768) = 23.08, the last 1153.84 - 49 x 23.08 = 22.92.
    # Principal: 10000 / 50 = 200.00.
    schedule = generate(weekly_flat(grace_on_interest=2, grace_on_principal=2))
    assert rows(schedule)[:3] == [
        ("0.00", "0.00", "0.00", "10000.00"),
        ("0.00", "0.00", "0.00", "10000.00"),
        ("200.00", "23.08", "223.08", "9800.00"),
    ]
    assert rows(schedule)[-1] == ("200.00", "22.92", "222.92", "0.00")
    assert schedule.total_interest == D("1153.84")
    check_consistent(schedule, D("10000.00"))


def test_moratorium_declining_two_months():
    # Nothing due in months 1-2; the annuity over the other 10 on the full 10000:
    # 200 / (1 - 1.02^-10) = 200 / 0.179652 = 1113.27; month 3 interest 200.00, principal 913.27.
    schedule = generate(monthly_declining(grace_on_interest=2, grace_on_principal=2))
    assert rows(schedule)[:3] == [
        ("0.00", "0.00", "0.00", "10000.00"),
        ("0.00", "0.00", "0.00", "10000.00"),
        ("913.27", "200.00", "1113.27", "9086.73"),
    ]
    assert rows(schedule)[-1] == ("1091.39", "21.83", "1113.22", "0.00")
    # Two free months bring the cost under the nominal 24%.
    assert schedule.annual_percentage_rate < D("24.00")
    check_consistent(schedule, D("10000.00"))


def test_interest_grace_alone_declining_pays_principal_as_fineract_does():
    # Fineract keeps the 945.60 payment (annuity over all 12) and, interest being 0.00, books it all as
    # principal: balance 9054.40, then 8108.80; month 3 interest r2(8108.80 x 0.02 = 162.176) = 162.18.
    # The balance runs out early, so month 12 is only 466.80 + 9.34.
    schedule = generate(monthly_declining(grace_on_interest=2))
    assert rows(schedule)[:3] == [
        ("945.60", "0.00", "945.60", "9054.40"),
        ("945.60", "0.00", "945.60", "8108.80"),
        ("783.42", "162.18", "945.60", "7325.38"),
    ]
    assert rows(schedule)[-1] == ("466.80", "9.34", "476.14", "0.00")
    assert schedule.total_interest == D("877.74")
    check_consistent(schedule, D("10000.00"))


# --- whole-taka installments ------------------------------------------------------------------------------


def test_whole_taka_declining():
    # The annuity 945.596 rounded HALF_EVEN to a multiple of 1 (Money.roundToMultiplesOf) = 946.
    # 1: interest 200.00, principal 746.00, balance 9254.00; 2: r2(9254 x 0.02 = 185.08), principal 760.92.
    # The last clears 922.14 + r2(18.4428) = 18.44 = 940.58.
    schedule = generate(monthly_declining(installment_multiple=D("1")))
    assert [i.total for i in schedule.installments[:11]] == [D("946.00")] * 11
    assert rows(schedule)[:2] == [("746.00", "200.00", "946.00", "9254.00"), ("760.92", "185.08", "946.00", "8493.08")]
    assert rows(schedule)[-1] == ("922.14", "18.44", "940.58", "0.00")
    check_consistent(schedule, D("10000.00"))


def test_whole_taka_flat_46_weekly():
    # Fineract: principal = round(217.39) + round(23.08) - 23.08 = 217 + 23 - 23.08 = 216.92, so each
    # installment is 216.92 + 23.08 = 240.00 with the interest kept to the poisha.
    # Last: principal 10000 - 45 x 216.92 = 238.60, interest 1061.54 - 45 x 23.08 = 22.94: 261.54.
    schedule = generate(weekly_flat(installments=46, installment_multiple=D("1")))
    assert rows(schedule)[0] == ("216.92", "23.08", "240.00", "9783.08")
    assert {i.total for i in schedule.installments[:-1]} == {D("240.00")}
    assert rows(schedule)[-1] == ("238.60", "22.94", "261.54", "0.00")
    assert schedule.total_interest == D("1061.54")
    check_consistent(schedule, D("10000.00"))


def test_whole_taka_can_repay_early_as_in_fineract():
    # 540 at 24% declining over 52 weeks: the annuity (about 11.7) rounds to 12 whole taka, a little
    # more than needed each week, and the balance is gone in week 51. Fineract generates installments
    # while a balance is left, so the schedule has 51.
    schedule = generate(
        ScheduleTerms(D("540.00"), D("24"), 52, Frequency.WEEKLY, DECLINING, EQUAL_INSTALLMENTS, date(2024, 1, 15),
                      meeting_weekday=SUNDAY, installment_multiple=D("1"))
    )
    assert len(schedule.installments) == 51
    assert {i.total for i in schedule.installments[:-1]} == {D("12.00")}
    assert schedule.installments[-1].total < D("12.00")
    check_consistent(schedule, D("540.00"))


def test_flat_that_repays_early_still_charges_all_its_interest():
    # 2060 at 24% flat over 52 weeks: interest 2060 x 24/52/100 x 52 = 494.40, r2(494.40/52) = 9.51 a
    # week; principal r2(2060/52) = 39.62. Whole taka: 40 + 10 - 9.51 = 40.49 principal, 50.00 a week.
    # After 50 weeks 2024.50 is repaid and week 51 clears the last 35.50. Fineract would stop charging
    # there (475.50 + 9.51); the 52nd week's 9.39 of interest moves onto week 51 instead, so the loan
    # costs the 494.40 promised: 50 x 9.51 + 18.90.
    schedule = generate(weekly_flat(principal=D("2060.00"), annual_rate=D("24"), installment_multiple=D("1")))
    assert len(schedule.installments) == 51
    assert schedule.installments[0].total == D("50.00")
    assert rows(schedule)[-1] == ("35.50", "18.90", "54.40", "0.00")
    assert schedule.total_interest == D("494.40")
    check_consistent(schedule, D("2060.00"))


def test_multiple_too_coarse_for_the_interest_is_refused():
    # 100 taka over 52 weeks at 24%: the 2.15 annuity rounds to 0 in multiples of 10.
    terms = ScheduleTerms(D("100.00"), D("24"), 52, Frequency.WEEKLY, DECLINING, EQUAL_INSTALLMENTS, date(2024, 1, 15),
                          installment_multiple=D("10"))
    with pytest.raises(ScheduleError) as caught:
        generate(terms)
    assert caught.value.field == "installment_multiple"


# --- one installment at the end ----------------------------------------------------------------------------


@pytest.mark.parametrize("method", [FLAT, DECLINING])
def test_at_end_9_months_agricultural(method):
    # 20000 at 22% for 9 months, all at the end: 20000 x 22/12/100 x 9 = 3300.00 (flat and declining
    # agree for one period). Due 10 Mar 2025, 9 months after 10 Jun 2024.
    # APR = 16.5% x 12/9 = 22.00%; EAR = 1.165^(12/9) - 1 = 22.58%.
    terms = ScheduleTerms(D("20000.00"), D("22"), 1, Frequency.AT_END, method, EQUAL_INSTALLMENTS, date(2024, 6, 10), term_months=9)
    schedule = generate(terms)
    assert len(schedule.installments) == 1
    only = schedule.installments[0]
    assert (only.due_on, only.principal, only.interest, only.total) == (date(2025, 3, 10), D("20000.00"), D("3300.00"), D("23300.00"))
    assert schedule.annual_percentage_rate == D("22.00")
    assert schedule.effective_annual_rate == D("22.58")
    check_consistent(schedule, D("20000.00"))


def test_at_end_6_months():
    # 15000 at 24% for 6 months: 15000 x 0.02 x 6 = 1800.00.
    terms = ScheduleTerms(D("15000.00"), D("24"), 1, Frequency.AT_END, FLAT, EQUAL_INSTALLMENTS, date(2024, 6, 10), term_months=6)
    assert generate(terms).total_interest == D("1800.00")


# --- inputs -------------------------------------------------------------------------------------------------


def test_principal_without_places_and_plain_strings_are_normalised():
    terms = monthly_declining(principal=D("10000"), frequency="monthly", interest_method="declining_balance")
    schedule = generate(terms)
    assert rows(schedule) == rows(generate(monthly_declining()))
    assert str(schedule.total_principal) == "10000.00"


def test_zero_rate():
    schedule = generate(monthly_declining(annual_rate=D("0")))
    assert schedule.total_interest == D("0.00")
    assert rows(schedule)[0] == ("833.33", "0.00", "833.33", "9166.67")
    assert rows(schedule)[-1] == ("833.37", "0.00", "833.37", "0.00")
    assert (schedule.annual_percentage_rate, schedule.effective_annual_rate) == (D("0.00"), D("0.00"))


def test_results_are_frozen():
    schedule = generate(monthly_declining())
    assert isinstance(schedule.installments[0], Installment)
    with pytest.raises(AttributeError):
        schedule.installments[0].total = D("0")  # type: ignore[misc]
    assert schedule.installments[0] == Installment(1, date(2024, 2, 10), D("745.60"), D("200.00"), D("945.60"), D("9254.40"))


BAD_TERMS = [
    ("principal", {"principal": D("0")}),
    ("principal", {"principal": D("-100.00")}),
    ("principal", {"principal": D("100.005")}),
    ("principal", {"principal": 100.0}),
    ("principal", {"principal": D("NaN")}),
    ("principal", {"principal": D("2000000000.00")}),
    ("annual_rate", {"annual_rate": D("-0.01")}),
    ("annual_rate", {"annual_rate": "24"}),
    ("installments", {"installments": 0}),
    ("installments", {"installments": 2.0}),
    ("installments", {"installments": True}),
    ("frequency", {"frequency": "daily"}),
    ("interest_method", {"interest_method": "compound"}),
    ("amortisation", {"amortisation": "balloon"}),
    ("disbursed_on", {"disbursed_on": datetime(2024, 1, 10, 9, 0)}),
    ("grace_on_principal", {"grace_on_principal": 12}),
    ("grace_on_principal", {"grace_on_principal": -1}),
    ("grace_on_interest", {"grace_on_interest": 12}),
    ("installment_multiple", {"installment_multiple": D("0")}),
    ("installment_multiple", {"installment_multiple": D("0.001")}),
    ("meeting_weekday", {"meeting_weekday": 7}),
    ("meeting_weekday", {"meeting_weekday": -1}),
    ("min_days_to_first", {"min_days_to_first": -1}),
    ("first_due_on", {"first_due_on": date(2024, 1, 24)}),  # 14 days after 10 Jan
    ("holidays", {"holidays": frozenset({"2024-03-17"})}),
    ("installments", {"frequency": Frequency.AT_END, "installments": 2, "term_months": 6}),
    ("term_months", {"frequency": Frequency.AT_END, "installments": 1}),
    ("term_months", {"frequency": Frequency.AT_END, "installments": 1, "term_months": 0}),
    ("first_due_on", {"frequency": Frequency.WEEKLY, "meeting_weekday": SUNDAY, "first_due_on": date(2024, 2, 5)}),
]


@pytest.mark.parametrize(("field", "changes"), BAD_TERMS, ids=[f"{field}-{i}" for i, (field, _) in enumerate(BAD_TERMS)])
def test_invalid_terms_name_the_field(field, changes):
    with pytest.raises(ScheduleError) as caught:
        generate(monthly_declining(**changes))
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")
    assert isinstance(caught.value, ValueError)


def test_valid_edges_are_accepted():
    generate(monthly_declining(grace_on_principal=11, grace_on_interest=11))  # one installment left to repay in
    generate(monthly_declining(first_due_on=date(2024, 1, 25)))  # exactly 15 days
    generate(monthly_declining(installments=1))
    generate(monthly_declining(principal=D("0.01")))


# --- equivalent rates from actual dates --------------------------------------------------------------------


def test_equivalent_rates_single_payment_a_year_later():
    # 1000 -> 1100 after 365 days: EAR 10%; compounded monthly that is 12 x (1.1^(1/12) - 1) = 9.569%.
    payments = [(date(2025, 1, 1), D("1100.00"))]
    assert equivalent_rates(D("1000.00"), date(2024, 1, 2), payments, 1) == (D("10.00"), D("10.00"))
    assert equivalent_rates(D("1000.00"), date(2024, 1, 2), payments, 12) == (D("9.57"), D("10.00"))


def test_equivalent_rates_zero_and_negative():
    assert equivalent_rates(D("1000.00"), date(2024, 1, 2), [(date(2024, 7, 1), D("1000.00"))], 12) == (D("0.00"), D("0.00"))
    apr, ear = equivalent_rates(D("1000.00"), date(2024, 1, 2), [(date(2025, 1, 1), D("900.00"))], 1)
    assert ear == apr == D("-10.00")


def test_equivalent_rates_match_an_independent_xirr():
    # The 24% monthly schedule on its real dates (the 10th, or the 11th after a Friday), checked against
    # bisection on the annual rate r of sum(A / (1 + r)^(days/365)) = P.
    schedule = generate(monthly_declining())
    disbursed = date(2024, 1, 10)
    payments = [(i.due_on, i.total) for i in schedule.installments]
    apr, ear = equivalent_rates(D("10000.00"), disbursed, payments, 12)
    with localcontext() as ctx:
        ctx.prec = 40
        low, high = D(0), D(2)
        for _ in range(100):
            mid = (low + high) / 2
            present = sum(amount / (1 + mid) ** (D((day - disbursed).days) / 365) for day, amount in payments)
            low, high = (mid, high) if present > D("10000.00") else (low, mid)
        r = (low + high) / 2
        expected_apr = 12 * ((1 + r) ** (D(1) / 12) - 1)
    assert ear == (r * 100).quantize(CENT)
    assert apr == (expected_apr * 100).quantize(CENT)
    # The calendar (the 10th and a few Saturdays the 11th) costs a little less than the 24% grid rate.
    assert D("23") < apr < D("24.5")


def test_equivalent_rates_of_a_flat_weekly_loan_on_real_dates():
    # Paid from 4 Feb, 20 days after disbursement, not 7: on actual dates the flat 12% weekly loan
    # costs less than on the grid (22.71%), about 21.2% compounded weekly.
    schedule = generate(weekly_flat())
    apr, ear = equivalent_rates(D("10000.00"), date(2024, 1, 15), [(i.due_on, i.total) for i in schedule.installments], 52)
    assert D("21") < apr < D("21.5") < D("23") < ear < D("24")


@pytest.mark.parametrize(
    ("field", "principal", "payments", "periods"),
    [
        ("principal", D("0"), [(date(2024, 2, 1), D("10"))], 12),
        ("payments", D("10"), [], 12),
        ("payments", D("10"), [(date(2024, 1, 1), D("11"))], 12),  # on the disbursement day
        ("payments", D("10"), [(date(2024, 2, 1), D("-1"))], 12),
        ("payments", D("10"), [(date(2024, 2, 1), D("0"))], 12),
        ("periods_per_year", D("10"), [(date(2024, 2, 1), D("11"))], 0),
    ],
)
def test_equivalent_rates_refuse_bad_input(field, principal, payments, periods):
    with pytest.raises(ScheduleError) as caught:
        equivalent_rates(principal, date(2024, 1, 1), payments, periods)
    assert caught.value.field == field


# --- properties over many random terms ---------------------------------------------------------------------


def random_terms(rng: random.Random) -> ScheduleTerms:
    frequency = rng.choice(list(Frequency))
    installments = 1 if frequency is Frequency.AT_END else rng.randint(1, 60)
    return ScheduleTerms(
        principal=D(rng.randint(50_000, 50_000_000)).scaleb(-2),  # 500.00 to 500,000.00 taka
        annual_rate=D(rng.randint(0, 3600)).scaleb(-2),
        installments=installments,
        frequency=frequency,
        interest_method=rng.choice(list(InterestMethod)),
        amortisation=rng.choice(list(Amortisation)),
        disbursed_on=date(2024, 1, 1) + timedelta(days=rng.randrange(1000)),
        term_months=rng.choice([3, 6, 9, 12]) if frequency is Frequency.AT_END else None,
        grace_on_principal=rng.choice([0, 0, 0, rng.randrange(installments)]),
        grace_on_interest=rng.choice([0, 0, 0, rng.randrange(installments)]),
        installment_multiple=rng.choice([None, None, D("1")]),
        meeting_weekday=rng.choice([None, *range(7)]),
        holidays=frozenset(date(2024, 1, 1) + timedelta(days=rng.randrange(2000)) for _ in range(rng.randint(0, 40))),
    )


def test_random_schedules_repay_exactly_the_principal():
    rng = random.Random(17)
    checked = 0
    for _ in range(600):
        terms = random_terms(rng)
        try:
            schedule = generate(terms)
        except ScheduleError as error:  # only a whole-taka multiple can make terms unschedulable
            assert error.field == "installment_multiple"
            continue
        checked += 1
        check_consistent(schedule, terms.principal)
        n = terms.installments
        assert 1 <= len(schedule.installments) <= n
        early_end_possible = terms.installment_multiple is not None or (
            terms.grace_on_interest and terms.interest_method is DECLINING and terms.amortisation is EQUAL_INSTALLMENTS
        )
        if not early_end_possible:
            assert len(schedule.installments) == n
        for k, installment in enumerate(schedule.installments, start=1):
            if k <= terms.grace_on_principal:
                assert installment.principal == 0
            if k <= terms.grace_on_interest:
                assert installment.interest == 0
        dates = due_dates(terms)
        assert [i.due_on for i in schedule.installments] == dates[: len(schedule.installments)]

        rate = Fraction(terms.annual_rate) / 100
        if terms.frequency is Frequency.AT_END:
            expected = Fraction(terms.principal) * rate * terms.term_months / 12
            assert abs(Fraction(schedule.total_interest) - expected) <= Fraction(1, 100)
        elif terms.interest_method is FLAT:
            # P x rate x installments / periods a year, exactly, within a poisha of Fineract's figure;
            # with g interest-free installments, g of n shares fewer (each share rounded: g+1 poisha).
            per_period = Fraction(terms.principal) * rate / PERIODS_PER_YEAR[terms.frequency]
            expected = per_period * (n - terms.grace_on_interest)
            assert abs(Fraction(schedule.total_interest) - expected) <= Fraction(terms.grace_on_interest + 1, 100)
        else:
            # each interest is the balance before it times the period rate, to the poisha
            period_rate = rate / PERIODS_PER_YEAR[terms.frequency]
            balance = Fraction(terms.principal)
            for k, installment in enumerate(schedule.installments, start=1):
                exact = 0 if k <= terms.grace_on_interest else balance * period_rate
                assert abs(Fraction(installment.interest) - exact) <= Fraction(1, 200) + Fraction(1, 10**12)
                balance -= Fraction(installment.principal)
            if terms.grace_on_interest == 0 and terms.installment_multiple is None:
                assert abs(schedule.annual_percentage_rate - terms.annual_rate) <= D("0.02")
        assert schedule.annual_percentage_rate >= 0
        assert schedule.effective_annual_rate >= schedule.annual_percentage_rate
        assert generate(terms) == schedule  # deterministic
    assert checked > 500


# --- speed ------------------------------------------------------------------------------------------------------


def test_a_52_week_schedule_takes_well_under_a_millisecond():
    terms = weekly_flat(holidays=frozenset({date(2024, 3, 17)}))
    generate(terms)
    runs = 300
    started = time.perf_counter()
    for _ in range(runs):
        generate(terms)
    per_schedule = (time.perf_counter() - started) / runs
    assert per_schedule < 0.003  # typically ~0.25 ms; a generous bound so only a real regression fails


def test_decimal_context_of_the_caller_does_not_matter():
    expected = rows(generate(monthly_declining()))
    with localcontext() as ctx:
        ctx.prec = 6
        ctx.rounding = ROUND_DOWN
        assert rows(generate(monthly_declining())) == expected
