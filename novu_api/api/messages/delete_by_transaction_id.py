# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete messages by transactionId: `DELETE /v1/messages/transaction/{transactionId}` (MessagesController_deleteMessagesByTransactionId).

Standalone function module; the same call is `novu.messages.delete_by_transaction_id(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.messages_controller_delete_messages_by_transaction_id_channel import (
    MessagesControllerDeleteMessagesByTransactionIdChannel,
)

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy

OPERATION = Operation(
    operation_id="MessagesController_deleteMessagesByTransactionId",
    method="DELETE",
    path="/v1/messages/transaction/{transactionId}",
    facade="messages.delete_by_transaction_id",
    envelope=False,
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
    returns_json=False,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "transactionId": "transaction_id",
    "channel": "channel",
}


def _parts(
    *,
    transaction_id: str,
    channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if channel is not UNSET:
        params["channel"] = _c.query_value(
            "channel", channel, ("enum", MessagesControllerDeleteMessagesByTransactionIdChannel)
        )
    return RequestParts(
        method="DELETE",
        url=f"/v1/messages/transaction/{_c.path_param('transaction_id', transaction_id)}",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> None:
    return None


def sync_detailed(
    *,
    client: Novu,
    transaction_id: str,
    channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Delete messages by transactionId

    `DELETE /v1/messages/transaction/{transactionId}`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            transaction_id=transaction_id,
            channel=channel,
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
    transaction_id: str,
    channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Delete messages by transactionId

    Delete multiple messages from the Novu platform using **transactionId** of triggered event.
        This API supports filtering by **channel** and delete all messages associated with the
    **transactionId**.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request(
        OPERATION,
        _parts(
            transaction_id=transaction_id,
            channel=channel,
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
    transaction_id: str,
    channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[None]:
    """Delete messages by transactionId (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            transaction_id=transaction_id,
            channel=channel,
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
    transaction_id: str,
    channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> None:
    """Delete messages by transactionId (async)."""
    return (
        await client._request(
            OPERATION,
            _parts(
                transaction_id=transaction_id,
                channel=channel,
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
