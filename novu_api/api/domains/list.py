# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List domains for an environment: `GET /v1/domains` (DomainsController_listDomains).

Standalone function module; the same call is `novu.domains.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.domains_controller_list_domains_order_direction import (
    DomainsControllerListDomainsOrderDirection,
)
from novu_api.models.list_domains_response_dto import ListDomainsResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.domain_response_dto import DomainResponseDto

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="DomainsController_listDomains",
    method="GET",
    path="/v1/domains",
    facade="domains.list",
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
    "name": "name",
}


def _parts(
    *,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: DomainsControllerListDomainsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    name: str | Unset = UNSET,
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
            "order_direction", order_direction, ("enum", DomainsControllerListDomainsOrderDirection)
        )
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("str",))
    if include_cursor is not UNSET:
        params["includeCursor"] = _c.query_value("include_cursor", include_cursor, ("bool",))
    if name is not UNSET:
        params["name"] = _c.query_value("name", name, ("str",))
    return RequestParts(
        method="GET",
        url="/v1/domains",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListDomainsResponseDto:
    parsed: ListDomainsResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListDomainsResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    order_direction: DomainsControllerListDomainsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListDomainsResponseDto]:
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
            name=name,
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
    order_direction: DomainsControllerListDomainsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[DomainResponseDto]:
    """List domains for an environment

    Returns a paginated list of inbound-email domains in the current environment. Supports cursor
    pagination and a name contains filter.

    `GET /v1/domains` (DomainsController_listDomains). On a client: `novu.domains.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        after (str, optional; query): Cursor for pagination indicating the starting point after
            which to fetch results.
        before (str, optional; query): Cursor for pagination indicating the ending point before
            which to fetch results.
        limit (float, optional; query): Limit the number of items to return
        order_direction (DomainsControllerListDomainsOrderDirection | str, optional; query):
            Direction of sorting. Constraints: one of "ASC", "DESC".
        order_by (str, optional; query): Field to order by
        include_cursor (bool, optional; query): Include cursor item in response
        name (str, optional; query): Domain name to filter results by.
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[DomainResponseDto]: the first page of `ListDomainsResponseDto`; iterating gives
            every item, following cursor pagination.

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
        _parts(
            after=after,
            before=before,
            limit=limit,
            order_direction=order_direction,
            order_by=order_by,
            include_cursor=include_cursor,
            name=name,
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
    order_direction: DomainsControllerListDomainsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListDomainsResponseDto]:
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
            name=name,
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
    order_direction: DomainsControllerListDomainsOrderDirection | str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    include_cursor: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[DomainResponseDto]:
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
            name=name,
        ),
        _parse,
        **options,
    )


asyncio.__doc__ = sync.__doc__
