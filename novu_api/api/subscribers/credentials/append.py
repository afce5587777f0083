# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Upsert provider credentials: `PATCH /v1/subscribers/{subscriberId}/credentials` (SubscribersV1Controller_modifySubscriberChannel).

Standalone function module; the same call is `novu.subscribers.credentials.append(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.subscriber_response_dto import SubscriberResponseDto
from novu_api.models.update_subscriber_channel_request_dto import UpdateSubscriberChannelRequestDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersV1Controller_modifySubscriberChannel",
    method="PATCH",
    path="/v1/subscribers/{subscriberId}/credentials",
    facade="subscribers.credentials.append",
    envelope=True,
    bare_keys=(
        "__v",
        "_environmentId",
        "_id",
        "_organizationId",
        "avatar",
        "channels",
        "createdAt",
        "deleted",
        "email",
        "firstName",
        "isOnline",
        "lastName",
        "lastOnlineAt",
        "locale",
        "phone",
        "subscriberId",
        "timezone",
        "topics",
        "updatedAt",
    ),
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
    "subscriberId": "subscriber_id",
}


def _parts(
    *,
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/credentials",
        json=_c.json_body(body, ("model", UpdateSubscriberChannelRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> SubscriberResponseDto:
    parsed: SubscriberResponseDto = _c.root(OPERATION.facade, strict, data, ("model", SubscriberResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriberResponseDto]:
    """Upsert provider credentials

    `PATCH /v1/subscribers/{subscriberId}/credentials`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
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
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriberResponseDto:
    """Upsert provider credentials

    Upsert credentials for a provider such as **slack** and **FCM**.
          **providerId** is required field. This API creates **deviceTokens** or appends to the existing
    ones.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
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
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriberResponseDto]:
    """Upsert provider credentials (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, body=body),
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
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriberResponseDto:
    """Upsert provider credentials (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(subscriber_id=subscriber_id, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
