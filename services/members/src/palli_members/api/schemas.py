"""Request and response bodies. Money is a decimal string; ids are UUIDs; dates ISO 8601."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StringConstraints, field_serializer

from palli_common.money import MoneyOut, NonNegativeMoneyIn
from palli_members.domain.lifecycle import Gender, GroupStatus, Language, MemberStatus, Weekday

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
LandDecimals = Annotated[Decimal, Field(ge=0, le=1_000_000, max_digits=12, decimal_places=2)]
# A household's monthly income; the cap (1 crore taka) catches typing slips long before storage limits.
def _income_cap(poisha: int) -> int:
    if poisha > 1_000_000_000:
        raise ValueError("monthly household income above 10000000.00 taka is not plausible")
    return poisha


Income = Annotated[NonNegativeMoneyIn, AfterValidator(_income_cap)]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt field is an error, not silently ignored




STAFF_ROLES = ("field_officer", "branch_manager", "accountant", "trainer", "marketplace_operator", "auditor")
StaffRoleName = Annotated[str, StringConstraints(pattern="^(" + "|".join(STAFF_ROLES) + ")$")]


# --- branches and staff -----------------------------------------------------------------------

class BranchCreate(StrictModel):
    code: Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9-]{1,19}$")]
    name: Name
    district: Name
    upazila: Name


class BranchUpdate(StrictModel):
    name: Name | None = None
    district: Name | None = None
    upazila: Name | None = None


class BranchOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    code: str
    name: str
    division: str
    district: str
    upazila: str
    version: int
    created_at: datetime
    updated_at: datetime


class StaffCreate(StrictModel):
    name: Name
    role: StaffRoleName = "field_officer"
    mobile: Annotated[str, StringConstraints(max_length=20)]


class StaffUpdate(StrictModel):
    name: Name | None = None
    role: StaffRoleName | None = None
    mobile: Annotated[str, StringConstraints(max_length=20)] | None = None
    active: bool | None = None


class StaffOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    branch_id: uuid.UUID
    name: str
    role: str
    mobile: str
    active: bool
    version: int


# --- groups -----------------------------------------------------------------------------------

class GroupCreate(StrictModel):
    branch_id: uuid.UUID
    name: Name
    meeting_day: Weekday
    meeting_place: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
    formation_date: date
    field_officer_id: uuid.UUID | None = None
    member_limit: Annotated[int, Field(ge=5, le=60)] = 40


class GroupUpdate(StrictModel):
    name: Name | None = None
    meeting_day: Weekday | None = None
    meeting_place: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)] | None = None
    field_officer_id: uuid.UUID | None = None
    leader_id: uuid.UUID | None = None
    secretary_id: uuid.UUID | None = None
    member_limit: Annotated[int, Field(ge=5, le=60)] | None = None


class StatusChange(StrictModel):
    reason: Reason | None = None


class RequiredReason(StrictModel):
    reason: Reason


class GroupOut(BaseModel):
    id: uuid.UUID
    branch_id: uuid.UUID
    name: str
    meeting_day: Weekday
    meeting_place: str
    formation_date: date
    field_officer_id: uuid.UUID | None
    leader_id: uuid.UUID | None
    secretary_id: uuid.UUID | None
    member_limit: int
    member_count: int
    status: GroupStatus
    version: int


# --- members ----------------------------------------------------------------------------------

class AddressIn(StrictModel):
    division: Name
    district: Name
    upazila: Name
    union: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)] | None = None


class AddressOut(BaseModel):
    division: str
    district: str
    upazila: str
    union: str | None


SMS_CONSENT = "The member agrees to SMS (recorded on the registration form, so true unless they decline)"


class MemberCreate(StrictModel):
    group_id: uuid.UUID
    name_bn: Name = Field(description="Name in Bangla script")
    name_en: Name = Field(description="Name in Latin script")
    gender: Gender
    date_of_birth: date
    nid: Annotated[str, StringConstraints(max_length=40)] = Field(description="National ID: 10, 13 or 17 digits")
    mobile: Annotated[str, StringConstraints(max_length=20)] = Field(description="01XXXXXXXXX or +8801XXXXXXXXX")
    address: AddressIn
    household_monthly_income: Income = Field(description='Decimal taka, e.g. "12000.00"')
    land_holding_decimals: LandDecimals = Field(description="Land held, in decimals (1/100 acre)")
    joined_on: date | None = None
    language: Language = Field(Language.BN, description="Language of the member's messages: bn (default) or en")
    # Strict: consent is a JSON true or false; a string like "no" or a number is refused, not coerced.
    sms_consent: StrictBool = Field(True, description=SMS_CONSENT)


class MemberUpdate(StrictModel):
    name_bn: Name | None = None
    name_en: Name | None = None
    gender: Gender | None = None
    date_of_birth: date | None = None
    nid: Annotated[str, StringConstraints(max_length=40)] | None = None
    mobile: Annotated[str, StringConstraints(max_length=20)] | None = None
    address: AddressIn | None = None
    household_monthly_income: Income | None = None
    land_holding_decimals: LandDecimals | None = None
    language: Language | None = None
    sms_consent: StrictBool | None = Field(None, description="false: the member opts out of SMS")


class TransferIn(StrictModel):
    group_id: uuid.UUID
    reason: Reason | None = None


class MemberOut(BaseModel):
    id: uuid.UUID
    branch_id: uuid.UUID
    group_id: uuid.UUID
    name_bn: str
    name_en: str
    gender: Gender
    date_of_birth: date
    nid: str
    mobile: str
    address: AddressOut
    household_monthly_income: MoneyOut
    land_holding_decimals: Decimal
    language: Language
    sms_consent: bool
    status: MemberStatus
    status_reason: str | None
    joined_on: date
    version: int
    created_at: datetime
    updated_at: datetime

    @field_serializer("land_holding_decimals")
    def _land(self, value: Decimal) -> str:
        return f"{value:.2f}"
