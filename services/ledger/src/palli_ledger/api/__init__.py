"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    return []
