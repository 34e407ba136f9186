"""/v1/notifications/delivery-reports: the SMS gateway tells us a message reached the phone, or did not
(a partner client with the notifications:report scope, through the gateway)."""

from fastapi import APIRouter

from palli_common.identity import CurrentIdentity
from palli_notifications.api.deps import DB
from palli_notifications.api.messages import message_out
from palli_notifications.api.schemas import DeliveryReportIn, MessageOut
from palli_notifications.service import messages

router = APIRouter(prefix="/v1/notifications/delivery-reports", tags=["delivery reports"])


@router.post("", response_model=MessageOut,
             summary="Record a delivery report by provider message id or our reference (idempotent); failed/expired can be resent")
async def report(body: DeliveryReportIn, db: DB, who: CurrentIdentity):
    message = await messages.delivery_report(db, who, provider_message_id=body.provider_message_id, reference=body.reference,
                                             status=body.status, at=body.at, error=body.error)
    return message_out(message)
