"""/v1/marketplace: what producers are owed and paid (payout destinations, statements, payouts on
demand and settlement runs), advances on orders, customers' returns and stock adjustments. Money
routes take an Idempotency-Key; a settlement run needs none (run again, it pays only who is still
owed)."""

import uuid

from fastapi import APIRouter, status

from palli_common.idempotency import Idempotent
from palli_common.identity import CurrentIdentity
from palli_marketplace.api.deps import DB, Settings
from palli_marketplace.api.schemas import LotOut
from palli_marketplace.api.settlement_schemas import (AdjustmentCreate, AdjustmentOut, AdvanceOut, AdvanceRequest, Arrival, EntryOut,
                                                      PayoutDestination, PayoutOut, PayoutRequest, ProducerAccount, ReturnCreate, ReturnOut,
                                                      SettlementOut, SettlementRequest, StatementOut)
from palli_marketplace.service import adjustments, advances, payouts, returns, stock

router = APIRouter(prefix="/v1/marketplace", tags=["marketplace settlement"])


def _account(producer, outstanding: int) -> dict:  # noqa: ANN001
    return {"producer_id": producer.id, "member_id": producer.member_id, "branch_id": producer.branch_id, "name": producer.name,
            "name_bn": producer.name_bn, "balance": producer.balance, "advance_outstanding": outstanding, "payout_channel": producer.payout_channel,
            "payout_savings_account_id": producer.payout_savings_account_id, "payout_wallet": producer.payout_wallet}


@router.put("/producers/{producer_id}/payout-destination", response_model=ProducerAccount,
            summary="Choose how she is paid: into her voluntary savings, to her mobile wallet, or in cash")
async def set_destination(producer_id: uuid.UUID, body: PayoutDestination, db: DB, who: CurrentIdentity):
    await payouts.choose_destination(db, who, producer_id, body.model_dump())
    producer, outstanding, _, _ = await payouts.account(db, who, producer_id)
    return ProducerAccount.model_validate(_account(producer, outstanding))


@router.get("/producers/{producer_id}/statement", response_model=StatementOut,
            summary="Her statement: what she is owed, entries not yet paid, advances outstanding, her latest payouts")
async def statement(producer_id: uuid.UUID, db: DB, who: CurrentIdentity):
    producer, outstanding, open_entries, latest = await payouts.account(db, who, producer_id)
    return StatementOut.model_validate({**_account(producer, outstanding), "open": [EntryOut.model_validate(e.model_dump()) for e in open_entries],
                                        "payouts": [PayoutOut.model_validate(p.model_dump()) for p in latest]})


@router.post("/producers/{producer_id}/payouts", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=PayoutOut,
             summary="Pay her now what she is owed (or part of it); her advances are recovered first")
async def pay_now(producer_id: uuid.UUID, body: PayoutRequest, db: DB, who: CurrentIdentity):
    return PayoutOut.model_validate((await payouts.pay_on_demand(db, who, producer_id, body.amount)).model_dump())


@router.get("/producers/{producer_id}/payouts", response_model=list[PayoutOut], summary="Her payouts, newest first")
async def her_payouts(producer_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return [PayoutOut.model_validate(p.model_dump()) for p in await payouts.payouts_of(db, who, producer_id)]


@router.get("/payouts/{payout_id}", response_model=PayoutOut, summary="A payout with its statement")
async def get_payout(payout_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return PayoutOut.model_validate((await payouts.payout(db, who, payout_id)).model_dump())


@router.post("/settlement-runs", status_code=status.HTTP_201_CREATED, response_model=SettlementOut,
             summary="Pay every producer owed at least the minimum (in your branches, or one branch)")
async def settle(body: SettlementRequest, db: DB, who: CurrentIdentity, settings: Settings):
    minimum = body.minimum if body.minimum is not None else settings.settlement_minimum
    return SettlementOut.model_validate((await payouts.settle(db, who, minimum, body.branch_id)).model_dump())


@router.post("/lots/{lot_id}/advances", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=AdvanceOut,
             summary="Pay part of an advance-financed order ahead, the way she is paid")
async def pay_advance(lot_id: uuid.UUID, body: AdvanceRequest, db: DB, who: CurrentIdentity, settings: Settings):
    return AdvanceOut.model_validate((await advances.pay_advance(db, who, lot_id, body.amount, settings.advance_max_percent)).model_dump())


@router.post("/lots/{lot_id}/arrival", response_model=LotOut, summary="The goods of an advance-financed order arrived")
async def arrival(lot_id: uuid.UUID, body: Arrival, db: DB, who: CurrentIdentity):
    return LotOut.model_validate((await stock.arrive(db, who, lot_id, body.quantity)).model_dump())


@router.post("/sales/{sale_id}/returns", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=ReturnOut,
             summary="A customer returns units of a sale: refunded, restocked or not")
async def customer_return(sale_id: uuid.UUID, body: ReturnCreate, db: DB, who: CurrentIdentity):
    return ReturnOut.model_validate((await returns.take_back(db, who, sale_id, body.model_dump())).model_dump())


@router.post("/outlets/{outlet_id}/adjustments", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=AdjustmentOut,
             summary="Shrinkage, a markdown, or unsold units returned to the producer (her consent for her goods)")
async def adjust(outlet_id: uuid.UUID, body: AdjustmentCreate, db: DB, who: CurrentIdentity):
    return AdjustmentOut.model_validate((await adjustments.adjust(db, who, outlet_id, body.model_dump())).model_dump())
