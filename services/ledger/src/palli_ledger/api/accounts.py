"""/v1/ledger/accounts: the chart of accounts. Writes are proposals by an admin, applied when a second
admin approves them (/v1/ledger/book-changes)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from palli_common.app import DB
from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_ledger.adapters.tables import Account
from palli_ledger.api.book_changes import pending
from palli_ledger.api.schemas import AccountCreate, AccountOut, AccountUpdate, BookChangeOut
from palli_ledger.domain.accounts import normal_side
from palli_ledger.service import accounts, book_changes

router = APIRouter(prefix="/v1/ledger", tags=["ledger: accounts"])
AccountType = Annotated[str | None, Query(pattern="^(asset|liability|equity|income|expense)$")]


def account_out(account: Account) -> AccountOut:
    return AccountOut.model_validate({**account.model_dump(), "normal_balance": normal_side(account.type, account.contra)})


def _one(account: Account, response: Response) -> AccountOut:
    set_etag(response, account.version)
    return account_out(account)


@router.post("/accounts", status_code=status.HTTP_202_ACCEPTED, response_model=BookChangeOut,
             summary="Propose an account (under a header of its own type); a second admin approves it at /v1/ledger/book-changes")
async def create_account(body: AccountCreate, db: DB, who: CurrentIdentity, response: Response):
    change = await book_changes.propose(db, who, target="account", action="create", key=body.code, changes=body.model_dump())
    return pending(change, response)


@router.get("/accounts", response_model=Page[AccountOut], summary="The chart of accounts, by code")
async def list_accounts(db: DB, who: CurrentIdentity, page: PageQuery, type: AccountType = None, active: bool | None = None,
                        parent_code: Annotated[str | None, Query(max_length=40)] = None, is_header: bool | None = None):
    rows = await accounts.list_accounts(db, page, type=type, active=active, parent_code=parent_code, is_header=is_header)
    return make_page(rows, page, lambda a: [a.code], account_out)


@router.get("/accounts/{code}", response_model=AccountOut, summary="An account (ETag: its version, for If-Match)")
async def get_account(code: str, db: DB, who: CurrentIdentity, response: Response):
    return _one(await accounts.get_account(db, code), response)


@router.patch("/accounts/{code}", status_code=status.HTTP_202_ACCEPTED, response_model=BookChangeOut,
              summary="Propose renaming, describing or (de)activating an account, or its type while nothing is posted to it "
                      "(send If-Match); a second admin approves it")
async def update_account(code: str, body: AccountUpdate, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    change = await book_changes.propose(db, who, target="account", action="update", key=code,
                                        changes=body.model_dump(exclude_unset=True), expected_version=if_match)
    return pending(change, response)
