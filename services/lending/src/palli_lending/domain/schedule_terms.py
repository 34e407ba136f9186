"""The terms a repayment schedule is generated from, and their validation.

Kept apart from schedule.py so that calendar.py (due dates) and schedule.py (amounts) can both use
them without importing each other. Import these names from `palli_lending.domain.schedule`, which
re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

__all__ = [
    "Amortisation",
    "Frequency",
    "InterestMethod",
    "MAX_INSTALLMENTS",
    "MAX_PRINCIPAL",
    "PERIODS_PER_YEAR",
    "ScheduleError",
    "ScheduleTerms",
    "normalise_terms",
]


class InterestMethod(StrEnum):
    FLAT = "flat"
    DECLINING_BALANCE = "declining_balance"


class Amortisation(StrEnum):
    EQUAL_INSTALLMENTS = "equal_installments"
    EQUAL_PRINCIPAL = "equal_principal"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    AT_END = "at_end"  # one installment (principal + interest) at the end of the term


PERIODS_PER_YEAR: dict[Frequency, int] = {Frequency.WEEKLY: 52, Frequency.FORTNIGHTLY: 26, Frequency.MONTHLY: 12}

# Guards, not policy: a schedule beyond these is no microloan, and a runaway size would only cost time.
MAX_PRINCIPAL = Decimal("1000000000.00")
MAX_INSTALLMENTS = 1000

_CENT = Decimal("0.01")


class ScheduleError(ValueError):
    """Terms a schedule cannot be generated from. `field` names the ScheduleTerms field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True)
class ScheduleTerms:
    principal: Decimal  # taka, at most 2 places, > 0
    annual_rate: Decimal  # nominal percent per year, e.g. Decimal("24.00")
    installments: int  # number of installments; AT_END: must be 1
    frequency: Frequency
    interest_method: InterestMethod
    amortisation: Amortisation
    disbursed_on: date
    term_months: int | None = None  # AT_END only (ignored otherwise): months to the one installment
    grace_on_principal: int = 0  # first N installments repay no principal (interest only)
    grace_on_interest: int = 0  # first N installments are charged no interest (Fineract "grace on interest charged")
    installment_multiple: Decimal | None = None  # None, or e.g. Decimal("1"): installments in multiples of 1 taka
    meeting_weekday: int | None = None  # 0=Monday..6=Sunday; weekly/fortnightly dues fall on it
    min_days_to_first: int = 15  # regulator: at least 15 days from disbursement to the first installment
    first_due_on: date | None = None  # explicit first due date
    holidays: frozenset[date] = frozenset()  # no installment falls due on one


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _decimal(field: str, value: object) -> Decimal:
    if isinstance(value, Decimal):
        result = value
    elif _is_int(value):
        result = Decimal(value)  # type: ignore[arg-type]
    else:
        raise ScheduleError(field, f"must be a Decimal, not {type(value).__name__}")
    if not result.is_finite():
        raise ScheduleError(field, "must be a finite number")
    return result


def _enum(field: str, kind: type[StrEnum], value: object) -> StrEnum:
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ScheduleError(field, f"{value!r} is not one of {allowed}") from None


def _places_at_most_two(value: Decimal) -> bool:
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and (exponent >= -2 or value == value.quantize(_CENT))


