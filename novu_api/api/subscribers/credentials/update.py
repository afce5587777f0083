# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Update provider credentials: `PUT /v1/subscribers/{subscriberId}/credentials` (SubscribersV1Controller_updateSubscriberChannel).

Standalone function module; the same call is `novu.subscribers.credentials.update(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.subscriber_response_dto import SubscriberResponseDto
from novu_api.models.update_subscriber_channel_request_dto import UpdateSubscriberChannelRequestDto

from .... import _codec as _c
from ...._operation import Operation, RequestParts, plain_json
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersV1Controller_updateSubscriberChannel",
    method="PUT",
    path="/v1/subscribers/{subscriberId}/credentials",
    facade="subscribers.credentials.update",
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
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "providerId": (str,),
    "integrationIdentifier": (str,),
}


def _parts(
    *,
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
) -> RequestParts:
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", UpdateSubscriberChannelRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="PUT",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/credentials",
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> SubscriberResponseDto:
    parsed: SubscriberResponseDto = _c.root(OPERATION.facade, strict, data, ("model", SubscriberResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[SubscriberResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(subscriber_id=subscriber_id, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> SubscriberResponseDto:
    """Update provider credentials

    Update credentials for a provider such as **slack** and **FCM**. **providerId** is required
    field. This API creates the **deviceTokens** or replaces the existing ones.

    `PUT /v1/subscribers/{subscriberId}/credentials`
    (SubscribersV1Controller_updateSubscriberChannel). On a client:
    `novu.subscribers.credentials.update(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path):
        body (UpdateSubscriberChannelRequestDto | dict[str, Any]; JSON body): the request: a
            `UpdateSubscriberChannelRequestDto`, or a dict of its fields
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SubscriberResponseDto: the decoded response.

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
        result = update.sync(client=novu, subscriber_id="SUBSCRIBER_ID", body={...})
    """
    return client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[SubscriberResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(subscriber_id=subscriber_id, body=body), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    body: UpdateSubscriberChannelRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> SubscriberResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(subscriber_id=subscriber_id, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
