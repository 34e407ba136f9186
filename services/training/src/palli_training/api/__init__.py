"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_training.api import cohorts, credentials, participants, programmes, projects, reports

    return [programmes.router, participants.router, cohorts.router, projects.router, credentials.router, reports.router]
