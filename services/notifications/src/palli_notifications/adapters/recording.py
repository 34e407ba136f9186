"""The development provider: "sends" by writing the message to `recorded_sms` and reports it
delivered at once. Like a real gateway that dedupes by client reference, a reference it has seen
is not recorded again: it answers with the first send's id."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from palli_common.db import Database
from palli_common.ids import uuid7
from palli_notifications.adapters.sms import OutgoingSms, SendOutcome
from palli_notifications.adapters.tables import RecordedSms


class RecordingProvider:
    name = "recording"

    def __init__(self, db: Database, *, sender_id: str = "PALLI"):
        self.db = db
        self.sender_id = sender_id

    async def send(self, sms: OutgoingSms) -> SendOutcome:
        async with self.db.sessions() as s:
            existing = await s.get(RecordedSms, sms.reference)
            if existing is not None:
                return SendOutcome.sent(existing.provider_message_id, delivered=True)
            row = RecordedSms(
                reference=sms.reference, provider_message_id=f"rec-{uuid7().hex}", to=sms.to, sender_id=self.sender_id,
                body=sms.text, encoding=sms.encoding, segments=sms.segments, recorded_at=datetime.now(UTC),
            )
            s.add(row)
            try:
                await s.commit()
            except IntegrityError:  # a concurrent send of the same reference won
                await s.rollback()
                existing = await s.get(RecordedSms, sms.reference)
                return SendOutcome.sent(existing.provider_message_id if existing else None, delivered=True)
            return SendOutcome.sent(row.provider_message_id, delivered=True)

    async def aclose(self) -> None:
        return None
