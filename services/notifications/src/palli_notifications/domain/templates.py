"""Message templates: which loan, savings and marketplace events a member is told about, the
placeholders each may use, parsing (`{name}`; `{{` and `}}` for literal braces) and rendering in
the member's language.

Members are told when money moves on their loan or they fall behind: disbursed, a repayment
received or reversed, prepaid, closed (fully repaid) and overdue (once, when an instalment first goes
unpaid). Not told: applications, approvals and rejections (the field officer tells them in person at the
samity meeting), write-off requests and write-offs (accounting; the member still owes) and
classification changes (provisioning). On savings she is told of every deposit, withdrawal and
interest credit, with the balance after it, and when a term matures or an account is closed and
paid out; not of holds (the manager explains a pledge in person)
or interest adjustments (paid with the next credit, which she is told of). As a producer she is told
of each advance and payout the marketplace pays her: how much, where it went and, for a payout, how
many sales it settles and what it recovered of her advances.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from palli_common.money import format_poisha, to_poisha
from palli_notifications.domain.formatting import format_count, format_date, format_taka

# placeholder -> how its value is shown
KINDS: dict[str, str] = {
    "name": "text", "product": "text", "account": "text",
    "amount": "money", "balance": "money", "principal": "money", "interest": "money", "penalty": "money", "outstanding": "money",
    "loan_principal": "money", "installment_amount": "money", "overdue": "money", "interest_waived": "money",
    "on": "date", "first_due_on": "date",
    "days_past_due": "count", "sales": "count",
    "paid_to": "paid_to", "recovery": "recovery",
}
COMMON = ("name", "product", "loan_principal", "on", "outstanding")
MESSAGE_TYPES: dict[str, tuple[str, ...]] = {
    "lending.loan.disbursed": (*COMMON, "installment_amount", "first_due_on"),
    "lending.loan.repayment_received": (*COMMON, "amount", "principal", "interest", "penalty"),
    "lending.loan.repayment_reversed": (*COMMON, "amount", "principal", "interest", "penalty"),
    "lending.loan.prepaid": (*COMMON, "amount", "principal", "interest", "interest_waived"),
    "lending.loan.closed": COMMON,
    "lending.loan.overdue": (*COMMON, "overdue", "days_past_due"),
}
SAVINGS_COMMON = ("name", "product", "account", "on", "amount", "balance")
SAVINGS_TYPES: dict[str, tuple[str, ...]] = {
    "savings.account.deposit_received": SAVINGS_COMMON,
    "savings.account.withdrawal_paid": SAVINGS_COMMON,
    "savings.account.interest_posted": SAVINGS_COMMON,
    "savings.account.matured": SAVINGS_COMMON,  # amount: what the term came to
    "savings.account.closed": SAVINGS_COMMON,  # amount: what was paid out
}
MESSAGE_TYPES.update(SAVINGS_TYPES)
MARKETPLACE_TYPES: dict[str, tuple[str, ...]] = {
    "marketplace.advance.paid": ("name", "on", "amount", "paid_to"),
    "marketplace.payout.paid": ("name", "on", "amount", "paid_to", "sales", "recovery"),
}
MESSAGE_TYPES.update(MARKETPLACE_TYPES)

# Phrases a template cannot spell with plain placeholders, in her language: where money went
# (`{paid_to}`: a payout channel, her wallet number after it) and what a payout recovered of her
# advances (`{recovery}`: a sentence, nothing when it recovered nothing).
PAID_TO: dict[str, dict[str, str]] = {
    "savings": {"bn": "আপনার সঞ্চয় হিসাবে", "en": "into your savings account"},
    "mobile_wallet": {"bn": "আপনার মোবাইল ওয়ালেটে", "en": "to your mobile wallet"},
    "cash": {"bn": "নগদে", "en": "in cash"},
}
RECOVERY = {"bn": " অগ্রিম বাবদ {amount} কাটা হয়েছে।", "en": " Advance recovered: {amount}."}

# Long but real values: a template must still fit its SMS budget when a member's name and
# amounts are this long (ME loans go up to Tk 10 lakh).
SAMPLE_VARIABLES: dict[str, Any] = {
    "product": "COVID-SME", "amount": "99999.99", "principal": "88888.88", "interest": "11111.11", "penalty": "999.99",
    "outstanding": "999999.99", "loan_principal": "1000000.00", "installment_amount": "99999.99", "overdue": "99999.99",
    "interest_waived": "99999.99", "balance": "9999999.99", "account": "FDR-01A24CC3C7", "on": "2026-11-23", "first_due_on": "2026-12-08", "days_past_due": 365,
    "sales": 999, "paid_to": {"channel": "mobile_wallet", "reference": "01712345678"}, "recovery": "99999.99",
}
SAMPLE_NAMES = {"bn": "মোছাম্মৎ রহিমা খাতুন বেগম", "en": "Mosammat Rahima Khatun Begum"}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class TemplateError(ValueError):
    pass


@dataclass(frozen=True)
class Field:
    name: str


def parse(body: str) -> list[str | Field]:
    """Literal text and placeholders, or TemplateError naming the first problem."""
    out: list[str | Field] = []
    literal: list[str] = []
    i = 0
    while i < len(body):
        char = body[i]
        if body.startswith("{{", i) or body.startswith("}}", i):
            literal.append(char)
            i += 2
        elif char == "{":
            match = _PLACEHOLDER.match(body, i)
            if match is None:
                raise TemplateError(f"unbalanced or malformed brace at character {i + 1}: write {{placeholder}}, or {{{{ for a literal brace")
            if literal:
                out.append("".join(literal))
                literal = []
            out.append(Field(match.group(1)))
            i = match.end()
        elif char == "}":
            raise TemplateError(f"unbalanced brace at character {i + 1}: write }}}} for a literal brace")
        else:
            literal.append(char)
            i += 1
    if literal:
        out.append("".join(literal))
    return out


def check(body: str, event_type: str) -> None:
    allowed = MESSAGE_TYPES[event_type]
    unknown = sorted({p.name for p in parse(body) if isinstance(p, Field) and p.name not in allowed})
    if unknown:
        names = ", ".join("{" + n + "}" for n in unknown)
        raise TemplateError(f"unknown placeholder {names}; {event_type} templates may use " + ", ".join("{" + a + "}" for a in allowed))


def _show(name: str, value: Any, language: str) -> str:
    kind = KINDS.get(name, "text")
    if value is None or value == "":
        return ""
    if kind == "money":
        return format_taka(str(value), language)
    if kind == "date":
        return format_date(date.fromisoformat(str(value)), language)
    if kind == "count":
        return format_count(int(value), language)
    if kind == "paid_to":
        channel, reference = value.get("channel"), value.get("reference")
        if channel not in PAID_TO:
            raise ValueError(f"no words for payout channel {channel!r}; there are for " + ", ".join(PAID_TO))
        return PAID_TO[channel][language] + (f" ({reference})" if channel == "mobile_wallet" and reference else "")
    if kind == "recovery":
        return RECOVERY[language].format(amount=format_taka(str(value), language)) if to_poisha(str(value)) else ""
    return str(value)


def render(body: str, variables: dict[str, Any], language: str) -> str:
    """The body with every placeholder replaced by its value shown in `language` (a missing value: empty)."""
    return "".join(p if isinstance(p, str) else _show(p.name, variables.get(p.name), language) for p in parse(body))


def _sum(payload: dict[str, Any], *fields: str) -> str:
    return format_poisha(sum(to_poisha(str(payload.get(f) or "0")) for f in fields))


def variables_of(event_type: str, payload: dict[str, Any], on: date) -> dict[str, Any]:
    """What a message of this event may show, as raw values (decimal taka strings, ISO dates)
    kept on the message, so it can be rendered later (held until the member's contact arrives) or
    again (a resend in the member's current language). The name comes from the contact."""
    if event_type in MARKETPLACE_TYPES:
        return _checked(event_type, {"on": payload.get("on") or on.isoformat(), "amount": payload.get("amount"),
                                     "paid_to": {"channel": payload.get("channel"), "reference": payload.get("reference")},
                                     "sales": (payload.get("statement") or {}).get("sales"), "recovery": payload.get("advance_recovered")})
    if event_type in SAVINGS_TYPES:
        return _checked(event_type, {"product": payload.get("product_code"), "account": payload.get("number"),
                                     "on": payload.get("on") or on.isoformat(), "amount": payload.get("amount"),
                                     "balance": payload.get("balance")})
    values: dict[str, Any] = {
        "product": payload.get("product_code"),
        "loan_principal": payload.get("loan_principal"),
        "on": payload.get("on") or on.isoformat(),
        "outstanding": _sum(payload, "outstanding_principal", "outstanding_interest", "outstanding_penalty"),
    }
    optional = ("amount", "principal", "interest", "penalty", "installment_amount", "first_due_on", "interest_waived", "days_past_due")
    values.update({name: payload[name] for name in optional if payload.get(name) is not None})
    if event_type == "lending.loan.overdue":
        values["overdue"] = _sum(payload, "overdue_principal", "overdue_interest")
    return _checked(event_type, values)


def _checked(event_type: str, values: dict[str, Any]) -> dict[str, Any]:
    allowed = MESSAGE_TYPES[event_type]
    values = {k: v for k, v in values.items() if k in allowed}
    for name, value in values.items():  # a malformed amount or date fails this event now, not a later render
        _show(name, value, "en")
    return values
