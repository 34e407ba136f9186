"""Savings interest against vectors worked by hand from Fineract's savings interest code
(EndOfDayBalance.calculateInterestOnBalance, MonthlyCompoundingPeriod, DECIMAL64 steps held at 9
places, rounded HALF_EVEN once at posting)."""

from __future__ import annotations

from decimal import Decimal

from palli_savings.domain.interest import Run, average_daily_balance_interest, daily_balance_interest, post

SIX = Decimal("6.00")


def test_a_month_of_one_balance():
    # 1/365 = 0.002739726027397260; x0.06 = 0.0001643835616438356; x30 = 0.004931506849315068
    interest = daily_balance_interest([Run(Decimal("10000.00"), 30)], SIX, 365)
    assert interest == Decimal("49.315068493")
    assert post(interest) == (4932, Decimal("-0.004931507"))


def test_a_deposit_mid_month_splits_the_month_into_runs():
    # 1,000.00 for 10 days: 1.643835616; 1,500.50 for 21 days: 1500.50 x 0.003452054794520548 = 5.179808219
    interest = daily_balance_interest([Run(Decimal("1000.00"), 10), Run(Decimal("1500.50"), 21)], SIX, 365)
    assert interest == Decimal("1.643835616") + Decimal("5.179808219")
    assert post(interest)[0] == 682


def test_360_days_in_a_year_and_the_minimum_balance():
    # 1/360 = 0.002777777777777778; x0.06 = 0.0001666666666666667; x31 = 0.005166666666666668
    assert daily_balance_interest([Run(Decimal("2000.00"), 31)], SIX, 360) == Decimal("10.333333333")
    runs = [Run(Decimal("99.99"), 15), Run(Decimal("100.00"), 16)]
    only_second = daily_balance_interest(runs, SIX, 365, min_balance=Decimal("100.00"))
    assert only_second == daily_balance_interest(runs[1:], SIX, 365)
    assert daily_balance_interest([Run(Decimal("-5.00"), 30)], SIX, 365) == 0


def test_average_daily_balance():
    # (1000 x 10 + 1500.50 x 21) / 31 = 1339.048387096774; x (0.0001643835616438356 x 31 = 0.005095890410958904)
    runs = [Run(Decimal("1000.00"), 10), Run(Decimal("1500.50"), 21)]
    interest = average_daily_balance_interest(runs, SIX, 365)
    assert interest == Decimal("6.823643836")
    assert post(interest)[0] == 682
    assert average_daily_balance_interest([], SIX, 365) == 0


def test_what_rounding_leaves_is_carried_not_lost():
    month = daily_balance_interest([Run(Decimal("100.00"), 30)], SIX, 365)  # 0.493150685
    carried, posted_total = Decimal(0), 0
    for _ in range(12):
        posted, carried = post(month, carried)
        posted_total += posted
    assert abs(Decimal(posted_total) / 100 - month * 12) < Decimal("0.005")
    assert abs(carried) <= Decimal("0.005")
