import uuid

from fastapi import APIRouter, Response, status

from palli_common.concurrency import IfMatch, set_etag
from palli_common.identity import CurrentIdentity
from palli_common.pagination import Page, PageQuery, make_page
from palli_members.api.deps import DB
from palli_members.api.schemas import BranchCreate, BranchOut, BranchUpdate, StaffCreate, StaffOut, StaffUpdate, StaffRoleName
from palli_members.service import branches, queries

router = APIRouter(prefix="/v1/branches", tags=["branches"])


def _key(row) -> list:  # noqa: ANN001
    return [str(row.id)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=BranchOut, summary="Open a branch (needs every-branch scope)")
async def open_branch(body: BranchCreate, db: DB, who: CurrentIdentity):
    return await branches.open_branch(db, body, who=who)


@router.get("", response_model=Page[BranchOut], summary="List the branches in your scope")
async def list_branches(db: DB, page: PageQuery, who: CurrentIdentity):
    return make_page(await queries.list_branches(db, page, who=who), page, _key, BranchOut.model_validate)


@router.get("/{branch_id}", response_model=BranchOut, summary="A branch (ETag: its version, for If-Match)")
async def get_branch(branch_id: uuid.UUID, db: DB, who: CurrentIdentity, response: Response):
    branch = await queries.get_branch(db, branch_id, who=who)
    set_etag(response, branch.version)
    return branch


@router.patch("/{branch_id}", response_model=BranchOut, summary="Rename or relocate a branch")
async def update_branch(branch_id: uuid.UUID, body: BranchUpdate, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response):
    branch = await branches.update_branch(db, branch_id, body, who=who, expected_version=if_match)
    set_etag(response, branch.version)
    return branch


@router.post("/{branch_id}/staff", status_code=status.HTTP_201_CREATED, response_model=StaffOut, summary="Add staff to a branch")
async def add_staff(branch_id: uuid.UUID, body: StaffCreate, db: DB, who: CurrentIdentity):
    return await branches.add_staff(db, branch_id, body, who=who)


@router.get("/{branch_id}/staff", response_model=Page[StaffOut], summary="List a branch's staff")
async def list_staff(branch_id: uuid.UUID, db: DB, page: PageQuery, who: CurrentIdentity, role: StaffRoleName | None = None):
    return make_page(await queries.list_staff(db, branch_id, page, role, who=who), page, _key, StaffOut.model_validate)


@router.patch("/{branch_id}/staff/{staff_id}", response_model=StaffOut)
async def update_staff(
    branch_id: uuid.UUID, staff_id: uuid.UUID, body: StaffUpdate, db: DB, who: CurrentIdentity, if_match: IfMatch, response: Response
):
    staff = await branches.update_staff(db, branch_id, staff_id, body, who=who, expected_version=if_match)
    set_etag(response, staff.version)
    return staff
