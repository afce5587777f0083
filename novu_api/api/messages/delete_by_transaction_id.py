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
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="MessagesController_deleteMessagesByTransactionId",
    method="DELETE",
    path="/v1/messages/transaction/{transactionId}",
    facade="messages.delete_by_transaction_id",
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
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(transaction_id=transaction_id, channel=channel), _parse, **options
    )


def sync(
    *,
    client: Novu,
    transaction_id: str,
    channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> None:
    """Delete messages by transactionId

    Delete multiple messages from the Novu platform using **transactionId** of triggered event. This
    API supports filtering by **channel** and delete all messages associated with the
    **transactionId**.

    `DELETE /v1/messages/transaction/{transactionId}`
    (MessagesController_deleteMessagesByTransactionId). On a client:
    `novu.messages.delete_by_transaction_id(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        transaction_id (str; path):
        channel (MessagesControllerDeleteMessagesByTransactionIdChannel | str, optional; query): The
            channel of the message to be deleted. Constraints: one of "in_app", "email", "sms",
            "chat", "push".
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        None: the call has no response body.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        AuthenticationError: 401; `.body`: `ErrorDto`.
        PermissionDeniedError: 403; `.body`: `ErrorDto`.
        NotFoundError: 404; `.body`: `ErrorDto`.
        MethodNotAllowedError: 405; `.body`: `ErrorDto`.
        ConflictError: 409; `.body`: `ErrorDto`.
        PayloadTooLargeError: 413; `.body`: `ErrorDto`.
        URITooLongError: 414; `.body`: `ErrorDto`.
        UnsupportedMediaTypeError: 415; `.body`: `ErrorDto`.
        UnprocessableEntityError: 422; `.body`: `ValidationErrorDto`.
        RateLimitError: 429; `.body`: `ErrorDto`.
        InternalServerError: 500; `.body`: `ErrorDto`.
        ServiceUnavailableError: 503; `.body`: `ErrorDto`.
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        delete_by_transaction_id.sync(client=novu, transaction_id="507f1f77bcf86cd799439011")
    """
    return client._request(
        OPERATION, _parts(transaction_id=transaction_id, channel=channel), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    transaction_id: str,
    channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[None]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(transaction_id=transaction_id, channel=channel), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    transaction_id: str,
    channel: MessagesControllerDeleteMessagesByTransactionIdChannel | str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> None:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(transaction_id=transaction_id, channel=channel), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
