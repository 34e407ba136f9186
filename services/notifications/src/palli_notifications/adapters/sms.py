"""The SMS provider interface the dispatcher sends through, and the factory that picks one from settings.

A provider gets one message with our client reference and answers with an outcome; it never raises
for the gateway's answers. `transient` means try again later with the SAME reference (timeouts,
connection errors, 5xx, 429, an unreadable answer: the gateway may have taken the message, and a
gateway that dedupes by reference will not send it twice); `permanent` means this message will never
go as it is (a 4xx, a refused number, bad credentials).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from palli_common.db import Database
from palli_notifications.settings import NotificationsSettings


@dataclass(frozen=True)
class OutgoingSms:
    reference: str  # unique per send series; the gateway's client reference (csms_id)
    to: str  # +8801XXXXXXXXX
    text: str
    encoding: str  # GSM-7 | UCS-2
    segments: int


@dataclass(frozen=True)
class SendOutcome:
    kind: Literal["sent", "transient", "permanent"]
    provider_message_id: str | None = None
    delivered: bool = False  # the provider already knows it reached the phone
    error: str | None = None

    @classmethod
    def sent(cls, provider_message_id: str | None, *, delivered: bool = False) -> "SendOutcome":
        return cls("sent", provider_message_id=provider_message_id, delivered=delivered)

    @classmethod
    def transient(cls, error: str) -> "SendOutcome":
        return cls("transient", error=error)

    @classmethod
    def permanent(cls, error: str) -> "SendOutcome":
        return cls("permanent", error=error)


class SmsProvider(Protocol):
    name: str

    async def send(self, sms: OutgoingSms) -> SendOutcome: ...

    async def aclose(self) -> None: ...


def make_provider(settings: NotificationsSettings, db: Database) -> SmsProvider:
    if settings.sms_provider == "http":
        from palli_notifications.adapters.http_gateway import HttpSmsProvider

        return HttpSmsProvider(settings)
    from palli_notifications.adapters.recording import RecordingProvider

    return RecordingProvider(db, sender_id=settings.sms_sender_id)
