"""Repayment schedules, computed as Apache Fineract's cumulative schedule generator computes them.

Reference: apache/fineract, fineract-loan/.../loanschedule/domain/
    CumulativeFlatInterestLoanScheduleGenerator, CumulativeDecliningBalanceInterestLoanScheduleGenerator,
    AbstractCumulativeLoanScheduleGenerator, LoanApplicationTerms, FinanicalFunctions.pmt,
    DefaultPaymentPeriodsInOneYearCalculator; fineract-core/.../monetary/domain/Money, MoneyHelper.

How Fineract computes, and so how this module does (interest calculation period "same as repayment
period", no partial-period interest: every installment's interest is a whole period's, however many
days the first period actually has):

* Arithmetic goes through MoneyHelper.getMathContext(): 19 significant digits (MoneyHelper.PRECISION;
  12 in older releases) with the tenant's rounding mode, HALF_EVEN by default (`_MC`); every Money
  result is then set to 2 places HALF_EVEN. So 12 / 52 is 0.2307692307692307692, and flat 12% on
  1007.50 over 23 weeks comes to 53.47 where exact arithmetic would round 53.475 to 53.48.
* Fineract counts 52 weeks and 12 months a year; a fortnight is "every 2 weeks". The rate per
  repayment period is i = annual_rate / 52|12 / 100 (each division to 19 digits) x repaymentEvery.
* FLAT: interest for the term = P x (annual_rate / 52|12 / 100 x periods in the term), to 2 places.
  Per installment: that / n; principal P / (n - principal grace); each to 2 places. With grace on
  interest charged g, the interest-free installments charge 0, the total charged is
  term interest - g x (term interest / n), and the others charge that total / (n - g).
  The last installment takes the remainders, so principal and interest totals are exact.
* DECLINING_BALANCE + EQUAL_INSTALLMENTS: payment = pmt(i, n - principal grace, P) to 2 places (or
  rounded HALF_EVEN to the installment multiple), fixed at the first installment; each interest =
  balance x i to 2 places, principal = payment - interest; principal-grace installments repay no
  principal (interest on the full balance); interest-free installments charge no interest, so the
  whole payment repays principal (as in Fineract). The last installment clears the balance.
* DECLINING_BALANCE + EQUAL_PRINCIPAL: principal P / (n - principal grace) to 2 places, interest on
  the balance; the last installment takes the remainder. The installment multiple does not apply
  (Fineract does not apply it to equal-principal amortisation either).
* Installment multiple with FLAT: Fineract rounds the principal and the interest each to the multiple
  and keeps the interest exact, principal = round(principal) + round(interest) - interest, so each
  installment is a multiple; the last one absorbs the difference.
* Any installment that would repay more principal than is left repays just what is left, and, as in
  Fineract (it generates while the balance is not zero), the schedule then ends: with installment
  multiples or interest-free grace a schedule can have fewer installments than `terms.installments`.

Deliberate departures from Fineract:
* The annuity is computed in 34-digit Decimal where Fineract uses a Java double; they agree to the
  poisha except where the double's error would straddle a rounding tie.
* With an installment multiple, FLAT principal-grace installments repay no principal; Fineract would
  book round(interest) - interest (a few poisha, possibly negative) as their principal.
* A FLAT schedule that ends early (see above) charges its remaining interest on its last installment,
  so the flat interest total is always the one promised; Fineract would drop it.
* A multiple so coarse that an installment would not cover its interest raises ScheduleError
  (Fineract raises "EMI amount must be greater than interest").

Rates on the schedule: the internal rate of return per period i of (principal, installment totals
on the period grid 1, 2, ..., n); annual_percentage_rate = i x periods per year (for a declining
balance loan it equals the nominal rate), effective_annual_rate = (1 + i) ^ periods per year - 1.
An AT_END loan's period is its term. equivalent_rates() computes the same from actual dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Context, Decimal, localcontext

from palli_lending.domain.calendar import due_dates, due_dates_of_valid_terms
from palli_lending.domain.schedule_terms import (
    PERIODS_PER_YEAR,
    Amortisation,
    Frequency,
    InterestMethod,
    ScheduleError,
    ScheduleTerms,
    normalise_terms,
)

__all__ = [
    "PERIODS_PER_YEAR",
    "Amortisation",
    "Frequency",
    "Installment",
    "InterestMethod",
    "Schedule",
    "ScheduleError",
    "ScheduleTerms",
    "due_dates",
    "equivalent_rates",
    "generate",
]

# Fineract's MoneyHelper.getMathContext(): MathContext(PRECISION = 19, tenant rounding mode, HALF_EVEN by
# default). Used only for the operations Fineract routes through it.
FINERACT_PRECISION = 19
_MC = Context(prec=FINERACT_PRECISION, rounding=ROUND_HALF_EVEN)
# Everything else: the annuity, the rate solver, and plain sums (exact at this precision).
_HP = Context(prec=34, rounding=ROUND_HALF_EVEN)

_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")
_ONE = Decimal(1)
_HUNDRED = Decimal(100)

# Fineract's view of each frequency: (periods of its unit in a year, repaymentEvery units).
_FINERACT_PERIOD = {Frequency.WEEKLY: (52, 1), Frequency.FORTNIGHTLY: (52, 2), Frequency.MONTHLY: (12, 1)}


@dataclass(frozen=True)
class Installment:
    number: int
    due_on: date
    principal: Decimal
    interest: Decimal
    total: Decimal
    principal_balance_after: Decimal


@dataclass(frozen=True)
class Schedule:
    installments: tuple[Installment, ...]
    total_principal: Decimal
    total_interest: Decimal
    total_repayment: Decimal
    annual_percentage_rate: Decimal  # nominal declining-balance-equivalent rate, percent, 2 places
    effective_annual_rate: Decimal  # compounded, percent, 2 places


_new = object.__new__


def _installment(number: int, due_on: date, principal: Decimal, interest: Decimal, balance: Decimal) -> Installment:
    """Installment(number, due_on, principal, interest, principal + interest, balance), built without the
    frozen dataclass __init__ (six object.__setattr__ calls): half the cost, the same object."""
    installment = _new(Installment)
    installment.__dict__.update(
        number=number,
        due_on=due_on,
        principal=principal,
        interest=interest,
        total=principal + interest,
        principal_balance_after=balance,
    )
    return installment


def _r2(value: Decimal) -> Decimal:
    """Money.of(): to 2 places, HALF_EVEN."""
    return value.quantize(_CENT, rounding=ROUND_HALF_EVEN)


def _to_multiple(value: Decimal, multiple: Decimal) -> Decimal:
    """Money.roundToMultiplesOf(): value / multiple to a whole number (HALF_EVEN), times multiple."""
    return _r2((value / multiple).quantize(_ONE, rounding=ROUND_HALF_EVEN) * multiple)


def _annuity(principal: Decimal, rate: Decimal, periods: int) -> Decimal:
    """FinanicalFunctions.pmt: the level payment repaying `principal` over `periods` at `rate` a period (unrounded)."""
    if rate == 0:
        return principal / periods
    return principal * rate / (_ONE - (_ONE + rate) ** -periods)


def generate(terms: ScheduleTerms) -> Schedule:
    """The repayment schedule for `terms`; raises ScheduleError (naming the field) for bad terms."""
    terms = normalise_terms(terms)
    dates = due_dates_of_valid_terms(terms)
    with localcontext(_HP):
        rows = _amounts(terms)
        installments = tuple(
            _installment(number, dates[number - 1], principal, interest, balance)
            for number, (principal, interest, balance) in enumerate(rows, start=1)
        )
        total_principal = sum((row[0] for row in rows), _ZERO)
        total_interest = sum((row[1] for row in rows), _ZERO)
        apr, ear = _grid_rates(terms, [row[0] + row[1] for row in rows])
    return Schedule(
        installments=installments,
        total_principal=total_principal,
        total_interest=total_interest,
        total_repayment=total_principal + total_interest,
        annual_percentage_rate=apr,
        effective_annual_rate=ear,
    )


def _amounts(terms: ScheduleTerms) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(principal, interest, balance after) per installment, in Fineract's order of operations."""
    principal_total = terms.principal
    n = terms.installments
    principal_grace = terms.grace_on_principal
    interest_grace = terms.grace_on_interest
    multiple = terms.installment_multiple
    flat = terms.interest_method is InterestMethod.FLAT

    if terms.frequency is Frequency.AT_END:
        unit_periods, every = 12, terms.term_months or 1
    else:
        unit_periods, every = _FINERACT_PERIOD[terms.frequency]
    # LoanApplicationTerms.periodicInterestRate / calculateFlatInterestRateForLoanTerm
    rate_per_unit = _MC.divide(_MC.divide(terms.annual_rate, unit_periods), _HUNDRED)

    flat_interest = flat_principal = flat_total_interest = emi = equal_principal = rate = _ZERO
    if flat:
        # calculateTotalFlatInterestDueWithoutGrace: P x (rate per unit x units in the term), multiplyRetainScale
        term_interest = _r2(_MC.multiply(principal_total, rate_per_unit * (n * every)))
        if interest_grace:
            # calculateTotalInterestCharged / ...ForInstallmentAveragingOutGracePeriods
            per_installment = _r2(_MC.divide(term_interest, n))
            flat_total_interest = term_interest - _r2(_MC.multiply(per_installment, interest_grace))
            flat_interest = _r2(_MC.divide(flat_total_interest, n - interest_grace))
        else:
            flat_total_interest = term_interest
            flat_interest = _r2(_MC.divide(term_interest, n))
        flat_principal = _r2(_MC.divide(principal_total, n - principal_grace))
    else:
        rate = rate_per_unit * every
        if terms.amortisation is Amortisation.EQUAL_INSTALLMENTS:
            payment = _annuity(principal_total, rate, n - principal_grace)
            emi = _to_multiple(payment, multiple) if multiple is not None else _r2(payment)
        else:
            equal_principal = _r2(_MC.divide(principal_total, n - principal_grace))
    equal_installments = terms.amortisation is Amortisation.EQUAL_INSTALLMENTS

    rows: list[tuple[Decimal, Decimal, Decimal]] = []
    balance = principal_total
    paid_principal = paid_interest = _ZERO
    for number in range(1, n + 1):
        last = number == n
        if flat:
            interest = _ZERO if number <= interest_grace else flat_interest
            if number <= principal_grace:
                principal = _ZERO
            elif multiple is not None:
                principal = _to_multiple(flat_principal, multiple) + _to_multiple(interest, multiple) - interest
            else:
                principal = flat_principal
        else:
            interest = _ZERO if number <= interest_grace else _r2(_MC.multiply(balance, rate))
            if number <= principal_grace:
                principal = _ZERO
            elif equal_installments:
                principal = emi - interest
            else:
                principal = equal_principal
        if principal < 0:  # only an installment multiple can round a payment below its interest
            raise ScheduleError(
                "installment_multiple",
                f"installment {number} rounded to a multiple of {multiple} does not cover its interest {interest}",
            )
        # adjustPrincipalIfLastRepaymentPeriod
        if paid_principal + principal > principal_total or last:
            principal = principal_total - paid_principal
        paid_principal += principal
        balance = principal_total - paid_principal
        ends_early = balance == 0 and not last
        if flat:
            # adjustInterestIfLastRepaymentPeriod (and, departing from Fineract, on an early end)
            if paid_interest + interest > flat_total_interest or last or ends_early:
                interest = flat_total_interest - paid_interest
            paid_interest += interest
        rows.append((principal, interest, balance))
        if ends_early:
            break
    return rows


