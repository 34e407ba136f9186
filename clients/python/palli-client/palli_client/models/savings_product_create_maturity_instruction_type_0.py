from typing import Literal

SavingsProductCreateMaturityInstructionType0 = Literal["pay_to_voluntary", "renew_principal", "renew_with_interest"]

SAVINGS_PRODUCT_CREATE_MATURITY_INSTRUCTION_TYPE_0_VALUES: set[SavingsProductCreateMaturityInstructionType0] = {
    "pay_to_voluntary",
    "renew_principal",
    "renew_with_interest",
}


def check_savings_product_create_maturity_instruction_type_0(
    value: str,
) -> SavingsProductCreateMaturityInstructionType0:
    if value in SAVINGS_PRODUCT_CREATE_MATURITY_INSTRUCTION_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SAVINGS_PRODUCT_CREATE_MATURITY_INSTRUCTION_TYPE_0_VALUES!r}"
    )
