# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""List folders: `GET /v1/folders` (FoldersController_listFolders).

Standalone function module; the same call is `novu.folders.list(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.list_folders_response_dto import ListFoldersResponseDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import UNSET, Response, Unset

if TYPE_CHECKING:
    from novu_api.models.folder_dto import FolderDto
import datetime

if TYPE_CHECKING:
    import httpx

    from ..._client import AsyncNovu, Novu, RetryPolicy
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="FoldersController_listFolders",
    method="GET",
    path="/v1/folders",
    facade="folders.list",
    envelope=True,
    bare_keys=("totalCount",),
    pagination={
        "style": "offset",
        "items": "data",
        "request": {"offset": "offset", "limit": "limit"},
        "response": {"total": "total_count"},
    },
    errors={},
    has_body=False,
    returns_json=True,
)


def _parts(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if offset is not UNSET:
        params["offset"] = _c.query_value("offset", offset)
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit)
    if created_after is not UNSET:
        params["createdAfter"] = _c.query_value("created_after", created_after)
    return RequestParts(
        method="GET",
        url="/v1/folders",
        params=params,
    )


def _parse(data: Any) -> ListFoldersResponseDto:
    parsed: ListFoldersResponseDto = _c.root(lambda: _c.model(ListFoldersResponseDto, data, "$"))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListFoldersResponseDto]:
    """List folders

    `GET /v1/folders`; returns the parsed value with status and headers.
    """
    return client._request(
        OPERATION,
        _parts(
            offset=offset,
            limit=limit,
            created_after=created_after,
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> SyncPage[FolderDto]:
    """List folders

    Offset paging; the method name comes from the document-level rule.

    Raises:
        novu_api.errors.APIStatusError: a subclass per HTTP status (BadRequestError, NotFoundError, ...).
        novu_api.errors.APIConnectionError: the request did not get a response.
    """
    return client._request_page(
        OPERATION,
        _parts(
            offset=offset,
            limit=limit,
            created_after=created_after,
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> Response[ListFoldersResponseDto]:
    """List folders (async); returns the parsed value with status and headers."""
    return await client._request(
        OPERATION,
        _parts(
            offset=offset,
            limit=limit,
            created_after=created_after,
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    timeout: float | httpx.Timeout | None | Unset = UNSET,
    max_retries: int | Unset = UNSET,
    retry: RetryPolicy | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    extra_headers: dict[str, str] | None = None,
    extra_query: dict[str, Any] | None = None,
) -> AsyncPage[FolderDto]:
    """List folders (async)."""
    return await client._request_page(
        OPERATION,
        _parts(
            offset=offset,
            limit=limit,
            created_after=created_after,
        ),
        _parse,
        timeout=timeout,
        max_retries=max_retries,
        retry=retry,
        idempotency_key=idempotency_key,
        extra_headers=extra_headers,
        extra_query=extra_query,
    )
