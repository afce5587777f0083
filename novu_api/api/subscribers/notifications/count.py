# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Retrieve subscriber notifications count: `GET /v2/subscribers/{subscriberId}/notifications/count` (SubscribersController_getSubscriberNotificationsCount).

Standalone function module; the same call is `novu.subscribers.notifications.count(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.get_subscriber_notifications_count_response_dto import (
    GetSubscriberNotificationsCountResponseDto,
)

from .... import _codec as _c
from ...._operation import Operation, RequestParts
from ...._types import UNSET, Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ...._client import AsyncNovu, Novu
    from ...._options import RequestOptions

OPERATION = Operation(
    operation_id="SubscribersController_getSubscriberNotificationsCount",
    method="GET",
    path="/v2/subscribers/{subscriberId}/notifications/count",
    facade="subscribers.notifications.count",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "subscriberId": "subscriber_id",
    "filters": "filters",
}


def _parts(
    *,
    subscriber_id: str,
    filters: str,
) -> RequestParts:
    params: dict[str, Any] = {}
    if filters is not UNSET:
        params["filters"] = _c.query_value("filters", filters, ("str",))
    return RequestParts(
        method="GET",
        url=f"/v2/subscribers/{_c.path_param('subscriber_id', subscriber_id)}/notifications/count",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> list[GetSubscriberNotificationsCountResponseDto]:
    parsed: list[GetSubscriberNotificationsCountResponseDto] = _c.root(
        OPERATION.facade, strict, data, ("list", ("model", GetSubscriberNotificationsCountResponseDto))
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    subscriber_id: str,
    filters: str,
    **options: Unpack[RequestOptions],
) -> Response[list[GetSubscriberNotificationsCountResponseDto]]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(subscriber_id=subscriber_id, filters=filters), _parse, **options)


def sync(
    *,
    client: Novu,
    subscriber_id: str,
    filters: str,
    **options: Unpack[RequestOptions],
) -> list[GetSubscriberNotificationsCountResponseDto]:
    """Retrieve subscriber notifications count

    Retrieve count of in-app (inbox) notifications for a subscriber by its unique key identifier
    **subscriberId**. Supports multiple filters to count in-app (inbox) notifications by different
    criteria, including context keys.

    `GET /v2/subscribers/{subscriberId}/notifications/count`
    (SubscribersController_getSubscriberNotificationsCount). On a client:
    `novu.subscribers.notifications.count(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        subscriber_id (str; path): The identifier of the subscriber
        filters (str; query): Array of filter objects (max 30) to count notifications by different
            criteria
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        list[GetSubscriberNotificationsCountResponseDto]: the decoded response.

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
        result = count.sync(client=novu, subscriber_id="SUBSCRIBER_ID", filters="FILTERS")
    """
    return client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, filters=filters), _parse, **options
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    filters: str,
    **options: Unpack[RequestOptions],
) -> Response[list[GetSubscriberNotificationsCountResponseDto]]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(subscriber_id=subscriber_id, filters=filters), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    subscriber_id: str,
    filters: str,
    **options: Unpack[RequestOptions],
) -> list[GetSubscriberNotificationsCountResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return (
        await client._request(
            OPERATION, _parts(subscriber_id=subscriber_id, filters=filters), _parse, **options
        )
    ).parsed


asyncio.__doc__ = sync.__doc__
