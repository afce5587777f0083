# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Delete a message: `DELETE /v1/messages/{messageId}` (MessagesController_deleteMessage).

Standalone function module; the same call is `novu.messages.delete(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.delete_message_response_dto import DeleteMessageResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="MessagesController_deleteMessage",
    method="DELETE",
    path="/v1/messages/{messageId}",
    facade="messages.delete",
    envelope=True,
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
    **options: Unpack[RequestOptions],
) -> Response[DeleteMessageResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(message_id=message_id), _parse, **options)


def sync(
    *,
    client: Novu,
    message_id: str,
    **options: Unpack[RequestOptions],
) -> DeleteMessageResponseDto:
    """Delete a message

    Delete a message entity from the Novu platform by **messageId**. This action is irreversible.
    **messageId** is required and of mongodbId type.

    `DELETE /v1/messages/{messageId}` (MessagesController_deleteMessage). On a client:
    `novu.messages.delete(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        message_id (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        DeleteMessageResponseDto: the decoded response.

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
        result = delete.sync(client=novu, message_id="507f1f77bcf86cd799439011")
    """
    return client._request(OPERATION, _parts(message_id=message_id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    message_id: str,
    **options: Unpack[RequestOptions],
) -> Response[DeleteMessageResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(message_id=message_id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    message_id: str,
    **options: Unpack[RequestOptions],
) -> DeleteMessageResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(message_id=message_id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
