"""The members service: branches, staff, samity groups and members."""

from __future__ import annotations

from fastapi import FastAPI

from palli_common.app import create_service_app
from palli_members.api import areas, branches, groups, members
from palli_members.consumers import CONSUMERS
from palli_members.settings import MembersSettings

DESCRIPTION = (
    "Branches and their staff, samity groups that meet weekly, and the members in them: "
    "registration, lifecycle (applicant, active, dormant, exited) and transfers. "
    "Publishes `members.branch`, `members.staff`, `members.group` and `members.member` events; "
    "keeps a copy of `lending.loan` events to refuse a transfer to another branch while a loan is open."
)


def create_app(settings: MembersSettings | None = None) -> FastAPI:
    settings = settings or MembersSettings()
    return create_service_app(
        settings,
        title="Palli members",
        description=DESCRIPTION,
        # areas before members so /v1/members/areas/... is not taken for a member id
        routers=[branches.router, groups.router, areas.router, members.router],
        consumers=CONSUMERS,
    )
