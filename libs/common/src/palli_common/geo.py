"""Bangladesh addresses: division > district > upazila > union, checked against shipped reference data.

The data (geo_data/, from nuhil/bangladesh-geocode, MIT) has no city-corporation wards and 5 upazilas
without unions, so the union is optional. Names match in English or Bangla, ignoring case, spaces and
punctuation, so "Cox's Bazar", "coxs bazar" and "কক্সবাজার" are one district.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from importlib.resources import files

from palli_common.errors import ValidationFailed

_LEVELS = ("division", "district", "upazila", "union")

# Spaces, hyphens, apostrophes (straight and curly), dots, commas, brackets and zero-width joiners
# vary between spellings of one name ("D.M Khali", "Sreepur-Kharandwi", "জি,এম, হাট").
_IGNORED = re.compile(r"[\s\-'\u2018\u2019.,()\u200c\u200d]")

# Official 2018 English renamings and common older spellings the dataset does not carry.
_ALIASES = {
    "division": {"chittagong": "chattagram", "chattogram": "chattagram", "barishal": "barisal"},
    "district": {
        "chittagong": "chattogram", "chattagram": "chattogram", "comilla": "cumilla", "bogra": "bogura",
        "jessore": "jashore", "barishal": "barisal", "jhalokati": "jhalakathi", "jhalokathi": "jhalakathi",
        "netrakona": "netrokona", "maulvibazar": "moulvibazar", "khagrachari": "khagrachhari",
    },
}


def _key(name: str) -> str:
    # NFC because the data mixes precomposed and decomposed Bangla letters (য় as one or two code points).
    return _IGNORED.sub("", unicodedata.normalize("NFC", name).casefold())


@dataclass(frozen=True)
class Address:
    division: str
    district: str
    upazila: str
    union: str | None


@dataclass(eq=False)
class _Area:
    level: str
    name: str
    bn_name: str
    parent: _Area | None = field(default=None, repr=False)
    children: list[_Area] = field(default_factory=list, repr=False)
    index: dict[str, _Area] = field(default_factory=dict, repr=False)  # child by English or Bangla key

    @property
    def label(self) -> str:
        return self.name if self.parent is None else f"{self.name} {self.level}"


@dataclass
class _Geo:
    root: _Area
    by_key: dict[str, dict[str, list[_Area]]]  # level -> key -> areas, for lookups without a parent


def _rows(filename: str) -> list[list[str]]:
    with (files("palli_common") / "geo_data" / filename).open(encoding="utf-8", newline="") as f:
        # Some Bangla names carry stray tabs or leading spaces.
        return [[cell.strip() for cell in row] for row in csv.reader(f) if row]


@functools.cache
def _geo() -> _Geo:
    root = _Area("country", "Bangladesh", "বাংলাদেশ")
    by_key: dict[str, dict[str, list[_Area]]] = {level: {} for level in _LEVELS}
    parents = {"": root}
    for level in _LEVELS:
        areas: dict[str, _Area] = {}
        for row in _rows(f"{level}s.csv"):
            if level == "division":
                row.insert(1, "")  # divisions have no parent column
            area_id, parent_id, name, bn_name = row[:4]
            parent = parents[parent_id]
            area = _Area(level, name, unicodedata.normalize("NFC", bn_name), parent)
            parent.children.append(area)
            for k in {_key(name), _key(bn_name)}:
                # A few unions repeat a name within one upazila; the first wins, the canonical name is the same.
                parent.index.setdefault(k, area)
                by_key[level].setdefault(k, []).append(area)
            if level == "upazila" and _key(name).endswith("sadar"):
                # The data spells sadar upazilas with old district names ("Jessore Sadar" in Jashore);
                # also accept the district's current name, and plain "Sadar" within the district.
                own = _key(parent.name) + "sadar"
                parent.index.setdefault(own, area)
                by_key[level].setdefault(own, []).append(area)
                for k in ("sadar", _key("সদর")):
                    parent.index.setdefault(k, area)
            areas[area_id] = area
        parents = areas
    return _Geo(root, by_key)


def _required(value: str | None, level: str, field_name: str) -> str:
    if value is None or not value.strip():
        raise ValidationFailed(f"{level} is required", field=field_name)
    return value.strip()


def _lookup_key(value: str, level: str) -> str:
    k = _key(value)
    return _ALIASES.get(level, {}).get(k, k)


def _child(parent: _Area, value: str, level: str, field_name: str) -> _Area:
    area = parent.index.get(_lookup_key(value, level))
    if area is None:
        article = "an" if level == "upazila" else "a"
        detail = f"'{value}' is not {article} {level} of {parent.label}"
        if not parent.children:
            detail += f" (the reference data lists no {level}s there; leave it empty)"
        raise ValidationFailed(detail, field=field_name)
    return area


def _anywhere(value: str | None, level: str) -> _Area:
    """Find an area by name alone; refuses a name shared by several parents (upazilas repeat)."""
    value = _required(value, level, level)
    matches = _geo().by_key[level].get(_lookup_key(value, level), [])
    if not matches:
        raise ValidationFailed(f"'{value}' is not a known {level}", field=level)
    if len({id(a.parent) for a in matches}) > 1:
        parent_level = matches[0].parent.level
        parents = ", ".join(sorted({a.parent.name for a in matches}))
        raise ValidationFailed(
            f"'{value}' names {level}s in several {parent_level}s ({parents}); give the {parent_level}",
            field=parent_level,
        )
    return matches[0]


def validate_address(division: str, district: str, upazila: str, union: str | None) -> Address:
    """Check the chain top-down and return canonical English names; union may be None or empty."""
    area = _geo().root
    names: list[str | None] = []
    for level, value in zip(_LEVELS, (division, district, upazila, union)):
        field_name = f"address.{level}"
        if level == "union" and (value is None or not value.strip()):
            names.append(None)
            break
        area = _child(area, _required(value, level, field_name), level, field_name)
        names.append(area.name)
    return Address(*names)


def _items(areas: list[_Area]) -> list[dict[str, str]]:
    return [{"name": a.name, "bn_name": a.bn_name} for a in areas]


def list_divisions() -> list[dict[str, str]]:
    return _items(_geo().root.children)


def list_districts(division: str | None = None) -> list[dict[str, str]]:
    """All 64 districts, or those of one division."""
    if division is None:
        return _items([d for div in _geo().root.children for d in div.children])
    found = _child(_geo().root, _required(division, "division", "division"), "division", "division")
    return _items(found.children)


def list_upazilas(district: str) -> list[dict[str, str]]:
    return _items(_anywhere(district, "district").children)


def list_unions(upazila: str, district: str | None = None) -> list[dict[str, str]]:
    """Unions of an upazila. Some upazila names (Kaliganj, Sreepur...) exist in several districts;
    for those the district is needed, else ValidationFailed(field="district")."""
    if district is None or not district.strip():
        return _items(_anywhere(upazila, "upazila").children)
    parent = _anywhere(district, "district")
    return _items(_child(parent, _required(upazila, "upazila", "upazila"), "upazila", "upazila").children)


def locate_district_upazila(district: str, upazila: str) -> Address:
    """A branch's location: the district names its division; the upazila must lie in the district."""
    found = _anywhere(district, "district")
    sub = _child(found, _required(upazila, "upazila", "upazila"), "upazila", "upazila")
    return Address(found.parent.name, found.name, sub.name, None)
