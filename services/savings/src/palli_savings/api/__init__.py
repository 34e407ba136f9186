"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_savings.api import accounts, interest, lifecycle, products, terms

    return [products.router, accounts.router, lifecycle.router, interest.router, terms.router]
