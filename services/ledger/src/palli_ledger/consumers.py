"""The events the ledger posts: every type on `lending.loan`, `savings.account`, `training.project`
and the marketplace's money topics (wildcards, so a money event with no posting rule is refused and
parked instead of silently skipped). One group per source, so a backlog of one never delays the
other's books. `marketplace.order` is not taken: orders move no money (their sale does)."""

from palli_common.consumer import Handler
from palli_ledger.service.posting import post_event

CONSUMERS: dict[str, dict[str, Handler]] = {
    "ledger-lending": {"lending.loan.*": post_event},
    "ledger-savings": {"savings.account.*": post_event},
    "ledger-training": {"training.project.*": post_event},  # micro-grants to social action projects
    "ledger-marketplace": {"marketplace.sale.*": post_event, "marketplace.lot.*": post_event, "marketplace.stock.*": post_event,
                           "marketplace.advance.*": post_event, "marketplace.payout.*": post_event},
}
