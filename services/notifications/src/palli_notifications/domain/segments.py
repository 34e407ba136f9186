"""How many SMS parts a text costs (GSM 03.38 / 3GPP TS 23.038), which is what the gateway bills.

A text made only of the GSM 7-bit alphabet goes as GSM-7: 160 septets in one SMS, 153 per part when
concatenated (the user data header takes the rest). The extension-table characters (^ { } \\ [ ~ ] | €
and form feed) cost two septets (an escape, then the character). Anything else, Bangla included,
makes the whole text UCS-2: 70 UTF-16 code units in one SMS, 67 per part; a character outside the
Basic Multilingual Plane (most emoji) is a surrogate pair, two code units. Phones do not split an
escape sequence or a surrogate pair across parts, so such a character at a boundary starts the next part.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

LIMITS = {"GSM-7": (160, 153), "UCS-2": (70, 67)}  # (one SMS, each part of a longer one)

Encoding = Literal["GSM-7", "UCS-2"]


@dataclass(frozen=True)
class Segments:
    encoding: Encoding
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    parts: int
    per_part: int  # capacity of each part at this length: 160/70 for one SMS, 153/67 when concatenated


def encoding_of(text: str) -> Encoding:
    return "GSM-7" if all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text) else "UCS-2"


def _cost(char: str, encoding: Encoding) -> int:
    if encoding == "GSM-7":
        return 2 if char in GSM7_EXTENSION else 1
    return 2 if ord(char) > 0xFFFF else 1


def split_parts(text: str) -> list[str]:
    """The text as the phone network would carry it: one part, or parts of at most 153/67 units
    with no escape sequence or surrogate pair cut in two. An empty text is one (empty) SMS."""
    encoding = encoding_of(text)
    single, per_part = LIMITS[encoding]
    costs = [_cost(c, encoding) for c in text]
    if sum(costs) <= single:
        return [text]
    parts, current, used = [], [], 0
    for char, cost in zip(text, costs):
        if used + cost > per_part:
            parts.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += cost
    parts.append("".join(current))
    return parts


def count_segments(text: str) -> Segments:
    encoding = encoding_of(text)
    units = sum(_cost(c, encoding) for c in text)
    parts = len(split_parts(text))
    single, per_part = LIMITS[encoding]
    return Segments(encoding=encoding, units=units, parts=parts, per_part=single if parts == 1 else per_part)
