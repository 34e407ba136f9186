"""The chart of accounts' own rules: what a code looks like, which accounts may sit under which,
and which side of the books an account grows on. Pure: no database."""

from __future__ import annotations

import re

from palli_common.errors import ValidationFailed
from palli_ledger.adapters.tables import ACCOUNT_TYPES, DEBIT_NORMAL

CODE_PATTERN = r"^[0-9]{4}(-[A-Z0-9-]{1,30})?$"
_CODE = re.compile(CODE_PATTERN)


def is_code(code: str) -> bool:
    return bool(_CODE.fullmatch(code))


def base_code(code: str) -> str:
    """`1310-GEN-MC` -> `1310`: a product sub-account's header."""
    return code.split("-", 1)[0]


def normal_side(account_type: str, contra: bool = False) -> str:
    """'debit' or 'credit': the side the account's balance sits on (a contra account the opposite)."""
    debit = account_type in DEBIT_NORMAL
    return "debit" if debit != contra else "credit"


def check_type(account_type: str, field: str = "type") -> None:
    if account_type not in ACCOUNT_TYPES:
        raise ValidationFailed(f"type must be one of {', '.join(ACCOUNT_TYPES)}", field=field)


def check_parent(parent, account_type: str) -> None:  # noqa: ANN001  (an Account row or None)
    """A parent groups accounts of its own type, and only a header can be one."""
    if parent is None:
        return
    if not parent.is_header:
        raise ValidationFailed(f"{parent.code} is not a header account; only a header can have sub-accounts", field="parent_code")
    if parent.type != account_type:
        raise ValidationFailed(
            f"{parent.code} is an {parent.type} header; a sub-account must have the same type (not {account_type})",
            field="parent_code",
        )
