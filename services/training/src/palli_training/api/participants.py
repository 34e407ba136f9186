"""/v1/training/participants and /v1/training/facilitators."""

import uuid

from fastapi import APIRouter, status

from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_training.api.deps import DB
from palli_training.api.schemas import FacilitatorCreate, FacilitatorOut, ParticipantCreate, ParticipantOut
from palli_training.service import participants

router = APIRouter(tags=["training people"])


def _p(p) -> ParticipantOut:  # noqa: ANN001
    return ParticipantOut.model_validate(p.model_dump())


@router.post("/v1/training/participants", status_code=status.HTTP_201_CREATED, response_model=ParticipantOut,
             summary="Register a participant: a member by member_id, or a young person who is not one (a guardian under 18)")
async def register(body: ParticipantCreate, db: DB, who: CurrentIdentity):
    return _p(await participants.register(db, who, body.model_dump()))


@router.get("/v1/training/participants", response_model=Page[ParticipantOut], summary="Participants (filter by district or member)")
async def list_participants(db: DB, who: CurrentIdentity, page: PageQuery, district: str | None = None, member_id: uuid.UUID | None = None):
    after = None
    if page.after:
        try:
            after = uuid.UUID(str(page.after[0]))
        except ValueError:
            from palli_common.errors import ValidationFailed

            raise ValidationFailed("cursor is not one this API issued", field="cursor") from None
    rows = await participants.listing(db, who, district=district, member_id=member_id, after=after, limit=page.limit)
    return make_page(rows, page, lambda p: [str(p.id)], _p)


@router.get("/v1/training/participants/{participant_id}", response_model=ParticipantOut, summary="One participant")
async def get_participant(participant_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return _p(await participants.get(db, who, participant_id))


@router.post("/v1/training/facilitators", status_code=status.HTTP_201_CREATED, response_model=FacilitatorOut,
             summary="Record a facilitator (trained in a facilitators' cohort) or, as an admin, a master facilitator")
async def add_facilitator(body: FacilitatorCreate, db: DB, who: CurrentIdentity):
    return FacilitatorOut.model_validate((await participants.add_facilitator(db, who, body.model_dump())).model_dump())


@router.get("/v1/training/facilitators", response_model=list[FacilitatorOut], summary="Every facilitator")
async def list_facilitators(db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [FacilitatorOut.model_validate(f.model_dump()) for f in await participants.facilitators(db)]
