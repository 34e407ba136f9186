"""How a repayment is spread over a loan's installments: oldest installment first, and within
each installment penalty, then interest, then principal. Pure; amounts in poisha."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Due:
    """What one installment still owes."""

    number: int
    penalty: int
    interest: int
    principal: int

    @property
    def total(self) -> int:
        return self.penalty + self.interest + self.principal


@dataclass(frozen=True)
class Portion:
    number: int
    principal: int
    interest: int
    penalty: int

    def as_row(self) -> list[int]:
        return [self.number, self.principal, self.interest, self.penalty]


class Overpayment(ValueError):
    def __init__(self, amount: int, outstanding: int):
        super().__init__(f"the payment {amount} is more than the {outstanding} outstanding")
        self.amount, self.outstanding = amount, outstanding


def allocate(amount: int, dues: list[Due]) -> list[Portion]:
    """`dues` in installment order. Refuses more than everything outstanding."""
    if amount <= 0:
        raise ValueError("a payment must be positive")
    outstanding = sum(d.total for d in dues)
    if amount > outstanding:
        raise Overpayment(amount, outstanding)
    left = amount
    portions = []
    for due in sorted(dues, key=lambda d: d.number):
        if left == 0:
            break
        penalty = min(left, due.penalty)
        left -= penalty
        interest = min(left, due.interest)
        left -= interest
        principal = min(left, due.principal)
        left -= principal
        if penalty or interest or principal:
            portions.append(Portion(due.number, principal, interest, penalty))
    return portions
