from typing import Literal

GetIncomeStatementV1LedgerReportsIncomeStatementGetFormatType0 = Literal["csv", "json"]

GET_INCOME_STATEMENT_V1_LEDGER_REPORTS_INCOME_STATEMENT_GET_FORMAT_TYPE_0_VALUES: set[
    GetIncomeStatementV1LedgerReportsIncomeStatementGetFormatType0
] = {
    "csv",
    "json",
}


def check_get_income_statement_v1_ledger_reports_income_statement_get_format_type_0(
    value: str,
) -> GetIncomeStatementV1LedgerReportsIncomeStatementGetFormatType0:
    if value in GET_INCOME_STATEMENT_V1_LEDGER_REPORTS_INCOME_STATEMENT_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_INCOME_STATEMENT_V1_LEDGER_REPORTS_INCOME_STATEMENT_GET_FORMAT_TYPE_0_VALUES!r}"
    )
