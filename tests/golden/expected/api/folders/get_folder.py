# Generated from Novu API 0.0.1-golden by `make generate`; do not edit.
"""Retrieve a folder: `GET /v1/folders/{folderId}` (FoldersController_getFolder).

Standalone function module; the same call is `novu.folders.get_folder(...)` on a client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from novu_api.models.folder_dto import FolderDto

from ... import _codec as _c
from ..._operation import Operation, RequestParts
from ..._types import Response

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ..._client import AsyncNovu, Novu
    from ..._options import RequestOptions

OPERATION = Operation(
    operation_id="FoldersController_getFolder",
    method="GET",
    path="/v1/folders/{folderId}",
    facade="folders.get_folder",
    envelope=True,
)


# Wire name -> Python name of each path, query and header parameter, as the generator knows them.
_PARAMETERS: dict[str, str] = {
    "folderId": "folder_id",
}


def _parts(
    *,
    folder_id: str,
) -> RequestParts:
    return RequestParts(
        method="GET",
        url=f"/v1/folders/{_c.path_param('folder_id', folder_id)}",
    )


def _parse(data: Any, strict: bool = False) -> FolderDto:
    parsed: FolderDto = _c.root(OPERATION.facade, strict, data, ("model", FolderDto))
    return parsed


def sync_detailed(
    *,
    client: Novu,
    folder_id: str,
    **options: Unpack[RequestOptions],
) -> Response[FolderDto]:
    """`sync`, returning the parsed value with the status, headers and body it came from."""
    return client._request(OPERATION, _parts(folder_id=folder_id), _parse, **options)


def sync(
    *,
    client: Novu,
    folder_id: str,
    **options: Unpack[RequestOptions],
) -> FolderDto:
    """Retrieve a folder

    `GET /v1/folders/{folderId}` (FoldersController_getFolder). On a client:
    `novu.folders.get_folder(...)`.

    Args:
        client: the `Novu` client to send with (`AsyncNovu` for `asyncio`).
        folder_id (str; path):
        **options: the per-call options, `novu_api.RequestOptions` (type checkers list them).

    Returns:
        FolderDto: the decoded response.

    Raises:
        APIConnectionError: no response arrived (APITimeoutError when it timed out).
        ResponseValidationError: the response does not fit its declared type.

    Example:
        result = get_folder.sync(client=novu, folder_id="FOLDER_ID")
    """
    return client._request(OPERATION, _parts(folder_id=folder_id), _parse, **options).parsed


async def asyncio_detailed(
    *,
    client: AsyncNovu,
    folder_id: str,
    **options: Unpack[RequestOptions],
) -> Response[FolderDto]:
    """`asyncio`, returning the parsed value with the status, headers and body it came from."""
    return await client._request(OPERATION, _parts(folder_id=folder_id), _parse, **options)


async def asyncio(
    *,
    client: AsyncNovu,
    folder_id: str,
    **options: Unpack[RequestOptions],
) -> FolderDto:
    """The async form of `sync`: the same arguments, awaited."""
    return (await client._request(OPERATION, _parts(folder_id=folder_id), _parse, **options)).parsed


asyncio.__doc__ = sync.__doc__
