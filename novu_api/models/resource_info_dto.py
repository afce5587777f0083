# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""ResourceInfoDto"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.user_info_dto import UserInfoDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "updatedBy",
        "updatedAt",
    )
)


@_define(kw_only=True)
class ResourceInfoDto(_c.Model):
    """Attributes:
        id (str | None | Unset, optional): Resource ID (workflow ID or step ID)
        name (str | None | Unset, optional): Resource name (workflow name or step name)
        updated_by (UserInfoDto | None | Unset, optional): User who last updated the resource Sent as `updatedBy`.
        updated_at (datetime.datetime | None | Unset, optional): When the resource was last updated Sent as `updatedAt`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    updated_by: UserInfoDto | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (a decoded model does not hold on to its wire object).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)
    # What the generator knows about the fields (names, types, required set), set at the end of
    # this module; the encoder, the input checks and the union picker read it.
    _SPEC: ClassVar[_c.ModelSpec]

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
        """The JSON object this model is sent as; values are checked as they are encoded."""
        return _c.to_wire(self)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> ResourceInfoDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not ResourceInfoDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> ResourceInfoDto:
    self: ResourceInfoDto = _c._new(ResourceInfoDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "id" in src:
        v = src["id"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("id",), v, "a string or null")
        self.id = v
        n += 1
    else:
        self.id = UNSET
    if "name" in src:
        v = src["name"]
        if v.__class__ is not str and v is not None:
            v = _c.off(self, ("name",), v, "a string or null")
        self.name = v
        n += 1
    else:
        self.name = UNSET
    if "updatedBy" in src:
        v = src["updatedBy"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = UserInfoDto._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "updatedBy")
                    raise
            else:
                v = _c.off(self, ("updatedBy",), v, "an object (UserInfoDto) or null")
        self.updated_by = v
        n += 1
    else:
        self.updated_by = UNSET
    if "updatedAt" in src:
        v = src["updatedAt"]
        if v is not None:
            v = _c.datetime_in(self, "updatedAt", v)
        self.updated_at = v
        n += 1
    else:
        self.updated_at = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


ResourceInfoDto._make = _make
ResourceInfoDto._decode = _decode
ResourceInfoDto._Pending = _c.pending(ResourceInfoDto)
ResourceInfoDto._SPEC = _c.ModelSpec(
    ResourceInfoDto,
    (
        (
            "id",
            "id",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "name",
            "name",
            False,
            (
                "union",
                (
                    ("str",),
                    ("null",),
                ),
            ),
        ),
        (
            "updatedBy",
            "updated_by",
            False,
            (
                "union",
                (
                    ("model", UserInfoDto),
                    ("null",),
                ),
            ),
        ),
        (
            "updatedAt",
            "updated_at",
            False,
            (
                "union",
                (
                    ("datetime",),
                    ("null",),
                ),
            ),
        ),
    ),
)
