import asyncio
import time

from palli_gateway.auth.passwords import Passwords
from palli_gateway.settings import GatewaySettings


async def test_default_cost_is_argon2id_and_hashing_leaves_the_event_loop_free():
    settings = GatewaySettings()
    passwords = Passwords(time_cost=settings.argon2_time_cost, memory_kib=settings.argon2_memory_kib)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    task = asyncio.create_task(ticker())
    started = time.perf_counter()
    stored = await passwords.hash("a long enough password")
    took = time.perf_counter() - started
    task.cancel()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    # the loop kept ticking while the hash ran in a thread (a blocked loop ticks about once; a loaded
    # machine, e.g. tests running in parallel on 2 cores, ticks far less often than every 5 ms)
    assert ticks >= max(took / 0.005 * 0.2, 5)
    assert await passwords.verify(stored, "a long enough password")
    assert not await passwords.verify(stored, "a long enough passworD")
    assert not await passwords.verify(None, "a long enough password")  # unknown user: decoy, still False
    assert not await passwords.verify("not a hash", "x")
