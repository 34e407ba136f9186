from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

def _storable(text: str) -> str:
    """JSON may carry a lone surrogate (\\ud800), which can be neither stored nor sent as SMS text.
    (A NUL never gets this far: palli_common.text_guard refuses it for every service.)"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from exc
    return text


Language = Literal["bn", "en"]
MessageStatus = Literal["held", "queued", "sending", "sent", "delivered", "failed", "suppressed"]
EventType = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80), AfterValidator(_storable)]
Body = Annotated[str, StringConstraints(min_length=1, max_length=5000), AfterValidator(_storable)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def mask_mobile(mobile: str | None) -> str | None:
    """+8801712345678 -> +8801*******678: enough to tell numbers apart on a screen, not to dial."""
    if not mobile:
        return None
    keep_head = 5 if mobile.startswith("+880") else 0
    return mobile[:keep_head] + "*" * max(len(mobile) - keep_head - 3, 0) + mobile[-3:]


class MessageOut(BaseModel):
    id: uuid.UUID
    member_id: uuid.UUID
    branch_id: uuid.UUID
    loan_id: uuid.UUID | None
    source_event_id: uuid.UUID
    source_event_type: str
    channel: str
    status: str
    reason: str | None = Field(description="suppressed: exited member, opted out, no mobile, no or disabled template; held: contact unknown")
    language: str | None
    to: str | None = Field(description="the member's number, masked")
    body: str | None
    encoding: str | None = Field(description="GSM-7 or UCS-2")
    segments: int | None = Field(description="SMS parts the text takes (what the gateway bills)")
    attempts: int
    resends: int
    last_error: str | None
    provider_message_id: str | None
    next_attempt_at: datetime | None
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    delivered_at: datetime | None


class HistoryOut(BaseModel):
    at: datetime
    status: str = Field(description="held, queued, suppressed, sending, retry, sent, delivered, failed, resend, readdressed")
    attempt: int | None
    detail: str | None
    actor: str | None


class MessageDetailOut(MessageOut):
    history: list[HistoryOut]


class ContactOut(BaseModel):
    member_id: uuid.UUID
    branch_id: uuid.UUID
    mobile: str | None = Field(description="masked: the last three digits")
    language: str
    sms_consent: bool
    status: str
    updated_at: datetime


class TemplateIn(Strict):
    body: Body = Field(description="text with {placeholders}; {{ and }} for literal braces")
    enabled: bool = Field(default=True, description="false: members are not messaged about this event in this language")


class PreviewIn(Strict):
    event_type: EventType
    language: Language = "bn"
    body: Body | None = Field(default=None, description="the stored template when left out")


class PreviewOut(BaseModel):
    event_type: str
    language: str
    text: str = Field(description="the body rendered with long sample names and amounts")
    encoding: str
    units: int = Field(description="septets (GSM-7) or UTF-16 code units (UCS-2)")
    segments: int
    per_segment: int


class TemplateOut(BaseModel):
    event_type: str
    language: str
    body: str
    enabled: bool
    version: int
    updated_at: datetime
    updated_by: str | None
    placeholders: list[str]
    preview: PreviewOut


class DeliveryReportIn(Strict):
    provider_message_id: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), AfterValidator(_storable)] | None = None
    reference: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20), AfterValidator(_storable)] | None = None
    status: Literal["delivered", "failed", "expired"]
    at: AwareDatetime | None = None
    error: Annotated[str, StringConstraints(max_length=500), AfterValidator(_storable)] | None = None

    @model_validator(mode="after")
    def _one_id(self) -> "DeliveryReportIn":
        if not self.provider_message_id and not self.reference:
            raise ValueError("give provider_message_id or reference")
        return self
