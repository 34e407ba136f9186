"""Palli notifications: SMS to members about their loans, in Bangla or English."""
