# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""UiSchemaProperty"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.ui_component_enum import UiComponentEnum
from novu_api.models.ui_schema_property_placeholder import UiSchemaPropertyPlaceholder
from novu_api.models.ui_schema_property_placeholder_item import UiSchemaPropertyPlaceholderItem
from novu_api.models.ui_schema_property_properties import UiSchemaPropertyProperties

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "component",
        "placeholder",
        "properties",
    )
)


@_define(kw_only=True)
class UiSchemaProperty(_c.Model):
    """Attributes:
        component (UiComponentEnum | str): Component type for the UI Schema Property
        placeholder (str | float | bool | UiSchemaPropertyPlaceholder | Mapping[str, Any] | Sequence[str | float | bool | UiSchemaPropertyPlaceholderItem | Mapping[str, Any]] | None | Unset, optional): Placeholder for the UI Schema Property
        properties (UiSchemaPropertyProperties | Mapping[str, Any] | Unset, optional): Properties of the UI Schema
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    component: UiComponentEnum | str
    placeholder: (
        str
        | float
        | bool
        | UiSchemaPropertyPlaceholder
        | Mapping[str, Any]
        | Sequence[str | float | bool | UiSchemaPropertyPlaceholderItem | Mapping[str, Any]]
        | None
        | Unset
    ) = UNSET
    properties: UiSchemaPropertyProperties | Mapping[str, Any] | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> UiSchemaProperty:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not UiSchemaProperty:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> UiSchemaProperty:
    self: UiSchemaProperty = _c._new(UiSchemaProperty)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 1
    try:
        v = src["component"]
    except KeyError:
        v = _c.off(
            self,
            ("component",),
            UNSET,
            "one of 'EMAIL_EDITOR_SELECT', 'LAYOUT_SELECT', 'BLOCK_EDITOR', 'EMAIL_BODY', 'TEXT_FULL_LINE', 'TEXT_INLINE_LABEL', 'IN_APP_BODY', 'IN_APP_AVATAR', 'IN_APP_PRIMARY_SUBJECT', 'IN_APP_BUTTON_DROPDOWN', 'IN_APP_DISABLE_SANITIZATION_SWITCH', 'DISABLE_SANITIZATION_SWITCH', 'URL_TEXT_BOX', 'DIGEST_AMOUNT', 'DIGEST_UNIT', 'DIGEST_TYPE', 'DIGEST_KEY', 'DIGEST_CRON', 'DELAY_AMOUNT', 'DELAY_UNIT', 'DELAY_TYPE', 'DELAY_CRON', 'DELAY_DYNAMIC_KEY', 'THROTTLE_TYPE', 'THROTTLE_WINDOW', 'THROTTLE_UNIT', 'THROTTLE_DYNAMIC_KEY', 'THROTTLE_THRESHOLD', 'THROTTLE_KEY', 'EXTEND_TO_SCHEDULE', 'SMS_BODY', 'CHAT_BODY', 'PUSH_BODY', 'PUSH_SUBJECT', 'QUERY_EDITOR', 'DATA', 'LAYOUT_EMAIL', 'DESTINATION_METHOD', 'DESTINATION_URL', 'DESTINATION_HEADERS', 'DESTINATION_BODY', 'DESTINATION_RESPONSE_BODY_SCHEMA', 'DESTINATION_ENFORCE_SCHEMA_VALIDATION', 'DESTINATION_CONTINUE_ON_FAILURE', 'DESTINATION_TIMEOUT'",
        )
        n -= 1
    else:
        v = _c.enum_in(self, "component", v, UiComponentEnum)
    self.component = v
    if "placeholder" in src:
        v = src["placeholder"]
        if v is not None:
            v = _c.union_in(self, "placeholder", v, _S_placeholder)
        self.placeholder = v
        n += 1
    else:
        self.placeholder = UNSET
    if "properties" in src:
        v = src["properties"]
        if v.__class__ is dict:
            try:
                v = UiSchemaPropertyProperties._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "properties")
                raise
        else:
            v = _c.off(self, ("properties",), v, "an object (UiSchemaPropertyProperties)")
        self.properties = v
        n += 1
    else:
        self.properties = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


UiSchemaProperty._make = _make
UiSchemaProperty._decode = _decode
UiSchemaProperty._Pending = _c.pending(UiSchemaProperty)
UiSchemaProperty._SPEC = _c.ModelSpec(
    UiSchemaProperty,
    (
        ("component", "component", True, ("enum", UiComponentEnum)),
        (
            "placeholder",
            "placeholder",
            False,
            (
                "union",
                (
                    ("str",),
                    ("num",),
                    ("bool",),
                    ("model", UiSchemaPropertyPlaceholder),
                    (
                        "list",
                        (
                            "union",
                            (
                                ("str",),
                                ("num",),
                                ("bool",),
                                ("model", UiSchemaPropertyPlaceholderItem),
                            ),
                        ),
                    ),
                    ("null",),
                ),
            ),
        ),
        ("properties", "properties", False, ("model", UiSchemaPropertyProperties)),
    ),
)
_S_placeholder = _c.prepare(
    (
        "union",
        (
            ("str",),
            ("num",),
            ("bool",),
            ("model", UiSchemaPropertyPlaceholder),
            (
                "list",
                (
                    "union",
                    (
                        ("str",),
                        ("num",),
                        ("bool",),
                        ("model", UiSchemaPropertyPlaceholderItem),
                    ),
                ),
            ),
            ("null",),
        ),
    )
)
