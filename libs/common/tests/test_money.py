from decimal import Decimal

import pytest
from pydantic import BaseModel, ValidationError

from palli_common.money import MoneyIn, MoneyOut, NonNegativeMoneyIn, format_poisha, round_to_poisha, to_poisha


class In(BaseModel):
    amount: MoneyIn


class InPositive(BaseModel):
    amount: NonNegativeMoneyIn


class Out(BaseModel):
    amount: MoneyOut


@pytest.mark.parametrize("text,poisha", [("1250", 125000), ("1250.5", 125050), ("1250.50", 125050), ("0.01", 1), ("-3.10", -310)])
def test_decimal_strings_become_exact_poisha(text, poisha):
    assert In(amount=text).amount == poisha


@pytest.mark.parametrize("bad", [12.5, 12, True, "1.234", "abc", "", "NaN", "inf", None])
def test_floats_numbers_and_sub_poisha_amounts_are_refused(bad):
    with pytest.raises(ValidationError):
        In(amount=bad)


def test_negative_refused_where_not_allowed():
    with pytest.raises(ValidationError):
        InPositive(amount="-1.00")


def test_json_output_is_a_two_place_string():
    assert Out(amount=125050).model_dump_json() == '{"amount":"1250.50"}'
    assert Out(amount=-5).model_dump_json() == '{"amount":"-0.05"}'
    assert In.model_json_schema()["properties"]["amount"]["type"] == "string"


def test_helpers():
    assert to_poisha(Decimal("0.10")) == 10
    assert format_poisha(7) == "0.07"
    assert round_to_poisha(Decimal("0.125")) == 12  # HALF_EVEN: ties to even
    assert round_to_poisha(Decimal("0.135")) == 14
    with pytest.raises(ValueError):
        to_poisha("0.001")
