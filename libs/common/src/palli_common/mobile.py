"""Bangladeshi mobile numbers, as every service takes them: one canonical form, +8801XXXXXXXXX."""

from __future__ import annotations

import re

from palli_common.errors import ValidationFailed

_BANGLA_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_MOBILE = re.compile(r"(?:\+?88)?(01[0-9]{9})")


def normalise_mobile(value: str, field: str = "mobile") -> str:
    """01XXXXXXXXX, 8801XXXXXXXXX or +8801XXXXXXXXX (spaces, hyphens, Bangla digits allowed) -> +8801XXXXXXXXX."""
    compact = re.sub(r"[\s-]+", "", value or "").translate(_BANGLA_DIGITS)
    match = _MOBILE.fullmatch(compact)
    if match is None:
        raise ValidationFailed(
            f"'{value}' is not a Bangladeshi mobile number (01XXXXXXXXX or +8801XXXXXXXXX)", field=field
        )
    local = match.group(1)
    # 013-019 are the operator prefixes in use; 010-012 are not allocated to mobile operators.
    if local[2] not in "3456789":
        raise ValidationFailed(f"'{value}' has no valid operator code (013 to 019)", field=field)
    return "+88" + local
