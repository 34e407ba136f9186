from typing import Literal

ListChangesV1LedgerBookChangesGetTargetType0 = Literal["account", "posting_rule"]

LIST_CHANGES_V1_LEDGER_BOOK_CHANGES_GET_TARGET_TYPE_0_VALUES: set[ListChangesV1LedgerBookChangesGetTargetType0] = {
    "account",
    "posting_rule",
}


def check_list_changes_v1_ledger_book_changes_get_target_type_0(
    value: str,
) -> ListChangesV1LedgerBookChangesGetTargetType0:
    if value in LIST_CHANGES_V1_LEDGER_BOOK_CHANGES_GET_TARGET_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CHANGES_V1_LEDGER_BOOK_CHANGES_GET_TARGET_TYPE_0_VALUES!r}"
    )
