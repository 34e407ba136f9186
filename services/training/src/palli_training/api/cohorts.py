"""/v1/training/cohorts and /v1/training/sessions: batches, enrolment, the calendar and attendance."""

import uuid

from fastapi import APIRouter, status

from palli_common.identity import CurrentIdentity
from palli_common.idempotency import Idempotent
from palli_training.api.deps import DB, Settings
from palli_training.api.schemas import (AssessmentIn, AttendanceIn, AttendanceOut, AttendanceResult, CancelIn, CohortCreate, CohortDetail, CohortOut,
                                        EnrolmentIn, EnrolmentOut, EvaluationOut, ReasonIn, SessionOut, TransferIn)
from palli_training.api.views import evaluations_out
from palli_training.service import attendance, cohorts, credentials

router = APIRouter(tags=["training cohorts"])


def _cohort(c) -> CohortOut:  # noqa: ANN001
    return CohortOut.model_validate(c.model_dump())


def _enrolment(e) -> EnrolmentOut:  # noqa: ANN001
    return EnrolmentOut.model_validate(e.model_dump())


@router.post("/v1/training/cohorts", status_code=status.HTTP_201_CREATED, response_model=CohortDetail,
             summary="Open a cohort: its sessions are laid out from the programme's modules, every_days apart")
async def create(body: CohortCreate, db: DB, who: CurrentIdentity):
    cohort = await cohorts.create(db, who, body.model_dump())
    return await get_cohort(cohort.id, db, who)


@router.get("/v1/training/cohorts", response_model=list[CohortOut], summary="Cohorts (filter by programme or facilitator)")
async def list_cohorts(db: DB, who: CurrentIdentity, programme_id: uuid.UUID | None = None, facilitator_id: uuid.UUID | None = None):  # noqa: ARG001
    return [_cohort(c) for c in await cohorts.listing(db, programme_id=programme_id, facilitator_id=facilitator_id)]


@router.get("/v1/training/cohorts/{cohort_id}", response_model=CohortDetail, summary="A cohort with its sessions and how many are enrolled")
async def get_cohort(cohort_id: uuid.UUID, db: DB, who: CurrentIdentity):  # noqa: ARG001
    cohort, sessions, counts = await cohorts.detail(db, cohort_id)
    return CohortDetail.model_validate({**cohort.model_dump(), "sessions": [SessionOut.model_validate(s.model_dump()) for s in sessions],
                                        "enrolled": counts.get("enrolled", 0) + counts.get("completed", 0),
                                        "waitlisted": counts.get("waitlisted", 0)})


@router.post("/v1/training/cohorts/{cohort_id}/enrolments", status_code=status.HTTP_201_CREATED, response_model=EnrolmentOut,
             summary="Enrol a participant (beyond capacity: on the waiting list, in order)")
async def enrol(cohort_id: uuid.UUID, body: EnrolmentIn, db: DB, who: CurrentIdentity):
    return _enrolment(await cohorts.enrol(db, who, cohort_id, body.participant_id))


@router.get("/v1/training/cohorts/{cohort_id}/enrolments", response_model=list[EnrolmentOut], summary="The cohort's enrolments and waiting list")
async def list_enrolments(cohort_id: uuid.UUID, db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [_enrolment(e) for e in await cohorts.enrolments(db, cohort_id)]


@router.post("/v1/training/cohorts/{cohort_id}/enrolments/{enrolment_id}/drop", response_model=EnrolmentOut,
             summary="A drop-out: the first on the waiting list takes the place")
async def drop(cohort_id: uuid.UUID, enrolment_id: uuid.UUID, body: ReasonIn, db: DB, who: CurrentIdentity):
    return _enrolment(await cohorts.drop(db, who, cohort_id, enrolment_id, body.reason))


@router.post("/v1/training/cohorts/{cohort_id}/enrolments/{enrolment_id}/transfer", response_model=EnrolmentOut,
             summary="Move a participant to another cohort of the same programme")
async def transfer(cohort_id: uuid.UUID, enrolment_id: uuid.UUID, body: TransferIn, db: DB, who: CurrentIdentity):
    return _enrolment(await cohorts.transfer(db, who, cohort_id, enrolment_id, body.to_cohort_id, body.reason))


@router.post("/v1/training/cohorts/{cohort_id}/complete", response_model=list[EvaluationOut],
             summary="Close the course: credentials for everyone who meets the programme's rule, and what the rest still miss")
async def complete(cohort_id: uuid.UUID, db: DB, who: CurrentIdentity, settings: Settings):
    _, results = await credentials.complete_cohort(db, who, cohort_id)
    return await evaluations_out(db, results, settings)


@router.post("/v1/training/cohorts/{cohort_id}/assessments", response_model=list[EvaluationOut],
             summary="Record the final assessment's scores (0-100; again: the last stands); a completed cohort's credentials follow")
async def assess(cohort_id: uuid.UUID, body: AssessmentIn, db: DB, who: CurrentIdentity, settings: Settings):
    _, results = await credentials.assess(db, who, cohort_id, [s.model_dump() for s in body.scores])
    return await evaluations_out(db, results, settings)


@router.post("/v1/training/sessions/{session_id}/cancel", response_model=list[SessionOut],
             summary="Cancel a session, with a make-up session on another day if given")
async def cancel(session_id: uuid.UUID, body: CancelIn, db: DB, who: CurrentIdentity):
    return [SessionOut.model_validate(s.model_dump()) for s in await cohorts.cancel_session(db, who, session_id, body.reason, body.makeup_on)]


@router.post("/v1/training/sessions/{session_id}/attendance", dependencies=[Idempotent], response_model=AttendanceResult,
             summary="Post a session's attendance from the facilitator's phone: a resent record changes nothing, the latest taken stands")
async def post_attendance(session_id: uuid.UUID, body: AttendanceIn, db: DB, who: CurrentIdentity):
    result = await attendance.post(db, who, session_id, [r.model_dump() for r in body.records])
    return AttendanceResult(session_id=result.session_id, recorded=result.recorded, unchanged=result.unchanged, superseded=result.superseded)


@router.get("/v1/training/sessions/{session_id}/attendance", response_model=list[AttendanceOut], summary="A session's attendance")
async def get_attendance(session_id: uuid.UUID, db: DB, who: CurrentIdentity):  # noqa: ARG001
    return [AttendanceOut.model_validate(a.model_dump()) for a in await attendance.of_session(db, session_id)]
