"""/v1/training/projects: social action projects, their panel reviews, decision, volunteer hours and completion."""

import uuid
from decimal import Decimal

from fastapi import APIRouter, Response, status

from palli_common.identity import CurrentIdentity
from palli_common.idempotency import Idempotent
from palli_training.api.deps import DB
from palli_training.api.schemas import (CompletionIn, DecisionIn, GrantPaymentIn, HoursIn, HoursOut, ProgressIn, ProgressOut, ProjectCreate,
                                        ProjectOut, ReviewIn, ReviewOut)
from palli_training.service import projects

router = APIRouter(prefix="/v1/training/projects", tags=["training projects"])


async def _out(db, project_id: uuid.UUID) -> ProjectOut:  # noqa: ANN001
    project, team, reviews = await projects.detail(db, project_id)
    return ProjectOut.model_validate({**project.model_dump(), "team": team,
                                      "reviews": [ReviewOut.model_validate(r.model_dump()) for r in reviews]})


def _hours(h) -> HoursOut:  # noqa: ANN001
    return HoursOut.model_validate({**h.model_dump(), "hours": f"{Decimal(h.minutes) / 60:.2f}"})


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ProjectOut, summary="Propose a project for a cohort's team")
async def propose(body: ProjectCreate, db: DB, who: CurrentIdentity):
    return await _out(db, (await projects.propose(db, who, body.model_dump())).id)


@router.get("/{project_id}", response_model=ProjectOut, summary="A project with its team and reviews")
async def get_project(project_id: uuid.UUID, db: DB, who: CurrentIdentity):  # noqa: ARG001
    return await _out(db, project_id)


@router.post("/{project_id}/reviews", status_code=status.HTTP_201_CREATED, response_model=ReviewOut,
             summary="A panel member's scores (1-5: need, feasibility, inclusion, sustainability) and recommendation")
async def review(project_id: uuid.UUID, body: ReviewIn, db: DB, who: CurrentIdentity):
    return ReviewOut.model_validate((await projects.review(db, who, project_id, body.model_dump())).model_dump())


@router.post("/{project_id}/decision", response_model=ProjectOut, summary="Approve (with an optional micro-grant) or reject, after review")
async def decide(project_id: uuid.UUID, body: DecisionIn, db: DB, who: CurrentIdentity):
    await projects.decide(db, who, project_id, approve=body.approve, grant=body.grant, reason=body.reason)
    return await _out(db, project_id)


@router.post("/{project_id}/grant-payment", dependencies=[Idempotent], response_model=ProjectOut,
             summary="Pay the approved micro-grant to a team member, once (cash, mobile wallet, or into her voluntary savings)")
async def pay_grant(project_id: uuid.UUID, body: GrantPaymentIn, db: DB, who: CurrentIdentity):
    await projects.pay_grant(db, who, project_id, body.model_dump())
    return await _out(db, project_id)


@router.post("/{project_id}/progress", status_code=status.HTTP_201_CREATED, response_model=ProgressOut,
             summary="Report progress while the project runs, with photo and document references")
async def report_progress(project_id: uuid.UUID, body: ProgressIn, db: DB, who: CurrentIdentity):
    return ProgressOut.model_validate((await projects.report_progress(db, who, project_id, body.model_dump())).model_dump())


@router.get("/{project_id}/progress", response_model=list[ProgressOut], summary="The project's progress reports, oldest first")
async def list_progress(project_id: uuid.UUID, db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [ProgressOut.model_validate(u.model_dump()) for u in await projects.progress(db, project_id)]


@router.post("/{project_id}/hours", status_code=status.HTTP_201_CREATED, response_model=HoursOut,
             summary="Log a volunteer's hours (the same client_id again returns what was logged)")
async def log_hours(project_id: uuid.UUID, body: HoursIn, db: DB, who: CurrentIdentity, response: Response):
    entry, new = await projects.log_hours(db, who, project_id, body.model_dump())
    if not new:
        response.status_code = status.HTTP_200_OK
    return _hours(entry)


@router.get("/{project_id}/hours", response_model=list[HoursOut], summary="Hours logged on the project")
async def list_hours(project_id: uuid.UUID, db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [_hours(h) for h in await projects.hours(db, project_id)]


@router.post("/{project_id}/hours/{hours_id}/countersign", response_model=HoursOut, summary="The facilitator countersigns logged hours")
async def countersign(project_id: uuid.UUID, hours_id: uuid.UUID, db: DB, who: CurrentIdentity):
    return _hours(await projects.countersign(db, who, project_id, hours_id))


@router.post("/{project_id}/complete", response_model=ProjectOut,
             summary="Verify it done: beneficiaries by gender and evidence; the team's credentials are evaluated again")
async def complete(project_id: uuid.UUID, body: CompletionIn, db: DB, who: CurrentIdentity):
    await projects.complete(db, who, project_id, body.model_dump())
    return await _out(db, project_id)
