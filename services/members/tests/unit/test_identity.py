import datetime

import pytest
from palli_common.errors import ValidationFailed

from palli_members.domain.identity import normalise_mobile, normalise_nid

DOB = datetime.date(1985, 3, 14)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("1234567890", "1234567890"),
        ("1234567890123", "1234567890123"),
        ("19851234567890123", "19851234567890123"),
        ("  123 456 7890 ", "1234567890"),
        ("১২৩৪৫৬৭৮৯০", "1234567890"),
    ],
)
def test_valid_nids(value, expected):
    assert normalise_nid(value, DOB) == expected


def test_17_digit_nid_without_birth_date_accepted():
    assert normalise_nid("19991234567890123", None) == "19991234567890123"


def test_17_digit_nid_with_wrong_birth_year_refused():
    with pytest.raises(ValidationFailed) as exc:
        normalise_nid("19861234567890123", DOB)
    assert exc.value.field == "nid"
    assert "1985" in exc.value.detail


@pytest.mark.parametrize(
    "value",
    ["12345abcde", "123456789O", "1234-567890", "١٢٣٤٥٦٧٨٩٠"],  # letters, letter O, hyphen, Arabic-Indic digits
)
def test_nid_with_non_digits_refused(value):
    with pytest.raises(ValidationFailed) as exc:
        normalise_nid(value, DOB)
    assert exc.value.field == "nid"


@pytest.mark.parametrize("value", ["", "123456789", "12345678901", "123456789012345678"])
def test_nid_of_wrong_length_refused(value):
    with pytest.raises(ValidationFailed) as exc:
        normalise_nid(value, DOB)
    assert exc.value.field == "nid"


@pytest.mark.parametrize(
    "value",
    [
        "01712345678",
        "+8801712345678",
        "8801712345678",
        "017-1234-5678",
        "+880 1712 345678",
        "০১৭১২৩৪৫৬৭৮",
    ],
)
def test_mobile_forms_normalise_to_e164(value):
    assert normalise_mobile(value) == "+8801712345678"


@pytest.mark.parametrize("operator", "3456789")
def test_every_operator_digit_accepted(operator):
    assert normalise_mobile(f"01{operator}12345678") == f"+8801{operator}12345678"


@pytest.mark.parametrize("value", ["01012345678", "01112345678", "01212345678", "+8801212345678"])
def test_operator_digit_0_to_2_refused(value):
    with pytest.raises(ValidationFailed) as exc:
        normalise_mobile(value)
    assert exc.value.field == "mobile"


@pytest.mark.parametrize(
    "value",
    ["0171234567", "017123456789", "1712345678", "+881712345678", "+8801712345678 ext", "", "02-9123456"],
)
def test_malformed_mobile_refused(value):
    with pytest.raises(ValidationFailed) as exc:
        normalise_mobile(value)
    assert exc.value.field == "mobile"
