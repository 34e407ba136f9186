"""Shared helpers: the business day (Dhaka) and the clock, as every service keeps them."""

from palli_common.clock import BUSINESS_TIMEZONE, business_today, now  # noqa: F401
