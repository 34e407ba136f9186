"""DPS and fixed deposits: an account's installment schedule; and the daily run (missed DPS
installments, maturities, dormancy) for accountants."""

import uuid

from fastapi import APIRouter

from palli_common.identity import CurrentIdentity
from palli_savings.api.deps import DB
from palli_savings.api.schemas import DailyRunIn, DailyRunOut, InstallmentOut
from palli_savings.service import accounts, daily, terms
from palli_savings.service.common import business_today

router = APIRouter(tags=["savings term deposits"])


@router.get("/v1/savings/accounts/{account_id}/schedule", response_model=list[InstallmentOut],
            summary="A DPS's installments: each one's day, amount and whether it is paid, due, overdue or missed")
async def schedule(account_id: uuid.UUID, db: DB, who: CurrentIdentity):
    await accounts.get_account(db, who, account_id)
    today = business_today()
    return [InstallmentOut.model_validate({**i.model_dump(), "status": terms.installment_status(i, today)})
            for i in await terms.installments(db, account_id)]


@router.post("/v1/savings/daily-runs", response_model=DailyRunOut,
             summary="The daily run: DPS behind suspended or closed, terms due matured, idle accounts inactive or dormant; safe to repeat")
async def run(body: DailyRunIn, db: DB, who: CurrentIdentity):  # noqa: ARG001  (the gateway keeps it to accountants)
    return DailyRunOut.model_validate(await daily.run_day(db, body.on), from_attributes=True)
