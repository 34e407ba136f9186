"""/v1/savings/accounts: a member's accounts, their deposits and withdrawals, and the passbook."""

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response, status

from palli_common.concurrency import set_etag
from palli_common.csv_stream import csv_response, wants_csv
from palli_common.identity import CurrentIdentity
from palli_common.idempotency import Idempotent
from palli_common.pagination import Page, PageQuery, make_page
from palli_savings.api.deps import DB, Settings
from palli_savings.api.schemas import AccountOpen, AccountOut, HoldIn, HoldOut, LoanRepaymentIn, LoanRepaymentOut, MoneyMove, TransactionOut
from palli_savings.service import accounts

router = APIRouter(prefix="/v1/savings/accounts", tags=["savings accounts"])


def _account(account, response: Response) -> AccountOut:  # noqa: ANN001
    set_etag(response, account.version)
    return AccountOut.model_validate(account.model_dump())


def _txn(txn) -> TransactionOut:  # noqa: ANN001
    return TransactionOut.model_validate(txn.model_dump())


@router.post("", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=AccountOut,
             summary="Open an account for an active member (one compulsory account each), with an optional first deposit")
async def open_account(body: AccountOpen, db: DB, who: CurrentIdentity, settings: Settings, response: Response):
    account = await accounts.open_account(db, who, member_id=body.member_id, product_id=body.product_id, opening_deposit=body.opening_deposit,
                                          on=body.opened_on, settings=settings, deposit_due=body.deposit_due,
                                          backdate_reason=body.backdate_reason, term_months=body.term_months, installment=body.installment,
                                          maturity_instruction=body.maturity_instruction)
    return _account(account, response)


@router.get("", response_model=Page[AccountOut], summary="Accounts in your branches (filter by member or branch)")
async def list_accounts(db: DB, who: CurrentIdentity, page: PageQuery, member_id: uuid.UUID | None = None,
                        branch_id: uuid.UUID | None = None):
    rows = await accounts.list_accounts(db, who, page, member_id=member_id, branch_id=branch_id)
    return make_page(rows, page, lambda a: [str(a.id)], lambda a: AccountOut.model_validate(a.model_dump()))


@router.get("/{account_id}", response_model=AccountOut, summary="One account with its balance (ETag: its version)")
async def get_account(account_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return _account(await accounts.get_account(db, who, account_id), response)


@router.post("/{account_id}/deposits", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=TransactionOut,
             summary="Take a deposit")
async def deposit(account_id: uuid.UUID, body: MoneyMove, db: DB, who: CurrentIdentity, settings: Settings, response: Response):
    account, txn = await accounts.deposit(db, who, account_id, amount=body.amount, on=body.on, channel=body.channel, reference=body.reference,
                                          settings=settings, backdate_reason=body.backdate_reason)
    set_etag(response, account.version)
    return _txn(txn)


@router.post("/{account_id}/withdrawals", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=TransactionOut,
             summary="Pay a withdrawal (never below what is locked: minimum balance, holds, lock-in)")
async def withdraw(account_id: uuid.UUID, body: MoneyMove, db: DB, who: CurrentIdentity, settings: Settings, response: Response):
    account, txn = await accounts.withdraw(db, who, account_id, amount=body.amount, on=body.on, channel=body.channel, reference=body.reference,
                                          settings=settings, backdate_reason=body.backdate_reason)
    set_etag(response, account.version)
    return _txn(txn)


@router.post("/{account_id}/loan-repayments", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED,
             response_model=LoanRepaymentOut,
             summary="Repay her loan from her voluntary savings, with her consent recorded (lending applies it from the event)")
async def repay_loan(account_id: uuid.UUID, body: LoanRepaymentIn, db: DB, who: CurrentIdentity, settings: Settings, response: Response):
    account, txn, consent = await accounts.repay_loan(db, who, account_id, loan_id=body.loan_id, amount=body.amount, on=body.on,
                                                      consent=body.consent.model_dump(), settings=settings)
    set_etag(response, account.version)
    return LoanRepaymentOut.model_validate({**txn.model_dump(), "loan_id": body.loan_id, "consent_id": consent.id})


@router.get("/{account_id}/transactions", response_model=Page[TransactionOut],
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
            summary="The passbook: transactions oldest first, each with the balance after it (JSON pages, or all of it as CSV)")
async def passbook(account_id: uuid.UUID, request: Request, db: DB, who: CurrentIdentity, page: PageQuery,
                   format: Annotated[Literal["json", "csv"] | None, Query(description="json or csv (default: json unless Accept asks for text/csv)")] = None):  # noqa: A002
    if wants_csv(request, format):
        account = await accounts.get_account(db, who, account_id)  # 404/403 before the download starts
        return csv_response(f"passbook-{account.number}", accounts.passbook_rows(db, who, account_id))
    rows = await accounts.passbook(db, who, account_id, page)
    return make_page(rows, page, lambda t: [str(t.id)], _txn)


@router.post("/{account_id}/holds", dependencies=[Idempotent], status_code=status.HTTP_201_CREATED, response_model=HoldOut,
             summary="Set an amount aside (e.g. pledged for a loan): no withdrawal takes it until released")
async def hold(account_id: uuid.UUID, body: HoldIn, db: DB, who: CurrentIdentity):
    return HoldOut.model_validate((await accounts.hold(db, who, account_id, amount=body.amount, reason=body.reason)).model_dump())


@router.get("/{account_id}/holds", response_model=list[HoldOut], summary="The account's holds, active and released")
async def list_holds(account_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return [HoldOut.model_validate(h.model_dump()) for h in await accounts.holds(db, who, account_id)]


@router.post("/{account_id}/holds/{hold_id}/release", dependencies=[Idempotent], response_model=HoldOut, summary="Release a hold")
async def release(account_id: uuid.UUID, hold_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return HoldOut.model_validate((await accounts.release(db, who, account_id, hold_id)).model_dump())
