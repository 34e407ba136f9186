from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.module_out import ModuleOut
    from ..models.programme_out_rule import ProgrammeOutRule


T = TypeVar("T", bound="ProgrammeOut")


@_attrs_define
class ProgrammeOut:
    """
    Attributes:
        id (UUID):
        code (str):
        kind (str):
        name (str):
        name_bn (str):
        rule (ProgrammeOutRule):
        active (bool):
        modules (list[ModuleOut]):
    """

    id: UUID
    code: str
    kind: str
    name: str
    name_bn: str
    rule: ProgrammeOutRule
    active: bool
    modules: list[ModuleOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        kind = self.kind

        name = self.name

        name_bn = self.name_bn

        rule = self.rule.to_dict()

        active = self.active

        modules = []
        for modules_item_data in self.modules:
            modules_item = modules_item_data.to_dict()
            modules.append(modules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "kind": kind,
                "name": name,
                "name_bn": name_bn,
                "rule": rule,
                "active": active,
                "modules": modules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.module_out import ModuleOut  # noqa: PLC0415
        from ..models.programme_out_rule import ProgrammeOutRule  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        code = d.pop("code")

        kind = d.pop("kind")

        name = d.pop("name")

        name_bn = d.pop("name_bn")

        rule = ProgrammeOutRule.from_dict(d.pop("rule"))

        active = d.pop("active")

        modules = []
        _modules = d.pop("modules")
        for modules_item_data in _modules:
            modules_item = ModuleOut.from_dict(modules_item_data)

            modules.append(modules_item)

        programme_out = cls(
            id=id,
            code=code,
            kind=kind,
            name=name,
            name_bn=name_bn,
            rule=rule,
            active=active,
            modules=modules,
        )

        programme_out.additional_properties = d
        return programme_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
