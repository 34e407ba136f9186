from typing import Literal

PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0 = Literal["csv", "json"]

PASSBOOK_V1_SAVINGS_ACCOUNTS_ACCOUNT_ID_TRANSACTIONS_GET_FORMAT_TYPE_0_VALUES: set[
    PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0
] = {
    "csv",
    "json",
}


def check_passbook_v1_savings_accounts_account_id_transactions_get_format_type_0(
    value: str,
) -> PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0:
    if value in PASSBOOK_V1_SAVINGS_ACCOUNTS_ACCOUNT_ID_TRANSACTIONS_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PASSBOOK_V1_SAVINGS_ACCOUNTS_ACCOUNT_ID_TRANSACTIONS_GET_FORMAT_TYPE_0_VALUES!r}"
    )
