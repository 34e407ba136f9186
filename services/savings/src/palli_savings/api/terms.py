"""DPS and fixed deposits: an account's installment schedule, and the daily term-deposit run
(missed DPS installments, maturities) for accountants."""

import uuid

from fastapi import APIRouter

from palli_common.identity import CurrentIdentity
from palli_savings.api.deps import DB
from palli_savings.api.schemas import InstallmentOut, TermRunIn, TermRunOut
from palli_savings.service import accounts, terms
from palli_savings.service.common import business_today

router = APIRouter(tags=["savings term deposits"])


@router.get("/v1/savings/accounts/{account_id}/schedule", response_model=list[InstallmentOut],
            summary="A DPS's installments: each one's day, amount and whether it is paid, due, overdue or missed")
async def schedule(account_id: uuid.UUID, db: DB, who: CurrentIdentity):
    await accounts.get_account(db, who, account_id)
    today = business_today()
    return [InstallmentOut.model_validate({**i.model_dump(), "status": terms.installment_status(i, today)})
            for i in await terms.installments(db, account_id)]


@router.post("/v1/savings/term-deposit-runs", response_model=TermRunOut,
             summary="The daily run: suspend or close DPS behind on installments, mature the terms due by `on`; safe to repeat")
async def run(body: TermRunIn, db: DB, who: CurrentIdentity):  # noqa: ARG001  (the gateway keeps it to accountants)
    return TermRunOut.model_validate(await terms.run(db, body.on), from_attributes=True)
