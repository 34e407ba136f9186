"""Bangladesh's administrative areas, so frontends can offer the same names the API accepts."""

from typing import Annotated

from fastapi import APIRouter, Query

from palli_common import geo

router = APIRouter(prefix="/v1/members/areas", tags=["reference data"])
Name = Annotated[str, Query(min_length=1, max_length=80)]


@router.get("/divisions", summary="The 8 divisions")
async def divisions() -> list[dict[str, str]]:
    return geo.list_divisions()


@router.get("/districts", summary="Districts, all 64 or one division's")
async def districts(division: Annotated[str | None, Query(max_length=80)] = None) -> list[dict[str, str]]:
    return geo.list_districts(division)


@router.get("/upazilas", summary="A district's upazilas")
async def upazilas(district: Name) -> list[dict[str, str]]:
    return geo.list_upazilas(district)


@router.get("/unions", summary="An upazila's unions")
async def unions(upazila: Name, district: Annotated[str | None, Query(max_length=80)] = None) -> list[dict[str, str]]:
    return geo.list_unions(upazila, district)
