# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update a subscriber: `PATCH /v2/subscribers/{subscriberId}` (SubscribersController_patchSubscriber).

Standalone function module; the same call is `novu.subscribers.patch(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.patch_subscriber_request_dto import PatchSubscriberRequestDto
from novu_api.models.subscriber_response_dto import SubscriberResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersController_patchSubscriber",
    method="PATCH",
    path="/v2/subscribers/{subscriberId}",
    facade="subscribers.patch",
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
    body: PatchSubscriberRequestDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="PATCH",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}",
        json=_c.json_body(body, ("model", PatchSubscriberRequestDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> SubscriberResponseDto:
    parsed: SubscriberResponseDto = _c.root(OPERATION.facade, strict, data, ("model", SubscriberResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    body: PatchSubscriberRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriberResponseDto]:
    """Update a subscriber

    `PATCH /v2/subscribers/{subscriberId}`; returns the parsed value with status and headers.
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
    body: PatchSubscriberRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriberResponseDto:
    """Update a subscriber

    Update a subscriber by its unique key identifier **subscriberId**.
        **subscriberId** is a required field, rest other fields are optional

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
    body: PatchSubscriberRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[SubscriberResponseDto]:
    """Update a subscriber (async); returns the parsed value with status and headers."""
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
    body: PatchSubscriberRequestDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SubscriberResponseDto:
    """Update a subscriber (async)."""
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
