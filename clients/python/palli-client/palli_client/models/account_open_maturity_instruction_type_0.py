from typing import Literal

AccountOpenMaturityInstructionType0 = Literal["pay_to_voluntary", "renew_principal", "renew_with_interest"]

ACCOUNT_OPEN_MATURITY_INSTRUCTION_TYPE_0_VALUES: set[AccountOpenMaturityInstructionType0] = {
    "pay_to_voluntary",
    "renew_principal",
    "renew_with_interest",
}


def check_account_open_maturity_instruction_type_0(value: str) -> AccountOpenMaturityInstructionType0:
    if value in ACCOUNT_OPEN_MATURITY_INSTRUCTION_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACCOUNT_OPEN_MATURITY_INSTRUCTION_TYPE_0_VALUES!r}")
