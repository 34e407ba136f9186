"""/v1/ledger/posting-rules: which accounts each event debits and credits. A change is proposed here
and applied when a second admin approves it (/v1/ledger/book-changes); it applies to events posted
after that, entries already posted stay as they are."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from palli_common.app import DB
from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_ledger.adapters.tables import PostingRule
from palli_ledger.api.book_changes import pending
from palli_ledger.api.schemas import BookChangeOut, RuleCreate, RuleOut, RuleUpdate
from palli_ledger.service import book_changes, posting_rules

router = APIRouter(prefix="/v1/ledger", tags=["ledger: posting rules"])


def rule_out(rule: PostingRule) -> RuleOut:
    return RuleOut.model_validate({**rule.model_dump(), "no_posting": not rule.lines})


def _one(rule: PostingRule, response: Response) -> RuleOut:
    set_etag(response, rule.version)
    return rule_out(rule)


@router.post("/posting-rules", status_code=status.HTTP_202_ACCEPTED, response_model=BookChangeOut,
             summary="Propose a rule for an event type and channel (null channel: any channel without its own rule); "
                     "a second admin approves it at /v1/ledger/book-changes")
async def create_rule(body: RuleCreate, db: DB, who: CurrentIdentity, response: Response):
    change = await book_changes.propose(db, who, target="posting_rule", action="create", changes=body.model_dump())
    return pending(change, response)


@router.get("/posting-rules", response_model=Page[RuleOut], summary="Posting rules by event type")
async def list_rules(db: DB, who: CurrentIdentity, page: PageQuery, event_type: Annotated[str | None, Query(max_length=200)] = None,
                     channel: Annotated[str | None, Query(max_length=40)] = None, active: bool | None = None):
    rows = await posting_rules.list_rules(db, page, event_type=event_type, channel=channel, active=active)
    return make_page(rows, page, lambda r: [r.event_type, str(r.id)], rule_out)


@router.get("/posting-rules/{rule_id}", response_model=RuleOut, summary="A posting rule (ETag: its version, for If-Match)")
async def get_rule(rule_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return _one(await posting_rules.get_rule(db, rule_id), response)


@router.patch("/posting-rules/{rule_id}", status_code=status.HTTP_202_ACCEPTED, response_model=BookChangeOut,
              summary="Propose a change to a rule's lines, description or active flag (send If-Match); "
                      "applies to events posted after a second admin approves it")
async def update_rule(rule_id: uuid.UUID, body: RuleUpdate, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    change = await book_changes.propose(db, who, target="posting_rule", action="update", key=str(rule_id),
                                        changes=body.model_dump(exclude_unset=True), expected_version=if_match)
    return pending(change, response)
