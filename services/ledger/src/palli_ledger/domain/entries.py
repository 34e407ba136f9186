"""A journal entry someone writes by hand: its lines must each move money one way, and together
they must balance. Pure: accounts are checked against the chart by the service."""

from __future__ import annotations

from dataclasses import dataclass

from palli_common.errors import FieldErrors, ValidationFailed
from palli_common.money import format_poisha


@dataclass(frozen=True)
class ProposedLine:
    account_code: str
    debit: int
    credit: int
    memo: str | None = None

    def stored(self) -> dict:
        return {"account_code": self.account_code, "debit": self.debit, "credit": self.credit, "memo": self.memo}

    def swapped(self) -> "ProposedLine":
        return ProposedLine(self.account_code, self.credit, self.debit, self.memo)


def _line(i: int, account_code: str, debit: int | None, credit: int | None, memo: str | None) -> ProposedLine:
    where = f"lines.{i}"
    if debit is not None and credit is not None:
        raise ValidationFailed("a line is a debit or a credit, not both; split it into two lines", field=f"{where}.credit")
    if debit is None and credit is None:
        raise ValidationFailed("give the line a debit or a credit", field=f"{where}.debit")
    side, amount = ("debit", debit) if debit is not None else ("credit", credit)
    if amount <= 0:  # type: ignore[operator]
        raise ValidationFailed(f"the {side} must be more than zero", field=f"{where}.{side}")
    return ProposedLine(account_code, debit or 0, credit or 0, memo)


def check_lines(raw: list[tuple[str, int | None, int | None, str | None]]) -> list[ProposedLine]:
    """(account_code, debit, credit, memo) per line -> lines that balance; every bad line named at once."""
    if len(raw) < 2:
        raise ValidationFailed("an entry needs at least two lines (a debit and a credit)", field="lines")
    with FieldErrors() as check:
        lines = [check(_line, i, *line) for i, line in enumerate(raw)]
    debits, credits = sum(line.debit for line in lines), sum(line.credit for line in lines)  # type: ignore[union-attr]
    if debits != credits:
        raise ValidationFailed(
            f"the entry does not balance: debits {format_poisha(debits)}, credits {format_poisha(credits)}", field="lines",
        )
    return lines  # type: ignore[return-value]


def from_stored(lines: list[dict]) -> list[ProposedLine]:
    return [ProposedLine(line["account_code"], line["debit"], line["credit"], line.get("memo")) for line in lines]