def _grid_rates(terms: ScheduleTerms, totals: list[Decimal]) -> tuple[Decimal, Decimal]:
    """(APR, EAR) in percent, from the installment totals on the regular period grid."""
    principal = terms.principal
    repaid = sum(totals, _ZERO)
    if repaid == principal:
        return _ZERO, _ZERO
    if terms.frequency is Frequency.AT_END:
        growth = repaid / principal  # one period: the term
        years = Decimal(terms.term_months or 1) / 12
        apr = (growth - _ONE) / years
        ear = growth ** (_ONE / years) - _ONE
        return _percent(apr), _percent(ear)
    periods_per_year = PERIODS_PER_YEAR[terms.frequency]
    v = _solve_discount(principal, _grid_runs(totals))
    apr = (_ONE / v - _ONE) * periods_per_year
    ear = v ** -periods_per_year - _ONE
    return _percent(apr), _percent(ear)


def _percent(fraction: Decimal) -> Decimal:
    return _r2(fraction * _HUNDRED)


def _grid_runs(amounts: list[Decimal]) -> list[tuple[int, int, int, Decimal]]:
    """Amounts due at periods 1, 2, ... as runs (first period, 1, count, amount); zero amounts dropped."""
    runs: list[tuple[int, int, int, Decimal]] = []
    first, count, previous = 1, 0, None
    for period, amount in enumerate(amounts, start=1):
        if amount == previous:
            count += 1
            continue
        if count and previous:
            runs.append((first, 1, count, previous))
        first, count, previous = period, 1, amount
    if count and previous:
        runs.append((first, 1, count, previous))
    return runs


