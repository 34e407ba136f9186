"""Staff and partner authentication: passwords, signing keys, tokens, lockout, revocation."""
