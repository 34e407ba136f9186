"""Provision steps as pure functions: required provision and its rounding, the step from what is
held, the write-off's use of the provision, bad percentages, and derived amounts in rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from palli_common.errors import ValidationFailed
from palli_ledger.domain.provisions import required_provision, stale_amounts, step
from palli_ledger.domain.rules import Line, PostingRefused, build_lines, check_lines

CLASSIFIED = "lending.loan.classification_changed"
WRITTEN_OFF = "lending.loan.written_off"
CLOSED = "lending.loan.closed"


def classified(outstanding: str, percent: str, name: str = "substandard") -> dict:
    return {"outstanding_principal": outstanding, "provision_percent": percent, "classification": name}


@pytest.mark.parametrize("outstanding, percent, expected", [
    (800_000, "25.00", 200_000), (0, "50.00", 0), (123_456, "100.00", 123_456), (800_000, "0.00", 0),
    (33_330, "5.00", 1_666),  # 1666.5 poisha: half to even goes down
    (33_390, "5.00", 1_670),  # 1669.5 poisha: half to even goes up
    (33_333, "1.00", 333),  # 333.33 poisha
])
def test_required_provision_rounds_half_to_even(outstanding, percent, expected):
    assert required_provision(outstanding, Decimal(percent)) == expected


def test_a_classification_step_raises_or_releases_the_difference():
    up = step(CLASSIFIED, classified("8000.00", "25.00"), 0, "test")
    assert (up.amounts, up.held, up.classification) == ({"provision_increase": 200_000, "provision_release": 0}, 200_000, "substandard")
    down = step(CLASSIFIED, classified("8000.00", "1.00", "standard"), 400_000, "test")
    assert (down.amounts, down.held, down.classification) == ({"provision_increase": 0, "provision_release": 392_000}, 8_000, "standard")
    same = step(CLASSIFIED, classified("8000.00", "50.00", "doubtful"), 400_000, "test")
    assert same.amounts == {"provision_increase": 0, "provision_release": 0} and same.held == 400_000


@pytest.mark.parametrize("held, principal, used, loss, release", [
    (400_000, "6000.00", 400_000, 200_000, 0),  # the provision absorbs what it can, the rest is loss
    (800_000, "7500.00", 750_000, 0, 50_000),  # repaid after it was classified: the excess is released
    (0, "6000.00", 0, 600_000, 0),  # nothing held: all loss, as before provisions
])
def test_a_write_off_uses_the_provision_first(held, principal, used, loss, release):
    move = step(WRITTEN_OFF, {"principal": principal}, held, "test")
    assert move.amounts == {"provision_used": used, "write_off_loss": loss, "provision_release": release} and move.held == 0
    assert used + loss == int(Decimal(principal) * 100) and used + release == held


def test_a_close_releases_everything_held_and_other_events_move_nothing():
    move = step(CLOSED, {}, 8_000, "test")
    assert (move.amounts, move.held) == ({"provision_release": 8_000}, 0)
    assert step("lending.loan.repayment_received", {"principal": "10.00"}, 8_000, "test") is None


def test_a_stale_event_moves_no_provision():
    assert stale_amounts(CLASSIFIED, classified("8000.00", "100.00"), "test") == {"provision_increase": 0, "provision_release": 0}
    assert stale_amounts(CLOSED, {}, "test") == {"provision_release": 0}
    assert stale_amounts(WRITTEN_OFF, {"principal": "60.00"}, "test") == {"provision_used": 0, "write_off_loss": 6_000, "provision_release": 0}
    assert stale_amounts("lending.loan.disbursed", {}, "test") is None


@pytest.mark.parametrize("change, message", [
    ({"provision_percent": "abc"}, "provision_percent is 'abc'"), ({"provision_percent": "-1.00"}, "provision_percent is '-1.00'"),
    ({"provision_percent": "100.01"}, "provision_percent is '100.01'"), ({"provision_percent": "NaN"}, "provision_percent"),
    ({"provision_percent": 25}, "provision_percent is 25"), ({"provision_percent": None}, "provision_percent is None"),
    ({"outstanding_principal": "1.001"}, "outstanding_principal is '1.001'"), ({"classification": ""}, "classification is ''"),
])
def test_a_bad_classification_event_is_refused_naming_the_field(change, message):
    with pytest.raises(PostingRefused, match="test") as refused:
        step(CLASSIFIED, {**classified("8000.00", "25.00"), **change}, 0, "test")
    assert message in str(refused.value)


PROVISION_RULE = [{"side": "debit", "account": "5120", "amount": "provision_increase"},
                  {"side": "credit", "account": "1390", "amount": "provision_increase"},
                  {"side": "debit", "account": "1390", "amount": "provision_release"},
                  {"side": "credit", "account": "5120", "amount": "provision_release"}]


def test_rules_post_derived_amounts_and_leave_out_zero_ones():
    assert build_lines(PROVISION_RULE, {}, "test", {"provision_increase": 200_000, "provision_release": 0}) == [
        Line("5120", 200_000, 0), Line("1390", 0, 200_000)]
    assert build_lines(PROVISION_RULE, {}, "test", {"provision_increase": 0, "provision_release": 0}) == []
    # a derived amount the event does not offer is refused, even if the payload carries a field of that name
    with pytest.raises(PostingRefused, match="provision_increase, which the ledger works out only for lending.loan.classification_changed"):
        build_lines(PROVISION_RULE, {"provision_increase": "1.00"}, "test", {"provision_release": 0})


def test_a_rule_may_use_only_the_derived_amounts_its_event_type_offers():
    assert check_lines(PROVISION_RULE, CLASSIFIED) == PROVISION_RULE
    assert check_lines(PROVISION_RULE) == PROVISION_RULE  # shape only, no event type
    for event_type, field in ((CLOSED, "lines.0.amount"), ("lending.loan.repayment_received", "lines.0.amount")):
        with pytest.raises(ValidationFailed) as refused:
            check_lines(PROVISION_RULE, event_type)
        assert refused.value.field == field
    loss = [{"side": "debit", "account": "5130", "amount": "write_off_loss"}, {"side": "credit", "account": "1310-{product_code}", "amount": "principal"}]
    assert check_lines(loss, WRITTEN_OFF) == loss
    with pytest.raises(ValidationFailed, match="offers only provision_increase, provision_release"):
        check_lines(loss, CLASSIFIED)
