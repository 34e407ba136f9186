"""/v1/ledger/accounts: the chart of accounts. Writes are for admins and accountants (the gateway's route table)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from palli_common.app import DB
from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_ledger.adapters.tables import Account
from palli_ledger.api.schemas import AccountCreate, AccountOut, AccountUpdate
from palli_ledger.domain.accounts import normal_side
from palli_ledger.service import accounts

router = APIRouter(prefix="/v1/ledger", tags=["ledger: accounts"])
AccountType = Annotated[str | None, Query(pattern="^(asset|liability|equity|income|expense)$")]


def account_out(account: Account) -> AccountOut:
    return AccountOut.model_validate({**account.model_dump(), "normal_balance": normal_side(account.type, account.contra)})


def _one(account: Account, response: Response) -> AccountOut:
    set_etag(response, account.version)
    return account_out(account)


@router.post("/accounts", status_code=status.HTTP_201_CREATED, response_model=AccountOut,
             summary="Open an account (under a header of its own type)")
async def create_account(body: AccountCreate, db: DB, who: CurrentIdentity, response: Response):
    return _one(await accounts.create_account(db, body.model_dump(), actor=who.subject), response)


@router.get("/accounts", response_model=Page[AccountOut], summary="The chart of accounts, by code")
async def list_accounts(db: DB, who: CurrentIdentity, page: PageQuery, type: AccountType = None, active: bool | None = None,
                        parent_code: Annotated[str | None, Query(max_length=40)] = None, is_header: bool | None = None):
    rows = await accounts.list_accounts(db, page, type=type, active=active, parent_code=parent_code, is_header=is_header)
    return make_page(rows, page, lambda a: [a.code], account_out)


@router.get("/accounts/{code}", response_model=AccountOut, summary="An account (ETag: its version, for If-Match)")
async def get_account(code: str, db: DB, who: CurrentIdentity, response: Response):
    return _one(await accounts.get_account(db, code), response)


@router.patch("/accounts/{code}", response_model=AccountOut,
              summary="Rename, describe, (de)activate an account; its type only while nothing is posted to it (send If-Match)")
async def update_account(code: str, body: AccountUpdate, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    account = await accounts.update_account(db, code, body.model_dump(exclude_unset=True), expected_version=if_match)
    return _one(account, response)
