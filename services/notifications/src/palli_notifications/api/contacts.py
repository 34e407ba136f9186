"""/v1/notifications/contacts/{member_id}: how notifications reaches a member (from members events)."""

import uuid

from fastapi import APIRouter

from palli_common.identity import CurrentIdentity
from palli_notifications.api.deps import DB
from palli_notifications.api.schemas import ContactOut, mask_mobile
from palli_notifications.service import messages

router = APIRouter(prefix="/v1/notifications/contacts", tags=["contacts"])


@router.get("/{member_id}", response_model=ContactOut, summary="A member's language, SMS consent and (masked) number")
async def get_contact(member_id: uuid.UUID, db: DB, who: CurrentIdentity):
    contact = await messages.get_contact(db, who, member_id)
    return ContactOut.model_validate({**contact.model_dump(), "mobile": mask_mobile(contact.mobile)})
