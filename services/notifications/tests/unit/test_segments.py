"""SMS part counting (domain/segments.py): GSM-7 160/153, UCS-2 70/67, two-unit characters at the boundaries."""

import pytest

from palli_notifications.domain.segments import count_segments, encoding_of, split_parts


def parts(text: str) -> tuple[str, int, int]:
    s = count_segments(text)
    return s.encoding, s.units, s.parts


@pytest.mark.parametrize(("text", "expected"), [
    ("", ("GSM-7", 0, 1)),
    ("a" * 160, ("GSM-7", 160, 1)),
    ("a" * 161, ("GSM-7", 161, 2)),
    ("a" * 306, ("GSM-7", 306, 2)),
    ("a" * 307, ("GSM-7", 307, 3)),
    ("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¡ÄÖÑÜ§¿äöñüà", ("GSM-7", 41, 1)),  # the whole basic table beyond ASCII is one septet each
    ("a" * 158 + "€", ("GSM-7", 160, 1)),  # an extension character costs two septets
    ("a" * 159 + "€", ("GSM-7", 161, 2)),
    ("{}[]~|^\\", ("GSM-7", 16, 1)),
    ("a" * 70, ("GSM-7", 70, 1)),
    ("ঋ" * 70, ("UCS-2", 70, 1)),
    ("ঋ" * 71, ("UCS-2", 71, 2)),
    ("ঋ" * 134, ("UCS-2", 134, 2)),
    ("ঋ" * 135, ("UCS-2", 135, 3)),
    ("a" * 69 + "ç", ("UCS-2", 70, 1)),  # ç is not in GSM-7 (only Ç is): the whole text goes UCS-2
    ("😀" * 35, ("UCS-2", 70, 1)),  # each emoji is a surrogate pair: two code units
    ("😀" * 35 + "a", ("UCS-2", 71, 2)),
])
def test_encoding_units_and_parts(text, expected):
    assert parts(text) == expected


def test_an_escape_sequence_is_never_cut_between_parts():
    text = "a" * 152 + "€" + "b" * 10  # the euro would take septets 153 and 154: it opens part two
    assert [len(p) for p in split_parts(text)] == [152, 11]
    assert count_segments(text).parts == 2
    full = "a" * 152 + "€" * 77  # 152 + 154 = 306 septets, but the first euro cannot end part one
    assert count_segments(full).units == 306 and count_segments(full).parts == 3


def test_a_surrogate_pair_is_never_cut_between_parts():
    text = "ক" * 66 + "😀" + "খ" * 5  # the emoji would take units 67 and 68
    assert [len(p.encode("utf-16-le")) // 2 for p in split_parts(text)] == [66, 7]
    assert count_segments("ক" * 66 + "😀" + "খ" * 66).parts == 3


def test_bangla_message_and_capacity():
    text = "প্রিয় রহিমা খাতুন, ২৩/১১/২০২৬ তারিখে আপনার ১,২৫০.০০ টাকা জমা হয়েছে।"
    s = count_segments(text)
    assert (s.encoding, s.units, s.parts, s.per_part) == ("UCS-2", len(text), 1 if len(text) <= 70 else 2, 70 if len(text) <= 70 else 67)
    assert count_segments("x" * 200).per_part == 153
    assert encoding_of("Tk 1,250.00") == "GSM-7" and encoding_of("৳") == "UCS-2"
    assert encoding_of("\x1b") == "UCS-2"  # a bare escape is not text
