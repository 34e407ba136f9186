"""A loan product's rules, and the regulatory rate cap, checked as a whole.

A product is checked in its stored form (a mapping with the `loan_products` columns: money in
poisha, rates as Decimal percent, frequencies as strings), so the API, a PATCH merged onto the
stored row and the migration's default products all pass through the same `problems()`.

The rate cap (MRA: at most 24% a year on a declining balance) is judged on what a borrower
really pays, not on the nominal rate: a flat rate charges interest on the whole principal for
the whole term, so it costs nearly twice its nominal figure. For each way the product can be
taken at its maximum rate (every allowed frequency and every number of installments allowed, or
every at_end term; its smallest and largest amount), a schedule is generated (domain/schedule.py) and its declining-balance-equivalent
annual rate (`Schedule.annual_percentage_rate`) must not exceed the cap. So 12% flat weekly over
a year (about 22% a year) passes, 15% flat (about 27%) is refused on `max_rate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from palli_common.errors import ValidationFailed
from palli_common.money import format_poisha
from palli_lending.domain.schedule import Amortisation, Frequency, InterestMethod, ScheduleError, ScheduleTerms, generate

FREQUENCIES = tuple(f.value for f in Frequency)
INTEREST_METHODS = tuple(m.value for m in InterestMethod)
AMORTISATIONS = tuple(a.value for a in Amortisation)
PREPAYMENT_INTEREST = ("accrued", "full")
AT_END = "at_end"
MAX_TERM_MONTHS = 120
# a fixed, ordinary day (a Wednesday, no holidays) for the representative loans of the cap check
REPRESENTATIVE_DISBURSEMENT = date(2025, 1, 1)


@dataclass(frozen=True)
class Policy:
    """The service-wide limits a product must respect (from LendingSettings)."""

    rate_cap_percent: Decimal = Decimal("24.00")
    min_days_to_first: int = 15


class Problems:
    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, field: str, detail: str) -> None:
        self.items.append((field, detail))

    def fields(self) -> set[str]:
        return {f for f, _ in self.items}


def _structure(p: Mapping[str, Any], policy: Policy, out: Problems) -> None:
    """Ranges, enums and combinations; everything wrong is reported."""
    if p["interest_method"] not in INTEREST_METHODS:
        out.add("interest_method", f"interest_method must be one of {', '.join(INTEREST_METHODS)}")
    if p["amortisation"] not in AMORTISATIONS:
        out.add("amortisation", f"amortisation must be one of {', '.join(AMORTISATIONS)}")
    if p.get("prepayment_interest", "accrued") not in PREPAYMENT_INTEREST:
        out.add("prepayment_interest", f"prepayment_interest must be one of {', '.join(PREPAYMENT_INTEREST)}")

    frequencies = list(p["frequencies"] or [])
    if not frequencies:
        out.add("frequencies", "name at least one repayment frequency")
    elif unknown := [f for f in frequencies if f not in FREQUENCIES]:
        out.add("frequencies", f"unknown frequency {', '.join(map(str, unknown))}; use {', '.join(FREQUENCIES)}")
    elif len(set(frequencies)) != len(frequencies):
        out.add("frequencies", "list each frequency once")
    elif AT_END in frequencies and len(frequencies) > 1:
        out.add("frequencies", "at_end (one installment at the end) cannot be combined with other frequencies")

    min_amount, max_amount = p["min_amount"], p["max_amount"]
    if min_amount <= 0:
        out.add("min_amount", "the smallest loan must be more than zero")
    if max_amount < min_amount:
        out.add("max_amount", f"max_amount is below min_amount ({format_poisha(max_amount)} < {format_poisha(min_amount)})")

    min_n, max_n = p["min_installments"], p["max_installments"]
    if min_n < 1:
        out.add("min_installments", "a loan has at least one installment")
    if max_n < min_n:
        out.add("max_installments", f"max_installments is below min_installments ({max_n} < {min_n})")

    min_rate, default_rate, max_rate = Decimal(p["min_rate"]), Decimal(p["default_rate"]), Decimal(p["max_rate"])
    for field, rate in (("min_rate", min_rate), ("default_rate", default_rate), ("max_rate", max_rate)):
        if not Decimal(0) <= rate <= Decimal(100):
            out.add(field, "a rate is a yearly percentage from 0.00 to 100.00")
    if min_rate > max_rate:
        out.add("min_rate", f"min_rate is above max_rate ({min_rate:.2f} > {max_rate:.2f})")
    elif not min_rate <= default_rate <= max_rate:
        out.add("default_rate", f"default_rate must lie between min_rate and max_rate ({min_rate:.2f} to {max_rate:.2f})")

    terms = p.get("term_months")
    if AT_END in frequencies:
        if not terms:
            out.add("term_months", "an at_end product needs its terms in months, e.g. [6, 9]")
        elif any(not isinstance(t, int) or not 1 <= t <= MAX_TERM_MONTHS for t in terms) or len(set(terms)) != len(terms):
            out.add("term_months", f"terms are distinct whole months from 1 to {MAX_TERM_MONTHS}")
        if max_n != 1:
            out.add("max_installments", "an at_end product is repaid in one installment: max_installments must be 1")
    elif terms:
        out.add("term_months", "term_months is only for at_end products (their length in months)")

    shortest, longest = p.get("min_loan_months"), p.get("max_loan_months")
    if shortest is not None and longest is not None and longest < shortest:
        out.add("max_loan_months", f"max_loan_months is below min_loan_months ({longest} < {shortest})")

    for field in ("grace_on_principal", "grace_on_interest"):
        grace = p.get(field) or 0
        if grace < 0:
            out.add(field, f"{field} cannot be negative")
        elif grace and grace >= min_n:
            out.add(field, f"{field} ({grace}) must be fewer than min_installments ({min_n})")

    days = p["min_days_to_first"]
    if days < policy.min_days_to_first:
        out.add("min_days_to_first", f"the first installment is due at least {policy.min_days_to_first} days after disbursement")

    multiple = p.get("installment_multiple")
    if multiple is not None and multiple <= 0:
        out.add("installment_multiple", "installment_multiple must be more than zero (or null: to the poisha)")


def representative_loans(p: Mapping[str, Any]) -> list[tuple[str, int, int | None, int]]:
    """(frequency, installments, term months, principal in poisha) of the loans the cap is judged on:
    for each frequency, every number of installments the product allows (a flat rate's true cost
    is not monotonic in the term: it peaks in between) at the smallest amount, and the shortest and
    longest at the largest amount too (amounts differ only by rounding); at_end, each term."""
    small, large = p["min_amount"], p["max_amount"]
    loans: list[tuple[str, int, int | None, int]] = []
    for frequency in p["frequencies"]:
        if frequency == AT_END:
            loans += [(frequency, 1, term, amount) for term in sorted(p["term_months"] or []) for amount in sorted({small, large})]
            continue
        counts = range(p["min_installments"], p["max_installments"] + 1)
        loans += [(frequency, n, None, small) for n in counts]
        if large != small:
            loans += [(frequency, n, None, large) for n in sorted({counts[0], counts[-1]})]
    return loans


def _terms(p: Mapping[str, Any], frequency: str, installments: int, term: int | None, principal: int) -> ScheduleTerms:
    multiple = p.get("installment_multiple")
    return ScheduleTerms(
        principal=Decimal(principal) / 100, annual_rate=Decimal(p["max_rate"]), installments=installments,
        frequency=Frequency(frequency), interest_method=InterestMethod(p["interest_method"]),
        amortisation=Amortisation(p["amortisation"]), disbursed_on=REPRESENTATIVE_DISBURSEMENT, term_months=term,
        grace_on_principal=p.get("grace_on_principal") or 0, grace_on_interest=p.get("grace_on_interest") or 0,
        installment_multiple=None if multiple is None else Decimal(multiple) / 100, meeting_weekday=None,
        min_days_to_first=p["min_days_to_first"], first_due_on=None, holidays=frozenset(),
    )


def _describe(frequency: str, installments: int, term: int | None, principal: int) -> str:
    if frequency == AT_END:
        return f"a {term}-month loan of {format_poisha(principal)} taka repaid at the end"
    return f"a {frequency} loan of {format_poisha(principal)} taka in {installments} installments"


@dataclass(frozen=True)
class EffectiveRate:
    percent: Decimal  # declining-balance-equivalent annual rate
    loan: str  # which representative loan it is


def highest_effective_rate(p: Mapping[str, Any]) -> EffectiveRate:
    """The dearest of the representative loans at the product's max rate. Raises ScheduleError
    when one of them cannot be scheduled."""
    worst: EffectiveRate | None = None
    for frequency, n, term, amount in representative_loans(p):
        schedule = generate(_terms(p, frequency, n, term, amount))
        rate = Decimal(schedule.annual_percentage_rate)
        if worst is None or rate > worst.percent:
            worst = EffectiveRate(rate, _describe(frequency, n, term, amount))
    assert worst is not None
    return worst


SCHEDULE_FIELDS = {  # a schedule term that failed -> the product field behind it
    "principal": "min_amount", "annual_rate": "max_rate", "installments": "max_installments",
    "frequency": "frequencies", "term_months": "term_months", "interest_method": "interest_method",
    "amortisation": "amortisation", "grace_on_principal": "grace_on_principal", "grace_on_interest": "grace_on_interest",
    "installment_multiple": "installment_multiple", "min_days_to_first": "min_days_to_first",
}


def _rate_cap(p: Mapping[str, Any], policy: Policy, out: Problems) -> None:
    try:
        worst = highest_effective_rate(p)
    except ScheduleError as exc:
        field = SCHEDULE_FIELDS.get(getattr(exc, "field", None) or "", "max_rate")
        out.add(field, f"the product's loans cannot be scheduled: {exc}")
        return
    cap = Decimal(policy.rate_cap_percent)
    if worst.percent > cap:
        out.add(
            "max_rate",
            f"at its max rate of {Decimal(p['max_rate']):.2f}% ({p['interest_method']}), {worst.loan} costs "
            f"{worst.percent:.2f}% a year on a declining balance, above the {cap:.2f}% cap",
        )


def problems(p: Mapping[str, Any], policy: Policy) -> list[tuple[str, str]]:
    """Every (field, reason) wrong with the product; [] when it may be offered. The rate cap is
    judged only once the rest is consistent (an inconsistent product has no loans to judge)."""
    out = Problems()
    _structure(p, policy, out)
    if not out.items:
        _rate_cap(p, policy, out)
    return out.items


def validate(p: Mapping[str, Any], policy: Policy) -> None:
    """Raise one 422 naming every field wrong with the product."""
    found = problems(p, policy)
    if found:
        error = ValidationFailed("; ".join(detail for _, detail in found), field=found[0][0])
        error.errors = found
        raise error
