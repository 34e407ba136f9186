"""argon2id hashing, run in worker threads so a login never stalls the event loop; a semaphore
bounds how many hashes (64 MiB each by default) run at once."""

from __future__ import annotations

import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


class Passwords:
    def __init__(self, *, time_cost: int = 3, memory_kib: int = 65536, parallelism: int = 4, concurrency: int = 4):
        self.hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism)
        self._slots = asyncio.Semaphore(concurrency)
        # verified against when the username is unknown, so timing does not reveal which usernames exist
        self._decoy = self.hasher.hash("decoy password that matches nothing")

    async def hash(self, password: str) -> str:
        async with self._slots:
            return await asyncio.to_thread(self.hasher.hash, password)

    async def verify(self, stored_hash: str | None, password: str) -> bool:
        async with self._slots:
            return await asyncio.to_thread(self._verify, stored_hash or self._decoy, password) and stored_hash is not None

    def _verify(self, stored_hash: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored_hash, password)
        except (VerificationError, InvalidHashError):
            return False


def check_password_strength(password: str) -> None:
    from palli_common.errors import ValidationFailed

    if len(password) < 10:
        raise ValidationFailed("a password needs at least 10 characters", field="password")
    if len(password) > 256:
        raise ValidationFailed("a password may have at most 256 characters", field="password")
