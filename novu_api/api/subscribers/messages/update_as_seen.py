# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update notification action status: `POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}` (SubscribersV1Controller_markActionAsSeen).

Standalone function module; the same call is `novu.subscribers.messages.update_as_seen(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.mark_message_action_as_seen_dto import MarkMessageActionAsSeenDto
from novu_api.models.message_response_dto import MessageResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="SubscribersV1Controller_markActionAsSeen",
    method="POST",
    path="/v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}",
    facade="subscribers.messages.update_as_seen",
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
    "subscriberId": "subscriber_id",
    "messageId": "message_id",
    "type": "type_",
}


def _parts(
    *,
    subscriber_id: str,
    message_id: str,
    type_: Any,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
) -> RequestParts:
    return RequestParts(
        method="POST",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/messages/{_c.path_param('message_id', message_id)}/actions/{_c.path_param('type_', type_)}",
        json=_c.json_body(body, ("model", MarkMessageActionAsSeenDto)) if body is not UNSET else None,
    )


def _parse(data: Any, strict: bool = False) -> MessageResponseDto:
    parsed: MessageResponseDto = _c.root(OPERATION.facade, strict, data, ("model", MessageResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    message_id: str,
    type_: Any,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[MessageResponseDto]:
    """Update notification action status

    `POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, message_id=message_id, type_=type_, body=body),
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
    message_id: str,
    type_: Any,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> MessageResponseDto:
    """Update notification action status

    This API is deprecated, use v2 API instead. Update in-app notification's action status by its unique
    key identifier **messageId** and type field **type**.
          **type** field can be **primary** or **secondary**

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, message_id=message_id, type_=type_, body=body),
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
    message_id: str,
    type_: Any,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[MessageResponseDto]:
    """Update notification action status (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, message_id=message_id, type_=type_, body=body),
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
    message_id: str,
    type_: Any,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> MessageResponseDto:
    """Update notification action status (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(subscriber_id=subscriber_id, message_id=message_id, type_=type_, body=body),
            _parse,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )
    ).parsed
