"""The events lending reacts to: members' groups and members, kept as local copies for eligibility."""

from palli_common.consumer import Handler

CONSUMERS: dict[str, dict[str, Handler]] = {}
