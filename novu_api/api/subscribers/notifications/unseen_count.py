# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve unseen notifications count: `GET /v1/subscribers/{subscriberId}/notifications/unseen` (SubscribersV1Controller_getUnseenCount).

Standalone function module; the same call is `novu.subscribers.notifications.unseen_count(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.unseen_count_response import UnseenCountResponse

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersV1Controller_getUnseenCount",
    method="GET",
    path="/v1/subscribers/{subscriberId}/notifications/unseen",
    facade="subscribers.notifications.unseen_count",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "seen": "seen",
    "limit": "limit",
}


def _parts(
    *,
    subscriber_id: str,
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if seen is not UNSET:
        params["seen"] = _c.query_value("seen", seen, ("bool",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    return RequestParts(
        method="GET",
        url=f"/v1/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/notifications/unseen",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> UnseenCountResponse:
    parsed: UnseenCountResponse = _c.root(OPERATION.facade, strict, data, ("model", UnseenCountResponse))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[UnseenCountResponse]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, seen=seen, limit=limit), _parse, **options
    )


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> UnseenCountResponse:
    """Retrieve unseen notifications count

    This API is deprecated, use v2 API instead. Retrieve unseen in-app notifications count for a
    subscriber by its unique key identifier **subscriberId**.

    `GET /v1/subscribers/{subscriberId}/notifications/unseen`
    (SubscribersV1Controller_getUnseenCount). On a client:
    `novu.subscribers.notifications.unseen_count(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path):
        seen (bool, optional; query): Indicates whether to count seen notifications. Constraints:
            default false.
        limit (float, optional; query): The maximum number of notifications to return. Constraints:
            default 100.
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        UnseenCountResponse: the decoded response.

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
        result = unseen_count.sync(client=novu, subscriber_id="SUBSCRIBER_ID")
    """
    return client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, seen=seen, limit=limit), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[UnseenCountResponse]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, seen=seen, limit=limit), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    seen: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> UnseenCountResponse:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(subscriber_id=subscriber_id, seen=seen, limit=limit), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
