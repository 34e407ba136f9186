"""The events the ledger posts: every type on `lending.loan` (a wildcard, so a money event with no
posting rule is refused and parked instead of silently skipped)."""

from palli_common.consumer import Handler
from palli_ledger.service.posting import post_event

CONSUMERS: dict[str, dict[str, Handler]] = {"ledger-lending": {"lending.loan.*": post_event}}
