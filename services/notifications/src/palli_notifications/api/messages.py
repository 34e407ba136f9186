"""/v1/notifications/messages: what each member was sent (or why not), and resending a failed one."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_notifications.adapters.tables import Message
from palli_notifications.api.deps import DB
from palli_notifications.api.schemas import EventType, HistoryOut, MessageDetailOut, MessageOut, MessageStatus, mask_mobile
from palli_notifications.service import messages

router = APIRouter(prefix="/v1/notifications/messages", tags=["messages"])


def message_out(message: Message) -> MessageOut:
    return MessageOut.model_validate({**message.model_dump(), "to": mask_mobile(message.to)})


@router.get("", response_model=Page[MessageOut], summary="Messages, newest first, in your branches")
async def list_messages(
    db: DB, who: CurrentIdentity, page: PageQuery, member_id: uuid.UUID | None = None, branch_id: uuid.UUID | None = None,
    status: MessageStatus | None = None, event_type: Annotated[EventType | None, Query(description="e.g. lending.loan.disbursed")] = None,
):
    rows = await messages.list_messages(db, who, page, member_id=member_id, status=status, event_type=event_type, branch_id=branch_id)
    return make_page(rows, page, lambda m: [str(m.id)], message_out)


@router.get("/{message_id}", response_model=MessageDetailOut, summary="A message with its text, cost and every status it went through")
async def get_message(message_id: uuid.UUID, db: DB, who: CurrentIdentity):
    message, history = await messages.get_message(db, who, message_id)
    return MessageDetailOut(**message_out(message).model_dump(), history=[HistoryOut.model_validate(h.model_dump()) for h in history])


@router.post("/{message_id}/resend", response_model=MessageOut,
             summary="Send a failed message again (new reference, the member's current number and language); 409 unless failed")
async def resend(message_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return message_out(await messages.resend(db, who, message_id))
