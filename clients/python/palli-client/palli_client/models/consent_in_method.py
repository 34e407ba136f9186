from typing import Literal

ConsentInMethod = Literal["signature", "sms_code", "thumbprint", "witnessed"]

CONSENT_IN_METHOD_VALUES: set[ConsentInMethod] = {
    "signature",
    "sms_code",
    "thumbprint",
    "witnessed",
}


def check_consent_in_method(value: str) -> ConsentInMethod:
    if value in CONSENT_IN_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONSENT_IN_METHOD_VALUES!r}")
