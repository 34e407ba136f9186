from typing import Literal

GetTrialBalanceV1LedgerReportsTrialBalanceGetFormatType0 = Literal["csv", "json"]

GET_TRIAL_BALANCE_V1_LEDGER_REPORTS_TRIAL_BALANCE_GET_FORMAT_TYPE_0_VALUES: set[
    GetTrialBalanceV1LedgerReportsTrialBalanceGetFormatType0
] = {
    "csv",
    "json",
}


def check_get_trial_balance_v1_ledger_reports_trial_balance_get_format_type_0(
    value: str,
) -> GetTrialBalanceV1LedgerReportsTrialBalanceGetFormatType0:
    if value in GET_TRIAL_BALANCE_V1_LEDGER_REPORTS_TRIAL_BALANCE_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TRIAL_BALANCE_V1_LEDGER_REPORTS_TRIAL_BALANCE_GET_FORMAT_TYPE_0_VALUES!r}"
    )
