"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_lending.api import collection_sheets, holidays, loans, portfolio, products

    return [products.router, holidays.router, loans.router, collection_sheets.router, portfolio.router]
