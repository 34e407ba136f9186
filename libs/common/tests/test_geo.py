import pytest
from palli_common.errors import ValidationFailed

from palli_common.geo import (
    Address,
    list_districts,
    list_divisions,
    list_unions,
    list_upazilas,
    validate_address,
)


def _all_upazilas():
    # Walk by district: upazila names repeat across districts.
    return [(d["name"], u["name"]) for d in list_districts() for u in list_upazilas(d["name"])]


def test_reference_data_counts():
    assert len(list_divisions()) == 8
    assert len(list_districts()) == 64
    upazilas = _all_upazilas()
    assert len(upazilas) == 494
    assert sum(len(list_unions(u, district=d)) for d, u in upazilas) == 4540


def test_five_upazilas_have_no_unions():
    empty = [u for d, u in _all_upazilas() if not list_unions(u, district=d)]
    assert sorted(empty) == ["Dasar", "Eidgaon", "Guimara", "Madhyanagar", "Naldanga"]


def test_listing_gives_english_and_bangla_names():
    assert {"name": "Dhaka", "bn_name": "ঢাকা"} in list_divisions()
    assert len(list_districts("Dhaka")) == 13
    assert {"name": "Kaliakair", "bn_name": "কালিয়াকৈর"} in list_upazilas("Gazipur")


def test_valid_address_returns_canonical_english_names():
    address = validate_address("  dhaka ", "GAZIPUR", "kaliakair", None)
    assert address == Address("Dhaka", "Gazipur", "Kaliakair", None)


def test_bangla_names_accepted():
    address = validate_address("চট্টগ্রাম", "কুমিল্লা", "দেবিদ্বার", "সুবিল")
    assert address == Address("Chattagram", "Cumilla", "Debidwar", "Subil")


def test_bangla_names_match_in_either_unicode_form():
    # য় as one code point (U+09DF) or as য + nukta: both must match.
    assert validate_address("Rajshahi", "জয়পুরহাট", "Joypurhat Sadar", None).district == "Joypurhat"
    assert validate_address("Rajshahi", "জয়পুরহাট", "Joypurhat Sadar", None).district == "Joypurhat"


def test_spelling_variants_accepted():
    assert validate_address("Chattagram", "Cox's Bazar", "Coxsbazar Sadar", None).district == "Coxsbazar"
    assert validate_address("chattagram", "cumilla", "debidwar", "north-gunaighor").union == "North Gunaighor"
    assert validate_address("Dhaka", "Shariatpur", "Bhedarganj", "D. M. Khali").union == "D.M Khali"
    # Older English names of renamed divisions and districts.
    assert validate_address("Chittagong", "Comilla", "Debidwar", None).division == "Chattagram"
    assert validate_address("Barishal", "Barishal", "Barisal Sadar", None).district == "Barisal"


def test_sadar_upazila_under_current_district_name():
    assert validate_address("Khulna", "Jashore", "Jashore Sadar", None).upazila == "Jessore Sadar"
    assert validate_address("Rajshahi", "Bogura", "Sadar", None).upazila == "Bogra Sadar"


def test_union_optional():
    assert validate_address("Dhaka", "Gazipur", "Kaliakair", "").union is None
    assert validate_address("Dhaka", "Gazipur", "Kaliakair", "   ").union is None


def test_repeated_upazila_name_resolved_by_district():
    assert validate_address("Dhaka", "Gazipur", "Kaliganj", None).district == "Gazipur"
    assert validate_address("Khulna", "Jhenaidah", "Kaliganj", None).district == "Jhenaidah"


def test_district_in_wrong_division_refused():
    with pytest.raises(ValidationFailed) as exc:
        validate_address("Dhaka", "Feni", "Feni Sadar", None)
    assert exc.value.field == "address.district"
    assert exc.value.detail == "'Feni' is not a district of Dhaka division"


def test_unknown_division_refused():
    with pytest.raises(ValidationFailed) as exc:
        validate_address("Atlantis", "Dhaka", "Savar", None)
    assert exc.value.field == "address.division"


def test_upazila_in_wrong_district_refused():
    with pytest.raises(ValidationFailed) as exc:
        validate_address("Dhaka", "Gazipur", "Savar", None)
    assert exc.value.field == "address.upazila"
    assert "Gazipur district" in exc.value.detail


def test_unknown_union_refused():
    with pytest.raises(ValidationFailed) as exc:
        validate_address("Dhaka", "Gazipur", "Kaliakair", "Nowhere")
    assert exc.value.field == "address.union"
    assert "'Nowhere'" in exc.value.detail and "Kaliakair upazila" in exc.value.detail


def test_union_of_another_upazila_refused():
    with pytest.raises(ValidationFailed) as exc:
        validate_address("Chattagram", "Cumilla", "Barura", "Subil")  # Subil is in Debidwar
    assert exc.value.field == "address.union"


def test_union_given_where_none_listed_refused():
    with pytest.raises(ValidationFailed) as exc:
        validate_address("Chattagram", "Khagrachhari", "Guimara", "Anything")
    assert exc.value.field == "address.union"


@pytest.mark.parametrize(
    "args, field",
    [
        (("", "Gazipur", "Kaliakair", None), "address.division"),
        (("Dhaka", " ", "Kaliakair", None), "address.district"),
        (("Dhaka", "Gazipur", "", None), "address.upazila"),
    ],
)
def test_missing_level_refused(args, field):
    with pytest.raises(ValidationFailed) as exc:
        validate_address(*args)
    assert exc.value.field == field
    assert "required" in exc.value.detail


def test_listing_unknown_parent_refused():
    with pytest.raises(ValidationFailed) as exc:
        list_districts("Atlantis")
    assert exc.value.field == "division"
    with pytest.raises(ValidationFailed) as exc:
        list_upazilas("Atlantis")
    assert exc.value.field == "district"
    with pytest.raises(ValidationFailed) as exc:
        list_unions("Atlantis")
    assert exc.value.field == "upazila"


def test_listing_unions_of_repeated_upazila_name_needs_district():
    with pytest.raises(ValidationFailed) as exc:
        list_unions("Kaliganj")
    assert exc.value.field == "district"
    assert list_unions("Kaliganj", district="Gazipur") != list_unions("Kaliganj", district="Satkhira")
    assert list_unions("Debidwar")[0] == {"name": "Subil", "bn_name": "সুবিল"}
