from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AuditOut")


@_attrs_define
class AuditOut:
    """
    Attributes:
        id (UUID):
        at (datetime.datetime):
        subject (None | str):
        username (None | str):
        client_id (None | str):
        method (str):
        route (str):
        path (str):
        status (int):
        request_id (str):
        address (None | str):
        duration_ms (float):
    """

    id: UUID
    at: datetime.datetime
    subject: None | str
    username: None | str
    client_id: None | str
    method: str
    route: str
    path: str
    status: int
    request_id: str
    address: None | str
    duration_ms: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        at = self.at.isoformat()

        subject: None | str
        subject = self.subject

        username: None | str
        username = self.username

        client_id: None | str
        client_id = self.client_id

        method = self.method

        route = self.route

        path = self.path

        status = self.status

        request_id = self.request_id

        address: None | str
        address = self.address

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "subject": subject,
                "username": username,
                "client_id": client_id,
                "method": method,
                "route": route,
                "path": path,
                "status": status,
                "request_id": request_id,
                "address": address,
                "duration_ms": duration_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_subject(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject = _parse_subject(d.pop("subject"))

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        def _parse_client_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_id = _parse_client_id(d.pop("client_id"))

        method = d.pop("method")

        route = d.pop("route")

        path = d.pop("path")

        status = d.pop("status")

        request_id = d.pop("request_id")

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        duration_ms = d.pop("duration_ms")

        audit_out = cls(
            id=id,
            at=at,
            subject=subject,
            username=username,
            client_id=client_id,
            method=method,
            route=route,
            path=path,
            status=status,
            request_id=request_id,
            address=address,
            duration_ms=duration_ms,
        )

        audit_out.additional_properties = d
        return audit_out

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
