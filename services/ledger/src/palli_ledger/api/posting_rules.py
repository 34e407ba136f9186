"""/v1/ledger/posting-rules: which accounts each event debits and credits. A change applies to
events posted after it; entries already posted stay as they are."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from palli_common.app import DB
from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_ledger.adapters.tables import PostingRule
from palli_ledger.api.schemas import RuleCreate, RuleOut, RuleUpdate
from palli_ledger.service import posting_rules

router = APIRouter(prefix="/v1/ledger", tags=["ledger: posting rules"])


def rule_out(rule: PostingRule) -> RuleOut:
    return RuleOut.model_validate(rule.model_dump())


def _one(rule: PostingRule, response: Response) -> RuleOut:
    set_etag(response, rule.version)
    return rule_out(rule)


@router.post("/posting-rules", status_code=status.HTTP_201_CREATED, response_model=RuleOut,
             summary="Add a rule for an event type and channel (null channel: any channel without its own rule)")
async def create_rule(body: RuleCreate, db: DB, who: CurrentIdentity, response: Response):
    values = body.model_dump()
    return _one(await posting_rules.create_rule(db, values, actor=who.subject), response)


@router.get("/posting-rules", response_model=Page[RuleOut], summary="Posting rules by event type")
async def list_rules(db: DB, who: CurrentIdentity, page: PageQuery, event_type: Annotated[str | None, Query(max_length=200)] = None,
                     channel: Annotated[str | None, Query(max_length=40)] = None, active: bool | None = None):
    rows = await posting_rules.list_rules(db, page, event_type=event_type, channel=channel, active=active)
    return make_page(rows, page, lambda r: [r.event_type, str(r.id)], rule_out)


@router.get("/posting-rules/{rule_id}", response_model=RuleOut, summary="A posting rule (ETag: its version, for If-Match)")
async def get_rule(rule_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    return _one(await posting_rules.get_rule(db, rule_id), response)


@router.patch("/posting-rules/{rule_id}", response_model=RuleOut,
              summary="Change a rule's lines, description or active flag (send If-Match); applies to events posted afterwards")
async def update_rule(rule_id: uuid.UUID, body: RuleUpdate, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    rule = await posting_rules.update_rule(db, rule_id, body.model_dump(exclude_unset=True), expected_version=if_match)
    return _one(rule, response)
