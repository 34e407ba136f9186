"""/v1/savings/interest-postings: run the interest job (accountants), and an account's postings."""

import uuid

from fastapi import APIRouter

from palli_common.identity import CurrentIdentity
from palli_savings.api.deps import DB
from palli_savings.api.schemas import InterestPostingOut, InterestRun, InterestRunOut
from palli_savings.service import accounts, interest

router = APIRouter(tags=["savings interest"])


@router.post("/v1/savings/interest-postings", response_model=InterestRunOut,
             summary="Post interest for every period that ended by `on` (default yesterday); safe to run again for the same day")
async def post_interest(body: InterestRun, db: DB, who: CurrentIdentity):
    result = await interest.post_interest(db, who.subject, body.on)
    return InterestRunOut.model_validate(result, from_attributes=True)


@router.get("/v1/savings/accounts/{account_id}/interest-postings", response_model=list[InterestPostingOut],
            summary="What the account earned, period by period (computed to 9 places; credited to the poisha), with adjustments")
async def list_postings(account_id: uuid.UUID, db: DB, who: CurrentIdentity):
    await accounts.get_account(db, who, account_id)
    return [InterestPostingOut.model_validate(p.model_dump()) for p in await interest.postings(db, account_id)]
