"""From a product and a request to schedule terms: the product's ranges are checked here (every
bad field reported at once), the maths is domain/schedule.py's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from palli_common.errors import FieldErrors, ValidationFailed
from palli_common.money import format_poisha
from palli_lending.adapters.tables import LoanProduct
from palli_lending.domain.schedule import Amortisation, Frequency, InterestMethod, Schedule, ScheduleError, ScheduleTerms, generate

MONTHS_PER_INSTALLMENT = {"weekly": Decimal(12) / 52, "fortnightly": Decimal(12) / 26, "monthly": Decimal(1)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _check(condition: bool, detail: str, field: str) -> None:
    if not condition:
        raise ValidationFailed(detail, field=field)


def check_request(product: LoanProduct, *, principal: int, rate: Decimal, installments: int, frequency: str, term_months: int | None) -> None:
    """The product's limits; raises one 422 naming every field outside them."""
    with FieldErrors() as check:
        check(_check, product.active, f"product {product.code} is not offered any more", "product_id")
        check(_check, product.min_amount <= principal <= product.max_amount,
              f"{product.code} lends {format_poisha(product.min_amount)} to {format_poisha(product.max_amount)} taka", "principal")
        check(_check, product.min_rate <= rate <= product.max_rate, f"{product.code} charges {product.min_rate}% to {product.max_rate}%", "annual_rate")
        check(_check, frequency in product.frequencies, f"{product.code} repays {', '.join(product.frequencies)}", "frequency")
        check(_check, product.min_installments <= installments <= product.max_installments,
              f"{product.code} has {product.min_installments} to {product.max_installments} installments", "installments")
        if frequency == Frequency.AT_END.value:
            check(_check, term_months in (product.term_months or []), f"{product.code} runs for {product.term_months} months", "term_months")
        elif frequency in MONTHS_PER_INSTALLMENT and (product.min_loan_months or product.max_loan_months):
            months = Decimal(installments) * MONTHS_PER_INSTALLMENT[frequency]
            shortest, longest = product.min_loan_months or 0, product.max_loan_months or 10**6
            check(_check, shortest <= months <= longest,
                  f"{product.code} loans run {shortest} to {longest} months; {installments} {frequency} installments is {months:.1f}",
                  "installments")


def schedule_for(
    product: LoanProduct, *, principal: int, rate: Decimal, installments: int, frequency: str, term_months: int | None,
    disbursed_on: date, meeting_day: str | None, holidays: frozenset[date], first_due_on: date | None = None,
    min_days_to_first: int | None = None,
) -> Schedule:
    terms = ScheduleTerms(
        principal=Decimal(principal) / 100, annual_rate=Decimal(rate), installments=installments,
        frequency=Frequency(frequency), interest_method=InterestMethod(product.interest_method),
        amortisation=Amortisation(product.amortisation), disbursed_on=disbursed_on, term_months=term_months,
        grace_on_principal=product.grace_on_principal, grace_on_interest=product.grace_on_interest,
        installment_multiple=None if product.installment_multiple is None else Decimal(product.installment_multiple) / 100,
        meeting_weekday=WEEKDAYS.index(meeting_day) if meeting_day in WEEKDAYS and frequency in ("weekly", "fortnightly") else None,
        min_days_to_first=max(product.min_days_to_first, min_days_to_first or 0), first_due_on=first_due_on, holidays=holidays,
    )
    try:
        return generate(terms)
    except ScheduleError as exc:
        raise ValidationFailed(str(exc), field=getattr(exc, "field", None) or "terms") from exc
