"""/v1/holidays: days no installment falls due on (schedules move to the next working day).
Writes are for admins (the gateway's route table)."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_lending.api.deps import DB
from palli_lending.api.products_schemas import HolidayIn, HolidayOut
from palli_lending.service import holidays

router = APIRouter(prefix="/v1/holidays", tags=["holidays"])


@router.get("", response_model=Page[HolidayOut], summary="Holidays in a date range, oldest first")
async def list_holidays(
    db: DB, page: PageQuery, who: CurrentIdentity,
    start: Annotated[date | None, Query(alias="from", description="first day, included")] = None,
    end: Annotated[date | None, Query(alias="to", description="last day, included")] = None,
):
    rows = await holidays.list_holidays(db, page, start, end)
    return make_page(rows, page, lambda h: [h.day.isoformat()], HolidayOut.model_validate)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=HolidayOut, summary="Declare a holiday (409 if the day is one already)")
async def add_holiday(body: HolidayIn, db: DB, who: CurrentIdentity):
    return await holidays.add_holiday(db, body.day, body.name)


@router.delete("/{day}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response, summary="Remove a holiday")
async def remove_holiday(day: date, db: DB, who: CurrentIdentity):
    await holidays.remove_holiday(db, day)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
