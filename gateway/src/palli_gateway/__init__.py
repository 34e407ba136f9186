"""Palli gateway: the one front door for partners, frontends and staff."""
