"""Posting rules and manual lines as pure functions: templates, amounts, zero lines, balance."""

from __future__ import annotations

import pytest

from palli_common.errors import ValidationFailed
from palli_ledger.domain.accounts import normal_side
from palli_ledger.domain.entries import check_lines as check_manual
from palli_ledger.domain.rules import Line, PostingRefused, build_lines, check_lines, parse_template

REPAYMENT = [
    {"side": "debit", "account": "1110", "amount": "amount"}, {"side": "credit", "account": "1310-{product_code}", "amount": "principal"},
    {"side": "credit", "account": "4110", "amount": "interest"}, {"side": "credit", "account": "4120", "amount": "penalty"},
]
PAYLOAD = {"product_code": "ME", "amount": "1100.00", "principal": "1000.00", "interest": "100.00", "penalty": "0.00"}


def test_templates():
    assert parse_template("1110").literal and parse_template("1310-GEN-MC").literal
    t = parse_template("1310-{product_code}")
    assert (t.header, t.field) == ("1310", "product_code")
    for bad in ("1310-{}", "131-{product_code}", "1310-{product_code}-X", "1310-me", "{product_code}", 1310, None):
        assert parse_template(bad) is None, bad


def test_lines_resolve_templates_and_leave_out_zero_amounts():
    assert build_lines(REPAYMENT, PAYLOAD, "test") == [
        Line("1110", 110_000, 0), Line("1310-ME", 0, 100_000, header="1310"), Line("4110", 0, 10_000)]


@pytest.mark.parametrize("change, message", [
    ({"interest": "100.001"}, "interest is '100.001'"), ({"principal": 1000}, "principal is 1000"), ({"penalty": "-1.00"}, "penalty"),
    ({"principal": "NaN"}, "principal"), ({"amount": "1e400"}, "amount"), ({"product_code": "m e"}, "product_code"),
    ({"product_code": None}, "product_code"), ({"amount": "1000.00"}, "debits 1000.00, credits 1100.00"),
])
def test_bad_payloads_are_refused(change, message):
    with pytest.raises(PostingRefused, match="test") as refused:
        build_lines(REPAYMENT, {**PAYLOAD, **change}, "test")
    assert message in str(refused.value)


def test_a_malformed_stored_rule_is_refused_not_crashed():
    with pytest.raises(PostingRefused, match="malformed"):
        build_lines([{"side": "debit"}], PAYLOAD, "test")


def test_rule_shape():
    assert check_lines([]) == []
    assert check_lines(REPAYMENT) == REPAYMENT
    for lines, field in (([REPAYMENT[0]], "lines"), ([{**REPAYMENT[0], "amount": "fee"}, REPAYMENT[1]], "lines.0.amount"),
                         ([REPAYMENT[0], {**REPAYMENT[1], "side": "cr"}], "lines.1.side"), ("x", "lines")):
        with pytest.raises(ValidationFailed) as exc:
            check_lines(lines)
        assert exc.value.field == field


def test_manual_lines_name_every_bad_line_and_the_totals():
    with pytest.raises(ValidationFailed) as exc:
        check_manual([("5210", 100, 100, None), ("1110", None, None, None), ("1120", 0, None, None)])
    assert [f for f, _ in exc.value.errors] == ["lines.0.credit", "lines.1.debit", "lines.2.debit"]
    with pytest.raises(ValidationFailed, match="debits 5.00, credits 4.00"):
        check_manual([("5210", 500, None, None), ("1110", None, 400, None)])
    assert [line.debit for line in check_manual([("5210", 500, None, None), ("1110", None, 500, "x")])] == [500, 0]


def test_normal_balance_sides():
    assert [normal_side(t) for t in ("asset", "expense", "liability", "equity", "income")] == ["debit", "debit", "credit", "credit", "credit"]
    assert normal_side("asset", contra=True) == "credit"
