"""Endpoints' signing secrets at rest: Fernet (AES-128-CBC + HMAC) with a key derived from
WEBHOOKS_SECRET_KEY, so a copy of the database alone cannot forge deliveries. (They cannot be
hashed like passwords: signing needs the secret itself.)"""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet


class SecretBox:
    def __init__(self, key: str):
        derived = hashlib.sha256(b"palli-webhooks-secrets\0" + key.encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))

    def seal(self, secret: str) -> str:
        return self._fernet.encrypt(secret.encode()).decode()

    def open(self, sealed: str) -> str:
        return self._fernet.decrypt(sealed.encode()).decode()
