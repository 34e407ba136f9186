"""Palli training and volunteers service."""
