from typing import Literal

GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0 = Literal["csv", "json"]

GET_BALANCE_SHEET_V1_LEDGER_REPORTS_BALANCE_SHEET_GET_FORMAT_TYPE_0_VALUES: set[
    GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0
] = {
    "csv",
    "json",
}


def check_get_balance_sheet_v1_ledger_reports_balance_sheet_get_format_type_0(
    value: str,
) -> GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0:
    if value in GET_BALANCE_SHEET_V1_LEDGER_REPORTS_BALANCE_SHEET_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BALANCE_SHEET_V1_LEDGER_REPORTS_BALANCE_SHEET_GET_FORMAT_TYPE_0_VALUES!r}"
    )
