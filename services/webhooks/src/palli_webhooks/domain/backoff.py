"""When to try a delivery again: exponential backoff with jitter, so a partner's receiver coming
back from an outage is not hit by every queued delivery at the same instant."""

from __future__ import annotations

import random
from collections.abc import Callable

JITTER = 0.25  # up to 25% added to each delay


def retry_delay(attempt: int, *, base: float, cap: float, rand: Callable[[], float] = random.random) -> float:
    """Seconds to wait after failed attempt number `attempt` (1, 2, ...): base, 2 base, 4 base... up to
    `cap`, plus up to 25% of that."""
    delay = min(cap, base * 2 ** max(min(attempt, 60) - 1, 0))
    return delay * (1 + JITTER * rand())
