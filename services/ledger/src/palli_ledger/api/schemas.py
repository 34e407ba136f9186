"""Bodies of /v1/ledger/accounts and /v1/ledger/posting-rules."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from palli_ledger.domain.accounts import CODE_PATTERN

AccountType = Literal["asset", "liability", "equity", "income", "expense"]
Code = Annotated[str, StringConstraints(strip_whitespace=True, pattern=CODE_PATTERN, max_length=35)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=160)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]
EventType = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){2}$", max_length=200)]
Channel = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Description = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored


# --- accounts ---------------------------------------------------------------------------------

class AccountCreate(StrictModel):
    code: Code = Field(description="four digits, optionally a dash and a suffix: 1120, 1310-ME")
    name: Name
    name_bn: Name | None = None
    type: AccountType
    parent_code: Code | None = Field(default=None, description="a header of the same type; a suffixed code defaults to its four digits")
    is_header: bool = Field(default=False, description="groups sub-accounts in reports and takes no postings")
    contra: bool = Field(default=False, description="holds the opposite balance of its type (loan-loss provision)")
    description: Text | None = None


class AccountUpdate(StrictModel):
    """The fields sent change. An account with postings keeps its type and contra flag."""

    name: Name | None = None
    name_bn: Name | None = None
    description: Text | None = None
    active: bool | None = Field(default=None, description="false: no new postings (rules naming it are refused)")
    type: AccountType | None = None
    contra: bool | None = None


class AccountOut(BaseModel):
    id: uuid.UUID
    code: str
    name: str
    name_bn: str | None
    type: str
    parent_code: str | None
    is_header: bool
    contra: bool
    normal_balance: Literal["debit", "credit"]
    active: bool
    description: str | None
    version: int
    created_by: str | None
    created_at: datetime
    updated_at: datetime


# --- posting rules ----------------------------------------------------------------------------

class RuleLine(StrictModel):
    side: Literal["debit", "credit"]
    account: Annotated[str, StringConstraints(strip_whitespace=True, min_length=4, max_length=80)] = Field(
        description="an account code (1110) or a header code and one event field (1310-{product_code})")
    amount: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)] = Field(
        description="the event's decimal field to post: amount, principal, interest, penalty, ...")


class RuleCreate(StrictModel):
    event_type: EventType = Field(description="e.g. lending.loan.fee_charged")
    channel: Channel | None = Field(default=None, description="cash, mobile_wallet, savings...; null: any channel without a rule of its own")
    description: Description
    lines: list[RuleLine] = Field(max_length=20, description="[] (with no_posting: true) for an event that moves no money")
    no_posting: bool = Field(default=False, description="true says, on purpose, that the event books nothing (lines [])")
    active: bool = True


class RuleUpdate(StrictModel):
    description: Description | None = None
    lines: list[RuleLine] | None = Field(default=None, max_length=20)
    no_posting: bool | None = Field(default=None, description="true with lines []: the event books nothing from now on")
    active: bool | None = None


class RuleOut(BaseModel):
    id: uuid.UUID
    event_type: str
    channel: str | None
    description: str
    lines: list[dict[str, Any]]
    no_posting: bool = Field(description="the rule books nothing for its event (lines [])")
    active: bool
    version: int
    created_by: str | None
    created_at: datetime
    updated_at: datetime


# --- book changes (maker-checker for rules and the chart) ------------------------------------

class BookChangeOut(BaseModel):
    id: uuid.UUID
    target: Literal["posting_rule", "account"]
    action: Literal["create", "update"]
    target_key: str | None = Field(description="the rule id or account code (a new rule's once applied)")
    base_version: int | None = Field(description="an update: the target's version it was proposed on")
    changes: dict[str, Any] = Field(description="what was proposed")
    status: Literal["pending", "applied", "rejected"]
    result: dict[str, Any] | None = Field(description="the rule or account as applied")
    proposed_by: str
    proposed_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    reason: str | None = Field(description="why it was rejected")
    version: int


class BookChangeRejectIn(StrictModel):
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
