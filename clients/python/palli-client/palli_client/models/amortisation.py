from typing import Literal

Amortisation = Literal["equal_installments", "equal_principal"]

AMORTISATION_VALUES: set[Amortisation] = {
    "equal_installments",
    "equal_principal",
}


def check_amortisation(value: str) -> Amortisation:
    if value in AMORTISATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AMORTISATION_VALUES!r}")
