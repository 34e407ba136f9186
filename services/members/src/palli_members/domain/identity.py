"""National ID and mobile number normalisation.

Field officers type these from cards and phones, often with Bangla digits or spaces, so both are
accepted and stored in one canonical form (ASCII digits; E.164 for mobiles) to make duplicate checks work.
"""

from __future__ import annotations

import datetime
import re

from palli_common.errors import ValidationFailed
from palli_common.mobile import normalise_mobile  # noqa: F401  (members' callers import it from here)

_BANGLA_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_WHITESPACE = re.compile(r"\s+")
# [0-9], not \d: \d also matches Arabic-Indic and other Unicode digits that int() would silently accept.
_NID = re.compile(r"[0-9]{10}|[0-9]{13}|[0-9]{17}")


def normalise_nid(value: str, date_of_birth: datetime.date | None) -> str:
    """10-digit smart card, 13-digit old card, or 17-digit (birth year + 13) NID; returns ASCII digits."""
    nid = _WHITESPACE.sub("", value or "").translate(_BANGLA_DIGITS)
    if not nid:
        raise ValidationFailed("NID is required", field="nid")
    if not re.fullmatch(r"[0-9]+", nid):
        raise ValidationFailed("NID must contain digits only", field="nid")
    if not _NID.fullmatch(nid):
        raise ValidationFailed(f"NID must have 10, 13 or 17 digits, not {len(nid)}", field="nid")
    # The 17-digit form is the birth year followed by the old 13 digits.
    if len(nid) == 17 and date_of_birth is not None and nid[:4] != f"{date_of_birth.year:04d}":
        raise ValidationFailed(
            f"a 17-digit NID starts with the birth year {date_of_birth.year}, this one starts with {nid[:4]}",
            field="nid",
        )
    return nid
