# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""RequestLogResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.request_log_response_dto_source import RequestLogResponseDtoSource
from novu_api.models.request_log_response_dto_transaction_id import RequestLogResponseDtoTransactionId

from .. import _codec as _c

_KNOWN: frozenset[str] = frozenset(
    (
        "id",
        "createdAt",
        "url",
        "urlPattern",
        "method",
        "statusCode",
        "path",
        "hostname",
        "ip",
        "userAgent",
        "requestBody",
        "responseBody",
        "userId",
        "organizationId",
        "environmentId",
        "authType",
        "durationMs",
        "source",
        "transactionId",
    )
)


@_define(kw_only=True)
class RequestLogResponseDto(_c.Model):
    """Attributes:
        id (str): Request log identifier
        created_at (str): Creation timestamp Sent as `createdAt`.
        url (str): Request URL
        url_pattern (str): URL pattern Sent as `urlPattern`.
        method (str): HTTP method
        status_code (float): HTTP status code Sent as `statusCode`.
        path (str): Request path
        hostname (str): Request hostname
        ip (str): Client IP address
        user_agent (str): User agent string Sent as `userAgent`.
        request_body (str): Request body Sent as `requestBody`.
        response_body (str): Response body Sent as `responseBody`.
        user_id (str): User identifier Sent as `userId`.
        organization_id (str): Organization identifier Sent as `organizationId`.
        environment_id (str): Environment identifier Sent as `environmentId`.
        auth_type (str): Authentication type Sent as `authType`.
        duration_ms (float): Request duration in milliseconds Sent as `durationMs`.
        source (RequestLogResponseDtoSource | str): Origin of the request: 'http' for API triggers or 'inbound_email' for inbound mail
        transaction_id (RequestLogResponseDtoTransactionId | Mapping[str, Any] | None | Unset, optional): Transaction identifier Sent as `transactionId`.
        additional_properties (dict[str, Any]): fields not in the spec, kept as sent.

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
    """

    id: str
    created_at: str
    url: str
    url_pattern: str
    method: str
    status_code: float
    path: str
    hostname: str
    ip: str
    user_agent: str
    request_body: str
    response_body: str
    user_id: str
    organization_id: str
    environment_id: str
    auth_type: str
    duration_ms: float
    source: RequestLogResponseDtoSource | str
    transaction_id: RequestLogResponseDtoTransactionId | Mapping[str, Any] | None | Unset = UNSET
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
    def _eager(cls, src: Any, lazy: bool = False) -> RequestLogResponseDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not RequestLogResponseDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> RequestLogResponseDto:
    self: RequestLogResponseDto = _c._new(RequestLogResponseDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 18
    try:
        v = src["id"]
    except KeyError:
        v = _c.off(self, ("id",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("id",), v, "a string")
    self.id = v
    try:
        v = src["createdAt"]
    except KeyError:
        v = _c.off(self, ("createdAt",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("createdAt",), v, "a string")
    self.created_at = v
    try:
        v = src["url"]
    except KeyError:
        v = _c.off(self, ("url",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("url",), v, "a string")
    self.url = v
    try:
        v = src["urlPattern"]
    except KeyError:
        v = _c.off(self, ("urlPattern",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("urlPattern",), v, "a string")
    self.url_pattern = v
    try:
        v = src["method"]
    except KeyError:
        v = _c.off(self, ("method",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("method",), v, "a string")
    self.method = v
    try:
        v = src["statusCode"]
    except KeyError:
        v = _c.off(self, ("statusCode",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("statusCode",), v, "a number")
    self.status_code = v
    try:
        v = src["path"]
    except KeyError:
        v = _c.off(self, ("path",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("path",), v, "a string")
    self.path = v
    try:
        v = src["hostname"]
    except KeyError:
        v = _c.off(self, ("hostname",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("hostname",), v, "a string")
    self.hostname = v
    try:
        v = src["ip"]
    except KeyError:
        v = _c.off(self, ("ip",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("ip",), v, "a string")
    self.ip = v
    try:
        v = src["userAgent"]
    except KeyError:
        v = _c.off(self, ("userAgent",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("userAgent",), v, "a string")
    self.user_agent = v
    try:
        v = src["requestBody"]
    except KeyError:
        v = _c.off(self, ("requestBody",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("requestBody",), v, "a string")
    self.request_body = v
    try:
        v = src["responseBody"]
    except KeyError:
        v = _c.off(self, ("responseBody",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("responseBody",), v, "a string")
    self.response_body = v
    try:
        v = src["userId"]
    except KeyError:
        v = _c.off(self, ("userId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("userId",), v, "a string")
    self.user_id = v
    try:
        v = src["organizationId"]
    except KeyError:
        v = _c.off(self, ("organizationId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("organizationId",), v, "a string")
    self.organization_id = v
    try:
        v = src["environmentId"]
    except KeyError:
        v = _c.off(self, ("environmentId",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("environmentId",), v, "a string")
    self.environment_id = v
    try:
        v = src["authType"]
    except KeyError:
        v = _c.off(self, ("authType",), UNSET, "a string")
        n -= 1
    else:
        if v.__class__ is not str:
            v = _c.off(self, ("authType",), v, "a string")
    self.auth_type = v
    try:
        v = src["durationMs"]
    except KeyError:
        v = _c.off(self, ("durationMs",), UNSET, "a number")
        n -= 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _c.off(self, ("durationMs",), v, "a number")
    self.duration_ms = v
    try:
        v = src["source"]
    except KeyError:
        v = _c.off(self, ("source",), UNSET, "one of 'http', 'inbound_email'")
        n -= 1
    else:
        v = _c.enum_in(self, "source", v, RequestLogResponseDtoSource)
    self.source = v
    if "transactionId" in src:
        v = src["transactionId"]
        if v is not None:
            if v.__class__ is dict:
                try:
                    v = RequestLogResponseDtoTransactionId._make(v, lazy)
                except _c.DecodeError as exc:
                    exc.path.insert(0, "transactionId")
                    raise
            else:
                v = _c.off(
                    self, ("transactionId",), v, "an object (RequestLogResponseDtoTransactionId) or null"
                )
        self.transaction_id = v
        n += 1
    else:
        self.transaction_id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


RequestLogResponseDto._make = _make
RequestLogResponseDto._decode = _decode
RequestLogResponseDto._Pending = _c.pending(RequestLogResponseDto)
RequestLogResponseDto._SPEC = _c.ModelSpec(
    RequestLogResponseDto,
    (
        ("id", "id", True, ("str",)),
        ("createdAt", "created_at", True, ("str",)),
        ("url", "url", True, ("str",)),
        ("urlPattern", "url_pattern", True, ("str",)),
        ("method", "method", True, ("str",)),
        ("statusCode", "status_code", True, ("num",)),
        ("path", "path", True, ("str",)),
        ("hostname", "hostname", True, ("str",)),
        ("ip", "ip", True, ("str",)),
        ("userAgent", "user_agent", True, ("str",)),
        ("requestBody", "request_body", True, ("str",)),
        ("responseBody", "response_body", True, ("str",)),
        ("userId", "user_id", True, ("str",)),
        ("organizationId", "organization_id", True, ("str",)),
        ("environmentId", "environment_id", True, ("str",)),
        ("authType", "auth_type", True, ("str",)),
        ("durationMs", "duration_ms", True, ("num",)),
        ("source", "source", True, ("enum", RequestLogResponseDtoSource)),
        (
            "transactionId",
            "transaction_id",
            False,
            (
                "union",
                (
                    ("model", RequestLogResponseDtoTransactionId),
                    ("null",),
                ),
            ),
        ),
    ),
)
