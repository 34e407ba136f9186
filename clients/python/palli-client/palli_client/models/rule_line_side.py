from typing import Literal

RuleLineSide = Literal["credit", "debit"]

RULE_LINE_SIDE_VALUES: set[RuleLineSide] = {
    "credit",
    "debit",
}


def check_rule_line_side(value: str) -> RuleLineSide:
    if value in RULE_LINE_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RULE_LINE_SIDE_VALUES!r}")
