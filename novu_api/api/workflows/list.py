# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""List all workflows: `GET /v2/workflows` (WorkflowController_searchWorkflows).

Standalone function module; the same call is `novu.workflows.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.direction_enum import DirectionEnum
from novu_api.models.list_workflow_response import ListWorkflowResponse
from novu_api.models.workflow_response_dto_sort_field import WorkflowResponseDtoSortField
from novu_api.models.workflow_status_enum import WorkflowStatusEnum

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.workflow_list_response_dto import WorkflowListResponseDto

if TYPE_CHECKING:
    from collections.abc import Sequence

    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="WorkflowController_searchWorkflows",
    method="GET",
    path="/v2/workflows",
    facade="workflows.list",
    envelope=True,
    pagination={"style": "offset", "items": "workflows", "response": {"total": "total_count"}},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "limit": "limit",
    "offset": "offset",
    "orderDirection": "order_direction",
    "orderBy": "order_by",
    "query": "query",
    "tags": "tags",
    "status": "status",
}


def _parts(
    *,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: Sequence[str] | Unset = UNSET,
    status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("num",))
    if offset is not UNSET:
        params["offset"] = _c.query_value("offset", offset, ("num",))
    if order_direction is not UNSET:
        params["orderDirection"] = _c.query_value("order_direction", order_direction, ("enum", DirectionEnum))
    if order_by is not UNSET:
        params["orderBy"] = _c.query_value("order_by", order_by, ("enum", WorkflowResponseDtoSortField))
    if query is not UNSET:
        params["query"] = _c.query_value("query", query, ("str",))
    if tags is not UNSET:
        params["tags"] = _c.query_value("tags", tags, ("list", ("str",)))
    if status is not UNSET:
        params["status"] = _c.query_value("status", status, ("list", ("enum", WorkflowStatusEnum)))
    return RequestParts(
        method="GET",
        url="/v2/workflows",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListWorkflowResponse:
    parsed: ListWorkflowResponse = _c.root(OPERATION.facade, strict, data, ("model", ListWorkflowResponse))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: Sequence[str] | Unset = UNSET,
    status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListWorkflowResponse]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION,
        _parts(
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            tags=tags,
            status=status,
        ),
        _parse,
        **options,
    )


def sync(
    *,
    client: Novu,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: Sequence[str] | Unset = UNSET,
    status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[WorkflowListResponseDto]:
    """List all workflows

    Retrieves a list of workflows with optional filtering and pagination

    `GET /v2/workflows` (WorkflowController_searchWorkflows). On a client:
    `novu.workflows.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        limit (float, optional; query): Number of items to return per page
        offset (float, optional; query): Number of items to skip before starting to return results
        order_direction (DirectionEnum | str, optional; query): Direction of sorting. Constraints:
            one of "ASC", "DESC".
        order_by (WorkflowResponseDtoSortField | str, optional; query): Field to sort the results
            by. Constraints: one of "createdAt", "updatedAt", "name", "lastTriggeredAt".
        query (str, optional; query): Search query to filter workflows
        tags (Sequence[str], optional; query): Filter workflows by tags
        status (Sequence[WorkflowStatusEnum | str], optional; query): Filter workflows by status.
            Constraints: each item one of "ACTIVE", "INACTIVE", "ERROR".
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[WorkflowListResponseDto]: the first page of `ListWorkflowResponse`; iterating gives
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
        _parts(
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            tags=tags,
            status=status,
        ),
        _parse,
        **options,
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: Sequence[str] | Unset = UNSET,
    status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListWorkflowResponse]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION,
        _parts(
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            tags=tags,
            status=status,
        ),
        _parse,
        **options,
    )


async def asyncio(
    *,
    client: AsyncNovu,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
    order_direction: DirectionEnum | str | Unset = UNSET,
    order_by: WorkflowResponseDtoSortField | str | Unset = UNSET,
    query: str | Unset = UNSET,
    tags: Sequence[str] | Unset = UNSET,
    status: Sequence[WorkflowStatusEnum | str] | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[WorkflowListResponseDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION,
        _parts(
            limit=limit,
            offset=offset,
            order_direction=order_direction,
            order_by=order_by,
            query=query,
            tags=tags,
            status=status,
        ),
        _parse,
        **options,
    )


asyncio.__doc__ = sync.__doc__
