"""The events webhooks fans out: every topic with types in the partners' catalogue, one consumer
group per owning service, each `<topic>.*` so new types on a topic reach `on_event` (which drops
types the catalogue does not list)."""

from palli_common.consumer import Handler
from palli_webhooks.domain.catalogue import TOPIC_KEYS
from palli_webhooks.service.fanout import on_event

CONSUMERS: dict[str, dict[str, Handler]] = {name: {key: on_event for key in keys} for name, keys in TOPIC_KEYS.items()}
