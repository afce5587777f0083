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

    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="WorkflowController_searchWorkflows",
    method="GET",
    path="/v2/workflows",
    facade="workflows.list",
    envelope=True,
    bare_keys=(),
    pagination={
        "style": "offset",
        "items": "workflows",
        "request": {"offset": "offset", "limit": "limit"},
        "response": {"total": "total_count"},
    },
    errors={
        "400": "ErrorDto",
        "401": "ErrorDto",
        "403": "ErrorDto",
        "404": "ErrorDto",
        "405": "ErrorDto",
        "409": "ErrorDto",
        "413": "ErrorDto",
        "414": "ErrorDto",
        "415": "ErrorDto",
        "422": "ValidationErrorDto",
        "500": "ErrorDto",
    },
    has_body=False,
    returns_json=True,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListWorkflowResponse]:
    """List all workflows

    `GET /v2/workflows`; returns the parsed value with status and headers.
    """
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
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[WorkflowListResponseDto]:
    """List all workflows

    Retrieves a list of workflows with optional filtering and pagination

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
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
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListWorkflowResponse]:
    """List all workflows (async); returns the parsed value with status and headers."""
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
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
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
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[WorkflowListResponseDto]:
    """List all workflows (async)."""
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
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
