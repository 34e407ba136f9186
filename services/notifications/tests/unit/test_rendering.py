"""Formatting and templates (domain/formatting.py, domain/templates.py): Bangla digits in amounts
and dates, South Asian grouping, placeholders checked per event type, braces, variables from events."""

from datetime import date

import pytest

from palli_notifications.domain.backoff import retry_delay
from palli_notifications.domain.formatting import bangla_digits, format_amount, format_count, format_date, group_south_asian
from palli_notifications.domain.templates import TemplateError, check, parse, render, variables_of


@pytest.mark.parametrize(("whole", "text"), [(0, "0"), (999, "999"), (1000, "1,000"), (12500, "12,500"), (100000, "1,00,000"),
                                              (1250000, "12,50,000"), (123456789, "12,34,56,789")])
def test_south_asian_grouping(whole, text):
    assert group_south_asian(whole) == text


def test_amounts_dates_and_counts_in_each_language():
    assert format_amount(1250000, "bn") == "১২,৫০০.০০ টাকা"
    assert format_amount(1250000, "en") == "Tk 12,500.00"
    assert format_amount(5, "en") == "Tk 0.05"
    assert format_amount(-125050, "bn") == "-১,২৫০.৫০ টাকা"
    assert format_date(date(2026, 11, 3), "bn") == "০৩/১১/২০২৬"
    assert format_date(date(2026, 11, 3), "en") == "03/11/2026"
    assert format_count(30, "bn") == "৩০" and format_count(30, "en") == "30"
    assert bangla_digits("0123456789") == "০১২৩৪৫৬৭৮৯"


def test_render_shows_each_value_in_the_language():
    body = "{name}: {amount} on {on}, {days_past_due} days; {{literal}}"
    values = {"name": "রহিমা", "amount": "1250.00", "on": "2026-11-23", "days_past_due": 12}
    assert render(body, values, "bn") == "রহিমা: ১,২৫০.০০ টাকা on ২৩/১১/২০২৬, ১২ days; {literal}"
    assert render(body, {**values, "name": "Rahima"}, "en") == "Rahima: Tk 1,250.00 on 23/11/2026, 12 days; {literal}"
    assert render("{amount}!", {}, "en") == "!"  # a value the event did not carry renders empty


@pytest.mark.parametrize("body", ["{name", "name}", "{ name }", "{}", "{Name}", "{na-me}", "text {{ {name} }"])
def test_malformed_braces_are_refused(body):
    with pytest.raises(TemplateError):
        parse(body)


def test_placeholders_are_checked_per_event_type():
    check("{name} {first_due_on}", "lending.loan.disbursed")
    with pytest.raises(TemplateError, match=r"\{first_due_on\}"):
        check("{name} {first_due_on}", "lending.loan.repayment_received")
    with pytest.raises(TemplateError, match=r"unknown placeholder \{nid\}"):
        check("{nid}", "lending.loan.closed")


def test_variables_from_a_loan_event():
    payload = {"product_code": "GEN-MC", "loan_principal": "12500.00", "on": None, "amount": "1250.00", "principal": "1000.00",
               "interest": "250.00", "penalty": "0.00", "outstanding_principal": "9000.00", "outstanding_interest": "1000.50",
               "outstanding_penalty": "0.25", "first_due_on": "2026-12-08"}
    values = variables_of("lending.loan.repayment_received", payload, date(2026, 11, 23))
    assert values == {"product": "GEN-MC", "loan_principal": "12500.00", "on": "2026-11-23", "outstanding": "10000.75",
                      "amount": "1250.00", "principal": "1000.00", "interest": "250.00", "penalty": "0.00"}
    overdue = variables_of("lending.loan.overdue", {**payload, "overdue_principal": "250.00", "overdue_interest": "30.50",
                                                    "days_past_due": 3}, date(2026, 11, 23))
    assert (overdue["overdue"], overdue["days_past_due"]) == ("280.50", 3)
    with pytest.raises(ValueError):  # a malformed amount fails the event at once, not a later render
        variables_of("lending.loan.repayment_received", {**payload, "amount": "12.345"}, date(2026, 11, 23))


def test_backoff_doubles_with_bounded_jitter_and_a_cap():
    assert [retry_delay(n, base=2, cap=900, rand=lambda: 0.0) for n in (1, 2, 3, 4)] == [2, 4, 8, 16]
    assert retry_delay(3, base=2, cap=900, rand=lambda: 1.0) == 10.0  # at most 25% more
    assert retry_delay(30, base=2, cap=900, rand=lambda: 0.0) == 900
