# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""InAppRenderOutput"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.action_dto import ActionDto
from novu_api.models.in_app_render_output_data import InAppRenderOutputData
from novu_api.models.redirect_dto import RedirectDto

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "body",
        "subject",
        "avatar",
        "primaryAction",
        "secondaryAction",
        "data",
        "redirect",
    )
)


@_define(kw_only=True)
class InAppRenderOutput:
    """Attributes:
    body (str): Body of the in-app notification
    subject (str | Unset, optional): Subject of the in-app notification
    avatar (str | Unset, optional): Avatar for the in-app notification
    primary_action (ActionDto | Unset, optional):  Sent as `primaryAction`.
    secondary_action (ActionDto | Unset, optional):  Sent as `secondaryAction`.
    data (InAppRenderOutputData | Unset, optional): Additional data
    redirect (RedirectDto | Unset, optional):
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    body: str
    subject: str | Unset = UNSET
    avatar: str | Unset = UNSET
    primary_action: ActionDto | Unset = UNSET
    secondary_action: ActionDto | Unset = UNSET
    data: InAppRenderOutputData | Unset = UNSET
    redirect: RedirectDto | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (the decoded model does not hold on to its source dict).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that this version of the spec does not declare."""
        if self._extra is None:
            self._extra = {}
        return self._extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        if self.body is not UNSET:
            out["body"] = self.body
        if self.subject is not UNSET:
            out["subject"] = self.subject
        if self.avatar is not UNSET:
            out["avatar"] = self.avatar
        if self.primary_action is not UNSET:
            out["primaryAction"] = _c.encode(self.primary_action)
        if self.secondary_action is not UNSET:
            out["secondaryAction"] = _c.encode(self.secondary_action)
        if self.data is not UNSET:
            out["data"] = _c.encode(self.data)
        if self.redirect is not UNSET:
            out["redirect"] = _c.encode(self.redirect)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> InAppRenderOutput:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.body = g("body", UNSET)
        self.subject = g("subject", UNSET)
        self.avatar = g("avatar", UNSET)
        self.primary_action = _c.model(ActionDto, g("primaryAction", UNSET), "primaryAction")
        self.secondary_action = _c.model(ActionDto, g("secondaryAction", UNSET), "secondaryAction")
        self.data = _c.model(InAppRenderOutputData, g("data", UNSET), "data")
        self.redirect = _c.model(RedirectDto, g("redirect", UNSET), "redirect")
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
