from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints


def _storable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from exc
    return text


EventTypeEntry = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120), AfterValidator(_storable)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000), AfterValidator(_storable)]
DeliveryState = Literal["pending", "sending", "delivered", "failed", "cancelled"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EndpointIn(Strict):
    url: Url = Field(description="https:// URL the deliveries are POSTed to", examples=["https://partner.example.org/palli/webhooks"])
    event_types: list[EventTypeEntry] = Field(
        min_length=1, max_length=50,
        description="Event types (`lending.loan.disbursed`) or families (`lending.loan.*`) from GET /v1/webhooks/event-types "
                    "that your scopes allow", examples=[["lending.loan.disbursed", "lending.loan.closed"]])
    description: Annotated[str, StringConstraints(max_length=200), AfterValidator(_storable)] | None = None


class EndpointOut(BaseModel):
    id: uuid.UUID
    owner: str = Field(description="the partner's client id, or the admin who registered it")
    owner_kind: Literal["partner", "staff"]
    url: str
    description: str | None
    event_types: list[str]
    branch_ids: list[str] | None = Field(description="the partner's branches (events of other branches are not sent); null: every branch")
    status: Literal["active", "deleted"]
    secret_rotated_at: datetime | None
    previous_secret_expires_at: datetime | None = Field(description="until then the previous secret signs too (a second v1)")
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


class EndpointCreated(EndpointOut):
    secret: str = Field(description="the signing secret, shown this once: keep it to verify Palli-Signature")


class SecretRotated(BaseModel):
    endpoint_id: uuid.UUID
    secret: str = Field(description="the new signing secret, shown this once")
    previous_secret_expires_at: datetime | None = Field(description="the previous secret signs beside the new one until then")


class DeliveryOut(BaseModel):
    id: uuid.UUID = Field(description="the Palli-Webhook-Id header: the same on every attempt of this delivery")
    endpoint_id: uuid.UUID
    event_id: uuid.UUID
    event_type: str
    state: DeliveryState
    attempts: int
    last_status_code: int | None
    last_error: str | None
    next_attempt_at: datetime | None
    first_attempt_at: datetime | None
    last_attempt_at: datetime | None
    delivered_at: datetime | None
    replay_of: uuid.UUID | None = Field(description="a replay: the event's first delivery to this endpoint")
    replay_number: int
    created_by: str | None
    created_at: datetime


class EventTypeOut(BaseModel):
    event_type: str
    scopes: list[str] = Field(description="partner scopes, any one of which lets a partner subscribe")
    allowed: bool = Field(description="whether you may subscribe to it")
