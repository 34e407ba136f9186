from typing import Literal

LoanDifferenceOutKind = Literal["mismatch", "no_position", "no_postings"]

LOAN_DIFFERENCE_OUT_KIND_VALUES: set[LoanDifferenceOutKind] = {
    "mismatch",
    "no_position",
    "no_postings",
}


def check_loan_difference_out_kind(value: str) -> LoanDifferenceOutKind:
    if value in LOAN_DIFFERENCE_OUT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOAN_DIFFERENCE_OUT_KIND_VALUES!r}")
