# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""RequestLogResponseDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.request_log_response_dto_source import RequestLogResponseDtoSource
from novu_api.models.request_log_response_dto_transaction_id import RequestLogResponseDtoTransactionId

from .. import _codec as _c
from .._types import UNSET, Unset

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
class RequestLogResponseDto:
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
    transaction_id (None | RequestLogResponseDtoTransactionId | Unset, optional): Transaction identifier Sent as `transactionId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
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
    transaction_id: None | RequestLogResponseDtoTransactionId | Unset = UNSET
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
        if self.id is not UNSET:
            out["id"] = self.id
        if self.created_at is not UNSET:
            out["createdAt"] = self.created_at
        if self.url is not UNSET:
            out["url"] = self.url
        if self.url_pattern is not UNSET:
            out["urlPattern"] = self.url_pattern
        if self.method is not UNSET:
            out["method"] = self.method
        if self.status_code is not UNSET:
            out["statusCode"] = self.status_code
        if self.path is not UNSET:
            out["path"] = self.path
        if self.hostname is not UNSET:
            out["hostname"] = self.hostname
        if self.ip is not UNSET:
            out["ip"] = self.ip
        if self.user_agent is not UNSET:
            out["userAgent"] = self.user_agent
        if self.request_body is not UNSET:
            out["requestBody"] = self.request_body
        if self.response_body is not UNSET:
            out["responseBody"] = self.response_body
        if self.user_id is not UNSET:
            out["userId"] = self.user_id
        if self.organization_id is not UNSET:
            out["organizationId"] = self.organization_id
        if self.environment_id is not UNSET:
            out["environmentId"] = self.environment_id
        if self.auth_type is not UNSET:
            out["authType"] = self.auth_type
        if self.duration_ms is not UNSET:
            out["durationMs"] = self.duration_ms
        if self.source is not UNSET:
            out["source"] = _c.encode(self.source)
        if self.transaction_id is not UNSET:
            out["transactionId"] = _c.encode(self.transaction_id)
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RequestLogResponseDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.id = g("id", UNSET)
        self.created_at = g("createdAt", UNSET)
        self.url = g("url", UNSET)
        self.url_pattern = g("urlPattern", UNSET)
        self.method = g("method", UNSET)
        self.status_code = g("statusCode", UNSET)
        self.path = g("path", UNSET)
        self.hostname = g("hostname", UNSET)
        self.ip = g("ip", UNSET)
        self.user_agent = g("userAgent", UNSET)
        self.request_body = g("requestBody", UNSET)
        self.response_body = g("responseBody", UNSET)
        self.user_id = g("userId", UNSET)
        self.organization_id = g("organizationId", UNSET)
        self.environment_id = g("environmentId", UNSET)
        self.auth_type = g("authType", UNSET)
        self.duration_ms = g("durationMs", UNSET)
        self.source = _c.enum_value(RequestLogResponseDtoSource, g("source", UNSET))
        self.transaction_id = _c.union(
            (RequestLogResponseDtoTransactionId,), g("transactionId", UNSET), "transactionId"
        )
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
