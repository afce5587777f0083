# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Search subscribers: `GET /v2/subscribers` (SubscribersController_searchSubscribers).

Standalone function module; the same call is `novu.subscribers.search(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.list_subscribers_response_dto import ListSubscribersResponseDto
from novu_api.models.subscribers_controller_search_subscribers_order_direction import (
    SubscribersControllerSearchSubscribersOrderDirection,
)

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.subscriber_response_dto import SubscriberResponseDto

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="SubscribersController_searchSubscribers",
    method="GET",
    path="/v2/subscribers",
    facade="subscribers.search",
    envelope=True,
    bare_keys=(
        "next",
        "previous",
        "totalCount",
        "totalCountCapped",
    ),
    pagination={
        "style": "cursor",
        "items": "data",
        "response": {"next": "next_", "previous": "previous", "total": "total_count"},
    },
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "after": "after",
    "before": "before",
    "limit": "limit",
    "orderDirection": "order_direction",
    "orderBy": "order_by",
    "includeCursor": "include_cursor",
    "email": "email",
    "name": "name",
    "phone": "phone",
    "subscriberId": "subscriber_id",
}


def _parts(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerSearchSubscribersOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if after is not UNSET:
        params["after"] = _c.query_value("after", after, ("str",))
    if before is not UNSET:
        params["before"] = _c.query_value("before", before, ("str",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if order_direction is not UNSET:
        params["orderDirection"] = _c.query_value(
            "order_direction", order_direction, ("enum", SubscribersControllerSearchSubscribersOrderDirection)
        )
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("str",))
    if include_cursor is not UNSET:
        params["includeCursor"] = _c.query_value("include_cursor", include_cursor, ("bool",))
    if email is not UNSET:
        params["email"] = _c.query_value("email", email, ("str",))
    if name is not UNSET:
        params["name"] = _c.query_value("name", name, ("str",))
    if phone is not UNSET:
        params["phone"] = _c.query_value("phone", phone, ("str",))
    if subscriber_id is not UNSET:
        params["subscriberId"] = _c.query_value("subscriber_id", subscriber_id, ("str",))
    return RequestParts(
        method="GET",
        url="/v2/subscribers",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListSubscribersResponseDto:
    parsed: ListSubscribersResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListSubscribersResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerSearchSubscribersOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListSubscribersResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            email=email,
            name=name,
            phone=phone,
            subscriber_id=subscriber_id,
        ),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerSearchSubscribersOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[SubscriberResponseDto]:
    """Search subscribers

    Search subscribers by their **email**, **phone**, **subscriberId** and **name**. The search is
    case sensitive and supports pagination.Checkout all available filters in the query section.

    `GET /v2/subscribers` (SubscribersController_searchSubscribers). On a client:
    `novu.subscribers.search(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        after (str, optional; query): Cursor for pagination indicating the starting point after
            which to fetch results.
        before (str, optional; query): Cursor for pagination indicating the ending point before
            which to fetch results.
        limit (float, optional; query): Limit the number of items to return
        order_direction (SubscribersControllerSearchSubscribersOrderDirection | str, optional;
            query): Direction of sorting. Constraints: one of "ASC", "DESC".
        order_by (str, optional; query): Field to order by
        include_cursor (bool, optional; query): Include cursor item in response
        email (str, optional; query): Email address of the subscriber to filter results.
        name (str, optional; query): Name of the subscriber to filter results.
        phone (str, optional; query): Phone number of the subscriber to filter results.
        subscriber_id (str, optional; query): Unique identifier of the subscriber to filter results.
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[SubscriberResponseDto]: the first page of `ListSubscribersResponseDto`; iterating
            gives every item, following cursor pagination.

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
        for item in search.sync(client=novu):
            print(item)
    """
    return client._request_page(
        OPERATION,
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            email=email,
            name=name,
            phone=phone,
            subscriber_id=subscriber_id,
        ),
        _parse,
        **options,
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerSearchSubscribersOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListSubscribersResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            email=email,
            name=name,
            phone=phone,
            subscriber_id=subscriber_id,
        ),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: SubscribersControllerSearchSubscribersOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    email: str | Unset = UNSET,
    name: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    subscriber_id: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[SubscriberResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION,
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            email=email,
            name=name,
            phone=phone,
            subscriber_id=subscriber_id,
        ),
        _parse,
        **options,
    )


asyncio.__doc__ = sync.__doc__
