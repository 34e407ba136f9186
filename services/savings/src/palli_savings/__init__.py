"""Palli savings service."""
