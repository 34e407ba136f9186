"""Posting rules as data: their shape, their account templates, and the journal lines a rule gives
for one event's payload. Pure: the service layer reads rules and accounts, this decides.

A rule line is {"side": "debit"|"credit", "account": "1110" | "1310-{product_code}", "amount": "principal"}.
`amount` names a decimal field of the event's payload, or an amount the ledger works out itself for
the event (DERIVED_AMOUNTS: the loan-loss provision steps of domain/provisions.py, and each
direction of a repayment reallocation's signed deltas, domain/reallocation.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from palli_common.errors import ValidationFailed
from palli_common.money import format_poisha
from palli_ledger.domain.accounts import is_code

SIDES = ("debit", "credit")
# The decimal taka fields events carry that a rule may post (a new source adds its own).
PAYLOAD_AMOUNT_FIELDS = (
    "amount", "principal", "interest", "penalty", "loan_principal", "outstanding_principal", "outstanding_interest",
    "outstanding_penalty", "installment_amount", "total_interest", "interest_waived", "overdue_principal", "overdue_interest",
    # the marketplace's: a sale's parts, a purchased lot's value and write-off, a payout's gross and advance recovered
    "vat", "commission", "producer_share", "owned_sales", "owned_cost", "value", "written_off", "gross", "advance_recovered",
)
# Amounts the ledger works out itself from the provision it holds for the loan, by the event type
# that offers them (domain/provisions.py); a rule posts them like payload fields.
DERIVED_AMOUNTS = {
    "lending.loan.classification_changed": ("provision_increase", "provision_release"),
    "lending.loan.written_off": ("provision_used", "write_off_loss", "provision_release"),
    "lending.loan.closed": ("provision_release",),
    "lending.loan.repayment_reallocated": (
        "principal_added", "principal_removed", "interest_added", "interest_removed", "penalty_added", "penalty_removed"),
}
DERIVED_AMOUNT_FIELDS = tuple(dict.fromkeys(f for fields in DERIVED_AMOUNTS.values() for f in fields))
AMOUNT_FIELDS = PAYLOAD_AMOUNT_FIELDS + DERIVED_AMOUNT_FIELDS
# `1310-{product_code}`: a literal header code, a dash, one payload field.
_TEMPLATE = re.compile(r"^([0-9]{4})-\{([a-z][a-z0-9_]{0,39})\}$")
# `{savings_account}`: an account the ledger picks from one payload field by its own map (the ledger
# owns the chart, so a savings product kind maps to its member-savings account here, not in savings).
DERIVED_ACCOUNTS: dict[str, tuple[str, dict[str, str]]] = {
    "savings_account": ("kind", {"compulsory": "2110", "voluntary": "2120", "dps": "2130", "fixed_deposit": "2140"}),
    # the other account of a transfer between a member's savings accounts
    "to_savings_account": ("to_kind", {"compulsory": "2110", "voluntary": "2120", "dps": "2130", "fixed_deposit": "2140"}),
}
_DERIVED_ACCOUNT = re.compile(r"^\{([a-z][a-z0-9_]{0,39})\}$")


class PostingRefused(Exception):
    """An event the ledger cannot post as the rules stand. The consumer retries it, then parks it
    on `<topic>.dlq`; once the rule or account is fixed, `palli-events replay` posts it."""


@dataclass(frozen=True)
class Template:
    """An account as a rule names it: a literal code, or a header code plus a payload field."""

    text: str
    header: str | None  # `1310` of `1310-{product_code}`
    field: str | None  # `product_code`, or the DERIVED_ACCOUNTS name of `{savings_account}`

    @property
    def literal(self) -> bool:
        return self.field is None

    @property
    def derived(self) -> bool:
        return self.header is None and self.field is not None

    def codes(self) -> tuple[str, ...]:
        """The accounts a literal or derived template can post to (a header template: its header)."""
        if self.derived:
            return tuple(DERIVED_ACCOUNTS[self.field][1].values())
        return (self.header or self.text,)


def parse_template(text: Any) -> Template | None:
    if not isinstance(text, str):
        return None
    if is_code(text):
        return Template(text, None, None)
    if (derived := _DERIVED_ACCOUNT.fullmatch(text)) and derived.group(1) in DERIVED_ACCOUNTS:
        return Template(text, None, derived.group(1))
    match = _TEMPLATE.fullmatch(text)
    return Template(text, match.group(1), match.group(2)) if match else None


def check_lines(lines: Any, event_type: str | None = None) -> list[dict[str, str]]:
    """The shape of a rule's lines (accounts are checked against the chart by the caller). Empty
    is a rule that posts nothing; otherwise it needs at least one debit and one credit. With the
    event type, a derived amount must be one that event type offers."""
    if not isinstance(lines, list):
        raise ValidationFailed("lines is a list of {side, account, amount}", field="lines")
    out = []
    for i, line in enumerate(lines):
        where = f"lines.{i}"
        if not isinstance(line, dict):
            raise ValidationFailed("a line is {side, account, amount}", field=where)
        extra = set(line) - {"side", "account", "amount"}
        if extra:
            raise ValidationFailed(f"unknown field {sorted(extra)[0]}; a line is {{side, account, amount}}", field=f"{where}.{sorted(extra)[0]}")
        if line.get("side") not in SIDES:
            raise ValidationFailed("side must be debit or credit", field=f"{where}.side")
        if parse_template(line.get("account")) is None:
            raise ValidationFailed(
                "account must be a code such as 1110 or 1310-ME, a header code and one payload field such as "
                f"1310-{{product_code}}, or one the ledger derives: {', '.join('{' + k + '}' for k in DERIVED_ACCOUNTS)}",
                field=f"{where}.account",
            )
        if line.get("amount") not in AMOUNT_FIELDS:
            raise ValidationFailed(f"amount names the event field to post, one of {', '.join(AMOUNT_FIELDS)}", field=f"{where}.amount")
        offered = DERIVED_AMOUNTS.get(event_type or "", ())
        if event_type is not None and line["amount"] in DERIVED_AMOUNT_FIELDS and line["amount"] not in offered:
            which = f"only {', '.join(offered)}" if offered else "none of them"
            raise ValidationFailed(
                f"{line['amount']} is worked out by the ledger for some loan events only; {event_type} offers {which}",
                field=f"{where}.amount",
            )
        out.append({"side": line["side"], "account": line["account"], "amount": line["amount"]})
    sides = {line["side"] for line in out}
    if out and sides != set(SIDES):
        missing = next(s for s in SIDES if s not in sides)
        raise ValidationFailed(f"a rule that posts needs at least one debit and one credit line; it has no {missing}", field="lines")
    return out


def resolve(template: Template, payload: dict[str, Any], where: str) -> str:
    """The account code a template names for this payload."""
    if template.literal:
        return template.text
    if template.derived:
        by, codes = DERIVED_ACCOUNTS[template.field]
        value = payload.get(by)
        if value not in codes:
            raise PostingRefused(f"{where}: account {template.text} is chosen by the event's {by}, one of {', '.join(codes)}; "
                                 f"got {value!r}")
        return codes[value]
    value = payload.get(template.field)
    code = f"{template.header}-{value}" if isinstance(value, str) else None
    if code is None or not is_code(code):
        raise PostingRefused(
            f"{where}: account {template.text} needs the event's {template.field} to be a code such as ME "
            f"(capitals, digits, dashes), got {value!r}"
        )
    return code


def amount_of(payload: dict[str, Any], field: str, where: str, *, signed: bool = False) -> int:
    """A payload's decimal taka field in poisha; refused unless an amount with at most two places,
    non-negative unless `signed` (a balance, which refunds after a payout can take below zero)."""
    value = payload.get(field)
    try:
        if not isinstance(value, str):
            raise InvalidOperation
        decimal = Decimal(value)
        scaled = decimal * 100
        if not decimal.is_finite() or scaled != scaled.to_integral_value() or (decimal < 0 and not signed):
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        kind = "decimal" if signed else "non-negative decimal"
        raise PostingRefused(f"{where}: the event's {field} is {value!r}, not a {kind} taka amount such as \"1250.00\"") from None
    return int(scaled)


def _derived(derived: Mapping[str, int], field: str, where: str) -> int:
    if field not in derived:
        raise PostingRefused(
            f"{where}: the rule posts {field}, which the ledger works out only for "
            f"{' and '.join(t for t, fields in DERIVED_AMOUNTS.items() if field in fields)}; fix the rule with "
            "PATCH /v1/ledger/posting-rules/{rule_id}"
        )
    return derived[field]


@dataclass(frozen=True)
class Line:
    account_code: str
    debit: int
    credit: int
    header: str | None = None  # set when the code came from a template: the header it is made under if missing


def build_lines(rule_lines: list[dict[str, str]], payload: dict[str, Any], where: str,
                derived: Mapping[str, int] | None = None) -> list[Line]:
    """One journal line per rule line with a non-zero amount; refused if the result does not balance.
    `derived`: the amounts (poisha) the ledger worked out for this event, named as DERIVED_AMOUNT_FIELDS."""
    derived = derived or {}
    out = []
    for rule_line in rule_lines:
        template = parse_template(rule_line.get("account")) if isinstance(rule_line, dict) else None
        if template is None or rule_line.get("side") not in SIDES or not isinstance(rule_line.get("amount"), str):
            raise PostingRefused(f"{where}: the rule has a malformed line {rule_line!r}; fix it with PATCH /v1/ledger/posting-rules/{{rule_id}}")
        amount = _derived(derived, rule_line["amount"], where) if rule_line["amount"] in DERIVED_AMOUNT_FIELDS \
            else amount_of(payload, rule_line["amount"], where)
        if amount == 0:
            continue  # a repayment with no penalty has no penalty line
        code = resolve(template, payload, where)
        debit = rule_line["side"] == "debit"
        out.append(Line(code, amount if debit else 0, 0 if debit else amount, template.header))
    debits, credits = sum(line.debit for line in out), sum(line.credit for line in out)
    if debits != credits:
        raise PostingRefused(
            f"{where}: the rule's lines do not balance for this event (debits {format_poisha(debits)}, credits "
            f"{format_poisha(credits)}); fix the rule's amount fields with PATCH /v1/ledger/posting-rules/{{rule_id}}"
        )
    return out
