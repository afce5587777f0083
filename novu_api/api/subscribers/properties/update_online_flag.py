# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update subscriber online status: `PATCH /v1/subscribers/{subscriberId}/online-status` (SubscribersV1Controller_updateSubscriberOnlineFlag).

Standalone function module; the same call is `novu.subscribers.properties.update_online_flag(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.subscriber_response_dto import SubscriberResponseDto
from novu_api.models.update_subscriber_online_flag_request_dto import UpdateSubscriberOnlineFlagRequestDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersV1Controller_updateSubscriberOnlineFlag",
    method="PATCH",
    path="/v1/subscribers/{subscriberId}/online-status",
    facade="subscribers.properties.update_online_flag",
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
    body: UpdateSubscriberOnlineFlagRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/online-status",
        json=_c.json_body(body, ("model", UpdateSubscriberOnlineFlagRequestDto))
        if body is not UNSET
        else None,
    )


def _parse(data: Any, strict: bool = False) -> SubscriberResponseDto:
    parsed: SubscriberResponseDto = _c.root(OPERATION.facade, strict, data, ("model", SubscriberResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    body: UpdateSubscriberOnlineFlagRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriberResponseDto]:
    """Update subscriber online status

    `PATCH /v1/subscribers/{subscriberId}/online-status`; returns the parsed value with status and headers.
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
    body: UpdateSubscriberOnlineFlagRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriberResponseDto:
    """Update subscriber online status

    Update the subscriber online status by its unique key identifier **subscriberId**

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
    body: UpdateSubscriberOnlineFlagRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriberResponseDto]:
    """Update subscriber online status (async); returns the parsed value with status and headers."""
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
    body: UpdateSubscriberOnlineFlagRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriberResponseDto:
    """Update subscriber online status (async)."""
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