def _runs(flows: list[tuple[int, Decimal]]) -> list[tuple[int, int, int, Decimal]]:
    """Flows (exponent, amount) as runs (first exponent, gap, count, amount) of equal amounts at equal gaps."""
    runs: list[tuple[int, int, int, Decimal]] = []
    for exponent, amount in sorted(flows):
        if runs:
            first, gap, count, previous = runs[-1]
            if amount == previous and (count == 1 or exponent - first == gap * count):
                runs[-1] = (first, exponent - first if count == 1 else gap, count + 1, amount)
                continue
        runs.append((exponent, 1, 1, amount))
    return runs


def _value_and_slope(v: Decimal, runs: list[tuple[int, int, int, Decimal]]) -> tuple[Decimal, Decimal]:
    """(F, v x dF/dv) for F(v) = sum of a x v ** e over the runs' flows, each run summed in closed form.

    A run a x (v^s + v^(s+g) + ... + v^(s+g(m-1))) is a x v^s x G with x = v^g, G = sum x^j (j < m) =
    (1 - x^m) / (1 - x); v times its derivative is a x v^s x (s G + g H) with H = sum j x^j =
    (x - m x^m + (m - 1) x^(m+1)) / (1 - x)^2.
    """
    value = slope = Decimal(0)
    powers: dict[int, Decimal] = {}
    for first, gap, count, amount in runs:
        head = amount * v**first
        if count == 1:
            value += head
            slope += head * first
            continue
        x = powers.get(gap)
        if x is None:
            x = powers[gap] = v**gap
        if x == _ONE:
            g_sum = Decimal(count)
            h_sum = Decimal(count * (count - 1) // 2)
        else:
            x_m = x**count
            one_minus_x = _ONE - x
            g_sum = (_ONE - x_m) / one_minus_x
            h_sum = (x - count * x_m + (count - 1) * x_m * x) / (one_minus_x * one_minus_x)
        value += head * g_sum
        slope += head * (first * g_sum + gap * h_sum)
    return value, slope


_TOLERANCE = Decimal("1e-16")


def _solve_discount(principal: Decimal, runs: list[tuple[int, int, int, Decimal]]) -> Decimal:
    """The v > 0 with sum(a x v ** e) == principal over the runs' flows (e >= 1, a > 0, at least one).

    The sum rises with v, so Newton's method is kept inside a bracket [low, high] and falls back to
    bisection when a step would leave it; it stops when a step moves v by at most 1e-16 of v (the
    step after that would be of order 1e-32: far inside the 1e-10 asked of the rates).
    """
    repaid = sum((a * m for _, _, m, a in runs), Decimal(0))
    weighted = sum((a * (m * s + g * (m * (m - 1) // 2)) for s, g, m, a in runs), Decimal(0))
    low, high = Decimal(0), (_ONE if repaid >= principal else None)
    v = _ONE - (repaid / principal - _ONE) / (weighted / repaid)  # first-order guess
    if v <= 0:
        v = Decimal("0.5")
    for _ in range(200):
        value, slope = _value_and_slope(v, runs)
        excess = value - principal
        if excess == 0:
            return v
        if excess < 0:
            low = v
        else:
            high = v
        step = excess * v / slope
        candidate = v - step
        if not (low < candidate and (high is None or candidate < high)):
            candidate = (low + high) / 2 if high is not None else v * 2
            step = v - candidate
        if abs(step) <= _TOLERANCE * v:
            return candidate
        v = candidate
    return v  # pragma: no cover - Newton inside a bracket converges long before this


def equivalent_rates(
    principal: Decimal, disbursed_on: date, payments: list[tuple[date, Decimal]], periods_per_year: int
) -> tuple[Decimal, Decimal]:
    """(APR, EAR) in percent, 2 places, from actual payment dates: XIRR with time in days / 365.

    EAR is the annual rate r with principal = sum(amount / (1 + r) ** (days / 365)); APR is the
    nominal rate compounded `periods_per_year` times a year that is worth the same:
    periods_per_year x ((1 + r) ** (1 / periods_per_year) - 1). Solved for the daily discount factor
    in 34-digit Decimal, Newton's method inside a bisection bracket.
    """
    if not isinstance(principal, Decimal) or not principal.is_finite() or principal <= 0:
        raise ScheduleError("principal", f"must be a positive Decimal, not {principal!r}")
    if not isinstance(periods_per_year, int) or isinstance(periods_per_year, bool) or not 1 <= periods_per_year <= 366:
        raise ScheduleError("periods_per_year", f"must be a whole number from 1 to 366, not {periods_per_year!r}")
    if not payments:
        raise ScheduleError("payments", "at least one payment is needed")
    flows: dict[int, Decimal] = {}
    for paid_on, amount in payments:
        if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
            raise ScheduleError("payments", f"amounts must be non-negative Decimals, not {amount!r}")
        days = (paid_on - disbursed_on).days
        if days <= 0:
            raise ScheduleError("payments", f"payment on {paid_on.isoformat()} is not after disbursement")
        if amount:
            flows[days] = flows.get(days, Decimal(0)) + amount
    if not flows:
        raise ScheduleError("payments", "the payments add up to nothing")
    with localcontext(_HP):
        if sum(flows.values()) == principal:
            return _ZERO, _ZERO
        v = _solve_discount(principal, _runs(list(flows.items())))  # per day
        ear = v**-365 - _ONE
        if 365 % periods_per_year == 0:
            per_period = v ** -(365 // periods_per_year) - _ONE
        else:
            per_period = v ** (Decimal(-365) / periods_per_year) - _ONE
        return _percent(per_period * periods_per_year), _percent(ear)
