"""Palli webhooks: partners' HTTPS endpoints for the events they may see, signed, retried, logged and replayable."""
