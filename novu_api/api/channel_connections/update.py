# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a channel connection: `PATCH /v1/channel-connections/{identifier}` (ChannelConnectionsController_updateChannelConnection).

Standalone function module; the same call is `novu.channel_connections.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_channel_connection_response_dto import GetChannelConnectionResponseDto
from novu_api.models.update_channel_connection_request_dto import UpdateChannelConnectionRequestDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="ChannelConnectionsController_updateChannelConnection",
    method="PATCH",
    path="/v1/channel-connections/{identifier}",
    facade="channel_connections.update",
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
    "identifier": "identifier",
}


def _parts(
    *,
    identifier: str,
    body: UpdateChannelConnectionRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v1/channel-connections/{_c.path_param('identifier', identifier)}",
        json=_c.json_body(body, ("model", UpdateChannelConnectionRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> GetChannelConnectionResponseDto:
    parsed: GetChannelConnectionResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", GetChannelConnectionResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    identifier: str,
    body: UpdateChannelConnectionRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetChannelConnectionResponseDto]:
    """Update a channel connection

    `PATCH /v1/channel-connections/{identifier}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(identifier=identifier, body=body),
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
    identifier: str,
    body: UpdateChannelConnectionRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetChannelConnectionResponseDto:
    """Update a channel connection

    Update an existing channel connection by its unique identifier.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(identifier=identifier, body=body),
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
    identifier: str,
    body: UpdateChannelConnectionRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[GetChannelConnectionResponseDto]:
    """Update a channel connection (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(identifier=identifier, body=body),
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
    identifier: str,
    body: UpdateChannelConnectionRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> GetChannelConnectionResponseDto:
    """Update a channel connection (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(identifier=identifier, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