def normalise_terms(terms: ScheduleTerms) -> ScheduleTerms:
    """Checks every field; returns terms with Decimal money at 2 places and enums as enums.

    Raises ScheduleError naming the first field at fault. Returns `terms` itself when nothing needed
    normalising. first_due_on is checked against the calendar rules in calendar.py.
    """
    if not isinstance(terms, ScheduleTerms):
        raise ScheduleError("terms", f"expected ScheduleTerms, not {type(terms).__name__}")

    principal = _decimal("principal", terms.principal)
    if principal <= 0:
        raise ScheduleError("principal", f"must be more than zero, not {principal}")
    if principal > MAX_PRINCIPAL:
        raise ScheduleError("principal", f"must be at most {MAX_PRINCIPAL} taka")
    if not _places_at_most_two(principal):
        raise ScheduleError("principal", f"{principal} has more than two decimal places (poisha)")
    if principal.as_tuple().exponent != -2:
        principal = principal.quantize(_CENT)

    rate = _decimal("annual_rate", terms.annual_rate)
    if rate < 0:
        raise ScheduleError("annual_rate", f"must not be negative, not {rate}")
    if rate > 1000:
        raise ScheduleError("annual_rate", f"{rate}% a year is not a plausible nominal rate")

    n = terms.installments
    if not _is_int(n):
        raise ScheduleError("installments", f"must be a whole number, not {type(n).__name__}")
    if n < 1:
        raise ScheduleError("installments", f"must be at least 1, not {n}")
    if n > MAX_INSTALLMENTS:
        raise ScheduleError("installments", f"must be at most {MAX_INSTALLMENTS}, not {n}")

    frequency = _enum("frequency", Frequency, terms.frequency)
    interest_method = _enum("interest_method", InterestMethod, terms.interest_method)
    amortisation = _enum("amortisation", Amortisation, terms.amortisation)

    if not _is_date(terms.disbursed_on):
        raise ScheduleError("disbursed_on", "must be a date")

    term_months = terms.term_months
    if term_months is not None and (not _is_int(term_months) or term_months < 1):
        raise ScheduleError("term_months", f"must be a whole number of months, at least 1, not {term_months!r}")
    if frequency is Frequency.AT_END:
        if n != 1:
            raise ScheduleError("installments", f"an at_end loan has exactly 1 installment, not {n}")
        if term_months is None:
            raise ScheduleError("term_months", "an at_end loan needs its term in months")
        if term_months > 120:
            raise ScheduleError("term_months", f"must be at most 120 months, not {term_months}")

    for field in ("grace_on_principal", "grace_on_interest"):
        grace = getattr(terms, field)
        if not _is_int(grace) or grace < 0:
            raise ScheduleError(field, f"must be a whole number of installments, at least 0, not {grace!r}")
        if grace >= n:
            raise ScheduleError(field, f"{grace} installments of grace leave none of the {n} to repay in")

    multiple = terms.installment_multiple
    if multiple is not None:
        multiple = _decimal("installment_multiple", multiple)
        if not 0 < multiple <= 1000 or not _places_at_most_two(multiple):
            raise ScheduleError("installment_multiple", f"must be a positive amount in poisha up to 1000 taka, e.g. 1, not {multiple}")

    weekday = terms.meeting_weekday
    if weekday is not None and (not _is_int(weekday) or not 0 <= weekday <= 6):
        raise ScheduleError("meeting_weekday", f"must be 0 (Monday) to 6 (Sunday), not {weekday!r}")

    min_days = terms.min_days_to_first
    if not _is_int(min_days) or not 0 <= min_days <= 366:
        raise ScheduleError("min_days_to_first", f"must be 0 to 366 days, not {min_days!r}")

    if terms.first_due_on is not None and not _is_date(terms.first_due_on):
        raise ScheduleError("first_due_on", "must be a date")

    holidays = terms.holidays
    if not isinstance(holidays, frozenset):
        try:
            holidays = frozenset(holidays)
        except TypeError:
            raise ScheduleError("holidays", "must be a set of dates") from None
    if not all(_is_date(day) for day in holidays):
        raise ScheduleError("holidays", "must contain dates only")

    if (
        principal is terms.principal
        and rate is terms.annual_rate
        and frequency is terms.frequency
        and interest_method is terms.interest_method
        and amortisation is terms.amortisation
        and multiple is terms.installment_multiple
        and holidays is terms.holidays
    ):
        return terms
    return ScheduleTerms(
        principal=principal,
        annual_rate=rate,
        installments=n,
        frequency=frequency,  # type: ignore[arg-type]
        interest_method=interest_method,  # type: ignore[arg-type]
        amortisation=amortisation,  # type: ignore[arg-type]
        disbursed_on=terms.disbursed_on,
        term_months=term_months,
        grace_on_principal=terms.grace_on_principal,
        grace_on_interest=terms.grace_on_interest,
        installment_multiple=multiple,
        meeting_weekday=weekday,
        min_days_to_first=min_days,
        first_due_on=terms.first_due_on,
        holidays=holidays,
    )
