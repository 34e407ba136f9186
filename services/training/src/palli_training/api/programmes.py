"""/v1/training/programmes: the curricula, as data."""

import uuid

from fastapi import APIRouter

from palli_training.api.deps import DB
from palli_training.api.schemas import ModuleOut, ProgrammeOut
from palli_training.service import programmes

router = APIRouter(prefix="/v1/training/programmes", tags=["training programmes"])


def _out(found: tuple) -> ProgrammeOut:
    programme, modules = found
    return ProgrammeOut.model_validate({**programme.model_dump(), "modules": [ModuleOut.model_validate(m.model_dump()) for m in modules]})


@router.get("", response_model=list[ProgrammeOut], summary="Every programme with its modules in order and its credential rule")
async def list_programmes(db: DB):
    return [_out(found) for found in await programmes.listing(db)]


@router.get("/{programme_id}", response_model=ProgrammeOut, summary="One programme")
async def get_programme(programme_id: uuid.UUID, db: DB):
    return _out(await programmes.one(db, programme_id))
