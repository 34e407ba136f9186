"""/v1/savings/accounts/{id}: transfers between her accounts, block and unblock, closure with payout."""

import uuid

from fastapi import APIRouter, Response, status

from palli_common.concurrency import set_etag
from palli_common.identity import CurrentIdentity
from palli_common.idempotency import Idempotent
from palli_savings.api.deps import DB, Settings
from palli_savings.api.schemas import AccountOut, ClosureIn, ClosureOut, StatusChange, TransactionOut, TransferIn, TransferOut
from palli_savings.service import dormancy, lifecycle
from palli_savings.service.common import business_today

router = APIRouter(prefix="/v1/savings/accounts", tags=["savings accounts"])


def _account(account, response: Response) -> AccountOut:  # noqa: ANN001
    set_etag(response, account.version)
    return AccountOut.model_validate(account.model_dump())


@router.post("/{account_id}/transfers", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=TransferOut,
             summary="Move money to another of her accounts (the withdrawal rules hold on this side)")
async def transfer(account_id: uuid.UUID, body: TransferIn, db: DB, who: CurrentIdentity, settings: Settings, response: Response):
    account, out, into = await lifecycle.transfer(db, who, account_id, to_account_id=body.to_account_id, amount=body.amount, on=body.on,
                                                  reference=body.reference, settings=settings, backdate_reason=body.backdate_reason)
    set_etag(response, account.version)
    return TransferOut(transfer_out=TransactionOut.model_validate(out.model_dump()),
                       transfer_in=TransactionOut.model_validate(into.model_dump()))


@router.post("/{account_id}/block", dependencies=[Idempotent], response_model=AccountOut,
             summary="Block the account: no money in or out until unblocked (it still earns interest)")
async def block(account_id: uuid.UUID, body: StatusChange, db: DB, who: CurrentIdentity, response: Response):
    return _account(await lifecycle.block(db, who, account_id, body.reason), response)


@router.post("/{account_id}/unblock", dependencies=[Idempotent], response_model=AccountOut, summary="Unblock the account")
async def unblock(account_id: uuid.UUID, body: StatusChange, db: DB, who: CurrentIdentity, response: Response):
    return _account(await lifecycle.unblock(db, who, account_id, body.reason), response)


@router.post("/{account_id}/reactivate", dependencies=[Idempotent], response_model=AccountOut,
             summary="Make an inactive or dormant account active again (a manager, having seen her)")
async def reactivate(account_id: uuid.UUID, body: StatusChange, db: DB, who: CurrentIdentity, response: Response):
    return _account(await dormancy.reactivate_account(db, who, account_id, body.reason, business_today()), response)


@router.post("/{account_id}/closure", dependencies=[Idempotent], response_model=ClosureOut,
             summary="Close the account: interest to the day before, then the whole balance paid out")
async def close(account_id: uuid.UUID, body: ClosureIn, db: DB, who: CurrentIdentity, settings: Settings, response: Response):
    account, payout = await lifecycle.close(db, who, account_id, channel=body.channel, to_account_id=body.to_account_id, on=body.on,
                                            reason=body.reason, settings=settings, backdate_reason=body.backdate_reason)
    set_etag(response, account.version)
    return ClosureOut(account=AccountOut.model_validate(account.model_dump()),
                      payout=TransactionOut.model_validate(payout.model_dump()) if payout else None)
