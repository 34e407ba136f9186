from typing import Literal

GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0 = Literal["csv", "json"]

GET_GENERAL_LEDGER_V1_LEDGER_REPORTS_GENERAL_LEDGER_GET_FORMAT_TYPE_0_VALUES: set[
    GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0
] = {
    "csv",
    "json",
}


def check_get_general_ledger_v1_ledger_reports_general_ledger_get_format_type_0(
    value: str,
) -> GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0:
    if value in GET_GENERAL_LEDGER_V1_LEDGER_REPORTS_GENERAL_LEDGER_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_GENERAL_LEDGER_V1_LEDGER_REPORTS_GENERAL_LEDGER_GET_FORMAT_TYPE_0_VALUES!r}"
    )
