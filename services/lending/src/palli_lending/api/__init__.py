"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_lending.api import loans

    return [*_optional(), loans.router]


def _optional() -> list[APIRouter]:
    """Routers other modules add (products, holidays, collection sheets, portfolio)."""
    import importlib

    found = []
    for name in ("products", "holidays", "collection_sheets", "portfolio"):
        try:
            found.append(importlib.import_module(f"palli_lending.api.{name}").router)
        except ModuleNotFoundError:
            continue
    return found
