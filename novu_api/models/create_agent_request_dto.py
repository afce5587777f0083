# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CreateAgentRequestDto"""

from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.create_agent_request_dto_runtime import CreateAgentRequestDtoRuntime
from novu_api.models.managed_runtime_dto import ManagedRuntimeDto

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "name",
        "identifier",
        "description",
        "active",
        "runtime",
        "managedRuntime",
    )
)


@_define(kw_only=True)
class CreateAgentRequestDto(_c.Model):
    """Attributes:
        name (str): Required when not adopting an existing managed agent (i.e. when
            managedRuntime.externalAgentId is absent). Optional in adopt mode where the name is
            resolved from the provider.
        identifier (str): Required when not adopting an existing managed agent. Auto-generated from the provider
            agent name when omitted in adopt mode.
        description (str | Unset, optional):
        active (bool | Unset, optional):
        runtime (CreateAgentRequestDtoRuntime | str | Unset, optional):
        managed_runtime (ManagedRuntimeDto | Unset, optional):  Sent as `managedRuntime`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    name: str
    identifier: str
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    runtime: CreateAgentRequestDtoRuntime | str | Unset = UNSET
    managed_runtime: ManagedRuntimeDto | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> CreateAgentRequestDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CreateAgentRequestDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> CreateAgentRequestDto:
    self: CreateAgentRequestDto = _c._new(CreateAgentRequestDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 2
    try:
        v = src["name"]
    except KeyError:
        v = _c.off(self, ("name",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("name",), v, "a string")
    self.name = v
    try:
        v = src["identifier"]
    except KeyError:
        v = _c.off(self, ("identifier",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("identifier",), v, "a string")
    self.identifier = v
    if "description" in src:
        v = src["description"]
        if v.__class__ is not str:
            v = _c.off(self, ("description",), v, "a string")
        self.description = v
        n += 1
    else:
        self.description = UNSET
    if "active" in src:
        v = src["active"]
        if v.__class__ is not bool:
            v = _c.off(self, ("active",), v, "a boolean")
        self.active = v
        n += 1
    else:
        self.active = UNSET
    if "runtime" in src:
        v = src["runtime"]
        v = _c.enum_in(self, "runtime", v, CreateAgentRequestDtoRuntime)
        self.runtime = v
        n += 1
    else:
        self.runtime = UNSET
    if "managedRuntime" in src:
        v = src["managedRuntime"]
        if v.__class__ is dict:
            try:
                v = ManagedRuntimeDto._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "managedRuntime")
                raise
        else:
            v = _c.off(self, ("managedRuntime",), v, "an object (ManagedRuntimeDto)")
        self.managed_runtime = v
        n += 1
    else:
        self.managed_runtime = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


CreateAgentRequestDto._make = _make
CreateAgentRequestDto._decode = _decode
CreateAgentRequestDto._Pending = _c.pending(CreateAgentRequestDto)
CreateAgentRequestDto._SPEC = _c.ModelSpec(
    CreateAgentRequestDto,
    (
        ("name", "name", True, ("str",)),
        ("identifier", "identifier", True, ("str",)),
        ("description", "description", False, ("str",)),
        ("active", "active", False, ("bool",)),
        ("runtime", "runtime", False, ("enum", CreateAgentRequestDtoRuntime)),
        ("managedRuntime", "managed_runtime", False, ("model", ManagedRuntimeDto)),
    ),
)
