from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from palli_gateway.auth.principal import ROLES, SCOPES


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "Bearer"
    expires_in: int = Field(description="seconds")
    scope: str = ""
    refresh_token: str | None = Field(default=None, description="password and refresh_token grants only; single use")


class MeOut(BaseModel):
    subject: str
    kind: str = Field(description="staff or partner")
    username: str | None
    roles: list[str]
    scopes: list[str]
    branch_ids: list[uuid.UUID] | None = Field(description="null: every branch")
    expires_at: datetime


def _roles(value: list[str]) -> list[str]:
    unknown = sorted(set(value) - set(ROLES))
    if unknown:
        raise ValueError(f"unknown roles {unknown}; roles are {', '.join(ROLES)}")
    if not value:
        raise ValueError("give at least one role")
    return sorted(set(value))


def _scopes(value: list[str]) -> list[str]:
    unknown = sorted(set(value) - set(SCOPES))
    if unknown:
        raise ValueError(f"unknown scopes {unknown}; scopes are {', '.join(SCOPES)}")
    return sorted(set(value))


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9._@-]+$")
    full_name: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=10, max_length=256)
    roles: list[str]
    branch_id: uuid.UUID | None = Field(default=None, description="home branch; null for head office staff who see every branch")

    _check_roles = field_validator("roles")(_roles)


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    full_name: str | None = Field(default=None, min_length=1, max_length=120)
    password: str | None = Field(default=None, min_length=10, max_length=256)
    roles: list[str] | None = None
    branch_id: uuid.UUID | None = None
    head_office: bool | None = Field(default=None, description="true clears branch_id (sees every branch)")
    active: bool | None = None

    @field_validator("roles")
    @classmethod
    def _check_roles(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _roles(value)


class UserOut(BaseModel):
    id: uuid.UUID
    username: str
    full_name: str
    roles: list[str]
    branch_id: uuid.UUID | None
    active: bool
    locked_until: datetime | None
    failed_logins: int
    version: int
    created_at: datetime
    updated_at: datetime


class ClientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=120)
    scopes: list[str] = Field(min_length=1)
    branch_ids: list[uuid.UUID] | None = Field(description="branches whose data the partner may see; null: every branch")

    _check_scopes = field_validator("scopes")(_scopes)


class ClientUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, min_length=1, max_length=120)
    scopes: list[str] | None = None
    branch_ids: list[uuid.UUID] | None = None
    all_branches: bool | None = Field(default=None, description="true clears branch_ids (every branch)")
    active: bool | None = None

    @field_validator("scopes")
    @classmethod
    def _check_scopes(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _scopes(value)


class SecretOut(BaseModel):
    id: uuid.UUID
    hint: str = Field(description="last characters of the secret")
    created_at: datetime
    expires_at: datetime | None


class ClientOut(BaseModel):
    client_id: str
    name: str
    scopes: list[str]
    branch_ids: list[uuid.UUID] | None
    active: bool
    secrets: list[SecretOut]
    version: int
    created_at: datetime
    updated_at: datetime


class ClientWithSecret(ClientOut):
    client_secret: str = Field(description="shown once; only its hash is kept")


class SecretRotate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    previous_valid_hours: int = Field(default=24, ge=0, le=720, description="how long the current secrets keep working")


class NewSecretOut(BaseModel):
    client_id: str
    secret_id: uuid.UUID
    client_secret: str = Field(description="shown once; only its hash is kept")
    previous_secrets_expire_at: datetime | None


class AuditOut(BaseModel):
    id: uuid.UUID
    at: datetime
    subject: str | None
    username: str | None
    client_id: str | None
    method: str
    route: str
    path: str
    status: int
    request_id: str
    address: str | None
    duration_ms: float
