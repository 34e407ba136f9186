"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_ledger.api import accounts, book_changes, journal_entries, manual_entries, period_closes, posting_rules, reconciliation, reports

    return [
        accounts.router, posting_rules.router, journal_entries.router, manual_entries.router, reports.router,
        reconciliation.router, period_closes.router, book_changes.router,
    ]
