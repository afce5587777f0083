# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Create a subscriber: `POST /v2/subscribers` (SubscribersController_createSubscriber).

Standalone function module; the same call is `novu.subscribers.create(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.create_subscriber_request_dto import CreateSubscriberRequestDto
from novu_api.models.subscriber_response_dto import SubscriberResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts, plain_json
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersController_createSubscriber",
    method="POST",
    path="/v2/subscribers",
    facade="subscribers.create",
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
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "SubscriberResponseDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "failIfExists": "fail_if_exists",
}

# Body field (wire name) -> the exact types its value is sent as given in (None: any value JSON
# can carry). A body of such values skips the per-field checks; any other goes through `_c.json_body`.
_PLAIN_BODY: dict[str, tuple[type, ...] | None] = {
    "subscriberId": (str,),
    "firstName": (str,),
    "lastName": (str,),
    "email": (str,),
    "phone": (str,),
    "avatar": (str,),
    "locale": (str,),
    "timezone": (str,),
    "data": (dict,),
}


def _parts(
    *,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateSubscriberRequestDto | dict[str, Any],
) -> RequestParts:
    params: dict[str, Any] = {}
    if fail_if_exists is not UNSET:
        params["failIfExists"] = _c.query_value("fail_if_exists", fail_if_exists, ("bool",))
    wire, content = plain_json(body, _PLAIN_BODY) or (
        _c.json_body(body, ("model", CreateSubscriberRequestDto)) if body is not UNSET else None,
        None,
    )
    return RequestParts(
        method="POST",
        url="/v2/subscribers",
        params=params,
        json=wire,
        content=content,
    )


def _parse(data: Any, strict: bool = False) -> SubscriberResponseDto:
    parsed: SubscriberResponseDto = _c.root(OPERATION.facade, strict, data, ("model", SubscriberResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateSubscriberRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[SubscriberResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(fail_if_exists=fail_if_exists, body=body), _parse, **options)


def sync(
    *,
    client: Novu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateSubscriberRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> SubscriberResponseDto:
    """Create a subscriber

    Create a subscriber with the subscriber attributes. **subscriberId** is a required field, rest
    other fields are optional, if the subscriber already exists, it will be updated

    `POST /v2/subscribers` (SubscribersController_createSubscriber). On a client:
    `novu.subscribers.create(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        body (CreateSubscriberRequestDto | dict[str, Any]; JSON body): the request: a
            `CreateSubscriberRequestDto`, or a dict of its fields
        fail_if_exists (bool, optional; query): If true, the request will fail if a subscriber with
            the same subscriberId already exists
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SubscriberResponseDto: the decoded response.

    Raises:
        BadRequestError: 400; `.body`: `ErrorDto`.
        AuthenticationError: 401; `.body`: `ErrorDto`.
        PermissionDeniedError: 403; `.body`: `ErrorDto`.
        NotFoundError: 404; `.body`: `ErrorDto`.
        MethodNotAllowedError: 405; `.body`: `ErrorDto`.
        ConflictError: 409; `.body`: `SubscriberResponseDto`.
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
        result = create.sync(client=novu, body={...})
    """
    return client._request(
        OPERATION, _parts(fail_if_exists=fail_if_exists, body=body), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateSubscriberRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> Response[SubscriberResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(fail_if_exists=fail_if_exists, body=body), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    fail_if_exists: bool | Unset = UNSET,
    body: CreateSubscriberRequestDto | dict[str, Any],
    **options: Unpack[RequestOptions],
) -> SubscriberResponseDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(OPERATION, _parts(fail_if_exists=fail_if_exists, body=body), _parse, **options)
    ).parsed


asyncio.__doc__ = sync.__doc__
