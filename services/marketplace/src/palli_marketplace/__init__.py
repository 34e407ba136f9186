"""Palli marketplace (Palli Bipani)."""
