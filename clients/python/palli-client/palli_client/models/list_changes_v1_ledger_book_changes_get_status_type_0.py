from typing import Literal

ListChangesV1LedgerBookChangesGetStatusType0 = Literal["applied", "pending", "rejected"]

LIST_CHANGES_V1_LEDGER_BOOK_CHANGES_GET_STATUS_TYPE_0_VALUES: set[ListChangesV1LedgerBookChangesGetStatusType0] = {
    "applied",
    "pending",
    "rejected",
}


def check_list_changes_v1_ledger_book_changes_get_status_type_0(
    value: str,
) -> ListChangesV1LedgerBookChangesGetStatusType0:
    if value in LIST_CHANGES_V1_LEDGER_BOOK_CHANGES_GET_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CHANGES_V1_LEDGER_BOOK_CHANGES_GET_STATUS_TYPE_0_VALUES!r}"
    )
