from typing import Literal

ListClosesV1LedgerPeriodClosesGetStatusType0 = Literal["closed", "reopened"]

LIST_CLOSES_V1_LEDGER_PERIOD_CLOSES_GET_STATUS_TYPE_0_VALUES: set[ListClosesV1LedgerPeriodClosesGetStatusType0] = {
    "closed",
    "reopened",
}


def check_list_closes_v1_ledger_period_closes_get_status_type_0(
    value: str,
) -> ListClosesV1LedgerPeriodClosesGetStatusType0:
    if value in LIST_CLOSES_V1_LEDGER_PERIOD_CLOSES_GET_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CLOSES_V1_LEDGER_PERIOD_CLOSES_GET_STATUS_TYPE_0_VALUES!r}"
    )
