"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_ledger.api import accounts, journal_entries, manual_entries, posting_rules, reconciliation, reports

    return [
        accounts.router, posting_rules.router, journal_entries.router, manual_entries.router, reports.router,
        reconciliation.router,
    ]
