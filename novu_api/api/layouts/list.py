# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all layouts: `GET /v2/layouts` (LayoutsController_list).

Standalone function module; the same call is `novu.layouts.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.direction_enum import DirectionEnum
from novu_api.models.layout_response_dto_sort_field import LayoutResponseDtoSortField
from novu_api.models.list_layout_response_dto import ListLayoutResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.layout_response_dto import LayoutResponseDto

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="LayoutsController_list",
    method="GET",
    path="/v2/layouts",
    facade="layouts.list",
    envelope=True,
    pagination={"style": "offset", "items": "layouts", "response": {"total": "total_count"}},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "limit": "limit",
    "offset": "offset",
    "orderDirection": "order_direction",
    "orderBy": "order_by",
    "query": "query",
}


def _parts(
    *,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if offset is not UNSET:
        params["offset"] = _c.query_value("offset", offset, ("num",))
    if order_direction is not UNSET:
        params["orderDirection"] = _c.query_value("order_direction", order_direction, ("enum", DirectionEnum))
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("enum", LayoutResponseDtoSortField))
    if query is not UNSET:
        params["query"] = _c.query_value("query", query, ("str",))
    return RequestParts(
        method="GET",
        url="/v2/layouts",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListLayoutResponseDto:
    parsed: ListLayoutResponseDto = _c.root(OPERATION.facade, strict, data, ("model", ListLayoutResponseDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListLayoutResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(limit=limit, offset=offset, order_direction=order_direction, order_by=order_by, query=query),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[LayoutResponseDto]:
    """List all layouts

    Retrieves a list of layouts with optional filtering and pagination

    `GET /v2/layouts` (LayoutsController_list). On a client: `novu.layouts.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        limit (float, optional; query): Number of items to return per page
        offset (float, optional; query): Number of items to skip before starting to return results
        order_direction (DirectionEnum | str, optional; query): Direction of sorting. Constraints:
            one of "ASC", "DESC".
        order_by (LayoutResponseDtoSortField | str, optional; query): Field to sort the results by.
            Constraints: one of "createdAt", "updatedAt", "name".
        query (str, optional; query): Search query to filter layouts
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[LayoutResponseDto]: the first page of `ListLayoutResponseDto`; iterating gives
            every item, following offset pagination.

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
        for item in list.sync(client=novu):
            print(item)
    """
    return client._request_page(
        OPERATION,
        _parts(limit=limit, offset=offset, order_direction=order_direction, order_by=order_by, query=query),
        _parse,
        **options,
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListLayoutResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(limit=limit, offset=offset, order_direction=order_direction, order_by=order_by, query=query),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: LayoutResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[LayoutResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION,
        _parts(limit=limit, offset=offset, order_direction=order_direction, order_by=order_by, query=query),
        _parse,
        **options,
    )


asyncio.__doc__ = sync.__doc__
