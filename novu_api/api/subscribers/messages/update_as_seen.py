# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update notification action status: `POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}` (SubscribersV1Controller_markActionAsSeen).

Standalone function module; the same call is `novu.subscribers.messages.update_as_seen(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.mark_message_action_as_seen_dto import MarkMessageActionAsSeenDto
from novu_api.models.message_response_dto import MessageResponseDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from novu_api.models.button_type_enum import ButtonTypeEnum

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersV1Controller_markActionAsSeen",
    method="POST",
    path="/v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}",
    facade="subscribers.messages.update_as_seen",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "messageId": "message_id",
    "type": "type_",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "status": (str,),
    "payload": (dict,),
}


def _parts(
    *,
    subscriber_id: str,
    message_id: str,
    type_: ButtonTypeEnum | str,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", MarkMessageActionAsSeenDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/messages/{_c.path_param('message_id', message_id)}/actions/{_c.path_param('type_', type_)}",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> MessageResponseDto:
    parsed: MessageResponseDto = _c.root(OPERATION.facade, strict, data, ("model", MessageResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    message_id: str,
    type_: ButtonTypeEnum | str,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[MessageResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, message_id=message_id, type_=type_, body=body),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    message_id: str,
    type_: ButtonTypeEnum | str,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> MessageResponseDto:
    """Update notification action status

    This API is deprecated, use v2 API instead. Update in-app notification's action status by its
    unique key identifier **messageId** and type field **type**. **type** field can be **primary**
    or **secondary**

    `POST /v1/subscribers/{subscriberId}/messages/{messageId}/actions/{type}`
    (SubscribersV1Controller_markActionAsSeen). On a client:
    `novu.subscribers.messages.update_as_seen(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path):
        message_id (str; path):
        type_ (ButtonTypeEnum | str; path): Type of button for the action result. Constraints: one
            of "primary", "secondary".
        body (MarkMessageActionAsSeenDto | dict[str, Any]; JSON body): the request: a
            `MarkMessageActionAsSeenDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        MessageResponseDto: the decoded response.

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
        result = update_as_seen.sync(client=novu, subscriber_id="SUBSCRIBER_ID", message_id="MESSAGE_ID", type_="primary", body={...})
    """
    return client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, message_id=message_id, type_=type_, body=body),
        _parse,
        **options,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    message_id: str,
    type_: ButtonTypeEnum | str,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[MessageResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(subscriber_id=subscriber_id, message_id=message_id, type_=type_, body=body),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    message_id: str,
    type_: ButtonTypeEnum | str,
    body: MarkMessageActionAsSeenDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> MessageResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION,
            _parts(subscriber_id=subscriber_id, message_id=message_id, type_=type_, body=body),
            _parse,
            **options,
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
