from typing import Literal

TrialBalanceRowOutNormalSide = Literal["credit", "debit"]

TRIAL_BALANCE_ROW_OUT_NORMAL_SIDE_VALUES: set[TrialBalanceRowOutNormalSide] = {
    "credit",
    "debit",
}


def check_trial_balance_row_out_normal_side(value: str) -> TrialBalanceRowOutNormalSide:
    if value in TRIAL_BALANCE_ROW_OUT_NORMAL_SIDE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIAL_BALANCE_ROW_OUT_NORMAL_SIDE_VALUES!r}")
