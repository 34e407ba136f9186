"""What a savings product may say, checked before anything is stored."""

from __future__ import annotations

from decimal import Decimal

from palli_common.errors import ValidationFailed

KINDS = ("compulsory", "voluntary", "dps", "fixed_deposit")
INTEREST_METHODS = ("daily_balance", "average_daily_balance")
POSTING_PERIODS = ("monthly", "quarterly", "half_yearly", "yearly")


def check_rate(kind: str, annual_rate: Decimal, floor: Decimal) -> None:
    """MRA (circular of 2010): members' compulsory savings earn at least the floor (a setting, 6.00)."""
    if kind == "compulsory" and annual_rate < floor:
        raise ValidationFailed(f"compulsory savings must pay at least {floor}% a year (MRA)", field="annual_rate")


TERM_KINDS = ("dps", "fixed_deposit")


def check_terms(fields: dict, chart: list[dict]) -> None:
    """A term deposit product offers terms and prices every one of them; other kinds offer none."""
    terms = fields.get("terms_months")
    if fields["kind"] not in TERM_KINDS:
        for name in ("terms_months", "suspend_after_missed", "close_after_missed", "maturity_instruction"):
            if fields.get(name) is not None:
                raise ValidationFailed(f"{name} is for DPS and fixed deposit products", field=name)
        if chart:
            raise ValidationFailed("term_rates is for DPS and fixed deposit products", field="term_rates")
        return
    if not terms:
        raise ValidationFailed("a term deposit product offers at least one term", field="terms_months")
    if len(set(terms)) != len(terms):
        raise ValidationFailed("a term appears twice", field="terms_months")
    for i, row in enumerate(chart):
        if row["term_months"] not in terms:
            raise ValidationFailed(f"{row['term_months']} months is not one of the product's terms", field=f"term_rates.{i}.term_months")
    if len({(r["term_months"], r["min_amount"]) for r in chart}) != len(chart):
        raise ValidationFailed("a term and amount band appears twice", field="term_rates")
    unpriced = [t for t in terms if not any(r["term_months"] == t and r["min_amount"] == 0 for r in chart)]
    if unpriced:
        raise ValidationFailed(f"the chart has no rate from 0.00 for {unpriced[0]} months", field="term_rates")
    if fields["kind"] == "dps" and fields.get("maturity_instruction") not in (None, "pay_to_voluntary"):
        raise ValidationFailed("a DPS pays to her voluntary savings at maturity", field="maturity_instruction")
    closes, suspends = fields.get("close_after_missed"), fields.get("suspend_after_missed")
    if closes is not None and suspends is not None and closes < suspends:
        raise ValidationFailed("a DPS is suspended before it is closed", field="close_after_missed")
