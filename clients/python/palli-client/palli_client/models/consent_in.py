from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.consent_in_method import ConsentInMethod, check_consent_in_method
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsentIn")


@_attrs_define
class ConsentIn:
    """
    Attributes:
        method (ConsentInMethod): how she agreed
        reference (None | str | Unset): the signed form's number, or the SMS code's id
        witness (None | str | Unset):
    """

    method: ConsentInMethod
    reference: None | str | Unset = UNSET
    witness: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        method: str = self.method

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        witness: None | str | Unset
        if isinstance(self.witness, Unset):
            witness = UNSET
        else:
            witness = self.witness

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "method": method,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if witness is not UNSET:
            field_dict["witness"] = witness

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = check_consent_in_method(d.pop("method"))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_witness(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        witness = _parse_witness(d.pop("witness", UNSET))

        consent_in = cls(
            method=method,
            reference=reference,
            witness=witness,
        )

        return consent_in
