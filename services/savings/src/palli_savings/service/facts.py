"""An account's event payload, as every `savings.account` event carries it."""

from __future__ import annotations

from palli_common.money import format_poisha
from palli_savings.adapters.tables import SavingsAccount, SavingsProduct
from palli_savings.contracts import events as ev


def fact(cls: type[ev.AccountFact], account: SavingsAccount, product: SavingsProduct, actor: str, **over) -> ev.AccountFact:  # noqa: ANN003
    return cls(account_id=str(account.id), number=account.number, member_id=str(account.member_id), group_id=str(account.group_id),
               branch_id=str(account.branch_id), product_id=str(product.id), product_code=product.code, kind=account.kind,
               status=account.status, balance=format_poisha(account.balance), deposit_due=format_poisha(account.deposit_due), actor=actor,
               **over)
