# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a subscriber: `DELETE /v2/subscribers/{subscriberId}` (SubscribersController_removeSubscriber).

Standalone function module; the same call is `novu.subscribers.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.remove_subscriber_response_dto import RemoveSubscriberResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersController_removeSubscriber",
    method="DELETE",
    path="/v2/subscribers/{subscriberId}",
    facade="subscribers.delete",
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
    has_body=False,
    returns_json=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
}


def _parts(
    *,
    subscriber_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}",
    )


def _parse(data: Any, strict: bool = False) -> RemoveSubscriberResponseDto:
    parsed: RemoveSubscriberResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", RemoveSubscriberResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[RemoveSubscriberResponseDto]:
    """Delete a subscriber

    `DELETE /v2/subscribers/{subscriberId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
        ),
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> RemoveSubscriberResponseDto:
    """Delete a subscriber

    Deletes a subscriber entity from the Novu platform along with associated messages, preferences, and
    topic subscriptions.
          **subscriberId** is a required field.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
        ),
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[RemoveSubscriberResponseDto]:
    """Delete a subscriber (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            subscriber_id=subscriber_id,
        ),
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> RemoveSubscriberResponseDto:
    """Delete a subscriber (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                subscriber_id=subscriber_id,
            ),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
