# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Issue a short-lived mobile setup link for an existing integration: `POST /v1/integrations/{integrationIdentifier}/mobile-link` (IntegrationsController_createIntegrationMobileLink).

Standalone function module; the same call is `novu.integrations.create_mobile_link(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.issue_integration_mobile_link_request_dto import IssueIntegrationMobileLinkRequestDto
from novu_api.models.issue_telegram_mobile_link_response_dto import IssueTelegramMobileLinkResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="IntegrationsController_createIntegrationMobileLink",
    method="POST",
    path="/v1/integrations/{integrationIdentifier}/mobile-link",
    facade="integrations.create_mobile_link",
    envelope=True,
    bare_keys=(),
    pagination=None,
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    has_body=True,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "integrationIdentifier": "integration_identifier",
}


def _parts(
    *,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/integrations/{_c.path_param('integration_identifier', integration_identifier)}/mobile-link",
        json=_c.json_body(body, ("model", IssueIntegrationMobileLinkRequestDto))
        if body is not UNSET
        else None,
    )


def _parse(data: Any, strict: bool = False) -> IssueTelegramMobileLinkResponseDto:
    parsed: IssueTelegramMobileLinkResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", IssueTelegramMobileLinkResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[IssueTelegramMobileLinkResponseDto]:
    """Issue a short-lived mobile setup link for an existing integration

    `POST /v1/integrations/{integrationIdentifier}/mobile-link`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(integration_identifier=integration_identifier, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


def sync(
    *,
    client: Novu,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> IssueTelegramMobileLinkResponseDto:
    """Issue a short-lived mobile setup link for an existing integration

    Returns an opaque, single-use setup token plus a mobile URL for configuring an existing chat
    integration. Telegram is the only supported provider initially.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(integration_identifier=integration_identifier, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[IssueTelegramMobileLinkResponseDto]:
    """Issue a short-lived mobile setup link for an existing integration (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(integration_identifier=integration_identifier, body=body),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    integration_identifier: str,
    body: IssueIntegrationMobileLinkRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> IssueTelegramMobileLinkResponseDto:
    """Issue a short-lived mobile setup link for an existing integration (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(integration_identifier=integration_identifier, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
