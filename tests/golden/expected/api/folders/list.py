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
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions
    from ...pagination import AsyncPage, SyncPage

OPERATION = Operation(
    operation_id="FoldersController_listFolders",
    method="GET",
    path="/v1/folders",
    facade="folders.list",
    envelope=True,
    bare_keys=("totalCount",),
    pagination={"style": "offset", "items": "data", "response": {"total": "total_count"}},
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "offset": "offset",
    "limit": "limit",
    "createdAfter": "created_after",
}


def _parts(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
) -> RequestParts:
    params: dict[str, Any] = {}
    if offset is not UNSET:
        params["offset"] = _c.query_value("offset", offset, ("int",))
    if limit is not UNSET:
        params["limit"] = _c.query_value("limit", limit, ("int",))
    if created_after is not UNSET:
        params["createdAfter"] = _c.query_value("created_after", created_after, ("datetime",))
    return RequestParts(
        method="GET",
        url="/v1/folders",
        params=params,
    )


def _parse(data: Any, strict: bool = False) -> ListFoldersResponseDto:
    parsed: ListFoldersResponseDto = _c.root(
        OPERATION.facade, strict, data, ("model", ListFoldersResponseDto)
    )
    return parsed


def sync_detailed(
    *,
    client: Novu,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListFoldersResponseDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(
        OPERATION, _parts(offset=offset, limit=limit, created_after=created_after), _parse, **options
    )


def sync(
    *,
    client: Novu,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> SyncPage[FolderDto]:
    """List folders

    Offset paging; the method name comes from the document-level rule.

    `GET /v1/folders` (FoldersController_listFolders). On a client: `novu.folders.list(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        offset (int, optional; query):
        limit (int, optional; query):
        created_after (datetime.datetime, optional; query): Constraints: format date-time.
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        SyncPage[FolderDto]: the first page of `ListFoldersResponseDto`; iterating gives every item,
            following offset pagination.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        for item in list.sync(client=novu):
            print(item)
    """
    return client._request_page(
        OPERATION, _parts(offset=offset, limit=limit, created_after=created_after), _parse, **options
    )


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> Response[ListFoldersResponseDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(
        OPERATION, _parts(offset=offset, limit=limit, created_after=created_after), _parse, **options
    )


async def asyncio(
    *,
    client: AsyncNovu,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    **options: Unpack[RequestOptions],
) -> AsyncPage[FolderDto]:
    """The async form of `sync`: the same arguments, awaited."""
    return await client._request_page(
        OPERATION, _parts(offset=offset, limit=limit, created_after=created_after), _parse, **options
    )


asyncio.__doc__ = sync.__doc__
