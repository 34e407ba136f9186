"""The events the ledger posts: every type on `lending.loan` (a wildcard, so a money event with no
posting rule is refused and parked instead of silently skipped)."""

from palli_common.consumer import Handler

CONSUMERS: dict[str, dict[str, Handler]] = {}
