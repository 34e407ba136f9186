"""Members' own tables. Enums are stored as short strings (no database enum types to migrate)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Column, Index, Numeric, String, text, true
from sqlmodel import Field, SQLModel

from palli_common.tables import InboxRecord, OutboxRecord, utc_column  # noqa: F401  (same metadata: migrations create them)


class Branch(SQLModel, table=True):
    __tablename__ = "branches"

    id: uuid.UUID = Field(primary_key=True)
    code: str = Field(max_length=20, unique=True)
    name: str = Field(max_length=120)
    division: str = Field(max_length=60)
    district: str = Field(max_length=60)
    upazila: str = Field(max_length=60)
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class Staff(SQLModel, table=True):
    __tablename__ = "staff"

    id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID = Field(foreign_key="branches.id", index=True)
    name: str = Field(max_length=120)
    role: str = Field(max_length=30)
    mobile: str = Field(max_length=16)
    active: bool = True
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class Group(SQLModel, table=True):
    __tablename__ = "groups"
    __table_args__ = (Index("uq_groups_branch_name", "branch_id", "name", unique=True),)

    id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID = Field(foreign_key="branches.id", index=True)
    name: str = Field(max_length=120)
    meeting_day: str = Field(max_length=10)
    meeting_place: str = Field(max_length=200)
    formation_date: date
    field_officer_id: uuid.UUID | None = Field(default=None, foreign_key="staff.id")
    # Leader and secretary reference members; no FK because members reference groups (a cycle).
    leader_id: uuid.UUID | None = None
    secretary_id: uuid.UUID | None = None
    member_limit: int = 40
    status: str = Field(max_length=12, index=True)
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class Member(SQLModel, table=True):
    __tablename__ = "members"
    __table_args__ = (
        # One live membership per NID; exited members keep their history and may rejoin later.
        Index(
            "uq_members_live_nid",
            "nid",
            unique=True,
            postgresql_where=text("status <> 'exited'"),
            sqlite_where=text("status <> 'exited'"),
        ),
        Index("ix_members_group_status", "group_id", "status"),
        Index("ix_members_branch_status", "branch_id", "status"),
    )

    id: uuid.UUID = Field(primary_key=True)
    branch_id: uuid.UUID = Field(foreign_key="branches.id")
    group_id: uuid.UUID = Field(foreign_key="groups.id")
    name_bn: str = Field(max_length=120)
    name_en: str = Field(max_length=120, index=True)
    gender: str = Field(max_length=12)
    date_of_birth: date
    nid: str = Field(max_length=17, index=True)
    mobile: str = Field(max_length=16, index=True)
    division: str = Field(max_length=60)
    district: str = Field(max_length=60)
    upazila: str = Field(max_length=60)
    union: str | None = Field(default=None, max_length=80)
    household_monthly_income: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))  # poisha
    land_holding_decimals: Decimal = Field(default=Decimal(0), sa_column=Column(Numeric(12, 2), nullable=False))
    # Messaging preferences, published for the notifications service. The registration form records
    # SMS consent, so it starts true; a member opts out by PATCH. Server defaults fill rows from before.
    language: str = Field(default="bn", sa_column=Column(String(2), nullable=False, server_default="bn"))
    sms_consent: bool = Field(default=True, sa_column=Column(Boolean, nullable=False, server_default=true()))
    status: str = Field(max_length=12)
    status_reason: str | None = Field(default=None, max_length=500)
    joined_on: date
    version: int = 1
    created_at: datetime = Field(sa_column=utc_column())
    updated_at: datetime = Field(sa_column=utc_column())


class LoanCopy(SQLModel, table=True):
    """What members knows of a member's loans, from `lending.loan` events: enough to refuse a
    transfer to another branch while one is open (the loan's books stay in its branch)."""

    __tablename__ = "loan_copies"
    __table_args__ = (Index("ix_loan_copies_member_status", "member_id", "status"),)

    loan_id: uuid.UUID = Field(primary_key=True)
    member_id: uuid.UUID
    branch_id: uuid.UUID
    status: str = Field(max_length=16)
    aggregate_version: int  # the loan's version in the last applied event; older events are ignored
    updated_at: datetime = Field(sa_column=utc_column())
