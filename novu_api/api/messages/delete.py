# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a message: `DELETE /v1/messages/{messageId}` (MessagesController_deleteMessage).

Standalone function module; the same call is `novu.messages.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.delete_message_response_dto import DeleteMessageResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="MessagesController_deleteMessage",
    method="DELETE",
    path="/v1/messages/{messageId}",
    facade="messages.delete",
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
    "messageId": "message_id",
}


def _parts(
    *,
    message_id: str,
) -> RequestParts:
    return RequestParts(
        method="DELETE",
        url=f"/v1/messages/{_c.path_param('message_id', message_id)}",
    )


def _parse(data: Any, strict: bool = False) -> DeleteMessageResponseDto:
    parsed: DeleteMessageResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", DeleteMessageResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    message_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DeleteMessageResponseDto]:
    """Delete a message

    `DELETE /v1/messages/{messageId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            message_id=message_id,
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
    message_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DeleteMessageResponseDto:
    """Delete a message

    Delete a message entity from the Novu platform by **messageId**.
        This action is irreversible. **messageId** is required and of mongodbId type.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            message_id=message_id,
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
    message_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[DeleteMessageResponseDto]:
    """Delete a message (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            message_id=message_id,
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
    message_id: str,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> DeleteMessageResponseDto:
    """Delete a message (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                message_id=message_id,
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
