from typing import Literal

GetAccountStatementV1LedgerReportsAccountStatementGetFormatType0 = Literal["csv", "json"]

GET_ACCOUNT_STATEMENT_V1_LEDGER_REPORTS_ACCOUNT_STATEMENT_GET_FORMAT_TYPE_0_VALUES: set[
    GetAccountStatementV1LedgerReportsAccountStatementGetFormatType0
] = {
    "csv",
    "json",
}


def check_get_account_statement_v1_ledger_reports_account_statement_get_format_type_0(
    value: str,
) -> GetAccountStatementV1LedgerReportsAccountStatementGetFormatType0:
    if value in GET_ACCOUNT_STATEMENT_V1_LEDGER_REPORTS_ACCOUNT_STATEMENT_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACCOUNT_STATEMENT_V1_LEDGER_REPORTS_ACCOUNT_STATEMENT_GET_FORMAT_TYPE_0_VALUES!r}"
    )
